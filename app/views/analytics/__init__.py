"""The dashboard: pipeline, forecast and activity for a manager's team or a rep."""
