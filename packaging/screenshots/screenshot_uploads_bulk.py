"""Render the account editor's Uploads tab (default ACL and header rules, one refused), the
Properties editor of a folder and a selection, and its summary after a cancel, light and dark.

Usage: python packaging/screenshots/screenshot_uploads_bulk.py OUT_DIR
Needs a display (Xvfb) or QT_QPA_PLATFORM=offscreen. No network: nothing is sent.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from screenshot_support import dark_palette, grab

from spacesgui.config import Account
from spacesgui.s3.transfer.bulk_properties import BulkReport
from spacesgui.s3.transfer.upload_rules import UploadRule
from spacesgui.ui.dialogs.account_editor import AccountEditor
from spacesgui.ui.dialogs.bulk_properties import BulkPropertiesDialog, BulkReportDialog

RULES = (UploadRule("*.html", "Cache-Control", "no-cache"),
         UploadRule("*.woff2", "Cache-Control", "max-age=31536000"),
         UploadRule("downloads/*", "Content-Disposition", "attachment"),
         UploadRule("*.svgz", "Content-Encoding", "gzip"),
         UploadRule("*", "x-amz-meta-uploaded-by", "spacesgui"))


def shots(out: Path, suffix: str) -> None:
    account = Account.new(name="Website", region="fra1", access_key_id="DO00EXAMPLEEXAMPLE00",
                          default_acl="public-read", upload_rules=RULES)
    editor = AccountEditor(account)
    editor.tabs.setCurrentWidget(editor.uploads_panel)
    grab(editor, out / f"account-uploads{suffix}.png", 200)
    editor.uploads_panel.add_rule()
    row = editor.uploads_panel.table.topLevelItem(len(RULES))
    assert row is not None
    row.setText(1, "X-Frame-Options")
    grab(editor, out / f"account-uploads-problem{suffix}.png", 200)

    bulk = BulkPropertiesDialog("holiday", ["site/", "assets/", "index.html"],
                                on_apply=lambda _edits: None)
    bulk.acl_box.setCurrentIndex(bulk.acl_box.findData("public-read"))
    grab(bulk, out / f"bulk-properties{suffix}.png", 200)
    bulk.tabs.setCurrentIndex(1)
    bulk.set_field("cache_control", "max-age=600")
    bulk.set_field("content_type", "")
    grab(bulk, out / f"bulk-properties-headers{suffix}.png", 200)
    bulk.tabs.setCurrentIndex(2)
    bulk.remove_metadata_edit.setText("draft, reviewer")
    grab(bulk, out / f"bulk-properties-metadata{suffix}.png", 200)

    report = BulkReport(changed=tuple(f"site/page-{i:02d}.html" for i in range(14)),
                        unchanged=("site/index.html", "site/about.html"),
                        failed=(("site/locked.pdf", "AccessDenied: Access Denied"),
                                ("site/page-14.html", "cancelled while it was being changed; "
                                 "some of the changes may have been made")),
                        cancelled=True)
    summary = BulkReportDialog("site", report, "Cancelled:")
    grab(summary, out / f"bulk-properties-report{suffix}.png", 200)
    for dialog in (editor, bulk, summary):
        dialog.close()
        dialog.deleteLater()


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    light = app.palette()
    shots(out, "")
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    shots(out, "-dark")
    app.setPalette(light)


if __name__ == "__main__":
    main()
