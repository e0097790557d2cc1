"""Pouring a flow into columns (``place.flow.pour``), the inner loop of copyfitting: an item
goes into a column if it fits and, unless it is the column's first, if the rows it keeps
with it (a head's first lines, widow and orphan keeps) fit too."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from layout.place.flow import FlowSeq, pour


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
