"""Run one upload_file in a separate process, so a test can SIGKILL it mid-upload.

    python -m tests.integration.helpers.upload_child ENDPOINT REGION BUCKET KEY PATH JOURNAL_DIR
        [--part-size BYTES] [--in-flight N]

Credentials come from SPACESGUI_CHILD_ACCESS_KEY / SPACESGUI_CHILD_SECRET_KEY (never argv).
Prints "done <etag>" on success.
"""

from __future__ import annotations

import argparse
import os
import sys

from spacesgui.s3.client import S3Client
from spacesgui.s3.transfer.common import TransferConfig
from spacesgui.s3.transfer.journal import UploadJournal
from spacesgui.s3.transfer.upload import upload_file


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    for name in ("endpoint", "region", "bucket", "key", "path", "journal"):
        parser.add_argument(name)
    parser.add_argument("--part-size", type=int, default=5 * 1024 * 1024)
    parser.add_argument("--in-flight", type=int, default=2)
    args = parser.parse_args(argv)
    client = S3Client(endpoint=args.endpoint, region=args.region, addressing="path",
                      access_key=os.environ["SPACESGUI_CHILD_ACCESS_KEY"],
                      secret_key=os.environ["SPACESGUI_CHILD_SECRET_KEY"])
    config = TransferConfig(multipart_threshold=args.part_size, part_size=args.part_size,
                            parts_in_flight=args.in_flight)
    result = upload_file(client, bucket=args.bucket, key=args.key, path=args.path,
                         config=config, journal=UploadJournal(args.journal))
    print(f"done {result.etag}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
