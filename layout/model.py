"""Stage 2, model: the editor's page as immutable records (named tuples). Lengths are points.

``load`` builds these from ``page.yaml`` and the story files; every later stage reads them and
none changes them. ``Source`` records where a piece of text came from (file and line) so that
findings and errors can point back to it.
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class Source(NamedTuple):
    file: str            # path relative to the page folder, as the editor knows it
    line: int            # 1-based line in that file


def line_of(lines: tuple, key: str, default):
    """The line of ``key`` in a model's ``lines`` (pairs, as the model is hashed), or ``default``."""
    for k, line in lines:
        if k == key:
            return line
    return default


class Paragraph(NamedTuple):
    text: str
    source: Source
    subhead: bool = False
    #: where each line of the file the paragraph was joined from starts: (offset in ``text``,
    #: line, column of that character in the file), for messages (``locate``)
    starts: tuple = ()
    #: "" (justified, indented 2 字), "end": flush right, not indented (a notice's or a
    #: letter's signature and date, 落款), "verse": a couplet of classical verse, indented,
    #: ragged, broken at its pauses, "poem": a line of verse as the poet broke it, indented,
    #: ragged, its turnover further in, "start": a field of a web page's row of them, flush
    #: left, ragged, not indented, "center": a separator, or a speech's speaker or date, centred,
    #: or "note": a speech's note of where it was given, its lines filled and the last centred
    align: str = ""
    #: a piece of a PDF's text flattened into one line, whose blanks inside clauses were found
    #: to be its line wraps (normalize takes out even one alone)
    wrapped: bool = False
    #: why the loader parted this paragraph from the one before it in a line of the file, where
    #: the copy ran paragraphs together ("" where the file parted them): "spaced", a blank
    #: after a sentence's end in web copy flattened into one line; "heading", a numbered
    #: heading or item run into the text (said once a file by the preflight)
    parted: str = ""

    def locate(self, offset: int) -> tuple[int, int | None]:
        """(line, column) in the file of the character at ``offset`` of the text as loaded."""
        line, column = self.source.line, None
        for start, ln, col in self.starts:
            if start > offset:
                break
            line, column = ln, col + (offset - start)
        return line, column


class Photo(NamedTuple):
    path: Path           # absolute path of the image file
    file: str            # as written in the story
    caption: str
    credit: str
    source: Source
    focus: tuple = (0.5, 0.5)   # point of the image kept in view when cropping (0..1)
    field: str = "photos.file"  # where it is named, for messages: photos[0].file
    lines: tuple = ()           # (caption or credit, its line in the file), for messages (``line_of``)


class Placement(NamedTuple):
    """Placement hints from page.yaml for a section or story (all optional)."""

    columns: int | None = None      # width in page columns
    rows: int | None = None         # depth in body lines
    text_columns: int | None = None  # columns the body is set in (default: one per page column)
    arrange: str = "stack"          # for sections: children stacked (stack) or side by side (row)
    photo_columns: int | None = None  # columns a story's photos span (default: chosen to fill), top right


class Story(NamedTuple):
    name: str            # file stem, unique on the page
    file: str            # path relative to the page folder
    title: str = ""
    kicker: str = ""
    subtitle: str = ""
    unit: str = ""
    byline: str = ""
    photos: tuple = ()
    paragraphs: tuple = ()
    place: Placement = Placement()
    title_line: int = 1  # line of the title in the file (for messages)
    lines: tuple = ()           # (kicker, subtitle, unit or byline, its line), for messages


class Section(NamedTuple):
    banner: str = ""
    stories: tuple = ()
    sections: tuple = ()
    place: Placement = Placement()
    level: int = 1       # 1 for a part of the page, 2 for a section inside a part
    line: int = 0        # line of the section in page.yaml (for messages)


class Headline(NamedTuple):
    kicker: tuple = ()
    title: str = ""
    subtitle: str = ""
    line: int = 0        # line of ``headline.title`` in page.yaml (for messages)
    lines: tuple = ()           # (title, subtitle or kicker, its line: kicker's a tuple, one a line)


class Folio(NamedTuple):
    paper: str = ""
    date: str = ""
    page_number: str = ""
    page_name: str = ""
    editor: str = ""       # 责任编辑
    designer: str = ""     # 美编
    proofreader: str = ""  # 校对
    line: int = 0          # line of ``folio:`` in page.yaml (for messages)
    lines: tuple = ()           # (each field, its line), for messages


class PageFormat(NamedTuple):
    width: float
    height: float
    columns: int
    column_chars: int
    gutter_chars: float
    body_size: float
    pitch: float
    margin_top: float
    margin_left: float
    lines: int             # body lines on the baseline grid
    bleed: float = 0.0

    @property
    def column_width(self) -> float:
        return self.column_chars * self.body_size

    @property
    def gutter(self) -> float:
        return self.gutter_chars * self.body_size

    @property
    def type_width(self) -> float:
        return self.columns * self.column_width + (self.columns - 1) * self.gutter

    def span_width(self, columns: int) -> float:
        """Width of a run over ``columns`` whole columns: n×13 + (n−1) 字 (长栏)."""
        return columns * self.column_width + (columns - 1) * self.gutter

    def column_x(self, column: int) -> float:
        return self.margin_left + column * (self.column_width + self.gutter)


class Page(NamedTuple):
    name: str
    dir: Path
    format: PageFormat
    folio: Folio
    headline: Headline
    intro: Story | None
    sections: tuple
    arrange: str = "stack"
    allow_overset: bool = False
    punct_style: str = "quanjiao"
    trim_line_start: bool = False
    color: str = "any"       # cmyk: photos that are not CMYK are reported
    hang: bool = False       # a line-end 、，。 may hang past the column edge
    track: float = 1 / 16    # em per gap the space between Han characters may shrink (先挤进)
    latin_shrink: float = 0.02   # how much Latin letters and digits may be narrowed (a fraction)
    fonts: dict | None = None       # role -> font file named in page.yaml (None: the shipped fonts)
    font_lines: dict | None = None  # role -> its line in page.yaml

    def all_stories(self) -> list:
        out = [self.intro] if self.intro else []

        def walk(sections):
            for sec in sections:
                out.extend(sec.stories)
                walk(sec.sections)
        walk(self.sections)
        return out
