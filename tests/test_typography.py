"""The acceptance checklist of TYPOGRAPHY.md §9, one test (or table) per item, each named
after the rule it pins. Composition items use SquareFace (1 em = 10 pt); page items use
the sample page."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import pytest

from layout.compose import Spacing, compose
from layout.compose.classes import FULL_WIDTH_SIGNS, is_han
from layout.display import DisplayPage, Grid, TextLine
from layout.quality import measure_quality

from conftest import body_style
from test_compose_properties import HAN, LATIN_WORDS, NUMBERS

EM = 10.0


def test_a_space_typed_after_a_full_width_sign_is_the_han_latin_gap():
    # 36℃ 左右: the space is the ¼ em Han-Latin gap, as after any number, not a word space
    glyphs = compose("气温36℃ 左右", body_style(), 20 * EM).lines[0].glyphs
    x = {g.ch: g for g in glyphs}
    assert x["左"].x - (x["℃"].x + x["℃"].advance) == pytest.approx(0.25 * EM)


# a 一字空 between words (记者　孙志刚) grows first on a justified line, as word spaces do ----

@pytest.mark.parametrize("ideo_max, space_pt, stretch_em, rule", [
    (1.25, 13.571, 0.1071, "§4.5 a 一字空 takes the stretch before the gaps between characters, up to 1.25 em"),
    (1.5, 15.714, 0.0714, "ideo_space_max 1.5: up to 1.5 em"),
    (1.0, 11.429, 0.1429, "ideo_space_max 1.0: the space stays 1 em and all the stretch goes between characters"),
])
def test_an_ideographic_space_stretches_before_the_characters_do(ideo_max, space_pt, stretch_em, rule):
    # 9 em of text on a 10 em line: the space takes what it may, the 7 gaps share the rest
    line = compose("记者\u3000甲乙丙丁戊己\u3000庚辛壬癸子丑寅卯辰巳午未。",
                   body_style(spacing=Spacing(ideo_space_max=ideo_max, ideo_space_min=1.0)), 10 * EM).lines[0]
    assert line.text == "记者\u3000甲乙丙丁戊己", rule
    assert [round(g.advance, 3) for g in line.glyphs if g.ch == "\u3000"] == [space_pt], rule
    assert line.stretch_em == pytest.approx(stretch_em, abs=1e-4), rule
    assert line.right == pytest.approx(10 * EM), rule


@pytest.mark.parametrize("chars, first, second, space_pt, rule", [
    (11, "本报讯（记者\u3000黄永东", "通讯员\u3000郑永青）银河社",
     5.0, "§5.2 a name is not broken: the 一字空 squeezed to ½ em keeps 黄永东 on the line"),
    (13, "本报讯（记者\u3000黄永东", "通讯员\u3000郑永青）银河社区",
     None, "§5.2 a name is not broken to fill a line: 黄永东 is not split (通 would fit)"),
])
def test_a_byline_does_not_break_inside_a_name(chars, first, second, space_pt, rule):
    lines = compose("本报讯（记者\u3000黄永东\u3000通讯员\u3000郑永青）银河社区安装无主楼院楼道灯，支出2700元。",
                    body_style(indent_em=2), chars * EM).lines
    assert [lines[0].text, lines[1].text] == [first, second], rule
    if space_pt is not None:
        assert [round(g.advance, 3) for g in lines[0].glyphs if g.ch == "\u3000"] == [space_pt], rule


@pytest.mark.parametrize("text, kept, free, rule", [
    ("获奖者：张三\u3000李四\u3000欧阳修远", ["张三", "李四", "欧阳修远"], ["获奖者"], "names between 一字空 and a mark"),
    ("查漏补缺\u3000凝心聚力", ["查漏补缺", "凝心聚力"], [], "phrases of up to four between 一字空"),
    ("记者\u3000张三丰李四光", ["记者"], ["张三丰李四光"], "a run of five or more is no name"),
])
def test_short_runs_set_apart_by_ideographic_spaces_carry_the_name_penalty(text, kept, free, rule):
    from layout.compose.segment import NAME_BREAK_PENALTY, segment
    from conftest import SquareFace
    seg = segment(text, SquareFace(), EM)
    for words, penalty in ((kept, NAME_BREAK_PENALTY), (free, 0.0)):
        for word in words:
            k = text.index(word)
            units = [u for u in range(len(seg)) if k <= seg.start[u] < k + len(word)]
            assert [seg.gap_break[u] for u in units[1:]] == [penalty] * (len(word) - 1), (word, rule)


# §9.6 first-line indent: 2 em; an opening bracket may start 1.5 em in ------------------------

@pytest.mark.parametrize("text, trim, x, rule", [
    ("甲乙丙丁", False, 20.0, "§9.6 indent is 2 em"),
    ("“甲乙”丙丁", False, 20.0, "§9.6 opening quote after the indent keeps its blank by default"),
    ("“甲乙”丙丁", True, 15.0, "§9.6 with line_start_bracket: half it starts 1.5 em in"),
    ("（甲乙）丙丁", True, 15.0, "§9.6 the same for an opening bracket"),
])
def test_first_line_indent(text, trim, x, rule):
    # x is the glyph origin: an opening mark's ink is in its right half, so with its blank
    # removed its origin is half an em before the ink.
    style = body_style(indent_em=2, spacing=Spacing(trim_line_start=trim))
    line = compose(text, style, 10 * EM).lines[0]
    assert line.glyphs[0].x == pytest.approx(x), rule


# §9.7 Han-Latin gaps between ⅛ and ½ em (plus the line's 均排 share), none at line edges ----

mixed = st.lists(st.one_of(st.sampled_from(HAN), st.sampled_from(HAN), st.sampled_from(LATIN_WORDS[:10]),
                           st.sampled_from(NUMBERS), st.sampled_from("，。、")), min_size=5, max_size=80).map("".join)


@settings(max_examples=200, deadline=None)
@given(mixed)
def test_han_latin_gap_is_between_an_eighth_and_a_half_em(text):
    for line in compose(text, body_style(), 13 * EM).lines:
        glyphs = line.glyphs
        for a, b in zip(glyphs, glyphs[1:]):
            if FULL_WIDTH_SIGNS.intersection((a.ch, b.ch)):
                continue   # (300㎡: a unit sign is part of its number; see the table below)
            if (a.ch, b.ch) == ("豫", "A") or (a.ch, b.ch) == ("4", "学") and "豫A·1234学" in line.text:
                continue   # (a licence plate, 豫A·12345 or 豫A·1234学, is joined to its characters)
            if (is_han(a.ch) and b.ch.isascii() and b.ch.isalnum()) or (a.ch.isascii() and a.ch.isalnum() and is_han(b.ch)):
                gap = (b.x - (a.x + a.advance)) / EM
                assert 0.125 - 1e-9 <= gap <= 0.5 + line.stretch_em + 1e-9, (line.text, gap)
        assert glyphs[0].ch != " "


@pytest.mark.parametrize("text, pair, rule", [
    ("甲（LED）乙", "（L", "§9.7 no gap after an opening bracket"),
    ("甲（LED）乙", "D）", "§9.7 no gap before a closing bracket"),
    ("甲LED，乙", "D，", "§9.7 no gap before a comma"),
    ("面积300㎡的房", "0㎡", "a squared unit is part of its number"),
    ("面积300㎡的房", "㎡的", "no gap after a full-width unit sign, as between two Han"),
    ("气温36℃的天", "℃的", "no gap after ℃ (full width)"),
    ("增长5％的企业", "5％", "a full-width per cent sign is part of its number"),
    ("增长5％的企业", "％的", "no gap after ％"),
    ("4月13日-28日登记", "-2", "a range's hyphen after Han is Latin beside the figure: no gap on one side only"),
    ("4月13日-28日登记", "日-", "... nor before it"),
    ("摄取β-胡萝卜素", "β-", "a Greek letter and the hyphen after it: typed solid, no gap"),
])
def test_no_han_latin_gap_next_to_cjk_punctuation_or_full_width_signs(text, pair, rule):
    glyphs = compose(text, body_style(), 20 * EM).lines[0].glyphs
    assert pair in "".join(g.ch for g in glyphs), rule
    for a, b in zip(glyphs, glyphs[1:]):
        if a.ch + b.ch == pair:
            box_a_end = a.x + a.advance
            box_b_start = b.x + (0.5 * EM if b.ch == "（" else 0.0)
            assert box_b_start - box_a_end == pytest.approx(0.0 if b.ch != "（" else 0.5 * EM), rule


# §9.10 captions carry no final 。: reported, not changed ------------------------------------

def test_caption_full_stop_is_reported(tmp_path):
    from layout.pipeline import layout_page
    from PIL import Image
    from test_load import make_page
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {
        "a.md": "---\ntitle: 标题\nphotos:\n  - file: p.jpg\n    caption: 说明文字。\n---\n正文。\n"})
    Image.new("RGB", (1200, 800), (120, 130, 140)).save(page / "p.jpg", dpi=(300, 300))
    layout = layout_page(page)
    codes = [(f.code, f.line) for f in layout.findings]
    assert ("caption-full-stop", 4) in codes


# §9.12 the folio: paper, date, 版次 and 版名 in fixed positions ------------------------------

def test_folio_has_paper_date_page_number_and_name(tmp_path):
    from layout.pipeline import layout_page
    from test_load import STORY, make_page
    page = make_page(tmp_path, "folio: {paper: 郑州晚报, date: 2018-12-11, page_number: A10, page_name: 城事}\n"
                               "sections:\n  - stories: [a.md]\n", {"a.md": STORY})
    layout = layout_page(page)
    folio = {i.text: i for i in layout.display.items if isinstance(i, TextLine) and i.kind == "folio"}
    assert set(folio) == {"2018年12月11日\u3000星期二", "郑州晚报", "第A10版\u3000城事"}
    fmt = layout.page.format
    left, centre, right = folio["2018年12月11日\u3000星期二"], folio["郑州晚报"], folio["第A10版\u3000城事"]
    assert left.glyphs[0][0] == pytest.approx(fmt.margin_left)
    assert right.right == pytest.approx(fmt.margin_left + fmt.type_width)
    assert (centre.glyphs[0][0] + centre.right) / 2 == pytest.approx(fmt.margin_left + fmt.type_width / 2)
    assert left.y == centre.y == right.y < fmt.margin_top


# §9.13 punctuation from a zh-Hans font: “ ” one em wide, in every face ----------------------

@pytest.mark.parametrize("role", ["song", "hei", "kai"])
def test_quotes_are_full_width_in_every_face(role):
    from layout.fonts import load_fonts
    face = load_fonts().face(role)
    for ch in "“”‘’。，、":
        assert face.advance(ch) == 1.0, (role, ch)


# the quality measures count what they claim ------------------------------------------------

def _page(*lines):
    """Body lines from (text, last, stretch_em[, Latin narrowing]), each paragraph's lines
    given the line of the file it starts on."""
    sources, paragraph = [], 1
    for text, last, *_ in lines:
        sources.append(paragraph)
        paragraph += 2 if last else 0
    items = tuple(TextLine(face="song", size=10, y=20 + 12 * n, glyphs=tuple(
        (10.0 * k, ch, 10.0, 1.0) for k, ch in enumerate(text)), kind="body", last=last, stretch_em=st_em,
        grid_line=n, measure=100.0, narrow=narrow[0] if narrow else 0.0, source=sources[n])
        for n, (text, last, st_em, *narrow) in enumerate(lines))
    return DisplayPage(width=200, height=200, bleed=0, items=items, blocks=(),
                       grid=Grid(columns=(), top=0, pitch=12, lines=10, baseline_offset=9))


@pytest.mark.parametrize("lines, message", [
    ([("全国夏粮总产量", False, 0.333), ("13926万吨，比上年减少", False, 0.0), ("甲乙", True, 0.0)],
     "line spaced out by 0.33 em between characters: 全国夏粮总产量 (it cannot take 13926, which starts the next "
     "line: rewording either line fixes it)"),
    ([("服务业在", False, 0.3), ("GDP中的比重", True, 0.0)],
     "line spaced out by 0.30 em between characters: 服务业在 (it cannot take GDP, which starts the next line: "
     "rewording either line fixes it)"),
    ([("服务业在", False, 0.3), ("中的比重", True, 0.0)], "line spaced out by 0.30 em between characters: 服务业在"),
    ([("人事考试网", False, 0.3), ("（http://www.sx.gov.cn）。", True, 0.0)],
     "line spaced out by 0.30 em between characters: 人事考试网 (it cannot take （http://www.sx.gov.cn）, which "
     "starts the next line: rewording either line fixes it)"),
    ([("DeepSeek-R1略胜", False, 1.1), ("（+0.6%），两者在复杂", True, 0.0)],        # a sign after the bracket
     "line spaced out by 1.10 em between characters: DeepSeek-R1略胜 (it cannot take （+0.6%）, which starts the "
     "next line: rewording either line fixes it)"),
    ([("会议在", False, 0.3), ("10:30,开始", True, 0.0)], "line spaced out by 0.30 em between characters: 会议在 "
     "(it cannot take 10:30, which starts the next line: rewording either line fixes it)"),
    ([("甲乙丙interna\u00ad", False, 0.3), ("tional甲乙", True, 0.0)],
     "line spaced out by 0.30 em between characters: 甲乙丙interna"),
    # a paragraph's last line of two characters: the line before is spaced out to spare a 孤字
    ([("3、人体舒适度指", False, 0.28), ("数：冷。", True, 0.0)],
     "line spaced out by 0.28 em between characters: 3、人体舒适度指 (it gives 数：冷。 a second character, so that "
     "no character stands alone on the paragraph's last line: rewording either line fixes it)"),
    ([("3、人体舒适度指", False, 0.28), ("数：很冷。", True, 0.0)],          # (three: no 孤字 was near)
     "line spaced out by 0.28 em between characters: 3、人体舒适度指"),
    # a line of English is spaced between its words
    ([("dramatic boost to his", False, 0.4), ("business, he said.", True, 0.0)],
     "line spaced out by 0.40 em between words: dramatic boost to his (it cannot take business, which starts "
     "the next line: rewording either line fixes it)"),
    ([("1234567", False, 0.4), ("甲乙丙", True, 0.0)], "line spaced out by 0.40 em between letters: 1234567"),
])
def test_a_line_spaced_out_past_a_quarter_em_is_reported_with_its_cause(lines, message):
    _, findings = measure_quality(_page(*lines))
    assert [f.message for f in findings if f.code == "loose-line"] == [message]


@pytest.mark.parametrize("lines, field, value", [
    ([("甲乙丙丁戊己庚辛壬癸", False, 0.0), ("，甲乙", True, 0.0)], "violations", 1),
    ([("甲乙丙丁戊己庚辛壬“", False, 0.0), ("甲乙", True, 0.0)], "violations", 1),
    ([("甲乙丙丁戊己庚辛壬癸", False, 0.12), ("甲乙", True, 0.0)], "loose_lines", 1),
    ([("甲乙丙丁戊己庚辛壬癸", False, 0.12), ("甲乙", True, 0.0)], "max_stretch_em", 0.12),
    ([("甲乙丙丁戊己庚辛壬癸", False, 0.0), ("甲。", True, 0.0)], "orphans", 1),
    ([("推荐指数：★★★★", False, 0.0), ("☆", True, 0.0)], "orphans", 1),      # a sign alone is one too
    ([("甲乙丙丁戊己庚辛壬癸", False, 0.0), ("5。", True, 0.0)], "orphans", 1),    # ... or a figure
    ([("甲乙丙丁戊己庚辛壬癸", False, 0.0), ("15。", True, 0.0)], "orphans", 0),
    ([("甲乙丙丁戊己庚辛壬癸", True, 0.0), ("◆", True, 0.0)], "orphans", 0),      # a paragraph of one: no 孤字
    ([("#梅朗雄发文支持一个中", False, 0.0), ("国#", True, 0.0)], "orphans", 1),    # a topic's # closes it
    ([("甲。”乙丙丁戊己庚辛壬", False, 0.0), ("甲乙", True, 0.0)], "uncompressed_pairs", 1),
    ([("甲乙丙丁戊己庚辛壬癸", False, 0.05), ("甲乙", True, 0.0)], "violations", 0),
    # a / ending a line inside a web address or a list of figures is where the composer
    # breaks; a 分隔号 standing alone at a line's end is a violation
    ([("党建网（http://", False, 0.0), ("www.sx-dj.gov.cn）", True, 0.0)], "violations", 0),
    ([("营收为2021/", False, 0.0), ("2022年", True, 0.0)], "violations", 0),
    ([("(Nature,2016,DOI:10.1038/", False, 0.0), ("nature16455)", True, 0.0)], "violations", 0),   # a DOI's
    ([("进入1/", False, 0.0), ("4决赛", True, 0.0)], "violations", 1),            # a fraction split: counted
    ([("会议定于2023/11/", False, 0.0), ("15举行", True, 0.0)], "violations", 1),    # a date: never broken
    ([("会议定于2023/", False, 0.0), ("2024赛季举行", True, 0.0)], "violations", 0),   # a list of years
    ([("甲乙丙丁戊己庚辛壬/", False, 0.0), ("甲乙", True, 0.0)], "violations", 1),
    # a mark at a paragraph's own start or end is as typed (no break could avoid it): a
    # warning on the copy (paragraph-edge), not a violation of the composer's
    ([("营收为2021/", True, 0.0), ("2022年", True, 0.0)], "violations", 0),
    ([("/ /《水调歌头》明月几时", False, 0.0), ("有，把酒问青天。/ /", True, 0.0)], "violations", 0),
    ([("甲乙丙丁戊己庚辛壬癸", True, 0.0), ("，甲乙", True, 0.0)], "violations", 0),
    ([("甲乙丙丁戊己庚辛壬癸", True, 0.0), ("甲乙丙丁戊己庚辛壬“", False, 0.0), ("甲乙", True, 0.0)],
     "violations", 1),
    ([("血糖为7.8mmol/", False, 0.0), ("L，餐后", True, 0.0)], "violations", 1),   # a unit split: counted
    ([("提升了什么？RTX4090/", False, 0.0), ("4080参数", True, 0.0)], "violations", 0),  # figures after a name
    ([("格式为input/", False, 0.0), ("output等", True, 0.0)], "violations", 0),       # a path of words
    ([("见http://www.thepaper.cn/", False, 0.0), ("2024/06/", False, 0.0), ("17/a.html", True, 0.0)],
     "violations", 0),                                                         # an address's middle line
    ([("甲乙丙丁戊己庚辛壬癸", False, -0.12), ("甲乙", True, 0.0)], "loose_lines", 1),
    ([("甲乙丙丁戊己庚辛壬癸", False, -0.05), ("甲乙", True, 0.0)], "max_stretch_em", 0.05),
    ([("甲乙丙丁戊己庚辛壬癸", False, -0.05), ("甲乙", True, 0.0)], "adjustments", ((None, 1, 1, -0.05),)),
    ([("甲乙丙丁戊己庚辛壬癸", True, -0.04)], "adjustments", ((None, 1, 1, -0.04),)),
    ([("甲乙丙丁戊己庚辛壬癸", True, 0.3)], "adjustments", ()),
    ([("配备24GB GDDR6X", False, 0.0, 0.018), ("显存", True, 0.0), ("甲乙RTX", False, 0.0, 0.01)],
     "narrowed_lines", 2),
    ([("配备24GB GDDR6X", False, 0.0, 0.018), ("显存", True, 0.0), ("甲乙RTX", False, 0.0, 0.01)],
     "max_narrow", 0.018),
    ([("甲乙丙丁戊己庚辛壬癸", False, 0.0), ("甲乙", True, 0.0)], "narrowed_lines", 0),
    # figures parted from what goes with them: counted (the composer's last resort, said)
    ([("催人奋进。2014", False, 0.0), ("年5月，他指出", True, 0.0)], "splits", 1),     # a measure word
    ([("以46.97", False, 0.0), ("秒的成绩夺冠", True, 0.0)], "splits", 1),            # a unit
    ([("空腹血糖3.9-", False, 0.0), ("6.1mmol/L，餐后", True, 0.0)], "splits", 1),    # a range
    ([("口服0.5～", False, 0.0), ("1.5mg的剂量", True, 0.0)], "splits", 1),
    ([("搭载骁龙888", False, 0.0), ("的手机", True, 0.0)], "splits", 0),              # no measure word
    ([("搭载骁龙888", True, 0.0), ("年轻人", True, 0.0)], "splits", 0),               # a paragraph's end
    ([("时间为2022-", False, 0.0), ("2023年", True, 0.0)], "splits", 1),
    ([("任职1975—", False, 0.0), ("1979年", True, 0.0)], "splits", 1),          # a 一字线's range
    ([("型号737-", False, 0.0), ("MAX", True, 0.0)], "splits", 0),
    ([("气温较低（10℃-", False, 0.0), ("15℃），需添加", True, 0.0)], "splits", 1),   # each with its unit
    ([("违法所得8.317514万", False, 0.0), ("元，并处罚金", True, 0.0)], "splits", 1),   # 万 | 元
    ([("重点行业支撑有力。1至", False, 0.0), ("10月，全省规模", True, 0.0)], "splits", 1),   # a range with 至
    ([("势态。1978", False, 0.0), ("至2021年的43年间", True, 0.0)], "splits", 1),
    ([("在2006年至", False, 0.0), ("2010年间，全省", True, 0.0)], "splits", 0),      # (至 after a word)
    ([("股票上涨0.45%至", False, 0.0), ("2023.34美元，总市", True, 0.0)], "splits", 0),   # (a rise to a price)
    ([("增速为20%至", False, 0.0), ("30%，全年", True, 0.0)], "splits", 1),       # (a range, the sign on both)
])
def test_quality_measures(lines, field, value):
    quality, _ = measure_quality(_page(*lines))
    assert getattr(quality, field) == value


def test_a_mark_at_a_paragraphs_own_edge_is_a_warning_on_the_copy():
    _, findings = measure_quality(_page(("/ /《水调歌头》明", False, 0.0), ("有，把酒问青天。/ /", True, 0.0)))
    assert [(f.severity, f.code, f.message) for f in findings] == [
        ("warning", "paragraph-edge", "paragraph starts with /, which no line may start with: / /《水调歌头》明"),
        ("warning", "paragraph-edge", "paragraph ends with /, which no line may end with: 有，把酒问青天。/ /")]


def test_a_figure_parted_from_its_measure_word_is_said_with_both_ends():
    quality, findings = measure_quality(_page(("催人奋进。2014", False, 0.0), ("年5月，他指出", True, 0.0)))
    assert [(f.severity, f.code, f.message) for f in findings if f.code == "split"] == [
        ("info", "split", "a figure parted from its measure word to keep a line from being spaced out further: "
                          "催人奋进。2014 | 年5月，他指出")]
    assert quality.summary().endswith(", 1 figure parted from a unit, measure word, range or the rest of a number")


@pytest.mark.parametrize("lines, parted, message", [
    # a number that names parted at its groups, as the composer marks the break: said as such,
    # not as a range (0515- | 83398118 is a telephone's area code and number)
    ([("联系电话：0515-", False, 0.3), ("83398118", True, 0.0)], True,
     "a figure parted from the rest of its number (a number that names, parted at its groups) to keep a line "
     "from being spaced out further: 联系电话：0515- | 83398118"),
    ([("投稿邮箱：1657", False, 0.3), ("155627@qq.com", True, 0.0)], True,
     "a figure parted from the rest of its number (a number that names, parted at its groups) to keep a line "
     "from being spaced out further: 投稿邮箱：1657 | 155627@qq.com"),
    ([("空腹血糖3.9-", False, 0.0), ("6.1mmol/L，餐后", True, 0.0)], False,     # (a range, as before)
     "a figure parted from the other figure of its range to keep a line from being spaced out further: "
     "空腹血糖3.9- | 6.1mmol/L，餐后"),
])
def test_a_number_that_names_parted_at_its_groups_is_said(lines, parted, message):
    page = _page(*lines)
    page = page._replace(items=(page.items[0]._replace(parted=parted),) + page.items[1:])
    quality, findings = measure_quality(page)
    assert [f.message for f in findings if f.code == "split"] == [message]
    assert quality.splits == 1


def test_the_summary_names_narrowed_latin_only_when_there_is_some():
    plain, _ = measure_quality(_page(("甲乙丙丁戊己庚辛壬癸", False, 0.0), ("甲乙", True, 0.0)))
    assert "narrowed" not in plain.summary()
    narrowed, _ = measure_quality(_page(("配备24GB GDDR6X", False, 0.0, 0.018), ("显存", True, 0.0)))
    assert narrowed.summary().endswith(", 0 uncompressed punctuation pairs, 1 with Latin narrowed (at most 1.8 %)")


def _line_of(glyphs, last=False):
    return TextLine(face="song", size=10, y=20, glyphs=tuple(glyphs), kind="body", last=last, grid_line=0,
                    measure=100.0)


@pytest.mark.parametrize("glyphs, message", [
    # ten characters and a comma hanging wholly past the edge (a hanging style): nothing wrong
    ([(10.0 * k, "中", 10.0, 1.0) for k in range(10)] + [(100.0, "，", 10.0, 1.0)], None),
    # the comma hangs only a fifth of an em: the edge is ragged
    ([(9.9 * k, "中", 10.0, 1.0) for k in range(10)] + [(97.0, "，", 10.0, 1.0)],
     "， hangs 0.20 em, not half an em, past the edge: 中中中中中中中中中中，"),
    # the comma hangs, but the character before it is set 0.04 em into the edge
    ([(10.0 * k + 0.4, "中", 10.0, 1.0) for k in range(10)] + [(100.0, "，", 10.0, 1.0)],
     "中 runs 0.04 em past the column edge: 中中中中中中中中中中，"),
    # a comma ending a line inside the measure, its blank half trimmed: nothing wrong
    ([(10.0 * k, "中", 10.0, 1.0) for k in range(9)] + [(90.0, "，", 10.0, 1.0)], None),
])
def test_a_ragged_column_edge_is_reported(glyphs, message):
    page = DisplayPage(width=200, height=200, bleed=0, items=(_line_of(glyphs), _line_of(glyphs[:2], last=True)),
                       blocks=(), grid=Grid(columns=(), top=0, pitch=12, lines=10, baseline_offset=9))
    _, findings = measure_quality(page)
    assert [f.message for f in findings if f.code == "ragged-edge"] == ([message] if message else [])


@pytest.mark.parametrize("chars, right, last, message", [
    ("糖", 10.0, False, "line ends 9.00 em short of the column edge, not justified: 糖"),   # one character
    ("甲乙丙丁戊己庚辛壬癸", 100.0, False, None),                                      # flush
    ("甲乙丙丁戊己庚辛壬，", 100.0, False, None),      # a line-end mark, counted at half an em: flush
    ("甲乙丙丁戊己庚辛壬", 95.0, False, "line ends 0.50 em short of the column edge, not justified: 甲乙丙丁戊己庚辛壬"),
    ("甲乙丙丁戊己庚辛壬", 99.6, False, None),          # within half a point
    ("糖", 10.0, True, None),                           # a paragraph's last line: short as it should be
])
def test_a_line_left_short_of_the_column_edge_is_reported(chars, right, last, message):
    line = _line_of([(10.0 * k, ch, 10.0, 1.0) for k, ch in enumerate(chars)], last=last)._replace(right=right)
    page = DisplayPage(width=200, height=200, bleed=0, items=(line, _line_of([(0.0, "甲", 10.0, 1.0)], last=True)),
                       blocks=(), grid=Grid(columns=(), top=0, pitch=12, lines=10, baseline_offset=9))
    _, findings = measure_quality(page)
    assert [f.message for f in findings if f.code == "short-line"] == ([message] if message else [])


@pytest.mark.parametrize("glyphs, pairs", [
    # ”， in 全角式 left at 2 em: ” a whole em, ， a whole em before 乙
    ([(0.0, "甲", 10.0, 1.0), (10.0, "”", 10.0, 1.0), (20.0, "，", 10.0, 1.0), (30.0, "乙", 10.0, 1.0)], 1),
    # ”， in 开明式 with ” left whole: half an em of blank between the quote and its comma
    ([(0.0, "甲", 10.0, 1.0), (10.0, "”", 10.0, 1.0), (20.0, "，", 10.0, 1.0), (25.0, "乙", 10.0, 1.0)], 1),
    # compressed: ” half an em (全角式, then 开明式)
    ([(0.0, "甲", 10.0, 1.0), (10.0, "”", 10.0, 1.0), (15.0, "，", 10.0, 1.0), (25.0, "乙", 10.0, 1.0)], 0),
    ([(0.0, "甲", 10.0, 1.0), (10.0, "”", 10.0, 1.0), (15.0, "，", 10.0, 1.0), (20.0, "乙", 10.0, 1.0)], 0),
    # ，“ in 开明式: ， half an em, “ whole (its blank between the two): 1.5 em, as it should
    ([(0.0, "甲", 10.0, 1.0), (10.0, "，", 10.0, 1.0), (15.0, "“", 10.0, 1.0), (25.0, "乙", 10.0, 1.0)], 0),
    # “、 (a typo's): the quote's blank on its left, the pause's on its right: nothing to give
    ([(0.0, "甲", 10.0, 1.0), (10.0, "“", 10.0, 1.0), (20.0, "、", 10.0, 1.0), (30.0, "乙", 10.0, 1.0)], 0),
    # “《 left at 2 em: the title mark's left blank could go
    ([(0.0, "甲", 10.0, 1.0), (10.0, "“", 10.0, 1.0), (20.0, "《", 10.0, 1.0), (30.0, "乙", 10.0, 1.0)], 1),
])
def test_uncompressed_pairs_are_pairs_that_take_two_em(glyphs, pairs):
    page = DisplayPage(width=200, height=200, bleed=0, items=(_line_of(glyphs, last=True),), blocks=(),
                       grid=Grid(columns=(), top=0, pitch=12, lines=10, baseline_offset=9))
    quality, _ = measure_quality(page)
    assert quality.uncompressed_pairs == pairs


@pytest.mark.parametrize("caption", [
    "9月17日，圆月与南京阅江楼相映成趣，游人在江边赏月",      # the credit would be cut after 新华社发（杨
    "9月17日在山东省荣成市海边拍摄的月亮（无人机照片）",
    "月亮",                                                  # (short: the credit on the caption's line)
])
def test_a_captions_credit_is_never_parted_across_two_lines(tmp_path, caption):
    from layout.pipeline import layout_page
    from PIL import Image
    from test_load import make_page
    credit = "新华社发（杨志礼摄）"
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - arrange: row\n    sections:\n"
                     "      - columns: 1\n        stories: [a.md]\n      - columns: 7\n        stories: [b.md]\n", {
        "a.md": f"---\ntitle: 标题\nphotos:\n  - file: p.jpg\n    caption: {caption}\n    credit: {credit}\n---\n"
                + "正文。" * 30 + "\n", "b.md": "---\ntitle: 另一篇\n---\n" + "正文。" * 80})
    Image.new("RGB", (1200, 800), (120, 130, 140)).save(page / "p.jpg", dpi=(300, 300))
    lines = [i for i in layout_page(page).display.items if isinstance(i, TextLine) and i.kind == "caption"
             and i.story == "a"]
    text = "".join(i.text for i in lines)
    assert text.replace("\u3000", "") == caption + credit       # (nothing lost: the caption, then its credit)
    assert any(credit in i.text for i in lines), [i.text for i in lines]
    last = lines[-1]
    assert credit in last.text
    if last.text == credit:     # (on a line of its own: to the end)
        assert last.right == pytest.approx(last.x0 + last.measure, abs=0.5)


@pytest.mark.parametrize("line, follow, allowed, rule", [
    ("石/1/0/1/3 4/城南一和/0/", "0/2/0", True, "a row of figures parted by /: 0/ | 0/2/0, as the composer breaks it"),
    ("上周（2024/", "6/17-6/23）", True, "a date with its year: after its year as a list of figures, a last resort"),
    ("上周（2024/6/", "17-6/23）", False, "... never between its month and day"),
    ("比分为21-19/", "19-21/21-17", True, "a set's scores, no days"),
    ("www.thepaper.cn/2024/06/", "17/a.html", True, "inside a web address (its host on the line before: lead)"),
    ("活动时间为6/", "18-6/20，", False, "a day of a range of days (6/18 in 6/18-6/20)"),
    ("规格为1/", "2,3/4,1英寸", False, "a fraction of a list of them (1/2 in 1/2,3/4)"),
    ("营收为2021/", "2022年", True, "a list of years"),
    ("http://", "www.a.com", True, "inside a web address"),
    ("比例为1/", "4", False, "a fraction's bar (1/ | 4)"),
    ("血糖7.8mmol/", "L", False, "a unit's / (mmol/ | L)"),
    ("他说/", "她说", False, "a 分隔号 standing alone before Han"),
])
def test_a_slash_ending_a_line_is_counted_as_the_composer_breaks(line, follow, allowed, rule):
    # (the preflight counts a / ending a line as a violation only where the composer never
    # breaks after one: a line ending 0/ before 0/2/0 was an error the composer had made)
    from layout.quality import slash_breaks_a_word
    assert slash_breaks_a_word(line, follow) is allowed, rule
