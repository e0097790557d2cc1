"""Line composition against the rules of clreq and GB/T 15834 (TYPOGRAPHY.md §4).

Cases are tables, one case a line: ``cases/linebreak.tsv`` for where lines break, and the
tables below for prohibited characters and for widths and positions. All use SquareFace at
10 pt, so 1 em = 10 pt and a 10-em measure is 100 pt.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from layout.compose import Spacing, compose
from layout.compose.classes import NO_END, NO_START

from conftest import body_style

CASES = Path(__file__).parent / "cases" / "linebreak.tsv"
EM = 10.0


def _table():
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rule, measure, indent, limits, text, expected = line.split("\t")
        spacing = Spacing()
        if limits != "-":
            given = dict(item.split("=") for item in limits.split(","))
            spacing = Spacing(track=float(given.get("track", spacing.track)),
                              latin_shrink=float(given.get("latin", spacing.latin_shrink)))
        yield pytest.param(float(measure), float(indent), spacing, text, expected, id=rule)


@pytest.mark.parametrize("measure, indent, spacing, text, expected", list(_table()))
def test_breaks(measure, indent, spacing, text, expected):
    composed = compose(text, body_style(indent_em=indent, spacing=spacing), measure * EM)
    assert "▁".join(line.text for line in composed.lines) == expected
    for line in composed.lines[:-1]:
        assert line.right == pytest.approx(measure * EM, abs=0.01)


# --- every prohibited character, one case each ----------------------------------------------

FILLER = "一二三四五六七八九十"


@pytest.mark.parametrize("ch", sorted(NO_START), ids=lambda c: f"U+{ord(c):04X}")
def test_no_line_starts_with(ch):
    # Without the rule, ``ch`` would be the first character of line 2.
    text = FILLER + ch + "甲乙丙丁戊己庚"
    composed = compose(text, body_style(), 10 * EM)
    for line in composed.lines[1:]:
        assert line.text.lstrip(" ")[0] not in NO_START, line.text
    assert "".join(line.text for line in composed.lines).replace(" ", "") == text


@pytest.mark.parametrize("ch", sorted(NO_END), ids=lambda c: f"U+{ord(c):04X}")
def test_no_line_ends_with(ch):
    # Without the rule, ``ch`` would be the last character of line 1.
    text = FILLER[:9] + ch + "甲乙丙丁戊己庚"
    composed = compose(text, body_style(), 10 * EM)
    for line in composed.lines[:-1]:
        assert line.text.rstrip(" ")[-1] not in NO_END, line.text
    assert "".join(line.text for line in composed.lines).replace(" ", "") == text


# --- widths and positions (x of glyphs, in points at 10 pt) ---------------------------------

def _x(text, measure_em=20, **kw):
    composed = compose(text, body_style(**kw), measure_em * EM)
    return [(g.ch, round(g.x, 3)) for line in composed.lines for g in line.glyphs]


@pytest.mark.parametrize("text, ch, x, rule", [
    ("甲。”乙", "乙", 25.0, "。” take 1.5 em: 。 loses its blank half"),
    ("甲》，乙", "乙", 25.0, "》， take 1.5 em"),
    ("甲，“乙”", "乙", 25.0, "，“ take 1.5 em: ， loses its blank, “ keeps its own"),
    ("甲）。乙", "乙", 25.0, "）。 take 1.5 em"),
    ("甲“《乙》”", "乙", 25.0, "“《 take 1.5 em: 《 loses its left blank"),
    ("甲“《乙》”", "《", 15.0, "… so 《 is drawn half an em to the left of its box"),
    ("甲LED乙", "L", 12.5, "Han-Latin gap ¼ em"),
    ("甲LED乙", "乙", 27.5 + 2.5, "Latin-Han gap ¼ em after 3 letters of ½ em"),
    ("甲 LED 乙", "L", 12.5, "a typed space is the Han-Latin gap, not added to it"),
    ("甲2018年", "2", 12.5, "Han-digit gap ¼ em"),
    ("甲（LED）乙", "L", 20.0, "no Han-Latin gap next to a bracket"),
    ("甲300×200乙", "2", 12.5 + 20.0, "no gap around the × of a product: 300×200 is one number"),
    ("甲歼-20乙", "-", 20.0, "a model's hyphen joins its Chinese part: no gap before it"),
    ("车豫A·12345乙", "A", 20.0, "a licence plate joins its province's character: no gap"),
    ("车牌津×T5××5乙", "T", 35.0, "... and a × standing for a character withheld takes none either"),
    ("一辆豫A12345小型轿车", "A", 30.0, "... nor one without a ·, in copy about vehicles"),
    ("车豫A·1234学的", "的", 60.0, "... nor before a character of a plate's use ending it (学 a learner's)"),
    ("车豫A·1234学LED", "L", 62.5, "... which takes the Han-Latin gap before Latin"),
    ("车牌为新A12345。", "A", 40.0, "... after 新 too, after 车牌"),
    ("新A12345号", "A", 10.0, "... or before 号"),
    ("全新GLE450上市，车主", "G", 22.5, "a model's name after 新 (new) keeps its gap, though a car is spoken of"),
    ("奔驰全新GLE450车型上市", "G", 42.5, "... before 车型 too"),
    ("英伟达新RTX4090显卡支持自动驾驶", "R", 42.5, "... and with 驾驶 further on"),
    ("奔驰全新GLE450车身加长", "G", 42.5, "... and before 车身"),
    ("宇通新ZK6128客车", "Z", 32.5, "... and a bus's model after 新, before 客车 (a maker's name before 新)"),
    ("一辆新AB1234轿车", "A", 30.0, "but a plate after 一辆 and before a vehicle is one, though not of a plate's own shape"),
    ("民警拦下云A8B123货车", "A", 50.0, "... after 拦下 too"),
    ("宇通推出了新ZK6128客车", "Z", 62.5, "... not after 了 or 的, before a maker's new model"),
    ("车辆豫A1234学校", "A", 32.5, "a plate's use is not the first character of a word (学校): no plate"),
    ("宇通的新ZK6128客车", "Z", 42.5, "... (宇通的新ZK6128客车)"),
    ("奔驰新E3000超长轴距版轿车", "E", 32.5, "超 and 试 begin words after a model's name: no plate's use"),
    ("试驾新X5000试驾车", "X", 32.5, "... (新X5000试驾车)"),
    ("He learned “C#” and more", "a", 75.0, "a quotation in English holding C# is English: the word space after ” kept"),
    ("She replied “Don’t go,” and", "a", 113.333, "... and one holding an apostrophe"),
    ("北京CA1234航班，出租车", "C", 22.5, "a flight after 北京 is no plate, though a car is spoken of"),
    ("甲降至-5℃", "-", 32.5, "a minus sign takes the Han-Latin gap"),
    ("甲气温-3～5℃", "-", 32.5, "... so does one opening a range with its unit after it"),
    ("甲降至-5，", "-", 32.5, "... or after a word a minus follows"),
    ("Tom / Jerry", "/", 18.333, "a / between English words keeps the word spaces typed around it"),
    ("Tom / Jerry", "J", 26.667, "... on both sides"),
    ("他说it’s fine", "s", 37.5, "an apostrophe in an English word takes its ink's width, not an em (here ½ em)"),
    ("the Smiths’ house", "o", 61.667, "an apostrophe ending a word is the word's, the word space after it kept"),
    ("the ’90s", "9", 23.333, "... and one starting a word (the ’90s)"),
    ("他说‘OK’。好", "好", 55.0, "a ’ closing a Chinese quotation after Latin is a Chinese mark (’。 1.5 em)"),
    ("a “Hello,” b", "H", 13.333, "a quotation's “ in English text: a word space before it, its ink's width"),
    ("a “Hello,” b", "b", 51.667, "... and its ” too, with the word space after it"),
    ("他说“OK”。", "O", 30.0, "quotes in Chinese text keep their em (“ after Chinese)"),
    ("比尔·盖茨", "盖", 25.0, "间隔号 takes ½ em"),
    ("甲——乙", "乙", 30.0, "破折号 takes 2 em"),
    ("甲—乙", "乙", 20.0, "一字线 takes 1 em, whatever the font's advance (GB/T 15834 4.13.3.2)"),
    ("2018—2019", "2", 30.0, "... between figures too: the 2 of 2019"),
    ("甲……乙", "乙", 30.0, "省略号 takes 2 em"),
])
def test_positions(text, ch, x, rule):
    assert (ch, x) in _x(text), rule


# --- heads: text set centred or to the start in two to four lines is broken into even lines --

@pytest.mark.parametrize("text, measure, align, expected, rule", [
    ("出国追求真理　投身俄国革命", 11, "center", "出国追求真理▁投身俄国革命", "at the head's 一字空, not inside 俄国"),
    ("价值引领，筑牢社会文明根基", 11, "center", "价值引领，▁筑牢社会文明根基", "after a mark, though less even"),
    ("一、接口类型与物理连接方式", 11, "start", "一、接口类型▁与物理连接方式", "even, not 一、 alone"),
    ("精密调控：生命不容有失的pH防线", 13, "center", "精密调控：▁生命不容有失的pH防线",
     "at its pause, though less even, not inside 不容"),
    ("开篇：听说BRCA基因突变很可怕，它到底是个啥？", 13, "center", "开篇：听说BRCA▁基因突变很可怕，▁它到底是个啥？",
     "a line more rather than a break inside 突变"),
    ("郑州地铁3号线二期工程正式开通运营", 9, "center", "郑州地铁3号线二▁期工程正式开通运营",
     "a figure and its measure word are no pause (not 3 | 号线)"),
    ("回忆70年代的郑州老街", 8, "center", "回忆70年代的▁郑州老街", "... nor 70 | 年代 (and after 的, not before it)"),
    ("苹果Apple Vision Pro正式在中国发售", 9, "center", "苹果Apple Vision▁Pro正式在中国发售",
     "a hyphenation point is no pause (not Vi- | sion)"),
    ("甲乙丙丁戊己庚辛壬癸子丑", 11, "center", "甲乙丙丁戊己▁庚辛壬癸子丑", "no pause: in halves, not 11 and 1"),
    ("苹果Apple Vision Pro正式在中国发售", 11, "center", "苹果Apple Vision Pro▁正式在中国发售",
     "not between two Latin words: they may be one name"),
    ("习言道|新年贺词里的人民情", 10, "center", "习言道|▁新年贺词里的人民情", "after a bar, not inside 贺词"),
    ("——感动中国人物，全国人大代表、周口市城乡一体化示范区许湾乡希望小学校长李灵", 17, "center",
     "——感动中国人物，全国人大代表、▁周口市城乡一体化示范区▁许湾乡希望小学校长李灵",
     "as few breaks inside a word as can be: one (not 全国人 | 大代表, 示 | 范区)"),
    ("飞天梦想的新征程", 5, "center", "飞天梦想的▁新征程", "after 的, not before it (飞天梦想 | 的新征程)"),
    ("中国空间站迎来了首位载荷专家", 9, "center", "中国空间站迎来了▁首位载荷专家", "after 了, not before it (迎 | 来了)"),
    ("一张图带你了解新版医保目录", 8, "center", "一张图带你了解▁新版医保目录", "not inside 了解, a word 了 starts"),
    ("河南GDP突破6万亿元大关", 5, "center", "河南GDP突▁破6万亿元▁大关",
     "no break the body prices (6万亿 | 元) to spare a head a break inside a word"),
    ("郑州晚报首席记者　张三　通讯员　李四", 13, "end", "郑州晚报首席记者　张三▁通讯员　李四",
     "a byline (set to the end) is not balanced: a name stays with its role"),
    ("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六", 11, "start",
     "一二三四五六七八九十一▁二三四五六七八九十一二▁三四五六七八九十一二三▁四五六七八九十一二三▁四五六",
     "five lines or more: running text, each line filled"),
])
def test_heads_are_broken_into_even_lines_at_a_pause(text, measure, align, expected, rule):
    composed = compose(text, body_style(align=align), measure * EM)
    assert "▁".join(line.text for line in composed.lines) == expected, rule


def test_a_line_letter_spaced_as_the_last_resort_says_how_much():
    """Tel: alone on a line (the number after it, a quantity, cannot be split and fills the next) is
    letter-spaced to the measure: its stretch is the space between its letters, so that the
    preflight reports it, not 0."""
    composed = compose("Tel: 12345678.012", body_style(), 6 * EM)
    first = composed.lines[0]
    assert first.text == "Tel:" and first.right == pytest.approx(6 * EM)
    assert first.stretch_em == pytest.approx(40 / 3 / EM)   # 6 em less 4 letters of ½ em, over 3 gaps


def test_a_no_break_space_keeps_its_width_when_the_line_is_spread():
    """GB 2762-2012: the line's other gaps (Han-Latin, the word space before ISO) take the
    stretch; the no-break space stays a third of an em. (Squeezed, it may narrow as a word
    space does: at 12 em the line takes 四 so.)"""
    line = compose("一二GB\u00a02762-2012 ISO 三四五六七八九十一二", body_style(), 11.5 * EM).lines[0]
    x = {g.ch: g.x for g in reversed(line.glyphs)}
    assert line.text.startswith("一二GB 2762-2012 ISO") and x["G"] > 22.0   # (the gap after 二 grew)
    assert x["2"] - x["B"] == pytest.approx(5.0 + EM / 3)                   # B's half em and the space


def test_a_no_break_space_narrows_as_a_word_space_to_take_a_character():
    line = compose("一二GB\u00a02762-2012 ISO 三四五六七八九十一二", body_style(), 12 * EM).lines[0]
    x = {g.ch: g.x for g in reversed(line.glyphs)}
    assert line.text.endswith("ISO三四") and x["2"] - x["B"] == pytest.approx(5.0 + EM / 4)


def test_first_line_indent_is_two_em():
    composed = compose("一二三四五六七八九十一二三四五", body_style(indent_em=2), 10 * EM)
    assert composed.lines[0].glyphs[0].x == pytest.approx(2 * EM)
    assert composed.lines[1].glyphs[0].x == pytest.approx(0.0)


def test_line_end_mark_takes_half_an_em_when_that_fits_the_line():
    # 9 Han + ， would be 10 em; 10 Han + ， need the comma at ½ em (GB/T 15834 §5.1.10).
    composed = compose("一二三四五六七八九十，甲乙丙丁", body_style(), 10.5 * EM)
    first = composed.lines[0]
    assert first.text == "一二三四五六七八九十，"
    comma = first.glyphs[-1]
    assert comma.x == pytest.approx(100.0)
    assert first.right == pytest.approx(105.0)   # the comma's ink ends the line: ½ em of box


def test_dash_halves_join_into_one_line():
    glyphs = [g for g in compose("甲——乙", body_style(), 20 * EM).lines[0].glyphs if g.ch == "—"]
    first, second = glyphs
    # SquareFace's dash ink runs 0.05-0.95 em; each half is scaled so that the ink of the
    # first reaches past the start of the second.
    ink_end_first = first.x + 0.95 * EM * first.scale
    ink_start_second = second.x + 0.05 * EM * second.scale
    assert ink_end_first >= ink_start_second
    assert first.x + 0.05 * EM * first.scale == pytest.approx(10 + 0.04 * EM)


@pytest.mark.parametrize("style", ["quanjiao", "kaiming"])
def test_two_marks_squeezed_to_one_em_keep_their_order_in_the_text_read_back(style):
    # ：“ on a line squeezed to take a character: the colon's blank and the quote's both go,
    # and the quote would be drawn at the colon's origin, so a PDF's text read back by
    # position came out 说“：聊; it is drawn a hundredth of a point on
    line = compose("高文举说：“聊到这里，他说", body_style(spacing=Spacing(punct_style=style)), 8 * EM).lines[0]
    xs = [g.x for g in line.glyphs]
    assert [g.ch for g in line.glyphs][3:6] == ["说", "：", "“"]
    assert all(a < b for a, b in zip(xs, xs[1:]))
    assert xs[5] - xs[4] == pytest.approx(0.01)


def test_the_space_before_an_english_quotation_is_read_back_before_its_quote():
    # An English opening quote is drawn from left of its origin, its ink against its word: the
    # space before it is put just before the quote, so that text read back by position is
    # named “Best, not named“ Best (the page is the same: a space draws nothing)
    line = _real_lines("was named “Best Tourism Villages” by the United Nations.", 40, indent_em=0)[0]
    assert "".join(g.ch for g in sorted(line.glyphs, key=lambda g: g.x)) == line.text
    assert line.text.startswith("was named “Best")


def test_kaiming_style_sets_pause_marks_in_half_an_em():
    kaiming = compose("甲，乙", body_style(spacing=Spacing(punct_style="kaiming")), 20 * EM)
    quanjiao = compose("甲，乙", body_style(), 20 * EM)
    assert kaiming.lines[0].glyphs[-1].x == pytest.approx(15.0)
    assert quanjiao.lines[0].glyphs[-1].x == pytest.approx(20.0)


@pytest.mark.parametrize("pair, style, width_em", [
    ("”，", "quanjiao", 1.5), ("，“", "quanjiao", 1.5), ("）。", "quanjiao", 1.5), ("》、", "quanjiao", 1.5),
    ("，“", "kaiming", 1.5), ("）。", "kaiming", 1.5), ("”。", "kaiming", 1.5),
    # in 开明式 a ，、；： is half an em already, and a closing mark before it loses its blank
    # all the same: the pause against the mark it follows, not half an em after it
    ("”，", "kaiming", 1.0), ("》；", "kaiming", 1.0), ("）、", "kaiming", 1.0), ("’：", "kaiming", 1.0),
])
def test_adjacent_marks_take_one_and_a_half_em_in_either_style(pair, style, width_em):
    # TYPOGRAPHY.md §4.4 rule 1: a pair taking 2 em is reduced to 1.5; in 开明式 a ，、；： is
    # already half an em: ，“ takes 1.5 em as it stands
    line = compose("甲" + pair + "乙", body_style(spacing=Spacing(punct_style=style)), 20 * EM).lines[0]
    assert line.glyphs[-1].x - line.glyphs[1].x == pytest.approx(width_em * EM)


def test_every_justified_line_fills_the_measure_exactly():
    text = ("二七区始终将培育和弘扬社会主义核心价值观贯穿于文明城市创建工作的全过程。在全区建成特色手绘、"
            "民俗风情、廉政文化等30余条风格各异的公益广告宣传主题街，培育52个主题示范社区。利用辖区LED广告宣传。")
    composed = compose(text, body_style(indent_em=2), 13 * EM)
    for line in composed.lines[:-1]:
        assert abs(line.right - 13 * EM) < 0.01 / 25.4 * 72  # within 0.01 mm
    assert composed.lines[-1].right <= 13 * EM


def test_centred_line_trims_the_opening_quote_at_its_start():
    composed = compose("“创文”亮点多", body_style(align="center"), 20 * EM)
    line = composed.lines[0]
    ink_left = line.glyphs[0].x + 0.5 * EM        # “ has its ink in the right half
    ink_right = line.right
    assert (ink_left + ink_right) / 2 == pytest.approx(10 * EM)


def test_a_word_longer_than_the_column_is_cut_rather_than_overprinting():
    text = "号码123456789012345678901234567890结束。"
    composed = compose(text, body_style(), 13 * EM)
    assert all(line.right <= 13 * EM + 0.01 for line in composed.lines)
    assert "".join(line.text for line in composed.lines) == text


@pytest.mark.parametrize("text, hang, first, rule", [
    ("一二三四五六七八九十，一二三", False, "一二三四五六七八九", "no hanging: 十 is pushed down with its comma"),
    ("一二三四五六七八九十，一二三", True, "一二三四五六七八九十，", "hanging: the comma hangs past the edge"),
    ("一二三四五六七八九十。”一二", True, "一二三四五六七八九", "a run of marks never hangs"),
    ("一二三四五六七八九十“一二三", True, "一二三四五六七八九十", "an opening quote is not hung: it starts the next line"),
    ("一二三四五六七八九十？一二三", True, "一二三四五六七八九", "？ does not hang (only 、，。)"),
    ("一二三四五六七八九A，一二", True, "一二三四五六七八九A，",
     "a quarter em too wide: the comma hangs wholly and the line is spread, never half out"),
    ("一二三四五六七八——，一二三", True, "一二三四五六七八", "no hanging after a 破折号 (a run of marks)"),
])
def test_hanging_punctuation(text, hang, first, rule):
    # tracking off: with it, 十， and 十？ would be pushed in instead (test_breaks)
    composed = compose(text, body_style(spacing=Spacing(hang=hang, track=0)), 10 * EM)
    line = composed.lines[0]
    assert line.text == first, rule
    assert line.right == pytest.approx(10 * EM)
    if hang and first.endswith("，"):
        assert line.glyphs[-1].x == pytest.approx(10 * EM)   # the comma's ink starts at the edge
        before = line.glyphs[-2]
        assert before.x + before.advance <= 10 * EM + 1e-6    # and what is before it stays inside


@pytest.mark.parametrize("text, measure_em, rule", [
    ("12二三四五六七八九，十一二三", 10, "a ¼-em overshoot: the comma still takes ½ em, the line is stretched"),
    ("一二三四五六七八九十，一二三", 10, "push in by tracking: the comma takes ½ em"),
    ("一二，三四五六七八九。十一二", 10, "push in by squeezing the inner comma"),
    ("一二三四五六七八九，十一二三", 10, "a line that fits with a full-width comma: the comma still takes ½ em"),
    ("一二三四五六“七八”九十", 10, "a closing quote at the line end: the same"),
])
def test_a_line_end_mark_takes_half_an_em_and_its_ink_ends_at_the_edge(text, measure_em, rule):
    # GB/T 15834 §5.1.10: however much of its blank the line needs, the mark gives all of it
    line = compose(text, body_style(), measure_em * EM).lines[0]
    mark = line.glyphs[-1]
    assert mark.ch in "，。”", rule
    assert line.right == pytest.approx(measure_em * EM), rule
    assert mark.x + 0.5 * EM == pytest.approx(measure_em * EM), rule


def test_narrowing_scales_the_latin_glyphs_alone():
    # 12345678901234 taken onto the line 1.8 % narrower (tracking off, so nothing else gives):
    # every digit drawn and advanced at the same scale, the Han characters and the Han-digit
    # gaps' shrink untouched, the line exactly the measure
    style = body_style(spacing=Spacing(track=0))
    line = compose("一二三12345678901234一二三四五", style, 10 * EM).lines[0]
    assert line.text == "一二三12345678901234"
    assert 0 < line.narrow <= 0.02
    digits = [g for g in line.glyphs if g.ch.isdigit()]
    assert [g.scale for g in digits] == pytest.approx([1 - line.narrow] * 14)
    assert [b.x - a.x for a, b in zip(digits, digits[1:])] == pytest.approx([0.5 * EM * (1 - line.narrow)] * 13)
    assert all(g.scale == 1.0 and g.advance == EM for g in line.glyphs if not g.ch.isdigit())
    # ⅛ em of Han-digit gap (its least) before the number
    assert digits[0].x - line.glyphs[2].x == pytest.approx(EM + 0.125 * EM)
    assert line.right == pytest.approx(10 * EM)
    assert line.stretch_em == 0.0


def test_narrowing_leaves_an_em_wide_sign_as_it_is():
    # 12345678901234℃ taken onto the line 1.8 % narrower: the digits are, ℃ (an em wide, as
    # the body face sets it) is not
    line = compose("一二12345678901234℃一二三四五", body_style(spacing=Spacing(track=0)), 10 * EM).lines[0]
    assert line.text == "一二12345678901234℃" and 0 < line.narrow <= 0.02
    sign = line.glyphs[-1]
    assert sign.ch == "℃" and sign.scale == 1.0 and sign.advance == EM
    assert sign.x == pytest.approx(10 * EM - EM)
    assert [g.scale for g in line.glyphs if g.ch.isdigit()] == pytest.approx([1 - line.narrow] * 14)


def test_tracking_takes_the_same_small_amount_from_every_gap_beside_han():
    # 十， pushed in: 1/20 em less at each of the ten gaps next to Han characters
    line = compose("一二三四五六七八九十，一二三", body_style(), 10 * EM).lines[0]
    steps = [b.x - a.x for a, b in zip(line.glyphs, line.glyphs[1:])]
    assert steps == pytest.approx([0.95 * EM] * 10)
    assert line.stretch_em == pytest.approx(-0.05)


@pytest.mark.parametrize("text, at, dear, rule", [
    ("山东的茌(Chí)平", "(", True, "a pinyin gloss: a syllable with its tone mark"),
    ("江苏的盱眙(XūYí)，", "(", True, "... two syllables, each with its mark"),
    ("溱(zhēn)洧", "(", True, "... in lower case"),
    ("宝可梦(Pokémon)今年", "(", False, "an accented word is no gloss: Pokémon"),
    ("何塞(José)表示", "(", False, "... José"),
    ("咖啡(café)文化", "(", False, "... café"),
    ("指数(Nasdaq)上涨", "(", False, "... nor a word with no tone mark"),
    ("项④为之强", "④", True, "a circled note's mark before text: at a price"),
    ("强⑤。又", "⑤", None, "... before a mark: never"),
    ("依次为①③②④", "③", False, "... after another circled mark: free (an answer key)"),
    ("措施：①加强", "①", False, "... after a colon: an item's number"),
    ("配体1(programmed death ligand-1)是", "(", True, "a bracket of English words after a figure: dearly"),
    ("函数log(x)的值", "(", None, "... not a function's argument"),
    ("参见Smith[1]的论文", "[", None, "... nor a note's mark"),
    ("副主席巨艾提·伊明、刘志勇", "明", True, "a Uyghur name's part, as a foreign name's"),
    ("艾沙江·尼扎木丁出席", "木", True, "..."),
])
def test_what_a_break_before_a_gloss_or_a_note_costs(text, at, dear, rule):
    from layout.compose.segment import segment
    s = segment(text, body_style().face, EM, Spacing())
    k = s.start.index(text.index(at))
    assert (s.gap_break[k] if dear is None else (s.gap_break[k] or 0) >= 50) == dear, rule


def test_a_trade_mark_is_set_against_its_word():
    # ™ and ® are part of the word they follow: no Han-Latin gap before them, and the word
    # space typed after ® is kept (Intel ® Core ™ read back from the PDF before)
    line = _real_lines("采用了Intel® Core™处理器。", 20, indent_em=0)[0]
    glyphs = {g.ch: g for g in line.glyphs}
    for mark, before in (("®", "l"), ("™", "e")):
        prev = [g for g in line.glyphs if g.ch == before and g.x < glyphs[mark].x][-1]
        assert glyphs[mark].x == pytest.approx(prev.x + prev.advance), mark
    assert line.text.startswith("采用了Intel® Core™")


def test_a_compound_is_never_spaced_at_its_hyphens():
    # A line of English spaced out takes the space between its words, never after the hyphen
    # of a compound it holds whole (head-of- state reads as two words)
    line = compose("the strategic role of head-of-state diplomacy.", body_style(), 19 * EM).lines[0]
    assert line.text == "the strategic role of head-of-state" and line.stretch_em > 0.1
    assert [b.x - a.x - a.advance for a, b in zip(line.glyphs, line.glyphs[1:]) if a.ch == "-"] == pytest.approx([0, 0])


@pytest.mark.parametrize("word, kinds, rule", [
    ("(@realDonaldTrump)", [None, "url", "url"], "a handle breaks with no hyphen drawn, as an address does"),
    ("TikTok", [None, "hyphen-name"], "a name in mixed case, dearly"),
    ("Johnson", [None, "hyphen"], "a proper name as any word (in narrow columns a long name must break)"),
    ("tremendous", [None, "hyphen"], "a word in lower case as pyphen has it"),

])
def test_how_dearly_words_break(word, kinds, rule):
    from layout.compose.segment import HYPHEN_PENALTY, NAME_HYPHEN_PENALTY, URL_BREAK_PENALTY, _INNER_GAPS, word_pieces
    assert [kind for _, kind in word_pieces(word)] == kinds, rule
    assert NAME_HYPHEN_PENALTY > HYPHEN_PENALTY
    assert [_INNER_GAPS[k][-1] for k in kinds[1:]] == [k.startswith("hyphen") for k in kinds[1:]]   # (drawn?)
    assert [_INNER_GAPS[k][-2] for k in kinds[1:]] == [{"hyphen": HYPHEN_PENALTY, "url": URL_BREAK_PENALTY}.get(
        k, NAME_HYPHEN_PENALTY) for k in kinds[1:]]


@pytest.mark.parametrize("word, pieces, rule", [
    ("internationalization", "in|ter|na|tion|al|iza|tion", "English word: pyphen's points, 2 letters before, 3 after"),
    ("(Superpowers)", "(Su|per|pow|ers)", "brackets around a word do not stop hyphenation"),
    ("(SuperPods)", "(Super|Pods)", "... a name in mixed case only where a capital starts a part"),
    ("TikTok", "Tik|Tok", "likewise (dearly: Tik-Tok is another spelling)"),
    ("LED", "LED", "an all-capital abbreviation is never hyphenated"),
    ("Atlas", "Atlas", "words under six letters are not hyphenated"),
    ("www.zynews.cn", "www.|z⁞y⁞n¦e⁞w⁞s.|c⁞n", "URL: after each dot; anywhere else at a price (¦ ⁞), not in www"),
    ("http://www.sx-dj.gov.cn", "http://|www.|s⁞x|-d⁞j.|g⁞o⁞v.|c⁞n",
     "likewise after the scheme; before the address's own hyphen, which would read as a word's"),
    ("http://www.zh-hr.com/", "http://|www.|z⁞h|-h⁞r.|c⁞o⁞m/", "... www.zh | -hr.com, not www.zh- | hr.com"),
    ("https://zzwb.zynews.cn/html/2024", "https://|z⁞z⁞w⁞b.|z⁞y⁞n¦e⁞w⁞s.|c⁞n/|h⁞t⁞m⁞l/|2⁞0⁞2⁞4",
     "URL: after / and ., never inside ://"),
    ("RTX-4090", "RTX-|4090", "model name: a break after its hyphen"),
    ("SARS-CoV-2", "SARS-|CoV-2", "likewise, but not before a part of one or two characters"),
    ("DeepSeek-R1", "DeepSeek-|R1", "a part of two letters first after the hyphen: dearly (as a code's market)"),
    ("OpenAI-o1-1217", "OpenAI-|o1-|1217", "likewise, then as a model name's parts"),
    ("COVID-19", "COVID-19", "... not before a figure: the hyphen would read as a minus sign"),
    ("GPT-4o", "GPT-4o", "... nor after a part of three"),
    ("ABCD-12", "ABCD-12", "... nor before figures"),
    ("USB-C", "USB-C", "a single letter after it: no break"),
    ("G-SYNC", "G-SYNC", "a single letter before it: no break"),
    ("Wi-Fi", "Wi-Fi", "two letters after it: no break"),
    ("256-bit", "256-bit", "a number with its unit, joined by a hyphen: no break"),
    ("ChinaZ.com", "ChinaZ.|com", "a name with a dot: a break after it"),
    ("Node.js", "Node.js", "... not before a part of one or two letters"),
    # (| a break; ¦ one between two letters or digits of an address, dearly; ⁞ one leaving
    # one or two characters of a part on a side, as dearly as a break inside a name)
    ("https://stats.gov.cn/t2024_19.html", "https://|s⁞t⁞a⁞t⁞s.|g⁞o⁞v.|c⁞n/|t⁞2⁞0⁞2⁞4_|1⁞9.|h⁞t⁞m⁞l",
     "web address: after any separator, digits around it or not"),
    ("info@stats.cn", "in⁞f⁞o|@s⁞t⁞a⁞t⁞s.|c⁞n", "mail address: before @, which no line ends with, and after each dot"),
    ("http://www.CRNTT.com", "http://|www.|C⁞R⁞N⁞T⁞T.|c⁞o⁞m", "a short part of an address: not CRNTT.c | om"),
    ("10.1234/10.2345", "10.1234/|10.2345", "not a DOI (no letter after the /): figures, dearly"),
    ("10.12677/ae.2025.1591792", "10.12677/|a⁞e.|2⁞0⁞2⁞5.|1⁞5⁞9¦1¦7⁞9⁞2", "a DOI: as a web address, never inside its prefix"),
    ("DOI:10.1038/nature16455", "DOI:|10.1038/|n⁞a⁞t¦u¦r¦e¦1¦6¦4⁞5⁞5", "after its label: the DOI as an address"),
    ("(Nature,2016,DOI:10.1038/x)", "(Nature,2016,DOI:|10.1038/|x)",
     "... but not the citation typed solid before it (2016 whole)"),
    ("zhangsan2024@163.com", "zh⁞a¦n¦g¦s¦a¦n¦2¦0⁞2⁞4|@1⁞6⁞3.|c⁞o⁞m", "three characters of a part or more on each side"),
    ("6267516008@163.com", "6267|516008|@1⁞6⁞3.|c⁞o⁞m",
     "a mailbox that is a number: as a number that names, every four figures, dearly"),
    ("1657155627@qq.com,123456789@163.com", "1657|155627|@q⁞q.|c⁞o⁞m,1234|56789|@1⁞6⁞3.|c⁞o⁞m",
     "... the second of two typed solid too"),
    ("13.7%", "13.7%", "a number with its decimal point and % never splits"),
    ("10℃-15℃", "10℃-|15℃", "a range of quantities each with its unit, after the hyphen (dearly)"),
    ("20%-30%", "20%-|30%", "... of percentages too"),
    ("10℃-15", "10℃-15", "... not without the same unit after the hyphen"),
    ("1/4", "1/4", "a fraction never splits"),
    ("2021/2022", "2021/|2022", "a list of figures may, dearly"),
    ("U.S.A.", "U.S.A.", "no break inside an abbreviation"),
    ("2024-2025", "2024-2025", "no break between two numbers joined by a hyphen"),
    ("7.8mmol/L", "7.8mmol/L", "a number with its unit never splits, / or not"),
    ("120km/h", "120km/h", "likewise"),
    ("6.1/6.5", "6.1/|6.5", "figures joined by /: a break after it, dearly (a list: 2021/2022/2023)"),
    ("<140/90mmHg", "<140/90mmHg", "a reading with its unit (a blood pressure) is one quantity: never splits"),
    ("130/80", "130/|80", "figures joined by / with no unit in the word: dearly"),
    ("3.9-6.1mmol/L", "3.9-|6.1mmol/L", "a range of decimals typed with a hyphen: after it, as after ～"),
    ("7.8-11.1mmol/L", "7.8-|11.1mmol/L", "likewise"),
    ("0.5-1.0%", "0.5-|1.0%", "likewise, with %"),
    ("K641+795-K656+656", "K641+795-|K656+656", "a range of a road's stakes: after its hyphen, each stake whole"),
    ("(K641+184-K667+500)", "(K641+184-|K667+500)", "likewise, in brackets"),
    ("K1+2-3", "K1+2-3", "a stake and a figure: no range of stakes"),
    ("7:00-9:00", "7:00-|9:00", "a range of times of day: after its hyphen"),
    ("17:30-19:30", "17:30-|19:30", "likewise"),
    ("12:00:00-13:00", "12:00:00-13:00", "a time with its seconds: not read as one"),
    ("2022.06.17-2022.06.18", "2022.06.17-|2022.06.18", "a range of dates written with dots: after its hyphen"),
    ("2023.01-2023.12", "2023.01-|2023.12", "likewise, of months"),
    ("2022.13-2022.14", "2022.13-2022.14", "no month 13: no dates"),
    ("v1.2-1.3", "v1.2-1.3", "a version's: no dates"),
    ("1:2-3:4", "1:2-3:4", "ratios: no times"),
    ("2016-03-03", "2016-03-03", "a date's hyphens: no range of decimals"),
    ("600519.SH", "600519.|SH", "a stock's code and its market: after the dot, dearly"),
    ("3.14", "3.14", "a decimal: no code"),
    ("1.2.3-4.5", "1.2.3-4.5", "a version's dots before the hyphen: not a decimal"),
    ("mmol/L", "mmol/L", "a unit alone: parts too short to be a path"),
    ("TCP/IP", "TCP/IP", "an acronym pair likewise"),
    ("input/output", "input/|output", "words of a path or pair: a break after /"),
    ("international", "in|ter|na|tional", "an English word: at its hyphenation points"),
    ("OpenAI", "Open|AI", "a name in mixed case: only where a capital starts a part (not Ope-nAI)"),
    ("realDonaldTrump", "real|Donald|Trump", "... (not re-alDonaldTrump)"),
    ("(@realDonaldTrump)", "(@real|Donald|Trump)", "... a handle too, with its @ and brackets"),
    ("@jackantonoff.", "@jackantonoff.", "a handle is no mail address: no break at its dot or inside"),
    ("7.3m²", "7.3m²", "a superscript unit goes with its number"),
    ("eFinancialCareers", "eFinancial|Careers", "... three letters or more before the capital"),
    ("iPhone", "iPhone", "... and two after"),
    ("Xiaomi", "Xiao|mi", "a word of pinyin: between its syllables (GB/T 16159), not Xi-aomi"),
    ("Zhongguancun", "Zhong|guan|cun", "... each of them"),
    ("Meituan", "Mei|tuan", "... not Meitu-an"),
    ("Lixiang", "Li|xiang", "... not Lix-i-ang"),
    ("Chinese", "Chi|nese", "an English word that spells syllables ending as English does: English"),
    ("banana", "ba|nana", "... or with nothing only pinyin spells"),
    ("mixing", "mix|ing", "... or in lower case, not a name (mi-xing)"),
    ("DCI-P3", "DCI-|P3", "an acronym of three capitals and a short part: dearly (as DeepSeek-|R1)"),
    ("2160×1080", "2160×|1080", "a size's figures, three or more each: dearly"),
    ("3×2", "3×2", "... not a product's"),
    ("125×125", "125×125", "... nor one of three figures each"),
    ("7:00-18:00,17:00", "7:00-|18:00,|17:00", "a comma between two times, left half width: after it, as a clause's"),
    ("1:2,3:4", "1:2,3:4", "... not between ratios"),
    ("(single,seventies,stuck)", "(single,|seventies,|stuck)", "words listed with no space after the comma"),
    ("1,000,000", "1,000,000", "... not a number's groups"),
    ("N,N-dimethylformamide", "N,N-dimethylformamide", "... nor a chemical's locants"),
])
def test_where_words_may_break(word, pieces, rule):
    from layout.compose.segment import word_pieces
    shown = "".join(("" if kind is None else {"url-any": "¦", "url-edge": "⁞"}.get(kind, "|")) + piece
                    for piece, kind in word_pieces(word))
    assert shown == pieces, rule


@pytest.mark.parametrize("text, measure, lines", [
    # a line ending between a number's groups is marked, for the proofs to say (0371- | 65888888);
    # one ending inside a name or a code at the same price is not (DeepSeek- | R1, 600519. | SH)
    ("一二三四五六七联系电话0371-65888888转", 9, [("一二三四五六七", False), ("联系电话0371-", True), ("65888888转", False)]),
    ("一二三四五六七八DeepSeek-R1模型进行测试", 13, [("一二三四五六七八DeepSeek-", False), ("R1模型进行测试", False)]),
    ("一二三四五六七八九十使用600519.SH的", 8, [("一二三四五六七八", False), ("九十使用600519.", False), ("SH的", False)]),
])
def test_a_line_ending_between_a_numbers_groups_is_marked_parted(text, measure, lines):
    composed = compose(text, body_style(indent_em=0), measure * EM)
    assert [(line.text, line.parted) for line in composed.lines] == lines


def test_han_run_pattern_is_the_han_unit_class():
    """Tokenising finds Han runs with one regular expression; its class must be exactly the
    characters that stand alone as Han units (not a bracket, dot or dash among the ranges),
    less the squared units (㎡) and small kana (ァ ー): Han units, but never in a run, as no line
    may start with one."""
    from layout.compose.classes import NO_START_KANA, UNITS_SQUARED
    from layout.compose.segment import _HAN_RUN, HAN, _simple_kind
    points = list(range(0x10000)) + list(range(0x1F000, 0x40100, 7))
    apart = UNITS_SQUARED + NO_START_KANA
    wrong = [hex(o) for o in points if not 0xD800 <= o <= 0xDFFF
             and (_HAN_RUN.fullmatch(chr(o)) is not None) != (_simple_kind(chr(o)) == HAN and chr(o) not in apart)]
    assert wrong == []
    assert all(_simple_kind(c) == HAN for c in apart)


def test_no_han_unit_forbids_a_break_after_it():
    """``segment`` appends a Han character after another from a row kept per character, with
    a break allowed before it: right only while no character that stands alone as a Han unit
    is one that may not end a line (NO_END)."""
    from layout.compose.segment import HAN, _simple_kind
    assert [c for c in sorted(NO_END) if _simple_kind(c) == HAN] == []


@pytest.mark.parametrize("text, chars", [
    ("LGc，o", 3),                                   # squeezing leaves a rounding remainder, no Han gap to track
    ("OpenAI Shanghai Pro，NVIDIA Google Pura，HarmonyOS Tesla Zhengzhou，Atlas，Atlas", 13),
])
def test_latin_lines_with_nothing_to_track_compose_with_the_shipped_font(text, chars):
    from layout.compose import TextStyle
    from layout.fonts import load_fonts
    lines = compose(text, TextStyle(face=load_fonts().song, size=9.0), chars * 9.0).lines
    assert "".join(line.text for line in lines).replace(" ", "").replace("\u00ad", "") == text.replace(" ", "")
    assert all(line.right <= chars * 9.0 + 0.01 for line in lines)


@pytest.mark.parametrize("text, chars, cuts", [
    ("统一社会信用代码：91440101712412249C。法定代表人：叶健明。", 10, 1),   # fits alone, not with its 。
    ("统一社会信用代码：91440101717857431A。", 10, 1),                       # ... at the paragraph's end
    ("可以通过电话（0536-8105003）和QQ群报名。", 7, 0),          # not with its brackets (at its group: no cut)
    ("空腹血糖正常范围为3.9-6.1mmol/L，餐后2小时", 7, 0),        # at its hyphen, not its decimal point (a range's)
])
def test_a_word_that_cannot_stand_with_its_marks_is_cut_not_the_rules(text, chars, cuts):
    # a code that fits the measure alone but not with the 。 or brackets that may not be
    # parted from it is cut inside, rather than a line starting with 。 or ending with （
    from layout.compose.classes import NO_END, NO_START
    from layout.normalize import normalize
    text = normalize(text)[0]
    lines = _real_lines(text, chars)
    assert "".join(line.text for line in lines) == text
    assert [line.text for line in lines[1:] if line.text[0] in NO_START] == []
    assert [line.text for line in lines[:-1] if line.text[-1] in NO_END] == []
    assert all(line.right == pytest.approx(chars * 9.0) for line in lines[:-1])
    assert not any(line.text[0] == "." or line.text[-1] == "." for line in lines)
    # (each cut said: the line before it carries the mark the proofs read; a break the word
    # allows, a telephone's group or a range's hyphen, is none)
    assert sum(line.cut for line in lines) == cuts and not lines[-1].cut


@pytest.mark.parametrize("text, chars, lines", [
    # a range of stakes or of times breaks after its hyphen rather than leave lines spaced out
    ("3月31日至6月10日,京港澳高速公路新乡原阳至郑州圃田段(K641+184-K667+500),每日的6时至18时,交替封闭双幅最左侧行车道施工。",
     13, ["3月31日至6月10", "日，京港澳高速公路新乡原", "阳至郑州圃田段(K641+184-", "K667+500)，每日的6时至",
          "18时，交替封闭双幅最左侧行", "车道施工。"]),
    ("通常情况下,限号时间为工作日的早高峰和晚高峰,即周一至周五的7:00-9:00和17:30-19:30。周末及法定节假日不限号。",
     11, ["通常情况下，限号时间", "为工作日的早高峰和晚高", "峰，即周一至周五的7:00-", "9:00和17:30-19:30。周",
          "末及法定节假日不限号。"]),
    # a date's figure and its 年, 月 or 日 part only to keep a line from being spaced out past
    # about 0.15 em (above: 6月10 | 日 rather than 6月 | 10日 at 0.39 em)
    ("线上报名时间为8月7日8:00—8月8日23:59。", 11, ["线上报名时间为8月", "7日8:00—8月8日", "23:59。"]),
])
def test_ranges_and_dates_break_where_a_compositor_would(text, chars, lines):
    from layout.normalize import normalize
    assert [line.text for line in _real_lines(normalize(text)[0], chars)] == lines


@pytest.mark.parametrize("text", [
    "会议涉及的机制包括 G20 - G7 - APEC - ASEAN - BRICS - OPEC - NATO - WTO 等多个组织",   # a chain of - alone
    "公司2021/2022/2023/2024年营收分别为100/120/150/180亿元",                               # lists of figures
    "新机提供8GB+256GB/12GB+256GB/12GB+512GB/16GB+1TB四种版本",
])
def test_chains_without_a_cheap_break_still_set_evenly(text):
    # where every break is dear (beside a hyphen standing alone, after a / between figures),
    # the dear ones are taken rather than a line spaced out by ems or set letter by letter
    from layout.compose import TextStyle
    from layout.fonts import load_fonts
    from layout.normalize import normalize
    lines = compose(normalize(text)[0], TextStyle(face=load_fonts().song, size=9.0, indent_em=2.0), 13 * 9.0).lines
    assert max(line.stretch_em for line in lines) < 0.5
    assert not any(line.text.startswith("-") for line in lines[1:])


def test_a_wide_sign_before_a_figure_takes_no_gap_from_the_han_before_it():
    from layout.compose import TextStyle
    from layout.fonts import load_fonts
    face = load_fonts().song
    glyphs = compose("血糖≥7.0mmol/L", TextStyle(face=face, size=9.0), 999.0).lines[0].glyphs
    sign = next(g for g in glyphs if g.ch == "≥")
    assert sign.x == pytest.approx(2 * 9.0)                          # right after 糖: no gap
    seven = next(g for g in glyphs if g.ch == "7")
    assert seven.x == pytest.approx(sign.x + face.advance("≥") * 9.0)   # and none before the figure


class _FailingFace:
    """A face whose widths cannot be read: composing with it raises."""

    def advance(self, ch: str) -> float:
        raise RuntimeError("no widths")


@pytest.mark.parametrize("enabled", [True, False])
def test_composing_leaves_the_cycle_collector_as_it_found_it(enabled):
    # compose pauses Python's cycle collector while it works (it makes no cycles); the
    # collector must be on again afterwards, after an error too, and stay off if it was off
    import gc
    from layout.compose import TextStyle
    from conftest import SquareFace
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        compose.cache_clear()
        assert compose("排版，编辑。", TextStyle(face=SquareFace(), size=EM), 30.0).lines
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError):
            compose("排版", TextStyle(face=_FailingFace(), size=EM), 30.0)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("text, indent, lines", [
    # 全角式 (the default): the mark's blank half stays at the line's start, so its ink stands
    # half an em in, and a paragraph's first line keeps its whole 2-字 indent; the line that
    # squeezing it would have let hold 九， pushes 九 down instead
    ("甲乙丙丁戊己庚辛壬癸“一二三四五六七八九，十一二”", 0, "甲乙丙丁戊己庚辛壬癸▁“一二三四五六七八▁九，十一二”"),
    ("“一二三四五六七，十一二”", 2, "“一二三四五六▁七，十一二”"),
])
def test_an_opening_mark_starting_a_line_keeps_its_blank(text, indent, lines):
    composed = compose(text, body_style(indent_em=indent, spacing=Spacing(track=0)), 10 * EM).lines
    assert "▁".join(line.text for line in composed) == lines
    starts = [(n, line) for n, line in enumerate(composed) if line.glyphs[0].ch == "“"]
    assert starts
    for n, line in starts:
        assert line.glyphs[0].x == pytest.approx((indent if n == 0 else 0) * EM)


@pytest.mark.parametrize("align, x", [
    ("start", 0.0),        # (flush left and ragged, a table's row or a line of verse: as justified)
    ("justify", 0.0),
    ("center", None),      # (centred: its blank given up, so that the ink is centred)
])
def test_an_opening_mark_starting_a_ragged_line_keeps_its_blank_a_centred_one_not(align, x):
    composed = compose("一二三四五六七八九十（一二三四五）", body_style(align=align), 10 * EM).lines
    assert [line.text for line in composed] == ["一二三四五六七八九十", "（一二三四五）"]
    first = composed[1].glyphs[0]
    assert first.ch == "（"
    if x is not None:
        assert first.x == pytest.approx(x)
    else:   # (the ink, the bracket's right half, and the rest centred in the measure)
        ink = composed[1].right - (first.x + EM / 2)
        assert first.x + EM / 2 == pytest.approx((10 * EM - ink) / 2)


@pytest.mark.parametrize("text, chars, expected", [
    # a topic's closing # goes with its tag (the line before: 滅蝗#), not down to start a line
    ("2月27日，話題#浙江10萬隻鴨子出徵巴基斯坦滅蝗#衝上熱搜，有媒體報導由國紹1號鴨苗組成的鴨子軍團將出徵滅蝗。", 13,
     "2月27日，話題#浙江|10萬隻鴨子出徵巴基斯坦滅|蝗#衝上熱搜，有媒體報導由|國紹1號鴨苗組成的鴨子軍團|將出徵滅蝗。"),
    # @ goes down with its handle
    ("他表示，網友@hachiya截圖轉發了這條消息，引發熱議。", 11, "他表示，網友|@hachiya截圖轉發了這|條消息，引發熱議。"),
    # a hyphen standing alone ends a line only where no line spaced out by about 0.2 em will do
    # (at a line's end it reads as a word hyphenated)
    ("第二届搞基建大会的讲师芋头在会上介绍了 - 大前端团队如何落地工程化，以及他们的经验与教训，本文是讲稿文字版。", 11,
     "第二届搞基建大会|的讲师芋头在会上介绍|了 - 大前端团队如何落地|工程化，以及他们的经验与|教训，本文是讲稿文字版。"),
    # in a dateline before a sentence (not a byline), a break after the role is as good as any
    ("本报讯（融媒体记者　张三）昨天，记者获悉，本报记者表示这个问题很重要，记者了解到相关情况。", 11,
     "本报讯（融媒体记者|张三）昨天，记者获悉，本|报记者表示这个问题很重|要，记者了解到相关情况。"),
    # a model name breaks before a short part dearly, rather than leave 以下是 spaced 3 em (and
    # the next line is not spaced inside OpenAI-o1-1217, at its hyphens: it takes 的 squeezed)
    ("以下是DeepSeek-R1和OpenAI-o1-1217的性能对比表，结合任务背景描述和具体数据：", 11,
     "以下是DeepSeek-|R1和OpenAI-o1-1217的|性能对比表，结合任务背|景描述和具体数据："),
    # the words of a title between 一字空 are not names kept whole at a quarter em's price
    ("据日媒报道，剧场版《鬼灭之刃　无限列车篇》自上映以来票房持续走高。", 13,
     "据日媒报道，剧场版《鬼|灭之刃　无限列车篇》自上映|以来票房持续走高。"),
])
def test_social_marks_and_titles_in_the_body_face(text, chars, expected):
    assert "|".join(line.text for line in _real_lines(text, chars)) == expected


@pytest.mark.parametrize("byline, chars, expected", [
    # a role goes with the name after it: the line breaks before the role, not after it
    ("钟祥市融媒体中心　记者　黄嵩　通讯员　杨莉", 13, "钟祥市融媒体中心|记者　黄嵩　通讯员　杨莉"),
    ("郑报全媒体记者　武建玲　实习生　蔺洋　通讯员　苏伟东", 13, "郑报全媒体记者　武建玲|实习生　蔺洋|通讯员　苏伟东"),
    # nor inside a role typed solid after the paper's name, nor inside a name padded to three
    ("齐鲁晚报·齐鲁壹点记者　康　岩　通讯员任向阳", 13, "齐鲁晚报·齐鲁壹点|记者　康　岩　通讯员任向阳"),
    ("齐鲁晚报·齐鲁壹点记者　康　岩　通讯员任向阳", 11, "齐鲁晚报·齐鲁壹点|记者　康　岩|通讯员任向阳"),
    # a role after another paper's name, and a name of four: never 记 | 者, nor 张 | 明凯
    ("本报全媒体记者　张明凯　见习记者　刘洋　通讯员　王小二", 9, "本报全媒体|记者　张明凯|见习记者　刘洋|通讯员　王小二"),
    ("本报记者　欧阳明月　通讯员　张三", 9, "本报记者　欧阳明月|通讯员　张三"),
    # nor between a role and its name parted by a bar, as web media type them (编辑丨 | 程曼祺)
    ("文丨赵宇　程曼祺　编辑丨程曼祺", 13, "文丨赵宇　程曼祺|编辑丨程曼祺"),
    ("文丨赵宇　程曼祺　编辑丨程曼祺", 11, "文丨赵宇　程曼祺|编辑丨程曼祺"),
])
def test_a_byline_breaks_before_a_role_not_after_it(byline, chars, expected):
    lines = _real_lines(byline, chars, face="kai", indent_em=0.0, align="end")
    assert "|".join(line.text for line in lines) == expected


@pytest.mark.parametrize("text, solid", [
    ("I couldn’t be happier that my co pilot was @jackantonoff. He’s my friend for life.", "@jackantonoff"),
    ("— Taylor Swift (@taylorswift13) October 21, 2022", "(@taylorswift13)"),
    ("他表示，网友@hachiya截图转发了这条消息，引发热议。", "@hachiya"),
    ("配合双大面冷却设计（换热面积7.3m²），在纽北赛道连续两圈冲刺后电池温度仍低于55℃。", "7.3m²"),
])
def test_a_handle_and_a_superscript_unit_are_set_solid(text, solid):
    # a handle's @ goes with its word (not `@ jackantonoff`, `(@ taylorswift13)`), a superscript
    # unit with its number (not `7.3m ²`): each glyph right after the one before
    for line in _real_lines(text, 13):
        chars = "".join(g.ch for g in line.glyphs)
        at = chars.find(solid)
        if at >= 0:
            glyphs = line.glyphs[at:at + len(solid)]
            assert all(b.x == pytest.approx(a.x + a.advance) for a, b in zip(glyphs, glyphs[1:]))
            break
    else:
        raise AssertionError(f"{solid} is not whole on a line")


def test_a_line_of_a_path_too_short_for_its_column_is_spaced_evenly_not_at_one_slash():
    # (Volumes/ | Data/ had a hole of 3.75 em at its slash; letters and slashes alike now)
    text = ("根本原因在于Go运行时不读取macOS TrustStore（即/System/Volumes/Data/Library/Keychains/"
            "System.keychain中的新策略），而是仅依赖编译时嵌入的硬编码根证书列表。")
    lines = _real_lines(text, 11)
    path = [ln for ln in lines if ln.text.startswith("Volumes/")]
    assert path and not any("\u4e00" <= c <= "\u9fff" for c in path[0].text)
    ln = path[0]
    gaps = [b.x - a.x - a.advance for a, b in zip(ln.glyphs, ln.glyphs[1:])]
    assert max(gaps) - min(gaps) < 0.01 * 9.0                            # even, between every two glyphs
    assert ln.glyphs[-1].x + ln.glyphs[-1].advance == pytest.approx(11 * 9.0)   # and justified
    assert ln.stretch_em == pytest.approx(gaps[0] / 9.0, abs=0.01)      # as the report says


@pytest.mark.parametrize("text, chars, expected", [
    # a Latin word alone among Chinese text, a brand's or a term's, hyphenates as dearly as a
    # name (Net- | flix, bet- | way before: taken over a line spaced 0.1 to 0.2 em)
    ("金宇彬（左起）、朴敘俊、李敏鎬及南宮珉。（Netflix、Disney+、Hami Video提供）", 11,
     "金宇彬（左起）、朴|敘俊、李敏鎬及南宮|珉。（Netflix、Disney+、|Hami Video提供）"),
    ("【betway必威体育官网 2022年10月18日讯】（betway必威体育官网　记者程帆编译、综合报导）石油输出国家组织", 13,
     "【betway必威体育官|网2022年10月18日讯】|（betway必威体育官网　记|者程帆编译、综合报导）石油|输出国家组织"),
    # ... and a word of pinyin only between its syllables (GB/T 16159: ●智能驾驶：标配Xi- | aomi before)
    ("●智能驾驶:标配 Xiaomi Pilot Pro 系统,配备 1 颗激光雷达、11 颗摄像头、12 颗超声波雷达", 11,
     "●智能驾驶：标配|Xiaomi Pilot Pro系统，|配备1颗激光雷达、11颗|摄像头、12颗超声波雷达"),
    # (an English sentence's words hyphenate as words)
    ("He said the government would introduce comprehensive legislation next year.", 11,
     None),
])
def test_a_latin_word_alone_among_chinese_text_hyphenates_as_dearly_as_a_name(text, chars, expected):
    from layout.normalize import normalize
    lines = _real_lines(normalize(text)[0], chars)
    if expected is not None:
        assert "|".join(line.text for line in lines) == expected
    else:
        assert any(line.text.endswith("\u00ad") for line in lines)


@pytest.mark.parametrize("text, chars, expected", [
    # Han-Latin gaps opened to ½ em around every figure of a date are holes: a break that
    # leaves less to stretch is taken (●7月16日　中国共 | … had 1.35 em in its gaps, the
    # entry before it, set alike, took 产 too)
    ("● 7月16日 中国共产党第二次全国代表大会在上海召开", 13, "●7月16日　中国共产|党第二次全国代表大会在上|海召开"),
    ("● 1月11日 中国共产党第四次全国代表大会在上海召开", 13, "●1月11日　中国共产|党第四次全国代表大会在上|海召开"),
])
def test_han_latin_gaps_opened_wide_cost_a_line(text, chars, expected):
    from layout.normalize import normalize
    lines = _real_lines(normalize(text)[0], chars)
    assert "|".join(line.text for line in lines) == expected


@pytest.mark.parametrize("text, chars, expected", [
    # a Weibo handle ended by a blank or a mark parts as dearly as a name (@央 | 视新闻 before)
    ("昨日，有网友在微博上@央视新闻 反映情况，央视新闻随后进行了报道和核实工作", 13,
     "昨日，有网友在微博上|@央视新闻　反映情况，央|视新闻随后进行了报道和核|实工作"),
])
def test_a_handle_parts_as_dearly_as_a_name(text, chars, expected):
    from layout.normalize import normalize
    assert "|".join(line.text for line in _real_lines(normalize(text)[0], chars)) == expected


@pytest.mark.parametrize("text, words", [
    ("掌握Photoshop和AI设计工具", ["Photoshop"]),
    ("内饰采用 Alcantara 材质", ["Alcantara"]),           # (a blank typed between it and the Chinese)
    ("他说 Photoshop is great 是", []),                   # (an English phrase's word)
    ("a Photoshop 和", []),
])
def test_a_latin_word_alone_among_chinese_text(text, words):
    from layout.compose.segment import _LONE_WORD
    assert [m.group() for m in _LONE_WORD.finditer(text)] == words


def _real_lines(text: str, chars: int, face: str = "song", indent_em: float = 2.0, align: str = "justify"):
    """``text`` composed in a shipped face at 9 pt in a column of ``chars`` 字 (body: 2 字 in)."""
    from layout.compose import TextStyle
    from layout.fonts import load_fonts
    style = TextStyle(face=getattr(load_fonts(), face), size=9.0, indent_em=indent_em, align=align)
    return compose(text, style, chars * 9.0).lines
