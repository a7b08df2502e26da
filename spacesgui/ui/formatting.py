"""Sizes, dates and file kinds the way people read them (the table, tree, tooltips, dialogs)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from spacesgui.s3.content_types import guess_content_type

_UNITS = ("KiB", "MiB", "GiB", "TiB", "PiB", "EiB")

# Extension -> (category, label). The category picks the icon; the label fills the Type column.
_KINDS: dict[str, tuple[str, str]] = {}


def _add(category: str, label: str, *exts: str) -> None:
    for ext in exts:
        _KINDS[ext] = (category, label)


_add("image", "{} image", "png", "jpg", "jpeg", "gif", "webp", "avif", "heic", "heif", "bmp",
     "tif", "tiff", "ico", "jxl", "psd", "apng")
_add("image", "SVG image", "svg", "svgz")
_add("video", "{} video", "mp4", "m4v", "webm", "ogv", "mov", "avi", "mkv", "ts", "mpg", "mpeg",
     "wmv", "flv")
_add("audio", "{} audio", "mp3", "m4a", "aac", "wav", "flac", "oga", "ogg", "opus", "weba", "mid",
     "midi")
_add("text", "Text document", "txt", "log", "rtf")
_add("text", "Markdown document", "md", "markdown", "rst")
_add("text", "{} data", "csv", "tsv", "json", "xml", "yaml", "yml", "toml", "ini", "cfg", "conf",
     "geojson", "sql", "ics", "vtt", "srt")
_add("text", "{} document", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "odp",
     "epub")
_add("code", "{} source", "py", "js", "mjs", "cjs", "ts", "tsx", "jsx", "c", "h", "cpp", "hpp",
     "cc", "rs", "go", "java", "kt", "rb", "php", "cs", "swift", "scala", "lua", "pl", "r")
_add("code", "{} page", "html", "htm", "xhtml", "css", "scss")
_add("code", "Shell script", "sh", "bash", "zsh", "ps1", "bat")
_add("archive", "{} archive", "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "tar", "rar", "jar",
     "war", "deb", "rpm", "apk", "dmg", "iso")
_add("pdf", "PDF document", "pdf")
# On object storage .ts is far more often an HLS segment than TypeScript.
_KINDS["ts"] = ("video", "MPEG-TS video")

# Names people know better than the extension.
for _ext, _label in (("py", "Python source"), ("js", "JavaScript source"),
                     ("mjs", "JavaScript source"), ("tsx", "TypeScript source"),
                     ("rs", "Rust source"), ("go", "Go source"), ("rb", "Ruby source"),
                     ("doc", "Word document"), ("docx", "Word document"),
                     ("xls", "Excel spreadsheet"), ("xlsx", "Excel spreadsheet"),
                     ("ppt", "PowerPoint presentation"), ("pptx", "PowerPoint presentation"),
                     ("odt", "OpenDocument text"), ("ods", "OpenDocument spreadsheet"),
                     ("odp", "OpenDocument presentation")):
    _KINDS[_ext] = (_KINDS[_ext][0], _label)

_CATEGORY_BY_MAJOR = {"image": "image", "video": "video", "audio": "audio", "text": "text"}


def human_size(size: int | None) -> str:
    """'999 bytes', '1.5 KiB', '20.0 GiB'; '' for unknown sizes (folders)."""
    if size is None:
        return ""
    locale = QLocale()
    if size < 1024:
        return QCoreApplication.translate("formatting",
                                          "1 byte") if size == 1 else QCoreApplication.translate(
                                                  "formatting", "{v0} bytes").format(
                                                          v0=locale.toString(size))
    value = float(size)
    unit = _UNITS[0]
    for unit in _UNITS:  # noqa: B007 - the last unit reached is the one shown
        value /= 1024
        if value < 1024:
            break
    # 1023.96 KiB would round to "1024.0 KiB"; show the next unit instead.
    if round(value, 1) >= 1024 and unit != _UNITS[-1]:
        value /= 1024
        unit = _UNITS[_UNITS.index(unit) + 1]
    return f"{locale.toString(value, 'f', 1)} {unit}"


def exact_size(size: int | None) -> str:
    """'1,234,567 bytes' with the locale's grouping, for tooltips and properties."""
    if size is None:
        return ""
    return QCoreApplication.translate("formatting",
                                      "1 byte") if size == 1 else QCoreApplication.translate(
                                              "formatting", "{v0} bytes").format(
                                                      v0=QLocale().toString(size))


def _local(moment: datetime) -> datetime:
    # Listings carry UTC; a naive datetime is taken as UTC too, never as local time.
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone()


def human_time(moment: datetime | None, *, now: datetime | None = None) -> str:
    """'just now', '5 minutes ago', '3 hours ago' today; otherwise the locale's short date/time."""
    if moment is None:
        return ""
    local = _local(moment)
    current = _local(now) if now is not None else datetime.now().astimezone()
    seconds = (current - local).total_seconds()
    if local.date() == current.date() and seconds >= 0:
        if seconds < 60:
            return QCoreApplication.translate("formatting", "just now")
        if seconds < 3600:
            minutes = int(seconds // 60)
            return QCoreApplication.translate("formatting", "%n minute(s) ago", "", minutes)
        hours = int(seconds // 3600)
        return QCoreApplication.translate("formatting", "%n hour(s) ago", "", hours)
    return QLocale().toString(_qdatetime(local), QLocale.FormatType.ShortFormat)


def full_time(moment: datetime | None) -> str:
    """The locale's long date and time with the time zone, for tooltips."""
    if moment is None:
        return ""
    return QLocale().toString(_qdatetime(_local(moment)), QLocale.FormatType.LongFormat)


def _qdatetime(local: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(local.timestamp()))


def _extension(name: str) -> str:
    base = name.rstrip("/").rsplit("/", 1)[-1].lower()
    if "." not in base.strip("."):
        return ""
    return base.rsplit(".", 1)[1]


def kind_category(name: str, content_type: str | None = None) -> str:
    """One of image, video, audio, text, code, archive, pdf, generic (folders: 'folder')."""
    if name.endswith("/"):
        return "folder"
    found = _KINDS.get(_extension(name))
    if found is not None:
        return found[0]
    ctype = (content_type or guess_content_type(name, default="")).split(";")[0].strip().lower()
    if ctype == "application/pdf":
        return "pdf"
    if ctype in ("application/zip", "application/gzip", "application/x-tar"):
        return "archive"
    if ctype.endswith(("+json", "+xml")) or ctype in ("application/json", "application/xml"):
        return "text"
    return _CATEGORY_BY_MAJOR.get(ctype.partition("/")[0], "generic")


def kind_label(name: str, *, is_folder: bool = False) -> str:
    """'PNG image', 'ZIP archive', 'Folder', 'File' - the Type column."""
    if is_folder or name.endswith("/"):
        return QCoreApplication.translate("formatting", "Folder")
    ext = _extension(name)
    found = _KINDS.get(ext)
    if found is not None:
        return found[1].format(ext.upper())
    return QCoreApplication.translate("formatting", "{v0} file").format(
            v0=ext.upper()) if ext and len(ext) <= 8 else QCoreApplication.translate("formatting",
                    "File")
