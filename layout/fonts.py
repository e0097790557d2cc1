"""Stage 3, fonts: the faces a page is set in, their metrics and their coverage.

A ``Face`` reads what composition needs from a TrueType file with fontTools: the cmap, the
advance widths and the vertical metrics. Faces are looked up by role: ``song`` (宋, body),
``hei`` (黑, heads), ``kai`` (楷, kicker, captions, byline). The shipped fonts live in the
repository's ``fonts/`` folder (see ``fonts/README.md``); a page may name its own files.

reportlab embeds TrueType outlines only. A font with CFF outlines (most .otf CJK fonts) is
measured as it is, and for the PDF the characters a page uses are converted to TrueType
outlines (fontTools cu2qu) once and cached (``truetype_for``). A face of a collection
(.ttc) is named by its index.
"""
from __future__ import annotations

import hashlib
import io
import os
import re
import struct
from pathlib import Path
from typing import NamedTuple

from .cache import cache_dir, file_digest, prune, read_cache, write_cache
from .compose.classes import POINTERS, SUPERSCRIPTS
from .errors import FontError, MissingGlyphError

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"

DEFAULT_FILES = {
    "song": "NotoSerifCJKsc-Regular-subset.ttf",
    "hei": "NotoSansCJKsc-Bold-subset.ttf",
    "kai": "LXGWWenKai-Regular-subset.ttf",
}
ROLE_NAMES = {"song": "宋体 (body)", "hei": "黑体 (heads)", "kai": "楷体 (kicker, captions)"}


class Face:
    """Metrics of one font file. Hashable by path, so compositions can be cached per face.

    What composition needs (advances by character, vertical metrics, the ink of dashes) is
    read with fontTools once per font file and cached in a compact file named by the SHA-256
    of the font's bytes, so two different fonts never share an entry and an edited font is
    read again."""

    def __init__(self, role: str, path: Path, need_cjk: bool = True, index: int = 0):
        self.role = role
        self.path = Path(path)
        self.index = index
        if not self.path.is_file():
            raise FontError(f"font file not found: {self.path}", field=f"fonts.{role}",
                            hint="run `python fonts/build_fonts.py` or name a font in page.yaml")
        try:
            with open(self.path, "rb"):
                pass   # readable? (its bytes are read only when its metrics are not cached yet)
            digest = file_digest(self.path, f"#{index}".encode())
            metrics = _cached_metrics(digest)
            if metrics is None:
                metrics = self._read_metrics(self.path.read_bytes())
                _store_metrics(digest, metrics)
        except OSError as exc:
            raise FontError(f"cannot read font {self.path.name}: {exc.strerror}", field=f"fonts.{role}") from exc
        self.digest = digest
        self.units_per_em = metrics["upem"]
        self.ascent, self.descent = metrics["ascent"], metrics["descent"]
        self.family = metrics["family"]
        self.restricted = metrics.get("restricted", False)
        self.outlines = metrics["outlines"]
        self._ink = metrics["ink"]
        self._advance = metrics["advance_em"]
        if need_cjk and "中" not in self._advance:
            raise FontError(f"{self.path.name} has no Chinese characters", field=f"fonts.{role}")
        self.base_key = self.key = f"{role}:{self.path.name}#{index}:{digest[:12]}"
        self.overrides: dict = {}
        self.fallback: Face | None = None

    def _read_metrics(self, data: bytes) -> dict:
        from fontTools.ttLib import TTLibError
        role = self.role
        try:
            font = _open_font(data, self.index, self.path.name, role)
            if "glyf" not in font and "CFF " not in font:
                raise FontError(f"{self.path.name} has neither TrueType nor CFF outlines", field=f"fonts.{role}")
            missing = [t for t in REQUIRED_TABLES if t not in font]
            if missing:
                raise FontError(f"{self.path.name} lacks the table(s) {', '.join(missing)} that a PDF font needs",
                                field=f"fonts.{role}")
            upem = font["head"].unitsPerEm
            if not 16 <= upem <= 16384:
                raise FontError(f"{self.path.name} has an impossible unitsPerEm ({upem})", field=f"fonts.{role}")
            cmap = font.getBestCmap() or {}
            hmtx = font["hmtx"].metrics
            os2 = font["OS/2"] if "OS/2" in font else None
            hhea = font["hhea"]
            return {
                "upem": upem,
                "ascent": (os2.sTypoAscender if os2 else hhea.ascent) / upem,
                "descent": -(os2.sTypoDescender if os2 else hhea.descent) / upem,
                "family": _family_name(font),
                # OS/2 fsType bit 1: "restricted licence embedding" (the font may not be embedded)
                "restricted": bool(os2 and os2.fsType & 0x0002),
                "ink": _ink_bounds(font, cmap, INK_CHARS),
                "outlines": "glyf" if "glyf" in font else "cff",
                # by character, in em: as the build uses it (no conversion of 9,000 entries)
                "advance_em": {chr(cp): hmtx[g][0] / upem for cp, g in cmap.items() if g in hmtx},
            }
        except FontError:
            raise
        except (TTLibError, KeyError, AttributeError, ValueError, OSError, AssertionError, struct.error) as exc:
            raise FontError(f"cannot read font {self.path.name}: {exc}", field=f"fonts.{role}") from exc

    def borrow(self, chars: str, other: "Face") -> None:
        """Set ``chars`` from ``other`` (e.g. full-width quotes for a face whose quotes are
        proportional Western ones, TYPOGRAPHY.md §4.1)."""
        for ch in chars:
            if other.has(ch):
                self.overrides[ch] = other
        self._rekey()

    def fall_back_to(self, other: "Face") -> None:
        """Set characters this face lacks from ``other`` (the page's fallback font)."""
        self.fallback = other
        self._rekey()

    def _rekey(self) -> None:
        # which characters are borrowed and from which face: two faces with the same key set
        # every character alike (compositions and measurements are cached by face)
        borrowed = "".join(f"{ch}{self.overrides[ch].base_key}" for ch in sorted(self.overrides))
        self.key = self.base_key + "+" + borrowed + (f"|{self.fallback.base_key}" if self.fallback else "")

    def font_for(self, ch: str) -> "Face":
        """The face whose glyph is drawn for ``ch``."""
        other = self.overrides.get(ch)
        if other is not None:
            return other
        if ch not in self._advance and self.fallback is not None and self.fallback.has(ch):
            return self.fallback
        return self

    def native(self, ch: str) -> bool:
        """True if the face itself (or a deliberate borrowing) sets ``ch``, not the fallback."""
        return ch in self._advance or ch in self.overrides

    def has(self, ch: str) -> bool:
        return self.native(ch) or (self.fallback is not None and self.fallback.has(ch))

    def not_native(self, text: str) -> list[str]:
        """The distinct characters of ``text`` the face itself does not set, in order (one set
        difference: almost always nothing)."""
        missing = set(text).difference(self._advance)
        if not missing:
            return []
        return [ch for ch in dict.fromkeys(text) if ch in missing and ch not in self.overrides]

    def advance(self, ch: str) -> float:
        """Advance width in em; a character no font has is measured as one em."""
        face = self.font_for(ch)
        if face is not self:
            return face.advance(ch)
        return self._advance.get(ch, 1.0)

    def ink(self, ch: str) -> tuple[float, float] | None:
        """Left and right ink edges of a rule-like glyph (dashes, dots), in em."""
        face = self.font_for(ch)
        if face is not self:
            return face.ink(ch)
        return self._ink.get(ch)

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other) -> bool:
        return isinstance(other, Face) and other.key == self.key and other.path == self.path

    def __repr__(self) -> str:
        return f"Face({self.key})"


#: tables reportlab reads when it embeds a font (the outlines are checked apart)
REQUIRED_TABLES = ("head", "hhea", "hmtx", "maxp", "cmap", "name", "post")

#: glyphs whose ink extent composition needs: dashes are joined into a 破折号, middle dots
#: are centred in half an em, curly quotes in English text take the width of their ink.
INK_CHARS = "—⸺·・‧“”‘’"
#: quotes that must be full-width CJK glyphs (TYPOGRAPHY.md §4.1, §9 item 13).
CJK_QUOTES = "“”‘’"


def _metrics_entry(digest: str) -> str:
    """The font's metrics entry: by its digest, and named for the entry's shape (advances in
    em, the characters of each advance as one string), so that an older layout reading the
    same cache keeps its own."""
    return f"{digest}.adv-ink2.metrics"


def _cached_metrics(digest: str) -> dict | None:
    """The metrics as ``_read_metrics`` made them, from the cache (None if not there). The
    advances are stored by value, the characters of each in one string: a CJK font's 9,000
    characters share a few dozen advances, and a build reads the entry faster so."""
    known = read_cache(_metrics_entry(digest),
                       ("upem", "ascent", "descent", "family", "outlines", "ink", "advance_groups"))
    if known is None:
        return None
    groups = known.pop("advance_groups")
    advance: dict = {}
    try:
        for em, chars in groups.items():
            if type(em) is not float or type(chars) is not str:
                return None
            advance.update(dict.fromkeys(chars, em))
    except AttributeError:
        return None
    known["advance_em"] = advance
    return known


def _store_metrics(digest: str, metrics: dict) -> None:
    groups: dict = {}
    for ch, em in metrics["advance_em"].items():
        groups.setdefault(em, []).append(ch)
    stored = {k: v for k, v in metrics.items() if k != "advance_em"}
    stored["advance_groups"] = {float(em): "".join(chars) for em, chars in groups.items()}
    write_cache(_metrics_entry(digest), stored)


def _open_font(data: bytes, index: int, name: str, role: str):
    """The font (or face ``index`` of a collection) in ``data``."""
    from fontTools.ttLib import TTFont
    if data[:4] == b"ttcf":
        from fontTools.ttLib import TTCollection
        faces = TTCollection(io.BytesIO(data), lazy=True).fonts
        if not 0 <= index < len(faces):
            raise FontError(f"{name} is a collection of {len(faces)} faces: there is no face {index}",
                            field=f"fonts.{role}", hint=f"give an index from 0 to {len(faces) - 1}")
        return faces[index]
    if index:
        raise FontError(f"{name} is a single font, not a collection: it has no face {index}", field=f"fonts.{role}")
    return TTFont(io.BytesIO(data), lazy=True)


def _ink_bounds(font, cmap: dict, chars: str) -> dict:
    from fontTools.pens.boundsPen import BoundsPen
    out = {}
    glyphs = font.getGlyphSet()
    upem = float(font["head"].unitsPerEm)
    for ch in chars:
        name = cmap.get(ord(ch))
        if name is None:
            continue
        pen = BoundsPen(glyphs)
        glyphs[name].draw(pen)
        if pen.bounds:
            out[ch] = (pen.bounds[0] / upem, pen.bounds[2] / upem)
    return out


#: how far (font units) a converted quadratic outline may stray from the cubic original
CU2QU_MAX_ERR = 1.0


def cff_to_glyf(font) -> None:
    """Replace a font's CFF outlines with quadratic TrueType outlines (fontTools cu2qu)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, CU2QU_MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph(dropImpliedOnCurves=True)
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    hmtx = font["hmtx"]
    for name in glyph_order:   # left side bearings must equal xMin of the new outlines
        g = glyphs[name]
        g.recalcBounds(glyf)
        hmtx[name] = (hmtx[name][0], g.xMin if g.numberOfContours else 0)
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions"):
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    maxp.maxComponentElements = max((len(g.components) for g in glyphs.values() if g.isComposite()), default=0)
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def truetype_for(face: "Face", chars, refresh: bool = False) -> tuple[Path, int]:
    """The file and face index reportlab embeds for ``chars`` of ``face``: the font itself
    when it has TrueType outlines; else a TrueType subset of those characters, converted
    from its CFF outlines once and cached (by the font's digest and the characters;
    ``refresh`` makes it again, for a cached file that turned out damaged)."""
    if face.outlines == "glyf":
        return face.path, face.index
    wanted = "".join(sorted(set(chars) | {" "}))
    key = hashlib.sha256((face.digest + wanted).encode("utf-8", "surrogatepass")).hexdigest()
    import tempfile   # (only where no cache folder is set: rare)
    folder = cache_dir() or Path(tempfile.gettempdir())
    target = folder / f"{key}.ttf"
    if target.is_file() and not refresh:
        try:
            os.utime(target)   # (just used: pruned last)
        except OSError:
            pass
        return target, 0
    from fontTools import subset
    font = _open_font(face.path.read_bytes(), face.index, face.path.name, face.role)
    opts = subset.Options()
    opts.layout_features = []
    opts.hinting = False
    opts.notdef_outline = True
    opts.desubroutinize = True
    opts.ignore_missing_unicodes = True
    opts.name_IDs = ["*"]
    opts.recalc_timestamp = False
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=[ord(c) for c in wanted])
    sub.subset(font)
    for tag in ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "VORG", "vhea", "vmtx"):
        if tag in font:
            del font[tag]
    cff_to_glyf(font)
    font.recalcTimestamp = False   # the source's dates: the same page, the same bytes
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{key}.{os.getpid()}.tmp"
    font.save(str(tmp))
    os.replace(tmp, target)
    prune(folder, ".ttf", CONVERTED_KEPT)
    return target, 0


#: converted subsets kept in the cache, the most recently used (a new one is made for every
#: new set of characters a page uses from a CFF font)
CONVERTED_KEPT = 50


def _family_name(font) -> str:
    name = font["name"] if "name" in font else None
    if name is None:
        return "?"
    rec = name.getDebugName(4) or name.getDebugName(1)
    return rec or "?"


class FontSet(NamedTuple):
    song: Face
    hei: Face
    kai: Face
    fallback: Face | None = None

    def face(self, role: str) -> Face:
        return getattr(self, role)

    def faces(self) -> list:
        return [self.song, self.hei, self.kai]


_CACHE: dict = {}


def load_fonts(paths: dict | None = None) -> FontSet:
    """The three faces, from ``paths`` (role -> file) or the shipped defaults. A font set is
    made once per set of files (and their modification times) and then reused, so that
    compositions cached by face stay valid."""
    paths = dict(paths or {})
    files = {}
    for role in list(DEFAULT_FILES) + ["fallback"]:
        given = paths.get(role)
        if role == "fallback" and not given:
            continue
        path, index = given if isinstance(given, tuple) else (given or FONT_DIR / DEFAULT_FILES[role], 0)
        files[role] = (Path(path).resolve(), index)
    key = tuple((role, str(p), i, p.stat().st_mtime_ns if p.exists() else 0) for role, (p, i) in sorted(files.items()))
    if key not in _CACHE:
        fallback = None
        if "fallback" in files:
            path, index = files.pop("fallback")
            fallback = Face("fallback", path, need_cjk=False, index=index)
        faces = {role: Face(role, path, index=index) for role, (path, index) in files.items()}
        for role, face in faces.items():
            if role != "song" and any(face.has(q) and face.advance(q) < 0.9 for q in CJK_QUOTES):
                face.borrow(CJK_QUOTES, faces["song"])
            if fallback is not None:
                face.fall_back_to(fallback)
        _CACHE[key] = FontSet(**faces, fallback=fallback)
    return _CACHE[key]


def fallback_chars(face: Face, text: str) -> list[str]:
    """The characters of ``text`` that only the fallback font sets."""
    return [ch for ch in face.not_native(text) if ch not in " \t\n" and face.has(ch)]


def check_coverage(face: Face, text: str, *, file: str, line: int, field: str) -> list[MissingGlyphError]:
    """One ``MissingGlyphError`` for each distinct character of ``text`` no font has."""
    out = []
    for ch in face.not_native(text):
        if ch in " \t\n" or face.has(ch):
            continue
        name = _char_name(ch)
        nor = f" nor in the fallback font {face.fallback.path.name}" if face.fallback is not None else ""
        err = MissingGlyphError(
            f"character {ch!r} U+{ord(ch):04X}{name} is not in the {ROLE_NAMES.get(face.role, face.role)} "
            f"font {face.path.name}{nor}", file=file, line=line, field=field, hint=_missing_hint(ch, face))
        err.char = ch
        out.append(err)
    return out


def _missing_hint(ch: str, face: Face) -> str:
    """What to do about ``ch``, which no font of ``face`` has."""
    if ch in _BARS:
        return "a separator bar: replace it with ｜ or a 一字空"
    if ch in POINTERS:
        return "an arrow or pointer: replace it with → between words, or ▶ or ● as a bullet"
    if _PICTOGRAPH.match(ch):
        return "an emoji or pictograph, which no newspaper face has: replace it with words or a mark"
    if ch in SUPERSCRIPTS:
        return ("a superscript figure or sign, which the shipped faces lack past ⁴: write the power out "
                "(10的8次方, 10的负9次方) or " + _FALLBACK_HOW)
    script = script_of(ch)
    if script:
        return (f"a letter of the {script} script, which the shipped faces lack: write the word in Chinese "
                f"or in Latin letters, or {_FALLBACK_HOW} (a face for {script}: {_SCRIPT_FACES[script]})")
    if _PHONETIC.match(ch):
        return ("a phonetic symbol (IPA), which no CJK face has: " + _FALLBACK_HOW + " (a Latin face with "
                "IPA: DejaVu Serif of the fonts-dejavu-core package, or Noto Serif), or leave the transcription out")
    if face.fallback is None:
        return ("replace the character, or " + _FALLBACK_HOW + " (a rare character: the full Noto Serif "
                "CJK SC, NotoSerifCJK-Regular.ttc of the fonts-noto-cjk package, face index 2)")
    return "replace the character, or configure a font that has it"


#: how to give a page a fallback font (the file must be in the page folder, as every file a
#: page names)
_FALLBACK_HOW = "copy a font that has it into the page folder and name it in page.yaml's fonts: fallback:"
#: dingbats that are bars between fields (安徽蚌埠❘荣德安❘科技工作者)
_BARS = frozenset("\u2758\u2759\u275a")
#: the International Phonetic Alphabet and its modifier letters (/ˈwaɪldlaɪf/): no CJK face has
#: them (not the tone marks of 注音, ˊ ˋ ˙, which the full CJK faces have)
_PHONETIC = re.compile("[\u0250-\u02B8\u02C8\u02CC\u02D0\u02D1\u1D00-\u1DBF]")
#: emoji and pictographs (😂 👍 👉 ⏳ ⭐ and the like), which no CJK text face has (but the
#: signs of U+2600–27BF some have: ★ ☆ ☎ ⚠ ♥ ✓)
_PICTOGRAPH = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u231A\u231B\u23E9-\u23F3\u23F8-\u23FA"
                         "\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55]")


def missing_pictographs(face: Face, text: str) -> frozenset:
    """The emoji and pictographs of ``text`` that no font of ``face`` has (``normalize`` takes
    those standing as a bullet or beside a phrase's edge out; the rest stop the page)."""
    return frozenset(ch for ch in face.not_native(text) if _PICTOGRAPH.match(ch) and ch not in _NOT_EMOJI
                     and not face.has(ch))


#: the pictographs with a reading of their own: pointers (set as ▶), bars between fields, and
#: the selector that only asks for a picture (an emoji keyboard's signs are emoji at a phrase's
#: edge, ➕关注我们, and signs between two terms, 2➕3)
_NOT_EMOJI = POINTERS | frozenset("\u2758\u2759\u275a\ufe0f")


#: scripts of China's minority languages (and Korean) that a story may quote, and an open
#: face for each: no CJK text face covers the first three
_SCRIPT_FACES = {"Tibetan": "Noto Serif Tibetan", "Arabic": "Noto Naskh Arabic (Uyghur, Kazakh)",
                 "Mongolian": "Noto Sans Mongolian", "Hangul": "the full Noto Serif CJK KR"}


def script_of(ch: str) -> str:
    """The minority script ``ch`` belongs to, by its Unicode name ("" for others)."""
    first = _char_name(ch).split()[:1]
    return first[0].title() if first and first[0].title() in _SCRIPT_FACES else ""


def _char_name(ch: str) -> str:
    import unicodedata
    try:
        return f" {unicodedata.name(ch)}"
    except ValueError:
        return ""
