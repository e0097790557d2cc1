"""Copy as it arrives -> text ready for composition, with a report of every change.

Reporters type on Western keyboards and paste from word processors and web systems: the
half-width ``, ; : ? ! ( )`` in Chinese sentences, straight quotes, ``--`` for a 破折号,
``...`` for a 省略号, invisible control characters. GB/T 15834-2011 wants the full-width marks
in Chinese text (TYPOGRAPHY.md §1, §4.10). Every change is returned as a ``Change`` so the
report can say what was normalised and where; text inside Latin words and numbers
(``LED``, ``3.5``, ``10:30``, ``(PDF)``) is left alone.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from typing import NamedTuple

from .compose.classes import CLOSING, FULL_STOP, MIDDLE_DOTS, OPENING, PAUSE, is_chinese_context, is_latin

FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}

#: invisible characters removed from copy: controls, zero-width and bidi formatting marks.
_INVISIBLE = set(chr(c) for c in list(range(0x00, 0x09)) + list(range(0x0B, 0x20)) + [0x7F])
_INVISIBLE |= set("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f")
_INVISIBLE |= set(chr(c) for c in range(0x202A, 0x202F)) | set(chr(c) for c in range(0x2066, 0x206A))
_INVISIBLE |= set(chr(c) for c in range(0x80, 0xA0))            # C1 controls
_INVISIBLE |= set("\u2028\u2029\u061c\u180e\u2061\u2062\u2063\u2064")  # separators, invisible operators
_INVISIBLE |= set(chr(c) for c in range(0xFE00, 0xFE10))         # variation selectors


#: full-width Latin letters and digits (ＧＤＰ ２０２４): clreq says not to store them; they
#: become ASCII, set with the Han-Latin gap like any Latin text
_FULL_WIDTH_CODES = list(range(0xFF10, 0xFF1A)) + list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B))
_FULL_WIDTH_ALNUM = set(map(chr, _FULL_WIDTH_CODES))
_FULL_WIDTH_ANY = re.compile("[" + "".join(sorted(_FULL_WIDTH_ALNUM)) + "]")
#: to ASCII, with ．and ％ (only ever taken inside a run of full-width digits)
_TO_ASCII = {c: c - 0xFEE0 for c in _FULL_WIDTH_CODES + [0xFF0E, 0xFF05]}

#: every character a rule below may act on: the text between two of them is copied as it is
#: (most of a Chinese paragraph)
_TRIGGERS = re.compile("[" + re.escape(",;:?!()\"'-—….。 \t\u3000" + "".join(sorted(_INVISIBLE)))
                       + "\ud800-\udfff]")


class Change(NamedTuple):
    offset: int          # offset in the original text
    before: str
    after: str
    rule: str            # short name of the rule applied

    def describe(self) -> str:
        if not self.after:
            return f"removed {_show(self.before)} ({self.rule})"
        return f"{_show(self.before)} -> {_show(self.after)} ({self.rule})"


def _show(s: str) -> str:
    return " ".join(f"U+{ord(c):04X}" if not c.isprintable() or c.isspace() else c for c in s) \
        if any(not c.isprintable() or c.isspace() for c in s) else f"'{s}'"


def _neighbours(text: str, i: int, j: int) -> tuple[str, str]:
    """The nearest non-space characters before ``i`` and from ``j`` on."""
    a = i - 1
    while a >= 0 and text[a] in " \t":
        a -= 1
    b = j
    while b < len(text) and text[b] in " \t":
        b += 1
    return (text[a] if a >= 0 else ""), (text[b] if b < len(text) else "")


def _chinese(ch: str) -> bool:
    return bool(ch) and is_chinese_context(ch)


#: in a run of Latin, digits and signs, what says it is not a list in a Chinese sentence:
#: spaces (Latin text), URLs and e-mail addresses, code and formulas
_NOT_A_LIST = frozenset(" \t\u00a0\u3000/@=()[]{}<>\\:")


def _in_chinese_run(text: str, i: int, reach: int = 40) -> bool:
    """True when the comma or semicolon at ``i`` stands in a run of Latin letters, digits
    and signs with no space in it and Chinese text right before and right after the run
    (涨1.8%;PPI环比, 包括GDP,CPI等): a Chinese sentence's mark, though neither neighbour is
    Chinese. Not in Latin text, a URL, an e-mail address or code (``_NOT_A_LIST``)."""
    ends = []
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(text) and abs(k - i) <= reach and not _chinese(text[k]):
            if text[k] in _NOT_A_LIST:
                return False
            k += step
        ends.append(0 <= k < len(text) and _chinese(text[k]))
    return all(ends)


#: marks that a space typed beside them only widens: what carries its own blank (brackets,
#: quotes, 点号) on that side, and the 破折号, 省略号 and 间隔号, which take none
_NO_SPACE_BEFORE = CLOSING | PAUSE | FULL_STOP | MIDDLE_DOTS | frozenset("—…")
_NO_SPACE_AFTER = OPENING | PAUSE | FULL_STOP | MIDDLE_DOTS | frozenset("—…")


def normalize(text: str, phrases: bool = False) -> tuple[str, list[Change]]:
    """Return the normalised text and the changes made, in order. Offsets are those of the
    text after Unicode composition (NFC), which is the first change when it changes anything.

    ``phrases``: the text is a head (headline, title, banner, subhead), where a space after a
    closing quote or book-title mark, or before an opening one, separates two phrases and is
    set as a 一字空 (学习《条例》 做合格党员); in running text it is a stray space, removed
    like one before a comma or beside a 破折号."""
    changes: list[Change] = []
    composed = unicodedata.normalize("NFC", text)
    if composed != text:
        changes.append(Change(0, text, composed, "Unicode composition (NFC)"))
        text = composed
    if _FULL_WIDTH_ANY.search(text):
        # first, as the rules below must see Latin as Latin; one character for one, so the
        # offsets of later changes still hold
        text = _ascii_letters_and_digits(text, changes)
    out: list[str] = []
    parens = _matching_parens(text)
    latin_quotes = _latin_quotes(text)
    quotes = _quote_pairs(text)          # straight " by index: the curly quote it becomes, or None
    quotes.update(_quote_pairs(text, "'", "‘’"))   # and ' (not an apostrophe: it's, 90's)
    parens.update(quotes)                # (the marks' rule looks at both)
    i, n = 0, len(text)
    search = _TRIGGERS.search
    while i < n:
        m = search(text, i)
        if m is None:
            out.append(text[i:])
            break
        if m.start() > i:
            out.append(text[i:m.start()])
            i = m.start()
        ch = text[i]
        rep, length, rule = None, 1, ""
        if ch in _INVISIBLE or unicodedata.category(ch) == "Cs":
            rep, rule = "", "invisible character"
        elif ch in ",;:?!":
            if _full_width_mark(text, i, parens, latin_quotes):
                rep, rule = FULL_WIDTH[ch], "full-width punctuation in Chinese text"
        elif ch in "()":
            if parens.get(i):
                rep, rule = FULL_WIDTH[ch], "full-width brackets in Chinese text"
        elif ch == '"':
            if quotes.get(i):
                rep, rule = quotes[i], "curly quotes"
        elif ch == "'":
            if quotes.get(i):
                rep, rule = quotes[i], "curly quotes"
        elif text.startswith("--", i) and not text.startswith("---", i):
            if _range_between(text, i, i + 2):
                rep, length, rule = "—", 2, "一字线 between numbers or dates (a range: 2018—2019)"
            else:
                rep, length, rule = "——", 2, "破折号"
        elif ch in "—" and not text.startswith("——", i) and not (i > 0 and text[i - 1] == "—"):
            before = _last_set(out, _neighbours(text, i, i + 1)[0])
            if _chinese(before) and _chinese(_as_set(text, i + 1, parens, latin_quotes)):
                rep, rule = "——", "破折号"
        elif text.startswith("...", i):
            length = 3
            while i + length < n and text[i + length] == ".":
                length += 1
            rep, rule = "……", "省略号"
        elif text.startswith("。。。", i):
            length = 3
            while i + length < n and text[i + length] == "。":
                length += 1
            rep, rule = "……", "省略号"
        elif ch == "…" and not text.startswith("……", i) and not (i > 0 and text[i - 1] == "…"):
            rep, rule = "……", "省略号"
        elif ch in " \t\u3000":
            length = _space_run(text, i)
            run = text[i:i + length]
            before, after = _neighbours(text, i, i + length)
            if i == 0 or i + length == n:
                rep, rule = "", "spaces at the start or end of a paragraph"
            elif "\u3000" not in run and _in_spaced_score(text, i, i + length):
                rep, rule = "", "spaces around - or : between numbers (a score or range: 2 - 1)"
            # (the neighbours as they are set: the one before is already in ``out``)
            elif "\u3000" not in run and _beside_mark(
                    _last_set(out, before), _as_set(text, i + length, parens, latin_quotes), phrases):
                rep, rule = "", "space beside a Chinese punctuation mark"
            elif _chinese(_last_set(out, before)) and _chinese(
                    _as_set(text, i + length, parens, latin_quotes)):
                if run != "\u3000":
                    # Between Chinese phrases (headlines, banners) a space is a 一字空.
                    rep, rule = "\u3000", "space between Chinese phrases set as 一字空"
            elif "\u3000" not in run and run != " ":
                rep, rule = " ", "several spaces"
        if rep is None:
            out.append(text[i:i + length])
        else:
            out.append(rep)
            changes.append(Change(i, text[i:i + length], rep, rule))
        i += length
    changes.sort(key=lambda c: c.offset)
    return "".join(out), changes


_FW_DIGITS = "０１２３４５６７８９"


def _ascii_letters_and_digits(text: str, changes: list) -> str:
    out, i = [], 0
    for m in _FULL_WIDTH_ANY.finditer(text):
        if m.start() < i:
            continue      # inside a run already converted
        length = _full_width_run(text, m.start())
        before = text[m.start():m.start() + length]
        after = before.translate(_TO_ASCII)
        out.append(text[i:m.start()] + after)
        changes.append(Change(m.start(), before, after, "full-width letters and digits as ASCII"))
        i = m.start() + length
    out.append(text[i:])
    return "".join(out)


def _range_between(text: str, i: int, j: int) -> bool:
    """Does the -- at text[i:j] join two numbers or dates (2018--2019, 2018年--2019年,
    3月1日--5日)? Then it is a range, set with a 一字线."""
    before, after = _neighbours(text, i, j)
    if not after.isdigit():
        return False
    if before.isdigit():
        return True
    k = i - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return before in "年月日号时" and k > 0 and text[k - 1].isdigit()


def _in_spaced_score(text: str, i: int, j: int) -> bool:
    """Is the space text[i:j] one side of a single - or : between two numbers (2 - 1, 3 : 1)?
    Spaced, the sign could start or end a line, and the score be split."""
    before, after = _neighbours(text, i, j)
    if before.isdigit() and after in "-:" and after:
        k = j + (len(text[j:]) - len(text[j:].lstrip(" \t")))     # the sign
        sign_next = _neighbours(text, k, k + 1)[1]
        return text[k + 1:k + 2] != after and sign_next.isdigit()
    if before in "-:" and before and after.isdigit():
        k = i - 1 - (len(text[:i]) - len(text[:i].rstrip(" \t")))   # the sign
        return k >= 0 and text[k] == before and (k == 0 or text[k - 1] != before) and \
            _neighbours(text, k, k + 1)[0].isdigit()
    return False


def _full_width_mark(text: str, i: int, quotes: dict | None = None, latin_quotes: tuple = ()) -> bool:
    """Is the ASCII , ; : ? or ! at ``i`` set full width? In Chinese text, not between digits
    (3,500 10:30) nor inside Latin text, and a , or ; in a run of figures and Latin between
    Chinese words (1.8%;PPI). Inside quotes that hold no Chinese (他问:"Why?") a mark belongs
    to the Latin text quoted (``latin_quotes``: their spans, from ``_latin_quotes``).
    ``quotes``: the straight quotes that become curly (a curly quote is Chinese context);
    Latin text is judged through quotes (he said, “OK”)."""
    if latin_quotes:
        k = bisect_right(latin_quotes, (i, len(text))) - 1
        if k >= 0 and latin_quotes[k][0] < i < latin_quotes[k][1]:
            return False
    quotes = quotes or {}
    a, b = i - 1, i + 1
    while a >= 0 and text[a] in " \t":
        a -= 1
    while b < len(text) and text[b] in " \t":
        b += 1
    prev = text[a] if a >= 0 else ""
    nxt = text[b] if b < len(text) else ""
    chinese = (_chinese(prev) or _chinese(nxt) or (prev in "\"'" and bool(quotes.get(a)))
               or (nxt in "\"'" and bool(quotes.get(b))))
    digits = prev.isdigit() and nxt.isdigit()
    latin = is_latin(prev) and is_latin(_beyond_quotes(text, i, 1)) and not _chinese(prev)
    return not digits and (chinese and not latin or text[i] in ",;" and _in_chinese_run(text, i))


def _latin_quotes(text: str) -> tuple:
    """The spans (opening index, closing index) of the quotations that hold no Chinese:
    straight double quotes paired as ``_quote_pairs`` pairs them, and curly ones, sorted."""
    spans = list(_straight_pairs(text)[0])
    a = text.find("“")
    while a != -1:
        b = text.find("”", a + 1)
        if b == -1:
            break
        spans.append((a, b))
        a = text.find("“", b + 1)
    return tuple(sorted((a, b) for a, b in spans if not any(_chinese(c) for c in text[a + 1:b])))


def _beyond_quotes(text: str, i: int, step: int) -> str:
    """The nearest character before (step -1) or after (1) ``i`` that is not a space or a
    double quote."""
    k = i + step
    while 0 <= k < len(text) and text[k] in ' \t"“”':
        k += step
    return text[k] if 0 <= k < len(text) else ""


def _curly_quote(text: str, i: int) -> bool:
    """Is the straight quote at ``i`` set as a curly one (next to Chinese text; a ' between
    two Latin letters is an apostrophe)?"""
    prev, nxt = _neighbours(text, i, i + 1)
    return (_chinese(prev) or _chinese(nxt)) and not (text[i] == "'" and is_latin(prev) and is_latin(nxt))


def _last_set(out: list, before: str) -> str:
    """The last character set so far that is not a space (``before`` if there is none)."""
    for piece in reversed(out):
        piece = piece.rstrip(" \t\u3000")
        if piece:
            return piece[-1]
    return before


def _as_set(text: str, j: int, parens: dict, latin_quotes: tuple = ()) -> str:
    """The first character from ``j`` on that is not removed, as the rules above will set it:
    an ASCII mark or quote in Chinese text as its full-width form, -- and ... as 破折号 and
    省略号."""
    while j < len(text) and (text[j] in _INVISIBLE or unicodedata.category(text[j]) == "Cs"
                             or text[j] in " \t"):
        j += 1
    if j >= len(text):
        return ""
    ch = text[j]
    if ch in ",;:?!" and _full_width_mark(text, j, parens, latin_quotes):
        return FULL_WIDTH[ch]
    if ch in "()" and parens.get(j):
        return FULL_WIDTH[ch]
    if ch in "\"'" and parens.get(j):
        return parens[j]
    if text.startswith("--", j):
        return "—"   # (a 破折号 or, between numbers, a 一字线: no space beside either)
    if text.startswith("...", j):
        return "…"
    return ch


def _beside_mark(before: str, after: str, phrases: bool) -> bool:
    """Is a space between ``before`` and ``after`` (as they are set) one to remove?"""
    if after in _NO_SPACE_BEFORE or before in _NO_SPACE_AFTER:
        return True
    # running text: also after a closing bracket or quote and before an opening one, unless
    # Latin punctuation stands on the other side (he said, “OK.”)
    return not phrases and ((before in CLOSING and not _ascii_mark(after))
                            or (after in OPENING and not _ascii_mark(before)))


def _ascii_mark(ch: str) -> bool:
    return len(ch) == 1 and ch in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def _full_width_run(text: str, i: int) -> int:
    """Length of the run of full-width letters and digits at ``i``, with the decimal point
    between two digits and a per cent sign after one (５．０％ -> 5.0%)."""
    j, n = i, len(text)
    while j < n:
        c = text[j]
        if c in _FULL_WIDTH_ALNUM:
            j += 1
        elif c == "．" and j > i and text[j - 1] in _FW_DIGITS and j + 1 < n and text[j + 1] in _FW_DIGITS:
            j += 1
        elif c == "％" and j > i and text[j - 1] in _FW_DIGITS:
            j += 1
            break
        else:
            break
    return j - i


def _space_run(text: str, i: int) -> int:
    j = i
    while j < len(text) and text[j] in " \t\u3000":
        j += 1
    return j - i


def _quote_pairs(text: str, mark: str = '"', curly: str = "“”") -> dict[int, str | None]:
    """For each straight quote ``mark``, the ``curly`` quote it becomes, or None (for ', an
    apostrophe between two letters or digits is left out: it's, 90's). Quotes pair in
    order and a pair is converted as one (never “OK." nor "OK.”): when it encloses Chinese or
    touches Chinese text outside (an ASCII mark between counts as what lies beyond it:
    他说:"OK."然后). With an odd number, the lone quote is the first when it stands where a
    quote closes (after a mark or a character, with nothing or a mark after it: 。"记者问:"…"),
    else the last; it is set by where it stands."""
    pairs, lone = _straight_pairs(text, mark, curly)
    result: dict = {}
    if lone is not None:
        if _curly_quote(text, lone) or _chinese_side(text, lone, -1) or _chinese_side(text, lone, 1):
            result[lone] = curly[1] if _closes_here(text, lone, curly) else curly[0]
        else:
            result[lone] = None
    convert = [any(_chinese(c) for c in text[a + 1:b]) or _chinese_side(text, a, -1) or _chinese_side(text, b, 1)
               for a, b in pairs]
    # quoted terms listed with only marks and spaces between them go together ("AI","5G"等)
    start = 0
    for n in range(1, len(pairs) + 1):
        if n == len(pairs) or text[pairs[n - 1][1] + 1:pairs[n][0]].strip(" \t,;:、，；："):
            if any(convert[start:n]):
                convert[start:n] = [True] * (n - start)
            start = n
    for (a, b), yes in zip(pairs, convert):
        result[a], result[b] = (curly[0], curly[1]) if yes else (None, None)
    return result


def _straight_pairs(text: str, mark: str = '"', curly: str = "“”") -> tuple[list, int | None]:
    """The straight quotes ``mark`` of ``text`` paired in order, and the one left without a
    partner (None if none): the first when it stands where a quote closes, else the last.
    For ', an apostrophe between two letters or digits is not a quote."""
    at = [i for i, c in enumerate(text) if c == mark
          and not (mark == "'" and 0 < i < len(text) - 1 and is_latin(text[i - 1]) and is_latin(text[i + 1]))]
    lone = None
    if len(at) % 2:
        lone = at[0] if _closes_here(text, at[0], curly) else at[-1]
        at.remove(lone)
    return list(zip(at[0::2], at[1::2])), lone


def _closes_here(text: str, i: int, curly: str = "“”") -> bool:
    """Does a quote at ``i`` stand where a quote closes: right after text (not a space or an
    opening mark), and before the end, a space or a mark?"""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if text.count(curly[0], 0, i) > text.count(curly[1], 0, i) or (before and before in "。？！?!"):
        return True   # a curly quote is open, or a sentence has just ended
    return (bool(before) and not before.isspace() and before not in OPENING and before not in "：:"
            and (not after or after.isspace() or after in _NO_SPACE_BEFORE or after in ",;:?!."))


def _chinese_side(text: str, i: int, step: int) -> bool:
    """Is the nearest character before (step -1) or after (1) ``i``, spaces and an ASCII mark
    skipped, Chinese?"""
    k = i + step
    while 0 <= k < len(text) and text[k] in " \t":
        k += step
    if 0 <= k < len(text) and text[k] in ",;:?!":
        k += step
        while 0 <= k < len(text) and text[k] in " \t":
            k += step
    return 0 <= k < len(text) and _chinese(text[k])


def _matching_parens(text: str) -> dict[int, bool]:
    """For each ASCII bracket: convert it? True when the pair encloses or touches Chinese."""
    result: dict[int, bool] = {}
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")":
            if stack:
                o = stack.pop()
                inner = text[o + 1:i]
                prev, _ = _neighbours(text, o, o + 1)
                _, nxt = _neighbours(text, i, i + 1)
                latin_only = inner and all(is_latin(c) or c in " .,-_/&+" for c in inner)
                chinese = any(_chinese(c) for c in inner) or (
                    not latin_only and (_chinese(prev) or _chinese(nxt)))
                result[o] = result[i] = chinese
            else:
                prev, nxt = _neighbours(text, i, i + 1)
                result[i] = _chinese(prev) or _chinese(nxt)
    for o in stack:
        prev, nxt = _neighbours(text, o, o + 1)
        result[o] = _chinese(prev) or _chinese(nxt)
    return result
