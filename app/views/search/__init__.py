"""Search across every kind of record (Ctrl+K)."""
