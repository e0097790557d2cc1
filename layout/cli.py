"""The command line: ``layout build PAGE_DIR [-o OUT.pdf]`` and ``layout trace PAGE_DIR``.

Exit codes (DESIGN.md §2): 0 done and clean; 1 done but not ready for press (overset, or a
finding of severity error), the PDF is still written so the editor can see it; 2 the input
cannot be read (nothing written, every error listed); 3 an internal error of layout itself
(a bug: a one-line message, the traceback with --debug).
"""
from __future__ import annotations

import argparse
import sys
import traceback
from collections import Counter
from pathlib import Path

from . import __version__
from .errors import LayoutError

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="layout", description="Chinese newspaper pages from stories, as PDF.")
    p.add_argument("--version", action="version", version=f"layout {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="lay out a page folder and write its PDF")
    b.add_argument("page_dir", type=Path, help="the page folder (holds page.yaml)")
    b.add_argument("-o", "--output", type=Path, help="PDF to write (default: out/<page>.pdf)")
    b.add_argument("--allow-overset", action="store_true", help="exit 0 even if text does not fit")
    b.add_argument("--trace", type=Path, help="also write the text trace of the laid-out page")
    b.add_argument("-v", "--verbose", action="store_true", help="list every finding, normalisations too")
    b.add_argument("--debug", action="store_true", help="show a traceback for unexpected errors")
    t = sub.add_parser("trace", help="print the text trace of the laid-out page (for golden tests)")
    t.add_argument("page_dir", type=Path)
    t.add_argument("--debug", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
        return _trace(args)
    except LayoutError as exc:
        print(f"layout: {len(getattr(exc, 'errors', [exc]))} error(s); nothing written", file=sys.stderr)
        print(str(exc), file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("layout: interrupted; nothing written", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last resort: a message, not a traceback
        if getattr(args, "debug", False):
            traceback.print_exc()
        print(f"layout: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
              file=sys.stderr)
        return EXIT_INTERNAL


def _build(args) -> int:
    from .pipeline import build
    page_dir = args.page_dir
    out = args.output or Path("out") / f"{page_dir.resolve().name}.pdf"
    result = build(page_dir, out)
    if args.trace:
        from .pipeline import write_atomic
        from .render_trace import trace
        write_atomic(args.trace, trace(result.display).encode("utf-8"))
    _report(result.findings, args.verbose)
    print(f"quality: {result.quality.summary()}", file=sys.stderr)
    allow_overset = args.allow_overset or result.page.allow_overset
    errors = [f for f in result.findings if f.severity == "error"
              and not (allow_overset and f.code == "overset")]
    print(f"wrote {out}" + (f" ({len(errors)} error(s): not ready for press)" if errors else ""))
    return EXIT_FINDINGS if errors else EXIT_OK


def _report(findings, verbose: bool) -> None:
    shown = [f for f in findings if verbose or f.severity != "info"]
    for f in shown:
        print(str(f), file=sys.stderr)
    infos = Counter(f.code for f in findings if f.severity == "info")
    if infos and not verbose:
        summary = ", ".join(f"{n} {code}" for code, n in sorted(infos.items()))
        print(f"info: {summary} (-v lists them)", file=sys.stderr)


def _trace(args) -> int:
    from .pipeline import layout_page
    from .render_trace import trace
    sys.stdout.write(trace(layout_page(args.page_dir).display))
    return EXIT_OK
