"""The pages of the bucket settings window, in the order the page list shows them."""

from __future__ import annotations

from spacesgui.ui.bucket_settings.access_logging import LoggingPage
from spacesgui.ui.bucket_settings.base import SettingsPage
from spacesgui.ui.bucket_settings.cors import CorsPage
from spacesgui.ui.bucket_settings.lifecycle import LifecyclePage
from spacesgui.ui.bucket_settings.overview import OverviewPage
from spacesgui.ui.bucket_settings.permissions import PermissionsPage
from spacesgui.ui.bucket_settings.policy import PolicyPage
from spacesgui.ui.bucket_settings.versioning import VersioningPage
from spacesgui.ui.bucket_settings.website import WebsitePage

PAGES: tuple[type[SettingsPage], ...] = (
    OverviewPage,
    PermissionsPage,
    CorsPage,
    LifecyclePage,
    PolicyPage,
    VersioningPage,
    WebsitePage,
    LoggingPage,
)
