"""Open an object: text and images are shown in the app, anything else by the system's program.

Text previews read only the first MiB (a ranged GET); images are read whole up to a cap and
decoded off the GUI thread with an allocation limit, so a hostile "image" cannot exhaust memory.
Other files are downloaded to a private temporary folder, removed when the app quits, and handed
to QDesktopServices.
"""

from __future__ import annotations

import atexit
import logging
import os
import re
import shutil
import tempfile
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFontDatabase,
    QImage,
    QImageReader,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spacesgui.errors import UserFacingError
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client import S3Client
from spacesgui.s3.content_types import guess_content_type
from spacesgui.s3.errors import InvalidInput, ServiceError
from spacesgui.s3.options import SSECustomerKey
from spacesgui.s3.transfer.common import SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.download import download_file
from spacesgui.ui.errors import ErrorPresenter, describe
from spacesgui.ui.formatting import human_size
from spacesgui.ui.key_choice import KeySource, ask_for_key, explained
from spacesgui.workers.tasks import TaskRunner

log = logging.getLogger(__name__)

TEXT_LIMIT = 1024 * 1024
IMAGE_LIMIT = 50 * 1024 * 1024
IMAGE_ALLOCATION_MIB = 256  # decoded pixels; a 8000 x 8000 RGBA image is 244 MiB
_TEXT_TYPES = ("application/json", "application/xml", "application/javascript",
               "application/x-yaml", "application/yaml", "application/toml",
               "application/x-sh", "application/sql", "image/svg+xml")
_TEXT_EXTENSIONS = frozenset((
    "txt", "log", "md", "markdown", "rst", "csv", "tsv", "json", "xml", "yaml", "yml", "toml",
    "ini", "cfg", "conf", "py", "js", "ts", "css", "html", "htm", "sh", "sql", "c", "h", "cpp",
    "rs", "go", "java", "rb", "env", "gitignore", "dockerfile", "srt", "vtt"))
_UNSAFE_NAME = re.compile(r"[^\w.\- ()\[\]]+")


class NotPreviewable(UserFacingError):
    """The file was fetched but cannot be shown here (too large, or not a readable image)."""


def preview_kind(key: str, size: int | None) -> str:
    """"text", "image" or "external" for this key and size."""
    name = key.rstrip("/").rsplit("/", 1)[-1]
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else name.lower()
    mime = guess_content_type(name)
    image_formats = {bytes(f.data()).decode().lower()
                     for f in QImageReader.supportedImageFormats()}
    if ext in image_formats and mime.startswith("image/") and mime != "image/svg+xml":
        return "image" if size is None or size <= IMAGE_LIMIT else "external"
    if mime.startswith("text/") or mime in _TEXT_TYPES or ext in _TEXT_EXTENSIONS:
        return "text"
    return "external"


# --- work done in the pool ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TextPreview:
    text: str
    encoding: str
    truncated: bool
    size: int


def decode_text(data: bytes, truncated: bool) -> tuple[str, str]:
    """(text, encoding label): UTF-8 (a character cut at the 1 MiB edge is dropped), else
    UTF-16 by its BOM, else Latin-1, which decodes any bytes."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError as exc:
        if truncated and exc.start >= len(data) - 3:
            try:
                return data[: exc.start].decode("utf-8-sig"), "UTF-8"
            except UnicodeDecodeError:
                pass
    return data.decode("latin-1"), QCoreApplication.translate("preview",
            "Latin-1 (not valid UTF-8)")


def fetch_text(client: S3Client, bucket: str, key: str, size: int | None,
               token: CancelToken, *, version_id: str | None = None,
               sse_c: SSECustomerKey | None = None) -> TextPreview:
    if size == 0:
        return TextPreview("", "UTF-8", False, 0)
    try:
        result = client.get_object(bucket=bucket, key=key, byte_range=(0, TEXT_LIMIT - 1),
                                   version_id=version_id, sse_c=sse_c, cancel=token)
    except ServiceError as exc:
        if exc.status == 416:  # an empty object has no byte 0
            return TextPreview("", "UTF-8", False, 0)
        raise
    data = b"".join(result.iter_chunks(cancel=token))
    total = result.head.size
    truncated = total > len(data)
    text, encoding = decode_text(data, truncated)
    return TextPreview(text, encoding, truncated, total)


def fetch_image(client: S3Client, bucket: str, key: str, token: CancelToken, *,
                version_id: str | None = None, sse_c: SSECustomerKey | None = None) -> QImage:
    result = client.get_object(bucket=bucket, key=key, byte_range=(0, IMAGE_LIMIT),
                               version_id=version_id, sse_c=sse_c, cancel=token)
    if result.head.size > IMAGE_LIMIT:
        result.close()
        raise NotPreviewable(QCoreApplication.translate("preview",
                                                        "The image is larger than {limit}.").format(
                    limit=human_size(IMAGE_LIMIT)))
    data = b"".join(result.iter_chunks(cancel=token))
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    reader.setAllocationLimit(IMAGE_ALLOCATION_MIB)
    reader.setAutoTransform(True)  # honour EXIF rotation as image viewers do
    image = reader.read()
    if image.isNull():
        raise NotPreviewable(QCoreApplication.translate("preview",
                                                        "The image could not be decoded: "
                                                        "{error}.").format(error=reader.errorString()))
    return image


# --- temporary copies ----------------------------------------------------------------------

_temp_root: str | None = None


def temp_root() -> str:
    """A private folder for opened copies; removed at quit (and at interpreter exit)."""
    global _temp_root  # noqa: PLW0603 - one folder per process, made on first use
    if _temp_root is None or not os.path.isdir(_temp_root):
        _temp_root = tempfile.mkdtemp(prefix="spacesgui-open-")
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(cleanup_temp_files)
        atexit.register(cleanup_temp_files)
    return _temp_root


def cleanup_temp_files() -> None:
    global _temp_root  # noqa: PLW0603
    if _temp_root is not None:
        shutil.rmtree(_temp_root, ignore_errors=True)
        _temp_root = None


def temp_path_for(key: str) -> str:
    """A fresh subfolder per open, keeping the object's name so the right program opens it."""
    name = _UNSAFE_NAME.sub("_", key.rstrip("/").rsplit("/", 1)[-1]).strip(". ") or "file"
    return os.path.join(tempfile.mkdtemp(dir=temp_root()), name[:200])


def _download_copy(client: S3Client, bucket: str, key: str, path: str,
                   token: CancelToken, *, version_id: str | None = None,
                   sse_c: SSECustomerKey | None = None) -> str:
    download_file(client, bucket=bucket, key=key, path=path, config=TransferConfig(),
                  control=TransferControl(token), slots=SlotPool(4), version_id=version_id,
                  sse_c=sse_c)
    return path


# --- the dialog ----------------------------------------------------------------------------

class ImageView(QScrollArea):
    """Shows an image scaled to fit; Ctrl+wheel, Ctrl++ and Ctrl+- zoom, Ctrl+0 fits again."""

    zoomed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageView")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(self.label)
        self.setWidgetResizable(False)
        self._pixmap = QPixmap()
        self.zoom: float | None = None  # None: fit to the window

    def set_image(self, image: QImage) -> None:
        self._pixmap = QPixmap.fromImage(image)
        self._render()

    def fit_scale(self) -> float:
        if self._pixmap.isNull():
            return 1.0
        view = self.viewport().size()
        return min(1.0, view.width() / self._pixmap.width(), view.height() / self._pixmap.height())

    def scale(self) -> float:
        return self.zoom if self.zoom is not None else self.fit_scale()

    def zoom_by(self, factor: float) -> None:
        self.zoom = max(0.05, min(16.0, self.scale() * factor))
        self._render()

    def zoom_fit(self) -> None:
        self.zoom = None
        self._render()

    def _render(self) -> None:
        if self._pixmap.isNull():
            return
        scale = self.scale()
        size = self._pixmap.size() * scale
        mode = Qt.TransformationMode.SmoothTransformation
        self.label.setPixmap(self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, mode))
        self.label.resize(self.label.pixmap().size())
        self.zoomed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.zoom is None:
            self._render()


class PreviewDialog(QDialog):
    """A non-modal window showing one object's text or image as it arrives."""

    def __init__(self, runner: TaskRunner, client: S3Client, bucket: str, key: str, *,
                 size: int | None, kind: str, version_id: str | None = None,
                 keys: KeySource | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._runner, self.kind, self.key = runner, kind, key
        self._client, self._bucket, self._size = client, bucket, size
        self._version_id, self._keys = version_id, keys
        name = key.rstrip("/").rsplit("/", 1)[-1]
        self.setWindowTitle(self.tr("{name} \u2014 Preview").format(name=name))
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("previewText")
        self.text_view.setReadOnly(True)
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.image_view = ImageView()
        self.message = QLabel(self.tr("Loading\u2026"))
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.stack = QStackedWidget()
        for widget in (self.message, self.text_view, self.image_view):
            self.stack.addWidget(widget)
        self.note = QLabel()
        self.note.setObjectName("previewNote")
        self.note.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.choose_key_button = buttons.addButton(self.tr("Choose &Key\u2026"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.choose_key_button.setObjectName("chooseKeyButton")
        self.choose_key_button.hide()
        self.choose_key_button.clicked.connect(self._on_choose_key)
        self._refused: BaseException | None = None
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        for sequence, slot in ((QKeySequence.StandardKey.ZoomIn, self._on_zoom_in),
                               (QKeySequence.StandardKey.ZoomOut, self._on_zoom_out)):
            QShortcut(QKeySequence(sequence), self, slot)
        QShortcut(QKeySequence("Ctrl+="), self, self._on_zoom_in)
        QShortcut(QKeySequence("Ctrl+0"), self, self.image_view.zoom_fit)
        self.resize(900, 650)
        self._task: int | None = None
        self._load("")

    def _load(self, key_name: str) -> None:
        """Fetch the file, with the customer key `key_name` when one is given."""
        client, bucket, key, size = self._client, self._bucket, self.key, self._size
        version_id, keys = self._version_id, self._keys
        read = keys.read if keys is not None else None

        def sse_c() -> SSECustomerKey | None:  # on the pool thread: may wait on the keyring
            return read(key_name) if key_name and read is not None else None

        self.message.setText(self.tr("Loading\u2026"))
        self.stack.setCurrentWidget(self.message)
        self.choose_key_button.hide()
        if self.kind == "text":
            self._task = self._runner.submit(
                lambda token: fetch_text(client, bucket, key, size, token,
                                         version_id=version_id, sse_c=sse_c()),
                self._on_text_loaded, self._on_load_failed)
        else:
            self._task = self._runner.submit(
                lambda token: fetch_image(client, bucket, key, token, version_id=version_id,
                                          sse_c=sse_c()),
                self._on_image_loaded, self._on_load_failed)

    def _on_text_loaded(self, task_id: int, preview: TextPreview) -> None:
        self._task = None
        self.text_view.setPlainText(preview.text)
        self.stack.setCurrentWidget(self.text_view)
        note = preview.encoding
        if preview.truncated:
            note += (self.tr(" \xb7 showing the first {shown} of {size}").format(
                shown=human_size(TEXT_LIMIT), size=human_size(preview.size)))
        self.note.setText(note)

    def _on_image_loaded(self, task_id: int, image: QImage) -> None:
        self._task = None
        self.image_view.set_image(image)
        self.stack.setCurrentWidget(self.image_view)
        self._image_size = self.tr("{width} \xd7 {height} pixels").format(
            width=image.width(), height=image.height())
        self.image_view.zoomed.connect(self._on_zoomed)
        self._on_zoomed()

    def _on_load_failed(self, task_id: int, exc: BaseException) -> None:
        self._task = None
        log.warning("preview of %s failed", self.key, exc_info=exc)
        self.message.setText(self.tr("Could not show this file.\n\n{error}").format(
            error=describe(explained(exc, self._keys))))
        self.stack.setCurrentWidget(self.message)
        self._refused = exc
        if ask_for_key(self, self._keys, exc, self._load) is not None:
            self.choose_key_button.show()

    def _on_choose_key(self) -> None:
        if self._refused is not None:
            ask_for_key(self, self._keys, self._refused, self._load)

    def _on_zoomed(self) -> None:
        self.note.setText(self.tr("{image_size} \xb7 {zoom:.0%} \xb7 Ctrl+wheel or "
                                  "Ctrl+/Ctrl\u2212 to zoom, Ctrl+0 to fit").format(
                                      image_size=self._image_size, zoom=self.image_view.scale()))

    def _on_zoom_in(self) -> None:
        if self.kind == "image":
            self.image_view.zoom_by(1.25)

    def _on_zoom_out(self) -> None:
        if self.kind == "image":
            self.image_view.zoom_by(0.8)

    def done(self, result: int) -> None:  # Qt override: stop a download still running
        if self._task is not None:
            self._runner.cancel(self._task)
            self._task = None
        super().done(result)


def open_preview(runner: TaskRunner, client: S3Client, bucket: str, key: str,  # noqa: PLR0917
                 size: int | None, parent: QWidget | None = None, *,
                 version_id: str | None = None,
                 keys: KeySource | None = None) -> PreviewDialog | None:
    """Show text or an image in a PreviewDialog; open anything else with the system's program.
    A `version_id` shows that version instead of the current one; when the file turns out to
    need a customer key, the user chooses one of `keys` and it is read again.

    Returns the dialog (already shown), or None when the file goes to another program; then
    failures reach the user through an ErrorPresenter on `parent`.
    """
    kind = preview_kind(key, size)
    if kind != "external":
        dialog = PreviewDialog(runner, client, bucket, key, size=size, kind=kind,
                               version_id=version_id, keys=keys, parent=parent)
        dialog.show()
        return dialog
    path = temp_path_for(key)
    title = QCoreApplication.translate("preview", "Open \u201c{name}\u201d").format(
        name=key.rsplit("/", 1)[-1])

    def opened(_task_id: int, local: str) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(local)):
            log.warning("no program opened %s", local)
            failed(_task_id, InvalidInput(
                QCoreApplication.translate("preview",
                                           "No program is set up to open this kind of file. The "
                                           "copy is at {local}.").format(local=local)))

    def failed(_task_id: int, exc: BaseException) -> None:
        if parent is not None and shiboken6.isValid(parent):
            if ask_for_key(parent, keys, exc, fetch) is None:
                ErrorPresenter(parent).blocking(title, explained(exc, keys))
        else:
            log.warning("%s failed", title, exc_info=exc)

    def fetch(key_name: str) -> None:
        read = keys.read if keys is not None and key_name else None
        runner.submit(lambda token: _download_copy(
            client, bucket, key, path, token, version_id=version_id,
            sse_c=read(key_name) if read is not None else None), opened, failed)

    fetch("")
    return None
