"""The app as a desktop program: its icon and resources, the desktop entry and AppStream data,
opening an address given on the command line, and one running instance per user."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from configparser import ConfigParser
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QHeaderView, QMainWindow, QSplitter
from pytestqt.qtbot import QtBot

from spacesgui import __main__ as cli
from spacesgui.app import Paths, build_context
from spacesgui.config import Account
from spacesgui.s3.spaces import parse_location
from spacesgui.sandbox import SANDBOX_ACCOUNT_ID
from spacesgui.ui import resources
from spacesgui.ui.actions import TOOLBAR
from spacesgui.ui.models.entries import Location
from spacesgui.ui.single_instance import InstanceServer, hand_over, server_name
from spacesgui.ui.theme import dark_palette
from spacesgui.ui.window import MainWindow
from spacesgui.ui.window.addresses import choose_account
from spacesgui.ui.window.state import WindowState

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / f"{resources.APP_ID}.desktop"
METAINFO = ROOT / "resources" / f"{resources.APP_ID}.metainfo.xml"
WAIT = 30_000


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (sh .ci/install-system-deps.sh installs it)")
    return path


def _isolated_env(tmp_path: Path) -> dict[str, str]:
    """A child spacesgui with its own config, data and instance name, drawing offscreen."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    return env


# -- resources ---------------------------------------------------------------------------------
def test_the_app_icon_exists_at_every_size_and_the_svg_renders() -> None:
    assert resources.data_dir() == ROOT / "resources"  # a clone finds its own files
    for size in resources.ICON_SIZES:
        image = QImage(str(resources.app_icon_png(size)))
        assert (image.width(), image.height()) == (size, size), size
        assert image.hasAlphaChannel()
    svg = resources.resource("icons", "app", f"{resources.APP_ID}.svg")
    assert QSvgRenderer(str(svg)).isValid()
    assert not resources.app_icon().isNull()
    assert set(resources.app_icon().availableSizes()) >= {QSize(s, s) for s in (16, 512)}


def test_toolbar_icons_follow_the_palette_and_stay_crisp(qapp: QApplication) -> None:
    def ink(palette: QPalette) -> QColor:
        old = QApplication.palette()
        QApplication.setPalette(palette)
        try:
            icon = resources.action_icon("back")
            assert icon is not None
            pixmap = icon.pixmap(QSize(24, 24), 2.0)  # a 200 % screen: drawn at 48 px
            assert (pixmap.width(), pixmap.height()) == (48, 48)
            image = pixmap.toImage()
            return max((image.pixelColor(x, 24) for x in range(48)),
                       key=lambda c: c.alpha())
        finally:
            QApplication.setPalette(old)

    light, dark = ink(QApplication.style().standardPalette()), ink(dark_palette())
    assert light.lightness() < 100 and dark.lightness() > 200  # dark ink on light, and back
    for name in TOOLBAR:
        if name != "-":
            assert resources.action_icon(name) is not None, name
            assert not resources.action_icon(name).pixmap(22, 22).isNull()  # type: ignore[union-attr]


def test_the_wheel_carries_the_resources_and_a_gui_launcher(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(tmp_path), str(ROOT)], check=True, timeout=300,
                   capture_output=True)
    import zipfile

    (wheel,) = tmp_path.glob("spacesgui-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    data = "spacesgui/data/"
    assert f"{data}{DESKTOP.name}" in names and f"{data}{METAINFO.name}" in names
    for size in resources.ICON_SIZES:
        assert f"{data}icons/app/{resources.APP_ID}-{size}.png" in names
    assert f"{data}icons/actions/back.svg" in names
    assert f"{data}translations/spacesgui_de.qm" in names  # compiled by the build, not committed
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[gui_scripts]\nspacesgui = spacesgui.__main__:main" in text


# -- desktop entry and AppStream -----------------------------------------------------------------
def test_the_desktop_entry_validates_and_opens_s3_links() -> None:
    out = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True,
                         text=True, timeout=60, check=False)
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert "x-scheme-handler/s3" in section["MimeType"].split(";")
    assert section["Exec"] == "spacesgui %U" and section["Icon"] == resources.APP_ID


def test_the_appstream_metainfo_validates() -> None:
    out = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", "--pedantic",
                          str(METAINFO)], capture_output=True, text=True, timeout=60,
                         check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    root = etree.parse(str(METAINFO)).getroot()
    assert root.findtext("id") == resources.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("screenshots/screenshot/image") is not None
    assert root.find("releases/release/description") is not None


# -- the command line --------------------------------------------------------------------------
def test_help_names_the_address_and_the_smoke_test() -> None:
    out = subprocess.run([sys.executable, "-m", "spacesgui", "--help"], capture_output=True,
                         text=True, timeout=60, check=True)
    assert "URL" in out.stdout and "--smoke-test" in out.stdout and "--version" in out.stdout
    args = cli.parse_args(["s3://bucket/key.txt", "--sandbox"])
    assert args.addresses == ["s3://bucket/key.txt"] and args.sandbox


def test_the_smoke_test_starts_and_shows_the_window(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "spacesgui", "--smoke-test"],
                         capture_output=True, text=True, timeout=120, env=_isolated_env(tmp_path),
                         check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("first-paint ")


def test_an_address_chooses_its_account() -> None:
    fra = Account(id="fra", name="Fra", region="fra1")
    ams = Account(id="ams", name="Ams", region="ams3")
    own = Account(id="own", name="Own", provider="s3", region="us-east-1",
                  endpoint="https://s3.example.test:8443")
    accounts = (fra, ams, own)
    link = parse_location("https://photos.ams3.cdn.digitaloceanspaces.com/a/b.jpg")
    assert choose_account(link, accounts, "fra") == ams
    presigned = parse_location("https://s3.example.test:8443/bkt/k.txt?X-Amz-Signature=00")
    assert choose_account(presigned, accounts, "fra") == own
    assert choose_account(parse_location("s3://bkt/k"), accounts, "ams") == ams
    assert choose_account(parse_location("s3://bkt/k"), accounts, None) == fra
    assert choose_account(parse_location("https://bkt.sgp1.digitaloceanspaces.com/k"),
                          accounts, "fra") is None


def test_an_address_from_the_command_line_opens_once_its_account_is_shown(
        qtbot: QtBot, tmp_path: Path) -> None:
    context = build_context(Paths(tmp_path / "data", tmp_path / "config"), use_keyring=False)
    context.load_config()
    window = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.open_address("s3://sample-photos/holiday/beach.png")  # before the sandbox is up
    assert window.addresses.pending is not None
    context.start_sandbox()
    want = ("sample-photos", "holiday/")
    qtbot.waitUntil(lambda: window.location is not None
                    and (window.location.bucket, window.location.prefix) == want, timeout=WAIT)
    assert window.location is not None and window.location.account_id == SANDBOX_ACCOUNT_ID
    qtbot.waitUntil(lambda: [e.key for e in window.selected_entries()] == ["holiday/beach.png"],
                    timeout=WAIT)
    # A presigned link to the same server opens the same way; its signature is not kept.
    assert context.sandbox is not None
    window.open_address(f"{context.sandbox.endpoint}/sample-reports/2026/stats.csv"
                        "?X-Amz-Signature=abc&X-Amz-Expires=60")
    qtbot.waitUntil(lambda: window.location is not None
                    and window.location.bucket == "sample-reports", timeout=WAIT)
    assert window.location is not None and window.location.prefix == "2026/"
    window.close()
    assert context.shutdown(10_000)


def test_a_second_launch_hands_its_address_to_the_first(qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    env = _isolated_env(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", env["XDG_DATA_HOME"])
    name = server_name(Paths.default().data_dir)  # what the child computes from the same env
    assert not hand_over(name, ["s3://nobody/listens"])
    server = InstanceServer(name)
    assert server.listen()
    try:
        with qtbot.waitSignal(server.addresses_received, timeout=60_000) as got:
            child = subprocess.Popen([sys.executable, "-m", "spacesgui", "s3://bkt/k.txt"],
                                     env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert got.args == [["s3://bkt/k.txt"]]
        _out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
    finally:
        server.close()
        server.deleteLater()


def test_a_socket_left_by_a_crash_is_taken_over(qtbot: QtBot, tmp_path: Path) -> None:
    name = server_name(tmp_path)
    if sys.platform == "win32":
        pytest.skip("named pipes vanish with their process; there is nothing left to take over")
    first = InstanceServer(name)
    assert first.listen()
    socket_path = Path(first._server.fullServerName())
    first._server.close()  # as after a crash, the file may stay behind
    socket_path.touch()
    second = InstanceServer(name)
    try:
        assert second.listen()
        with qtbot.waitSignal(second.addresses_received) as got:
            assert hand_over(name, [])
        assert got.args == [[]]
    finally:
        for server in (first, second):
            server.close()
            server.deleteLater()  # Qt deletes it with its sockets, after their own events


def test_each_account_reopens_where_it_was_left(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    state = WindowState(settings)
    state.remember(Location("a", "photos", "2026/"))
    state.remember(Location("b", "logs", ""))
    state.remember(Location("a", "photos", "2026/june/"))
    window = QMainWindow()
    header = QHeaderView(Qt.Orientation.Horizontal)
    qtbot.addWidget(window)
    qtbot.addWidget(header)
    state.save(window, QSplitter(), header, Location("b", "logs", ""))
    again = WindowState(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    assert again.last_location() == Location("b", "logs", "")
    assert again.last_location("a") == Location("a", "photos", "2026/june/")
    assert again.last_location("c") is None
    again.remember(Location("c", None, ""))
    again.save(window, QSplitter(), header, None)  # an account seen before keeps its place
    third = WindowState(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    assert third.last_location("a") == Location("a", "photos", "2026/june/")
    assert third.last_location("c") == Location("c", None, "")


def test_install_desktop_puts_the_entry_and_icons_in_place_and_takes_them_away(
        tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"), HOME=str(tmp_path))
    script = str(ROOT / "packaging" / "install-desktop.sh")
    subprocess.run(["sh", script, "--exec", "/opt/spaces gui/spacesgui"], env=env, check=True,
                   capture_output=True, timeout=60)
    share = tmp_path / "share"
    entry = share / "applications" / DESKTOP.name
    assert 'Exec="/opt/spaces gui/spacesgui" %U' in entry.read_text()
    for size in resources.ICON_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{resources.APP_ID}.png"
        assert icon.read_bytes() == resources.app_icon_png(size).read_bytes()
    assert (share / "icons/hicolor/scalable/apps" / f"{resources.APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        out = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                             text=True, timeout=60, check=False)
        assert out.returncode == 0, out.stdout
    subprocess.run(["sh", script, "--uninstall"], env=env, check=True, capture_output=True,
                   timeout=60)
    assert not entry.exists()
    assert not [p for p in share.rglob("*") if p.is_file() and resources.APP_ID in p.name]


def test_an_unhandled_exception_fails_the_smoke_test(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_failed", False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the hook shows no box offscreen
    try:
        raise RuntimeError("a slot went wrong")
    except RuntimeError as exc:
        import logging

        logging.getLogger("spacesgui").disabled = True  # the critical record is expected
        try:
            cli._excepthook(type(exc), exc, exc.__traceback__)
        finally:
            logging.getLogger("spacesgui").disabled = False
    assert cli._failed
