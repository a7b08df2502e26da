"""Access control lists and object tags: who may read or change an object, and its labels.

The ACL model is what the permissions editor edits: it can say whether a policy is one of the
canned forms Spaces offers (private / public-read) and build those forms for a known owner.
"""

from __future__ import annotations

import types
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from lxml import etree

from spacesgui.s3 import xml
from spacesgui.s3.errors import MalformedResponse

Permission = Literal["FULL_CONTROL", "READ", "WRITE", "READ_ACP", "WRITE_ACP"]
GranteeKind = Literal["CanonicalUser", "Group", "AmazonCustomerByEmail"]
CannedAcl = Literal["private", "public-read", "public-read-write", "authenticated-read",
                    "bucket-owner-read", "bucket-owner-full-control", "log-delivery-write"]

PERMISSIONS: tuple[Permission, ...] = ("FULL_CONTROL", "READ", "WRITE", "READ_ACP", "WRITE_ACP")
CANNED_ACLS: tuple[CannedAcl, ...] = ("private", "public-read", "public-read-write",
                                      "authenticated-read", "bucket-owner-read",
                                      "bucket-owner-full-control", "log-delivery-write")
ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"
AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
LOG_DELIVERY = "http://acs.amazonaws.com/groups/s3/LogDelivery"

MAX_TAGS = 10
MAX_TAG_KEY = 128
MAX_TAG_VALUE = 256

_GRANTEE_CHILD: dict[GranteeKind, str] = {
    "CanonicalUser": "ID", "Group": "URI", "AmazonCustomerByEmail": "EmailAddress"}
_HEADER_FIELD: dict[GranteeKind, str] = {
    "CanonicalUser": "id", "Group": "uri", "AmazonCustomerByEmail": "emailAddress"}


@dataclass(frozen=True, slots=True)
class Owner:
    """The canonical user that owns a bucket or object (on RGW the uid, e.g. "tester")."""

    id: str
    display_name: str | None = None


@dataclass(frozen=True, slots=True)
class Grantee:
    """One receiver of a grant: a user by canonical id, a predefined group by URI, or an email."""

    kind: GranteeKind
    value: str                       # the id, the group URI or the email address
    display_name: str | None = None  # informational; ignored when comparing grantees

    @classmethod
    def user(cls, canonical_id: str, display_name: str | None = None) -> Grantee:
        return cls("CanonicalUser", canonical_id, display_name)

    @classmethod
    def group(cls, uri: str) -> Grantee:
        return cls("Group", uri)

    @classmethod
    def email(cls, address: str) -> Grantee:
        return cls("AmazonCustomerByEmail", address)

    @classmethod
    def all_users(cls) -> Grantee:
        return cls("Group", ALL_USERS)

    @classmethod
    def authenticated_users(cls) -> Grantee:
        return cls("Group", AUTHENTICATED_USERS)

    def same_as(self, other: Grantee) -> bool:
        return self.kind == other.kind and self.value == other.value

    def header_value(self) -> str:
        """The form used in x-amz-grant-* headers, e.g. `id="tester"` or `uri="http://..."`."""
        return f'{_HEADER_FIELD[self.kind]}="{self.value}"'

    def problems(self) -> list[str]:
        if self.kind not in _GRANTEE_CHILD:
            return [f"Unknown kind of grantee {self.kind!r}"]
        if not self.value.strip():
            return [f"A {self.kind} grantee needs a value"]
        if '"' in self.value or any(ord(c) < 32 for c in self.value):
            return [f"The grantee {self.value!r} contains a quote or a control character"]
        if self.kind == "AmazonCustomerByEmail" and "@" not in self.value:
            return [f"{self.value!r} is not an email address"]
        return []


@dataclass(frozen=True, slots=True)
class Grant:
    grantee: Grantee
    permission: Permission


@dataclass(frozen=True, slots=True)
class AccessControlPolicy:
    """An owner and its grants, as GetObjectAcl/GetBucketAcl return them."""

    owner: Owner
    grants: tuple[Grant, ...] = ()

    @classmethod
    def from_canned(cls, canned: CannedAcl, owner: Owner) -> AccessControlPolicy:
        """The grants a canned ACL stands for (as S3 expands it), for a full-policy PUT."""
        full = Grant(Grantee.user(owner.id, owner.display_name), "FULL_CONTROL")
        extra: dict[str, tuple[Grant, ...]] = {
            "private": (),
            "public-read": (Grant(Grantee.all_users(), "READ"),),
            "public-read-write": (Grant(Grantee.all_users(), "READ"),
                                  Grant(Grantee.all_users(), "WRITE")),
            "authenticated-read": (Grant(Grantee.authenticated_users(), "READ"),),
            "log-delivery-write": (Grant(Grantee.group(LOG_DELIVERY), "WRITE"),
                                   Grant(Grantee.group(LOG_DELIVERY), "READ_ACP")),
        }
        if canned not in extra:
            raise ValueError(f"{canned!r} depends on the bucket owner and cannot be expanded here")
        return cls(owner, (full, *extra[canned]))

    def canned(self) -> Literal["private", "public-read"] | None:
        """"private" or "public-read" when the grants are exactly that; None for anything else."""
        seen = {(g.grantee.kind, g.grantee.value, g.permission) for g in self.grants}
        owner_full = ("CanonicalUser", self.owner.id, "FULL_CONTROL")
        if seen == {owner_full}:
            return "private"
        if seen == {owner_full, ("Group", ALL_USERS, "READ")}:
            return "public-read"
        return None

    @property
    def is_public_read(self) -> bool:
        """True when anyone, signed in or not, may read (the "Public" switch of the UI)."""
        return any(g.grantee.kind == "Group" and g.grantee.value == ALL_USERS
                   and g.permission in ("READ", "FULL_CONTROL") for g in self.grants)

    def with_grant(self, grant: Grant) -> AccessControlPolicy:
        if any(g.grantee.same_as(grant.grantee) and g.permission == grant.permission
               for g in self.grants):
            return self
        return AccessControlPolicy(self.owner, (*self.grants, grant))

    def without_grantee(self, grantee: Grantee) -> AccessControlPolicy:
        return AccessControlPolicy(
            self.owner, tuple(g for g in self.grants if not g.grantee.same_as(grantee)))

    def problems(self) -> list[str]:
        found: list[str] = []
        if not self.owner.id.strip():
            found.append("The policy needs the owner's canonical id")
        for grant in self.grants:
            if grant.permission not in PERMISSIONS:
                found.append(f"Unknown permission {grant.permission!r} (use one of "
                             f"{', '.join(PERMISSIONS)})")
            found.extend(grant.grantee.problems())
        return found

    def to_xml(self) -> bytes:
        root = xml.element("AccessControlPolicy")
        owner = xml.sub(root, "Owner")
        xml.sub(owner, "ID", self.owner.id)
        if self.owner.display_name is not None:
            xml.sub(owner, "DisplayName", self.owner.display_name)
        acl = xml.sub(root, "AccessControlList")
        for grant in self.grants:
            append_grant(acl, grant)
        return xml.to_bytes(root)

    @classmethod
    def from_xml(cls, body: bytes | xml.Element) -> AccessControlPolicy:
        root = xml.parse(body) if isinstance(body, bytes) else body
        if xml.local(root) != "AccessControlPolicy":
            raise MalformedResponse(f"Expected <AccessControlPolicy>, got <{xml.local(root)}>")
        owner_el = xml.child(root, "Owner")
        owner = Owner(xml.need(owner_el, "ID"), xml.text(owner_el, "DisplayName")) \
            if owner_el is not None else Owner("")
        return cls(owner, grants_from(xml.child(root, "AccessControlList")))


def append_grant(parent: xml.Element, grant: Grant) -> None:
    """Add `<Grant><Grantee xsi:type=...>...</Grantee><Permission/></Grant>` under `parent`."""
    el = xml.sub(parent, "Grant")
    ns = etree.QName(parent).namespace
    grantee = etree.SubElement(el, f"{{{ns}}}Grantee" if ns else "Grantee",
                               nsmap=cast(Any, {"xsi": xml.XSI_NS}))
    grantee.set(f"{{{xml.XSI_NS}}}type", grant.grantee.kind)
    xml.sub(grantee, _GRANTEE_CHILD[grant.grantee.kind], grant.grantee.value)
    if grant.grantee.display_name is not None and grant.grantee.kind == "CanonicalUser":
        xml.sub(grantee, "DisplayName", grant.grantee.display_name)
    xml.sub(el, "Permission", grant.permission)


def grants_from(parent: xml.Element | None) -> tuple[Grant, ...]:
    """The <Grant> children of an <AccessControlList> or <TargetGrants>."""
    grants: list[Grant] = []
    for grant_el in xml.children(parent, "Grant") if parent is not None else ():
        grantee_el = xml.child(grant_el, "Grantee")
        if grantee_el is None:
            raise MalformedResponse("A <Grant> has no <Grantee>")
        permission = xml.need(grant_el, "Permission").strip()
        grants.append(Grant(_grantee_from(grantee_el), cast(Permission, permission)))
    return tuple(grants)


def _grantee_from(el: xml.Element) -> Grantee:
    declared = el.get(f"{{{xml.XSI_NS}}}type") or el.get("xsi:type") or el.get("type")
    kinds = list(_GRANTEE_CHILD)
    # The declared type wins; without one (or with an odd one) the child element tells.
    kinds.sort(key=lambda kind: kind != declared)
    for kind in kinds:
        value = xml.text(el, _GRANTEE_CHILD[kind])
        if value is not None:
            display = xml.text(el, "DisplayName")
            return Grantee(kind, value.strip(), display)
    raise MalformedResponse("A <Grantee> has neither <ID>, <URI> nor <EmailAddress>")


def grant_headers(**grants: Iterable[Grantee]) -> dict[str, str]:
    """x-amz-grant-* headers from keyword lists: grant_read=[Grantee.all_users()] and so on."""
    headers: dict[str, str] = {}
    for name, grantees in grants.items():
        values = [g.header_value() for g in grantees]
        if values:
            headers["x-amz-" + name.replace("_", "-")] = ", ".join(values)
    return headers


# --- tagging -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ObjectTagging:
    """An object's tags; `version_id` is the version they belong to (versioned buckets only)."""

    tags: Mapping[str, str] = field(default_factory=lambda: types.MappingProxyType({}))
    version_id: str | None = None

    @classmethod
    def from_xml(cls, body: bytes | xml.Element, version_id: str | None = None) -> ObjectTagging:
        root = xml.parse(body) if isinstance(body, bytes) else body
        if xml.local(root) != "Tagging":
            raise MalformedResponse(f"Expected <Tagging>, got <{xml.local(root)}>")
        tag_set = xml.child(root, "TagSet")
        tags: dict[str, str] = {}
        for tag in xml.children(tag_set, "Tag") if tag_set is not None else ():
            tags[xml.need(tag, "Key")] = xml.text(tag, "Value") or ""
        return cls(types.MappingProxyType(tags), version_id)


def tagging_problems(tags: Mapping[str, str]) -> list[str]:
    """Why S3 would refuse this tag set: at most 10 tags, keys 1-128 and values 0-256 chars."""
    found: list[str] = []
    if len(tags) > MAX_TAGS:
        found.append(f"An object can carry at most {MAX_TAGS} tags, not {len(tags)}")
    for key, value in tags.items():
        if not key:
            found.append("A tag key must not be empty")
        elif len(key) > MAX_TAG_KEY:
            found.append(f"The tag key {key[:20]!r}... is {len(key)} characters long; "
                         f"the limit is {MAX_TAG_KEY}")
        if len(value) > MAX_TAG_VALUE:
            found.append(f"The value of tag {key[:40]!r} is {len(value)} characters long; "
                         f"the limit is {MAX_TAG_VALUE}")
    return found


def tagging_xml(tags: Mapping[str, str]) -> bytes:
    root = xml.element("Tagging")
    tag_set = xml.sub(root, "TagSet")
    for key, value in tags.items():
        tag = xml.sub(tag_set, "Tag")
        xml.sub(tag, "Key", key)
        xml.sub(tag, "Value", value)
    return xml.to_bytes(root)
