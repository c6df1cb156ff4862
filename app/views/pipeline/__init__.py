"""The sales pipeline: opportunities by stage, the forecast, and moving an opportunity on."""
