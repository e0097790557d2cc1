"""Two channels for problems (DESIGN.md §1).

* ``LayoutError``: input that cannot be used. It carries the file, line, column, field path
  and a hint, so the message can point the editor at the exact place. Several errors of one
  page are collected into ``InputErrors`` and reported together (exit code 2).
* ``Finding``: something recoverable that the preflight report lists (overset text, a weak
  photo, a normalised punctuation mark). Findings never stop a build by themselves; the CLI
  decides the exit code from their severities.
"""
from __future__ import annotations

from typing import NamedTuple


class LayoutError(Exception):
    """Bad input. ``str(err)`` is the one-line message shown to the editor."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 column: int | None = None, field: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.hint = hint

    def location(self) -> str:
        parts = []
        if self.file:
            where = self.file
            if self.line:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            parts.append(where)
        if self.field:
            parts.append(self.field)
        return ": ".join(parts)

    def __str__(self) -> str:
        text = self.message
        loc = self.location()
        if loc:
            text = f"{loc}: {text}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


class FontError(LayoutError):
    """A font file that is missing, unreadable or unsuitable."""


class MissingGlyphError(LayoutError):
    """A character that no configured font covers (``char``)."""

    char: str = ""


class InputErrors(LayoutError):
    """Every input error of a page, reported at once."""

    def __init__(self, errors: list[LayoutError]):
        self.errors = list(errors)
        super().__init__(f"{len(self.errors)} error(s) in the input")

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


class Finding(NamedTuple):
    """One item of the preflight report."""

    severity: str          # info | warning | error
    code: str              # stable identifier, e.g. "overset", "photo-resolution"
    message: str           # a sentence a person understands
    story: str | None = None
    file: str | None = None
    line: int | None = None
    column: int | None = None   # page column (1-based) where it shows, if known
    page_line: int | None = None  # line of the baseline grid (1-based), if known
    extra: dict | None = None    # figures for the report (lines, characters, ppi...)

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file + (f":{self.line}" if self.line else ""))
        elif self.story:
            where.append(self.story)
        if self.column:
            where.append(f"column {self.column}")
        if self.page_line:
            where.append(f"line {self.page_line}")
        loc = ", ".join(where)
        return f"{self.severity}: {loc + ': ' if loc else ''}{self.message}"
