"""An HTML upload page someone without an account can use: a signed PostObject form.

The server enforces the policy, not the page: the key must start with the folder, the file must
be no larger than the maximum, the Content-Type must match, and the form stops working when it
expires. The page's small script only fills in Content-Type from the chosen file and warns
early about a file that is too large; without the script the form still works as plain HTML.
The page holds the access key id, the policy and its signature, never the secret.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from html import escape

from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.post_policy import FILENAME_VARIABLE, PostForm

ANY_TYPE = "application/octet-stream"   # sent when the browser does not know the file's type
SUCCESS_STATUS = 201                    # the server answers with an XML receipt the user sees


@dataclass(frozen=True, slots=True)
class UploadFormSpec:
    """`content_type`: "" any type; ending in "/" (such as "image/") any type of that family;
    otherwise exactly that type."""

    bucket: str
    folder: str          # key prefix, "" or ending in "/"
    expires_in: int      # seconds
    max_size: int        # bytes
    content_type: str = ""

    def problems(self) -> list[str]:
        found = []
        if self.max_size < 1:
            found.append("The largest file must be at least 1 byte.")
        ctype = self.content_type
        if ctype and (ctype.count("/") != 1 or ctype.startswith("/") or " " in ctype):
            found.append("A content type looks like image/png, or image/ for any image.")
        if self.folder and not self.folder.endswith("/"):
            found.append("The folder must end in \u201c/\u201d.")
        return found

    @property
    def exact_type(self) -> bool:
        return bool(self.content_type) and not self.content_type.endswith("/")

    @property
    def accept(self) -> str:
        """The file picker's filter (`accept` attribute)."""
        if not self.content_type:
            return ""
        return self.content_type + ("*" if self.content_type.endswith("/") else "")

    @property
    def default_type(self) -> str:
        """Content-Type sent when no script runs: a value the policy allows."""
        return self.content_type or ANY_TYPE


def build_upload_form(client: S3Client, spec: UploadFormSpec) -> PostForm:
    """The signed form fields, Content-Type included (send them in order, then the file)."""
    problems = spec.problems()
    if problems:
        raise InvalidInput(" ".join(problems))
    exact = spec.content_type if spec.exact_type else None
    conditions = [] if exact else [["starts-with", "$Content-Type", spec.content_type]]
    form = client.build_post_form(
        bucket=spec.bucket, key=spec.folder + FILENAME_VARIABLE, expires_in=spec.expires_in,
        content_length_range=(0, spec.max_size), content_type=exact,
        success_action_status=SUCCESS_STATUS, extra_conditions=conditions)
    fields = dict(form.fields)
    if not exact:
        # Before the policy fields, as a browser sends the form in document order.
        fields = {"Content-Type": spec.default_type, **fields}
    return PostForm(url=form.url, fields=fields)


def _size_text(size: int) -> str:
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            value = size / scale
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size} bytes"


_SCRIPT = """
(function () {
  var form = document.getElementById("upload");
  var file = document.getElementById("file");
  var note = document.getElementById("note");
  var type = form.elements["Content-Type"];
  var family = %(family)s, fallback = %(fallback)s, maxSize = %(max)d, exact = %(exact)s;
  file.addEventListener("change", function () {
    var chosen = file.files[0];
    var send = document.getElementById("send");
    note.textContent = "";
    send.disabled = false;
    if (!chosen) { return; }
    if (chosen.size > maxSize) {
      note.textContent = "This file is larger than this form allows.";
      send.disabled = true;
      return;
    }
    if (!exact) {
      var t = chosen.type || fallback;
      if (family && t.indexOf(family) !== 0) {
        note.textContent = "This form only takes files of type " + family + "*.";
        send.disabled = true;
        return;
      }
      type.value = t;
    }
  });
})();
"""


def upload_form_html(form: PostForm, spec: UploadFormSpec, *, expires_at: datetime,
                     title: str = "") -> str:
    """A self-contained page (no outside resources) with the form; the file field goes last."""
    heading = title or f"Upload to {spec.bucket}/{spec.folder}"
    hidden = "\n".join(
        f'    <input type="hidden" name="{escape(name)}" value="{escape(value)}">'
        for name, value in form.fields.items())
    accept = f' accept="{escape(spec.accept)}"' if spec.accept else ""
    kinds = (f"of type {escape(spec.accept)}" if spec.content_type else "of any type")
    script = _SCRIPT % {
        "family": json.dumps("" if spec.exact_type else spec.content_type),
        "fallback": json.dumps(ANY_TYPE if not spec.content_type else spec.default_type),
        "max": spec.max_size, "exact": json.dumps(spec.exact_type)}
    # The JSON strings above cannot close the script element: json.dumps leaves no "</".
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="referrer" content="no-referrer">
  <title>{escape(heading)}</title>
  <style>
    body {{ font-family: system-ui, sans-serif; max-width: 40em; margin: 3em auto;
           padding: 0 1em; line-height: 1.5; }}
    #note {{ color: #b3261e; }}
    small {{ color: #666; }}
  </style>
</head>
<body>
  <h1>{escape(heading)}</h1>
  <p>Choose one file {kinds}, up to {escape(_size_text(spec.max_size))}, and press Upload.
     This form works until {escape(expires_at.strftime("%d %B %Y, %H:%M %Z").strip())}.</p>
  <form id="upload" action="{escape(form.url)}" method="post" enctype="multipart/form-data">
{hidden}
    <p><input id="file" type="file" name="file"{accept} required></p>
    <p id="note" role="alert"></p>
    <p><button id="send" type="submit">Upload</button></p>
  </form>
  <p><small>After the upload the server answers with a short receipt
     (&lt;PostResponse&gt;). A file with the same name as an earlier one replaces it.</small></p>
  <script>{script}</script>
</body>
</html>
"""
