"""Names for "Keep both" and the answers' routing, on a plain disk (no server)."""

from __future__ import annotations

from pathlib import Path

from spacesgui.s3.transfer.conflicts import (
    Answer,
    Conflict,
    Decisions,
    Side,
    keep_both_name,
    local_keep_both_name,
    local_matches,
    multipart_etag,
    numbered_name,
)


def test_numbered_name_keeps_folder_and_extension() -> None:
    assert numbered_name("photos/cat.jpg", 2) == "photos/cat (2).jpg"
    assert numbered_name("README", 3) == "README (3)"
    assert numbered_name("a/archive.tar.gz", 2) == "a/archive (2).tar.gz"
    assert numbered_name("a/cat (2).jpg", 5) == "a/cat (5).jpg"
    assert numbered_name("a.b/noext", 2) == "a.b/noext (2)"


def test_keep_both_takes_the_next_free_number() -> None:
    taken = {"cat (2).jpg", "cat (3).jpg"}
    assert keep_both_name("cat.jpg", taken.__contains__) == "cat (4).jpg"
    assert keep_both_name("cat (2).jpg", taken.__contains__) == "cat (4).jpg"
    assert keep_both_name("dog.jpg", taken.__contains__) == "dog (2).jpg"


def test_local_keep_both_skips_files_and_partial_downloads(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("x")
    (tmp_path / "r (2).txt").write_text("x")
    (tmp_path / "r (3).txt.part").write_text("x")
    planned = {str(tmp_path / "r (4).txt")}
    assert local_keep_both_name(str(tmp_path / "r.txt"), planned) == str(tmp_path / "r (5).txt")


def test_equality_needs_size_and_digest(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(b"hello")
    md5 = "5d41402abc4b2a76b9719d911017c592"
    assert local_matches(str(f), 5, f'"{md5}"')
    assert not local_matches(str(f), 6, md5)
    assert not local_matches(str(f), 5, "0" * 32)
    # A multipart ETag is only claimed equal with the parts' digests at hand.
    parts = [md5, "0" * 32]
    assert not local_matches(str(f), 5, multipart_etag(parts))
    assert local_matches(str(f), 5, multipart_etag(parts), part_etags=parts)


def test_decisions_route_each_answer(tmp_path: Path) -> None:
    def conflict(target: str) -> Conflict:
        return Conflict(0, "upload", target, "/src", Side(1, 0.0), Side(1, 0.0),
                        alternative=target + "-alt")

    decisions = Decisions.of([(conflict("r"), Answer.REPLACE), (conflict("s"), Answer.SKIP),
                              (conflict("k"), Answer.KEEP_BOTH), (conflict("u"), Answer.RESUME)])
    assert [decisions.route(t) for t in "rsku"] == ["r", None, "k-alt", "u"]
    assert decisions.route("new") == "new"
    assert Decisions(decisions.entries) == decisions      # what the saved queue holds
    part = tmp_path / "d.part"
    part.write_bytes(b"half")
    local = Decisions.of([(Conflict(0, "download", str(tmp_path / "d"), "k", Side(1, 0.0),
                                    None, str(tmp_path / "d"), resumable=True), Answer.REPLACE)])
    assert local.local_route(str(tmp_path / "d")) == (str(tmp_path / "d"), True)
    assert not part.exists()            # Replace starts the download afresh
    # Checked and not answered: written, but never over a file that appeared meanwhile.
    assert local.local_route(str(tmp_path / "other")) == (str(tmp_path / "other"), False)
    assert Decisions(None).local_route(str(tmp_path / "other")) == (str(tmp_path / "other"), True)
