"""Opening an address given from outside the window: the command line, a desktop link, a later
launch. Spaces origin, CDN and website links, s3:// URIs and presigned links are understood by
the core's parser; the account is chosen by the address, and an address that arrives before
its account is shown waits for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from spacesgui.config import Account
from spacesgui.s3.errors import InvalidInput
from spacesgui.s3.spaces import Location as ParsedLocation
from spacesgui.s3.spaces import parse_location
from spacesgui.ui.models.entries import Location
from spacesgui.ui.path_bar import place_of
from spacesgui.ui.translations import N_

log = logging.getLogger(__name__)

OPEN_ADDRESS = N_("addresses", "Open address")


def _tr(text: str) -> str:
    return QCoreApplication.translate("addresses", text)


def _host(url: str | None) -> str:
    try:
        return (urlsplit(url).hostname or "").lower() if url else ""
    except ValueError:
        return ""


def choose_account(parsed: ParsedLocation, accounts: tuple[Account, ...],
                   current: str | None) -> Account | None:
    """The account an address belongs to, or None when no shown account can open it.

    A Spaces link names its region, another server's link its host; an s3:// URI or a bare
    path names neither, and opens in the account shown now (else the first one).
    """
    if parsed.region:
        return next((a for a in accounts if a.provider == "spaces" and not a.endpoint
                     and a.region == parsed.region), None)
    if parsed.endpoint:
        host = _host(parsed.endpoint)
        return next((a for a in accounts if _host(a.effective_endpoint()) == host), None)
    return next((a for a in accounts if a.id == current), accounts[0] if accounts else None)


class AddressOpener:
    """Turns an address into navigation; keeps the last one waiting until its account appears."""

    def __init__(self, *, accounts: Callable[[], tuple[Account, ...]],
                 current: Callable[[], str | None], navigate: Callable[[Location], None],
                 select: Callable[[str], None],
                 problem: Callable[[str, BaseException], None]) -> None:
        self._accounts, self._current = accounts, current
        self._navigate, self._select, self._problem = navigate, select, problem
        self.pending: ParsedLocation | None = None

    def open(self, text: str) -> None:
        try:
            parsed = parse_location(text)
        except InvalidInput as exc:
            self._problem(_tr(OPEN_ADDRESS), exc)
            return
        self.pending = parsed
        self.retry()

    def retry(self) -> None:
        """Open the waiting address if its account is shown now (the accounts just changed)."""
        parsed = self.pending
        if parsed is None:
            return
        accounts = self._accounts()
        account = choose_account(parsed, accounts, self._current())
        if account is None:
            if accounts:
                self.pending = None
                where = (_tr(N_("addresses", "the Spaces region {region}")).format(
                    region=parsed.region) if parsed.region else _host(parsed.endpoint))
                self._problem(_tr(OPEN_ADDRESS), InvalidInput(_tr(N_(
                    "addresses", "That address is on {where}, and no account here is for it. "
                    "Add one with \u201cAdd Spaces Account\u201d, then open the address "
                    "again.")).format(where=where)))
            return  # no account yet (the sandbox or the config is still coming): keep it
        self.pending = None
        location, key = place_of(parsed, account.id)
        log.info("opening %s/%s in account %s", location.bucket or "", key or location.prefix,
                 account.id)
        self._navigate(location)
        if key:
            self._select(key)
