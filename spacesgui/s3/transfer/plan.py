"""How a file of a given size is uploaded: one PUT, or how many parts of what size."""

from __future__ import annotations

from dataclasses import dataclass

from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.transfer.common import (
    MAX_PART_SIZE,
    MAX_PARTS,
    MAX_SINGLE_PUT,
    MIN_PART_SIZE,
    MiB,
    TransferConfig,
)

MAX_OBJECT_SIZE = 5 * 1024 * 1024 * MiB   # 5 TiB, S3's and Spaces' ceiling


@dataclass(frozen=True, slots=True)
class UploadPlan:
    """`part_count` is 0 for a single PUT; otherwise every part is `part_size` but the last."""

    size: int
    multipart: bool
    part_size: int
    part_count: int

    def part_range(self, part_number: int) -> tuple[int, int]:
        """(offset, length) of a part, numbered from 1 as S3 numbers them."""
        if not self.multipart or not 1 <= part_number <= self.part_count:
            raise InvalidInput(f"This plan has no part {part_number}")
        offset = (part_number - 1) * self.part_size
        return offset, min(self.part_size, self.size - offset)


def choose_part_size(size: int, preferred: int) -> int:
    """At least `preferred` and 5 MiB, grown in whole MiB until the file fits in 10,000 parts."""
    if size > MAX_OBJECT_SIZE:
        raise InvalidInput(f"An object can be at most 5 TiB; this file is {size:,} bytes")
    part = max(preferred, MIN_PART_SIZE)
    if -(-size // part) > MAX_PARTS:
        needed = -(-size // MAX_PARTS)
        part = -(-needed // MiB) * MiB
    return min(part, MAX_PART_SIZE)


def plan_upload(size: int, config: TransferConfig, *, single: bool | None = None) -> UploadPlan:
    """The plan for `size` bytes. `single=None` lets the threshold decide (a file above 5 GiB
    always goes in parts); `single=True` insists on one PUT; `single=False` on parts."""
    if size < 0:
        raise InvalidInput("A file size cannot be negative")
    if size > MAX_OBJECT_SIZE:
        raise InvalidInput(f"An object can be at most 5 TiB; this file is {size:,} bytes")
    if single is True and size > MAX_SINGLE_PUT:
        raise InvalidInput(f"A single PUT can carry at most 5 GiB; this file is {size:,} bytes, "
                           "so it must be uploaded in parts")
    if single is None:
        single = size == 0 or (size < config.multipart_threshold and size <= MAX_SINGLE_PUT)
    if single or size == 0:
        # An empty multipart upload cannot be completed (a part needs at least one byte).
        return UploadPlan(size=size, multipart=False, part_size=size, part_count=0)
    part_size = choose_part_size(size, config.part_size)
    return UploadPlan(size=size, multipart=True, part_size=part_size,
                      part_count=-(-size // part_size))
