"""Editing bucket settings without Qt: drafts, checks, what-will-change plans, page availability.

One module per setting, on top of `base`; each builds on the frozen models in `s3.models` and
adds what an editor needs: per-field problems, row operations, a readable summary and a diff of
the document the server holds against the one that would be sent.
"""
