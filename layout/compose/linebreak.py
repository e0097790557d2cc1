"""Choose line breaks and set each line: units and gaps in, positioned glyphs out.

Break choice is total-fit (as Knuth and Plass's, over the allowed breaks): every candidate
line is scored by how it has to be adjusted to the measure, and the paragraph takes the
breaks with the least total demerits, found as shortest paths, cheapest break first, so that
breaks only dear ways reach are never looked at (``break_lines``). The adjustment of one line follows
clreq's order (TYPOGRAPHY.md §4.5):

* squeeze first ("先挤进"): the line-end mark's blank (GB/T 15834 §5.1.10, free), word
  spaces, bracket blanks, ，、；： blanks, Han-Latin gaps down to ⅛ em, then 。？！ blanks;
* then stretch ("后推出"): word spaces and Han-Latin gaps up to ½ em, then every
  inter-character gap evenly (均排), never inside a unit (——, ……, numbers, Latin words).

Squeezing punctuation costs little, stretching costs with the cube of the per-gap amount, so
a line that can take one more character by compressing a mark does so before the paragraph
pushes a character down. A last line with fewer than two characters (孤字) is penalised so
heavily that it only happens when the text leaves no other choice.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache, partial
from heapq import heappop, heappush
from itertools import accumulate
from operator import add
from typing import NamedTuple

from .classes import FULL_WIDTH_SIGNS, WIDE_OPEN_SIGNS
from .segment import (G_HANLATIN, G_IDEO_SPACE, G_NONE, G_SPACE, HAN, SQ_BRACKET, SQ_COST, SQ_HANG, SQ_HANLATIN,
                      SQ_IDEO, SQ_LATIN, SQ_LEVELS, SQ_LINE_END, SQ_ORDER, SQ_PAUSE, SQ_SPACE, SQ_STOP, SQ_TRACK, SYMBOL,
                      WORD, Segments)

EPS = 1e-6
INF = float("inf")
#: per-gap stretch (em) above which a line is a last resort (compared with a hair of
#: tolerance: the fast costs and plan_line sum widths in different orders).
MAX_STRETCH_EM = 1.0
STRETCH_LIMIT = MAX_STRETCH_EM + 1e-9
LOOSE_PENALTY = 10000.0
#: the least a line spaced out past MAX_STRETCH_EM (or letter-spaced) costs
LOOSE_COST = 10.0 * (MAX_STRETCH_EM / 0.1) ** 3
ORPHAN_PENALTY = 10000.0
#: a last line of two characters is allowed but not liked.
SHORT_LAST_PENALTY = 10.0
UNJUSTIFIABLE_PENALTY = 1e9
LETTERSPACE_PENALTY = 1e8
LINE_PENALTY = 1.0
#: demerits of tightening, per line: TRACK_COST * (per-gap amount / 0.1 em) ** 3, twice what
#: stretching the same amount costs (characters closer than solid are the greater fault),
#: yet a mark pushed in with 1/22 em less between characters is far better than a character
#: pushed out with 1/9 em more.
TRACK_COST = 20.0
#: demerits of narrowing a line's Latin glyphs, per line: LATIN_COST * (per cent) ** 3. One
#: per cent, which no reader sees, costs what 0.1 em between characters does; two per cent
#: (the most, ``Spacing.latin_shrink``) what 0.2 em does, so it is taken only to keep a
#: line from being spaced out past about 0.18 em.
LATIN_COST = 10.0
OVERFULL_PENALTY = 1e7
#: demerits of a line that ends hyphenated after a line that did (a ladder of hyphens down
#: the right edge: TeX's doublehyphendemerits), about what a line spaced out by 0.3 em
#: between characters costs; and of a paragraph whose last line is the end of a hyphenated
#: word (finalhyphendemerits), about what one spaced out by 0.2 em costs
DOUBLE_HYPHEN_PENALTY = 300.0
FINAL_HYPHEN_PENALTY = 100.0


class Glyph(NamedTuple):
    """One positioned glyph (a named tuple: a paragraph makes thousands)."""

    x: float          # the glyph's origin, from the start of the line
    ch: str
    advance: float    # width of the glyph's box on the line, in points
    scale: float = 1.0  # horizontal scale of the drawn glyph (joined dashes)


#: a Glyph from a tuple, without the Python-level __new__ of a named tuple (thousands a page)
_glyph = partial(tuple.__new__, Glyph)


class Line(NamedTuple):
    glyphs: tuple
    start: int        # offset of the first character in the paragraph text
    end: int          # offset after the last character (spaces at a break excluded)
    measure: float
    right: float      # right edge of the set line (the measure for justified lines)
    stretch_em: float  # even inter-character adjustment per gap, in em (negative: tightened;
                       # on a line letter-spaced as the last resort, the space between letters)
    squeeze_em: float  # punctuation/space compression used, in em (line-end mark excluded)
    last: bool
    overfull: bool = False
    narrow: float = 0.0   # how much the line's Latin glyphs are narrowed (a fraction of their width)
    cut: bool = False     # the line ends inside a word or number no line could take whole
    parted: bool = False  # ... or between the groups of a number that names (1657 | 155627@qq.com)

    @property
    def text(self) -> str:
        return "".join(g.ch for g in self.glyphs)


class _Prefix:
    """Prefix sums over units and gaps, so a candidate line is scored in O(1). Most of them
    are zero almost everywhere in Chinese text, so they are filled from the sparse indexes
    ``Segments`` keeps (marks, words, flexible gaps) rather than by a pass over every unit."""

    def __init__(self, s: Segments):
        n = len(s)
        self.n = n
        self.s = s
        # one list of zeros stands for every prefix sum of values that are all zero
        zeros = [0.0] * (n + 1)
        self.w = _prefix(s.width)
        self.g = _prefix(s.gap_width) if any(s.gap_width) else zeros
        self.even = list(accumulate(s.gap_even, initial=0))
        self.track = list(accumulate(s.gap_track, initial=0))
        # word spaces, Han-Latin gaps and 一字空: how much each may shrink and stretch (a
        # list of zeros stands for those there are none of)
        sp_sh = hl_sh = id_sh = sp_st = hl_st = zeros
        if s.flex:
            # how many flexible gaps there are before each gap (none: a line is all 均排)
            flags = bytearray(n)
            for k in s.flex:
                flags[k] = 1
            self.flex_n = list(accumulate(flags, initial=0))
            gap_kind, gap_shrink, gap_stretch = s.gap_kind, s.gap_shrink, s.gap_stretch
            for k in s.flex:
                kind = gap_kind[k]
                if kind == G_HANLATIN:
                    if hl_sh is zeros:
                        hl_sh, hl_st = [0.0] * n, [0.0] * n
                    hl_sh[k], hl_st[k] = gap_shrink[k], gap_stretch[k]
                else:   # word spaces and 一字空 stretch together; a 一字空 shrinks last
                    if sp_st is zeros:
                        sp_st = [0.0] * n
                    sp_st[k] = gap_stretch[k]
                    if kind == G_SPACE:
                        if sp_sh is zeros:
                            sp_sh = [0.0] * n
                        sp_sh[k] = gap_shrink[k]
                    else:
                        if id_sh is zeros:
                            id_sh = [0.0] * n
                        id_sh[k] = gap_shrink[k]
        else:
            self.flex_n = None
        self.g_sp_shrink, self.g_hl_shrink, self.g_id_shrink, self.g_sp_stretch, self.g_hl_stretch = (
            v if v is zeros else _prefix(v) for v in (sp_sh, hl_sh, id_sh, sp_st, hl_st))
        # adjustable blanks of punctuation marks, per squeeze level and in all
        levels = {SQ_BRACKET: zeros, SQ_PAUSE: zeros, SQ_STOP: zeros}
        total = zeros
        lblank, rblank, sq_level = s.lblank, s.rblank, s.sq_level
        for k in s.marks:
            b = lblank[k] + rblank[k]
            if b:
                if total is zeros:
                    total = [0.0] * n
                total[k] = b
                level = levels.get(sq_level[k])
                if level is not None:
                    if level is zeros:
                        level = levels[sq_level[k]] = [0.0] * n
                    level[k] = b
        self.blank = {lvl: v if v is zeros else _prefix(v) for lvl, v in levels.items()}
        self.blank_bracket, self.blank_pause, self.blank_stop = (self.blank[SQ_BRACKET], self.blank[SQ_PAUSE],
                                                                 self.blank[SQ_STOP])
        self.blank_all = total if total is zeros else _prefix(total)
        # what the Latin letters and digits of each unit may be narrowed by (SQ_LATIN): the
        # width they may be narrowed by, and their width
        latin = zeros
        if s.latin_shrink > 0:
            kinds, chars, advances = s.kind, s.chars, s.advances
            found = s.words + [k for k in s.marks if kinds[k] == WORD]
            if found:
                latin = [0.0] * n
                for k in found:
                    latin[k] = _narrowable(chars[k], advances[k])
                latin = _prefix(latin)
        self.latin = latin
        # every blank and what the Latin glyphs may give, per unit
        self.unit_give = (self.blank_all if latin is zeros else
                          list(map(add, self.blank_all, map(s.latin_shrink.__mul__, latin))))
        # the levels _fast_squeeze_cost takes, in SQ_ORDER, those with
        # something to give: (prefix sums, 1 if over gaps (from the gap after a line's first
        # unit) else 0, level, cost per em)
        self.squeeze_levels = tuple(
            (prefix, first, level, SQ_COST[level]) for prefix, first, level in (
                (self.g_sp_shrink, 1, SQ_SPACE), (self.blank_bracket, 0, SQ_BRACKET),
                (self.blank_pause, 0, SQ_PAUSE), (self.g_hl_shrink, 1, SQ_HANLATIN), (self.blank_stop, 0, SQ_STOP),
                (self.g_id_shrink, 1, SQ_IDEO))
            if prefix is not zeros)
        # what both break searches take from these: the natural width of units i..j-1 is
        # reach[j] - origin[i]; what the word spaces and Han-Latin gaps of gaps 1..k-1 can
        # stretch (flex) and what they, the 一字空 and tracking can give (give), in all
        self.reach = self.w if self.g is zeros else list(map(add, self.w, self.g))
        self.origin = self.w[:n] if self.g is zeros else list(map(add, self.w[:n], self.g[1:]))
        self.flex = _sum_of(zeros, self.g_sp_stretch, self.g_hl_stretch)
        self.give = list(map(s.track.__mul__, self.track))
        shrinks = [v for v in (self.g_sp_shrink, self.g_hl_shrink, self.g_id_shrink) if v is not zeros]
        if shrinks:
            self.give = list(map(add, _sum_of(zeros, *shrinks), self.give))

    def chars_from(self, i: int) -> int:
        """Characters from unit ``i`` to the paragraph's end that count against a 孤字 last
        line: a Han character or a sign (☆) is one, a Latin word or a number of two or more
        letters two; a topic's # none, as a closing mark (#…一个中国#: 国# is a 孤字)."""
        s = self.s
        words = s.words
        kinds = s.kind[i:]
        rows = self.rows_of_signs
        signs = kinds.count(SYMBOL)
        if signs and "#" in s.text:
            signs -= sum(1 for k, kind in enumerate(kinds) if kind == SYMBOL and s.chars[i + k] == "#")
        return (kinds.count(HAN) + signs + len(rows) - bisect_left(rows, i)
                + sum(min(2, len(s.chars[k])) for k in words[bisect_left(words, i):]))

    @cached_property
    def rows_of_signs(self) -> list:
        """The units that are a row of signs (a rating, ★★★★☆): each counts two, as a word."""
        s = self.s
        return [k for k, (kind, chars) in enumerate(zip(s.kind, s.chars)) if kind == SYMBOL and len(chars) > 1]

    def shrink_all(self, i: int, j: int) -> float:
        """What the word spaces and Han-Latin gaps inside units i..j-1 can shrink."""
        return (self.g_sp_shrink[j] - self.g_sp_shrink[i + 1] + self.g_hl_shrink[j] - self.g_hl_shrink[i + 1]
                + self.g_id_shrink[j] - self.g_id_shrink[i + 1])

    @cached_property
    def letters(self) -> list:
        """Places where a line with no other gap can be letter-spaced as a last resort:
        between the characters of a word or number, and at gaps that take no 均排."""
        s = self.s
        return _prefix([len(c) - 1 if kd in (WORD, HAN) else 0 for kd, c in zip(s.kind, s.chars)])

    @cached_property
    def stiff(self) -> list:
        return _prefix([1 - e for e in self.s.gap_even])


#: the signs of a word or number the body face sets an em wide, as it sets Han characters:
#: never narrowed (36℃, 5‰, ≥140)
_WIDE_SIGNS = FULL_WIDTH_SIGNS | WIDE_OPEN_SIGNS


def _narrows(ch: str) -> bool:
    """May ``ch``, in a word or number, be drawn narrower (SQ_LATIN)? Latin letters, digits
    and their signs; not a full-width or em-wide sign."""
    return ch < "\u2e80" and ch not in _WIDE_SIGNS


@lru_cache(maxsize=8192)
def _narrowable(chars: str, advances: tuple) -> float:
    """The width of a word's characters that may be drawn narrower (the same words come back
    paragraph after paragraph, and their advances are the same tuple)."""
    return sum(a for ch, a in zip(chars, advances) if _narrows(ch))


def _prefix(values) -> list:
    return list(accumulate(values, initial=0.0))


def _sum_of(zeros: list, *prefixes: list) -> list:
    """The element-wise sum of prefix sums (``zeros`` standing for those all zero), summed
    left to right as ``a + b + c`` would be."""
    found = [p for p in prefixes if p is not zeros]
    if not found:
        return zeros
    out = found[0]
    for p in found[1:]:
        out = list(map(add, out, p))
    return out


class _Plan(NamedTuple):
    """How one line is adjusted: squeeze used per level, or stretch amounts."""

    cost: float
    width: float
    squeeze: list | None = None   # used per squeeze level, points
    caps: list | None = None
    sp_stretch: float = 0.0
    hl_stretch: float = 0.0
    even: float = 0.0             # per-gap even stretch, points
    letter: float = 0.0           # last resort: spacing between the letters of a word
    overfull: bool = False
    hung: bool = False            # the line-end 、，。 hangs wholly past the edge (a hanging style)


def _caps(s: Segments, P: _Prefix, i: int, j: int) -> list:
    last = j - 1
    caps = [0.0] * SQ_LEVELS
    caps[SQ_LINE_END] = s.rblank[last]
    caps[SQ_SPACE] = P.g_sp_shrink[j] - P.g_sp_shrink[i + 1]
    caps[SQ_HANLATIN] = P.g_hl_shrink[j] - P.g_hl_shrink[i + 1]
    caps[SQ_IDEO] = P.g_id_shrink[j] - P.g_id_shrink[i + 1]
    for lvl in (SQ_BRACKET, SQ_PAUSE, SQ_STOP):
        caps[lvl] = P.blank[lvl][j] - P.blank[lvl][i]
    caps[s.sq_level[last]] -= s.rblank[last]
    caps[SQ_TRACK] = (P.track[j] - P.track[i + 1]) * s.track
    caps[SQ_LATIN] = (P.latin[j] - P.latin[i]) * s.latin_shrink
    return caps


def _trims(s: Segments, i: int, j: int, justify: bool, trim_start: bool, last: bool) -> tuple[float, float]:
    """Blank removed at the edges of a line (clreq "line start/end"): an opening bracket's
    at the start, if the style asks for it (display type set flush left: its ink against the
    edge) or the line is centred or set to the end (so that centred heads look centred;
    ``compose`` passes ``trim_start`` for them: text set flush left keeps it, as a justified
    line does, its ink half an em in from the column's edge, not its blank outside); the
    end mark's at the end of every line but a paragraph's last
    justified one: a full-width mark at a line end takes ½ em (GB/T 15834 §5.1.10), so that
    its ink ends at the column edge. (A last line is not justified; its end mark gives its
    blank only when the line has to squeeze, ``SQ_LINE_END``.)"""
    start = s.lblank[i] if trim_start else 0.0
    end = s.rblank[j - 1] if (not justify or not last) else 0.0
    return start, end


#: spacing a reader sees: up to 0.1 em between characters passes for solid setting; above it
#: a line looks loose (the quality measures count such lines), so crossing it costs a step on
#: top of the cube, and the paragraph prefers two lines just under it to one just over it,
#: or three. (30: on real news copy and random text it leaves fewer lines over 0.1 em than
#: 15 did, none more over 0.25 em and a lower mean; much higher, one very loose line starts
#: to win over two slightly loose ones.)
VISIBLE_EM = 0.1 + 1e-9
VISIBLE_PENALTY = 30.0


#: what Han-Latin gaps opened to their widest, ½ em, cost a line (with the cube of how far they
#: are opened): what a line spaced about 0.13 em between characters costs. They take a line's
#: stretch first, as clreq orders it, but gaps of ½ em around every figure of a date (●7 月 16
#: 日　中国共) are holes a reader sees: a break that leaves less to stretch is taken where there is one
HL_STRETCH_COST = 20.0


def _stretch_cost(a: float) -> float:
    """Demerits of a line spaced out by ``a`` em between characters."""
    return 10.0 * (a / 0.1) ** 3 + (VISIBLE_PENALTY if a > VISIBLE_EM else 0.0)


def plan_line(s: Segments, P: _Prefix, i: int, j: int, measure: float, indent: float,
              last: bool, justify: bool, trim_start: bool = False) -> _Plan | None:
    """Score units ``i..j-1`` set as one line; None if the line cannot be made to fit."""
    em = s.size
    # (summed exactly as break_lines sums it, so both see the same number)
    width = (P.w[j] + P.g[j]) - (P.w[i] + P.g[i + 1]) + indent
    if j < len(s) and s.gap_hyphen[j]:
        width += s.hyphen_width
    start_trim, end_trim = _trims(s, i, j, justify, trim_start, last)
    width -= start_trim + end_trim
    delta = measure - width
    if delta >= -EPS:
        return _stretched(s, P, i, j, delta, width, last, justify, False)
    if -delta > (P.unit_give[j] - P.unit_give[i] - s.lblank[i] + P.shrink_all(i, j) + s.hang[j - 1]
                 + (P.track[j] - P.track[i + 1]) * s.track + EPS):
        return None   # more than every blank and gap could give
    plan = _squeezed(s, P, i, j, -delta, width, start_trim, end_trim, False)
    hang = s.hang[j - 1]
    if hang > EPS and justify and not last and j - 1 > i:
        # A hanging style: the line-end 、，。 hangs wholly past the edge or not at all (a
        # mark half out would leave the edge ragged); what is left is squeezed or stretched
        # as in any line, but never in the gap before the mark, which stays with its text.
        # (Only a justified line that is not a paragraph's last: one that is not spread to
        # the edge would leave the mark hanging past nothing.)
        cost = hang / em * SQ_COST[SQ_HANG]
        if -delta - hang > EPS:
            hung = _squeezed(s, P, i, j, -delta - hang, width - hang, start_trim, end_trim, True)
        else:
            hung = _stretched(s, P, i, j, delta + hang, width - hang, last, justify, True)
        if hung is not None and (plan is None or hung.cost + cost < plan.cost):
            plan = hung._replace(cost=hung.cost + cost)
    return plan


def _squeezed(s: Segments, P: _Prefix, i: int, j: int, need: float, width: float, start_trim: float,
              end_trim: float, hung: bool) -> _Plan | None:
    """A line ``need`` points too wide squeezed in ``SQ_ORDER`` (None if it cannot be). A
    line whose end mark hangs keeps the gap before the mark as it is."""
    em = s.size
    caps = _caps(s, P, i, j)
    caps[SQ_LINE_END] -= end_trim
    caps[s.sq_level[i]] -= s.lblank[i]   # (trimmed, or kept: never squeezed)
    gaps = P.track[j] - P.track[i + 1]
    if hung and s.gap_track[j - 1]:
        gaps -= 1
        caps[SQ_TRACK] -= s.track
    used = [0.0] * SQ_LEVELS
    cost = 0.0
    for lvl in SQ_ORDER:
        take = min(caps[lvl], need)
        used[lvl] = take
        need -= take
        if lvl == SQ_TRACK:
            if take > EPS:
                cost += TRACK_COST * (take / gaps / em / 0.1) ** 3
        elif lvl == SQ_LATIN:
            if take > EPS:
                cost += _latin_cost(take / (P.latin[j] - P.latin[i]))
        else:
            cost += take / em * SQ_COST[lvl]
        if need <= EPS:
            break
    if need > EPS:
        return None
    return _Plan(cost=cost, width=width, squeeze=used, caps=caps, hung=hung)


def _stretched(s: Segments, P: _Prefix, i: int, j: int, delta: float, width: float, last: bool,
               justify: bool, hung: bool) -> _Plan:
    """A line ``delta`` points short of the measure, stretched in clreq's order (a last or
    unjustified line is left short). A line whose end mark hangs keeps the gap before the
    mark as it is."""
    em = s.size
    if last or not justify or delta <= EPS:
        return _Plan(cost=0.0, width=width, hung=hung)
    sp = min(delta, P.g_sp_stretch[j] - P.g_sp_stretch[i + 1])
    hl_room = P.g_hl_stretch[j] - P.g_hl_stretch[i + 1]
    hl = min(delta - sp, hl_room)
    rest = delta - sp - hl
    cost = (sp + hl) / em + (HL_STRETCH_COST * (hl / hl_room) ** 3 if hl > EPS else 0.0)
    even = 0.0
    if rest > EPS:
        gaps = P.even[j] - P.even[i + 1] - (1 if hung and s.gap_even[j - 1] else 0)
        if gaps <= 0:
            # Nothing to spread over (one long word on the line): letter-space it, the last
            # resort, worse than any other choice, a 孤字 included.
            letters = P.letters[j] - P.letters[i] + P.stiff[j] - P.stiff[i + 1]
            if letters <= 0:
                return _Plan(cost=UNJUSTIFIABLE_PENALTY + rest / em, width=width, sp_stretch=sp, hl_stretch=hl,
                             hung=hung)
            return _Plan(cost=LETTERSPACE_PENALTY + rest / em, width=width, sp_stretch=sp, hl_stretch=hl,
                         letter=rest / letters, hung=hung)
        even = rest / gaps
        a = even / em
        if a <= STRETCH_LIMIT:
            cost += _stretch_cost(a)
        else:
            # Very loose, but justified: taken only when nothing else fits (a long word
            # after a dash, say).
            cost += LOOSE_COST + LOOSE_PENALTY * a
            letters = P.letters[j] - P.letters[i] + P.stiff[j] - P.stiff[i + 1]
            if letters > 0 and HAN not in s.kind[i:j]:
                # A line of an address or a path, with no Han character to space: spread over
                # its letters too, not opened at its slashes alone (Volumes/ | Data/ had a
                # hole of 3.75 em at 11 字; evenly it is 0.37 em between letters).
                even = rest / (letters + gaps)
                return _Plan(cost=cost, width=width, sp_stretch=sp, hl_stretch=hl, even=even, letter=even, hung=hung)
    return _Plan(cost=cost, width=width, sp_stretch=sp, hl_stretch=hl, even=even, hung=hung)


def _fast_stretch_cost(P: _Prefix, i: int, j: int, delta: float, em: float) -> float | None:
    """``plan_line``'s cost of a justified line ``delta`` points short of the measure, from the
    prefix sums alone; None when the line would be a last resort (``plan_line`` decides)."""
    if delta <= EPS:
        return 0.0
    sp = min(delta, P.g_sp_stretch[j] - P.g_sp_stretch[i + 1])
    hl_room = P.g_hl_stretch[j] - P.g_hl_stretch[i + 1]
    hl = min(delta - sp, hl_room)
    rest = delta - sp - hl
    cost = (sp + hl) / em + (HL_STRETCH_COST * (hl / hl_room) ** 3 if hl > EPS else 0.0)
    if rest > EPS:
        gaps = P.even[j] - P.even[i + 1]
        if gaps <= 0:
            return None
        a = rest / gaps / em
        if a > STRETCH_LIMIT:
            return None
        cost += _stretch_cost(a)
    return cost


def _even_cost(delta: float, gaps: int, em: float) -> float | None:
    """``_fast_stretch_cost`` of a line with no word space or Han-Latin gap (the most common
    line): ``delta`` points spread evenly over ``gaps`` gaps; None for a last resort."""
    a = delta / gaps / em if gaps > 0 else MAX_STRETCH_EM + 1.0
    if a <= STRETCH_LIMIT:
        return 10.0 * (a / 0.1) ** 3 + (VISIBLE_PENALTY if a > VISIBLE_EM else 0.0)
    return None


def _fast_squeeze_cost(s: Segments, P: _Prefix, i: int, j: int, need: float, last: bool) -> float | None:
    """``plan_line``'s cost of a justified line ``need`` points over the measure (its end
    mark's blank already taken unless it is a paragraph's last line; no trim at its start),
    without building the plan; None if it cannot be squeezed to fit. The levels are taken in
    ``SQ_ORDER``, each looked at only when the ones before it were not enough (this runs for
    most candidate lines)."""
    em = s.size
    end = j - 1
    rb = s.rblank[end]
    if last:
        # (a last line keeps its end mark's blank unless it has to squeeze: SQ_LINE_END)
        if rb >= need - EPS:
            return 0.0
        need -= rb
    cost = 0.0
    end_level = s.sq_level[end]
    first_level = s.sq_level[i]
    for prefix, first, level, unit_cost in P.squeeze_levels:
        cap = prefix[j] - prefix[i + first]
        if level == first_level:
            cap -= s.lblank[i]  # (a line's first mark keeps its opening blank)
        if level == end_level:
            cap -= rb   # (the end mark's blank: SQ_LINE_END has it)
        if cap > EPS:
            if cap >= need:
                return cost + need / em * unit_cost
            cost += cap / em * unit_cost
            need -= cap
    if need <= EPS:
        return cost       # what is left is rounding
    gaps = P.track[j] - P.track[i + 1]
    cap = gaps * s.track
    if cap >= need - EPS:
        return cost + TRACK_COST * (need / gaps / em / 0.1) ** 3
    if cap > EPS:
        cost += TRACK_COST * (s.track / em / 0.1) ** 3
        need -= cap
    latin = P.latin[j] - P.latin[i]
    if latin * s.latin_shrink < need - EPS:
        return None
    return cost + _latin_cost(need / latin)


def _over_cost(s: Segments, P: _Prefix, i: int, j: int, need: float, measure: float, indent: float,
               last: bool, justify: bool, trim_start: bool) -> tuple[float, _Plan | None] | None:
    """What both break searches ask of a line ``need`` points too wide: (its cost, its plan
    if one was made), or None when it cannot be squeezed to fit, nor can any longer line from
    the same start. The fast cost from the prefix sums, but for a line that may hang its end
    mark, which ``plan_line`` tries hung wholly and not hung. (Hanging gives a line at most
    its end mark's ink; a longer line loses that and adds width its own units cannot give
    back, so it too cannot fit.)"""
    if s.hang[j - 1]:
        plan = plan_line(s, P, i, j, measure, indent, last, justify, trim_start)
        return None if plan is None else (plan.cost, plan)
    cost = _fast_squeeze_cost(s, P, i, j, need, last)
    return None if cost is None else (cost, None)


def _latin_cost(fraction: float) -> float:
    """Demerits of a line whose Latin glyphs are narrowed by ``fraction`` of their width."""
    return LATIN_COST * (fraction / 0.01) ** 3


#: lines so short that, after their word spaces and Han-Latin gaps have stretched all they
#: can, they would still need more than this (em) between characters are scored only when the
#: search reaches the least they can cost: most such lines are never scored.
SHORT_SKIP_EM = 0.15


def break_lines(s: Segments, measure: float, indent: float = 0.0, justify: bool = True,
                orphans: bool = True, trim_start: bool = False) -> list[tuple[int, int, _Plan]]:
    """Total-fit breaks: a list of (first unit, end unit, plan) per line: the least demerits,
    and of equal ones the line that starts latest.

    Two searches find them, with the same result: a paragraph of up to
    ``CHEAPEST_FIRST_ENDS`` breaks takes its breaks cheapest first (``_cheapest_first``: most
    breaks are never looked at), a longer one looks at every break in turn (``_every_end``:
    in a long paragraph almost every break is cheaper than the whole, and the heap only costs)."""
    n = len(s)
    if n == 0:
        return []
    P = _Prefix(s)
    ends = [k for k in range(1, n) if s.gap_break[k] is not None] + [n]
    search = _cheapest_first if len(ends) <= CHEAPEST_FIRST_ENDS else _every_end
    best_cost, best_from = search(s, P, ends, measure, indent, justify, orphans, trim_start)
    if best_cost[n] is None:
        return _first_fit_fallback(s, P, measure, indent, justify, trim_start)
    out = []
    j = n
    while j != 0:
        i, plan = best_from[j]
        if plan is None:
            plan = plan_line(s, P, i, j, measure, indent if i == 0 else 0.0, j == n, justify, trim_start)
        out.append((i, j, plan))
        j = i
    out.reverse()
    return out


#: breaks in a paragraph above which ``_every_end`` is faster than ``_cheapest_first``
#: (about 500 characters of Chinese text; measured on random copy, 13 字)
CHEAPEST_FIRST_ENDS = 350


def _cheapest_first(s: Segments, P: _Prefix, ends: list, measure: float, indent: float, justify: bool,
                    orphans: bool, trim_start: bool) -> tuple[list, list]:
    """The least demerits to reach each break, and (start, plan) of the line ending there
    (``best_cost``, ``best_from``, by unit), found in order of their demerits (Dijkstra's shortest paths over the breaks; a line's demerits are
    never negative): a break is expanded (the lines that start there scored) only once no
    cheaper way to reach it is left, and the search stops when the paragraph's end is reached.
    Breaks that only a dearer way reaches than the whole paragraph costs are never expanded:
    in a Chinese paragraph most of them (a line of 13 字 can end after any character, but only
    a few of those places lead to well-set lines)."""
    n = len(s)
    em = s.size
    # natural width of units i..j-1 = reach[j] - origin[i] (+ the indent on the first line)
    reach, origin = P.reach, P.origin
    origin_ind = origin[:]
    origin_ind[0] -= indent
    rblank, gap_break, hyph, hang = s.rblank, s.gap_break, s.gap_hyphen, s.hang
    # per end j: what is left of the measure after units ..j-1 (a line-end mark takes ½ em,
    # _trims): delta of line i..j = room[j] + origin_ind[i]; and the demerits of breaking there
    room = [0.0] * (n + 1)
    line_add = [0.0] * (n + 1)
    for j in ends:
        room[j] = measure - reach[j] + (0.0 if j == n else rblank[j - 1])
        line_add[j] = LINE_PENALTY + (0.0 if j == n else gap_break[j])
    # Lines so short that, after their word spaces and Han-Latin gaps have stretched all they
    # can, they would still need more than SHORT_SKIP_EM between characters are scored only
    # when the search reaches the least they can cost (SHORT_SKIP_EM's cost on top of the way
    # to their start): most never are. Line i..j is short when key[i] > limit[j] + EPS (the
    # last line never is).
    skip = SHORT_SKIP_EM * em
    even = P.even
    flex = P.flex
    short_lines = justify
    if short_lines:
        key = [origin_ind[i] + flex[i + 1] + skip * even[i + 1] for i in range(n)]
        limit = [0.0] * (n + 1)
        for j in ends:
            if j < n:
                limit[j] = (reach[j] - measure - rblank[j - 1] + flex[j] + skip * even[j]
                            + (s.hyphen_width if hyph[j] else 0.0))
        # (limit without the end mark's blank, any hyphen counted: it grows with j, so the
        # first end that can take a line from i that is not short is found by bisection)
        hyphen = s.hyphen_width if any(hyph) else 0.0
        upper = [reach[j] - measure + flex[j] + skip * even[j] + hyphen for j in ends]
        upper[-1] = INF   # (the last line is never short)
        least_break = min([0.0, *(gap_break[j] for j in ends[:-1])])
        least_short = _stretch_cost(SHORT_SKIP_EM) + LINE_PENALTY + least_break
        # Of those, the lines that would need more than MAX_STRETCH_EM between characters (or
        # letter-spacing) are left for later still: they cost at least LOOSE_COST, and are
        # scored only if the paragraph cannot be set for less. Line i..j is one of them when
        # key[i] + loose * even[i + 1] > limit[j] + loose * even[j] + EPS.
        loose = (STRETCH_LIMIT - SHORT_SKIP_EM) * em
        least_loose = LOOSE_COST + LOOSE_PENALTY * MAX_STRETCH_EM + LINE_PENALTY + least_break
    blank_all = P.unit_give
    gap_give = P.give
    simple_edges = justify and not trim_start
    total_chars = P.chars_from(0)
    flex_n = P.flex_n if s.flex else None
    # the best way found to end a line before unit j: its demerits, and (start, plan)
    best: list = [None] * (n + 1)
    best_from: list = [None] * (n + 1)
    best[0] = 0.0
    done = bytearray(n + 1)
    # (demerits, what: 1 a break to expand / 0 the short lines from it / -1 its very loose lines, unit)
    heap = [(0.0, 1, 0)]
    while heap:
        prev, what, i = heappop(heap)
        e0 = bisect_right(ends, i)   # (the first end after i)
        shorts = short_lines
        if what > 0:
            if done[i] or prev != best[i]:
                continue   # (reached more cheaply since)
            done[i] = 1
            if i == n:
                break
            start = e0
            if shorts:
                # the ends before ``start`` take only short lines from i (upper >= limit)
                start = max(e0, bisect_left(upper, key[i] - 2 * EPS))
                if start > e0:
                    heappush(heap, (prev + least_short, 0, i))
                    shorts = False   # (pushed: the scan below only skips them)
        else:
            prev = best[i]   # (the entry's demerits were the least its short lines can have)
            start = e0
        key_i = key[i] if short_lines else 0.0
        if what < 1:
            key_loose = key_i + loose * even[i + 1]
            looser = what == 0   # (the very loose lines still to push)
        oi = origin_ind[i]
        flex_i = flex_n[i + 1] if flex_n is not None else 0
        even_i = even[i + 1]
        indent_i = indent if i == 0 else 0.0
        hyph_i = hyph[i]   # (the line before ended hyphenated)
        for idx in range(start, len(ends)):
            j = ends[idx]
            is_last = j == n
            delta = room[j] + oi
            if what < 1:
                # the short lines from i: all of them are spaced out (delta only falls as j grows)
                if delta <= EPS:
                    break
                if is_last or key_i <= limit[j] + EPS:
                    continue
                if (key_loose > limit[j] + loose * even[j] + EPS) != (what < 0):
                    if looser:
                        heappush(heap, (prev + least_loose, -1, i))
                        looser = False
                    continue   # (a very loose line from the short ones' entry, or the reverse)
            elif short_lines and not is_last and key_i > limit[j] + EPS:
                if shorts:
                    heappush(heap, (prev + least_short, 0, i))
                    shorts = False
                continue
            add_j = line_add[j]
            if hyph_i and (is_last or hyph[j]):
                add_j += FINAL_HYPHEN_PENALTY if is_last else DOUBLE_HYPHEN_PENALTY
            known = best[j]
            plan = None
            if simple_edges and not (j < n and hyph[j]):
                if delta >= -EPS:
                    if known is not None and prev + add_j > known:
                        continue   # (no line costs less than nothing: it cannot win)
                    if is_last or delta <= EPS:
                        line_cost = 0.0
                    elif flex_n is None or flex_i == flex_n[j]:
                        line_cost = _even_cost(delta, even[j] - even_i, em)
                    else:
                        line_cost = _fast_stretch_cost(P, i, j, delta, em)
                else:
                    if -delta > blank_all[j] - blank_all[i] + gap_give[j] - gap_give[i + 1] + hang[j - 1] + EPS:
                        break   # more than every blank and gap of the line could give
                    if known is not None and prev + add_j > known:
                        continue
                    got = _over_cost(s, P, i, j, -delta, measure, indent_i, is_last, justify, trim_start)
                    if got is None:
                        break   # too wide even squeezed (and so is every longer line)
                    line_cost, plan = got
                if line_cost is None:
                    plan = plan_line(s, P, i, j, measure, indent_i, is_last, justify, trim_start)
                    if plan is None:
                        continue
                    line_cost = plan.cost
            else:
                plan = plan_line(s, P, i, j, measure, indent_i, is_last, justify, trim_start)
                if plan is None:
                    if reach[j] - oi > measure:
                        # Too wide even squeezed; a longer line only adds width it cannot
                        # squeeze away (a unit never has more blank than width).
                        break
                    continue
                line_cost = plan.cost
            cost = prev + line_cost + add_j
            if is_last and orphans and total_chars >= 3:
                chars = P.chars_from(i)   # (j is the end)
                if chars < 2:
                    cost += ORPHAN_PENALTY
                elif chars == 2:
                    cost += SHORT_LAST_PENALTY
            if known is None or cost < known:
                best[j] = cost
                best_from[j] = (i, plan)
                heappush(heap, (cost, 1, j))
            elif cost == known and i > best_from[j][0]:
                best_from[j] = (i, plan)   # (of equal demerits, the line that starts latest)
    return best, best_from


def _every_end(s: Segments, P: _Prefix, ends: list, measure: float, indent: float, justify: bool,
               orphans: bool, trim_start: bool) -> tuple[list, list]:
    """What ``_cheapest_first`` finds, by looking at each break in turn: for each, the lines
    that can end there, from the latest start back (short lines only when they could win)."""
    n = len(s)
    starts = [0] + ends[:-1]
    # natural width of units i..j-1 = reach[j] - origin[i] (+ the indent on the first line)
    reach, origin = P.reach, P.origin
    # Which lines are too short to consider (SHORT_SKIP_EM): a line from unit i to j is
    # skipped when what its flexible gaps cannot take, spread over its 均排 gaps, passes the
    # limit: measure - (reach[j] - origin[i]) + end blank - (flex[j] - flex[i + 1]) >
    # skip * (even[j] - even[i + 1]), that is key[i] > key_limit(j) below. key grows with i,
    # so the lines skipped are those from the latest starts: one binary search finds them.
    skip = SHORT_SKIP_EM * s.size
    skip_floor = _stretch_cost(SHORT_SKIP_EM)   # the least a skipped line can cost
    reached = [0.0]   # per start (as ``starts``): the demerits of the best way to reach it
    flex = P.flex
    # (the first line's indent taken into its origin: width = reach[j] - origin_ind[i])
    origin_ind = origin[:]
    origin_ind[0] -= indent
    start_key = [origin_ind[i] + flex[i + 1] + skip * P.even[i + 1] for i in starts]
    # the best way to end a line before unit j: its demerits (None: no way) and (start, plan)
    best_cost: list = [None] * (n + 1)
    best_cost[0] = 0.0
    best_from: list = [None] * (n + 1)
    # Fast path for the common line, stretched or exact (no squeeze, no trims): the cost
    # is computed here from the prefix sums, and a plan is made only for the lines chosen.
    em = s.size
    hyph = s.gap_hyphen
    blank_all = P.unit_give
    gap_give = P.give
    simple_edges = justify and not trim_start
    total_chars = P.chars_from(0)
    gap_break = s.gap_break
    even = P.even
    flex_n = P.flex_n if s.flex else None
    for idx, j in enumerate(ends):
        is_last = j == n
        end_blank = s.rblank[j - 1]
        fast = simple_edges and not (j < n and hyph[j])
        hang_j = s.hang[j - 1]
        reach_j, even_j = reach[j], even[j]
        # a line-end mark takes ½ em (_trims): delta = room_j + origin_ind[i]
        room_j = measure - reach_j + (0.0 if is_last else end_blank)
        line_add = LINE_PENALTY + (0.0 if is_last else gap_break[j])
        flex_j = flex_n[j] if flex_n is not None else 0
        found_cost = INF
        found_i = found_plan = None
        top = idx
        if not is_last and justify:
            # the starts after ``top`` give lines too short to consider (the latest ones)
            limit = reach_j - measure - end_blank + flex[j] + skip * even_j
            if j < n and hyph[j]:
                limit += s.hyphen_width   # (the hyphen makes the line that much longer)
            top = bisect_right(start_key, limit + EPS, 0, idx + 1) - 1   # (an exact fit is not short)
            if top < 0:
                top = 0
        short = False
        for candidates in (range(top, -1, -1), None):
            if candidates is None:
                # The short lines too, unless none of them can beat the line found. Each costs
                # at least the stretch of what its flexible gaps cannot take, on top of the
                # best way to reach its start; both bounds grow as its start moves right, so
                # the first that cannot beat the line found ends the search. (A short line
                # wins a tie, as the latest start always has: the same breaks as a search
                # of every line from the latest start back.)
                if top >= idx:
                    break
                low = reached[top + 1:idx + 1]
                if found_cost + FLOOR_MARGIN < min(low) + skip_floor + line_add:
                    break
                for m in range(len(low) - 2, -1, -1):   # (from each start on: the least)
                    if low[m + 1] < low[m]:
                        low[m] = low[m + 1]
                short = True
                candidates = range(top + 1, idx + 1)
            for k in candidates:
                i = starts[k]
                prev = best_cost[i]
                if prev is None:
                    continue
                delta = room_j + origin_ind[i]
                if short and found_cost < INF:
                    gaps = even_j - even[i + 1]
                    rest = delta - flex[j] + flex[i + 1] - (s.hyphen_width if j < n and hyph[j] else 0.0)
                    floor = (_stretch_cost(min(rest / gaps / em, MAX_STRETCH_EM)) if gaps > 0
                             else LETTERSPACE_PENALTY)
                    if low[k - top - 1] + floor + line_add > found_cost + FLOOR_MARGIN:
                        break
                plan = None
                if fast:
                    # the common line, no trims at its edges: its cost from the prefix sums;
                    # a plan is made only for the lines chosen (or a last resort)
                    if delta >= -EPS:
                        if prev + line_add > found_cost:
                            continue   # (no line costs less than nothing: it cannot win)
                        if is_last or delta <= EPS:
                            line_cost = 0.0
                        elif flex_n is None or flex_n[i + 1] == flex_j:
                            line_cost = _even_cost(delta, even_j - even[i + 1], em)
                        else:
                            line_cost = _fast_stretch_cost(P, i, j, delta, em)
                    else:
                        if -delta > blank_all[j] - blank_all[i] + gap_give[j] - gap_give[i + 1] + hang_j + EPS:
                            break   # more than every blank and gap of the line could give
                        if prev + line_add > found_cost:
                            continue
                        got = _over_cost(s, P, i, j, -delta, measure, indent if i == 0 else 0.0, is_last,
                                         justify, trim_start)
                        if got is None:
                            break   # too wide even squeezed (see below)
                        line_cost, plan = got
                    if line_cost is None:
                        plan = plan_line(s, P, i, j, measure, indent if i == 0 else 0.0, is_last, justify,
                                         trim_start)
                        if plan is None:
                            continue
                        line_cost = plan.cost
                else:
                    plan = plan_line(s, P, i, j, measure, indent if i == 0 else 0.0, is_last, justify, trim_start)
                    if plan is None:
                        if reach_j - origin_ind[i] > measure:
                            # Too wide even squeezed; a longer line only adds width it cannot
                            # squeeze away (a unit never has more blank than width).
                            break
                        continue
                    line_cost = plan.cost
                cost = prev + line_cost + line_add
                if hyph[i] and (is_last or hyph[j]):
                    cost += FINAL_HYPHEN_PENALTY if is_last else DOUBLE_HYPHEN_PENALTY
                if not is_last:
                    if cost > found_cost or (cost == found_cost and not short):
                        continue
                elif orphans and total_chars >= 3:
                    chars = P.chars_from(i)   # (j is the end)
                    if chars < 2:
                        cost += ORPHAN_PENALTY
                    elif chars == 2:
                        cost += SHORT_LAST_PENALTY
                if cost < found_cost or (short and cost == found_cost):
                    found_cost, found_i, found_plan = cost, i, plan
        if found_i is not None:
            best_cost[j] = found_cost
            best_from[j] = (found_i, found_plan)
        reached.append(found_cost)
    return best_cost, best_from



#: a lower bound computed apart from a line's own score is trusted only this far (demerits):
#: where they round differently, a line that ties the best must still be scored
FLOOR_MARGIN = 1e-6


#: a head (a title, a subhead: text set centred or to the start) of up to this many lines is
#: broken into lines of even length: a paragraph of more is running text, set ragged
BALANCE_LINES = 4
#: the narrowest line a head broken only at its pauses may have, a fraction of an even share
#: (精密调控： | 生命不容有失的pH防线 is a head; 一、 | 接口类型与物理连接方式 is not)
PAUSED_LINE = 0.5
#: a break the composer prices as dearly as a figure parted from its measure word or more
#: (6万亿 | 元): never taken to spare a head a break inside a word
PRICED_BREAK = 50.0
#: what a break between two Han characters, or between two Latin words, costs a head (it may
#: fall inside a word or a name: 投身俄|国革命, Apple Vision|Pro), against one at a 一字空,
#: after a mark, before an opening one or at the edge of a Latin word or figure, in the units
#: of the balance, (em a line is off an even share of the text)²
HEAD_BREAK_COST = 10.0


def balance_lines(s: Segments, measure: float, indent: float, plans: list, trim_start: bool = False) -> list:
    """The breaks of a head set in as many lines as ``plans`` (``break_lines``' choice, which
    fills each line in turn) so that the lines are of even length, breaking where a reader
    pauses (a 一字空, after a mark or a bar, at the edge of a Latin word or a figure) rather
    than between two characters, or two Latin words, that may be one word or name. A desk
    breaks a head so: 出国追求真理　投身俄国革命 in an 11-字 column is 出国追求真理 | 投身俄国革命,
    not 出国追求真理　投身俄 | 国革命. Where some break must fall inside a word, as few do as
    can, each line at least half an even share (——感动中国人物， | 全国人大代表、周口市城乡一体化
    | 示范区…), none of them a break the composer prices (6万亿 | 元); such a break costs more
    before a particle or inside 《》, less after 的 or 了 (``_inside_weight``). A head of more
    than ``BALANCE_LINES`` lines, or of one, is left as it is."""
    count = len(plans)
    if count < 2 or count > BALANCE_LINES or any(plan.overfull for _, _, plan in plans):
        return plans
    n = len(s)
    P = _Prefix(s)
    em = s.size
    ends = [k for k in range(1, n) if s.gap_break[k] is not None]
    titled = _inside_titles(s)
    memo: dict = {}

    # (each line as near as can be to an even share of the text's width)
    share = min(measure, (P.w[n] + P.g[n] - P.g[1] + indent) / count)

    def line_cost(plan: _Plan) -> float:
        off = (min(plan.width, measure) - share) / em
        return off * off + plan.cost

    def best(i: int, left: int, strict: float = 0.0, budget: int = 0):
        # (``strict``: each line at least that wide, and at most ``budget`` breaks that are no
        # pause, the others where a reader pauses)
        key = (i, left, strict, budget)
        if key in memo:
            return memo[key]
        out = None
        ind = indent if i == 0 else 0.0
        if left == 1:
            plan = plan_line(s, P, i, n, measure, ind, True, False, trim_start)
            if plan is not None and plan.width >= strict:
                out = (line_cost(plan), ((i, n, plan),), 0)
        else:
            for j in ends[bisect_right(ends, i):]:
                plan = plan_line(s, P, i, j, measure, ind, False, False, trim_start)
                if plan is None:
                    if P.w[j] - P.w[i] > measure:
                        break
                    continue
                inside = _inside_a_word(s, j)
                spent = budget
                if strict:
                    if plan.width < strict or s.gap_break[j] >= PRICED_BREAK:
                        continue
                    if inside or not _a_pause(s, j):
                        if not budget:
                            continue
                        spent = budget - 1
                rest = best(j, left - 1, strict, spent)
                if rest is None:
                    continue
                cost = line_cost(plan) + s.gap_break[j] + rest[0]
                if inside:
                    cost += HEAD_BREAK_COST * _inside_weight(s, j, titled)
                if out is None or cost < out[0] - EPS:
                    out = (cost, ((i, j, plan),) + rest[1], rest[2] + inside)
        memo[key] = out
        return out

    found = best(0, count)
    if found is not None and found[2]:
        # (the evenest way breaks inside a word: the evenest with fewer such breaks, each
        # line at least half an even share, in as many lines (精密调控： | 生命不容有失的pH防线)
        # or, for a head of two broken only where a reader pauses, in three (开篇：听说BRCA |
        # 基因突变很可怕， | 它到底是个啥？), if there is one)
        whole = P.w[n] + P.g[n] - P.g[1] + indent
        for budget in range(found[2]):
            fewer = best(0, count, PAUSED_LINE * whole / count, budget)
            if fewer is None and budget == 0 and count == 2:
                fewer = best(0, count + 1, PAUSED_LINE * whole / (count + 1))
            if fewer is not None:
                found = fewer
                break
    return list(found[1]) if found is not None else plans


def _inside_a_word(s: Segments, j: int) -> bool:
    """Does a break before unit ``j`` fall between two characters, or two Latin words, that
    may be one word or name (not after a bar, 习言道| | 新年贺词里的人民情)?"""
    if s.gap_kind[j] == G_NONE and s.kind[j - 1] in (HAN, SYMBOL) and s.kind[j] in (HAN, SYMBOL):
        return s.chars[j - 1][-1:] not in "|｜"
    return s.gap_kind[j] == G_SPACE and s.kind[j - 1] == WORD and s.kind[j] == WORD


def _inside_weight(s: Segments, j: int, titled: set) -> float:
    """How dear a break inside a word is in a head, in ``HEAD_BREAK_COST``: twice before a
    particle that ends what comes before it (的 们 了 着: 历史性 | 的太空会师, 迎 | 来了; not 了解,
    着力, which start words) or inside a title in 《》, three quarters after 的 or 了, else once."""
    first, last = s.chars[j][:1], s.chars[j - 1][-1:]
    if (first in _PARTICLES and _PARTICLES[first].find(_next_char(s, j)) < 0 or j in titled
            or last in _PARTICLES and first and first in _PARTICLES[last]):
        return 2.0      # (before a particle, inside 《》, or inside a word it starts: 了 | 解)
    return AFTER_A_PARTICLE if last in "的了" else 1.0


#: the particles that end what comes before them (回家的路, 迎来了, 看着), and the characters
#: after which they start a word instead (的确, 了解, 了不起, 着力, 着手)
_PARTICLES = {"的": "确", "们": "", "了": "解不结却如然", "着": "力手眼重想陆火实装迷落"}


def _next_char(s: Segments, j: int) -> str:
    """The character after the first of unit ``j``, in it or in the next unit ("" at the end)."""
    if len(s.chars[j]) > 1:
        return s.chars[j][1]
    return s.chars[j + 1][:1] if j + 1 < len(s) else "\0"


#: a break inside a word right after 的 or 了 in a head, in ``HEAD_BREAK_COST``: it ends a
#: phrase more often than a word's first part (历史性的 | 太空会师, 迎来了 | 首位; 回家的 | 路 less
#: often; not after 着, whose object follows it: 望着这 | 牙弯弯的月亮)
AFTER_A_PARTICLE = 0.75


def _inside_titles(s: Segments) -> set:
    """The units that start inside a title in 《》 (after its 《, before its 》)."""
    out, depth = set(), 0
    for k in range(len(s)):
        if depth:
            out.add(k)
        depth += s.chars[k].count("《") - s.chars[k].count("》")
    return out


def _a_pause(s: Segments, j: int) -> bool:
    """Is a break before unit ``j`` where a reader of a head pauses: not at a hyphenation
    point (Vi- | sion), not inside a word or a number (a web address's parts, an account's
    groups), not between a figure and the measure word after it (3 | 号线, 70 | 年代)?"""
    if s.gap_hyphen[j] or s.kind[j - 1] == WORD and s.kind[j] == WORD and s.gap_kind[j] == G_NONE:
        return False
    return not (s.kind[j - 1] == WORD and s.chars[j - 1][-1:].isdigit() and s.kind[j] in (HAN, SYMBOL))


def _first_fit_fallback(s: Segments, P: _Prefix, measure: float, indent: float,
                        justify: bool, trim_start: bool) -> list:
    """Used only when no break sequence fits (a unit wider than the measure): break as late
    as possible, allowing prohibited breaks, and mark lines that stay too wide."""
    n = len(s)
    out = []
    i = 0
    while i < n:
        ind = indent if i == 0 else 0.0
        j = i + 1
        chosen = None
        while j <= n:
            plan = plan_line(s, P, i, j, measure, ind, j == n, justify, trim_start)
            if plan is None:
                natural = P.w[j] - P.w[i] + P.g[j] - P.g[i + 1] + ind
                if natural > measure:
                    break
            elif j == n or s.gap_break[j] is not None or chosen is None:
                chosen = (j, plan)
            j += 1
        if chosen is None:
            width = P.w[i + 1] - P.w[i] + ind
            chosen = (i + 1, _Plan(cost=OVERFULL_PENALTY, width=width, overfull=width > measure + EPS))
        out.append((i, chosen[0], chosen[1]))
        i = chosen[0]
    return out


def set_line(s: Segments, i: int, j: int, plan: _Plan, measure: float, indent: float,
             last: bool, align: str, justify: bool = True, trim_start: bool = False) -> Line:
    """Positioned glyphs of units ``i..j-1`` adjusted as ``plan`` says."""
    squeeze = plan.squeeze
    ratio = [0.0] * SQ_LEVELS
    if squeeze:
        ratio = [u / c if c > EPS else 0.0 for u, c in zip(squeeze, plan.caps)]
    gap_width, gap_kind, gap_shrink, gap_stretch = s.gap_width, s.gap_kind, s.gap_shrink, s.gap_stretch
    gap_even, gap_track, lblank, rblank, sq_level = s.gap_even, s.gap_track, s.lblank, s.rblank, s.sq_level
    kinds, chars, advances, draw, width, trim_left = s.kind, s.chars, s.advances, s.draw, s.width, s.trim_left
    sp_ratio = hl_ratio = 0.0
    if plan.sp_stretch:
        sp_total = (_kind_sum(gap_stretch, gap_kind, G_SPACE, i, j)
                    + _kind_sum(gap_stretch, gap_kind, G_IDEO_SPACE, i, j))   # (一字空 too)
        sp_ratio = plan.sp_stretch / sp_total if sp_total > EPS else 0.0
    if plan.hl_stretch:
        hl_total = _kind_sum(gap_stretch, gap_kind, G_HANLATIN, i, j)
        hl_ratio = plan.hl_stretch / hl_total if hl_total > EPS else 0.0
    tighten = s.track * ratio[SQ_TRACK]   # per trackable gap, points
    # (a line whose end mark hangs: the mark wholly past the edge, the gap before it as set)
    hung_gap = j - 1 if plan.hung else -1
    narrow = s.latin_shrink * ratio[SQ_LATIN]   # Latin glyphs drawn at 1 - narrow of their width
    even, letter = plan.even, plan.letter
    start_trim, end_trim = _trims(s, i, j, justify, trim_start, last)
    glyphs = []
    append = glyphs.append
    x = indent
    squeezed = 0.0
    for k in range(i, j):
        if k > i:
            gap = gap_width[k]
            kind = gap_kind[k]
            if squeeze:
                if kind == G_SPACE or kind == G_HANLATIN or kind == G_IDEO_SPACE:
                    shrink = gap_shrink[k] * ratio[SQ_SPACE if kind == G_SPACE else
                                                   SQ_HANLATIN if kind == G_HANLATIN else SQ_IDEO]
                    gap -= shrink
                    squeezed += shrink
                elif gap_track[k] and k != hung_gap:
                    gap -= tighten
            else:
                if kind == G_SPACE or kind == G_IDEO_SPACE:
                    gap += gap_stretch[k] * sp_ratio
                elif kind == G_HANLATIN:
                    gap += gap_stretch[k] * hl_ratio
                gap += (even if k != hung_gap else 0.0) if gap_even[k] else letter
            if kind == G_SPACE or kind == G_IDEO_SPACE:
                # Spaces are kept as glyphs so that copied text keeps its word breaks.
                append(_glyph((x, " " if kind == G_SPACE else "\u3000", gap, 1.0)))
            x += gap
        lt = start_trim if k == i else 0.0
        rt = end_trim if k == j - 1 else 0.0
        if k == hung_gap:
            rt += s.hang[k]
        if squeeze:
            r = ratio[sq_level[k]]
            if k != i:
                # (a line's first mark keeps its opening blank unless the style trims it: it
                # is the edge of the column, not a gap between characters)
                lt = lblank[k] * r
            if k == j - 1:
                # (a trimmed end leaves no cap at SQ_LINE_END, so its ratio is then 0)
                rt += rblank[k] * ratio[SQ_LINE_END]
            else:
                rt = rt or rblank[k] * r
                squeezed += rt
            squeezed += lt
        cx = x - trim_left[k] - lt
        text = chars[k]
        first = len(glyphs)
        if narrow and kinds[k] == WORD:
            # (the unit's letters and digits narrowed, its em-wide signs not: _narrows)
            for ch, adv, (off, scale) in zip(text, advances[k], draw[k]):
                if _narrows(ch):
                    append(_glyph((cx + off * (1.0 - narrow), ch, adv * (1.0 - narrow), scale * (1.0 - narrow))))
                    cx += adv * (1.0 - narrow)
                    x -= adv * narrow
                else:
                    append(_glyph((cx + off, ch, adv, scale)))
                    cx += adv
        elif len(text) == 1:
            off, scale = draw[k][0]
            gx = cx + off
            if glyphs and gx <= glyphs[-1].x:
                # (a mark whose blank half is taken, after one whose blank half is taken too, ：“
                # in 开明式: drawn a hundredth of a point on, so that the text read back from the
                # PDF keeps its order, 说：“聊, not 说“：聊; no reader sees it)
                gx = glyphs[-1].x + 0.01
            append(_glyph((gx, text, advances[k][0], scale)))
        else:
            spaced = letter if kinds[k] == WORD or kinds[k] == HAN else 0.0
            for ch, adv, (off, scale) in zip(text, advances[k], draw[k]):
                append(_glyph((cx + off, ch, adv, scale)))
                cx += adv + spaced
            x += spaced * (len(text) - 1)
        if first and glyphs[first - 1].ch in (" ", "\u3000") and glyphs[first].x <= glyphs[first - 1].x:
            # (a word's opening quote drawn from left of its origin, its ink against the word,
            # “Best: the space before it is put a hundredth of a point before the quote, so that
            # text read back by position keeps the space first, named “Best, not named“ Best)
            space = glyphs[first - 1]
            glyphs[first - 1] = _glyph((glyphs[first].x - 0.01, space.ch, space.advance, space.scale))
        x += width[k] - lt - rt
    if j < len(s) and s.gap_hyphen[j]:
        # A word hyphenated at the line end: the hyphen is drawn as U+00AD (soft hyphen),
        # so text copied from the PDF joins the word again.
        append(_glyph((x, "\u00ad", s.hyphen_width, 1.0)))
        x += s.hyphen_width
    right = x
    shift = 0.0
    if align == "center":
        shift = (measure - right) / 2
    elif align == "end":
        shift = measure - right
    if shift:
        glyphs = [Glyph(g.x + shift, g.ch, g.advance, g.scale) for g in glyphs]
        right += shift
    end_unit = j - 1
    end = s.start[end_unit] + len(chars[end_unit])
    return Line(glyphs=tuple(glyphs), start=s.start[i], end=end, measure=measure, right=right,
                # (a line letter-spaced as the last resort: the space between its letters)
                stretch_em=(plan.letter or plan.even - tighten) / s.size, squeeze_em=squeezed / s.size, last=last,
                overfull=plan.overfull or right > measure + 1e-3, narrow=narrow, cut=j in s.cuts,
                parted=j in s.parted)


def _kind_sum(values, kinds, kind, i, j) -> float:
    return sum(v for v, kd in zip(values[i + 1:j], kinds[i + 1:j]) if kd == kind)

