"""What the transfer queue shows and saves: job snapshots, totals, and the JSON state file.

The file holds no secret (account ids, buckets, keys, local paths, states) and is replaced
atomically, so a crash mid-write leaves the previous queue, never half of one.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from spacesgui.states import JobKind, JobState
from spacesgui.workers.transfer_jobs import JobSpec, Unit

log = logging.getLogger(__name__)

FORMAT = 1


@dataclass(frozen=True, slots=True)
class TransferJob:
    """A snapshot of one job for the panel (values, never live objects)."""

    id: int
    kind: JobKind
    title: str
    state: JobState
    done_bytes: int
    total_bytes: int | None
    speed: float                  # bytes (or items) per second, over the last ~3 s
    eta: float | None             # seconds; None when unknown
    error: BaseException | None
    account_id: str
    bucket: str
    key: str                      # key or prefix; for copy/move/delete the first item
    path: str
    unit: Unit                    # "bytes", or "items" for deletes
    spec: JobSpec
    pace: float | None = None     # requests/s allowed after the server last said SlowDown


@dataclass(frozen=True, slots=True)
class Totals:
    """The whole queue at a glance (jobs counted in bytes only for the byte figures)."""

    done_bytes: int
    total_bytes: int
    speed: float
    eta: float | None
    counts: Mapping[JobState, int]   # a state not in it counts zero


@dataclass(frozen=True, slots=True)
class SavedJob:
    spec: JobSpec
    state: JobState
    done: int
    total: int | None
    error: str | None

    @property
    def failed(self) -> bool:
        return self.state == JobState.FAILED


def encode_state(jobs: list[SavedJob]) -> bytes:
    return json.dumps({"version": FORMAT, "jobs": [
        {"spec": j.spec.to_json(), "state": str(j.state), "done": j.done, "total": j.total,
         "error": j.error} for j in jobs]}, indent=1).encode()


def read_state(path: Path) -> list[SavedJob]:
    """The saved jobs; a missing file is an empty queue, a damaged one is logged and skipped."""
    try:
        raw = json.loads(path.read_bytes())
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.warning("cannot read the saved transfer queue %s: %s", path, exc)
        return []
    entries = raw.get("jobs", []) if isinstance(raw, dict) else []
    found = []
    for entry in entries:
        try:
            spec = JobSpec.from_json(entry.get("spec"))
            state = JobState(entry.get("state"))
        except (ValueError, TypeError, AttributeError) as exc:
            log.warning("skipping a saved transfer: %s", exc)
            continue
        done, total, error = entry.get("done"), entry.get("total"), entry.get("error")
        found.append(SavedJob(
            spec, state,
            done if isinstance(done, int) and done >= 0 else 0,
            total if isinstance(total, int) and total >= 0 else None,
            error if isinstance(error, str) else None))
    return found

