#!/usr/bin/env python3
"""Rebuild the three subset fonts in fonts/ from the Debian font packages.

    python fonts/build_fonts.py            # rebuild all three, then verify them
    python fonts/build_fonts.py --check    # only verify the files already in fonts/

Verification: (a) reportlab loads each font, (b) fontTools reopens it and the
cmap covers GB 2312, 通用规范汉字表 and every extra code point the source has, (c) 中 (and, for
Noto, “ ” 。 ，) advance exactly one em, (d) a reportlab PDF using all three
fonts is inspected with pdffonts: each font must be embedded and subset.

Sources (override with --noto-serif / --noto-sans / --wenkai):
    fonts-noto-cjk     NotoSerifCJK-Regular.ttc  (face "Noto Serif CJK SC")
    fonts-noto-cjk     NotoSansCJK-Bold.ttc      (face "Noto Sans CJK SC")
    fonts-lxgw-wenkai  LXGWWenKai-Regular.ttf

Each font is subset to GB 2312 and 《通用规范汉字表》 (general-standard-8105.txt) plus a
list of extra punctuation and symbols
(see repertoire()), stripped of OpenType layout, vertical metrics and hinting,
and the two Noto faces are converted from CFF to TrueType (glyf) outlines,
because reportlab cannot embed CFF ("postscript outline") fonts.  LXGW WenKai
is renamed "Layout WenKai Subset" (see README.md, Reserved Font Names).

The build is deterministic: the same sources give byte-identical outputs.
Building uses fontTools only; the checks additionally use reportlab and
poppler's pdffonts.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.misc.timeTools import timestampSinceEpoch
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from layout.fonts import cff_to_glyf  # noqa: E402  (the same conversion the layout uses for user fonts)

FONTS_DIR = Path(__file__).resolve().parent

# head.created / head.modified of every output: 2023-01-01T00:00:00Z.
FIXED_TIMESTAMP = timestampSinceEpoch(1672531200)

# Maximum deviation (font units) of the quadratic approximation of the cubic
# CFF curves.  unitsPerEm is 1000, so this is 0.1 % of the em.

# Tables kept in the output; everything else (GSUB, GPOS, GDEF, BASE, JSTF,
# vhea, vmtx, VORG, gasp, hinting tables, ...) is dropped.
KEEP_TABLES = {"cmap", "hmtx", "hhea", "head", "maxp", "OS/2", "name", "post", "glyf", "loca"}
DROP_TABLES = [
    "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG",
    "gasp", "hdmx", "LTSH", "VDMX", "kern", "DSIG", "cvt ", "fpgm", "prep",
    "meta", "STAT",
]

# Extra code points on top of GB 2312 (inclusive ranges).
EXTRA_RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement: · ° × ÷ ...
    (0x00B7, 0x00B7),  # middle dot
    (0x2010, 0x2027),  # dashes, quotes ‘’“”, • … ‧
    (0x2030, 0x203B),  # ‰ ′ ″ ※ ...
    (0x2070, 0x209F),  # superscripts and subscripts ⁴ ₂ (those the source has)
    (0x20A0, 0x20BF),  # currency signs € ₩ ₫ (those the source has)
    (0x2103, 0x2103),  # ℃
    (0x2116, 0x2116),  # №
    (0x2122, 0x2122),  # ™ (tech copy: Intel® Core™)
    (0x2160, 0x216B),  # Roman numerals Ⅰ..Ⅻ
    (0x2190, 0x21FF),  # arrows ← ↑ → ↓ ⇒ (those the source has)
    (0x22EF, 0x22EF),  # ⋯
    (0x2460, 0x2473),  # ① .. ⑳
    (0x25A0, 0x25FF),  # geometric shapes ■ □ ▲ ▼ ► ◆ ● ○ (bullets of web copy)
    (0x2600, 0x26FF),  # miscellaneous symbols ★ ☆ ♪ ♥ ☀ (those the source has)
    (0x2700, 0x27BF),  # dingbats ✔ ✘ ❤ ➤ (those the source has)
    (0x2E3A, 0x2E3A),  # ⸺ two-em dash
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3041, 0x30FF),  # hiragana and katakana, with ー and ・ (Japanese names in news copy)
    (0x3380, 0x33DF),  # squared unit abbreviations ㎎ ㎏ ㎜ ㎝ ㎞ ㎡ ㏄ ...
    (0xFF01, 0xFF5E),  # full-width forms
    (0xFFE0, 0xFFE6),  # full-width signs ￠ ￡ ￢ ￣ ￤ ￥ ￦
]


@dataclass(frozen=True)
class FontSpec:
    key: str            # command-line option name (--KEY)
    default_src: str    # standard Debian path
    package: str        # Debian package providing default_src
    face_tag: str       # for collections: token the family name must contain
    out_name: str
    role: str
    rename_family: str | None = None  # new family name (Reserved Font Name)
    fullwidth_punct: bool = True      # require “ ” 。 ， to be 1 em wide


SPECS = [
    FontSpec(
        key="noto-serif",
        default_src="/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
        package="fonts-noto-cjk",
        face_tag="SC",
        out_name="NotoSerifCJKsc-Regular-subset.ttf",
        role="宋 (body)",
    ),
    FontSpec(
        key="noto-sans",
        default_src="/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        package="fonts-noto-cjk",
        face_tag="SC",
        out_name="NotoSansCJKsc-Bold-subset.ttf",
        role="黑 (heads)",
    ),
    FontSpec(
        key="wenkai",
        default_src="/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
        package="fonts-lxgw-wenkai",
        face_tag="",
        out_name="LXGWWenKai-Regular-subset.ttf",
        role="楷 (kicker, captions, byline)",
        rename_family="Layout WenKai Subset",
        fullwidth_punct=False,
    ),
]

# Characters whose advance widths are reported by the checks.
REPORT_CHARS = "中“”‘’。，—…·0123456789A"
PDF_SAMPLE = "中文排版测试，“引号”。ABC 123"


class BuildError(Exception):
    pass


# --------------------------------------------------------------------------
# repertoire


def gb2312_chars() -> set[int]:
    """Every character of GB 2312: all 2-byte codes 0xA1A1..0xF7FE that decode."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                s = bytes((hi, lo)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            chars.add(ord(s))
    return chars


def general_standard_chars() -> set[int]:
    """The characters of 《通用规范汉字表》 (2013) in the BMP: the list mainland publishing sets
    from; it has the characters of names and places that GB 2312 lacks (昇 堃 喆 镕 ...)."""
    path = Path(__file__).resolve().parent / "general-standard-8105.txt"
    text = "".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    chars = {ord(c) for c in text}
    if len(chars) != 8105:
        raise BuildError(f"{path.name}: expected 8105 characters, found {len(chars)}")
    # The 196 outside the Basic Multilingual Plane (Extension B and later) are left out: the
    # fonts keep a format-4 cmap only, and layout reports such characters by code point.
    return {c for c in chars if c <= 0xFFFF}


def required_chars() -> set[int]:
    """What every shipped font must cover: GB 2312 and 《通用规范汉字表》."""
    return gb2312_chars() | general_standard_chars()


def extra_chars() -> set[int]:
    return {c for lo, hi in EXTRA_RANGES for c in range(lo, hi + 1)}


def repertoire() -> set[int]:
    return required_chars() | extra_chars()


# --------------------------------------------------------------------------
# source handling


def _family_name(font: TTFont) -> str:
    name = font["name"]
    return str(name.getDebugName(16) or name.getDebugName(1) or "")


def open_source(spec: FontSpec, path: Path) -> tuple[TTFont, str]:
    """Open the source font; for a collection, pick the face by its name table."""
    if not path.is_file():
        raise BuildError(
            f"source font for --{spec.key} not found: {path}\n"
            f"  It is provided by the Debian package {spec.package} "
            f"(apt-get install {spec.package}), or pass --{spec.key} PATH."
        )
    with open(path, "rb") as f:
        is_collection = f.read(4) == b"ttcf"
    if not is_collection:
        font = TTFont(path, recalcTimestamp=False, recalcBBoxes=True)
        return font, f"{_family_name(font)} ({path.name})"

    coll = TTCollection(path, lazy=True)
    faces = [(i, _family_name(f), str(f["name"].getDebugName(6))) for i, f in enumerate(coll.fonts)]
    coll.close()
    matches = [
        (i, fam, ps) for i, fam, ps in faces
        if spec.face_tag in fam.split() and "Mono" not in fam.split()
    ]
    if len(matches) != 1:
        listing = "\n".join(f"    {i}: {fam} / {ps}" for i, fam, ps in faces)
        raise BuildError(
            f"{path}: expected exactly one face whose family name contains "
            f"{spec.face_tag!r} (not Mono), found {len(matches)}:\n{listing}"
        )
    index, fam, ps = matches[0]
    font = TTFont(path, fontNumber=index, recalcTimestamp=False, recalcBBoxes=True)
    return font, f"{fam} / {ps} (face {index} of {path.name})"


# --------------------------------------------------------------------------
# processing


def subset_font(font: TTFont, chars: set[int]) -> None:
    opts = subset.Options()
    opts.layout_features = []          # no GSUB closure: only cmap'ed glyphs
    opts.drop_tables = sorted(set(opts.drop_tables) | set(DROP_TABLES))
    opts.hinting = False
    opts.notdef_glyph = True
    opts.notdef_outline = True
    opts.glyph_names = False           # post format 3
    opts.legacy_cmap = False
    opts.symbol_cmap = False
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.name_legacy = True
    opts.recalc_timestamp = False
    opts.recalc_bounds = True
    opts.prune_unicode_ranges = True
    opts.desubroutinize = True
    opts.ignore_missing_unicodes = True
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(chars))
    sub.subset(font)

    for tag in list(font.keys()):
        if tag != "GlyphOrder" and tag not in KEEP_TABLES and tag != "CFF ":
            del font[tag]

    # All kept code points are in the BMP: one format-4 Unicode cmap is enough
    # (keep the (0,3) twin as well if there is one; drop format 6/12/14).
    cmap = font["cmap"]
    cmap.tables = [
        t for t in cmap.tables
        if t.format == 4 and (t.platformID, t.platEncID) in {(3, 1), (0, 3)}
    ]
    if not any((t.platformID, t.platEncID) == (3, 1) for t in cmap.tables):
        raise BuildError("no (3,1) format 4 cmap subtable after subsetting")
    font["post"].formatType = 3.0


def rename_family(font: TTFont, family: str) -> None:
    """Give the font a new primary name (OFL Reserved Font Name clause)."""
    name = font["name"]
    style = str(name.getDebugName(2) or "Regular")
    # name ID 5 ("Version 1.250;...") rather than head.fontRevision, which
    # is 1.025 in LXGW WenKai 1.250
    version = str(name.getDebugName(5) or "").split(";")[0].strip()
    if not version.startswith("Version"):
        version = f"Version {font['head'].fontRevision:.3f}"
    ps_name = family.replace(" ", "") + "-" + style.replace(" ", "")
    full = family if style == "Regular" else f"{family} {style}"
    new = {
        1: family,
        2: style,
        3: f"{family}:{version}",
        4: full,
        6: ps_name,
    }
    for name_id in (1, 2, 3, 4, 6, 16, 17, 18, 20, 21, 22, 25):
        name.removeNames(nameID=name_id)
    for name_id, value in new.items():
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)


def mark_version(font: TTFont) -> None:
    name = font["name"]
    note = "; GB2312 subset for layout (fonts/build_fonts.py)"
    for rec in name.names:
        if rec.nameID == 5:
            text = rec.toUnicode()
            if note not in text:
                rec.string = text + note


#: the superscript figures and signs a source lacks, made from its own figure or sign: a
#: composite glyph of the base scaled and raised as the source's own ² stands to its 2, in
#: the advance of its ² (science copy prints 10⁻⁹ and ×10⁵; without them a page stopped)
SUPERSCRIPT_BASES = {0x2070: "0", 0x2075: "5", 0x2076: "6", 0x2077: "7", 0x2078: "8", 0x2079: "9",
                     0x207A: "+", 0x207B: "-", 0x207C: "=", 0x207D: "(", 0x207E: ")", 0x207F: "n"}


def add_superscripts(font: TTFont) -> list[int]:
    """Composite glyphs for the superscripts of ``SUPERSCRIPT_BASES`` the font lacks; the code
    points added."""
    cmap = font.getBestCmap()
    if ord("2") not in cmap or 0xB2 not in cmap:
        return []
    glyf, hmtx = font["glyf"], font["hmtx"]
    two, sup = glyf[cmap[ord("2")]], glyf[cmap[0xB2]]
    two.recalcBounds(glyf)
    sup.recalcBounds(glyf)
    scale = (sup.yMax - sup.yMin) / (two.yMax - two.yMin)
    rise = round(sup.yMin - scale * two.yMin)
    advance = hmtx[cmap[0xB2]][0]
    order = list(font.getGlyphOrder())
    added = []
    for cp, base in SUPERSCRIPT_BASES.items():
        if cp in cmap or ord(base) not in cmap:
            continue
        name = f"uni{cp:04X}"
        base_name = cmap[ord(base)]
        pen = TTGlyphPen(glyf)
        pen.addComponent(base_name, (scale, 0, 0, scale, round((advance - scale * hmtx[base_name][0]) / 2), rise))
        glyph = pen.glyph()
        glyf[name] = glyph
        glyph.recalcBounds(glyf)
        hmtx[name] = (advance, glyph.xMin)
        order.append(name)
        added.append(cp)
    font.setGlyphOrder(order)
    glyf.glyphOrder = order
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap.update((cp, f"uni{cp:04X}") for cp in added)
    return added


def finalize(font: TTFont) -> None:
    head = font["head"]
    head.created = FIXED_TIMESTAMP
    head.modified = FIXED_TIMESTAMP
    font.recalcTimestamp = False
    font.recalcBBoxes = True


def build_one(spec: FontSpec, src: Path, out_dir: Path, chars: set[int]) -> dict:
    t0 = time.monotonic()
    font, face = open_source(spec, src)
    src_cmap = set(font.getBestCmap())
    subset_font(font, chars)
    converted = "CFF " in font
    if converted:
        cff_to_glyf(font)
    made = add_superscripts(font)
    if spec.rename_family:
        rename_family(font, spec.rename_family)
    mark_version(font)
    finalize(font)

    out = out_dir / spec.out_name
    tmp = out.with_name(out.name + ".tmp")
    font.save(tmp)
    font.close()
    os.replace(tmp, out)
    return {
        "out": out,
        "face": face,
        "converted": converted,
        "seconds": time.monotonic() - t0,
        "missing_in_source": sorted(chars - src_cmap - set(made)),
        "made": made,
    }


# --------------------------------------------------------------------------
# checks


def check_font(spec: FontSpec, path: Path, gb: set[int], extras: set[int],
               src_missing: set[int] | None) -> list[str]:
    """Checks (a)-(c).  Returns report lines; raises BuildError on failure."""
    from reportlab.pdfbase.ttfonts import TTFont as RLTTFont

    lines = []
    if not path.is_file():
        raise BuildError(f"{path} does not exist; run python fonts/build_fonts.py")
    # (a) reportlab accepts it (it rejects CFF-flavoured fonts)
    try:
        RLTTFont("check-" + spec.key, str(path))
    except Exception as exc:  # noqa: BLE001 - report any reportlab failure
        raise BuildError(f"{path.name}: reportlab cannot load it: {exc}") from exc

    # (b) fontTools reopens it; TrueType outlines, expected tables, coverage
    font = TTFont(path)
    if font.sfntVersion != "\x00\x01\x00\x00" or "glyf" not in font or "CFF " in font:
        raise BuildError(f"{path.name}: not a TrueType-outline font")
    extra_tables = set(font.keys()) - KEEP_TABLES - {"GlyphOrder"}
    if extra_tables:
        raise BuildError(f"{path.name}: unexpected tables {sorted(extra_tables)}")
    cmap = font.getBestCmap()
    missing_gb = sorted(gb - set(cmap))
    if missing_gb:
        raise BuildError(
            f"{path.name}: {len(missing_gb)} GB 2312 / 通用规范汉字表 characters missing, e.g. "
            + " ".join(f"U+{c:04X}" for c in missing_gb[:20])
        )
    missing_extra = sorted(extras - set(cmap))
    if src_missing is not None:
        lost = [c for c in missing_extra if c not in src_missing]
        if lost:
            raise BuildError(
                f"{path.name}: extra characters present in the source but not in the subset: "
                + " ".join(f"U+{c:04X}" for c in lost)
            )
    head, hhea, os2 = font["head"], font["hhea"], font["OS/2"]
    upem = head.unitsPerEm
    hmtx = font["hmtx"]

    def adv(ch: str) -> int:
        return hmtx[cmap[ord(ch)]][0]

    # (c) metrics
    if adv("中") != upem:
        raise BuildError(f"{path.name}: advance of 中 is {adv('中')}, expected {upem}")
    if spec.fullwidth_punct:
        bad = {ch: adv(ch) for ch in "“”。，" if adv(ch) != upem}
        if bad:
            raise BuildError(f"{path.name}: punctuation not full-width: {bad}")

    name = font["name"]
    lines.append(f"{path.name}: {path.stat().st_size:,} bytes, {len(font.getGlyphOrder())} glyphs, "
                 f"{len(cmap)} code points")
    lines.append(f"  name: family={name.getDebugName(1)!r} ps={name.getDebugName(6)!r}")
    lines.append(f"  unitsPerEm={upem} hhea ascent/descent/lineGap={hhea.ascent}/{hhea.descent}/{hhea.lineGap}"
                 f" OS/2 typo={os2.sTypoAscender}/{os2.sTypoDescender}/{os2.sTypoLineGap}"
                 f" win={os2.usWinAscent}/{os2.usWinDescent}")
    lines.append("  advances: " + " ".join(f"{ch}={adv(ch)}" for ch in REPORT_CHARS))
    if missing_extra:
        lines.append("  extra code points absent from the source font (not added): "
                     + " ".join(f"U+{c:04X}" for c in missing_extra))
    font.close()
    return lines


def check_pdf(paths: list[tuple[FontSpec, Path]], keep_pdf: Path | None) -> list[str]:
    """Check (d): embed every font in a small PDF and inspect it with pdffonts."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont as RLTTFont
    from reportlab.pdfgen import canvas

    pdffonts = shutil.which("pdffonts")
    if not pdffonts:
        raise BuildError("pdffonts not found (Debian package poppler-utils)")

    with tempfile.TemporaryDirectory() as tmpdir:
        pdf_path = Path(tmpdir) / "fonts-check.pdf"
        c = canvas.Canvas(str(pdf_path), pageCompression=1)
        c.setTitle("layout fonts check")
        y = 780
        ps_names = {}
        for spec, path in paths:
            rl_name = "check-" + spec.key
            font = RLTTFont(rl_name, str(path))
            pdfmetrics.registerFont(font)
            ps_names[spec.key] = font.face.name.decode() if isinstance(font.face.name, bytes) else font.face.name
            c.setFont(rl_name, 18)
            c.drawString(50, y, PDF_SAMPLE)
            y -= 40
        c.showPage()
        c.save()
        out = subprocess.run([pdffonts, str(pdf_path)], check=True,
                             capture_output=True, text=True).stdout
        if keep_pdf:
            shutil.copyfile(pdf_path, keep_pdf)

    rows = [ln for ln in out.splitlines()[2:] if ln.strip()]
    lines = ["pdffonts:"] + ["  " + ln for ln in out.splitlines()]
    for spec, path in paths:
        ps = ps_names[spec.key]
        hits = [r for r in rows if r.split()[0].split("+")[-1] == ps]
        if not hits:
            raise BuildError(f"pdffonts does not list {ps} ({path.name})")
        for r in hits:
            f = r.split()
            emb, sub = f[-5], f[-4]
            if (emb, sub) != ("yes", "yes"):
                raise BuildError(f"{path.name}: pdffonts says emb={emb} sub={sub}: {r}")
    lines.append("  all fonts embedded and subset (emb yes, sub yes)")
    return lines


# --------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Rebuild the subset TrueType fonts in fonts/ from the Debian font packages.")
    for spec in SPECS:
        p.add_argument(f"--{spec.key}", type=Path, default=Path(spec.default_src), metavar="PATH",
                       help=f"source font (default: {spec.default_src}, package {spec.package})")
    p.add_argument("--out-dir", type=Path, default=FONTS_DIR,
                   help="output directory (default: the directory of this script)")
    p.add_argument("--check", action="store_true",
                   help="do not build; verify the existing fonts, including a reportlab PDF "
                        "checked with pdffonts (emb yes, sub yes)")
    p.add_argument("--keep-pdf", type=Path, metavar="PATH",
                   help="with --check: also save the test PDF to PATH")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        gb, extras = required_chars(), extra_chars()
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    chars = gb | extras
    out_dir = args.out_dir
    try:
        if args.check:
            outputs = [(spec, out_dir / spec.out_name) for spec in SPECS]
            for spec, path in outputs:
                for line in check_font(spec, path, gb, extras, None):
                    print(line)
            for line in check_pdf(outputs, args.keep_pdf):
                print(line)
            print("check OK")
            return 0

        out_dir.mkdir(parents=True, exist_ok=True)
        for spec in SPECS:  # fail early if any source is missing
            src = getattr(args, spec.key.replace("-", "_"))
            if not src.is_file():
                open_source(spec, src)  # raises the explanatory error
        print(f"repertoire: {len(gb)} characters of GB 2312 and 通用规范汉字表 + extras = {len(chars)} code points")
        for spec in SPECS:
            src = getattr(args, spec.key.replace("-", "_"))
            info = build_one(spec, src, out_dir, chars)
            out = info["out"]
            digest = hashlib.sha256(out.read_bytes()).hexdigest()[:16]
            print(f"wrote {out} ({out.stat().st_size:,} bytes, sha256 {digest}..., "
                  f"{info['seconds']:.1f}s)")
            print(f"  from {info['face']}"
                  + ("; CFF converted to TrueType outlines" if info["converted"] else ""))
            if spec.rename_family:
                print(f"  renamed family to {spec.rename_family!r}")
            if info["made"]:
                print("  superscripts made from the font's own figures and signs: "
                      + " ".join(chr(cp) for cp in info["made"]))
            for line in check_font(spec, out, gb, extras, set(info["missing_in_source"]))[2:]:
                print(line)
        if shutil.which("pdffonts"):
            for line in check_pdf([(spec, out_dir / spec.out_name) for spec in SPECS], None):
                print(line)
        else:
            print("pdffonts not found (poppler-utils): PDF embedding test skipped")
        print("done")
        return 0
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
