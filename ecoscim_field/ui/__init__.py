"""The desktop interface (PySide6 widgets). Imports the core; nothing imports it."""
