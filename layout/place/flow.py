"""Body text through columns: paragraphs and subheads become a list of flow items of whole
lines, and ``fill`` pours them into a chain of columns, returning what did not fit instead
of raising (the resume point, rinohtype's ``Chain``).

Rules applied while filling (TYPOGRAPHY.md §3.4, §4.7):
* a subhead takes whole lines (two for a one-line subhead) and is never the last thing in a
  column: it moves to the next column with the lines it heads;
* every body line sits on the shared baseline grid.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Story
from .common import Context, text_line

#: body lines that must follow a subhead in the same column.
KEEP_AFTER_SUBHEAD = 2


@dataclass(frozen=True)
class FlowItem:
    rows: int
    kind: str            # line | subhead | byline
    lines: tuple         # composed lines (one for a body line)
    style: object
    keep: int = 0        # rows of the following items that must share the column
    chars: int = 0       # characters carried, for the overset report
    source: object = None


def body_items(ctx: Context, story: Story, measure: float, style=None) -> list[FlowItem]:
    """Flow items of a story's paragraphs, subheads and byline, set to ``measure``."""
    st = ctx.styles
    style = style or st.body
    items: list[FlowItem] = []
    for para in story.paragraphs:
        if para.subhead:
            composed = ctx.compose(para.text, st.subhead, measure)
            items.append(FlowItem(rows=len(composed.lines) + 1, kind="subhead", lines=composed.lines,
                                  style=st.subhead, keep=KEEP_AFTER_SUBHEAD, chars=len(para.text),
                                  source=para.source))
            continue
        composed = ctx.compose(para.text, style, measure, indent_em=2.0)
        for line in composed.lines:
            items.append(FlowItem(rows=1, kind="line", lines=(line,), style=style,
                                  chars=line.end - line.start, source=para.source))
    if story.byline:
        composed = ctx.compose(story.byline, st.byline, measure)
        for line in composed.lines:
            items.append(FlowItem(rows=1, kind="byline", lines=(line,), style=st.byline,
                                  chars=line.end - line.start))
    return items


@dataclass(frozen=True)
class Slot:
    """One column of a chain: page column index, x, first grid row, rows available."""

    column: int
    x: float
    row: int
    rows: int


@dataclass(frozen=True)
class Placed:
    item: FlowItem
    slot: Slot
    row: int             # grid row of the item's top


def fill(items: list[FlowItem], slots: list[Slot], start: int = 0) -> tuple[list[Placed], int]:
    """Pour ``items[start:]`` into ``slots`` in order. Returns what was placed and the index
    of the first item that did not fit (``len(items)`` when all fit)."""
    placed: list[Placed] = []
    i = start
    n = len(items)
    for slot in slots:
        used = 0
        while i < n:
            item = items[i]
            need = item.rows + _kept_rows(items, i)
            if used + need > slot.rows and used > 0:
                break
            if used + item.rows > slot.rows:
                break
            placed.append(Placed(item, slot, slot.row + used))
            used += item.rows
            i += 1
    return placed, i


def _kept_rows(items: list[FlowItem], i: int) -> int:
    keep = items[i].keep
    total = 0
    j = i + 1
    while keep > 0 and j < len(items):
        total += items[j].rows
        keep -= items[j].rows
        j += 1
    return total


def depth_needed(items: list[FlowItem], columns: int, limit: int = 10000) -> int:
    """The least column depth at which ``items`` fit in ``columns`` columns."""
    total = sum(i.rows for i in items)
    if total == 0:
        return 0
    depth = max(1, -(-total // columns))
    while depth < limit:
        slots = [Slot(c, 0.0, 0, depth) for c in range(columns)]
        _, rest = fill(items, slots)
        if rest == len(items):
            return depth
        depth += 1
    return limit


def draw_placed(ctx: Context, placed: list[Placed], story: str) -> list:
    """Display items of placed flow items."""
    out = []
    pitch = ctx.fmt.pitch
    for p in placed:
        item = p.item
        if item.kind in ("line", "byline"):
            line = item.lines[0]
            out.append(text_line(line, item.style, p.slot.x, ctx.baseline(p.row), kind="body" if item.kind == "line"
                                 else "byline", story=story, column=p.slot.column, grid_line=p.row))
        else:
            # A subhead: its lines centred vertically in its rows.
            face = ctx.fonts.face(item.style.face)
            asc = face.ascent / (face.ascent + face.descent)
            size = item.style.size
            lead = size * 1.3
            height = lead * (len(item.lines) - 1) + size
            y = ctx.row_top(p.row) + (item.rows * pitch - height) / 2
            for line in item.lines:
                out.append(text_line(line, item.style, p.slot.x, y + asc * size, kind="subhead", story=story,
                                     column=p.slot.column))
                y += lead
    return out
