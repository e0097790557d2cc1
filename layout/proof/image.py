"""PNG proofs, rendered from the written PDF with pypdfium2 so that the proof shows what
prints, with optional overlays drawn on the bitmap:

* the column grid (cyan bands' edges) and the baseline grid (a faint line per body line);
* each block outlined, with its story name;
* overset stories marked in red; a numbered marker at every warning and error.

Coordinates: the report and the display list measure from the trim box's top-left corner
in points; the PDF page includes the bleed, so both are shifted by it.
"""
from __future__ import annotations

from pathlib import Path

GRID = (0, 170, 220)
BASELINE = (120, 200, 235)
BLOCK = (40, 90, 200)
ERROR = (220, 0, 0)
WARNING = (235, 140, 0)


def render_png(pdf_path: Path, dpi: float = 72.0):
    """The first page of ``pdf_path`` as a PIL image (RGB) at ``dpi``."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        bitmap = doc[0].render(scale=dpi / 72.0)
        return bitmap.to_pil().convert("RGB")
    finally:
        doc.close()


class _Mapper:
    """Points from the trim box's top-left -> pixels of the rendered page."""

    def __init__(self, dpi: float, bleed: float):
        self.k = dpi / 72.0
        self.bleed = bleed

    def __call__(self, x: float, y: float) -> tuple[int, int]:
        return round((x + self.bleed) * self.k), round((y + self.bleed) * self.k)


def _label_font(size_px: int):
    from PIL import ImageFont
    from ..fonts import FONT_DIR, DEFAULT_FILES
    try:
        return ImageFont.truetype(str(FONT_DIR / DEFAULT_FILES["hei"]), max(8, size_px))
    except OSError:
        return ImageFont.load_default()


def draw_overlay(image, report: dict, grid: dict, bleed: float, dpi: float):
    """Draw grids, blocks and finding markers of ``report`` onto ``image`` (in place)."""
    from PIL import ImageDraw
    draw = ImageDraw.Draw(image, "RGBA")
    at = _Mapper(dpi, bleed)
    top, pitch, lines = grid["top"], grid["pitch"], grid["lines"]
    bottom = top + lines * pitch
    for n in range(lines + 1):
        y = top + n * pitch
        draw.line([at(grid["columns"][0][0], y), at(grid["columns"][-1][0] + grid["columns"][-1][1], y)],
                  fill=BASELINE + (110,), width=1)
    for x, w in grid["columns"]:
        for edge in (x, x + w):
            draw.line([at(edge, top), at(edge, bottom)], fill=GRID + (220,), width=max(1, round(dpi / 72)))
    font = _label_font(round(7 * dpi / 72))
    overset = {f["story"] for f in report["findings"] if f["code"] == "overset"}
    for block in report.get("blocks", []):
        x, y, w, h = block["box"]
        colour = ERROR if block["name"] in overset else BLOCK
        draw.rectangle([at(x, y), at(x + w, y + h)], outline=colour + (230,), width=max(1, round(dpi / 50)))
        if block["kind"] in ("story", "intro"):
            label = block["name"] + ("  OVERSET" if block["name"] in overset else "")
            lx, ly = at(x, y)
            box = draw.textbbox((lx + 3, ly + 2), label, font=font)
            draw.rectangle(box, fill=(255, 255, 255, 140))
            draw.text((lx + 3, ly + 2), label, fill=colour + (255,), font=font)
    number = 0
    for f in report["findings"]:
        if f["severity"] == "info" or not f.get("box"):
            continue
        number += 1
        x, y, w, h = f["box"]
        colour = ERROR if f["severity"] == "error" else WARNING
        cx, cy = at(x + w, y + min(h, 12) / 2)
        r = max(5, round(6 * dpi / 72))
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=colour + (220,), outline=(255, 255, 255, 255))
        draw.text((cx, cy), str(number), fill=(255, 255, 255, 255), font=_label_font(r), anchor="mm")
    return image


def grid_of(display) -> dict:
    g = display.grid
    return {"columns": [list(c) for c in g.columns], "top": g.top, "pitch": g.pitch, "lines": g.lines}


def write_proof(pdf_path: Path, png_path: Path, dpi: float, overlay: bool, report: dict, display) -> Path:
    from ..pipeline import write_atomic
    image = render_png(pdf_path, dpi)
    if overlay:
        draw_overlay(image, report, grid_of(display), display.bleed, dpi)
    import io
    buf = io.BytesIO()
    image.save(buf, "PNG", optimize=False)
    write_atomic(png_path, buf.getvalue())
    return png_path
