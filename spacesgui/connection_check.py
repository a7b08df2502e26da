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
from spacesgui.s3.transfer.integrity import payload_check, probe

log = logging.getLogger(__name__)

StepName = Literal["reach", "authenticate", "buckets", "setting"]
TITLES: dict[str, str] = {"reach": "Reach the endpoint", "authenticate": "Sign in with the key",
                          "buckets": "List the buckets", "setting": "Read a bucket setting"}
PINNED_TITLE = "Open the pinned buckets"
NOT_ALLOWED = "not allowed for this key"
# A test should answer quickly: one retry, short timeouts (the app's own clients are patient).
CHECK_TIMEOUTS = Timeouts(connect=8.0, read=20.0)
CHECK_RETRY = RetryPolicy(max_attempts=2, base=0.25, cap=1.0)
_ADVICE = {
    "SignatureDoesNotMatch": "The secret key does not belong to this access key.",
    "InvalidAccessKeyId": "The server does not know this access key.",
    "RequestTimeTooSkewed": "This computer's clock is too far from the server's; correct it.",
    "AccessDenied": "The key was refused.",
    "NoSuchBucket": "The bucket does not exist.",
    "AuthorizationHeaderMalformed": "The server expects another region; check the region.",
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
        advice = _ADVICE.get(exc.code, exc.message or "The server refused the request.")
        if isinstance(exc, PermanentRedirect) and exc.endpoint:
            advice = f"It lives at {exc.endpoint}; choose that region or endpoint."
        prefix = f"{what}: " if what else ""
        rid = f", request ID {exc.request_id}" if exc.request_id else ""
        detail = f"{prefix}{advice} (code {exc.code}, HTTP {exc.status}{rid})"
        return CheckStep(name, title, False, detail, exc.code, exc.request_id)
    return CheckStep(name, title, False, f"{what}: {exc}" if what else str(exc))


def _skipped(names: tuple[StepName, ...], account: Account) -> Iterator[CheckStep]:
    for name in names:
        yield CheckStep(name, _title(name, account), None,
                        "Skipped because an earlier step failed.")


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
        return CheckStep("reach", title, False,
                         f"{endpoint} answered, but its TLS certificate was not accepted. Check "
                         "the address, or give the CA bundle that signed the certificate.")
    except requests.exceptions.ProxyError:
        return CheckStep("reach", title, False,
                         f"The proxy {account.proxy} did not pass the connection on.")
    except requests.Timeout:
        return CheckStep("reach", title, False, f"{endpoint} did not answer in time.")
    except (requests.ConnectionError, OSError) as exc:
        text = str(exc)
        if "Name or service not known" in text or "NameResolution" in text or \
                "getaddrinfo" in text:
            why = "its host name could not be found"
        elif "refused" in text.lower():
            why = "the connection was refused"
        else:
            why = "the connection failed"
        return CheckStep("reach", title, False, f"Could not connect to {endpoint}: {why}.")
    response.close()
    via = "over HTTPS" if endpoint.startswith("https:") else "over plain HTTP (not encrypted)"
    return CheckStep("reach", title, True, f"{endpoint} answered {via}.")


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
        yield CheckStep("reach", TITLES["reach"], False, f"The account is not complete: {exc}")
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
            step = CheckStep(step.name, step.title, False,
                             step.detail + " If this key is limited to some buckets, add them "
                             "as pinned buckets.", step.code, step.request_id)
        yield step
        return
    yield CheckStep("authenticate", _title("authenticate", account), True,
                    "The server accepted the key.")
    names = [b.name for b in listing.buckets]
    if names:
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        detail = f"{len(names)} bucket{'s' if len(names) != 1 else ''}: {shown}."
    else:
        detail = "The key works; the account has no buckets yet."
    yield CheckStep("buckets", _title("buckets", account), True, detail)
    token.raise_if_cancelled()
    yield _setting_step(account, client, names[0] if names else None, token)


def _pinned_steps(account: Account, client: S3Client,
                  token: CancelToken) -> Iterator[CheckStep]:
    first = account.pinned_buckets[0]
    try:
        client.list_objects_page(bucket=first, max_keys=1, cancel=token)
    except (ServiceError, NetworkError) as exc:
        yield _failed("authenticate", account, exc, f"Bucket {first}")
        return
    yield CheckStep("authenticate", _title("authenticate", account), True,
                    f"The server accepted the key for bucket {first}.")
    for name in account.pinned_buckets:
        token.raise_if_cancelled()
        try:
            client.head_bucket(bucket=name, cancel=token)
        except (ServiceError, NetworkError) as exc:
            yield _failed("buckets", account, exc, f"Bucket {name}")
            return
    count = len(account.pinned_buckets)
    yield CheckStep("buckets", _title("buckets", account), True,
                    f"{'All ' + str(count) + ' pinned buckets' if count > 1 else 'The bucket'} "
                    "opened (without listing the account's buckets).")
    token.raise_if_cancelled()
    yield _setting_step(account, client, first, token)


def _setting_step(account: Account, client: S3Client, bucket: str | None,
                  token: CancelToken) -> CheckStep:
    title = _title("setting", account)
    if bucket is None:
        return CheckStep("setting", title, None, "Skipped: there is no bucket to read it from.")
    _learn_payload_check(client, bucket, token)
    try:
        state = client.get_bucket_versioning(bucket=bucket, cancel=token)
    except ServiceError as exc:
        if exc.status == 403 or exc.code == "AccessDenied":
            # Bucket-scoped keys may read objects but not bucket settings; that is not a fault.
            return CheckStep("setting", title, True,
                             f"Versioning of {bucket}: {NOT_ALLOWED}.", exc.code, exc.request_id)
        return _failed("setting", account, exc, f"Versioning of {bucket}")
    except NetworkError as exc:
        return _failed("setting", account, exc, f"Versioning of {bucket}")
    label = {"NeverEnabled": "never enabled"}.get(state.value, state.value.lower())
    return CheckStep("setting", title, True, f"Versioning of {bucket}: {label}.")


def _learn_payload_check(client: S3Client, bucket: str, token: CancelToken) -> None:
    """Ask a server not known by its host which upload hash it verifies (transfer.integrity),
    so this process's uploads to it sign a SHA-256 instead of sending Content-MD5 where it
    checks one. Asked here, where the user has the app question the server, and not by an
    upload: there the probe would be one more PUT, refused, in front of the user's own (in
    the server's logs, a proxy's, a test's count of PUTs). Remembered for this process only;
    a failed or refused probe changes nothing and is not a failed step."""
    if client.signature == "v4" and payload_check(client) == "md5":
        probe(client, bucket, token)
