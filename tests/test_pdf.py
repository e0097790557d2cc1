"""End to end: build the sample with the command line and read the PDF back with pypdf and
pypdfium2, as an independent reader would (DESIGN.md §4)."""
from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter

import pytest
from pypdf import PdfReader

from conftest import ROOT, SAMPLE

MM = 72 / 25.4
HAN = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture(scope="module")
def built(sample_pdf):
    proc, out = sample_pdf
    assert proc.returncode == 0, proc.stderr
    return PdfReader(str(out)), out


def _source_han() -> Counter:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.md")))
    text += (SAMPLE / "page.yaml").read_text(encoding="utf-8")
    text = re.sub(r"#[^\n]*", "", text)   # YAML comments are not page text
    return Counter(HAN.findall(text))


def test_build_exits_0_and_says_where_it_wrote(sample_pdf):
    proc, out = sample_pdf
    assert proc.returncode == 0
    assert f"wrote {out}" in proc.stdout


def test_page_size_and_boxes(built):
    reader, _ = built
    (page,) = reader.pages
    trim = page.trimbox
    assert (round(float(trim.width) / MM, 1), round(float(trim.height) / MM, 1)) == (390.0, 540.0)
    media = page.mediabox
    assert float(media.width) == pytest.approx(float(trim.width) + 6 * MM, abs=0.01)  # 3 mm bleed
    assert page.bleedbox == page.mediabox


def test_every_font_is_embedded_truetype_subset(built):
    reader, _ = built
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = []
    for ref in fonts.values():
        font = ref.get_object()
        names.append(str(font["/BaseFont"]))
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        assert "/ToUnicode" in font
        assert re.match(r"/[A-Z]{6}\+", str(font["/BaseFont"]))
    assert not any("Helvetica" in n or "Times" in n or "Courier" in n for n in names)
    assert {n.split("+")[1] for n in names} == {
        "NotoSerifCJKsc-Regular", "NotoSansCJKsc-Bold", "LayoutWenKaiSubset-Regular"}


def test_every_han_character_of_the_stories_is_in_the_pdf_text(built):
    reader, _ = built
    text = reader.pages[0].extract_text()
    missing = _source_han() - Counter(HAN.findall(text))
    assert not missing, f"missing from the PDF text: {dict(missing)}"


def test_text_is_black_100k_and_no_rgb_operators(built):
    reader, _ = built
    content = reader.pages[0].get_contents().get_data().decode("latin-1")
    assert "0 0 0 1 k" in content
    assert not re.search(r"\b[\d.]+ [\d.]+ [\d.]+ (rg|RG)\b", content)


def test_rebuild_is_byte_identical(built, tmp_path):
    _, first = built
    again = tmp_path / "again.pdf"
    proc = subprocess.run([sys.executable, "-m", "layout", "build", str(SAMPLE), "-o", str(again)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0
    assert again.read_bytes() == first.read_bytes()


def test_the_cache_changes_nothing_in_the_pdf(built, tmp_path):
    # An empty cache (font metrics, reportlab's font tables and photo checks computed afresh),
    # then the cache it leaves, then damaged entries: the same bytes every time.
    import os
    _, first = built
    cache = tmp_path / "cache"
    env = {**os.environ, "LAYOUT_CACHE_DIR": str(cache)}

    def build(name):
        out = tmp_path / name
        proc = subprocess.run([sys.executable, "-m", "layout", "build", str(SAMPLE), "-o", str(out)],
                              capture_output=True, text=True, cwd=ROOT, env=env)
        assert proc.returncode == 0, proc.stderr
        return out.read_bytes()

    assert build("cold.pdf") == first.read_bytes()
    entries = sorted(p.suffix for p in cache.iterdir())
    assert entries.count(".face") == 3 and entries.count(".photo") == 4 and entries.count(".metrics") >= 3
    assert entries.count(".embed") == 4   # the photos: JPEGs passed through unchanged
    assert entries.count(".subset") >= 3  # a subset font per face at least, Flate-compressed
    assert build("warm.pdf") == first.read_bytes()
    for entry in cache.iterdir():
        entry.write_bytes(b"\x00damaged")
    assert build("damaged.pdf") == first.read_bytes()


def test_cached_subsets_give_the_bytes_reportlab_writes_itself(sample_layout, tmp_path, monkeypatch):
    # The subset fonts and their Flate streams come from the cache (made the first time);
    # the PDF must be byte for byte the one reportlab writes when it subsets and compresses
    # every font itself.
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import TTFontFace
    from layout import render_pdf
    from layout.pipeline import render
    TRUETYPE = b"\x00\x01\x00\x00"   # how a TrueType font file begins
    monkeypatch.setenv("LAYOUT_CACHE_DIR", str(tmp_path))
    made = render(sample_layout)
    subsets = sorted(tmp_path.glob("*.subset"))
    assert subsets
    compressed = []
    real = pdfdoc.PDFStreamFilterZCompress.encode
    monkeypatch.setattr(pdfdoc.PDFStreamFilterZCompress, "encode",
                        lambda self, data: compressed.append(data[:4]) or real(self, data))
    assert render(sample_layout) == made                         # from the cache
    assert sorted(tmp_path.glob("*.subset")) == subsets           # (nothing made again)
    assert compressed and TRUETYPE not in compressed              # no font compressed again
    monkeypatch.setattr(render_pdf._CachedFace, "makeSubset", TTFontFace.makeSubset)
    monkeypatch.setattr(render_pdf._CachedFace, "addSubsetObjects", TTFontFace.addSubsetObjects)
    compressed.clear()
    assert render(sample_layout) == made                         # reportlab alone
    assert compressed.count(TRUETYPE) == len(subsets)


def test_a_subset_entry_that_is_not_one_whole_flate_stream_is_made_again(sample_layout, tmp_path, monkeypatch):
    # zlib's decompress ignores what follows the end of a stream: an entry with more after it
    # (or from another compressor) must not reach the PDF.
    import marshal
    from layout.pipeline import render
    monkeypatch.setenv("LAYOUT_CACHE_DIR", str(tmp_path))
    made = render(sample_layout)
    for entry in tmp_path.glob("*.subset"):
        value = marshal.loads(entry.read_bytes())
        value["flate"] += b"JUNK"
        entry.write_bytes(marshal.dumps(value))
    assert render(sample_layout) == made


def test_a_page_without_the_character_that_registers_the_body_font_does_not_embed_it(tmp_path):
    from pypdf import PdfReader
    from layout.pipeline import build
    page = tmp_path / "p"
    page.mkdir()
    (page / "page.yaml").write_text("sections:\n  - stories: [a.md]\n", encoding="utf-8")
    (page / "a.md").write_text("---\ntitle: 文章标题\n---\n正文内容。\n", encoding="utf-8")
    out = tmp_path / "out.pdf"
    build(page, out)
    maps = [ref.get_object()["/ToUnicode"].get_object().get_data()
            for ref in PdfReader(str(out)).pages[0]["/Resources"]["/Font"].values()]
    assert any(b"<6B63>" in m for m in maps)            # 正 is there
    assert not any(b"<4E2D>" in m for m in maps)        # 中 is not


def test_subsets_depend_on_the_characters_not_their_order(sample_layout, tmp_path, monkeypatch):
    # The same characters met in another order (a story moved, lines reordered) take the
    # same codes, so the cached subsets are used again rather than made anew.
    from layout.pipeline import render
    monkeypatch.setenv("LAYOUT_CACHE_DIR", str(tmp_path))
    render(sample_layout)
    before = sorted(p.name for p in tmp_path.glob("*.subset"))
    display = sample_layout.display
    reordered = sample_layout._replace(display=display._replace(items=tuple(reversed(display.items))))
    render(reordered)
    assert sorted(p.name for p in tmp_path.glob("*.subset")) == before


def test_the_cache_keeps_only_the_newest_entries_of_a_pruned_kind(tmp_path, monkeypatch):
    import os
    from layout.cache import read_cache, write_cache
    monkeypatch.setenv("LAYOUT_CACHE_DIR", str(tmp_path))
    names = [f"{n:064x}.subset" for n in range(6)]
    for n in range(5):
        write_cache(names[n], {"n": n}, keep=3)
        os.utime(tmp_path / names[n], ns=(n * 10**9, n * 10**9))   # (one second apart)
    write_cache("other.face", {"n": 0})
    (tmp_path / "mine.subset").write_bytes(b"not named as layout names its entries")
    left = {names[2], names[3], names[4], "other.face", "mine.subset"}
    assert {p.name for p in tmp_path.iterdir()} == left
    assert read_cache(names[2], ("n",), touch=True)["n"] == 2
    write_cache(names[5], {"n": 5}, keep=3)   # 3 is now the least recently used
    assert {p.name for p in tmp_path.iterdir()} == left - {names[3]} | {names[5]}
    faces = [f"{n:064x}.rl9.9.face" for n in range(3)]   # (named with a version too)
    for name in faces:
        write_cache(name, {"n": 0}, keep=2)
        if name == faces[0]:
            os.utime(tmp_path / name, ns=(1, 1))   # (the oldest)
    assert sorted(p.name for p in tmp_path.glob("*.face")) == sorted(faces[1:] + ["other.face"])


def test_rendered_page_shows_the_red_banner(built):
    import pypdfium2 as pdfium
    _, out = built
    pdf = pdfium.PdfDocument(str(out))
    bitmap = pdf[0].render(scale=20 / 72)   # 20 dpi: small and quick
    image = bitmap.to_pil().convert("RGB")
    # the first part banner: a red bar across the type area, rows 15-16 of the grid
    width, height = image.size
    y = int(height * (3 * MM + 75.26 + 14.5 * 12) / (540 * MM + 6 * MM))
    reds = [image.getpixel((x, y)) for x in range(width // 4, 3 * width // 4, 5)]
    assert all(r > 180 and g < 90 and b < 90 for r, g, b in reds), reds[:5]
    pdf.close()


def test_shipped_fonts_cover_gb2312_and_the_general_standard_list():
    # News copy names people and places with characters GB 2312 lacks (昇腾, 王喆, 朱镕基):
    # every font covers 《通用规范汉字表》 (the BMP part) as well as GB 2312.
    from fontTools.ttLib import TTFont
    listed = "".join(line for line in (ROOT / "fonts" / "general-standard-8105.txt").read_text(encoding="utf-8")
                     .splitlines() if not line.startswith("#"))
    assert len(set(listed)) == 8105
    wanted = {ord(c) for c in listed if ord(c) <= 0xFFFF}
    wanted |= {ord(bytes((hi, lo)).decode("gb2312")) for hi in range(0xB0, 0xF8) for lo in range(0xA1, 0xFF)
               if _decodes(bytes((hi, lo)))}
    for path in sorted((ROOT / "fonts").glob("*.ttf")):
        cmap = TTFont(path, lazy=True).getBestCmap()
        missing = sorted(wanted - set(cmap))
        assert not missing, (path.name, "".join(map(chr, missing[:20])))
        assert {ord(c) for c in "昇堃喆镕"} <= set(cmap)
        # and the signs of figures in the news: units (℃ ‰ and the squared ㎡ ㎏ ㎞ ...), №,
        # the euro; a trade name's ™ (Intel® Core™); and every superscript figure and sign of a
        # power (10⁻⁹, ×10⁵: those the sources lack made from their own figures)
        signs = ({0x2103, 0x2030, 0x2116, 0x20AC, 0x2122, 0x00AE, 0x00A9} | set(range(0x3380, 0x33E0))
                 | set(map(ord, "¹²³⁰⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ")))
        assert not signs - set(cmap), (path.name, "".join(map(chr, sorted(signs - set(cmap)))))


def test_superscripts_a_source_lacks_are_its_own_figures_scaled_and_raised():
    # (a composite of the figure, in the advance of the source's own ², its ink as high as ²'s)
    from fontTools.ttLib import TTFont
    for path in sorted((ROOT / "fonts").glob("Noto*.ttf")):
        font = TTFont(path)
        cmap, glyf, hmtx = font.getBestCmap(), font["glyf"], font["hmtx"]
        five, sup2 = glyf[cmap[ord("⁵")]], glyf[cmap[ord("²")]]
        assert five.isComposite() and [c.glyphName for c in five.components] == [cmap[ord("5")]], path.name
        assert hmtx[cmap[ord("⁵")]][0] == hmtx[cmap[ord("²")]][0]
        five.recalcBounds(glyf)
        sup2.recalcBounds(glyf)
        assert abs(five.yMax - sup2.yMax) < 15 and abs(five.yMin - sup2.yMin) < 15, path.name


def _decodes(b: bytes) -> bool:
    try:
        b.decode("gb2312")
        return True
    except UnicodeDecodeError:
        return False


def test_reportlab_face_from_the_cache_is_the_parsed_face(tmp_path, monkeypatch):
    # What reportlab reads from a font is cached; the restored face must hold what a fresh
    # parse holds, the glyph -> characters map included (it is rebuilt only when asked for).
    from reportlab.pdfbase.ttfonts import TTFont
    from layout.fonts import load_fonts
    from layout.render_pdf import _tt_font
    monkeypatch.setenv("LAYOUT_CACHE_DIR", str(tmp_path))
    face = load_fonts().kai
    parsed = TTFont("parsed", str(face.path)).face
    _tt_font("first", face.path, face.index, face.digest)            # parses and fills the cache
    restored = _tt_font("again", face.path, face.index, face.digest).face
    assert type(restored) is not type(parsed)                        # it did come from the cache
    for key in ("charToGlyph", "charWidths", "hmetrics", "glyphPos", "ascent", "descent", "bbox"):
        assert getattr(restored, key) == getattr(parsed, key), key
    assert {g: sorted(cs) for g, cs in restored.glyphToChar.items()} == \
        {g: sorted(cs) for g, cs in parsed.glyphToChar.items()}


def test_a_file_digest_is_remembered_only_for_the_same_bytes(tmp_path, monkeypatch):
    # The digest of a file is remembered by its identity (inode, size, times); rewriting it
    # with other bytes of the same size and putting its modification time back still changes
    # its change time, so the digest is computed again.
    import hashlib
    import os
    import time
    from layout import cache
    from layout.cache import file_digest
    monkeypatch.setenv("LAYOUT_CACHE_DIR", str(tmp_path / "cache"))
    f = tmp_path / "photo.jpg"
    f.write_bytes(b"A" * 1000)
    st = f.stat()
    assert file_digest(f) == hashlib.sha256(b"A" * 1000).hexdigest()
    assert not (tmp_path / "cache").exists()          # just written: not remembered yet
    monkeypatch.setattr(cache, "SETTLED_NS", 0)       # (as if two seconds had passed)
    assert file_digest(f) == hashlib.sha256(b"A" * 1000).hexdigest()
    assert file_digest(f, b"#1") == hashlib.sha256(b"A" * 1000 + b"#1").hexdigest()
    assert len(list((tmp_path / "cache").glob("*.digest"))) == 2
    assert file_digest(f) == hashlib.sha256(b"A" * 1000).hexdigest()   # (from the cache)
    time.sleep(0.01)
    f.write_bytes(b"B" * 1000)
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert file_digest(f) == hashlib.sha256(b"B" * 1000).hexdigest()


def test_an_unreadable_font_is_an_input_error_even_when_its_metrics_are_cached(monkeypatch):
    # The metrics of a font come from the cache without reading the file; a font that can no
    # longer be read must still stop the build with an error that names it (not fail later
    # inside reportlab).
    from conftest import deny_reading
    from layout.errors import FontError
    from layout.fonts import FONT_DIR, Face
    path = FONT_DIR / "LXGWWenKai-Regular-subset.ttf"
    Face("kai", path)                                   # metrics and digest cached
    deny_reading(monkeypatch, path)
    with pytest.raises(FontError) as err:
        Face("kai", path)
    assert "Permission denied" in str(err.value) and err.value.field == "fonts.kai"


@pytest.mark.parametrize("font", ["NotoSerifCJKsc-Regular-subset.ttf", "LXGWWenKai-Regular-subset.ttf"])
def test_font_metrics_from_the_cache_are_those_read_from_the_font(font, tmp_path, monkeypatch):
    # The cache keeps a font's advances grouped by value; restored, they are the same dict
    # (same characters, same floats) as fontTools' reading, and a damaged entry is read again.
    from layout import fonts
    from layout.cache import write_cache
    monkeypatch.setenv("LAYOUT_CACHE_DIR", str(tmp_path))
    path = fonts.FONT_DIR / font
    read = fonts.Face("song", path)                     # read with fontTools, then stored
    cached = fonts.Face("song", path)                   # from the cache
    assert fonts._cached_metrics(read.digest) is not None
    assert cached._advance == read._advance and len(read._advance) > 8000
    assert {type(v) for v in cached._advance.values()} == {float}
    assert cached._ink == read._ink and cached.units_per_em == read.units_per_em
    entry = fonts._metrics_entry(read.digest)
    stored = fonts._cached_metrics(read.digest)
    write_cache(entry, {**{k: v for k, v in stored.items() if k != "advance_em"},
                        "advance_groups": {1.0: ["中"]}})      # not a string of characters
    assert fonts._cached_metrics(read.digest) is None
    assert fonts.Face("song", path)._advance == read._advance   # read afresh


def test_each_photo_is_its_own_image_holding_the_jpeg_unchanged(built):
    # JPEGs go into the PDF as they are (DCTDecode), each photo an image of its own (their
    # names come from the files' digests: four photos, four images).
    reader, _ = built
    (page,) = reader.pages
    xobjects = page["/Resources"]["/XObject"]
    streams = [xobjects[name].get_object() for name in xobjects]
    photos = {p.read_bytes() for p in (SAMPLE / "photos").glob("*.jpg")}
    assert len(photos) == 4 and len(streams) == 4
    assert all(s["/Subtype"] == "/Image" and s["/Filter"] == ["/DCTDecode"] for s in streams)
    assert {s._data for s in streams} == photos


def test_a_build_with_its_output_closed_still_writes_the_pdf(tmp_path):
    # The process ends without tearing down (os._exit) once its output is flushed; started
    # with no standard output at all, it must still end normally.
    import os
    out = tmp_path / "page.pdf"
    proc = subprocess.run([sys.executable, "-m", "layout", "build", str(SAMPLE), "-o", str(out)],
                          stderr=subprocess.PIPE, text=True, cwd=ROOT, preexec_fn=lambda: os.close(1))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert out.read_bytes().startswith(b"%PDF-") and out.read_bytes().rstrip().endswith(b"%%EOF")


def test_a_laid_out_page_can_be_pickled(sample_layout):
    # (findings and pages hold plain values only: a program may send them to another process)
    import pickle
    again = pickle.loads(pickle.dumps(sample_layout))
    assert again.findings == sample_layout.findings and again.display == sample_layout.display


def test_the_pdf_is_written_whole_with_the_permissions_of_a_saved_file(tmp_path):
    # Written beside the target and renamed over it; readable as any file the user saves
    # (0666 less the umask); a file left under the name this process would use first (by a
    # process that died with the same id) is neither reused nor removed.
    import os
    from layout.pipeline import write_atomic
    out = tmp_path / "page.pdf"
    stale = tmp_path / f".page.pdf.{os.getpid()}.0.tmp"
    stale.write_bytes(b"left by another process")
    mask = os.umask(0o022)
    try:
        write_atomic(out, b"%PDF-1.4 first")
        write_atomic(out, b"%PDF-1.4 second")
    finally:
        os.umask(mask)
    assert out.read_bytes() == b"%PDF-1.4 second"
    assert out.stat().st_mode & 0o777 == 0o644
    assert stale.read_bytes() == b"left by another process"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, stale.name])


def test_faces_that_borrow_from_different_faces_are_different_keys():
    # Compositions and measurements are cached by face: two faces that borrow the same
    # characters from different fonts set them differently, so they must not compare equal.
    from layout.fonts import FONT_DIR, Face
    kai = FONT_DIR / "LXGWWenKai-Regular-subset.ttf"
    a, b = Face("kai", kai), Face("kai", kai)
    a.borrow("“”", Face("song", FONT_DIR / "NotoSerifCJKsc-Regular-subset.ttf"))
    b.borrow("“”", Face("hei", FONT_DIR / "NotoSansCJKsc-Bold-subset.ttf"))
    assert a != b and a.key != b.key


def test_the_cli_leaves_the_garbage_collector_as_it_found_it(capsys):
    import gc
    from layout.cli import main
    before = gc.get_threshold()
    assert main(["trace", str(SAMPLE)]) == 0
    assert gc.isenabled() and gc.get_threshold() == before
