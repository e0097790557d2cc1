"""Arrangement: stories and sections in rectangles of whole columns and whole lines.

A section's children are either stacked (one under another, each the section's full width)
or set side by side in a row (each ``columns`` wide, all the section's depth). Each node
reports the depths it can take (``Bounds``: least, natural, most), from composed text and
photo crop limits, not from estimates; a stack then shares its depth among its children,
giving spare lines to photos (within their crop limits) before leaving white at a foot, and
taking lines from photos before letting text overset.
"""
from __future__ import annotations

from typing import NamedTuple

from ..display import Block, Rule
from ..errors import Finding
from ..model import Section, Story
from .common import Context
from .flow import (FlowSeq, Slot, balanced_caps, body_items, draw_placed, even_caps, fill, flow_seq, pour,
                   restore_keeps)
from .pieces import HAIRLINE, banner_piece, photo_frame, photo_piece, separator, story_head

#: white lines between two stacked children (a hairline runs through the middle one), and
#: how many more a stack may add to each when it has rows that nothing else can use.
SEPARATOR_ROWS = 1
SEPARATOR_FLEX = 2


class Bounds(NamedTuple):
    min: int
    natural: int
    max: int
    good: tuple = ()   # the depths that fill well, when only some between min and max do

    def step(self, depth: int, direction: int) -> int | None:
        """The next allowed depth from ``depth`` upwards (+1) or downwards (-1)."""
        if self.good:
            ahead = [g for g in self.good if (g - depth) * direction > 0]
            if not ahead:
                return None
            return min(ahead) if direction > 0 else max(ahead)
        nxt = depth + direction
        return nxt if self.min <= nxt <= self.max else None


class Result(NamedTuple):
    items: list
    blocks: list


# --- stories -----------------------------------------------------------------------------------

class _StoryPlan(NamedTuple):
    """A story measured for a block ``span`` columns wide: its head, photo frames, flow items,
    and how deep the block must be for any choice of photo sizes."""

    story: Story
    span: int
    width: float
    text_columns: int
    measure: float
    gutter: float
    head: object
    frames: list
    photo_columns: int     # text columns the photos cover (all: photos above the text)
    photo_width: float
    caption_rows: list
    items: list
    seq: FlowSeq           # the items with widow/orphan keeps
    loose: FlowSeq         # without them, when the strict flow cannot fit
    memo: dict             # assess() by (rows, photo rows)

    @property
    def head_rows(self) -> int:
        return self.head.rows if self.head else 0

    def photo_rows(self, image_rows: list[int]) -> int:
        return sum(r + c + 1 for r, c in zip(image_rows, self.caption_rows))

    def slots(self, x0: float, col0: int, ctx: Context, top: int, depth: int, image_rows: list[int]) -> list[Slot]:
        """Text columns of the block: those under the photos start below them."""
        below = self.photo_rows(image_rows)
        out = []
        for c in range(self.text_columns):
            x = x0 + c * (self.measure + self.gutter)
            column = col0 + round((x - x0) / (ctx.fmt.column_width + ctx.fmt.gutter))
            skip = self._skip(c, below)
            out.append(Slot(column, x, top + skip, max(0, depth - skip)))
        return out

    def _skip(self, column: int, below: int) -> int:
        """Rows the photos take from the top of text column ``column`` (photos sit at the
        top right of the block, so the text starts at the top left, under the head)."""
        return below if column >= self.text_columns - self.photo_columns else 0

    def photo_x(self, x0: float) -> float:
        return x0 + (self.text_columns - self.photo_columns) * (self.measure + self.gutter)

    def _tops_caps(self, depth: int, image_rows) -> tuple[list[int], list[int]]:
        below = self.photo_rows(image_rows)
        tops = [self._skip(c, below) for c in range(self.text_columns)]
        return tops, [depth - t for t in tops]

    def depth(self, image_rows) -> int:
        """Least block depth with photos of ``image_rows``: head + photos + text."""
        seq = self.seq
        below = self.photo_rows(image_rows)
        k, pc = self.text_columns, self.photo_columns
        d = max(below if pc < k else 0, -(-(seq.total + pc * below) // k), 1)
        if pc >= k:
            d = below + max(1, -(-seq.total // k))
        while True:
            tops, caps = self._tops_caps(d, image_rows)
            if min(caps) >= 0 and pour(self.loose, caps)[1] == len(seq.rows):
                return self.head_rows + d
            d += 1

    def assess(self, rows: int, image_rows) -> tuple[int, int, int] | None:
        """How well the text fills a block ``rows`` deep with photos of ``image_rows``:
        (fragments, spare, foot), where a fragment is a text column of only one or two lines
        (a strip under a photo), spare counts the empty lines and foot is the most of them
        at the foot of one column. None if the text does not fit."""
        key = (rows, tuple(image_rows))
        if key in self.memo:
            return self.memo[key]
        tops, caps = self._tops_caps(rows - self.head_rows, image_rows)
        result = None
        if min(caps, default=0) >= 0:
            for seq, penalty in ((self.seq, 0), (self.loose, 1)):
                even = balanced_caps(seq, tops, caps)
                if even is not None:
                    used, _ = pour(seq, even)
                    many = seq.total > 2 * len(caps)
                    fragments = sum(1 for u in used if 0 < u <= 2) if many else 0
                    result = (fragments + penalty, sum(caps) - sum(used),
                              max((c - u for c, u in zip(caps, used) if c > 0), default=0))
                    break
        self.memo[key] = result
        return result

    def bounds(self) -> Bounds:
        """Depths at which the block is well filled: the text fits, leaves at most one
        empty line per text column, at most ``MAX_FOOT_WHITE`` at the foot of any one, and no
        strip of one or two lines (photos sized within their crop limits to fill)."""
        good = set()
        natural = None
        for sizes in self._size_choices():
            d0 = self.depth(sizes)
            if list(sizes) == [f.natural for f in self.frames]:
                natural = d0
            for d in range(d0, d0 + 3):
                a = self.assess(d, sizes)
                if a is not None and a[0] == 0 and a[1] <= self.text_columns and a[2] <= MAX_FOOT_WHITE:
                    good.add(d)
        lo = self.depth([f.min_rows for f in self.frames])
        if not good:
            return Bounds(lo, lo, lo)
        good = sorted(good)
        natural = natural if natural is not None else lo
        nat = min(good, key=lambda d: (abs(d - natural), d))
        return Bounds(good[0], nat, good[-1], tuple(good))

    def _size_choices(self) -> list[tuple]:
        """Photo sizes to try: every size for one photo, all growing together for several;
        at most ``MAX_SIZE_CHOICES`` (evenly spread) so that a huge range stays quick."""
        if not self.frames:
            return [()]
        if len(self.frames) == 1:
            f = self.frames[0]
            choices = [(r,) for r in range(f.min_rows, f.max_rows + 1)]
        else:
            steps = max(f.max_rows - f.min_rows for f in self.frames)
            choices = [tuple(min(f.min_rows + t, f.max_rows) for f in self.frames) for t in range(steps + 1)]
        if len(choices) > MAX_SIZE_CHOICES:
            step = (len(choices) - 1) / (MAX_SIZE_CHOICES - 1)
            choices = [choices[round(k * step)] for k in range(MAX_SIZE_CHOICES)]
        return choices

    def image_rows_for(self, rows: int) -> list[int]:
        """Photo sizes for a block ``rows`` deep: the text must fit; then the fewest strips,
        the fewest empty lines, the larger photo. The smallest allowed if nothing fits."""
        options = []
        for sizes in self._size_choices():
            a = self.assess(rows, sizes)
            if a is not None:
                options.append((a[0], a[1], -sum(sizes), sizes))
        if not options:
            return [f.min_rows for f in self.frames]
        return list(min(options)[3])


def text_measure(ctx: Context, width: float, columns: int) -> tuple[float, float]:
    """Column measure (whole 字) and gutter when ``width`` is split into ``columns`` (破栏).
    The remainder of the division goes into the gutters (TYPOGRAPHY.md §2.2)."""
    em = ctx.fmt.body_size
    gutter = ctx.fmt.gutter
    if columns == 1:
        return width, gutter
    chars = int((width - (columns - 1) * gutter) / em / columns + 1e-6)
    measure = chars * em
    return measure, (width - columns * measure) / (columns - 1)


#: plans kept between builds in one process (the live preview): a plan is a pure function of
#: the story, its geometry and the page's settings, which make up the key.
_PLAN_CACHE: dict = {}
_PLAN_CACHE_SIZE = 1024


def story_plan(ctx: Context, story: Story, span: int, text_columns: int | None = None,
               style=None, photo_columns: int | None = None) -> _StoryPlan:
    key = (story.name, span, text_columns, photo_columns)
    if key in ctx.plans:
        return ctx.plans[key]
    photos = tuple(ctx.photos.get(str(p.path)) for p in story.photos)
    global_key = (story, span, text_columns, photo_columns, style, ctx.fmt, ctx.styles, ctx.spacing,
                  tuple(f.key for f in ctx.fonts.faces()), photos)
    plan = _PLAN_CACHE.get(global_key)
    if plan is None:
        plan = _make_plan(ctx, story, span, text_columns, style, photo_columns)
        if len(_PLAN_CACHE) >= _PLAN_CACHE_SIZE:
            _PLAN_CACHE.clear()
        _PLAN_CACHE[global_key] = plan
    ctx.plans[key] = plan
    return plan


def _make_plan(ctx: Context, story: Story, span: int, text_columns, style, photo_columns) -> _StoryPlan:
    width = ctx.span(span)
    k = text_columns or story.place.text_columns or span
    k = max(1, min(k, span * 2))
    measure, gutter = text_measure(ctx, width, k)
    pc = photo_columns or story.place.photo_columns or k
    pc = k if pc >= k else pc
    photo_width = pc * measure + (pc - 1) * gutter
    head = story_head(ctx, story, width)
    frames = [photo_frame(ctx, p, ctx.photos[str(p.path)], photo_width) for p in story.photos]
    caption_rows = [len(ctx.compose(_caption_text(p), ctx.styles.caption, photo_width).lines) for p in story.photos]
    items = body_items(ctx, story, measure, style, run_in_byline=style is ctx.styles.intro)
    return _StoryPlan(story, span, width, k, measure, gutter, head, frames, pc, photo_width, caption_rows, items,
                      flow_seq(items), flow_seq(items, strict=False), {})


def story_options(ctx: Context, story: Story, span: int) -> list[_StoryPlan]:
    """The ways to set a story in ``span`` columns: with its photos across all its text
    columns, or (when the page does not fix ``photo_columns``) across fewer, at the top right
    with text beside them."""
    base = story_plan(ctx, story, span)
    if not story.photos or story.place.photo_columns or base.text_columns == 1:
        return [base]
    return [base] + [story_plan(ctx, story, span, photo_columns=pc) for pc in range(base.text_columns - 1, 0, -1)]


def story_bounds(ctx: Context, story: Story, span: int) -> Bounds:
    """The depths at which some way of setting the story fills its block well; its natural
    depth is the least of them (photos at their smallest good size: a stack grows them
    when it has rows to spare)."""
    options = [p.bounds() for p in story_options(ctx, story, span)]
    good = sorted(set(g for b in options for g in (b.good or range(b.min, b.max + 1))))
    return Bounds(good[0], min(b.natural for b in options), good[-1], tuple(good))


def choose_plan(ctx: Context, story: Story, span: int, rows: int) -> _StoryPlan:
    """The option that fills a block ``rows`` deep best: the text fits with the fewest strips
    and empty lines, then the larger photo. If none fits, the one that needs the fewest rows."""
    best, best_key = None, None
    for plan in story_options(ctx, story, span):
        got = plan.assess(rows, plan.image_rows_for(rows))
        if got is None:
            continue
        key = (got[0], got[1], -plan.photo_columns)
        if best_key is None or key < best_key:
            best, best_key = plan, key
    if best is None:
        best = min(story_options(ctx, story, span), key=lambda p: p.bounds().min)
    return best


#: photo sizes tried per story (a range wider than this is sampled evenly)
MAX_SIZE_CHOICES = 40
#: empty lines allowed at the foot of a text column (DESIGN.md §3, issue #2).
MAX_FOOT_WHITE = 2


def _column_feet(ctx: Context, story: Story, placed: list, slots: list[Slot], foot: int) -> None:
    """Warn about text columns of a block that end well above the block's foot: once for the
    block, naming each column and its white (a page of short stories had said it 14 to 53
    times, once a column); the first such column is where the proof marks it, every one is in
    ``extra["columns"]`` as (column, page line) pairs."""
    last = {}
    for p in placed:
        key = (p.slot.x, p.slot.row)
        last[key] = max(last.get(key, p.row), p.row + p.item.rows)
    short = []
    for sl in slots:
        end = last.get((sl.x, sl.row), sl.row)
        if end >= foot or sl.row >= foot:
            continue
        white = foot - end
        if white > MAX_FOOT_WHITE:
            short.append((sl.column + 1, end + 1, white))
    if not short:
        return
    said = (f"column ends {short[0][2]}" if len(short) == 1 else
            f"columns {', '.join(str(c) for c, _, _ in short)} end {', '.join(str(w) for _, _, w in short)}")
    ctx.findings.append(Finding(
        "warning", "underset", f"{said} line(s) above the foot of its block", story=story.name, file=story.file,
        column=short[0][0], page_line=short[0][1], extra={"columns": [[c, line] for c, line, _ in short]}))


def _stranded(ctx: Context, story: Story, placed: list) -> None:
    """Warn about a paragraph's last line alone at the head of a column, or its first line
    alone at the foot of one (孤行, TYPOGRAPHY.md §4.7), and a subhead at a column's foot:
    the flow keeps them together where the text allows, and gives way only where it does
    not (a block too shallow for the keeps)."""
    columns: dict = {}
    for p in placed:
        columns.setdefault((p.slot.x, p.slot.row), []).append(p)
    chains = list(columns.values())
    for n, column in enumerate(chains):
        head, foot = column[0], column[-1]
        if head.slot.rows <= 3:
            continue    # (a strip of two or three lines: an intro across the page, a photo's foot)
        found = []      # (a column may have both: a stranded head and a stranded foot)
        if n and head.item.kind == "line" and head.item.lines[0].last and head.item.lines[0].start > 0:
            found.append(("a paragraph's last line stands alone at the head of the column", head))
        if n + 1 < len(chains) and foot.item.kind == "line" and foot.item.lines[0].start == 0 \
                and not foot.item.lines[0].last:
            found.append(("a paragraph's first line stands alone at the foot of the column", foot))
        elif n + 1 < len(chains) and foot.item.kind == "subhead":
            found.append(("a subhead stands at the foot of the column, its text in the next", foot))
        for message, p in found:
            text = "".join(line.text for line in p.item.lines)
            ctx.findings.append(Finding("warning", "stranded", f"{message}: {text}", story=story.name,
                                        file=story.file, line=p.item.source.line if p.item.source else None,
                                        column=p.slot.column + 1, page_line=p.row + 1))


def _caption_text(photo) -> str:
    return photo.caption + (("\u3000" + photo.credit) if photo.credit else "")


def layout_story(ctx: Context, plan: _StoryPlan, col0: int, row0: int, rows: int, kind: str = "story") -> Result:
    """Set a story in ``plan.span`` columns from ``col0``, ``rows`` lines deep from ``row0``."""
    story = plan.story
    x0 = ctx.x_of(col0)
    image_rows = plan.image_rows_for(rows)
    items: list = []
    row = row0
    if plan.head:
        items += plan.head.draw(x0, row)
        row += plan.head.rows
    r = row
    for frame, n in zip(plan.frames, image_rows):
        piece = photo_piece(ctx, frame, plan.photo_width, n, story.name)
        if r + piece.rows > row0 + rows:
            # No room for the photo in its block: reported, not drawn past the block.
            ctx.findings.append(Finding("error", "overset", f"photo {frame.photo.file} does not fit in the block "
                                        f"({piece.rows} lines needed, {max(0, row0 + rows - r)} left)",
                                        story=story.name, file=frame.photo.source.file,
                                        line=frame.photo.source.line, extra={"photos": 1}))
            continue
        items += piece.draw(plan.photo_x(x0), r)
        r += piece.rows
    slots = plan.slots(x0, col0, ctx, row, row0 + rows - row, image_rows)
    tops, caps = [sl.row - row for sl in slots], [sl.rows for sl in slots]
    seq = plan.seq
    even = balanced_caps(seq, tops, caps)
    if even is None:
        seq = plan.loose
        even = balanced_caps(seq, tops, caps)
        if even is not None:
            seq, even = restore_keeps(plan.items, seq, even, tops, caps)
    if even is not None:
        even = even_caps(seq, even)
        slots = [Slot(sl.column, sl.x, sl.row, cap) for sl, cap in zip(slots, even)]
    placed, rest = fill(plan.items, slots, seq)
    _column_feet(ctx, story, placed, slots, row0 + rows)
    _stranded(ctx, story, placed)
    items += draw_placed(ctx, placed, story.name)
    if rest < len(plan.items):
        left = plan.items[rest:]
        chars = sum(i.chars for i in left)
        lines = sum(i.rows for i in left)
        first = left[0]
        ctx.findings.append(Finding(
            "error", "overset", f"{lines} line(s), {chars} character(s) did not fit in a block of {rows} lines",
            story=story.name, file=story.file, line=first.source.line if first.source else None,
            column=col0 + 1, extra={"lines": lines, "chars": chars}))
    block = Block(story.name, kind, x0, ctx.row_top(row0), plan.width, rows * ctx.fmt.pitch,
                  column=col0, row=row0, columns=plan.span, rows=rows)
    return Result(items, [block])


# --- sections ----------------------------------------------------------------------------------

def _children(section: Section) -> list:
    return list(section.stories) + list(section.sections)


def _child_span(child, default: int) -> int:
    return child.place.columns or default


def bounds(ctx: Context, node, span: int) -> Bounds:
    if isinstance(node, Story):
        if node.place.rows:
            return Bounds(node.place.rows, node.place.rows, node.place.rows)
        return story_bounds(ctx, node, span)
    banner = banner_piece(ctx, node.banner, ctx.span(span), node.level).rows if node.banner else 0
    if node.place.rows:
        return Bounds(node.place.rows, node.place.rows, node.place.rows)
    children = _children(node)
    if node.place.arrange == "row":
        spans = row_spans(children, span)
        bs = [bounds(ctx, c, s) for c, s in zip(children, spans)]
        lo = max(b.min for b in bs)
        hi = max(lo, min(b.max for b in bs))
        nat = min(max(max(b.natural for b in bs), lo), hi)
        return Bounds(banner + lo, banner + nat, banner + hi)
    bs = [bounds(ctx, c, span) for c in children]
    gaps = len(children) - 1
    seps = SEPARATOR_ROWS * gaps
    return Bounds(banner + seps + sum(b.min for b in bs), banner + seps + sum(b.natural for b in bs),
                  banner + seps + SEPARATOR_FLEX * gaps + sum(b.max for b in bs))


def row_spans(children: list, span: int) -> list[int]:
    given = [c.place.columns for c in children]
    free = span - sum(g for g in given if g)
    unset = [n for n, g in enumerate(given) if not g]
    out = list(given)
    for k, n in enumerate(unset):
        out[n] = free // len(unset) + (1 if k < free % len(unset) else 0)
    return [max(1, s) for s in out]


def share_rows(bs: list[Bounds], total: int) -> tuple[list[int], int]:
    """Split ``total`` rows among stacked children: natural depths, then spare rows to those
    that can grow, or rows taken from those that can shrink. Returns the depths and what
    is left over (positive: white to place; negative: rows too few, the text oversets)."""
    alloc = [b.natural for b in bs]
    diff = total - sum(alloc)
    step = 1 if diff > 0 else -1
    while diff:
        moved = False
        for n, b in enumerate(bs):
            if diff == 0:
                break
            nxt = b.step(alloc[n], step)
            if nxt is not None and 0 < (nxt - alloc[n]) * step <= diff * step:
                diff -= nxt - alloc[n]
                alloc[n] = nxt
                moved = True
        if not moved:
            break
    return alloc, diff


def spread(extra: int, slots: int, limit: int) -> tuple[list[int], int]:
    """Share ``extra`` rows over ``slots`` places, at most ``limit`` each, evenly from the
    first; returns the shares and the rest."""
    shares = [0] * slots
    n = 0
    while extra > 0 and slots and n < slots * limit:
        shares[n % slots] += 1
        extra -= 1
        n += 1
    return shares, extra


def layout_node(ctx: Context, node, col0: int, span: int, row0: int, rows: int) -> Result:
    if isinstance(node, Story):
        return layout_story(ctx, choose_plan(ctx, node, span, rows), col0, row0, rows)
    return layout_section(ctx, node, col0, span, row0, rows)


def layout_section(ctx: Context, section: Section, col0: int, span: int, row0: int, rows: int) -> Result:
    items: list = []
    blocks: list = []
    width = ctx.span(span)
    x0 = ctx.x_of(col0)
    row = row0
    if section.banner:
        piece = banner_piece(ctx, section.banner, width, section.level)
        items += piece.draw(x0, row)
        blocks.append(Block(section.banner, "banner", x0, ctx.row_top(row), width, piece.rows * ctx.fmt.pitch,
                            column=col0, row=row, columns=span, rows=piece.rows))
        row += piece.rows
    children = _children(section)
    left = row0 + rows - row
    if section.place.arrange == "row":
        spans = row_spans(children, span)
        c = col0
        for n, (child, s) in enumerate(zip(children, spans)):
            res = layout_node(ctx, child, c, s, row, left)
            items += res.items
            blocks += res.blocks
            if n:
                x = ctx.x_of(c) - ctx.fmt.gutter / 2
                items.append(Rule(x, ctx.row_top(row), x, ctx.row_top(row + left), HAIRLINE))
            c += s
        return Result(items, blocks)
    res = stack(ctx, children, col0, span, row, left)
    return Result(items + res.items, blocks + res.blocks)


def stack(ctx: Context, children: list, col0: int, span: int, row0: int, rows: int) -> Result:
    """Children one under another, with a hairline in the white between them. Rows that no
    child can use widen that white (up to ``SEPARATOR_FLEX`` more lines each) before they
    are left at the foot of the last child."""
    items: list = []
    blocks: list = []
    bs = [bounds(ctx, c, span) for c in children]
    gaps = len(children) - 1
    alloc, rest = share_rows(bs, rows - SEPARATOR_ROWS * gaps)
    extra = [0] * gaps
    if rest > 0:
        extra, rest = spread(rest, gaps, SEPARATOR_FLEX)
    if alloc:
        alloc[-1] += rest
    row = row0
    end = row0 + rows
    for n, (child, r) in enumerate(zip(children, alloc)):
        if n:
            white = SEPARATOR_ROWS + extra[n - 1]
            if row + white >= end:
                # No room left: what follows is overset, reported, never set off the page.
                for rest_child in children[n:]:
                    overset_all(ctx, rest_child)
                break
            if not (isinstance(child, Section) and child.banner):
                # (a section's banner has its own rule: no hairline above it)
                items.append(separator(ctx, ctx.x_of(col0), ctx.span(span), row + (white - 1) / 2))
            row += white
        r = max(0, min(r, end - row))
        res = layout_node(ctx, child, col0, span, row, r)
        items += res.items
        blocks += res.blocks
        row += r
    return Result(items, blocks)


def overset_all(ctx: Context, node) -> None:
    """Report every story of ``node`` as overset in full: there was no room for it."""
    if isinstance(node, Story):
        plan = story_plan(ctx, node, 1)
        chars = sum(i.chars for i in plan.items)
        lines = sum(i.rows for i in plan.items)
        first = plan.items[0].source if plan.items else None
        ctx.findings.append(Finding("error", "overset", f"no room left on the page: all {chars} character(s)"
                                    " of the story are overset", story=node.name, file=node.file,
                                    line=first.line if first else None, extra={"lines": lines, "chars": chars}))
        return
    for child in _children(node):
        overset_all(ctx, child)
