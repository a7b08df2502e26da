"""Dialogs built in code: each edits a copy, and OK waits until the copy is valid."""
