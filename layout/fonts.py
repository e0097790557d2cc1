"""Stage 3, fonts: the faces a page is set in, their metrics and their coverage.

A ``Face`` reads what composition needs from a TrueType file with fontTools: the cmap, the
advance widths and the vertical metrics. Faces are looked up by role: ``song`` (宋, body),
``hei`` (黑, heads), ``kai`` (楷, kicker, captions, byline). The shipped fonts live in the
repository's ``fonts/`` folder (see ``fonts/README.md``); a page may name its own files.

reportlab embeds TrueType outlines only, so a font with CFF outlines is refused here with a
message that says how to convert it, rather than failing later inside the renderer.
"""
from __future__ import annotations

import hashlib
import io
import marshal
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from .errors import FontError, MissingGlyphError

FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"

DEFAULT_FILES = {
    "song": "NotoSerifCJKsc-Regular-subset.ttf",
    "hei": "NotoSansCJKsc-Bold-subset.ttf",
    "kai": "LXGWWenKai-Regular-subset.ttf",
}
ROLE_NAMES = {"song": "宋体 (body)", "hei": "黑体 (heads)", "kai": "楷体 (kicker, captions)"}


#: bump when the cached metrics change shape
CACHE_FORMAT = 2


def cache_dir() -> Path | None:
    """Where font metrics are cached: $LAYOUT_CACHE_DIR, else $XDG_CACHE_HOME/layout, else
    ~/.cache/layout. Safe to delete at any time; rebuilt on demand."""
    root = os.environ.get("LAYOUT_CACHE_DIR")
    if root:
        return Path(root)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "layout"


class Face:
    """Metrics of one font file. Hashable by path, so compositions can be cached per face.

    What composition needs (advances by character, vertical metrics, the ink of dashes) is
    read with fontTools once per font file and cached in a compact file named by the SHA-256
    of the font's bytes, so two different fonts never share an entry and an edited font is
    read again."""

    def __init__(self, role: str, path: Path, need_cjk: bool = True):
        self.role = role
        self.path = Path(path)
        if not self.path.is_file():
            raise FontError(f"font file not found: {self.path}", field=f"fonts.{role}",
                            hint="run `python fonts/build_fonts.py` or name a font in page.yaml")
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise FontError(f"cannot read font {self.path.name}: {exc.strerror}", field=f"fonts.{role}") from exc
        digest = hashlib.sha256(data).hexdigest()
        metrics = _cached_metrics(digest)
        if metrics is None:
            metrics = self._read_metrics(data)
            _store_metrics(digest, metrics)
        self.units_per_em = metrics["upem"]
        self.ascent, self.descent = metrics["ascent"], metrics["descent"]
        self.family = metrics["family"]
        self.restricted = metrics.get("restricted", False)
        self._ink = metrics["ink"]
        upem = float(self.units_per_em)
        self._advance = {chr(cp): adv / upem for cp, adv in metrics["advance"].items()}
        if need_cjk and "中" not in self._advance:
            raise FontError(f"{self.path.name} has no Chinese characters", field=f"fonts.{role}")
        self.base_key = self.key = f"{role}:{self.path.name}:{digest[:12]}"
        self.overrides: dict = {}
        self.fallback: Face | None = None

    def _read_metrics(self, data: bytes) -> dict:
        from fontTools.ttLib import TTFont, TTLibError
        role = self.role
        try:
            font = TTFont(io.BytesIO(data), lazy=True)
            if "glyf" not in font:
                raise FontError(f"{self.path.name} has no TrueType outlines (CFF?)", field=f"fonts.{role}",
                                hint="convert it to TrueType outlines, as fonts/build_fonts.py does")
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
                "format": CACHE_FORMAT, "upem": upem,
                "ascent": (os2.sTypoAscender if os2 else hhea.ascent) / upem,
                "descent": -(os2.sTypoDescender if os2 else hhea.descent) / upem,
                "family": _family_name(font),
                # OS/2 fsType bit 1: "restricted licence embedding" (the font may not be embedded)
                "restricted": bool(os2 and os2.fsType & 0x0002),
                "ink": _ink_bounds(font, cmap, INK_CHARS),
                "advance": {cp: hmtx[g][0] for cp, g in cmap.items() if g in hmtx},
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
        self.key = self.base_key + "+" + "".join(sorted(self.overrides)) + (
            f"|{self.fallback.base_key}" if self.fallback else "")

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


#: tables reportlab reads when it embeds a TrueType font
REQUIRED_TABLES = ("head", "hhea", "hmtx", "maxp", "cmap", "name", "post", "loca", "glyf")

#: glyphs whose ink extent composition needs: dashes are joined into a 破折号, middle dots
#: are centred in half an em.
INK_CHARS = "—⸺·・‧"
#: quotes that must be full-width CJK glyphs (TYPOGRAPHY.md §4.1, §9 item 13).
CJK_QUOTES = "“”‘’"


def _cached_metrics(digest: str) -> dict | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        metrics = marshal.loads((folder / f"{digest}.metrics").read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return metrics if isinstance(metrics, dict) and metrics.get("format") == CACHE_FORMAT else None


def _store_metrics(digest: str, metrics: dict) -> None:
    """Write the cache entry atomically; a cache that cannot be written is simply skipped."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{digest}.{os.getpid()}.tmp"
        tmp.write_bytes(marshal.dumps(metrics))
        os.replace(tmp, folder / f"{digest}.metrics")
    except OSError:
        pass


def _ink_bounds(font, cmap: dict, chars: str) -> dict:
    out = {}
    glyf = font["glyf"]
    upem = float(font["head"].unitsPerEm)
    for ch in chars:
        name = cmap.get(ord(ch))
        if name is None:
            continue
        glyph = glyf[name]
        if glyph.numberOfContours == 0:
            continue
        glyph.recalcBounds(glyf)
        out[ch] = (glyph.xMin / upem, glyph.xMax / upem)
    return out


def _family_name(font) -> str:
    name = font["name"] if "name" in font else None
    if name is None:
        return "?"
    rec = name.getDebugName(4) or name.getDebugName(1)
    return rec or "?"


@dataclass(frozen=True)
class FontSet:
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
    files = {role: Path(paths.get(role) or FONT_DIR / default).resolve() for role, default in DEFAULT_FILES.items()}
    if paths.get("fallback"):
        files["fallback"] = Path(paths["fallback"]).resolve()
    key = tuple((role, str(p), p.stat().st_mtime_ns if p.exists() else 0) for role, p in sorted(files.items()))
    if key not in _CACHE:
        fallback = Face("fallback", files.pop("fallback"), need_cjk=False) if "fallback" in files else None
        faces = {role: Face(role, path) for role, path in files.items()}
        for role, face in faces.items():
            if role != "song" and any(face.has(q) and face.advance(q) < 0.9 for q in CJK_QUOTES):
                face.borrow(CJK_QUOTES, faces["song"])
            if fallback is not None:
                face.fall_back_to(fallback)
        _CACHE[key] = FontSet(**faces, fallback=fallback)
    return _CACHE[key]


def fallback_chars(face: Face, text: str) -> list[str]:
    """The characters of ``text`` that only the fallback font sets."""
    return [ch for ch in dict.fromkeys(text) if ch not in " \t\n" and not face.native(ch) and face.has(ch)]


def check_coverage(face: Face, text: str, *, file: str, line: int, field: str) -> list[MissingGlyphError]:
    """One ``MissingGlyphError`` for each distinct character of ``text`` no font has."""
    out = []
    for ch in dict.fromkeys(text):
        if ch in " \t\n" or face.has(ch):
            continue
        name = _char_name(ch)
        out.append(MissingGlyphError(
            f"character {ch!r} U+{ord(ch):04X}{name} is not in the {ROLE_NAMES.get(face.role, face.role)} "
            f"font {face.path.name}", file=file, line=line, field=field,
            hint="replace the character, or configure a font that has it"))
    return out


def _char_name(ch: str) -> str:
    import unicodedata
    try:
        return f" {unicodedata.name(ch)}"
    except ValueError:
        return ""
