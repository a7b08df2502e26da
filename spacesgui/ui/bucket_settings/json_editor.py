# ruff: noqa: N802 - Qt overrides keep their camelCase names
"""A plain-text editor for JSON documents: line numbers, colours, and a mark where it is wrong.

Built as Qt's "code editor" example is: a narrow widget beside the viewport paints the line
numbers, and the editor reserves its width as a viewport margin. The colours follow the
palette, so they stay readable when the desktop switches between light and dark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from spacesgui.ui.bucket_settings.base import monospace

# One token at a time: a string (possibly unterminated), a number, a keyword, punctuation.
_TOKEN = re.compile(r'(?P<string>"(?:[^"\\]|\\.)*"?)(?P<colon>\s*:)?'
                    r"|(?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"
                    r"|(?P<keyword>\b(?:true|false|null)\b)"
                    r"|(?P<punctuation>[{}\[\],:])")


@dataclass(frozen=True, slots=True)
class JsonColours:
    """The colours of one palette: keys, strings, numbers, keywords, punctuation, errors."""

    key: str
    string: str
    number: str
    keyword: str
    punctuation: str
    error: str

    @classmethod
    def for_palette(cls, palette: QPalette) -> JsonColours:
        """Colours with enough contrast against the palette's text background."""
        if palette.color(QPalette.ColorRole.Base).lightness() < 128:
            return cls(key="#9cdcfe", string="#ce9178", number="#b5cea8", keyword="#569cd6",
                       punctuation="#b0b0b0", error="#f48771")
        return cls(key="#0451a5", string="#a31515", number="#098658", keyword="#0000ff",
                   punctuation="#555555", error="#d11a1a")


class JsonHighlighter(QSyntaxHighlighter):
    """Colours JSON tokens line by line (JSON strings cannot span lines, so no state)."""

    def __init__(self, document: QTextDocument, colours: JsonColours) -> None:
        super().__init__(document)
        self.set_colours(colours)

    def set_colours(self, colours: JsonColours) -> None:
        def form(colour: str, *, bold: bool = False) -> QTextCharFormat:
            result = QTextCharFormat()
            result.setForeground(QColor(colour))
            if bold:
                result.setFontWeight(QFont.Weight.Bold)
            return result

        self._formats = {"key": form(colours.key, bold=True), "string": form(colours.string),
                         "number": form(colours.number),
                         "keyword": form(colours.keyword, bold=True),
                         "punctuation": form(colours.punctuation)}
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for match in _TOKEN.finditer(text):
            kind = match.lastgroup
            if kind in ("string", "colon"):
                # A string followed by a colon is an object's key.
                is_key = match.group("colon") is not None
                start, end = match.span("string")
                self.setFormat(start, end - start, self._formats["key" if is_key else "string"])
                if is_key:
                    colon = match.end("colon") - 1
                    self.setFormat(colon, 1, self._formats["punctuation"])
            elif kind is not None:
                start, end = match.span()
                self.setFormat(start, end - start, self._formats[kind])


class _LineNumbers(QWidget):
    """The gutter: asks the editor to paint it, and takes its width from it."""

    def __init__(self, editor: JsonEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self._editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._editor.paint_gutter(event)


class JsonEditor(QPlainTextEdit):
    """The JSON text with line numbers and colours; `set_error` marks one place as wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        monospace(self)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(True)  # the rest of the page stays reachable by Tab
        self._gutter = _LineNumbers(self)
        self._error: tuple[int, int] | None = None
        self.colours = JsonColours.for_palette(self.palette())
        self.highlighter = JsonHighlighter(self.document(), self.colours)
        self.blockCountChanged.connect(self._on_block_count_changed)
        self.updateRequest.connect(self._on_update_requested)
        self._on_block_count_changed(0)

    # -- the error mark --------------------------------------------------------------------------

    def set_error(self, line: int | None, column: int | None) -> None:
        """Underline the character at `line`, `column` (1-based); None clears the mark."""
        self._error = (line, column or 1) if line is not None else None
        self._mark_error()
        self._gutter.update()

    def error_position(self) -> tuple[int, int] | None:
        return self._error

    def _mark_error(self) -> None:
        if self._error is None:
            self.setExtraSelections([])
            return
        line, column = self._error
        block = self.document().findBlockByNumber(min(line, self.blockCount()) - 1)
        cursor = QTextCursor(block)
        # Past the end of its line (an unfinished document): mark the line's last character.
        offset = min(column - 1, max(block.length() - 2, 0))
        cursor.setPosition(block.position() + offset)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter,
                            QTextCursor.MoveMode.KeepAnchor)
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        error = QColor(self.colours.error)
        line_mark = QTextEdit.ExtraSelection()
        line_mark.cursor = QTextCursor(block)
        whole_line = QTextCharFormat()
        whole_line.setProperty(QTextFormat.Property.FullWidthSelection, True)
        faint = QColor(error)
        faint.setAlpha(45 if dark else 30)
        whole_line.setBackground(faint)
        line_mark.format = whole_line
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        underline = QTextCharFormat()
        underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        underline.setUnderlineColor(error)
        strong = QColor(error)
        strong.setAlpha(110 if dark else 80)
        underline.setBackground(strong)
        mark.format = underline
        self.setExtraSelections([line_mark, mark])

    # -- the gutter ------------------------------------------------------------------------------

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 12 + self.fontMetrics().horizontalAdvance("9") * max(digits, 2)

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self._gutter)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        painter.setFont(self.font())
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        width, height = self._gutter.width() - 6, self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                wrong = self._error is not None and self._error[0] == number + 1
                if wrong:
                    painter.fillRect(QRect(0, top, self._gutter.width(), height),
                                     QColor(self.colours.error))
                    painter.setPen(QColor("#ffffff"))
                else:
                    painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(0, top, width, height, Qt.AlignmentFlag.AlignRight,
                                 str(number + 1))
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rect = self.contentsRect()
        self._gutter.setGeometry(QRect(rect.left(), rect.top(), self.gutter_width(),
                                       rect.height()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.colours = JsonColours.for_palette(self.palette())
            self.highlighter.set_colours(self.colours)
            self._mark_error()

    def _on_block_count_changed(self, _count: int) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _on_update_requested(self, rect: QRect, dy: int) -> None:
        if dy:
            self._gutter.scroll(0, dy)
        else:
            self._gutter.update(0, rect.y(), self._gutter.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._on_block_count_changed(0)
