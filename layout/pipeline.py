"""The whole pipeline in named steps: load -> fonts -> prepare -> place -> render.

``layout_page`` stops at the display list (what tests and the trace need); ``build`` also
renders the PDF (in a second process with ``jobs=2``) and writes it atomically: to a
temporary file in the target folder, then renamed, so a failed or interrupted build never
leaves a partial file.
"""
from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import NamedTuple

from .display import DisplayPage
from .errors import FontError, InputErrors
from .fonts import FontSet, load_fonts
from .load import load_page
from .model import Page
from .place import place_page
from .prepare import prepare
from .quality import Quality, measure_quality


class Layout(NamedTuple):
    page: Page
    fonts: FontSet
    display: DisplayPage
    findings: list
    quality: Quality


def layout_page(page_dir) -> Layout:
    page, fonts, findings, photos = _ready(page_dir)
    return _place(page, fonts, findings, photos)


def _ready(page_dir):
    page = load_page(page_dir)                      # 1 load + 2 model
    try:
        fonts = load_fonts(page.fonts)              # 3 fonts
    except FontError as exc:
        role = (exc.field or "").partition(".")[2]
        if exc.file is None and role in (page.fonts or {}):  # a font named in page.yaml: point at it
            exc.file = f"{page.name}/page.yaml"
            exc.line = (page.font_lines or {}).get(role)
        raise InputErrors([exc]) from exc
    page, findings, photos = prepare(page, fonts)   # normalise, coverage, photo headers
    return page, fonts, findings, photos


def _place(page: Page, fonts: FontSet, findings: list, photos: dict, worker=None) -> Layout:
    display, placed = place_page(page, fonts, photos)  # 4 compose + 5 place -> 6 display
    if worker is not None:                          # (7 render starts in the other process)
        worker.send(display, page.folio.paper, page.folio.page_name)
    quality, lint = measure_quality(display)        # what a proofreader would count
    # (a line's finding names its story's file, as the others do: erqi-2018-12/lead.md:25)
    files = {story.name: story.file for story in page.all_stories()}
    lint = [f._replace(file=files.get(f.story)) if f.story and not f.file else f for f in lint]
    return Layout(page, fonts, display, findings + placed + lint, quality)


def render(result: Layout) -> bytes:
    from .render_pdf import render_pdf            # 7 render (reportlab only here)
    folio = result.page.folio
    return render_pdf(result.display, result.fonts, author=folio.paper, subject=folio.page_name)


def write_atomic(path: Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _new_file_beside(path)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _new_file_beside(path: Path) -> tuple[int, Path]:
    """A new, empty file in ``path``'s folder for its next version: hidden, named after this
    process (two builds never write the same one; one left by a process that died is not
    reused), with the permissions of a file the user saves (0666 less the umask)."""
    for n in itertools.count():
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{n}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666), tmp
        except FileExistsError:
            continue


def build(page_dir, out: Path, jobs: int = 1, during=None) -> Layout:
    """Lay out the page folder and write its PDF to ``out``. With ``jobs`` 2 the PDF is
    rendered in a second process, started first (``render_process``); the bytes are the
    same. ``during(result)``, if given, runs while the PDF is rendered."""
    worker = None
    if jobs > 1:
        from .render_process import RenderProcess
        worker = RenderProcess.start()
    try:
        page, fonts, findings, photos = _ready(page_dir)
        if worker is not None:
            worker.send_fonts(page.fonts)
        result = _place(page, fonts, findings, photos, worker)
        if during is not None:
            during(result)
        data = worker.receive() if worker is not None else None
    except BaseException:
        if worker is not None:
            worker.abandon()   # (the page is not coming: no need to wait for the child)
        raise
    finally:
        if worker is not None:
            worker.close()
    if data is None:
        data = render(result)
    write_atomic(out, data)
    return result
