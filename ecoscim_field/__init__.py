"""ECOSCIM Field: offline-first fieldwork companion for Smart City research in Mexico City."""

__version__ = "0.1.0"
APP_NAME = "ECOSCIM Field"
APP_ID = "ecoscim-field"
ORGANISATION = "ECOSCIM"
