"""Customer documents: quotes, orders and contracts, their editor, and PDF export."""
