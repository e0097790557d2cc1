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
    commands that make pages and end (build, edition, check, trace), whose files are
    written, synced and closed by then, which start no thread and whose other processes
    have all ended, the process ends at once once its
    output is flushed, instead of freeing every object and module one by one (a
    thirtieth of a cold build); not under a tracer or profiler (coverage, cProfile), which
    write their results as the interpreter ends."""
    code = main()
    gc.freeze()
    if _ENDS_AT_ONCE and sys.gettrace() is None and sys.getprofile() is None:
        try:
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:   # (None: the process was started without it)
                    stream.flush()
        except (OSError, ValueError):
            return code   # (a closed output: the usual ending reports what it reports)
        os._exit(code)
    return code


#: set by ``main`` for a command that makes pages and ends (``run`` ends it quickly)
_ENDS_AT_ONCE = False


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    global _ENDS_AT_ONCE
    thresholds = gc.get_threshold()
    _ENDS_AT_ONCE = args.command in ("build", "check", "trace", "edition")
    if _ENDS_AT_ONCE:
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
    for the folders in it that have one, in name order (the others are named on standard
    error as not pages). A folder named twice is taken once."""
    pages = []
    for d in dirs:
        if _has_page(d):
            pages.append(d)
            continue
        inner = []
        if d.is_dir():
            for p in sorted(d.iterdir()):
                if _has_page(p):
                    inner.append(p)
                elif p.is_dir() and not p.name.startswith("."):
                    print(f"layout: {p}: no page.yaml: not a page of the edition", file=sys.stderr)
        if not inner:
            raise LayoutError("neither a page folder (with a page.yaml) nor a folder of page folders"
                              if d.exists() else "no such folder", file=str(d))
        pages.extend(inner)
    pages = list({p.resolve(): p for p in pages}.values())
    by_name: dict = {}
    for p in pages:
        by_name.setdefault(p.resolve().name.casefold(), []).append(str(p))
    twice = [" and ".join(same) for same in by_name.values() if len(same) > 1]
    if twice:
        raise LayoutError(f"pages of one name would write the same files: {'; '.join(twice)}",
                          file=str(dirs[0]), hint="each page of an edition needs a folder name of its own")
    return pages


def _has_page(folder: Path) -> bool:
    try:
        return (folder / "page.yaml").is_file()
    except PermissionError:
        return True   # (a page folder we may not read: its build says so)


def _edition(args) -> int:
    """Every page of the edition built as ``layout build`` builds it (the same PDF and report,
    in ``--output``), ``--jobs`` pages at a time, each in a process of its own (forked from
    this one once it has read the modules and the shipped fonts), so that a page that fails
    in any way, its process included, fails alone: it is reported and the others are still
    built. The exit code is the worst of the pages'. What each page prints is printed in
    page order, whatever finishes first. Interrupted, the edition stops: the pages being
    built are abandoned (their processes interrupted too, leaving no partial file)."""
    pages = _edition_pages(args.page_dirs)
    if args.output.exists() and not args.output.is_dir():
        raise LayoutError("the output is a file, not a folder", file=str(args.output), hint="name a folder")
    for page in pages:
        _output_path(page, args.output / f"{page.resolve().name}.pdf")
    from .render_process import available_cpus, default_jobs
    jobs = min(args.jobs or (available_cpus() if default_jobs() > 1 else 1), len(pages))
    builds = [argparse.Namespace(page_dir=page, output=args.output / f"{page.resolve().name}.pdf", trace=None,
                                 jobs=1, verbose=args.verbose, allow_overset=args.allow_overset, debug=args.debug)
              for page in pages]
    shown = _Shown()
    # (in processes of their own wherever processes fork, -j 1 too; on macOS only when asked
    # for, as render_process.default_jobs explains)
    if hasattr(os, "fork") and (jobs > 1 or sys.platform != "darwin"):
        codes, interrupted = _edition_forked(builds, jobs, shown)
    else:
        codes, interrupted = {}, False
        for n, build in enumerate(builds):   # (one process; an interrupt stops the edition)
            codes[n] = shown(*_edition_page(build))
            if codes[n] == 130:
                interrupted = True
                break
    written = sum(1 for code in codes.values() if code in (EXIT_OK, EXIT_FINDINGS))
    failed = [f"{pages[n].resolve().name} ({code})" for n, code in sorted(codes.items()) if code]
    summary = (f"edition: {len(pages)} page(s), {written} written in {args.output}"
               + (f"; not clean: {', '.join(failed)}" if failed else "")
               + ("; interrupted: the others not built" if interrupted else ""))
    shown(0, "", summary + "\n")
    return 130 if interrupted else max(codes.values())


def _edition_forked(builds: list, jobs: int, shown) -> tuple[dict, bool]:
    """The pages built ``jobs`` at a time, each in a forked process that sends back its exit
    code and what it printed; a process that ends any other way is the page's internal
    error. The exit code of each page built (by its index), and whether an interrupt
    stopped the edition.

    An interrupt only sets a flag here (never an exception in the middle of the bookkeeping):
    no page is started after it, the pages being built are interrupted (a page's process
    takes the first interrupt and ignores any other, so one from the terminal and one from
    here do not collide), and what they send is read and shown as any other page's."""
    import pickle
    import select
    import signal
    from .fonts import load_fonts
    from . import render_pdf  # noqa: F401 - (read once, before the processes fork)
    from .proof import report  # noqa: F401
    load_fonts()
    gc.collect()
    gc.freeze()   # (what the processes share is not copied by their collections)
    stop = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: stop.append(signum))
    results: dict = {}
    running: dict = {}   # pipe -> (page index, pid, bytes read)
    todo = iter(range(len(builds)))
    printed = 0
    signalled = False
    try:
        while True:
            while len(running) < jobs and not stop:
                index = next(todo, None)
                if index is None:
                    break
                read, write = os.pipe()
                pid = os.fork()
                if pid == 0:   # the page's process: build, send, end (never back into the caller)
                    try:
                        signal.signal(signal.SIGINT, _interrupt_once)
                        os.close(read)
                        for fd in running:
                            os.close(fd)
                        try:
                            result = _edition_page(builds[index])
                        except BaseException as exc:  # noqa: BLE001 - (SystemExit and the like)
                            result = (EXIT_INTERNAL, "", f"layout: internal error: {type(exc).__name__}: {exc}\n")
                        with os.fdopen(write, "wb") as f:
                            f.write(pickle.dumps(result))
                    finally:
                        os._exit(0)
                os.close(write)
                running[read] = (index, pid, bytearray())
            if stop and not signalled:
                signalled = True
                for index, pid, data in running.values():
                    try:
                        os.kill(pid, signal.SIGINT)
                    except ProcessLookupError:
                        pass
            if not running:
                break
            for fd in select.select(list(running), [], [], 0.2)[0]:
                chunk = os.read(fd, 1 << 16)
                if chunk:
                    running[fd][2].extend(chunk)
                    continue
                index, pid, data = running.pop(fd)
                os.close(fd)
                results[index] = _page_result(builds[index], os.waitpid(pid, 0)[1], bytes(data))
            while printed in results:   # (in page order)
                shown(*results[printed])
                printed += 1
        for index in sorted(results):   # (after an interrupt: the pages that ended)
            if index >= printed:
                shown(*results[index])
    finally:
        signal.signal(signal.SIGINT, previous)
        gc.unfreeze()
    return {index: result[0] for index, result in results.items()}, bool(stop)


def _interrupt_once(signum, frame):
    """A page's process: the first interrupt stops the build (which removes its temporary
    files); any other is ignored, so that cleaning up is not cut short."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise KeyboardInterrupt


def _page_result(build, status: int, data: bytes) -> tuple[int, str, str]:
    """What a page's process sent, or, if it ended without sending it, its internal error."""
    import pickle
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 and data:
        try:
            return pickle.loads(data)
        except Exception:  # noqa: BLE001 - (a message cut short)
            pass
    how = (f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exit {os.WEXITSTATUS(status)}")
    return (EXIT_INTERNAL, "", f"layout: internal error: the process building {build.page_dir} ended ({how}); "
                               "nothing written for that page\n")


def _edition_page(build) -> tuple[int, str, str]:
    """One page of an edition: ``layout build``'s exit code and what it printed."""
    import contextlib
    import io
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = _guarded(_build, build)
    return code, out.getvalue(), err.getvalue()


class _Shown:
    """Prints what a page printed, to standard error and output; a stream that is closed
    (``| head``) is left alone and the edition goes on."""

    def __init__(self):
        self.closed = set()

    def __call__(self, code: int, out: str, err: str) -> int:
        for name, text in (("stderr", err), ("stdout", out)):
            stream = getattr(sys, name)
            if text and name not in self.closed and stream is not None:
                try:
                    stream.write(text)
                    stream.flush()
                except (BrokenPipeError, OSError, ValueError):
                    self.closed.add(name)
        return code


COMMANDS = {"build": _build, "check": _check, "proof": _proof, "diff": _diff, "serve": _serve, "trace": _trace,
            "edition": _edition}
