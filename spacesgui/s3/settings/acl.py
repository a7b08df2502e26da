"""The permissions editor's model: private or public-read, with every other grant kept."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from spacesgui.s3.models.acl import (
    ALL_USERS,
    AUTHENTICATED_USERS,
    LOG_DELIVERY,
    AccessControlPolicy,
    Grant,
    Grantee,
)
from spacesgui.s3.settings.base import ChangePlan, plan_change, pretty_xml
from spacesgui.s3.texts import N_

__all__ = [
    "FILE_LISTING_NOTE",
    "AclEdit",
    "BucketAccess",
    "GrantRole",
    "acl_plan",
    "describe_grant",
    "grant_role",
    "grantee_text",
    "permission_text",
]

BucketAccess = Literal["private", "public-read"]

FILE_LISTING_NOTE = N_(
    "settings",
    "Public read on a bucket is what DigitalOcean calls \u201cfile listing\u201d: anyone can "
    "list the names, sizes and dates of the files in the bucket without signing in. It does "
    "not let them download the files; each file's own permissions (or a bucket policy) "
    "decide that.")

_GROUP_NAMES = {ALL_USERS: N_("settings", "Everyone (AllUsers)"),
                AUTHENTICATED_USERS: N_("settings", "Any signed-in user (AuthenticatedUsers)"),
                LOG_DELIVERY: N_("settings", "Log delivery (LogDelivery)")}
_PERMISSION_WORDS = {"FULL_CONTROL": N_("settings", "full control"),
                     "READ": N_("settings", "read (list)"),
                     "WRITE": N_("settings", "write (create, overwrite, delete)"),
                     "READ_ACP": N_("settings", "read the permissions"),
                     "WRITE_ACP": N_("settings", "change the permissions")}


def grantee_text(grantee: Grantee, owner_id: str) -> str:
    """Who a grant is for, in words: "Owner ann (3f6a1c)", "Everyone (AllUsers)"..."""
    if grantee.kind == "Group":
        return _GROUP_NAMES.get(grantee.value) or N_("settings", "Group {group}").fill(
            group=grantee.value)
    if grantee.kind == "CanonicalUser":
        name = f"{grantee.display_name} ({grantee.value})" if grantee.display_name \
            and grantee.display_name != grantee.value else grantee.value
        return (N_("settings", "Owner {name}") if grantee.value == owner_id
                else N_("settings", "User {name}")).fill(name=name)
    return N_("settings", "Email {address}").fill(address=grantee.value)


def permission_text(permission: str) -> str:
    """A permission in words, the S3 name kept for the unknown ones."""
    return _PERMISSION_WORDS.get(permission, permission)


def describe_grant(grant: Grant, owner_id: str) -> str:
    """A grant in words, as the permissions list shows it."""
    return N_("settings", "{grantee}: {permission}").fill(
        grantee=grantee_text(grant.grantee, owner_id), permission=permission_text(grant.permission))


GrantRole = Literal["owner", "file listing", "kept as is"]


def grant_role(grant: Grant, owner_id: str) -> GrantRole:
    """What the editor does with a grant: the owner's is always sent, everyone's READ follows
    the private / public-read choice, and every other grant is sent back as it is."""
    if _is_owner_full(grant, owner_id):
        return "owner"
    if _is_public_read(grant):
        return "file listing"
    return "kept as is"


def _owner_full(policy: AccessControlPolicy) -> Grant:
    return Grant(Grantee.user(policy.owner.id, policy.owner.display_name), "FULL_CONTROL")


def _is_owner_full(grant: Grant, owner_id: str) -> bool:
    return (grant.permission == "FULL_CONTROL" and grant.grantee.kind == "CanonicalUser"
            and grant.grantee.value == owner_id)


def _is_public_read(grant: Grant) -> bool:
    return grant.permission == "READ" and grant.grantee.same_as(Grantee.all_users())


def _dedupe(grants: Iterable[Grant]) -> tuple[Grant, ...]:
    kept: list[Grant] = []
    for grant in grants:
        if not any(g.permission == grant.permission and g.grantee.same_as(grant.grantee)
                   for g in kept):
            kept.append(grant)
    return tuple(kept)


@dataclass(frozen=True, slots=True)
class AclEdit:
    """The server's bucket ACL and the choice being edited.

    The editor expresses two things: the owner's full control and everyone's READ. Every
    other grant (other users, other groups, WRITE, READ_ACP...) is `preserved`: listed for
    the user and sent back unchanged, never dropped.
    """

    server: AccessControlPolicy
    access: BucketAccess

    @classmethod
    def of(cls, server: AccessControlPolicy) -> AclEdit:
        access: BucketAccess = "public-read" if any(_is_public_read(g) for g in server.grants) \
            else "private"
        return cls(server, access)

    def with_access(self, access: BucketAccess) -> AclEdit:
        return AclEdit(self.server, access)

    @property
    def preserved(self) -> tuple[Grant, ...]:
        owner_id = self.server.owner.id
        return _dedupe(g for g in self.server.grants
                       if not _is_owner_full(g, owner_id) and not _is_public_read(g))

    def to_send(self) -> AccessControlPolicy:
        """Owner full control, everyone's READ when public, then the preserved grants."""
        grants = [_owner_full(self.server)]
        if self.access == "public-read":
            grants.append(Grant(Grantee.all_users(), "READ"))
        grants.extend(self.preserved)
        # Keep the server's grant objects (display names included) where they are unchanged.
        sent = tuple(next((g for g in self.server.grants if g.permission == grant.permission
                           and g.grantee.same_as(grant.grantee)), grant) for grant in grants)
        return AccessControlPolicy(self.server.owner, sent)

    def warnings(self) -> list[str]:
        """What stays open whatever the choice, because a preserved grant opens it."""
        found: list[str] = []
        for grant in self.preserved:
            if grant.grantee.kind == "Group" and grant.grantee.value in (ALL_USERS,
                                                                         AUTHENTICATED_USERS):
                found.append(f"Kept as it is: {describe_grant(grant, self.server.owner.id)}. "
                             "Remove it with a tool that edits individual grants.")
        return found


def acl_plan(edit: AclEdit) -> ChangePlan:
    """What Apply sends: the whole access control policy (PutBucketAcl with a body)."""
    sent = edit.to_send()
    summary: list[str] = []
    was_public = any(_is_public_read(g) for g in edit.server.grants)
    if edit.access == "public-read" and not was_public:
        summary.append("Make the file listing public: anyone may list this bucket's files.")
    elif edit.access == "private" and was_public:
        summary.append("Make the file listing private: only you may list this bucket's files.")
    if not any(_is_owner_full(g, edit.server.owner.id) for g in edit.server.grants):
        summary.append("Give the owner full control, which the bucket lacked.")
    if edit.preserved:
        summary.append(f"Keep {len(edit.preserved)} other grant(s) unchanged.")
    before = pretty_xml(edit.server.to_xml())
    # Grant order and display names do not change what an ACL allows: no request for them.
    after = pretty_xml(sent.to_xml()) if _canonical(sent) != _canonical(edit.server) else before
    return plan_change(before, after, summary, name="acl.xml")


def _canonical(policy: AccessControlPolicy) -> frozenset[tuple[str, str, str]]:
    return frozenset((g.grantee.kind, g.grantee.value, g.permission) for g in policy.grants)
