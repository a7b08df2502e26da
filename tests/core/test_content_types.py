import pytest

from spacesgui.s3.content_types import DEFAULT_CONTENT_TYPE, guess_content_type


@pytest.mark.parametrize(("name", "expected"), [
    ("logo.svg", "image/svg+xml"),
    ("photo.WEBP", "image/webp"),
    ("a/b/c.avif", "image/avif"),
    ("module.wasm", "application/wasm"),
    ("app.mjs", "text/javascript; charset=utf-8"),
    ("data.json", "application/json"),
    ("font.woff2", "font/woff2"),
    ("index.html", "text/html; charset=utf-8"),
    ("archive.tar.gz", "application/gzip"),
    ("report.docx",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("C:\\Users\\me\\clip.mp4", "video/mp4"),
])
def test_known_types_come_from_our_table(name, expected):
    assert guess_content_type(name) == expected


@pytest.mark.parametrize("name", ["README", ".bashrc", "noext.", "folder/", ""])
def test_names_without_an_extension_get_the_default(name):
    assert guess_content_type(name) == DEFAULT_CONTENT_TYPE
    assert guess_content_type(name, default="text/plain") == "text/plain"


def test_svg_is_never_html_or_octet_stream_whatever_the_platform_table_says(monkeypatch):
    import mimetypes
    monkeypatch.setattr(mimetypes, "guess_type", lambda *a, **k: ("text/html", None))
    assert guess_content_type("x.svg") == "image/svg+xml"
