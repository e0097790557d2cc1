"""The command line.

    layout build PAGE_DIR [-o OUT.pdf]                     the PDF and its report
    layout edition DIR... [-o OUT_DIR] [-j N]              every page of an edition, N at a time
    layout check PAGE_DIR [--json] [--strict]              the preflight report alone
    layout proof PAGE_DIR [-o DIR] [--dpi N] [--overlay]   PNG proof, PDF and report
    layout diff OLD.pdf NEW.pdf -o DIFF.png                what changed between two versions
    layout serve PAGE_DIR [--port N]                       live preview in the browser
    layout trace PAGE_DIR                                  text trace (golden tests)

Exit codes (DESIGN.md §2): 0 done and clean; 1 done but not ready for press (overset, or a
finding of severity error; warnings too with --strict), the PDF is still written so the
editor can see it; 2 the input cannot be read (nothing written, every error listed); 3 an
internal error of layout itself (a bug: a one-line message, the traceback with --debug).
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
from collections import Counter
from pathlib import Path

from . import __version__
from .errors import LayoutError

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="layout", description="Chinese newspaper pages from stories, as PDF.")
    p.add_argument("--version", action="version", version=f"layout {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def page_command(name, help_text):
        c = sub.add_parser(name, help=help_text)
        c.add_argument("page_dir", type=Path, help="the page folder (holds page.yaml)")
        c.add_argument("--debug", action="store_true", help="show a traceback for unexpected errors")
        return c

    b = page_command("build", "lay out a page folder and write its PDF and report")
    b.add_argument("-o", "--output", type=Path, help="PDF to write (default: out/<page>.pdf)")
    b.add_argument("--allow-overset", action="store_true", help="exit 0 even if text does not fit")
    b.add_argument("--trace", type=Path, help="also write the text trace of the laid-out page")
    b.add_argument("-v", "--verbose", action="store_true", help="list every finding, normalisations too")
    _jobs_option(b)
    c = page_command("check", "preflight: the report alone (exit 1 if not ready for press)")
    c.add_argument("--json", action="store_true", help="print the report as JSON (schema in README)")
    c.add_argument("--strict", action="store_true", help="warnings block press too")
    c.add_argument("-v", "--verbose", action="store_true", help="list normalisations too")
    pr = page_command("proof", "PNG proof of the page (with --overlay: grids, blocks, findings)")
    pr.add_argument("-o", "--output", type=Path, help="folder for the PNG, PDF and report (default: out/)")
    pr.add_argument("--dpi", type=_dpi, default=100.0, help="resolution of the PNG, 10-600 (default 100)")
    pr.add_argument("--overlay", action="store_true", help="draw the grids, blocks and findings")
    pr.add_argument("-v", "--verbose", action="store_true")
    _jobs_option(pr)
    d = sub.add_parser("diff", help="highlight what changed between two versions of a page")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("-o", "--output", type=Path, required=True, help="PNG to write")
    d.add_argument("--dpi", type=_dpi, default=50.0, help="resolution of the comparison, 10-600")
    d.add_argument("--debug", action="store_true")
    s = page_command("serve", "live preview in the browser, updated when a file is saved")
    s.add_argument("--port", type=_port, default=8765, help="port on 127.0.0.1 (default 8765)")
    s.add_argument("--dpi", type=_dpi, default=60.0, help="resolution of the preview image, 10-600")
    t = page_command("trace", "print the text trace of the laid-out page (for golden tests)")
    del t
    e = sub.add_parser("edition", help="build every page of an edition: each page's PDF and report, "
                                       "several pages at a time")
    e.add_argument("page_dirs", type=Path, nargs="+", metavar="DIR",
                   help="a page folder, or a folder of page folders (taken in name order)")
    e.add_argument("-o", "--output", type=Path, default=Path("out"),
                   help="folder for the PDFs and reports (default: out/)")
    e.add_argument("-j", "--jobs", type=_edition_jobs, default=None,
                   help="pages built at a time, each in a process of its own (default: one per processor)")
    e.add_argument("--allow-overset", action="store_true", help="exit 0 even if text does not fit")
    e.add_argument("-v", "--verbose", action="store_true", help="list every finding, normalisations too")
    e.add_argument("--debug", action="store_true", help="show a traceback for unexpected errors")
    return p


def _ranged(convert, low, high, what: str):
    """An argparse type: ``convert`` the text, then require ``low <= value <= high``."""
    def check(text: str):
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} between {low} and {high}, got {text}")
        return value
    return check


_dpi = _ranged(float, 10, 600, "a resolution in dpi")
_port = _ranged(int, 0, 65535, "a port number")
_jobs = _ranged(int, 1, 2, "a number of processes")
_edition_jobs = _ranged(int, 1, 64, "a number of processes")


def _output_path(page_dir: Path, out: Path, what: str = "output") -> Path:
    """Refuse outputs that would overwrite the page's own files or are not writable files."""
    target = out.resolve()
    if target.is_dir():
        raise LayoutError(f"the {what} is a folder, not a file", file=str(out), hint="name a .pdf file")
    if Path(page_dir).resolve() in target.parents:
        raise LayoutError(f"the {what} is inside the page folder", file=str(out),
                          hint="write it elsewhere (out/ by default): the page folder holds the editor's files")
    return out


def _jobs_option(command) -> None:
    command.add_argument("-j", "--jobs", type=_jobs, default=None,
                         help="processes: 2 renders the PDF in a second process while the page is composed "
                              "(same bytes); default 2 on a machine with two or more processors, else 1")


def _jobs_of(args) -> int:
    if args.jobs is not None:
        return args.jobs
    from .render_process import default_jobs
    return default_jobs()


def run() -> int:
    """The program's entry point (``layout``, ``python -m layout``): ``main``, then the process
    ends. Everything the build made is moved out of the cycle collector's reach first: the
    interpreter's last collection would walk the page's hundreds of thousands of objects
    once more (a tenth of a cold build) only to find them all still referenced. After the
    commands that make one page and end (build, check, trace), whose files are written,
    synced and closed by then and which start no thread, the process ends at once once its
    output is flushed, instead of freeing every object and module one by one (a
    thirtieth of a cold build); not under a tracer or profiler (coverage, cProfile), which
    write their results as the interpreter ends."""
    code = main()
    gc.freeze()
    if _ONE_PAGE_COMMAND and sys.gettrace() is None and sys.getprofile() is None:
        try:
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:   # (None: the process was started without it)
                    stream.flush()
        except (OSError, ValueError):
            return code   # (a closed output: the usual ending reports what it reports)
        os._exit(code)
    return code


#: set by ``main`` for a command that makes one page and ends (``run`` ends it quickly)
_ONE_PAGE_COMMAND = False


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    global _ONE_PAGE_COMMAND
    thresholds = gc.get_threshold()
    _ONE_PAGE_COMMAND = args.command in ("build", "check", "trace", "edition")
    if _ONE_PAGE_COMMAND:
        # One page (or an edition's pages), then the process ends: the cycle collector would
        # walk the page's hundred thousand objects again and again (about 3% of a build) to
        # free little; it runs rarely instead (not never: reading a font the first time
        # leaves cycles, 25 MB). proof and serve keep the usual thresholds: they run longer.
        gc.set_threshold(100_000, 50, 100)
    try:
        return _guarded(COMMANDS[args.command], args)
    finally:
        gc.set_threshold(*thresholds)   # (for a program that calls main() and goes on)


def _guarded(command, args) -> int:
    """Run ``command(args)``; what goes wrong becomes a message and an exit code."""
    try:
        return command(args)
    except BrokenPipeError:
        # the reader of our output went away (`layout check --json | head`): not an error of ours
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:
        print(f"layout: {exc.strerror or exc}: {exc.filename or ''}; nothing written", file=sys.stderr)
        return EXIT_INPUT
    except LayoutError as exc:
        print(f"layout: {len(getattr(exc, 'errors', [exc]))} error(s); nothing written", file=sys.stderr)
        print(str(exc), file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("layout: interrupted; nothing written", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last resort: a message, not a traceback
        if getattr(args, "debug", False):
            import traceback
            traceback.print_exc()
        print(f"layout: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
              file=sys.stderr)
        return EXIT_INTERNAL


def _report_path(pdf: Path) -> Path:
    return pdf.with_name(pdf.stem + ".report.json")


def _build(args) -> int:
    from .pipeline import build, write_atomic
    from .proof.report import build_report, colour_findings, exit_code, report_bytes, write_report
    page_dir = args.page_dir
    out = _output_path(page_dir, args.output or Path("out") / f"{page_dir.resolve().name}.pdf")
    made = {}

    def during(result):   # (while the PDF is rendered, in the other process if there is one)
        made["extra"] = colour_findings(result)   # (check and proof also read the PDF back: fonts embedded)
        made["report"] = build_report(result, out, made["extra"])
        made["bytes"] = report_bytes(made["report"])

    result = build(page_dir, out, jobs=_jobs_of(args), during=during)
    extra, report = made["extra"], made["report"]
    write_report(report, _report_path(out), made["bytes"])   # (after the PDF: it names it)
    if args.trace:
        from .render_trace import trace
        write_atomic(args.trace, trace(result.display).encode("utf-8"))
    _print_findings(result.findings + extra, args.verbose)
    print(f"quality: {result.quality.summary()}", file=sys.stderr)
    code = exit_code(report, allow_overset=args.allow_overset or result.page.allow_overset)
    blocking = sum(1 for f in report["findings"] if f["severity"] == "error")
    print(f"wrote {out}" + (f" ({blocking} error(s): not ready for press)" if code else ""))
    return code


def _check(args) -> int:
    from .pipeline import layout_page, render
    from .proof.report import build_report, colour_findings, dumps, exit_code, invalid_report, pdf_findings
    try:
        result = layout_page(args.page_dir)
    except LayoutError as exc:
        report = invalid_report(args.page_dir, exc)
        if args.json:
            print(dumps(report))
            return EXIT_INPUT
        raise
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "page.pdf"
        pdf.write_bytes(render(result))
        extra = colour_findings(result) + pdf_findings(pdf)
    report = build_report(result, None, extra)
    code = exit_code(report, strict=args.strict, allow_overset=result.page.allow_overset)
    if args.json:
        print(dumps(report))
    else:
        _print_findings(result.findings + extra, args.verbose)
        print(f"quality: {result.quality.summary()}", file=sys.stderr)
        print(f"{report['page']}: {report['status'] if code == 0 else 'not ready for press'} "
              f"({report['counts']['error']} error(s), {report['counts']['warning']} warning(s))")
    return code


def _proof(args) -> int:
    from .pipeline import build
    from .proof.image import write_proof
    from .proof.report import build_report, colour_findings, exit_code, pdf_findings, write_report
    folder = args.output or Path("out")
    name = args.page_dir.resolve().name
    pdf = _output_path(args.page_dir, folder / f"{name}.pdf", "proof folder")
    result = build(args.page_dir, pdf, jobs=_jobs_of(args))
    extra = colour_findings(result) + pdf_findings(pdf)
    report = build_report(result, pdf, extra)
    write_report(report, _report_path(pdf))
    png = folder / (f"{name}.overlay.png" if args.overlay else f"{name}.png")
    write_proof(pdf, png, args.dpi, args.overlay, report, result.display)
    _print_findings(result.findings + extra, args.verbose)
    print(f"wrote {png}, {pdf} and {_report_path(pdf)}")
    return exit_code(report, allow_overset=result.page.allow_overset)


def _diff(args) -> int:
    from .proof.diff import diff_pdfs
    if args.output.resolve().is_dir():
        raise LayoutError("the output is a folder, not a file", file=str(args.output), hint="name a .png file")
    regions = diff_pdfs(args.old, args.new, args.output, args.dpi)
    print(f"wrote {args.output}: {len(regions)} changed area(s)")
    return EXIT_OK


def _serve(args) -> int:
    from .proof.serve import serve
    return serve(args.page_dir, port=args.port, dpi=args.dpi)


def _trace(args) -> int:
    from .pipeline import layout_page
    from .render_trace import trace
    sys.stdout.write(trace(layout_page(args.page_dir).display))
    return EXIT_OK


def _print_findings(findings, verbose: bool) -> None:
    shown = [f for f in findings if verbose or f.severity != "info"]
    for f in shown:
        print(str(f), file=sys.stderr)
    infos = Counter(f.code for f in findings if f.severity == "info")
    if infos and not verbose:
        summary = ", ".join(f"{n} {code}" for code, n in sorted(infos.items()))
        print(f"info: {summary} (-v lists them)", file=sys.stderr)


def _edition_pages(dirs: list[Path]) -> list[Path]:
    """The page folders named: a folder with a page.yaml is a page; any other folder stands
    for the folders in it that have one, in name order."""
    pages = []
    for d in dirs:
        if (d / "page.yaml").is_file():
            pages.append(d)
            continue
        inner = sorted(p for p in d.iterdir() if (p / "page.yaml").is_file()) if d.is_dir() else []
        if not inner:
            raise LayoutError("neither a page folder (with a page.yaml) nor a folder of page folders", file=str(d))
        pages.extend(inner)
    names = Counter(p.resolve().name for p in pages)
    twice = sorted(name for name, n in names.items() if n > 1)
    if twice:
        raise LayoutError(f"two pages would write the same files: {', '.join(twice)}",
                          file=str(dirs[0]), hint="each page of an edition needs a folder name of its own")
    return pages


def _edition(args) -> int:
    """Every page of the edition built as ``layout build`` builds it (the same PDF and report,
    in ``--output``), ``--jobs`` pages at a time, each in a process of its own. A page that
    cannot be built is reported and the others are still built; the exit code is the worst
    of the pages'. What each page prints is printed in page order, whatever finishes first."""
    pages = _edition_pages(args.page_dirs)
    if args.output.exists() and not args.output.is_dir():
        raise LayoutError("the output is a file, not a folder", file=str(args.output), hint="name a folder")
    for page in pages:
        _output_path(page, args.output / f"{page.resolve().name}.pdf")
    args.output.mkdir(parents=True, exist_ok=True)
    from .render_process import available_cpus
    jobs = min(args.jobs or available_cpus(), len(pages))
    builds = [argparse.Namespace(page_dir=page, output=args.output / f"{page.resolve().name}.pdf", trace=None,
                                 jobs=1, verbose=args.verbose, allow_overset=args.allow_overset, debug=args.debug)
              for page in pages]
    if jobs > 1 and hasattr(os, "fork"):
        import multiprocessing
        # what every page needs, read once before the processes fork: the modules (reportlab
        # among them) and the shipped fonts
        from .fonts import load_fonts
        from .proof import report  # noqa: F401
        from . import render_pdf  # noqa: F401
        load_fonts()
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            done = pool.imap(_edition_page, builds)
            codes = [_show(*result) for result in done]
    else:
        codes = [_show(*_edition_page(b)) for b in builds]
    failed = [f"{p.resolve().name} ({code})" for p, code in zip(pages, codes) if code]
    print(f"edition: {len(pages)} page(s) in {args.output}" + (f"; not clean: {', '.join(failed)}" if failed else ""),
          file=sys.stderr)
    return max(codes)


def _edition_page(build) -> tuple[int, str, str]:
    """One page of an edition: ``layout build``'s exit code and what it printed."""
    import contextlib
    import io
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = _guarded(_build, build)
    return code, out.getvalue(), err.getvalue()


def _show(code: int, out: str, err: str) -> int:
    sys.stderr.write(err)
    sys.stderr.flush()
    sys.stdout.write(out)
    sys.stdout.flush()
    return code


COMMANDS = {"build": _build, "check": _check, "proof": _proof, "diff": _diff, "serve": _serve, "trace": _trace,
            "edition": _edition}
