"""spacesgui: a desktop file manager for DigitalOcean Spaces and any S3-compatible store."""

__version__ = "0.1.0"
