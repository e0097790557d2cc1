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
