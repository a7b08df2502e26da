"""The app-wide request budget: pacing, halving on SlowDown, growing back; a fake clock only."""

from __future__ import annotations

import math

import pytest

from spacesgui.s3 import pacing
from spacesgui.s3.cancel import CancelToken
from spacesgui.s3.errors import Cancelled
from spacesgui.s3.pacing import Budget, Pacing


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def run(budget: Budget, clock: Clock, seconds: float, *, refuse_above: float | None = None,
        ) -> tuple[int, int]:
    """Drive `budget` for `seconds` with requests that end at once; a server refusing above
    `refuse_above` requests/s (a token bucket one second deep). Returns (sent, refused)."""
    end = clock.now + seconds
    tokens = refuse_above or 0.0
    last = clock.now
    sent = refused = 0
    while clock.now < end:
        delay = budget.try_take(clock.now)
        if delay > 0:
            assert math.isfinite(delay)
            clock.now += delay
            continue
        if refuse_above is not None:
            tokens = min(refuse_above, tokens + (clock.now - last) * refuse_above)
            last = clock.now
        throttled = refuse_above is not None and tokens < 1
        if not throttled:
            tokens -= 1
        sent += 1
        refused += throttled
        budget.release(sent_at=clock.now, now=clock.now,
                       outcome="throttled" if throttled else "answered")
    return sent, refused


def take(budget: Budget, clock: Clock) -> float:
    """Wait (on the fake clock) for a permit; the time it was taken."""
    while (delay := budget.try_take(clock.now)) > 0:
        clock.now += delay
    return clock.now


def test_paces_requests_to_the_rate_with_a_short_burst() -> None:
    clock = Clock()
    budget = Budget(100.0, clock=clock)
    sent, refused = run(budget, clock, 10.0)
    assert refused == 0
    assert 100 * 10 <= sent <= 100 * 10 + 100 * pacing.BURST_SECONDS + 1


def test_concurrency_caps_requests_in_flight_and_a_release_frees_a_place() -> None:
    clock = Clock()
    budget = Budget(1000.0, concurrency=2, clock=clock)
    assert budget.try_take(clock.now) == 0.0
    assert budget.try_take(clock.now) == 0.0
    assert budget.try_take(clock.now) == math.inf
    budget.release(sent_at=clock.now, now=clock.now, outcome="answered")
    assert budget.try_take(clock.now) == 0.0


def test_slow_down_halves_rate_and_concurrency_once_per_episode() -> None:
    clock = Clock()
    budget = Budget(800.0, concurrency=16, clock=clock)
    run(budget, clock, 2.0)     # sending at the full rate
    sent_at = [take(budget, clock) for _ in range(16)]
    budget.release(sent_at=sent_at[0], now=clock.now, outcome="throttled")
    assert budget.rate == pytest.approx(400.0, rel=0.02)
    assert (budget.concurrency, budget.cuts) == (8, 1)
    # The other requests were sent before the cut: their SlowDowns do not cut again.
    for when in sent_at[1:]:
        budget.release(sent_at=when, now=clock.now, outcome="throttled")
    assert budget.rate == pytest.approx(400.0, rel=0.02)
    assert (budget.concurrency, budget.cuts) == (8, 1)
    # Nor does one sent just after the cut, while the server still counts the excess.
    budget.release(sent_at=take(budget, clock), now=clock.now, outcome="throttled")
    assert budget.cuts == 1
    # A request sent a while after the cut and refused again halves again.
    run(budget, clock, 1.0)
    assert budget.try_take(clock.now) == 0.0
    budget.release(sent_at=clock.now, now=clock.now, outcome="throttled")
    assert budget.rate == budget.ceiling / 2 < 300     # half of what was accepted meanwhile
    # Alone in flight when refused: the width halves from what was used, down to the floor.
    assert (budget.concurrency, budget.cuts) == (pacing.MIN_CONCURRENCY, 2)
    assert budget.pace().throttled


def test_rate_never_falls_below_the_floor() -> None:
    clock = Clock()
    budget = Budget(10.0, clock=clock)
    for _ in range(20):
        clock.now += 10
        assert budget.try_take(clock.now) == 0.0
        budget.release(sent_at=clock.now, now=clock.now, outcome="throttled")
    assert budget.rate == pacing.MIN_RATE
    assert budget.concurrency == pacing.MIN_CONCURRENCY


def test_an_unused_allowance_is_not_what_gets_halved() -> None:
    clock = Clock()
    budget = Budget(5000.0, clock=clock)
    for _ in range(30):        # 30 requests/s, far below what is allowed
        clock.now += 1 / 30
        budget.try_take(clock.now)
        budget.release(sent_at=clock.now, now=clock.now, outcome="answered")
    budget.try_take(clock.now)
    budget.release(sent_at=clock.now, now=clock.now, outcome="throttled")
    assert budget.ceiling == pytest.approx(30, abs=2)
    assert budget.rate == pytest.approx(15, abs=1)


def test_grows_back_fast_below_the_refused_rate_then_slowly() -> None:
    clock = Clock()
    budget = Budget(800.0, clock=clock)
    run(budget, clock, 1.0)
    budget.try_take(clock.now)
    budget.release(sent_at=clock.now, now=clock.now, outcome="throttled")
    assert budget.rate == pytest.approx(400.0, rel=0.02)
    run(budget, clock, 6.0)
    assert budget.rate > 700                           # most of the way back within seconds
    assert budget.concurrency == pacing.CONCURRENCY    # and the width too


def test_at_the_refused_rate_it_only_probes_a_few_percent_a_second() -> None:
    clock = Clock()
    budget = Budget(5000.0, clock=clock)
    run(budget, clock, 2.0, refuse_above=100.0)    # learns a ceiling near 100
    assert 90 <= budget.ceiling <= 110
    run(budget, clock, 4.0)                         # the server's limit is gone
    before = budget.rate
    assert before >= budget.ceiling * pacing.NEAR_CEILING
    run(budget, clock, 1.0)
    assert before < budget.rate <= before * (1 + 2 * pacing.PROBE)


def test_probing_speeds_up_while_no_slow_down_comes() -> None:
    clock = Clock()
    budget = Budget(5000.0, clock=clock)
    run(budget, clock, 2.0, refuse_above=10.0)      # a ceiling learnt while sending little
    run(budget, clock, 30.0)
    assert budget.rate > 100                        # within half a minute, ten times that


def test_no_growth_while_idle() -> None:
    clock = Clock()
    budget = Budget(800.0, clock=clock)
    run(budget, clock, 1.0)
    budget.try_take(clock.now)
    budget.release(sent_at=clock.now, now=clock.now, outcome="throttled")
    clock.now += 3600
    budget.try_take(clock.now)
    budget.release(sent_at=clock.now, now=clock.now, outcome="answered")
    # One success after an hour counts as at most one second of growth.
    assert budget.rate < 400 + (760 - 400) * pacing.RECOVERY + 1


@pytest.mark.parametrize(("start", "limit"), [(800.0, 50.0), (800.0, 300.0), (5000.0, 50.0)])
def test_against_a_server_limit_few_refusals_and_most_of_the_rate(start: float,
                                                                  limit: float) -> None:
    clock = Clock()
    budget = Budget(start, clock=clock)
    sent, refused = run(budget, clock, 120.0, refuse_above=limit)
    achieved = (sent - refused) / 120.0
    assert refused / sent < 0.05
    assert achieved >= 0.8 * limit


def test_pacing_keys_budgets_by_endpoint_and_bucket() -> None:
    clock = Clock()
    shared = Pacing(clock=clock)
    assert shared.budget("Host:1", "a") is shared.budget("host:1", "a")
    assert shared.budget("host:1", "a") is not shared.budget("host:1", "b")
    spaces = "nyc3.digitaloceanspaces.com"
    assert shared.budget(spaces, None).rate == pacing.ENDPOINT_RATE
    assert shared.budget(spaces, "a").rate == pacing.BUCKET_RATE
    assert shared.budget("host:1", "a").rate == pacing.OTHER_RATE


def test_a_throttled_permit_cuts_the_bucket_and_spares_the_endpoint() -> None:
    clock = Clock()
    shared = Pacing(clock=clock)
    host = "nyc3.digitaloceanspaces.com"
    run(shared.budget(host, "a"), clock, 1.0)
    with shared.permit(host, "a") as permit:
        permit.answer(503)
    assert shared.budget(host, "a").rate == pytest.approx(pacing.BUCKET_RATE / 2, rel=0.02)
    assert shared.budget(host, None).rate == pacing.ENDPOINT_RATE
    pace = permit.pace()
    assert pace is not None and pace.rate == shared.budget(host, "a").rate
    assert shared.budget(host, "a").in_flight == 0
    assert shared.budget(host, None).in_flight == 0


def test_disabled_pacing_takes_nothing() -> None:
    shared = Pacing(enabled=False)
    with shared.permit("host:1", "a") as permit:
        permit.answer(503)
    assert permit.pace() is None
    assert shared.budget("host:1", "a").cuts == 0


def test_a_cancelled_wait_raises_and_holds_nothing() -> None:
    clock = Clock()
    budget = Budget(10.0, concurrency=1, clock=clock)
    budget.try_take(clock.now)
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        budget.acquire(cancel)
    assert budget.in_flight == 1


def test_an_unanswered_request_neither_cuts_nor_counts_as_accepted() -> None:
    clock = Clock()
    budget = Budget(100.0, clock=clock)
    for _ in range(50):
        budget.release(sent_at=take(budget, clock), now=clock.now, outcome="unanswered")
    assert budget.in_flight == 0 and budget.cuts == 0
    budget.release(sent_at=take(budget, clock), now=clock.now, outcome="throttled")
    assert budget.ceiling == 100.0      # nothing was accepted: the allowed rate is halved
    assert budget.rate == 50.0


def test_the_record_of_accepted_requests_stays_bounded() -> None:
    clock = Clock()
    budget = Budget(100.0, clock=clock)
    run(budget, clock, 60.0)
    assert len(budget._accepted) <= 2 * 100 + 1
