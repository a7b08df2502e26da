"""Texts the interface shows that are written below it, marked for translation without Qt.

`N_(context, text)` marks a text: lupdate finds it by that name (the alias given in
packaging/translations.py). It returns a `Text`, which is the English text as a plain `str` to
everything else, and also keeps the context and the template, so the interface can translate
the template first and fill in the values after (`spacesgui.ui.translations.shown`):

    N_("settings", "At most {count} rules are allowed").fill(count=100)

A value may be a `Text` itself; it is translated too. Any other string operation (`+`,
`.format`, `.join`) gives a plain `str`, which is shown in English: fill templates instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["N_", "Text", "joined"]


class Text(str):
    """`template` filled with `values` (English), remembering the template's `context`.

    A context of "" marks a template that is not translated (only its values are, as in
    `joined`).
    """

    context: str
    template: str
    values: Mapping[str, object]

    def __new__(cls, context: str, template: str,
                values: Mapping[str, object] | None = None) -> Text:
        values = dict(values or {})
        text = super().__new__(cls, template.format(**values) if values else template)
        text.context, text.template, text.values = context, template, values
        return text

    def __getnewargs__(self) -> tuple[str, str, dict[str, object]]:  # type: ignore[override]
        # copy and pickle rebuild a str subclass from these.
        return self.context, self.template, dict(self.values)

    def fill(self, **values: object) -> Text:
        """This template with its {placeholders} filled in."""
        return Text(self.context, self.template, values)


def N_(context: str, text: str) -> Text:  # noqa: N802  the usual name of a no-op marker
    """Mark `text` for translation in `context`; its value is `text`."""
    return Text(context, text)


def joined(separator: str, parts: Iterable[str]) -> Text:
    """`separator.join(parts)` that keeps each part translatable (the separator is not)."""
    items = list(parts)
    names = [f"part{i}" for i in range(len(items))]
    return Text("", separator.join("{" + name + "}" for name in names), dict(zip(names, items,
                                                                                  strict=True)))
