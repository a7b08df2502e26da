"""500 seeded random tricky keys round-trip exactly through put, head, list, get, copy, delete."""

from __future__ import annotations

import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from spacesgui.s3.client import S3Client
from spacesgui.s3.names import key_problems

SEED = 20240611
COUNT = 500
ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_."
SPECIAL = " +%~?#&=;:@,$!*'()[]{}|^`\"<>\\"
UNICODE = ("\u00e9\u00fc\u00df\u00f1\u65e5\u672c\u8a9e\ud55c\uad6d\u0410\u0416\u05d0\u0627"
           "\u00a0\u200b\u0085\x7f\t")
ASTRAL = "\U0001f600\U0001d11e\U0001f004\U00010348\U0001f4c1"
# Keys a path-minded server or HTTP library is most likely to mangle; S3 stores them verbatim.
FIXED = [".", "..", "/", "/lead", "//double", "a/../b", "a/./b", "cr\rkey", "lf\nkey", "%",
         "+ +", "~user", "?", "#", "&=&"]
SEGMENTS = ["//", "/./", "/../", "/.", "/..", "./", "../", "%2F", "%41", "%20", "+", "~"]


def tricky_key(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 8)):
        pick = rng.random()
        if pick < 0.3:
            parts.append("".join(rng.choice(ASCII) for _ in range(rng.randint(1, 6))))
        elif pick < 0.5:
            parts.append("".join(rng.choice(SPECIAL) for _ in range(rng.randint(1, 3))))
        elif pick < 0.65:
            parts.append("".join(rng.choice(UNICODE) for _ in range(rng.randint(1, 4))))
        elif pick < 0.75:
            parts.append(rng.choice(ASTRAL))
        else:
            parts.append(rng.choice(SEGMENTS))
    key = "".join(parts)
    if rng.random() < 0.1:
        key += "/"
    if rng.random() < 0.05:
        key = rng.choice(["..", ".", "./", "../", "/", "//"]) + key
    return key


def long_key(rng: random.Random, target: int) -> str:
    """A key of exactly `target` UTF-8 bytes (<= 1024) with multi-byte text near the end."""
    tail = rng.choice(["\u00e9", "\u65e5", "\U0001f600", "+", "%41", " "])
    head = "long/" + "x" * (target - 5 - len(tail.encode()))
    key = head + tail
    assert len(key.encode()) == target
    return key


def make_keys() -> list[str]:
    rng = random.Random(SEED)
    keys: set[str] = {long_key(rng, n) for n in (1020, 1021, 1022, 1023, 1024)}
    keys.update(FIXED)
    while len(keys) < COUNT:
        key = tricky_key(rng)
        if not key_problems(key):
            keys.add(key)
    return sorted(keys)


KEYS = make_keys()


def body_for(key: str) -> bytes:
    return b"body of " + key.encode()


def run_all(work: Callable[[str], Any]) -> dict[str, str]:
    """Run `work` on every key in a pool; key -> failure text for those that failed."""
    def one(key: str) -> tuple[str, str | None]:
        try:
            work(key)
        except Exception as exc:
            return key, f"{type(exc).__name__}: {exc}"
        return key, None
    with ThreadPoolExecutor(16) as pool:
        return {k: why for k, why in pool.map(one, KEYS) if why is not None}


def list_all(client: S3Client, bucket: str) -> list[str]:
    found: list[str] = []
    token: str | None = None
    for _ in range(50):
        page = client.list_objects_page(bucket=bucket, delimiter="", token=token)
        found += [o.key for o in page.objects]
        token = page.next_token
        if token is None:
            return found
    raise AssertionError("listing never ended")


def test_keys_are_what_the_test_claims() -> None:
    assert len(KEYS) == COUNT
    joined = "".join(KEYS)
    for needed in ("+", "%", "~", "//", "?", "#", "&", "=", " ", "\U0001f600"[0]):
        assert needed in joined
    assert any(k.endswith("/") for k in KEYS)
    assert any("/../" in k or k.startswith("..") for k in KEYS)
    assert any("/./" in k for k in KEYS)
    assert sum(k.startswith("/") for k in KEYS) > 5
    assert max(len(k.encode()) for k in KEYS) == 1024


def test_tricky_keys_round_trip(client: S3Client, boto_client: Any,
                                bucket_factory: Callable[..., str]) -> None:
    source, target = bucket_factory("src"), bucket_factory("dst")

    def put(key: str) -> None:
        result = client.put_object(bucket=source, key=key, body=body_for(key))
        assert result.etag

    def head(key: str) -> None:
        info = client.head_object(bucket=source, key=key)
        assert info.content_length == len(body_for(key))

    def get(key: str) -> None:
        with client.get_object(bucket=source, key=key) as result:
            assert result.read() == body_for(key)

    def copy(key: str) -> None:
        client.copy_object(bucket=target, key=key, source_bucket=source, source_key=key)
        with client.get_object(bucket=target, key=key) as result:
            assert result.read() == body_for(key)

    for step, work in (("put", put), ("head", head), ("get", get), ("copy", copy)):
        failures = run_all(work)
        assert not failures, f"{step} failed for {len(failures)} keys: " + "; ".join(
            f"{k!r}: {why}" for k, why in sorted(failures.items())[:10])

    expected = sorted(KEYS, key=lambda k: k.encode())
    assert list_all(client, source) == expected
    assert list_all(client, target) == expected
    # An independent reader agrees on every key.
    boto_keys = [o["Key"] for page in boto_client.get_paginator("list_objects_v2").paginate(
        Bucket=source) for o in page.get("Contents", [])]
    assert boto_keys == expected

    def delete(key: str) -> None:
        client.delete_object(bucket=source, key=key)
        client.delete_object(bucket=target, key=key)

    failures = run_all(delete)
    assert not failures, "; ".join(f"{k!r}: {why}" for k, why in sorted(failures.items())[:10])
    assert list_all(client, source) == [] and list_all(client, target) == []
