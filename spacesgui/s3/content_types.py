"""Content-Type from a file name, from our own table rather than the OS's.

Python's mimetypes reads /etc/mime.types and the Windows registry, so the answer differs per
machine (svg as text/html or octet-stream is a classic). This table is the source of truth;
the platform is only asked about names it does not know.
"""

from __future__ import annotations

import mimetypes
import posixpath

DEFAULT_CONTENT_TYPE = "application/octet-stream"

_TABLE: dict[str, str] = {
    # web
    "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
    "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
    "mjs": "text/javascript; charset=utf-8", "cjs": "text/javascript; charset=utf-8",
    "json": "application/json", "jsonld": "application/ld+json", "map": "application/json",
    "webmanifest": "application/manifest+json", "xml": "application/xml",
    "xhtml": "application/xhtml+xml", "rss": "application/rss+xml",
    "atom": "application/atom+xml", "wasm": "application/wasm",
    "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
    "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "ics": "text/calendar", "vtt": "text/vtt", "yaml": "application/yaml",
    "yml": "application/yaml", "toml": "application/toml",
    # images
    "svg": "image/svg+xml", "svgz": "image/svg+xml", "png": "image/png", "apng": "image/apng",
    "jpg": "image/jpeg", "jpeg": "image/jpeg", "jfif": "image/jpeg", "gif": "image/gif",
    "webp": "image/webp", "avif": "image/avif", "heic": "image/heic", "heif": "image/heif",
    "jxl": "image/jxl", "ico": "image/vnd.microsoft.icon", "bmp": "image/bmp",
    "tif": "image/tiff", "tiff": "image/tiff", "psd": "image/vnd.adobe.photoshop",
    # fonts
    "woff": "font/woff", "woff2": "font/woff2", "ttf": "font/ttf", "otf": "font/otf",
    "eot": "application/vnd.ms-fontobject",
    # audio and video
    "mp3": "audio/mpeg", "m4a": "audio/mp4", "aac": "audio/aac", "wav": "audio/wav",
    "flac": "audio/flac", "oga": "audio/ogg", "ogg": "audio/ogg", "opus": "audio/opus",
    "weba": "audio/webm", "mid": "audio/midi", "midi": "audio/midi",
    "mp4": "video/mp4", "m4v": "video/mp4", "webm": "video/webm", "ogv": "video/ogg",
    "mov": "video/quicktime", "avi": "video/x-msvideo", "mkv": "video/x-matroska",
    "m3u8": "application/vnd.apple.mpegurl", "ts": "video/mp2t", "mpd": "application/dash+xml",
    # documents
    "pdf": "application/pdf", "rtf": "application/rtf", "epub": "application/epub+zip",
    "doc": "application/msword", "xls": "application/vnd.ms-excel",
    "ppt": "application/vnd.ms-powerpoint",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    # archives and binaries
    "zip": "application/zip", "gz": "application/gzip", "tgz": "application/gzip",
    "bz2": "application/x-bzip2", "xz": "application/x-xz", "zst": "application/zstd",
    "7z": "application/x-7z-compressed", "tar": "application/x-tar",
    "rar": "application/vnd.rar", "jar": "application/java-archive",
    "apk": "application/vnd.android.package-archive",
    "deb": "application/vnd.debian.binary-package",
    "rpm": "application/x-rpm", "dmg": "application/x-apple-diskimage",
    "iso": "application/x-iso9660-image", "exe": "application/vnd.microsoft.portable-executable",
    "msi": "application/x-msi", "bin": DEFAULT_CONTENT_TYPE,
    # data and code
    "sql": "application/sql", "parquet": "application/vnd.apache.parquet",
    "geojson": "application/geo+json", "gpx": "application/gpx+xml",
    "kml": "application/vnd.google-earth.kml+xml", "pem": "application/x-pem-file",
    "sh": "text/x-shellscript; charset=utf-8", "py": "text/x-python; charset=utf-8",
}


def guess_content_type(name: str, *, default: str = DEFAULT_CONTENT_TYPE) -> str:
    """Content-Type for an object or file name; `default` when nothing is known."""
    base = posixpath.basename(name.replace("\\", "/")).lower()
    if "." not in base.strip("."):
        return default
    ext = base.rsplit(".", 1)[1]
    known = _TABLE.get(ext)
    if known is not None:
        return known
    guessed, _ = mimetypes.guess_type(base, strict=False)
    return guessed or default
