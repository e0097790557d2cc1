"""Blocks that occupy whole body lines (占行, TYPOGRAPHY.md §3.4): headline stacks, story
heads, banners and photo-plus-caption blocks.

Each builder measures its content and returns a ``Piece``: the number of grid rows it takes
and a function that draws it at a given position. Text that is not on the body grid is
centred vertically in the rows it takes, so that everything after it lands on the grid again.
"""
from __future__ import annotations

import math
from typing import Callable, NamedTuple

from ..display import RED, Fill, Image, Rule
from ..errors import Finding
from ..model import Photo, Story, line_of
from ..units import HAO_SIZES
from .common import Context, text_line

#: effective resolution of a placed photo below which it is reported (DESIGN.md §2).
PPI_WARNING = 200
PPI_ERROR = 100
#: white between a photo and its caption, points.
PHOTO_GAP = 3.0
#: a crop may keep no less than this share of the picture's width or height.
CROP_KEEP = 2 / 3
HAIRLINE = 0.5
BANNER_RULE = 1.5


class Piece(NamedTuple):
    rows: int
    draw: Callable  # (x, row) -> list of display items
    kind: str = ""


def _stack_lines(ctx: Context, parts, width: float, x: float, top: float, rows: int, kind_story=""):
    """Draw ``parts`` = [(style, composed, kind)] as a vertically centred stack in ``rows``."""
    heights = []
    for style, composed, _ in parts:
        heights.extend(style.size * style.leading for _ in composed.lines)
    total = sum(heights)
    y = top + (rows * ctx.fmt.pitch - total) / 2
    items = []
    for style, composed, kind in parts:
        face = ctx.fonts.face(style.face)
        asc = face.ascent / (face.ascent + face.descent)
        for line in composed.lines:
            lh = style.size * style.leading
            base = y + (lh - style.size) / 2 + asc * style.size
            items.append(text_line(line, style, x, base, kind=kind, story=kind_story))
            y += lh
    return items


def _stack_rows(ctx: Context, parts, white: float = 1.0) -> int:
    total = sum(style.size * style.leading * len(c.lines) for style, c, _ in parts)
    return ctx.rows_for(total + white * ctx.fmt.pitch)


def headline_piece(ctx: Context, headline, width: float) -> Piece | None:
    """The page's headline stack: kicker lines, title, subtitle (引题 / 主题 / 副题)."""
    if not headline.title:
        return None
    st = ctx.styles
    parts = [(st.page_kicker, ctx.compose(k, st.page_kicker, width), "kicker") for k in headline.kicker]
    parts.append((st.page_title, ctx.compose(headline.title, st.page_title, width), "title"))
    if headline.subtitle:
        parts.append((st.page_subtitle, ctx.compose(headline.subtitle, st.page_subtitle, width), "subtitle"))
    rows = _stack_rows(ctx, parts, white=2.0)

    def draw(x, row):
        return _stack_lines(ctx, parts, width, x, ctx.row_top(row), rows, "headline")
    return Piece(rows, draw, "headline")


def story_head(ctx: Context, story: Story, width: float) -> Piece | None:
    """A story's head: kicker + title (lead story), or the unit name reversed + title (items)."""
    st = ctx.styles
    if not story.title:
        return None
    if story.unit:
        return _unit_head(ctx, story, width)
    title_style, kicker_style, title = _lead_head_styles(ctx, story.title, st.lead_title, st.lead_kicker, width)
    parts = []
    if story.kicker:
        parts.append((kicker_style, ctx.compose(story.kicker, kicker_style, width), "kicker"))
    parts.append((title_style, title, "title"))
    if story.subtitle:
        parts.append((kicker_style, ctx.compose(story.subtitle, kicker_style, width), "subtitle"))
    _long_heads(ctx, story, parts)
    rows = _stack_rows(ctx, parts, white=1.0)

    def draw(x, row):
        return _stack_lines(ctx, parts, width, x, ctx.row_top(row), rows, story.name)
    return Piece(rows, draw, "head")


#: the most lines a story's 主题, 引题 or 副题 takes in its block before the proofs say so
HEAD_LINES = 4


def _long_heads(ctx: Context, story: Story, parts: list) -> None:
    """Say which part of a story's head takes more than ``HEAD_LINES`` lines in its block (a
    副题 of eight lines in a 1-column block): a desk shortens it or widens the block."""
    for style, composed, field in parts:
        if len(composed.lines) > HEAD_LINES:
            ctx.findings.append(Finding(
                "warning", "long-head", f"the story's {field} takes {len(composed.lines)} lines at {style.size:g} pt "
                f"in its block (at most {HEAD_LINES} read as a head): shorten it or give the story more columns",
                story=story.name, file=story.file, line=line_of(story.lines, field, story.title_line)))


#: a story's 主题 and its 引题/副题 a step down for a narrow block: 小一 over 小二, else 小二 over
#: 四号, else 三号 over 小四 (``_lead_head_styles``)
HEAD_STEPS = ((HAO_SIZES["小二"], HAO_SIZES["四号"]), (HAO_SIZES["三号"], HAO_SIZES["小四"]))
#: the fewest characters of a 主题's size a line of its block should hold (a 1-column block
#: of 11 字 holds four of 小一: a head of four lines broken inside its words)
HEAD_CHARACTERS = 6


def _lead_head_styles(ctx: Context, text: str, title, kicker, width: float) -> tuple:
    """The 主题 and 引题/副题 styles of a story's head in a block ``width`` wide, and the 主题
    composed: as designed where a line holds ``HEAD_CHARACTERS`` of the 主题 or more, or the
    主题 takes two lines at most (春到中原 in one column); else a step down (a desk sets a long
    1-column 主题 at 小二 or 三号, not 小一), the first that sets it in two lines or holds
    ``HEAD_CHARACTERS`` a line, or the last."""
    steps = ((title, kicker),) + tuple((title._replace(size=t), kicker._replace(size=k)) for t, k in HEAD_STEPS)
    for title_style, kicker_style in steps:
        composed = ctx.compose(text, title_style, width)
        if width >= HEAD_CHARACTERS * title_style.size or len(composed.lines) <= 2:
            break
    return title_style, kicker_style, composed


def _item_parts(ctx: Context, story: Story, width: float, title_parts: list) -> list:
    """An item's head stack: its 引题 above, its unit and title (``title_parts``), its 副题
    below, both in 楷体 (瑞安日报's 引题 / 飞云街道 title / 副题)."""
    style = ctx.styles.item_kicker
    above = [(style, ctx.compose(story.kicker, style, width), "kicker")] if story.kicker else []
    below = [(style, ctx.compose(story.subtitle, style, width), "subtitle")] if story.subtitle else []
    return above + title_parts + below


def _unit_head(ctx: Context, story: Story, width: float) -> Piece:
    """Unit name set reversed (white on the page red), then the title after a gap of ½ em;
    the item's kicker above, its subtitle below."""
    st = ctx.styles
    unit_style, title_style = st.unit, st.item_title
    unit_face = ctx.fonts.face(unit_style.face)
    pad = 0.25 * unit_style.size
    unit_w = sum(unit_face.advance(c) for c in story.unit) * unit_style.size + 2 * pad
    if unit_w > width / 2:
        return _unit_above_head(ctx, story, width, pad)
    indent_em = (unit_w + 0.5 * title_style.size) / title_style.size
    title = ctx.compose(story.title, title_style, width, indent_em=indent_em)
    parts = _item_parts(ctx, story, width, [(title_style, title, "title")])
    rows = _stack_rows(ctx, parts, white=1.0)
    unit_line = ctx.compose(story.unit, unit_style, unit_w, align="center")

    def draw(x, row):
        items = _stack_lines(ctx, parts, width, x, ctx.row_top(row), rows, story.name)
        first = next(item for item in items if item.kind == "title")
        face = ctx.fonts.face(unit_style.face)
        asc = face.ascent / (face.ascent + face.descent)
        top = first.y - asc * unit_style.size - 0.12 * unit_style.size
        box = Fill(x, top, unit_w, unit_style.size * 1.24, RED)
        label = text_line(unit_line.lines[0], unit_style, x, first.y, kind="unit", story=story.name)
        return [box, label] + items
    return Piece(rows, draw, "head")


def _unit_above_head(ctx: Context, story: Story, width: float, pad: float) -> Piece:
    """A unit name too long to stand before the title: reversed on lines of its own above it."""
    st = ctx.styles
    unit_style, title_style = st.unit, st.item_title
    unit = ctx.compose(story.unit, unit_style, width - 2 * pad, align="start")
    title = ctx.compose(story.title, title_style, width)
    parts = _item_parts(ctx, story, width, [(unit_style, unit, "unit"), (title_style, title, "title")])
    rows = _stack_rows(ctx, parts, white=1.0)
    face = ctx.fonts.face(unit_style.face)
    asc = face.ascent / (face.ascent + face.descent)

    def draw(x, row):
        out = []
        for item in _stack_lines(ctx, parts, width, x, ctx.row_top(row), rows, story.name):
            if item.kind == "unit":
                top = item.y - asc * unit_style.size - 0.12 * unit_style.size
                out.append(Fill(x, top, item.right - x + 2 * pad, unit_style.size * 1.24, RED))
                item = item._replace(glyphs=tuple((gx + pad, ch, adv, sc) for gx, ch, adv, sc in item.glyphs),
                               x0=item.x0 + pad, right=item.right + pad)
            out.append(item)
        return out
    return Piece(rows, draw, "head")


def banner_piece(ctx: Context, text: str, width: float, level: int) -> Piece:
    """Part banner (level 1): reversed on a red bar. Section banner (level 2): red type on a
    heavy red rule. Each takes whole lines, with one line of white below."""
    st = ctx.styles
    style = st.part_banner if level == 1 else st.section_banner
    pitch = ctx.fmt.pitch
    if level == 1:
        composed = ctx.compose(text, style, width - 2 * style.size)
        bar_rows = ctx.rows_for(style.size * style.leading * len(composed.lines) + 0.5 * pitch)
        rows = bar_rows + 1

        def draw(x, row):
            top = ctx.row_top(row)
            items = [Fill(x, top, width, bar_rows * pitch, RED)]
            items += _stack_lines(ctx, [(style, composed, "banner")], width, x + style.size, top, bar_rows)
            return items
        return Piece(rows, draw, "banner")

    composed = ctx.compose(text, style, width)
    text_rows = ctx.rows_for(style.size * style.leading * len(composed.lines))
    rows = text_rows + 1

    def draw(x, row):
        top = ctx.row_top(row)
        items = _stack_lines(ctx, [(style, composed, "banner")], width, x, top, text_rows)
        y = top + text_rows * pitch + BANNER_RULE / 2
        items.append(Rule(x, y, x + width, y, BANNER_RULE, RED))
        return items
    return Piece(rows, draw, "banner")


# --- photos ------------------------------------------------------------------------------------

class PhotoFrame(NamedTuple):
    """How a photo can be sized in a block of a given width, in grid rows for the image."""

    photo: Photo
    pixels: tuple          # (width, height) of the source, after EXIF rotation
    natural: int
    min_rows: int
    max_rows: int


def photo_frame(ctx: Context, photo: Photo, pixels: tuple, width: float) -> PhotoFrame:
    pitch = ctx.fmt.pitch
    pw, ph = pixels
    natural_h = width * ph / pw
    # The frame may crop away at most a third of either dimension (never stretch).
    min_h = natural_h * CROP_KEEP
    max_h = natural_h / CROP_KEEP
    to_rows = lambda h: (h + PHOTO_GAP) / pitch  # noqa: E731
    # No frame is deeper than the page (a very tall picture is cropped to the page instead).
    most = ctx.fmt.lines
    low = min(max(1, math.ceil(to_rows(min_h))), most)
    high = min(max(low, math.floor(to_rows(max_h))), most)
    return PhotoFrame(photo, pixels, natural=min(max(low, round(to_rows(natural_h))), high), min_rows=low,
                      max_rows=high)


def photo_piece(ctx: Context, frame: PhotoFrame, width: float, image_rows: int, story: str) -> Piece:
    """Image cropped to ``image_rows`` lines (less a small gap), caption and credit below on
    the body grid, and a line of white before the text."""
    st = ctx.styles
    photo = frame.photo
    lines = _caption_lines(ctx, photo, width)
    cap_rows = len(lines)
    rows = image_rows + cap_rows + 1
    pitch = ctx.fmt.pitch
    img_h = image_rows * pitch - PHOTO_GAP
    crop = crop_box(frame.pixels, width / img_h, photo.focus)
    ppi = crop[2] / (width / 72.0)
    kept = min(crop[2] / frame.pixels[0], crop[3] / frame.pixels[1])
    if kept < CROP_KEEP - 1e-6:
        ctx.findings.append(Finding(
            "warning", "photo-crop", f"photo {photo.file} is cropped to {kept:.0%} of its "
            f"{'width' if crop[2] / frame.pixels[0] < crop[3] / frame.pixels[1] else 'height'} "
            f"(at least {CROP_KEEP:.0%} is kept elsewhere): check that nothing important is cut",
            story=story, file=photo.source.file, line=photo.source.line))
    if ppi < PPI_WARNING:
        severity = "error" if ppi < PPI_ERROR else "warning"
        ctx.findings.append(Finding(
            severity, "photo-resolution", f"photo {photo.file} prints at {ppi:.0f} ppi (needs {PPI_WARNING}; "
            f"below {PPI_ERROR} it looks blurred): {frame.pixels[0]} x {frame.pixels[1]} pixels placed "
            f"{width / 72 * 25.4:.0f} mm wide", story=story, file=photo.source.file, line=photo.source.line,
            extra={"ppi": round(ppi, 1)}))

    def draw(x, row):
        top = ctx.row_top(row)
        items = [Image(str(photo.path), x, top, width, img_h, crop, story, ppi)]
        for n, line in enumerate(lines):
            r = row + image_rows + n
            kind = "caption"
            items.append(text_line(line, st.caption, x, ctx.baseline(r), kind=kind, story=story, grid_line=r))
        return items
    return Piece(rows, draw, "photo")


def _caption_lines(ctx: Context, photo: Photo, width: float) -> list:
    """A photo's caption and its credit after a 一字空 (新华社发（杨志礼摄）), the credit whole:
    where the caption's last line cannot take it, on a line of its own, to the end (a name
    is not parted across two lines: …新华社发（杨 | 志礼摄）)."""
    st = ctx.styles
    if not photo.credit:
        return list(ctx.compose(photo.caption, st.caption, width).lines)
    together = ctx.compose(photo.caption + "\u3000" + photo.credit, st.caption, width).lines
    if not photo.caption or together[-1].text.endswith(photo.credit):
        return list(together)
    credit = ctx.compose(photo.credit, st.caption, width, align="end").lines
    if len(credit) > 1:
        return list(together)       # (a credit longer than a line: run on as typed)
    return list(ctx.compose(photo.caption, st.caption, width).lines) + list(credit)


def crop_box(pixels: tuple, aspect: float, focus: tuple = (0.5, 0.5)) -> tuple:
    """(left, top, width, height) in source pixels of the largest ``aspect`` (w/h) window,
    placed as near ``focus`` as the picture allows. Never stretches."""
    pw, ph = pixels
    if pw / ph > aspect:
        cw, ch = ph * aspect, float(ph)
    else:
        cw, ch = float(pw), pw / aspect
    left = min(max(focus[0] * pw - cw / 2, 0.0), pw - cw)
    top = min(max(focus[1] * ph - ch / 2, 0.0), ph - ch)
    return (round(left, 3), round(top, 3), round(cw, 3), round(ch, 3))


def separator(ctx: Context, x: float, width: float, row: float) -> Rule:
    """A hairline in the middle of the white line ``row`` (may be fractional) between two
    stories."""
    y = ctx.row_top(row) + ctx.fmt.pitch / 2
    return Rule(x, y, x + width, y, HAIRLINE)


