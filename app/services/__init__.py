"""Use cases over the domain model: each takes a Session and plain values; no Qt."""
