"""Text -> units and gaps: what may break where, and how every piece may stretch or shrink.

A *unit* is a piece of text that never breaks: one Han character, one punctuation mark, a
Latin word or a number with its separators and unit sign, a 破折号 (two U+2014) or a 省略号
(two U+2026). Between two units is a *gap*: nothing (Han next to Han), the Han-Latin gap
(clreq "mixed text composition": ¼ em, shrinkable to ⅛, stretchable to ½), a word space, or
an ideographic space. Each gap says whether a line may break there (the prohibition rules of
``classes``) and how it may be adjusted.

Punctuation width adjustment that does not depend on where lines break (clreq
"adjustment of adjacent punctuation marks", TYPOGRAPHY.md §4.4 rule 1) is done here: in a pair
of adjacent full-width marks one blank half is removed, on the side that keeps brackets
hugging their text. What is left of each mark's blank half is recorded so that line breaking
can take it at a line end (GB/T 15834 §5.1.10) or squeeze it (clreq §3.8 reduction order).

The result is a ``Segments`` object of parallel sequences (tuples and lists), indexed by unit;
``gap_*[k]`` describes the gap *before* unit k. Plain sequences of numbers keep the inner loops
of line breaking fast.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import classes as C
from .pinyin import syllable_breaks

# Unit kinds
HAN, OPEN, CLOSE, PAUSE, STOP, WORD, DASH2, ELLIPSIS2, CONNECTOR, MIDDOT, SYMBOL = range(11)
HAN_RUN = -3   # a token only: several Han characters in a row
# Gap kinds
G_NONE, G_HANLATIN, G_SPACE, G_IDEO_SPACE = range(4)

# Squeeze levels in clreq's reduction order (TYPOGRAPHY.md §4.5): 0 line-end mark,
# 1 word spaces, 2 brackets, 3 ，、；：, 4 Han-Latin gaps, 5 。？！; then 7 the space between
# characters (挤进 by tracking), 8 a 一字空 between words (so that a byline's names stay
# whole in a narrow column) and 9 the Latin letters and digits themselves, narrowed a hair
# (font shrinking). 6, a hanging mark, is not squeezed by degrees: in a style that hangs,
# ``linebreak.plan_line`` tries a line with its end mark wholly past the edge and without;
# SQ_COST[SQ_HANG] is what hanging costs.
SQ_LINE_END, SQ_SPACE, SQ_BRACKET, SQ_PAUSE, SQ_HANLATIN, SQ_STOP, SQ_HANG, SQ_TRACK, SQ_IDEO, SQ_LATIN = range(10)
SQ_LEVELS = 10
#: the order squeezing takes them in: the line-end mark's blank, then the rest in clreq's
#: order, then a 一字空, then the space between characters, a little, to push a mark in
#: rather than push a character out, and last the Latin glyphs, narrowed by a per cent or
#: two, to take a word or number that would otherwise space the line out
SQ_ORDER = (SQ_LINE_END, SQ_SPACE, SQ_BRACKET, SQ_PAUSE, SQ_HANLATIN, SQ_STOP, SQ_IDEO, SQ_TRACK, SQ_LATIN)
#: demerits per em squeezed at each level: compressing a blank half is normal practice,
#: squeezing a sentence-final 。 is the last resort among the marks. A 一字空 is narrowed only
#: where the line would otherwise be spaced out past 0.1 em or break a name (a quarter em
#: of it costs about what 0.1 em more between characters does). Tracking is costed per gap,
#: with the cube of the amount, as stretching is (``linebreak``).
SQ_COST = (0.0, 1.0, 3.0, 3.0, 4.0, 12.0, 2.0, 0.0, 40.0, 0.0)


class Spacing(NamedTuple):
    """Spacing policy, in em of the text size (TYPOGRAPHY.md §4.4, §4.5, §4.8)."""

    hanlatin: float = 0.25
    hanlatin_min: float = 0.125
    hanlatin_max: float = 0.5
    word_space: float = 1 / 3
    word_space_min: float = 0.25
    word_space_max: float = 0.5
    #: how wide a 一字空 (U+3000 typed between two words: 记者　孙志刚) may grow, with the word
    #: spaces, before the gaps between characters take any stretch (the gap it stands in
    #: takes its share of that too), and how narrow it may become when a line is squeezed
    #: (with the word spaces: a byline keeps its names whole in a narrow column)
    ideo_space_max: float = 1.25
    ideo_space_min: float = 0.5
    punct_style: str = "quanjiao"      # quanjiao (全角式) | kaiming (开明式)
    trim_line_start: bool = False      # an opening bracket starting a line loses its blank half
    hang: bool = False                 # a line-end 、，。 may hang past the edge (悬挂, clreq §3.8)
    #: how much the space between Han characters may be reduced, per gap, when squeezing the
    #: line's punctuation is not enough: so that a line can take a mark that may not start the
    #: next one (先挤进，后推出), or one more character where leaving it out would space a line
    #: out or leave a single character on a paragraph's last line. The cost grows with the
    #: cube of the amount, so it is used only where the other choice is worse. 0 turns it off.
    track: float = 1 / 16
    #: how much Latin letters and digits may be narrowed (a fraction of their width: 0.02
    #: draws them at 98 %) when nothing else lets a line take a word or number it would
    #: otherwise push out, leaving the line spaced out. This is the font expansion of
    #: pdfTeX's microtype (2 % by default) and InDesign's glyph scaling, used here to narrow
    #: only, and within 2 %, where it does not show. Han characters and marks are never
    #: scaled. 0 turns it off.
    latin_shrink: float = 0.02


class Segments:
    """Units and gaps of one paragraph; all widths in points (the sequences filled by
    ``segment``, one entry per unit or per gap: lists where a later pass of ``segment``
    changes them, tuples otherwise)."""

    __slots__ = ("text", "size", "kind", "chars", "advances", "draw", "start", "width", "trim_left",
                 "lblank", "rblank", "sq_level", "gap_kind", "gap_width", "gap_shrink", "gap_stretch",
                 "gap_even", "gap_track", "gap_break", "gap_hyphen", "hyphen_width", "track", "marks",
                 "words", "flex", "hang", "latin_shrink", "cuts", "parted")

    def __init__(self, text: str, size: float):
        self.text = text
        self.size = size
        self.kind = []
        self.chars = []                 # str per unit
        self.advances = []              # tuple of per-char advances per unit
        self.draw = []                  # per unit: ((x offset, h-scale), ...) per char
        self.start = []                 # char offset of the unit in ``text``
        self.width = []                 # set width after fixed trims
        self.trim_left = []             # blank removed on the left (draw offset)
        self.lblank = []                # left blank still adjustable
        self.rblank = []                # right blank still adjustable
        self.sq_level = []              # squeeze level of the unit's blanks
        self.gap_kind = []
        self.gap_width = []
        self.gap_shrink = []
        self.gap_stretch = []           # stretch before even spreading
        self.gap_even = []              # 1 if the gap takes 均排 stretch
        self.gap_track = []             # 1 if the gap may be tightened (next to Han)
        self.gap_break = []             # None: no break; else a penalty
        self.gap_hyphen = []            # a break here adds a hyphen
        self.hyphen_width = 0.0
        self.track = 0.0                # tightening allowed per trackable gap, points
        self.cuts = ()                  # units after a cut inside a word no line could take whole
        self.parted = ()                # units after a break between the groups of a number that names
        self.latin_shrink = 0.0         # how much Latin glyphs may be narrowed (a fraction)
        # Sparse indexes, for prefix sums that are zero almost everywhere in Chinese text:
        self.marks = []                 # units that may have an adjustable blank
        self.words = []                 # WORD units
        self.flex = []                  # gaps that shrink or stretch (word space, Han-Latin, 一字空)
        self.hang = []                  # width a line-end mark may hang past the edge

    def __len__(self) -> int:
        return len(self.kind)


def _unit_kind(ch: str) -> int:
    if ch in C.OPENING:
        return OPEN
    if ch in C.CLOSING:
        return CLOSE
    if ch in C.PAUSE:
        return PAUSE
    if ch in C.FULL_STOP:
        return STOP
    if ch in C.MIDDLE_DOTS:
        return MIDDOT
    if ch in C.NO_START_CONNECTORS:
        return CONNECTOR
    if C.is_han(ch):
        return HAN
    return SYMBOL


def _handle(text: str, i: int) -> bool:
    """Is ``text[i]`` the @ of a handle, a Latin word after it (@jackantonoff, 网友@hachiya)?
    It is set solid with its word, as a word (not @ | jackantonoff, with a gap)."""
    return text[i] == "@" and i + 1 < len(text) and C.is_latin(text[i + 1])


def _scan_word(text: str, i: int, quotes: tuple = (frozenset(), frozenset())) -> int:
    """End of the Latin word or number starting at ``i`` (an alphanumeric or opening sign).
    ``quotes``: the curly quotes of English text (``C.english_quotes``), opening and closing
    a word as straight ones do."""
    n = len(text)
    j = i
    while j < n and (text[j] in C.WORD_OPEN or j in quotes[0]):
        j += 1
    if _signed(text, j):
        j += 1
    while j < n:
        ch = text[j]
        if C.is_latin(ch):
            j += 1
        elif ch in C.WORD_INNER:
            # a run of joiners inside a word or URL (".", "://", "-") when letters follow
            k = j
            while k < n and text[k] in C.WORD_INNER:
                k += 1
            if k < n and C.is_latin(text[k]):
                j = k
            else:
                break
        else:
            break
    while j < n and (text[j] in C.WORD_CLOSE or j in quotes[1]
                     or text[j] == "#" and text[j - 1:j].isalpha()) and not (   # (C#, F#; not 3#楼)
            text[j] in "\"'" and j + 1 < n and C.is_latin(text[j + 1])):
        j += 1
    return max(j, i + 1)


#: the signs of a number (−5℃, +2.52%, -0.65%)
NUMBER_SIGNS = "+-−"


def _signed(text: str, i: int) -> bool:
    """Is ``text[i]`` the sign of the number after it (not a hyphen or a range's dash: no
    letter or digit just before it, nor a figure with a unit of one or two characters, as
    in 2018年-2019年 or 3米-5米, nor a model's hyphen, 歼-20)? After an operator it is
    (=-5℃)."""
    return (text[i:i + 1] in NUMBER_SIGNS and i + 1 < len(text)
            and (text[i + 1].isdigit() or text[i + 1] == "." and text[i + 2:i + 3].isdigit())   # (-.30)
            and not (i and (C.is_latin(text[i - 1])
                            or (text[i - 1] in C.WORD_INNER and text[i - 1] not in _OPERATORS)))
            and _AFTER_A_QUANTITY.search(text, max(0, i - 3), i) is None and not _model_hyphen(text, i))


#: signs of a product, quotient or equation: they join figures (300×200), and a sign
#: after one opens a number (=-5℃)
_OPERATORS = "*×÷=～~–"


def _model_hyphen(text: str, i: int) -> bool:
    """Is the - at ``i`` the hyphen of a model name after its Chinese part (歼-20, 运油-20,
    东风-41, 轰-6K): a Han character right before it, figures after, and no unit or decimal
    part that would make it a minus sign (降至-5℃, 同比-3.5%, 为-2度)? It joins the two
    parts: no gap, no break (GB/T 15834 5.1.6: a connecting hyphen does not start a line)."""
    if text[i:i + 1] != "-" or not i or not C.is_han(text[i - 1]) or not text[i + 1:i + 2].isdigit():
        return False
    if _AFTER_A_QUANTITY.search(text, max(0, i - 3), i) is not None:
        return False    # (a range: 3月-5月)
    return text[i - 1] not in _BEFORE_A_MINUS and _MINUS_AFTER.match(text, i + 1) is None


#: a number that reads as negative: with a decimal part, or a unit after it (or after the
#: range it opens: -3～5℃); not a date (即日起-3月31日: a range's dash, kept on its line)
_MINUS_AFTER = re.compile(r"\d+(?:\.\d|(?:[～~–]-?\d+(?:\.\d+)?)?\s*[℃%‰°度米元万亿千])")
#: words a minus sign follows, not a model's name (降至-5，为-2)
_BEFORE_A_MINUS = frozenset("至为到达于是约低高减零")


#: a figure and a unit of one or two characters ending just before a - (a range: 3月-5月)
_AFTER_A_QUANTITY = re.compile(r"\d[^\d\s.,;:!?，。、；：！？（）()～~–—\-]{1,2}$")


#: characters that are a unit of their own whatever follows them (Han, most marks), by kind
_SIMPLE: dict = {}


def _han_class() -> str:
    """A regular-expression class of the characters ``_simple_kind`` calls HAN: the ranges
    of ``classes.is_han`` less the marks and signs that fall inside them."""
    ranges = [(0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x3FFFF), (0xF900, 0xFAFF), (0x3040, 0x30FF),
              (0xAC00, 0xD7AF), (0x3005, 0x3007), (0x2E80, 0x2FDF), (0x3100, 0x31BF), (0x2460, 0x24FF),
              (0x3200, 0x33FF), (0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)]
    others = (C.OPENING | C.CLOSING | C.PAUSE | C.FULL_STOP | C.MIDDLE_DOTS | C.WORD_OPEN
              | frozenset(C.NO_START_CONNECTORS + C.NO_START_UNITS + C.NO_START_KANA + C.ELLIPSIS + C.DASH + C.TWO_EM_DASH
                          + " \u3000\u00a0\t"))
    cuts = sorted(ord(c) for c in others if C.is_han(c))
    parts = []
    for lo, hi in ranges:
        for cut in cuts:
            if lo <= cut <= hi:
                if lo < cut:
                    parts.append((lo, cut - 1))
                lo = cut + 1
        if lo <= hi:
            parts.append((lo, hi))
    return "[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in parts) + "]"


#: a run of Han characters (one regular-expression match instead of a test per character)
_HAN_RUN = re.compile(_han_class() + "+")
#: what ``segment`` has worked out before, for every paragraph in the same face, size and
#: spacing: advances in points; units (single characters, 破折号, 省略号) by kind and text;
#: gaps by what meets across them. Bounded by the characters of the fonts.
_ADVANCES: dict = {}
_UNITS: dict = {}
_GAPS: dict = {}
_MEMO_LIMIT = 50_000
_MEMO_KEYS = 200


def _simple_kind(ch: str):
    """The unit kind of ``ch`` if it always stands alone, else None (cached per character)."""
    kind = _SIMPLE.get(ch, -2)
    if kind == -2:
        special = (C.is_space(ch) or C.is_latin(ch) or ch in C.WORD_OPEN or ch == "—" or ch == C.TWO_EM_DASH
                   or ch in C.ELLIPSIS or ch in NUMBER_SIGNS)
        kind = None if special else _unit_kind(ch)
        _SIMPLE[ch] = kind
    return kind


def tokenize(text: str) -> list[tuple[int, str, int]]:
    """Split ``text`` into (kind, chars, offset) units and ('space', chars, offset) runs."""
    out = []
    i, n = 0, len(text)
    simple = _SIMPLE
    han_run = _HAN_RUN.match
    plates = {m.start(): m.end() for m in _PLATE.finditer(text) if _plate(text, m.start(), m.end())}
    quotes = C.english_quotes(text) if "“" in text or "‘" in text else _NO_QUOTES
    if "’" in text:
        quotes = _with_apostrophes(text, quotes)
    depth = 0       # (brackets open around the text scanned: a formula inside them breaks dearly)
    while i < n:
        ch = text[i]
        if plates and i in plates:
            # a licence plate: its letters and figures joined to the province's character, no
            # gap and no break (豫A·12345, 津G995××, × standing for a character withheld)
            out.append((WORD, text[i:plates[i]], i, "joined"))
            i = plates[i]
            continue
        kind = simple.get(ch, -2)
        if kind == -2:
            kind = _simple_kind(ch)
        if quotes[0] and i in quotes[0]:
            kind = None     # (a quotation's opening quote in English text: it opens a word)
        elif ch == "@" and _handle(text, i):
            kind = None     # (a handle's @ opens its word)
        elif ch == "." and text[i + 1:i + 2].isdigit() and (not i or C.is_space(text[i - 1])):
            kind = None     # (a decimal typed with no 0 before its point opens its word: .30)
        if kind == HAN:
            # a run of Han characters: one token, set in bulk by ``segment`` (a squared unit,
            # ㎡, is HAN but outside the run: it never starts a line)
            m = han_run(text, i)
            j = m.end() if m is not None else i + 1
            out.append((HAN_RUN, text[i:j], i) if j - i > 1 else (HAN, ch, i))
            i = j
        elif kind == SYMBOL and (m := _RATING.match(text, i)) is not None:
            out.append((SYMBOL, m.group(), i))   # (one unit: no break inside a rating)
            i = m.end()
        elif kind is not None:
            out.append((kind, ch, i))
            depth = max(0, depth + (ch in "（［｛(") - (ch in "）］｝)"))
            i += 1
        elif C.is_space(ch):
            j = i
            while j < n and C.is_space(text[j]):
                j += 1
            out.append((-1, text[i:j], i))
            i = j
        elif (C.is_latin(ch) or (ch in C.WORD_OPEN and i + 1 < n and (C.is_latin(text[i + 1]) or _signed(text, i + 1)
                                                                    or _handle(text, i + 1)))
              or _signed(text, i) or _model_hyphen(text, i) or i in quotes[0] or _handle(text, i) or ch == "."):
            j = _scan_word(text, i, quotes)
            offset = i
            # (歼-20: one name, no gap, no break after the Han part)
            joined = ch == "-" and out and out[-1][0] in (HAN, HAN_RUN) and _model_hyphen(text, i)
            # (a note's mark typed against the text it annotates goes with it: 死亡。[14][15],
            # 射线。[8]γ射线; never starts a line)
            joined = joined or (ch == "[" and i and not C.is_space(text[i - 1]) and _NOTE_MARK.match(text, i) is not None
                                and not _NOTE_MARKS_BEFORE.search(text, max(0, i - 30), i))
            pieces = _identifier_pieces(text, i, j) or _range_pieces(text, i, j) or word_pieces(text[i:j])
            if len(pieces) > 1 and _unit_after(text, j):
                pieces = _figures_whole(pieces)
            for piece, cut in pieces:
                if cut is None and joined:
                    cut = "joined"
                elif cut in ("relation", "operator") and depth:
                    cut = "bracketed"   # (a formula inside brackets set full width, （x+y=5,x-y=1）:
                    # only as dearly as a bracketed word parts from the word after it)
                out.append((WORD, piece, offset) if cut is None else (WORD, piece, offset, cut))
                offset += len(piece)
            i = j
        elif ch == "—" and i + 1 < n and text[i + 1] == "—":
            out.append((DASH2, text[i:i + 2], i))
            i += 2
        elif ch == C.TWO_EM_DASH:
            out.append((DASH2, ch, i))
            i += 1
        elif ch in C.ELLIPSIS and i + 1 < n and text[i + 1] == ch:
            out.append((ELLIPSIS2, text[i:i + 2], i))
            i += 2
        else:
            out.append((_unit_kind(ch), ch, i))
            i += 1
    return out


_NO_QUOTES = (frozenset(), frozenset())

#: a note's mark: [8], [14], [1-3], [2,3]
_MARK = r"\[\d{1,3}(?:[,，\-–—~～]\d{1,3})*\]"
_NOTE_MARK = re.compile(_MARK)
#: two marks already before: a third and more may start a line ([3][4][5][6]…: a run of them
#: joined would be a word no line could take)
_NOTE_MARKS_BEFORE = re.compile(f"(?:{_MARK}){{2}}$")

#: a number that names, not counts, which may break between its groups: an account or a card
#: (ten figures or more typed solid), an identity card's, a telephone number (an area code and
#: a number, numbers after a solidus, three groups: 400-800-8888)
_IDENTIFIER = re.compile(r"\d{10,}|\d{17}[Xx]|(?:0\d{2,3}-)?\d{7,8}(?:/\d{7,8})+|0\d{2,3}-\d{7,8}"
                         r"|\d{3,4}(?:-\d{3,4}){2}")
#: the birth date of an identity card's number, its 7th to 14th figures
_BIRTH_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


#: a blood pressure, two figures and their unit (130/80mmHg, 130/80 mmHg, 130/80毫米汞柱): one
#: reading, never broken; other figures after a / (4500/5000mAh, 100/120亿元) may part, dearly
_READING = re.compile(r"[<>≤≥]?\d+(?:\.\d+)?/\d+(?:\.\d+)?((?:mmHg|kPa)?)")


def _with_unit(word: str) -> bool:
    """Is ``word`` a reading with its unit typed solid (130/80mmHg)?"""
    m = _READING.fullmatch(word)
    return m is not None and m.group(1) != ""


def _unit_after(text: str, j: int) -> bool:
    """Does a blood pressure's unit follow the figures ending at ``j`` (130/80毫米汞柱, or after a
    no-break space, 130/80 mmHg)?"""
    return text.startswith("毫米汞柱", j) or text[j:j + 1] in _NO_BREAK and text.startswith(("mmHg", "kPa"), j + 1)


def _figures_whole(pieces: tuple) -> tuple:
    """``pieces`` with the break between the two figures of a reading (130/80) taken out, a
    unit after it: one quantity, which never breaks. (A list of more keeps its breaks.)"""
    if [cut for _, cut in pieces] != [None, "figures"] or not _READING.fullmatch(pieces[0][0] + pieces[1][0]):
        return pieces
    return ((pieces[0][0] + pieces[1][0], None),)


def _range_pieces(text: str, i: int, j: int) -> tuple | None:
    """The pieces of ``text[i:j]`` if it is a range of whole figures before its unit
    (``_WHOLE_RANGE``: 800-1200倍液, 60-80ml): a break after the hyphen (``RANGE_PENALTY``), as
    after ～. None for anything else."""
    m = _WHOLE_RANGE.fullmatch(text, i, j)
    if m is None or int(m.group(1)) >= int(m.group(2)) or not (m.group(3) or _HAN_UNIT.match(text, j)):
        return None
    return ((text[i:m.end(1) + 1], None), (text[m.end(1) + 1:j], "range"))


def _identifier_pieces(text: str, i: int, j: int) -> tuple | None:
    """The pieces of the number ``text[i:j]`` if it names something (``_IDENTIFIER``: 账号
    800100921908091001, 电话15035772999, 010-65129097) and no unit follows it: a line may break
    between its groups, dearly (``IDENTIFIER_PENALTY``): after a hyphen or a solidus
    (010- | 65129097, 0371-65888888/ | 65888889, 400- | 800- | 8888), an identity card's region
    and birth date, a mobile's 3 and 4 figures (150 | 3577 | 2999), else every four figures
    from the start, three at least left at the end. None for anything else: a number with
    its unit or % never breaks (12345678901元, 2000000000股)."""
    word = text[i:j]
    if _IDENTIFIER.fullmatch(word) is None or text[j:j + 1] in C.UNITS_AFTER_FIGURES:
        return None
    if "-" in word or "/" in word:
        cuts = [k + 1 for k, c in enumerate(word) if c in "-/"]     # (0371-65888888/65888889, 400-800-8888)
    elif len(word) == 18 and _BIRTH_DATE.match(word, 6):
        cuts = [6, 14]      # (an identity card's: its region, its birth date, the rest)
    elif len(word) == 11 and word[0] == "1":
        cuts = [3, 7]
    else:
        cuts = list(range(4, len(word) - 2, 4))
    bounds = [0] + cuts + [len(word)]
    return tuple((word[a:b], None if a == 0 else "groups") for a, b in zip(bounds, bounds[1:]))


#: the apostrophe of a year cut to two figures, after a mark or a letter (早安少女組。’16)
_ELIDED = re.compile(r"’\d\d(?![\d’])")


def _with_apostrophes(text: str, quotes: tuple) -> tuple:
    """``quotes`` (the quotes opening and closing English words) and the apostrophes at the
    edge of an English word: one ending it (the Coordinators’ Meeting, the Smiths’ house) where
    no ‘ waits to be closed, and one starting it (the ’90s, rock ’n’ roll, ’em). Inside a word,
    it’s, an apostrophe is part of it already."""
    opens, closes = set(quotes[0]), set(quotes[1])
    waiting = 0     # (quotes ‘ not yet closed)
    n = len(text)
    for i, ch in enumerate(text):
        if ch == "‘":
            waiting += 1
        elif ch == "’":
            before, after = text[i - 1:i], text[i + 1:i + 2]
            latin_before = C.is_latin(before)
            latin_after = C.is_latin(after)
            if latin_before and latin_after:
                continue                    # (it’s)
            if latin_after and (not before or before in " \t" or _ELIDED.match(text, i)):
                opens.add(i)                # (the ’90s, ’n’, 早安少女組。’16)
            elif latin_before and not waiting and (i + 1 == n or after in " \t,.;:!?)"):
                closes.add(i)               # (the Coordinators’ Meeting)
            elif waiting:
                waiting -= 1
    return frozenset(opens), frozenset(closes)


def _blanks(kind: int, adv: float, em: float) -> tuple[float, float]:
    """Adjustable (left, right) blank of a punctuation mark with advance ``adv``."""
    blank = max(0.0, min(adv - 0.5 * em, 0.5 * em))
    if kind == OPEN:
        return blank, 0.0
    if kind in (CLOSE, PAUSE, STOP):
        return 0.0, blank
    return 0.0, 0.0


#: HAN units that may not start a line (每㎡): after a Han character they are not appended in
#: bulk but go through ``_gap``, which forbids the break before them
_NOT_AFTER_HAN = frozenset(C.UNITS_SQUARED + C.NO_START_KANA)
_SQ_OF_KIND = {OPEN: SQ_BRACKET, CLOSE: SQ_BRACKET, PAUSE: SQ_PAUSE, STOP: SQ_STOP}
_ASIAN = (HAN, OPEN, CLOSE, PAUSE, STOP, DASH2, ELLIPSIS2, CONNECTOR, MIDDOT)
_NO_TRACK = frozenset((WORD, DASH2, ELLIPSIS2, CONNECTOR, MIDDOT, SYMBOL))


#: the fields of one unit and of the gap before it, in the order of a row of the table that
#: ``segment`` builds (one row per unit, a tuple); the rows become the columns of ``Segments``
#: in one transposition at the end. Columns that later passes change are lists, the rest tuples.
_FIELDS = ("kind", "chars", "advances", "draw", "width", "trim_left", "lblank", "rblank", "sq_level",
           "gap_kind", "gap_width", "gap_shrink", "gap_stretch", "gap_even", "gap_track", "gap_break", "gap_hyphen")
_CHANGED = frozenset(("width", "trim_left", "lblank", "rblank", "gap_break"))
#: the gap before a paragraph's first unit: nothing (leading spaces are indents, upstream)
_FIRST_GAP = (G_NONE, 0.0, 0.0, 0.0, 0, 0, None, False)
#: how a character with nothing special about it is drawn: (x offset, horizontal scale)
_PLAIN = ((0.0, 1.0),)


def segment(text: str, face, size: float, spacing: Spacing = Spacing(), max_width: float | None = None) -> Segments:
    """Units and gaps of ``text``. ``face`` gives ``advance(ch)`` in em and, for dashes and
    middle dots, ``ink(ch)`` (left and right ink edges in em). A word or number wider than
    ``max_width`` (the measure) is cut into pieces that fit: a break where none is allowed
    is better than a line printed across the next column."""
    em = size
    seg = Segments(text=text, size=size)
    seg.hyphen_width = face.advance("-") * em
    seg.track = spacing.track * em
    seg.latin_shrink = spacing.latin_shrink
    # advances in points, and the row of a Han character after another (no gap, a break
    # allowed before it, nothing to adjust: a character of kind HAN never forbids a break
    # after it), per character, shared by every paragraph set in this face and size
    memo = _ADVANCES.get((face, em))
    if memo is None:
        if len(_ADVANCES) > _MEMO_KEYS:   # (a long session that tried many sizes)
            _ADVANCES.clear()
            _UNITS.clear()
            _GAPS.clear()
        memo = _ADVANCES[face, em] = ({}, {})
    pt, han_rows = memo
    missing = set(text).difference(pt)
    if missing:
        advance = face.advance
        for c in missing:
            a = pt[c] = advance(c) * em
            han_rows[c] = (HAN, c, (a,), _PLAIN, a, 0.0, 0.0, 0.0, SQ_BRACKET, G_NONE, 0.0, 0.0, 0.0, 1, 1, 0.0, False)
    tokens = tokenize(text)
    if max_width:
        tokens = _cut_overlong(tokens, pt.__getitem__, max_width)
    gaps = _GAPS.get((spacing, em))
    if gaps is None:
        gaps = _GAPS[spacing, em] = {}
    units = _UNITS.get((face, em))
    if units is None:
        units = _UNITS[face, em] = {}
    if len(units) > _MEMO_LIMIT or len(gaps) > _MEMO_LIMIT:   # (a long session of odd copy)
        units.clear()
        gaps.clear()
    rows = []
    start = []
    marks, words, flex = seg.marks, seg.words, seg.flex
    han_row = han_rows.__getitem__
    prev_kind = prev_last = pending_space = None
    cut_at: list = []
    parted_at: list = []
    for token in tokens:
        kind, chars, offset = token[:3]
        if kind == -1:
            pending_space = chars
            continue
        if kind == HAN_RUN:
            # the first character meets what precedes it as any unit does; the others are
            # Han after Han, in bulk (the bulk of Chinese text)
            rest, chars = chars[1:], chars[0]
            kind = HAN
        else:
            rest = ""
        if kind == HAN and pending_space is None and prev_kind == HAN and chars not in _NOT_AFTER_HAN:
            rows.append(han_rows[chars])
            start.append(offset)
        else:
            unit = units.get((kind, chars))
            if unit is None:
                unit = units[kind, chars] = _unit(face, kind, chars, em, pt)
            if len(token) > 3:
                gap = _INNER_GAPS[token[3]]   # this piece continues a word
                if token[3].startswith("cut"):
                    cut_at.append(len(rows))
                elif token[3] == "groups":
                    parted_at.append(len(rows))
            elif prev_kind is None:
                gap = _FIRST_GAP
            else:
                key = (prev_kind, kind, prev_last, chars[0], pending_space)
                gap = gaps.get(key)
                if gap is None:
                    gap = gaps[key] = _gap(*key, spacing, em)
            k = len(rows)
            if unit[6] or unit[7]:
                marks.append(k)
            elif kind == WORD:
                words.append(k)
            gk = gap[0]
            if gk == G_HANLATIN or gk == G_SPACE or (gk == G_IDEO_SPACE and (gap[2] or gap[3])):
                flex.append(k)
            rows.append(unit + gap)
            start.append(offset)
            pending_space = None
        if rest:
            rows.extend(map(han_row, rest))
            start.extend(range(offset + 1, offset + 1 + len(rest)))
            chars = rest
        prev_kind, prev_last = kind, chars[-1]
    seg.start = start
    seg.cuts = frozenset(cut_at)
    seg.parted = frozenset(parted_at)
    for name, column in zip(_FIELDS, zip(*rows)):
        setattr(seg, name, list(column) if name in _CHANGED else column)
    if G_IDEO_SPACE in seg.gap_kind:
        # (a byline's roles only where the text is a byline, a row of roles and names with
        # no 点号; in a dateline before a sentence, 本报讯（记者　张三）昨天，…, a break after
        # the role is as good as any)
        _keep_names_whole(seg, credits=_NO_PAUSES.fullmatch(text) is not None)
    if "#" in text:
        _keep_topics_whole(seg, text)
    if "@" in text and _HANDLE.search(text):
        # (a handle of a Weibo account, @央视新闻 ended by a blank or a mark, parts as dearly as a
        # name: not @央视 | 新闻)
        _price_breaks(seg, {k: NAME_BREAK_PENALTY for m in _HANDLE.finditer(text) for k in range(m.start() + 2, m.end())})
    if "+" in text and _NAME_PLUS.search(text):
        _keep_name_plus(seg, text)
    if "(" in text and _WORDS_IN_BRACKETS.search(text):
        _open_words_in_brackets(seg, text)
    if _NOTE_AFTER_TEXT.search(text) or _GLOSS.search(text):
        _keep_notes_with_their_text(seg, text)
    if " " in text and _NAME_NUMBER.search(text):
        _price_breaks(seg, {m.start(1): FIGURE_WORD_PENALTY for m in _NAME_NUMBER.finditer(text)})
    if _LONE_WORD.search(text):
        # (a Latin word alone among Chinese text, a brand's or a term's, hyphenates as dearly as
        # a name: 掌握Pho- | toshop only to keep a line from being spaced out past about a fifth
        # of an em; an English sentence's words hyphenate as words)
        _price_breaks(seg, {m.start() + k: NAME_HYPHEN_PENALTY for m in _LONE_WORD.finditer(text)
                            for k in range(1, len(m.group()))})
    if "·" in text and _DATE_WITH_A_DOT.search(text):
        # (an event's date written with a 间隔号, “7·20”, “9·3”, “六·一”, is one name: parted as
        # dearly as a number that names; in Han numerals, inside them too: 一 | 二·九 never)
        _price_breaks(seg, {k: IDENTIFIER_PENALTY for m in _DATE_WITH_A_DOT.finditer(text)
                            for k in ((m.end(),) if m.group() == "·" else range(m.start() + 1, m.end()))})
    if "^" in text and _EMOTICON.search(text):
        # (an emoticon is one sign: ^_ | ^ never)
        _price_breaks(seg, {k: None for m in _EMOTICON.finditer(text) for k in range(m.start() + 1, m.end())})
    if "^" in text and _POWER_CARET.search(text):
        # (a power typed with ^ goes with its base and its exponent: (x+b/2a)^ | 2 never; not
        # an emoticon's, ^_^)
        _price_breaks(seg, {k: None for m in _POWER_CARET.finditer(text) for k in m.span()})
    if "-" in text and _SIGN_AFTER_BRACKET.search(text):
        # (a sign after an opening bracket goes with its term: [- | b/2a never)
        _price_breaks(seg, {m.end(): None for m in _SIGN_AFTER_BRACKET.finditer(text)})
    if "至" in text and _RANGE_IN_WORDS.search(text):
        # (1至 | 10月: a range's figures, as after its dash; 1978 | 至2021年 more dearly, as a
        # range's dash never starts a line)
        _price_breaks(seg, {k: price for m in _RANGE_IN_WORDS.finditer(text)
                            for k, price in ((m.start(), 2 * RANGE_PENALTY), (m.end(), RANGE_PENALTY))})
    if "·" in text:
        _keep_name_parts(seg, text)
    if _MAGNITUDE_INSIDE.search(text) or _MAGNITUDE_PAIR.search(text) or _MAGNITUDE_WORD.search(text):
        _keep_numbers_whole(seg, text)
    if (_HAN_UNIT.search(text) or _HAN_NUMERALS.search(text) or _ORDINAL.search(text) or _NUMBERED.search(text)
            or _HAN_TIME.search(text)):
        _keep_units_whole(seg, text)
    if _RATIO.search(text):
        _keep_ratios_whole(seg, text)
    if _LIST_ITEM.search(text) or "某" in text and _ANONYMISED.search(text):
        _keep_list_items_whole(seg, text)
    if "第" in text or "号" in text:
        _keep_legal_numbers_whole(seg, text)
    _fixed_punctuation_trims(seg, spacing)
    seg.hang = _hanging(seg) if spacing.hang else [0.0] * len(seg.kind)
    return seg


#: the 点号 a hanging style lets hang (TYPOGRAPHY.md §4.6: 、，。 preferred)
HANGING = frozenset("、，。．")


def _hanging(seg: Segments) -> list:
    """How far each unit may hang past the line end: the ink half of a lone 、，。 (never one
    of a run of marks, a 破折号 or 省略号 counted: clreq, at most one mark hangs)."""
    out = []
    for k, (kind, chars) in enumerate(zip(seg.kind, seg.chars)):
        lone = not (k and seg.gap_kind[k] == G_NONE and (seg.kind[k - 1] in _SQ_OF_KIND
                                                         or seg.kind[k - 1] in (DASH2, ELLIPSIS2)))
        out.append(seg.width[k] - seg.rblank[k] if chars in HANGING and lone else 0.0)
    return out


#: a 破折号's ink stops this far (em) from the ends of its 2-em frame; its two halves overlap
#: by a hair so that they join into one unbroken line (GB/T 15834 §5.1.4).
DASH_MARGIN = 0.04
DASH_OVERLAP = 0.01


def _dash_geometry(face, chars: str, em: float):
    """Each half of a 破折号 takes exactly 1 em (2 em for ⸺), and a 一字线 (a single —: 2018—
    2019, 徐东大街—才林街) 1 em, whatever the font's advance (0.89 em in the shipped face);
    the glyph is scaled horizontally so that its ink fills the frame."""
    boxes = [em] if chars == "—" else [2.0 * em] if len(chars) == 1 else [em, em]
    draw = []
    for n, (ch, box) in enumerate(zip(chars, boxes)):
        ink = face.ink(ch)
        if not ink or ink[1] <= ink[0]:
            draw.append((0.0, 1.0))
            continue
        left = DASH_MARGIN if n == 0 else -DASH_OVERLAP
        right = DASH_MARGIN if n == len(chars) - 1 else -DASH_OVERLAP
        span = box / em - left - right
        scale = span / (ink[1] - ink[0])
        draw.append(((left - ink[0] * scale) * em, scale))
    return tuple(boxes), tuple(draw)


#: the curly quotes and apostrophes a Latin word may hold (English text: “Hello,” it’s)
_QUOTES = frozenset("“”‘’")
#: the side bearing of a curly quote set as a Latin one, in em, on either side of its ink
QUOTE_SIDE = 0.06


def _quote_geometry(face, chars: str, advs: tuple, em: float):
    """A curly quote or apostrophe inside a Latin word (it’s, “Hello,”) takes the width of its
    ink and a little on each side, not the em of a Chinese mark, whose blank half would part
    it from its letters (it’ s); a face with proportional quotes keeps its own advance."""
    out_advs, draw = [], []
    for ch, adv in zip(chars, advs):
        if ch not in _QUOTES or adv < 0.75 * em:
            out_advs.append(adv)
            draw.append((0.0, 1.0))
            continue
        ink = face.ink(ch)
        if ink and ink[1] > ink[0]:
            out_advs.append((ink[1] - ink[0] + 2 * QUOTE_SIDE) * em)
            draw.append(((QUOTE_SIDE - ink[0]) * em, 1.0))
        else:
            # (no ink known: the half of the em its ink sits in, the right of an opening quote)
            out_advs.append(0.5 * em)
            draw.append((-0.5 * em if ch in "“‘" else 0.0, 1.0))
    return tuple(out_advs), tuple(draw)


def _middot_geometry(face, chars: str, em: float):
    """GB/T 15834 §5.1.7: the 间隔号 takes half an em, its dot centred in it."""
    ink = face.ink(chars)
    if ink:
        offset = (0.25 - (ink[0] + ink[1]) / 2) * em
    else:
        offset = (0.5 - face.advance(chars)) / 2 * em
    return (0.5 * em,), ((offset, 1.0),)


def _cut_overlong(tokens: list, width, max_width: float) -> list:
    """Tokens, with each word or number that cannot stand on a line with what may not be
    parted from it (an opening bracket before it, closing brackets and 点号 after it, each
    at least half an em) cut: one no longer than the column after its joining signs (- ~,
    else /), or wanting them between any two of its characters not beside a decimal point, at a price
    (``url-any``); one longer into pieces that fill most of a line.
    A break inside a code (91440101712412249C。 in a 10-字 column) is better than one before
    a 。 or a line printed across the next column."""
    out = []
    last = len(tokens) - 1
    for t, token in enumerate(tokens):
        kind, chars, offset = token[:3]
        if kind != WORD:
            out.append(token)
            continue
        need = sum(map(width, chars))
        if t and tokens[t - 1][0] == OPEN:
            need += 0.5 * sum(map(width, tokens[t - 1][1]))
        k = t + 1
        while k <= last and tokens[k][0] in (CLOSE, PAUSE, STOP):
            need += 0.5 * sum(map(width, tokens[k][1]))
            k += 1
        if need <= max_width or len(chars) < 2:
            out.append(token)
            continue
        if sum(map(width, chars)) <= max_width:
            # (short: at most a column's worth of characters) after a joining sign if it has
            # one (3.9- | 6.1mmol/L), else not beside a decimal point or separator
            best = min(_cut_rank(chars, n) for n in range(1, len(chars)))
            cuts = [n for n in range(1, len(chars)) if _cut_rank(chars, n) == best]
            out.append((WORD, chars[:cuts[0]], offset) + token[3:])
            out.extend((WORD, chars[a:b], offset + a, "cut") for a, b in zip(cuts, cuts[1:] + [len(chars)]))
            continue
        # longer than the column itself: pieces that fill most of a line each, ending after
        # a joining sign where one is near enough (3.9- | 6.1mmol/L), not beside a point
        start = 0
        while start < len(chars):
            n, acc = start, 0.0
            while n < len(chars) and (n == start or acc + width(chars[n]) <= max_width * 0.95):
                acc += width(chars[n])
                n += 1
            if n < len(chars):
                n = _good_cut(chars, start, n)
            piece = (WORD, chars[start:n], offset + start)
            out.append(piece + token[3:] if start == 0 else piece + ("cut-long",))
            start = n
    return out


def _good_cut(chars: str, start: int, n: int) -> int:
    """Where to end a piece of an overlong word that may run from ``start`` to ``n``: after its
    last joining sign (3.9- | 6.1mmol/L: a number is not parted from its unit), else after a
    / in its last two thirds, else not beside a decimal point or separator nor before a mark
    no line starts with, in its last third, else at ``n``."""
    for k in range(n, start + 1, -1):
        if _cut_rank(chars, k) == 0:
            return k
    low = max(start + 1, start + (n - start) * 2 // 3)
    for rank in (1, 2):
        for k in range(n, low - 1, -1):
            if _cut_rank(chars, k) == rank:
                return k
    return n


def _cut_rank(chars: str, k: int) -> int:
    """How good a place to cut a word or number is before ``chars[k]``: 0 after a joining
    sign (- ~ _), 1 after a / (not a formula's fraction bar: b/2a), 2 anywhere not beside a
    decimal point or separator nor before a mark no line starts with (′ ″ ° %) nor beside a
    power's ^, 3 else."""
    if chars[k - 1] in "-~_":
        return 0
    if chars[k - 1] == "/" and not _FORMULA.search(chars):
        return 1
    return 2 if chars[k - 1] not in ".,^/" and chars[k] not in ".,%^" and chars[k] not in C.NO_START else 3


#: penalties of breaking inside a word: after / - . of a URL or model name, or at a
#: hyphenation point (which also costs the hyphen's width).
URL_BREAK_PENALTY = 20.0
#: a break before a hyphen standing alone (A - B), or after a solidus between figures
#: (2021/2022, 100/120): as dear as one inside a name (NAME_BREAK_PENALTY)
HYPHEN_ALONE_PENALTY = 200.0
FIGURES_PENALTY = 200.0
#: a break between the groups of a number that names (an account, a telephone): what a line
#: spaced out by about 0.3 em costs, so taken only to keep a line from being spaced out more
IDENTIFIER_PENALTY = 300.0
HYPHEN_PENALTY = 50.0
#: ... and of a name in mixed case (Tik-Tok, Byte-Dance, which the hyphen spells otherwise):
#: dearer, taken to keep a line from being spaced out past about a fifth of an em
NAME_HYPHEN_PENALTY = 100.0
#: a break after the hyphen or ～ of a range (3.9- | 6.1mmol/L, 0.5～ | 1.5mg): as after a figure
#: and its measure word (``FIGURE_WORD_PENALTY``: a range's figures share their unit)
RANGE_PENALTY = 65.0
#: an emoticon of web copy drawn with ^ (^_^, ^^, ^o^)
_EMOTICON = re.compile(r"\^[_\-.oO~ω]?\^")
#: a power's ^ between its base and its exponent (x^2, (x+b/2a)^2, （a+b）^2, 10^-9; not ^_^)
_POWER_CARET = re.compile(r"(?<=[A-Za-z0-9)\]）］])\^(?=[A-Za-z0-9(（\-])")
#: a minus sign typed solid after an opening bracket, before its term ([-b/2a, (-∞,-1))
_SIGN_AFTER_BRACKET = re.compile(r"(?<=[\[(（【{])[-−](?=[\w∞√(])")
#: a Latin word of six letters or more with no Latin, blank or apostrophe beside it: alone among
#: Chinese text (掌握Photoshop和AI设计工具, or with a blank typed between: 采用 Alcantara 材质),
#: not a word of an English phrase
_LONE_WORD = re.compile(r"(?:(?<=[^\x00-\x7f] )|(?<![A-Za-z\s'’\-]))[A-Za-z]{6,}"
                        r"(?:(?= [^\x00-\x7f])|(?![A-Za-z\s'’\-]))")
#: the 间隔号 of a date that names an event (“7·20”, 9·11, “3·15”, “六·一”, 一二·九): between
#: figures, or between Han numerals
_DATE_WITH_A_DOT = re.compile(r"(?<=\d)·(?=\d)"
                              r"|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}·[一二三四五六七八九十]{1,3}(?![一二三四五六七八九十])")
#: a range written with 至 between its figures (1至10月, 1978至2021年), or its quantities each
#: with the same sign (20%至30%, 5万至10万元; not 上涨0.45%至2023.34美元, a rise to a price)
_RANGE_IN_WORDS = re.compile(r"(?<=\d)至(?=\d)|(?<=%)至(?=[\d.]+%)|(?<=‰)至(?=[\d.]+‰)|(?<=℃)至(?=-?[\d.]+℃)"
                             r"|(?<=[万亿])至(?=[\d.]+[万亿])")
#: a break between a bracketed word and the word typed solid after it
BRACKETED_PENALTY = 200.0
#: a web address may also break between any two of its letters or digits, at a price;
#: where that leaves one or two characters of a part on a side (CRNTT.c | om, 163.co | m),
#: dearer: a short part goes whole to a line unless that spaces a line out past about a
#: quarter em (400: what a line of letters spaced 0.25 em costs over one set solid; at 200,
#: the price of a break inside a name, ygy9486@163.co | m和 was taken over a line at 0.16 em)
URL_ANY_PENALTY = 60.0
URL_EDGE_PENALTY = 400.0
#: the gap between two pieces of one word, by the kind of break ``word_pieces`` allows there
#: (a row's gap fields): no space; never stretched inside an English word or at the hyphen
#: between a name's parts (``part``: state-of-the-art, SARS-CoV-2), but the pieces of a URL
#: or path may take 均排 spacing, which is what lets a line that is all URL be justified
_INNER_GAPS = {cut: (G_NONE, 0.0, 0.0, 0.0, 1 if cut.startswith(("url", "cut", "relation", "operator")) else 0, 0, penalty, cut.startswith("hyphen"))
               for cut, penalty in (("url", URL_BREAK_PENALTY), ("part", URL_BREAK_PENALTY), ("url-any", URL_ANY_PENALTY),
                                    ("url-edge", URL_EDGE_PENALTY), ("joined", None),
                                    ("figures", FIGURES_PENALTY), ("hyphen", HYPHEN_PENALTY),
                                    ("hyphen-name", NAME_HYPHEN_PENALTY),
                                    # (the cuts of ``_cut_overlong``: as an address's, said by the proofs)
                                    ("cut", URL_ANY_PENALTY), ("cut-long", URL_BREAK_PENALTY),
                                    ("identifier", IDENTIFIER_PENALTY), ("range", RANGE_PENALTY),
                                    # (a formula's: after a relation as at a hyphenation
                                    # point, after an operator as inside a name)
                                    ("relation", HYPHEN_PENALTY), ("operator", NAME_HYPHEN_PENALTY),
                                    ("bracketed", BRACKETED_PENALTY),
                                    # (between a number's groups: as dear, and said by the proofs)
                                    ("groups", IDENTIFIER_PENALTY))}


#: a stock's code and its market (600519.SH, 0700.HK): a line may break after the dot, as
#: dearly as between the groups of an account's number
_TICKER = re.compile(r"\d{4,6}\.(?:SH|SZ|BJ|HK|SS|US|sh|sz|hk)")
#: a range of decimals typed with a hyphen (3.9-6.1mmol/L): a quantity's figures on both sides,
#: never a date's, a code's or a telephone's; a line may break after the hyphen, as after ～
_DECIMAL_BEFORE = re.compile(r"(?<![\w.\-])\d{1,3}\.\d{1,3}$")
_DECIMAL_RANGE = re.compile(r"\d{1,3}\.\d{1,3}(?=[A-Za-zμ%‰℃°])")
#: a range of whole figures of two or more, the smaller first, typed with a hyphen before a
#: unit (800-1200倍液, 60-80ml, 25-30厘米): a quantity's, which may break after the hyphen as a
#: range of decimals does; not a year's (2024-2025), a model's (737-800) nor a score's (3-1),
#: which have no unit
_WHOLE_RANGE = re.compile(r"([1-9]\d{1,5})-([1-9]\d{1,5})((?:[a-zμ]{1,3}|[%‰℃])?)")

#: a range of a road's stakes (K641+795-K656+656) or of times of day (7:00-9:00, 17:30-19:30):
#: each stake and each time whole; a line may break after the hyphen
_STAKE = re.compile(r"K\d{1,4}\+\d{1,3}(?:\.\d{1,3})?(?![\d.+])")
_STAKE_BEFORE = re.compile(r"(?<![\w.\-])K\d{1,4}\+\d{1,3}(?:\.\d{1,3})?$")
_TIME = re.compile(r"(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:])")
#: a day written with a / after the - of a range of days, and before it, its year or not
#: (6/17- | 6/23, 2024/6/17- | 6/23, 2024/6/17- | 2024/6/23)
_SLASH_DAY = re.compile(r"(?:(?:19|20)\d\d/)?(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?![\d/])")
_SLASH_DAY_BEFORE = re.compile(r"(?<![\d./])(?:(?:19|20)\d\d/)?(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])$")
_TIME_BEFORE = re.compile(r"(?<![\w.:\-])(?:[01]?\d|2[0-4]):[0-5]\d$")
#: a time ending a run before its comma (…-18:00,17:00)
_TIME_AT_END = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-4]):[0-5]\d$")
#: ... or of dates written with dots (2022.06.17-2022.06.18, 2023.01-2023.12): each date whole
_DOTTED_DATE = re.compile(r"(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])(?:\.(?:0?[1-9]|[12]\d|3[01]))?(?![\d.])")
_DOTTED_DATE_BEFORE = re.compile(r"(?<![\w.\-])(?:19|20)\d\d\.(?:0?[1-9]|1[0-2])(?:\.(?:0?[1-9]|[12]\d|3[01]))?$")


def _unit_range(word: str, i: int) -> bool:
    """Is the hyphen at ``i`` between two quantities with the same unit each (10℃-15℃, 20%-30%,
    5kg-10kg): a range, not a code?"""
    before = _QUANTITY_BEFORE.search(word, 0, i)
    after = _QUANTITY.match(word, i + 1)
    return before is not None and after is not None and before.group(1) == after.group(1)


#: a figure with its unit's sign or Latin unit (10℃, 20%, 5kg), before a range's hyphen and after it
_QUANTITY_BEFORE = re.compile(r"(?<![\w.\-])\d{1,4}(?:\.\d{1,3})?([%‰℃]|°C|[a-zμ]{1,3})$")
_QUANTITY = re.compile(r"\d{1,4}(?:\.\d{1,3})?([%‰℃]|°C|[a-zμ]{1,3})(?![A-Za-z\d])")

_HYPHENATOR = None


def _hyphen_positions(word: str) -> list[int]:
    """Hyphenation points of an English word (pyphen, en_US patterns): at least two letters
    before the hyphen and three after it."""
    global _HYPHENATOR
    if _HYPHENATOR is None:
        import pyphen
        _HYPHENATOR = pyphen.Pyphen(lang="en_US", left=2, right=3)
    return _HYPHENATOR.positions(word)


@lru_cache(maxsize=4096)
def word_pieces(word: str) -> tuple[tuple[str, str | None], ...]:
    """Split a Latin word or number into pieces between which a line may break, each with
    the kind of break before it (None for the first): ``url`` after ``/`` in paths, and after
    ``-`` or ``.`` between the parts of a name (``_name_parts``; a dot not before a part of
    one or two letters), after any separator of a web or mail address; ``figures`` (dearly)
    after a ``/`` before a figure (2021/2022); ``hyphen`` at the hyphenation points of words
    of six letters or more. Numbers with their units and % never split."""
    cuts: dict[int, str] = {}
    # a web or mail address may break after any of its separators (not inside ://), digits
    # or not around them: it is not a number
    # (a DOI too: 10.12677/ae.2025.1591792, DOI:10.1038/nature16455)
    # (a handle is no mail address: @jackantonoff.)
    address = "://" in word or word.lower().startswith("www.") or ("@" in word.lstrip("([{\"'@") and "." in word)
    scheme_end = word.find("://") + 3 if "://" in word else 0
    doi = None if address else DOI.search(word)
    if doi is not None:
        # the DOI only, not the citation typed solid before it, which may break before the
        # DOI: (Nature,2016,DOI: | 10.1038/…
        address, scheme_end = True, doi.start()
        if doi.start():
            cuts[doi.start()] = "url"
    # (never inside the www of an address: ww | w.)
    www = scheme_end + len(word[scheme_end:]) - len(word[scheme_end:].lstrip("([{\"'‘“"))
    www = www if word[www:www + 4].lower() == "www." else -9
    for i in range(1, len(word) - 1):
        ch, prev, nxt = word[i], word[i - 1], word[i + 1]
        if address and ch == "-" and prev.isalnum() and nxt.isalnum() and i >= scheme_end:
            cuts[i] = "url"     # (before an address's own hyphen, which at a line's end would read
            # as a word hyphenated: www.zh | -hr.com, not www.zh- | hr.com)
        elif address and ch == "@" and prev.isalnum() and nxt.isalnum():
            cuts[i] = "url"     # (before a mail address's @, which no line ends with: 1657155627 |
            # @qq.com, not 1657155627@ | qq.com)
        elif address and ch in "/._?&=#" and nxt.isalnum() and i + 1 >= scheme_end:
            cuts[i + 1] = "url"
        elif address and ch.isalnum() and nxt.isalnum() and i >= scheme_end and not www <= i < www + 2:
            # anywhere, dearly: a long address in a narrow column; more dearly where it
            # leaves fewer than three characters of a part on a side (CRNTT.c | om, zs | b@);
            # a mailbox's number as a number that names, every four figures (1657 | 155627@qq.com)
            mailbox = _mailbox_number(word, i + 1)
            if mailbox is None:
                cuts[i + 1] = "url-any" if _inside_part(word, i + 1) else "url-edge"
            elif mailbox:
                cuts[i + 1] = "groups"
        elif not address and ch in _RELATIONS and _operand_before(prev) and _operand_after(nxt) and _depth(word, i) == 0:
            cuts[i + 1] = "relation"    # (an equation after its =, a sign after its ≤: 1h=60min= |
            # 3600s, never before it nor inside a term)
        elif (not address and ch in "+×÷−" and _operand_before(prev) and _operand_after(nxt)
              and _FORMULA.search(word) and _depth(word, i) == 0 and not _SCIENTIFIC.match(word, i)):
            cuts[i + 1] = "operator"    # (and after an operator of an equation, more dearly:
            # x^2+bx/a+ | b^2/4a^2; not C++, 5G+ nor 1+1 alone)
        elif ch == "/" and nxt != "/" and _path_parts(word, i):
            cuts[i + 1] = "url"
        elif (not address and ch in ",;" and _FORMULA.search(word) and _operand_before(prev) and _operand_after(nxt)
              and _depth(word, i) == 0 and not _THOUSANDS_AFTER.match(word, i + 1)):
            cuts[i + 1] = "relation"    # (between two equations: 1h=60min=3600s, | 1min=60s; not
            # inside an interval or a set, (-∞,-1), {1,2,3})
        elif (ch == "/" and nxt.isdigit() and prev.isalnum() and not fraction_slash(word, i) and not _with_unit(word)
              and not _FORMULA.search(word) and not _a_fraction_of_a_letter(word, i)):
            cuts[i + 1] = "figures"   # a list of figures (2021/2022, 100/120): dearly; not a
            # reading with its unit (130/80mmHg), nor a formula's fraction (b/2a, x^2/4)
        elif (not address and ch == "×" and prev.isdigit() and nxt.isdigit() and _DIMENSIONS.fullmatch(word)):
            cuts[i + 1] = "identifier"    # (a size's figures, 2160× | 1080: dearly, before a line
            # spaced out past about 0.3 em)
        elif not address and ch == "," and _TIME_AT_END.search(word, 0, i) and _TIME.match(word, i + 1):
            cuts[i + 1] = "part"      # (between two times, a clause's comma left half width:
            # 7:00-18:00, | 17:00停止售票, whose run had no break and spaced lines 0.36-0.45 em)
        elif ch == "." and i >= 4 and _TICKER.fullmatch(word):
            cuts[i + 1] = "identifier"    # (600519. | SH: a stock's code and its market, dearly)
        elif ch == "-" and (_DECIMAL_RANGE.match(word, i + 1) and _DECIMAL_BEFORE.search(word, 0, i)
                            or _STAKE.match(word, i + 1) and _STAKE_BEFORE.search(word, 0, i)
                            or _TIME.match(word, i + 1) and _TIME_BEFORE.search(word, 0, i)
                            or _DOTTED_DATE.match(word, i + 1) and _DOTTED_DATE_BEFORE.search(word, 0, i)
                            or _SLASH_DAY.match(word, i + 1) and _SLASH_DAY_BEFORE.search(word, 0, i)
                            or _unit_range(word, i)):
            cuts[i + 1] = "range"     # (3.9- | 6.1mmol/L: a range of decimals, of a road's stakes,
            # K641+795- | K656+656, of times, 7:00- | 9:00, of dates, 2022.06.17- | 2022.06.18, of
            # quantities each with its unit, 10℃- | 15℃; as after ～)
        elif ch in "-_" and _name_parts(word, i):
            cuts[i + 1] = "part"   # (as dear as a path's, but never spaced: head-of- state is no word)
        elif ch == "-" and _short_part_after(word, i):
            cuts[i + 1] = "identifier"   # (DeepSeek- | R1, COVID- | 19: dearly, before a line
            # spaced out past a quarter em)
        elif (ch == "." and prev.isalpha() and nxt.isalpha() and i >= 2 and word[i - 2].isalpha()
              and _part_after(word, i) >= 3):
            cuts[i + 1] = "url"   # not inside abbreviations such as U.S.A.
        elif ch in ",;" and prev in "NSEW" and i > 1 and word[i - 2] in "°′″'\"" and (nxt.isdigit() or nxt in "(（"):
            cuts[i + 1] = "url"   # (a coordinate's pair typed with no space after its comma:
            # 26°25′40″N, | 119°47′52″E, each a quantity whole)
        elif ch.isdigit() and prev in "NSEW" and i > 1 and word[i - 2] in "°′″'\"":
            cuts[i] = "url"       # (... or with nothing between: 26°25′40″N | 119°47′52″E)
        elif ch in ",;" and word[max(0, i - 2):i].isalpha() and word[i + 1:i + 4].isalpha() and i > 1:
            cuts[i + 1] = "url"   # (words listed with no space after the comma: (single, | seventies,);
            # not a chemical's locants, N,N-dimethylformamide)
    if doi is not None:
        # (never inside a DOI's prefix, 10.1038/, the number of its registrant: DOI:10.10 | 38/
        # splits a number, which no line may, even at the price of a line spaced out)
        slash = word.find("/", doi.start())
        for i in range(doi.start() + 1, slash + 1):
            cuts.pop(i, None)
    if "," in word and _comma_list(word):
        # (a list of figures typed with commas, 98,180,280,380,480,580: dearly after each comma,
        # as a list typed with a / is, 2021/2022)
        cuts.update((i + 1, "figures") for i, c in enumerate(word) if c == "," and i + 1 < len(word))
    # the letters of the word without the brackets, quotes or @ it carries: (SuperPods), @realDonaldTrump
    lead = len(word) - len(word.lstrip("([{\"'‘“@"))
    core = word[lead:].rstrip(")]}\"'’”,.;:!?")
    if not cuts and core.isascii() and core.isalpha() and len(core) >= 6:
        if core[1:].islower():
            # (a word of pinyin between its syllables, GB/T 16159: Xiao- | mi, not Xi- | aomi)
            syllables = syllable_breaks(core)
            for pos in _hyphen_positions(core) if syllables is None else syllables:
                cuts[lead + pos] = "hyphen"
        else:
            # a name in mixed case or a handle only where a capital starts a part, three letters
            # or more before it and two after: a name dearly (Tik-Tok, Byte-Dance: other
            # spellings, taken only to keep a line from being spaced out past about a fifth of
            # an em; eFinancial-Careers; not Ope-nAI), a handle as an address, with no hyphen
            # drawn, which a reader would copy as part of it (@real | Donald | Trump)
            handle = core[:1] == "@" or "@" in word[:lead]
            for pos in range(3, len(core) - 1):
                if core[pos].isupper() and core[pos - 1].islower():
                    cuts[lead + pos] = "url" if handle else "hyphen-name"
    out, start, kind = [], 0, None
    for cut in sorted(cuts):
        out.append((word[start:cut], kind))
        start, kind = cut, cuts[cut]
    out.append((word[start:], kind))
    return tuple(out)


#: figures parted by commas, a number's groups or a list's items
_COMMA_FIGURES = re.compile(r"\d{1,4}(?:,\d{1,4}){2,}")


def _comma_list(word: str) -> bool:
    """Is ``word`` a list of figures typed with commas (票价98,180,280,380,480,580, 3,5,10), not a
    number in groups of three (1,100,000.00, 15,310,663,320)? Three items or more, no decimal
    part, and a group that is not three figures, or five or more items each larger than the
    one before (a price list; a number that large, written so, is rare)."""
    m = _COMMA_FIGURES.fullmatch(word.rstrip("元。，,;；"))
    if m is None:
        return False
    groups = m.group().split(",")
    if any(len(g) != 3 for g in groups[1:]):
        return True
    values = [int(g) for g in groups]
    return len(groups) >= 5 and all(a < b for a, b in zip(values, values[1:]))


#: a DOI, alone or after its label (10.12677/ae.2025.1591792, DOI:10.1038/nature16455)
DOI = re.compile(r"(?<![\w.])10\.\d{4,9}/[^/\s]*[A-Za-z]")


def _mailbox_number(word: str, k: int) -> bool | None:
    """If ``k`` is inside a mail address's name that is a number (a QQ number's mailbox,
    1657155627@qq.com), may a line break there, as between the groups of a number that names:
    every four figures from the start, three at least left before the @? None elsewhere."""
    at = word.find("@", k)
    if not 0 < k < at:
        return None
    start = k
    while start > 0 and word[start - 1].isalnum():
        start -= 1
    if not word[start:at].isdigit():
        return None
    return (k - start) % 4 == 0 and at - k >= 3


def _inside_part(word: str, k: int) -> bool:
    """Does a cut before ``k`` leave three letters or digits or more of its part (between two
    separators of an address) on each side? Not CRNTT.c | om, hae | du, zs | b@."""
    a = k
    while a > 0 and word[a - 1].isalnum():
        a -= 1
    return k - a >= 3 and _part_after(word, k - 1) >= 3


def _part_after(word: str, i: int) -> int:
    """How many letters and digits follow the separator at ``i`` before the next one."""
    k = i + 1
    while k < len(word) and word[k].isalnum():
        k += 1
    return k - i - 1


def _name_parts(word: str, i: int) -> bool:
    """May a line break after the - or _ at ``i`` (not in an address)? Between two parts of a
    name, of two characters or more before and three or more after, the first not a number:
    SARS- | CoV-2, RTX- | 4090, state-of- | the-art; not in a number with its unit (256-bit),
    nor before a short part (COVID-19, DLSS-3, USB-C, Type-C, Wi-Fi), nor after one (G-SYNC)."""
    start = i
    while start > 0 and word[start - 1].isalnum():
        start -= 1
    before = word[start:i]
    return len(before) >= 2 and _part_after(word, i) >= 3 and not before.isdigit()


def _short_part_after(word: str, i: int) -> bool:
    """Is the - at ``i`` between a name of four characters or more, with a letter in it, or an
    acronym of three capitals, and a short part of two that starts with a letter (DeepSeek-R1,
    OpenAI-o1, DCI-P3)? A line may break
    after it, but only to keep a line from being spaced out badly; never before a figure
    (COVID-19, GPT-4o: the hyphen would read as a minus sign), one character (USB-C, DLSS-3),
    nor after a short part (Wi-Fi, G-SYNC, GPT-4o)."""
    start = i
    while start > 0 and word[start - 1].isalnum():
        start -= 1
    before = word[start:i]
    return ((len(before) >= 4 and any(c.isalpha() for c in before) or len(before) == 3 and before.isupper()
             and before.isalpha()) and _part_after(word, i) == 2 and word[i + 1].isalpha())


def fraction_slash(word: str, i: int) -> bool:
    """Is the / at ``i`` a fraction's or a day's (1/4, 3/10, 6/18, 2024/6/17): one or two digits
    on each side and no other / in its piece of the word, between a range's or a list's signs
    (6/18 in 6/18-6/20, 1/2 in 1/2,3/4), or a date's with its year (not 2023/2024, 0/0/2/0)?
    It never breaks."""
    start = max(word.rfind(c, 0, i) for c in _PIECE_SIGNS) + 1
    ends = [k for k in (word.find(c, i) for c in _PIECE_SIGNS) if k != -1]
    end = min(ends, default=len(word))
    # (a piece of a range is judged alone only between pieces with a / of their own: not a
    # set's scores, 21-19/19-21/21-17, whose 19/19 is no day)
    before = word[max(word.rfind(c, 0, start - 1) for c in _PIECE_SIGNS) + 1:start - 1] if start else None
    after = word[end + 1:min((k for k in (word.find(c, end + 1) for c in _PIECE_SIGNS) if k != -1),
                             default=len(word))] if end < len(word) else None
    if any(p is not None and "/" not in p and word[k] not in _LIST_SIGNS
           for p, k in ((before, start - 1), (after, end))):
        start, end = 0, len(word)
    piece = word[start:end]
    m = re.fullmatch(r"\D*?(\d{1,2})/(\d{1,2})\D*", piece)
    if m is not None and start + m.end(1) == i:
        return True
    # (a date with its year: never between its month and day; after its year only as a list of
    # figures may break, 2023/ | 11/15, as a last resort)
    m = _SLASHED_DATE.fullmatch(piece)
    return m is not None and i - start == m.end(2)


#: what parts the pieces of a word a fraction or a day is judged in: a range's or a list's sign
_PIECE_SIGNS = "-~～–—,，、"
_LIST_SIGNS = ",，、"
#: a date written with slashes, its year first (2024/6/17)
_SLASHED_DATE = re.compile(r"\D*?((?:19|20)\d\d)/((?:1[0-2]|0?[1-9]))/(?:[12]\d|3[01]|0?[1-9])\D*")


def _path_parts(word: str, i: int) -> bool:
    """May a line break after the / at ``i`` (not in an address)? Between the parts of a path
    or a name (input/output, Windows/Linux), but not in a number with its unit (7.8mmol/L,
    120km/h, 6.1/6.5), in a short unit or acronym (mg/dL, TCP/IP) nor in a formula, where it
    is a fraction's bar (bx/a+c/a=0): both parts have three characters or more and the word
    does not start with a figure."""
    first = word.lstrip("".join(C.WORD_OPEN))[:1]
    if first.isdigit() or first in "+-." or _FORMULA.search(word) or _PLUS_TERM.search(word):
        return False
    start = max(word.rfind(c, 0, i) for c in "/-_.") + 1
    end = min((k for k in (word.find(c, i + 1) for c in "/-_.") if k != -1), default=len(word))
    return i - start >= 3 and end - (i + 1) >= 3


#: the relations an equation or inequality may break after (GB/T 7713 and every 教辅 house:
#: after =, never before it), and those of an equation, which never start a line
_RELATIONS = frozenset("=≠≈≡≤≥<>")
_EQUALS = frozenset("=≠≈≡")
#: what marks a word as a formula: a relation, or a power typed with ^
_FORMULA = re.compile(r"[=≠≈≡≤≥<>^]")
#: the signs set solid with the Latin or figures on either side (no Han-Latin gap): a hyphen
#: standing alone, a relation, an operator
_FORMULA_SIGNS = frozenset("-") | _RELATIONS | frozenset("+×÷−")
#: a sum typed solid, an operand on either side of its + (x+b/2a; not C++/Python)
_PLUS_TERM = re.compile(r"[\w)]\+[\w(]")
#: a number's power of ten after its ×, one number (3×10^8, 6.02×10²³)
_SCIENTIFIC = re.compile("[×·]10(?:\\^|[%s])" % "".join(sorted(C.SUPERSCRIPTS)))
#: a size in figures, each of three or more, one of four or more (2160×1080; not 3×2, 5×10^8,
#: nor a product, 125×125)
_DIMENSIONS = re.compile(r"(?=[\d×]*\d{4})\d{3,5}(?:×\d{3,5})+")
#: the group of three figures after a thousands comma (15,000万元, ≥1,000km): no break before it
_THOUSANDS_AFTER = re.compile(r"\d{3}(?!\d)")


def _a_fraction_of_a_letter(word: str, i: int) -> bool:
    """Is the / at ``i`` a fraction's bar after a single letter (b/2a, x/2), not the one after a
    coordinate's letter (30°09′02″N/122°21′20″E, a list of two)?"""
    return word[i - 1].isalpha() and (i < 2 or not word[i - 2].isalnum() and word[i - 2] not in "°′″'\"")


def _depth(word: str, i: int) -> int:
    """How many brackets are open in ``word`` before ``i``."""
    return sum(word.count(c, 0, i) for c in "([{") - sum(word.count(c, 0, i) for c in ")]}")


def _operand_before(ch: str) -> bool:
    """Can ``ch`` end an operand, before a relation or an operator (x, 2, ), ², β, %)?"""
    return ch.isalnum() or ch in ")]}%′″°'" or ch in C.SUPERSCRIPTS


def _operand_after(ch: str) -> bool:
    """Can ``ch`` start an operand, after a relation or an operator (x, 2, (, -, √, π)?"""
    return ch.isalnum() or ch in "([{-−+√∠△±"


def _gap(a: int, b: int, last_a: str, first_b: str, space: str | None, sp: Spacing, em: float) -> tuple:
    """The gap between a unit of kind ``a`` ending in ``last_a`` and one of kind ``b``
    starting with ``first_b``, with ``space`` typed between them (or None): the gap fields
    of a row (``_FIELDS``). (A pure function: ``segment`` keeps its answers.)"""
    # (after a full-width sign ending a number, 300㎡的, or a character ending a plate,
    # 豫A·1234学的, or before a sign opening a number, 血糖≥7.0, no gap, unless a space was typed)
    # (nor between a hyphen standing alone and the figure or word typed solid with it: a
    # range's dash after Han, 4月13日-28日, is Latin punctuation beside Latin, no Han-Latin gap
    # on one side only)
    plate_end = a == WORD and C.is_han(last_a)
    # (nor beside a relation or an operator typed solid in a formula: 4(m-2)=12-4m)
    mixed = (a == WORD) != (b == WORD) and not (space is None and (
        (a == WORD and (last_a in C.FULL_WIDTH_SIGNS or plate_end or b == SYMBOL and first_b in _FORMULA_SIGNS))
        or (b == WORD and (first_b in C.WIDE_OPEN_SIGNS or a == SYMBOL and last_a in _FORMULA_SIGNS)))
    ) or (plate_end and b == WORD)
    asian_punct_next = (a in _ASIAN and a != HAN) or (b in _ASIAN and b != HAN)
    if space is not None and "\u3000" in space:
        count = space.count("\u3000")
        gk, w = G_IDEO_SPACE, em * count
        shrink = max(0.0, 1.0 - sp.ideo_space_min) * em * count
        stretch = max(0.0, sp.ideo_space_max - 1.0) * em * count
    elif mixed and not asian_punct_next:
        # Han-Latin gap; a typed space between Han and Latin is the same gap, not doubled.
        gk, w = G_HANLATIN, sp.hanlatin * em
        shrink, stretch = (sp.hanlatin - sp.hanlatin_min) * em, (sp.hanlatin_max - sp.hanlatin) * em
    elif space is not None and (not asian_punct_next or (CONNECTOR in (a, b) and WORD in (a, b))):
        # (a word space also beside a / standing alone between English words, Tom / Jerry:
        # ``normalize`` removes one typed there between Chinese words or figures)
        gk, w = G_SPACE, sp.word_space * em
        shrink, stretch = (sp.word_space - sp.word_space_min) * em, (sp.word_space_max - sp.word_space) * em
        if _NO_BREAK.intersection(space):
            stretch = 0.0   # (a no-break space holds a thing together: it never widens, 130 mmHg,
            # though it may narrow as a word space does, for a line to take the thing whole)
    else:
        gk, w, shrink, stretch = G_NONE, 0.0, 0.0, 0.0
    # 均排 spreads over inter-character gaps, but not around connectors and solidus marks.
    # Tracking tightens only where a Han character meets a Han character or a punctuation
    # mark; never around dashes, ellipses, interpuncts, connectors or Latin.
    return (gk, w, shrink, stretch, 0 if CONNECTOR in (a, b) else 1,
            1 if gk == G_NONE and HAN in (a, b) and not _NO_TRACK.intersection((a, b)) else 0,
            # (a break at a no-break space only as a last resort: 10 000 000, GB 2762-2012,
            # 100 kg; a line spaced out past about an em costs more)
            NO_BREAK_PENALTY if space is not None and _NO_BREAK.intersection(space) else _break_penalty(
                a, b, last_a, first_b, gk),
            False)


#: the spaces a line does not break at, nor stretches or shrinks (no-break, narrow no-break,
#: figure: 10 000 000, GB 2762-2012): but for a last resort, where every other break leaves
#: a line spaced out past an em or a character alone (NO_BREAK_PENALTY)
_NO_BREAK = frozenset("\u00a0\u202f\u2007")
NO_BREAK_PENALTY = 20000.0


def _unit(face, kind: int, chars: str, em: float, pt: dict) -> tuple:
    """What a unit of ``kind`` and ``chars`` is, apart from where it stands: the unit fields
    of a row (``_FIELDS``). (Pure: ``segment`` keeps its answers.)"""
    advs = tuple(pt[c] for c in chars)
    draw = ((0.0, 1.0),) * len(chars)
    if kind == DASH2 or chars == "—":
        advs, draw = _dash_geometry(face, chars, em)
    elif kind == MIDDOT:
        advs, draw = _middot_geometry(face, chars, em)
    elif kind == WORD and not _QUOTES.isdisjoint(chars):
        advs, draw = _quote_geometry(face, chars, advs, em)
    w = sum(advs)
    lb, rb = _blanks(kind, w, em) if len(chars) == 1 else (0.0, 0.0)
    return kind, chars, advs, draw, w, 0.0, lb, rb, _SQ_OF_KIND.get(kind, SQ_BRACKET)


#: the letters and figures of a licence plate after the province's character (GA 36: 豫A·12345,
#: 粤BD12345; 津×T5××5, 津G995×× with characters withheld), or four and the character of a
#: plate's use (豫A·1234学 a learner's, 京A·1234警 police, 鲁B·1234挂 a trailer, 粤Z·A123港; not
#: 试 or 超, which begin words after a model's name: 新X5000试驾车, 新E3000超长轴距版; and the
#: character only before a mark, a space, Latin or 车 的 号…: not the first of a word, 豫A1234学校)
_PLATE = re.compile("(?<=[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])"
                    "[A-Z×*][·•・]?(?:[A-Z0-9×*]{5,6}(?![A-Za-z0-9×*])"
                    "|[A-Z0-9×*]{4}[学警挂港澳领](?=[^\u4e00-\u9fff]|[车的号辆在被于和与]|$))")


def _plate(text: str, i: int, j: int) -> bool:
    """Are ``text[i:j]`` (matched by ``_PLATE``) a plate's: figures or characters withheld in
    at least two places, letters in at most three, the province's character not the end of
    a word (北京CA1234航班, 全新X50000), and a · after the first letter, or a paragraph that
    speaks of vehicles (车 驾 牌: 一辆豫A12345小型轿车, 肇事车辆（豫A12345）)? After 新 or 云,
    everyday words too (新RTX4090显卡), the plate must also have a plate's own shape (a letter
    and five figures: 新A12345; a new-energy plate: 新AD12345) or a word of plates close by:
    车牌 号牌 牌照 牌号 车号 or 驾驶 just before, 号 just after, or a vehicle just after where
    the province's character stands as a plate's does (一辆新AB1234轿车; not 宇通新ZK6128客车, a
    new bus of a model)."""
    chars = text[i:j]
    if sum(c.isdigit() or c in "×*" for c in chars) < 2 or sum("A" <= c <= "Z" for c in chars) > 3:
        return False
    province = text[i - 1]
    if i > 1 and text[i - 2] in _NOT_A_PROVINCE.get(province, ""):
        return False
    if chars[1] in "·•・":
        return True
    vehicles = "车" in text or "驾" in text or "牌" in text
    if province not in "新云":
        return vehicles
    return (vehicles and (_PLATE_SHAPE.fullmatch(chars) is not None
                          or _VEHICLE_AFTER.match(text, j) is not None and _plate_before(text, i - 1))
            or _PLATE_BEFORE.search(text, max(0, i - 8), i - 1) is not None or _PLATE_AFTER.match(text, j) is not None)


def _plate_before(text: str, p: int) -> bool:
    """Does the province's character at ``p`` stand where a plate does, not at the end of a
    maker's name (宇通新ZK6128客车): after a mark, a space, the text's start, or a word that
    comes before a vehicle (一辆新AB1234轿车, 拦下云A8B123货车, 驾驶新A3B456; not 宇通的新ZK6128客车)?"""
    before = text[p - 1:p]
    return not before or not C.is_han(before) or before in _BEFORE_A_PLATE


#: what comes before a province's character where it ends a word (北京, 天津, 全新, 阿里云)
_NOT_A_PROVINCE = {"京": "北南东", "津": "天", "藏": "西", "宁": "西南辽济海", "新": "全最更创崭重革清翻",
                   "云": "里为讯度"}
#: a plate's own shape: a letter and five figures, a new-energy plate (D or F, then six), or
#: a letter, four figures and the character of its use
_PLATE_SHAPE = re.compile(r"[A-Z](?:\d{5}|[DF][0-9A-HJ-NP-Z]\d{4}|\d{4}[学警挂港澳领])")
#: words of plates before one (its province's character and a quote or two between) and after it
_PLATE_BEFORE = re.compile("车牌|号牌|牌照|牌号|车号|驾驶")
_PLATE_AFTER = re.compile("[”’」』]?号(?!称)")
#: a vehicle named after a plate (新AB1234轿车, 云A8B123货车): with ``_plate_before``
_VEHICLE_AFTER = re.compile("[”’」』]?(?:的?(?:[小中大]型)?[轿货客](?!跑)|的?车(?![型系款主展身]))")
#: the characters a plate comes after (一辆, 拦下, 驾驶, 为, 是, 号; not 的 or 了: 宇通推出了新ZK6128客车)
_BEFORE_A_PLATE = frozenset("辆下驶为是号乘坐开停拦查扣")


#: a rating: a row of two to five stars or shapes, read as one (★★★★☆, ●●○); a longer row
#: (□□□□□□□□ to fill in) is so many signs, a line may break between
_SIGNS = "[\u25a0-\u25ff\u2605\u2606\u2729-\u2730]"
_RATING = re.compile(f"(?<!{_SIGNS}){_SIGNS}{{2,5}}(?!{_SIGNS})")


def _break_penalty(a: int, b: int, last_a: str, first_b: str, gk: int):
    """None where a line may not break before the unit; else the penalty of breaking."""
    if first_b in C.NO_START and b not in (DASH2, ELLIPSIS2):
        return None
    if last_a in C.NO_END and not (last_a in C.NO_END_MATH and first_b == last_a):
        return None     # (a row of △, shapes drawn, may break between them; not ∵ | △=…)
    if b == SYMBOL and first_b in _EQUALS and last_a not in _EQUALS:
        return None     # (an equation's = never starts a line: 4(m-2) | =12, 880元*2张 | =1380元;
        # a rule of = signs, ======, may break inside)
    if b == SYMBOL and first_b == "-":
        # a hyphen standing alone (A - B) joins what is on either side: it starts a line
        # only where the text leaves no other choice (a chain of them wider than the column),
        # and ends one at the price of a hyphenation
        return HYPHEN_ALONE_PENALTY
    if a == SYMBOL and last_a == "-":
        # (a hyphen standing alone, a space after it, ending a line reads as a word hyphenated,
        # 讲师 - | 芋头: as dear as one starting a line; a range's, 3月- | 5月, as a hyphenation)
        return HYPHEN_ALONE_PENALTY if gk == G_SPACE else HYPHEN_PENALTY
    if a == MIDDOT:
        # (after a 间隔号, a foreign name breaks: 比尔· | 盖茨, as dear as a hyphenation)
        return HYPHEN_PENALTY
    if a == WORD and b == WORD and gk == G_NONE:
        # Latin typed solid does not break; but a bracketed word and what follows it may, as
        # dearly as a name (空腹血糖(FPG) | ≥126mg/dl(7.0mmol/L)): better than a line
        # letter-spaced, and past the column. (Not before a bracket: log(x), Smith[1].)
        if last_a in _EQUALS or last_a in "≤≥<>":
            return HYPHEN_PENALTY       # (after a relation, before a bracket: y= | (x+1)^2, as in a word)
        if last_a in "+×÷−" and first_b in "([":
            return NAME_HYPHEN_PENALTY  # (after an operator, more dearly: (x+b/2a)^2+ | (4ac-b^2)/4a)
        if last_a == "," and first_b in "([":
            return BRACKETED_PENALTY    # (a list's or a point's next item in brackets after its
            # comma: [-b/2a, | (4ac-b^2)/(4a)], as a bracketed word)
        if last_a in ")]" and first_b not in ")]" and first_b not in _EQUALS and first_b not in "+×÷−^/":
            return BRACKETED_PENALTY    # (not before an = or an operator: 4(m-2) | =12; ≥126 opens
            # a number: 空腹血糖(FPG) | ≥126mg/dl)
        return None
    if a == CONNECTOR and last_a in "～~〜—–" and b == WORD and (first_b[:1].isdigit() or first_b[:1] in "+-−."):
        return RANGE_PENALTY    # (0.5～ | 1.5mg, 1975— | 1979年: a range's figures, as after its hyphen,
        # 3.9- | 6.1mmol/L)
    if a == HAN and last_a == "第" and b == WORD and first_b[:1].isdigit():
        return ORDINAL_PENALTY      # (第 | 63分钟: an ordinal's mark goes with its figure)
    if a == WORD and last_a.isdigit() and b == HAN:
        if first_b in _MAGNITUDES:
            return None     # (1.84亿, 4080萬: the number's own part, GB/T 15835)
        # A number and the measure word after it (174个, 13人, a date's 年, 月, 日: 14 | 日起,
        # 2022 | 年) are kept together but at the price of a line spaced out past about an
        # eighth of an em; any other word (1217 | 的) at that of one past 0.1 em
        return FIGURE_WORD_PENALTY if first_b in C.MEASURE_WORDS else 10.0
    return 0.0


#: a break between 第 and the figure after it (第 | 63分钟): as dear as after a hyphenation
ORDINAL_PENALTY = 50.0
#: a break between a figure and its measure word or a date's 年, 月 or 日 (174 | 个, 2022 | 年,
#: 14 | 日): what a line spaced out by about 0.13 em costs (``_stretch_cost``: a tenth of an
#: em, and the step for crossing it, and a little more). (The stored news of fifteen kinds set
#: at 13 and 11 字 parts 311 figures from their words at 10, 232 at 50, for 26 lines more past
#: 0.1 em in 45,000, none past 0.25 em. Since Han-Latin gaps opened wide cost a line
#: (``linebreak.HL_STRETCH_COST``), a figure's gaps are no longer opened for free, and at 50
#: 229 figures were parted from their words where 201 had been; at 65, 188, with as many lines
#: past 0.1 em as before, 2,218 in 62,669.)
FIGURE_WORD_PENALTY = 65.0


#: demerits of a break inside a name: more than a line spaced out by a quarter em costs
#: (TYPOGRAPHY.md's limit), less than one spaced out further or a 孤字
NAME_BREAK_PENALTY = 200.0
#: what may stand right beside a name in a byline: brackets and 点号 (（记者　X）, X，Y)
_NAME_EDGE = frozenset((OPEN, CLOSE, PAUSE, STOP))


#: a text with no 点号: a byline or a credit, where roles go with their names
_NO_PAUSES = re.compile(r"[^，。；！？,;!?]*")


def _keep_names_whole(seg: Segments, credits: bool = False) -> None:
    """Do not break inside a name (TYPOGRAPHY.md §5.2). In bylines, datelines and lists the
    names stand between 一字空 (本报讯（记者　黄永东　通讯员　郑永青）): a run of two to four Han
    characters with a 一字空 on one side and, on the other, a 一字空, a bracket, a mark or the
    paragraph's edge is kept on one line, unless that would space a line out badly or leave
    a single character on the last line (``NAME_BREAK_PENALTY``)."""
    kinds, gap_kind, gap_break = seg.kind, seg.gap_kind, seg.gap_break
    n = len(kinds)
    k = 0
    while k < n:
        if kinds[k] != HAN:
            k += 1
            continue
        e = k
        while e + 1 < n and kinds[e + 1] == HAN and gap_kind[e + 1] == G_NONE:
            e += 1
        if 1 <= e - k <= 3:
            left = k == 0 or gap_kind[k] == G_IDEO_SPACE or (gap_kind[k] == G_NONE and kinds[k - 1] in _NAME_EDGE)
            # (or a credit's slash: 公园　马健/图)
            right = e == n - 1 or gap_kind[e + 1] == G_IDEO_SPACE or (
                gap_kind[e + 1] == G_NONE and (kinds[e + 1] in _NAME_EDGE or seg.chars[e + 1] in ("/", "／")))
            spaced = (k > 0 and gap_kind[k] == G_IDEO_SPACE) or (e < n - 1 and gap_kind[e + 1] == G_IDEO_SPACE)
            # (not the words of a title: 《鬼灭之刃　无限列车篇》)
            titled = (k > 0 and seg.chars[k - 1] in "《〈") or (e < n - 1 and seg.chars[e + 1] in "》〉")
            if left and right and spaced and not titled:
                for g in range(k + 1, e + 1):
                    if gap_break[g] is not None:
                        gap_break[g] = max(gap_break[g], NAME_BREAK_PENALTY)
        k = e + 1
    if not credits:
        return
    # a role and the name after it (记者　| 黄嵩, 实习生　| 蔺洋), and a name of two characters
    # padded to three with a 一字空 (康　岩), part only as dearly as a name does: the line breaks
    # before the role instead (钟祥市融媒体中心 | 记者　黄嵩)
    chars = seg.chars
    for g in range(1, n):
        if gap_kind[g] != G_IDEO_SPACE or gap_break[g] is None:
            continue
        before = _run_before(seg, g)
        padded = (len(before) == 1 and kinds[g] == HAN and (g + 1 == n or gap_kind[g + 1] != G_NONE
                                                             or kinds[g + 1] != HAN)
                  and (g - 1 == 0 or gap_kind[g - 1] != G_NONE or kinds[g - 2] != HAN))
        if before.endswith(_ROLES):
            gap_break[g] = max(gap_break[g], ROLE_BREAK_PENALTY)
        elif padded and chars[g] != "摄":
            gap_break[g] = max(gap_break[g], NAME_BREAK_PENALTY)
    # nor inside a role that ends a run before a 一字空 (全媒体记 | 者　张明凯, 齐鲁壹点记 | 者),
    # nor, after a 一字空, between a role and a name typed solid after it (通讯员 | 任向阳)
    k = 0
    while k < n:
        e = k
        while e + 1 < n and kinds[e + 1] == HAN and kinds[e] == HAN and gap_kind[e + 1] == G_NONE:
            e += 1
        if kinds[k] == HAN and (e + 1 == n or gap_kind[e + 1] == G_IDEO_SPACE):
            run = "".join(chars[k:e + 1])
            m = _ROLE_AT_END.search(run)
            if m is not None:
                _dearer(gap_break, range(k + m.start() + 1, k + m.end()), NAME_BREAK_PENALTY)
            m = _ROLE_AND_NAME.fullmatch(run) if k and gap_kind[k] == G_IDEO_SPACE else None
            if m is not None:
                _dearer(gap_break, range(k + 1, k + m.end(1) + 1), NAME_BREAK_PENALTY)
        if kinds[k] == HAN and _ROLE_BAR_NAME.fullmatch("".join(chars[k:e + 1])):
            # (a role, the bar web media part it from its name with, and the name: 编辑丨程曼祺)
            _dearer(gap_break, range(k + 1, e + 1), NAME_BREAK_PENALTY)
        k = e + 1


def _dearer(gap_break: list, gaps: range, penalty: float) -> None:
    for g in gaps:
        if gap_break[g] is not None:
            gap_break[g] = max(gap_break[g], penalty)


#: the roles of a byline, before the names they credit
_ROLES = ("记者", "通讯员", "实习生", "摄影", "编辑", "见习记者", "特约记者", "撰文", "摄")
#: what a break between a role and its name costs (记者　| 黄嵩): less than one inside a name
#: (全媒体记者　张 | 明凯 is worse), more than a line spaced out by a tenth of an em
ROLE_BREAK_PENALTY = 100.0
#: a role ending a run of Han characters (全媒体记者, 齐鲁壹点记者), and a role with the name
#: typed solid after it, the whole run (通讯员任向阳)
_ROLE_AT_END = re.compile("(?:记者|通讯员|通訊員|实习生|實習生)$")
#: a role, a bar and a name typed solid, as web media credit (文丨赵宇, 编辑丨程曼祺)
_ROLE_BAR_NAME = re.compile("[\u4e00-\u9fff]{1,4}丨[\u4e00-\u9fff·]{2,4}")
_ROLE_AND_NAME = re.compile("(记者|通讯员|通訊員|实习生|實習生)[\u4e00-\u9fff]{2,3}")


def _run_before(seg: Segments, g: int) -> str:
    """The Han characters typed solid right before gap ``g``."""
    out = []
    k = g - 1
    while k >= 0 and seg.kind[k] == HAN:
        out.append(seg.chars[k])
        if seg.gap_kind[k] != G_NONE:
            break
        k -= 1
    return "".join(reversed(out))


#: the characters of a number's magnitude, part of the number (1.84亿, 16亿5266万9400): never
#: parted from the figures before them
_MAGNITUDES = frozenset("万亿萬億")
_MAGNITUDE_INSIDE = re.compile(r"(?<=\d)[万亿萬億](?=\d)")
#: a magnitude of two characters after figures (1.48万亿元): never parted
_MAGNITUDE_PAIR = re.compile(r"(?<=\d)[万萬千百](?=[亿億])")
#: a number's magnitude and the measure word after it (1308.84亿斤, 133972万人, 8103万元)
_MAGNITUDE_WORD = re.compile(r"(?<=\d)[万萬千百]?[亿億万萬](?=[%s])" % "".join(sorted(C.MEASURE_WORDS - {"%", "‰", "℃"})))


def _keep_numbers_whole(seg: Segments, text: str) -> None:
    """A break after the 亿 or 万 inside a number (16亿 | 5266万9400: one number) only as dearly
    as between the groups of an account's number (``IDENTIFIER_PENALTY``): taken to keep a
    line from being spaced out past about 0.3 em. After a number's magnitude, its measure
    word is kept as after its figures (1308.84亿 | 斤, 133972万 | 人: ``FIGURE_WORD_PENALTY``)."""
    after = {m.end() for m in _MAGNITUDE_INSIDE.finditer(text)}
    paired = {m.end() for m in _MAGNITUDE_PAIR.finditer(text)}
    worded = {m.end() for m in _MAGNITUDE_WORD.finditer(text)}
    gap_break = seg.gap_break
    for k, start in enumerate(seg.start):
        if start in paired:
            gap_break[k] = None     # (1.48万 | 亿元: never)
        elif start in after and gap_break[k] is not None:
            gap_break[k] = max(gap_break[k], IDENTIFIER_PENALTY)
        elif start in worded and gap_break[k] is not None:
            gap_break[k] = max(gap_break[k], FIGURE_WORD_PENALTY)


#: units of measure written in Han (GB 3100's names, money's, time's): a figure's unit, like
#: kg or %, goes with it (66.5厘米, 39.30元, 80克), and a unit of two characters or more is one
#: word (67厘 | 米 never), after its figure, its number's magnitude (10.9万美 | 元 never) or the 个
#: that counts it (3.5个百分点, 25个基点: 个 |
#: 百分点 as between two words). Not a count's measure word (174个, 3名) nor a date's 年月日 (the
#: penalties of ``_break_penalty``).
HAN_UNITS = ("平方千米 平方公里 平方厘米 平方毫米 平方米 立方厘米 立方米 千瓦时 摄氏度 华氏度 帕斯卡 "
             "厘米 毫米 微米 纳米 千米 公里 海里 英里 英尺 英寸 光年 公顷 公亩 毫升 公升 千克 公斤 毫克 微克 "
             "纳克 公吨 千瓦 兆瓦 瓦特 千焦 焦耳 千卡 大卡 千帕 兆帕 百帕 分贝 赫兹 兆赫 伏特 安培 毫安 小时 分钟 毫秒 马赫 "
             "美元 欧元 日元 英镑 港元 港币 澳元 韩元 卢布 块钱 盎司 "
             "百分点 基点 人次 架次 辆次 剂次 户次 台次 艘次 车次 航次 班次 吨公里 人公里 "
             "米 克 吨 斤 亩 升 度 元 秒 天 岁 级 倍 瓦 伏 桶 点").split()
_HAN_UNIT = re.compile(r"(?<=[\d〇○零一二三四五六七八九十百千万亿萬億个])(?:" + "|".join(HAN_UNITS) + ")")
#: an ordinal, 第 and its figure, before the word it counts (第1次, 第26轮)
_ORDINAL = re.compile(r"第\d+(?=[\u4e00-\u9fff])")
#: a number that names, before the word that says what it names: a train's or a bus line's
#: with its letter (G2019次, K906路, B2路), a bus line's (900路; not 3路口), a house's after its
#: street (浦东南路3669号), a fuel's grade (92号汽油): the figure goes with that word as with a
#: unit (``UNIT_PENALTY``)
_NUMBERED = re.compile(r"[A-Z]\d{1,5}(?=[次路])|(?<![\d.])\d{1,4}(?=路(?![口段]))|(?<=[路街道巷弄里])\d{1,5}(?=号)"
                       r"|(?<![\d.])\d{2}(?=号[汽柴])")
#: what a break between a figure and its unit written in Han costs (what a line spaced out by
#: about 0.19 em does)
UNIT_PENALTY = 100.0
#: a number in Han numerals: a year's, three or more before 年 (二〇二四年, 康熙二十三年) or
#: four digits in brackets (（一七五四）): one word
_HAN_NUMERALS = re.compile("(?<=[（(])[〇○零一二三四五六七八九]{4}(?=[）)])"
                           "|[〇○零一二三四五六七八九十百千]{3,}(?=[年月日号岁])")


#: a time or a record written with Han units, one quantity (9秒83, 1分35秒053, 2小时06分31秒,
#: 14时30分): the figures after 秒 are its fraction, never parted from it (9秒 | 83 reads as a
#: time and a stray 83), and a figure from its unit only as a last resort (9 | 秒83, 30 | 秒);
#: after a unit, before the next figure, a line breaks only as dearly as inside an account's
#: number (``IDENTIFIER_PENALTY``: 1分 | 35秒053, 2小时 | 43分)
#: (figures after 秒 that count something, 1分30秒15名, 3秒20次, are no fraction)
_NOT_A_FRACTION = r"(?![\d.]|[" + "".join(sorted(c for c in C.MEASURE_WORDS if not c.isascii())) + "])"
_HAN_TIME = re.compile(r"(?<![\d.])\d{1,3}(?:(?:小时|时)\d{1,2}分钟?(?:\d{1,2}秒(?:\d{1,3}" + _NOT_A_FRACTION + ")?)?"
                       r"|分\d{1,2}秒(?:\d{1,3}" + _NOT_A_FRACTION + r")?|秒\d{2,3}" + _NOT_A_FRACTION + ")")


def _keep_units_whole(seg: Segments, text: str) -> None:
    """A line breaks between a figure and its unit written in Han (66.5 | 厘米) only where it
    would otherwise be spaced out past about a fifth of an em (``UNIT_PENALTY``; a quarter em
    had bought 第 | 63分钟 at +0.25 em), and inside such a unit (67厘 | 米, 38.5摄 | 氏度, 4700日 | 元,
    which reads as a date) only as a last resort (``NO_BREAK_PENALTY``);
    inside a number in Han numerals (（一七五 | 四）) as dearly as inside an account's number
    (``IDENTIFIER_PENALTY``); a number that names from its word (``_NUMBERED``: G2019 | 次) as a
    figure from its unit."""
    dear = {}
    for m in _HAN_UNIT.finditer(text):
        if text[m.start() - 1].isdigit():
            dear[m.start()] = UNIT_PENALTY
        dear.update(dict.fromkeys(range(m.start() + 1, m.end()), NO_BREAK_PENALTY))
    for m in _HAN_NUMERALS.finditer(text):
        dear.update(dict.fromkeys(range(m.start() + 1, m.end()), IDENTIFIER_PENALTY))
    for m in _ORDINAL.finditer(text):
        dear[m.end()] = max(dear.get(m.end(), 0.0), ORDINAL_PENALTY)   # (第1 | 次: an ordinal is one word)
    for m in _NUMBERED.finditer(text):
        dear[m.end()] = max(dear.get(m.end(), 0.0), UNIT_PENALTY)     # (G2019 | 次, 3669 | 号)
    for m in _HAN_TIME.finditer(text):
        for p in range(m.start() + 1, m.end()):
            if text[p - 1] == "秒":
                dear[p] = None
            else:   # (a figure from its unit, 9 | 秒83, 30 | 秒, as a last resort; 1分 | 30秒 dearly)
                dear[p] = max(dear.get(p) or 0.0, NO_BREAK_PENALTY if text[p - 1].isdigit() else IDENTIFIER_PENALTY)
    _price_breaks(seg, dear)


#: a topic's tag of social-media copy, #话题#: its first # opens it, its second closes it
_TOPIC = re.compile(r"#[^#\s，。；！？]{1,40}#")
#: a handle in Chinese (@央视新闻, @平安郑州), ended by a blank or a mark as Weibo ends one (not an
#: address's @, nor a handle run into the sentence, whose end no one can tell)
_HANDLE = re.compile(r"(?<![A-Za-z0-9_.\-])@[\u4e00-\u9fffA-Za-z0-9_\-]{2,12}(?=[\s\u3000：:，,。！？、；）)])")


def _keep_topics_whole(seg: Segments, text: str) -> None:
    """A topic's # go with its words, as brackets do: no line ends with the # that opens a
    tag, nor starts with the one that closes it (#衝上熱搜#, #湖南卫视跨年晚会##11个王俊凯#)."""
    opening, closing = set(), set()
    for m in _TOPIC.finditer(text):
        opening.add(m.start())
        closing.add(m.end() - 1)
    starts, chars, gap_break = seg.start, seg.chars, seg.gap_break
    n = len(starts)
    for k in range(n):
        if starts[k] in closing:
            gap_break[k] = None
        if starts[k] + len(chars[k]) - 1 in opening and k + 1 < n:
            gap_break[k + 1] = None


#: a + typed solid after a name, part of it (欧佩克+, OPEC+ as a Han name), not an operator
#: before a figure (50美元+62.5美元)
_NAME_PLUS = re.compile(r"[\u3400-\u9fff]\+(?![\d+\-−.])")


#: a transliterated name, its parts joined by the 间隔号 (弗拉基米尔·普京, 马尔科·卢比奥)
_JOINED_NAME = re.compile(r"[\u4e00-\u9fff]{2}·(?=[\u4e00-\u9fff]{2})")


def _keep_name_parts(seg: Segments, text: str) -> None:
    """A line breaks inside a part of a transliterated name (马尔 | 科·卢比奥, 弗拉基米尔·普 | 京,
    ·卢比 | 奥) only where it would otherwise be spaced out past about a fifth of an em
    (``UNIT_PENALTY``); after the 间隔号 it breaks as after a hyphen, and before the name or
    after it as anywhere (英国前首相 | 托尼·布莱尔, ·普京 | 当天)."""
    dear = set()
    names = C.NAME_PARTS
    for m in _JOINED_NAME.finditer(text):
        dot = m.end() - 1
        if not names.issuperset(text[dot - 2:dot] + text[dot + 1:dot + 3]):
            continue    # (谱牒学·谱牒学的形成, 上海证券报·中国证券网: no name)
        # (each part as far as characters names are written with go: 英国前首相托尼·布莱尔当天 ->
        # 托尼, 布莱尔; the breaks inside them, not at their edges but for two characters)
        a = dot
        while a > 0 and dot - a < 5 and text[a - 1] in names:
            a -= 1
        b = dot + 1
        while b < len(text) and b - dot <= 4 and text[b] in names:
            b += 1
        # (one character before the 间隔号 and one after it always, whatever the characters:
        # 唐纳 | 德·, ·普 | 京; then the rest of each part, five before and four after at most)
        dear.update(range(min(a + 1, dot - 1), dot))
        dear.update(range(dot + 2, max(b, dot + 3)))
    _price_breaks(seg, dict.fromkeys(dear, UNIT_PENALTY))


#: a score or a ratio typed with the ratio sign between its figures (2∶6, 1∶50000) or with 比
#: (3比1)
_RATIO = re.compile(r"(?<=\d)[∶比](?=\d)")


def _keep_ratios_whole(seg: Segments, text: str) -> None:
    """A score or ratio is one quantity: never broken around its ∶ (郑钦文以2 | ∶6, 6∶ | 2),
    around its 比 only where a line would otherwise be spaced out past about a fifth of an em
    (``UNIT_PENALTY``: 3 | 比1)."""
    prices = {}
    for m in _RATIO.finditer(text):
        price = None if m.group() == "∶" else UNIT_PENALTY
        prices[m.start()] = prices[m.end()] = price
    _price_breaks(seg, prices)


#: an item of two or three Han characters in a list parted by 、 (吴福民、史占勇、马义中、高永、…;
#: 责编：王连香、李楠桦）), or a name of as many after a leader's title before a mark (主任白红战，)
_LIST_ITEM = re.compile(r"(?:(?<=、)|(?<=[：（，]))([\u4e00-\u9fff]{2,3})(?=、)|(?<=、)([\u4e00-\u9fff]{2,3})(?=[，。；）])"
                        r"|(?:书记|主任|市长|省长|主席|部长|局长|院长|区长|县长|厅长|镇长|校长|会长|委员)"
                        r"([\u4e00-\u9fff]{2,3})(?=[、，。；）])")
#: ... and a name a court's or the police's copy withholds (张某某, 被告人王某): as dear
_ANONYMISED = re.compile("[\u4e00-\u9fff]某某|(?:(?<=被告人)|(?<=原告人)|(?<=嫌疑人)|(?<=当事人)|(?<=被害人)|(?<=受害人)"
                         "|(?<=上诉人)|(?<=申请人)|(?<=原告)|(?<=被告)|(?<=男子)|(?<=女子)|(?<=司机)|(?<=市民)|(?<=村民))"
                         "[\u4e00-\u9fff]某")
#: what a break inside such an item costs: what a line spaced out by 0.1 em does, not the step
#: for crossing it (``_stretch_cost``): an item is kept whole wherever that spaces no line out
#: past 0.1 em. (In the stored news of fifteen kinds at 13 and 11 字, 315 breaks fell inside
#: such items, 61 at this price, for one line more past 0.1 em in 45,000.)
LIST_ITEM_PENALTY = 30.0


def _keep_list_items_whole(seg: Segments, text: str) -> None:
    """A name or word in a list parted by 、 (``_LIST_ITEM``: 马义中、高 | 永、, 王连香、李 | 楠桦）)
    breaks only where a line would otherwise be spaced out past 0.1 em (``LIST_ITEM_PENALTY``):
    党报 lists of leaders read name by name."""
    dear = {}
    for m in _LIST_ITEM.finditer(text):
        g = next(k for k in (1, 2, 3) if m.group(k) is not None)
        dear.update(dict.fromkeys(range(m.start(g) + 1, m.end(g)), LIST_ITEM_PENALTY))
    for m in _ANONYMISED.finditer(text):
        dear.update(dict.fromkeys(range(m.start() + 1, m.end()), LIST_ITEM_PENALTY))
    _price_breaks(seg, dear)


#: a court's case number ((2019)粤刑终1661号, （2014）安刑初字第994号) or a document's (〔2023〕20号):
#: one number that names, broken only as dearly as one (``IDENTIFIER_PENALTY``) at its joints,
#: after the year's bracket and before its serial number, and twice as dearly elsewhere
_CASE_NUMBER = re.compile(r"[（(〔\[]\d{4}[）)〕\]]([\u4e00-\u9fff\d]{0,12}?)(第?\d{1,6})号")
#: an article of a law, a clause or an item, its number in Han (第二百二十五条, 第一款, 第四项):
#: kept whole as a figure with its measure word is (``FIGURE_WORD_PENALTY``)
_ARTICLE = re.compile("第[〇零一二三四五六七八九十百千]{1,7}[条款项章节编]")


def _keep_legal_numbers_whole(seg: Segments, text: str) -> None:
    """A case's or a document's number ((2014)安刑初字第994号) and an article's (第二百二十五条) break
    inside only dearly: a 法治 page reads them whole (not 安刑初 | 字第994号, 第 | 二百二十五条)."""
    dear = {}
    for m in _CASE_NUMBER.finditer(text):
        dear.update(dict.fromkeys(range(m.start() + 1, m.end()), 2 * IDENTIFIER_PENALTY))
        dear.update(dict.fromkeys((m.start(1), m.start(2)), IDENTIFIER_PENALTY))
    for m in _ARTICLE.finditer(text):
        dear.update(dict.fromkeys(range(m.start() + 1, m.end()), FIGURE_WORD_PENALTY))
    if dear:
        _price_breaks(seg, dear)


#: a note's circled mark typed against the character or closing mark it follows (项④为之强⑤,
#: 君子④乎, 学者…”②): before a mark or the end (强⑤。, 乎①？) it never starts a line, as a
#: note's [14] does not; before text (项④为之强) it may be an item's number typed solid
#: (包括①加强领导②完善制度), which a line may start with, so it does so only as dearly as
#: a figure leaves its measure word. (After ：；，、。 or a space, ② numbers an item; after
#: another circled mark, ①③②④ of an answer key, it is free.)
_NOTE_AFTER_TEXT = re.compile("(?<=[\u3400-\u9fff”’）》」』】〕])([\u2460-\u2473])(?=([，。、；：！？”’）》」』,.;:?!]|$)?)")
#: a pinyin gloss in brackets typed against the character it glosses (茌(Chí)平, 溱(zhēn)洧,
#: 盱眙(XūYí)): one to four syllables, each an initial and a final with its tone mark, which
#: tells it from a word of a language with accents (何塞(José), 宝可梦(Pokémon), 咖啡(café)): it
#: starts a line only at a high price
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = f"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv]*[{_TONED}][aeiouüv]*(?:ng|n|r)?"
_GLOSS = re.compile(f"(?<=[\u3400-\u9fff])[（(](?=(?:{_SYLLABLE}){{1,4}}[）)])", re.I)
#: a gloss parts from its character only where keeping it would space a line out past
#: about 0.6 em (a web page that glosses every other character, 韓國(guó)超人氣, would
#: otherwise leave a line spaced out past an em)
GLOSS_BREAK_PENALTY = 2000.0


#: a product's or a standard's name and its number of one or two figures (Wi-Fi 7, iPhone 14,
#: Intel 4, AirPods 2, Python 3.12): parted at the space only as dearly as a figure from its
#: measure word (``FIGURE_WORD_PENALTY``): 7的？ or 4工艺 starting a line reads as a count. The
#: name has a capital; not a year (in 2019) nor a figure of a list or a time (Apple 1,000; 3:1)
_NAME_NUMBER = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z-]*[A-Z])[A-Za-z][A-Za-z-]* (\d{1,2}(?:\.\d{1,2})?)(?![\d,:/.])")


#: a bracket of English words typed solid after a figure or a word: 1(programmed death …; or
#: a bracket of a spec or a code after a model's code (IMX376(F/1.8), EQ1141G(EQ153): its
#: content starts with a capital or a figure, as no function's argument does, log(x+1); not a
#: formula's group with its count, Al2(SO4)3, Ca10(PO4)6(OH)2)
_WORDS_IN_BRACKETS = re.compile(r"(?<=[0-9A-Za-z])\((?=[A-Za-z]{3,}[^()\s]* [A-Za-z][^()]*\))"
                                r"|(?<=[A-Za-z0-9]{2}[A-Z0-9])\((?=[A-Z0-9][^()\s]{2,}\)(?!\d))")


def _open_words_in_brackets(seg: Segments, text: str) -> None:
    """A bracket of English words typed solid after a figure or a word, or of a spec after a
    code (``_WORDS_IN_BRACKETS``), may start a line, as dearly as a bracketed word parts from
    what follows it (配体1 | (programmed death ligand-1), 索尼IMX376 | (F/1.8)); the word typed
    solid had no break at all. (Not log(x) nor Smith[1], one word.)"""
    at = {m.start() for m in _WORDS_IN_BRACKETS.finditer(text)}
    for k, start in enumerate(seg.start):
        if start in at and seg.gap_break[k] is None and seg.gap_kind[k] == G_NONE:
            seg.gap_break[k] = BRACKETED_PENALTY


def _keep_notes_with_their_text(seg: Segments, text: str) -> None:
    """A note's circled mark typed against the text it marks starts a line never before a
    mark (强 | ⑤。) and only at a figure's price before text (项 | ④为之强); a pinyin gloss only
    at a high one (茌 | (Chí)平): ``_NOTE_AFTER_TEXT``, ``_GLOSS``."""
    prices = {m.start(): GLOSS_BREAK_PENALTY for m in _GLOSS.finditer(text)}
    prices.update((m.start(), None if m.group(2) is not None else FIGURE_WORD_PENALTY)
                  for m in _NOTE_AFTER_TEXT.finditer(text))
    _price_breaks(seg, prices)


def _keep_name_plus(seg: Segments, text: str) -> None:
    """The + of a name (``_NAME_PLUS``: 欧佩克+) never starts a line: （欧佩克 | +） split it."""
    _price_breaks(seg, {m.end() - 1: None for m in _NAME_PLUS.finditer(text)})


def _price_breaks(seg: Segments, prices: dict) -> None:
    """The breaks before the units starting at the offsets of ``prices`` made dearer, to each
    one's price at least, or forbidden where it is None."""
    gap_break = seg.gap_break
    for k, start in enumerate(seg.start):
        if start in prices and gap_break[k] is not None:
            price = prices[start]
            gap_break[k] = None if price is None else max(gap_break[k], price)


def _fixed_punctuation_trims(seg: Segments, sp: Spacing) -> None:
    """Adjacent marks take 1.5 em as a pair; 开明式 sets ，、；： in half an em (and a closing
    mark before one in half an em too: ”， in 1 em). Only units with
    a blank (``seg.marks``), their right neighbours and ideographic spaces can be concerned."""
    kinds, rblank, lblank, gap_kind = seg.kind, seg.rblank, seg.lblank, seg.gap_kind
    kaiming = sp.punct_style == "kaiming"
    if kaiming:
        for k in seg.marks:
            if kinds[k] == PAUSE and rblank[k] > 0:
                _trim_right(seg, k)
    places = set(seg.marks)
    places.update(k + 1 for k in seg.marks)
    if G_IDEO_SPACE in gap_kind:
        places.update(k for k, g in enumerate(gap_kind) if g == G_IDEO_SPACE)
    n = len(kinds)
    for k in sorted(places):
        if not 0 < k < n:
            continue
        if gap_kind[k] == G_IDEO_SPACE:
            # A 一字空 next to a mark replaces the mark's own blank half.
            if rblank[k - 1] > 0:
                _trim_right(seg, k - 1)
            if lblank[k] > 0:
                _trim_left(seg, k)
            continue
        if gap_kind[k] != G_NONE:
            continue
        a, b = k - 1, k
        if kinds[a] not in _SQ_OF_KIND or kinds[b] not in _SQ_OF_KIND:
            continue
        if rblank[a] > 0 and (lblank[b] > 0 or rblank[b] > 0 or (kaiming and kinds[b] == PAUSE)):
            # 。” 》， ，“ ）。 : the first mark's right blank goes; the second hugs its text.
            # In 开明式 a ，、；： is half an em already: a closing mark before it loses its
            # blank all the same (”， in 1 em, the comma against its quote, not half an em
            # after it), while ，“ keeps the quote's blank between the two (1.5 em).
            _trim_right(seg, a)
        elif kinds[a] == OPEN and lblank[b] > 0:
            # “《 : the second opening mark loses its left blank.
            _trim_left(seg, b)


def _trim_right(seg: Segments, k: int) -> None:
    seg.width[k] -= seg.rblank[k]
    seg.rblank[k] = 0.0


def _trim_left(seg: Segments, k: int) -> None:
    seg.width[k] -= seg.lblank[k]
    seg.trim_left[k] += seg.lblank[k]
    seg.lblank[k] = 0.0
