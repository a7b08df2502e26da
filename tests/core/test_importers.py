"""Importers on realistic files: s3cmd, rclone and AWS CLI configs, including odd ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from spacesgui.importers import (
    ImportCandidate,
    discover,
    discover_with_report,
    from_aws,
    from_rclone,
    from_s3cmd,
    parse_aws,
    parse_rclone,
    parse_s3cmd,
)
from spacesgui.importers.ini import parse_ini

SAMPLES = Path(__file__).parent / "samples"


def by_name(candidates: list[ImportCandidate]) -> dict[str, ImportCandidate]:
    return {c.account.name: c for c in candidates}


def test_s3cmd_digitalocean_profile_and_a_second_section() -> None:
    found = by_name(from_s3cmd(SAMPLES / "s3cfg_digitalocean"))
    assert set(found) == {"s3cmd", "s3cmd ceph-lab"}
    do = found["s3cmd"]
    account = do.account
    assert (account.provider, account.region, account.endpoint) == ("spaces", "fra1", None)
    assert account.access_key_id == "DO00S3CMDFRA1EXAMPLE"
    assert do.secret_key == "s3cmdFra1SecretKeyExample0000000000000000/+"
    assert (account.addressing, account.signature, account.verify_tls) == ("auto", "v4", True)
    assert account.proxy is None and account.ca_bundle is None
    assert account.problems() == []
    assert do.source.startswith("s3cmd ") and do.source.endswith("s3cfg_digitalocean")

    lab = found["s3cmd ceph-lab"].account
    assert lab.provider == "s3"
    assert lab.endpoint == "http://rgw.lab.example:7480"  # use_https = False
    assert (lab.region, lab.addressing, lab.signature) == ("eu-lab-1", "path", "v2")
    assert lab.proxy == "http://proxy.lab.example:3128"
    assert any("HTTPS" in w for w in found["s3cmd ceph-lab"].warnings)
    assert found["s3cmd ceph-lab"].source.endswith("[ceph-lab]")


def test_s3cmd_with_bom_crlf_inline_comment_and_a_keyless_section() -> None:
    text = (SAMPLES / "s3cfg_bom_crlf").read_bytes().decode("utf-8")
    assert text.startswith("\ufeff") and "\r\n" in text  # the sample really is odd
    candidates, notes = parse_s3cmd(text)
    assert len(candidates) == 1
    only = candidates[0]
    assert only.account.region == "ams3"
    assert only.secret_key == "bomCrlfSecret0000000000000000000000000001"  # comment dropped
    assert only.account.access_key_id == "DO00BOMCRLFEXAMPL" + "E01"
    assert notes == ["s3cmd ~/.s3cfg [nokey]: skipped: it has no access key"]
    assert "orphanSecret" not in " ".join(notes)


def test_rclone_remotes_imported_skipped_and_explained() -> None:
    candidates, notes = parse_rclone((SAMPLES / "rclone.conf").read_text(), source="rc")
    found = by_name(candidates)
    assert set(found) == {"spaces-ams", "minio-lab", "ceph", "old-v2"}
    ams = found["spaces-ams"]
    assert (ams.account.provider, ams.account.region, ams.account.endpoint) == (
        "spaces", "ams3", None)
    assert ams.account.default_acl == "private"  # the duplicate section's later value wins
    assert ams.source == "rclone: spaces-ams"
    minio = found["minio-lab"].account
    assert (minio.endpoint, minio.region, minio.addressing) == (
        "http://10.0.0.5:9000", "us-east-1", "path")
    assert "No region given; using us-east-1." in found["minio-lab"].warnings
    ceph = found["ceph"].account
    assert (ceph.endpoint, ceph.region, ceph.addressing) == (
        "https://s3.ceph.example.org", "eu-central", "virtual")
    old = found["old-v2"].account
    assert (old.signature, old.region, old.endpoint) == ("v2", "us-east-1",
                                                         "https://legacy.example.net")
    joined = "\n".join(notes)
    assert "rclone: gdrive: skipped: it is a drive remote, not S3" in joined
    assert "rclone: aws-from-env: skipped" in joined and "env_auth = true" in joined
    assert "appears twice" in joined
    assert "ya29" not in joined  # the drive token is never echoed


def test_rclone_encrypted_config_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = SAMPLES / "rclone_encrypted.conf"
    assert from_rclone(path) == []
    candidates, notes = parse_rclone(path.read_text())
    assert candidates == []
    assert len(notes) == 1 and "encrypted" in notes[0] and "rclone config" in notes[0]


def test_aws_profiles_with_services_endpoints_and_skips() -> None:
    candidates, notes = parse_aws((SAMPLES / "aws" / "credentials").read_text(),
                                  (SAMPLES / "aws" / "config").read_text())
    found = by_name(candidates)
    assert set(found) == {"default", "lab", "amazon"}
    default = found["default"].account
    assert (default.provider, default.region, default.addressing) == ("spaces", "nyc3",
                                                                     "virtual")
    assert found["default"].source == "aws: default"
    lab = found["lab"]
    assert lab.account.endpoint == "http://rgw.lab.internal:8080"  # from [services lab-rgw]
    assert (lab.account.addressing, lab.account.signature) == ("path", "v2")
    assert lab.secret_key == "labAwsSecret00000000000000000000000001"  # "# rotated" dropped
    amazon = found["amazon"]  # keys may live in the config file too
    assert amazon.account.endpoint == "https://s3.eu-west-3.amazonaws.com"
    assert amazon.account.region == "eu-west-3"
    assert any("Amazon S3" in w for w in amazon.warnings)
    joined = "\n".join(notes)
    assert "aws: temp: skipped" in joined and "temporary" in joined
    assert "aws: half: skipped: it has no secret key" in joined
    assert "aws: sso-user: skipped" in joined and "SSO" in joined
    assert "settings-only" not in joined  # a profile of settings alone is not an account
    assert "FwoGZXIv" not in joined


def test_aws_without_config_file_defaults_to_amazon() -> None:
    candidates, _ = parse_aws("[x]\naws_access_key_id = K1\naws_secret_access_key = S1xxxxxx\n",
                              "")
    assert candidates[0].account.endpoint == "https://s3.us-east-1.amazonaws.com"
    assert "No region given; using us-east-1." in candidates[0].warnings


def test_secret_never_in_repr_or_notes() -> None:
    candidates = from_s3cmd(SAMPLES / "s3cfg_digitalocean")
    for candidate in candidates:
        assert candidate.secret_key not in repr(candidate)
        assert candidate.secret_key not in repr(candidate.account)


@pytest.mark.parametrize("text", [
    "", "\x00\x01garbage", "[unclosed\nkey", "no section = value\n", "[s]\njust words\n",
    "[default]\naccess_key = A\n", "[default]\nsecret_key = only-a-secret-here\n",
    "[default]\naccess_key = AK\nsecret_key = SECRETSECRET\nhost_base = http://[::1\n",
    "[default]\naccess_key = AK\nsecret_key = SECRETSECRET\n"
    "host_base = bad.digitaloceanspaces.com\n",
])
def test_broken_input_never_raises(text: str) -> None:
    for parse in (parse_s3cmd, parse_rclone):
        candidates, notes = parse(text)
        assert all(c.account.problems() == [] for c in candidates)
        assert "SECRETSECRET" not in " ".join(notes)
        assert "only-a-secret-here" not in " ".join(notes)
    parse_aws(text, text)


def test_ini_reader_keeps_nested_blocks_and_notes_odd_lines() -> None:
    ini = parse_ini("top = 1\n[a]\ns3 =\n  x = 1 ; c\nk=v\n[a]\nk = w\nnonsense\n")
    assert ini.sections["a"].nested == {"s3": {"x": "1"}}
    assert ini.sections["a"].values["k"] == "w"
    assert any("outside any section" in n for n in ini.notes)
    assert any("appears twice" in n for n in ini.notes)
    assert any("not 'name = value'" in n for n in ini.notes)


def test_missing_and_unreadable_files_give_nothing(tmp_path: Path) -> None:
    assert from_s3cmd(tmp_path / "nope") == []
    assert from_rclone(tmp_path / "nope") == []
    assert from_aws(tmp_path / "nope", tmp_path / "nope2") == []
    assert from_aws(None) == []
    binary = tmp_path / "bin"
    binary.write_bytes(b"\x00\x01\x02")
    assert from_s3cmd(binary) == []


def test_discover_with_report_reads_the_usual_places(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".config" / "rclone").mkdir(parents=True)
    shutil.copy(SAMPLES / "s3cfg_digitalocean", home / ".s3cfg")
    shutil.copy(SAMPLES / "rclone.conf", home / ".config" / "rclone" / "rclone.conf")
    shutil.copytree(SAMPLES / "aws", home / ".aws")
    (home / ".rclone.conf").write_text("[ignored]\ntype = s3\n")  # rclone reads one file only
    candidates, notes = discover_with_report(home)
    sources = [c.source for c in candidates]
    assert "s3cmd ~/.s3cfg" in sources and "s3cmd ~/.s3cfg [ceph-lab]" in sources
    assert "rclone: spaces-ams" in sources and "aws: lab" in sources
    assert len(candidates) == 2 + 4 + 3
    assert all("ignored" not in n for n in notes)
    assert any(n.startswith("rclone: gdrive") for n in notes)
    ids = {c.account.id for c in candidates}
    assert len(ids) == len(candidates)  # every candidate gets its own fresh id
    assert discover(home)[0].account.name == "s3cmd"


def test_discover_reports_an_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / ".s3cfg").write_bytes(b"\x00binary")
    candidates, notes = discover_with_report(tmp_path)
    assert candidates == []
    assert notes == ["~/.s3cfg is not a text file"]


def test_discover_empty_home(tmp_path: Path) -> None:
    assert discover_with_report(tmp_path) == ([], [])
