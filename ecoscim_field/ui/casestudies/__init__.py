"""The casestudies area."""
