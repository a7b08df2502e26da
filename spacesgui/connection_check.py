"""Test connection: four steps, each reported as it finishes, so the user sees where it stops.

reach         an unsigned HEAD / answers at all (DNS, TCP, TLS, proxy)
authenticate  a signed request is accepted: ListBuckets, or for an account with pinned buckets
              a one-key listing of the first one (a GET, so a refusal carries the server's code;
              a HEAD answer has no body to say SignatureDoesNotMatch)
buckets       the buckets are listed, or every pinned bucket opens (HeadBucket); bucket-scoped
              keys are never asked for ListBuckets or GetBucketLocation (Spaces refuses both)
setting       GetBucketVersioning on one bucket; a 403 there is fine for a bucket-scoped key
              (before it, a server not known by its host is asked which upload hash it
              verifies: transfer.integrity.probe, one PUT that stores nothing)
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from spacesgui.config import Account
from spacesgui.s3 import CancelToken, S3Client
from spacesgui.s3.errors import InvalidInput, NetworkError, PermanentRedirect, ServiceError
from spacesgui.s3.http import RetryPolicy, Timeouts
from spacesgui.s3.texts import N_
from spacesgui.s3.transfer.integrity import payload_check, probe

log = logging.getLogger(__name__)

StepName = Literal["reach", "authenticate", "buckets", "setting"]
# Texts marked for the interface (spacesgui.s3.texts): the titles in the context of the view
# that shows the steps before they run, the details in "connection_check".
TITLES: dict[str, str] = {"reach": N_("connection_steps", "Reach the endpoint"),
                          "authenticate": N_("connection_steps", "Sign in with the key"),
                          "buckets": N_("connection_steps", "List the buckets"),
                          "setting": N_("connection_steps", "Read a bucket setting")}
PINNED_TITLE = N_("connection_steps", "Open the pinned buckets")
NOT_ALLOWED = N_("connection_check", "not allowed for this key")
# A test should answer quickly: one retry, short timeouts (the app's own clients are patient).
CHECK_TIMEOUTS = Timeouts(connect=8.0, read=20.0)
CHECK_RETRY = RetryPolicy(max_attempts=2, base=0.25, cap=1.0)
_ADVICE = {
    "SignatureDoesNotMatch": N_("connection_check",
                                "The secret key does not belong to this access key."),
    "InvalidAccessKeyId": N_("connection_check", "The server does not know this access key."),
    "RequestTimeTooSkewed": N_("connection_check",
                               "This computer's clock is too far from the server's; correct it."),
    "AccessDenied": N_("connection_check", "The key was refused."),
    "NoSuchBucket": N_("connection_check", "The bucket does not exist."),
    "AuthorizationHeaderMalformed": N_("connection_check",
                                       "The server expects another region; check the region."),
}


@dataclass(frozen=True, slots=True)
class CheckStep:
    """The outcome of one step; ok None means it was skipped after an earlier failure."""

    name: StepName
    title: str
    ok: bool | None
    detail: str
    code: str | None = None
    request_id: str | None = None


def _title(name: StepName, account: Account) -> str:
    return PINNED_TITLE if name == "buckets" and account.pinned_buckets else TITLES[name]


def _failed(name: StepName, account: Account, exc: BaseException, what: str = "") -> CheckStep:
    title = _title(name, account)
    if isinstance(exc, ServiceError):
        advice = _ADVICE.get(exc.code, exc.message or N_("connection_check",
                                                         "The server refused the request."))
        if isinstance(exc, PermanentRedirect) and exc.endpoint:
            advice = N_("connection_check",
                        "It lives at {endpoint}; choose that region or endpoint.").fill(
                            endpoint=exc.endpoint)
        reference = (N_("connection_check", "(code {code}, HTTP {status}, request ID {request_id})")
                     if exc.request_id else N_("connection_check", "(code {code}, HTTP {status})"))
        reference = reference.fill(code=exc.code, status=exc.status, request_id=exc.request_id)
        detail = (N_("connection_check", "{what}: {advice} {reference}") if what
                  else N_("connection_check", "{advice} {reference}")).fill(
                      what=what, advice=advice, reference=reference)
        return CheckStep(name, title, False, detail, exc.code, exc.request_id)
    return CheckStep(name, title, False, N_("connection_check", "{what}: {error}").fill(
        what=what, error=str(exc)) if what else str(exc))


def _skipped(names: tuple[StepName, ...], account: Account) -> Iterator[CheckStep]:
    for name in names:
        yield CheckStep(name, _title(name, account), None,
                        N_("connection_check", "Skipped because an earlier step failed."))


def _reach(account: Account) -> CheckStep:
    """An unsigned HEAD /: any HTTP answer proves DNS, TCP, TLS and the proxy work."""
    endpoint = account.effective_endpoint()
    title = TITLES["reach"]
    import requests  # on the check's own thread, never with the window
    try:
        response = requests.head(f"{endpoint}/", timeout=(CHECK_TIMEOUTS.connect, 10.0),
                                 verify=account.tls_verify(), proxies=account.proxies() or {},
                                 allow_redirects=False)
    except requests.exceptions.SSLError:
        return CheckStep("reach", title, False, N_(
            "connection_check", "{endpoint} answered, but its TLS certificate was not accepted. "
            "Check the address, or give the CA bundle that signed the certificate.").fill(
                endpoint=endpoint))
    except requests.exceptions.ProxyError:
        return CheckStep("reach", title, False, N_(
            "connection_check", "The proxy {proxy} did not pass the connection on.").fill(
                proxy=account.proxy))
    except requests.Timeout:
        return CheckStep("reach", title, False, N_(
            "connection_check", "{endpoint} did not answer in time.").fill(endpoint=endpoint))
    except (requests.ConnectionError, OSError) as exc:
        text = str(exc)
        if "Name or service not known" in text or "NameResolution" in text or \
                "getaddrinfo" in text:
            why = N_("connection_check", "its host name could not be found")
        elif "refused" in text.lower():
            why = N_("connection_check", "the connection was refused")
        else:
            why = N_("connection_check", "the connection failed")
        return CheckStep("reach", title, False, N_(
            "connection_check", "Could not connect to {endpoint}: {why}.").fill(
                endpoint=endpoint, why=why))
    response.close()
    answered = (N_("connection_check", "{endpoint} answered over HTTPS.")
                if endpoint.startswith("https:")
                else N_("connection_check", "{endpoint} answered over plain HTTP (not encrypted)."))
    return CheckStep("reach", title, True, answered.fill(endpoint=endpoint))


def check_connection(account: Account, secret_key: str, *,
                     cancel: CancelToken | None = None) -> Iterator[CheckStep]:
    """Yield the four steps in order; after a failure the rest come back as skipped.

    Raises Cancelled (from `cancel`) between or during steps. Nothing yielded or raised holds
    the secret key.
    """
    token = cancel or CancelToken()
    try:
        client = account.make_client(secret_key, timeouts=CHECK_TIMEOUTS, retry=CHECK_RETRY)
    except InvalidInput as exc:
        yield CheckStep("reach", TITLES["reach"], False, N_(
            "connection_check", "The account is not complete: {error}").fill(error=str(exc)))
        yield from _skipped(("authenticate", "buckets", "setting"), account)
        return
    token.raise_if_cancelled()
    reach = _reach(account)
    yield reach
    if not reach.ok:
        yield from _skipped(("authenticate", "buckets", "setting"), account)
        return
    token.raise_if_cancelled()
    if account.pinned_buckets:
        steps = _pinned_steps(account, client, token)
    else:
        steps = _listing_steps(account, client, token)
    for step in steps:
        yield step
        if step.ok is False:
            later: tuple[StepName, ...] = ("authenticate", "buckets", "setting")
            yield from _skipped(later[later.index(step.name) + 1:], account)
            return


def _listing_steps(account: Account, client: S3Client,
                   token: CancelToken) -> Iterator[CheckStep]:
    try:
        listing = client.list_buckets(cancel=token)
    except (ServiceError, NetworkError) as exc:
        step = _failed("authenticate", account, exc)
        if isinstance(exc, ServiceError) and exc.code == "AccessDenied":
            # A bucket-scoped key may not list buckets: say what to do about it.
            step = CheckStep(step.name, step.title, False, N_(
                "connection_check", "{detail} If this key is limited to some buckets, add them "
                "as pinned buckets.").fill(detail=step.detail), step.code, step.request_id)
        yield step
        return
    yield CheckStep("authenticate", _title("authenticate", account), True,
                    N_("connection_check", "The server accepted the key."))
    names = [b.name for b in listing.buckets]
    if names:
        first = ", ".join(names[:5])
        listed = N_("connection_check", "{names} and {count} more").fill(
            names=first, count=len(names) - 5) if len(names) > 5 else first
        # (one, many): a plural form needs Qt's %n, which the core does not have.
        detail = (N_("connection_check", "1 bucket: {names}.") if len(names) == 1
                  else N_("connection_check", "{count} buckets: {names}.")).fill(
                      count=len(names), names=listed)
    else:
        detail = N_("connection_check", "The key works; the account has no buckets yet.")
    yield CheckStep("buckets", _title("buckets", account), True, detail)
    token.raise_if_cancelled()
    yield _setting_step(account, client, names[0] if names else None, token)


def _pinned_steps(account: Account, client: S3Client,
                  token: CancelToken) -> Iterator[CheckStep]:
    first = account.pinned_buckets[0]
    try:
        client.list_objects_page(bucket=first, max_keys=1, cancel=token)
    except (ServiceError, NetworkError) as exc:
        yield _failed("authenticate", account, exc, _bucket(first))
        return
    yield CheckStep("authenticate", _title("authenticate", account), True, N_(
        "connection_check", "The server accepted the key for bucket {bucket}.").fill(bucket=first))
    for name in account.pinned_buckets:
        token.raise_if_cancelled()
        try:
            client.head_bucket(bucket=name, cancel=token)
        except (ServiceError, NetworkError) as exc:
            yield _failed("buckets", account, exc, _bucket(name))
            return
    count = len(account.pinned_buckets)
    yield CheckStep("buckets", _title("buckets", account), True, (
        N_("connection_check", "All {count} pinned buckets opened (without listing the "
                               "account's buckets).") if count > 1
        else N_("connection_check", "The bucket opened (without listing the account's "
                                    "buckets).")).fill(count=count))
    token.raise_if_cancelled()
    yield _setting_step(account, client, first, token)


def _setting_step(account: Account, client: S3Client, bucket: str | None,
                  token: CancelToken) -> CheckStep:
    title = _title("setting", account)
    if bucket is None:
        return CheckStep("setting", title, None, N_(
            "connection_check", "Skipped: there is no bucket to read it from."))
    _learn_payload_check(client, bucket, token)
    try:
        state = client.get_bucket_versioning(bucket=bucket, cancel=token)
    except ServiceError as exc:
        if exc.status == 403 or exc.code == "AccessDenied":
            # Bucket-scoped keys may read objects but not bucket settings; that is not a fault.
            return CheckStep("setting", title, True, _VERSIONING_STATE.fill(
                bucket=bucket, state=NOT_ALLOWED), exc.code, exc.request_id)
        return _failed("setting", account, exc, _versioning_of(bucket))
    except NetworkError as exc:
        return _failed("setting", account, exc, _versioning_of(bucket))
    label = {"NeverEnabled": N_("connection_check", "never enabled"),
             "Enabled": N_("connection_check", "enabled"),
             "Suspended": N_("connection_check", "suspended")}.get(state.value,
                                                                   state.value.lower())
    return CheckStep("setting", title, True, _VERSIONING_STATE.fill(bucket=bucket, state=label))


_VERSIONING_STATE = N_("connection_check", "Versioning of {bucket}: {state}.")


def _bucket(name: str) -> str:
    return N_("connection_check", "Bucket {bucket}").fill(bucket=name)


def _versioning_of(bucket: str) -> str:
    return N_("connection_check", "Versioning of {bucket}").fill(bucket=bucket)


def _learn_payload_check(client: S3Client, bucket: str, token: CancelToken) -> None:
    """Ask a server not known by its host which upload hash it verifies (transfer.integrity),
    so this process's uploads to it sign a SHA-256 instead of sending Content-MD5 where it
    checks one. Asked here, where the user has the app question the server, and not by an
    upload: there the probe would be one more PUT, refused, in front of the user's own (in
    the server's logs, a proxy's, a test's count of PUTs). Remembered for this process only;
    a failed or refused probe changes nothing and is not a failed step."""
    if client.signature == "v4" and payload_check(client) == "md5":
        probe(client, bucket, token)
