"""The participants area."""
