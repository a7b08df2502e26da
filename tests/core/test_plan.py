"""Part sizing: at least 5 MiB, at most 10,000 parts, 5 TiB the ceiling, 5 GiB per PUT."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.transfer.common import GiB, MiB, TransferConfig
from spacesgui.s3.transfer.plan import MAX_OBJECT_SIZE, choose_part_size, plan_upload

TiB = 1024 * GiB
CONFIG = TransferConfig(multipart_threshold=16 * MiB, part_size=16 * MiB)


@pytest.mark.parametrize(("size", "multipart"), [
    (0, False), (1, False), (16 * MiB - 1, False), (16 * MiB, True), (16 * MiB + 1, True)])
def test_threshold_decides(size: int, multipart: bool) -> None:
    plan = plan_upload(size, CONFIG)
    assert plan.multipart is multipart
    assert plan.part_count == (0 if not multipart else -(-size // (16 * MiB)))


def test_five_tib_fits_in_ten_thousand_parts() -> None:
    plan = plan_upload(5 * TiB, CONFIG)
    assert plan.multipart and plan.part_count <= 10_000
    assert plan.part_size % MiB == 0 and plan.part_size * plan.part_count >= 5 * TiB
    assert plan.part_size == 525 * MiB  # 5 TiB / 10,000 = 524.29 MiB, rounded up to MiB
    last_offset, last_length = plan.part_range(plan.part_count)
    assert last_offset + last_length == 5 * TiB and 0 < last_length <= plan.part_size


def test_limits_are_refused_before_any_request() -> None:
    with pytest.raises(InvalidInput, match="5 TiB"):
        plan_upload(MAX_OBJECT_SIZE + 1, CONFIG)
    with pytest.raises(InvalidInput, match="single PUT"):
        plan_upload(5 * GiB + 1, CONFIG, single=True)
    with pytest.raises(InvalidInput):
        plan_upload(-1, CONFIG)
    assert not plan_upload(5 * GiB, CONFIG, single=True).multipart


def test_big_file_goes_in_parts_whatever_the_threshold() -> None:
    lazy = TransferConfig(multipart_threshold=100 * GiB)
    assert plan_upload(5 * GiB + 1, lazy).multipart
    assert not plan_upload(5 * GiB, lazy).multipart


def test_small_part_size_is_raised_to_the_minimum() -> None:
    plan = plan_upload(20 * MiB, TransferConfig(multipart_threshold=1, part_size=1 * MiB))
    assert plan.part_size == 5 * MiB and plan.part_count == 4
    assert plan.part_range(4) == (15 * MiB, 5 * MiB)
    with pytest.raises(InvalidInput):
        plan.part_range(5)
    with pytest.raises(InvalidInput):
        plan.part_range(0)


def test_forced_parts_and_empty_files() -> None:
    assert plan_upload(1, CONFIG, single=False).part_count == 1
    assert not plan_upload(0, CONFIG, single=False).multipart  # an empty upload has no part


@given(size=st.integers(min_value=1, max_value=MAX_OBJECT_SIZE),
       preferred=st.integers(min_value=0, max_value=6 * GiB))
def test_parts_cover_the_file_within_limits(size: int, preferred: int) -> None:
    part = choose_part_size(size, preferred)
    count = -(-size // part)
    assert 5 * MiB <= part <= 5 * GiB
    assert count <= 10_000
    assert part >= min(max(preferred, 5 * MiB), 5 * GiB)
    plan = plan_upload(size, TransferConfig(multipart_threshold=1, part_size=preferred))
    ranges = [plan.part_range(n) for n in (1, plan.part_count)]
    assert ranges[0][0] == 0 and ranges[-1][0] + ranges[-1][1] == size
    assert all(length >= 1 for _, length in ranges)
