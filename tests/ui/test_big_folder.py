"""A 100,000-key folder: first rows after one request, then page by page as the view scrolls.

The folder is made with 32 threads of parallel PUTs of empty objects. Measured on the 2-core
CI machine against RGW: boto3 put_object managed about 230 PUT/s (over 7 minutes for 100,000
keys, mostly boto3's own CPU time), bare anonymous HTTP PUTs into a public-read-write test
bucket 500-1,300 PUT/s (80-200 s), so the test uses the latter (`put_many`). How long the fill
took, how soon the first rows showed, the longest event-loop stall while scrolling and the
memory per row are printed with the result (run with -s to see them).
"""

from __future__ import annotations

import gc
import math
import sys
import time
from typing import Any

import pytest
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from spacesgui.ui.models.entries import Location
from spacesgui.ui.models.object_filter import ObjectFilterProxy
from spacesgui.ui.models.object_table import Column, ObjectTableModel
from spacesgui.workers.tasks import TaskRunner
from tests.faultproxy import FaultProxy
from tests.servers import ServerInfo
from tests.ui.browser_helpers import ACCOUNT, Heartbeat, RegistryFactory, list_requests, put_many
from tests.ui.browser_helpers import rows as rows_of

N = 100_000
PAGE = 1000
FIRST_ROWS_LIMIT_S = 0.3  # the first rows of a huge folder must feel immediate


def fill(server: ServerInfo, bucket: str) -> float:
    """PUT N empty objects under big/; returns the seconds it took."""
    return put_many(server, bucket, (f"big/file-{i:06d}.dat" for i in range(N)))


def deep_size(objects: Any, seen: set[int]) -> int:
    """sys.getsizeof of every object reachable through tuples, lists and slotted fields."""
    total, stack = 0, list(objects)
    while stack:
        obj = stack.pop()
        if id(obj) in seen or obj is None or isinstance(obj, bool):
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        if isinstance(obj, (tuple, list)):
            stack.extend(obj)
        elif hasattr(obj, "__slots__") and not isinstance(obj, type):
            stack.extend(getattr(obj, s) for s in obj.__slots__)
    return total


@pytest.mark.slow
def test_100k_folder_pages_in_as_the_view_scrolls(qtbot: QtBot, runner: TaskRunner,
                                                  s3_server: ServerInfo,
                                                  registry_for: RegistryFactory, bucket: str,
                                                  proxy: FaultProxy,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    fill_s = fill(s3_server, bucket)
    model = ObjectTableModel(runner, registry_for(proxy))
    sorter = ObjectFilterProxy(model)
    sorter.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(sorter)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(22)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    proxy.clear()

    start = time.perf_counter()
    model.set_location(Location(ACCOUNT, bucket, "big/"))
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    first_rows_s = time.perf_counter() - start
    assert model.rowCount() == PAGE and list_requests(proxy, bucket) == 1
    assert view.indexAt(view.viewport().rect().topLeft()).data() == "file-000000.dat"

    beat = Heartbeat()
    beat.start()
    scroll_start = time.perf_counter()

    def scrolled_to_the_end() -> bool:
        view.scrollToBottom()  # at the bottom the view asks for the next page
        return model.fully_loaded

    qtbot.waitUntil(scrolled_to_the_end, timeout=600_000)
    scroll_s = time.perf_counter() - scroll_start
    beat.timer.stop()

    assert model.rowCount() == N and sorter.rowCount() == N
    assert list_requests(proxy, bucket) == math.ceil(N / PAGE) == model.requests_made
    assert proxy.count("HEAD") == 0
    assert sorter.index(N - 1, 0).data() == f"file-{N - 1:06d}.dat"

    start = time.perf_counter()
    sorter.sort(Column.SIZE)
    sort_s = time.perf_counter() - start
    start = time.perf_counter()
    sorter.set_filter_text("-01234")
    filter_s = time.perf_counter() - start
    assert rows_of(sorter) == [f"file-01234{i}.dat" for i in range(10)]
    sorter.set_filter_text("")
    sorter.sort(Column.NAME)

    gc.collect()
    seen: set[int] = set()
    rows_bytes = deep_size(model.folder_rows, seen) + deep_size(model.object_rows, seen)
    proxy_bytes = deep_size([sorter._folders.keys, sorter._folders.order,
                             sorter._objects.keys, sorter._objects.order], seen)
    per_row = (rows_bytes + proxy_bytes) / N

    with capsys.disabled():
        print(f"\n100k folder: created in {fill_s:.1f} s ({N / fill_s:.0f} PUT/s, 32 threads); "
              f"first rows after {first_rows_s * 1000:.0f} ms; all {N} rows in {scroll_s:.1f} s "
              f"over {model.requests_made} list requests, 0 HEAD; longest event-loop stall "
              f"while scrolling {beat.longest} ms; {per_row:.0f} bytes/row "
              f"(entries {rows_bytes / N:.0f}, proxy {proxy_bytes / N:.0f}); "
              f"sort by size {sort_s * 1000:.0f} ms; filter {filter_s * 1000:.0f} ms")
    assert per_row < 1024
    assert first_rows_s < FIRST_ROWS_LIMIT_S
