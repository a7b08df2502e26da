"""The permissions page: the server's ACL shown grant by grant, private / public-read applied
with every other grant kept, and the anonymous test answering as the server does."""

from __future__ import annotations

import pytest
import requests
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from spacesgui.s3.models.acl import ALL_USERS, AccessControlPolicy
from spacesgui.ui.bucket_settings.base import ChangePreview, PageState
from spacesgui.ui.bucket_settings.permissions import GrantsModel, PermissionsPage
from tests.servers import BotoClient, ServerInfo
from tests.ui.bucket_settings.conftest import ContextFactory

WAIT = 30_000


def loaded_page(qtbot: QtBot, context: ContextFactory, bucket: str,
                user: str = "tester") -> PermissionsPage:
    page = PermissionsPage(context(bucket, user=user))
    qtbot.addWidget(page)
    page.load()
    qtbot.waitUntil(lambda: page.state not in (PageState.LOADING, PageState.APPLYING),
                    timeout=WAIT)
    return page


def rows(model: GrantsModel) -> list[tuple[str, ...]]:
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def apply_through_preview(qtbot: QtBot, page: PermissionsPage) -> None:
    assert page.apply_button.isEnabled()
    page.apply_button.click()
    preview = page.findChild(ChangePreview)
    assert preview is not None
    with qtbot.waitSignal(page.applied, timeout=WAIT):
        preview.apply_button.click()
    qtbot.waitUntil(lambda: page.state is PageState.READY, timeout=WAIT)


def anonymous_answer(qtbot: QtBot, page: PermissionsPage) -> str:
    page.test_button.click()
    qtbot.waitUntil(page.test_button.isEnabled, timeout=WAIT)
    return page.test_answer.toPlainText()


def check_model(qtmodeltester: ModelTester, page: PermissionsPage) -> None:
    """The page's grants in a model of their own: the page is gone before the tester ends."""
    assert isinstance(page.server_value, AccessControlPolicy)
    model = GrantsModel()
    model.set_policy(page.server_value)
    assert rows(model) == rows(page.grants_model)
    qtmodeltester.check(model, force_py=True)


def boto_grants(boto_client: BotoClient, bucket: str) -> set[tuple[str, str]]:
    grants = boto_client.get_bucket_acl(Bucket=bucket)["Grants"]
    return {(g["Grantee"].get("ID") or g["Grantee"].get("URI"), g["Permission"]) for g in grants}


def test_public_read_set_with_boto_is_shown(qtbot: QtBot, qtmodeltester: ModelTester,
                                            settings_context: ContextFactory,
                                            boto_client: BotoClient, bucket: str) -> None:
    boto_client.put_bucket_acl(Bucket=bucket, ACL="public-read")
    page = loaded_page(qtbot, settings_context, bucket)
    assert page.state is PageState.READY
    assert page.public_radio.isChecked() and not page.private_radio.isChecked()
    shown = rows(page.grants_model)
    assert ("Everyone (AllUsers)", "read (list) (READ)", "set by the choice above") in shown
    assert any(r[0].startswith("Owner ") and r[2] == "always kept (the owner)" for r in shown)
    assert len(shown) == len(boto_client.get_bucket_acl(Bucket=bucket)["Grants"])
    assert not page.apply_button.isEnabled() and not page.is_dirty()
    check_model(qtmodeltester, page)


@pytest.mark.needs("other-user")
def test_private_keeps_a_grant_the_editor_cannot_express(
        qtbot: QtBot, qtmodeltester: ModelTester, settings_context: ContextFactory,
        boto_client: BotoClient, other_client: BotoClient, bucket: str) -> None:
    other_id = other_client.list_buckets()["Owner"]["ID"]
    owner = boto_client.get_bucket_acl(Bucket=bucket)["Owner"]
    boto_client.put_bucket_acl(Bucket=bucket, AccessControlPolicy={"Owner": owner, "Grants": [
        {"Grantee": {"Type": "CanonicalUser", "ID": owner["ID"]}, "Permission": "FULL_CONTROL"},
        {"Grantee": {"Type": "Group", "URI": ALL_USERS}, "Permission": "READ"},
        {"Grantee": {"Type": "CanonicalUser", "ID": other_id}, "Permission": "READ_ACP"},
    ]})
    page = loaded_page(qtbot, settings_context, bucket)
    assert page.public_radio.isChecked()
    kept = [r for r in rows(page.grants_model) if r[2] == "kept as is"]
    assert len(kept) == 1 and other_id in kept[0][0]
    assert kept[0][1] == "read the permissions (READ_ACP)"
    check_model(qtmodeltester, page)

    page.private_radio.click()
    assert page.is_dirty()
    apply_through_preview(qtbot, page)
    assert boto_grants(boto_client, bucket) == {(owner["ID"], "FULL_CONTROL"),
                                                (other_id, "READ_ACP")}
    assert page.private_radio.isChecked() and not page.is_dirty()
    assert any(r[2] == "kept as is" for r in rows(page.grants_model))  # read back


@pytest.mark.needs("anonymous-acl")
def test_public_read_opens_the_anonymous_listing_and_private_closes_it(
        qtbot: QtBot, s3_server: ServerInfo, settings_context: ContextFactory,
        boto_client: BotoClient, bucket: str) -> None:
    for key in ("one.txt", "two.txt"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"x")
    listing_url = f"{s3_server.endpoint}/{bucket}"
    page = loaded_page(qtbot, settings_context, bucket)
    assert page.private_radio.isChecked()
    assert requests.get(listing_url, timeout=10).status_code == 403
    assert "403 AccessDenied" in anonymous_answer(qtbot, page)

    page.public_radio.click()
    apply_through_preview(qtbot, page)
    assert requests.get(listing_url, timeout=10).status_code == 200
    assert (ALL_USERS, "READ") in boto_grants(boto_client, bucket)
    assert "200 OK: 2 keys listed" in anonymous_answer(qtbot, page)
    # The file listing does not open the files themselves.
    page.test_key.setText("one.txt")
    assert "403 AccessDenied" in anonymous_answer(qtbot, page)
    assert requests.get(f"{listing_url}/one.txt", timeout=10).status_code == 403

    page.test_key.clear()
    page.private_radio.click()
    apply_through_preview(qtbot, page)
    assert requests.get(listing_url, timeout=10).status_code == 403
    assert "403 AccessDenied" in anonymous_answer(qtbot, page)


def test_the_test_downloads_a_public_key(qtbot: QtBot, settings_context: ContextFactory,
                                         boto_client: BotoClient, bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="open.txt", Body=b"hello", ACL="public-read")
    page = loaded_page(qtbot, settings_context, bucket)
    page.test_key.setText("open.txt")
    answer = anonymous_answer(qtbot, page)
    assert "GET open.txt: 200 OK: 5 bytes served" in answer
    assert "Content-Length: 5" in answer


@pytest.mark.needs("other-user", "anonymous-acl")
def test_a_refused_reader_gets_a_disabled_page_with_the_reason(
        qtbot: QtBot, settings_context: ContextFactory, bucket: str) -> None:
    page = loaded_page(qtbot, settings_context, bucket, user="other")
    assert page.state is PageState.UNAVAILABLE
    assert "AccessDenied" in page.status.text()
    assert not page.content.isEnabled() and not page.apply_button.isEnabled()
    # What a visitor gets can still be asked: the test needs no permission of these keys.
    assert page.test_button.isEnabled()
    assert "403 AccessDenied" in anonymous_answer(qtbot, page)
