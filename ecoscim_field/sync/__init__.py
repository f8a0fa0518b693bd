"""Bundles: format, crypto, export, verify, merge. No Qt."""
