"""A visual difference of two versions of a page, for checking a late change.

Both PDFs are rendered at the same resolution; pixels that differ beyond a small tolerance
(anti-aliasing) are collected into cells, neighbouring cells are merged into regions, and
the new page is drawn faded with each changed region tinted and framed in red.
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ..errors import LayoutError
from .image import render_png

CELL = 8            # pixels per side of a comparison cell
TOLERANCE = 40      # channel difference ignored (anti-aliasing, JPEG noise)


class Region(NamedTuple):
    x: int
    y: int
    w: int
    h: int


def changed_regions(old, new) -> list[Region]:
    from PIL import ImageChops
    diff = ImageChops.difference(old, new).convert("L").point(lambda v: 255 if v > TOLERANCE else 0)
    small = diff.reduce(CELL)     # a cell is changed when any of its pixels is
    w, h = small.size
    data = small.load()
    marked = {(x, y) for y in range(h) for x in range(w) if data[x, y] > 0}
    regions = []
    while marked:
        stack = [marked.pop()]
        xs, ys = [], []
        while stack:
            x, y = stack.pop()
            xs.append(x)
            ys.append(y)
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    nb = (x + dx, y + dy)
                    if nb in marked:
                        marked.remove(nb)
                        stack.append(nb)
        regions.append(Region(min(xs) * CELL, min(ys) * CELL, (max(xs) - min(xs) + 1) * CELL,
                              (max(ys) - min(ys) + 1) * CELL))
    return sorted(regions, key=lambda r: (r.y, r.x))


def diff_pdfs(old_pdf: Path, new_pdf: Path, out_png: Path, dpi: float = 50.0) -> list[Region]:
    from PIL import Image, ImageDraw
    for p in (old_pdf, new_pdf):
        if not Path(p).is_file():
            raise LayoutError("file not found", file=str(p))
    pages = []
    for p in (old_pdf, new_pdf):
        try:
            pages.append(render_png(p, dpi))
        except Exception as exc:  # pdfium raises its own error type for unreadable files
            raise LayoutError(f"cannot read the PDF: {exc}", file=str(p)) from exc
    old, new = pages
    if old.size != new.size:
        raise LayoutError(f"the pages differ in size ({old.size[0]}x{old.size[1]} and {new.size[0]}x{new.size[1]}"
                          f" pixels at {dpi:g} dpi): not two versions of one page", file=str(new_pdf))
    regions = changed_regions(old, new)
    faded = Image.blend(new, Image.new("RGB", new.size, (255, 255, 255)), 0.55)
    draw = ImageDraw.Draw(faded, "RGBA")
    for r in regions:
        draw.rectangle([r.x, r.y, r.x + r.w, r.y + r.h], fill=(255, 0, 0, 60), outline=(220, 0, 0, 255),
                       width=2)
    import io
    from ..pipeline import write_atomic
    buf = io.BytesIO()
    faded.save(buf, "PNG")
    write_atomic(out_png, buf.getvalue())
    return regions
