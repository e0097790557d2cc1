"""The type styles of the page's elements (DESIGN.md §3, TYPOGRAPHY.md §3, §5, §6).

Sizes follow the 号 table: body 小五 9 pt on the 12 pt grid; the page title 初号 in 黑体 with
its kicker lines two 号 steps down in 楷体; the lead story's title 小一 黑体; item titles 小三
黑体 with the unit name reversed out of the page red; subheads 黑体 at body size, two lines
deep; captions and bylines 楷体 at body size; the folio 黑体/宋体 at 小五 and 六号.
"""
from __future__ import annotations

from typing import NamedTuple

from .display import BLACK, RED, WHITE
from .units import HAO_SIZES


class ElementStyle(NamedTuple):
    face: str            # song | hei | kai
    size: float
    color: tuple = BLACK
    align: str = "start"
    leading: float = 1.25  # line distance / size, for elements not on the body grid


class Styles(NamedTuple):
    body: ElementStyle
    subhead: ElementStyle
    page_kicker: ElementStyle
    page_title: ElementStyle
    page_subtitle: ElementStyle
    lead_kicker: ElementStyle
    lead_title: ElementStyle
    item_title: ElementStyle
    item_kicker: ElementStyle   # an item's 引题 and 副题, above and below its unit and title
    unit: ElementStyle
    part_banner: ElementStyle
    section_banner: ElementStyle
    intro: ElementStyle
    byline: ElementStyle
    caption: ElementStyle
    folio: ElementStyle
    folio_paper: ElementStyle
    credits: ElementStyle


def default_styles(body_size: float) -> Styles:
    h = HAO_SIZES
    return Styles(
        body=ElementStyle("song", body_size, align="justify"),
        subhead=ElementStyle("hei", body_size, align="center"),
        page_kicker=ElementStyle("kai", h["二号"], align="center"),
        page_title=ElementStyle("hei", h["初号"], align="center", leading=1.15),
        page_subtitle=ElementStyle("kai", h["二号"], align="center"),
        lead_kicker=ElementStyle("kai", h["小二"], align="center"),
        lead_title=ElementStyle("hei", h["小一"], align="center", leading=1.2),
        item_title=ElementStyle("hei", h["小三"], align="start", leading=1.3),
        item_kicker=ElementStyle("kai", h["小四"], align="start", leading=1.3),
        unit=ElementStyle("hei", h["小三"], color=WHITE),
        part_banner=ElementStyle("hei", h["小二"], color=WHITE, align="center"),
        section_banner=ElementStyle("hei", h["三号"], color=RED, align="start"),
        intro=ElementStyle("kai", body_size, align="justify"),
        byline=ElementStyle("kai", body_size, align="end"),
        caption=ElementStyle("kai", body_size, align="justify"),
        folio=ElementStyle("song", body_size),
        folio_paper=ElementStyle("hei", h["四号"]),
        credits=ElementStyle("song", h["六号"], align="end"),
    )
