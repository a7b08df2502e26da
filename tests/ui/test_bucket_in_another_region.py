"""A bucket made in another region than the account's keeps every account setting: its requests
go through the account's proxy (the fault proxy acting as a forward proxy), are signed with
signature version 2 and path-style, and the bucket lands in the region asked for (real RGW).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spacesgui.app import AppContext
from spacesgui.config import Account
from spacesgui.ui.dialogs.new_bucket import NewBucketDialog
from spacesgui.ui.models.entries import Location
from spacesgui.ui.window import MainWindow
from tests.faultproxy import FaultProxy
from tests.servers import ServerInfo, unique_bucket_name
from tests.ui.window_helpers import WAIT

PROXIED = "proxied-v2"


@pytest.fixture
def forward_proxy(s3_server: ServerInfo) -> Iterator[FaultProxy]:
    with FaultProxy(s3_server.endpoint) as running:
        yield running


def test_a_bucket_in_another_region_goes_through_the_proxy_signed_v2(
        qtbot: QtBot, window: MainWindow, context: AppContext, s3_server: ServerInfo,
        forward_proxy: FaultProxy, boto_client: Any) -> None:
    # The account signs for a region of its own; the server's region is the "other" one.
    # Version 2 signatures name no region, so only the LocationConstraint tells them apart.
    account = Account(id=PROXIED, name="Lab via proxy", provider="s3", region="lab-home",
                      endpoint=s3_server.endpoint, access_key_id=s3_server.access_key,
                      addressing="path", signature="v2", proxy=forward_proxy.url)
    context.add_ready_account(account, account.make_client(s3_server.secret_key))
    window.navigate(Location(PROXIED, None))
    name = unique_bucket_name(s3_server.bucket_prefix, "other-region-v2")
    try:
        window.commands.new_bucket()
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, NewBucketDialog) and w.isVisible())
        assert dialog.region_edit.text() == "lab-home"
        qtbot.keyClicks(dialog.name_edit, name)
        dialog.region_edit.setText(s3_server.region)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: any(b["Name"] == name
                                    for b in boto_client.list_buckets()["Buckets"]),
                        timeout=WAIT)
        location = boto_client.get_bucket_location(Bucket=name).get("LocationConstraint")
        assert location == s3_server.region
        [create] = [s for s in forward_proxy.seen if s.method == "PUT" and s.path == f"/{name}"]
        assert create.absolute, "the request did not come as a proxy request"
        assert create.headers["authorization"].startswith(f"AWS {s3_server.access_key}:")
        assert create.headers["host"] == s3_server.endpoint.split("://", 1)[1]
    finally:
        if any(b["Name"] == name for b in boto_client.list_buckets()["Buckets"]):
            boto_client.delete_bucket(Bucket=name)
