"""Walk every object under a prefix, one listing page at a time, pausable and cancellable."""

from __future__ import annotations

from collections.abc import Iterator

from spacesgui.s3.client import S3Client
from spacesgui.s3.models.listing import ObjectPage, ObjectSummary
from spacesgui.s3.transfer.common import SlotPool, TransferControl


def iter_pages(client: S3Client, *, bucket: str, prefix: str, control: TransferControl,
               slots: SlotPool, page_size: int = 1000) -> Iterator[ObjectPage]:
    """Flat listing pages (no delimiter); each request waits for a slot and honours pause."""
    token: str | None = None
    while True:
        control.checkpoint()
        with slots.slot(control.cancel):
            page = client.list_objects_page(bucket=bucket, prefix=prefix, delimiter="",
                                            token=token, max_keys=page_size,
                                            cancel=control.cancel)
        yield page
        token = page.next_token
        if token is None:
            return


def iter_objects(client: S3Client, *, bucket: str, prefix: str, control: TransferControl,
                 slots: SlotPool, page_size: int = 1000) -> Iterator[ObjectSummary]:
    for page in iter_pages(client, bucket=bucket, prefix=prefix, control=control, slots=slots,
                           page_size=page_size):
        yield from page.objects
