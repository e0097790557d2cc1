"""Golden text trace of the sample page: one display item a line, numbers rounded to 0.01 pt
(SILE's debug outputter). Any change that moves anything on the page shows in the diff.
Run ``pytest --update-golden`` after a deliberate change and review the diff."""
from __future__ import annotations

import difflib
from pathlib import Path

from layout.render_trace import trace

GOLDEN = Path(__file__).parent / "golden" / "erqi-2018-12.trace"


def test_sample_trace_matches_golden(sample_layout, request):
    actual = trace(sample_layout.display)
    if request.config.getoption("--update-golden"):
        GOLDEN.write_text(actual, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8")
    if actual != expected:
        GOLDEN.with_suffix(".actual").write_text(actual, encoding="utf-8")
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            "golden", "actual", n=1))
        raise AssertionError(f"trace differs from {GOLDEN.name} (see {GOLDEN.with_suffix('.actual').name}):\n"
                             + diff[:6000])
