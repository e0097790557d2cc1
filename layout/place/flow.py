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
    widow_keep: int = 0  # rows that should follow in the same column, if the text allows
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
        n = len(composed.lines)
        for k, line in enumerate(composed.lines):
            # A paragraph's first line is not left alone at a column's foot, nor its last
            # line alone at a column's head (孤行, TYPOGRAPHY.md §4.7), where the text allows.
            widow = 1 if n >= 2 and (k == 0 or k == n - 2) else 0
            items.append(FlowItem(rows=1, kind="line", lines=(line,), style=style, widow_keep=widow,
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


@dataclass(frozen=True)
class FlowSeq:
    """What filling needs of a list of flow items, precomputed: each item's rows, and the
    rows of the following items that must stay in its column (keep-with-next)."""

    rows: tuple
    kept: tuple

    @property
    def total(self) -> int:
        return sum(self.rows)


def flow_seq(items: list[FlowItem], strict: bool = True) -> FlowSeq:
    """``strict`` adds the widow and orphan keeps; without them only subheads keep."""
    rows = tuple(i.rows for i in items)
    kept = []
    for i, item in enumerate(items):
        keep, total, j = item.keep + (item.widow_keep if strict else 0), 0, i + 1
        while keep > 0 and j < len(items):
            total += rows[j]
            keep -= rows[j]
            j += 1
        kept.append(total)
    return FlowSeq(rows, tuple(kept))


def pour(seq: FlowSeq, caps) -> tuple[list[int], int]:
    """Rows used in each column of capacity ``caps`` and the index of the first item that
    did not fit (``len(seq.rows)`` when all fit). The rule ``fill`` places by."""
    rows, kept = seq.rows, seq.kept
    n = len(rows)
    i = 0
    used_all = []
    for cap in caps:
        used = 0
        while i < n:
            r = rows[i]
            if used + r > cap or (used and used + r + kept[i] > cap):
                break
            used += r
            i += 1
        used_all.append(used)
    return used_all, i


def fill(items: list[FlowItem], slots: list[Slot], seq: FlowSeq | None = None) -> tuple[list[Placed], int]:
    """Pour ``items`` into ``slots`` in order. Returns what was placed and the index of the
    first item that did not fit (``len(items)`` when all fit)."""
    seq = seq or flow_seq(items)
    used, rest = pour(seq, [sl.rows for sl in slots])
    placed: list[Placed] = []
    i = 0
    for slot, u in zip(slots, used):
        row = slot.row
        while u > 0:
            placed.append(Placed(items[i], slot, row))
            row += items[i].rows
            u -= items[i].rows
            i += 1
    return placed, rest


def balanced_caps(seq: FlowSeq, tops: list[int], caps: list[int]) -> list[int] | None:
    """Column capacities that hold the flow with the columns as even as the text allows:
    a common foot line as high as possible, then as many columns as possible, from the
    last, one line shorter (平齐). None if the flow does not fit at all."""
    n = len(seq.rows)
    if pour(seq, caps)[1] < n:
        return None
    ends = [t + c for t, c in zip(tops, caps)]

    def cut(foot: int, shorter: int = 0) -> list[int]:
        k = len(caps)
        return [max(0, min(end, foot - (1 if m >= k - shorter else 0)) - top)
                for m, (top, end) in enumerate(zip(tops, ends))]

    lo, hi = min(tops), max(ends)
    while lo < hi:
        mid = (lo + hi) // 2
        if pour(seq, cut(mid))[1] == n:
            hi = mid
        else:
            lo = mid + 1
    foot = lo
    a, b = 0, len(caps)
    while a < b:
        mid = (a + b + 1) // 2
        if pour(seq, cut(foot, mid))[1] == n:
            a = mid
        else:
            b = mid - 1
    return cut(foot, a)


def depth_needed(items: list[FlowItem], columns: int, limit: int = 10000) -> int:
    """The least column depth at which ``items`` fit in ``columns`` columns."""
    seq = flow_seq(items)
    total = seq.total
    if total == 0:
        return 0
    depth = max(1, -(-total // columns))
    while depth < limit:
        if pour(seq, [depth] * columns)[1] == len(items):
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
