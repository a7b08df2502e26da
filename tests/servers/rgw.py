"""A throwaway one-node Ceph cluster (mon + osd + radosgw) on 127.0.0.1 for the test suite.

DigitalOcean Spaces runs on Ceph RGW, so the suite talks to the real thing. Every setting and
step below was measured on Ceph 16.2 on this kind of machine (a start-up of a few seconds, a
small footprint, lifecycle and garbage collection in seconds rather than days): change one only
after measuring again. Nothing here touches /etc/ceph or /var/lib/ceph; everything lives in one
data dir, and only daemons whose command line names that dir's ceph.conf are ever signalled.
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tests.servers import ensure_free, pick_free_port

log = logging.getLogger(__name__)

DATA_DIR_PREFIX = "spacesgui-rgw-"
RGW_NAME = "client.rgw.a"
RGW_STOP_GRACE = 5.0  # radosgw needs 7-20 s to exit on TERM and keeps no state of its own
DAEMON_STOP_GRACE = 30.0  # mon/osd stop in 0-3 s; memstore writes its RAM to disk on TERM
# Host: <bucket>.<this> on the S3 port is the bucket's website (index and error documents,
# routing rules), not the S3 API. Under .localhost, so it can never be a real name.
WEBSITE_HOST = "s3-website.localhost"


@dataclass(frozen=True)
class RgwUser:
    uid: str
    access_key: str
    secret_key: str


TESTER = RgwUser("tester", "SPACESGUITESTER00001", "spacesgui-test-secret-tester-000000000001")
OTHER = RgwUser("other", "SPACESGUIOTHER000002", "spacesgui-test-secret-other-0000000000002")


class RgwError(RuntimeError):
    """The cluster could not be started or a ceph tool failed."""


def radosgw_available() -> bool:
    return all(shutil.which(tool) for tool in ("radosgw", "radosgw-admin", "ceph-mon", "ceph-osd",
                                               "ceph", "monmaptool", "openssl"))


def _ceph_env() -> dict[str, str]:
    # The ceph CLI is Debian's /usr/bin/python3 script: keep the venv's Python settings away.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("CEPH_", "PYTHON")) and k != "VIRTUAL_ENV"}
    env["LC_ALL"] = "C.UTF-8"
    return env


def _cmdline(pid: int) -> list[str]:
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    return []


def _alive(pid: int) -> bool:
    """Running and not a zombie (stopped daemons linger <defunct> where PID 1 does not reap)."""
    with contextlib.suppress(OSError):
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return False


class RgwCluster:
    """mon.a + osd.0 + client.rgw.a in `data_dir`, serving S3 on 127.0.0.1 over HTTP and HTTPS."""

    def __init__(self, data_dir: Path | None = None, *,
                 store: Literal["memstore", "bluestore"] = "memstore", region: str = "nyc3",
                 port: int | None = None, tls_port: int | None = None,
                 attach: bool = False) -> None:
        """`attach=True` only wraps an existing data dir, e.g. to stop() what runs there."""
        self._own_dir = data_dir is None
        self.dir = Path(data_dir or tempfile.mkdtemp(prefix=DATA_DIR_PREFIX)).resolve()
        if any(c.isspace() for c in str(self.dir)):
            raise RgwError(f"rgw_frontends cannot take a path with spaces: {self.dir}")
        self.store = store
        self.region = region
        self.conf = self.dir / "ceph.conf"
        self.ca_bundle = str(self.dir / "tls" / "ca.crt")
        self.timings: dict[str, float] = {}
        self._children: list[subprocess.Popen[bytes]] = []
        if attach:
            self.mon_port = self.port = self.tls_port = 0
        else:
            self.mon_port = pick_free_port()
            self.port = port or pick_free_port(exclude={self.mon_port})
            self.tls_port = tls_port or pick_free_port(exclude={self.mon_port, self.port})
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.tls_endpoint = f"https://127.0.0.1:{self.tls_port}"

    def start(self, timeout: float = 60.0) -> None:
        """Create the cluster from nothing; raises RgwError with the relevant log tail."""
        started = time.monotonic()
        ensure_free(self.mon_port, self.port, self.tls_port)
        for sub in ("run", "log", "crash", "mon", "osd", "rgw", "tls"):
            (self.dir / sub).mkdir(parents=True, exist_ok=True)
        (self.dir / "owner.pid").write_text(f"{os.getpid()}\n")  # for stale_clusters()
        self._write_tls()
        fsid = str(uuid.uuid4())
        self._write_conf(fsid)
        self._mark("config+tls", started)
        try:
            self._start_mon(fsid, timeout)
            self._mark("mon", started)
            self._start_osd(timeout)
            self._mark("osd", started)
            for user in (TESTER, OTHER):
                self.admin("user", "create", f"--uid={user.uid}", f"--display-name={user.uid}",
                           f"--access-key={user.access_key}", f"--secret-key={user.secret_key}")
            # The zonegroup's api name becomes the region, so CreateBucket accepts our
            # LocationConstraint; before a first full radosgw-admin init (the user creation
            # above) the modify fails with "failed to init zonegroup".
            self.admin("zonegroup", "modify", "--rgw-zonegroup=default",
                       f"--api-name={self.region}")
            self._mark("users+zonegroup", started)
            self._spawn(RGW_NAME, "radosgw", "-c", str(self.conf), "-n", RGW_NAME, "-f")
            self._wait_http(timeout)
            self._mark("radosgw", started)
        except BaseException:
            self.stop()
            raise
        log.info("RGW up in %.2f s (%s) at %s and %s; phases %s", self.timings["radosgw"],
                 self.store, self.endpoint, self.tls_endpoint, self.timings)

    def stop(self, *, remove: bool | None = None) -> None:
        """Stop exactly this cluster's daemons; removes the data dir if `remove` (default: if
        this object created it). A cluster whose data is discarded gets 1 s per daemon before
        KILL: radosgw takes 4.5-20 s to exit on TERM, and nothing it or memstore would save
        matters then. A kept cluster gets RGW_STOP_GRACE and DAEMON_STOP_GRACE."""
        began = time.monotonic()
        discard = remove if remove is not None else self._own_dir
        self._stop_daemon(RGW_NAME, 1.0 if discard else RGW_STOP_GRACE)
        self._stop_daemon("osd.0", 1.0 if discard else DAEMON_STOP_GRACE)
        self._stop_daemon("mon.a", 1.0 if discard else DAEMON_STOP_GRACE)
        for child in self._children:  # reap our own children so none is left <defunct>
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=1)
            if child.poll() is None:  # its pid file no longer named it: never leave it running
                log.info("%s (pid %d) still running after stop: KILL", child.args[0], child.pid)
                child.kill()
                child.wait()
        self._children.clear()
        self.timings["stop"] = round(time.monotonic() - began, 3)
        log.info("RGW cluster in %s stopped in %.2f s", self.dir, self.timings["stop"])
        if discard:
            shutil.rmtree(self.dir, ignore_errors=True)

    def admin(self, *args: str, timeout: float = 120.0) -> str:
        """Run `radosgw-admin -c CONF ARGS` (e.g. "lc", "process"); returns stdout."""
        return self._run("radosgw-admin", "-c", str(self.conf), *args, timeout=timeout)

    def ceph(self, *args: str, timeout: float = 60.0) -> str:
        return self._run("ceph", "-c", str(self.conf), *args, timeout=timeout)

    def pids(self) -> dict[str, int]:
        """Live daemons of this cluster by name, read from its own run dir."""
        found = {name: self._pid(name) for name in (RGW_NAME, "osd.0", "mon.a")}
        return {name: pid for name, pid in found.items() if pid is not None}

    def pin(self, cpus: set[int]) -> None:
        """Run every daemon thread on `cpus` only (benchmarks: keep the server off the
        client's cores, as a remote server would be). Linux; new threads inherit it."""
        pin_threads(list(self.pids().values()), cpus)

    def rss_bytes(self) -> dict[str, int]:
        rss = {}
        for name, pid in self.pids().items():
            with contextlib.suppress(OSError, StopIteration):
                status = Path(f"/proc/{pid}/status").read_text().splitlines()
                rss[name] = 1024 * int(next(x for x in status if x.startswith("VmRSS:")).split()[1])
        return rss

    def __enter__(self) -> RgwCluster:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _write_tls(self) -> None:
        """A CA and a server cert it signs (SAN localhost, *.localhost, 127.0.0.1)."""
        tls = self.dir / "tls"
        ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        self._run("openssl", "req", "-x509", *ec, "-keyout", str(tls / "ca.key"),
                  "-out", str(tls / "ca.crt"), "-days", "3", "-subj", "/CN=spacesgui test CA",
                  "-addext", "basicConstraints=critical,CA:TRUE",
                  "-addext", "keyUsage=critical,keyCertSign,cRLSign")
        self._run("openssl", "req", *ec, "-keyout", str(tls / "server.key"),
                  "-out", str(tls / "server.csr"), "-subj", "/CN=localhost")
        (tls / "server.ext").write_text(
            "basicConstraints=critical,CA:FALSE\n"
            "keyUsage=critical,digitalSignature,keyEncipherment\n"
            "extendedKeyUsage=serverAuth\n"
            "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
            "subjectAltName=DNS:localhost,DNS:*.localhost,IP:127.0.0.1\n")
        self._run("openssl", "x509", "-req", "-in", str(tls / "server.csr"),
                  "-CA", str(tls / "ca.crt"), "-CAkey", str(tls / "ca.key"), "-CAcreateserial",
                  "-days", "3", "-extfile", str(tls / "server.ext"),
                  "-out", str(tls / "server.crt"))

    def _write_conf(self, fsid: str) -> None:
        d = self.dir
        if self.store == "bluestore":
            store = (f"osd_objectstore = bluestore\nbluestore_block_path = {d}/osd/$id.block.img\n"
                     "bluestore_block_create = true\nbluestore_block_size = 21474836480\n"
                     "bluestore_fsck_on_mount = false\n")
        else:
            store = "osd_objectstore = memstore\nmemstore_device_bytes = 8589934592\n"
        tls = d / "tls"
        self.conf.write_text(f"""[global]
fsid = {fsid}
mon_host = [v2:127.0.0.1:{self.mon_port}]
mon_initial_members = a
public_addr = 127.0.0.1
cluster_addr = 127.0.0.1
ms_bind_msgr1 = false
ms_bind_msgr2 = true
ms_bind_ipv6 = false
auth_cluster_required = none
auth_service_required = none
auth_client_required = none
ms_mon_client_mode = crc
ms_client_mode = crc
client_mount_timeout = 30
run_dir = {d}/run
pid_file = {d}/run/$name.pid
admin_socket = {d}/run/$name.asok
log_file = {d}/log/$name.log
crash_dir = {d}/crash
osd_pool_default_size = 1
osd_pool_default_min_size = 1
mon_allow_pool_size_one = true
mon_warn_on_pool_no_redundancy = false
osd_pool_default_pg_num = 8
osd_pool_default_pgp_num = 8
osd_pool_default_pg_autoscale_mode = off
mon_max_pg_per_osd = 1000
osd_crush_chooseleaf_type = 0
paxos_propose_interval = 0.05
paxos_min_wait = 0.01
mon_data_avail_warn = 1
mon_data_avail_crit = 0
# [global], not the rgw section: radosgw-admin ("lc process") must see the 10 s day too.
rgw_lc_debug_interval = 10

[mon]
mon_data = {d}/mon/$id

[osd]
osd_data = {d}/osd/$id
{store}osd_memory_target = 939524096
osd_op_num_shards = 2
osd_op_num_threads_per_shard = 1
osd_fast_shutdown = false

[{RGW_NAME}]
rgw_frontends = beast endpoint=127.0.0.1:{self.port} ssl_endpoint=127.0.0.1:{self.tls_port} \
ssl_certificate={tls}/server.crt ssl_private_key={tls}/server.key
rgw_data = {d}/rgw
rgw_enable_static_website = true
rgw_dns_name = localhost
# The s3website API is in rgw_enable_apis by default, ranked below s3: only Host names under
# this one reach it, every other request stays the S3 API.
rgw_dns_s3website_name = {WEBSITE_HOST}
rgw_gc_obj_min_wait = 30
rgw_gc_processor_period = 30
""")

    def _start_mon(self, fsid: str, timeout: float) -> None:
        monmap = str(self.dir / "monmap")
        self._run("monmaptool", "--create", "--clobber", "--fsid", fsid,
                  "--addv", "a", f"[v2:127.0.0.1:{self.mon_port}]", monmap)
        self._run("ceph-mon", "-c", str(self.conf), "-i", "a", "--mkfs", "--monmap", monmap)
        self._spawn("mon.a", "ceph-mon", "-c", str(self.conf), "-i", "a", "-f")
        self._poll(lambda: self._quiet_ok("quorum_status"), timeout, "mon.a quorum", "mon.a")

    def _start_osd(self, timeout: float) -> None:
        osd_uuid = str(uuid.uuid4())
        osd_id = self.ceph("osd", "new", osd_uuid).strip()
        if osd_id != "0":
            raise RgwError(f"expected osd id 0, got {osd_id!r}")
        (self.dir / "osd" / "0").mkdir(exist_ok=True)
        self._run("ceph-osd", "-c", str(self.conf), "-i", "0", "--mkfs", "--osd-uuid", osd_uuid,
                  timeout=120)
        self._spawn("osd.0", "ceph-osd", "-c", str(self.conf), "-i", "0", "-f")
        self._poll(lambda: "osd.0 up" in self.ceph("osd", "dump"), timeout, "osd.0 up", "osd.0")

    def _wait_http(self, timeout: float) -> None:
        def answers() -> bool:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
            try:
                conn.request("GET", "/")
                conn.getresponse().read()
                return True
            except OSError:
                return False
            finally:
                conn.close()
        self._poll(answers, timeout, "radosgw answering HTTP", RGW_NAME)

    def _mark(self, phase: str, started: float) -> None:
        self.timings[phase] = round(time.monotonic() - started, 3)

    def _run(self, *cmd: str, timeout: float = 60.0) -> str:
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                                  env=_ceph_env(), check=False, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as exc:
            raise RgwError(f"{' '.join(cmd)} timed out after {timeout} s") from exc
        if done.returncode != 0:
            raise RgwError(f"{' '.join(cmd)} exited {done.returncode}:\n{done.stderr[-4000:]}"
                           f"\n{done.stdout[-2000:]}")
        return done.stdout

    def _quiet_ok(self, *args: str) -> bool:
        with contextlib.suppress(RgwError):
            return bool(self.ceph(*args, "--connect-timeout", "2", timeout=10) or True)
        return False

    def _spawn(self, daemon: str, *cmd: str) -> None:
        """Start a foreground (-f) daemon as our child: we reap it, so it never lingers <defunct>.

        radosgw -f writes no pid file, so write run/DAEMON.pid for every daemon ourselves
        (ceph-mon and ceph-osd rewrite the same PID into it).
        """
        with open(self.dir / "log" / f"{daemon}.out", "ab") as out:
            child = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out,
                                     stderr=subprocess.STDOUT, env=_ceph_env(),
                                     start_new_session=True)  # a terminal ^C must not reach it
        self._children.append(child)
        (self.dir / "run" / f"{daemon}.pid").write_text(f"{child.pid}\n")

    def _poll(self, ready: Callable[[], bool], timeout: float, what: str, daemon: str) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            dead = [c for c in self._children if c.poll() is not None]
            if dead or time.monotonic() > deadline:
                why = f"exited {dead[0].returncode}" if dead else f"not ready after {timeout} s"
                raise RgwError(f"waiting for {what}: {why}\n{self._log_tail(daemon)}")
            time.sleep(0.05)

    def _log_tail(self, daemon: str, lines: int = 30) -> str:
        out = []
        for path in (self.dir / "log" / f"{daemon}.log", self.dir / "log" / f"{daemon}.out"):
            with contextlib.suppress(OSError):
                tail = path.read_text(errors="replace").splitlines()[-lines:]
                out.append(f"--- {path.name} ---\n" + "\n".join(tail))
        return "\n".join(out)

    def _pid(self, name: str) -> int | None:
        """The PID in run/NAME.pid if that process is alive and was started with our conf."""
        try:
            pid = int((self.dir / "run" / f"{name}.pid").read_text().strip())
        except (OSError, ValueError):
            return None
        if not _alive(pid) or str(self.conf) not in _cmdline(pid):
            return None
        return pid

    def _stop_daemon(self, name: str, grace: float) -> None:
        pid = self._pid(name)
        if pid is None:
            return
        began = time.monotonic()
        os.kill(pid, signal.SIGTERM)
        deadline = began + grace
        while _alive(pid) and time.monotonic() < deadline:
            self._reap(pid)
            time.sleep(0.02)
        if _alive(pid) and str(self.conf) in _cmdline(pid):
            log.info("%s (pid %d) still running %.0f s after TERM: KILL", name, pid, grace)
            os.kill(pid, signal.SIGKILL)
            while _alive(pid):
                self._reap(pid)
                time.sleep(0.02)
        self._reap(pid)
        self.timings[f"stop {name}"] = round(time.monotonic() - began, 3)

    def _reap(self, pid: int) -> None:
        for child in (c for c in self._children if c.pid == pid):
            child.poll()


def pin_threads(pids: list[int], cpus: set[int]) -> None:
    """Set the CPU affinity of every thread of `pids` (affinity is per thread on Linux)."""
    for pid in pids:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError):
                os.sched_setaffinity(int(tid), cpus)


def stop_stale_clusters(base: Path | None = None) -> int:
    """Stop and remove clusters left running by a killed test session; returns how many."""
    count = 0
    for path in Path(base or tempfile.gettempdir()).glob(f"{DATA_DIR_PREFIX}*"):
        try:
            owner = int((path / "owner.pid").read_text())
        except (OSError, ValueError):
            continue
        if owner == os.getpid() or _alive(owner):
            continue
        cluster = RgwCluster(path, attach=True)
        if cluster.pids():
            log.warning("stopping RGW cluster in %s left by dead session %d", path, owner)
        cluster.stop(remove=True)
        count += 1
    return count
