"""Sizes, dates and file kinds the way people read them (the table, tree, tooltips, dialogs)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from spacesgui.s3.content_types import guess_content_type
from spacesgui.ui.translations import N_

_UNITS = ("KiB", "MiB", "GiB", "TiB", "PiB", "EiB")

# Extension -> (category, label). The category picks the icon; the label fills the Type column
# once translated (context "formatting"); "{}" is the extension.
_KINDS: dict[str, tuple[str, str]] = {}


def _add(category: str, label: str, *exts: str) -> None:
    for ext in exts:
        _KINDS[ext] = (category, label)


_add("image", N_("formatting", "{} image"), "png", "jpg", "jpeg", "gif", "webp", "avif", "heic",
     "heif", "bmp", "tif", "tiff", "ico", "jxl", "psd", "apng")
_add("image", N_("formatting", "SVG image"), "svg", "svgz")
_add("video", N_("formatting", "{} video"), "mp4", "m4v", "webm", "ogv", "mov", "avi", "mkv", "ts",
     "mpg", "mpeg", "wmv", "flv")
_add("audio", N_("formatting", "{} audio"), "mp3", "m4a", "aac", "wav", "flac", "oga", "ogg",
     "opus", "weba", "mid", "midi")
_add("text", N_("formatting", "Text document"), "txt", "log", "rtf")
_add("text", N_("formatting", "Markdown document"), "md", "markdown", "rst")
_add("text", N_("formatting", "{} data"), "csv", "tsv", "json", "xml", "yaml", "yml", "toml", "ini",
     "cfg", "conf", "geojson", "sql", "ics", "vtt", "srt")
_add("text", N_("formatting", "{} document"), "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt",
     "pptx", "odp", "epub")
_add("code", N_("formatting", "{} source"), "py", "js", "mjs", "cjs", "ts", "tsx", "jsx", "c", "h",
     "cpp", "hpp", "cc", "rs", "go", "java", "kt", "rb", "php", "cs", "swift", "scala", "lua",
     "pl", "r")
_add("code", N_("formatting", "{} page"), "html", "htm", "xhtml", "css", "scss")
_add("code", N_("formatting", "Shell script"), "sh", "bash", "zsh", "ps1", "bat")
_add("archive", N_("formatting", "{} archive"), "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "tar",
     "rar", "jar", "war", "deb", "rpm", "apk", "dmg", "iso")
_add("pdf", N_("formatting", "PDF document"), "pdf")
# On object storage .ts is far more often an HLS segment than TypeScript.
_KINDS["ts"] = ("video", N_("formatting", "MPEG-TS video"))

# Names people know better than the extension.
_add("code", N_("formatting", "Python source"), "py")
_add("code", N_("formatting", "JavaScript source"), "js", "mjs")
_add("code", N_("formatting", "TypeScript source"), "tsx")
_add("code", N_("formatting", "Rust source"), "rs")
_add("code", N_("formatting", "Go source"), "go")
_add("code", N_("formatting", "Ruby source"), "rb")
_add("text", N_("formatting", "Word document"), "doc", "docx")
_add("text", N_("formatting", "Excel spreadsheet"), "xls", "xlsx")
_add("text", N_("formatting", "PowerPoint presentation"), "ppt", "pptx")
_add("text", N_("formatting", "OpenDocument text"), "odt")
_add("text", N_("formatting", "OpenDocument spreadsheet"), "ods")
_add("text", N_("formatting", "OpenDocument presentation"), "odp")

_CATEGORY_BY_MAJOR = {"image": "image", "video": "video", "audio": "audio", "text": "text"}


def human_size(size: int | None) -> str:
    """'999 bytes', '1.5 KiB', '20.0 GiB'; '' for unknown sizes (folders)."""
    if size is None:
        return ""
    locale = QLocale()
    if size < 1024:
        return _bytes(size)
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


def _bytes(size: int) -> str:
    # Two texts: lupdate marks plurals only in self.tr(), not in module functions.
    if size == 1:
        return QCoreApplication.translate("formatting", "1 byte")
    return QCoreApplication.translate("formatting", "{size} bytes").format(
        size=grouped(size))


def exact_size(size: int | None) -> str:
    """'1,234,567 bytes' with the locale's grouping, for tooltips and properties."""
    if size is None:
        return ""
    return _bytes(size)


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
            text = (QCoreApplication.translate("formatting", "1 minute ago") if minutes == 1
                    else QCoreApplication.translate("formatting", "{n} minutes ago"))
            return text.format(n=minutes)
        hours = int(seconds // 3600)
        text = (QCoreApplication.translate("formatting", "1 hour ago") if hours == 1
                else QCoreApplication.translate("formatting", "{n} hours ago"))
        return text.format(n=hours)
    return QLocale().toString(_qdatetime(local), QLocale.FormatType.ShortFormat)


def full_time(moment: datetime | None) -> str:
    """The locale's long date and time with the time zone, for tooltips."""
    if moment is None:
        return ""
    return QLocale().toString(_qdatetime(_local(moment)), QLocale.FormatType.LongFormat)


def exact_time(moment: datetime | None) -> str:
    """'5 December 2026, 08:30:12 CET' with the locale's month names and no wider than that
    (LongFormat spells the zone out), for Properties."""
    if moment is None:
        return ""
    return QLocale().toString(_qdatetime(_local(moment)), "d MMMM yyyy, HH:mm:ss t")


def grouped(number: int) -> str:
    """An integer with the locale's digit grouping: 48,213,004 or 48.213.004."""
    return QLocale().toString(number)


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
        return QCoreApplication.translate("formatting", found[1]).format(ext.upper())
    if ext and len(ext) <= 8:
        return QCoreApplication.translate("formatting", "{} file").format(ext.upper())
    return QCoreApplication.translate("formatting", "File")
