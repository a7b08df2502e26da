"""Which hash guards an upload's bytes on this server: Content-MD5, or a signed SHA-256.

Both give the same guarantee, that a body changed on the way is refused instead of stored: the
server recomputes Content-MD5 (BadDigest), or the SHA-256 that SigV4 signs as
`x-amz-content-sha256` (XAmzContentSHA256Mismatch). SHA-256 costs less than half the CPU of MD5
where the processor has SHA instructions (hashlib uses them), but only a server that checks the
signed hash protects the upload with it. AWS S3 documents the check and Ceph RGW (what Spaces
runs) makes it, so AWS and Spaces hosts get SHA-256. Any other server, a self-hosted RGW
included, gets MD5 unless `probe` asked it
(once per endpoint and process; whoever knows a write is welcome calls it, an upload never
sends a request of its own for it): a tiny PUT whose signed SHA-256 and Content-MD5 are both
wrong, which stores nothing where either check works, and whose refusal names the check the
server made. SigV2 signs no payload hash: MD5 there.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import threading
from typing import Literal

from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.client import S3Client
from spacesgui.s3.errors import S3Error, ServiceError

log = logging.getLogger(__name__)

PayloadCheck = Literal["md5", "sha256"]
PROBE_KEY = ".spacesgui-integrity-probe"
# Hosts whose servers are known to check the signed payload hash (AWS documents it; Spaces is
# Ceph RGW, tested here).
_CHECKING_HOSTS = (".digitaloceanspaces.com", ".amazonaws.com")
_known: dict[str, PayloadCheck] = {}
_lock = threading.Lock()


def payload_check(client: S3Client) -> PayloadCheck:
    """The cheapest hash this client's server is known to verify: "sha256" (signed) or "md5"."""
    if client.signature != "v4":
        return "md5"
    endpoint = client.endpoint
    host = endpoint.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0].lower()
    if host.endswith(_CHECKING_HOSTS):
        return "sha256"
    with _lock:
        return _known.get(endpoint, "md5")


def probe(client: S3Client, bucket: str, cancel: CancelToken | None = None) -> PayloadCheck:
    """Ask the server which hash it checks (one PUT to `bucket` that stores nothing where a
    check works), remember the answer for its endpoint, and return what uploads will use."""
    if client.signature == "v4":
        answer = _probe(client, bucket, cancel)
        if answer is not None:
            with _lock:
                _known[client.endpoint] = answer
    return payload_check(client)


def _probe(client: S3Client, bucket: str, cancel: CancelToken | None) -> PayloadCheck | None:
    """None when the probe says nothing (refused for another reason, network trouble)."""
    wrong_md5 = base64.b64encode(hashlib.md5(b"not the body").digest()).decode()  # noqa: S324
    try:
        client.put_object(bucket=bucket, key=PROBE_KEY, body=b"probe", content_md5=wrong_md5,
                          payload_sha256=hashlib.sha256(b"not the body").hexdigest(),
                          cancel=cancel)
    except ServiceError as exc:
        if exc.code == "XAmzContentSHA256Mismatch":
            return "sha256"
        if exc.code in ("BadDigest", "InvalidDigest"):
            return "md5"
        log.info("the payload-hash probe of %s was refused: %s", client.endpoint, exc)
        return None
    except S3Error as exc:
        log.info("the payload-hash probe of %s failed: %s", client.endpoint, exc)
        return None
    log.warning("%s stored a body whose MD5 and SHA-256 were both wrong; it checks neither",
                client.endpoint)
    try:
        client.delete_object(bucket=bucket, key=PROBE_KEY, cancel=cancel)
    except S3Error:
        log.warning("could not delete the probe object %s/%s", bucket, PROBE_KEY)
    return "md5"


__all__ = ["PROBE_KEY", "PayloadCheck", "payload_check", "probe"]
