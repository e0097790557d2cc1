"""Character classes and the prohibition (禁则) tables, as data.

Sources: W3C clreq "Prohibition rules for line start and line end" (GB-style level: the basic
rules plus 分隔号 not at a line end), GB/T 15834-2011 §5.1, and the zh-CN kinsoku defaults of
ECMA-376 (OOXML) for units and currency signs. TYPOGRAPHY.md §4.2 lists the sets with their
code points; the tables below are those sets.
"""
from __future__ import annotations

import unicodedata

# --- prohibition sets (TYPOGRAPHY.md §4.2) ----------------------------------------------------

#: 点号: may not start a line.
NO_START_STOPS = "、，。．：；！？" + ",.:;!?"
#: closing quotes and brackets: may not start a line.
NO_START_CLOSING = "”’」』）〕］｝】〗》〉" + ")]}"
#: connectors, middle dots, solidus, the ratio sign (2∶6, GB/T 15834 5.1.3): may not start a
#: line. (A single U+2014 is a 一字线; a pair is a 破折号, which may start a line: the pair is
#: one unit, see ``unit_start_ok``.)
NO_START_CONNECTORS = "–～~—·・‧/／∶"
#: squared abbreviations of units, ㎎ ㎏ ㎜ ㎝ ㎞ ㎡ ㏄ ... (U+3380..33DF): postfixed like %
#: (JLREQ cl-18, "postfixed abbreviations"), so never apart from their number.
UNITS_SQUARED = "".join(map(chr, range(0x3380, 0x33E0)))
#: units that follow a number (OOXML zh-CN, and the squared units above), and the minute and
#: second of an angle or a time, ′ ″ ‴ (JLREQ cl-18, with ° and %: 东经113°39′, 1′23″45).
NO_START_UNITS = "％%‰℃°′″‴" + UNITS_SQUARED
#: small kana, the prolonged sound mark and the iteration marks of Japanese names in Chinese
#: copy (ファントムシータ, ビックカメラ, 佐々木): no line starts with one (JLREQ cl-11, cl-03)
NO_START_KANA = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶーゝゞヽヾ々"
#: a bar parting the fields of a credit (来源：新华社 | 编辑：张三): like a 分隔号, never first
NO_START_BARS = "|｜"
#: the marks of a trade name, set after it (Intel® Core™): never parted from it
NO_START_TRADE = "®™℠"
#: a power's figures and signs, set after its base (9.461×10¹², 10⁻⁹, m²): never parted from it
SUPERSCRIPTS = "¹²³⁰⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ"
#: the arrow of a route (太和殿→中和殿→保和殿), which goes with the stop before it, as a connector
#: does: a line breaks after it, never before (not | →中和殿)
NO_START_ARROWS = "→"
NO_START = frozenset(NO_START_STOPS + NO_START_CLOSING + NO_START_CONNECTORS + NO_START_UNITS + NO_START_KANA
                     + NO_START_BARS + NO_START_TRADE + SUPERSCRIPTS + NO_START_ARROWS)

#: opening quotes and brackets: may not end a line.
NO_END_OPENING = "“‘「『（〔［｛【〖《〈" + "([{"
#: GB additions: solidus, currency prefixes; and the @ of a handle (网友@小明), never parted
#: from the name it opens
NO_END_GB = "/／￥¥$＄£@＠"
#: the signs that open a formula's clause or name its figure: because, therefore, angle,
#: triangle (∵ a=1, ∠ABC, △ABC): never parted from what they govern
NO_END_MATH = "∵∴∠△"
NO_END = frozenset(NO_END_OPENING + NO_END_GB + NO_END_MATH)

# --- punctuation classes for width adjustment (clreq §3.1.6, TYPOGRAPHY.md §4.4) --------------

#: full-width opening marks: the ink sits in the right half, the adjustable blank on the left.
OPENING = frozenset("“‘「『（〔［｛【〖《〈")
#: full-width closing marks: ink left, blank right.
CLOSING = frozenset("”’」』）〕］｝】〗》〉")
#: 点号 inside a sentence (，、；：) and at its end (。？！): ink left, blank right in zh-Hans.
PAUSE = frozenset("，、；：")
FULL_STOP = frozenset("。．？！")
#: marks whose blank half may be compressed.
ADJUSTABLE = OPENING | CLOSING | PAUSE | FULL_STOP

#: never split and stretched neither inside nor, by preference, around.
DASH = "—"          # U+2014; two make a 破折号
TWO_EM_DASH = "⸺"   # U+2E3A
ELLIPSIS = "…⋯"     # U+2026, U+22EF; two make a 省略号
MIDDLE_DOTS = frozenset("·・‧")

#: characters that glue to a Latin word or a number (no break inside, no Han-Latin gap).
WORD_INNER = frozenset(".,:'’-_/&+#@%‰℃°′″‴*×÷=^")
#: signs that may open a word or number: brackets and quotes, currencies, and the signs of
#: comparison and tolerance before a figure (≥140mmHg, <7.0, ±0.5℃), a root's sign (√2): never
#: left at a line end
WORD_OPEN = frozenset("([{\"'$¥£€" + "≥≤±≈≠<>√")
#: of those, the signs Chinese fonts set about an em wide: like the full-width signs after a
#: number, they take no Han-Latin gap from the Han text before them (血糖≥7.0)
WIDE_OPEN_SIGNS = frozenset("≥≤±≈≠√")
WORD_CLOSE = frozenset(")]}\"'.,;:!?%‰℃°′″‴％+®™℠" + SUPERSCRIPTS + UNITS_SQUARED)
#: signs a number may end with that are set full width (1 em) in Chinese fonts: no Han-Latin
#: gap after them, as there is none between two Han characters (300㎡的, 36℃的).
FULL_WIDTH_SIGNS = frozenset("℃‰％" + UNITS_SQUARED)

#: what after figures makes them a quantity, never parted from it: a unit, a measure word or %
#: (12345678901234元, 2000000000股, (1500-1600)元: not an account's number, nor a life's years)
UNITS_AFTER_FIGURES = frozenset("元角分厘毫米克吨升斤两亩顷个只次人户件台辆条张本位名家座所届度倍万亿千百%‰℃"
                                "股美港欧英日韩澳卢平方公里海尺寸磅盎桶架艘匹头枚颗粒余多兆")
#: the words that count or measure what a figure before them gives (174个, 13人, 50岁, a date's
#: 年月日): a line parts a figure from one only at a price (``segment``), and the proofs say so
MEASURE_WORDS = UNITS_AFTER_FIGURES | frozenset("年月日号时秒岁周世期批轮场局盘集页章节篇段层楼栋项款例天"
                                                "趟班站首部对双套份门幅棵株個歲號屆場項勝負"
                                                "种类支片杯勺碗包瓶盒袋根块把")


def is_han(ch: str) -> bool:
    """Ideographs, kana, Hangul and other characters set on the full-width (em) grid."""
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x3FFFF
            or 0xF900 <= o <= 0xFAFF or 0x3040 <= o <= 0x30FF or 0xAC00 <= o <= 0xD7AF
            or 0x3005 <= o <= 0x3007 or 0x2E80 <= o <= 0x2FDF or 0x3100 <= o <= 0x31BF
            or 0x2460 <= o <= 0x24FF or 0x3200 <= o <= 0x33FF
            or 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A)


def is_latin(ch: str) -> bool:
    """Letters and digits of proportional (Western) text."""
    if ch.isascii():
        return ch.isalnum()
    o = ord(ch)
    if 0x00C0 <= o <= 0x024F or 0x0370 <= o <= 0x03FF or 0x0400 <= o <= 0x04FF:
        return unicodedata.category(ch).startswith("L")
    return False


def is_cjk_punct(ch: str) -> bool:
    return ch in ADJUSTABLE or ch in MIDDLE_DOTS or ch in ELLIPSIS or ch in DASH \
        or ch == TWO_EM_DASH or ch in "～〃々〜"


def is_space(ch: str) -> bool:
    return ch in " \u3000\u00a0\t"


def is_chinese_context(ch: str) -> bool:
    """True for characters that make their neighbourhood Chinese text."""
    return is_han(ch) or is_cjk_punct(ch)


def english_quotes(text: str) -> tuple[frozenset, frozenset]:
    """The curly quotes of a quotation in English text, set as Latin quotes (the width of their
    ink, the word spaces beside them kept), not as Chinese marks: (openings, closings), by
    index, of ``english_quote_pairs``."""
    pairs = english_quote_pairs(text)
    return frozenset(a for a, _ in pairs), frozenset(b for _, b in pairs)


def english_quote_pairs(text: str) -> list[tuple[int, int]]:
    """The quotations in English text, (opening, closing) by index: a pair “…” or ‘…’ holding
    Latin text and nothing Chinese, with nothing Chinese on either side of it (past spaces)
    nor in its sentence (a gloss in brackets apart), and English beside it or inside it: The
    US calls itself a “beacon of freedom”, but…; “Hello,” he said; He said ‘yes’. Not
    他说：“OK”。, 称“beacon of freedom”，但, 微软推出Windows“Copilot”. (A quote left open is
    passed over: the quotations after it are still found.)"""
    pairs = []
    for o, c in (("“", "”"), ("‘", "’")):
        a = text.find(o)
        while a != -1:
            b = _closing(text, a, o, c)
            if b == -1:
                a = text.find(o, a + 1)
                continue
            if _english_pair(text, a, b):
                pairs.append((a, b))
            a = text.find(o, b + 1)
    return sorted(pairs)


def _closing(text: str, a: int, o: str, c: str) -> int:
    """The quote closing the one opened at ``a`` (the next ``c`` with no ``o`` before it; of
    single quotes, not an apostrophe before a letter or a figure: ‘Don’t go’, ’80s), or -1."""
    b = a
    while True:
        b = text.find(c, b + 1)
        if b == -1 or o in text[a + 1:b]:
            return -1
        if c == "’" and text[b + 1:b + 2].isalnum():
            continue    # (an apostrophe: Don’t, ’n’, ’80s, not a quote's close)
        return b


def _english_pair(text: str, a: int, b: int) -> bool:
    inner = text[a + 1:b]
    k, m, n = a - 1, b + 1, len(text)
    while k >= 0 and text[k] in " \t":
        k -= 1
    while m < n and text[m] in " \t":
        m += 1
    left, right = text[k] if k >= 0 else "", text[m] if m < n else ""
    return bool(inner and any(is_latin(c) for c in inner)
                and not any(is_chinese_context(c) and c not in "‘’" for c in inner)   # (Don’t, ’n’)
                and not (left and (is_chinese_context(left) or left in "“”"))
                and not (right and (is_chinese_context(right) or right in "“”"))
                and (_english(left) or _english(right) or " " in inner.strip())
                and no_han_around(text, a, b))


#: how far a sentence is searched for Chinese around a quotation, each way (characters)
SENTENCE_REACH = 300


def no_han_around(text: str, a: int, b: int) -> bool:
    """Is the sentence around ``text[a:b + 1]`` free of Han characters, a gloss in brackets apart
    (The term “Belt and Road” (一带一路) was coined; not 微软推出Windows“Copilot”AI助手)? Back to a
    sentence's end (。！？!?, or . before a space) and on to one (or a . not of a decimal), at
    most ``SENTENCE_REACH`` characters each way."""
    for step, k in ((-1, a - 1), (1, b + 1)):
        depth, stop = 0, max(-1, k - SENTENCE_REACH) if step == -1 else min(len(text), k + SENTENCE_REACH)
        while k != stop:
            ch = text[k]
            if depth == 0 and (ch in "。！？!?" or ch == "." and (
                    text[k + 1:k + 2] in (" ", "") if step == -1 else not text[k + 1:k + 2].isdigit())):
                break
            if ch in "(（" if step == 1 else ch in ")）":
                depth += 1
            elif ch in ")）" if step == 1 else ch in "(（":
                depth = max(0, depth - 1)
            elif depth == 0 and is_han(ch):
                return False
            k += step
    return True


def _english(ch: str) -> bool:
    """A letter, a figure or an ASCII mark: English beside a quotation."""
    return bool(ch) and (is_latin(ch) or (ch.isascii() and ch in ",.;:!?)-'"))


#: characters transliterated foreign names are written with (弗拉基米尔, 普京, 安吉丽娜, 朱莉):
#: a . typed between two stands for the 间隔号 (normalize), and a name joined by · keeps a
#: character of a part from standing alone on a line (compose)
TRANSLITERATION = frozenset("阿埃艾安奥巴贝本比彼波伯布达丹德迪蒂杜多恩尔法菲费弗福盖戈格哈汉赫亨霍基吉加杰捷"
                            "卡凯科克肯库拉莱兰朗劳勒雷里利莉丽林琳卢鲁伦罗洛玛马麦曼梅门米姆娜纳尼妮诺帕佩皮"
                            "普奇齐乔切琼萨塞桑森莎沙撒史斯苏索塔泰坦特提托瓦维沃乌西希谢休雅亚伊易因尤约泽扎"
                            "詹朱卓兹芬夫登拜京丁舍温唐雄茜莫胡默罕穆纽哥蒙鲍奈韦威廉佐琪薇丝黛露娅柯翰瑟")
#: ... and with them, for keeping a name's parts whole (not for reading a . or a space as a
#: 间隔号: these are everyday characters too), those of the names of Xinjiang, Tibet and Inner
#: Mongolia (艾沙江·尼扎木丁, 阿不都热合曼, 热孜古丽·卡德尔, 扎西·顿珠, 巴特尔·朝鲁门)
NAME_PARTS = TRANSLITERATION | frozenset("木热力江不都依赛孜买铁甫古吐合来明惜喀麻吾肉吞弥衣海努禾夏逊洪曼汗然再"
                                         "帕排祖玉麦荣图乙旺堆次仁央金玛顿珠日其措则朝")


#: arrows and pointers web copy starts an item with or puts between the steps of a path
#: (➤演出时间, 我的➜设置), which no newspaper face has (the shipped faces have → and ▶):
#: normalize sets one starting an item as ▶; a missing glyph's hint names → ▶ ●
POINTERS = frozenset("►▸▹➔➙➛➜➝➞➟➠➡➢➣➤➥➦➧➨➩➪➫➬➭➮➯➱➲➳➴➵➶➷➸➹➺➻➼➽➾")
