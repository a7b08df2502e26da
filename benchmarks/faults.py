"""Fault table: each fault class against each operation, through tests/faultproxy.py.

    .venv/bin/python benchmarks/faults.py [--markdown] [--only upload,listing]

Starts its own Ceph RGW (memstore), or uses SPACESGUI_TEST_ENDPOINT, _REGION, _ACCESS_KEY,
_SECRET_KEY. Every cell runs one operation of the transfer engine or the client through a fresh
fault proxy (so a fresh request budget) with the fault queued for the operation's main request,
then checks the end state independently with boto3:

- upload: a 12 MiB file in 5 MiB parts; the fault hits UploadPart (PUT ?partNumber); the
  "upload start" column puts it on CreateMultipartUpload (POST ?uploads). Stored bytes are
  compared, and no incomplete multipart upload may be left under the key.
- download: a 12 MiB object in 5 MiB ranges (GET); the file must be byte-identical, and
  after a failure no file may be left under its final name.
- copy: a server-side copy (PUT with x-amz-copy-source); the copy must match its source.
- delete: 20 keys in one DeleteObjects (POST ?delete); all must be gone.
- listing: 2,500 keys in pages of 1,000 (GET ?list-type=2); every key must be listed once.
- settings: PutBucketCors then GetBucketCors (the fault hits the PUT); the rules must read back.

A cell reads "ok" (with the retries the client made), or the typed error the operation raised
with the server's code and whether its request id reached the error; anything wrong with the
end state is added in bold. Retries use a short backoff (base 50 ms) and the read timeout is
1 s so the stall row (held 3 s) times out; both only to keep the run short.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import logging
import os
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from spacesgui.s3.client import S3Client  # noqa: E402
from spacesgui.s3.errors import NetworkError, S3Error, ServiceError  # noqa: E402
from spacesgui.s3.http import RetryEvent, RetryPolicy, Timeouts  # noqa: E402
from spacesgui.s3.models.config import CorsConfiguration, CorsRule  # noqa: E402
from spacesgui.s3.transfer.common import MiB, SlotPool, TransferConfig, TransferControl  # noqa: E402
from spacesgui.s3.transfer.copying import copy_object_smart  # noqa: E402
from spacesgui.s3.transfer.deleting import delete_keys  # noqa: E402
from spacesgui.s3.transfer.download import download_file  # noqa: E402
from spacesgui.s3.transfer.upload import upload_file  # noqa: E402
from tests.faultproxy import FaultProxy  # noqa: E402

SIZE = 12 * MiB
CONFIG = TransferConfig(multipart_threshold=5 * MiB, part_size=5 * MiB, parts_in_flight=4,
                        download_threshold=5 * MiB, download_chunk=5 * MiB)
LISTED = 2500
RETRY = RetryPolicy(max_attempts=6, base=0.05, cap=1.0)


@dataclass(frozen=True)
class FaultClass:
    name: str
    arm: Callable[[FaultProxy, dict[str, str]], object]   # queues the fault for a filter


FAULTS = [
    FaultClass("SlowDown x3, no Retry-After", lambda p, f: p.slow_down(3, **f)),
    FaultClass("SlowDown x2, Retry-After: 1", lambda p, f: p.slow_down(2, retry_after=1, **f)),
    FaultClass("500 InternalError x2", lambda p, f: p.error(500, 2, **f)),
    FaultClass("502 gateway HTML x2", lambda p, f: p.error(502, 2, **f)),
    FaultClass("reset before the answer x2", lambda p, f: p.reset(2, **f)),
    FaultClass("reset mid-answer x1", lambda p, f: p.reset_mid_body(1, **f)),
    FaultClass("stall 3 s (read timeout 1 s) x1", lambda p, f: p.delay(1, seconds=3.0, **f)),
    FaultClass("SlowDown x10 (past every retry)", lambda p, f: p.slow_down(10, **f)),
    FaultClass("503 ServiceUnavailable x10", lambda p, f: p.error(503, 10, **f)),
]


class Bench:
    def __init__(self, server: dict[str, str], work: Path) -> None:
        import boto3
        from botocore.config import Config
        self.server = server
        self.work = work
        self.boto = boto3.session.Session().client(
            "s3", endpoint_url=server["endpoint"], region_name=server["region"],
            aws_access_key_id=server["access_key"], aws_secret_access_key=server["secret_key"],
            config=Config(s3={"addressing_style": "path"},
                          request_checksum_calculation="when_required",
                          response_checksum_validation="when_required"))
        self.bucket = f"faults-{uuid.uuid4().hex[:8]}"
        self.boto.create_bucket(Bucket=self.bucket)
        self.data = os.urandom(SIZE)
        self.source = work / "source.bin"
        self.source.write_bytes(self.data)
        self.boto.put_object(Bucket=self.bucket, Key="big.bin", Body=self.data)
        self.boto.put_object(Bucket=self.bucket, Key="small.txt", Body=b"copy me" * 100)
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(16) as pool:
            list(pool.map(lambda n: self.boto.put_object(
                Bucket=self.bucket, Key=f"listed/k{n:05d}", Body=b""), range(LISTED)))

    def client(self, proxy: FaultProxy, retries: list[RetryEvent]) -> S3Client:
        client = S3Client(endpoint=proxy.url, region=self.server["region"], addressing="path",
                          access_key=self.server["access_key"],
                          secret_key=self.server["secret_key"], retry=RETRY,
                          timeouts=Timeouts(connect=5.0, read=1.0))
        return client.observed(retries.append)

    def leftover_uploads(self, key: str) -> int:
        uploads = self.boto.list_multipart_uploads(Bucket=self.bucket, Prefix=key)
        found = [u for u in uploads.get("Uploads", []) if u["Key"] == key]
        for upload in found:   # the next cell starts clean
            self.boto.abort_multipart_upload(Bucket=self.bucket, Key=key,
                                             UploadId=upload["UploadId"])
        return len(found)

    # --- the operations: run, then return what is wrong with the end state ------------------

    def upload(self, client: S3Client, on_retry: Callable[[RetryEvent], None],
               problems: list[str]) -> None:
        key = f"up/{uuid.uuid4().hex[:8]}.bin"
        try:
            upload_file(client, bucket=self.bucket, key=key, path=self.source, config=CONFIG,
                        on_retry=on_retry)
        finally:
            left = self.leftover_uploads(key)
            if left:
                problems.append(f"{left} incomplete upload{'s' if left > 1 else ''} left")
        body = self.boto.get_object(Bucket=self.bucket, Key=key)["Body"].read()
        if body != self.data:
            problems.append("stored bytes differ")

    def download(self, client: S3Client, on_retry: Callable[[RetryEvent], None],
               problems: list[str]) -> None:
        target = self.work / f"down-{uuid.uuid4().hex[:8]}.bin"
        try:
            download_file(client, bucket=self.bucket, key="big.bin", path=target,
                          config=CONFIG, control=TransferControl(), slots=SlotPool(4))
        except BaseException as exc:
            if target.exists():
                raise RuntimeError("a failed download left a file under its final name") from exc
            raise
        finally:
            for leftover in self.work.glob(f"*{target.name}*"):
                if leftover != target:
                    leftover.unlink()
        if hashlib.sha256(target.read_bytes()).digest() != hashlib.sha256(self.data).digest():
            problems.append("downloaded bytes differ")
        target.unlink()

    def copy(self, client: S3Client, on_retry: Callable[[RetryEvent], None],
               problems: list[str]) -> None:
        key = f"copies/{uuid.uuid4().hex[:8]}.txt"
        copy_object_smart(client, src_bucket=self.bucket, src_key="small.txt",
                          dst_bucket=self.bucket, dst_key=key)
        body = self.boto.get_object(Bucket=self.bucket, Key=key)["Body"].read()
        if body != b"copy me" * 100:
            problems.append("copy differs")

    def delete(self, client: S3Client, on_retry: Callable[[RetryEvent], None],
               problems: list[str]) -> None:
        prefix = f"del/{uuid.uuid4().hex[:8]}/"
        keys = [f"{prefix}k{n}" for n in range(20)]
        for key in keys:
            self.boto.put_object(Bucket=self.bucket, Key=key, Body=b"x")
        report = delete_keys(client, bucket=self.bucket, keys=keys)
        left = self.boto.list_objects_v2(Bucket=self.bucket, Prefix=prefix).get("KeyCount", 0)
        if left:
            problems.append(f"{left} keys not deleted")
        if report.errors:
            problems.append(f"{len(report.errors)} keys refused")

    def listing(self, client: S3Client, on_retry: Callable[[RetryEvent], None],
               problems: list[str]) -> None:
        seen: list[str] = []
        token: str | None = None
        while True:
            page = client.list_objects_v2(bucket=self.bucket, prefix="listed/",
                                          continuation_token=token)
            seen += [o.key for o in page.objects]
            token = page.next_token
            if not token:
                break
        expected = [f"listed/k{n:05d}" for n in range(LISTED)]
        if seen != expected:
            problems.append(f"listed {len(seen)} keys, not {LISTED}")

    def settings(self, client: S3Client, on_retry: Callable[[RetryEvent], None],
               problems: list[str]) -> None:
        rules = CorsConfiguration((CorsRule(allowed_origins=("https://example.com",),
                                            allowed_methods=("GET",),
                                            id=uuid.uuid4().hex[:8]),))
        client.put_bucket_cors(bucket=self.bucket, configuration=rules)
        read = client.get_bucket_cors(bucket=self.bucket)
        if not read.rules or read.rules[0].id != rules.rules[0].id:
            problems.append("rules not read back")


# operation column -> (method, filter for its main request)
OPERATIONS: dict[str, tuple[str, dict[str, str]]] = {
    "upload": ("upload", {"method": "PUT", "query": "partNumber"}),
    "upload start": ("upload", {"method": "POST", "query": "uploads"}),
    "download": ("download", {"method": "GET", "path": "/big.bin"}),
    "copy": ("copy", {"method": "PUT", "path": "/copies/"}),
    "delete": ("delete", {"method": "POST", "query": "delete"}),
    "listing": ("listing", {"method": "GET", "query": "list-type"}),
    "settings": ("settings", {"method": "PUT", "query": "cors"}),
}


def cell(bench: Bench, fault: FaultClass, column: str) -> str:
    operation, target = OPERATIONS[column]
    retries: list[RetryEvent] = []
    problems: list[str] = []
    with FaultProxy(bench.server["endpoint"], hold_timeout=10.0) as proxy:
        client = bench.client(proxy, retries)
        fault.arm(proxy, dict(target))
        try:
            getattr(bench, operation)(client, retries.append, problems)
        except S3Error as exc:
            shown = outcome_of(exc)
        except RuntimeError as exc:   # an end state the operation must never leave
            shown = f"**{exc}**"
        else:
            count = len(retries)
            shown = f"ok, {count} retr{'y' if count == 1 else 'ies'}" if count else "ok"
    return "; ".join([shown] + [f"**{p}**" for p in problems])


def outcome_of(exc: S3Error) -> str:
    if isinstance(exc, ServiceError):
        rid = "request id shown" if exc.request_id else "**no request id**"
        return f"error {exc.code} (HTTP {exc.status}), {rid}"
    if isinstance(exc, NetworkError):
        return "error NetworkError"
    return f"error {type(exc).__name__}"


@contextlib.contextmanager
def server() -> Iterator[dict[str, str]]:
    env = os.environ
    if env.get("SPACESGUI_TEST_ENDPOINT"):
        yield {"endpoint": env["SPACESGUI_TEST_ENDPOINT"].rstrip("/"),
               "region": env["SPACESGUI_TEST_REGION"],
               "access_key": env["SPACESGUI_TEST_ACCESS_KEY"],
               "secret_key": env["SPACESGUI_TEST_SECRET_KEY"]}
        return
    from tests.servers.rgw import TESTER, RgwCluster
    cluster = RgwCluster()
    cluster.start()
    try:
        yield {"endpoint": cluster.endpoint, "region": cluster.region,
               "access_key": TESTER.access_key, "secret_key": TESTER.secret_key}
    finally:
        cluster.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default=",".join(OPERATIONS),
                        help="operation columns, comma-separated")
    args = parser.parse_args()
    columns = [c for c in args.only.split(",") if c]
    logging.getLogger().addHandler(logging.NullHandler())   # failures are in the table
    with server() as srv, tempfile.TemporaryDirectory(prefix="faults-bench-") as tmp:
        bench = Bench(srv, Path(tmp))
        rows: list[list[str]] = []
        for fault in FAULTS:
            rows.append([fault.name] + [cell(bench, fault, c) for c in columns])
            print(f"done: {fault.name}", file=sys.stderr)
    print("| fault | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
