"""Fuzzing the whole pipeline with generated page folders and story texts: a build either
succeeds or raises ``LayoutError`` (the documented error type, exit 2), never anything
else; and nothing is lost: every Han character of the stories is in the PDF text unless
the report lists it as overset."""
from __future__ import annotations

import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from layout.errors import LayoutError
from layout.pipeline import layout_page, render

HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
ODD = ["\x00", "\x07", "\u200b", "\u202e", "\ud800", "\u0301", "😀", "𠀀", "\ufeff", "\t", "\r", "é", "™", "—", "…",
       "\u3000", "  ", "\\", ":", "#", "'", '"', "[", "{", "&", "*", "!!python/object", "---", "## "]
text_piece = st.one_of(st.sampled_from(HAN), st.sampled_from("，。、；：？！“”《》（）,.;:?!()"),
                       st.sampled_from(["LED", "2018年", "3.5%", "www.zynews.cn", "internationalization"]),
                       st.sampled_from(ODD))
texts = st.lists(text_piece, max_size=60).map("".join)
han_piece = st.one_of(st.sampled_from(HAN), st.sampled_from(HAN), st.sampled_from(HAN), text_piece)
paragraphs = st.lists(han_piece, min_size=1, max_size=200).map("".join)
values = st.one_of(texts, st.integers(-5, 300), st.booleans(), st.none(), st.floats(allow_nan=True),
                   st.lists(texts, max_size=3), st.sampled_from(["9pt", "3.2mm", "2字", "小五", "9px", "broadsheet",
                                                                  "tabloid", "row", "stack", "kaiming"]))
keys = st.sampled_from(["page", "folio", "headline", "intro", "sections", "fonts", "arrange", "title", "kicker",
                        "preset", "columns", "rows", "banner", "stories", "colums", "date", "paper", "lines",
                        "body_size", "gutter", "punctuation", "text_columns", "photo_columns", "file"])


def _yaml_scalar(v) -> str:
    if isinstance(v, str):
        return '"' + v.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ", ".join(_yaml_scalar(x) for x in v) + "]"
    return "null" if v is None else str(v).lower() if isinstance(v, bool) else str(v)


@st.composite
def page_folders(draw):
    stories = draw(st.lists(st.tuples(paragraphs, texts, st.lists(paragraphs, min_size=1, max_size=4)),
                            min_size=1, max_size=3))
    extra = draw(st.lists(st.tuples(keys, values), max_size=3)) if draw(st.booleans()) else []
    preset = draw(st.sampled_from(["broadsheet", "tabloid"]))
    lines = [f"page:\n  preset: {preset}", "sections:", "  - stories: [" + ", ".join(f"s{n}.md" for n in
                                                                                       range(len(stories))) + "]"]
    if draw(st.booleans()):
        lines.insert(1, "headline:\n  title: " + _yaml_scalar(draw(texts)))
    for k, v in extra:
        lines.append(f"{k}: {_yaml_scalar(v)}")
    files = {"page.yaml": "\n".join(lines) + "\n"}
    for n, (title, unit, paras) in enumerate(stories):
        files[f"s{n}.md"] = (f"---\ntitle: {_yaml_scalar(title)}\nunit: {_yaml_scalar(unit)}\n---\n"
                             + "\n\n".join(paras) + "\n")
    if not draw(st.integers(0, 5)):
        files["page.yaml"] = draw(texts) + files["page.yaml"]
    return files


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page_folders())
def test_build_succeeds_or_raises_layout_error(files):
    root = Path(tempfile.mkdtemp())
    try:
        page = root / "p"
        page.mkdir()
        for name, text in files.items():
            (page / name).write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            result = layout_page(page)
        except LayoutError as exc:
            assert str(exc)
            return
        pdf = render(result)
        assert pdf.startswith(b"%PDF")
    finally:
        shutil.rmtree(root)


HAN_RE = re.compile(r"[\u4e00-\u9fff]")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.lists(st.sampled_from(HAN + "，。、“”"), min_size=20, max_size=400).map("".join),
                         min_size=1, max_size=5), min_size=1, max_size=4))
def test_nothing_is_lost(stories):
    import pypdfium2 as pdfium
    root = Path(tempfile.mkdtemp())
    try:
        page = root / "p"
        page.mkdir()
        names = []
        for n, paras in enumerate(stories):
            (page / f"s{n}.md").write_text(f"---\ntitle: 第{n}条\n---\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
            names.append(f"s{n}.md")
        (page / "page.yaml").write_text("page: {preset: tabloid}\nsections:\n  - stories: [" + ", ".join(names)
                                        + "]\n", encoding="utf-8")
        result = layout_page(page)
        pdf_path = root / "out.pdf"
        pdf_path.write_bytes(render(result))
        doc = pdfium.PdfDocument(str(pdf_path))
        text = doc[0].get_textpage().get_text_range()
        doc.close()
        source = Counter(HAN_RE.findall("".join("".join(p) + f"第{n}条" for n, p in enumerate(stories))))
        missing = source - Counter(HAN_RE.findall(text))
        overset = sum(f.extra.get("chars", 0) for f in result.findings if f.code == "overset")
        assert sum(missing.values()) <= overset
        if not overset:
            assert not missing
    finally:
        shutil.rmtree(root)
