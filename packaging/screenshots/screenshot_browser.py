"""Render the browser (path bar, bucket tree, object table) to PNGs for a look by eye (not a test).

Usage: python packaging/screenshots/screenshot_browser.py out.png
Starts moto's ThreadedMotoServer on 127.0.0.1, fills a few buckets with files of many kinds,
then writes out.png (tree expanded, table of a folder), out-narrow.png (a deep path folded
into the … menu, narrow window), out-edit.png (the path bar typing, with an inline problem)
and out-icons.png (every file-kind icon at 16, 24 and 32 px). Needs a display (Xvfb) or
QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from screenshot_support import grab, wait_until

from spacesgui.clients import ClientRegistry
from spacesgui.s3 import S3Client
from spacesgui.ui import icons
from spacesgui.ui.models.bucket_tree import BucketTreeModel
from spacesgui.ui.models.entries import Location
from spacesgui.ui.models.object_filter import ObjectFilterProxy
from spacesgui.ui.models.object_table import ObjectTableModel
from spacesgui.ui.path_bar import PathBar
from spacesgui.ui.window.views import setup_object_table
from spacesgui.workers.tasks import TaskRunner

WAIT_MS = 10_000

ACCOUNT = "sandbox"
FILES = {
    "holiday-photos": {
        "2023/": 0, "2024/": 0, "2024/june/": 0, "2024/june/beach-sunset.jpg": 2_450_000,
        "2024/june/IMG_0010.HEIC": 3_100_000, "2024/june/IMG_9.HEIC": 2_900_000,
        "2024/june/clip.mp4": 48_000_000, "2024/june/raw/": 0,
        "2024/june/notes.txt": 812, "2024/june/voice memo.m4a": 1_300_000,
        "2024/june/itinerary.pdf": 220_000, "2024/june/photos-backup.zip": 310_000_000,
        "2024/june/resize.py": 2_048, "2024/june/budget.csv": 14_000, "2024/june/README": 90,
        "2024/june/a very long file name that keeps going on and on - final version (2).docx":
            45_000,
    },
    "website-assets": {"index.html": 4_000, "css/site.css": 9_000, "img/logo.svg": 3_000},
    "backups": {"db/2024-06-01.sql.gz": 120_000_000},
}


def fill(client: S3Client) -> None:
    for bucket, files in FILES.items():
        client.create_bucket(bucket=bucket)
        for key, size in files.items():
            client.put_object(bucket=bucket, key=key, body=b"\0" * size)


def table_view(model: ObjectFilterProxy) -> QTableView:
    """The object table set up as the main window does."""
    table = QTableView()
    table.setObjectName("objectTable")
    setup_object_table(table, model)
    return table


def icon_sheet(path: Path) -> None:
    kinds = ("folder", "image", "video", "audio", "text", "code", "archive", "pdf", "generic")
    sheet = QPixmap(len(kinds) * 40 + 10, 3 * 40 + 10)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    for col, kind in enumerate(kinds):
        for row, size in enumerate((16, 24, 32)):
            painter.drawPixmap(10 + col * 40, 10 + row * 40, icons.kind_icon(kind).pixmap(size))
    painter.end()
    sheet.save(str(path))


def main(out: Path) -> None:
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto logs every request

    _app = QApplication.instance() or QApplication(sys.argv)  # alive for the whole run
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    client = S3Client(endpoint=f"http://{host}:{port}", region="us-east-1", access_key="sandbox",
                      secret_key="sandbox", addressing="path")
    runner = TaskRunner()
    try:
        fill(client)
        registry = ClientRegistry()
        registry.put(ACCOUNT, client)
        tree_model = BucketTreeModel(runner, registry)

        class Sandbox:
            id, name, pinned_buckets = ACCOUNT, "Local sandbox", ()

            @staticmethod
            def effective_endpoint() -> str:
                return client.endpoint

        tree_model.set_accounts([Sandbox()])
        table_model = ObjectTableModel(runner, registry)
        proxy = ObjectFilterProxy(table_model)
        proxy.setSourceModel(table_model)

        window = QWidget()
        window.setWindowTitle("spacesgui browser")
        layout = QVBoxLayout(window)
        bar = PathBar(window)
        layout.addWidget(bar)
        splitter = QSplitter()
        tree = QTreeView(splitter)
        tree.setObjectName("bucketTree")
        tree.setHeaderHidden(True)
        tree.setModel(tree_model)
        table = table_view(proxy)
        splitter.addWidget(table)
        splitter.setSizes([260, 900])
        layout.addWidget(splitter, 1)
        window.resize(1180, 560)
        window.show()

        where = Location(ACCOUNT, "holiday-photos", "2024/june/")
        bar.set_location(where, "Local sandbox", region="nyc3")
        table_model.set_location(where)
        account = tree_model.index(0, 0)
        tree.expand(account)
        wait_until(lambda: not tree_model.is_loading and tree_model.rowCount(account) > 0,
                   WAIT_MS)
        while tree_model.location(tree_model.index_for(where)) != where:
            tree.expand(tree_model.index_for(where))  # one level further each time
            wait_until(lambda: not tree_model.is_loading, WAIT_MS)
        tree.setCurrentIndex(tree_model.index_for(where))
        wait_until(lambda: table_model.fully_loaded, WAIT_MS)
        table.selectRow(4)
        grab(window, out, settle_ms=250)

        deep = Location(ACCOUNT, "holiday-photos", "".join(f"level-{i}/" for i in range(9)))
        bar.set_location(deep, "Local sandbox")
        window.resize(640, 420)
        grab(window, out.with_name(out.stem + "-narrow.png"), settle_ms=250)

        window.resize(1180, 560)
        bar.set_location(where, "Local sandbox", region="nyc3")
        bar.start_editing()
        bar.edit.setText("https://holiday-photos.fra1.cdn.digitaloceanspaces.com/2024/")
        bar.edit.returnPressed.emit()
        grab(window, out.with_name(out.stem + "-edit.png"), settle_ms=250)
        icon_sheet(out.with_name(out.stem + "-icons.png"))
        window.close()
    finally:
        runner.shutdown(5000)
        server.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "browser.png"))
