"""The permissions editor: private / public-read, with every other grant kept as it was."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from spacesgui.s3.models.acl import (
    ALL_USERS,
    AUTHENTICATED_USERS,
    LOG_DELIVERY,
    AccessControlPolicy,
    Grant,
    Grantee,
    Owner,
)
from spacesgui.s3.settings.acl import (
    FILE_LISTING_NOTE,
    AclEdit,
    BucketAccess,
    acl_plan,
    describe_grant,
    grant_role,
    grantee_text,
    permission_text,
)

OWNER = Owner("tester", "Tester")
OWNER_FULL = Grant(Grantee.user("tester", "Tester"), "FULL_CONTROL")
PUBLIC = Grant(Grantee.all_users(), "READ")
OTHER_READ = Grant(Grantee.user("friend", "Friend"), "READ")
LOGS = Grant(Grantee.group(LOG_DELIVERY), "WRITE")
EVERYONE_WRITES = Grant(Grantee.all_users(), "WRITE")
OWNER_READ_ACP = Grant(Grantee.user("tester"), "READ_ACP")


def keys(policy: AccessControlPolicy) -> set[tuple[str, str, str]]:
    return {(g.grantee.kind, g.grantee.value, g.permission) for g in policy.grants}


def test_choice_read_from_the_grants() -> None:
    assert AclEdit.of(AccessControlPolicy.from_canned("private", OWNER)).access == "private"
    assert AclEdit.of(AccessControlPolicy.from_canned("public-read", OWNER)).access == \
        "public-read"
    assert AclEdit.of(AccessControlPolicy(OWNER, (OWNER_FULL, EVERYONE_WRITES))).access == \
        "private"                  # WRITE alone does not let anyone list


def test_canned_forms_have_nothing_to_preserve() -> None:
    for canned in ("private", "public-read"):
        edit = AclEdit.of(AccessControlPolicy.from_canned(canned, OWNER))
        assert edit.preserved == ()
        assert edit.to_send() == edit.server


def test_grants_the_editor_cannot_express_are_preserved() -> None:
    server = AccessControlPolicy(OWNER, (OWNER_FULL, OTHER_READ, PUBLIC, LOGS, OWNER_READ_ACP,
                                         EVERYONE_WRITES))
    edit = AclEdit.of(server)
    assert edit.access == "public-read"
    assert edit.preserved == (OTHER_READ, LOGS, OWNER_READ_ACP, EVERYONE_WRITES)
    private = edit.with_access("private").to_send()
    assert keys(private) == keys(server) - {("Group", ALL_USERS, "READ")}
    assert private.grants[0] == OWNER_FULL
    assert OTHER_READ in private.grants                   # display name kept
    assert keys(edit.to_send()) == keys(server)
    warnings = edit.warnings()
    assert len(warnings) == 1 and "Everyone (AllUsers): write" in warnings[0]


def test_apply_round_trips_through_xml() -> None:
    server = AccessControlPolicy(OWNER, (OWNER_FULL, OTHER_READ, LOGS))
    sent = AclEdit.of(server).with_access("public-read").to_send()
    back = AccessControlPolicy.from_xml(sent.to_xml())
    assert back == sent
    assert keys(back) == keys(server) | {("Group", ALL_USERS, "READ")}


def test_missing_owner_grant_is_restored_and_said() -> None:
    server = AccessControlPolicy(OWNER, (PUBLIC,))
    plan = acl_plan(AclEdit.of(server))
    assert plan.action == "put"
    assert plan.summary == ("Give the owner full control, which the bucket lacked.",)


def test_plan_summary_and_diff() -> None:
    server = AccessControlPolicy(OWNER, (OWNER_FULL, OTHER_READ))
    plan = acl_plan(AclEdit.of(server).with_access("public-read"))
    assert plan.summary == ("Make the file listing public: anyone may list this bucket's files.",
                            "Keep 1 other grant(s) unchanged.")
    added = [line[1:].strip() for line in plan.diff.splitlines()[2:] if line.startswith("+")]
    assert f"<URI>{ALL_USERS}</URI>" in added and "<Permission>READ</Permission>" in added
    assert not [line for line in plan.diff.splitlines()[2:] if line.startswith("-")]
    back = acl_plan(AclEdit.of(AccessControlPolicy(OWNER, (OWNER_FULL, PUBLIC))).with_access(
        "private"))
    assert back.summary[0].startswith("Make the file listing private")


def test_reordered_grants_need_no_request() -> None:
    server = AccessControlPolicy(OWNER, (PUBLIC, OWNER_FULL))
    assert acl_plan(AclEdit.of(server)).action == "none"


def test_grants_in_words() -> None:
    assert describe_grant(OWNER_FULL, "tester") == "Owner Tester (tester): full control"
    assert describe_grant(OTHER_READ, "tester") == "User Friend (friend): read (list)"
    assert describe_grant(Grant(Grantee.authenticated_users(), "READ_ACP"), "tester") == \
        "Any signed-in user (AuthenticatedUsers): read the permissions"
    assert describe_grant(Grant(Grantee.email("a@b.c"), "WRITE"), "x").startswith("Email a@b.c")
    assert AUTHENTICATED_USERS not in describe_grant(Grant(Grantee.group(LOG_DELIVERY), "WRITE"),
                                                     "x")
    assert "list" in FILE_LISTING_NOTE and "not let them download" in FILE_LISTING_NOTE


_grantees = st.sampled_from([Grantee.user("tester"), Grantee.user("friend"), Grantee.all_users(),
                             Grantee.authenticated_users(), Grantee.group(LOG_DELIVERY),
                             Grantee.email("a@b.c")])
_grants = st.builds(Grant, _grantees, st.sampled_from(
    ["FULL_CONTROL", "READ", "WRITE", "READ_ACP", "WRITE_ACP"]))


@given(st.lists(_grants, max_size=8), st.sampled_from(["private", "public-read"]))
def test_any_acl_keeps_every_grant_but_everyones_read(grants: list[Grant],
                                                       access: BucketAccess) -> None:
    server = AccessControlPolicy(OWNER, tuple(grants))
    sent = AclEdit.of(server).with_access(access).to_send()
    public = ("Group", ALL_USERS, "READ")
    owner_full = ("CanonicalUser", "tester", "FULL_CONTROL")
    assert keys(sent) - {public, owner_full} == keys(server) - {public, owner_full}
    assert owner_full in keys(sent)
    assert (public in keys(sent)) == (access == "public-read")
    assert AccessControlPolicy.from_xml(sent.to_xml()) == sent
    again = AclEdit.of(AccessControlPolicy.from_xml(sent.to_xml()))
    assert again.access == access and acl_plan(again).action == "none"


def test_grant_columns_and_roles() -> None:
    assert grantee_text(OWNER_FULL.grantee, "tester") == "Owner Tester (tester)"
    assert grantee_text(Grantee.user("friend"), "tester") == "User friend"
    assert grantee_text(Grantee.all_users(), "tester") == "Everyone (AllUsers)"
    assert grantee_text(Grantee.group("http://example.com/g"), "t") == "Group http://example.com/g"
    assert permission_text("WRITE_ACP") == "change the permissions"
    assert grant_role(OWNER_FULL, "tester") == "owner"
    assert grant_role(PUBLIC, "tester") == "file listing"
    for kept in (OTHER_READ, LOGS, EVERYONE_WRITES, Grant(Grantee.user("tester"), "READ")):
        assert grant_role(kept, "tester") == "kept as is"
    # Every grant the editor calls "kept as is" is exactly what it preserves.
    edit = AclEdit.of(AccessControlPolicy(OWNER, (OWNER_FULL, PUBLIC, OTHER_READ, LOGS)))
    assert [g for g in edit.server.grants if grant_role(g, "tester") == "kept as is"] == \
        list(edit.preserved)
