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
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from .compose.classes import (CLOSING, FULL_STOP, MIDDLE_DOTS, OPENING, PAUSE, POINTERS, SENTENCE_REACH,
                              TRANSLITERATION, UNITS_AFTER_FIGURES,
                              english_quote_pairs, is_chinese_context, is_han, is_latin, no_han_around)

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
#: to ASCII, with the signs a run of full-width letters and digits may hold (．％：－／＆＋＠＿:
#: only ever taken inside one, ``_full_width_run``)
_TO_ASCII = {c: c - 0xFEE0 for c in _FULL_WIDTH_CODES + [0xFF0E, 0xFF05, 0xFF1A, 0xFF0D, 0xFF0F, 0xFF06,
                                                         0xFF0B, 0xFF20, 0xFF3F, 0xFF0C]}
#: full-width figures grouped in thousands by ， (１，２３４，５６７元): a number, its ， the
#: thousands' ,; one or two figures first, for three and three (１１０，１１９，１２０, ３２０，４５０元)
#: are as likely a list; not where a ， is followed by a group of other than three figures
_FW_THOUSANDS = re.compile("(?<![０-９])(?<![０-９]，)[０-９]{1,2}(?:，[０-９]{3})+(?![０-９]|，[０-９])")
#: signs that join two full-width letters or digits into one run (COVID－19, Ａ／Ｂ, ｗｗｗ．ｇｏｖ)
_FW_JOINERS = frozenset("．－／＆＋＠＿")

#: blanks typed between words: space, tab and the typographic spaces (an em space is a web
#: page's usual indent); U+3000 is the 一字空
_BL = " \t" + "".join(map(chr, range(0x2000, 0x2007))) + "\u2008\u205f"
_BL3 = _BL + "\u3000"
#: no-break, figure, thin and hair spaces (10 000 000, 5 km): kept inside a line
_NO_BREAK_SPACES = "\u00a0\u202f\u2007\u2009\u200a"

_BLANK_OR_INVISIBLE = _BL3 + _NO_BREAK_SPACES + "".join(sorted(_INVISIBLE))

#: characters copy uses for another one, replaced one for one before the other rules: Kangxi
#: radicals (from PDF text) for the ideographs; the horizontal bar (GB 2312's 破折号 in some
#: code pages) for the em dash; a run of full-width hyphens, bars or box-drawing lines for
#: hyphens (then a 破折号, ——, or between figures a range);
#: a bullet or katakana middle dot between Han characters for the 间隔号; a subscript figure
#: (CO₂, which no body face has) for the figure; a " between figures for the seconds ″ (9"95)
#: and a ' before them for the minutes ′ (1'23"45; curly, a lap's time, 1’26”741); the brackets of a document's year, as
#: typed ([ ] 【 】 ［ ］ ( ) （ ）), for 〔〕; a circle typed for the zero among Han numerals
#: (一八九○年, 二○○八年) for 〇, as GB/T 15835 writes it (二〇一二年; ``_circle_zero``); an emoji
#: keyboard's heavy signs for the signs (12➗3, 3✖️2; ➕ ➖ between two terms: not a row of them
#: that rules a page off, ➖➖➖, nor one that marks an item)
_STAND_INS = re.compile("[－―─]{2,}|[\u2f00-\u2fd5\u2015\u2212\u2080-\u2089]|\"(?<=\\d\")(?=\\d)|'(?<=\\d')(?=\\d{1,2}\"\\d)"
                        "|[\\[【［(（](?<=[\u3400-\u9fff][\\[【［(（])(?:19|20)\\d\\d[\\]】］)）](?=第?\\d{1,4}号)"
                        "|[•・･‧](?<=[\u3400-\u9fff][•・･‧])(?=[\u3400-\u9fff])"
                        "|：(?:(?<=(?<![0-9图表件例])[0-9]：)|(?<=(?<![0-9图表件例])[0-9]{2}：))(?=[0-5][0-9](?![0-9]))"
                        "|’(?<=(?<!\\d)\\d’)(?=[0-5]\\d”)|”(?<=(?<!\\d)\\d’[0-5]\\d”)"
                        "|(?<=[（(]\\d{3})-(?=\\d{3,4}[）)])|(?<=[（(]\\d{4})-(?=\\d{4}年?[）)])|(?<=[（(]\\d{4}年)-(?=\\d{4}年[）)])"
                        "|(?<![A-Za-z])[Oo〇](?=[℃°])|[○◯]+|[➗✖]|(?<=[\\w)])[➕➖](?=\\s?[\\w(])|(?<=[0-9])\u2105(?![ \t]*[A-Za-z])")
#: the small and vertical forms of marks (﹐﹕ of Big5-era copy, ︒︵ of text cut from a
#: vertical page) as the marks themselves: set as they are, they would be no marks to the
#: composer, and a ﹐ could start a line
_COMPAT_MARKS = dict(zip("\ufe50\ufe51\ufe54\ufe55\ufe56\ufe57\ufe59\ufe5a\ufe5b\ufe5c\ufe5d\ufe5e"
                         "\ufe52\ufe5f\ufe60\ufe61\ufe62\ufe63\ufe64\ufe65\ufe66\ufe68\ufe69\ufe6a\ufe6b"
                         "\ufe10\ufe11\ufe12\ufe13\ufe14\ufe15\ufe16\ufe17\ufe18\ufe19\ufe30"
                         "\ufe35\ufe36\ufe37\ufe38\ufe39\ufe3a\ufe3b\ufe3c\ufe3d\ufe3e\ufe3f\ufe40"
                         "\ufe41\ufe42\ufe43\ufe44",
                         ",、;:?!()｛｝〔〕" ".#&*+-<>=\\$%@" ",、。:;!?〖〗…:" "()｛｝〔〕【】《》〈〉" "「」『』"))
#: (the ASCII , ; : ? ! ( ) they stand for are then judged as typed ones are: ，in Chinese text,
#: the colon of a time, 10﹕30 -> 10:30; ︰ is Hong Kong copy's colon)
_COMPAT = re.compile("[" + "".join(_COMPAT_MARKS) + "]")
#: (the minus sign U+2212, from word processors and PDF copy, is in no CJK body face the
#: papers use: set as the hyphen-minus, as Chinese papers set a minus)
_DOCUMENT_YEAR = re.compile("[\\[【［(（](?:19|20)\\d\\d[\\]】］)）]")
_STAND_IN_RULES = {"\u2015": ("—", "horizontal bar as a dash"),
                   "\u2212": ("-", "minus sign U+2212 as the hyphen-minus (−5℃ -> -5℃)"),
                   "：": (":", "full-width colon in a time as the figures' colon (8：30 -> 8:30)"),
                   # (an emoji keyboard's heavy signs, in no newspaper face: the signs)
                   "➕": ("+", "an emoji's heavy plus sign as + (2➕3 -> 2+3)"),
                   "➖": ("-", "an emoji's heavy minus sign as - (5➖3 -> 5-3)"),
                   "➗": ("÷", "an emoji's heavy division sign as ÷ (12➗3 -> 12÷3)"),
                   "✖": ("×", "an emoji's heavy multiplication sign as × (3✖2 -> 3×2)"),
                   # (℅, care of, beside % in an input method's list of signs, in no body face)
                   "\u2105": ("%", "℅ (care of) after a figure as the per cent sign it was meant for (60℅ -> 60%)")}

#: every character a rule below may act on: the text between two of them is copied as it is
#: (most of a Chinese paragraph)
_TRIGGERS = re.compile("[" + re.escape(",;:?!()[]<>\"'“”‘’-—–….。~·・⋯" + _BL3 + _NO_BREAK_SPACES + "".join(sorted(_INVISIBLE)))
                       + "\ud800-\udfff]")
_ASCII_LETTER = re.compile("[A-Za-z]")


class Change(NamedTuple):
    offset: int          # offset in the original text
    before: str
    after: str
    rule: str            # short name of the rule applied

    def describe(self) -> str:
        if not self.after:
            return f"removed {_show(self.before)} ({self.rule})"
        if unicodedata.normalize("NFC", self.before) == self.after and len(self.before) < 8:
            # (a composition looks the same before and after: its code points tell them apart)
            return f"{_codes(self.before)} -> {_codes(self.after)} {_show(self.after)} ({self.rule})"
        return f"{_show(self.before)} -> {_show(self.after)} ({self.rule})"


def _codes(s: str) -> str:
    return " ".join(f"U+{ord(c):04X}" for c in s)


#: line breaks inside a paragraph: a word processor's manual line break (U+000B), the
#: Unicode line and paragraph separators, NEL, a form feed (between Latin words: a space)
_LINE_BREAKS = "\u000b\u000c\u0085\u2028\u2029"


def _show(s: str) -> str:
    if any(map(_unseen, s)) and not (s[:1] == "<" and s[-1:] == ">" and HTML_TAG.fullmatch(s)):
        # (an HTML tag's blanks are plain spaces between its attributes: shown as typed)
        return " ".join(f"U+{ord(c):04X}" if _unseen(c) else c for c in s)
    return f'"{s}"' if "'" in s else f"'{s}'"


def _unseen(c: str) -> bool:
    """A character that shows nothing by itself in a message: a blank, a control or format
    character, or a mark that combines with the one before (U+FE0F, U+0301)."""
    return not c.isprintable() or c.isspace() or unicodedata.category(c) in ("Mn", "Me", "Cf")


@lru_cache(maxsize=4)
def _blank_end(text: str) -> int:
    """Where the blanks and invisible characters ending ``text`` begin."""
    return len(text.rstrip(_BLANK_OR_INVISIBLE))


def _neighbours(text: str, i: int, j: int, blanks: str = _BL) -> tuple[str, str]:
    """The nearest characters before ``i`` and from ``j`` on that are not blank or invisible."""
    a = i - 1
    while a >= 0 and (text[a] in blanks or text[a] in _INVISIBLE):
        a -= 1
    b = j
    while b < len(text) and (text[b] in blanks or text[b] in _INVISIBLE):
        b += 1
    return (text[a] if a >= 0 else ""), (text[b] if b < len(text) else "")


def _chinese(ch: str) -> bool:
    return bool(ch) and is_chinese_context(ch)


#: in a run of Latin, digits and signs, what says it is not a list in a Chinese sentence:
#: spaces (Latin text), URLs and e-mail addresses, code and formulas
_NOT_A_LIST = frozenset(" \t\u00a0\u3000/@=()[]{}<>\\:")


def _english_dash(text: str, k: int) -> bool:
    """Is the — at ``k`` a single dash between English words, Latin or an ASCII mark the nearest
    character on each side past spaces (PbzlG9MTHa — SportsCenter, people think! — Donald)?"""
    if text[k + 1:k + 2] == "—" or text[k - 1:k] == "—":
        return False
    left, right = _neighbours(text, k, k + 1, " \t")
    # (letters: not figures, 8:30 — 16:00, a range of times in Chinese text; or nothing, at the
    # start of an English quotation's source: — Taylor Swift (@taylorswift13))
    # (at the start of an English line, with no Chinese in it: — Taylor Swift (@taylorswift13);
    # not — iPhone 15评测, a Chinese paragraph after a dash)
    start = not text[:k].strip() and not any(is_han(c) for c in text)
    return ((left.isalpha() and is_latin(left) or left in ("!", "?", ".", ",", ")", '"', "'") or start)
            and right.isalpha() and is_latin(right) and (text[k - 1:k] in " \t" or text[k + 1:k + 2] in " \t")
            and (k > 0 or start) and k + 1 < len(text))


def _names_around(text: str, i: int, reach: int) -> bool:
    """Are the words around the mark at ``i``, back and on to Chinese text, all capitalised:
    names in a Chinese sentence (談到Rajon Rondo,James說), not English typed without a space
    after its comma (Thanks everyone,see you soon)?"""
    a, b = i - 1, i + 1
    while a >= 0 and i - a <= reach and not _chinese(text[a]):
        a -= 1
    while b < len(text) and b - i <= reach and not _chinese(text[b]):
        b += 1
    if a < 0 or b >= len(text) or not (_chinese(text[a]) and _chinese(text[b])):
        return False
    words = re.findall(r"[A-Za-z]+", text[a + 1:b])
    return bool(words) and all(w[0].isupper() for w in words)


def _in_chinese_run(text: str, i: int, reach: int = 80) -> bool:
    """True when the comma or semicolon at ``i`` stands in a run of Latin letters, digits
    and signs with Chinese text right before and right after the run (涨1.8%;PPI环比,
    包括GDP,CPI等): a Chinese sentence's mark, though neither neighbour is Chinese. The run
    may hold spaces (是3877mAh,iPhone 15 Plus电池; 位宽 256-bit,TGP 为) when no space follows
    the mark, as one would in Latin text (他说Hello, world), and the word before it holds a
    figure. Not in a URL, an e-mail address or code (``_NOT_A_LIST``)."""
    # spaces in the run only when the word before the mark holds a figure (3877mAh,iPhone 15):
    # not English typed without a space after its comma (Thanks everyone,see you soon)
    k = i - 1
    while k >= 0 and i - k <= reach and text[k] not in _BL and not _chinese(text[k]):
        k -= 1
    spaced = (i + 1 < len(text) and text[i + 1] in _BL) or not (
        any(c.isdigit() for c in text[k + 1:i]) or _names_around(text, i, reach))
    ends = []
    for step in (-1, 1):
        k = i + step
        held = 0    # (brackets closed between the mark and here: the mark is outside them)
        while 0 <= k < len(text) and abs(k - i) <= reach and not _chinese_edge(text, k):
            if text[k] in "()" and _TIE_BREAK.search(text, max(0, k - 3), k + 4):
                pass    # (a tie-break's figures in brackets are a score's: 6-4,7-6(2),7-6(7))
            elif text[k] == (")" if step < 0 else "(") and held >= 0 and not spaced:
                held += 1       # (a bracket of figures or Latin before or after the mark, the mark
                # outside it: 电池(73.6kWh),Pro版; not f(x,y), 坐标(3,4), the mark inside)
            elif text[k] == ("(" if step < 0 else ")") and held > 0:
                held -= 1
                if step < 0 and held == 0 and not (k > 0 and _chinese(text[k - 1])):
                    return False    # (the bracket typed solid after Chinese: 电池(73.6kWh),Pro版;
                    # not an English reference's year, Wang et al.(2020),Nature)
            elif (text[k] in _NOT_A_LIST and (spaced or text[k] not in _BL)
                    and not (text[k] == ":" and text[k - 1:k].isdigit() and text[k + 1:k + 2].isdigit())
                    and not (text[k] in "()" and _TIE_BREAK.search(text, max(0, k - 3), k + 4))
                    and not (text[k] == "/" and any(m.start() < k < m.end() for m in
                                                    _UNIT_SLASH.finditer(text, max(0, k - 8), k + 5)))
                    and not (text[k] == "/" and not spaced and _WORDS_SLASH.match(text, _word_start(text, k)))):
                return False    # (a : between figures is a time's: 8:30-12:00,14:30-17:30; a
                # tie-break's figures in brackets are a score's: 6-4,7-6(2),7-6(7); a / a
                # unit's: 110g/L,5～11岁, or one between two words of letters, VRR/ALLM,HDMI)
            k += step
        ends.append(0 <= k < len(text) and _chinese_edge(text, k) and held == 0)
    return all(ends)


def _word_start(text: str, k: int) -> int:
    """Where the word of letters ending before ``k`` starts."""
    while k > 0 and text[k - 1].isascii() and text[k - 1].isalpha():
        k -= 1
    return k


#: two words of letters, a list's (VRR/ALLM, TCP/IP, AT/CVT): not a path or an address
_WORDS_SLASH = re.compile(r"(?<![A-Za-z0-9./:])[A-Za-z]{2,8}/[A-Za-z]{2,8}(?![A-Za-z0-9./:])")


def _chinese_edge(text: str, k: int) -> bool:
    """Is ``text[k]`` Chinese, or a colon typed half width after Chinese (規格如下:4*1.6GHz,GPU:
    the colon is the Chinese sentence's, not a time's or an address's)?"""
    return _chinese(text[k]) or text[k] == ":" and k > 0 and _chinese(text[k - 1])


_TIE_BREAK = re.compile(r"\d\(\d{1,2}\)")
#: a unit with a solidus after its figure: 110g/L, 7.8mmol/L, 60km/h, 3m/s
_UNIT_SLASH = re.compile(r"\d\s?[A-Za-zμ]{1,5}[²³]?/[A-Za-z]{1,3}[²³]?(?![A-Za-z/])")


def _ends_latin_in_chinese(text: str, i: int, reach: int = 40) -> bool:
    """True when the ? or ! at ``i`` ends a run of Latin letters, digits and signs with no
    space in it that Chinese text comes right before, and the end of the paragraph, Chinese
    text, a closing mark or a figure comes after (他买了一部iPhone! 增长300%!): a Chinese
    sentence's mark. Not after a URL's query nor inside a name (Yahoo!Japan)."""
    k = i - 1
    while k >= 0 and i - k <= reach and not _chinese(text[k]):
        if text[k] in _NOT_A_LIST or text[k] in _BL:
            return False
        k -= 1
    if k < 0 or not _chinese(text[k]) or k == i - 1:
        return False
    b = i + 1
    while b < len(text) and text[b] in _BL3:
        b += 1
    nxt = text[b] if b < _blank_end(text) else ""
    if nxt in ("》", "〉", ")", "）"):
        return False        # a title's or a bracketed name's own mark (《Mamma Mia!》 (Yahoo!))
    return not nxt or _chinese(nxt) or nxt in CLOSING or nxt in "\"')" or nxt.isdigit()


#: marks that a space typed beside them only widens: what carries its own blank (brackets,
#: quotes, 点号) on that side, and the 破折号, 省略号 and 间隔号, which take none
_NO_SPACE_BEFORE = CLOSING | PAUSE | FULL_STOP | MIDDLE_DOTS | frozenset("—…")
_NO_SPACE_AFTER = OPENING | PAUSE | FULL_STOP | MIDDLE_DOTS | frozenset("—…")


def normalize(text: str, phrases: bool = False, carried: bool | None = None,
              wrapped: bool = False, emoji: frozenset = frozenset()) -> tuple[str, list[Change]]:
    """Return the normalised text and the changes made, in order of their offsets in ``text``.

    ``carried``: does a quotation opened in the paragraph before go on into this one (True),
    or was every quotation there closed (False)? None where that is not known. A straight
    quote the paragraph's text starts after may close the one carried (…赔偿责任"和…).

    ``phrases``: the text is a head (headline, title, banner, subhead), where a space after a
    closing quote or book-title mark, or before an opening one, separates two phrases and is
    set as a 一字空 (学习《条例》 做合格党员); in running text it is a stray space, removed
    like one before a comma or beside a 破折号."""
    changes: list[Change] = []
    # Passes that change the text's length first, each change recorded where it stands in
    # the text as typed (``_Passes``); then those that change one character for one.
    passes = _Passes()
    if not unicodedata.is_normalized("NFC", text):
        text = passes.run(_composed, text, changes)
    if "<" in text and HTML_TAG.search(text) or ESCAPED_CR in text or "\\" in text and _escaped_quotes(text):
        text = passes.run(_tags, text, changes)
    if emoji and any(ch in emoji for ch in text) or "\u20e3" in text or "\U0001F51F" in text:
        text = passes.run(lambda t: _emoji(t, emoji, phrases), text, changes)
    lead = len(text) - len(text.lstrip(" \u3000\t"))
    if (not phrases and text[lead:lead + 1] in "-+·•・" and (
            _MARKDOWN_BULLET.match(text, lead) and not _NOT_A_BULLET.fullmatch(text, lead)
            and not DOTTED_HEAD.match(text, lead) and not _SIGNED_TERM.match(text, lead)
            or _SOLID_DOT_BULLET.match(text, lead) and not text.rstrip().endswith(text[lead]))):
        text = passes.run(_bullet, text, changes)
    elif not phrases and text[lead:lead + 1] in POINTERS:
        text = passes.run(_pointer, text, changes)
    if "**" in text and _BOLD.match(text):
        text = passes.run(_bold, text, changes)
    if ("】" in text or "]" in text or "］" in text) and _WEB_BUTTONS.search(text):
        text = passes.run(_web_buttons, text, changes)
    if "|" in text and text.count("|") <= 2 and _trailing_bars(text):
        text = passes.run(_trailing_bar, text, changes)
    if "&" in text and _ENTITY.search(text):
        text = passes.run(_entities, text, changes)
    if "''" in text or "``" in text:
        text = passes.run(_doubled_quotes, text, changes)
    if (" " in text or "\u00a0" in text) and _LETTER_SPACED.fullmatch(text):
        text = passes.run(_letter_spaced, text, changes)
    first = len(changes)
    if _COMPAT.search(text):
        text = _compat_marks(text, changes)     # (one character for one, before the stand-ins)
    if _STAND_INS.search(text):
        text = _stand_ins(text, changes)
    if _FULL_WIDTH_ANY.search(text):
        # first, as the rules below must see Latin as Latin; one character for one, so the
        # offsets of later changes still hold
        text = _ascii_letters_and_digits(text, changes)
    if ("，" in text or "。" in text or "‘" in text) and _ASCII_LETTER.search(text):
        # (and the marks of an English sentence typed full width, before the quotes beside
        # them are judged: one character for one too)
        text = _english_marks(text, changes)
    out: list[str] = []
    parens = _matching_parens(text)
    squares = _square_brackets(text) if "[" in text else {}
    angles = _angle_titles(text) if "<" in text else {}
    doubles = _double_quotes(text, carried) if '"' in text or "”" in text or "“" in text else ([], [], {})
    latin_quotes = _latin_quotes(text, doubles[0])
    quotes = _quote_pairs(text, doubles=doubles)   # " by index: the curly quote it becomes, or None (and “ ” turned)
    quotes.update(_quote_pairs(text, "'", "‘’"))   # and ' (not an apostrophe: it's, 90's)
    if "’" in text:
        quotes.update(_turned_singles(text))     # and ’…‘ typed the wrong way round
    parens.update(quotes)                # (the marks' rule looks at both)
    english = _english_pairs(text, parens) if "“" in text or "‘" in text else ((), ())   # (quotations in English text)
    curled = _curled_in_latin(text, quotes, doubles[0]) if '"' in text or "'" in text else {}
    if curled:      # (and the ones curled here are quotations in English text too)
        english = (set(english[0]) | {k for k, q in curled.items() if q in "“‘"},
                   set(english[1]) | {k for k, q in curled.items() if q in "”’" and not text[k + 1:k + 2].isalpha()})
    i, n = 0, len(text)
    search = _TRIGGERS.search
    strays, doubtful = _stray_spaces(text, wrapped) if not phrases and " " in text else (frozenset(), frozenset())
    started = False     # has a character been set (blanks at a paragraph's start are removed)?
    blank_from = _blank_end(text)       # (and from here to the end)
    while i < n:
        m = search(text, i)
        if m is None:
            out.append(text[i:])
            break
        if m.start() > i:
            out.append(text[i:m.start()])
            i = m.start()
            started = True
        ch = text[i]
        rep, length, rule = None, 1, ""
        if ch in _LINE_BREAKS:
            # (a run as one: \r\n from &#13;&#10;) a space between Latin text, else nothing
            length = _run(text, i, _LINE_BREAKS)
            left, right = text[i - 1:i], text[i + length:i + length + 1]
            spaced = left and right and not (left.isspace() or right.isspace() or _chinese(left) or _chinese(right))
            rep = " " if spaced else ""
            rule = ("line break inside a paragraph as a space between Latin words" if spaced
                    else "line break inside a paragraph")
        elif ch in _INVISIBLE or unicodedata.category(ch) == "Cs":
            rep, rule = "", "invisible character"
        elif ch in ",;:?!":
            if _after_english_quote(text, i, english):
                pass    # (after a quotation in English text, before English: “beacon”, but)
            elif (_full_width_mark(text, i, parens, latin_quotes) or _after_full_width(out, text, i, latin_quotes)
                    or ch in "?!" and _ends_set_latin(out, text, i, latin_quotes)):
                rep, rule = FULL_WIDTH[ch], "full-width punctuation in Chinese text"
        elif ch in "()":
            if parens.get(i):
                rep, rule = FULL_WIDTH[ch], "full-width brackets in Chinese text"
        elif ch in "[]":
            if squares.get(i):
                rep, rule = squares[i], "full-width brackets in Chinese text"
        elif ch in "<>":
            if i in angles:
                rep, rule = angles[i], "书名号 typed as < > (inside 《》 the inner one, 〈〉: GB/T 15834 4.15.3)"
        elif ch in "·・" and text.startswith(ch * 3, i):
            length = _run(text, i, ch)
            rep, rule = "……", "省略号"
        elif ch == '"':
            if quotes.get(i):
                rep, rule = quotes[i], ("curly quotes" if quotes[i] in "“”"
                                        else "」 closing a quotation opened with 「" if quotes[i] == "」"
                                        else "a quotation inside a quotation in ‘’ (GB/T 15834 4.8)")
            elif i in curled:
                rep, rule = curled[i], "curly quotes in Latin text (\"hi\" -> “hi”)"
        elif ch in "’”" and _ANGLE_MARK.search(text, max(0, i - 16), i):
            # (the minutes and seconds of an angle typed as quotes: 东经113°45’12” -> 113°45′12″)
            rep, rule = ("′" if ch == "’" else "″"), "minutes or seconds of an angle typed as a quote (113°45’12”)"
        elif ch in "“”‘’":
            if quotes.get(i):
                rep, rule = quotes[i], "curly quote facing the wrong way"
            elif i in english[0] and i and is_latin(text[i - 1]):
                rep, rule = " " + ch, "space before a quotation in English text (a “beacon)"
            elif i in english[1] and is_latin(text[i + 1:i + 2]):
                rep, rule = ch + " ", "space after a quotation in English text (“removal” is)"
        elif ch == "'":
            if quotes.get(i):
                rep, rule = quotes[i], "curly quotes"
            elif i in curled:
                rep, rule = curled[i], ("apostrophe (it's -> it’s)" if curled[i] == "’" and i + 1 < n
                                        and text[i + 1].isalpha() else "curly quotes in Latin text ('hi' -> ‘hi’)")
        elif text.startswith("--", i) and _TABLE_RULE.fullmatch(text) is None:
            # (not the rule of a table pasted as Markdown, ---|---|: reported as a table's row)
            length = _run(text, i, "-")
            if _range_between(text, i, i + length):
                rep, rule = "—", "一字线 between numbers or dates (a range: 2018—2019)"
            elif length >= 3 and text[i - 1:i] in ")）" and _BARE_AMOUNT.match(text, i + length):
                pass    # (a table's empty cells run into a negative figure, 净额(元)-----150,956,664.73:
                # as typed, the last - the figure's sign; not 破折号 before a figure that loses it)
            elif _empty_cell(text, i):
                pass    # (a table's cell of dashes, | -- |: no data, as typed; not 破折号)
            else:
                rep, rule = "——", "破折号"
        elif ch == "—" and text.startswith("———", i) and _overlong_dash(out, text, i):
            length = _run(text, i, "—")
            rep, rule = "——", f"破折号 of {'three' if length == 3 else 'four'} dashes set as two (GB/T 15834 4.10)"
        elif ch == "–" and _dates_around(text, i):
            # (between years or dates in Chinese text; a score, 3–1, or words are left as typed)
            rep, rule = "—", "en dash between dates in Chinese text as the 一字线 (3月5日—11日: GB/T 15834 4.13.3.2)"
        elif ch in "—" and not text.startswith("——", i) and not (i > 0 and text[i - 1] == "—"):
            before = _last_set(out, "")
            after = _as_set(text, i + 1, parens, latin_quotes)
            # between Chinese text, or at a paragraph's edge (a 一字线 joins two things)
            if ((_chinese(before) or not before) and (_chinese(after) or not after) and (before or after)
                    and not _place_range(text, i) and not _route_pair(text, i)
                    and not _in_a_title(text, i) and not _name_chain(text, i)
                    and not _bracketed_pair(text, i) and not _quoted_chain(text, i) and not _road_chain(text, i)
                    and _ROUTE_FIELD.search(text, max(0, i - 40), i) is None):
                rep, rule = "——", "破折号"
        elif text.startswith("...", i):
            length = _run(text, i, ".")
            if not _latin_ellipsis(text, i, i + length, latin_quotes):
                rep, rule = "……", "省略号"
        elif (ch == "." and 0 < i < len(text) - 1 and is_han(text[i - 1]) and is_han(text[i + 1])
              and _inside_a_title(text, i)):
            rep, rule = "·", "dot between the parts of a title as the 间隔号 (《史记·项羽本纪》)"
        elif (ch == "." and 0 < i < len(text) - 1 and is_han(text[i - 1]) and is_han(text[i + 1])
              and _name_dot(text, i)):
            rep, rule = "·", "dot between the parts of a foreign name as the 间隔号 (弗拉基米尔·普京)"
        elif ch == "." and i - 1 not in english[1] and (_sentence_end(text, i, parens) or _figures_end(out, text, i)):
            rep, rule = "。", "full stop after a Chinese sentence"
        elif ch == "~" and _in_range(text, i):
            rep, rule = "～", "浪纹线 in a range of numbers (3～5天)"
        elif text.startswith("。。。", i):
            length = _run(text, i, "。")
            rep, rule = "……", "省略号"
        elif (ch == "…" and not text.startswith("……", i) and not (i > 0 and text[i - 1] == "…")
              and not _latin_ellipsis(text, i, i + 1, latin_quotes, solid=True)):
            rep, rule = "……", "省略号"
        elif ch == "⋯" and (_chinese(text[i - 1:i]) or _chinese(text[i + _run(text, i, "⋯"):][:1])):
            # (in Chinese text; a formula's, a1,a2,⋯,an, is kept)
            # (the midline ellipsis of some input methods: one or a pair, the 省略号 of two …)
            length = _run(text, i, "⋯")
            rep, rule = "……", "省略号 typed as ⋯ (U+22EF)"
        elif ch in _BL3 or ch in _NO_BREAK_SPACES:
            length = _run(text, i, _BL3) or 1
            run = text[i:i + length]
            before, after = _neighbours(text, i, i + length)
            if not started or i + length >= blank_from:
                rep, rule = "", "spaces at the start or end of a paragraph"
            elif ch in _NO_BREAK_SPACES and is_latin(before) and before.isalpha() and is_latin(after) and after.isalpha():
                rep, rule = " ", "no-break space between words as a space (a line may break there)"
            elif ch in _NO_BREAK_SPACES and not (_chinese(before) and _chinese(after)) and not _beside_mark(
                    _last_set(out, before), _as_set(text, i + length, parens, latin_quotes), phrases):
                pass    # (10 000 000, 5 km; between Chinese words or beside a mark, a space like any other)
            elif "\u3000" not in run and _apostrophe_beside(text, i, i + length):
                if run != " ":
                    rep, rule = " ", "several spaces"
            elif _last_set(out, before) in "。！？”" and _CREDIT.fullmatch(text, i + length, blank_from):
                # (a photo's credit after its caption: 进球后庆祝。　新华社发, …。　本报记者　张三　摄)
                if run != "\u3000":
                    rep, rule = "\u3000", "space before a credit set as 一字空 (庆祝。　新华社发)"
            elif "\u3000" not in run and (text[i - 1:i] == "—" and _english_dash(text, i - 1)
                                          or text[i + length:i + length + 1] == "—" and _english_dash(text, i + length)):
                if run != " ":
                    rep, rule = " ", "several spaces"     # (beside a dash between English words)
            elif "\u3000" not in run and (i - 1 in english[1] or i + length in english[0] or latin_quotes and (
                    _in_latin_quote(latin_quotes, i) and after in "‘“" and is_latin(_last_set(out, before)))):
                if run != " ":
                    rep, rule = " ", "several spaces"     # (beside a quotation in English text, or
                    # one inside a Latin quotation: “She told me ‘no.’”)
            elif "\u3000" in run and (_blank_beside_mark(_last_set(out, before),
                                                       _as_set(text, i + length, parens, latin_quotes))
                                    or not phrases and _last_set(out, before) in "。，、；："):
                # (in running text a 点号 carries its blank: 作用。　各级 -> 作用。各级; a head
                # may part two phrases after ？ or ！ with one: 如何？　看这里)
                rep, rule = "", "space beside a Chinese punctuation mark"
            elif "\u3000" in run and is_latin(_last_set(out, before)) and is_latin(after):
                rep, rule = " ", "一字空 between Latin words or figures as a word space"
            elif "\u3000" not in run and (is_latin(after) or _as_set(text, i + length, parens, latin_quotes)
                                          in ("“", "‘", "《")) and _dateline_before(out):
                rep, rule = "\u3000", "space after a dateline set as 一字空 (新华社北京3月8日电　3月8日, 本报讯　“…)"
            elif run == " " and after.isdigit() and _standard(text, i):
                rep, rule = "\u00a0", "the space of a standard's number kept on one line (GB 2762-2012)"
            elif run == " " and before.isdigit() and _digit_group_space(text, i):
                rep, rule = "\u00a0", "the space between a number's groups of three figures kept on one line (1 241例)"
            elif run == " " and before.isdigit() and _mobile_group_space(text, i):
                rep, rule = "\u00a0", "the space between a mobile number's groups kept on one line (139 839 17338)"
            elif "\u3000" not in run and "\t" not in run and text[i - 1:i].isdigit() and after in "%％‰":
                # (GB/T 15835: a figure and its per cent are set solid, as % is never parted
                # from it: 增长1.4 % -> 1.4%, not a Han-Latin gap's width between them)
                rep, rule = "", "space between a figure and its % (1.4 % -> 1.4%)"
            elif run == " " and _COORDINATE_AFTER.match(text, i + 1) and _HEMISPHERE_BEFORE.search(text, max(0, i - 2), i):
                rep, rule = "\u00a0", "the space between a coordinate's letter and its figure kept on one line (E 119°13′)"
            elif run == " " and before.isdigit() and text[i - 1:i].isdigit() and _UNIT.match(text, i + 1):
                rep, rule = "\u00a0", "the space between a figure and its unit kept on one line (900 K, 100 kg)"
            elif ("\u3000" not in run and (after.isdigit() or after in "-+") and _fields_after(text, i + length)
                  and _FIELD_BEFORE.search(_tail(out, 24))):
                # (pasted from a table or a forecast: 多云 西南风2—3级 3℃~-8℃; typed with spaces
                # around every figure, 西南风 2—3 级 3℃, each is a Han-Latin gap)
                rep, rule = "\u3000", "space between two quantities, fields of a line, set as 一字空 (2—3级　3℃)"
            elif ("\u3000" not in run and before.isdigit() and _A_TIME_BEFORE.search(_tail(out, 8))
                  and _SCHEDULE_AFTER.match(text, i + length)):
                # (a schedule's fields: 上午8:30-12:00 下午2:30-5:30, 9:00-17:00 周六…: the blank
                # parts two times, not a Han-Latin gap that runs them together)
                rep, rule = "\u3000", "space between two times of a schedule set as 一字空 (8:30-12:00　下午2:30)"
            elif ("\u3000" not in run and _A_LABEL_AFTER.match(text, i + length)
                  and _A_FIELD_BEFORE.search(("" if len(_tail(out, 60)) >= 60 else "\n") + _tail(out, 60))):
                # (a row of fields whose values are codes or figures: 中图分类号:F01 文献标识码:A;
                # a Han-Latin gap would run the value into the next label, F01文献标识码)
                rep, rule = "\u3000", "space between two fields of a line set as 一字空 (分类号：F01　标识码：A)"
            elif _around_a_note(text, i, i + length):
                rep, rule = "", "spaces around a note's mark (君子 ④ 乎 -> 君子④乎)"
            elif "\u3000" not in run and _in_spaced_score(text, i, i + length):
                rep, rule = "", "spaces around - or : between numbers (a score or range: 2 - 1)"
            elif "\u3000" not in run and _beside_connector(out, text, i, i + length):
                rep, rule = "", "space beside a / or ～ joining Chinese words or figures (周一/周三)"
            elif "\u3000" not in run and any(text[k:k + 1] == "…" and _latin_ellipsis(text, k, k + 1, latin_quotes)
                                             for k in (i - 1, i + length)):
                if run != " ":
                    rep, rule = " ", "several spaces"     # (beside an ellipsis in English text)
            # (the neighbours as they are set: the one before is already in ``out``)
            elif "\u3000" not in run and _beside_mark(
                    _last_set(out, before), _as_set(text, i + length, parens, latin_quotes), phrases):
                rep, rule = "", "space beside a Chinese punctuation mark"
            elif not phrases and run == " " and is_han(before) and is_han(after) and i in strays:
                rep, rule = "", STRAY_SPACE
            elif _chinese(_last_set(out, before)) and _chinese(
                    _as_set(text, i + length, parens, latin_quotes)):
                if run != "\u3000" and not (set(run) == {"\u3000"} and _last_set(out, before) in OPENING):
                    # Between Chinese phrases (headlines, banners) a space is a 一字空.
                    rep, rule = "\u3000", KEPT_SPACE if i in doubtful else "space between Chinese phrases set as 一字空"
            elif (len(run) >= 3 and "\u3000" not in run and _chinese(_last_set(out, before)) and after.isdigit()
                  and len(text) <= MAX_LISTING_ROW and _A_ROWS_VALUE.fullmatch(text, i + length)):
                # (a listing's row typed with a run of spaces between a name and its value, 菜  花
                # 2.60, 大白菜    1.40: a Han-Latin gap would run them together, 大白菜1.40)
                rep, rule = "\u3000", "spaces between a row's name and its figure set as 一字空 (大白菜　1.40)"
            elif "\u3000" not in run and run != " ":
                rep, rule = " ", "several spaces"
        if rep is None:
            out.append(text[i:i + length])
            started = started or ch not in _BL3 + _NO_BREAK_SPACES
        else:
            out.append(rep)
            changes.append(Change(i, text[i:i + length], rep, rule))
            started = started or bool(rep.strip(_BL3))
        i += length
    if passes:
        changes[first:] = [c._replace(offset=passes.back(c.offset)) for c in changes[first:]]
        changes.sort(key=lambda c: c.offset)
        # a character a first pass made and a rule then changed, as one change (''好 -> “好)
        folded: list[Change] = []
        for c in changes:
            if folded and folded[-1].offset == c.offset and folded[-1].after == c.before:
                c = c._replace(before=folded.pop().before)
            folded.append(c)
        return "".join(out), folded
    changes.sort(key=lambda c: c.offset)
    return "".join(out), changes


#: a line typed with a space between every character, four or more (a head letter-spaced by
#: hand: 第 二 次 国 内 革 命 战 争); not two or three (姓 名, 总　则: a 一字空 is meant)
_LETTER_SPACED = re.compile(r"[ \u3000\u00a0]*[《“（]?[ \u00a0]?[\u3400-\u9fff](?:[ \u00a0][\u3400-\u9fff]){3,}"
                            r"[ \u00a0]?[》”）]?[。！？]?[ \u3000\u00a0]*")
#: a space of a letter-spaced line: between two of its characters, or beside a mark it holds
_LETTER_SPACE = re.compile(r"(?<=[\u3400-\u9fff《“（])[ \u00a0](?=[\u3400-\u9fff])"
                           r"|(?<=[\u3400-\u9fff])[ \u00a0](?=[》”）])")


def _letter_spaced(text: str) -> tuple[str, list[Change]]:
    """``text`` (matched by ``_LETTER_SPACED``) without the spaces between its characters (第 二
    次 国 内 革 命 战 争, 《 论 持 久 战 》, typed with no-break spaces too)."""
    made = [Change(m.start(), m.group(), "", "spaces typed between every character of a line (letter-spacing) removed")
            for m in _LETTER_SPACE.finditer(text)]
    return _LETTER_SPACE.sub("", text), made


class _Passes:
    """The passes that changed the text's length, each as the spans it replaced: (start, end
    in its result, start, end in what it was given). ``back`` maps an offset in the text
    after them all to one in the text as typed (inside a replaced span: its start)."""

    def __init__(self):
        self.spans: list[list[tuple[int, int, int, int]]] = []

    def __bool__(self) -> bool:
        return bool(self.spans)

    def run(self, step, text: str, changes: list) -> str:
        """``text`` after ``step(text) -> (new text, [Change, ...])``, the changes (offsets in
        ``text``) added to ``changes`` where they stand in the text as typed."""
        new, made = step(text)
        changes.extend(c._replace(offset=self.back(c.offset)) for c in made)
        spans, shift = [], 0
        for c in made:
            start = c.offset + shift
            spans.append((start, start + len(c.after), c.offset, c.offset + len(c.before)))
            shift += len(c.after) - len(c.before)
        self.spans.append(spans)
        return new

    def back(self, offset: int) -> int:
        for spans in reversed(self.spans):
            shift = 0
            for start, end, old_start, old_end in spans:
                if offset < start:
                    break
                if offset < end:
                    offset, shift = old_start, 0
                    break
                shift = old_end - end
            offset += shift
        return offset


def _composed(text: str) -> tuple[str, list]:
    """Unicode composition (NFC), one change for each character changed (e+U+0301 -> é, the
    compatibility ideograph U+F901 -> 更), or for the whole text where composition reaches
    across characters."""
    whole = unicodedata.normalize("NFC", text)
    out, made, i, n = [], [], 0, len(text)
    while i < n:
        j = i + 1
        while j < n and (unicodedata.combining(text[j]) or "\u1160" <= text[j] <= "\u11ff"):
            j += 1      # (a mark, or the vowel or final of a decomposed Hangul syllable)
        piece = text[i:j]
        composed = unicodedata.normalize("NFC", piece)
        if composed != piece:
            made.append(Change(i, piece, composed, "Unicode composition (NFC)"))
        out.append(composed)
        i = j
    if "".join(out) != whole:
        return whole, [Change(0, text, whole, "Unicode composition (NFC)")]
    return whole, made


_FW_DIGITS = "０１２３４５６７８９"


#: an HTML tag, in copy from a web page's source (<p class="ql-block">, </p>, <br/>, <span>):
#: the names of HTML's elements only, in lower case, and attributes with their values, so that
#: 《》 typed as < > (<论语>, <Big Fish>, <A Quiet Place>) and signs (<140, a <b 且 c> d) stay
#: a tag's attributes, each written name="value" (what is read as a tag, and parts paragraphs)
HTML_ATTRIBUTES = r"""(?:\s+[a-z_:][-a-z0-9_:.]*\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))*"""
HTML_TAG = re.compile(r"</?(?:p|br|div|span|font|strong|b|i|u|em|a|li|ul|ol|section|article|blockquote|h[1-6]"
                      r"|img|table|tbody|thead|tr|td|th|sup|sub|small|big|center|hr)" + HTML_ATTRIBUTES + r"\s*/?>")


#: a carriage return as a spreadsheet's or a word processor's XML export escapes it (_x000D_)
ESCAPED_CR = "_x000D_"
#: the longest paragraph (characters, as typed) taken for a listing's row, a name and its figure
#: parted by a run of spaces, and the value that ends the row: a figure or a range, a price's
#: 元 or a per cent after it or not (2.60, 1.8-2.6, 3.5元/斤; not 12.6万人, 100周年, 3月5日电)
MAX_LISTING_ROW = 40
_A_ROWS_VALUE = re.compile(r"\d+(?:\.\d+)?(?:[-～~—]\d+(?:\.\d+)?)?(?:\s?元(?:/\d*[\u4e00-\u9fff]{1,2})?|%)?\s*")
#: a backslash before a quote, as a web page's script escapes one in a string (证件丢失的\"事实\")
_ESCAPING_BACKSLASH = r"\\(?=[\"'“”‘’])"
_TAG_OR_CR = re.compile(HTML_TAG.pattern + "|" + ESCAPED_CR + "|" + _ESCAPING_BACKSLASH)


def _escaped_quotes(text: str) -> bool:
    """Are the backslashes in ``text`` a script's escapes of quotes in Chinese text, every one
    of them before a quote (证件丢失的\\"事实\\"), not a path's or code's (C:\\Users\\, echo \\"hello\\")?"""
    escapes = len(re.findall(_ESCAPING_BACKSLASH, text))
    return escapes > 0 and escapes == text.count("\\") and any(is_han(c) for c in text)


def _tags(text: str) -> tuple[str, list]:
    """HTML tags taken out: nothing in a tag is meant to print (a paragraph's <p> and </p>, a
    <br/>, have already parted the paragraphs: ``load``); escaped carriage returns; and the
    backslash a script escapes a quote with."""
    out, made, i = [], [], 0
    for m in _TAG_OR_CR.finditer(text):
        out.append(text[i:m.start()])
        made.append(Change(m.start(), m.group(), "", "escaped carriage return removed (copy from a spreadsheet's "
                                                     "or a document's export)" if m.group() == ESCAPED_CR
                           else "a backslash escaping a quote removed (copy from a web page's script: "
                                "\\\" -> \")" if m.group() == "\\"
                           else "HTML tag removed (copy from a web page's source)"))
        i = m.end()
    out.append(text[i:])
    return "".join(out), made


#: a Markdown list's bullet at a paragraph's start and the blank after it (- 630km（基础版）：…,
#: + 智能驾驶), or a web page's dot (· 通常采用肛温≥38℃, • 发布时间): not a minus sign, nor a
#: 间隔号 (a * is as often a note's star: * 文中受访者均为化名。)
_MARKDOWN_BULLET = re.compile(r"[-+·•・][ \t\u3000]+(?=\S)")
#: a web page's dot typed solid before the item's text (·食品安全领域, ·2003年10月18日…): a 间隔号
#: stands between two names, never first in a paragraph (not a head between two dots, ·学习贯彻…精神·)
_SOLID_DOT_BULLET = re.compile(r"[·•・](?=[\u4e00-\u9fff“《（【]|[0-9]+(?:\.[0-9]+)?[\u4e00-\u9fff])")
#: what starts as a bullet does but is none: a separator (- - -, + + +) or an end mark (- END -)
_NOT_A_BULLET = re.compile(r"[-+*·•・\s\u3000]+|([-+])\s+\S.{0,10}\s\1")
#: an equation's + and its term wrapped onto a line of their own (x^2 - 4x / + 3 = 0): no
#: bullet, an operator (not a list's item, - 1美元 = 7.12元, - PE = 市值/净利润)
_SIGNED_TERM = re.compile(r"\+[ \t]+(?:\d|[a-z](?![A-Za-z]))[^，。！？\n\u3400-\u9fff]{0,20}?[=＝]")
#: a head between two dots, as a kicker or a column's name is set (· 学习贯彻党的二十届三中全会精神 ·)
DOTTED_HEAD = re.compile(r"([·•・])[ \t\u3000]+[^·•・\n]{1,40}?[ \t\u3000]\1(?=[ \t\u3000]*(?:$|\n|[^ \t\u3000]))")


def _bullet(text: str) -> tuple[str, list]:
    """A Markdown list's bullet as a newspaper sets one, ● (a hyphen would read as a minus
    sign before a figure: -630km)."""
    lead = len(text) - len(text.lstrip(" \u3000\t"))
    m = _MARKDOWN_BULLET.match(text, lead) or _SOLID_DOT_BULLET.match(text, lead)
    return text[:lead] + "●" + text[m.end():], [
        Change(lead, m.group(), "●", "list bullet typed as in Markdown or a web page set as ●")]


#: what an emoji carries with it: the selector of its picture form, the joiner of a
#: sequence (👨‍👩‍👧, 🏃‍♂️: the sign after a joiner is the emoji's too), a keycap, a skin tone
_EMOJI_PARTS = "\ufe0f\u200d\u20e3" + "".join(map(chr, range(0x1F3FB, 0x1F400)))
#: the emoji that point (👉报名地址), set as ▶ where they start an item
_POINTING = "\U0001F446\U0001F447\U0001F448\U0001F449\u261d"
#: emoji that are a sign the faces have, set as it wherever they stand: a tick and a cross, do
#: and don't (✅ 优势 / ❌ 误区), a star of a rating (口味：⭐⭐⭐⭐⭐)
_EMOJI_SIGNS = {"✅": "✓", "✔": "✓", "☑": "✓", "❌": "×", "❎": "×", "✖": "×", "⭐": "★", "🌟": "★"}
#: a keycap (1️⃣ 报名, 🔟): the circled figure
_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3|\U0001F51F")
_KEYCAPS = re.compile("(?:[0-9]\ufe0f?\u20e3|\U0001F51F)+")
#: what an emoji says where it is taken out: all a quotation, a bracket or a colon holds, or what
#: a verb of saying says (“😂😂😂”, （👍）, 口味：😋。, 发文称😭😭😭，)
_SAID_BEFORE = re.compile("(?:[“‘（(【《「：:]|称|说|[写说问答笑叹喊骂]道|表示|回复|评论)$")
_SAID_AFTER = "”’）)】》」"
EMOJI_BULLET = "an emoji starting an item set as ●, as no newspaper face has emoji"
EMOJI_POINTER = "an emoji that points, starting an item, set as ▶, as no newspaper face has emoji"
EMOJI_SIGN = "an emoji set as the sign the faces have (✅ -> ✓, ❌ -> ×, ⭐ -> ★, 1️⃣ -> ①)"
EMOJI_FIGURES = "keycap emoji spelling a number set as its figures (2️⃣4️⃣小时 -> 24小时)"
EMOJI_REMOVED = "an emoji at a phrase's edge taken out, as no newspaper face has emoji"


def _emoji(text: str, emoji: frozenset, phrases: bool) -> tuple[str, list]:
    """The emoji of web copy that no face of the page has (``emoji``), where they decorate:
    one that is a sign the faces have is set as it (✅ -> ✓, ⭐ -> ★, 1️⃣ -> ①); one starting a
    paragraph or a line, before its item's words, is its bullet, set as ● (▶ for one that
    points: 🚫 不能与碱性农药混用); one ending a paragraph or a line, or with a mark or one blank
    beside it, is taken out (致命保护期 🌾, 守护我们的健康💪。, ），👉报名地址). Where it says
    something the words do not, it stays, and stops the page as any character no face has, for
    the editor to put in words: between two words (我❤️你, 北京 ✈️ 上海), all a quotation, a
    bracket or a colon holds, what a verb of saying says (发文称😭😭😭，), or before a mark at a
    line's start (😂，笑死我了)."""
    changes = []
    out = []
    i, n = 0, len(text)
    while i < n:
        key = _KEYCAP.match(text, i) if text[i].isdigit() or text[i] == "\U0001F51F" else None
        if key is not None:
            run = _KEYCAPS.match(text, i)
            item = _blanks_after_a_bullet(text, i, run.end(), phrases, words=True) is not None
            if not item or len(_KEYCAP.findall(run.group())) > 1:
                # (keycaps that spell a number, 倒计时2️⃣4️⃣小时, 第1️⃣步: its figures; one starting an
                # item, 1️⃣ 报名, a circled figure)
                figures = "".join(m.group(1) or "10" for m in _KEYCAP.finditer(run.group()))
                changes.append(Change(i, run.group(), figures, EMOJI_FIGURES))
                out.append(figures)
                i = run.end()
                continue
            after = chr(0x2460 + int(key.group(1)) - 1) if key.group(1) else "⑩"
            end = _blanks_after_a_bullet(text, i, key.end(), phrases)
            changes.append(Change(i, text[i:end], after, EMOJI_SIGN))
            out.append(after)
            i = end
            continue
        if text[i] not in emoji:
            out.append(text[i])
            i += 1
            continue
        j = i + 1
        while j < n and (text[j] in emoji or text[j] in _EMOJI_PARTS or text[j - 1] == "\u200d"):
            j += 1
        signs = {_EMOJI_SIGNS.get(ch) for ch in text[i:j] if ch not in _EMOJI_PARTS}
        if len(signs) == 1 and None not in signs:
            sign = signs.pop() * sum(1 for ch in text[i:j] if ch not in _EMOJI_PARTS)
            end = _blanks_after_a_bullet(text, i, j, phrases)
            changes.append(Change(i, text[i:end], sign, EMOJI_SIGN))
            out.append(sign)
            i = end
            continue
        a, b = _blanks_around(text, i, j)
        starts, ends = a == 0 or text[a - 1] == "\n", b == n or text[b] == "\n"
        before, after = text[a - 1] if a else "", text[b] if b < n else ""
        said = (_SAID_BEFORE.search(text, 0, a) is not None and (ends or not _word_char(after) or after in _SAID_AFTER)
                and not all(ch in _POINTING or ch in _EMOJI_PARTS for ch in text[i:j]))   # (a hand points on: 请看下图：👇)
        if starts and not ends and not phrases:
            if _word_char(after) or after in "“‘（(【《「":
                mark = "▶" if text[i] in _POINTING else "●"
                changes.append(Change(i, text[i:b], mark, EMOJI_POINTER if mark == "▶" else EMOJI_BULLET))
                out.append(mark)
            else:
                out.append(text[i:j])       # (😂，笑死我了: the emoji is what is said)
                b = j
        elif said or _word_char(before) and _word_char(after) and a < i and b > j:
            out.append(text[i:j])   # (what is said, or between two words, a blank either side)
            b = j
        elif starts or ends:
            del out[len(out) - (i - a):]     # (with the blanks before it at a line's end)
            changes.append(Change(a, text[a:b] if ends else text[i:b], "", EMOJI_REMOVED))
        elif not (_word_char(before) and _word_char(after)) or a < i or b > j:
            changes.append(Change(i, text[i:j], "", EMOJI_REMOVED))
            b = j if b > j and not _word_char(before) else b
        else:
            out.append(text[i:j])
            b = j
        i = b
    return "".join(out), changes


def _blanks_around(text: str, i: int, j: int) -> tuple[int, int]:
    """Where the blanks before ``text[i:j]`` start and those after it end."""
    a = i
    while a > 0 and text[a - 1] in " \t\u3000":
        a -= 1
    b = j
    while b < len(text) and text[b] in " \t\u3000":
        b += 1
    return a, b


def _blanks_after_a_bullet(text: str, i: int, j: int, phrases: bool, words: bool = False):
    """Where the blanks after the sign at ``text[i:j]`` end if it starts a line of running text
    before words, as a bullet (✅ 优势 -> ✓优势, 1️⃣ 报名 -> ①报名); else ``j`` (None if ``words``)."""
    a, b = _blanks_around(text, i, j)
    starts = a == 0 or text[a - 1] == "\n"
    if starts and not phrases and b < len(text) and _word_char(text[b]):
        return b
    return None if words else j


def _word_char(ch: str) -> bool:
    return bool(ch) and (ch.isalnum() or is_han(ch))


def _pointer(text: str) -> tuple[str, list]:
    """A pointer starting an item or a heading (➤演出时间, ►票价), which no newspaper face has
    (``POINTERS``), as ▶, which the faces have."""
    lead = len(text) - len(text.lstrip(" \u3000\t"))
    return text[:lead] + "▶" + text[lead + 1:], [
        Change(lead, text[lead], "▶", "a pointer starting an item or a heading set as ▶")]


#: a bar left at a paragraph's end after a blank, as a web page's table or menu leaves it
#: (释义 |, …合理要求。 |, 本报记者 刘可 摄 |), or two with a blank between, a row's empty cells
#: (1.准备原料 | |)
_TRAILING_BAR = re.compile(r"[ \u3000\u00a0]+\|(?:[ \u3000\u00a0]*\|)?[ \u3000\u00a0]*$")


#: a web page's buttons left at a paragraph's end, or as the paragraph ([打印], …高强)  【回到顶部】
#: 【返回上页】 【关闭窗口】): two or more, one alone, or one after a closing mark; not one a
#: how-to names (选好打印机后，点击 【打印】)
_BUTTON = r"[【\[［](?:回到顶部|返回顶部|返回上页|返回首页|关闭窗口|打印本页|打印|关闭|收藏本页|加入收藏)[】\]］]"
_WEB_BUTTONS = re.compile(r"(?:^[ \u3000]*(?:" + _BUTTON + r"[ \u3000]*)+"
                          r"|(?<=[。！？）)】”])[ \u3000]*(?:" + _BUTTON + r"[ \u3000]*)+"
                          r"|[ \u3000]+" + _BUTTON + r"(?:[ \u3000]*" + _BUTTON + r")+[ \u3000]*)$")


#: a paragraph's lead-in put in bold as Markdown marks it, a bullet before it or not, a colon
#: or the paragraph's end after it (**市场供需关系**：当…, - **市场供需关系**:当…): not ** standing
#: for characters withheld inside the text (需征收**县多祝镇**村地段)
_BOLD = re.compile(r"[ \t\u3000]*(?:[-+•·・●][ \t\u3000]*)?(\*\*)(?=[^*\s])[^*\n]{1,30}?(?<=[^*\s])(\*\*)(?=[：:]|[ \t\u3000]*$)")


def _bold(text: str) -> tuple[str, list]:
    """Markdown's bold marks around a paragraph's lead-in taken out, the words kept: a body face
    has no bold, and ** would print as two stars (●**市场供需关系**：当…)."""
    m = _BOLD.match(text)
    return (text[:m.start(1)] + text[m.end(1):m.start(2)] + text[m.end(2):],
            [Change(m.start(1), "**", "", "Markdown's bold marks (**) taken out, the words kept"),
             Change(m.start(2), "**", "", "Markdown's bold marks (**) taken out, the words kept")])


def _web_buttons(text: str) -> tuple[str, list]:
    m = _WEB_BUTTONS.search(text)
    return text[:m.start()], [Change(m.start(), m.group(), "", "a web page's buttons taken out")]


def _trailing_bars(text: str) -> bool:
    """Are all the bars of ``text`` left at its end after a blank (``_TRAILING_BAR``)?"""
    m = _TRAILING_BAR.search(text)
    return m is not None and m.group().count("|") == text.count("|")


def _trailing_bar(text: str) -> tuple[str, list]:
    m = _TRAILING_BAR.search(text)
    return text[:m.start()], [Change(m.start(), m.group(), "", "a web page's bar left at the paragraph's end removed")]


#: an HTML character reference, in copy from a web page's source (&nbsp; &amp; &#8220;)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entities(text: str) -> tuple[str, list]:
    """HTML character references as the characters they stand for (as Markdown reads them);
    the rules below then treat those as typed (&nbsp; at a paragraph's start is an indent)."""
    import html
    out, made, i = [], [], 0
    for m in _ENTITY.finditer(text):
        after = html.unescape(m.group())
        if after in ("\n", "\r", "\x0b", "\x0c"):
            after = "\u2028"   # (&#10;: a line break inside the paragraph, as a word processor's)
        elif after == "\t":
            after = " "
        if after == m.group() or not after.isprintable() and not after.isspace():
            continue
        out.append(text[i:m.start()] + after)
        made.append(Change(m.start(), m.group(), after, "HTML character reference"))
        i = m.end()
    out.append(text[i:])
    return "".join(out), made


def _doubled_quotes(text: str) -> tuple[str, list]:
    """Two apostrophes or two grave accents typed for a double quote (他说''好''。 ``好''), as
    the straight quote the rules below turn: in Chinese text only."""
    out, made, i = [], [], 0
    for m in _DOUBLED_QUOTE.finditer(text):
        before, after = _neighbours(text, m.start(), m.end())
        if not (_chinese(before) or _chinese(after)):
            continue
        out.append(text[i:m.start()] + '"')
        made.append(Change(m.start(), m.group(), '"', "two apostrophes or grave accents as a quote"))
        i = m.end()
    out.append(text[i:])
    return "".join(out), made


_DOUBLED_QUOTE = re.compile(r"(?<!['`])(?:''|``)(?!['`])")


def _circle_zero(text: str, m: re.Match) -> bool:
    """Are the circles ``m`` matched the zeros of a Han numeral: right after a figure of one
    (一八九○年, 二○二○东京, 九○后)? Not a name withheld (李○○一案, ○○市) nor a sign (○一般)."""
    return m.start() > 0 and text[m.start() - 1] in _HAN_FIGURES


_HAN_FIGURES = "〇一二三四五六七八九"


def _overlong_dash(out: list, text: str, i: int) -> bool:
    """Are the em dashes from ``i`` a 破折号 typed too long: three beside a Chinese word, or
    four between two (a 破折号 doubled) where the paragraph has no other run of three or more?
    More, or four at an edge, are kept: a rule, a blank to fill in (姓名：————), and so are
    runs of four that come again: a sound drawn out (嘀————嘀————), blanks (姓名————性别————)."""
    if i and text[i - 1] == "—":
        return False
    length = _run(text, i, "—")
    before, after = is_han(_last_set(out, " ")), is_han(text[i + length:i + length + 1] or " ")
    if length == 3:
        return before or after
    return length == 4 and before and after and text.count("———") == 1


def _time_colon(text: str, i: int) -> bool:
    """Is the full-width colon at ``i``, between figures, a time's (8：30)? After a word of the
    time of day (上午9：30人民广场), always; else not before a unit or a measure word, where
    it is a ratio's or a label's (方案1：50万元, 1：20人, 第1：30名)."""
    if _TIME_OF_DAY.search(text, max(0, i - 6), i):
        return True
    after = text[i + 3:i + 4]
    return not (after and (after in "月日号年%个名件项条元万亿倍次岁" or after == "人" and text[i + 4:i + 5] != "员"))


_TIME_OF_DAY = re.compile(r"(?:上午|下午|晚上|凌晨|早上|中午|傍晚|夜间|\d[:：]\d\d\s*(?:至|到|—|-|～))\s*\d{1,2}$")


def _life_span(text: str, i: int) -> bool:
    """Is the hyphen at ``i`` between the years of a life or a reign in brackets after a name
    ((1913-2012), 周汝昌(1918-2012), 范仲淹(989-1052), 杜甫(712-770)), or of a span (大事记
    (1921-1930), （1947年-1949年）): the first from 500, the second 10 to 120 years later (a span
    of four-figure years one or more), the bracket after a Han character (or the paragraph's start)
    and before no figure, letter or unit? Not a range of values: (250-350), 电压(220-240)V,
    (1500-1600)元, (0755-8366)."""
    k = i - 1 - (text[i - 1:i] == "年")
    end = k + 1
    while k >= 0 and text[k].isdigit():
        k -= 1
    j = i + 1
    while j < len(text) and text[j].isdigit():
        j += 1
    first, second = text[k + 1:end], text[i + 1:j]
    j += text[j:j + 1] == "年"
    after = text[j + 1:j + 2]
    # (a span of years in brackets may be shorter than a life where 年 says they are years or a
    # word for a period is before it: 大事记(1921-1930), （1988-1997年）, （1947年-1949年）; not a
    # range of numbers, 考场(1201-1208), 车次（1461-1462）: nor, whatever the span, after a word
    # for a number, 座位号（2001-2030）)
    word = text[max(0, k - 3):k]
    period = "年" in text[k + 1:j] or _PERIOD_WORD.search(word) is not None
    shortest = 1 if period and len(first) == 4 and "1000" <= first < "2100" and text[j:j + 1] in "）)" else 10
    return (len(second) >= len(first) and 500 <= int(first) and shortest <= int(second) - int(first) <= 120
            and (k == 0 or is_han(text[k - 1:k])) and word[-1:] not in _NUMBER_WORD_ENDS
            and not (after.isascii() and after.isalnum() or after in UNITS_AFTER_FIGURES))


#: the words for a period a span of years in brackets may follow (大事记, 赛季, 学年, 年鉴)
_PERIOD_WORD = re.compile("(?:大事记|记事|年表|年鉴|年谱|赛季|学年|年度|时期|期间|年代|规划|计划|史)$")
#: the last characters of words for numbers (考场, 座位号, 页码, 车次, 房间): a range of them
_NUMBER_WORD_ENDS = frozenset("号室座页码次场间位")



def _stand_ins(text: str, changes: list) -> str:
    out, i = [], 0
    for m in _STAND_INS.finditer(text):
        before = m.group()
        if (before in "’”" and text.count("“", 0, m.start()) > text.count("”", 0, m.start())
                or before == "：" and not _time_colon(text, m.start()) or before[0] in "○◯" and not _circle_zero(text, m)
                or before == "-" and not _life_span(text, m.start())):
            continue
        if _DOCUMENT_YEAR.fullmatch(before):
            after, rule = "〔" + before[1:5] + "〕", "the year of a document's number in 〔〕 (GB/T 9704 7.2.4: 京政办发〔2023〕5号)"
        elif before in _STAND_IN_RULES:
            after, rule = _STAND_IN_RULES[before]
        elif before[0] in "○◯":
            after, rule = "〇" * len(before), "circle among Han numerals as the zero 〇 (一八九○年 -> 一八九〇年)"
        elif len(before) > 1:
            # (as typed hyphens: then a 破折号, or a range between figures)
            after, rule = "-" * len(before), "a run of full-width hyphens, bars or lines as hyphens"
        elif before == "-":
            after, rule = "—", "一字线 between the years of a life or a span in brackets ((1913-2012) -> （1913—2012）)"
        elif before in "Oo〇":
            after, rule = "0", "a letter O or a 〇 typed for the figure zero before ℃ (O℃ -> 0℃)"
        elif before in "•・･‧":
            after, rule = "·", "间隔号 between Han characters"
        elif before in "\"'”’":
            after = "″" if before in '"”' else "′"
            rule = "seconds and minutes between figures as ″ ′ (9\"95 -> 9″95, 1'23\"45 -> 1′23″45, 1’26”741 -> 1′26″741)"
        elif "\u2080" <= before <= "\u2089":
            after, rule = unicodedata.normalize("NFKC", before), "subscript figure as a figure (CO₂ -> CO2: the body faces have no subscripts)"
        else:
            after, rule = unicodedata.normalize("NFKC", before), "Kangxi radical as the ideograph"
        out.append(text[i:m.start()] + after)
        changes.append(Change(m.start(), before, after, rule))
        i = m.end()
    out.append(text[i:])
    return "".join(out)


def _compat_marks(text: str, changes: list) -> str:
    """``text`` with the small and vertical forms of marks as the marks (``_COMPAT_MARKS``); a
    ﹒ between two Han characters is a foreign name's 间隔号 (約翰﹒甘迺迪 -> 約翰·甘迺迪)."""
    def mark(m: re.Match) -> str:
        before = m.group()
        if before == "\ufe52" and is_han(text[m.start() - 1:m.start()] or " ") and is_han(text[m.end():m.end() + 1] or " "):
            return "·"
        return _COMPAT_MARKS[before]
    for m in _COMPAT.finditer(text):
        before = m.group()
        changes.append(Change(m.start(), before, mark(m),
                              "vertical form of a mark as the mark" if before < "\ufe50"
                              else "small form of a mark as the mark (﹐ -> ,)"))
    return _COMPAT.sub(mark, text)


def _ascii_letters_and_digits(text: str, changes: list) -> str:
    out, i = [], 0
    for m in _FULL_WIDTH_ANY.finditer(text):
        if m.start() < i:
            continue      # inside a run already converted
        start = m.start()
        length = _full_width_run(text, start)
        # a minus sign before a figure (零下－５℃), not a hyphen after a word
        if (start > i and text[start - 1] == "－" and text[start] in _FW_DIGITS
                and not (start > 1 and text[start - 2] in _FULL_WIDTH_ALNUM)):
            start, length = start - 1, length + 1
        before = text[start:start + length]
        after = before.translate(_TO_ASCII)
        out.append(text[i:start] + after)
        changes.append(Change(start, before, after, "full-width letters and digits as ASCII"))
        i = start + length
    out.append(text[i:])
    return "".join(out)


def _place_range(text: str, i: int) -> bool:
    """Is the single — at ``i`` a 一字线 between two places, kept as it is (GB/T 15834
    4.13.3.2: a road closed （徐东大街—才林街）, 花园路—农业路段, 太和县—阜阳市, 北京—上海)?
    Two places named (a province, its capital, a large city: ``_PLACE_NAMES``), or the word
    before it ends in a word for a place (…路 …市 …站) and is not a common noun (城市); a
    short name of the same kind follows (才林街, 开封城际铁路, 农业路段), not a description
    (一个农业大省, 豫北重镇, 亚洲最大高铁站: a 破折号)."""
    named = _NAMED_PLACE_BEFORE.search(text, 0, i)
    left = text[max(0, i - 2):i]
    worded = (len(left) == 2 and _PLACE_END.search(left) is not None and left not in _NOT_A_PLACE_NAME
              and is_han(left[0]))
    m = _NAMED_PLACE.match(text, i + 1)
    if m is not None and (named or worded) and _ends_a_place(text, m.end()):
        return True     # (北京—上海, 京沪高铁北京—上海段, 北京—上海的航班, 郑州市—开封)
    if not (worded or named is not None and named.group(1) is None):
        return False
    n = _PLACE_AFTER.match(text, i + 1)
    # (the name ends there, or a section of it does: not 人民路—离市政府不远; nor in a
    # word that only ends like a place's, 上海人都知道)
    return (n is not None and _DESCRIPTION.search(n.group()) is None
            and text[n.start():n.start(1) if n.group(1) else n.end()][-2:] not in _NOT_A_PLACE_NAME
            and (n.group(1) is not None or not is_han(text[n.end():n.end() + 1] or "a")))


def _route_pair(text: str, i: int) -> bool:
    """Is the single — at ``i`` a 一字线 joining two places of a route that ``_place_range``
    does not know (GB/T 15834 4.13: 北京—上海): two names of two to four characters in a list
    in brackets ((X8020、义乌—马德里)), or two names of two characters after a mark and before 段,
    a section of a road or a line (，乳源—坪石段)? Not words of a sentence (他说—好的这段时间: 的
    是 这 … are in no place's name), nor a head's word and what it announces (喜讯—郑济高铁通车,
    关键阶段—攻坚阶段, 坚守底线—生态红线)."""
    left = _ROUTE_LEFT.search(text, max(0, i - 5), i)
    if left is None or not left.start(1) or _NOT_IN_A_NAME.search(left.group(1)):
        return False
    before = text[left.start(1) - 1]
    listed = _LISTED_PLACE.match(text, i + 1)
    if before in "、（(" and listed is not None and not _NOT_IN_A_NAME.search(listed.group()):
        return True
    return len(left.group(1)) == 2 and _SECTION_AFTER.match(text, i + 1) is not None and not _NOT_IN_A_NAME.search(
        text[i + 1:i + 3])


#: the first place of a route after a mark, the second in a list in brackets before its
#: closing mark, or of two characters before 段
_ROUTE_LEFT = re.compile(r"(?<=[、（(，,：:；;\s])([\u4e00-\u9fff]{2,4})$")
_LISTED_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}(?=[）)、])")
_SECTION_AFTER = re.compile(r"[\u4e00-\u9fff]{2}段")
#: characters no place's name has, a sentence's words have
_NOT_IN_A_NAME = re.compile("[的是这那了着我你他她它们和与及或在有不就也都说]")


#: a credit ending a caption or a paragraph: an agency's (新华社发, 新华社记者　李贺　摄,
#: 新华社发（陈熙　摄）), a reporter's (本报记者　张三　摄, 本报通讯员　张三　摄, 摄影　李四,
#: 刘力鑫　摄), whoever gave the picture (受访者供图), or the paper's files (资料图片)
_CREDIT = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[社网报台](?:记者)?(?:[ \u3000]+[\u4e00-\u9fff·]{2,4})*[ \u3000]*[发摄]"
                     r"|(?:[\u4e00-\u9fff]{0,8}(?:记者|通讯员|实习生)|摄影)(?:[ \u3000]+[\u4e00-\u9fff·]{2,4})+"
                     r"[ \u3000]*摄?"
                     r"|[\u4e00-\u9fff·]{2,4}[ \u3000]+摄|[\u4e00-\u9fff]{0,8}供图|[\u4e00-\u9fff]{0,4}资料图片?)"
                     r"(?:[（(][\u4e00-\u9fff·]{2,4}[ \u3000]*摄[）)])?")


#: the text before a ’ that is the minutes of an angle (113°45’), or a ” its seconds (113°45’12”)
_ANGLE_MARK = re.compile(r"\d°\d{1,2}(?:\.\d+)?$|\d°\d{1,2}[’′]\d{1,2}(?:\.\d+)?$")


def _english_pairs(text: str, parens: dict) -> tuple:
    """The quotations in English text (``english_quote_pairs``) of ``text`` as it will be set,
    (openings, closings): not a pair beside a bracket set full
    width (Elon Musk“is a genius” (马斯克是天才): the （ is Chinese)."""
    keep = []
    for a, b in english_quote_pairs(text):
        k, m = a - 1, b + 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        while m < len(text) and text[m] in " \t":
            m += 1
        if not (k >= 0 and text[k] in "()" and parens.get(k) or m < len(text) and text[m] in "()" and parens.get(m)):
            keep.append((a, b))
    return frozenset(a for a, _ in keep), frozenset(b for _, b in keep)


def _closed_in_word(text: str, i: int) -> bool:
    """Is the ‘ at ``i`` closed by a ’ before the next blank, the ’ ending the word (the word‘love’
    is: a quotation, not an apostrophe)?"""
    j, end = i + 1, min(len(text), i + WORD_REACH)
    while j < end and not text[j].isspace():
        if text[j] == "’" and not text[j + 1:j + 2].isalnum():
            return True
        j += 1
    return False


#: the longest word searched for the ’ closing a ‘ (characters)
WORD_REACH = 40


def _english_marks(text: str, changes: list) -> str:
    """``text`` with the ， and 。 of English sentences as , and . (a beacon， but this beacon
    doesn‘t shine。 -> a beacon, but … shine.), each change added to ``changes``."""
    chars = list(text)
    for i, ch in enumerate(text):
        if ch == "，" and _in_english(text, i):
            chars[i] = ","
            changes.append(Change(i, ch, ",", "comma of an English sentence (beacon， but -> beacon, but)"))
        elif ch == "。" and _ends_english(text, i):
            chars[i] = "."
            changes.append(Change(i, ch, ".", "full stop of an English sentence (illuminating。 -> illuminating.)"))
        elif (ch == "‘" and text[i - 1:i].isalpha() and is_latin(text[i - 1:i]) and text[i + 1:i + 2].isalpha()
              and is_latin(text[i + 1:i + 2]) and not _closed_in_word(text, i)):
            chars[i] = "’"
            changes.append(Change(i, ch, "’", "apostrophe typed as ‘ (doesn‘t -> doesn’t)"))
    return "".join(chars)


def _in_english(text: str, i: int) -> bool:
    """Is the ， at ``i`` the comma of an English sentence: after a letter, a figure or an English
    quotation, typed with a space after it, before a Latin word, the sentence around it with no
    Chinese in it and worded as English (``_english_words``: a beacon， but this beacon)? Not
    他说Hello， world的意思, nor a list of names typed solid, iPhone 15 Pro Max，Apple Watch."""
    last = _neighbours(text, i, i, _BL3)[0]
    if not (is_latin(last) or last in "”’\")") or text[i + 1:i + 2] not in (" ", "”", "’"):
        return False    # (typed as English is: a space after it, or a quote it ends; not a list
        # of names typed solid, iPhone 15 Pro Max，Apple Watch)
    m = i + 1
    while m < len(text) and text[m] in " \t“”‘’":
        m += 1
    if m == len(text) or not is_latin(text[m]):
        return False
    # (the sentence: back to a sentence's end or the quote opening it, on to its end or the
    # quote closing it: 他写道：“We will win， and we will win big。”)
    a = _english_start(text, i)
    if a is None:
        return False
    b, opened, end = i + 1, False, min(len(text), i + SENTENCE_REACH)
    while b < end and text[b] not in "。！？.!?" and not (text[b] == "”" and not opened):
        if is_chinese_context(text[b]) and text[b] not in "“”‘’，":
            return False
        opened = opened or text[b] == "“"
        b += 1
    return _english_words(text[a:b])


def _english_start(text: str, i: int) -> int | None:
    """Where the sentence holding ``i`` starts, if nothing Chinese stands between: back to a
    sentence's end (。！？!?, a . before a space) or the quote that opens it (a quotation closed
    before ``i`` does not), at most ``SENTENCE_REACH`` characters; None if Chinese text comes
    first (a ， of Chinese text stands in English sentences typed with it: a beacon， but)."""
    k, closed, stop = i - 1, False, max(-1, i - 1 - SENTENCE_REACH)
    while k > stop and text[k] not in "。！？!?" and not (text[k] == "." and text[k + 1:k + 2] == " ") \
            and not (text[k] == "“" and not closed):
        if is_chinese_context(text[k]) and text[k] not in "“”‘’，":
            return None
        closed = closed or text[k] == "”"
        k -= 1
    return k + 1


def _english_words(text: str) -> bool:
    """Is ``text`` worded as English is: three words or more, one of them in small letters (the,
    to, called: Welcome to Beijing; not iPhone 15 Pro Max, Apple Watch Ultra, a list of names)?"""
    words = re.findall(r"[A-Za-z]+", text)
    return len(words) >= 3 and any(len(w) >= 2 and w.islower() for w in words)


def _after_english_quote(text: str, i: int, english: tuple) -> bool:
    """Does the ASCII mark at ``i`` follow a quotation in English text (``english``: from
    ``english_quotes``), with English after it: a“beacon of freedom”, but? (Before Chinese it is
    a Chinese mark: “beacon”, 但是 -> ”，但是.)"""
    if not english[1] or i - 1 not in english[1]:
        return False
    k = i + 1
    while k < len(text) and text[k] in " \t":
        k += 1
    return k == len(text) or not is_chinese_context(text[k]) or k in english[0]


def _ends_english(text: str, i: int) -> bool:
    """Does the 。 at ``i`` end a sentence in English: after a letter, a figure or an English
    quotation, the sentence (``_english_start``) with no Chinese in it and worded as English
    (``_english_words``), and nothing Chinese after it but the quote that holds it
    (illuminating。, dream。 I’m, “Life is short， play more。”这是)? Not 我们用iPhone。"""
    last = _neighbours(text, i, i, _BL3)[0]
    if not (is_latin(last) or last in "”’\")!?"):
        return False
    a = _english_start(text, i)
    if a is None or not _english_words(text[a:i]):
        return False
    m = i + 1
    while m < len(text) and text[m] in " \t":
        m += 1
    # (the end, English after it, or the quote that holds it: “Life is short, play more.”这是)
    return m == len(text) or not is_chinese_context(text[m]) or text[m] in "“‘”’"


def _inside_a_title(text: str, i: int) -> bool:
    """Is ``i`` inside a book's title, 《 before it and no 》 or sentence's end between (《史记.
    项羽本纪》, and one left open: 《并蒂花开汝州.双壁互映日月——…)?"""
    o = text.rfind("《", 0, i)
    return o != -1 and not any(c in "》。！？；" for c in text[o:i])


def _in_a_title(text: str, i: int) -> bool:
    """Is the single — at ``i`` the one of a journal's name, a series and its field (《自然—地球
    科学》, 《柳叶刀—全球健康》, 《细胞—代谢》, 《美国医学会杂志—内科学》), kept as typed? Two
    parts of Chinese, none with 的, the first a journal's (自然, 细胞, …杂志, …学报) or the second a
    field of study (…学). Not a title's 副题 after a 破折号 typed short (《大堰河—我的保姆》,
    《走进新时代—献给党》, 《长征—英雄史诗》)."""
    o = text.rfind("《", 0, i)
    c = text.find("》", i)
    if o == -1 or c == -1 or text.find("》", o, i) != -1:
        return False
    parts = text[o + 1:c].split("—")
    return (len(parts) == 2 and all(p and all(is_han(ch) for ch in p) and "的" not in p for p in parts)
            and (parts[1].endswith("学") or parts[0] in _JOURNALS
                 or parts[0].endswith(("杂志", "学报", "科学", "通讯", "研究"))))


#: journals whose series are named after a —: 《自然—可持续发展》, 《细胞—代谢》, 《柳叶刀—全球健康》
_JOURNALS = frozenset(("自然", "科学", "细胞", "柳叶刀", "中国科学", "新英格兰医学杂志"))


#: a run of names joined by single dashes (a route's stops: 艳湖小区—东风车架厂—工具厂—罗家大院,
#: 火车站—人民广场—2号路口, 东正国际（下行）—郧阳中学), each of two to ten characters, figures
#: or letters among them, with a note in brackets or not
_STOP = r"[\u3400-\u9fff0-9A-Za-z]{2,12}(?:[（(][\u3400-\u9fff0-9A-Za-z或、]{1,8}[）)])?"
_CHAIN = re.compile(_STOP + r"(?:—" + _STOP + r"){3,}")
#: words of a sentence, not of a place's name: a chain with one is 破折号 around words put in
_NOT_IN_A_STOP = frozenset("的了着过是在把被就也又很这们我你他她它说")


#: a field naming a route's ends or its way (首末站:北三环中州大道—建设路三官庙, 首末站调整为:
#: 张河村—建设路国棉六厂, 运营区间：…): a single — in its value joins two stops, a 一字线
_ROUTE_FIELD = re.compile(r"(?:首末站|首末站点|起讫站|起讫点|起止站|起止点|起终点|运营区间|运行区间|线路走向)"
                          r"[^：:，。；\s]{0,4}[：:][^，。；：:！？!?]*$")


def _bracketed_pair(text: str, i: int) -> bool:
    """Is the single — at ``i`` the 一字线 of two names alone in brackets, a road's or a line's
    ends (郑少高速（郑州—登封）, （徐东大街—才林街）), with no word of a sentence in them?"""
    m = _PAIR_IN_BRACKETS.search(text, max(0, i - 7), min(len(text), i + 8))
    return (m is not None and m.start(1) == i and _NOT_IN_A_STOP.isdisjoint(m.group(0)))


_PAIR_IN_BRACKETS = re.compile(r"[（(][\u4e00-\u9fff]{2,5}(—)[\u4e00-\u9fff]{2,5}[）)]")


def _road_chain(text: str, i: int) -> bool:
    """Is the single — at ``i`` one of a chain of three roads or more, a drive's way (嵩山南路
    南三环—郑密路—侯张线向南): each name ending in 路 街 道 环 线 桥 and none of a sentence's words
    in it? Two only are left to ``_place_range`` (中轴线—中原路 is an apposition, a 破折号)."""
    return any(m.start() < i < m.end() and _NOT_IN_A_STOP.isdisjoint(m.group()) for m in _ROAD_CHAIN.finditer(text))


_ROAD = r"[\u4e00-\u9fff\d]{1,7}[路街道环线桥]"
_ROAD_CHAIN = re.compile(_ROAD + r"(?:—" + _ROAD + r"){2,}")


def _quoted_chain(text: str, i: int) -> bool:
    """Is the single — at ``i`` one of a chain of three quoted words or more, a path through a
    program's menus (“我的”—“奖励”—“我的票券”), kept as typed?"""
    return any(m.start() < i < m.end() for m in _QUOTED_CHAIN.finditer(text))


_QUOTED_CHAIN = re.compile(r"“[^“”—]{1,10}”(?:—“[^“”—]{1,10}”){2,}")


def _name_chain(text: str, i: int) -> bool:
    """Is the single — at ``i`` one of a chain of four names or more (a bus route: 艳湖小区—
    东风车架厂—工具厂—东风总装配厂, 成都—九寨沟—黄龙—成都, 途经火车站—人民广场—2号路口—体育中心等),
    一字线 joining them (GB/T 15834 4.13.3.2), kept as typed? Not 破折号 around words put in
    (这片土地—这座山—这条河—这个村), where a word of a sentence stands in a part between two
    others (这 了 的 是…); a chain of three places is left to ``_place_range`` to tell."""
    for m in _CHAIN.finditer(text):
        if m.start() < i < m.end():
            # (the first part and the last may run into the sentence: 这条线路途经火车站, 新人这四个阶段)
            middle = m.group().split("—")[1:-1]
            return _NOT_IN_A_STOP.isdisjoint(re.sub(r"[（(][^）)]*[）)]", "", "".join(middle)))
    return False


def _ends_a_place(text: str, k: int) -> bool:
    """Does a place's name end at ``k``: the text's end, a mark, a word of a route (段, 方向,
    的航班, 高铁, 双城经济圈), or a dash to another named place that ends so (北京—天津—河北协同
    发展); not a description (郑州市—河南省会, 中原区—郑州的老工业区)?"""
    if k < len(text) and text[k] == "—" and not text.startswith("——", k):
        m = _NAMED_PLACE.match(text, k + 1)
        return m is not None and _ends_a_place(text, m.end())
    return k >= len(text) or not is_han(text[k]) or _ROUTE_AFTER.match(text, k) is not None


_ROUTE_AFTER = re.compile("的?(?:段|口|方向|线|航线|航班|高铁|铁路|高速|公路|列车|班列|动车|城际|间|之间|两地|往返|直达"
                          "|双城|经济圈|都市圈|城市群|一体化|协同|特别旅客快车|特快|快车)")


#: places named without a word for a place: the provinces and their capitals, the cities
#: of a province's rank and the large ones (北京—上海, 郑州—开封)
_PLACE_NAMES = ("北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 "
                "广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 石家庄 太原 "
                "沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 海口 成都 贵阳 昆明 西安 兰州 "
                "西宁 台北 呼和浩特 南宁 拉萨 银川 乌鲁木齐 大连 青岛 宁波 厦门 深圳 苏州 无锡 开封 洛阳 新乡 "
                "许昌 焦作 安阳 商丘 信阳 南阳 平顶山 三亚 珠海 东莞 佛山 温州 徐州 烟台 桂林 丽江 延安 敦煌 "
                "秦皇岛 北戴河 张家口 承德 保定 天水 喀什 伊宁 包头 鄂尔多斯").split()
_NAMED_PLACE = re.compile("(?:" + "|".join(_PLACE_NAMES) + ")")
#: a named place ending the text before a dash: after another Han character (group 1),
#: which may be part of a word (高铁北京—上海), or after a mark, a preposition or nothing
_NAMED_PLACE_BEFORE = re.compile("(?:(?<=[\u3400-\u9fff])(?<![从自由经在往至到])()|)(?:"
                                 + "|".join(_PLACE_NAMES) + ")$")
_PLACES = "街路道桥站村镇县区市省港湾巷庄州岛"
_PLACE_END = re.compile(f"[{_PLACES}]$")
_PLACE_AFTER = re.compile(f"[\u3400-\u9fff]{{1,5}}[{_PLACES}](段|口|方向)?(?![{_PLACES}])")
_NOT_A_PLACE_NAME = frozenset(("城市", "地区", "市区", "城区", "县城", "省份", "街道", "道路", "马路", "社区", "农村",
                               "知道", "味道", "频道", "渠道", "报道", "轨道"))
_DESCRIPTION = re.compile("[的是]|这|那是|一个|一座|大省|大市|大县|重镇|名城|古城|古镇|强省|强市|最大|第一|距离|^离")


def _dates_around(text: str, i: int) -> bool:
    """Does the en dash at ``i`` join two years or dates in Chinese text (3月5日–11日,
    鲁迅（1881–1936）, 2021–22赛季), not figures (2000–3000元) nor English (The 2018–2019 season)?"""
    before = text[:i].rstrip(_BL)
    j = i + 1
    while j < len(text) and text[j] in _BL:
        j += 1
    m = _DATE_BEFORE.search(before)
    if m is None or not _DATE_AFTER.match(text, j):
        return False
    prev = before[m.start() - 1:m.start()]
    return (not prev or _chinese(prev) or prev in "(（[［【") and _HAN.search(text) is not None


#: a year or a date ending just before a dash (1990–, 2018年–, 3月5日–), and one after it
#: (–2000年, –1936）, –22赛季, –11日; not –3000元, –1030, a count of years' worth: –2019人)
_DATE_BEFORE = re.compile(r"(?:(?<!\d)(?:1[5-9]|20)\d\d年?|(?<!\d)\d{4}年|\d{1,2}[月日号])$")
_DATE_AFTER = re.compile(r"\d{4}(?:年|赛季|学年|年度|财年)|\d{1,2}[月日号]|\d{2}(?:赛季|学年|年度|财年)"
                         r"|(?:1[5-9]|20)\d\d(?![\d.]|\s*[元人米页个件次万亿千克吨台辆户家名%％℃])")
_HAN = re.compile("[\u3400-\u9fff]")


def _range_between(text: str, i: int, j: int) -> bool:
    """Does the -- at text[i:j] join two numbers or dates (2018--2019, 2018年--2019年,
    3月1日--5日)? Then it is a range, set with a 一字线."""
    before, after = _neighbours(text, i, j)
    if not after.isdigit():
        return False
    if before.isdigit():
        return True
    k = i - 1
    while k >= 0 and text[k] in _BL:
        k -= 1
    return before in "年月日号时" and k > 0 and text[k - 1].isdigit()


#: connectors a space may be typed around (the dash, the middle dots and the hyphen have
#: rules of their own)
_CONNECTORS = "/／～~–"


#: the code of a standard before its number (GB 2762-2012, GB/T 19001-2016, ISO 9001:2015,
#: DB41/T 1234-2016, T/CAS 115-2005): the space between them never breaks
_STANDARD = re.compile(r"(?<![A-Za-z])(?:GB|GB/T|GB/Z|ISO|IEC|ISO/IEC|ISO/TS|JJF|JJG|YY|YY/T|HJ|HJ/T|NY|NY/T|"
                       r"SN/T|QB/T|GA|GA/T|JT/T|JGJ|CJJ|DL/T|SJ/T|WS|WS/T|DB\d{2}(?:/T)?|T/[A-Z]{2,8}|EN|"
                       r"ASTM|ANSI|DIN|JIS|IEEE|BS|UL|SAE)$")


#: a standard's number: with the year or part after it (2762-2012, 9001:2015, 115—2005), or,
#: for ISO, IEC and EN (also a camera's sensitivity, ISO 3200), before what it is (ISO 9001认证)
_STANDARD_NUMBER = re.compile(r"\d{1,6}(?:\.\d{1,3})*[-:—]\d{1,4}|\d{3,6}(?=[\u4e00-\u9fff]{0,10}(?:认证|标准|体系))")


def _empty_cell(text: str, i: int) -> bool:
    """Are the dashes from ``i`` on a table's cell of their own in a row pasted as text
    (| -- |, ｜--｜: no data, kept as typed)?"""
    k = i - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and text[k] in "|｜" and _EMPTY_CELL.match(text, i + _run(text, i, "-")) is not None


#: what follows a cell of dashes
_EMPTY_CELL = re.compile(r"[ \t]*(?:[|｜]|$)")
#: a coordinate's letter standing alone before its space (以N 39°24′35″、E 119°13′44″), and the
#: figure of degrees after it
_HEMISPHERE_BEFORE = re.compile(r"(?<![A-Za-z])[NSEW]$")
_COORDINATE_AFTER = re.compile(r"\d{1,3}(?:\.\d+)?°")
#: a unit's symbol after a figure and a space (900 K, 100 kg, 3.5 GHz, 5000 mAh), which a
#: line does not part from its number (GB/T 15835)
_UNIT = re.compile(r"(?:K|kg|mg|μg|g|km|cm|mm|μm|nm|m|ms|s|min|Hz|kHz|MHz|GHz|kW|MW|GW|W|kV|mV|V|mA|Pa|kPa|MPa|GPa"
                   r"|kJ|MJ|kN|°C|°F|℃|GB|MB|KB|TB|mAh|Wh|kWh|mL|dB|ppm|kcal"
                   r"|mmHg|mmol|μmol|nmol|mol|ml|L|dL|dl|μL|IU|Mbps|Gbps|kbps|rpm|bpm|mSv|μSv|Bq|lx"
                   r"|Å|Ω|kΩ|MΩ|mΩ|pm|μs|ns|THz)(?![A-Za-z0-9])")


def _standard(text: str, i: int) -> bool:
    """Is the space at ``i`` between a standard's code and its number (GB 2762-2012, GB 2762,
    ISO 9001:2015, ISO 9001认证)? Not a unit after a figure (16 GB 2条)."""
    m = _STANDARD.search(text, max(0, i - 12), i)
    if m is None or _FIGURE_BEFORE.search(text, 0, m.start()):
        return False
    return _STANDARD_NUMBER.match(text, i + 1) is not None or (
        m.group() not in ("ISO", "IEC", "EN") and re.match(r"\d{1,6}(?!\d)", text[i + 1:]) is not None)


_FIGURE_BEFORE = re.compile(r"\d\s*$")

#: a number in running text written in groups of three figures parted by spaces (GB/T 15835
#: 4.1.4: 1 241例, 男1 066例, 12 500元): Han text or nothing before it, Han text or a mark after
#: (not bus lines or numbers that name, 乘坐2 101 115路)
_DIGIT_GROUPS = re.compile(r"(?<![\dA-Za-z.,:/\-])\d{1,3}(?: \d{3})+(?=[\u3400-\u9fff，。、；：）%‰])(?![路号])")


def _digit_group_space(text: str, i: int) -> bool:
    """Is the space at ``i`` one between the groups of a number (``_DIGIT_GROUPS``)?"""
    start = _groups_start(text, i)
    if start and not (is_han(text[start - 1]) or text[start - 1] in "，。、；：（“"):
        return False
    m = _DIGIT_GROUPS.match(text, start)
    return m is not None and start < i < m.end()


def _groups_start(text: str, i: int) -> int:
    """Where the run of figures and single spaces between them around ``i`` starts."""
    start = i
    while start and (text[start - 1].isdigit() or text[start - 1] == " " and text[start - 2:start - 1].isdigit()):
        start -= 1
    return start


def _mobile_group_space(text: str, i: int) -> bool:
    """Is the space at ``i`` one between the groups of a mobile telephone's number, eleven
    figures typed in groups (139 839 17338, 150 3577 2999) after a word naming a telephone
    (联系电话：, 手机), not a table's figures (人数 150 1200 3500)?"""
    start = _groups_start(text, i)
    m = _MOBILE_GROUPS.match(text, start)
    return (m is not None and start < i < m.end() and _PHONE_BEFORE.search(text, max(0, start - 12), start) is not None)


#: a mobile telephone's number typed in groups, 3-4-4 or 3-3-5 (150 3577 2999, 139 839 17338)
_MOBILE_GROUPS = re.compile(r"(?<![\d.])1[3-9]\d (?:\d{4} \d{4}|\d{3} \d{5})(?![\d.])")
#: what names a telephone before its number (联系电话：, 手机, 热线, 拨打): not a table's figures
_PHONE_BEFORE = re.compile(r"(?:电话|手机|热线|致电|拨打|号码|微信|联系|咨询)[^，。；！？\d]{0,6}$")


def _beside_connector(out: list, text: str, i: int, j: int) -> bool:
    """Is the space text[i:j] one side of a / or ～ (周一 / 周三, 3 ～ 5, 时间 /地点), to be
    removed as the composer sets none there? Kept between Latin words (Tom / Jerry, AnRo0002
    / wikimedia), where it is a word space, though not between two figures (3 / 4), and
    beside a / that ends or starts an address or path (www.zz.gov.cn/ 查询, 路径为 /usr)."""
    before, after = _last_set(out, ""), _neighbours(text, i, j)[1]
    if before and before == after and before in "/／":
        return False    # (between two: an ornament typed, / /, not a connector: never made //)
    if after and after in _CONNECTORS:
        k = j + len(text[j:]) - len(text[j:].lstrip(_BL))        # the connector
        near, far, touching = before, _neighbours(text, k, k + 1)[1], text[k + 1:k + 2]
    elif before and before in _CONNECTORS:
        k = i - 1
        while k >= 0 and text[k] in _BL:
            k -= 1                                                 # the connector
        near, far, touching = after, "".join(out).rstrip(_BL3)[:-1].rstrip(_BL3)[-1:], text[k - 1:k] if k else ""
    else:
        return False
    # (a / with a letter right against its other side belongs to an address or path:
    # www.zz.gov.cn/ 查询, 路径为 /usr; not a figure: 3～ 5℃, 2018/ 2019)
    # (between Latin words, one a word and not a figure: AnRo0002 / wikimedia, Tom / Jerry)
    touching_a_word = touching.isascii() and touching.isalpha()
    return not touching_a_word and not (is_latin(near) and is_latin(far) and (near.isalpha() or far.isalpha()))


#: a date and a time parted by a spaced hyphen, a web page's stamp (30/12/2020 - 11:02): no score
_DATE_THEN_TIME = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}[ \t]+-[ \t]+\d{1,2}:\d{2}")


def _in_spaced_score(text: str, i: int, j: int) -> bool:
    """Is the space text[i:j] one side of a single - or : between two numbers (2 - 1, 3 : 1)?
    Spaced, the sign could start or end a line, and the score be split. Not a date and a
    time, a web page's stamp (30/12/2020 - 11:02)."""
    if _DATE_THEN_TIME.search(text, max(0, i - 12), min(len(text), j + 8)):
        return False
    before, after = _neighbours(text, i, j)
    if before.isdigit() and after in "-:" and after:
        k = j + (len(text[j:]) - len(text[j:].lstrip(_BL)))     # the sign
        sign_next = _neighbours(text, k, k + 1)[1]
        return text[k + 1:k + 2] != after and sign_next.isdigit()
    if before in "-:" and before and after.isdigit():
        k = i - 1 - (len(text[:i]) - len(text[:i].rstrip(_BL)))   # the sign
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
    if latin_quotes and _in_latin_quote(latin_quotes, i):
        return False
    quotes = quotes or {}
    a, b = i - 1, i + 1
    k = b
    while k < len(text) and text[k] in " \t":
        k += 1
    if text[k:k + 1] == "—" and _english_dash(text, k) and is_latin(text[a:a + 1] or " "):
        return False    # (English before a dash between English words: people think! — Donald)
    while a >= 0 and text[a] in _BL:
        a -= 1
    while b < len(text) and text[b] in _BL:
        b += 1
    prev = text[a] if a >= 0 else ""
    nxt = text[b] if b < len(text) else ""
    chinese = (_chinese(prev) or _chinese(nxt) or (prev in "\"'" and bool(quotes.get(a)))
               or (nxt in "\"'" and bool(quotes.get(b))))
    if is_latin(prev) and nxt in ("》", "〉"):
        return False        # a Latin title's own mark (《Mamma Mia!》)
    # (a , between figures is a thousands separator only before a group of three: 3,500;
    # not in 19米95,19米98 or 11-5,11-7)
    if text[i] == ":" and prev.isdigit() and _A_YEAR.match(text, b):
        return True     # (a label's, before a year, which no time nor ratio has: 附件1:2023年)
    digits = prev.isdigit() and nxt.isdigit() and (text[i] != "," or _thousands(text, b) or _locant(text, i))
    latin = is_latin(prev) and is_latin(_beyond_quotes(text, i, 1)) and not _chinese(prev)
    return not digits and (chinese and not latin or text[i] in ",;" and _in_chinese_run(text, i)
                           or text[i] in "?!" and _ends_latin_in_chinese(text, i)
                           or text[i] in ",;:" and not nxt and _ends_chinese_paragraph(text, i))


def _ends_chinese_paragraph(text: str, i: int, reach: int = 60) -> bool:
    """Does the , ; or : at ``i``, ending a paragraph, end Chinese text after figures, a unit,
    a code or an address (12~23℃; 电话:0572-6267516; 8:30-17:00; 100 kg; a head: 骁龙625与626:)?
    Not after an English phrase (他说Hello world;)."""
    k = i - 1
    while k >= 0 and i - k <= reach and not _chinese(text[k]):
        k -= 1
    return k >= 0 and _chinese(text[k]) and not _ENGLISH_PHRASE.search(text, k + 1, i)


_ENGLISH_PHRASE = re.compile(r"[A-Za-z]{2,}[ \t]+[A-Za-z]{2,}")


def _apostrophe_beside(text: str, i: int, j: int) -> bool:
    """Is the space at text[i:j] between English words, one of them ending or starting with
    a ’ that is an apostrophe, not a quote (rock ’n’ roll, the students’ union)?"""
    before, after = text[i - 2:i], text[j:j + 2]
    return ((len(before) == 2 and before[1] == "’" and is_latin(before[0]) and is_latin(after[:1]))
            or (len(after) == 2 and after[0] == "’" and is_latin(after[1]) and is_latin(before[-1:])))


def _locant(text: str, i: int) -> bool:
    """Is the , at ``i`` one of a chemical name's locants, part of the name (2,4-D, 2,4-二氯苯氧
    基乙酸, 1,2-二氯乙烷, 2,4,6-三硝基甲苯)?"""
    return any(m.start() < i < m.end() for m in _LOCANTS.finditer(text, max(0, i - 16), i + 16))


#: a year, which no time nor ratio has after its colon (附件1:2023年“慈心一日捐”建议标准)
_A_YEAR = re.compile(r"(?:1[89]|20)\d\d年")

#: a chemical name's locants, before its hyphen: 2,4- 1,2,3- 2',4'-
_LOCANTS = re.compile(r"(?<![\d.,])\d{1,2}'?(?:,\d{1,2}'?)+-(?=[A-Za-z\u4e00-\u9fff])")


def _thousands(text: str, i: int) -> bool:
    """Does a group of exactly three digits start at ``i`` (after a thousands separator)?"""
    return text[i:i + 3].isdigit() and len(text[i:i + 3]) == 3 and not text[i + 3:i + 4].isdigit()


def _blank_beside_mark(before: str, after: str) -> bool:
    """Is a 一字空 between ``before`` and ``after`` (as set) one to remove: before a 点号, or
    inside a bracket or quote beside its text (“　好　”)? Not one that is all a bracket holds
    (a blank to fill in: （　　）)."""
    if after in PAUSE or after in FULL_STOP:
        return True
    return (before in OPENING) != (after in CLOSING)


def _in_latin_quote(latin_quotes: tuple, i: int) -> bool:
    k = bisect_right(latin_quotes, (i, 1 << 62)) - 1
    return k >= 0 and latin_quotes[k][0] < i < latin_quotes[k][1]


def _after_full_width(out: list, text: str, i: int, latin_quotes: tuple) -> bool:
    """Does the ASCII mark at ``i`` follow a mark set full width (真的吗?! 他来了(记者注)!), or
    Chinese text with only removed characters between, and stand before no Latin word
    (figures typed solid after it are Chinese text's too: 黄县(今龙口市),1938年, 会议(第二次),9:30;
    not figures after a space, or before another , or (, as in a reference or a list of
    figures: 学报(理学版), 2024, 56, 学报(理学版),2024,56(3), (单位:万元),100,200)?"""
    if _in_latin_quote(latin_quotes, i):
        return False
    last = _last_set(out, "")
    if not (last in _SET_FULL_WIDTH or (_chinese(last) and text[i - 1] in _INVISIBLE)):
        return False
    after = _neighbours(text, i, i + 1)[1]
    if not is_latin(after):
        return True
    figures = _FIGURES_THEN.match(text, i + 1)
    return figures is not None and not (figures.group(1) and figures.group(1) in ",(")


#: figures typed solid and what follows them
_FIGURES_THEN = re.compile(r"\d+(?:\.\d+)?(.?)")


#: a quantity typed solid with its unit (2—3级, -3℃~5℃, 10毫米), a field of a forecast's or
#: a table's line when it stands whole between spaces, typed solid after Chinese text or set
#: after another field (a 一字空; not after a word space: 北京 晴 3℃ -8℃, rose 5% 3%):
#: 多云 西南风2—3级 3℃~-8℃; (not 1200个 5G基站, 2019级 3班, 1米 85, 2023年 5月, or English:
#: lasts 100% 2 hours)
_QUANTITY = (r"[-+]?\d+(?:\.\d+)?(?:[—～~–-][-+]?\d+(?:\.\d+)?)?(?:{unit})(?:[～~][-+]?\d+(?:\.\d+)?(?:{unit}))?"
             .format(unit="[级度米元件人个台]|℃|%|％|毫米|厘米|公里|千米|公斤|万元|亿元"))
_FIELD_BEFORE = re.compile(r"[\u3400-\u9fff\u3000]" + _QUANTITY + "$")
_FIELD_AFTER = re.compile(_QUANTITY + r"(?=[\s\u3000，。；、,;.]|$)")


def _fields_after(text: str, j: int) -> bool:
    """Do whole fields (``_QUANTITY``) follow from ``j``, each to a blank, a mark or the end, up
    to the first that is not a figure (2—3级 25℃ 10毫米; not 1.5元 2元不等, where the last is a
    phrase: the spaces stand for marks)?"""
    while True:
        m = _FIELD_AFTER.match(text, j)
        if m is None:
            return False
        j = m.end() + _run(text, m.end(), _BL3)
        if j == len(text) or not (text[j].isdigit() or text[j] in "-+"):
            return True


#: a field whose value has no Han (分类号:F01, 编号：1007-2101, 型号:iPhone 15 Pro), typed
#: solid after its label at a paragraph's start (a newline put before the text set so far,
#: when it is all there) or after a blank or a mark, and a field's label after it: the blank
#: between two fields of a row
_A_FIELD_BEFORE = re.compile(r"[\s\u3000。；;，,][\u4e00-\u9fff]{2,10}[:：][^\s\u3000\u3400-\u9fff，。；、]{1,30}"
                             r"(?: [^\s\u3000\u3400-\u9fff，。；、]{1,30}){0,3}$")
_A_LABEL_AFTER = re.compile(r"[\u4e00-\u9fff]{2,10}[:：]")


#: a note's circled mark typed with a space on each side between the word it marks and a
#: mark, or a single character and a mark (不亦 君子 ④ 乎?, 愠 ③ ,, 子 ① 曰:: an e-book's
#: superscript); not an item's number, with its text after it (领导 ②完善制度, 注释：① 见《论语》),
#: nor one between 一字空 typed
_SPACED_NOTE = re.compile("(?<=[\u3400-\u9fff”’）》」』]) +[\u2460-\u2473] +"
                          "(?=[\u3400-\u9fff]?[，。、；：！？”’）,.;:?!])")


def _around_a_note(text: str, i: int, j: int) -> bool:
    """Is the blank at ``text[i:j]`` one of the two around a note's circled mark (``_SPACED_NOTE``)?"""
    if j < len(text) and "\u2460" <= text[j] <= "\u2473":
        return _SPACED_NOTE.match(text, i) is not None
    if i and "\u2460" <= text[i - 1] <= "\u2473":
        k = i - 1
        while k and text[k - 1] == " ":
            k -= 1
        m = _SPACED_NOTE.match(text, k) if k < i - 1 else None
        return m is not None and m.end() == j
    return False


#: the end of a dateline (电头), which a 一字空 parts from the story: 新华社北京3月8日电,
#: 本报讯, 记者张三报道
_DATELINE = re.compile(r"(?:\d日电|报讯|特讯|日讯|记者\S{1,12}报道)$")


def _dateline_before(out: list) -> bool:
    """Is what is set so far a dateline opening the paragraph (新华社北京3月8日电, 本报讯　记者
    高鹏报道), no sentence begun?"""
    head = _tail(out, 41)
    return len(head) <= 40 and not _SENTENCE_MARKS.search(head) and bool(_DATELINE.search(head))


_SENTENCE_MARKS = re.compile("[，。；！？：,;!?]")


#: a time of day ending what is set so far (12:00), and a schedule's next field after a blank:
#: a part of the day or a day and its time (下午2:30, 周六9:00), or a day alone (周六、周日休息)
_A_TIME_BEFORE = re.compile(r"(?<![\d:])\d{1,2}[:：]\d\d$")
_SCHEDULE_AFTER = re.compile(r"(?:上午|下午|中午|晚上|早上|凌晨|傍晚|夜间)\d{1,2}[:：]\d\d"
                             r"|(?:每)?(?:周|星期)[一二三四五六日天](?:[至—～~-](?:周|星期)?[一二三四五六日天])?[：:]?\d{1,2}[:：]\d\d")


def _tail(out: list, n: int = 42) -> str:
    """The last ``n`` characters or more set so far."""
    tail, k = "", len(out)
    while k and len(tail) < n:
        k -= 1
        tail = out[k] + tail
    return tail


def _ends_set_latin(out: list, text: str, i: int, latin_quotes: tuple) -> bool:
    """``_ends_latin_in_chinese`` judged on the text as set so far: a mark before the Latin
    run that was set full width is Chinese (他问:Why? -> 他问：Why？)."""
    if _in_latin_quote(latin_quotes, i):
        return False
    tail = _tail(out)
    return _ends_latin_in_chinese(tail + text[i:i + 42], len(tail))


#: what the rules set in place of ASCII marks, and the closing marks
_SET_FULL_WIDTH = frozenset(FULL_WIDTH.values()) | CLOSING | frozenset("…—")


#: an ellipsis spaced between English words: two words before it, and a word after it that
#: ends at a space, a Latin mark or the paragraph's end (not 他买了iPhone … iPad也买了)
_ENGLISH_BEFORE = re.compile(r"[A-Za-z]+[,;]? [A-Za-z]+ $")
_SPACED_ELLIPSIS = re.compile(r" [A-Za-z]+(?:[ ,;:.!?”’\"')]|$)")
#: ... and no Chinese in its sentence before it (演出嘉宾有Taylor Swift … Ed Sheeran等人 takes
#: ……), nor in the words after it up to a mark
_SENTENCE_BEFORE = re.compile(r"[^。！？!?\n]*$")
#: (an item's number before the sentence: 2、After controlling for …)
_ITEM_PREFIX = re.compile(r"^\s*[（(]?[\d一二三四五六七八九十]{1,3}[）)、.．]\s*")
_WORDS_AFTER = re.compile(r"[^，。；！？,.;!?”’\"')]*")


def _latin_ellipsis(text: str, i: int, j: int, latin_quotes: tuple, solid: bool = False) -> bool:
    """Is the ... at text[i:j] in Latin text (a quotation with no Chinese in it, or between
    English words and a space and another: I think... what)? ``solid``: a … may have a word
    or the end right after it too (a decade HOWEVER…https://t.co/…)."""
    if _in_latin_quote(latin_quotes, i):
        return True
    if (i > 1 and text[i - 1] == " " and _SPACED_ELLIPSIS.match(text, j) and _ENGLISH_BEFORE.search(text, 0, i)
            and not any(map(_chinese, _ITEM_PREFIX.sub("", _SENTENCE_BEFORE.search(text, 0, i).group())))
            and not any(map(_chinese, _WORDS_AFTER.match(text, j).group()))):
        return True     # (spaced between English words: After controlling for … the inverse)
    after = j + 1 < len(text) and text[j] == " " and is_latin(text[j + 1]) or solid and (
        j == len(text) or is_latin(text[j]))
    if not (i > 0 and is_latin(text[i - 1]) and after):
        return False
    # English words before it, not a single name in a Chinese sentence (他买了iPhone... iPad也买了)
    k = i - 1
    blank = False
    while k >= 0 and (solid or i - k <= 80) and (not _chinese(text[k]) or _apostrophe(text, k)):
        if text[k] in _BL:
            if not solid:
                return True
            blank = True
        k -= 1
    # (one … with a word after it: an English sentence's only, from the paragraph's start, however
    # far, or an opening quote, not a Chinese sentence ending with a name, 演出嘉宾还有Taylor Swift…,
    # 嘉宾包括Taylor Swift、Ed Sheeran…)
    return solid and blank and (k < 0 or text[k] in "“‘「『（(")


#: the rule of a space taken out of a sentence, said as a warning (``prepare``); and of one of
#: that shape kept, said as a warning too
STRAY_SPACE = "space inside a sentence taken out (a PDF's line wrap)"
KEPT_SPACE = "space inside a sentence set as 一字空 (a PDF's line wrap? take it out)"
#: the marks that end a clause, and the brackets and quotes around one
_CLAUSE_EDGE = frozenset("，。、；：！？,;:!?（）()“”「」『』《》〈〉\"\n")
#: words a name follows after a blank: a role, not a clause (记者 张三, 主持人 李四)
_ROLE_BEFORE = re.compile(r"(?:记者|通讯员|实习生|摄影|摄|编辑|作者|主持人|讲解员|发言人|主任|书记|局长|市长|校长|院长|经理)$")


#: an amount with its decimals and no word after it (150,956,664.73): a table's cell
_BARE_AMOUNT = re.compile(r"\d[\d,]*\.\d+(?![\d年月日万亿元])")


def _stray_spaces(text: str, wrapped: bool = False) -> tuple[frozenset, frozenset]:
    """The blanks of a paragraph that a PDF's line wrap left inside its sentences (大会计划审查委
    员会): single spaces between Han characters, each inside a clause of punctuated prose
    (``_wrap_like``), two or more of them, at offsets a line's width apart (three or more: every
    gap a multiple of the least, to two characters; two: ten characters apart or more, neither
    beside a body's name, 中共中央办公厅 国务院办公厅); and the others of that shape, not beside a
    body's name, that are kept (one alone: 在主席 台就座), to be said. ``wrapped``: the paragraph
    is a piece of a PDF's text flattened into one line whose blanks were found to be its wraps
    (load's ``_spaced_paragraphs``): one is enough (…利率的目 标区间…)."""
    none = frozenset(), frozenset()
    if sum(text.count(c) for c in "，。,") < (1 if wrapped else 3):
        return none
    found = [m.start() for m in _HAN_BLANK_HAN.finditer(text) if _wrap_like(text, m.start(), wrapped)]
    if not found:
        return none
    gaps = [b - a for a, b in zip(found, found[1:])]
    width = min(gaps, default=0)
    taken = frozenset()
    if width >= 10 and len(found) >= 3:
        taken = frozenset(found) if all(abs(g - round(g / width) * width) <= 2 for g in gaps) else taken
    elif width >= 10 and not any(_beside_a_body(text, i) for i in found):
        taken = frozenset(found)
    if wrapped:
        # (each alone too, but beside a body's name, before a field's label, or after a bracket
        # and a label: 大会 主席团, 全市中小学生 作品要求：, （2000年12月）简历 陈晓薇; those are said)
        taken |= frozenset(i for i in found if i > 4 and not _beside_a_body(text, i)
                           and not _FIELD_NEXT.match(text, i + 1) and not _LABEL_BEFORE.search(text, 0, i))
        return taken, frozenset(i for i in found if i not in taken)
    return taken, frozenset(i for i in found if i not in taken and not _beside_a_body(text, i))


#: a field's label right after a blank (作品要求：), and a short label after a bracket before one
#: (（2000年12月）简历): in a flattened PDF's text, a blank there parts two things
_FIELD_NEXT = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]")
_LABEL_BEFORE = re.compile(r"[）)】] ?[\u4e00-\u9fff]{1,3}$")


_HAN_BLANK_HAN = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
#: a label a paragraph starts with, which a blank parts from its text: an article's or a
#: chapter's number (第一条, 第十二条, 第三章) or a chronicle's date (7月2日, 2024年7月2日)
_LEADING_LABEL = re.compile(r"\s*(?:第[一二三四五六七八九十百零〇\d]{1,5}[条章节款编]|(?:\d{4}年)?\d{1,2}月\d{1,2}日)")
#: a body's name ending before a blank, or starting after one: two bodies that sign or issue
#: together (中共中央办公厅 国务院办公厅, 中共郑州市委 郑州市人民政府, 党中央 国务院)
_BODY_END = re.compile(r"(?:厅|委|府|院|部|局|办|会|中央|室|处|司|队)$")
_BODY_START = re.compile(r"(?:国务院|中共|全国|中央|省|市|县|区)")


def _beside_a_body(text: str, i: int) -> bool:
    return _BODY_END.search(text, 0, i) is not None or _BODY_START.match(text, i + 1) is not None


def _wrap_like(text: str, i: int, wrapped: bool = False) -> bool:
    """Could the blank at ``i``, between two Han characters, be a PDF's wrap: inside a clause
    of six characters or more with no other blank (``wrapped``: none between Han characters),
    not quoted or a title (“不忘初心 牢记使命”), no role before it (记者 张三), no name (获奖者张三
    李四，) nor a credit's 摄 after it?"""
    if text[i + 1] == "摄" or text.startswith("供图", i + 1) or _LEADING_LABEL.fullmatch(text, 0, i):
        return False    # (nor after a paragraph's label: 第一条 为了…, a chronicle's 7月2日 全省…)
    a = i
    while a > 0 and text[a - 1] not in _CLAUSE_EDGE:
        a -= 1
    b = i + 1
    while b < len(text) and text[b] not in _CLAUSE_EDGE:
        b += 1
    clause = text[a:b]
    blanks = len(_HAN_BLANK_HAN.findall(clause)) if wrapped else sum(1 for c in clause if c.isspace())
    if blanks != 1 or b - a - 1 < 6:
        return False
    if a > 0 and text[a - 1] in "“「『《〈（(" or b < len(text) and text[b] in "”」』》〉）)":
        return False    # (a title's or a slogan's two phrases: 《鬼灭之刃 无限列车篇》, “不忘初心 牢记使命”)
    if b - i - 1 <= 3 and text[i + 1] in SURNAMES:
        return False    # (a name after a name: 获奖者张三 李四，)
    return _ROLE_BEFORE.search(text, a, i) is None and not _dateline_like(text[a:i])


#: the commonest surnames: a blank before one, two or three characters before a clause's end,
#: parts two names
SURNAMES = frozenset("李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁"
                      "魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹"
                      "黎易常武乔贺赖龚文肖闫牛靳严覃施洪邢莫阮祝俞甘殷蒲卜柴庞葛尚井耿关翟安倪焦鲁童颜齐单申岳"
                      "纪苗柳温包滕付葛聂凌柯骆管宁左卢詹麦欧凤商路解尤舒时冉习兰伍芦喻韦季盛池霍游房边褚裴蔺"
                      "宫戚向鲍宗全饶荣杭匡练巩辛雍云桂屈巫鞠幸车伏郎冷蒙谷植车冀")


def _dateline_like(left: str) -> bool:
    return bool(re.search(r"(?:讯|电)(?:（[^）]*）)?$", left))


def _apostrophe(text: str, k: int) -> bool:
    """Is the ’ at ``k`` an apostrophe inside an English word (couldn’t, He’s), not a closing
    quote?"""
    return text[k] == "’" and 0 < k < len(text) - 1 and is_latin(text[k - 1]) and is_latin(text[k + 1])


def _sentence_end(text: str, i: int, quotes: dict) -> bool:
    """Is the ASCII . at ``i`` a Chinese sentence's full stop: right after a Han character and
    before the end or a closing quote or bracket (今天很好. 他说"好."), or a blank after a
    sentence of six characters or more (not 一. 指导思想); after a closing quote or bracket
    and before the end, a blank or Chinese (“考生注册”.报考人员)? (After figures:
    ``_figures_end``.)"""
    a = i - 1
    while a >= 0 and text[a] in _INVISIBLE:
        a -= 1
    if a < 0:
        return False
    prev = text[a]
    nxt = text[i + 1] if i + 1 < _blank_end(text) else ""
    if is_han(prev):
        if nxt and (nxt in _BL3 or is_han(nxt)):
            # between two sentences, with or without a blank (已有46位官员辞职.此前一天, 今天
            # 天气很好. 明天, 成交66,287张. 汇控): the one before of six characters or more
            # (back to a mark, or a blank before a blank), not an ordinal or a short name
            # (一.总则, 一. 指导思想, 第一部分. 总则, 张三.人工智能研究, 第三章 总则. 第一条),
            # nor the dot of a foreign name (弗拉基米尔.普京, 列奥纳多.达.芬奇) or of a
            # reference ([1] 国务院发展研究中心.中国发展报告[R].)
            if _name_dot(text, i) or _a_reference(text):
                return False
            stops = _CLAUSE_ENDS.union(_BL3) if nxt in _BL3 else _CLAUSE_ENDS
            k = a
            while k >= 0 and a - k < 6 and text[k] not in stops:
                k -= 1
            head = text[k + 1:a + 1]
            if _DATE_HEAD.search(text, max(0, a - 16), a + 1):
                return False    # (a date heading what follows: 2019年10月. 公司上市)
            if a - k >= 6:
                return True
            if len(head) < 4:
                return False
            if k >= 0 and text[k] in _BL3:
                # (a blank after a sentence's end: 今天天气很好. 明天下雨. 后天)
                j = k
                while j >= 0 and text[j] in _BL3:
                    j -= 1
                k = j if j >= 0 and text[j] in "。！？.!?" else k
            # four or five characters: a clause after a mark (床前明月光,疑是地上霜.举头, 双方
            # 战平.随后), or one that starts the paragraph with figures, which a name has not
            # (马竞76分.拜仁), not a heading (第10章.结论, 第1部分.总则, 2023年.中国经济)
            return (k >= 0 and text[k] not in _BL3) or any(c.isdigit() for c in head) and not _HEADING.search(head)
        return not nxt or nxt in CLOSING or nxt == ")" or quotes.get(i + 1) in ("”", "’")
    if prev in CLOSING or quotes.get(a) in ("”", "’") or (prev == ")" and quotes.get(a) is True):
        # (before the end, a blank, Chinese, or after a quote an English word with Chinese
        # after it: “三双”.CBA季后赛; not a file's type: 《通知》.PDF)
        return (not nxt or nxt in _BL3 or is_han(nxt) or nxt in CLOSING or quotes.get(i + 1) in ("”", "’")
                or (prev in "”’" or quotes.get(a) in ("”", "’")) and _WORD_THEN_CHINESE.match(text, i + 1) is not None)
    per_cent = prev in "%‰℃" and text[a - 1:a].isdigit()     # (a figure's: not a format's, %.2f)
    if nxt and nxt in _BL3 and per_cent:
        # (a blank between: 股价升0.61%. 其他银行股中)
        m = i + 1
        while m < len(text) and text[m] in _BL3:
            m += 1
        nxt = text[m] if m < len(text) and is_han(text[m]) else ""
    if nxt and is_han(nxt) and (per_cent or prev.isdigit() and _FIGURES_IN_A_SENTENCE.search(text, 0, i)):
        # after figures that end a sentence, before the next one: 增长3.5%.随后, 比分为2:1.随后;
        # not an item's number (要求：1.按时；2.保证 , 1.总则)
        return True
    return per_cent and nxt.isdigit()       # (增长4.7%.1—2月)


def _name_dot(text: str, i: int) -> bool:
    """Is the . at ``i`` between two parts of a transliterated foreign name, for a 间隔号:
    the two characters before it (or one after a title) and the two after it are ones such
    names are written with (弗拉基米尔.普京, 安吉丽娜.朱莉, 总统乔.拜登), or a short part of
    them stands between it and another dot (列奥纳多.达.芬奇)?
    Not 公里.因此, 违法.本院, 阿森纳.比赛 (a name ending a sentence)."""
    before, after = text[max(0, i - 2):i], text[i + 1:i + 3]
    glossed = _NAME_GLOSSED.match(text, i + 1)
    if glossed is not None and (all(c in TRANSLITERATION for c in text[i - 1:i] + glossed.group(1))
                                or glossed.group(2) is not None and any(c in TRANSLITERATION for c in text[i - 2:i])
                                and 2 * sum(c in TRANSLITERATION for c in glossed.group(1)) >= len(glossed.group(1))):
        return True     # (a name with its Latin form in brackets after it: 凯.伯德(Kai Bird), or of
        # three parts or more, its characters mostly a name's: 凯茜.麦克莫里斯.罗杰斯(Cathy McMorris
        # Rodgers); not 开幕.会上.世卫组织(World Health Organization), full stops)
    t = TRANSLITERATION
    for m in (_NAME_PART_AFTER.match(text, i + 1), _NAME_PART_BEFORE.search(text, 0, i)):
        if m is not None and all(c in t for c in m.group(1)):
            return True
    # (two characters on each side, or one after a title: 总统乔.拜登; not 北京.马克龙,
    # 胜利.梅西, 丈夫.詹姆斯)
    name = before if len(before) == 2 and not _TITLE.search(text, 0, i - 1) else before[-1:]
    return len(name) >= 1 and len(after) == 2 and all(c in t for c in name + after)


#: figures ending just before a . right after Chinese text: a score, a time, a quantity of
#: three figures or more (比分为2:1., 共计120.), not an item's number (要求:1. 内容1.加强)
#: nor a figure's or a table's (图1. 表2. 附件1.)
_FIGURES_IN_A_SENTENCE = re.compile(r"[\u3400-\u9fff](?<![图表件例第章节条款项])(?:\d+[:.,]\d+|\d{3,})$")
#: an English word with Chinese right after it (CBA季后赛), not a file's type (.DOC格式)
_WORD_THEN_CHINESE = re.compile(r"(?!(?:PDF|DOCX?|XLSX?|PPTX?|TXT|JPE?G|PNG|ZIP|RAR|WPS|OFD)[\u3400-\u9fff])"
                                r"[A-Z][A-Za-z]*[\u3400-\u9fff]")
#: the rest of a name and its Latin form in brackets (伯德(Kai Bird), 舍温（Martin J. Sherwin）)
_NAME_GLOSSED = re.compile(r"([\u3400-\u9fff]{1,5})((?:[.·•][\u3400-\u9fff]{1,5})+)?\s*[（(][A-Z][A-Za-z.'’-]*"
                           r"(?: [A-Z][A-Za-z.'’-]*)+[）)]")
#: a title before a name (总统乔.拜登)
_TITLE = re.compile("(?:总统|首相|总理|主席|国王|女王|王子|部长|外长|大使|议员|教授|博士|先生|女士|教练|队长|球员|导演|歌手)$")
#: a paragraph of a list of references (GB/T 7714: [1] 作者.题名[J].刊名, 2020.), whose dots
#: are the list's, not full stops
_REFERENCE = re.compile(r"^\s*[\[［]\d+[\]］]|\[(?:J|M|R|N|D|C|S|P|Z|EB/OL)\]")
@lru_cache(maxsize=4)
def _a_reference(text: str) -> bool:
    """Is ``text`` a paragraph of a list of references (``_REFERENCE``)? (Asked at each dot of
    a paragraph: searched once.)"""
    return _REFERENCE.search(text) is not None


#: a date that heads what follows it (2019年10月, 2019年10月1日)
_DATE_HEAD = re.compile(r"(?<![^\s\u3000。，,；;：:])\d{4}年\d{1,2}月(?:\d{1,2}日)?$")
#: the head of a heading before a . (第10章, 第1部分, 第12条, 2023年)
_HEADING = re.compile("^第|(?:章|节|条|款|部分|篇|编|年)$")
#: a name's short part between two dots typed for the 间隔号, after this one or before it
#: (列奥纳多.达.芬奇)
_NAME_PART_AFTER = re.compile(r"([\u3400-\u9fff]{1,4})\.[\u3400-\u9fff]")
_NAME_PART_BEFORE = re.compile(r"[\u3400-\u9fff]\.([\u3400-\u9fff]{1,4})$")


#: what ends a sentence or a clause before a full stop typed as . (as typed, either width;
#: not an ASCII : or ., which are more often inside a score, a time or a figure: 3:2, 3.5)
_CLAUSE_ENDS = frozenset("。，、；：？！,;?!“”\"'‘’（）()《》")


def _figures_end(out: list, text: str, i: int) -> bool:
    """Is the ASCII . at ``i`` the full stop ending a paragraph after figures or a word that
    Chinese (as set so far) comes right before (截止时间为18:00. 增长3.5%.), not an
    abbreviation or an address (美国U.S.A. 访问www.gov.cn.)?"""
    tail = _tail(out)
    if i + 1 < _blank_end(text) or not tail or not (is_latin(tail[-1]) or tail[-1] in "%‰℃") or _a_reference(text):
        return False
    k = len(tail) - 1
    while k >= 0 and not _chinese(tail[k]):
        between_digits = tail[k - 1:k].isdigit() and tail[k + 1:k + 2].isdigit()
        if tail[k] in _BL3 or (tail[k] in _NOT_A_LIST or tail[k] == ".") and not (tail[k] in ".:" and between_digits):
            return False
        k -= 1
    return k >= 0


_RANGE_UNITS = "%‰℃°"


#: the rule under a table's head pasted as Markdown (---|---|, | :--- | ---: |)
_TABLE_RULE = re.compile(r"\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?")


#: a month's part after its figure (10月下旬, 9月初, 3月底): a range's first end
_PART_OF_A_MONTH = re.compile(r"\d月(?:上旬|中旬|下旬|初|中|底|末)$")


def _in_range(text: str, i: int) -> bool:
    """Is the ~ at ``i`` between two numbers in Chinese text (3~5天, 约3~5, 4℃~6℃, -5°C~3°C, 10%~20%,
    22日~23日, 1381千米~1382千米, 13:00~18:00, -3~12℃, -12℃~-5℃, 10月下旬~11月中旬), or two
    Roman numerals (Ⅰ~Ⅲ类)?"""
    if "\u2160" <= text[i - 1:i] <= "\u217f" and "\u2160" <= text[i + 1:i + 2] <= "\u217f":
        return True
    if _PART_OF_A_MONTH.search(text, 0, i) and text[i + 1:i + 2].isdigit():
        return True     # (a date's part of a month before it: 10月下旬~11月中旬, 9月下旬~10月初)
    a = i - 1
    if a >= 1 and text[a - 1:a + 1] in ("°C", "°F"):
        a -= 2      # (degrees typed as two characters: -5°C~3°C)
    elif a >= 0 and text[a] in _RANGE_UNITS:
        a -= 1      # (a unit after the first figure: 4℃~6℃, 22日~23日, 1381千米~1382千米)
    elif a >= 0 and is_han(text[a]):
        a -= 2 if a >= 1 and is_han(text[a - 1]) and text[a - 2:a - 1].isdigit() else 1
    # (a negative figure after it: -12℃~-5℃, 3℃~-8℃)
    first = i + 2 if text[i + 1:i + 2] in ("-", "−") else i + 1
    if not (0 <= a and first < len(text) and text[a].isdigit() and text[first].isdigit()):
        return False
    b = first
    while a >= 0 and i - a <= 40 and (text[a].isdigit() or text[a] in ".:"):
        a -= 1
    if a >= 0 and text[a] in "-−":
        a -= 1      # (a negative figure before it: -3~12℃)
    while b < len(text) and b - i <= 40 and (text[b].isdigit() or text[b] in ".:" or text[b] in _RANGE_UNITS):
        b += 1
    if text[b - 1:b] == "°" and text[b:b + 1] in ("C", "F"):
        b += 1
    # (Chinese beyond an ASCII mark that is set full width counts: 4~5级,14~18℃;周二; and
    # beyond the brackets round the range and its unit: 每天7～8杯(1500~1700ml),)
    while a >= 0 and text[a] in "(（":
        a -= 1
    c = b
    while c < len(text) and (text[c].isascii() and text[c].isalpha() or text[c] == "/"):
        c += 1
    if c < len(text) and text[c] in ")）":
        while c < len(text) and text[c] in ")）":
            c += 1
        b = c
    return (a >= 0 and _chinese_side(text, a + 1, -1)) or (b < len(text) and _chinese_side(text, b - 1, 1))


def _latin_quotes(text: str, pairs: list) -> tuple:
    """The spans (opening index, closing index) of the quotations that hold no Chinese:
    straight double quotes paired as ``_quote_pairs`` pairs them, and curly ones, sorted."""
    spans = [(a, b) for a, b, _ in pairs if text[a] == text[b] == '"']
    a = text.find("“")
    while a != -1:
        b = text.find("”", a + 1)
        if b == -1:
            break
        spans.append((a, b))
        a = text.find("“", b + 1)
    # (a curly apostrophe or an inner quote is no Chinese: “Don’t,” she said; ‘Hello,’ he said)
    a = text.find("‘")
    while a != -1:
        b = a
        while True:
            b = text.find("’", b + 1)
            if b == -1 or not text[b + 1:b + 2].isalnum():
                break
        if b == -1:
            break
        spans.append((a, b))
        a = text.find("‘", b + 1)
    return tuple(sorted((a, b) for a, b in spans if not any(_chinese(c) and c not in "‘’" for c in text[a + 1:b])))


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
        piece = piece.rstrip(_BL3)
        if piece:
            return piece[-1]
    return before


def _as_set(text: str, j: int, parens: dict, latin_quotes: tuple = ()) -> str:
    """The first character from ``j`` on that is not removed, as the rules above will set it:
    an ASCII mark or quote in Chinese text as its full-width form, -- and ... as 破折号 and
    省略号."""
    while j < len(text) and (text[j] in _INVISIBLE or unicodedata.category(text[j]) == "Cs"
                             or text[j] in _BL):
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
    if ch == "." and _sentence_end(text, j, parens):
        return "。"
    if text.startswith("--", j) and not _empty_cell(text, j):
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
    """Length of the run of full-width letters and digits at ``i``, with the signs that join
    two of them (５．０ ＣＯＶＩＤ－１９ Ａ／Ｂ), a colon between digits (１０：３０) and a per cent
    sign after a digit (５．０％ -> 5.0%), and the ， of thousands (１，２３４，５６７: one or two
    figures, then groups of three, and no other group of figures after a ，)."""
    j, n = i, len(text)
    m = _FW_THOUSANDS.match(text, i)
    if m is not None:
        j = m.end()
    while j < n:
        c = text[j]
        if c in _FULL_WIDTH_ALNUM:
            j += 1
        elif c in _FW_JOINERS and j > i and j + 1 < n and text[j + 1] in _FULL_WIDTH_ALNUM:
            j += 1
        elif c == "：" and j > i and text[j - 1] in _FW_DIGITS and text[j + 1:j + 2] in _FW_DIGITS:
            j += 1
        elif c == "％" and j > i and text[j - 1] in _FW_DIGITS:
            j += 1
            break
        else:
            break
    return j - i


def _run(text: str, i: int, chars: str) -> int:
    """How many characters of ``chars`` stand in a row from ``i`` on."""
    j = i
    while j < len(text) and text[j] in chars:
        j += 1
    return j - i


def _quote_pairs(text: str, mark: str = '"', curly: str = "“”", doubles: tuple = ()) -> dict[int, str | None]:
    """For each straight quote ``mark``, the curly quote it becomes, or None (for ', an
    apostrophe between two letters or digits is left out: it's, 90's; for ", a prime after a
    figure: 27" 5'10"); for ", also each curly double quote facing the wrong way, with its
    turned form. Double quotes pair as ``_double_quotes`` pairs them, a quotation inside
    another in ‘’ (GB/T 15834 4.8); single ones in order. A pair is converted as one (never
    “OK." nor "OK.”): when it encloses Chinese or touches Chinese text outside (an ASCII mark
    between counts as what lies beyond it: 他说:"OK."然后). A quote left without a partner is
    set by where it stands."""
    result: dict = {}
    if mark == '"':
        pairs, lone, turned = doubles or _double_quotes(text, None)
        result.update(turned)
    else:
        # (a straight quote that closes one typed curly, ‘主要的要学毛泽东主义', is its partner,
        # not the first of a pair with the next straight one)
        closers = _closing_typed(text, mark, curly)
        result.update((i, curly[1]) for i in closers)
        flat, single = _straight_pairs(text, mark, curly, closers)
        pairs = [(a, b, 1) for a, b in flat]
        lone = [] if single is None else [(single, _closes_here(text, single, curly))]
        if mark == "'" and "'" in text:
            # (an elided year in Chinese text: ’16, the apostrophe's face)
            result.update((i, "’") for i, c in enumerate(text)
                          if c == "'" and _elided_year(text, i) and not no_han_around(text, i, i))
    for i, closes in lone:
        if text[i] != mark:
            continue
        if closes and mark == '"' and text.count("「", 0, i) > text.count("」", 0, i) \
                and text.count("“", 0, i) <= text.count("”", 0, i):
            result[i] = "」"    # (closing a quotation opened with 「: 「为什么?"她问 -> 「为什么？」她问)
        elif _curly_quote(text, i) or _chinese_side(text, i, -1) or _chinese_side(text, i, 1):
            result[i] = curly[1] if closes else curly[0]
        else:
            result[i] = None
    convert = [any(_chinese(c) for c in text[a + 1:b]) or _chinese_side(text, a, -1) or _chinese_side(text, b, 1)
               or text[a] != mark or text[b] != mark for a, b, _ in pairs]
    # quoted terms listed with only marks and spaces between them go together ("AI","5G"等)
    start = 0
    for n in range(1, len(pairs) + 1):
        if n == len(pairs) or text[pairs[n - 1][1] + 1:pairs[n][0]].strip(_BL + ",;:、，；："):
            if any(convert[start:n]):
                convert[start:n] = [True] * (n - start)
            start = n
    inner = "‘’" if mark == '"' else curly
    for (a, b, depth), yes in zip(pairs, convert):
        # (inside a quotation, ‘’; but a quote typed curly keeps its partner double: “创新")
        marks = curly if depth == 1 or text[a] != text[b] else inner
        for k, m in ((a, marks[0]), (b, marks[1])):
            if text[k] == mark:
                result[k] = m if yes else None
    # a quotation inside a converted one is in Chinese text too
    for (a, b, depth), yes in zip(pairs, convert):
        if depth == 1 and yes:
            for a2, b2, d2 in pairs:
                if d2 == 2 and a < a2 < b:
                    for k, m in ((a2, inner[0]), (b2, inner[1])):
                        if text[k] == mark and result.get(k) is None:
                            result[k] = m
    return result


def _double_quotes(text: str, carried: bool | None) -> tuple[list, list, dict]:
    """The double quotes of ``text``, straight and curly, paired: a list of (opening,
    closing, depth), depth 2 for a quotation inside another, sorted by opening; a list of
    (index, closes) for those left without a partner (a quotation that goes on into the next
    paragraph, or one ending that began in the last); and the curly quotes facing the wrong
    way, with their turned form (他说”好” 他说“好“, as word processors leave them).

    Reporters type " for both levels of quotation ("要发扬"工匠精神"。"), so quotes are not
    paired in order. Each says by where it stands whether it opens (at the start, after a
    blank, an opening mark or a colon; a “) or closes (at the end, before a blank or a mark,
    after a sentence's end; a ”), or says nothing (between two characters). The pairing
    taken is the one that goes against the fewest such cues, with the fewest quotations
    inside others, and where a quotation holding a sentence mark (a speech, not a term) is
    not closed between two characters; a " right after a figure may be a prime (27"显示器,
    他说:"这台是6.7"屏幕。"), at a price. A search over the stack of open quotes (two deep at
    most) finds it. Closing a quotation the paragraph before opened costs less where it is
    known to have been left open (``carried``), more where it is known to have been closed."""
    # (a " between two figures is the seconds of a time, set as ″ before this: 9"95)
    at = [m.start() for m in _DOUBLE_QUOTE.finditer(text)]
    if not at:
        return [], [], {}
    suspect = _out_of_turn(text, at)
    cues = [_quote_cues(text, i, suspect.get(i)) for i in at]
    # a speech opens after a colon and ends after a sentence's mark; a term between two
    # characters: a pair that mixes the two is unlikely
    after_colon = [text[i - 1:i] in (":", "：") for i in at]
    after_stop = [text[i - 1:i] in ("。", "？", "！", "?", "!", "…") or _han_full_stop(text, i - 1) for i in at]
    carried_cost = _CARRIED if carried is None else 0.0 if carried else 2 * _CARRIED
    marks = [m.start() for m in _SPEECH_MARKS.finditer(text)]
    # a quote with the next within a few characters and no sentence mark between: a term's,
    # unless a word of saying comes before the next (他又说"慢慢来。": a speech opens there)
    term = [k + 1 < len(at) and at[k + 1] - i <= 7 and not _SPEECH_MARKS.search(text, i, at[k + 1])
            and not _SAYING.search(text, 0, at[k + 1]) for k, i in enumerate(at)]

    # a quote the paragraph ends with, after text or a sentence's end, closes a quotation
    # whatever its face (又怎好算他没有？“; ``_before_the_end``)
    end = len(text.rstrip(_BLANK_OR_INVISIBLE))
    ends_para = [i == end - 1 and _before_the_end(text, i) for i in at]

    def speech(a: int, i: int) -> bool:
        return bisect_left(marks, a + 1) < bisect_left(marks, i)
    # state: the stack of open quotes (indexes into ``at``; -1 a quotation the paragraph
    # before opened) -> (cost, choices so far: a linked list, the last first)
    best: dict[tuple, tuple] = {(): (0, None)}
    if text[:at[0]].strip(_BLANK_OR_INVISIBLE):
        # (a paragraph that starts with a quote opens a quotation: one going on from the
        # paragraph before opens each paragraph again; else the first quote may end it)
        best[-1,] = (0, _CARRIED_START)
    for k, (opens, closes) in enumerate(cues):
        i = at[k]
        step: dict[tuple, tuple] = {}

        def offer(stack, cost, choices):
            if stack not in step or cost < step[stack][0]:
                step[stack] = (cost, choices)

        for stack, (cost, choices) in best.items():
            if len(stack) < 2:
                # (inside a quotation the paragraph before opened, quoted terms are common)
                nesting = (1.0 if stack[0] == -1 else _NESTING) if stack else 0.0
                if stack and stack[0] != -1 and after_stop[k] and not term[k]:
                    # a quotation's sentence ends and the quote closes it: one opening
                    # inside it right after its 。 is rare (说:"要做。"他又说"慢慢来。"),
                    # but for a quoted term (说:"守住底线。"双减"政策…")
                    nesting += _NESTING
                offer(stack + (k,), cost + 5 * closes + nesting + _OPENS_AT_THE_END * ends_para[k], ("open", choices))
            if stack:
                a = stack[-1]
                if a == -1:
                    extra = carried_cost + 3 * (2 - min(closes, 2)) + (0 if after_stop[k] else 4)
                else:
                    # a speech (holding a sentence mark) opens and closes where quotations do
                    extra = ((4 * ((cues[a][0] == 0) + (closes == 0)) if speech(at[a], i) else 0)
                             + (2 if after_colon[a] and closes == 0 else 0)
                             + (2 if cues[a][0] == 0 and after_stop[k] else 0))
                offer(stack[:-1], cost + 5 * opens + extra, ("close", choices))
            if text[i] == '"' and i and text[i - 1].isdigit():
                offer(stack, cost + 4, ("prime", choices))
        # (the cheapest states only: a paragraph of many quotes stays linear)
        best = step if len(step) <= _QUOTE_STATES else dict(
            sorted(step.items(), key=lambda kv: kv[1][0])[:_QUOTE_STATES])
    ends = []
    for stack, (cost, choices) in best.items():
        if -1 in stack:
            continue
        if len(stack) == 1:
            cost += 5 + 3 * (2 - min(cues[stack[0]][0], 2))
        elif stack:
            cost += 50
        ends.append((cost, _unlinked(choices)))
    _, (carried, choices) = min(ends, key=lambda end: (end[0], end[1][1]))
    pairs, lone, turned, stack = [], [], {}, [-1] if carried else []
    for k, (i, what) in enumerate(zip(at, choices)):
        if what == "open":
            stack.append(i)
            if text[i] == "”":
                turned[i] = "“"
        elif what == "close":
            a = stack.pop()
            if a == -1:
                lone.append((i, True))
            else:
                pairs.append((a, i, len(stack) + 1))
            if text[i] == "“":
                turned[i] = "”"
    lone += [(i, False) for i in stack if i != -1]
    return sorted(pairs), lone, turned


def _han_full_stop(text: str, k: int) -> bool:
    """Is the character at ``k`` a . typed for a 。 after a Chinese sentence (食品."及根据)?"""
    return k > 0 and text[k] == "." and is_han(text[k - 1])


def _before_the_end(text: str, i: int) -> bool:
    """Does the quote at ``i``, ending the paragraph, stand after text or a sentence's end
    (blanks skipped: 没有？ “), not after a colon, a comma, a dash or an opening mark, where
    a quotation set as the next paragraph may open (他说:", 只有一句——“)?"""
    k = i - 1
    while k >= 0 and text[k] in _BLANK_OR_INVISIBLE:
        k -= 1
    return k >= 0 and text[k] not in "：:，,—" and text[k] not in OPENING


#: the root of the choices of a pairing that starts inside a quotation the paragraph before opened
_CARRIED_START = ("carried", None)


def _unlinked(node) -> tuple:
    """(Does the pairing start inside the paragraph before's quotation?, its choices in
    order) from a linked list of choices, the last first."""
    out = []
    while node is not None and node is not _CARRIED_START:
        out.append(node[0])
        node = node[1]
    return node is _CARRIED_START, tuple(reversed(out))


#: a word of saying just before a quote: what follows is a speech (他又说"…", 他答"…")
_SAYING = re.compile("(?:说|道|问|答|称|喊|讲|叫|表示|指出|强调|透露|介绍|坦言|回答|补充|告诉|一句|写)$")


#: what a quotation inside another costs, and closing one the paragraph before opened:
#: reporters seldom nest quotations, so pairs side by side are taken unless the quotes'
#: places clearly say otherwise
_NESTING = 3.0
_CARRIED = 6.0
#: what a quote the paragraph ends with costs as an opening one (more than its face says)
_OPENS_AT_THE_END = 40.0
#: how many stacks of open quotes the pairing keeps after each quote (the cheapest)
_QUOTE_STATES = 24
#: marks that say a quotation holds a sentence (a speech), not a term
_SPEECH_MARKS = re.compile("[，。；！？,;!?]")
_DOUBLE_QUOTE = re.compile('["“”]')


def _out_of_turn(text: str, at: list) -> dict:
    """The curly double quotes whose face is not the one their turn gives them (read in
    order, quotations take turns to open and close; a first ” after a mark closes one the
    paragraph before opened): ``True`` for two such in a row that face each other's way,
    a pair typed the wrong way round (”加油！“ after a quotation typed right), whose turn
    counts for more than their faces; ``False`` for one alone (他说“好“), whose face counts
    for less. Two in a row facing the right way are a quotation inside another (“甲“乙”丙”)."""
    curly = [i for i in at if text[i] != '"']
    if not curly:
        return {}
    first = curly[0]
    # (a first ” closes one the paragraph before opened where it stands after a mark or before
    # one: 办好”。他说, 放弃”，他说; not between two characters: 写有”欢迎回家“的; nor after a
    # word of saying and its comma, where a quotation opens: 他说，”加油“)
    after = text[first + 1:first + 2]
    saying = first > 1 and text[first - 1] in "，," and _SAYING.search(text, 0, first - 1) is not None
    carried = text[first] == "”" and first == at[0] and not saying and (
        first > 0 and text[first - 1] in "。？！…，、；!?,;" or not after or not is_han(after) and not is_latin(after))
    out: dict = {}
    shift, k = int(carried), 0

    def wrong(k):
        return (text[curly[k]] == "“") != ((k + shift) % 2 == 0)
    while k < len(curly):
        if not wrong(k):
            k += 1
            continue
        i = curly[k]
        nxt = k + 1 < len(curly) and wrong(k + 1)
        if (text[i] == "”" and k + 2 < len(curly) and text[curly[k + 1]] == "“"
                and (_a_term(text, curly[k + 1], curly[k + 2]) or _a_speech(text, curly[k + 1], curly[k + 2]))
                and not _a_term(text, i, curly[k + 1], "”“")):
            # (a stray ” before a term quoted the right way, with a sentence or more between: it
            # takes no turn, and what follows keeps its faces: 能买到“晚报”吗？”我都…有“晚报情结”的,
            # not ”晚报情结“; but ”内卷“和”躺平“ is two pairs typed the wrong way round; or before a
            # speech quoted the right way: 琨格杯”第三届…打来电话，“我们学校…拜托了。”)
            out[i] = False
            shift ^= 1
            k += 1
        elif nxt and text[i] == "”" and text[curly[k + 1]] == "“":
            out[i] = out[curly[k + 1]] = True
            k += 2
        elif nxt and text[i] == "“" and text[curly[k + 1]] == "”":
            k += 2
        else:
            out[i] = False
            k += 1
    return out


def _a_speech(text: str, a: int, b: int) -> bool:
    """Do the quotes at ``a`` and ``b``, typed “ and ”, quote a speech as quotations open and
    close: after a comma or a colon, to a sentence's end (打来电话，“我们学校…拜托了。”)?"""
    prev = text[a - 1:a]
    return (text[a] == "“" and text[b] == "”" and prev in ("，", ",", "：", ":")
            and text[b - 1:b] in ("。", "？", "！", "?", "!", "…"))


def _a_term(text: str, a: int, b: int, faces: str = "“”") -> bool:
    """Do the quotes at ``a`` and ``b`` (their ``faces``: “” typed right, ”“ round the wrong
    way) quote a term, a few characters with no mark between them (“晚报情结”, ”内卷“)?"""
    return (text[a] == faces[0] and text[b] == faces[1] and 1 < b - a <= 12
            and not any(c in "，。、；：？！,;:?!" for c in text[a + 1:b]))


def _quote_cues(text: str, i: int, turned: bool | None = None) -> tuple[int, int]:
    """How strongly a double quote at ``i`` says it opens and it closes a quotation (a curly
    one out of turn, ``_out_of_turn``: by its face less, or ``turned``, as the other face)."""
    prev, nxt = _neighbours(text, i, i + 1, blanks="")     # (invisible characters skipped)
    opens = closes = 0
    face = 6 if turned is None else 2
    if (text[i] == "“") != bool(turned) and text[i] != '"':
        opens += face
    elif text[i] != '"':
        closes += face
    if not prev or prev in _BL3 or prev in OPENING or prev in "：:":
        opens += 2
    elif prev in "，,、；;":
        opens += 1
        closes += prev in "，,"     # (他说，“… and …，”他说)
    if nxt and nxt in "（(【［[":
        closes += 1         # (a note in brackets after a quoted term: "甲"（又称"乙"）)
    elif nxt in OPENING:
        opens += 1          # (a quotation that begins with a title: "《长津湖》…")
    if not nxt or nxt in _BL3 or nxt in _NO_SPACE_BEFORE or nxt in ",;:?!.":
        closes += 2
    elif prev and prev in "。？！?!…" or _han_full_stop(text, i - 1):
        # after a sentence, before text: a quotation ends (。”他说) or begins (。“绿水青山…)
        opens += 0.6
        closes += 1
    if nxt and nxt in '"“”':
        closes += 2         # (two quotes together: ”“)
    if prev in '"“”' and prev:
        opens += 2
    return opens, closes


def _turned_singles(text: str) -> dict[int, str]:
    """The curly single quotes of a paragraph that holds them only the wrong way round
    (’这是我们的责任‘), read in order, each with its turned form. A ’ after a Latin letter is an
    apostrophe (it’s, the students’ union), not a quote."""
    at = [i for i, c in enumerate(text) if c in "‘’"
          and not (c == "’" and (i and is_latin(text[i - 1]) or is_latin(text[i + 1:i + 2] or " ")))]
    pairs = list(zip(at[0::2], at[1::2]))
    if len(at) % 2 or any(text[a] == text[b] for a, b in pairs):
        return {}
    return {k: "‘" if text[k] == "’" else "’" for a, b in pairs if text[a] == "’" for k in (a, b)}


def _curled_in_latin(text: str, quotes: dict, doubles: list) -> dict[int, str]:
    """The straight quotes that ``quotes`` leaves straight (a quotation in Latin text), curled
    as English is printed: a pair standing as a quotation does (after a blank, a dash or the
    start; before a blank, an English mark or the end; a letter inside, nothing of code: = < >
    { } \\), He said "hi" and 'bye'. -> He said “hi” and ‘bye’.; and an apostrophe between a
    letter or figure and a letter (it's, O'Neal, 1990's -> it’s, O’Neal, 1990’s). Not
    print("hi"), name="x", 5'10", a ' at a word's end (the players' union: a quote or an
    apostrophe)."""
    result: dict[int, str] = {}
    singles, _ = _straight_pairs(text) if "'" in text else ([], None)
    pairs = [(a, b, "“”") for a, b, _ in doubles if text[a] == text[b] == '"'] + [(a, b, "‘’") for a, b in singles]
    for a, b, curly in pairs:
        inner = text[a + 1:b]
        if (quotes.get(a) is None and quotes.get(b) is None and inner.strip() == inner
                and sum(1 for c in inner if c.isalpha() and is_latin(c)) >= 2 and not any(c in "=<>{}\\" for c in inner)
                and (a == 0 or text[a - 1] in _BL or text[a - 1] in "—–\"'“‘")
                and (b + 1 == len(text) or text[b + 1] in _BL or text[b + 1] in ",.;:!?)—–\"'”’")
                and no_han_around(text, a, b)):
            # (in an English sentence: 写道：Make America "great" again is left as typed; not
            # ‘n’ of rock 'n' roll, one letter, which is two apostrophes)
            result[a], result[b] = curly[0], curly[1]
    for i in range(1, len(text) - 1):
        if (text[i] == "'" and i not in result and quotes.get(i) is None and is_latin(text[i - 1])
                and text[i - 1].isalnum() and is_latin(text[i + 1]) and text[i + 1].isalpha()
                and not _ANGLE_MARK.search(text, max(0, i - 16), i)):     # (not 39°54'N: a prime)
            result[i] = "’"
    return result


def _straight_pairs(text: str, mark: str = "'", curly: str = "‘’", skip=()) -> tuple[list, int | None]:
    """The straight quotes ``mark`` of ``text`` paired in order, and the one left without a
    partner (None if none): the first when it stands where a quote closes, else the last.
    For ', an apostrophe between two letters or digits is not a quote; nor are those ``skip``
    names."""
    at = [i for i, c in enumerate(text) if c == mark and i not in skip and not _an_apostrophe(text, i, mark)]
    lone = None
    if len(at) % 2:
        lone = at[0] if _closes_here(text, at[0], curly) else at[-1]
        at.remove(lone)
    return list(zip(at[0::2], at[1::2])), lone


def _an_apostrophe(text: str, i: int, mark: str) -> bool:
    """Is the straight ``mark`` at ``i`` an apostrophe, between two letters or digits (it's,
    90's) or before a year's two figures ('16)?"""
    return mark == "'" and (0 < i < len(text) - 1 and is_latin(text[i - 1]) and is_latin(text[i + 1])
                            or _elided_year(text, i))


_TWO_FIGURES = re.compile(r"\d\d(?!\d)")
#: a plural's possessive in English text (Gates' foundation, the students' union)
_POSSESSIVE = re.compile(r"s' [A-Za-z]")


def _closing_typed(text: str, mark: str, curly: str) -> list:
    """The straight quotes ``mark`` that close a quotation opened with a curly quote typed
    before them and not yet closed (‘主要的要学毛泽东主义'): right after its text, not after a
    space or an opening mark, and not an apostrophe nor an English plural's possessive (Gates'
    foundation); a curly quote before a year's two figures (‘90后) is an apostrophe turned,
    opening nothing."""
    if curly[0] not in text:
        return []
    out, open_ = [], 0
    for i, c in enumerate(text):
        if c == curly[0] and not _TWO_FIGURES.match(text, i + 1):   # (‘90后: an apostrophe turned)
            open_ += 1
        elif c == curly[1]:
            open_ = max(0, open_ - 1)
        elif (c == mark and open_ and i and not text[i - 1].isspace() and text[i - 1] not in OPENING
              and not _an_apostrophe(text, i, mark) and not _POSSESSIVE.match(text, i - 1)):
            out.append(i)
            open_ -= 1
    return out


#: an apostrophe before the two figures of a year (Morning Musume。'16, 早安少女組。’16): no
#: quote closes it in its sentence (not '90后' nor '95后大学生创业群体', quoted)
_ELIDED_YEAR = re.compile(r"['’]\d\d(?![\d'’])(?![^'’。！？]*['’])")


def _elided_year(text: str, i: int) -> bool:
    """Is the ' at ``i`` the apostrophe of a year cut to two figures, after a mark, a letter,
    a bracket or a space (not after a figure: 5'10")?"""
    return _ELIDED_YEAR.match(text, i) is not None and not text[i - 1:i].isdigit()


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
    while 0 <= k < len(text) and text[k] in _BL:
        k += step
    if 0 <= k < len(text) and text[k] in ",;:?!":
        k += step
        while 0 <= k < len(text) and text[k] in _BL:
            k += step
    return 0 <= k < len(text) and _chinese(text[k])


def _angle_titles(text: str) -> dict[int, str]:
    """The < > typed for a title in Chinese text (<论语>), by index: what each becomes, 《 》,
    or 〈 〉 inside a title in 《》 (《学而时习之——<论语>主题展》). Only a pair around
    text that starts with Chinese and holds no sign of markup or a formula (<br>, x<5且y>3)."""
    out = {}
    for m in _ANGLE_TITLE.finditer(text):
        before = text[max(0, m.start() - 2):m.start()]
        inside, after = m.group()[1:-1], text[m.end():m.end() + 1]
        if "，" in inside and (inside.endswith(before) or is_latin(after) or _COMPARING.search(text, 0, m.start())):
            continue    # (two comparisons: 收入<支出时为赤字，收入>支出时; 若甲<乙，乙>丙; 利润>0时)
        depth = text.count("《", 0, m.start()) - text.count("》", 0, m.start())
        out[m.start()], out[m.end() - 1] = ("〈", "〉") if depth > 0 else ("《", "》")
    return out


_ANGLE_TITLE = re.compile(r"<(?=[\u3400-\u9fff\U00020000-\U0003134f“‘《])[^<>=/\\\n。；;]{1,40}(?<![A-Za-z0-9 ])>")


#: words that open a comparison (当 若 如果), right before the first term of a < (当成本<收入)
_COMPARING = re.compile("(?:(?<![相每])当(?![天地晚时日年场中选])|若(?!干)|如果|假如|假设)[^，。；！？]{0,2}$")


def _square_brackets(text: str) -> dict[int, str]:
    """What each ASCII square bracket of a pair around Chinese text becomes: full width
    ([休·埃文斯和Lady Gaga向媒体作了介绍]). (Not a reference's [1] nor [J].)"""
    result: dict[int, str] = {}
    for m in re.finditer(r"\[([^\[\]]*)\]", text):
        if any(_chinese(c) for c in m.group(1)):
            result[m.start()], result[m.end() - 1] = "［", "］"
    return result


#: a stock's code (603919.SH, 00700.HK, 00005-HK, 700.HK, 600519, ZTO.US): figures or a
#: ticker, and the exchange
_STOCK_CODE = re.compile(r"\d{6}(?:[.-](?:SH|SZ|BJ|SS|sh|sz))?|\d{3,5}[.-](?:HK|hk)|[A-Z]{1,5}\.(?:US|us)")


def _gloss_in_english(text: str, o: int, c: int) -> bool:
    """Is the pair of brackets ``text[o]``, ``text[c]`` a Chinese gloss in an English sentence,
    kept half width with the word spaces around it (The term “Belt and Road” (一带一路) was
    coined in 2013.; guanxi (关系) and mianzi (面子) are)? Typed with a space before it after
    English, English or the sentence's end after it, and the sentence around it, its glosses
    apart, English (``_english_words``) with no Han. Not 他说 Hello (你好), nor a Latin name
    glossed in Chinese text."""
    if text[o - 1:o] != " ":
        return False
    before, _ = _neighbours(text, o, o, _BL3)
    _, after = _neighbours(text, c + 1, c + 1, _BL3)
    if not (is_latin(before) or before in "”’\"'") or not (after == "" or is_latin(after) or after in ",.;:!?"):
        return False
    outside = _outside_brackets(text, o, c)
    return outside is not None and _english_words(outside)


def _outside_brackets(text: str, o: int, c: int) -> str | None:
    """The sentence around ``text[o:c + 1]`` (back and on to a sentence's end, at most
    ``SENTENCE_REACH`` characters each way) without what any brackets hold; None if Han
    stands outside them."""
    parts = []
    for step, k in ((-1, o - 1), (1, c + 1)):
        stop = max(-1, k - SENTENCE_REACH) if step == -1 else min(len(text), k + SENTENCE_REACH)
        depth, kept = 0, []
        while k != stop:
            ch = text[k]
            if depth == 0 and (ch in "。！？!?" or ch == "." and (
                    text[k + 1:k + 2] in (" ", "") if step == -1 else not text[k + 1:k + 2].isdigit())):
                break
            if ch in ("(（" if step == 1 else ")）"):
                depth += 1
            elif ch in (")）" if step == 1 else "(（"):
                depth = max(0, depth - 1)
            elif depth == 0:
                if is_han(ch):
                    return None
                kept.append(ch)
            k += step
        parts.append("".join(reversed(kept)) if step == -1 else "".join(kept))
    return parts[0] + " " + parts[1]


#: a figure, a decimal's point or a sign a number ends with (84.3%, 37.5℃)
_FIGURE_BEFORE_BRACKET = re.compile(r"[\d.%‰℃]+$")


def _figures_in_chinese(text: str, o: int, c: int) -> bool:
    """Are the brackets at ``o`` and ``c`` a number's in Chinese text, Chinese beyond the
    number before them (和84.3%(86/102)) or beyond the ASCII mark after them ((86/102),差异…),
    as a pair touching Chinese is?"""
    m = _FIGURE_BEFORE_BRACKET.search(text, 0, o)
    before = text[m.start() - 1:m.start()] if m is not None and m.start() else ""
    after = text[c + 2:c + 3] if text[c + 1:c + 2] in (",", ";", ":") else ""
    return m is not None and (_chinese(before) or _chinese(after))


#: an interval or a point of mathematics: two bounds, figures, ∞ or a letter, between brackets
#: round or square ((-∞,-1), [0,1), (a,b], (3,4); not a number in its groups, (5,000)万元)
_BOUND = r"[+\-−]?(?:\d+(?:\.\d+)?|∞|[a-z])"
_INTERVAL = re.compile(rf"[(\[](?!\d{{1,3}},\d{{3}}\))({_BOUND}),\s?{_BOUND}[)\]]")


def _matching_parens(text: str) -> dict[int, bool]:
    """For each ASCII bracket: convert it? True when the pair encloses or touches Chinese."""
    result: dict[int, bool] = {}
    stack: list[int] = []
    pairs = []
    latin = set()       # (openings of pairs holding Latin text)
    # (an interval or a point of mathematics keeps its brackets as typed, half-width, whichever
    # they are: (-∞,-1), [0,1), (3,4))
    for m in _INTERVAL.finditer(text) if "," in text else ():
        for k in (m.start(), m.end() - 1):
            if text[k] in "()":
                result[k] = False
    for i, ch in enumerate(text):
        if i in result:
            continue
        if ch == "(":
            stack.append(i)
        elif ch == ")":
            if stack:
                o = stack.pop()
                pairs.append((o, i))
                inner = text[o + 1:i]
                prev, _ = _neighbours(text, o, o + 1, _BL3)
                _, nxt = _neighbours(text, i, i + 1, _BL3)
                # Latin text ((PDF), (Mark Gurman), f(2)): not figures alone ((1)声音, (2024))
                # (a code that starts with figures, a stock's 603919.SH, is a figure's case)
                latin_only = (inner and (any(c.isalpha() for c in inner) or text[o - 1:o].isascii()
                                         and text[o - 1:o].isalnum())
                              and all(is_latin(c) or c in " .,-_/&+'’" for c in inner)
                              and not _STOCK_CODE.fullmatch(inner))
                chinese = (any(_chinese(c) and c not in "‘’" for c in inner)
                           or not latin_only and (_chinese(prev) or _chinese(nxt) or _figures_in_chinese(text, o, i))) \
                    and not (any(is_han(c) for c in inner) and _gloss_in_english(text, o, i))
                result[o] = result[i] = chinese
                if latin_only:
                    latin.add(o)
            else:
                prev, nxt = _neighbours(text, i, i + 1, _BL3)
                result[i] = _chinese(prev) or _chinese(nxt)
    for o in stack:
        prev, nxt = _neighbours(text, o, o + 1, _BL3)
        result[o] = _chinese(prev) or _chinese(nxt)
    # a pair touching a bracket set full width is in Chinese text too (按照(1)(2)(3)的顺序)
    by_open = {o: c for o, c in pairs}
    by_close = {c: o for o, c in pairs}
    work = [(o, c) for o, c in pairs if result[o]]
    while work:
        o, c = work.pop()
        for o2, c2 in ((by_close.get(o - 1), o - 1), (c + 1, by_open.get(c + 1))):
            if o2 is not None and c2 is not None and not result[o2] and o2 not in latin:
                result[o2] = result[c2] = True
                work.append((o2, c2))
    return result
