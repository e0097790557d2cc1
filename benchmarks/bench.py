"""Benchmarks for layout: speed, memory and composition quality, printed as tables.

Run by hand, from the repository root:

    python benchmarks/bench.py            # everything
    python benchmarks/bench.py quality    # composition quality only
    python benchmarks/bench.py speed      # timings only (the edition's too)
    python benchmarks/bench.py edition    # the edition of 24 pages alone

Nothing here asserts: the figures go into the README and the issue notes.
"""
from __future__ import annotations

import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from layout.compose import Spacing, TextStyle, compose  # noqa: E402
from layout.compose.classes import NO_END, NO_START  # noqa: E402
from layout.fonts import load_fonts  # noqa: E402

SAMPLE = ROOT / "stories" / "erqi-2018-12"
HAN = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
       "多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合")
PUNCT = "，，，、。。；：？！“”《》（）"
WORDS = ["LED", "GDP", "5G", "App", "iPhone", "CPU", "NBA", "internationalization", "www.zynews.cn", "RTX-4090"]
NUMBERS = ["2018年", "24000余人", "3.5%", "13.7%", "100多块", "12月6日", "400mm", "6000条"]


def random_paragraphs(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(40, 220)):
            r = rng.random()
            if r < 0.78:
                parts.append(rng.choice(HAN))
            elif r < 0.9:
                parts.append(rng.choice(PUNCT))
            elif r < 0.95:
                parts.append(rng.choice(NUMBERS))
            elif r < 0.98:
                parts.append(" " + rng.choice(WORDS) + " ")
            else:
                parts.append(rng.choice(["——", "……"]))
        out.append(" ".join("".join(parts).split()) + "。")
    return out


def sample_paragraphs() -> list[str]:
    from layout.load import load_page
    from layout.prepare import prepare
    page, _, _ = prepare(load_page(SAMPLE), load_fonts())
    return [p.text for s in page.all_stories() for p in s.paragraphs if not p.subhead]


def quality_of(paragraphs: list[str], chars: int, hang: bool = False) -> dict:
    face = load_fonts().song
    style = TextStyle(face=face, size=9.0, indent_em=2.0, spacing=Spacing(hang=hang))
    lines = loose = violations = orphans = 0
    largest = 0.0
    for text in paragraphs:
        composed = compose(text, style, chars * 9.0)
        for n, line in enumerate(composed.lines):
            lines += 1
            t = line.text.strip(" \u00ad")
            if not line.last or line.stretch_em < 0:
                largest = max(largest, abs(line.stretch_em))
                loose += abs(line.stretch_em) > 0.1 + 1e-9
            if n and t[0] in NO_START and not t.startswith(("——", "……")):
                violations += 1
            if not line.last and t[-1] in NO_END:
                violations += 1
            if line.last and len(composed.lines) > 1 and sum(1 for c in t if "\u4e00" <= c <= "\u9fff") < 2 \
                    and not any(c.isascii() and c.isalnum() for c in t):
                orphans += 1
    return {"lines": lines, "≤0.1 em": f"{100 * (1 - loose / max(lines, 1)):.2f}%", "largest em": f"{largest:.3f}",
            "violations": violations, "孤字": orphans}


def _escape_typst(text: str) -> str:
    return "".join("\\" + c if c in "#$*_`<>@[]\\/~" else c for c in text)


def typst_galley(paragraphs: list[str], chars: int, pdf: Path) -> None:
    """Set ``paragraphs`` with Typst in a column of ``chars`` 字 (Noto Serif CJK SC 9 pt,
    justified, 2 字 indent, Chinese rules as Typst applies them) into ``pdf``. Where the
    system has the full Noto CJK fonts Typst takes them, OpenType features and all: its best
    case."""
    import typst
    src = (f"#set page(width: {chars * 9}pt, height: auto, margin: 0pt)\n"
           '#set text(font: "Noto Serif CJK SC", size: 9pt, lang: "zh", region: "cn")\n'
           "#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 3pt, spacing: 3pt)\n\n"
           + "\n\n".join(_escape_typst(p) for p in paragraphs))
    typ = pdf.with_suffix(".typ")
    typ.write_text(src, encoding="utf-8")
    typst.compile(str(typ), output=str(pdf), font_paths=[str(ROOT / "fonts")])


def _escape_latex(text: str) -> str:
    special = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "#": r"\#", "$": r"\$", "%": r"\%",
               "&": r"\&", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
    return "".join(special.get(c, c) for c in text)


def xelatex_galley(paragraphs: list[str], chars: int, pdf: Path) -> None:
    """The same galley set by XeLaTeX with ctex (xeCJK): Noto Serif CJK SC 9 pt on 12 pt
    from the system's fonts, justified, 2 字 indent, ctex's Chinese rules as they come, with
    xeCJK's CheckSingle on (it avoids a last line of one character)."""
    src = ("\\documentclass{ctexart}\n\\ctexset{fontset=none}\n"
           "\\setCJKmainfont{Noto Serif CJK SC}\n\\setmainfont{Noto Serif CJK SC}\n"
           f"\\usepackage[paperwidth={chars * 9}pt,paperheight=1000pt,margin=0pt]{{geometry}}\n"
           "\\xeCJKsetup{CheckSingle=true}\n\\pagestyle{empty}\n\\begin{document}\n"
           "\\fontsize{9pt}{12pt}\\selectfont\n\\setlength{\\parindent}{18pt}\n\n"
           + "\n\n".join(_escape_latex(p) for p in paragraphs) + "\n\\end{document}\n")
    tex = pdf.with_suffix(".tex")
    tex.write_text(src, encoding="utf-8")
    proc = subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", tex.name], cwd=tex.parent,
                          capture_output=True)
    if proc.returncode != 0 or not pdf.exists():
        raise SystemExit(f"xelatex failed on {tex}: {proc.stdout.decode(errors='replace')[-2000:]}")


def layout_galley(paragraphs: list[str], chars: int, pdf: Path) -> None:
    """The same galley set by layout: each paragraph composed at the measure and written
    through layout's own PDF renderer, one page."""
    from layout.display import DisplayPage, Grid, TextLine
    from layout.render_pdf import render_pdf
    fonts = load_fonts()
    style = TextStyle(face=fonts.song, size=9.0, indent_em=2.0, spacing=Spacing())
    items, y = [], 9.0
    for text in paragraphs:
        for line in compose(text, style, chars * 9.0).lines:
            items.append(TextLine(face="song", size=9.0, y=y, glyphs=tuple(line.glyphs), measure=chars * 9.0,
                                  right=line.right, last=line.last))
            y += 12.0
    page = DisplayPage(width=chars * 9.0, height=y, bleed=0.0, items=tuple(items), blocks=(),
                       grid=Grid(columns=((0.0, chars * 9.0),), top=0.0, pitch=12.0, lines=len(items),
                                 baseline_offset=9.0))
    pdf.write_bytes(render_pdf(page, fonts))


def _typed_gaps(paragraphs: list[str]) -> list[tuple[str, bool]]:
    """The copy's Han characters in order, each with whether a space or 一字空 was typed
    between it and the Han character just before it (a word gap, not spacing)."""
    from layout.compose.classes import is_han
    out = []
    for text in paragraphs:
        after_han = spaced = False
        for ch in text:
            if is_han(ch):
                out.append((ch, after_han and spaced))
                after_han, spaced = True, False
            elif ch in " \u3000":
                spaced = True
            else:
                after_han = spaced = False
    return out


def audit_pdf(pdf: Path, chars: int, em: float = 9.0, paragraphs: list[str] | None = None) -> dict:
    """Read a one-column galley back from its PDF, as an outside audit would, and count, from
    the glyph origins alone: lines; the inter-character adjustment of every line that is not a
    paragraph's last (the largest departure from 1 em between two Han characters); lines that
    are not flush right; prohibited line starts and ends; 孤字.

    Two Han characters with a space or 一字空 typed between them in ``paragraphs`` (the copy
    the galley was set from) stand either side of a word gap, not of spacing. The reader does
    not always return a 一字空 as a character (only the gap it leaves), so the copy says where
    they are: its Han characters are matched in order with those read back (until the two
    differ, if an engine changed the copy)."""
    import ctypes
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    from layout.compose.classes import ADJUSTABLE, OPENING, is_han
    from layout.quality import slash_breaks_a_word
    doc = pdfium.PdfDocument(str(pdf))
    lines = []
    for page in doc:
        tp = page.get_textpage()
        rows: dict = {}
        x, y = ctypes.c_double(), ctypes.c_double()
        for i in range(tp.count_chars()):
            ch = tp.get_text_range(i, 1)
            if not ch.strip() and ch != "\u3000":
                continue
            raw.FPDFText_GetCharOrigin(tp.raw, i, ctypes.byref(x), ctypes.byref(y))
            right = tp.get_charbox(i, loose=True)[2]
            rows.setdefault(round(y.value, 1), []).append((x.value, ch, right))
        for key in sorted(rows, reverse=True):
            lines.append(sorted(rows[key]))
    doc.close()
    # the column's left edge: where most lines start (a dash or a trimmed bracket may start
    # a glyph's origin a little to the left of it)
    left = statistics.mode(round(g[0][0], 1) for g in lines)
    measure = chars * em
    typed = _typed_gaps(paragraphs or [])
    k = 0   # (the next Han character of the copy; None once the galley's text departs from it)
    out = {"lines": len(lines), "adjust": [], "ragged": 0, "violations": 0, "孤字": 0}
    for n, glyphs in enumerate(lines):
        # the text without the hyphen of a hyphenated word (it still counts for the edge)
        text = "".join(g[1] for g in glyphs).rstrip("\u00ad\ufffe\u2010-") or "-"
        word_gap = []   # per glyph: a space or 一字空 was typed before it
        for g in glyphs:
            gap = False
            if is_han(g[1]) and k is not None:
                if k < len(typed) and typed[k][0] == g[1]:
                    gap = typed[k][1]
                    k += 1
                else:
                    k = None
            word_gap.append(gap)
        # the next line is indented (2 em; 1.5 em to the origin of an opening bracket whose
        # blank half layout sets in the indent, so that its ink starts at 2 em)
        last = n + 1 == len(lines) or lines[n + 1][0][0] - left > 1.25 * em
        if n and glyphs[0][0] - left < 1.25 * em and text[0] in NO_START and not text.startswith(("——", "……")):
            out["violations"] += 1
        # (a / inside a web address or a list of figures, the next line going on with the
        # word, is a break the issue asks for, not a 分隔号 at a line's end)
        follow = "" if last else "".join(g[1] for g in lines[n + 1])
        in_word = slash_breaks_a_word(text, follow)
        if text[-1] in NO_END and not last and not in_word:
            out["violations"] += 1
        if last:
            if sum(1 for c in text if is_han(c)) == 1 and len(text.strip("。，、；：！？”’）》")) == 1:
                out["孤字"] += 1
            continue
        # (an ideographic space is kept in the row, so the characters on either side of it are
        # not taken as neighbours; the space itself is a word space, not measured, as Latin
        # word spaces are not)
        gaps = [abs(g[0] - f[0] - em) / em for f, g, w in zip(glyphs, glyphs[1:], word_gap[1:])
                if is_han(f[1]) and is_han(g[1]) and not w]
        out["adjust"].append(max(gaps) if gaps else 0.0)
        # the right edge: a line-end mark's ink ends half an em after its origin (GB/T 15834
        # 5.1.10: it takes ½ em there); anything else ends where its glyph box ends
        x_end, ch_end, box_end = glyphs[-1]
        edge = x_end + 0.5 * em if ch_end in ADJUSTABLE and ch_end not in OPENING else box_end
        if abs(edge - left - measure) > 0.05 * em:
            out["ragged"] += 1
    return out


def _audit_row(engine: str, chars: int, audit: dict) -> dict:
    adjust = audit["adjust"]
    good = sum(1 for a in adjust if a <= 0.1 + 1e-3)
    return {"engine": engine, "column": f"{chars} 字", "lines": audit["lines"],
            "≤0.1 em": f"{100 * good / max(len(adjust), 1):.2f}%", "largest em": f"{max(adjust, default=0):.3f}",
            ">0.25 em": sum(1 for a in adjust if a > 0.25 + 1e-3), "not flush": audit["ragged"],
            "violations": audit["violations"],
            "孤字": audit["孤字"]}


def bench_versus(files: list[str] = ()) -> None:
    """The same copy set by layout, XeLaTeX and Typst (those installed), all read back from
    their PDFs the same way (``audit_pdf``). ``files``: more copy to compare, plain text, one
    paragraph a line (normalised as layout normalises story files, and given to every engine
    so)."""
    from layout.normalize import normalize
    texts = [("sample page copy", sample_paragraphs())]
    for name in files:
        paras = [normalize(line.strip())[0] for line in Path(name).read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        texts.append((Path(name).name, paras))
    engines = []
    try:
        import typst  # noqa: F401
        engines.append(("Typst", typst_galley))
    except ImportError:
        print("\n(Typst comparison skipped: pip install typst)")
    if shutil.which("xelatex"):
        engines.append(("XeLaTeX", xelatex_galley))
    else:
        print("\n(XeLaTeX comparison skipped: no xelatex; Debian: texlive-xetex texlive-lang-chinese)")
    engines.append(("layout", layout_galley))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, paras in texts:
            for chars in (13, 11):
                for engine, make in engines:
                    pdf = Path(tmp) / f"{engine}-{chars}.pdf"
                    make(paras, chars, pdf)
                    rows.append({"text": name, **_audit_row(engine, chars, audit_pdf(pdf, chars, paragraphs=paras))})
    table(rows, "The same copy set by layout, XeLaTeX (ctex) and Typst (same typeface and measure), read back from\n"
          "each PDF: inter-character adjustment is the largest departure from 1 em between two Han\n"
          "characters of a line (paragraph ends excluded)")


def table(rows: list[dict], title: str) -> None:
    print(f"\n{title}")
    keys = list(rows[0])
    widths = [max(len(str(k)), *(len(str(r[k])) for r in rows)) for k in keys]
    print("  ".join(str(k).ljust(w) for k, w in zip(keys, widths)))
    for r in rows:
        print("  ".join(str(r[k]).ljust(w) for k, w in zip(keys, widths)))


def bench_quality() -> None:
    real = sample_paragraphs()
    rand = random_paragraphs(1, 400)
    rows = []
    for name, paras in (("sample page copy", real), ("random mixed text", rand)):
        for chars in (13, 11):
            for hang in (False, True):
                rows.append({"text": name, "chars": sum(map(len, paras)), "column": f"{chars} 字",
                             "style": "hanging 、，。" if hang else "default", **quality_of(paras, chars, hang)})
    table(rows, "Composition quality (Noto Serif CJK SC, 9 pt, 2 字 indent)")


def bench_throughput() -> None:
    face = load_fonts().song
    paras = random_paragraphs(2, 600)
    total = sum(map(len, paras))
    compose("warm-up: internationalization 排版", TextStyle(face=face, size=9.0), 117.0)  # hyphenation patterns
    rows = []
    for chars in (13, 11):
        style = TextStyle(face=face, size=9.0, indent_em=2.0, spacing=Spacing(punct_style="quanjiao"))
        runs = []
        for _ in range(3):
            compose.cache_clear()
            t0 = time.perf_counter()
            for text in paras:
                compose(text, style, chars * 9.0)
            runs.append(time.perf_counter() - t0)
        dt = min(runs)
        rows.append({"column": f"{chars} 字", "characters": total, "best of 3 s": f"{dt:.3f}",
                     "chars/s": f"{total / dt:,.0f}", "runs": " ".join(f"{t:.3f}" for t in runs)})
    table(rows, "Composition throughput (segmentation, line breaking, justification; cold cache each run)")


def _timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr.decode())
    return time.perf_counter() - t0


def _paired_runs(a: list[str], b: list[str], runs: int) -> tuple[list[float], list[float], float]:
    """``a`` and ``b`` in turn (a b a b ...), after a warm-up of each: their times and the
    median of the ratios a/b pair by pair, which holds when the machine's speed drifts."""
    _timed(a)
    _timed(b)
    ta, tb = [], []
    for _ in range(runs):
        ta.append(_timed(a))
        tb.append(_timed(b))
    return ta, tb, statistics.median(x / y for x, y in zip(ta, tb))


def typst_source() -> str:
    """The sample page's text set by Typst in the same page format and fonts: headline, then
    every paragraph in 8 justified columns of 9 pt on 12 pt (for a like-for-like timing)."""
    from layout.load import load_page
    page = load_page(SAMPLE)
    esc = lambda t: "".join("\\" + c if c in "#$*_`<>@[]\\/~" else c for c in t)  # noqa: E731
    out = ['#set page(width: 390mm, height: 540mm, margin: (x: 18.79mm, y: 26.55mm))',
           '#set text(font: "Noto Serif CJK SC", size: 9pt, lang: "zh", region: "cn")',
           '#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 3pt, spacing: 3pt)',
           '#align(center, text(font: "Noto Sans CJK SC", weight: "bold", size: 42pt)[' + esc(page.headline.title) + '])',
           '#columns(8, gutter: 9pt)[']
    for story in page.all_stories():
        if story.title:
            out.append('#text(font: "Noto Sans CJK SC", weight: "bold", size: 15pt)[' + esc(story.title) + ']\n')
        for p in story.paragraphs:
            out.append(esc(p.text) + "\n")
    out.append("]")
    return "\n\n".join(out)


def bench_speed(runs: int = 5) -> None:
    # Compiled bytecode, as any installed Python package has it (pip compiles at install;
    # an editable install writes it on first use, unless PYTHONDONTWRITEBYTECODE is set).
    import compileall
    compileall.compile_dir(str(ROOT / "layout"), quiet=1)
    tmp = Path(tempfile.mkdtemp())
    out = tmp / "page.pdf"
    cmd = [sys.executable, "-m", "layout", "build", str(SAMPLE), "-o", str(out)]
    # -j 1 and the default (-j 2 where there are two processors) in turn, compared pair by pair
    one, default, ratio = _paired_runs(cmd + ["-j", "1"], cmd, runs)
    from layout.render_process import default_jobs
    rows = [{"what": "cold build of the sample page, -j 1 (whole process)", "median s": f"{statistics.median(one):.3f}",
             "runs": " ".join(f"{t:.3f}" for t in one)},
            {"what": f"cold build of the sample page, default (-j {default_jobs()})",
             "median s": f"{statistics.median(default):.3f}", "runs": " ".join(f"{t:.3f}" for t in default)},
            {"what": "  ratio -j 1 / default, median of pairs", "median s": f"{ratio:.2f}", "runs": ""}]
    try:
        import typst  # noqa: F401  (optional: pip install typst)
        (tmp / "page.typ").write_text(typst_source(), encoding="utf-8")
        # Typst as installed looks through the system's fonts too, and where the full Noto CJK
        # fonts are installed it takes them (same family names as ours); with
        # ignore_system_fonts it reads only the repository's subset fonts, as layout does.
        # Each is timed in turn with layout, and the ratio taken pair by pair.
        for label, only_ours in (("system fonts, as installed", False), ("only the repository's fonts", True)):
            tcmd = [sys.executable, "-c", "import sys, typst; typst.compile(sys.argv[1], output=sys.argv[2], "
                    f"font_paths=[sys.argv[3]], ignore_system_fonts={only_ours})",
                    str(tmp / "page.typ"), str(tmp / "typst.pdf"), str(ROOT / "fonts")]
            ltimes, ttimes, ratio = _paired_runs(cmd, tcmd, runs)
            rows.append({"what": f"Typst {typst.__version__}, same text, {label} (whole process)",
                         "median s": f"{statistics.median(ttimes):.3f}", "runs": " ".join(f"{t:.3f}" for t in ttimes)})
            rows.append({"what": "  layout, in turn with it", "median s": f"{statistics.median(ltimes):.3f}",
                         "runs": " ".join(f"{t:.3f}" for t in ltimes)})
            rows.append({"what": f"  ratio layout / Typst ({label}), median of pairs", "median s": f"{ratio:.2f}",
                         "runs": ""})
    except ImportError:
        rows.append({"what": "Typst: not installed (pip install typst)", "median s": "-", "runs": ""})
    # warm, in process: as the live preview rebuilds after a story is saved
    from layout.pipeline import layout_page, render
    page = Path(tempfile.mkdtemp()) / "p"
    shutil.copytree(SAMPLE, page)
    render(layout_page(page))
    warm = []
    for n in range(runs):
        story = page / "fuhuajie.md"
        story.write_text(story.read_text(encoding="utf-8").replace("近日", "近日" if n % 2 else "近日，", 1)
                         .replace("近日，，", "近日"), encoding="utf-8")
        t0 = time.perf_counter()
        render(layout_page(page))
        warm.append(time.perf_counter() - t0)
    rows.append({"what": "warm rebuild in process after one story is edited (layout + PDF)",
                 "median s": f"{statistics.median(warm):.3f}", "runs": " ".join(f"{t:.3f}" for t in warm)})
    table(rows, f"Speed ({os.cpu_count()} cores)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory of this process after the in-process builds: {peak:.0f} MB")


def edition_of(folder: Path, pages: int = 24) -> Path:
    """An edition of ``pages`` pages made from the sample page, each with its own copy: in
    page k every paragraph of the stories starts 7k characters later (its start moved to its
    end), so that no page composes a paragraph another has composed."""
    for k in range(pages):
        page = folder / f"{k + 1:02d}"
        shutil.copytree(SAMPLE, page)
        for story in page.glob("*.md"):
            head, _, body = story.read_text(encoding="utf-8").partition("\n---\n")
            lines = [_rotated(line, 7 * k) if line and not line.startswith("#") else line for line in body.split("\n")]
            story.write_text(head + "\n---\n" + "\n".join(lines), encoding="utf-8")
    return folder


def _rotated(text: str, by: int) -> str:
    """``text`` starting ``by`` characters later (what came before moved to its end), at the
    next character that may start a line (a paragraph never starts with ，or ”)."""
    start = by % len(text)
    while start < len(text) and (text[start] in NO_START or text[start - 1] in NO_END):
        start += 1
    return text[start:] + text[:start]


def bench_edition(pages: int = 24, runs: int = 3) -> None:
    """An edition of ``pages`` pages (``layout edition``), whole process, -j 1 and -j 2 in turn."""
    with tempfile.TemporaryDirectory() as tmp:
        edition = edition_of(Path(tmp) / "edition", pages)
        cmd = [sys.executable, "-m", "layout", "edition", str(edition), "-o", str(Path(tmp) / "out")]
        one, two, ratio = _paired_runs(cmd + ["-j", "1"], cmd + ["-j", "2"], runs)
    rows = [{"what": f"edition of {pages} pages, -j 1 (whole process)", "median s": f"{statistics.median(one):.2f}",
             "runs": " ".join(f"{t:.2f}" for t in one)},
            {"what": f"edition of {pages} pages, -j 2", "median s": f"{statistics.median(two):.2f}",
             "runs": " ".join(f"{t:.2f}" for t in two)},
            {"what": "  scaling -j 1 / -j 2, median of pairs", "median s": f"{ratio:.2f}", "runs": ""}]
    table(rows, f"Edition ({os.cpu_count()} cores)")


def bench_fonts() -> None:
    """Font loading per face, cold and cached: the metrics layout reads (fontTools), and the
    tables reportlab reads before it can embed the font."""
    from layout import fonts as F
    from layout.render_pdf import _tt_font
    rows = []
    before = os.environ.get("LAYOUT_CACHE_DIR")
    with tempfile.TemporaryDirectory() as cache:
        os.environ["LAYOUT_CACHE_DIR"] = cache
        for role, name in F.DEFAULT_FILES.items():
            times = []
            for _ in range(2):
                t0 = time.perf_counter()
                face = F.Face(role, F.FONT_DIR / name)
                t1 = time.perf_counter()
                _tt_font(f"bench-{role}", face.path, face.index, face.digest)
                times.append((t1 - t0, time.perf_counter() - t1))
            (cold, rl_cold), (cached, rl_cached) = times
            rows.append({"face": name, "metrics cold ms": f"{cold * 1000:.1f}", "cached ms": f"{cached * 1000:.1f}",
                         "reportlab cold ms": f"{rl_cold * 1000:.1f}", "cached ms ": f"{rl_cached * 1000:.1f}",
                         "total cached ms": f"{(cached + rl_cached) * 1000:.1f}"})
        if before is None:
            del os.environ["LAYOUT_CACHE_DIR"]
        else:
            os.environ["LAYOUT_CACHE_DIR"] = before
    table(rows, "Fonts per face: first use, then from the cache keyed by the file's SHA-256")


def main(argv: list[str]) -> None:
    what = argv[1] if len(argv) > 1 else "all"
    if what in ("all", "quality"):
        bench_quality()
    if what in ("all", "quality", "versus"):
        bench_versus(argv[2:] if what == "versus" else ())
    if what in ("all", "speed"):
        bench_fonts()
        bench_throughput()
        bench_speed()
    if what in ("all", "speed", "edition"):
        bench_edition()


if __name__ == "__main__":
    main(sys.argv)
