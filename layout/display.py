"""Stage 6, display: the laid-out page as data, and nothing else.

The display list is the seam between layout and rendering: placement produces it, the PDF
renderer and the text-trace renderer consume it. Coordinates are points from the top-left
corner of the trimmed page, y downwards; a glyph's ``y`` is its baseline. Colours are CMYK
tuples so that black text is 100 K and the page red is a spot-like 0/100/100/0.
"""
from __future__ import annotations

from typing import NamedTuple

BLACK = (0.0, 0.0, 0.0, 1.0)
RED = (0.0, 1.0, 1.0, 0.0)
WHITE = (0.0, 0.0, 0.0, 0.0)


class TextLine(NamedTuple):
    """One line of text in one face: glyph boxes at absolute x, one shared baseline."""

    face: str                 # role: song | hei | kai
    size: float
    y: float                  # baseline
    glyphs: tuple             # ((x, ch, advance, h-scale), ...): x is the glyph origin
    color: tuple = BLACK
    kind: str = "body"        # body | verse | subhead | title | kicker | unit | caption | credit | byline | banner | folio
    story: str = ""
    column: int = 0           # page column (0-based) of the line start
    grid_line: int = -1       # index of the baseline-grid line for body lines, else -1
    measure: float = 0.0      # the line's measure (column width for body lines)
    x0: float = 0.0           # left edge of the measure
    right: float = 0.0        # right edge of the set line (a line-end mark counted at ½ em)
    last: bool = False        # last line of its paragraph
    stretch_em: float = 0.0
    source: int = 0           # line of the paragraph in its story file (0: not from a story's text)
    narrow: float = 0.0       # how much its Latin glyphs are narrowed (a fraction of their width)
    cut: bool = False         # it ends inside a word or number that no line could take whole
    parted: bool = False      # it ends between the groups of a number that names (an account, a telephone)

    @property
    def text(self) -> str:
        return "".join(g[1] for g in self.glyphs)


class Rule(NamedTuple):
    x0: float
    y0: float
    x1: float
    y1: float
    width: float
    color: tuple = BLACK


class Fill(NamedTuple):
    """A filled rectangle (banner bars, reversed unit names)."""

    x: float
    y: float
    w: float
    h: float
    color: tuple = RED


class Image(NamedTuple):
    path: str
    x: float
    y: float
    w: float
    h: float
    crop: tuple               # (left, top, width, height) in source pixels
    story: str = ""
    ppi: float = 0.0          # effective resolution at the placed size


class Block(NamedTuple):
    """The frame a story or element occupies, for overlays and the report."""

    name: str
    kind: str                 # story | headline | intro | banner | folio | photo
    x: float
    y: float
    w: float
    h: float
    column: int = 0
    row: int = 0
    columns: int = 1
    rows: int = 0


class Grid(NamedTuple):
    columns: tuple            # (x, width) of each column
    top: float                # top of grid line 0
    pitch: float
    lines: int
    baseline_offset: float    # baseline of a body line below its grid line top


class DisplayPage(NamedTuple):
    width: float
    height: float
    bleed: float
    items: tuple
    blocks: tuple
    grid: Grid
    title: str = ""
    meta: dict | None = None   # paper and page name, for readers of the display list
