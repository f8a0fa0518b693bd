"""Plain-Python services over the store: each takes a store or session and returns what changed. No Qt."""
