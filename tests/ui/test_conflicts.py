"""Uploads, downloads and pastes that would replace something ask first, once per batch.

Every test checks the "before" state on disk or with boto3 while the question is open: nothing
is replaced until it is answered.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from spacesgui.app import AppContext
from spacesgui.preferences import ConflictPolicy, Preferences
from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import NetworkError
from spacesgui.s3.transfer.common import MiB, SlotPool, TransferConfig, TransferControl
from spacesgui.s3.transfer.conflicts import Answer
from spacesgui.s3.transfer.download import DownloadResult, download_file
from spacesgui.s3.transfer.partfile import PART_SUFFIX
from spacesgui.s3.transfer.upload import UploadResult, upload_file
from spacesgui.states import JobKind
from spacesgui.ui.dialogs.conflicts import ConflictDialog
from spacesgui.ui.models.entries import Entry, Location
from spacesgui.ui.window import MainWindow
from spacesgui.workers.transfer_jobs import JobSpec
from tests.ui.transfer_helpers import wait_state
from tests.ui.window_helpers import ACCOUNT, WAIT, open_folder, select

BUTTONS = {Answer.REPLACE: "replace_button", Answer.SKIP: "skip_button",
           Answer.KEEP_BOTH: "keep_both_button", Answer.RESUME: "resume_button"}


def body(boto: Any, bucket: str, key: str) -> bytes | None:
    try:
        return bytes(boto.get_object(Bucket=bucket, Key=key)["Body"].read())
    except boto.exceptions.NoSuchKey:
        return None


def keys(boto: Any, bucket: str) -> set[str]:
    return {o["Key"] for o in boto.list_objects_v2(Bucket=bucket).get("Contents", [])}


def dialog_of(qtbot: QtBot, win: MainWindow) -> ConflictDialog:
    qtbot.waitUntil(lambda: win.commands.conflicts.dialog is not None, timeout=WAIT)
    dialog = win.commands.conflicts.dialog
    assert dialog is not None and dialog.objectName() == "conflictDialog"
    qtbot.waitExposed(dialog)
    return dialog


def finish(qtbot: QtBot, context: AppContext, job_ids: list[int]) -> None:
    for job_id in job_ids:
        assert wait_state(qtbot, context.queue, job_id, timeout=WAIT) == "done", \
            context.queue.job(job_id)


def set_policy(context: AppContext, policy: ConflictPolicy) -> None:
    assert context.preferences.update(Preferences(conflict_default=policy)) == ""


# ---- uploads --------------------------------------------------------------------------------

@pytest.mark.parametrize("answer", [Answer.REPLACE, Answer.SKIP, Answer.KEEP_BOTH])
def test_upload_of_a_file_asks_and_does_as_answered(
        qtbot: QtBot, window: MainWindow, context: AppContext, boto_client: Any, bucket: str,
        tmp_path: Path, answer: Answer) -> None:
    boto_client.put_object(Bucket=bucket, Key="docs/report.txt", Body=b"old")
    src = tmp_path / "report.txt"
    src.write_bytes(b"new version")
    with qtbot.waitSignal(window.commands.conflicts.queued, timeout=WAIT) as queued:
        window.commands.upload_paths(Location(ACCOUNT, bucket, "docs/"), [str(src)])
        dialog = dialog_of(qtbot, window)
        assert dialog.new_size.text().startswith("11 bytes") or "11" in dialog.new_size.text()
        assert "3" in dialog.old_size.text()
        assert dialog.old_time.text() != "\u2014" and dialog.new_time.text() != "\u2014"
        assert not dialog.apply_all_box.isVisible()      # one conflict: nothing to apply to
        assert body(boto_client, bucket, "docs/report.txt") == b"old"   # nothing yet
        getattr(dialog, BUTTONS[answer]).click()
    finish(qtbot, context, queued.args[0])
    expected = {Answer.REPLACE: (b"new version", None), Answer.SKIP: (b"old", None),
                Answer.KEEP_BOTH: (b"old", b"new version")}[answer]
    assert (body(boto_client, bucket, "docs/report.txt"),
            body(boto_client, bucket, "docs/report (2).txt")) == expected
    if answer == Answer.SKIP:
        assert queued.args[0] == []                      # a skipped file is not even queued


def test_folder_upload_asks_once_with_apply_to_all_and_skip_identical(
        qtbot: QtBot, window: MainWindow, context: AppContext, boto_client: Any, bucket: str,
        tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "css").mkdir(parents=True)
    for name, data in (("index.html", b"<p>new</p>"), ("about.html", b"<p>about new</p>"),
                       ("css/site.css", b"body{}"), ("fresh.txt", b"fresh")):
        (root / name).write_bytes(data)
    for key, data in (("site/index.html", b"<p>old</p>"), ("site/about.html", b"<p>a</p>"),
                      ("site/css/site.css", b"body{}")):
        boto_client.put_object(Bucket=bucket, Key=key, Body=data)
    with qtbot.waitSignal(window.commands.conflicts.queued, timeout=WAIT) as queued:
        window.commands.upload_paths(Location(ACCOUNT, bucket, ""), [str(root)])
        dialog = dialog_of(qtbot, window)
        assert dialog.progress_label.text() == "Conflict 1 of 3"
        assert dialog.skip_identical_button.isVisible()
        assert keys(boto_client, bucket) == {"site/index.html", "site/about.html",
                                             "site/css/site.css"}
        assert dialog.old_name.text() == "site/about.html"
        dialog.skip_identical_button.click()             # site.css: same size and MD5
        assert dialog.old_name.text() == "site/about.html"   # still to be answered
        assert not dialog.skip_identical_button.isVisible()
        dialog.apply_all_box.click()
        dialog.keep_both_button.click()                  # both remaining ones
    [job_id] = queued.args[0]
    finish(qtbot, context, [job_id])
    assert keys(boto_client, bucket) == {
        "site/index.html", "site/index (2).html", "site/about.html", "site/about (2).html",
        "site/css/site.css", "site/fresh.txt"}
    assert body(boto_client, bucket, "site/index.html") == b"<p>old</p>"
    assert body(boto_client, bucket, "site/index (2).html") == b"<p>new</p>"


def test_folder_upload_replace_to_all(qtbot: QtBot, window: MainWindow, context: AppContext,
                                      boto_client: Any, bucket: str, tmp_path: Path) -> None:
    root = tmp_path / "f"
    root.mkdir()
    for name in ("a.txt", "b.txt"):
        (root / name).write_bytes(b"new " + name.encode())
        boto_client.put_object(Bucket=bucket, Key=f"f/{name}", Body=b"old")
    with qtbot.waitSignal(window.commands.conflicts.queued, timeout=WAIT) as queued:
        window.commands.upload_paths(Location(ACCOUNT, bucket, ""), [str(root)])
        dialog = dialog_of(qtbot, window)
        dialog.apply_all_box.click()
        dialog.replace_button.click()
    finish(qtbot, context, queued.args[0])
    assert body(boto_client, bucket, "f/a.txt") == b"new a.txt"
    assert body(boto_client, bucket, "f/b.txt") == b"new b.txt"


def test_cancel_queues_nothing(qtbot: QtBot, window: MainWindow, context: AppContext,
                               boto_client: Any, bucket: str, tmp_path: Path) -> None:
    boto_client.put_object(Bucket=bucket, Key="x.txt", Body=b"old")
    src = tmp_path / "x.txt"
    src.write_bytes(b"new")
    with qtbot.waitSignal(window.commands.conflicts.dropped, timeout=WAIT):
        window.commands.upload_paths(Location(ACCOUNT, bucket, ""), [str(src)])
        dialog_of(qtbot, window).reject()
    assert context.queue.jobs() == []
    assert body(boto_client, bucket, "x.txt") == b"old"


def test_preference_answers_without_asking(qtbot: QtBot, window: MainWindow,
                                           context: AppContext, boto_client: Any, bucket: str,
                                           tmp_path: Path) -> None:
    boto_client.put_object(Bucket=bucket, Key="p.txt", Body=b"old")
    src = tmp_path / "p.txt"
    src.write_bytes(b"new")
    for policy, expected in ((ConflictPolicy.SKIP, {"p.txt"}),
                             (ConflictPolicy.KEEP_BOTH, {"p.txt", "p (2).txt"})):
        set_policy(context, policy)
        with qtbot.waitSignal(window.commands.conflicts.queued, timeout=WAIT) as queued:
            window.commands.upload_paths(Location(ACCOUNT, bucket, ""), [str(src)])
        assert window.commands.conflicts.dialog is None
        finish(qtbot, context, queued.args[0])
        assert keys(boto_client, bucket) == expected
    assert body(boto_client, bucket, "p.txt") == b"old"


# ---- downloads ------------------------------------------------------------------------------

def entry(key: str, size: int = 0) -> Entry:
    name = key.rstrip("/").rsplit("/", 1)[-1]
    return Entry(name=name, key=key, is_folder=key.endswith("/"), size=size, modified=None,
                 etag=None, storage_class=None)


@pytest.mark.parametrize("answer", [Answer.REPLACE, Answer.SKIP, Answer.KEEP_BOTH])
def test_download_of_a_file_asks_and_does_as_answered(
        qtbot: QtBot, window: MainWindow, context: AppContext, boto_client: Any, bucket: str,
        tmp_path: Path, answer: Answer) -> None:
    boto_client.put_object(Bucket=bucket, Key="n.txt", Body=b"remote bytes")
    local = tmp_path / "n.txt"
    local.write_bytes(b"mine")
    with qtbot.waitSignal(window.commands.conflicts.queued, timeout=WAIT) as queued:
        window.commands.download_to(str(tmp_path), Location(ACCOUNT, bucket, ""),
                                    [entry("n.txt", 12)])
        dialog = dialog_of(qtbot, window)
        assert local.read_bytes() == b"mine"
        getattr(dialog, BUTTONS[answer]).click()
    finish(qtbot, context, queued.args[0])
    renamed = tmp_path / "n (2).txt"
    expected = {Answer.REPLACE: (b"remote bytes", False), Answer.SKIP: (b"mine", False),
                Answer.KEEP_BOTH: (b"mine", True)}[answer]
    assert (local.read_bytes(), renamed.exists()) == expected
    if renamed.exists():
        assert renamed.read_bytes() == b"remote bytes"


@pytest.mark.parametrize("answer", [Answer.REPLACE, Answer.SKIP, Answer.KEEP_BOTH])
def test_folder_download_applies_one_answer_to_all(
        qtbot: QtBot, window: MainWindow, context: AppContext, boto_client: Any, bucket: str,
        tmp_path: Path, answer: Answer) -> None:
    for key in ("photos/a.jpg", "photos/sub/b.jpg", "photos/new.jpg"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"remote " + key.encode())
    dest = tmp_path / "photos"
    (dest / "sub").mkdir(parents=True)
    (dest / "a.jpg").write_bytes(b"local a")
    (dest / "sub" / "b.jpg").write_bytes(b"local b")
    with qtbot.waitSignal(window.commands.conflicts.queued, timeout=WAIT) as queued:
        window.commands.download_to(str(tmp_path), Location(ACCOUNT, bucket, ""),
                                    [entry("photos/")])
        dialog = dialog_of(qtbot, window)
        assert dialog.progress_label.text() == "Conflict 1 of 2"
        assert (dest / "a.jpg").read_bytes() == b"local a"
        dialog.apply_all_box.click()
        getattr(dialog, BUTTONS[answer]).click()
    [job_id] = queued.args[0]
    finish(qtbot, context, [job_id])
    job = context.queue.job(job_id)
    assert job is not None and job.done_bytes == job.total_bytes   # skipped ones not counted
    files = {p.relative_to(dest).as_posix(): p.read_bytes() for p in dest.rglob("*")
             if p.is_file()}
    remote = {"a.jpg": b"remote photos/a.jpg", "sub/b.jpg": b"remote photos/sub/b.jpg",
              "new.jpg": b"remote photos/new.jpg"}
    local = {"a.jpg": b"local a", "sub/b.jpg": b"local b", "new.jpg": remote["new.jpg"]}
    if answer == Answer.REPLACE:
        assert files == remote
    elif answer == Answer.SKIP:
        assert files == local
    else:
        assert files == {**local, "a (2).jpg": remote["a.jpg"],
                         "sub/b (2).jpg": remote["sub/b.jpg"]}


def test_partial_download_resumes(qtbot: QtBot, window: MainWindow, context: AppContext,
                                  boto_client: Any, bucket: str, tmp_path: Path) -> None:
    data = bytes(range(256)) * (12 * 1024)     # 3 MiB
    boto_client.put_object(Bucket=bucket, Key="big.bin", Body=data)
    client: S3Client = context.registry.client_for(ACCOUNT)
    seen = 0

    def stop_early(delta: int) -> None:
        nonlocal seen
        seen += delta
        if seen >= MiB:
            raise ConnectionError("cut off")

    with contextlib.suppress(ConnectionError):
        download_file(client, bucket=bucket, key="big.bin", path=tmp_path / "big.bin",
                      config=TransferConfig(download_threshold=MiB, download_chunk=MiB,
                                            parts_in_flight=1),
                      control=TransferControl(), slots=SlotPool(1), progress=stop_early)
    assert (tmp_path / ("big.bin" + PART_SUFFIX)).exists()
    with qtbot.waitSignal(window.commands.conflicts.queued, timeout=WAIT) as queued:
        window.commands.download_to(str(tmp_path), Location(ACCOUNT, bucket, ""),
                                    [entry("big.bin", len(data))])
        dialog = dialog_of(qtbot, window)
        assert dialog.resume_button.isVisible() and not dialog.keep_both_button.isVisible()
        dialog.resume_button.click()
    [job_id] = queued.args[0]
    finished: list[object] = []
    context.queue.job_finished.connect(lambda _id, result: finished.append(result))
    finish(qtbot, context, [job_id])
    assert (tmp_path / "big.bin").read_bytes() == data
    [result] = finished
    assert isinstance(result, DownloadResult) and result.resumed_bytes >= MiB


# ---- copies and pastes ----------------------------------------------------------------------

def test_paste_into_a_folder_with_the_same_names(qtbot: QtBot, window: MainWindow,
                                                 context: AppContext, boto_client: Any,
                                                 bucket: str) -> None:
    boto_client.put_object(Bucket=bucket, Key="a/one.txt", Body=b"copy me")
    boto_client.put_object(Bucket=bucket, Key="b/one.txt", Body=b"already here")
    open_folder(qtbot, window, bucket, "a/")
    select(window, "one.txt")
    window.commands.to_clipboard(cut=False)
    open_folder(qtbot, window, bucket, "b/")
    with qtbot.waitSignal(window.commands.conflicts.queued, timeout=WAIT) as queued:
        window.commands.paste()
        dialog = dialog_of(qtbot, window)
        assert body(boto_client, bucket, "b/one.txt") == b"already here"
        dialog.keep_both_button.click()
    finish(qtbot, context, queued.args[0])
    assert body(boto_client, bucket, "b/one.txt") == b"already here"
    assert body(boto_client, bucket, "b/one (2).txt") == b"copy me"


# ---- the saved queue ------------------------------------------------------------------------

def test_answers_survive_the_saved_queue() -> None:
    spec = JobSpec(JobKind.FOLDER_UPLOAD, ACCOUNT, "b", key="site/", path="/tmp/site",
                   conflicts=(("site/a.txt", "keep-both", "site/a (2).txt"),
                              ("site/b.txt", "skip", "site/b (2).txt")))
    assert JobSpec.from_json(json.loads(json.dumps(spec.to_json()))) == spec
    unchecked = JobSpec(JobKind.UPLOAD, ACCOUNT, "b", key="k", path="/tmp/k")
    assert JobSpec.from_json(json.loads(json.dumps(unchecked.to_json()))).conflicts is None
    with pytest.raises(ValueError, match="triples"):
        JobSpec.from_json({**spec.to_json(), "conflicts": [["only", "two"]]})


def test_moving_a_folder_skips_what_was_answered_skip(qtbot: QtBot, window: MainWindow,
                                                      context: AppContext, boto_client: Any,
                                                      bucket: str) -> None:
    for key in ("src/f/x.txt", "src/f/y.txt"):
        boto_client.put_object(Bucket=bucket, Key=key, Body=b"moved " + key.encode())
    boto_client.put_object(Bucket=bucket, Key="dst/f/x.txt", Body=b"keep me")
    with qtbot.waitSignal(window.commands.conflicts.queued, timeout=WAIT) as queued:
        assert window.commands.copy_entries(ACCOUNT, bucket, ["src/f/"],
                                            Location(ACCOUNT, bucket, "dst/"), move=True)
        dialog = dialog_of(qtbot, window)
        assert dialog.old_name.text() == "dst/f/x.txt"
        assert keys(boto_client, bucket) == {"src/f/x.txt", "src/f/y.txt", "dst/f/x.txt"}
        dialog.skip_button.click()
    finish(qtbot, context, queued.args[0])
    # The skipped file stays where it was; the other one moved.
    assert keys(boto_client, bucket) == {"src/f/x.txt", "dst/f/x.txt", "dst/f/y.txt"}
    assert body(boto_client, bucket, "dst/f/x.txt") == b"keep me"


def test_a_second_batch_waits_for_the_first_question(qtbot: QtBot, window: MainWindow,
                                                     context: AppContext, boto_client: Any,
                                                     bucket: str, tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt"):
        boto_client.put_object(Bucket=bucket, Key=name, Body=b"old")
        (tmp_path / name).write_bytes(b"new")
    commands = window.commands
    batches: list[list[int]] = []
    commands.conflicts.queued.connect(batches.append)
    commands.upload_paths(Location(ACCOUNT, bucket, ""), [str(tmp_path / "one.txt")])
    commands.upload_paths(Location(ACCOUNT, bucket, ""), [str(tmp_path / "two.txt")])
    first = dialog_of(qtbot, window)
    assert first.old_name.text() == "one.txt"
    first.keep_both_button.click()
    qtbot.waitUntil(lambda: commands.conflicts.dialog is not None
                    and commands.conflicts.dialog is not first, timeout=WAIT)
    second = dialog_of(qtbot, window)
    assert second.old_name.text() == "two.txt"
    second.replace_button.click()
    qtbot.waitUntil(lambda: len(batches) == 2, timeout=WAIT)
    finish(qtbot, context, [job for batch in batches for job in batch])
    assert keys(boto_client, bucket) == {"one.txt", "one (2).txt", "two.txt"}
    assert body(boto_client, bucket, "two.txt") == b"new"


@pytest.mark.parametrize("answer", [Answer.RESUME, Answer.REPLACE])
def test_incomplete_upload_resumes_or_starts_again(qtbot: QtBot, window: MainWindow,
                                                   context: AppContext, boto_client: Any,
                                                   bucket: str, tmp_path: Path,
                                                   answer: Answer) -> None:
    data = bytes(range(251)) * (17 * MiB // 251)      # over the queue's multipart threshold
    src = tmp_path / "video.bin"
    src.write_bytes(data)
    client: S3Client = context.registry.client_for(ACCOUNT)
    seen = 0

    def stop_in_part_two(delta: int) -> None:
        nonlocal seen
        seen += delta
        if seen > 6 * MiB:
            raise ConnectionError("cut off")

    small = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB, parts_in_flight=1)
    with contextlib.suppress(NetworkError):   # the engine's word for the broken connection
        upload_file(client, bucket=bucket, key="video.bin", path=src, config=small,
                    journal=context.queue.journal, progress=stop_in_part_two)
    assert [e.key for e in context.queue.journal_entries()] == ["video.bin"]
    with qtbot.waitSignal(window.commands.conflicts.queued, timeout=WAIT) as queued:
        window.commands.upload_paths(Location(ACCOUNT, bucket, ""), [str(src)])
        dialog = dialog_of(qtbot, window)
        assert dialog.resume_button.isVisible() and not dialog.keep_both_button.isVisible()
        assert keys(boto_client, bucket) == set()
        getattr(dialog, BUTTONS[answer]).click()
    finished: list[object] = []
    context.queue.job_finished.connect(lambda _id, result: finished.append(result))
    finish(qtbot, context, queued.args[0])
    [result] = finished
    assert isinstance(result, UploadResult)
    assert (result.resumed_parts >= 1) == (answer == Answer.RESUME)
    assert body(boto_client, bucket, "video.bin") == data
    assert context.queue.journal_entries() == []
    assert boto_client.list_multipart_uploads(Bucket=bucket).get("Uploads", []) == []
