"""The preflight report: every finding of a build with where it shows on the page, as a
structure for scripts (JSON, schema ``layout-report/1``, documented in README.md) and as
lines for people.

Findings come from every stage (normalisation, fit, photos, the quality measures); the
report adds what only the written PDF can tell (fonts embedded) and the page colour policy,
and locates each finding: the story's block, narrowed to the column and line when known.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..display import Block, Image, TextLine
from ..errors import Finding, InputErrors, LayoutError

SCHEMA = "layout-report/1"


def _box(finding: Finding, blocks: dict, grid, lines: dict) -> list | None:
    """Where a finding shows: [x, y, w, h] in points from the trim box's top-left corner:
    the first line set from the finding's line of the story, else its column and grid line,
    else the story's block."""
    # (a change to copy names its own line; the text is set from its paragraph's first)
    first = (finding.extra or {}).get("paragraph_line", finding.line)
    line = lines.get((finding.story, first)) if finding.story and first else None
    if line is not None:
        top = line.y - line.size
        return [round(line.x0, 2), round(top, 2), round(line.measure or (line.right - line.x0), 2),
                round(line.size * 1.3, 2)]
    block = blocks.get(finding.story) if finding.story else None
    if finding.column and finding.page_line and grid.columns and 0 < finding.column <= len(grid.columns):
        x, w = grid.columns[finding.column - 1]
        y = grid.top + (finding.page_line - 1) * grid.pitch
        return [round(x, 2), round(y, 2), round(w, 2), round(grid.pitch, 2)]
    if block is not None:
        return [round(block.x, 2), round(block.y, 2), round(block.w, 2), round(block.h, 2)]
    return None


def colour_findings(layout) -> list[Finding]:
    """RGB photos on a page that asks for CMYK only (page.color: cmyk)."""
    if layout.page.color != "cmyk":
        return []
    from PIL import Image as PILImage
    out = []
    for item in layout.display.items:
        if isinstance(item, Image):
            with PILImage.open(item.path) as im:
                mode = im.mode
            if mode != "CMYK" and mode not in ("L", "1"):
                out.append(Finding("warning", "rgb-colour", f"photo {Path(item.path).name} is {mode}, "
                                   "the page asks for CMYK: convert it, or let the plant separate it",
                                   story=item.story or None))
    return out


def pdf_findings(pdf_path: Path) -> list[Finding]:
    """Checks of the written PDF: every font embedded."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    out = []
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        seen = set()
        for page in doc:
            for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_TEXT,)):
                font = raw.FPDFTextObj_GetFont(obj.raw)
                if not font:
                    continue
                size = raw.FPDFFont_GetBaseFontName(font, None, 0)
                buf = ctypes.create_string_buffer(size)
                raw.FPDFFont_GetBaseFontName(font, buf, size)
                name = buf.value.decode("latin-1", "replace")
                if name in seen:
                    continue
                seen.add(name)
                if not raw.FPDFFont_GetIsEmbedded(font):
                    out.append(Finding("error", "font-not-embedded", f"font {name} is not embedded in the PDF"))
    finally:
        doc.close()
    return out


def build_report(layout, pdf_path: Path | None, extra: list[Finding] = ()) -> dict:
    blocks = {b.name: b for b in layout.display.blocks if isinstance(b, Block)}
    grid = layout.display.grid
    lines: dict = {}
    for item in layout.display.items:
        if isinstance(item, TextLine) and item.source:
            lines.setdefault((item.story, item.source), item)
    findings = list(layout.findings) + list(extra)
    items = []
    for f in findings:
        d = {k: v for k, v in f._asdict().items() if k != "extra"}
        d["page"] = 1
        d["box"] = _box(f, blocks, grid, lines)
        d.update({k: v for k, v in (f.extra or {}).items() if isinstance(v, (int, float, str))})
        items.append(d)
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    return {
        "schema": SCHEMA,
        "page": layout.page.name,
        "pdf": str(pdf_path) if pdf_path else None,
        "status": "not-ready" if counts["error"] else "clean",
        "counts": counts,
        "quality": layout.quality.as_dict(),
        "size": [round(layout.display.width, 2), round(layout.display.height, 2)],
        "blocks": [{"name": b.name, "kind": b.kind, "box": [round(b.x, 2), round(b.y, 2), round(b.w, 2),
                                                            round(b.h, 2)]} for b in layout.display.blocks],
        "findings": items,
    }


def invalid_report(page_dir, exc: LayoutError) -> dict:
    errors = exc.errors if isinstance(exc, InputErrors) else [exc]
    return {
        "schema": SCHEMA,
        "page": Path(page_dir).name,
        "pdf": None,
        "status": "invalid",
        "counts": {"error": len(errors), "warning": 0, "info": 0},
        "errors": [{"file": e.file, "line": e.line or None, "column": e.column, "field": e.field,
                    "message": e.message, "hint": e.hint, "text": str(e)} for e in errors],
        "findings": [],
    }


def clean(value):
    """The report with every lone surrogate (from a broken escape in the copy) replaced by
    U+FFFD, in keys and values alike, so that it can always be written as UTF-8 JSON."""
    if isinstance(value, str):
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in value) if any(
            "\ud800" <= c <= "\udfff" for c in value) else value
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    return value


def dumps(report: dict) -> str:
    text = json.dumps(report, ensure_ascii=False, indent=1)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:   # (rare: only then is every string of the report looked at)
        text = json.dumps(clean(report), ensure_ascii=False, indent=1)
    return text


def report_bytes(report: dict) -> bytes:
    """The report file's bytes."""
    return (dumps(report) + "\n").encode("utf-8")


def write_report(report: dict, path: Path, data: bytes | None = None) -> None:
    """Write ``report`` (already made into ``data`` by ``report_bytes``, if given)."""
    from ..pipeline import write_atomic
    write_atomic(path, data if data is not None else report_bytes(report))


def exit_code(report: dict, strict: bool = False, allow_overset: bool = False) -> int:
    """0 clean; 1 not ready for press (errors; warnings too when strict); 2 invalid input."""
    if report["status"] == "invalid":
        return 2
    for f in report["findings"]:
        if f["severity"] == "error" and not (allow_overset and f["code"] == "overset"):
            return 1
        if strict and f["severity"] == "warning":
            return 1
    return 0
