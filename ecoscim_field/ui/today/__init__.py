"""The today area."""
