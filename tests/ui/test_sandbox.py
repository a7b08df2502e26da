"""The Local sandbox: moto in-process on 127.0.0.1, sample data, and nothing left behind."""

from __future__ import annotations

import socket
import threading

import pytest
import requests

from spacesgui.sandbox import Sandbox, sample_objects, sample_png


def test_sample_png_is_a_valid_png() -> None:
    from PySide6.QtGui import QImage

    image = QImage.fromData(sample_png(40, 20), "PNG")
    assert not image.isNull() and (image.width(), image.height()) == (40, 20)


def test_sandbox_serves_the_samples_on_loopback_and_stops_cleanly() -> None:
    threads_before = set(threading.enumerate())
    sandbox = Sandbox()
    endpoint = sandbox.start()
    host, port = endpoint.removeprefix("http://").split(":")
    assert host == "127.0.0.1"  # never 0.0.0.0: the sandbox is not on the network
    try:
        client = sandbox.client()
        buckets = {b.name for b in client.list_buckets().buckets}
        assert buckets == {o.bucket for o in sample_objects()}
        page = client.list_objects_page(bucket="sample-photos", prefix="", delimiter="/")
        assert "holiday/" in page.prefixes
        readme = client.get_object(bucket="sample-photos", key="README.txt").read()
        assert b"Local sandbox" in readme
        # The public sample is readable without a signature, as a public object should be.
        public = requests.get(f"{endpoint}/sample-photos/public/logo.png", timeout=10)
        assert public.status_code == 200 and public.content.startswith(b"\x89PNG")
    finally:
        sandbox.stop()
    assert not sandbox.running
    with pytest.raises(OSError), socket.create_connection((host, int(port)), timeout=2):
        pass
    leaked = [t for t in set(threading.enumerate()) - threads_before if t.is_alive()]
    assert not leaked, f"threads outlived the sandbox: {leaked}"
    # A second sandbox in the same process starts empty: moto's state was reset.
    again = Sandbox()
    again.start(seed=False)
    try:
        assert again.client().list_buckets().buckets == ()
    finally:
        again.stop()
