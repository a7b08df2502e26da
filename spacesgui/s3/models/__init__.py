"""Frozen result and settings models, one module per area; see spacesgui.s3 for exports."""
