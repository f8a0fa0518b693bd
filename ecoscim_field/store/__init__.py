"""The local store: SQLAlchemy models over SQLite, sync metadata and migrations. No Qt."""
