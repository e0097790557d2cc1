"""The sample page, laid out: grid, justification, prohibition rules, photos, fit
(TYPOGRAPHY.md §9, DESIGN.md §3). Reads the display list, not pixels."""
from __future__ import annotations

import pytest

from layout.compose.classes import NO_END, NO_START
from layout.display import Block, Image, TextLine
from layout.errors import InputErrors, MissingGlyphError
from layout.pipeline import layout_page

from test_load import make_page

MM = 72 / 25.4


def body_lines(layout):
    return [i for i in layout.display.items if isinstance(i, TextLine) and i.kind == "body"]


def test_sample_page_has_no_errors_and_only_the_sources_cut_offs(sample_layout):
    # The seed text lost words where columns met: three paragraphs end mid-sentence, kept
    # as they are and reported (STRUCTURE.md).
    serious = [(f.code, f.file, f.line) for f in sample_layout.findings if f.severity != "info"]
    assert serious == [("unfinished", "erqi-2018-12/lead.md", 25), ("unfinished", "erqi-2018-12/yimalu.md", 7),
                       ("unfinished", "erqi-2018-12/songshanlu.md", 9)]


def test_page_format_is_the_broadsheet_preset(sample_layout):
    fmt = sample_layout.page.format
    assert (round(fmt.width / MM, 1), round(fmt.height / MM, 1)) == (390.0, 540.0)
    assert (fmt.columns, fmt.column_chars, fmt.gutter_chars, fmt.body_size, fmt.pitch) == (8, 13, 1, 9, 12)
    assert fmt.type_width == pytest.approx(111 * 9)


def test_every_body_line_is_on_the_baseline_grid(sample_layout):
    grid = sample_layout.display.grid
    lines = body_lines(sample_layout)
    assert len(lines) > 250
    for line in lines:
        assert line.grid_line >= 0
        assert line.y == pytest.approx(grid.top + line.grid_line * grid.pitch + grid.baseline_offset, abs=1e-6)


def test_body_lines_start_on_the_column_grid_and_are_justified(sample_layout):
    fmt = sample_layout.page.format
    starts = {round(fmt.column_x(c), 6) for c in range(fmt.columns)}
    for line in body_lines(sample_layout):
        assert round(line.x0, 6) in starts, line.text
        assert line.measure / 9 == pytest.approx(round(line.measure / 9))  # whole 字
        if not line.last:
            # every non-final line flush with the column edge, within 0.01 mm
            assert abs(line.right - (line.x0 + line.measure)) < 0.01 * MM, line.text
            x, ch, advance, scale = line.glyphs[-1]
            if ch in "，。、；：！？”’）》":
                # a line-end mark set in half an em (GB/T 15834 §5.1.10): its blank half
                # lies past the edge, its ink ends there
                assert x + advance - line.right == pytest.approx(4.5), line.text
            else:
                assert x + advance == pytest.approx(line.right), line.text


def test_no_line_starts_or_ends_with_a_prohibited_mark(sample_layout):
    for line in body_lines(sample_layout):
        text = line.text.strip()
        assert text[0] not in NO_START or text.startswith(("——", "……")), text
        assert text[-1] not in NO_END, text


def test_no_single_character_last_line(sample_layout):
    for line in body_lines(sample_layout):
        if line.last:
            han = [c for c in line.text if "\u4e00" <= c <= "\u9fff"]
            assert len(han) >= 2 or any(c.isascii() and c.isalnum() for c in line.text), line.text


def test_first_lines_are_indented_two_zi(sample_layout):
    firsts = [line for line in body_lines(sample_layout) if line.glyphs[0][0] - line.x0 > 1]
    assert firsts
    for line in firsts:
        offset = line.glyphs[0][0] - line.x0
        assert offset == pytest.approx(18.0) or offset == pytest.approx(13.5), line.text


def test_blocks_take_whole_lines(sample_layout):
    pitch = sample_layout.page.format.pitch
    for block in sample_layout.display.blocks:
        assert isinstance(block, Block)
        assert block.h / pitch == pytest.approx(round(block.h / pitch)), block.name


def test_photos_are_cropped_never_stretched_and_sharp_enough(sample_layout):
    images = [i for i in sample_layout.display.items if isinstance(i, Image)]
    assert len(images) == 4
    for img in images:
        left, top, w, h = img.crop
        assert w / h == pytest.approx(img.w / img.h, rel=1e-3)
        assert left >= 0 and top >= 0 and left + w <= 1600 + 1e-6 and top + h <= 1067 + 1e-6
        assert img.ppi >= 200
        # the frame spans whole columns
        fmt = sample_layout.page.format
        cols = (img.w + fmt.gutter) / (fmt.column_width + fmt.gutter)
        assert cols == pytest.approx(round(cols))


def test_all_text_fits_and_no_column_ends_early(sample_layout):
    codes = {f.code for f in sample_layout.findings}
    assert "overset" not in codes and "underset" not in codes


def test_text_does_not_overlap_photos(sample_layout):
    images = [i for i in sample_layout.display.items if isinstance(i, Image)]
    for line in body_lines(sample_layout):
        for img in images:
            inside_x = line.x0 < img.x + img.w and line.x0 + line.measure > img.x
            inside_y = img.y < line.y < img.y + img.h + 9
            assert not (inside_x and inside_y), line.text


def test_overset_is_reported_not_dropped(tmp_path):
    long = "---\ntitle: 标题\n---\n" + "\n\n".join(["这是一段很长的新闻正文，用来填满版面。" * 20] * 60) + "\n"
    page = make_page(tmp_path, "page:\n  preset: tabloid\nsections:\n  - stories: [a.md]\n", {"a.md": long})
    layout = layout_page(page)
    overset = [f for f in layout.findings if f.code == "overset"]
    assert overset and overset[0].severity == "error"
    assert overset[0].extra["chars"] > 0
    placed = sum(len(i.text) for i in layout.display.items if isinstance(i, TextLine) and i.kind == "body")
    total = sum(len(p.text) for p in layout.page.sections[0].stories[0].paragraphs)
    assert placed + overset[0].extra["chars"] == total


def test_missing_glyph_names_the_character_story_line_and_column(tmp_path):
    story = "---\ntitle: 标题\n---\n第一段。\n\n第二段有一个𠀀字。\n"
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": story})
    with pytest.raises(InputErrors) as info:
        layout_page(page)
    (err,) = info.value.errors
    assert isinstance(err, MissingGlyphError)
    assert str(err).startswith("p/a.md:6:7: text: character '𠀀' U+20000 CJK UNIFIED IDEOGRAPH-20000 is not in")


def test_a_missing_character_is_one_error_a_file_naming_its_other_lines(tmp_path):
    story = "---\ntitle: 标题\n---\n第一段𠀀。\n\n第二段𠀀。\n\n第三段𠀀。\n\n网友留言😂太好看了。\n"
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": story})
    with pytest.raises(InputErrors) as info:
        layout_page(page)
    first, emoji = info.value.errors
    assert str(first).startswith("p/a.md:4:4: text: character '𠀀' U+20000")
    assert "(also on lines 6, 8)" in str(first)
    assert emoji.char == "😂" and "emoji" in emoji.hint


def test_emoji_of_web_copy_as_bullets_and_decorations_build_and_are_warned(tmp_path):
    story = ("---\ntitle: 标题\n---\n二、破口前5-7天:致命保护期 🌾\n\n这个时期是防治的黄金窗口。\n\n禁忌清单:\n"
             "🚫 不能与碱性农药混用\n🚫 打过药7天内不要晒田\n🚫 采前20天必须停药\n")
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": story})
    layout = layout_page(page)
    paragraphs = [p.text for p in layout.page.sections[0].stories[0].paragraphs]
    assert paragraphs[-3:] == ["●不能与碱性农药混用", "●打过药7天内不要晒田", "●采前20天必须停药"]
    assert paragraphs[0] == "二、破口前5-7天：致命保护期"
    said = [(f.line, f.severity) for f in layout.findings if "emoji" in f.message]
    assert said == [(4, "warning"), (9, "warning"), (10, "warning"), (11, "warning")]


@pytest.mark.parametrize("body, said", [
    ("有偏北大风。 二、防范建议 1. 大风降温影响成熟。 2.采取加固措施。\n",
     [(4, "3 paragraph(s) started before a numbered heading or item run into the text after a blank (lines 4)")]),
    ("据国外媒体报道，三星电子计划在2021年发布首款Mini LED电视，这款电视采用超小型LED。 该公司原本打算在今年上半年"
     "完成必要零部件的生产，然后在今年下半年将这款电视推向市场，但发布被推迟到明年。 与标准的LCD屏电视相比，Mini LED屏电视可以提供更好的画面质量。"
     "此外，三星电子表示，Mini LED电视将提供更好的体验。\n",
     [(4, "2 paragraph(s) started where web copy flattened into one line left a blank after a sentence's end (lines 4)")]),
    ("第一段。\n\n第二段。\n", []),
])
def test_paragraphs_the_copy_ran_together_are_said_once_a_file(tmp_path, body, said):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\n---\n" + body})
    assert [(f.line, f.message) for f in layout_page(page).findings if f.code == "paragraphs"] == said


def test_a_story_in_traditional_characters_is_said_once_before_its_characters(tmp_path):
    story = ("---\ntitle: 标题\n---\n編讀往來：讀者來信說，這篇報導對於兩岸關係的觀察細緻。\n\n"
             "安徽蚌埠\u2758荣德安\n")
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": story})
    with pytest.raises(InputErrors) as info:
        layout_page(page)
    errors = info.value.errors
    summary = errors[0]
    assert not isinstance(summary, MissingGlyphError) and summary.file == "p/a.md" and summary.line == 4
    missing = [e for e in errors if isinstance(e, MissingGlyphError)]
    han = [e for e in missing if "\u4e00" <= e.char <= "\u9fff"]
    assert summary.message.startswith(f"{len(han)} different Chinese characters of this story's text are in no font")
    assert "traditional" in summary.message and "fonts: fallback:" in summary.hint and len(han) >= 10
    bar = [e for e in missing if e.char == "\u2758"]
    assert bar and "separator bar" in bar[0].hint                 # (not an emoji)


def test_a_few_missing_characters_have_no_summary(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\n---\n田田笑起來。\n"})
    with pytest.raises(InputErrors) as info:
        layout_page(page)
    assert [type(e).__name__ for e in info.value.errors] == ["MissingGlyphError"]


@pytest.mark.parametrize("setting, narrowed", [("", 1), ("  latin_narrowing: 0\n", 0)])
def test_page_latin_narrowing_reaches_the_composer(tmp_path, setting, narrowed):
    # in an 11-字 column, RTX4080 16G、RTX4080 fits one line only with its Latin 1.2 % narrower;
    # with narrowing off the paragraph is set another way
    story = "---\ntitle: 标题\n---\n此次首发共带来三款型号，分别是 RTX4090、RTX4080 16G、RTX4080 12G。\n"
    page = make_page(tmp_path, "page:\n  preset: tabloid\n" + setting + "sections:\n  - stories: [a.md]\n",
                     {"a.md": story})
    layout = layout_page(page)
    lines = [i for i in body_lines(layout) if i.narrow > 0]
    assert layout.quality.narrowed_lines == len(lines) == narrowed
    from layout.render_trace import trace
    traced = [t for t in trace(layout.display).splitlines() if " narrow " in t]
    assert len(traced) == narrowed and all(t.endswith("RTX4080 16G、RTX4080") for t in traced)
    for line in lines:
        assert line.text == "RTX4080 16G、RTX4080"
        assert 0 < line.narrow <= 0.02
        scales = [g[3] for g in line.glyphs if g[1].isalnum()]
        assert len(scales) == 17 and scales == pytest.approx([1 - line.narrow] * 17)
        assert line.right == pytest.approx(line.x0 + line.measure, abs=0.01)


def test_a_column_that_ends_short_is_said_once(tmp_path):
    # one story over the whole page, too short to fill it: each column ends short of its
    # block's foot, which is the type area's; said once for the block, naming the story and
    # each column (not again for the page's columns)
    page = make_page(tmp_path, "page:\n  columns: 4\nsections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 通知\n---\n" + "市政协召开常委会会议。" * 40 + "\n"})
    said = [f for f in layout_page(page).findings if f.code == "underset"]
    assert [(f.story, f.column) for f in said] == [("a", 1)]
    assert [c for c, _ in said[0].extra["columns"]] == [1, 2, 3, 4]
    assert said[0].message.startswith("columns 1, 2, 3, 4 end ") and "above the foot of its block" in said[0].message


@pytest.mark.parametrize("options", ["  punctuation: kaiming\n", "  punctuation: kaiming\n  hanging_punctuation: true\n"])
def test_the_sample_in_other_punctuation_styles_leaves_no_column_short(tmp_path, options):
    # 开明式 makes the copy two lines shorter: the stack must not give a story a depth at
    # which its one text column beside a photo ends three lines above the block's foot
    import shutil
    from conftest import SAMPLE
    page = tmp_path / "p"
    shutil.copytree(SAMPLE, page)
    yaml = (page / "page.yaml").read_text(encoding="utf-8")
    (page / "page.yaml").write_text(yaml.replace("page:\n", "page:\n" + options, 1), encoding="utf-8")
    layout = layout_page(page)
    assert [f.message for f in layout.findings if f.code in ("underset", "overset", "ragged-edge")] == []
    assert layout.quality.violations == 0 and layout.quality.orphans == 0


# a notice's or a letter's signature and date (落款) are set flush right, not indented ------

@pytest.mark.parametrize("body, flush_right", [
    ("请做好蓄水准备。\n\n特此通知。\n\n福州市自来水有限公司\n\n2024年8月5日\n", ["福州市自来水有限公司", "2024年8月5日"]),
    ("绕行。\n\n特此公告!\n\n荆门市公安局交通警察支队\n\n二〇一七年十二月五日\n", ["荆门市公安局交通警察支队", "二〇一七年十二月五日"]),
    ("望采纳。\n\n此致\n\n敬礼!\n\n一位来自二十一世纪的沈阳市长\n\n2023年11月30日\n", ["一位来自二十一世纪的沈阳市长", "2023年11月30日"]),
    ("特此通告\n\n泰州市姜堰区城市管理局\n\n2022年3月12日\n", ["泰州市姜堰区城市管理局", "2022年3月12日"]),
    ("时候不早了，也该休息了！\n\n爱你的爸爸\n\n2020年4月5日\n", ["爱你的爸爸", "2020年4月5日"]),
    ("特此通告。\n\n2023年4月18日\n", ["2023年4月18日"]),                       # a date alone
    ("请做好准备。\n\n福州市自来水有限公司\n", []),                              # no date: not a 落款
    ("公交服务热线88197000、88191000\n\n2023年1月18日\n", []),             # nothing ended before it
    ("请做好准备。\n\n联系人：刘老师\n\n2023年1月18日\n", ["2023年1月18日"]),   # a field is no signature,
    ("请按时报名。\n\n联系电话：0371-12345678\n\n郑州市教育局\n\n2024年3月5日\n",       # though the signature
     ["郑州市教育局", "2024年3月5日"]),                                             # may follow one
    ("请按时报名。\n\n他说：我们明天再去\n\n郑州市教育局\n\n2024年3月5日\n", []),   # (not someone speaking)
    ("请做好准备。\n\n## 附记\n\n2023年1月18日\n", []),                       # nor a subhead before it
    # the source of a quotation (出处), flush right too
    ("“人生识字忧患始。”\n\n——苏轼《石苍舒醉墨堂》\n\n下文。\n", ["——苏轼《石苍舒醉墨堂》"]),
    ("几回花下坐吹箫。\n\n——清·黄景仁\n\n下文。\n", ["——清·黄景仁"]),
    ("他问：“喂？”\n\n——我是……这里是……\n", []),                              # a line of dialogue
    ("他问：“喂？”\n\n——滴答！\n", []),
    ("——苏轼《石苍舒醉墨堂》\n\n下文。\n", []),                                 # nothing quoted before
    ("他问：“你去过吗？”\n\n——从来没有\n\n下文。\n", []),                   # a reply, not a source
    ("会议强调要稳就业。\n\n——精准施策稳就业\n\n下文。\n", []),               # a subhead after a dash
    ("我爱这土地。\n\n假如我是一只鸟\n\n我也应该用嘶哑的喉咙歌唱\n\n1938年11月17日\n", []),  # a poem's lines
    ("他写道。\n\n看芦苇在风里轻轻弯腰\n\n像母亲在灶台前俯身。\n\n炊烟升起又散开\n\n那是故乡\n\n2019年10月20日\n", []),
    ("车辆运行时开窗通风。\n\n滁州市新冠肺炎疫情防控\n\n应急指挥部办公室\n\n2020年2月20日\n",    # a long name
     ["滁州市新冠肺炎疫情防控", "应急指挥部办公室", "2020年2月20日"]),                                # on two lines
    ("请家长配合。\n\n郑州市第一中学\n\n2024年9月1日\n", ["郑州市第一中学", "2024年9月1日"]),
    ("诗写于秋天。\n\n那是故乡\n\n2019年10月\n", []),                        # a month's date: a poem's
    ("“希望本是无所谓有，无所谓无的。”\n\n——鲁迅\n\n下文。\n", ["——鲁迅"]),    # a name alone after a quotation
    ("“学而时习之。”\n\n——《论语·学而》\n\n下文。\n", ["——《论语·学而》"]),
    ("“生存还是毁灭。”\n\n——〔英〕莎士比亚\n\n下文。\n", ["——〔英〕莎士比亚"]),
    ("它将永远是一颗明亮巨星！\n\n——斯塔索夫：《文集》\n\n下文。\n", ["——斯塔索夫：《文集》"]),   # a colon too
    ("I AM IN SHAMBLES. t.co/q1n5Z\n\n— Taylor Swift (@taylorswift13)\n\n下文。\n",   # an English
     ["— Taylor Swift (@taylorswift13)"]),                                       # quotation's
    ("He said it twice.\n\n— and then he left\n\n下文。\n", []),                 # (a sentence)
    ("他说了两遍。\n\n— Taylor Swift (@taylorswift13)\n\n下文。\n", []),      # (after Chinese)
    ("感谢广大读者的支持！\n\n——编者\n", ["——编者"]),                           # an editor's note
    ("他说：“好。”\n\n——编者按语\n", []),
    # a reader's letter signed in brackets: place, name and calling
    ("北京的供暖却是一点也不心疼。\n\n（北京　范海浪　研一）\n\n下一封。\n", ["（北京　范海浪　研一）"]),
    ("他说，要节约能源。\n\n（详见第五版）\n\n下文。\n", []),                # no blanks: no signature
    # a credit typed as the copy's last lines, flush right as a byline is
    ("过往市民给予高度评价。\n\n记者　鲁慧\n\n通讯员　李兆宏　文/图\n", ["记者　鲁慧", "通讯员　李兆宏　文/图"]),
    ("街道负责人表示欢迎。\n\n记者　鲁慧　通讯员　刘赢\n", ["记者　鲁慧　通讯员　刘赢"]),
    ("分列4-6位。\n\n文/北京青年报记者 褚鹏\n\n编辑/张颖川\n", ["文/北京青年报记者　褚鹏", "编辑/张颖川"]),
    ("让爱国主义精神薪火相传，使\n\n校对 刘亚杰\n\n统筹 李 鑫\n\n审读 李玉冰\n\n编辑:许璐瑶\n",   # the desk's,
     ["校对　刘亚杰", "统筹　李　鑫", "审读　李玉冰", "编辑：许璐瑶"]),                  # after copy cut off
    ("工作人员名单如下：\n\n编辑 张三\n\n校对 李四\n", []),          # (a list after a colon)
    ("河南日报客户端记者 李凤虎\n\n3月29日，省公安厅发布消息。\n", ["河南日报客户端记者　李凤虎"]),   # above the text
    ("河南日报客户端记者 李凤虎\n\n3月29日，省公安厅发布消息。\n\n编辑 王紫仪\n",
     ["河南日报客户端记者　李凤虎", "编辑　王紫仪"]),                            # (and under it)
    ("记者了解到\n\n3月29日，省公安厅发布消息。\n", []),
    ("记者 赵文静 王治 文 李焱 周甬 图\n\n3月5日，河南代表团开放团组活动。\n",       # (the writers,
     ["记者　赵文静　王治　文　李焱　周甬　图"]),                                 # then the photographers)
    ("记者　观察\n\n近日，记者走访了市区多个农贸市场。\n", []),              # (a column's name)
    ("记者　肖雅文\n\n近日，记者走访了市区多个农贸市场。\n", ["记者　肖雅文"]),
    ("□大河报·豫视频记者 谭萍\n\n近日，记者走访了市区多个农贸市场。\n", ["□大河报·豫视频记者　谭萍"]),   # (a box before)
    ("本报记者　牛书杰　通讯员　靳晓东\n\n近日，记者走访了市区多个农贸市场。\n", ["本报记者　牛书杰　通讯员　靳晓东"]),
    ("会议要求压实责任。\n\n统筹：刘洋\n\n记者　张三\n\n摄像　王五\n\n编辑：赵六\n\n校对：钱七\n\n审核：孙八\n",   # (a web
     ["统筹：刘洋", "记者　张三", "摄像　王五", "编辑：赵六", "校对：钱七", "审核：孙八"]),                       # page's tail)
    ("会议要求压实责任。\n\n（完）\n\n记者　张三\n\n编辑　李四\n", ["记者　张三", "编辑　李四"]),
    ("会议要求压实责任。\n\n图为会议现场\n\n记者　张三　摄\n\n编辑　李四\n", ["记者　张三　摄", "编辑　李四"]),
    ("成立本刊编委会，名单如下\n\n主编　张三\n\n副主编　李四\n\n编辑　王五\n\n校对　赵六\n\n美编　孙七\n", []),
    ("经评选，现予以表彰。\n\n二、优秀编辑\n\n要闻部编辑　赵志刚\n\n经济部编辑　孙丽娟\n", []),   # (lists)
    ("记者：您有什么寄语？\n\n主编：多读书，读好书。\n\n记者：谢谢您接受我们的采访。\n\n主编：不客气\n", []),
    ("工作很顺利，\n\n编辑 张三\n", []),                              # (one line: after a sentence only)
    ("街道负责人表示欢迎。\n\n记者了解到\n", []),                  # (words, not a credit)
    ("这是我们的心愿。\n\n记者：谢谢您\n", []),                     # (an interview's last words)
    ("他说。\n\n记者　热烈欢迎\n", []),
    # a source's line and a credit in brackets close a story's copy too
    ("古特雷斯说。\n\n来源：中新社\n\n责任编辑：杨健\n", ["来源：中新社", "责任编辑：杨健"]),
    ("他说。\n\n【编辑：叶圣凡】\n", ["【编辑：叶圣凡】"]),
    ("他说。\n\n新闻来源：ETToday\n", ["新闻来源：ETToday"]),
    ("他说来源：很多。\n\n后文。\n", []),
    # a notice's contact under its date: the signature and date flush right all the same
    ("不予补偿。\n\n特此公告\n\n平塘县人民政府\n\n2021年11月30日\n\n（联系人：石润；联系电话：7221496）\n",
     ["平塘县人民政府", "2021年11月30日"]),
    ("不予补偿。\n\n特此公告\n\n平塘县人民政府\n\n2021年11月30日\n\n联系人：石润\n\n联系电话：7221496\n",
     ["平塘县人民政府", "2021年11月30日"]),
    ("不予补偿。\n\n特此公告\n\n平塘县人民政府\n\n2021年11月30日\n\n市民可前往附近的社区办理\n", []),   # (text after)
    # a letter signed with no date: the line or two after its closing words
    ("万分感谢!\n\n此致\n\n敬礼!\n\n高 颖敬上\n", ["高　颖敬上"]),
    ("谢谢。\n\n此致\n\n敬礼！\n\n您的学生\n\n李明\n", ["您的学生", "李明"]),
    ("谢谢。\n\n顺颂商祺\n\n郑州某某有限公司\n", ["郑州某某有限公司"]),
    ("谢谢。\n\n此致\n\n敬礼！\n\n记者了解到，这封信已发往\n", []),          # (a sentence after)
    ("谢谢。\n\n此致\n\n敬礼！\n\n甲\n\n乙\n\n丙\n", []),                  # (three lines: text)
    ("各项事业取得新的成绩。\n\n谨致谢忱！\n\n谢谢大家\n", []),                   # (a speech's end)
    ("我们默默伫立。\n\n此致\n\n敬礼！\n\n英雄不朽\n", []),                      # (no signer's name)
    ("办好每一期报纸。\n\n此致\n\n敬礼！\n\n（完）\n", []),
    ("办好每一期报纸。\n\n此致\n\n敬礼！\n\n谢谢大家\n", []),                   # (no name: a surname's
    ("办好每一期报纸。\n\n此致\n\n敬礼！\n\n万事如意\n", []),                   # character starts it)
    ("办好每一期报纸。\n\n此致\n\n敬礼！\n\n一群受助的学生\n", ["一群受助的学生"]),
    ("办好每一期报纸。\n\n此致\n\n敬礼！\n\n谢晓峰\n", ["谢晓峰"]),                   # (names whose characters
    ("办好每一期报纸。\n\n此致\n\n敬礼！\n\n王家豪\n", ["王家豪"]),                   # are in 谢谢大家)
])
def test_a_signature_and_its_date_are_set_flush_right(tmp_path, body, flush_right):
    page = make_page(tmp_path, "page:\n  column_chars: 20\n  columns: 4\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 通知\n---\n" + body})
    lines = body_lines(layout_page(page))
    assert all(ln.last for ln in lines)
    # (indented 2 字: an opening mark's or a dash's glyph may be drawn a little off its slot)
    indented = [abs(ln.glyphs[0][0] - (ln.x0 + 2 * ln.size)) < 0.55 * ln.size for ln in lines]
    flush = [ln.right == pytest.approx(ln.x0 + ln.measure) for ln in lines]
    assert [ln.text for ln, i, f in zip(lines, indented, flush) if f and not i] == flush_right
    assert all(i for ln, i in zip(lines, indented) if ln.text not in flush_right)   # the others: 2 字 in


@pytest.mark.parametrize("body, first", [
    ("万分感谢！\n\n此致\n\n敬礼!\n\n高 颖敬上\n", "敬礼！"),
    ("万分感谢！\n\n此致\n\n敬礼\n\n高 颖敬上\n", "敬礼"),
    ("万分感谢！\n\n我们向他敬礼！\n\n下文。\n", None),         # (not after 此致: a sentence)
])
def test_a_letters_greeting_after_its_closing_words_starts_its_line(tmp_path, body, first):
    # (书信格式: 此致 2 字 in, 敬礼 at the line's start, 顶格)
    page = make_page(tmp_path, "page:\n  column_chars: 20\n  columns: 4\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 来信\n---\n" + body})
    lines = [i for i in layout_page(page).display.items if isinstance(i, TextLine) and i.kind in ("body", "verse")]
    at_start = [ln.text for ln in lines if ln.glyphs[0][0] == pytest.approx(ln.x0)]
    assert at_start == ([first] if first else [])
    closing = [ln for ln in lines if ln.text == "此致"]
    assert len(closing) == (1 if first else 0)
    assert all(ln.glyphs[0][0] == pytest.approx(ln.x0 + 2 * ln.size) for ln in closing)     # (2 字 in)


def test_verse_gives_up_an_opening_brackets_blank_at_its_lines_start(tmp_path):
    # (its lines are inset from the column's edge: the bracket's ink lines up with the others',
    # and a line that fills the measure with its blank given up does not turn over,
    # 《被淹没与被 | 拯救的》; text set flush left at the edge, a table's row, keeps its blank)
    body = ("评审团纵论这一季的新书好书。\n\n【2013春季好书】\n文学\n《九种忧伤》鲁敏\n《繁花》金宇澄\n"
            "《文学回忆录》木心\n《被淹没与被拯救的》普里莫·莱维\n社科历史\n《邓小平时代》傅高义\n")
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 好书\n---\n" + body})
    lines = [i for i in layout_page(page).display.items if isinstance(i, TextLine) and i.kind == "verse"]
    assert "《被淹没与被拯救的》" in [ln.text for ln in lines]
    starts = {ln.text: (ln.glyphs[0][0] - ln.x0) / ln.size for ln in lines}
    assert starts["《繁花》金宇澄"] == pytest.approx(starts["文学"] - 0.5)


# verse quoted a line (or a couplet) a paragraph: ragged, broken at its pauses, every line 2 字 in

@pytest.mark.parametrize("body, verse", [
    ("黄景仁写道：\n\n几回花下坐吹箫，银汉红墙入望遥。\n\n似此星辰非昨夜，为谁风露立中宵。\n\n下文。\n",
     ["几回花下坐吹箫，", "银汉红墙入望遥。", "似此星辰非昨夜，", "为谁风露立中宵。"]),
    ("韩愈写道：\n\n长安百万家，出门无所之。\n\n岂敢尚幽独，与世实参差。\n\n下文。\n",
     ["长安百万家，", "出门无所之。", "岂敢尚幽独，", "与世实参差。"]),
    ("黄景仁写道：\n\n几回花下坐吹箫，银汉红墙入望遥。\n\n下文。\n", []),       # a couplet alone: prose
    ("他说：\n\n今天天气很好，我们去公园吧。\n\n明天下雨了，我们留在家里。\n\n下文。\n", []),   # halves unequal
    ("她想：\n\n母亲没有说话，只是看着窗外。\n\n父亲也不说话，只是看着门口。\n\n下文。\n", []),   # prose (6 + 6)
    ("杜牧写道：\n\n清明时节雨纷纷，路上行人欲断魂。\n\n借问酒家何处有？牧童遥指杏花村。\n\n下文。\n",
     ["清明时节雨纷纷，", "路上行人欲断魂。", "借问酒家何处有？", "牧童遥指杏花村。"]),
])
def test_verse_is_set_ragged_and_broken_at_its_pauses(tmp_path, body, verse):
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 读诗\n---\n" + body})
    layout = layout_page(page)
    lines = [i for i in layout.display.items if isinstance(i, TextLine) and i.kind == "verse"]
    assert [ln.text for ln in lines] == verse
    columns = {round(x, 2) for x, _ in layout.display.grid.columns}
    for ln in lines:
        assert ln.glyphs[0][0] == pytest.approx(ln.x0)
        assert round(ln.x0 - 2 * ln.size, 2) in columns                     # every line 2 字 in
        assert ln.right < ln.x0 + ln.measure - ln.size                      # ragged, not spread
    assert layout.quality.violations == 0
    assert not [f for f in layout.findings if f.code in ("short-line", "unfinished", "loose-line")]


# modern verse, typed one line a line or one a paragraph: each line as the poet broke it, 2 字
# in, ragged; a line too long for the column turns over 2 字 further in

@pytest.mark.parametrize("body", [
    "不要再说什么\n亲爱的人\n今夜就让我望着这牙弯弯的月亮喝一杯烈酒吧\n不要阻挡\n我在弯弯的月亮下\n潜行\n",
    "不要再说什么\n\n亲爱的人\n\n今夜就让我望着这牙弯弯的月亮喝一杯烈酒吧\n\n不要阻挡\n\n我在弯弯的月亮下\n\n潜行\n",
])
def test_modern_verse_keeps_its_lines_and_turns_over_further_in(tmp_path, body):
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 弯弯的月亮\n---\n" + body})
    layout = layout_page(page)
    lines = [i for i in layout.display.items if isinstance(i, TextLine) and i.story == "a" and i.kind != "title"]
    columns = sorted(round(x, 2) for x, _ in layout.display.grid.columns)
    # (how far in each line starts, in 字 from its column's edge: its first glyph's place)
    inset = [round((ln.glyphs[0][0] - max(c for c in columns if c <= ln.x0 + 0.01)) / ln.size, 2) for ln in lines]
    assert [(ln.text, i) for ln, i in zip(lines, inset)] == [
        ("不要再说什么", 2.0), ("亲爱的人", 2.0),
        ("今夜就让我望着这", 2.0), ("牙弯弯的月亮", 4.0), ("喝一杯烈酒吧", 4.0),     # the turnovers 2 字 further in
        ("不要阻挡", 2.0), ("我在弯弯的月亮下", 2.0), ("潜行", 2.0)]
    assert all(ln.kind == "verse" and ln.glyphs[0][0] == pytest.approx(ln.x0) for ln in lines)
    assert all(ln.right < ln.x0 + ln.measure - ln.size / 2 for ln in lines)          # ragged, not spread
    assert layout.quality.violations == 0


@pytest.mark.parametrize("body, poem", [
    # a poem typed a line a line: its lines are verse, the prose around it is not
    ("他在信中写道：\n\n床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。\n\n这首诗写出了游子浓浓的思乡之情，读来令人动容。\n\n"
     "李白一生漂泊，写下了大量诗篇。\n", ["床前明月光，", "疑是地上霜。", "举头望明月，", "低头思故乡。"]),
    # a modern poem one line a paragraph, introduced, its lines ending with commas
    ("他在诗中写道：\n\n假如我是一只鸟，\n\n我也应该用嘶哑的喉咙歌唱：\n\n这被暴风雨所打击着的土地，\n\n"
     "这永远汹涌着我们的悲愤的河流，\n\n这无止息地吹刮着的激怒的风，\n\n下文是评论，不是诗。\n",
     ["假如我是一只鸟，", "我也应该用嘶哑的喉咙歌唱：", "这被暴风雨所打击着的土地，", "这永远汹涌着我们的悲愤的河流，",
      "这无止息地吹刮着的激怒的风，"]),
    # a short sentence after a poem typed a line a line is prose
    ("床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。\n\n这是一首诗。\n\n台下掌声雷动。\n",
     ["床前明月光，", "疑是地上霜。", "举头望明月，", "低头思故乡。"]),
    # not verse: short sentences a paragraph each, five or seven characters some of them
    ("那天晚上，老李很晚才回家。\n\n他推开门。\n\n屋里没有人。\n\n桌上放着一封信。\n\n信上只有一句话。\n\n他愣住了。\n", []),
    # not verse: clauses a paragraph for a phone's screen, not introduced
    ("这个春节，\n\n很多郑州人选择留在本地过年。\n\n记者走访发现，\n\n商场、景区、电影院人气火爆，\n\n"
     "不少餐馆的年夜饭早在一个月前就已订满。\n", []),
    # not verse: a table's headings typed a line each, then numbered items
    ("3.1 本次招标要求投标人必须同时具备的资格要求详见下表:\n项目\n资格审查条件最低要求\n资质等级\n"
     "1、投标人应具有独立法人资格及有效的营业执照;\n2、工程设计综合类资质甲级或者铁道行业乙级(设计行业资质)及以上;\n"
     "3、工程勘察综合类资质甲级或者岩土工程甲级及以上。\n", []),
])
def test_verse_among_prose_is_told_from_the_prose_around_it(tmp_path, body, poem):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 读诗\n---\n" + body})
    story = layout_page(page).page.sections[0].stories[0]
    assert [p.text for p in story.paragraphs if p.align == "poem"] == poem


def test_a_quotation_left_open_in_a_poem_is_said_where_it_opens(tmp_path):
    body = "他写道：\n\n“我爱这土地，\n这永远汹涌着我们的悲愤的河流，\n我爱这天空，\n和那来自林间的无比温柔的黎明，\n\n这首诗感情真挚。\n"
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 读诗\n---\n" + body})
    found = [(f.line, f.message) for f in layout_page(page).findings if f.code == "unpaired"]
    assert found == [(6, "“ not closed: “我爱这土地，…")]


@pytest.mark.parametrize("body, expected", [
    # a quotation the first paragraph leaves open: the second's first " closes it
    ('依照规定:"经营者履行了查验义务的,可以免予处罚;\n\n造成损害的,依法承担赔偿责任"和《规则》第一项:"违法产品应当没收。"\n',
     "造成损害的，依法承担赔偿责任”和《规则》第一项：“违法产品应当没收。”"),
    # closed in the first: the second is read as its quotes' places say
    ('他说:"好。"\n\n他们称之为"拦路虎"和"绊脚石"。\n', "他们称之为“拦路虎”和“绊脚石”。"),
    # a paragraph with no quote between carries nothing on: a “ a typo left open two paragraphs
    # before does not turn the quotes after it
    ('他说：“要守住底线。\n\n会议还研究了其他事项。\n\n她称之为"拦路虎"的难题有三个。\n',
     "她称之为“拦路虎”的难题有三个。"),
])
def test_a_quotation_left_open_is_carried_into_the_next_paragraph(tmp_path, body, expected):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 通知\n---\n" + body})
    story = layout_page(page).page.sections[0].stories[0]
    assert story.paragraphs[-1].text == expected


def test_an_escaped_carriage_return_parts_the_paragraph_and_does_not_print(tmp_path):
    body = "法律依据:《中华人民共和国民法典》第一千零八十五条_x000D_\n【离婚后子女抚养费的负担】离婚后，另一方应当负担抚养费。_x000D_\n"
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 抚养费\n---\n" + body})
    layout = layout_page(page)
    story = layout.page.sections[0].stories[0]
    assert [p.text for p in story.paragraphs] == ["法律依据：《中华人民共和国民法典》第一千零八十五条",
                                                  "【离婚后子女抚养费的负担】离婚后，另一方应当负担抚养费。"]
    said = [f for f in layout.findings if f.code == "normalised" and "escaped carriage return" in f.message]
    assert len(said) == 2
    assert not [f for f in layout.findings if f.code == "unfinished"]


def test_html_pasted_with_the_copy_parts_paragraphs_and_prints_no_tag(tmp_path):
    body = ('第一段。\n\n<p class="ql-block">外出旅游,</p><p class="ql-block">单就兴趣而言,我喜欢去小镇。</p>\n'
            "第8版(副刊)<br/>专栏:<br/><br/>神奇的红土地<br/>\n")
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 通知\n---\n" + body})
    layout = layout_page(page)
    story = layout.page.sections[0].stories[0]
    assert [(p.text, p.source.line) for p in story.paragraphs] == [
        ("第一段。", 4), ("外出旅游，", 6), ("单就兴趣而言，我喜欢去小镇。", 6), ("第8版（副刊）", 7), ("专栏：", 7),
        ("神奇的红土地", 7)]
    printed = "".join(i.text for i in layout.display.items if isinstance(i, TextLine) and i.story == "a")
    assert "<" not in printed and ">" not in printed and "ql-block" not in printed
    removed = [f.message for f in layout.findings if f.code == "normalised" and "HTML tag" in f.message]
    assert len(removed) == 8 and any("'<p class=\"ql-block\">'" in m for m in removed)


@pytest.mark.parametrize("chars, head", [
    (13, ["——2009年3月25日在市十", "三届人大常委会第1次会议上", "郑州市人民政府市长　赵建才"]),
    (11, ["——2009年3月25日", "在市十三届人大常委会", "第1次会议上", "郑州市人民政府市长", "赵建才"]),
])
def test_a_speechs_note_and_speaker_are_centred_not_indented(tmp_path, chars, head):
    body = ("——2009年3月25日在市十三届人大常委会第1次会议上\n\n郑州市人民政府市长 赵建才\n\n"
            "主任、各位副主任、秘书长、各位委员：\n\n现就提请市人大常委会任命张学军等29名同志职务的情况作如下说明。\n")
    page = make_page(tmp_path, f"page:\n  column_chars: {chars}\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 说明\n---\n" + body})
    layout = layout_page(page)
    lines = [i for i in layout.display.items if isinstance(i, TextLine) and i.story == "a" and i.kind in ("body", "verse")]
    assert [ln.text for ln in lines[:len(head)]] == head
    for ln in lines[:len(head)]:      # (each centred: full, or as much room left as right)
        left, right = ln.glyphs[0][0] - ln.x0, ln.x0 + ln.measure - ln.right
        assert abs(left - right) < 0.6 * ln.size, ln.text
    assert lines[len(head)].glyphs[0][0] == pytest.approx(lines[len(head)].x0 + 2 * lines[len(head)].size, abs=1)
    assert not [f for f in layout.findings if f.code in ("unfinished", "short-line", "loose-line")]


@pytest.mark.parametrize("body, centred", [
    ("——在全市经济工作会议上的讲话\n\n（2024年1月20日）\n\n市长　何雄\n\n同志们：\n\n"
     "今天召开全市经济工作会议，主要任务是总结去年工作，分析当前形势，部署今年的经济工作。\n",
     ["——在全市经济工作会议上的讲话", "（2024年1月20日）", "市长　何雄"]),
    ("今天召开会议。\n\n——在全市经济工作会议上的讲话\n\n同志们好。\n", []),        # (not heading the text)
    ("他说：\n\n——在会上的讲话要短\n\n大家都同意。\n", []),                       # (no meeting's name)
    ("市长　何雄\n\n今天召开会议。\n", []),                                         # (no note beside it)
])
def test_what_heads_a_speech(tmp_path, body, centred):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 说明\n---\n" + body})
    story = layout_page(page).page.sections[0].stories[0]
    assert [p.text for p in story.paragraphs if p.align in ("note", "center")] == centred


@pytest.mark.parametrize("row, fields", [
    ("发布时间:2025-07-11 08:51 来源:郑州日报", ["发布时间：2025-07-11 08:51", "来源：郑州日报"]),
    ("作者：张章　来源：中国科学报　发布时间：2017/9/20 9:53:45", ["作者：张章", "来源：中国科学报", "发布时间：2017/9/20 9:53:45"]),
    ("日期：2024-03-11", ["日期：2024-03-11"]),                              # (a timestamp)
    ("信息发布时间:2016-12-02", ["信息发布时间：2016-12-02"]),
    ("• 发布时间:2016-03-03 08:52:42  来源:中国新闻网", ["●发布时间：", "2016-03-03 08:52:42", "来源：中国新闻网"]),
    ("落雪阙尘凌云羡 2022-07-05 11:09:09", ["落雪阙尘凌云羡", "2022-07-05 11:09:09"]),     # (a web answer's head)
    ("帅哥 发表于 2009-9-11 11:09:04", ["帅哥　发表于", "2009-9-11 11:09:04"]),    # (a forum post's, 发表于 between)
    ("时间：2024.6.1 9:00—11:30", []),                                        # (a notice's)
    ("时间：2025-07-11 08:51　编辑：张三", ["时间：2025-07-11 08:51", "编辑：张三"]),
    ("笔试安排如下：\n\n笔试结束 2024-07-06 11:30", []),                        # (a schedule's row)
    ("发表时间:  2025-10-01来源:  河南日报", ["发表时间：2025-10-01", "来源：河南日报"]),
    ("来源：新华社", []),                                                    # (a credit)
    ("时间：2024年3月5日上午9时，地点：市政府", []),                          # (a notice's)
    ("作者：张三　编辑：李四", []),                                           # (no web page's only)
    ("发布时间:2020-12-30 19:37:32 【编辑:李骏】", ["发布时间：", "2020-12-30 19:37:32", "【编辑：李骏】"]),  # (【 with its field)
    ("2012-09-26 15:22:00 来源: 河南日报", ["2012-09-26 15:22:00", "来源：河南日报"]),   # (a timestamp first)
    ("2023-08-18 22:01:07", ["2023-08-18 22:01:07"]),                       # (a page's timestamp alone)
    ("20.05.2022  07:08", ["20.05.2022 07:08"]),
    ("2012-09-26 15:22:00 作者: 张三", []),                                 # (no web page's only label)
    ("来源:新华网2022-09-21 08:14", ["来源：新华网", "2022-09-21 08:14"]),       # (the source before the time)
    ("更新时间：12:20 2025-11-30 HKT", ["更新时间：", "12:20 2025-11-30 HKT"]),  # (the time first, a zone)
    ("2021年03月05日 06:39:28 | 来源:央视新闻", ["2021年03月05日06:39:28", "来源：央视新闻"]),   # (a bar between)
    ("时间:2022年10月21日 18:46:26 中财网", ["时间：2022年10月", "21日18:46:26中财网"]),   # (to the second)
    ("公告日期:2023-11-21", ["公告日期：2023-11-21"]),
    ("证券时报·2025-09-18 08:20", ["证券时报·2025-09-18 08:20"]),      # (a source's name, a dot)
    # (a counter pasted empty, its fields typed solid: not 2023-03-21访 | 问次数)
    ("发布日期:2023-03-21访问次数: 信息来源:东阳市政府", ["发布日期：2023-03-21", "访问次数：", "信息来源：东阳市政府"]),
    ("时间:2023-03-21地点: 来源:东阳市政府", []),                          # (not a counter's label)
    ("时间:2020-03-05 12:10:35  来源:  作者:", ["时间：2020-03-05 12:10:35", "来源：", "作者："]),  # (beside a timestamp)
    ("商界 | 2026-03-13 15:46:52 原创", ["商界 |2026-03-13", "15:46:52原创"]),   # (a column's name, a bar)
])
def test_a_web_pages_row_of_fields_is_set_a_field_a_line_flush_left_and_said(tmp_path, row, fields):
    body = f"{row}\n\n7月10日，市政协召开十五届十四次常委会会议。市政协主席杜新军主持会议并讲话。\n"
    page = make_page(tmp_path, "page:\n  column_chars: 13\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 通知\n---\n" + body})
    layout = layout_page(page)
    lines = [i for i in layout.display.items if isinstance(i, TextLine) and i.kind in ("body", "verse")]
    # (flush left: the first glyph at the line's start, or its blank half before it, 【)
    flush_left = [ln.text for ln in lines if -0.6 * ln.size < ln.glyphs[0][0] - ln.x0 < 0.3 * ln.size
                  and ln.kind == "verse"]
    assert flush_left == fields
    assert all(abs(ln.glyphs[0][0] - ln.x0 - 2 * ln.size) < 0.3 * ln.size for ln in lines if ln.kind == "body" and
               ln.text.startswith(("7月", row[:2])))     # (the text after, and a row that is none: 2 字 in)
    said = [f for f in layout.findings if f.code == "web-fields"]
    assert [(f.severity, f.line) for f in said] == ([("warning", 4)] if fields else [])
    assert not fields or not [f for f in layout.findings if f.code in ("short-line", "loose-line", "unfinished")]


def test_a_timestamp_after_a_fields_label_is_its_value_not_a_web_pages_field(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 通知\n---\n笔试安排如下。\n\n笔试开始时间：\n\n2024-07-06 09:00\n"})
    assert [f for f in layout_page(page).findings if f.code == "web-fields"] == []


def test_a_pdfs_wraps_in_text_flattened_into_one_line_are_taken_out_of_each_piece(tmp_path):
    # (parted into paragraphs at its spaced sentence ends; each piece holds one wrap blank, too
    # few alone, but the whole line had three)
    body = ("投票反对这一行动的是斯蒂芬·米兰,他倾向于在本次会议上将联邦基金利率的目 标区间下调50个基点。 美联储在发布的声明中表示,最近的指标表明,"
            "今年上半年经济活动增长放缓。就业增长放缓,失业率 略有上升,但仍处于低位。 如果出现可能妨碍实 现目标的风险,"
            "委员会将准备酌情调整货币政策立场。\n")
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 美联储\n---\n" + body})
    layout = layout_page(page)
    texts = [p.text for p in layout.page.sections[0].stories[0].paragraphs]
    assert len(texts) == 3 and not any(" " in t or "\u3000" in t for t in texts)
    assert "目标区间" in texts[0] and "失业率略有上升" in texts[1] and "妨碍实现目标" in texts[2]
    removed = [f for f in layout.findings if f.code == "removed"]
    assert len(removed) == 3 and all("PDF's line wrap" in f.message for f in removed)


@pytest.mark.parametrize("body, cuts", [
    ("货币供应量2023年12月份:128194.2013.00%3.23%1113069.001.20%3.41%。\n", 2),   # (a run longer than a column)
    ("联系电话:0371-65888888,地址:郑州市金水路1号,统一社会信用代码91440101712412249C。\n", 0),
])
def test_a_word_or_number_cut_across_lines_is_said(tmp_path, body, cuts):
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 通知\n---\n" + body})
    layout = layout_page(page)
    found = [f.message.split(": ", 1)[1] for f in layout.findings if f.code == "cut"]
    assert len(found) == cuts
    # (each names the number's end on the line and its start on the next, as printed)
    lines = [i.text for i in layout.display.items if isinstance(i, TextLine) and i.kind == "body"]
    for said in found:
        before, after = said.split(" | ")
        assert any(a.endswith(before) and b.lstrip("\u3000 ").startswith(after) for a, b in zip(lines, lines[1:]))
        assert before[-1].isdigit() or before[-1] in ".%", said


@pytest.mark.parametrize("rows, table", [
    ("线路 首末站 运营时间 配车(台) 备注\n春运专线1号线 G107小刘庄-火车站西广场 直达线路 7:00-19:00 5 服务龙湖大学城各高校\n"
     "春运专线2号线 汽车客运东站-火车站 直达线路 7:00-19:00 5 服务汽车客运东站\n"
     "春运专线3号线 客运新北站-火车站西广场 直达线路 7:00-19:00 10 服务客运新北站\n", 4),
    ("张伟　李娜　王建国\n刘洋　陈静　杨帆\n赵磊　黄敏　周杰\n", 0),                # (rows of names: no figures)
    ("春运专线1号线 G107小刘庄-火车站西广场 直达线路 7:00-19:00 5\n春运专线2号线 汽车客运东站-火车站 直达线路 7:00-19:00 5\n", 0),
    ("| 冬前 | 尿素 | 5~8kg |\n| 拔节期 | 尿素 | 10~15kg |\n| 抽穗期 | 磷酸二氢钾 | 100g |\n", 3),   # (| rows: said once too)
    # (| rows of words or of no data, -- kept as typed: flush left too, not justified)
    ("| 城镇建成区面积 | 平方公里 | -- | -- | -- |\n| 年平均气温 | 摄氏度 | 22.3 | 21.8 | 22.8 |\n", 2),
    # (rows whose first bar a web page's copy lost: a row a line all the same, not run together)
    ("公示平台 | 国家企业信用信息公示系统（http://www.gsxt.gov.cn） |\n公示时间 | 一般为15个工作日 |\n", 2),
])
def test_a_tables_rows_typed_with_blanks_are_set_flush_left_and_said(tmp_path, rows, table):
    body = f"详细运营情况如下：\n\n{rows}\n据了解，这些专线将运营到2月底。\n"
    page = make_page(tmp_path, "page:\n  column_chars: 13\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 通知\n---\n" + body})
    layout = layout_page(page)
    story = layout.page.sections[0].stories[0]
    assert len([p for p in story.paragraphs if p.align == "start"]) == table
    said = [(f.line, f"({table} rows" in f.message) for f in layout.findings if f.code == "table"]
    assert said == ([(6, True)] if table else [])
    assert not table or not [f for f in layout.findings if f.code in ("unfinished", "loose-line", "paragraph-edge")]
    assert "——" not in "".join(p.text for p in story.paragraphs)


@pytest.mark.parametrize("chars, lines", [
    (13, ["河南省", "交通运输发展集团有限公司", "郑州分公司路产管理部", "河南省公安厅", "高速公路交通警察总队二支队",
          "2023年11月6日"]),
    (11, ["河南省", "交通运输发展集团", "有限公司郑州分公司", "路产管理部", "河南省公安厅", "高速公路交通警察总队",
          "二支队", "2023年11月6日"]),
])
def test_a_long_signature_breaks_after_the_parts_of_its_name(tmp_path, chars, lines):
    body = ("上述封闭车道养护施工期间，行驶车辆请就近选择其他收费站绕行。\n\n河南省交通运输发展集团有限公司郑州分公司路产管理部\n\n"
            "河南省公安厅高速公路交通警察总队二支队\n\n2023年11月6日\n")
    page = make_page(tmp_path, f"page:\n  column_chars: {chars}\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 通告\n---\n" + body})
    got = [ln for ln in body_lines(layout_page(page)) if not ln.text.startswith(("上述", "时间", "行驶", "绕行", "就近"))]
    got = got[-len(lines):]
    assert [ln.text for ln in got] == lines
    assert all(ln.right == pytest.approx(ln.x0 + ln.measure) for ln in got)      # each flush right


@pytest.mark.parametrize("name, lines", [
    ("郑州市城市管理局市容环境卫生处", ["郑州市城市管理局", "市容环境卫生处"]),        # (not 市 | 容)
    ("郑州市政务服务和大数据管理局", ["郑州市", "政务服务和大数据管理局"]),
    ("中国人民解放军某部队后勤保障处", ["中国人民解放军某部队", "后勤保障处"]),        # (not 部 | 队)
    ("中国人民武装警察部队郑州支队", ["中国人民武装警察部队", "郑州支队"]),
])
def test_a_signature_is_not_broken_inside_a_word_that_ends_like_a_part(tmp_path, name, lines):
    body = f"特此通告。\n\n{name}\n\n2024年3月1日\n"
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 通告\n---\n" + body})
    got = [ln.text for ln in body_lines(layout_page(page))]
    assert got[1:-1] == lines


def test_a_blank_a_pdfs_wrap_left_inside_a_sentence_is_taken_out_with_a_warning(tmp_path):
    body = ("会议听取了常务主席宋书杰关于工作报告审议情况的汇报,大会 主席团常务主席周亚民关于法院、检察院工作报告审议情"
            "况的汇报,大会计划审查委 员会主任委员宋洁关于规划纲要草案及其计划审查结果的汇报,大会预算审查委员会 主任委员朱河顺。\n")
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 会议\n---\n" + body})
    layout = layout_page(page)
    printed = "".join(i.text for i in layout.display.items if isinstance(i, TextLine) and i.story == "a")
    assert "大会主席团" in printed and "审查委员会主任" in printed and "委员会主任委员朱" in printed
    said = [f for f in layout.findings if f.code == "removed"]
    assert [(f.severity, f.line, f.extra["before"]) for f in said] == [("warning", 4, " ")] * 3
    assert "line wrap" in said[0].message and "大会 主席团" in said[0].message


def test_a_story_of_a_pictures_file_name_only_is_set_with_nothing_but_said(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\n---\n1.jpg\n"})
    layout = layout_page(page)
    assert not [i for i in layout.display.items if isinstance(i, TextLine) and i.story == "a" and i.kind == "body"]
    assert [f.line for f in layout.findings if f.code == "removed"] == [4]


def test_a_single_blank_inside_a_sentence_is_kept_and_said(tmp_path):
    body = "大会主席团常务主席安伟、周富强、宋洁、魏东、李芳在主席 台就座。周富强主持会议，主席团其他成员出席会议。\n"
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 会议\n---\n" + body})
    layout = layout_page(page)
    printed = "".join(i.text for i in layout.display.items if isinstance(i, TextLine) and i.story == "a")
    assert "在主席\u3000台就座" in printed          # (one alone may mean something: kept)
    said = [f for f in layout.findings if f.severity == "warning" and "line wrap?" in f.message]
    assert len(said) == 1 and "在主席 台就座" in said[0].message


@pytest.mark.parametrize("body", [
    "第一条 为了做好长春市人民代表大会常务委员会任免国家机关工作人员的工作，依据有关法律、法规的规定，结合本市实际，制定本办法。\n",
    "第十二条 市人大常委会任免的国家机关工作人员，在决定任免前，不得到职、离职，不得对外公布，以决定任免的时间为准。\n",
    "7月2日 全省防汛工作会议召开，会议要求，各地要压实责任，加强值班值守，确保安全度汛。\n",     # (a chronicle's date)
])
def test_a_blank_after_a_paragraphs_label_is_a_yizikong_not_a_pdfs_wrap(tmp_path, body):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 办法\n---\n" + body})
    layout = layout_page(page)
    printed = "".join(i.text for i in layout.display.items if isinstance(i, TextLine) and i.story == "a")
    assert body.split(" ")[0] + "\u3000" + body.split(" ")[1][:4] in printed
    assert not [f for f in layout.findings if "line wrap?" in f.message]


@pytest.mark.parametrize("name, taken_out", [
    ("1.jpg", True),
    ("tem.png", True),
    ("微信图片_20240101153010.JPEG", True),
    ("详见附件1.pdf", False),             # (a document, not a picture)
    ("图为活动现场.jpg的照片。", False),    # (words about one)
    ("## 1.jpg", False),                  # (a subhead is the editor's)
])
def test_a_pictures_file_name_pasted_with_web_copy_is_taken_out_and_said(tmp_path, name, taken_out):
    body = f"会上，基层组织代表分别发言。\n\n{name}\n\n刘红涛通报了整体情况。\n"
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 通知\n---\n" + body})
    layout = layout_page(page)
    printed = "".join(i.text for i in layout.display.items if isinstance(i, TextLine) and i.story == "a")
    said = [f for f in layout.findings if f.code == "removed" and "file name" in f.message]
    assert ("会上" in printed and "刘红涛" in printed) and (name.lstrip("# ") in printed) == (not taken_out)
    assert [(f.severity, f.line) for f in said] == ([("warning", 6)] if taken_out else [])


def test_bulleted_items_a_paragraph_each_are_no_verse(tmp_path):
    """Short items with bullets, a paragraph each, are a list: indented and justified as body,
    not set as the lines of a poem (●温度15-28℃区间药效最佳 / ●空气湿度低于80%时施药 / …)."""
    items = ["环境要求：", "●温度15-28℃区间药效最佳", "●空气湿度低于80%时施药", "增效方案：", "●添加有机硅助剂（耐雨性提升4小时）",
             "●与微生物菌剂间隔3天使用"]
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 用药\n---\n" + "\n\n".join(items) + "\n"})
    story = layout_page(page).page.sections[0].stories[0]
    assert [p.text for p in story.paragraphs] == items
    assert not [p for p in story.paragraphs if p.align in ("poem", "verse")]


@pytest.mark.parametrize("lines, verse", [
    # 楚辞: lines with 兮, halves of five to seven
    (["矩约兮姱美，风节兮凌厉。", "鹤媒兮一空，宇宙兮厉穷。", "挟飞仙兮同游，揖清献兮并辀。", "俯幽兰兮延伫，褰杜衡兮实处。"], 4),
    # 诗经: clauses of three to five, one with 兮, a reading in brackets
    (["溱与洧，方涣涣兮。", "士与女，方秉间(jiān)兮。", "女曰观乎？士曰既且，且往观乎！", "洧之外，洵于且乐。"], 4),
    (["天气晴，风很大。", "我们走，他们留。", "水很冷，鱼很多。", "山很高，路很远。"], 0),   # (no 兮, not 四言)
    (["主队不慌，稳住阵脚。", "换人调整，加强边路。", "安全生产，人人有责。", "预防为主，综合治理。"], 0),  # (四言 prose)
])
def test_older_verse_a_line_a_paragraph_is_set_as_verse(tmp_path, lines, verse):
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 诗\n---\n" + "\n\n".join(lines) + "\n"})
    story = layout_page(page).page.sections[0].stories[0]
    assert [p.align for p in story.paragraphs].count("verse") == verse


@pytest.mark.parametrize("title, poem", [("豫剧《朝阳沟》选段唱词", 6), ("朝阳沟", 0)])
def test_a_sung_passage_a_line_a_paragraph_is_set_as_verse_under_a_head_that_says_so(tmp_path, title, poem):
    """A 唱段's lines with no marks, of even length (10 to 12 字), are no free verse by their
    shape alone; the head (唱词) says they are."""
    lines = ["祖国的大建设一日千里", "看不完说不尽胜利的消息", "农村是青年人广阔天地", "千条路我不走选定山区",
             "离城市到农村接受教育", "同学们走了一批又一批"]
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": f"---\ntitle: {title}\n---\n银环：\n\n" + "\n\n".join(lines) + "\n"})
    layout = layout_page(page)
    story = layout.page.sections[0].stories[0]
    assert [p.align for p in story.paragraphs].count("poem") == poem
    if poem:        # (set ragged, turned over at a pause: no line spread)
        body = [i for i in layout.display.items if isinstance(i, TextLine) and i.story == "a" and i.kind != "head"]
        assert all(abs(q.stretch_em) < 0.01 for q in body)


@pytest.mark.parametrize("items, flush_left", [
    ("1. 郑州东-广州南G4011/2\n2. 北京西-西安北G4015/6\n3. 郑州东-信阳东G4539/40\n4. 北京西-武汉G4707/8\n", 4),
    ("1.CA1234 北京首都—郑州新郑\n2.MU5170 上海虹桥—郑州新郑\n3.CZ3456 广州白云—郑州新郑\n", 3),
    ("1. 加强组织领导\n2. 明确责任分工\n3. 做好宣传工作\n", 0),                      # (no codes: words)
    ("1. 郑州东-广州南G4011/2\n2. 北京西-西安北G4015/6\n", 0),                          # (two: no list)
    ("1. 郑州东-广州南G4011/2，每日开行\n2. 北京西-西安北G4015/6\n3. 郑州东-信阳东G4539/40\n", 0),   # (a clause)
])
def test_a_numbered_list_of_codes_is_set_flush_left(tmp_path, items, flush_left):
    # (justified, an item that turns over before its code is spread: 5.北京西-武汉 | G4707/8)
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": f"---\ntitle: 临客\n---\n具体来说：\n\n{items}\n据了解，临客将开行到3月。\n"})
    layout = layout_page(page)
    story = layout.page.sections[0].stories[0]
    assert [p.align for p in story.paragraphs].count("start") == flush_left
    if flush_left:
        assert not [f for f in layout.findings if f.code == "loose-line"]


@pytest.mark.parametrize("field, lines", [
    # one field whose value cannot come up after its label: the label's line left short, 2 字
    # in, the value on the next line, whole (not 裁 判 日 期： spread, nor 1657 | 155627@qq.com)
    ("裁判日期: 2017-04-06", [("verse", "裁判日期："), ("body", "2017-04-06")]),
    ("投稿邮箱：1657155627@qq.com", [("verse", "投稿邮箱："), ("body", "1657155627@qq.com")]),
    ("电话：0371-12345678", [("verse", "电话："), ("body", "0371-12345678")]),
    ("电话：12345678", [("body", "电话：12345678")]),                                   # (it fits)
    ("地址：郑州市金水区文化路1号市民服务中心三楼", [("body", "地址：郑州市金水区"), ("body", "文化路1号市民服务中心")]),  # (words)
    # (a web address's scheme is no label: http: | //image1… never)
    ("http://image1.hipu.com/image.php?url=YD_cnt_208", [("body", "http://image1.hip"), ("body", "u.com/image.php?url=")]),
])
def test_a_field_whose_value_cannot_come_up_leaves_its_label_short(tmp_path, field, lines):
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": f"---\ntitle: 公告\n---\n他说今天很好，明天也好。\n\n{field}\n\n他说今天很好，明天也好。\n"})
    layout = layout_page(page)
    body = [i for i in layout.display.items if isinstance(i, TextLine) and i.story == "a" and i.kind in ("body", "verse")]
    got = [(ln.kind, ln.text) for ln in body[2:2 + len(lines)]]
    assert got == lines
    first = body[2]
    assert first.glyphs[0][0] - first.x0 == pytest.approx(2 * first.size, abs=0.6)      # 2 字 in
    assert not [f for f in layout.findings if f.code in ("loose-line", "split")]


@pytest.mark.parametrize("block, flush_left, notice", [
    ("发震时刻:2014-09-27 08:41:21.0\n震中纬度:27.7\n震源深度:3\n参考位置:浙江省温州市文成县\n", True, None),
    ("第1轮：奖金23250美元+10分\n第2轮：奖金34500美元+35分\n第3轮：奖金59100美元+65分\n", True, None),
    ("时间：2024年3月5日上午9时\n地点：市政府三楼会议室\n联系人：张三\n电话：0371-12345678\n", False,   # (words)
     ["", "", "", "field"]),
    ("震中纬度:27.7\n震源深度:3\n", False, ["", ""]),                          # (two: no block)
    ("时间：2024.6.1 9:00—11:30\n地点：市民中心三楼报告厅\n报名电话：0371-67180000\n", False,  # (a notice's)
     ["field", "", "field"]),
])
def test_a_block_of_data_typed_a_field_a_line_is_set_flush_left(tmp_path, block, flush_left, notice):
    """(A notice's field whose value has no Han, 电话：0371-12345678, is a field of its own, set
    as body unless its value cannot come up after its label: ``field``.)"""
    body = f"地震详细情况：\n\n{block}\n据省地震局介绍，这次地震主要发生在山区。\n"
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 地震\n---\n" + body})
    layout = layout_page(page)
    fields = block.strip().split("\n")
    aligns = [p.align for p in layout.page.sections[0].stories[0].paragraphs][1:1 + len(fields)]
    assert aligns == (["start"] * len(fields) if flush_left else notice)
    lines = [i for i in layout.display.items if isinstance(i, TextLine) and i.story == "a"]
    assert max(abs(q.stretch_em) for q in lines if q.kind == "body" and not q.last) < 0.1 if flush_left else True


@pytest.mark.parametrize("entries, ragged", [
    (["预约券 reservation ticket", "下午茶 high tea", "剩女 3S lady(single,seventies,stuck)/left girls",
      "异地恋 long-distance relationship"], True),
    (["soul mate 灵魂伴侣", "copycat 山寨", "group buying 团购"], True),            # (the English first)
    (["预约券 reservation ticket", "下午茶 high tea"], False),                     # (two: no list)
    (["他说 OK 就走了。", "大家都说 good 好。", "这是 iPhone 手机。"], False),       # (sentences)
    (["记者 What do you think about the new policy?", "李明 I think it is great.", "记者 Why do you say so?"],
     False),                                                                     # (a transcript)
    (["He said it was good 他说很好", "The weather is fine today and tomorrow 今天天气很好",
      "We will go there together next week 下周一起去"], False),
])
def test_a_word_list_typed_an_entry_a_line_is_set_flush_left(tmp_path, entries, ragged):
    # 预约券 reservation | ticket justified was spaced to 0.65 em, 剩女3S | lady letter-spaced
    body = "词汇如下：\n\n" + "\n\n".join(entries) + "\n\n以上词汇供参考。\n"
    page = make_page(tmp_path, "page:\n  column_chars: 13\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 热词\n---\n" + body})
    layout = layout_page(page)
    aligns = [p.align for p in layout.page.sections[0].stories[0].paragraphs]
    assert aligns[1:1 + len(entries)] == ["start" if ragged else ""] * len(entries)
    assert aligns[0] == aligns[-1] == ""
    if ragged:
        assert not [f for f in layout.findings if f.code in ("loose-line", "unfinished")]


@pytest.mark.parametrize("body, kept", [
    ("|\n雨雪天气过后气温快速回升，这个周末天气不错。\n|\n", ["雨雪天气过后气温快速回升，这个周末天气不错。"]),
    ("天气不错。\n\n丨\n\n下周降温。\n", ["天气不错。", "下周降温。"]),
    ("天气不错。｜下周降温。\n", ["天气不错。｜下周降温。"]),           # (a bar among text is the copy's)
    ("天气不错。\n\n\\\n\n下周降温。\n", ["天气不错。", "下周降温。"]),      # (a picture's place: \\)
])
def test_a_web_pages_bar_on_a_line_of_its_own_is_taken_out_and_said(tmp_path, body, kept):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 天气\n---\n" + body})
    layout = layout_page(page)
    assert [p.text for p in layout.page.sections[0].stories[0].paragraphs] == kept
    said = [f for f in layout.findings if f.code == "removed" and "bar" in f.message]
    assert len(said) == body.count("\n") - len(kept) - body.count("\n\n") and all(f.severity == "warning" for f in said)


@pytest.mark.parametrize("rule", ["——————————", "＊＊＊", "◆◆◆", "* * *", "___"])
def test_a_row_of_dashes_or_stars_is_a_separator_set_centred(tmp_path, rule):
    body = f"纸页间的文字一瞬间被激活。\n\n{rule}\n\n第二部分从这里开始。\n"
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - columns: 1\n    stories: [a.md]\n",
                     {"a.md": "---\ntitle: 旅行\n---\n" + body})
    layout = layout_page(page)
    lines = [i for i in layout.display.items if isinstance(i, TextLine) and i.story == "a" and i.kind == "body"]
    sep = [ln for ln in lines if not any("\u4e00" <= c <= "\u9fff" for c in ln.text)]
    assert len(sep) == 1                                                 # one line, not broken
    ln = sep[0]
    ink = (ln.glyphs[0][0] + ln.right) / 2
    assert ink == pytest.approx(ln.x0 + ln.measure / 2, abs=ln.size / 2)  # centred in its column
    assert not [f for f in layout.findings if f.code in ("unfinished", "loose-line")]


def test_a_one_character_paragraph_sharing_its_source_line_is_no_orphan(tmp_path):
    # (paragraphs parted by HTML share a line of the file: each is still a paragraph of its own)
    body = "<p>外出旅游，我喜欢去小镇，尤其是那些深藏于山水之间的古镇。</p><p>在</p>\n"
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 通知\n---\n" + body})
    layout = layout_page(page)
    assert [p.text for p in layout.page.sections[0].stories[0].paragraphs][-1] == "在"
    assert layout.quality.orphans == 0 and not [f for f in layout.findings if f.code == "orphan"]


def test_a_line_finding_names_its_story_file_and_paragraph_line(tmp_path):
    # an account's number typed with no unit cannot come up to a short first line: a loose line
    body = "第一段。\n\n报名请转账到账户12345678901234567890123456789012345，谢谢。\n"
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 通知\n---\n" + body})
    found = [(f.code, f.file, f.line) for f in layout_page(page).findings if f.code in ("loose-line", "short-line")]
    assert found and all(file == f"{page.name}/a.md" and line == 6 for _, file, line in found)


def test_an_item_with_a_unit_keeps_its_kicker_and_subtitle(tmp_path):
    # 引题 / 飞云街道 主题 / 副题: none of the stack is dropped for the unit's sake
    story = ("---\nkicker: 重温入党誓词　开展党员志愿活动\nunit: 飞云街道\ntitle: “庆七一”活动丰富多彩\n"
             "subtitle: 马道村党总支举办主题党日系列活动\n---\n7月1日晚，飞云街道马道村党总支举办主题党日活动。\n")
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": story})
    items = [i for i in layout_page(page).display.items if isinstance(i, TextLine) and i.story == "a"]
    kinds = [(i.kind, i.text) for i in sorted(items, key=lambda i: (round(i.y), i.x0))
             if i.kind in ("kicker", "unit", "title", "subtitle")]
    assert kinds == [("kicker", "重温入党誓词　开展党员志愿活动"), ("unit", "飞云街道"), ("title", "“庆七一”活动丰富多彩"),
                     ("subtitle", "马道村党总支举办主题党日系列活动")]
    assert [i.y for i in items if i.kind == "kicker"] < [i.y for i in items if i.kind == "title"]


@pytest.mark.parametrize("columns, chars, title, kicker", [
    (4, 13, 24.0, 18.0),      # 小一 over 小二, as designed
    (1, 13, 18.0, 14.0),      # a 1-column block holds under six of 小一: 小二 over 四号
    (1, 11, 16.0, 12.0),      # ... under six of 小二 too: 三号 over 小四
])
def test_a_narrow_blocks_head_is_set_a_step_down(tmp_path, columns, chars, title, kicker):
    story = "---\nkicker: 本报记者走进千年古县\ntitle: 《郑州晚报》，一路相伴的挚友\nsubtitle: 读者与报纸的四十年\n---\n" + "正文。" * 40
    page = make_page(tmp_path, f"page:\n  column_chars: {chars}\nsections:\n  - arrange: row\n    sections:\n"
                     f"      - columns: {columns}\n        stories: [a.md]\n      - columns: {8 - columns}\n"
                     f"        stories: [b.md]\n", {"a.md": story, "b.md": "---\ntitle: 另一篇\n---\n" + "正文。" * 80})
    items = [i for i in layout_page(page).display.items if isinstance(i, TextLine) and i.story == "a"]
    assert {i.size for i in items if i.kind == "title"} == {title}
    assert {i.size for i in items if i.kind in ("kicker", "subtitle")} == {kicker}
    lines = [i.text for i in items if i.kind == "title"]
    assert not any("《" in line and "》" not in line for line in lines), lines     # (no break inside 《》)


def test_a_head_too_long_for_its_block_is_said(tmp_path):
    story = ("---\ntitle: 短题\nsubtitle: 感动中国人物，全国人大代表、周口市城乡一体化示范区许湾乡希望小学校长李灵的故事\n---\n"
             + "正文。" * 40)
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - arrange: row\n    sections:\n"
                     "      - columns: 1\n        stories: [a.md]\n      - columns: 7\n        stories: [b.md]\n",
                     {"a.md": story, "b.md": "---\ntitle: 另一篇\n---\n" + "正文。" * 80})
    found = [(f.code, f.story, f.line) for f in layout_page(page).findings if f.code == "long-head"]
    assert found == [("long-head", "a", 3)]


def test_a_short_head_keeps_its_size_in_a_narrow_block(tmp_path):
    # (春到中原 takes one line of 小一 in one column of 11 字: no step down)
    page = make_page(tmp_path, "page:\n  column_chars: 11\nsections:\n  - arrange: row\n    sections:\n"
                     "      - columns: 1\n        stories: [a.md]\n      - columns: 7\n        stories: [b.md]\n",
                     {"a.md": "---\ntitle: 春到中原\n---\n" + "正文。" * 40,
                      "b.md": "---\ntitle: 另一篇\n---\n" + "正文。" * 80})
    items = [i for i in layout_page(page).display.items if isinstance(i, TextLine) and i.story == "a"]
    assert [(i.text, i.size) for i in items if i.kind == "title"] == [("春到中原", 24.0)]
