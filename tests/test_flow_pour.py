"""Pouring a flow into columns (``place.flow.pour``), the inner loop of copyfitting: an item
goes into a column if it fits and, unless it is the column's first, if the rows it keeps
with it (a head's first lines, widow and orphan keeps) fit too. And evening out a block's
columns (``balanced_caps``), which pours the flow again and again."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from layout.place.flow import FlowSeq, balanced_caps, pour


def _pour_by_the_rule(rows, kept, soft, caps):
    """The rule written out one item at a time (``pour`` finds the same by binary search)."""
    n, i, used_all = len(rows), 0, []
    for cap in caps:
        used = 0
        while i < n:
            r = rows[i]
            if used + r > cap or (used and used + r + kept[i] > cap):
                break
            if not used and r + kept[i] > cap and soft and soft[i]:
                return used_all + [0] * (len(caps) - len(used_all)), i
            used += r
            i += 1
        used_all.append(used)
    return used_all, i


item = st.tuples(st.sampled_from([1, 1, 1, 1, 2, 3, 5]), st.integers(0, 6), st.booleans())


@settings(max_examples=500, deadline=None)
@given(st.lists(item, max_size=60), st.lists(st.integers(0, 30), max_size=8), st.booleans())
def test_pour_places_what_the_rule_places(items, caps, with_soft):
    rows = tuple(r for r, _, _ in items)
    kept = tuple(k for _, k, _ in items)
    soft = tuple(s for _, _, s in items) if with_soft else ()
    assert pour(FlowSeq.of(rows, kept, soft), caps) == _pour_by_the_rule(rows, kept, soft, caps)


def test_pour_cases():
    # (rows, kept, caps) -> (rows used per column, first item left over)
    cases = [
        (((1,) * 10, (0,) * 10, [4, 4, 4]), ([4, 4, 2], 10)),          # plain lines
        (((1,) * 10, (0,) * 10, [4, 4]), ([4, 4], 8)),                 # two left over
        (((3, 1, 1), (2, 0, 0), [3, 3]), ([3, 2], 3)),                 # a head fits alone in a column
        (((1, 3, 1, 1), (0, 2, 0, 0), [4, 5]), ([1, 5], 4)),           # a head keeps its lines: next column
        (((5, 1), (0, 0), [4, 6]), ([0, 6], 2)),                       # too tall for the first column
    ]
    for (rows, kept, caps), want in cases:
        assert pour(FlowSeq.of(rows, kept), caps) == want, (rows, kept, caps)
    # a widow/orphan keep even an empty column cannot honour: the strict flow stops there
    assert pour(FlowSeq.of((1, 1, 1), (0, 2, 0), (False, True, False)), [1, 2, 3]) == ([1, 0, 0], 1)
    # the same keep where it can be honoured: the item waits for the next column
    assert pour(FlowSeq.of((1, 1, 1), (0, 2, 0), (False, True, False)), [1, 3]) == ([1, 2], 3)


def _balanced_by_trying_all(seq, tops, caps):
    """``balanced_caps`` by trying every foot line from the top and, at the first that holds
    the flow, every number of shorter columns from the most."""
    n, k = len(seq.rows), len(caps)
    if pour(seq, caps)[1] < n:
        return None
    ends = [t + c for t, c in zip(tops, caps)]

    def cut(foot, shorter):
        return [max(0, min(end, foot - (m >= k - shorter)) - top) for m, (top, end) in enumerate(zip(tops, ends))]

    foot = next(f for f in range(min(tops), max(ends) + 1) if pour(seq, cut(f, 0))[1] == n)
    shorter = next(a for a in range(k, -1, -1) if pour(seq, cut(foot, a))[1] == n)
    return cut(foot, shorter)


@settings(max_examples=500, deadline=None)
@given(st.lists(item, max_size=60), st.lists(st.integers(0, 12), min_size=1, max_size=8), st.integers(0, 40),
       st.booleans())
def test_balanced_caps_finds_the_highest_foot_and_the_most_shorter_columns(items, tops, depth, with_soft):
    rows = tuple(r for r, _, _ in items)
    kept = tuple(k for _, k, _ in items)
    soft = tuple(s for _, _, s in items) if with_soft else ()
    seq = FlowSeq.of(rows, kept, soft)
    caps = [max(0, depth - t) for t in tops]
    assert balanced_caps(seq, tops, caps) == _balanced_by_trying_all(seq, tops, caps)


def test_balanced_caps_cases():
    # (rows, kept, soft, tops, caps) -> capacities
    cases = [
        (((1,) * 10, (0,) * 10, (), [0, 0, 0], [8, 8, 8]), [4, 3, 3]),        # 10 lines: 4 3 3 (平齐)
        (((1,) * 12, (0,) * 12, (), [0, 0, 0], [8, 8, 8]), [4, 4, 4]),        # even: all the same
        (((1,) * 10, (0,) * 10, (), [0, 0, 5], [8, 8, 3]), [5, 5, 0]),        # a photo over the third column
        (((1,) * 10, (0,) * 10, (), [0, 0], [4, 4]), None),                    # does not fit at all
        # a widow keep makes foot 8 fail where 7 holds (a binary search from 0..16 lands on 10)
        (((1, 1, 1, 3, 3, 3, 1), (2, 0, 2, 0, 0, 0, 0), (True, True, True, True, False, True, False),
          [7, 0, 0], [9, 16, 16]), [0, 7, 7]),
    ]
    for (rows, kept, soft, tops, caps), want in cases:
        assert balanced_caps(FlowSeq.of(rows, kept, soft), tops, caps) == want, (rows, tops, caps)


def _first_foot_by_search(tops, ends, need):
    """The first foot line from the highest top down with room for ``need`` rows, one line
    at a time; the lowest end if there is none."""
    for foot in range(min(tops), max(ends) + 1):
        if sum(max(0, min(end, foot) - top) for top, end in zip(tops, ends)) >= need:
            return foot
    return max(min(tops), max(ends))


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(-2, 60)), min_size=1, max_size=8), st.integers(-3, 300))
def test_first_foot_is_the_first_line_with_room(columns, need):
    from layout.place.flow import _first_foot
    tops = [t for t, _ in columns]
    ends = [t + c for t, c in columns]
    assert _first_foot(tops, ends, need) == _first_foot_by_search(tops, ends, need)


@pytest.mark.parametrize("tops, ends, need, foot", [
    ([0, 0, 0, 0], [40, 40, 40, 40], 100, 25),     # even columns: need / columns, rounded up
    ([0, 0, 10, 10], [40, 40, 40, 40], 100, 30),   # two columns start under a photo 10 lines deep
    ([0, 0, 10, 10], [40, 40, 40, 40], 15, 8),     # ... and the text ends above the photo's foot
    ([0, 0], [5, 40], 30, 25),                     # a short column full: the other takes the rest
    ([0, 0], [5, 40], 60, 40),                     # no room for all of it: the lowest end
    ([3, 3], [9, 9], 0, 3),                        # nothing to hold: the highest top
])
def test_first_foot_cases(tops, ends, need, foot):
    from layout.place.flow import _first_foot
    assert _first_foot(tops, ends, need) == foot


def _paragraph_items(lengths):
    """Flow items of paragraphs of so many lines, with the widow and orphan keeps
    ``body_items`` gives them (a paragraph's first line and its last but one)."""
    from layout.place.flow import FlowItem
    return [FlowItem(rows=1, kind="line", lines=(), style=None, widow_keep=1 if n >= 2 and k in (0, n - 2) else 0)
            for n in lengths for k in range(n)]


def _broken_keeps(items, caps, seq):
    """How many widow or orphan keeps a column's end breaks, as the flow is poured."""
    from layout.place.flow import _broken_keeps as broken
    return len(broken(items, seq, caps))


def test_keeps_are_given_back_where_the_flow_still_fits():
    from layout.place.flow import flow_seq, restore_keeps
    # paragraphs of 1, 3, 1 and 3 lines in three columns of three: with every keep they do
    # not fit; without any, balanced 3 3 2, two keeps are broken (the second paragraph's
    # last line alone at the second column's head, the fourth's first at its foot); one
    # comes back with the columns 2 3 3, no column shorter by more than a line
    items = _paragraph_items([1, 3, 1, 3])
    tops, caps = [0, 0, 0], [3, 3, 3]
    assert balanced_caps(flow_seq(items), tops, caps) is None
    loose = flow_seq(items, strict=False)
    even = balanced_caps(loose, tops, caps)
    assert pour(loose, even)[0] == [3, 3, 2] and _broken_keeps(items, even, loose) == 2
    seq, even2 = restore_keeps(items, loose, even, tops, caps)
    assert pour(seq, even2) == ([2, 3, 3], len(items))
    assert _broken_keeps(items, even2, seq) == 1


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(1, 6), min_size=1, max_size=12), st.lists(st.integers(1, 12), min_size=1, max_size=5))
def test_keeps_given_back_never_cost_a_line(lengths, caps):
    from layout.place.flow import flow_seq, restore_keeps
    items = _paragraph_items(lengths)
    tops = [0] * len(caps)
    loose = flow_seq(items, strict=False)
    even = balanced_caps(loose, tops, caps)
    if even is None:
        return
    seq, even2 = restore_keeps(items, loose, even, tops, caps)
    assert pour(seq, even2)[1] == len(items)                          # everything still fits
    assert all(a <= b for a, b in zip(even2, caps))                   # in the columns given
    assert _broken_keeps(items, even2, seq) <= _broken_keeps(items, even, loose)
    white = max(c - u for c, u in zip(caps, pour(loose, even)[0]))
    assert max(c - u for c, u in zip(caps, pour(seq, even2)[0])) <= max(1, white)   # as even


def _placed_columns(columns):
    """Placed items of columns of lines: each line (text, first, last) of a paragraph."""
    from layout.compose.linebreak import Glyph, Line
    from layout.place.flow import FlowItem, Placed, Slot
    placed = []
    for c, lines in enumerate(columns):
        slot = Slot(column=c, x=100.0 * c, row=0, rows=10)
        for r, (text, first, last) in enumerate(lines):
            line = Line(glyphs=(Glyph(0.0, text, 9.0),), start=0 if first else 5, end=9, measure=90.0,
                        right=90.0, stretch_em=0.0, squeeze_em=0.0, last=last)
            item = FlowItem(rows=1, kind="line", lines=(line,), style=None)
            placed.append(Placed(item, slot, r))
    return placed


@pytest.mark.parametrize("columns, found", [
    # the second paragraph's last line alone at the head of the second column
    ([[("甲", True, False), ("甲", False, True), ("乙", True, False), ("乙", False, False)],
      [("乙", False, True), ("丙", True, False), ("丁", False, True)]],
     [("a paragraph's last line stands alone at the head of the column", 2, 1)]),
    # a paragraph's first line alone at the foot of the first column
    ([[("甲", True, True), ("乙", True, False)], [("丙", False, False), ("丁", False, True)]],
     [("a paragraph's first line stands alone at the foot of the column", 1, 2)]),
    # the middle column has both: a last line at its head, a first line at its foot
    ([[("甲", True, False), ("甲", False, False)],
      [("甲", False, True), ("乙", True, True), ("丙", True, False)],
      [("丙", False, False), ("丙", False, True)]],
     [("a paragraph's last line stands alone at the head of the column", 2, 1),
      ("a paragraph's first line stands alone at the foot of the column", 2, 3)]),
    # two lines of a paragraph at the head: nothing stranded
    ([[("甲", True, False), ("甲", False, False)], [("乙", False, False), ("丙", False, True)]], []),
])
def test_a_line_stranded_at_a_column_head_or_foot_is_reported(columns, found):
    from types import SimpleNamespace
    from layout.place.arrange import _stranded
    ctx = SimpleNamespace(findings=[])
    _stranded(ctx, SimpleNamespace(name="s", file="s.md"), _placed_columns(columns))
    assert [(f.message.split(":")[0], f.column, f.page_line) for f in ctx.findings] == found
