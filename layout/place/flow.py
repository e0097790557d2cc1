"""Body text through columns: paragraphs and subheads become a list of flow items of whole
lines, and ``fill`` pours them into a chain of columns, returning what did not fit instead
of raising (the resume point, rinohtype's ``Chain``).

Rules applied while filling (TYPOGRAPHY.md §3.4, §4.7):
* a subhead takes whole lines (two for a one-line subhead) and is never the last thing in a
  column: it moves to the next column with the lines it heads;
* every body line sits on the shared baseline grid.
"""
from __future__ import annotations

import re

from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, combinations_with_replacement
from typing import NamedTuple

from ..model import Story
from ..quality import TOO_LOOSE_EM
from .common import Context, text_line

#: body lines that must follow a subhead in the same column.
KEEP_AFTER_SUBHEAD = 2


class FlowItem(NamedTuple):
    rows: int
    kind: str            # line | subhead | byline
    lines: tuple         # composed lines (one for a body line)
    style: object
    keep: int = 0        # rows of the following items that must share the column
    widow_keep: int = 0  # rows that should follow in the same column, if the text allows
    chars: int = 0       # characters carried, for the overset report
    source: object = None
    verse: bool = False  # a line set ragged (drawn as kind "verse"): of verse, 2 字 in, or a field
    inset: float = 0.0   # how far in from the column's edge the line is drawn (points): verse


#: how far in every line of a line of verse is set (字), as a paragraph's first line is
VERSE_INSET = 2.0
#: how much further in the turnover of a line of modern verse is set (字) than the line's
#: start, so that it is not read as a line of its own
TURNOVER_INSET = 2.0


def body_items(ctx: Context, story: Story, measure: float, style=None, run_in_byline: bool = False) -> list[FlowItem]:
    """Flow items of a story's paragraphs, subheads and byline, set to ``measure``. A run-in
    byline follows the last paragraph after a 一字空 (the page intro's byline, TYPOGRAPHY.md
    §5.2); otherwise it is a line of its own, flush right."""
    st = ctx.styles
    style = style or st.body
    items: list[FlowItem] = []
    paragraphs = list(story.paragraphs)
    if run_in_byline and story.byline and paragraphs and not paragraphs[-1].subhead:
        last = paragraphs[-1]
        paragraphs[-1] = type(last)(text=last.text + "\u3000" + story.byline, source=last.source)
    for para in paragraphs:
        label_short = False     # (a field's label line left short on purpose)
        if para.subhead:
            composed = ctx.compose(para.text, st.subhead, measure)
            items.append(FlowItem(rows=len(composed.lines) + 1, kind="subhead", lines=composed.lines,
                                  style=st.subhead, keep=KEEP_AFTER_SUBHEAD, chars=len(para.text),
                                  source=para.source))
            continue
        if para.align == "verse":
            # (a line of verse: ragged, broken where a reader pauses, at its caesura, every line
            # of it 2 字 in: 几回花下坐吹箫， | 银汉红墙入望遥。)
            composed = ctx.compose(para.text, style, measure - VERSE_INSET * style.size, align="start", trim=True)
        elif para.align == "poem":
            # (a line of modern verse as the poet broke it: ragged, 2 字 in, its turnover 2 字
            # further in: 今夜，就让我望着这牙弯弯 | 　　的月亮)
            inner = (VERSE_INSET + TURNOVER_INSET) * style.size
            composed = ctx.compose(para.text, style, measure - inner, indent_em=-TURNOVER_INSET, align="start",
                                   trim=True)
        elif para.align == "note":
            # (a speech's note, centred under its head: its lines filled, the last centred)
            composed = ctx.compose(para.text, style, measure)
        elif para.align == "field":
            composed = ctx.compose(para.text, style, measure, indent_em=2.0)
            lines = _field_lines(ctx, para.text, composed.lines, style, measure)
            if lines is not None:
                composed = composed._replace(lines=lines)
                label_short = True
        elif para.align:    # (a signature and its date, flush right: 落款)
            composed = ctx.compose(para.text, style, measure, align=para.align)
            if para.align == "end" and len(composed.lines) > 1 and _NAME_OF_A_BODY.fullmatch(para.text):
                spans = _its_parts(ctx, para.text, style, measure)
                composed = composed._replace(lines=_in_pieces(ctx, para.text, spans, style, measure, "end"))
            elif para.align == "center" and len(composed.lines) > 1 and "\u3000" in para.text.strip():
                # (a speaker's title and name too long for a line: the name on a line of its own,
                # 郑州市人民政府市长 | 赵建才, not 郑州市人民政 | 府市长　赵建才)
                blank = para.text.rindex("\u3000")
                spans = [(0, blank), (blank + 1, len(para.text))]
                composed = composed._replace(lines=_in_pieces(ctx, para.text, spans, style, measure, "center"))
        else:
            composed = ctx.compose(para.text, style, measure, indent_em=2.0)
        n = len(composed.lines)
        verse = para.align in ("verse", "poem")
        lines = composed.lines
        insets = [VERSE_INSET * style.size if verse else 0.0] * n
        if para.align == "note" and lines:
            last = lines[-1]
            shift = max(0.0, (last.measure - last.right) / 2)
            lines = lines[:-1] + (last._replace(glyphs=tuple(g._replace(x=g.x + shift) for g in last.glyphs),
                                                right=last.right + shift),)
        if para.align == "poem" and lines:
            # (the first line's glyphs start 2 字 left of the turnovers': its origin is put there)
            back = TURNOVER_INSET * style.size
            first = lines[0]
            lines = (first._replace(glyphs=tuple(g._replace(x=g.x + back) for g in first.glyphs),
                                    measure=first.measure + back, right=first.right + back),) + lines[1:]
            insets = [insets[0]] + [(VERSE_INSET + TURNOVER_INSET) * style.size] * (n - 1)
        for k, line in enumerate(lines):
            # A paragraph's first line is not left alone at a column's foot, nor its last
            # line alone at a column's head (孤行, TYPOGRAPHY.md §4.7), where the text allows.
            widow = 1 if n >= 2 and (k == 0 or k == n - 2) else 0
            items.append(FlowItem(rows=1, kind="line", lines=(line,), style=style, widow_keep=widow,
                                  chars=line.end - line.start, source=para.source,
                                  verse=verse or para.align in ("start", "note") or para.align == "center" and n > 1
                                  or label_short and k == 0,
                                  inset=insets[k]))
    if story.byline and not run_in_byline:
        composed = ctx.compose(story.byline, st.byline, measure)
        for line in composed.lines:
            items.append(FlowItem(rows=1, kind="byline", lines=(line,), style=st.byline,
                                  chars=line.end - line.start))
    return items


#: the name of an office or a company, as a notice is signed with it (no mark, no blank)
_NAME_OF_A_BODY = re.compile(r"[\u4e00-\u9fff（）()]{8,60}")
#: where such a name's parts end: after its place, its office or its company's kind
_PART_END = re.compile(r"(?:省(?![级属直])|自治区|市(?![容场民级属直区])|县(?![级属直])|区(?![域划级属])|镇|乡|街道|厅"
                       r"|局|委员会|委|办公室|部队|解放军|军区|部(?![队门署分])|院(?![校线])|所(?![属有])|处(?![理置])|科(?![技学室])"
                       r"|总队|支队|大队|中队|集团|公司|中心|协会|学会|学校|大学|医院)(?!$|有限|股份|分公司)")
#: ... or, where no line's worth ends with one, inside a company's name (…集团 | 有限公司)
_PART_END_INSIDE = re.compile(_PART_END.pattern.replace("(?!$|有限|股份|分公司)", "(?!$)"))


def _its_parts(ctx, text: str, style, measure: float) -> list:
    """The spans of a long name of an office set flush right, broken after its parts where a
    line's worth ends with one (河南省公安厅 | 高速公路交通警察总队二支队, not …交通警 | 察总队…)."""
    spans, at = [], 0
    while at < len(text):
        rest = text[at:]
        whole = ctx.compose(rest, style, measure, align="end").lines
        if len(whole) == 1:
            spans.append((at, len(text)))
            break
        room = whole[0].end
        ends = [m.end() for m in _PART_END.finditer(rest) if room // 4 <= m.end() <= room] or [
            m.end() for m in _PART_END_INSIDE.finditer(rest) if room // 4 <= m.end() <= room]
        cut = ends[-1] if ends else room
        spans.append((at, at + cut))
        at += cut
    return spans


def _field_lines(ctx, text: str, lines: tuple, style, measure: float) -> tuple | None:
    """The lines of a paragraph that is one field (prepare's ``field``), set as its label's line
    left short and its value after it, where the value cannot come up after the label but by
    spreading the label's line past the loose-line limit (``TOO_LOOSE_EM``) or by parting the value at its groups
    (裁判日期： | 2017-04-06, 投稿邮箱： | 1657155627@qq.com, rather than 裁 判 日 期： or 投稿邮箱：1657 |
    155627@qq.com), in no more lines; None to keep ``lines``."""
    colon = _LABEL_END.search(text)
    first = lines[0] if lines else None
    if colon is None or len(lines) < 2 or not (first.stretch_em > TOO_LOOSE_EM or first.parted or first.cut):
        return None
    a, b = colon.end(), len(text) - len(text[colon.end():].lstrip(" \u3000"))
    label = ctx.compose(text[:a], style, measure, indent_em=2.0, align="start").lines
    value = ctx.compose(text[b:], style, measure).lines
    if len(label) != 1 or 1 + len(value) > len(lines):
        return None
    return (label[0]._replace(last=False),) + tuple(ln._replace(start=ln.start + b, end=ln.end + b) for ln in value)


#: the end of a field's label
_LABEL_END = re.compile("[：:]")


def _in_pieces(ctx, text: str, spans: list, style, measure: float, align: str) -> tuple:
    """The lines of ``text`` set a span (start, end) at a time, each piece's lines in turn, their
    offsets in ``text`` kept; only the very last line a paragraph's last."""
    lines = []
    for a, b in spans:
        lines.extend(ln._replace(start=ln.start + a, end=ln.end + a, last=False)
                     for ln in ctx.compose(text[a:b], style, measure, align=align).lines)
    return tuple(lines[:-1]) + (lines[-1]._replace(last=True),)


class Slot(NamedTuple):
    """One column of a chain: page column index, x, first grid row, rows available."""

    column: int
    x: float
    row: int
    rows: int


class Placed(NamedTuple):
    item: FlowItem
    slot: Slot
    row: int             # grid row of the item's top


class FlowSeq(NamedTuple):
    """What filling needs of a list of flow items, precomputed: each item's rows, and the
    rows of the following items that must stay in its column (keep-with-next)."""

    rows: tuple
    kept: tuple
    soft: tuple        # per item: True where its keep is a widow/orphan preference
    start: list        # rows before each item (and after the last): prefix sums of ``rows``
    need: list         # rows each item and all before it ask of a column, its keeps included
    most_kept: int

    @classmethod
    def of(cls, rows: tuple, kept: tuple, soft: tuple = ()) -> "FlowSeq":
        start = list(accumulate(rows, initial=0))
        return cls(rows, kept, soft, start, [s + k for s, k in zip(start[1:], kept)], max(kept, default=0))

    @property
    def total(self) -> int:
        return sum(self.rows)


def flow_seq(items: list[FlowItem], strict: bool = True, only: frozenset | None = None) -> FlowSeq:
    """``strict`` adds the widow and orphan keeps (of the items in ``only``, if given);
    without them only subheads keep. Keeps chain: if a line keeps with the next and that one
    with the one after, all three stay together (a three-line paragraph is never split by
    the two rules)."""
    n = len(items)
    rows = tuple(i.rows for i in items)
    reach = list(range(n))          # last item that must share item i's column
    if only is not None:
        strict = True
    for i in range(n - 1, -1, -1):
        keep = items[i].keep + (items[i].widow_keep if strict and (only is None or i in only) else 0)
        j = i
        while keep > 0 and j + 1 < n:
            j += 1
            keep -= rows[j]
            reach[i] = max(reach[i], reach[j])
    prefix = [0]
    for r in rows:
        prefix.append(prefix[-1] + r)
    kept = tuple(prefix[reach[i] + 1] - prefix[i + 1] for i in range(n))
    soft = tuple(bool(strict and item.widow_keep and (only is None or i in only)) for i, item in enumerate(items))
    return FlowSeq.of(rows, kept, soft)


def pour(seq: FlowSeq, caps) -> tuple[list[int], int]:
    """Rows used in each column of capacity ``caps`` and the index of the first item that
    did not fit (``len(seq.rows)`` when all fit). The rule ``fill`` places by: items go in
    order; an item goes into a column if it fits, and, unless it is the column's first, if
    the rows it keeps with it fit too.

    Copyfitting pours the same flow thousands of times, so a column is filled by a binary
    search over the prefix sums rather than item by item: the items that fit are those
    before the first that ends past the column's foot, unless an earlier one's keeps pass
    it, and only the items within the longest keep of that end can be such a one."""
    rows, kept, soft = seq.rows, seq.kept, seq.soft
    start, need, most = seq.start, seq.need, seq.most_kept
    n = len(rows)
    i = 0
    used_all = []
    for cap in caps:
        if i >= n or rows[i] > cap:
            used_all.append(0)
            continue
        if soft and soft[i] and rows[i] + kept[i] > cap:
            # a widow/orphan keep that even an empty column cannot honour: the strict
            # flow does not fit these columns (the loose one is tried instead)
            return used_all + [0] * (len(caps) - len(used_all)), i
        limit = start[i] + cap
        end = bisect_right(start, limit, i + 1) - 1       # first item that ends past the foot
        t = max(i + 1, bisect_right(start, limit - most, i + 1) - 1)   # (the first item keeps nothing)
        while t < end:
            if need[t] > limit:                           # its keeps pass the foot
                end = t
                break
            t += 1
        used_all.append(start[end] - start[i])
        i = end
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
    last, one line shorter (平齐). None if the flow does not fit at all.

    Both are searched from what counting rows allows: no foot line that leaves fewer rows
    above it than the flow has can hold it, nor can more columns be made shorter than the
    rows left over. From there each is tried one by one, the foot line going down and the
    shorter columns fewer, until the flow fits: usually at once or at the next try. (A binary
    search could miss the best: a widow/orphan keep can make a foot line fail where a higher
    one holds.)"""
    n = len(seq.rows)
    if pour(seq, caps)[1] < n:
        return None
    ends = [t + c for t, c in zip(tops, caps)]
    need = seq.start[-1]
    k = len(caps)

    def cut(foot: int, shorter: int = 0) -> list[int]:
        # (the rows of each column above ``foot``, or a line higher for the last ``shorter``)
        edge = k - shorter
        return [r if (r := (end if end < f else f) - top) > 0 else 0
                for top, end, f in zip(tops, ends, [foot] * edge + [foot - 1] * shorter)]

    def room(foot: int) -> int:
        return sum([r if (r := (end if end < foot else foot) - top) > 0 else 0 for top, end in zip(tops, ends)])

    foot = _first_foot(tops, ends, need)   # the first foot with room for every row
    while foot < max(ends) and pour(seq, cut(foot))[1] < n:   # (the last one fits: see above)
        foot += 1
    # a column made one line shorter gives up a row only if it reaches the foot line
    spare = room(foot) - need
    b = 0
    while b < k and spare - (tops[k - 1 - b] < foot <= ends[k - 1 - b]) >= 0:
        spare -= tops[k - 1 - b] < foot <= ends[k - 1 - b]
        b += 1
    while b > 0 and pour(seq, cut(foot, b))[1] < n:
        b -= 1
    return cut(foot, b)


def restore_keeps(items: list[FlowItem], seq: FlowSeq, caps: list[int], tops: list[int],
                  given: list[int]) -> tuple[FlowSeq, list[int]]:
    """The flow without widow and orphan keeps (``seq``, set in ``caps``) with as many of
    them given back as still fit the columns (``tops``, ``given``) as evenly: where a column
    ends after a paragraph's first line or before its last, that keep is tried, one at a
    time, the columns balanced again each time, and kept if fewer keeps are broken then.
    (The flow with every keep did not fit; each one back is a line not stranded.)"""
    kept: set = set()
    broken = _broken_keeps(items, seq, caps)
    tried: set = set()
    while True:
        todo = [i for i in broken if i not in tried]
        if not todo:
            return seq, caps
        tried.add(todo[0])
        trial = flow_seq(items, only=frozenset(kept | {todo[0]}))
        even = balanced_caps(trial, tops, given)
        # (not at the price of a column ending more lines above the block's foot: a hole
        # in the block is worse than a line stranded)
        if even is None or _foot_white(trial, even, given) > max(1, _foot_white(seq, caps, given)):
            continue
        now = _broken_keeps(items, trial, even)
        if len(now) < len(broken):
            kept.add(todo[0])
            seq, caps, broken = trial, even, now


def _broken_keeps(items: list[FlowItem], seq: FlowSeq, caps: list[int]) -> list[int]:
    """The items whose widow or orphan keep a column's end breaks, ``seq`` poured into
    ``caps``: the last item of a column that keeps with the next (a paragraph's first line,
    or its last but one)."""
    used, _ = pour(seq, caps)
    out, i = [], 0
    for u in used[:-1]:
        if u == 0:
            continue    # (a column left empty ends nothing)
        while u > 0 and i < len(items):
            u -= items[i].rows
            i += 1
        if 0 < i < len(items) and items[i - 1].widow_keep:
            out.append(i - 1)
    return out


def _foot_white(seq: FlowSeq, caps: list[int], given: list[int]) -> int:
    """The most empty lines at the foot of a column, the flow poured into ``caps`` of
    columns ``given`` deep."""
    used, _ = pour(seq, caps)
    return max((g - u for g, u in zip(given, used) if g > 0), default=0)


def _first_foot(tops: list[int], ends: list[int], need: int) -> int:
    """The highest foot line with room for ``need`` rows in columns from ``tops`` to ``ends``
    (the room above a foot grows by one row per column that the foot line crosses, so it is
    found segment by segment between the columns' tops and ends); the lowest end if none."""
    room = 0
    at = first = min(tops)
    if need <= 0:
        return at
    for nxt in sorted({p for p in (*tops, *ends) if p > at}):
        slope = sum([1 for top, end in zip(tops, ends) if top <= at and nxt <= end])
        if room + slope * (nxt - at) >= need:
            return at + -(-(need - room) // slope)
        room += slope * (nxt - at)
        at = nxt
    return max(first, max(ends))


#: how many lines a column of a block may be shortened to even out its foot.
MAX_SHORTEN = 2


def even_caps(seq: FlowSeq, caps: list[int]) -> list[int]:
    """Spread the white at the foot of a block over its columns: of all ways to shorten the
    columns by 0 to ``MAX_SHORTEN`` lines (later columns no less than earlier ones), take
    the one that fits with the least white at the foot of any column, then the most even.
    Used for the final setting of a block (``balanced_caps`` decides how deep it is)."""
    n = len(seq.rows)
    best, best_key = caps, None
    for shape in _shapes(len(caps), MAX_SHORTEN):
        trial = [max(0, c - d) for c, d in zip(caps, shape)]
        used, rest = pour(seq, trial)
        if rest < n:
            continue
        gaps = [c - u for c, u in zip(caps, used) if c > 0]
        key = (max(gaps, default=0), sum(g * g for g in gaps), sum(shape))
        if best_key is None or key < best_key:
            best, best_key = trial, key
    return best


@lru_cache(maxsize=64)
def _shapes(k: int, most: int) -> tuple:
    """Non-decreasing tuples of length ``k`` with values 0..most, in lexicographic order."""
    return tuple(combinations_with_replacement(range(most + 1), k))


def draw_placed(ctx: Context, placed: list[Placed], story: str) -> list:
    """Display items of placed flow items."""
    out = []
    pitch = ctx.fmt.pitch
    for p in placed:
        item = p.item
        if item.kind in ("line", "byline"):
            line = item.lines[0]
            kind = ("verse" if item.verse else "body") if item.kind == "line" else "byline"
            out.append(text_line(line, item.style, p.slot.x + item.inset, ctx.baseline(p.row), kind=kind,
                                 story=story, column=p.slot.column, grid_line=p.row,
                                 source=item.source.line if item.source else 0))
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
                                     column=p.slot.column, source=item.source.line if item.source else 0))
                y += lead
    return out
