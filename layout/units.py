"""Units, converted once at load time: everything inside the pipeline is in points (float).

Accepted spellings: ``9pt``, ``3.2mm``, ``1.5cm``, ``0.5in``, ``2字`` / ``2em`` (multiples of the
body size), a bare number (points), and the Chinese 号 sizes (``小五`` = 9 pt). The 号 table
follows the "modern" column of TYPOGRAPHY.md §2.3 (CTeX, Word, WPS).
"""
from __future__ import annotations

import re

PT_PER_MM = 72.0 / 25.4

HAO_SIZES = {
    "初号": 42.0, "小初": 36.0, "一号": 26.0, "小一": 24.0, "二号": 22.0, "小二": 18.0,
    "三号": 16.0, "小三": 15.0, "四号": 14.0, "小四": 12.0, "五号": 10.5, "小五": 9.0,
    "六号": 7.5, "小六": 6.5, "七号": 5.5, "八号": 5.0,
}

_LENGTH = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(pt|mm|cm|in|字|em)?\s*$")


class UnitError(ValueError):
    """A length that cannot be read; the message says what was expected."""


def mm(value: float) -> float:
    return value * PT_PER_MM


def parse_length(value, em: float | None = None) -> float:
    """Return ``value`` in points. ``em`` is the body size, needed for 字/em lengths."""
    if isinstance(value, bool):
        raise UnitError(f"expected a length such as 9pt, 3.2mm or 2字, got {value!r}")
    if isinstance(value, (int, float)):
        if isinstance(value, int) and abs(value) >= 10 ** 15:
            raise UnitError("expected a length such as 9pt, 3.2mm or 2字, got a very large number")
        return float(value)
    if not isinstance(value, str):
        raise UnitError(f"expected a length such as 9pt, 3.2mm or 2字, got {value!r}")
    text = value.strip()
    if text in HAO_SIZES:
        return HAO_SIZES[text]
    m = _LENGTH.match(text)
    if not m:
        raise UnitError(f"expected a length such as 9pt, 3.2mm, 2字 or 小五, got {value!r}")
    if len(m.group(1)) > 15:
        raise UnitError(f"expected a length such as 9pt, 3.2mm, 2字 or 小五, got a number of {len(m.group(1))} digits")
    number, unit = float(m.group(1)), m.group(2) or "pt"
    if unit == "pt":
        return number
    if unit == "mm":
        return mm(number)
    if unit == "cm":
        return mm(number * 10)
    if unit == "in":
        return number * 72.0
    if em is None:
        raise UnitError(f"{value!r} is in 字 but no body size is known here")
    return number * em


def parse_size(value) -> float:
    """A type size: a 号 name or a length in points (``9pt``, ``9``)."""
    return parse_length(value)
