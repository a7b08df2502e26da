"""Suite-wide fixtures: the real S3 server (Ceph RGW, moto fallback or external) and buckets.

Fixture API (see tests/servers/__init__.py for ServerInfo and the helpers):
  s3_server (session)      ServerInfo for the running server
  boto_client (session)    boto3 S3 client as user "tester", path-style, checksums when_required
  other_client (session)   the same as user "other" (mark the test needs("other-user"))
  make_client (session)    make(endpoint=None, *, user="tester", tls=False, cls=S3Client,
                           **settings) -> our S3Client on the server, path-style
  client (func)            make_client(): our S3Client as "tester"
  proxy (func)             a FaultProxy in front of the server
  bucket_factory (func)    make(label="", **create_bucket_kwargs) -> name; all emptied + deleted
  bucket (func)            one fresh bucket's name
  @pytest.mark.needs("feature", ...)  strict xfail on a server lacking a feature (FEATURES):
                           the one way to mark what a server cannot do
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from typing import Any, Literal

import pytest

# Before any Qt import: a plain `pytest` run must not try to open a display (run.sh sets it
# too), or Qt aborts the whole session.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from spacesgui.s3 import S3Client
from tests.faultproxy import FaultProxy
from tests.servers import (
    FEATURES,
    BotoClient,
    ClientFactory,
    ServerInfo,
    empty_and_delete,
    lacking_features,
    make_boto_client,
    planned_kind,
    require,
    unique_bucket_name,
)

log = logging.getLogger(__name__)

_PHASE_REPORTS = pytest.StashKey[dict[str, pytest.TestReport]]()
_SERVER_STATS = pytest.StashKey[dict[str, Any]]()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "needs(*features, raises=None): the test needs these S3 server features (tests/servers "
        "FEATURES); on a server lacking one it runs as a strict xfail, failing with `raises` "
        "if given")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    kind = planned_kind()
    lacking = lacking_features(kind)
    for item in items:
        if "s3_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.integration)
        for mark in item.iter_markers("needs"):
            for feature in mark.args:
                if feature not in FEATURES:
                    raise pytest.UsageError(f"{item.nodeid}: unknown feature {feature!r}; "
                                            f"known: {', '.join(sorted(FEATURES))}")
                if feature in lacking:
                    item.add_marker(pytest.mark.xfail(
                        reason=f"{kind} lacks {feature}: {lacking[feature]}", strict=True,
                        raises=mark.kwargs.get("raises")))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield  # kept so fixtures can tell whether their test failed
    item.stash.setdefault(_PHASE_REPORTS, {})[report.when] = report
    return report


def _test_failed(node: pytest.Item) -> bool:
    reports = node.stash.get(_PHASE_REPORTS, {})
    return any(r.failed for r in reports.values())


@pytest.fixture(autouse=True)
def _no_payload_check_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    # A connection check remembers which upload hash its server verifies, for the process;
    # every test starts from not knowing, as a fresh app does.
    from spacesgui.s3.transfer import integrity
    monkeypatch.setattr(integrity, "_known", {})


@pytest.fixture(scope="session")
def s3_server(request: pytest.FixtureRequest) -> Iterator[ServerInfo]:
    kind = planned_kind()
    stats: dict[str, Any] = {"kind": kind}
    request.config.stash[_SERVER_STATS] = stats
    if kind == "external":
        from tests.servers.external import external_from_env, sweep

        info = external_from_env()
        stats["endpoint"] = info.endpoint
        yield info
        leftovers = sweep(make_boto_client(info), info.bucket_prefix)
        stats["leftover_buckets"] = leftovers
        return
    if kind == "rgw":
        from tests.servers.rgw import OTHER, TESTER, WEBSITE_HOST, RgwCluster, stop_stale_clusters

        stop_stale_clusters()
        cluster = RgwCluster()
        cluster.start()
        stats.update(endpoint=cluster.endpoint, timings=cluster.timings)
        try:
            yield ServerInfo(
                kind="rgw", endpoint=cluster.endpoint, region=cluster.region,
                access_key=TESTER.access_key, secret_key=TESTER.secret_key,
                tls_endpoint=cluster.tls_endpoint, ca_bundle=cluster.ca_bundle,
                other_access_key=OTHER.access_key, other_secret_key=OTHER.secret_key,
                admin=cluster.admin, host_for_virtual="localhost", website_host=WEBSITE_HOST,
                lacking=lacking_features("rgw"))
            stats["rss"] = cluster.rss_bytes()
        finally:
            cluster.stop()
        return
    from tests.servers.moto_server import ACCESS_KEY, SECRET_KEY, MotoServer

    moto = MotoServer()
    moto.start()
    stats.update(endpoint=moto.endpoint, timings=moto.timings)
    try:
        yield ServerInfo(kind="moto", endpoint=moto.endpoint, region="nyc3",
                         access_key=ACCESS_KEY, secret_key=SECRET_KEY,
                         lacking=lacking_features("moto"))
    finally:
        moto.stop()


@pytest.fixture(scope="session")
def boto_client(s3_server: ServerInfo) -> BotoClient:
    return make_boto_client(s3_server)


@pytest.fixture(scope="session")
def other_client(s3_server: ServerInfo) -> BotoClient:
    return make_boto_client(s3_server, user="other")


@pytest.fixture(scope="session")
def make_client(s3_server: ServerInfo) -> ClientFactory:
    """Our client on the suite's server: path-style, as "tester", unless told otherwise.

    `endpoint` puts something (a FaultProxy, a stub) in front of the server; `tls` uses its
    HTTPS endpoint and CA bundle; `settings` go to the constructor (retry=, clock=, signature=,
    addressing=, timeouts=, access_key=, secret_key=...); `cls` builds a subclass.
    """
    def make(endpoint: str | None = None, *, user: Literal["tester", "other"] = "tester",
             tls: bool = False, cls: type[S3Client] = S3Client, **settings: Any) -> S3Client:
        if user == "other":
            require(s3_server, "other-user")
            settings.setdefault("access_key", s3_server.other_access_key)
            settings.setdefault("secret_key", s3_server.other_secret_key)
        if tls:
            require(s3_server, "tls")
            endpoint = endpoint or s3_server.tls_endpoint
            settings.setdefault("verify", s3_server.ca_bundle or True)
        settings.setdefault("access_key", s3_server.access_key)
        settings.setdefault("secret_key", s3_server.secret_key)
        settings.setdefault("addressing", "path")
        return cls(endpoint=endpoint or s3_server.endpoint, region=s3_server.region, **settings)

    return make


@pytest.fixture
def client(make_client: ClientFactory) -> S3Client:
    return make_client()


@pytest.fixture
def proxy(s3_server: ServerInfo) -> Iterator[FaultProxy]:
    with FaultProxy(s3_server.endpoint) as running:
        yield running


@pytest.fixture
def bucket_factory(request: pytest.FixtureRequest, s3_server: ServerInfo,
                   boto_client: BotoClient) -> Iterator[Callable[..., str]]:
    created: list[str] = []

    def make(label: str = "", **create_kwargs: Any) -> str:
        name = unique_bucket_name(s3_server.bucket_prefix, f"{request.node.name}-{label}")
        if s3_server.region != "us-east-1" and "CreateBucketConfiguration" not in create_kwargs:
            create_kwargs["CreateBucketConfiguration"] = {"LocationConstraint": s3_server.region}
        boto_client.create_bucket(Bucket=name, **create_kwargs)
        created.append(name)
        return name

    yield make
    problems = []
    for name in reversed(created):
        try:
            empty_and_delete(boto_client, name)
        except Exception as exc:
            log.exception("could not clean up bucket %s", name)
            problems.append(f"{name}: {exc!r}")
    # A leak is an error of its own, but must not bury the failure that may have caused it.
    if problems and not _test_failed(request.node):
        pytest.fail("bucket clean-up failed: " + "; ".join(problems), pytrace=False)


@pytest.fixture
def bucket(bucket_factory: Callable[..., str]) -> str:
    return bucket_factory()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    stats = terminalreporter.config.stash.get(_SERVER_STATS, None)
    if not stats:
        return
    parts = [f"S3 test server: {stats['kind']} at {stats.get('endpoint', '?')}"]
    timings = stats.get("timings") or {}
    if "radosgw" in timings:
        parts.append(f"up in {timings['radosgw']:.2f} s")
    elif "start" in timings:
        parts.append(f"up in {timings['start']:.2f} s")
    if "stop" in timings:
        parts.append(f"stopped in {timings['stop']:.2f} s")
    if stats.get("rss"):
        rss = stats["rss"]
        detail = ", ".join(f"{k} {v / 2**20:.0f}" for k, v in rss.items())
        parts.append(f"daemon RSS at end {sum(rss.values()) / 2**20:.0f} MiB ({detail})")
    if stats.get("leftover_buckets"):
        parts.append(f"deleted leftover buckets {stats['leftover_buckets']}")
    terminalreporter.write_line("; ".join(parts))
