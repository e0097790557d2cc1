"""Shared pieces of placement: the layout context, the baseline grid, and turning composed
lines into display items."""
from __future__ import annotations

import math

from ..compose import Composed, Spacing, TextStyle, compose
from ..display import TextLine
from ..fonts import FontSet
from ..model import PageFormat
from ..styles import ElementStyle, Styles

#: tolerance for comparing positions in points (float sums of advances).
EPS = 1e-6


class Context:
    """What placing one page shares: its format, fonts, styles and spacing, the photos'
    pixel sizes, the findings so far and the story plans made."""

    def __init__(self, fmt: PageFormat, fonts: FontSet, styles: Styles, spacing: Spacing, photos: dict | None = None):
        self.fmt = fmt
        self.fonts = fonts
        self.styles = styles
        self.spacing = spacing
        self.photos = {} if photos is None else photos   # image path -> (width, height) in pixels
        self.findings: list = []
        self.plans: dict = {}      # story plans by (story, span, text columns)

    # --- the grid ---------------------------------------------------------------------------
    def row_top(self, row: int) -> float:
        """Top of body line ``row`` of the baseline grid."""
        return self.fmt.margin_top + row * self.fmt.pitch

    def baseline(self, row: int) -> float:
        return self.row_top(row) + self.baseline_offset(self.styles.body)

    def baseline_offset(self, style: ElementStyle, slot: float | None = None) -> float:
        """Baseline below the top of a slot of height ``slot`` (default one pitch) in which the
        em box of ``style`` is centred vertically."""
        slot = self.fmt.pitch if slot is None else slot
        face = self.fonts.face(style.face)
        asc = face.ascent / (face.ascent + face.descent)
        return (slot - style.size) / 2 + asc * style.size

    def rows_for(self, height: float) -> int:
        return max(1, math.ceil(height / self.fmt.pitch - 1e-6))

    def x_of(self, column: int) -> float:
        return self.fmt.column_x(column)

    def span(self, columns: int) -> float:
        return self.fmt.span_width(columns)

    # --- composition ------------------------------------------------------------------------
    def text_style(self, style: ElementStyle, indent_em: float = 0.0, align: str | None = None,
                   trim: bool = False) -> TextStyle:
        # (display type set flush left, a head or a banner, loses an opening bracket's blank at a
        # line's start, its ink against the edge: “三步走”… beside its unit's name; so does verse,
        # inset from the column's edge (``trim``); body text set flush left at the edge, a table's
        # row or a field, keeps it, as the justified lines around it, never half an em outside)
        spacing = (self.spacing if style.align == "justify" and not trim
                   else self.spacing._replace(trim_line_start=True))
        return TextStyle(face=self.fonts.face(style.face), size=style.size, indent_em=indent_em,
                         align=align or style.align, spacing=spacing)

    def compose(self, text: str, style: ElementStyle, measure: float, indent_em: float = 0.0,
                align: str | None = None, trim: bool = False) -> Composed:
        return compose(text, self.text_style(style, indent_em, align, trim), measure)


def text_line(line, style: ElementStyle, x0: float, baseline: float, *, kind: str, story: str = "",
              column: int = 0, grid_line: int = -1, color=None, source: int = 0) -> TextLine:
    glyphs = tuple((x0 + g.x, g.ch, g.advance, g.scale) for g in line.glyphs)
    return TextLine(face=style.face, size=style.size, y=baseline, glyphs=glyphs,
                    color=color or style.color, kind=kind, story=story, column=column,
                    grid_line=grid_line, measure=line.measure, x0=x0, right=x0 + line.right, last=line.last,
                    stretch_em=line.stretch_em, source=source, narrow=line.narrow, cut=line.cut,
                    parted=line.parted)
