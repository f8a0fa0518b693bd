"""The interviews area."""
