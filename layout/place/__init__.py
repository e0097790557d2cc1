"""Stage 5, place: the page's model -> a display list (``display.DisplayPage``) and findings.

From the top of the type area down: the headline stack across all columns, the intro (导语)
in wide columns (长栏) under it, then the page's sections in the rectangle that is left
(``arrange``). The folio line sits above the type area on a heavier rule; the editing credits
below it. Every body line is on the one baseline grid; every block takes whole lines.

Fit is reported, never hidden: overset text is a finding of severity error; a page column
ending more than two lines above the foot of the type area is a warning (underset).
"""
from __future__ import annotations

import datetime as _dt

from ..compose import Spacing
from ..display import Block, DisplayPage, Grid, Rule, TextLine
from ..errors import Finding
from ..fonts import FontSet
from ..model import Page, Placement, Section
from .arrange import SEPARATOR_ROWS, layout_section, layout_story, story_plan
from .common import Context, text_line
from .pieces import headline_piece, separator
from ..styles import default_styles

FOLIO_RULE = 1.0
MAX_FOOT_GAP = 2
WEEKDAYS = "一二三四五六日"


def place_page(page: Page, fonts: FontSet, photos: dict) -> tuple[DisplayPage, list]:
    fmt = page.format
    ctx = Context(fmt=fmt, fonts=fonts, styles=default_styles(fmt.body_size),
                  spacing=Spacing(punct_style=page.punct_style, trim_line_start=page.trim_line_start,
                                  hang=page.hang, track=page.track, latin_shrink=page.latin_shrink),
                  photos=photos)
    items: list = []
    blocks: list = []
    row = 0
    width = fmt.type_width
    x0 = fmt.margin_left
    head = headline_piece(ctx, page.headline, width)
    if head:
        items += head.draw(x0, row)
        blocks.append(Block("headline", "headline", x0, ctx.row_top(row), width, head.rows * fmt.pitch,
                            columns=fmt.columns, rows=head.rows))
        row += head.rows
    if page.intro:
        plan = _intro_plan(ctx, page)
        rows = plan.bounds().natural
        res = layout_story(ctx, plan, 0, row, rows, kind="intro")
        items += res.items
        blocks += res.blocks
        row += rows
    if page.sections:
        if row:
            items.append(separator(ctx, x0, width, row))
            row += SEPARATOR_ROWS
        root = Section(sections=page.sections, place=Placement(arrange=page.arrange), level=0)
        res = layout_section(ctx, root, 0, fmt.columns, row, fmt.lines - row)
        items += res.items
        blocks += res.blocks
    items += folio_items(ctx, page)
    _foot_gaps(ctx, items)
    grid = Grid(columns=tuple((fmt.column_x(c), fmt.column_width) for c in range(fmt.columns)),
                top=fmt.margin_top, pitch=fmt.pitch, lines=fmt.lines,
                baseline_offset=ctx.baseline_offset(ctx.styles.body))
    title = page.headline.title or page.name
    return DisplayPage(width=fmt.width, height=fmt.height, bleed=fmt.bleed, items=tuple(items),
                       blocks=tuple(blocks), grid=grid, title=title,
                       meta={"paper": page.folio.paper, "page": page.name}), ctx.findings


def _intro_plan(ctx: Context, page: Page):
    """The intro (导语) in legs (长栏) across the page: two, three or four columns wide,
    whichever leaves the legs most even (fewest empty line ends), then the more legs."""
    fmt = ctx.fmt
    best, best_key = None, None
    for width in (2, 3, 4):
        legs = max(1, fmt.columns // width)
        plan = story_plan(ctx, page.intro, fmt.columns, text_columns=legs, style=ctx.styles.intro)
        lines = plan.seq.total
        key = (legs * -(-lines // legs) - lines, -legs)
        if best_key is None or key < best_key:
            best, best_key = plan, key
    return best


# --- folio and credits -------------------------------------------------------------------------

def format_date(text: str) -> str:
    """``2018-12-11`` -> ``2018年12月11日 星期二``; ``2018-12`` -> ``2018年12月``."""
    parts = text.split("-")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        return text
    if len(nums) == 3:
        try:
            day = _dt.date(*nums)
        except ValueError:
            return text
        return f"{day.year}年{day.month}月{day.day}日\u3000星期{WEEKDAYS[day.weekday()]}"
    if len(nums) == 2:
        return f"{nums[0]}年{nums[1]}月"
    return text


def folio_items(ctx: Context, page: Page) -> list:
    """Folio line above the type area (date, paper, 版次 and 版名) on a rule, and the editing
    credits under the type area."""
    fmt = ctx.fmt
    st = ctx.styles
    folio = page.folio
    x0, width = fmt.margin_left, fmt.type_width
    rule_y = fmt.margin_top - 0.75 * fmt.pitch
    base = rule_y - 0.5 * fmt.pitch
    items: list = [Rule(x0, rule_y, x0 + width, rule_y, FOLIO_RULE)]
    left = format_date(folio.date) if folio.date else ""
    right = "\u3000".join(p for p in (f"第{folio.page_number}版" if folio.page_number else "", folio.page_name) if p)
    for text, style, align in ((left, st.folio, "start"), (folio.paper, st.folio_paper, "center"),
                               (right, st.folio, "end")):
        if text:
            composed = ctx.compose(text, style, width, align=align)
            items.append(text_line(composed.lines[0], style, x0, base, kind="folio"))
    credits = "\u3000".join(f"{label} {name}" for label, name in
                            (("责任编辑", folio.editor), ("美编", folio.designer), ("校对", folio.proofreader)) if name)
    if credits:
        composed = ctx.compose(credits, st.credits, width, align="end")
        y = ctx.row_top(fmt.lines) + 0.5 * fmt.pitch + st.credits.size
        items.append(text_line(composed.lines[0], st.credits, x0, y, kind="credits"))
    return items


def _foot_gaps(ctx: Context, items: list) -> None:
    """Warn about page columns whose content ends well above the foot of the type area."""
    fmt = ctx.fmt
    lowest = [-1] * fmt.columns
    for item in items:
        if isinstance(item, TextLine) and item.grid_line >= 0:
            c = min(max(item.column, 0), fmt.columns - 1)
            lowest[c] = max(lowest[c], item.grid_line)
        elif hasattr(item, "h") and hasattr(item, "w"):
            last_row = int((item.y + item.h - fmt.margin_top) / fmt.pitch - 1e-6)
            for c in range(fmt.columns):
                cx = fmt.column_x(c)
                if item.x < cx + fmt.column_width and item.x + item.w > cx:
                    lowest[c] = max(lowest[c], last_row)
    # (a block's column already said to end there, the block's foot the type area's: said once)
    said = {(c, line) for f in ctx.findings if f.code == "underset"
            for c, line in (f.extra or {}).get("columns", [(f.column, f.page_line)])}
    for c, low in enumerate(lowest):
        gap = fmt.lines - 1 - low
        if gap > MAX_FOOT_GAP and (c + 1, low + 2) not in said:
            ctx.findings.append(Finding("warning", "underset", f"column {c + 1} ends {gap} line(s) above the foot"
                                        " of the type area", column=c + 1, page_line=low + 2))


__all__ = ["place_page", "format_date"]
