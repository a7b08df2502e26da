"""Upload rules and defaults: matching, validation, what an upload sends, and how an account and a
queued job keep them (no server, no Qt)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from spacesgui.config import Account, AppConfig, ConfigStore
from spacesgui.s3.options import ObjectAttributes
from spacesgui.s3.transfer.bulk_properties import edits_from_json, edits_to_json
from spacesgui.s3.transfer.properties import Edits, PairEdit
from spacesgui.s3.transfer.upload_rules import UploadDefaults, UploadRule
from spacesgui.states import JobKind
from spacesgui.workers.transfer_jobs import JobSpec

HTML = UploadRule("*.html", "Cache-Control", "no-cache")
FONT = UploadRule("*.woff2", "Cache-Control", "max-age=31536000")


def test_a_pattern_matches_the_file_name_ignoring_case_or_the_whole_key_with_a_slash() -> None:
    assert HTML.matches("site/index.html") and HTML.matches("INDEX.HTML")
    assert not HTML.matches("index.html.bak") and not HTML.matches("html/readme")
    assets = UploadRule("assets/*.js", "Cache-Control", "max-age=60")
    assert assets.matches("assets/app.js") and not assets.matches("app.js")


def test_attributes_carry_the_acl_then_every_matching_rule_the_last_one_winning() -> None:
    defaults = UploadDefaults("public-read", (
        HTML, FONT, UploadRule("*", "x-amz-meta-Build", "7"),
        UploadRule("*.html", "Content-Disposition", "inline"),
        UploadRule("index.html", "Cache-Control", "max-age=5")))
    page = defaults.attributes_for("www/index.html")
    assert page.acl == "public-read"
    assert page.headers() == {"Cache-Control": "max-age=5", "Content-Disposition": "inline",
                              "x-amz-meta-build": "7", "x-amz-acl": "public-read"}
    font = defaults.attributes_for("f.woff2", ObjectAttributes(content_type="font/woff2"))
    assert (font.cache_control, font.content_type, font.metadata) == (
        "max-age=31536000", "font/woff2", {"build": "7"})
    assert UploadDefaults().attributes_for("a.txt") == ObjectAttributes()
    marker = UploadDefaults("public-read", (HTML,)).marker_attributes(ObjectAttributes())
    assert marker == ObjectAttributes(acl="public-read")


@pytest.mark.parametrize(("rule", "says"), [
    (UploadRule("*.html", "X-Frame-Options", "deny"), "cannot be set by a rule"),
    (UploadRule("*.html", "Cache Control", "no-cache"), "cannot be set by a rule"),
    (UploadRule("*.html", "x-amz-meta-", "1"), "needs a metadata name"),
    (UploadRule("*.html", "x-amz-meta-a b", "1"), "needs a metadata name"),
    (UploadRule("  ", "Cache-Control", "no-cache"), "no file pattern"),
    (UploadRule("*.html", "Cache-Control", "no-cache\r\nX-Evil: 1"), "line break"),
    (UploadRule("*.html", "Content-Disposition", "attachment; filename=\u00e9.txt"), "ASCII"),
])
def test_a_bad_rule_is_refused_with_a_clear_reason(rule: UploadRule, says: str) -> None:
    problems = rule.problems()
    assert problems and says in problems[0]
    account = Account.new(name="A", access_key_id="AK", upload_rules=(HTML, rule))
    assert any(says in p for p in account.problems())
    assert not account.connection_problems()     # the client can still be made
    # A rule that cannot be used is skipped by an upload rather than failing it.
    assert UploadDefaults(None, (rule,)).attributes_for("x.html").headers() == {}


def test_the_account_keeps_its_rules_and_a_damaged_entry_is_dropped_not_fatal(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = ConfigStore(tmp_path)
    account = Account.new(name="Site", access_key_id="AK", default_acl="public-read",
                          upload_rules=(HTML, FONT))
    store.save(AppConfig((account,)))
    assert store.load().accounts == (account,)
    assert account.upload_defaults() == UploadDefaults("public-read", (HTML, FONT))
    assert Account.new(name="P", access_key_id="AK").upload_defaults() == UploadDefaults()

    data = json.loads(store.path.read_text())
    data["accounts"][0]["upload_rules"] = [
        {"pattern": "*.css", "header": "Cache-Control", "value": "no-cache"},
        {"pattern": "*.js"}, "junk", {"pattern": 1, "header": "a", "value": "b"}]
    store.path.write_text(json.dumps(data))
    with caplog.at_level(logging.WARNING):
        loaded = store.load().accounts[0]
    assert loaded.upload_rules == (UploadRule("*.css", "Cache-Control", "no-cache"),)
    assert "dropped upload rule 2" in caplog.text


def test_a_queued_job_keeps_its_upload_defaults_and_its_edits_through_json() -> None:
    upload = JobSpec(JobKind.UPLOAD, "acct", "b", key="k.html", path="/tmp/k.html",
                     upload=UploadDefaults("public-read", (HTML, FONT)))
    again = JobSpec.from_json(json.loads(json.dumps(upload.to_json())))
    assert again == upload
    edits = Edits(fields={"cache_control": "no-cache", "content_encoding": ""},
                  metadata=(PairEdit(None, "owner", "ops"), PairEdit("old", "new", None)),
                  removed_metadata=frozenset({"gone"}), tags=(PairEdit(None, "t", "1"),),
                  acl="public-read")
    props = JobSpec(JobKind.PROPERTIES, "acct", "b", keys=("a/", "f.txt"), edits=edits)
    assert props.unit == "items"
    assert JobSpec.from_json(json.loads(json.dumps(props.to_json()))) == props
    assert edits_from_json(edits_to_json(Edits())) == Edits()
    with pytest.raises(ValueError, match="ACL"):
        edits_from_json({"acl": "public-read-write"})
    with pytest.raises(ValueError):
        JobSpec.from_json({**upload.to_json(), "upload": {"acl": "everyone"}})
