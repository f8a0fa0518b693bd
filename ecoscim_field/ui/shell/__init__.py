"""The main window, its navigation, status bar and the app-wide dialogs."""
