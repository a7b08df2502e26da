"""An S3 endpoint given by the environment (e.g. a real Spaces region); nothing is started.

SPACESGUI_TEST_ENDPOINT, SPACESGUI_TEST_REGION, SPACESGUI_TEST_ACCESS_KEY and
SPACESGUI_TEST_SECRET_KEY are required; SPACESGUI_TEST_OTHER_ACCESS_KEY/_SECRET_KEY (a second
user) and SPACESGUI_TEST_CA_BUNDLE are optional. Every bucket the suite creates there starts
with a per-session prefix, and the session deletes whatever is left with that prefix.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Mapping
from urllib.parse import urlsplit

import pytest

from tests.servers import BotoClient, ServerInfo, empty_and_delete, lacking_features

log = logging.getLogger(__name__)

REQUIRED = ("SPACESGUI_TEST_ENDPOINT", "SPACESGUI_TEST_REGION", "SPACESGUI_TEST_ACCESS_KEY",
            "SPACESGUI_TEST_SECRET_KEY")


def external_from_env(env: Mapping[str, str] = os.environ) -> ServerInfo:
    missing = [name for name in REQUIRED if not env.get(name)]
    if missing:
        raise pytest.UsageError(f"SPACESGUI_TEST_ENDPOINT is set but {', '.join(missing)} not")
    endpoint = env["SPACESGUI_TEST_ENDPOINT"].rstrip("/")
    host = urlsplit(endpoint).hostname
    return ServerInfo(
        kind="external",
        endpoint=endpoint,
        region=env["SPACESGUI_TEST_REGION"],
        access_key=env["SPACESGUI_TEST_ACCESS_KEY"],
        secret_key=env["SPACESGUI_TEST_SECRET_KEY"],
        tls_endpoint=endpoint if endpoint.startswith("https://") else None,
        ca_bundle=env.get("SPACESGUI_TEST_CA_BUNDLE") or None,
        other_access_key=env.get("SPACESGUI_TEST_OTHER_ACCESS_KEY") or None,
        other_secret_key=env.get("SPACESGUI_TEST_OTHER_SECRET_KEY") or None,
        host_for_virtual=host,  # Spaces: <bucket>.<region>.digitaloceanspaces.com
        bucket_prefix=f"sgt-{secrets.token_hex(3)}-",
        lacking=lacking_features("external", env),
    )


def sweep(client: BotoClient, prefix: str) -> list[str]:
    """Delete every bucket starting with this session's prefix; returns the names found."""
    leftovers = [b["Name"] for b in client.list_buckets().get("Buckets", [])
                 if b["Name"].startswith(prefix)]
    for name in leftovers:
        log.warning("deleting leftover test bucket %s", name)
        empty_and_delete(client, name)
    return leftovers
