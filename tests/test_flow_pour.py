"""Pouring a flow into columns (``place.flow.pour``), the inner loop of copyfitting: an item
goes into a column if it fits and, unless it is the column's first, if the rows it keeps
with it (a head's first lines, widow and orphan keeps) fit too."""
from __future__ import annotations

from layout.place.flow import FlowSeq, pour


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
        assert pour(FlowSeq(rows, kept), caps) == want, (rows, kept, caps)
    # a widow/orphan keep even an empty column cannot honour: the strict flow stops there
    assert pour(FlowSeq((1, 1, 1), (0, 2, 0), (False, True, False)), [1, 2, 3]) == ([1, 0, 0], 1)
    # the same keep where it can be honoured: the item waits for the next column
    assert pour(FlowSeq((1, 1, 1), (0, 2, 0), (False, True, False)), [1, 3]) == ([1, 2], 3)
