"""Dialogs built in code (STYLE 3.8): each edits a copy and OK waits until the copy is valid."""
