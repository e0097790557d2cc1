"""Hostile or broken input: photos, fonts and text. Each case either works or stops with a
clear message naming the file and line (exit 2, nothing written); none is a traceback or a
hang. Pages that are valid but not ready for press exit 1 with the PDF written."""
from __future__ import annotations

import subprocess
import sys

import pytest
from PIL import Image

from layout.errors import InputErrors, LayoutError
from layout.pipeline import build, layout_page

from conftest import ROOT
from test_load import make_page

BODY = "正文内容，" * 80


def photo_page(tmp_path, name: str, make):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {
        "a.md": f"---\ntitle: 标题\nphotos:\n  - file: {name}\n    caption: 图片说明\n---\n{BODY}\n"})
    make(page / name)
    return page


def pdf_fonts(pdf) -> dict:
    """The fonts of a PDF's first page, by base name without the subset prefix."""
    from pypdf import PdfReader
    fonts = PdfReader(str(pdf)).pages[0]["/Resources"]["/Font"].values()
    return {str(f.get_object()["/BaseFont"]).split("+")[-1]: f.get_object() for f in fonts}


def run_build(page, out, env=None):
    return subprocess.run([sys.executable, "-m", "layout", "build", str(page), "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT, env=env)


def _jpeg(path, size=(2400, 1600), mode="RGB", **kw):
    Image.new(mode, size, (200, 120, 60) if mode == "RGB" else None).save(path, "JPEG", **kw)


# --- photos: readable variants work ---------------------------------------------------------

def _rotated(path):
    im = Image.new("RGB", (1600, 2400), (20, 160, 40))
    exif = im.getexif()
    exif[0x0112] = 6            # stored sideways: displayed rotated 90°
    im.save(path, "JPEG", exif=exif)


def _sixteen_bit(path):
    Image.new("I;16", (2400, 1600)).save(path, "PNG")


def _alpha(path):
    im = Image.new("RGBA", (2400, 1600), (200, 30, 30, 128))
    im.save(path, "PNG")


@pytest.mark.parametrize("name, make", [
    ("rgb.jpg", _jpeg),
    ("cmyk.jpg", lambda p: Image.new("CMYK", (2400, 1600), (0, 50, 50, 0)).save(p, "JPEG")),
    ("grey.png", lambda p: Image.new("L", (2400, 1600), 128).save(p, "PNG")),
    ("sixteen.png", _sixteen_bit),
    ("alpha.png", _alpha),
    ("palette.png", lambda p: Image.new("RGB", (2400, 1600), (9, 99, 199)).convert("P").save(p, "PNG")),
    ("rotated.jpg", _rotated),
])
def test_readable_photos_build(tmp_path, name, make):
    page = photo_page(tmp_path, name, make)
    out = tmp_path / "out.pdf"
    result = build(page, out)
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert not [f for f in result.findings if f.severity == "error" and f.code != "photo-resolution"]


def test_exif_orientation_is_honoured(tmp_path):
    page = photo_page(tmp_path, "rotated.jpg", _rotated)
    layout = layout_page(page)
    from layout.display import Image as Img
    (img,) = [i for i in layout.display.items if isinstance(i, Img)]
    # stored 1600 x 2400 with orientation 6: printed 2400 wide, 1600 high
    left, top, w, h = img.crop
    assert left + w <= 2400 + 1e-6 and top + h <= 1600 + 1e-6


# --- photos: unreadable ones are input errors ------------------------------------------------

def _truncated(path):
    _jpeg(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _bomb(path):
    # a valid PNG header claiming 30000 x 30000 pixels
    Image.new("1", (30000, 30000)).save(path, "PNG")


@pytest.mark.parametrize("name, make, message", [
    ("empty.jpg", lambda p: p.write_bytes(b""), "photo 'empty.jpg' is an empty file"),
    ("text.jpg", lambda p: p.write_text("not a picture"),
     "photo 'text.jpg' is not a JPEG or PNG image (the file's content is not a picture)"),
    ("truncated.jpg", _truncated, "photo 'truncated.jpg' cannot be decoded: image file is truncated"),
    ("huge.png", _bomb, "photo 'huge.png' is 30000 x 30000 pixels, more than the 150 million allowed"),
    ("anim.gif", lambda p: Image.new("RGB", (2400, 1600)).save(p, "GIF"), "photo 'anim.gif' is a GIF image"),
])
def test_unreadable_photos_are_input_errors(tmp_path, name, make, message):
    page = photo_page(tmp_path, name, make)
    out = tmp_path / "out.pdf"
    proc = run_build(page, out)
    assert proc.returncode == 2, proc.stderr
    assert f"p/a.md:4: photos[0].file: {message}" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_a_photo_that_can_no_longer_be_read_is_an_input_error(tmp_path, monkeypatch):
    # A photo checked by an earlier build is not decoded again; if it cannot be read now, the
    # error still names the story file, its line and the field (not a bare system error).
    from conftest import deny_reading
    from layout.errors import InputErrors
    from layout.pipeline import layout_page
    page = photo_page(tmp_path, "photo.jpg", _jpeg)
    layout_page(page)                                   # checked, and remembered
    deny_reading(monkeypatch, page / "photo.jpg")
    with pytest.raises(InputErrors) as err:
        layout_page(page)
    assert "p/a.md:4: photos[0].file: photo 'photo.jpg' cannot be read: Permission denied" in str(err.value)


def test_low_resolution_photo_builds_but_is_not_ready_for_press(tmp_path):
    page = photo_page(tmp_path, "small.jpg", lambda p: _jpeg(p, size=(300, 200)))
    out = tmp_path / "out.pdf"
    proc = run_build(page, out)
    assert proc.returncode == 1
    assert "error: p/a.md:4: photo small.jpg prints at" in proc.stderr
    assert out.exists()


# --- fonts -----------------------------------------------------------------------------------

def _tiny_font(path, codepoint: int, family: str, ps_name: str | None = None):
    """A TrueType font with one square glyph, for ``codepoint``."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder([".notdef", "g"])
    fb.setupCharacterMap({codepoint: "g"})
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0)), pen.lineTo((900, 0)), pen.lineTo((900, 800)), pen.lineTo((100, 800)), pen.closePath()
    fb.setupGlyf({".notdef": pen.glyph(), "g": pen.glyph()})
    fb.setupHorizontalMetrics({".notdef": (1000, 0), "g": (1000, 100)})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": family, "styleName": "Regular", **({"psName": ps_name} if ps_name else {})})
    fb.setupOS2(sTypoAscender=880, sTypoDescender=-120)
    fb.setupPost()
    fb.save(str(path))


def _tiny_latin_font(path):
    _tiny_font(path, ord("A"), "Tiny")


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_bytes(b"\x00\x01\x00\x00garbage" * 10), "cannot read font f.ttf"),
    (_tiny_latin_font, "f.ttf has no Chinese characters"),
])
def test_unusable_fonts_are_input_errors(tmp_path, make, message):
    page = make_page(tmp_path, "fonts: {song: f.ttf}\nsections:\n  - stories: [a.md]\n")
    make(page / "f.ttf")
    out = tmp_path / "out.pdf"
    proc = run_build(page, out)
    assert proc.returncode == 2
    assert message in proc.stderr and "fonts.song" in proc.stderr
    assert not out.exists()


def test_missing_font_file_is_an_input_error(tmp_path):
    page = make_page(tmp_path, "fonts: {song: nowhere.ttf}\nsections:\n  - stories: [a.md]\n")
    errors = pytest.raises(InputErrors, layout_page, page).value.errors
    assert [str(e) for e in errors] == ["p/page.yaml:1:9: fonts.song: file not found: nowhere.ttf"]


# --- text ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("控制\x07字符。", "控制字符。"),
    ("零宽\u200b空格\u200d。", "零宽空格。"),
    ("双向\u202e文字\u2066。", "双向文字。"),
    ("Cafe\u0301很好。", "Café很好。"),             # combining mark: composed (NFC)
])
def test_invisible_characters_are_removed_and_reported(tmp_path, text, kept):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": f"---\ntitle: 标题\n---\n{text}\n"})
    layout = layout_page(page)
    assert layout.page.sections[0].stories[0].paragraphs[0].text == kept
    removed = [f for f in layout.findings if f.code == "removed"]
    assert len(removed) == len(text) - len(kept) - (1 if "\u0301" in text else 0)
    for f in removed:
        assert f.file == "p/a.md" and f.line == 4 and f.severity == "warning"


def test_lone_surrogate_from_yaml_escape_is_removed(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n",
                     {"a.md": '---\ntitle: "标\\ud800题"\n---\n正文。\n'})
    layout = layout_page(page)
    assert layout.page.sections[0].stories[0].title == "标题"


@pytest.mark.parametrize("char, name, hint", [
    ("😀", "U+1F600 GRINNING FACE", "emoji or pictograph"),
    ("𠀀", "U+20000 CJK UNIFIED IDEOGRAPH-20000", "fonts: fallback:"),   # CJK Extension B
    # (the font where the loader takes it: inside the page folder)
    ("龑", "U+9F91 CJK UNIFIED IDEOGRAPH-9F91", "copy a font that has it into the page folder and name it in "
     "page.yaml's fonts: fallback:"),
    ("➤", "U+27A4 BLACK RIGHTWARDS ARROWHEAD", "an arrow or pointer: replace it with → between words, or ▶ or ●"),
    # (a phonetic symbol: a Latin face has it, not the full Noto CJK)
    ("ə", "U+0259 LATIN SMALL LETTER SCHWA", "a phonetic symbol (IPA), which no CJK face has"),
    # (a minority script: named, with a face for it, not called a rare character)
    ("ཀ", "U+0F40 TIBETAN LETTER KA", "a letter of the Tibetan script, which the shipped faces lack"),
    ("ئ", "U+0626 ARABIC LETTER YEH WITH HAMZA ABOVE", "Noto Naskh Arabic (Uyghur, Kazakh)"),
])
def test_characters_beyond_the_fonts_stop_the_build(tmp_path, char, name, hint):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n",
                     {"a.md": f"---\ntitle: 标题\n---\n第一段。\n\n第二段{char}好。\n"})
    proc = run_build(page, tmp_path / "out.pdf")
    assert proc.returncode == 2
    assert f"p/a.md:6:4: text: character '{char}' {name} is not in the 宋体 (body) font" in proc.stderr
    assert hint in proc.stderr


def test_a_superscript_a_page_font_lacks_is_said_to_be_a_power_to_write_out():
    # (the shipped faces have every superscript figure and sign: a page's own font may not)
    from layout.fonts import _missing_hint, load_fonts
    assert "write the power out (10的8次方, 10的负9次方)" in _missing_hint("⁻", load_fonts().song)


def test_powers_set_with_the_shipped_fonts(tmp_path):
    # 10⁻⁹ and ×10⁵ in science copy: the shipped faces make the superscripts their sources lack
    # from their own figures and signs; before, such a page stopped with exit 2
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 绝对零度\n---\n接近0K的极低温度（如10⁻⁹K），约1.5×10⁵米，m⁻³。\n"})
    proc = run_build(page, tmp_path / "out.pdf")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out.pdf").exists()


def test_words_in_a_minority_script_are_said_once_with_the_script_named(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 雪顿节\n---\n雪顿节（藏语：ཞོ་སྟོན།）是传统节日。\n"})
    proc = run_build(page, tmp_path / "out.pdf")
    assert proc.returncode == 2 and not (tmp_path / "out.pdf").exists()
    lines = [ln for ln in proc.stderr.splitlines() if "p/a.md:4" in ln]
    assert "7 different letters of the Tibetan script in this story's text are in no font" in lines[0]
    assert "Noto Serif Tibetan" in lines[0] and len(lines) == 8


def test_a_change_to_the_copy_is_reported_at_its_own_line(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 标题\nunit: 单位,二\n---\n第一行\n第二行,好。\n"})
    found = [(f.line, f.message) for f in layout_page(page).findings if f.code == "normalised"]
    assert found == [(3, "unit: ',' -> '，' (full-width punctuation in Chinese text) at character 3"),
                     (6, "text: ',' -> '，' (full-width punctuation in Chinese text) at character 4")]


def test_a_missing_character_is_reported_at_its_own_line_and_column(tmp_path):
    """A paragraph is joined from several lines of the file, a story's fields each have a
    line of their own, as do a kicker's lines in page.yaml: each error names its own."""
    page = make_page(
        tmp_path, "headline:\n  kicker:\n    - 引题一\n    - 引题𠀀\n  title: 主题\nsections:\n  - stories: [a.md]\n",
        {"a.md": "---\ntitle: 标题\nunit: 单位\nbyline: 记者𠀀\nphotos:\n  - file: x.png\n    credit: 摄\n"
                 "    caption: 图𠀀说\n---\n第一行\n  第二行𠀀。\n"})
    from PIL import Image
    Image.new("RGB", (400, 300)).save(page / "x.png")
    errors = [str(e).split(" is not")[0] for e in pytest.raises(InputErrors, layout_page, page).value.errors]
    assert errors == ["p/page.yaml:4: headline.kicker: character '𠀀' U+20000 CJK UNIFIED IDEOGRAPH-20000",
                      "p/a.md:4: byline: character '𠀀' U+20000 CJK UNIFIED IDEOGRAPH-20000",
                      "p/a.md:11:6: text: character '𠀀' U+20000 CJK UNIFIED IDEOGRAPH-20000",
                      "p/a.md:8: caption: character '𠀀' U+20000 CJK UNIFIED IDEOGRAPH-20000"]


def test_headline_too_long_for_any_width(tmp_path):
    page = make_page(tmp_path, "headline:\n  title: " + "很长的标题" * 20 + "\nsections:\n  - stories: [a.md]\n")
    errors = pytest.raises(InputErrors, layout_page, page).value.errors
    assert str(errors[0]).startswith("p/page.yaml:2: headline.title: the head is too long: 100 characters need")


# --- output safety ---------------------------------------------------------------------------

def test_failed_build_leaves_the_previous_pdf_untouched(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n")
    out = tmp_path / "out.pdf"
    assert run_build(page, out).returncode == 0
    before = out.read_bytes()
    (page / "a.md").write_text("---\ntitel: x\n---\n正文。\n", encoding="utf-8")
    assert run_build(page, out).returncode == 2
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf", "out.report.json", "p"]


def test_two_builds_at_once(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = make_page(tmp_path / "a", "sections:\n  - stories: [a.md]\n")
    b = make_page(tmp_path / "b", "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 乙\n---\n乙稿正文。\n"})
    procs = [subprocess.Popen([sys.executable, "-m", "layout", "build", str(p), "-o", str(tmp_path / f"{n}.pdf")],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for n, p in (("a", a), ("b", b))]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    assert (tmp_path / "a.pdf").read_bytes() != (tmp_path / "b.pdf").read_bytes()


def test_errors_are_layout_errors_with_a_location():
    err = LayoutError("bad", file="p/a.md", line=3, column=2, field="title", hint="fix it")
    assert str(err) == "p/a.md:3:2: title: bad (hint: fix it)"


def _fallback_font(path):
    _tiny_font(path, 0x1F600, "Fallback")


def test_a_fallback_font_sets_what_the_fonts_lack_and_is_reported(tmp_path):
    page = make_page(tmp_path, "fonts: {fallback: fb.ttf}\nsections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 标题\n---\n第一段。\n\n笑脸😀在这里。\n"})
    _fallback_font(page / "fb.ttf")
    out = tmp_path / "out.pdf"
    proc = run_build(page, out)
    assert proc.returncode == 0, proc.stderr
    assert "warning: p/a.md:6: text: set in the fallback font fb.ttf: 😀 U+1F600" in proc.stderr
    fonts = pdf_fonts(out)
    assert any("Fallback" in name for name in fonts), list(fonts)


def test_a_fallback_font_is_said_once_a_file(tmp_path):
    # (a story set in traditional characters through a fallback font had a warning a line)
    page = make_page(tmp_path, "fonts: {fallback: fb.ttf}\nsections:\n  - stories: [a.md, b.md]\n",
                     {"a.md": "---\ntitle: 标题\n---\n笑脸😀一。\n\n第二段。\n\n笑脸😀三。\n\n笑脸😀四。\n",
                      "b.md": "---\ntitle: 标题\n---\n笑脸😀。\n"})
    _fallback_font(page / "fb.ttf")
    said = [(f.file, f.line, f.message) for f in layout_page(page).findings if f.code == "fallback"]
    assert said == [("p/a.md", 4, "set in the fallback font fb.ttf on 3 lines (from line 4), 1 character: 😀 U+1F600"),
                    ("p/b.md", 4, "text: set in the fallback font fb.ttf: 😀 U+1F600")]


@pytest.mark.parametrize("fallback", ["fb.ttf", "{file: fb.ttc, index: 2}"])
def test_a_fallback_font_named_as_a_shipped_font_keeps_its_own_glyphs(tmp_path, fallback):
    # A fallback that is another cut of the family a shipped font comes from (the full Noto
    # Serif CJK beside the shipped subset) has the same PostScript name. Each font must be
    # embedded and drawn as itself (reportlab would take the second for the first), under
    # names that differ in the PDF (reportlab adds -2 to the name of a collection's face 2).
    import io
    from fontTools.ttLib import TTCollection, TTFont as FT
    from pypdf import PdfReader
    song = FT(str(ROOT / "fonts" / "NotoSerifCJKsc-Regular-subset.ttf"))["name"].getDebugName(6)
    page = make_page(tmp_path, f"fonts: {{fallback: {fallback}}}\nsections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 标题\n---\n中文😀正文。\n"})
    _tiny_font(page / "fb.ttf", 0x1F600, "Fallback", ps_name=song)
    collection = TTCollection()
    collection.fonts = [FT(str(page / "fb.ttf")) for _ in range(3)]
    collection.save(str(page / "fb.ttc"))
    out = tmp_path / "out.pdf"
    proc = run_build(page, out)
    assert proc.returncode == 0, proc.stderr
    base_names, family_of = [], {}
    for ref in PdfReader(str(out)).pages[0]["/Resources"]["/Font"].values():
        font = ref.get_object()
        base_names.append(str(font["/BaseFont"]))
        program = font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        family = FT(io.BytesIO(program))["name"].getDebugName(1)
        to_unicode = font["/ToUnicode"].get_object().get_data()
        for ch, code in (("中", b"<4E2D>"), ("😀", b"<1F600>")):
            if code in to_unicode:
                family_of.setdefault(ch, set()).add(family)
    assert len(set(base_names)) == len(base_names), base_names
    assert sum(name.endswith("+" + song) for name in base_names) >= 1
    assert family_of == {"中": {"Noto Serif CJK SC"}, "😀": {"Fallback"}}


def test_documents_rendered_at_once_in_threads_are_the_documents_rendered_alone(tmp_path):
    # A document whose fonts share a name renames them while it is written (the fonts are
    # shared by the process): renders in threads must not see each other's names.
    from concurrent.futures import ThreadPoolExecutor
    from fontTools.ttLib import TTFont as FT
    from layout.pipeline import render
    song = FT(str(ROOT / "fonts" / "NotoSerifCJKsc-Regular-subset.ttf"))["name"].getDebugName(6)
    page = make_page(tmp_path, "fonts: {fallback: fb.ttf}\nsections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 标题\n---\n中文😀正文。\n"})
    _tiny_font(page / "fb.ttf", 0x1F600, "Fallback", ps_name=song)
    layouts = [layout_page(page), layout_page(ROOT / "stories" / "erqi-2018-12")]
    alone = [render(result) for result in layouts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(render, layouts * 8))
    assert together == alone * 8


def test_output_inside_the_page_folder_or_a_folder_is_refused(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n")
    before = (page / "a.md").read_bytes()
    proc = run_build(page, page / "a.md")
    assert proc.returncode == 2 and "the output is inside the page folder" in proc.stderr
    assert (page / "a.md").read_bytes() == before
    proc = run_build(page, tmp_path)
    assert proc.returncode == 2 and "the output is a folder, not a file" in proc.stderr


def test_a_long_unit_name_goes_above_the_title_and_nothing_is_lost(tmp_path):
    unit = "很长的单位名称" * 12
    page = make_page(tmp_path, "page: {preset: tabloid}\nsections:\n  - stories: [a.md]\n",
                     {"a.md": f"---\nunit: {unit}\ntitle: 一篇短稿\n---\n" + "正文内容，" * 40 + "\n"})
    layout = layout_page(page)
    from layout.display import TextLine
    texts = "".join(i.text for i in layout.display.items if isinstance(i, TextLine))
    assert unit in texts.replace("\u3000", "") and "一篇短稿" in texts
    assert not [f for f in layout.findings if f.severity == "error"]


def test_photos_that_do_not_fit_are_overset_not_drawn_off_the_page(tmp_path):
    photos = "".join(f"  - file: p.jpg\n    caption: 图{n}\n" for n in range(30))
    page = make_page(tmp_path, "page: {preset: tabloid}\nsections:\n  - stories: [a.md]\n",
                     {"a.md": f"---\ntitle: 多图\nphotos:\n{photos}---\n正文内容。\n"})
    _jpeg(page / "p.jpg")
    layout = layout_page(page)
    overset = [f for f in layout.findings if f.code == "overset" and "photo" in f.message]
    assert overset
    from layout.display import Image as Img
    for img in (i for i in layout.display.items if isinstance(i, Img)):
        assert img.y + img.h <= layout.display.height


def test_a_tall_thin_photo_builds_quickly(tmp_path):
    import time
    page = photo_page(tmp_path, "thin.jpg", lambda p: Image.new("RGB", (5, 10000)).save(p, "JPEG"))
    t0 = time.monotonic()
    layout_page(page)
    assert time.monotonic() - t0 < 10


def test_a_lone_surrogate_does_not_break_the_report(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": '---\ntitle: "测试\\ud800标题"\n---\n正文。\n'})
    proc = subprocess.run([sys.executable, "-m", "layout", "check", str(page), "--json"], capture_output=True,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    import json
    report = json.loads(proc.stdout.decode("utf-8"))
    assert any(f["code"] == "removed" for f in report["findings"])


def test_the_report_replaces_lone_surrogates_wherever_they_are():
    import json
    from layout.proof.report import dumps
    text = dumps({"k\ud800": ["a\udfffb", ("\ud83d",)], "ok": "😀 标题"})
    assert json.loads(text.encode("utf-8")) == {"k\ufffd": ["a\ufffdb", ["\ufffd"]], "ok": "😀 标题"}


def test_a_font_without_the_tables_a_pdf_needs(tmp_path):
    from fontTools.ttLib import TTFont as FT
    page = make_page(tmp_path, "fonts: {song: f.ttf}\nsections:\n  - stories: [a.md]\n")
    font = FT(str(ROOT / "fonts" / "NotoSerifCJKsc-Regular-subset.ttf"))
    del font["post"]
    font.save(str(page / "f.ttf"))
    errors = pytest.raises(InputErrors, layout_page, page).value.errors
    assert str(errors[0]) == "p/page.yaml:1: fonts.song: f.ttf lacks the table(s) post that a PDF font needs"


def _tiny_cff_font(path, chars="中文正标题。"):
    """A font with CFF outlines (like most .otf CJK fonts): one square per character."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen
    names = [".notdef"] + [f"g{n}" for n in range(len(chars))]
    fb = FontBuilder(1000, isTTF=False)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): f"g{n}" for n, c in enumerate(chars)})
    strings = {}
    for name in names:
        pen = T2CharStringPen(1000, None)
        pen.moveTo((100, -50)), pen.lineTo((900, -50)), pen.lineTo((900, 800)), pen.lineTo((100, 800))
        pen.closePath()
        strings[name] = pen.getCharString()
    fb.setupCFF("TinyCFF", {"FullName": "Tiny CFF"}, strings, {})
    fb.setupHorizontalMetrics({n: (1000, 100) for n in names})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": "Tiny CFF", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=880, sTypoDescender=-120)
    fb.setupPost()
    fb.save(str(path))


def _cff_page(tmp_path):
    """A page set in a CFF font."""
    page = make_page(tmp_path, "fonts: {song: t.otf}\nsections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 标题\n---\n中文正文。\n"})
    _tiny_cff_font(page / "t.otf")
    return page


def test_a_font_with_cff_outlines_is_converted_for_the_pdf(tmp_path):
    page = _cff_page(tmp_path)
    out = tmp_path / "out.pdf"
    proc = run_build(page, out)
    assert proc.returncode == 0, proc.stderr
    from pypdf import PdfReader
    reader = PdfReader(str(out))
    tiny = next(f for name, f in pdf_fonts(out).items() if "Tiny" in name)
    assert "/FontFile2" in tiny["/FontDescriptor"].get_object()     # embedded as TrueType outlines
    assert "中文正文" in reader.pages[0].extract_text()


def test_a_cff_font_page_is_the_same_bytes_with_a_fresh_a_warm_or_a_damaged_cache(tmp_path):
    import os
    page = _cff_page(tmp_path)
    outputs = []
    for n, cache in enumerate(("one", "two", "two", "two")):
        env = {**os.environ, "LAYOUT_CACHE_DIR": str(tmp_path / cache)}
        if n == 3:   # damage the converted subsets the cache holds
            for ttf in (tmp_path / cache).glob("*.ttf"):
                ttf.write_bytes(b"\x00" * 64)
        out = tmp_path / f"out{n}.pdf"
        proc = run_build(page, out, env)
        assert proc.returncode == 0, proc.stderr
        outputs.append(out.read_bytes())
    assert outputs[1:] == outputs[:1] * 3


def test_a_damaged_converted_font_leaves_nothing_behind_once_it_is_made_again(tmp_path):
    # The TrueType subset converted from a CFF font lives in the cache. If it is damaged in a
    # way that still parses, what was made from it (reportlab's tables, the subset fonts) is
    # keyed by its damaged bytes, so once the file is made again the page is as before.
    import os
    from fontTools.ttLib import TTFont as FT
    page = _cff_page(tmp_path)
    cache = tmp_path / "cache"
    env = {**os.environ, "LAYOUT_CACHE_DIR": str(cache)}

    def build(name):
        out = tmp_path / name
        assert run_build(page, out, env).returncode == 0
        return out.read_bytes()

    first = build("first.pdf")
    for ttf in cache.glob("*.ttf"):
        glyf = FT(str(ttf)).reader.tables["glyf"]
        data = bytearray(ttf.read_bytes())
        for k in range(glyf.offset + 12, glyf.offset + glyf.length, 7):   # (points moved, still a font)
            data[k] ^= 0x55
        ttf.write_bytes(bytes(data))
    damaged = build("damaged.pdf")
    for ttf in cache.glob("*.ttf"):
        ttf.unlink()
    assert build("again.pdf") == first
    assert damaged != first   # (the damage did reach the PDF: the test tests something)


def test_a_face_of_a_collection_is_named_by_its_index(tmp_path):
    from fontTools.ttLib import TTCollection, TTFont as FT
    page = make_page(tmp_path, "fonts:\n  song: {file: c.ttc, index: 1}\nsections:\n  - stories: [a.md]\n")
    _tiny_latin_font(tmp_path / "latin.ttf")
    collection = TTCollection()
    collection.fonts = [FT(str(tmp_path / "latin.ttf")), FT(str(ROOT / "fonts" / "NotoSerifCJKsc-Regular-subset.ttf"))]
    collection.save(str(page / "c.ttc"))
    assert run_build(page, tmp_path / "out.pdf").returncode == 0
    (page / "page.yaml").write_text("fonts:\n  song: {file: c.ttc, index: 5}\nsections:\n  - stories: [a.md]\n",
                                    encoding="utf-8")
    errors = pytest.raises(InputErrors, layout_page, page).value.errors
    assert str(errors[0]).startswith("p/page.yaml:2: fonts.song: c.ttc is a collection of 2 faces: there is no face 5")


@pytest.mark.parametrize("body, found", [
    ("他说：“好。\n\n下文。\n", [(4, "“ not closed: “好。…")]),
    ("他说：“好。”\n\n下文。\n", []),
    ("他说：“第一段。\n\n“第二段。”\n", []),                 # a quotation running on over paragraphs
    ("他说：“第一段。\n\n第二段。\n", [(4, "“ not closed: “第一段。…")]),
    ("好。”他说。\n", [(4, "” without its “: …好。”")]),
    ("阅读《论语。\n", [(4, "《 not closed in the paragraph: 《论语。…")]),
    ("（主要路段：中山路\n\n下文。\n", [(4, "（ not closed in the paragraph: （主要路段：中山路…")]),
    ("决定》修正）。\n", [(4, "》 without its 《: …决定》"), (4, "） without its （: …决定》修正）")]),
    ("1）报名；2）考试。\n\na）笔试。\n", []),          # list numbers closed by a bracket alone
    ("子夏曰：‘可者与之。\n", [(4, "‘ not closed in the paragraph: ‘可者与之。…")]),
    ("他说‘好’，it’s rock ’n’ roll。\n", []),          # apostrophes are not quotes
    ("他说：“要建设‘5G’网络，迎接‘ChatGPT’热潮。”\n", []),   # ... a ’ inside ‘ ’ closes it
    ("震中位于北纬34°45’，“COVID-19’s impact”，’98抗洪。\n", []),   # ... primes, apostrophes
    ("他说好’。\n", [(4, "’ without its ‘: …他说好’")]),      # ... after Chinese text, a quote
    ("圈速从1’26”741缩短到1’24”632，快了2’09”。\n", []),   # ... a lap's time typed with curly marks as primes
    ("她说：「你不能继续这样下去。\n\n下文。\n", [(4, "「 not closed: 「你不能继续这样下去。…")]),   # 「」 as “”
    ("她说：「第一段。\n\n「第二段。」\n", []),
    ("好。」她说。\n", [(4, "」 without its 「: …好。」")]),
    ("她说：「他叫『老张。」\n", [(4, "『 not closed in the paragraph: 『老张。」…")]),
    ("她说：「他叫『老张』。」“好。”\n", []),
    ("书名后面少了一个“》”，请改正。\n", []),                # a mark quoted, spoken of
    # a quotation over two lines of verse, each a paragraph
    ("他还踱到栏里去，\n看一看他的牛，\n回头向她说：\n“怎样了——\n我们新酿的酒？”\n", []),
    ("他说：“第一段。\n\n第二段，没有引号。\n", [(4, "“ not closed: “第一段。…")]),   # (prose: as before)
])
def test_a_mark_of_a_pair_left_alone_is_reported(tmp_path, body, found):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\n---\n" + body})
    assert [(f.line, f.message) for f in layout_page(page).findings if f.code == "unpaired"] == found


@pytest.mark.parametrize("body, found", [
    ("其不可者拒之。，子张曰。\n", [(4, "two marks in a row: 其不可者拒之。，子张曰。")]),
    ("子曰：可者与之，其不可者拒之。，子张曰：异乎吾所闻。\n\n丙、、丁。\n",
     [(4, "two marks in a row: …之，其不可者拒之。，子张曰：…"), (6, "two marks in a row: 丙、、丁。")]),
    ("真的吗？！好。“好。”，他说。\n", []),     # ？！ and 。”， are not
    ("你去哪儿了？。\n", [(4, "two marks in a row: 你去哪儿了？。")]),
    ("风力10-13级.，阵风14-15级。\n", [(4, "two marks in a row: 风力10-13级.，阵风14…")]),   # a stray half-width one
    ("郑钦文再次破发(fā),,并轰出她的第一记ACE。\n", [(4, "two marks in a row: …再次破发(fā),，并轰出她…")]),  # after a gloss
    ("增长3.5%，好。\n", []),
])
def test_two_marks_in_a_row_are_reported(tmp_path, body, found):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\n---\n" + body})
    assert [(f.line, f.message) for f in layout_page(page).findings if f.code == "doubled-mark"] == found


def test_a_markdown_tables_row_of_dashes_is_taken_out_and_said(tmp_path):
    body = "对比如下：\n\n|处理方式|防效|产量增幅|\n|---|---|---|\n|分蘖期打药|89%|12%|\n"
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\n---\n" + body})
    layout = layout_page(page)
    assert "|---|---|---|" not in [p.text for p in layout.page.sections[0].stories[0].paragraphs]
    assert [(f.line, f.severity) for f in layout.findings if "row of dashes" in f.message] == [(7, "warning")]


@pytest.mark.parametrize("body, rows", [
    ("接口 | 带宽 | 距离 |\n\nHDMI线直连 | 18Gbps(HDMI 2.1) | ≤5米 |\n", [4]),       # (rows in a row: once)
    ("| 甲 | 乙 | 丙 |\n", [4]),
    ("文 | 张三　编辑 | 李四\n", []),                     # a credit line: two bars
    ("他说：“A|B|C|D是四个选项。”\n", []),               # a sentence
    ("已知|a-1|+|b+2|=0，求a+b的值？\n", []),             # absolute values
    ("| 甲 | 合格。 | 无 |\n", [4]),                      # a row framed by bars, a 。 in a cell
    # rows of two cells whose first bar a web page's copy lost, a line each: each its own row
    ("项目 | 内容 |\n公示时间 | 一般为15个工作日 |\n后续处理 | 向市场监管部门申请补办营业执照 |\n", [4]),
    ("已知x = |a-1|，求a\n", []),                       # (an absolute value at a line's end)
    ("他说，选择留下还是离开 | 这是每个毕业生都要面对的问题 |\n", []),   # (a sentence, alone)
    ("目的 | 声明营业执照正本遗失,防止被他人冒用 |\n公示时间 | 一般为15个工作日 |\n", [4]),  # (... beside a row)
    ("| 甲 | 乙 | 丙 |\n这是一段说明文字。\n| 丁 | 戊 | 己 |\n", [4, 6]),       # (two tables: each said)
])
def test_a_table_pasted_as_text_is_reported(tmp_path, body, rows):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\n---\n" + body})
    findings = layout_page(page).findings
    assert [f.line for f in findings if f.code == "table"] == rows
    assert not [f for f in findings if f.code == "unfinished" and f.line in rows]    # (said once)


@pytest.mark.parametrize("cells, said", [
    (["序号", "品种", "价格", "1", "油菜", "3.25", "2", "芹菜", "3.73"], True),
    (["序号", "品种", "价格"], False),                                  # (three bars: menus', each said)
    (["好", "对", "他说，这是第一个。", "是", "嗯", "行", "可", "他说，这是第二个。"], False),   # (sentences part them)
])
def test_a_table_pasted_a_cell_a_line_is_said_once(tmp_path, cells, said):
    # (a web page's cells copy a cell a line, a bar on a line of its own after each: one
    # warning for the table, its bars taken out, its cells set flush left, none `unfinished`)
    body = "".join(f"{c}\n|\n" for c in cells)
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\n---\n" + body})
    layout = layout_page(page)
    tables = [f for f in layout.findings if f.code == "table"]
    removed = [f for f in layout.findings if f.code == "removed"]
    story = layout.page.sections[0].stories[0]
    assert [p.text for p in story.paragraphs] == cells
    if said:
        assert [(f.line, f"({len(cells)} cells, lines 4-{3 + 2 * len(cells)}" in f.message) for f in tables] == [(4, True)]
        assert removed == [] and all(p.align == "start" for p in story.paragraphs)
        assert not [f for f in layout.findings if f.code == "unfinished"]
    else:
        assert tables == [] and len(removed) == len(cells)


@pytest.mark.parametrize("last, unfinished", [
    ("具体数据如下：", False),      # a colon introduces the next paragraph
    ("建议企业保持警惕；", False),  # a semicolon ends a list item
    ("从上至下形成了", True),      # cut off
    ("一、报名时间", False),        # a heading of a notice's list
    ("（二）报名条件", False),
    ("郑州市教育局", False),        # a signature
    ("2024年3月5日", False),        # a date
    ("新华社音视频部制作", False),   # a unit's credit for what it made
    ("据央视网", False),             # a source on a line of its own
    ("齐鲁晚报　2026年01月08日", False),     # a paper and its date
    ("提醒广大市民扩容提效。      新华", False),   # an agency's word after the last sentence
    ("他说这是他们制作", True),      # (cut off)
    ("该片由中国国际电视台制作", True),  # (a sentence without its 。, not a credit)
    ("各项工作平稳。这些产品全部制作", True),
    ("各项工作平稳。央视", True),
    ("郑州日报社融媒体中心制作", False),
    ("人民网出品", False),
    ("二〇二四年三月五日", False),
    ("联系人：刘老师", False),              # a notice's field
    ("联系电话：0415-3853610", False),
    ("推荐指数：★★★★☆", False),
    ("时间：8:30-12:00", False),
    ("他说：我们明天一起去", True),           # ... not someone speaking, or a source cited
    ("据介绍：该工程计划于明年", True),
    ("郑州市总工会", False),                # signatures
    ("二七区文明办", False),
    ("建设路派出所", False),
    ("成都市人民政府", False),
    ("将军路街道", False),
    ("那曲市人民政府", False),
    ("郑州市就业服务中心", False),
    ("举办单位：郑州市文化局", False),
    ("召开时间：3月5日", False),
    ("在线报名：www.zz.gov.cn", False),
    ("目前已建成便民服务站", True),
    ("也可以咨询所在社区", True),
    ("有关情况要及时上报区政府办", True),
    ("市政府举办新闻发布会", True),
    ("要素市场管理办公室", False),
    ("项目名称：城市更新", False),
    ("学术顾问：张三", False),
    ("主讲：张教授", False),
    ("活动介绍：见附件", False),
    ("周一，晴天到多云，-3～12℃", False),          # ends a paragraph may have without a mark
    ("本报讯　郑报全媒体记者　武建玲", False),
    ("两会上他回答了记者的提问。中新社记者　张浩　摄", False),
    ("作者：佚名　责任编辑：李春晖", False),
    ("特此通告", False),
    ("高新安字〔2023〕20号", False),
    ("受人尊敬的“忠厚长者”。①", False),     # a note's mark after the closing one
    ("同比增长3%。[3]", False),
    ("同比上升。[1-3]", False),
    ("“忠厚长者”。①②", False),
    ("同比增长①", True),
    ("他说记者", True),
    ("大家一起来开会", True),
    ("市政府昨日召开新闻发布会", True),      # sentences, not signatures or fields
    ("全市各级党组织要认真召开专题民主生活会", True),
    ("居民就近到社区", True),
    ("专家提醒：市民出行前应", True),
    ("会议指出：今年以来", True),
    ("郑州市教育局决定从今年起", True),   # a sentence, not a signature
    ("市民可前往附近的社区服务中心", True),
    ("这件事到底该怎么办", True),
    ("一、报名时间为每天上午八点至十二点，下午", True),   # a list item cut off
    ("作者:张章 来源:中国科学报 发布时间:2017/9/20 9:53:45", False),     # a row of fields
    ("联系人：刘老师　电话：0415-3853610　邮箱：a@b.cn", False),
    ("专家提醒：市民出行前应　时间：明天", True),          # ... not with someone speaking
    ("文/路路", False),                                   # a byline
    ("文／图　张三　李四", False),
    ("中国队球员孙可进球后庆祝。 新华社发", False),        # a photo's credit
    ("受访者供图", False),
    ("新华社发布的消息显示", True),
    ("1路", False),                                       # a bus route's label
    ("3路区间", False),
    ("1路公交车将于明天起", True),
    ("此致", False),                                      # a letter's closing words
    ("此致敬礼", False),
    ("顺颂商祺", False),
    ("图片由受访者提供", False),                           # credits and bylines
    ("本报资料图片", False),
    ("记者　张三　实习生　李四", False),
    ("1921年", False),                                    # a year heading a timeline's entries
    ("传　真：010-65599762", False),                        # a field with a letter-spaced label
    ("账　号：800100921908091001", False),
    ("咨询捐款热线：010-65129097、65599762（海外）、65222340", False),   # one field of figures, long
    ("据介绍：该工程计划于明年年底前全面建成并投入使用，届时将", True),
    ("【中文通用名】2,4-D丁酯", False),                      # a label in 【】
    ("公交服务热线88197000、88191000", False),               # a hotline and its numbers
    ("二　未来24小时具体预报", False),                       # a heading: a numeral and a 一字空
    ("胡学文　著", False),                                  # a book's author, its publisher, its date
    ("江苏凤凰文艺出版社", False),
    ("2025年3月出版", False),
    ("撰文 | 三书", False),                                 # a credit
    ("他的声音抑扬顿挫——", False),                          # a dash introduces what follows
    ("****", False),                                        # a rule of signs
    ("记者萧采薇综合报导", False),                           # a byline of Taiwan's or Hong Kong's copy
    ("记者廖翊慈/综合报导", False),
    ("山东省人民政府关于深化预算管理制度改革的实施意见", False),   # a document's title
    ("2023年11月22日至2024年1月31日", False),                 # a span of dates
    ("上午8:00-11:30，下午15:00-17:30", False),               # opening hours
    ("《南齐书》（全3册），[梁]萧子显撰，中华书局2017年8月第一版，200.00元", False),   # a book's entry
    ("一", False),                                          # a section's numeral
    ("该书定价为48元", True),                               # (a sentence cut off after a price)
    ("票价：880/680/480/380元", False),                       # a row of prices
    ("https://mp.weixin.qq.com/s/8O92_iefkE7jM2OzxPiKQQ", False),   # a web address alone
    ("ygy9486@163.com", False),
    ("套票：480元*2张=780元", False),
    ("他说，今年的票价是480元", True),                         # (a clause: cut off)
    ("按照1/3的比例分摊后每户每年只需缴纳120元", True),          # (a sentence with a fraction in it)
    ("早餐5元+午餐15元=20元", True),
    ("今年起将发放交通补贴，标准为每月，200元", True),          # (a price after a comma, no book)
    ("关于这个问题，他认为应当", True),                       # (a sentence cut off still is)
    ("上午8:00-11:30，下午还要", True),
    ("每周一、二、四14:00-17:00", False),                    # a schedule's line
    ("公司代码：601136　公司简称：首创证券", False),              # a row of fields (简称 is no saying)
    ("时间：2023年7月14日19:30，7月15日19:30", False),          # a field of dates and times
    ("他说，周一14:00", True),
    ("潘展乐在男子100米自由泳决赛中大放异彩。图/新华社", False),    # a credit after the last sentence
    ("家人都尊重他，希望他走得好好的。据新华社", False),
    ("《牧羊人》获杰出艺术成就奖。俐俐/文", False),
    ("资料图：周冠宇。图片来源：ICphoto", False),
    ("记者了解到。据介绍", True),                                # (no source after 据)
    ("依法向蓝田县人民法院提起行政诉讼。2018年1月9日", False),       # a notice's date run on
    ("特此通告！莆田市公安局交警支队 2022年1月21日", False),
    ("会议决定。会议于2024年3月5日", True),                      # (a clause cut off after a date)
    ("4月2-5日　大剧场", False),                                 # rows of a listing or a timetable
    ("4月30日-5月1日　大剧场", False),
    ("6月24日（星期三）上午8:00-10:30语文", False),
    ("20、提前招生学校组织专业加试或职业技能测试：7月8日—10日", False),
    ("市政府将于3月5日召开", True),                              # (a clause cut off, a day inside)
    ("3月5日上午在市政府召开的会议上", True),                     # (... or first, with no blank or time after it)
    ("记者了解到。截至 2024年3月5日", True),                      # (no signature before the date)
    ("3月5日上午，市政府召开", True),                            # (with its pause)
    ("Day 2:长坂坡 - 当阳博物馆 - 民俗体验", False),              # (an itinerary's day: a head)
    ("第三天：郑州—开封", False),
])
def test_a_paragraph_cut_off_is_reported_and_one_ending_a_list_item_is_not(tmp_path, last, unfinished):
    """(``last`` is a paragraph followed by 下文。)"""
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": f"---\ntitle: 标题\n---\n{last}\n\n下文。\n"})
    found = [f for f in layout_page(page).findings if f.code == "unfinished"]
    assert bool(found) == unfinished


@pytest.mark.parametrize("body, unfinished", [
    # a heading over a field, a schedule or a table's rows ends where it ends
    ("节目单\n\n时间：2023年7月14日19:30\n\n地点：大剧场\n", []),
    ("开放日接种时间\n\n每周一、二、四14:00-17:00\n", []),
    ("截至目前全市共有\n\n张三：好的。\n", ["…截至目前全市共有"]),        # (not over a speaker's line)
])
def test_a_heading_over_fields_is_not_cut_off(tmp_path, body, unfinished):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": f"---\ntitle: 标题\n---\n{body}"})
    found = [f.message.split(": ", 1)[1] for f in layout_page(page).findings if f.code == "unfinished"]
    assert found == unfinished


def test_a_timeline_and_a_letters_signature_are_not_cut_off_but_an_entry_ending_in_a_dash_is(tmp_path):
    story = ("---\ntitle: 标题\n---\n1921年7月 中国共产党成立\n\n7月 中共“二大”召开\n\n"
             "1919年5月4日“五四”运动爆发\n\n1924年1月 国民党“一大”召开,革命统一战线正式形成\n\n1925年6月-\n\n"
             "2023年3月5日上午，市政府召开\n\n他说。\n\n此致\n\n敬礼！\n\n一位来自二十一世纪的沈阳市长\n\n"
             "2023年11月30日\n")
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": story})
    found = [f.message for f in layout_page(page).findings if f.code == "unfinished"]
    # (an entry beside other entries; a paragraph that starts with a date and stands alone
    # among sentences is no timeline's)
    assert found == ["paragraph ends without closing punctuation (cut off?): …1925年6月-",
                     "paragraph ends without closing punctuation (cut off?): …3月5日上午，市政府召开"]


@pytest.mark.parametrize("story, cut", [
    # a timeline laid out with year headings, bullets, dot dates and 同日
    ("1921年\n\n7月23日　中国共产党第一次全国代表大会在上海召开\n\n同日　代表们转移到嘉兴\n\n"
     "● 1922年7月　中共“二大”召开\n\n1922.1.12　香港海员大罢工\n", []),
    ("1.1　项目背景\n\n1.2　建设内容包括道路、桥梁和\n", ["1.2　建设内容包括道路、桥梁和"]),   # a section's number
    # news paragraphs that start with their dates are no timeline: the cut one is reported
    ("2023年3月5日上午，市政府召开新闻发布会，通报情况。\n\n3月6日下午，市教育局发布通知，要求各校\n",
     ["3月6日下午，市教育局发布通知，要求各校"]),
    # a letter's signature and date, not a line of text after them
    ("此致\n\n敬礼！\n\n您的学生　小明\n\n2023年5月1日\n", []),
    ("此致\n\n敬礼！\n\n市文明办\n\n2023年5月1日\n\n记者了解到，这封信已发往\n", ["记者了解到，这封信已发往"]),
    ("此致敬礼\n\n您的学生　小明\n", []),
    ("此致\n\n敬礼！\n\n您的学生\n\n李明\n", []),
    ("此致\n\n敬礼\n\n沈阳市民　张三\n\n3月5日\n", []),
    # a heading typed as a line of the copy before a paragraph of prose is not cut off; a short
    # line at the story's end, or before a line no longer than it, is
    ("新特性\n\nPython 3.12 带来了更好的错误提示和更快的解释器，开发者反响热烈。\n\n类型注释\n", ["类型注释"]),
    ("对世界上瘾中，找到持续成长的力量\n\n作者在书中讲述了自己如何从一个沉迷手机的少年成长为一名工程师的故事。\n", []),
    ("市政府召开会议，研究部署\n\n下一阶段工作。\n", ["市政府召开会议，研究部署"]),
    ("据介绍，这些学校主要分布在\n\n郑东新区、高新区和经开区等人口导入较快的区域，预计将于明年秋季学期前陆续投入使用。\n",
     ["据介绍，这些学校主要分布在"]),                                          # (cut after 在)
    ("本报讯（记者　张磊　通讯员\n\n李娜）昨日，记者从市住房和城乡建设局获悉，今年以来全市累计开工改造老旧小区126个。\n",
     ["本报讯（记者　张磊　通讯员"]),                                          # (inside a bracket)
    # headings one under another, or before a field's label; a bulleted list; a telephone's
    # field; the desk's credits
    ("这份成绩单沉甸甸\n\n自觉践行政治担当\n\n扎实开展“双融双强”先进党支部创建，1个支部获评省级示范支部。\n", []),
    ("据悉，该项目总投资\n\n共分三期建设\n\n一期工程已于去年底完工，二期工程正在加紧建设中，预计明年投用。\n",
     ["据悉，该项目总投资"]),                                              # (a clause cut off)
    ("截至目前，全市已完成改造的背街小巷共有\n\n具体情况如下：\n\n金水区完成改造120条，二七区完成改造86条。\n",
     ["截至目前，全市已完成改造的背街小巷共有"]),
    ("◆市委第一巡察组对市教育局党组开展了常规巡察，发现该局在落实主体责任方面存在\n\n"
     "◆市委第二巡察组对市卫健委党组开展了常规巡察，发现问题12个。\n", ["◆市委第一巡察组对市教育局党组开展了常规巡察，发现该局在落实主体责任方面存在"]),
    ("现场报名\n\n幼升小材料准备\n\n幼升小报名时间:\n\n2023年8月7日、8日线上报名。\n", []),
    ("材料如下：\n\n◆父母双方身份证原件及复印件\n\n◆《儿童预防接种证》原件及复印件\n\n请按时报名。\n", []),
    ("案件查询：内勤外线电话：0371-69521419内线电话：61419\n\n请按时前往。\n", []),
    ("事项如下：\n\n◆报名时间：7月1日至7月5日，每天9:00—17:00\n\n◆报名地点：郑州市金水区文化路1号，市人社局一楼大厅\n\n"
     "◆咨询电话：0371-12345678\n\n请考生按时报名。\n", []),                # (fields with a comma in them)
    ("请按时前往。\n\n校对 刘亚杰\n\n统筹 李 鑫\n", []),
    ("◆父母双方身份证原件及复印件\n\n请按时报名。\n", ["◆父母双方身份证原件及复印件"]),      # (one is no list)
    ("市政府召开会议\n\n研究部署\n", ["市政府召开会议", "研究部署"]),      # (short lines last)
    # a heading with no pause over a sentence half as long again; a row's heading
    ("按照发热的热型分类\n\n发热的常见热型通常分为6种。\n", []),
    ("市民可前往附近的社区\n\n办理手续。\n", ["市民可前往附近的社区"]),
    ("延期名单\n\n2月28日-2月29日　话剧《非常悬疑》延期\n\n退票方式\n\n请于3月前办理退票。\n", []),
    # a list's points, each a label and its value, a pause in it or not
    ("财政：赤字率拟按4%左右安排，赤字规模比上年增加1.6万亿元\n\n政府投资：拟安排地方政府专项债券4.4万亿元、比上年增加5000亿元\n\n"
     "消费：实施提振消费专项行动。安排超长期特别国债3000亿元支持消费品以旧换新\n\n下文。\n", []),
    ("他说：赤字率拟按4%左右安排，赤字规模比上年增加1.6万亿元\n\n下文。\n", ["他说：赤字率拟按4%左右安排，赤字规模比上年增加1.6万亿元"]),
])
def test_timelines_and_letters_are_not_cut_off_but_text_among_them_is(tmp_path, story, cut):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": f"---\ntitle: 标题\n---\n{story}"})
    found = [f.message for f in layout_page(page).findings if f.code == "unfinished"]
    assert found == [f"paragraph ends without closing punctuation (cut off?): …{t[-12:]}" for t in cut]


def test_a_poem_set_a_line_a_paragraph_is_not_cut_off(tmp_path):
    poem = "假如我是一只鸟，\n\n我也应该用嘶哑的喉咙歌唱：\n\n这被暴风雨所打击着的土地，\n\n这永远汹涌着我们的悲愤的河流，\n\n"
    story = f"---\ntitle: 标题\n---\n{poem}和那来自林间的无比温柔的黎明……\n\n市民可前往附近的社区服务中心\n"
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": story})
    found = [f.message for f in layout_page(page).findings if f.code == "unfinished"]
    # (four short lines or more, half of them not ending a sentence; the long line after is prose)
    assert found == ["paragraph ends without closing punctuation (cut off?): …可前往附近的社区服务中心"]


def test_a_poem_with_no_marks_is_not_cut_off_but_its_last_line_may_be(tmp_path):
    poem = "是泛潮发霉的壁画\n\n是灰败的椒花\n\n是篱下开遍的黄菊\n\n是理想落空的戚戚怨嗟\n\n"
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": f"---\ntitle: 标题\n---\n{poem}"})
    # (a story cut off after short lines ends as a poem with no marks does: the last is said)
    assert [f.message for f in layout_page(page).findings if f.code == "unfinished"] == [
        "paragraph ends without closing punctuation (cut off?): …是理想落空的戚戚怨嗟"]


def test_short_lines_then_a_cut_one_are_said(tmp_path):
    story = "这是一个平凡的早晨。\n\n6点30分，\n\n公交司机李师傅准时出车，\n\n他负责的线路\n"
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": f"---\ntitle: 标题\n---\n{story}"})
    assert [f.message for f in layout_page(page).findings if f.code == "unfinished"] == [
        "paragraph ends without closing punctuation (cut off?): …他负责的线路"]


def test_the_heading_of_a_list_is_not_a_paragraph_cut_off(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 标题\n---\n报名条件\n（一）年满18周岁；\n（二）身体健康。\n\n从上至下形成了\n"})
    found = [f.message for f in layout_page(page).findings if f.code == "unfinished"]
    assert found == ["paragraph ends without closing punctuation (cut off?): …从上至下形成了"]
