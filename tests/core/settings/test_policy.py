"""The policy editor: located syntax errors, structure checks, this-bucket resources, templates."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from spacesgui.s3.models.policy import BucketPolicy, policy_field_problems
from spacesgui.s3.settings.policy import (
    DATA_ACTIONS,
    PER_BUCKET_KEYS_NOTE,
    deny_insecure_transport,
    ip_range_problem,
    lockout_warning,
    only_from_ip_range,
    policy_plan,
    policy_problems,
    public_read_prefix,
    read_only_for_user,
    with_template,
)

BUCKET = "photos"


def statement(**elements: object) -> str:
    base: dict[str, object] = {"Sid": "S", "Effect": "Allow", "Principal": "*",
                               "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{BUCKET}/*"}
    base.update(elements)
    return json.dumps({"Version": "2012-10-17",
                       "Statement": [{k: v for k, v in base.items() if v is not None}]}, indent=2)


def test_syntax_error_carries_line_and_column() -> None:
    text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect" "Allow"}\n  ]\n}'
    (problem,) = policy_problems(text, BUCKET)
    assert (problem.line, problem.column) == (4, 15)
    assert "line 4, column 15" in problem.message and "not valid JSON" in problem.message


def test_empty_text_means_delete() -> None:
    assert policy_problems("  \n", BUCKET) == []


@pytest.mark.parametrize(("text", "field", "words"), [
    (statement(Effect="Permit"), "Effect", '"Allow" or "Deny"'),
    (statement(Principal={"Service": "x"}), "Principal", '{"AWS": ...}'),
    (statement(Principal={"AWS": []}), "Principal", "must name users"),
    (statement(Principal=None), "Principal", 'needs a "Principal"'),
    (statement(Action="GetObject"), "Action", "not an S3 action"),
    (statement(Action="iam:PassRole"), "Action", "not an S3 action"),
    (statement(Action=[]), "Action", "non-empty list"),
    (statement(Action=None), "Action", 'needs an "Action"'),
    (statement(Resource="arn:aws:s3:::other/*"), "Resource", "names the bucket 'other'"),
    (statement(Resource="arn:aws:s3:::photos-old"), "Resource", "names the bucket"),
    (statement(Resource="photos/*"), "Resource", "must be an S3 ARN"),
    (statement(Resource=None), "Resource", 'needs a "Resource"'),
    (statement(Condition=["x"]), "Condition", "object of operators"),
    (statement(Condition={"IpAddress": "1.2.3.4"}), "Condition", "must map keys to values"),
    (statement(Sid=7), "Sid", "must be a string"),
    (statement(Effects="Allow"), "Effects", "unknown element"),
])
def test_statement_problems_name_the_element(text: str, field: str, words: str) -> None:
    problems = policy_problems(text, BUCKET)
    assert [(p.field, p.row) for p in problems] == [(field, 0)], problems
    assert words in problems[0].message


@pytest.mark.parametrize("text", [
    statement(Effect="Deny"),
    statement(Principal={"AWS": "arn:aws:iam:::user/reader"}),
    statement(Principal={"AWS": ["arn:aws:iam:::user/a", "arn:aws:iam:::user/b"]}),
    statement(Principal={"CanonicalUser": "tester"}),
    statement(Action=["s3:Get*", "s3:ListBucket"]),
    statement(Action="s3:*"),
    statement(Action="*"),
    statement(Resource="arn:aws:s3:::photos"),
    statement(Resource=["arn:aws:s3:::photos", "arn:aws:s3:::photos/pub/*"]),
    statement(Condition={"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}),
    statement(Sid=None),
])
def test_passing_counterparts(text: str) -> None:
    assert policy_problems(text, BUCKET) == []


@pytest.mark.parametrize(("text", "field", "words"), [
    ('{"Statement": []}', "Version", 'needs a "Version"'),
    ('{"Version": "2020-01-01", "Statement": []}', "Version", '"2012-10-17"'),
    ('{"Version": "2012-10-17"}', "Statement", 'needs a "Statement"'),
    ('{"Version": "2012-10-17", "Statement": 5}', "Statement", "non-empty list"),
    ('{"Version": "2012-10-17", "Extra": 1, "Statement": {"Effect": "Allow", '
     '"Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::photos"}}',
     "Extra", "Unknown policy element"),
    ('{"Version": "2012-10-17", "Version": "2012-10-17", "Statement": {"Effect": "Allow", '
     '"Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::photos"}}',
     "", "appears twice"),
])
def test_document_problems(text: str, field: str, words: str) -> None:
    problems = policy_problems(text, BUCKET)
    assert field in [p.field for p in problems]
    assert any(words in p.message for p in problems), problems


def test_statement_object_form_and_old_version_are_accepted() -> None:
    text = ('{"Version": "2008-10-17", "Id": "x", "Statement": {"Effect": "Allow", '
            '"Principal": "*", "Action": "s3:*", "Resource": "arn:aws:s3:::photos"}}')
    assert policy_problems(text, BUCKET) == []


def test_sids_must_be_unique() -> None:
    document = json.loads(statement())
    document["Statement"].append(dict(document["Statement"][0]))
    problems = policy_problems(json.dumps(document), BUCKET)
    assert [(p.field, p.row) for p in problems] == [("Sid", 1)]


def test_without_a_bucket_any_bucket_arn_is_accepted() -> None:
    assert policy_field_problems(statement(Resource="arn:aws:s3:::other/*")) == []


# --- templates -----------------------------------------------------------------------------

TEMPLATES: list[Callable[[str], str]] = [
    lambda bucket: public_read_prefix(bucket, "pub/"),
    lambda bucket: only_from_ip_range(bucket, "203.0.113.0/24"),
    lambda bucket: only_from_ip_range(bucket, "2001:db8::/32"),
    deny_insecure_transport,
    lambda bucket: read_only_for_user(bucket, "arn:aws:iam:::user/reader"),
]


@pytest.mark.parametrize("template", TEMPLATES)
def test_templates_validate_against_their_bucket_only(template: Callable[[str], str]) -> None:
    text = template(BUCKET)
    assert policy_problems(text, BUCKET) == []
    other = policy_problems(text, "another-bucket")
    assert other and all(p.field == "Resource" for p in other)
    assert text.endswith("}\n") and json.loads(text)["Version"] == "2012-10-17"


def test_template_contents() -> None:
    public = json.loads(public_read_prefix(BUCKET, "pub/"))["Statement"][0]
    assert public["Resource"] == ["arn:aws:s3:::photos/pub/*"] and public["Principal"] == "*"
    tls = json.loads(deny_insecure_transport(BUCKET))["Statement"][0]
    assert tls["Effect"] == "Deny"
    assert tls["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
    ip = json.loads(only_from_ip_range(BUCKET, " 10.0.0.0/8 "))["Statement"][0]
    assert ip["Condition"] == {"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}
    user = json.loads(read_only_for_user(BUCKET, "arn:aws:iam:::user/r"))["Statement"][0]
    assert user["Principal"] == {"AWS": ["arn:aws:iam:::user/r"]}
    assert "s3:PutObject" not in user["Action"]


@pytest.mark.parametrize("cidr", ["10.0.0.1/8", "10.0.0.0/33", "example", "", "1.2.3.4/x"])
def test_bad_ip_ranges_are_refused(cidr: str) -> None:
    assert ip_range_problem(cidr) is not None
    with pytest.raises(ValueError, match="address range"):
        only_from_ip_range(BUCKET, cidr)


def test_good_ip_ranges() -> None:
    assert ip_range_problem("10.0.0.0/8") is None and ip_range_problem("203.0.113.7") is None


def test_read_only_needs_a_user() -> None:
    with pytest.raises(ValueError, match="Name the user"):
        read_only_for_user(BUCKET, " ")


def test_note_on_per_bucket_keys() -> None:
    assert "limited to certain buckets" in PER_BUCKET_KEYS_NOTE
    assert "bucket policies" in PER_BUCKET_KEYS_NOTE


# --- plan ----------------------------------------------------------------------------------

def test_plan_ignores_spacing_and_shows_statement_changes() -> None:
    server = BucketPolicy(json.dumps(json.loads(public_read_prefix(BUCKET, "pub/"))))  # compact
    assert policy_plan(server, public_read_prefix(BUCKET, "pub/")).action == "none"
    edited = public_read_prefix(BUCKET, "shared/")
    plan = policy_plan(server, edited)
    assert plan.action == "put"
    assert plan.summary == (
        "Remove statement 'PublicRead'.",
        "Add statement 'PublicRead': Allow [\"s3:GetObject\"] on "
        "[\"arn:aws:s3:::photos/shared/*\"] for *.")
    assert [line for line in plan.diff.splitlines()[2:] if line[:1] in "+-"] == [
        '-        "arn:aws:s3:::photos/pub/*"', '+        "arn:aws:s3:::photos/shared/*"']


def test_plan_create_and_delete() -> None:
    created = policy_plan(None, deny_insecure_transport(BUCKET))
    assert created.action == "put" and created.summary[0] == "Create a bucket policy."
    deleted = policy_plan(BucketPolicy(deny_insecure_transport(BUCKET)), "")
    assert deleted.action == "delete" and deleted.after == ""
    assert policy_plan(None, "").action == "none"


def test_deny_of_every_action_is_warned_about() -> None:
    assert lockout_warning(statement(Effect="Deny", Action="s3:*")) is not None
    assert lockout_warning(statement(Effect="Deny", Action=["s3:GetObject", "*"])) is not None
    assert lockout_warning(statement(Effect="Allow", Action="s3:*")) is None
    assert lockout_warning("{broken") is None
    for template in TEMPLATES:
        assert lockout_warning(template(BUCKET)) is None


def test_deny_templates_leave_the_policy_reachable() -> None:
    for text in (deny_insecure_transport(BUCKET), only_from_ip_range(BUCKET, "10.0.0.0/8")):
        (deny,) = json.loads(text)["Statement"]
        assert deny["Effect"] == "Deny" and deny["Action"] == list(DATA_ACTIONS)
    assert not [a for a in DATA_ACTIONS if "Policy" in a]


def test_template_into_an_empty_editor_is_the_template() -> None:
    template = public_read_prefix(BUCKET, "pub/")
    assert with_template("  \n", template) == template


def test_template_statements_are_added_with_fresh_sids() -> None:
    first = public_read_prefix(BUCKET, "pub/")
    twice = with_template(with_template(first, deny_insecure_transport(BUCKET)),
                          public_read_prefix(BUCKET, "img/"))
    document = json.loads(twice)
    assert [s["Sid"] for s in document["Statement"]] == ["PublicRead", "DenyWithoutTLS",
                                                         "PublicRead-2"]
    assert document["Statement"][2]["Resource"] == [f"arn:aws:s3:::{BUCKET}/img/*"]
    assert policy_problems(twice, BUCKET) == []


def test_template_refused_into_text_that_is_not_a_policy() -> None:
    with pytest.raises(ValueError, match="line 1, column"):
        with_template('{"Version": ', public_read_prefix(BUCKET))
    with pytest.raises(ValueError, match="no list of statements"):
        with_template('{"Statement": 3}', public_read_prefix(BUCKET))
