"""Fixtures for the bucket-settings pages: a page context over the suite's server and bucket."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import pytest

from spacesgui.config import Account
from spacesgui.s3.client import S3Client
from spacesgui.ui.bucket_settings.base import BucketContext
from spacesgui.workers.tasks import TaskRunner
from tests.servers import ClientFactory, ServerInfo

ContextFactory = Callable[..., BucketContext]


@pytest.fixture
def settings_context(s3_server: ServerInfo, make_client: ClientFactory,
                     runner: TaskRunner) -> ContextFactory:
    """make(bucket, user="tester"|"other", client=None) -> the context a page is built with."""
    def make(bucket: str, *, user: Literal["tester", "other"] = "tester",
             client: S3Client | None = None
             ) -> BucketContext:
        chosen = client if client is not None else make_client(user=user)
        account = Account(id=f"rgw-{user}", name=f"RGW ({user})", provider="s3",
                          region=s3_server.region, endpoint=s3_server.endpoint,
                          addressing="path")
        return BucketContext(account=account, bucket=bucket, client=lambda: chosen,
                             runner=runner)
    return make
