"""What every area uses: the app context, formatting, languages, labels, widgets, background jobs."""
