"""The main window and its parts: wiring (main_window), commands, navigation, status, views with
drag and drop, and the clipboard."""

from spacesgui.ui.window.main_window import MainWindow

__all__ = ["MainWindow"]
