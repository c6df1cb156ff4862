"""Settings and the way in: preferences, the first-run wizard, unlock, idle lock, passphrase."""
