"""Stage 4, compose: (paragraph text, style, measure) -> lines of positioned glyphs.

A pure function, cached, so that placement and copyfitting can ask for the same paragraph
many times at no cost. The rules are W3C clreq and GB/T 15834-2011 (TYPOGRAPHY.md §4):

1. ``segment``: units that never break, gaps between them, the prohibition rules, and the
   fixed punctuation width adjustments.
2. ``linebreak``: total-fit choice of breaks, then each line squeezed or stretched in clreq's
   priority order and turned into glyph positions.

Input text is expected normalised (``layout.normalize``): full-width punctuation in Chinese
context, no indent spaces.
"""
from __future__ import annotations

import gc
from functools import lru_cache
from typing import NamedTuple

from .linebreak import Glyph, Line, balance_lines, break_lines, set_line
from .segment import Spacing, segment


class TextStyle(NamedTuple):
    """How a paragraph is set. ``face`` needs ``advance(ch)`` and ``ink(ch)`` in em, and must
    be hashable (compositions are cached by style)."""

    face: object
    size: float
    indent_em: float = 0.0
    align: str = "justify"        # justify | start | center | end
    spacing: Spacing = Spacing()
    orphans: bool = True          # avoid a last line of one character (孤字)


class Composed(NamedTuple):
    text: str
    lines: tuple

    @property
    def height_lines(self) -> int:
        return len(self.lines)


@lru_cache(maxsize=8192)
def compose(text: str, style: TextStyle, measure: float) -> Composed:
    """Break ``text`` into lines of ``measure`` points, set as ``style`` says."""
    # Composing a paragraph makes thousands of small tuples (units, candidate lines, glyphs)
    # and no reference cycle. Python's cycle collector, run every 700 new objects, would look
    # them over several times and free nothing: about a sixth of the time. It is paused while
    # a paragraph is composed, and the collector left as it was found.
    if not gc.isenabled():
        return _compose(text, style, measure)
    try:
        gc.disable()
        return _compose(text, style, measure)
    finally:
        gc.enable()


def _compose(text: str, style: TextStyle, measure: float) -> Composed:
    seg = segment(text, style.face, style.size, style.spacing, max_width=measure)
    if len(seg) == 0:
        return Composed(text=text, lines=())
    indent = style.indent_em * style.size
    justify = style.align == "justify"
    trim = style.spacing.trim_line_start or style.align in ("center", "end")
    plans = break_lines(seg, measure, indent, justify=justify, orphans=style.orphans, trim_start=trim)
    if style.align in ("center", "start"):
        # (heads; a byline, set to the end, is a role and its names: not broken by evenness)
        plans = balance_lines(seg, measure, indent, plans, trim_start=trim)
    lines = []
    last_index = len(plans) - 1
    for n, (i, j, plan) in enumerate(plans):
        last = n == last_index
        align = style.align
        if align == "justify":
            align = "start"
        lines.append(set_line(seg, i, j, plan, measure, indent if i == 0 else 0.0, last, align,
                              justify=justify, trim_start=trim))
    return Composed(text=text, lines=tuple(lines))


__all__ = ["Composed", "Glyph", "Line", "Spacing", "TextStyle", "compose"]
