"""Transfer engine: uploads, downloads, folders and server-side copies (no Qt)."""
