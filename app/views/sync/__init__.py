"""Sync screens: the status the status bar shows, and the conflicts page."""
