"""Stage 7, render: display list -> a text trace, one item a line, numbers rounded to 0.01 pt.

The trace is what golden tests compare (SILE's debug outputter, rinohtype's stylelog): it
changes when anything on the page moves, and a diff of two traces says what moved.
"""
from __future__ import annotations

from .display import DisplayPage, Fill, Image, Rule, TextLine


def _r(v: float) -> str:
    s = f"{v:.2f}"
    return "0.00" if s == "-0.00" else s


def _color(c: tuple) -> str:
    return "/".join(f"{round(v * 100)}" for v in c)


def trace(page: DisplayPage) -> str:
    out = [f"page {_r(page.width)} {_r(page.height)} bleed {_r(page.bleed)}"]
    for b in page.blocks:
        out.append(f"block {b.kind} {b.name} col {b.column + 1}+{b.columns} row {b.row + 1}+{b.rows}")
    for item in page.items:
        if isinstance(item, TextLine):
            g0 = item.glyphs[0]
            last = item.glyphs[-1]
            right = last[0] + last[2] * last[3] if last[3] == 1 else last[0] + last[2]
            grid = f" grid {item.grid_line + 1}" if item.grid_line >= 0 else ""
            narrow = f" narrow {_r(100 * item.narrow)}%" if item.narrow else ""
            out.append(f"text {item.kind} {item.face} {_r(item.size)} x {_r(g0[0])}-{_r(right)} y {_r(item.y)}"
                       f"{grid}{narrow} [{item.story}] {item.text}")
        elif isinstance(item, Rule):
            out.append(f"rule {_r(item.x0)},{_r(item.y0)} {_r(item.x1)},{_r(item.y1)} w {_r(item.width)}"
                       f" cmyk {_color(item.color)}")
        elif isinstance(item, Fill):
            out.append(f"fill {_r(item.x)},{_r(item.y)} {_r(item.w)}x{_r(item.h)} cmyk {_color(item.color)}")
        elif isinstance(item, Image):
            name = item.path.replace("\\", "/").rsplit("/", 1)[-1]
            crop = ",".join(_r(v) for v in item.crop)
            out.append(f"image {name} {_r(item.x)},{_r(item.y)} {_r(item.w)}x{_r(item.h)} crop {crop}"
                       f" ppi {item.ppi:.0f}")
    return "\n".join(out) + "\n"
