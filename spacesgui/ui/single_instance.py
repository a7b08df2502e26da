"""One running spacesgui per user: a later launch hands its addresses to the first, then exits.

The first instance listens on a local socket (a named pipe on Windows) named after the user and
the data directory, so two profiles or a test's temporary one stay apart, and only the user may
connect. A later launch writes its addresses as UTF-8 lines and disconnects; no address at all
just brings the window forward. On macOS a clicked s3:// link arrives as a QFileOpenEvent
instead of an argument, and goes the same way.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

CONNECT_MS = 500  # a live instance answers at once; a stale socket fails at once
MAX_MESSAGE = 64 * 1024  # addresses are short; anything longer is not from spacesgui


def server_name(data_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        user = "user"
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]
    # A socket file name on Unix, a pipe name on Windows: keep to characters both accept.
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in user)[:32]
    return f"spacesgui-{safe}-{digest}"


def hand_over(name: str, addresses: Sequence[str]) -> bool:
    """Give `addresses` to the instance listening on `name`; False when none is running."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write("".join(f"{a}\n" for a in addresses).encode())
    socket.flush()
    while socket.bytesToWrite() and socket.waitForBytesWritten(2000):
        pass
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(2000)
    return True


class InstanceServer(QObject):
    """Listens for later launches.

    Signals:
        addresses_received(object): a list of address strings (possibly empty: just raise).
    """

    addresses_received = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def listen(self) -> bool:
        """Start listening; a socket left by a crashed instance is removed first."""
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)  # hand_over() found nobody answering it
            if self._server.listen(self.name):
                return True
        log.warning("cannot listen for later launches on %s: %s", self.name,
                    self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def watch_file_open_events(self, app: QApplication) -> None:
        """Also take the links macOS delivers as QFileOpenEvent.

        Only there: a filter on the application sees every event of every object, and each
        one would go into Python, taking the interpreter lock that transfer threads compete
        for; no other platform sends this event."""
        if sys.platform == "darwin":
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            url = event.url()
            self.addresses_received.emit([url.toString() if url.scheme() else event.file()])
            return True
        return super().eventFilter(watched, event)

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._on_disconnected(s))
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += socket.readAll().data()
        if len(buffer) > MAX_MESSAGE:
            log.warning("dropping an oversized message from a local client")
            self._buffers.pop(socket, None)
            socket.abort()
            socket.deleteLater()

    def _on_disconnected(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.pop(socket, None)
        if buffer is not None:
            buffer += socket.readAll().data()
            text = bytes(buffer).decode("utf-8", "replace")
            self.addresses_received.emit([line for line in text.splitlines() if line.strip()])
        socket.deleteLater()
