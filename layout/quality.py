"""Quality measures of a laid-out page (TYPOGRAPHY.md §9), read from the display list:
what a proofreader would check line by line, counted.

* inter-character adjustment of every justified line (em, spaced out or tightened): how many
  lines above 0.1 em, the largest; lines spaced out by more than 0.25 em are reported;
* prohibition violations: a line starting with a NO_START or ending with a NO_END mark
  (must be 0); a / inside a web address, path or list of figures, where the composer
  breaks, is not one;
* 孤字: a paragraph's last line with a single character (must be 0);
* adjacent full-width marks left at 2 em (uncompressed pairs);
* a line-end mark hanging only part of the way past the column edge, or a character set
  into the edge (reported, as a ragged edge);
* lines whose Latin letters and digits were drawn narrower (at most 2 %) to take a word
  rather than be spaced out: how many, and the most;
* figures parted from the measure word or unit after them (2014 | 年, 13 | 人, 46.97 | 秒) or
  from the other figure of their range (3.9- | 6.1mmol/L, 0.5～ | 1.5mg): the composer does so
  only to keep a line from being spaced out further; counted and each said (info), for the
  desk to reword if it will.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import NamedTuple

from .compose.classes import (ADJUSTABLE, CLOSING, MEASURE_WORDS, NO_END, NO_START, NO_START_ARROWS, NO_START_BARS,
                              OPENING, PAUSE, is_han)
from .compose.segment import DOI, HAN_UNITS, HANGING, fraction_slash
from .display import DisplayPage, TextLine
from .errors import Finding

LOOSE_EM = 0.1
TOO_LOOSE_EM = 0.25
JUSTIFIED = ("body",)
#: body lines set ragged (verse): measured for violations and 孤字, not for spacing
RAGGED = ("verse",)


class Quality(NamedTuple):
    lines: int
    loose_lines: int          # lines adjusted by more than 0.1 em per gap (either way)
    max_stretch_em: float
    violations: int
    orphans: int
    uncompressed_pairs: int
    #: every justified line but a paragraph's last (unless tightened): (story, column, page
    #: line, adjustment em)
    adjustments: tuple = ()
    narrowed_lines: int = 0   # lines whose Latin glyphs were narrowed
    max_narrow: float = 0.0   # the most, a fraction of their width
    splits: int = 0           # figures parted from their measure word, unit, range or the rest of a number

    def summary(self) -> str:
        narrowed = (f", {self.narrowed_lines} with Latin narrowed (at most {100 * self.max_narrow:.1f} %)"
                    if self.narrowed_lines else "")
        splits = (f", {self.splits} figure{'s' if self.splits > 1 else ''} parted from a unit, measure word, "
                  f"range or the rest of a number" if self.splits else "")
        return (f"{self.lines} lines, {self.loose_lines} over {LOOSE_EM} em (largest {self.max_stretch_em:.3f} em), "
                f"{self.violations} prohibition violations, {self.orphans} 孤字, "
                f"{self.uncompressed_pairs} uncompressed punctuation pairs{narrowed}{splits}")

    def as_dict(self) -> dict:
        out = {k: v for k, v in self._asdict().items() if k != "adjustments"}
        out["adjustments"] = [{"story": story, "column": column, "page_line": page_line, "em": em}
                              for story, column, page_line, em in self.adjustments]
        return out


#: the dash before an English quotation's source, at a paragraph's start (— Taylor Swift)
_ENGLISH_SOURCE = re.compile(r"[—–] [A-Za-z]")


def _where(line: TextLine) -> dict:
    return {"story": line.story or None, "line": line.source or None, "column": line.column + 1,
            "page_line": line.grid_line + 1 if line.grid_line >= 0 else None}


def measure_quality(page: DisplayPage) -> tuple[Quality, list[Finding]]:
    findings: list[Finding] = []
    lines = [i for i in page.items if isinstance(i, TextLine) and (i.kind in JUSTIFIED or i.kind in RAGGED)]
    loose = 0
    largest = 0.0
    violations = orphans = pairs = narrowed = splits = 0
    narrowest = 0.0
    adjustments = []
    # Each line's paragraph: a story's lines come in reading order, a paragraph's last line
    # closing it (a source line may hold several paragraphs: HTML's <p> pasted with the copy).
    paragraph, counted = [], Counter()
    for line in lines:
        paragraph.append((line.story, counted[line.story]))
        if line.last:
            counted[line.story] += 1
    # (a paragraph of one line is not a 孤字: a separator ◆ or a one-character paragraph)
    one_line = Counter(paragraph)
    seen = set()        # (the paragraphs whose first line has been met)
    for n, line in enumerate(lines):
        text = line.text.strip(" \u3000\u00ad")
        if not text:
            continue
        ragged = line.kind in RAGGED
        if not ragged and (not line.last or line.stretch_em < 0):
            # (a paragraph's last line is measured too when it was tightened to take a character)
            where = _where(line)
            adjustments.append((where["story"], where["column"], where["page_line"], round(line.stretch_em, 3)))
            adjust = abs(line.stretch_em)
            largest = max(largest, adjust)
            if adjust > LOOSE_EM + 1e-9:
                loose += 1
            if line.stretch_em > TOO_LOOSE_EM:
                # (a line of English is spaced between its words: the stretch is theirs; one
                # with no Han nor space, between its letters)
                between = "characters" if any(map(is_han, text)) else "words" if " " in text.strip() else "letters"
                findings.append(Finding("warning", "loose-line", f"line spaced out by {line.stretch_em:.2f} em "
                                        f"between {between}: {text}{_why_loose(line, lines, n)}",
                                        **_where(line)))
        if line.measure and line.right > line.x0 + line.measure + 0.01:
            findings.append(Finding("error", "overfull", f"line runs {line.right - line.x0 - line.measure:.1f} pt "
                                    f"past the column (an unbreakable word or number longer than the column): {text}",
                                    **_where(line)))
        short = line.x0 + line.measure - line.right if line.measure and line.right and not line.last and not ragged else 0.0
        if short > 0.5:
            # (a line that has nothing to spread: one character, or one that cannot be
            # spaced; the composer takes it only when no other break exists)
            findings.append(Finding("warning", "short-line", f"line ends {short / line.size:.2f} em short of "
                                    f"the column edge, not justified: {text}", **_where(line)))
        edge = _past_the_edge(line)
        if edge:
            findings.append(Finding("error", "ragged-edge", f"{edge}: {text}", **_where(line)))
        first = paragraph[n] not in seen
        seen.add(paragraph[n])
        # (nor an English quotation's source after its dash: — Taylor Swift)
        if text[0] in NO_START and not text.startswith(("——", "……")) and not (
                _ENGLISH_SOURCE.match(text) and not any(is_han(c) for c in text)):
            if first and ragged and text[0] in NO_START_BARS or first and text[0] in NO_START_ARROWS:
                pass    # (a table's row pasted as text, | 年降水量 | 毫米 |: said as a table's; an
                # arrow starting an item, →报名方式)
            elif first:
                # (as typed: no break could have helped; the copy's to look at, not the composer's)
                findings.append(Finding("warning", "paragraph-edge", f"paragraph starts with {text[0]}, which no "
                                        f"line may start with: {text}", **_where(line)))
            else:
                violations += 1
                findings.append(Finding("error", "line-start", f"line starts with {text[0]}: {text}", **_where(line)))
        if text[-1] in NO_END and not _inside_a_word(line, text, lines, n):
            if line.last:
                findings.append(Finding("warning", "paragraph-edge", f"paragraph ends with {text[-1]}, which no "
                                        f"line may end with: {text}", **_where(line)))
            else:
                violations += 1
                findings.append(Finding("error", "line-end", f"line ends with {text[-1]}: {text}", **_where(line)))
        lone = text.strip("。，、；：！？”’）》#")     # (#…一个中国#: 国# is one)
        # (a character alone: Han, a figure, a letter or a sign, ☆; as the composer counts them)
        if (line.last and len(lone) == 1 and unicodedata.category(lone)[0] not in "PZC"
                and one_line[paragraph[n]] != 1):
            orphans += 1
            findings.append(Finding("warning", "orphan", f"paragraph ends with a single character: {text}",
                                    **_where(line)))
        cut = _cut_word(line, lines, n)
        if cut:
            findings.append(Finding("warning", "cut", f"a word or number cut across two lines, as nothing "
                                    f"else let it fit (longer than the column, or with a mark that may not be "
                                    f"parted from it): {cut}", **_where(line)))
        split = _split_quantity(line, lines, n)
        if split:
            splits += 1
            findings.append(Finding("info", "split", f"a figure parted from {split} to keep a line from being "
                                    f"spaced out further: {_LAST_WORD.search(line.text).group()} | "
                                    f"{_FIRST_WORD.match(lines[n + 1].text.lstrip(' 　')).group()}", **_where(line)))
        pairs += _uncompressed_pairs(line)
        if line.narrow > 0:
            narrowed += 1
            narrowest = max(narrowest, line.narrow)
    findings += _outside_the_page(page)
    return Quality(len(lines), loose, round(largest, 4), violations, orphans, pairs, tuple(adjustments),
                   narrowed, round(narrowest, 4), splits), findings


_UNITS = tuple(HAN_UNITS)
#: a line ending with a figure, or with a range's hyphen, ～ or 一字线 after one, or after a
#: figure with its unit (10℃- | 15℃)
_FIGURE_END = re.compile(r"\d(?:[万亿])?(?P<range>[-～~—–至])?$|\d(?:[%‰℃]|°C|[a-zμ]{1,3})(?P<unit_range>[-～~—–])$")


#: a line ending in a figure, its sign and 至, of a range whose figures each carry the sign
_SIGN_RANGE_END = re.compile(r"\d([%‰℃])至$")


def _split_quantity(line: TextLine, lines: list, n: int) -> str:
    """What the figure ending ``line`` is parted from by the break, if the paragraph goes on
    with it: its unit (46.97 | 秒, 66.5 | 厘米), its measure word (2014 | 年, 13 | 人), the
    other figure of its range (3.9- | 6.1mmol/L) or the rest of a number that names, at its
    groups (0515- | 83398118, 1657 | 155627@qq.com); "" for none."""
    nxt = lines[n + 1] if n + 1 < len(lines) and not line.last else None
    if nxt is None or nxt.story != line.story:
        return ""
    if line.parted:
        return "the rest of its number (a number that names, parted at its groups)"
    m = _FIGURE_END.search(line.text.rstrip())
    follow = nxt.text.lstrip(" \u3000")
    sign = _SIGN_RANGE_END.search(line.text.rstrip())
    if sign is not None and re.match(r"-?[\d.]+" + re.escape(sign.group(1)), follow):
        return "the other figure of its range"     # (20%至 | 30%: the same sign after both)
    if m is None or not follow:
        return ""
    if m.group("range") or m.group("unit_range"):
        return "the other figure of its range" if follow[0].isdigit() else ""
    if follow.startswith(_UNITS):
        return "its unit"
    if follow[0] == "至" and follow[1:2].isdigit():
        return "the other figure of its range"     # (1978 | 至2021年)
    return "its measure word" if follow[0] in MEASURE_WORDS and not follow[0].isascii() else ""


def _cut_word(line: TextLine, lines: list, n: int) -> str:
    """The word or number ``line`` ends inside, cut as nothing else let it fit (longer than
    the column, or with a mark that may not be parted from it): its end | the next line's start."""
    nxt = lines[n + 1] if line.cut and n + 1 < len(lines) else None
    if nxt is None:
        return ""
    after = _FIRST_WORD.match(nxt.text.lstrip(" \u3000")).group()
    return f"{_LAST_WORD.search(line.text).group()} | {after}"


_LAST_WORD = re.compile(r"\S{0,16}$")
_FIRST_WORD = re.compile(r"\S{0,16}")


#: what cannot be broken at the start of a line: a number with its unit, a Latin word, with
#: the opening bracket or quote that may not end the line before
_UNBREAKABLE = re.compile(r"[（(“‘《]?[+\-±<>≤≥]?[0-9A-Za-z][0-9A-Za-z.,:'%‰℃°％/+\-_&#@\u3380-\u33df]*[）)”’》]?")


def _why_loose(line: TextLine, lines: list, n: int) -> str:
    """What an editor can act on: the word or number at the start of the next line, which
    this line could not take (the usual cause of a line spaced out this much)."""
    nxt = lines[n + 1] if n + 1 < len(lines) else None
    if nxt is None or line.last or nxt.story != line.story or line.text.endswith(("\u00ad", "-")):
        return ""   # (after a hyphen, what starts the next line is the rest of a word)
    m = _UNBREAKABLE.match(nxt.text.lstrip(" \u3000"))
    word = m.group().rstrip(".,:'") if m else ""
    if len(word) < 2:
        # (a paragraph's last line of two characters: one more taken up would leave a 孤字)
        if nxt.last and sum(1 for c in nxt.text if unicodedata.category(c)[0] not in "PZ") == 2:
            return (f" (it gives {nxt.text.strip()} a second character, so that no character stands alone "
                    "on the paragraph's last line: rewording either line fixes it)")
        return ""
    return f" (it cannot take {word}, which starts the next line: rewording either line fixes it)"



_ASCII_END = re.compile(r"[!-~]*$")
_ASCII_START = re.compile(r"[!-~]*")


def _inside_a_word(line: TextLine, text: str, lines: list, n: int) -> bool:
    """Is the / ending ``line`` one inside a word the next line of the paragraph goes on
    with (``slash_breaks_a_word``)?"""
    nxt = lines[n + 1] if n + 1 < len(lines) and not line.last else None
    follow = nxt.text.lstrip(" \u3000") if nxt is not None and nxt.story == line.story else ""
    # (and the word's start on the line before, where the line starts inside it: the middle
    # of an address broken over three lines, …thepaper.cn/ | 2024/06/ | 17/…)
    prev = lines[n - 1] if n > 0 and not lines[n - 1].last and lines[n - 1].story == line.story else None
    lead = _ASCII_END.search(prev.text).group() if prev is not None and text[:1].isascii() else ""
    return slash_breaks_a_word(lead + text, follow)


def slash_breaks_a_word(text: str, follow: str) -> bool:
    """Does a line ``text`` ending in / break inside a web address, a list of figures or a
    path of words, where the composer may break (http:// | www, 2021/ | 2022, input/ |
    output), the next line starting ``follow``? Not a 分隔号 standing alone, a unit
    (mmol/ | L) nor a fraction (1/ | 4)."""
    if not text.endswith("/") or not (follow[:1].isascii() and follow[:1].isalnum()):
        return False
    word = _ASCII_END.search(text).group()
    if len(word) < 2:
        return False
    part_before = re.split(r"[/\-_.]", word[:-1])[-1]
    part_after = re.match(r"[0-9A-Za-z]*", follow).group()
    # (a fraction's /, judged on the whole word as the composer judges it: 1/4, not 2023/11/15,
    # nor a row of figures, 0/ | 0/2/0)
    fraction = fraction_slash(word + _ASCII_START.match(follow).group(), len(word) - 1)
    return ("://" in word or word.lower().lstrip("(").startswith("www.") or "@" in word
            or DOI.search(word + part_after) is not None
            or (word[-2].isalnum() and part_after[:1].isdigit() and not fraction)
            or (len(part_before) >= 3 and part_before.isalpha() and len(part_after) >= 3))


def _outside_the_page(page: DisplayPage) -> list[Finding]:
    """A last line of defence: text drawn outside the trimmed page is text the reader loses."""
    out = []
    for item in page.items:
        if not isinstance(item, TextLine):
            continue
        lost = [ch for x, ch, adv, _ in item.glyphs
                if x < -0.5 or x + adv > page.width + 0.5 or not 0 <= item.y <= page.height]
        if lost:
            out.append(Finding("error", "outside-page", f"{len(lost)} character(s) set outside the page: "
                               + "".join(lost)[:40], story=item.story or None))
    return out


def _past_the_edge(line: TextLine) -> str:
    """What runs past the column edge of a body line, as a reader would see it: a line-end
    、，。 that hangs only part of the way (its ink half outside must start at the edge), or a
    character before it set into the edge. Empty when nothing does."""
    if not line.measure:
        return ""
    edge = line.x0 + line.measure
    glyphs = [g for g in line.glyphs if g[1] not in " \u3000\u00ad"]
    if not glyphs:
        return ""
    x, ch = glyphs[-1][0], glyphs[-1][1]
    if ch in HANGING and x > edge - line.size / 2 + 0.01:
        if abs(x - edge) > 0.01:
            return f"{ch} hangs {(x - (edge - line.size / 2)) / line.size:.2f} em, not half an em, past the edge"
        glyphs = glyphs[:-1]
    for x, ch, adv, _ in glyphs:
        if is_han(ch) and x + adv > edge + 0.01:
            return f"{ch} runs {(x + adv - edge) / line.size:.2f} em past the column edge"
    return ""


def _uncompressed_pairs(line: TextLine) -> int:
    """Adjacent full-width marks that still take two full ems: the second starts a whole em
    after the first (compressed, it starts half an em after; TYPOGRAPHY.md §4.4 rule 1).
    An opening mark followed by a closing one (empty quotes) or a 点号 (a typo's “、) has nothing
    to give: their blanks are on the outer sides."""
    count = 0
    glyphs = line.glyphs
    for n, ((x0, a, _, _), (x1, b, _, _)) in enumerate(zip(glyphs, glyphs[1:])):
        if a in ADJUSTABLE and b in ADJUSTABLE and not (a in OPENING and b not in OPENING):
            # (the second's box ends where the next glyph or the line starts; a 开明式 ，
            # is half an em, and a closing mark before it is half an em too: ”， in 1 em,
            # whichever style)
            end = glyphs[n + 2][0] if n + 2 < len(glyphs) else line.right
            spread = max(0.0, line.stretch_em) * line.size      # (a line spaced out: its gaps)
            if x1 - x0 - spread >= 0.99 * line.size and (end - x1 - spread >= 0.99 * line.size
                                                          or a in CLOSING and b in PAUSE):
                count += 1
    return count
