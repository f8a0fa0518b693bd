"""Plain-Python services over the store.

Each takes a store or session and returns what changed. No Qt.
"""
