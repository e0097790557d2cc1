"""Stage 7, render: display list -> PDF bytes. The only module that imports reportlab.

* Fonts: the page's TrueType faces, embedded as subsets with ToUnicode maps by reportlab.
  The canvas is created with one of them as its initial font so that reportlab never puts
  its default Helvetica into the file. What reportlab reads from a font file before it can
  embed it (cmap, widths, glyph offsets: 25 ms for a CJK font of 9,000 glyphs) is cached
  beside the font metrics, keyed by the file's digest and reportlab's version.
* Font subsets: each face's characters take their codes in the PDF in code-point order
  (not in the order the page first uses them), so a subset is a function of the characters
  the page uses from that face. reportlab's subset font and its Flate stream (together about
  half the time of writing the PDF) are cached by the font, reportlab's and zlib's versions
  and the characters: an edit that brings no new character reuses them. The bytes are the
  same as reportlab's own, cached or not.
* Text: one text object per line; each glyph is placed exactly where composition put it, by
  a ``TJ`` array whose numbers are the differences between the composed positions and the
  advances the PDF font declares. Joined dashes are drawn with horizontal scaling (``Tz``).
* Colour: CMYK throughout; black text is 0/0/0/100.
* Boxes: MediaBox = trim + bleed; TrimBox and BleedBox set (DESIGN.md §4).
* Determinism: reportlab's invariant mode (fixed dates and IDs); nothing depends on time.
"""
from __future__ import annotations

import _thread
import hashlib
import io
import zlib
from functools import lru_cache
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace, TTFontParser
from reportlab.pdfgen.canvas import Canvas

from .display import DisplayPage, Fill, Image, Rule, TextLine
from .cache import file_digest, read_cache, write_cache
from .fonts import FontSet, truetype_for

_REGISTERED: dict = {}


def _font_name(face, chars) -> str:
    """Register with reportlab the TrueType file that sets ``chars`` of ``face`` (the font
    itself, or for CFF fonts a converted subset), once per file; return its reportlab name."""
    path, index = truetype_for(face, chars)
    key = (str(path), index)
    name = _REGISTERED.get(key)
    if name is None:
        name = f"L{len(_REGISTERED)}-{Path(path).stem[:24]}"
        converted = Path(path) != face.path
        # (a converted subset, made in the cache, by the digest of its own bytes: one that
        # was damaged and made again gets entries of its own)
        try:
            font = _tt_font(name, path, index, file_digest(path) if converted else face.digest)
        except Exception:   # noqa: BLE001 - reportlab's errors for a broken file vary
            if not converted:
                raise
            path, index = truetype_for(face, chars, refresh=True)   # a damaged cache entry
            font = _tt_font(name, path, index, file_digest(path))
        _register(font)
        _REGISTERED[key] = name
    return name


def _register(font: TTFont) -> None:
    """``pdfmetrics.registerFont``, except that a font never stands in for another file's:
    reportlab takes a second font with a PostScript name it has seen for the first one (its
    text would be drawn with the first file's glyphs). Two files share a name when a page's
    fallback font is a full cut of the family whose subset is shipped, or when a long-running
    preview meets a font converted again for another page."""
    other = pdfmetrics._dynFaceNames.get(font.face.name)
    if other is not None and other is not font:
        del pdfmetrics._dynFaceNames[font.face.name]
    pdfmetrics.registerFont(font)


def _distinct_names(fonts: list) -> list:
    """Give the fonts of one document distinct PostScript names (ISO 32000 §9.6.4: two
    subsets in one file must not have the same name): the first keeps its own, another
    with the same name is written with ``-2``, ``-3``... after it, whichever is free (the
    name reportlab writes is the face's name and, for a face of a collection, ``-index``).
    Returns (face, name) to put back after the document is written (the fonts are shared
    by every document of the process)."""
    fonts = list(dict.fromkeys(fonts))   # (each font once, in order)
    taken = {_full_name(f.face) for f in fonts}
    seen: set = set()
    changed = []
    for font in fonts:
        face = font.face
        if _full_name(face) in seen:
            name, k = face.name, 2
            while bytes(name) + b"-%d" % k + bytes(face.subfontNameX) in taken:
                k += 1
            changed.append((face, name))
            face.name = TTFNameBytes(bytes(name) + b"-%d" % k)
            taken.add(_full_name(face))
        seen.add(_full_name(face))
    return changed


def _full_name(face) -> bytes:
    return bytes(face.name) + bytes(face.subfontNameX)


#: face attributes that come from reading the file itself (not cached)
_FILE_STATE = ("_ttf_data", "_pdfScale", "filename", "_pos", "table", "tables")
#: face attributes not cached but made again from the others when reportlab asks for them
#: (glyph -> characters: only its text shaping reads it, which layout does not use)
_LAZY_STATE = ("glyphToChar",)


class _CachedFace(TTFontFace):
    """A reportlab face restored from the cache (``_font_from_state``). Its glyph ->
    characters map is kept flat, as (glyph, character) pairs in one list of numbers, and
    made into reportlab's dict of lists only if reportlab asks for it."""

    def __getattr__(self, name: str):
        if name == "glyphToChar":
            flat = self.__dict__["_layout_glyph_chars"]
            glyph_to_char: dict = {}
            for n in range(0, len(flat), 2):
                glyph_to_char.setdefault(flat[n], []).append(flat[n + 1])
            self.glyphToChar = glyph_to_char
            return glyph_to_char
        raise AttributeError(name)

    def makeSubset(self, subset):
        """reportlab's subset font of the characters ``subset`` (in their PDF code order),
        from the cache when it was made before; kept with its Flate stream, which
        ``addSubsetObjects`` puts in the PDF in place of compressing the subset again."""
        base = self.__dict__.get("_layout_entry")
        if base is None:
            return TTFontFace.makeSubset(self, subset)
        entry = hashlib.sha256(f"{base}\0{_zlib_mark()}\0{list(subset)}".encode()).hexdigest() + ".subset"
        known = read_cache(entry, ("flate", "length"), touch=True)
        raw = None
        if known is not None and isinstance(known["flate"], bytes):
            flate = known["flate"]
            inflate = zlib.decompressobj()
            try:
                raw = inflate.decompress(flate)
            except zlib.error:
                pass
            if not inflate.eof or inflate.unused_data:
                raw = None   # (not one whole stream, as zlib writes it)
        if raw is None or len(raw) != known["length"]:
            raw = TTFontFace.makeSubset(self, subset)
            flate = zlib.compress(raw)   # (as reportlab's Flate filter compresses a stream)
            write_cache(entry, {"flate": flate, "length": len(raw)}, keep=SUBSET_ENTRIES)
        self.__dict__["_layout_made"] = (raw, flate)
        return raw

    def addSubsetObjects(self, doc, fontname, subset):
        """reportlab's objects for one subset, its font stream given the Flate data made with
        it. Where reportlab's objects are not as expected, they are left as they are (then
        reportlab compresses the stream itself: the same bytes, only slower)."""
        ref = TTFontFace.addSubsetObjects(self, doc, fontname, subset)
        made = self.__dict__.pop("_layout_made", None)
        try:
            stream = doc.idToObject[doc.idToObject[ref.name].dict["FontFile2"].name]
            ready = (made is not None and stream.content is made[0] and stream.filters == [pdfdoc.PDFZCompress]
                     and "Filter" not in stream.dictionary.dict)
        except (AttributeError, KeyError, TypeError):
            ready = False
        if ready:
            stream.content = made[1]
            stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
        return ref


#: subset entries kept in the cache, the most recently used (each is 10-60 kB)
SUBSET_ENTRIES = 200
#: reportlab's tables of fonts kept in the cache, the most recently used (each is 30-450 kB;
#: a font converted from CFF for a page has its own)
FACE_ENTRIES = 60


@lru_cache(maxsize=1)
def _zlib_mark() -> str:
    """What names this process's zlib in the subset entries: its version and a digest of what
    it makes of a fixed sample. (Builds of zlib that report the same version can compress
    differently, and the cache may be shared by several Python installations; the PDF must
    be the bytes this zlib writes.)"""
    sample = b"".join(b"%d layout %x\n" % (n * n, n * 7919 % 65521) for n in range(300))
    return f"{zlib.ZLIB_RUNTIME_VERSION}:{hashlib.sha256(zlib.compress(sample)).hexdigest()[:16]}"


#: reportlab fonts read ahead by ``prepare_fonts``, by (file, index, digest): taken once each
_PREPARED: dict = {}


def prepare_fonts(fonts: FontSet) -> None:
    """Read what reportlab needs of each TrueType face of ``fonts`` (its tables, from the
    cache) before the page is there to render: a build in two processes does this while the
    page is being composed. A face with CFF outlines is converted per page (``truetype_for``):
    nothing to read ahead."""
    for face in (*fonts.faces(), fonts.fallback):
        if face is not None and face.outlines == "glyf":
            key = (str(face.path), face.index, face.digest)
            if key not in _PREPARED:
                _PREPARED[key] = _tt_font("prepared", face.path, face.index, face.digest)


def _tt_font(name: str, path, index: int, digest: str) -> TTFont:
    """reportlab's TTFont for the file, its parsed tables taken from the cache when they are
    there. The cached face is checked against the attributes reportlab itself set when the
    entry was written: any difference (another reportlab) and the font is parsed afresh."""
    font = _PREPARED.pop((str(path), index, digest), None)
    if font is not None and not rl_config.unShapedFontGlob:   # (else reportlab's reading depends on the name)
        font.fontName = name
        return font
    entry = f"{digest}.rl{reportlab.Version}.face"
    state = read_cache(entry, ("face", "face_keys", "font", "font_keys"), touch=True)
    if state is not None:
        font = _font_from_state(name, path, index, state, entry)
        if font is not None:
            return font
    font = TTFont(name, str(path), subfontIndex=index)
    face = {k: (("name", bytes(v)) if isinstance(v, TTFNameBytes) else v)
            for k, v in font.face.__dict__.items() if k not in _FILE_STATE and k not in _LAZY_STATE}
    face["_layout_glyph_chars"] = [n for glyph, chars in getattr(font.face, "glyphToChar", {}).items()
                                   for char in chars for n in (glyph, char)]
    state = {"face": face, "face_keys": sorted(font.face.__dict__),
             "font": {k: font.__dict__[k] for k in ("_asciiReadable", "_shapable")},
             "font_keys": sorted(font.__dict__)}
    write_cache(entry, state, keep=FACE_ENTRIES)
    # the face as a build from the cache has it (so that its subsets are cached too)
    return _font_from_state(name, path, index, state, entry) or font


def _font_from_state(name: str, path, index: int, state: dict, entry: str) -> TTFont | None:
    try:
        face = _CachedFace.__new__(_CachedFace)
        pdfmetrics.TypeFace.__init__(face, None)
        TTFontParser.__init__(face, str(path), validate=0, subfontIndex=index)  # the bytes and tables
        face.__dict__.update({k: (TTFNameBytes(v[1]) if isinstance(v, tuple) and v[:1] == ("name",) else v)
                              for k, v in state["face"].items()})
        upem = face.unitsPerEm
        face._pdfScale = (lambda x: x) if upem == 1000 else (lambda x, m=1000 / upem: x * m)
        font = TTFont.__new__(TTFont)
        font.__dict__.update(fontName=name, face=face, encoding=TTEncoding(), state=WeakKeyDictionary(),
                             **state["font"])
    except Exception:   # noqa: BLE001 - a stale or foreign cache entry: parse the font instead
        return None
    restored = {*face.__dict__, *(k for k in _LAZY_STATE if k in state["face_keys"])} - {"_layout_glyph_chars"}
    if (sorted(restored) != state["face_keys"] or sorted(font.__dict__) != state["font_keys"]
            or not isinstance(face.__dict__.get("_layout_glyph_chars"), list)):
        return None
    face.__dict__["_layout_entry"] = f"{entry}\0{index}"   # (names its subsets in the cache)
    return font


def _register_fonts(page: DisplayPage, fonts: FontSet) -> dict:
    """reportlab name and the characters drawn in it, by face key, for every face the
    page's text is drawn in."""
    drawn: dict = {}   # the characters of the lines set in each face
    for item in page.items:
        if isinstance(item, TextLine) and item.glyphs:
            face = fonts.face(item.face)
            chars = drawn.get(face)
            if chars is None:
                chars = drawn[face] = set()
            chars.update([glyph[1] for glyph in item.glyphs])
    used: dict = {fonts.song: set()}   # (the canvas starts in it, even on a page without text)
    for face, chars in drawn.items():
        for ch in chars:
            used.setdefault(face.font_for(ch), set()).add(ch)
    return {face.key: (_font_name(face, chars or {"中"}), chars)
            for face, chars in sorted(used.items(), key=lambda kv: kv[0].key)}


def _num(v: float) -> str:
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def render_pdf(page: DisplayPage, fonts: FontSet, *, author: str = "", subject: str = "") -> bytes:
    """The page as PDF bytes. Same display list, same bytes."""
    # (one document at a time: a document may rename shared fonts while it is written)
    with _RENDERING:
        return _render_pdf(page, fonts, author, subject)


_RENDERING = _thread.allocate_lock()


def _render_pdf(page: DisplayPage, fonts: FontSet, author: str, subject: str) -> bytes:
    # Binary streams: ASCII85 only makes the file larger and costs seconds on photos.
    rl_config.useA85 = 0
    buf = io.BytesIO()
    b = page.bleed
    media = (page.width + 2 * b, page.height + 2 * b)
    registered = _register_fonts(page, fonts)
    names = {key: name for key, (name, _) in registered.items()}
    first = names[fonts.song.key]
    c = Canvas(buf, pagesize=media, invariant=1, pageCompression=1, initialFontName=first,
               initialFontSize=9, trimBox=(b, b, b + page.width, b + page.height),
               bleedBox=(0, 0, media[0], media[1]))
    c.__dict__["_layout_fonts"] = names
    glyphs = c.__dict__["_layout_glyphs"] = {}
    for key, (name, chars) in registered.items():
        # codes in code-point order: the subsets depend on the characters, not on their order
        font = pdfmetrics.getFont(name)
        text = "".join(sorted(chars))
        k = 0
        for subset, codes in font.splitString(text, c._doc):
            internal = font.getSubsetInternalName(subset, c._doc)
            for code in codes:
                ch = text[k]
                k += 1
                glyphs[key, ch] = (internal, "(" + c._escape(bytes((code,))) + ")", font.stringWidth(ch, 1000) / 1000.0)
    c.setTitle(page.title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("layout")
    c.setProducer("layout (reportlab)")
    # Internal coordinates: origin at the trim box's top-left corner, y down.
    c.translate(b, b + page.height)
    c.scale(1, -1)
    renamed = _distinct_names([pdfmetrics.getFont(name) for name, _ in registered.values()])
    try:
        _draw_page(c, page, fonts)
    finally:
        for face, name in renamed:
            face.name = name
    return buf.getvalue()


def _draw_page(c: Canvas, page: DisplayPage, fonts: FontSet) -> None:
    """Draw the display list on ``c`` and write the document."""
    for item in page.items:
        if isinstance(item, Fill):
            c.setFillColorCMYK(*item.color)
            c.rect(item.x, item.y, item.w, item.h, stroke=0, fill=1)
        elif isinstance(item, Rule):
            c.setStrokeColorCMYK(*item.color)
            c.setLineWidth(item.width)
            c.line(item.x0, item.y0, item.x1, item.y1)
        elif isinstance(item, Image):
            _draw_image(c, item)
    for item in page.items:
        if isinstance(item, TextLine):
            _draw_text(c, item, fonts)
    c.showPage()
    c.save()


def _draw_image(c: Canvas, img: Image) -> None:
    reader = _image_reader(img.path)
    pw, ph = reader.getSize()
    left, top, cw, ch = img.crop
    sx = img.w / cw
    sy = img.h / ch
    c.saveState()
    p = c.beginPath()
    p.rect(img.x, img.y, img.w, img.h)
    c.clipPath(p, stroke=0, fill=0)
    # Drawn upright in the flipped coordinate system: flip back around the image's frame.
    c.translate(img.x - left * sx, img.y - top * sy + ph * sy)
    c.scale(1, -1)
    c.drawImage(reader, 0, 0, width=pw * sx, height=ph * sy)
    c.restoreState()


class _JpegReader(ImageReader):
    """A JPEG passed through to the PDF unchanged, without Pillow: reportlab reads the
    stream's header itself (``jpeg_fh``). reportlab names an image by an MD5 of what
    ``getRGBData`` gives (the decoded pixels, for the images it decodes); the SHA-256 of the
    file's bytes, which the build knows already, names it just as well without reading the
    file again (a photo is half a megabyte: 1 ms of MD5 each)."""

    def __init__(self, path: str, size, digest: str | None):
        self.fileName = path
        self._image = None
        self._dataA = None
        self._size = (int(size[0]), int(size[1]))
        if digest is None:   # (the file's digest could not be had: its bytes, then)
            with open(path, "rb") as f:
                digest = hashlib.sha256(f.read()).hexdigest()
        self._name = f"layout JPEG {digest}".encode("ascii")

    def getSize(self):
        return self._size

    def getRGBData(self):
        return self._name   # (only drawImage asks, for the name; jpeg_fh gives the data)

    def jpeg_fh(self):
        with open(self.fileName, "rb") as f:
            return io.BytesIO(f.read())


def _image_reader(path: str):
    """A baseline JPEG without rotation is embedded as it is (no recompression). Anything
    else is decoded, turned upright by its EXIF orientation and converted: transparency is
    flattened onto white, 16-bit and palette images become 8-bit RGB or grey, CMYK stays
    CMYK. Which of the two a file is, and its size, is kept in the cache by the file's digest
    (and Pillow's version, which reads the EXIF), so a JPEG already seen is not opened."""
    from PIL import __version__ as pillow
    try:
        digest = file_digest(Path(path))
    except OSError:
        digest = None
    entry = f"{digest}.{pillow}.embed" if digest else None
    known = read_cache(entry, ("jpeg", "size")) if entry else None
    if (known is not None and known["jpeg"] is True and isinstance(known["size"], list) and len(known["size"]) == 2
            and all(isinstance(v, int) and v > 0 for v in known["size"])):
        return _JpegReader(path, known["size"], digest)
    from PIL import Image as PILImage, ImageOps
    with PILImage.open(path) as im:
        orientation = im.getexif().get(0x0112, 1)
        jpeg = im.format == "JPEG" and orientation == 1 and im.mode in ("RGB", "L", "CMYK")
        if entry:
            write_cache(entry, {"jpeg": jpeg, "size": list(im.size)})
        if jpeg:
            return _JpegReader(path, im.size, digest)
        im = ImageOps.exif_transpose(im)
        if im.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
            im = im.point(lambda v: v / 256) if im.mode.startswith("I;16") else im
            im = im.convert("L")
        if "A" in im.getbands() or im.mode in ("P", "PA", "LA") or "transparency" in im.info:
            rgba = im.convert("RGBA")
            flat = PILImage.new("RGB", im.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            im = flat
        elif im.mode not in ("RGB", "L", "CMYK"):
            im = im.convert("RGB")
        return ImageReader(im.copy())


def _glyph(c: Canvas, face, ch: str) -> tuple[str, str, float]:
    """(PDF font resource name, escaped string operand, advance in em) of ``ch`` in ``face``,
    as reportlab's subset of that face in this document encodes it. Cached per document, and
    filled for every character of the page when the document starts (``_render_pdf``, which
    gives them their codes: reportlab gives a character its code the first time it meets it)."""
    cache = c.__dict__.setdefault("_layout_glyphs", {})
    key = (face.key, ch)
    got = cache.get(key)
    if got is None:
        rl_name = c.__dict__["_layout_fonts"][face.key]
        rl_font = pdfmetrics.getFont(rl_name)
        (subset, data), = rl_font.splitString(ch, c._doc)
        got = (rl_font.getSubsetInternalName(subset, c._doc), "(" + c._escape(data) + ")",
               rl_font.stringWidth(ch, 1000) / 1000.0)
        cache[key] = got
    return got


def _draw_text(c: Canvas, line: TextLine, fonts: FontSet) -> None:
    if not line.glyphs:
        return
    face = fonts.face(line.face)
    size = line.size
    code = ["BT", "%s %s %s %s k" % tuple(_num(v) for v in line.color)]
    # The page is flipped (y down); text must be set upright: Tm with d = -1.
    x0 = line.glyphs[0][0]
    code.append(f"1 0 0 -1 {_num(x0)} {_num(line.y)} Tm")
    current_font = None
    current_scale = 100.0
    pen = x0               # where the PDF's text position is now
    tj: list = []

    def flush():
        if tj:
            code.append("[" + " ".join(tj) + "] TJ")
            tj.clear()

    # what each character of this face is drawn with, by character (the face it falls back
    # to for a character it lacks resolved once per document)
    drawn = c.__dict__.setdefault("_layout_drawn", {}).setdefault(face.key, {})
    for x, ch, _advance, scale in line.glyphs:
        got = drawn.get(ch)
        if got is None:
            got = drawn[ch] = _glyph(c, face.font_for(ch), ch)
        font_name, escaped, width_em = got
        hscale = 100.0 if scale == 1.0 else round(scale * 100.0, 3)
        if font_name != current_font or hscale != current_scale:
            flush()
            if font_name != current_font:
                code.append(f"{font_name} {_num(size)} Tf")
                current_font = font_name
            if hscale != current_scale:
                code.append(f"{_num(hscale)} Tz")
                current_scale = hscale
        gap = x - pen
        if abs(gap) > 5e-4:
            tj.append(_num(-gap * 1000.0 / size / (hscale / 100.0)))
        tj.append(escaped)
        pen = x + width_em * size * hscale / 100.0
    flush()
    if current_scale != 100.0:
        code.append("100 Tz")
    code.append("ET")
    c._code.append(" ".join(code))
