"""Bad input gets a message naming file, line, column and field; all errors are reported at
once; the command exits 2 and writes nothing (DESIGN.md §2)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from layout.errors import InputErrors
from layout.load import load_page

from conftest import ROOT

STORY = "---\ntitle: 标题\n---\n正文。\n"


def make_page(tmp_path, page_yaml: str, files: dict | None = None):
    page = tmp_path / "p"
    page.mkdir()
    (page / "page.yaml").write_text(page_yaml, encoding="utf-8")
    for name, text in (files or {"a.md": STORY}).items():
        (page / name).parent.mkdir(parents=True, exist_ok=True)
        (page / name).write_text(text, encoding="utf-8")
    return page


def errors_of(page) -> list[str]:
    with pytest.raises(InputErrors) as info:
        load_page(page)
    return [str(e) for e in info.value.errors]


@pytest.mark.parametrize("page_yaml, files, expected", [
    # a text that needs quotes in YAML: the error says so
    ("headline:\n  title: 创文: 二七在行动\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:12: YAML syntax error: mapping values are not allowed here (hint: a text that holds ': ' or"
     " starts with one of \" ' [ { * & ! | > % @ ` must be put in quotes)"),
    ("headline:\n  title: \"创文\"亮点多\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:14: YAML syntax error: expected <block end>, but found '<scalar>' (hint: while parsing a"
     " block mapping; a text that holds ': ' or starts with one of \" ' [ { * & ! | > % @ ` must be put in quotes)"),
    ("page:\n  colums: 8\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.colums: unknown key 'colums' (hint: did you mean 'columns'?)"),
    ("page:\n  preset: [broadsheet\n", None,
     "p/page.yaml:3:1: YAML syntax error: expected ',' or ']', but got '<stream end>' (hint: while parsing a flow sequence)"),
    ("page:\n  body_size: 9px\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.body_size: expected a length such as 9pt, 3.2mm, 2字 or 小五, got '9px'"),
    ("page:\n  columns: eight\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.columns: expected a whole number from 1 to 1000, got the text 'eight'"),
    ("page:\n  lines: 1" + "0" * 400 + "\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.lines: expected a whole number from 1 to 1000, got a very large number"),
    ("page:\n  gutter: 1" + "0" * 400 + "\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.gutter: expected a length such as 9pt, 3.2mm or 2字, got a very large number"),
    ("page:\n  pitch: " + "9" * 5000 + "\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:10: YAML syntax error: a number too long to read"),
    ('intro: "a\\0.md"\nsections:\n  - stories: [a.md]\n', None,
     "p/page.yaml:1:1: intro: expected a file name, got 'a\\x00.md'"),
    ('intro: "\\ud800.md"\nsections:\n  - stories: [a.md]\n', None,
     "p/page.yaml:1:1: intro: expected a file name, got '\\ud800.md'"),
    ("sections:\n  - stories: [{file: a.md, columns: 0}]\n", None,
     "p/page.yaml:2:28: sections[0].stories[0].columns: expected a whole number from 1 to 1000, got the number 0"),
    ("sections:\n  - stories: [missing.md]\n", None,
     "p/page.yaml:2:15: sections[0].stories[0]: file not found: missing.md"),
    ("sections:\n  - stories: [../a.md]\n", None,
     "p/page.yaml:2:15: sections[0].stories[0]: '../a.md' is outside the page folder"
     " (hint: story, photo and font files must be inside the page folder)"),
    ("sections:\n  - stories: [a.md, a.md]\n", None,
     "p/page.yaml:2:21: sections[0].stories[1]: story 'a.md' is listed twice (first as sections[0].stories[0])"),
    ("sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitel: 标题\n---\n正文。\n"},
     "p/a.md:2:1: titel: unknown key 'titel' (hint: did you mean 'title'?)"),
    ("sections:\n  - stories: [a.md]\n", {"a.md": "---\nunit: 单位\n---\n正文。\n"},
     "p/a.md:1:1: title: missing required field 'title' (主题) (hint: add `title:` to the front matter between the --- lines)"),
    ("sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\n---\n\n"},
     "p/a.md:4: the story has no text (hint: paragraphs follow the front matter, separated by blank lines)"),
    ("sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\nphotos:\n  - file: x.jpg\n    caption: 图\n---\n正文。\n"},
     "p/a.md:4:5: photos[0].file: file not found: x.jpg"),
    ("!!python/object/apply:os.system [\"echo hi\"]\n", None,
     "p/page.yaml:1:1: YAML syntax error: could not determine a constructor for the tag"
     " 'tag:yaml.org,2002:python/object/apply:os.system'"),
    ("sections:\n  - banner: 栏目\n", None,
     "p/page.yaml:2:5: sections[0]: a section needs `stories:` or `sections:`"),
    ("sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 一\ntitle: 二\n---\n正文。\n"},
     "p/a.md:3:1: YAML syntax error: duplicate key 'title' (it is also on line 1)"),
    ("page:\n  allow_overset: \"false\"\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.allow_overset: expected true or false, got the text 'false'"),
    ("- a\n- b\n", None, "p/page.yaml:1:3: expected a mapping (key: value lines), got a list"),
    ("page:\n  tracking: 0.1\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.tracking: expected an amount of em between 0 and 1/16, got the number 0.1"
     " (hint: for example 1/16 (the default) or 0 to push characters out instead)"),
    ("page:\n  tracking: 1/0\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.tracking: expected an amount of em between 0 and 1/16, got the text '1/0'"
     " (hint: for example 1/16 (the default) or 0 to push characters out instead)"),
    ("page:\n  tracking: 1" + "0" * 400 + "\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.tracking: expected an amount of em between 0 and 1/16, got a very large number"
     " (hint: for example 1/16 (the default) or 0 to push characters out instead)"),
    ("page:\n  latin_narrowing: 5%\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.latin_narrowing: expected a per cent between 0 and 2, got the text '5%'"
     " (hint: for example 2% (the default) or 0 to leave Latin text at its width)"),
    ("page:\n  latin_narrowing: -1\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.latin_narrowing: expected a per cent between 0 and 2, got the number -1"
     " (hint: for example 2% (the default) or 0 to leave Latin text at its width)"),
    ("page:\n  body_size: 0pt\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.body_size: a body size between 4 and 72 pt, got '0pt'"),
    ("page:\n  pitch: 2pt\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.pitch: a line pitch at least the body size: between 3.2 and 71 mm, got '2pt'"),
    ("page:\n  bleed: -3mm\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.bleed: a bleed: between 0.0 and 20 mm, got '-3mm'"),
    ("page:\n  preset: [tabloid]\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: page.preset: unknown preset ['tabloid'] (hint: use one of: broadsheet, tabloid)"),
    ("folio:\n  date: 2018-02-30\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: folio.date: no such date: 2018-02-30 (hint: write it as 2018-12-11, or 2018-12 for a month)"),
    ("? [a]\n: 1\n", None, "p/page.yaml:1:3: YAML syntax error: a key must be plain text"),
    ("headline:\n  title: !!binary aGVsbG8=\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: headline.title: expected text, got binary data"),
    ("headline:\n  kicker: [[a, b]]\n  title: x\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:12: headline.kicker[0]: expected a line of text, got a list"),
    ("headline:\n  kicker: {a: b}\n  title: x\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:3: headline.kicker: expected a line of text or a list of lines, got a mapping"),
    # YAML ends a plain value at ' #': the rest of a title would be lost without a word
    ("headline:\n  title: 授牌“文明商户” #文明城市# 让城市更美好\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:2:19: headline.title: the text after ' #' is read as a YAML comment and would not be"
     " printed: '#文明城市# 让城市更美好'"
     " (hint: put the whole text in quotes (\"…\"), or move the comment to a line of its own)"),
    ("headline:\n  kicker:\n    - 查漏补缺 #创文 在行动\n  title: x\nsections:\n  - stories: [a.md]\n", None,
     "p/page.yaml:3:12: headline.kicker[0]: the text after ' #' is read as a YAML comment and would not be"
     " printed: '#创文 在行动'"
     " (hint: put the whole text in quotes (\"…\"), or move the comment to a line of its own)"),
    ("headline:\n  title: x\nsections:\n  - banner: 提升文明素养 #创文#\n    stories: [a.md]\n", None,
     "p/page.yaml:4:20: sections[0].banner: the text after ' #' is read as a YAML comment and would not be"
     " printed: '#创文#'"
     " (hint: put the whole text in quotes (\"…\"), or move the comment to a line of its own)"),
    ("sections:\n  - stories: [a.md]\n",
     {"a.md": "---\ntitle: 标题\nphotos:\n  - file: x.jpg\n    caption: 合影 #新春走基层# 摄\n---\n正文。\n"},
     "p/a.md:5:17: photos[0].caption: the text after ' #' is read as a YAML comment and would not be"
     " printed: '#新春走基层# 摄'"
     " (hint: put the whole text in quotes (\"…\"), or move the comment to a line of its own)"),
    ("sections:\n  - stories: a.md\n", None,
     "p/page.yaml:2:5: sections[0].stories: expected a list of story files, got the text 'a.md'"
     " (hint: write stories: [a.md, b.md])"),
    ("sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: \"\"\n---\n正文。\n"},
     "p/a.md:2:1: title: required field 'title' is empty"),
    ("sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\n---\n正文。\n\n## \n\n正文。\n"},
     "p/a.md:6:1: empty subhead: a line `## ` needs the subhead's text after it"),
    ("sections:\n  - stories: [{file: a.md, text_columns: 16}]\n", None,
     "p/page.yaml: sections[0].stories[0].text_columns: story 'p/a.md' is 8 column(s) wide: it cannot be set"
     " in 16 text columns (hint: use at most 8 (fewer, wider columns are 破栏))"),
    ("arrange: row\nsections:\n  - {columns: 5, stories: [a.md]}\n  - {columns: 5, stories: [b.md]}\n",
     {"a.md": STORY, "b.md": STORY},
     "p/page.yaml:3: sections: the parts set side by side need 10 columns, but there are 8"
     " (hint: make their `columns:` add up to the columns available)"),
])
def test_error_message(tmp_path, page_yaml, files, expected):
    page = make_page(tmp_path, page_yaml, files)
    first = errors_of(page)
    assert expected in first
    assert errors_of(page) == first   # the second time its YAML comes from the cache


def test_all_errors_are_reported_together(tmp_path):
    page = make_page(tmp_path, "page:\n  colums: 8\nsections:\n  - stories: [a.md, b.md]\n",
                     {"a.md": "---\ntitel: x\n---\n正文。\n"})
    errors = errors_of(page)
    assert len(errors) == 4, errors   # unknown key, unknown front-matter key, no title, no b.md


def test_bad_input_exits_2_and_writes_nothing(tmp_path):
    page = make_page(tmp_path, "page:\n  colums: 8\nsections:\n  - stories: [a.md]\n")
    out = tmp_path / "out.pdf"
    proc = subprocess.run([sys.executable, "-m", "layout", "build", str(page), "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert "page.colums: unknown key 'colums'" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()
    assert list(tmp_path.glob("*.tmp")) == [] and list(tmp_path.glob(".*")) == []


def test_utf8_bom_and_crlf_are_accepted(tmp_path):
    page = make_page(tmp_path, "\ufeffsections:\r\n  - stories: [a.md]\r\n",
                     {"a.md": "\ufeff---\r\ntitle: 标题\r\n---\r\n第一段。\r\n\r\n第二段。\r\n"})
    loaded = load_page(page)
    story = loaded.sections[0].stories[0]
    assert story.title == "标题"
    assert [p.text for p in story.paragraphs] == ["第一段。", "第二段。"]
    assert [p.source.line for p in story.paragraphs] == [4, 6]


def test_subheads_and_paragraph_lines(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 标题\n---\n导语。\n\n## 小标题\n\n正文一行\n接着一行。\n"})
    story = load_page(page).sections[0].stories[0]
    assert [(p.text, p.subhead, p.source.line) for p in story.paragraphs] == [
        ("导语。", False, 4), ("小标题", True, 6), ("正文一行接着一行。", False, 8)]


def test_a_markdown_head_of_a_lower_level_is_a_subhead_too(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 标题\n---\n### 1. 行业规模与增长\n近年来，汽车销量逐年攀升。\n\n#话题#不是标题。\n"})
    story = load_page(page).sections[0].stories[0]
    assert [(p.text, p.subhead) for p in story.paragraphs] == [
        ("1. 行业规模与增长", True), ("近年来，汽车销量逐年攀升。", False), ("#话题#不是标题。", False)]


def test_text_fields_are_taken_as_typed_not_as_yaml_reads_them(tmp_path):
    """YAML 1.1 reads 3:1 as 181 (base 60), 010 as 8, 3.10 as 3.1 and yes as true: a text
    field keeps what the editor typed."""
    page = load_page(make_page(
        tmp_path,
        "folio:\n  page_number: 05\n  date: 2018.10\nheadline:\n  kicker: [2018, 3.10]\n  title: yes\n"
        "sections:\n  - banner: 0x1F\n    stories: [a.md]\n",
        {"a.md": "---\ntitle: 1_000\nunit: 010\nbyline: on\nphotos:\n  - file: x.jpg\n"
                 "    caption: 3:1\n    credit: 3.10\n---\n正文。\n", "x.jpg": ""}))
    story = page.sections[0].stories[0]
    assert (page.folio.page_number, page.folio.date) == ("05", "2018.10")
    assert (page.headline.kicker, page.headline.title) == (("2018", "3.10"), "yes")
    assert page.sections[0].banner == "0x1F"
    assert (story.title, story.unit, story.byline) == ("1_000", "010", "on")
    assert (story.photos[0].caption, story.photos[0].credit) == ("3:1", "3.10")


def test_the_readme_examples_of_page_yaml_and_a_story_load_as_written(tmp_path):
    """An editor copies them: every comment in them must be read as a comment, and what
    they show must load."""
    import re
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    page_yaml = re.search(r"```yaml\n(.*?)```", readme, re.S).group(1)
    story = re.search(r"```markdown\n(.*?)```", readme, re.S).group(1)
    names = set(re.findall(r"[\w-]+\.md", page_yaml))
    page = make_page(tmp_path, page_yaml, {name: story for name in names})
    from PIL import Image
    (page / "photos").mkdir()
    Image.new("RGB", (400, 300)).save(page / "photos" / "wulibao.jpg")
    loaded = load_page(page)
    assert loaded.headline.title == "“创文”亮点多,文明让二七生活更美好"
    assert (loaded.folio.date, loaded.folio.page_number, loaded.folio.editor) == ("2018-12-11", "A10", "张三")
    first = loaded.all_stories()[1]
    assert (first.unit, first.byline) == ("五里堡街道", "记者 景静 通讯员 费晓歌")
    assert (first.photos[0].caption, first.photos[0].credit) == ("五里堡街道为“文明商户”授牌", "示意图")


def test_a_comment_after_a_quoted_text_a_number_or_a_note_is_only_a_comment(tmp_path):
    page = load_page(make_page(
        tmp_path, "page:\n  columns: 8  # eight\nheadline:\n  title: \"授牌 #文明城市#\"  # quoted\n"
                  "  subtitle: 副题 # 待定\nfolio:\n  date: 2018-12-11            # 2018年12月11日\n"
                  "  editor: 张三 #责编\n"
                  "sections:\n  - stories: [a.md]\n"))
    assert (page.format.columns, page.headline.title) == (8, "授牌 #文明城市#")
    assert (page.headline.subtitle, page.folio.date, page.folio.editor) == ("副题", "2018-12-11", "张三")


@pytest.mark.parametrize("raw, expected", [
    ("---\ntitle: 标题\n---\n第一段。\n".encode("gb18030"),
     "p/a.md:2:8: not UTF-8 text (byte 0xB1 at offset 11) (hint: save the file as UTF-8 (it reads as"
     " GB18030/GBK, the encoding of older Chinese Windows programs))"),
    ("---\ntitle: 标题\n---\n正文".encode() + b"\xff" + "。\n".encode(),
     "p/a.md:4:3: not UTF-8 text (byte 0xFF at offset 28) (hint: save the file as UTF-8)"),
    ("---\ntitle: 标题\n---\n正文。\n".encode("utf-16"),
     "p/a.md:1:1: not UTF-8 text (byte 0xFF at offset 0) (hint: save the file as UTF-8 (it is UTF-16))"),
])
def test_a_file_not_in_utf8_is_named_with_its_place_and_what_it_seems_to_be(tmp_path, raw, expected):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n")
    (page / "a.md").write_bytes(raw)
    assert errors_of(page) == [expected]


def test_front_matter_fences_may_have_blanks_after_them(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "--- \ntitle: 标题\n---\t\n正文。\n"})
    story = load_page(page).sections[0].stories[0]
    assert (story.title, [(p.text, p.source.line) for p in story.paragraphs]) == ("标题", [("正文。", 4)])


def test_an_html_comment_is_an_editors_note_not_printed(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n",
                     {"a.md": "---\ntitle: 标题\n---\n第一段<!-- 编辑注：待核实 -->。\n\n<!--\n整段\n-->\n\n第二段。\n"
                              "\n第二<!-- 注 -->行(甲)，\n<!--x-->续行\n"})
    story = load_page(page).sections[0].stories[0]
    assert [(p.text, p.source.line) for p in story.paragraphs] == [
        ("第一段。", 4), ("第二段。", 10), ("第二行(甲)，续行", 12)]
    last = story.paragraphs[-1]
    # (where each character is in the file, the comments still there)
    assert [last.locate(last.text.index(c)) for c in "二行(续"] == [(12, 2), (12, 13), (12, 14), (13, 9)]


# verse typed one line a line: each line is a paragraph (and "poem", set as the poet broke it);
# prose wrapped by hand beside it is still joined

@pytest.mark.parametrize("body, paragraphs, poem", [
    # a 七绝 one 句 a line
    ("宝塔凭高延水滨,\n招来辟地开天人。\n集思窑洞筹长策,\n铺就江山万代春。\n",
     ["宝塔凭高延水滨,", "招来辟地开天人。", "集思窑洞筹长策,", "铺就江山万代春。"], 4),
    # its title on a line before it
    ("初春\n麦苗梦里越冬时,\n惊现噗咚鸭戏池。\n原是春姑回大地,\n悄然岸柳发新枝。\n",
     ["初春", "麦苗梦里越冬时,", "惊现噗咚鸭戏池。", "原是春姑回大地,", "悄然岸柳发新枝。"], 5),
    # modern verse with no marks, its lines ragged
    ("不要再说什么\n亲爱的人\n今夜,就让我望着这牙弯弯的月亮\n喝一杯烈酒吧\n不要阻挡\n我在弯弯的月亮下\n潜行\n",
     ["不要再说什么", "亲爱的人", "今夜,就让我望着这牙弯弯的月亮", "喝一杯烈酒吧", "不要阻挡", "我在弯弯的月亮下", "潜行"], 7),
    # a stanza too short to tell, beside one that is verse
    ("不要阻挡\n弯弯的月亮是我的乡愁\n我在弯弯的月亮下\n潜行\n\n曾以为\n故乡很大,很美\n",
     ["不要阻挡", "弯弯的月亮是我的乡愁", "我在弯弯的月亮下", "潜行", "曾以为", "故乡很大,很美"], 6),
    # verse quoted in prose, its lines ending with marks, commas among them
    ("刘半农是认真写农民生活而且写得很好的一位,他写过一首《一个小农家的暮》——\n他衔着个十的烟斗,\n慢慢地从田里回来,\n"
     "便坐在稻床上,\n看一看他的牛,\n",
     ["刘半农是认真写农民生活而且写得很好的一位,他写过一首《一个小农家的暮》——", "他衔着个十的烟斗,", "慢慢地从田里回来,", "便坐在稻床上,", "看一看他的牛,"], 4),
    # not verse: prose wrapped by hand, a mark inside its lines (工业增加值增长5%。全年)
    ("今年以来全市经济运行总体平稳，规模以上\n工业增加值增长5%。全年\n目标有望完成，消费\n市场回暖。\n",
     ["今年以来全市经济运行总体平稳，规模以上工业增加值增长5%。全年目标有望完成，消费市场回暖。"], 0),
    # not verse: a newspaper column's copy, its lines full
    ("本报讯 昨天上午，市政府召开\n全市安全生产工作会议，研究\n部署下一阶段重点工作。会议\n要求各地各部门压实责任。\n",
     ["本报讯 昨天上午，市政府召开全市安全生产工作会议，研究部署下一阶段重点工作。会议要求各地各部门压实责任。"], 0),
    # its lead-in a short line of the block, ending with a dash
    ("他写过一首《一个小农家的暮》——\n他衔着个十的烟斗,\n慢慢地从田里回来,\n便坐在稻床上,\n看一看他的牛,\n",
     ["他写过一首《一个小农家的暮》——", "他衔着个十的烟斗,", "慢慢地从田里回来,", "便坐在稻床上,", "看一看他的牛,"], 4),
    # not verse: copy typed a clause a line for a phone's screen (no line introduces it)
    ("这个春节，\n很多郑州人选择留在本地过年。\n记者走访发现，\n商场、景区、电影院人气火爆，\n不少餐馆的年夜饭早在一个月前就已订满。\n",
     ["这个春节，很多郑州人选择留在本地过年。", "记者走访发现，商场、景区、电影院人气火爆，不少餐馆的年夜饭早在一个月前就已订满。"], 0),
    # not verse: a column's copy wrapped by hand, blank lines between its paragraphs, one of
    # them with commas at its lines' ends (nor its neighbours, then)
    ("本报讯（记者　王磊）记者昨日\n从市气象台获悉，受冷空气影响，\n本周后期我市将出现一次明显降温\n过程，最低气温可降至零下3℃。\n\n"
     "市气象台提醒，近期昼夜温差\n较大，市民要适时增减衣物，\n老人和儿童要注意防寒保暖，\n谨防感冒。\n\n"
     "据介绍，本次降温过程将持续\n三至四天，下周初气温将逐步\n回升，预计下周三起天气转晴。\n",
     ["本报讯（记者　王磊）记者昨日从市气象台获悉，受冷空气影响，本周后期我市将出现一次明显降温过程，最低气温可降至零下3℃。",
      "市气象台提醒，近期昼夜温差较大，市民要适时增减衣物，老人和儿童要注意防寒保暖，谨防感冒。",
      "据介绍，本次降温过程将持续三至四天，下周初气温将逐步回升，预计下周三起天气转晴。"], 0),
    # not verse: a clause a line after a heading or a lead-in that says nothing of verse
    ("年夜饭一桌难求\n\n这个春节，\n很多郑州人选择留在本地过年。\n记者走访发现，\n商场、景区、电影院人气火爆，\n"
     "不少餐馆的年夜饭早在一个月前就已订满。\n",
     ["年夜饭一桌难求", "这个春节，很多郑州人选择留在本地过年。",
      "记者走访发现，商场、景区、电影院人气火爆，不少餐馆的年夜饭早在一个月前就已订满。"], 0),
    ("对于未来，他信心满满——\n再干五年，\n把合作社做大做强，\n带着乡亲们一起致富，\n让村里的日子越过越红火。\n",
     ["对于未来，他信心满满——再干五年，把合作社做大做强，带着乡亲们一起致富，让村里的日子越过越红火。"], 0),
    # a sentence after a classical poem in its block, and a comment in the block after, are prose
    ("他在信中写道：\n床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。\n这首诗家喻户晓。\n",
     ["他在信中写道：", "床前明月光，", "疑是地上霜。", "举头望明月，", "低头思故乡。", "这首诗家喻户晓。"], 4),
    ("床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。\n\n朗诵结束后，\n全场响起了热烈的掌声，\n不少家长眼含热泪。\n",
     ["床前明月光，", "疑是地上霜。", "举头望明月，", "低头思故乡。", "朗诵结束后，全场响起了热烈的掌声，不少家长眼含热泪。"], 4),
    # not verse: clauses of seven characters, one couplet's shape only
    ("据市气象台预报，\n明天全市有小雨，\n气温将明显下降。\n", ["据市气象台预报，明天全市有小雨，气温将明显下降。"], 0),
    # a list of products a line each, ragged as verse: its lines are kept, but mostly Latin or
    # figures, they are not set as verse
    ("骁龙 888 手机列表名单：\n小米 11\nrealme Race\nOPPO Find X3\n红魔 6\n努比亚 Z\n中兴天机 Axon 30\n",
     ["骁龙 888 手机列表名单：", "小米 11", "realme Race", "OPPO Find X3", "红魔 6", "努比亚 Z", "中兴天机 Axon 30"], 0),
    # not verse: two lines of seven characters and a mark after a long line wrapped by hand
    ("市民李先生告诉记者，他每天早上都会到公园里锻炼身体，已经坚\n持了十多年。\n",
     ["市民李先生告诉记者，他每天早上都会到公园里锻炼身体，已经坚持了十多年。"], 0),
])
def test_verse_typed_one_line_a_line_keeps_its_lines(tmp_path, body, paragraphs, poem):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\n---\n" + body})
    story = load_page(page).sections[0].stories[0]
    assert [p.text for p in story.paragraphs] == paragraphs
    assert sum(1 for p in story.paragraphs if p.align == "poem") == poem


@pytest.mark.parametrize("title, body, paragraphs, poem", [
    # lyrics with no lead-in, under a head that says they are (唱词): their lines kept
    ("豫剧《台北知府》唱词", "霎时间老娘惨死把命断,\n陈星聚好像塌了天,\n塌了天!\n我的那个老娘啊!\n都是不孝儿将您害,\n连累您风烛残年,\n",
     ["霎时间老娘惨死把命断,", "陈星聚好像塌了天,", "塌了天!", "我的那个老娘啊!", "都是不孝儿将您害,", "连累您风烛残年,"], 6),
    ("台北知府", "霎时间老娘惨死把命断,\n陈星聚好像塌了天,\n塌了天!\n我的那个老娘啊!\n都是不孝儿将您害,\n连累您风烛残年,\n",                                              # (no such head: prose)
     ["霎时间老娘惨死把命断,陈星聚好像塌了天,塌了天!", "我的那个老娘啊!", "都是不孝儿将您害,连累您风烛残年,"], 0),
    ("校歌歌词", "巍巍嵩山下\n滔滔黄河边\n我们的校园\n书声琅琅传\n求真又务实\n",          # (歌词 ending the title)
     ["巍巍嵩山下", "滔滔黄河边", "我们的校园", "书声琅琅传", "求真又务实"], 5),
    ("第三届郑州诗歌节开幕", "这个周末,\n郑州的天气格外好。\n第三届郑州诗歌节,\n在郑东新区如意湖畔开幕。\n",   # (a topic)
     ["这个周末,郑州的天气格外好。第三届郑州诗歌节,在郑东新区如意湖畔开幕。"], 0),
    ("诗意生活", "这个春节,\n很多郑州人选择留在本地过年。\n记者走访发现,\n商场、景区、电影院人气火爆,\n",
     ["这个春节,很多郑州人选择留在本地过年。记者走访发现,商场、景区、电影院人气火爆,"], 0),   # (诗意: no such head)
])
def test_lyrics_under_a_head_that_says_so_keep_their_lines(tmp_path, title, body, paragraphs, poem):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": f"---\ntitle: {title}\n---\n" + body})
    story = load_page(page).sections[0].stories[0]
    assert [p.text for p in story.paragraphs] == paragraphs
    assert sum(1 for p in story.paragraphs if p.align == "poem") == poem


@pytest.mark.parametrize("body, paragraphs", [
    ("　　第一段。\n　　第二段。\n", ["　　第一段。", "　　第二段。"]),           # web copy: one a line, indented
    ("  第一段。\n  第二段。\n\t第三段。\n", ["  第一段。", "  第二段。", "\t第三段。"]),
    ("要求如下：\n（一）按时报名；\n(2)如实填写；\n三、考试\n1.笔试\n2、面试\n①体检\n",
     ["要求如下：", "（一）按时报名；", "(2)如实填写；", "三、考试", "1.笔试", "2、面试", "①体检"]),
    ("增长\n2.5%，同比\n上升。\n", ["增长2.5%，同比上升。"]),                   # soft-wrapped: one paragraph
    # ... a Chinese sentence wrapped after an ASCII comma after a code: solid, no space (小米12, 4nm
    # would read as Latin text and keep the comma half width); English text wrapped: a space
    ("新机是小米12,\n4nm工艺，性能提升。\n", ["新机是小米12,4nm工艺，性能提升。"]),
    ("价格为3,\n999元。\n", ["价格为3,999元。"]),
    ("他说Thanks,\nsee you。\n", ["他说Thanks, see you。"]),
    ("他说Hello,\nworld是问候。\n", ["他说Hello, world是问候。"]),      # (a word before the comma: English's)
    # an itinerary's day is a head, and so is its line; a - bullet before Chinese words starts an item
    ("Day 1:宜昌市区 - 当阳关陵\n上午从宜昌出发。\nDay 2:长坂坡\n上午探访古战场。\n",
     ["Day 1:宜昌市区 - 当阳关陵", "上午从宜昌出发。", "Day 2:长坂坡", "上午探访古战场。"]),
    ("第一天：郑州—开封\n上午出发。\n", ["第一天：郑州—开封", "上午出发。"]),
    ("防晒配件 推荐类型 化学防晒\n- 防晒霜选择：每2小时补涂一次。\n",
     ["防晒配件 推荐类型 化学防晒", "- 防晒霜选择：每2小时补涂一次。"]),
    ("游览了故宫，\n- 景山公园。\n", ["游览了故宫，- 景山公园。"]),                     # (mid-sentence)
    # emoji as bullets start paragraphs after a sentence's end or another item, not mid-sentence
    ("注意事项：\n⚠️ 远离河道。\n✔️ 关好门窗。\n🏃‍♂️ 运动适量。\n", ["注意事项：", "⚠️ 远离河道。", "✔️ 关好门窗。", "🏃‍♂️ 运动适量。"]),
    ("报名方式：\n1️⃣ 线上报名；\n2️⃣ 现场报名。\n", ["报名方式：", "1️⃣ 线上报名；", "2️⃣ 现场报名。"]),
    ("大家一边品尝\n🍉西瓜一边聊天。\n", ["大家一边品尝🍉西瓜一边聊天。"]),
    # an item starts a paragraph after a sentence's end, an item or a short line (a heading)
    ("今年以来全市经济运行总体平稳，规模以上工业增加值在\n一、二季度分别增长。\n",
     ["今年以来全市经济运行总体平稳，规模以上工业增加值在一、二季度分别增长。"]),
    ("本市轨道交通建设进展顺利，地铁4号线已经开通运营，\n(2)号线开通。\n",
     ["本市轨道交通建设进展顺利，地铁4号线已经开通运营，(2)号线开通。"]),
    ("今年\n一、二季度增长。\n", ["今年一、二季度增长。"]),       # ... not prose starting with figures
    ("地铁\n(2)号线开通。\n", ["地铁(2)号线开通。"]),
    ("截至目前，全市共有\n1、2号线投入运营。\n", ["截至目前，全市共有1、2号线投入运营。"]),
    ("工程分两期，\n①已开工。\n", ["工程分两期，①已开工。"]),
    ("工作总结如下。\n（一）2024年重点工作。\n（二）个人所得税改革。\n",          # after a sentence's end:
     ["工作总结如下。", "（一）2024年重点工作。", "（二）个人所得税改革。"]),       # items, whatever follows
    ("具体要求：\n1、2024年1月1日起施行；\n", ["具体要求：", "1、2024年1月1日起施行；"]),
    ("报名条件\n1、个人申请\n", ["报名条件", "1、个人申请"]),                 # after a heading: items
    ("具体要求\n1、2024年1月1日起施行\n", ["具体要求", "1、2024年1月1日起施行"]),
    ("主要内容\n一、十大民生实事进展\n", ["主要内容", "一、十大民生实事进展"]),
    ("一、一季度工作\n二、二季度工作\n", ["一、一季度工作", "二、二季度工作"]),       # the next number
    ("一、二季度增长，\n(2)号线开通。\n", ["一、二季度增长，(2)号线开通。"]),
    ("报名条件\n（一）年满18周岁；\n\n附件\n1.报名表\n", ["报名条件", "（一）年满18周岁；", "附件", "1.报名表"]),
    ("第一段\n接着。\n\n第二段。\n", ["第一段接着。", "第二段。"]),
    # web copy, one paragraph a line with no indent: most lines end a sentence
    ("截至9月底，市值提升16%。\n今年合计，成交1133亿元。\n港股ADR报19725点。\n",
     ["截至9月底，市值提升16%。", "今年合计，成交1133亿元。", "港股ADR报19725点。"]),
    ("甲说：“好。”\n乙问：“行吗？”\n小标题\n丙答：“行！”\n", ["甲说：“好。”", "乙问：“行吗？”", "小标题", "丙答：“行！”"]),
    ("今年以来全市经济运行总体平稳，规模以上\n工业增加值增长5%。全年\n目标有望完成，消费\n市场回暖。\n",  # wrapped by hand
     ["今年以来全市经济运行总体平稳，规模以上工业增加值增长5%。全年目标有望完成，消费市场回暖。"]),
    ("第一句。\n第二句。\n", ["第一句。第二句。"]),                            # ... two lines: as before
    # copy one paragraph a line, with headings, fields and credits that end no sentence
    ("国家统计局15日发布数据显示，我国生产需求稳步恢复，经济运行延续恢复态势，各方面都有进展。\n"
     "服务业较快增长，接触型聚集型服务业持续改善\n5月份，全国服务业生产指数同比增长11.7%，比上月回落1.8个百分点。\n",
     ["国家统计局15日发布数据显示，我国生产需求稳步恢复，经济运行延续恢复态势，各方面都有进展。",
      "服务业较快增长，接触型聚集型服务业持续改善", "5月份，全国服务业生产指数同比增长11.7%，比上月回落1.8个百分点。"]),
    ("自11日起，我市公交首末班发车时间进行了调整。\n市内主要线路首末班发车时间\n1路\n首班:5:55(市政务中心发车)\n"
     "末班:20:30(市政务中心发车)\n2路\n",
     ["自11日起，我市公交首末班发车时间进行了调整。", "市内主要线路首末班发车时间", "1路",
      "首班:5:55(市政务中心发车)", "末班:20:30(市政务中心发车)", "2路"]),
    ("金华市婺城区人民政府关于印发政策举措的通知\n各乡镇人民政府、街道办事处:\n"
     "《关于推动经济高质量发展若干政策举措》已经区政府同意，现印发给你们，请认真贯彻执行。\n",
     ["金华市婺城区人民政府关于印发政策举措的通知", "各乡镇人民政府、街道办事处:",
      "《关于推动经济高质量发展若干政策举措》已经区政府同意，现印发给你们，请认真贯彻执行。"]),
    ("一、儿童预防接种门诊\n【接种时间】每周一至周五上午08:00—11:00\n【预约安排】请提前预约。\n",
     ["一、儿童预防接种门诊", "【接种时间】每周一至周五上午08:00—11:00", "【预约安排】请提前预约。"]),
    ("2月6日，《哪吒2》总票房超过57亿，登顶中国电影票房总榜榜首。\n发布日期:2025-02-08 |\n新闻 |\n阅读:55\n",
     ["2月6日，《哪吒2》总票房超过57亿，登顶中国电影票房总榜榜首。", "发布日期:2025-02-08 |", "新闻 |", "阅读:55"]),
    # a row of names between 一字空 ends its paragraph, as in a list of prizes
    ("一等奖：\n张伟　李娜　王建国\n二等奖：\n刘洋　陈静　赵丽华　孙强\n三等奖：\n周杰　吴敏\n",
     ["一等奖：", "张伟　李娜　王建国", "二等奖：", "刘洋　陈静　赵丽华　孙强", "三等奖：", "周杰　吴敏"]),
    # wrapped by hand: a line ending a sentence well short of the others ends its paragraph
    ("数据调研机构IDC发布报告，2024年第一季度全球智能\n手机出货量同比增长7.8%至2.894亿部。出货量连续第三个\n"
     "季度增长，这有力地表明复苏。\n三星以6010万部居榜首，出货量同比微跌0.7%，份额为\n20.8%。苹果排第二。\n",
     ["数据调研机构IDC发布报告，2024年第一季度全球智能手机出货量同比增长7.8%至2.894亿部。出货量连续第三个"
      "季度增长，这有力地表明复苏。", "三星以6010万部居榜首，出货量同比微跌0.7%，份额为20.8%。苹果排第二。"]),
    ("为满足市民出行需求，公交线路进行优化调\n整。369路公交车取消。\n市民出行请注意。\n具体线路可拨打热线咨询。\n",
     ["为满足市民出行需求，公交线路进行优化调整。369路公交车取消。", "市民出行请注意。", "具体线路可拨打热线咨询。"]),
    ("会议指出：\n一要抓好落实；\n二要强化责任；\n三要加强督查。\n",              # ；： end a line too
     ["会议指出：", "一要抓好落实；", "二要强化责任；", "三要加强督查。"]),
    ("小区突然停电\n昨日，我市召开会议。\n会议要求各单位落实。\n市民反映良好。\n",                # a heading ending in 电
     ["小区突然停电", "昨日，我市召开会议。", "会议要求各单位落实。", "市民反映良好。"]),
    ("本报讯（记者　张三）\n昨日，我市召开会议。\n会议要求各单位落实。\n市民反映良好。\n",                # a dateline runs on
     ["本报讯（记者　张三）昨日，我市召开会议。", "会议要求各单位落实。", "市民反映良好。"]),
    ("截至目前全市已有1200余项政务服务事项实现网上\n办理。\n群众办事更方便了。\n市民反映良好。\n",
     ["截至目前全市已有1200余项政务服务事项实现网上办理。", "群众办事更方便了。", "市民反映良好。"]),
    ("“小窗口”撬动“大服务”\n今年以来，我市推进改革。\n群众办事更方便了。\n记者手记：\n采访中，记者发现。\n",
     ["“小窗口”撬动“大服务”", "今年以来，我市推进改革。", "群众办事更方便了。", "记者手记：", "采访中，记者发现。"]),
    # an e-text hard-wrapped with every line indented, its paragraphs further: the margin is
    # no indent
    ("          那年夏天，我认识了一位名叫李婉丽的\n      上海姑娘。她来青藏高原已经三年了，\n      说话时总带着笑。\n"
     "          我想起人们传说的“高\n      山病”，心里有些害怕。\n",
     ["          那年夏天，我认识了一位名叫李婉丽的上海姑娘。她来青藏高原已经三年了，说话时总带着笑。",
      "          我想起人们传说的“高山病”，心里有些害怕。"]),
    ("          关于举办活动的通知\n　　各单位：\n　　为丰富职工生活，决定举办活动。\n　　一、活动时间\n"   # ... not copy
     "　　即日起至11月28日。\n　　二、活动地点\n　　职工之家。\n",                              # with a title
     ["          关于举办活动的通知", "　　各单位：", "　　为丰富职工生活，决定举办活动。", "　　一、活动时间",  # centred
      "　　即日起至11月28日。", "　　二、活动地点", "　　职工之家。"]),
    ("          今年以来，全市经济运行总体平稳，规模以上工业增加\n      值同比增长百分之五，固定资产投资稳步回升，社会消\n"   # ... with
     "      费品零售总额持续增长，进出口总额保持稳定，居民收\n      入增长与经济增长基本同步，就业形势总体稳定，物价\n"  # paragraphs
     "      水平温和上涨。\n          下一步，全市将继续坚持稳中求进工作总基调，完整准\n"                                   # of six
     "      确全面贯彻新发展理念，加快构建新发展格局，着力推\n      动高质量发展，更好统筹发展和安全，努力实现质的有\n"  # lines
     "      效提升和量的合理增长。\n",
     ["          今年以来，全市经济运行总体平稳，规模以上工业增加值同比增长百分之五，固定资产投资稳步回升，社会消"
      "费品零售总额持续增长，进出口总额保持稳定，居民收入增长与经济增长基本同步，就业形势总体稳定，物价水平温和上涨。",
      "          下一步，全市将继续坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推"
      "动高质量发展，更好统筹发展和安全，努力实现质的有效提升和量的合理增长。"]),
    ("    第一段。\n    第二段。\n        （一）第一项；\n        （二）第二项。\n",     # ... not paragraphs
     ["    第一段。", "    第二段。", "        （一）第一项；", "        （二）第二项。"]),          # indented alike
    # two lines ending sentences, the first longer than a hand's wrapping leaves: two paragraphs
    ("将6路、8路、22路、107路、108路调整为每天6:00至18:00运营，发车间隔20至30分钟一班，请市民合理安排出行。\n"
     "车辆运行时开窗通风。\n",
     ["将6路、8路、22路、107路、108路调整为每天6:00至18:00运营，发车间隔20至30分钟一班，请市民合理安排出行。",
      "车辆运行时开窗通风。"]),
    # a signature and its date typed as a block: each line as typed
    ("车辆运行时开窗通风。\n滁州市新冠肺炎疫情防控\n应急指挥部办公室\n2020年2月20日\n",
     ["车辆运行时开窗通风。", "滁州市新冠肺炎疫情防控", "应急指挥部办公室", "2020年2月20日"]),
    ("滁州市新冠肺炎疫情防控\n应急指挥部办公室\n2020年2月20日\n", ["滁州市新冠肺炎疫情防控", "应急指挥部办公室", "2020年2月20日"]),
    ("请做好准备。\n二〇一七年十二月五日\n", ["请做好准备。", "二〇一七年十二月五日"]),
    # web copy flattened into one line, a blank after each paragraph's end where the other
    # sentences end with none: one paragraph a piece
    ("当下，许多报刊都开设了时评栏目和版面。一些报纸每天都推出时评版面，对社会问题、热点新闻进行解读和分析。 "
     "时评的繁荣是一种进步，体现了公民参与社会事务的实现，也是公民建议权、监督权、表达权的实现。 "
     "有杂文家和作家曾经鄙薄时评，认为简单、粗糙，不登大雅之堂，没有文艺性和可读性，我也曾这么认为。\n",
     ["当下，许多报刊都开设了时评栏目和版面。一些报纸每天都推出时评版面，对社会问题、热点新闻进行解读和分析。 ",
      "时评的繁荣是一种进步，体现了公民参与社会事务的实现，也是公民建议权、监督权、表达权的实现。 ",
      "有杂文家和作家曾经鄙薄时评，认为简单、粗糙，不登大雅之堂，没有文艺性和可读性，我也曾这么认为。"]),
    # one blank after a sentence's end is a stray one
    ("昨日上午，市交警支队在人民路开展集中整治行动，共查处各类交通违法行为126起。 其中，电动自行车闯红灯、逆行等违法行为"
     "占比超过六成。民警提醒，市民出行要自觉遵守交通规则。\n",
     ["昨日上午，市交警支队在人民路开展集中整治行动，共查处各类交通违法行为126起。 其中，电动自行车闯红灯、逆行等违法行为"
      "占比超过六成。民警提醒，市民出行要自觉遵守交通规则。"]),
    # a blank after every sentence's end is a typist's habit; a short piece is no paragraph
    ("许多报刊都开设了时评栏目和版面。 一些报纸每天都推出时评版面。 时评的繁荣是一种进步，体现了公民的参与。\n",
     ["许多报刊都开设了时评栏目和版面。 一些报纸每天都推出时评版面。 时评的繁荣是一种进步，体现了公民的参与。"]),
    ("他说。 她笑了。然后他们一起走进了会场，会议正式开始，大家纷纷发言。\n",
     ["他说。 她笑了。然后他们一起走进了会场，会议正式开始，大家纷纷发言。"]),
    # a bulleted item starts a paragraph wherever it stands
    ("一、核心技术:智能化与性能的双重突破\n- 动力与续航\n小米 SU7 搭载自研超级电机 V6s 及碳化硅高压系统,零百加速 2.78 秒。\n"
     "- 智能驾驶\n采用全场景智能驾驶(HAD),配备双 Orin-X 芯片。\n",
     ["一、核心技术:智能化与性能的双重突破", "- 动力与续航", "小米 SU7 搭载自研超级电机 V6s 及碳化硅高压系统,零百加速 2.78 秒。",
      "- 智能驾驶", "采用全场景智能驾驶(HAD),配备双 Orin-X 芯片。"]),
    # but not a figure after a hyphen at a line's start, after a heading or mid-sentence: a
    # minus sign, a range
    ("展览将持续至下月底，开放时间为每天9:00\n- 17:00（16:30停止入场），周一闭馆，市民可凭\n身份证免费参观。\n",
     ["展览将持续至下月底，开放时间为每天9:00 - 17:00（16:30停止入场），周一闭馆，市民可凭身份证免费参观。"]),
    # credits typed a line each after the text, and a credit alone
    ("分列4-6位。\n文/北京青年报记者 褚鹏\n编辑/张颖川\n", ["分列4-6位。", "文/北京青年报记者 褚鹏", "编辑/张颖川"]),
    ("让爱国主义精神薪火相传，使\n\n校对 刘亚杰\n统筹 李 鑫\n审读 李玉冰\n编辑:许璐瑶\n",      # the desk's credits
     ["让爱国主义精神薪火相传，使", "校对 刘亚杰", "统筹 李 鑫", "审读 李玉冰", "编辑:许璐瑶"]),
    # copy one paragraph a line: fields with padded labels, a caption ending with its credit,
    # a numbered heading, a note's mark after a sentence's end each end their line
    ("张：完了，那些菜谱还都搁家里头呢，现在谁知道都扔哪儿去了，也没人学这个，真是可惜了。\n四、坟户春秋何淑玉口述\n"
     "时 间:1998年9月11日\n地 点:北京市海淀区某中学宿舍\n访谈者:定宜庄\n[访谈者按]何淑玉女士的家原是保福寺的坟户。\n",
     ["张：完了，那些菜谱还都搁家里头呢，现在谁知道都扔哪儿去了，也没人学这个，真是可惜了。", "四、坟户春秋何淑玉口述",
      "时 间:1998年9月11日", "地 点:北京市海淀区某中学宿舍", "访谈者:定宜庄", "[访谈者按]何淑玉女士的家原是保福寺的坟户。"]),
    ("这样从个体家庭的经验出发,以小切口反射大时代的口述史,在中国当下并不多见,值得一读再读,也值得每一个家庭都来认真想一想。\n"
     "2009年,祖孙三代合影:高彩云(中)及女儿赵丽君(左)、外孙女杨扬。图/受访者提供\n外婆\n"
     "《这辈子》的写作源起于一次越洋电话。2015年一天,远在爱尔兰的杨扬与回乡探亲的妹妹通电话。\n",
     ["这样从个体家庭的经验出发,以小切口反射大时代的口述史,在中国当下并不多见,值得一读再读,也值得每一个家庭都来认真想一想。",
      "2009年,祖孙三代合影:高彩云(中)及女儿赵丽君(左)、外孙女杨扬。图/受访者提供", "外婆",
      "《这辈子》的写作源起于一次越洋电话。2015年一天,远在爱尔兰的杨扬与回乡探亲的妹妹通电话。"]),
    ("小儿发热是儿科最常见的症状之一，家长往往非常紧张，需要了解一些基本的知识、处理方法和注意事项。\n"
     "· 伴有惊厥时需要紧急家庭处理甚至急救\n一、概述\n定义\n"
     "小儿发热指机体在致热原作用下或各种原因引起体温调节中枢的功能障碍时,体温升高超出正常范围。\n",
     ["小儿发热是儿科最常见的症状之一，家长往往非常紧张，需要了解一些基本的知识、处理方法和注意事项。",
      "· 伴有惊厥时需要紧急家庭处理甚至急救", "一、概述", "定义",
      "小儿发热指机体在致热原作用下或各种原因引起体温调节中枢的功能障碍时,体温升高超出正常范围。"]),
    ("看了这个“谈话本”,我觉得很惭愧。听录音的朋友可以对照这个“文字本”看,也可以对照原来的录音听。[1]\n"
     "[1]2016年5月,王其康、毛信军两位就秦绿枝当年采访盖叫天的情况对其做了访谈,整理成稿。\n",
     ["看了这个“谈话本”,我觉得很惭愧。听录音的朋友可以对照这个“文字本”看,也可以对照原来的录音听。[1]",
      "[1]2016年5月,王其康、毛信军两位就秦绿枝当年采访盖叫天的情况对其做了访谈,整理成稿。"]),
    ("记者在现场看到，工人们正在紧张施工，预计今年底前全部完工，届时将大大方便周边居民出行。工地上\n"
     "一派繁忙景象，十余台挖掘机正在作业，工人们头戴安全帽，有的在绑扎钢筋，有的在浇筑混凝土。\n",     # (no credit:
     ["记者在现场看到，工人们正在紧张施工，预计今年底前全部完工，届时将大大方便周边居民出行。工地上"       # a line
      "一派繁忙景象，十余台挖掘机正在作业，工人们头戴安全帽，有的在绑扎钢筋，有的在浇筑混凝土。"]),         # runs on)
    # a web page's source: its <p> and <br/> part the paragraphs (the tags go when the text is
    # normalised); a piece with nothing but tags is no paragraph
    ('<p class="ql-block">外出旅游,</p><p class="ql-block">单就兴趣而言,</p><p><br></p>\n',
     ['<p class="ql-block">外出旅游,</p>', '<p class="ql-block">单就兴趣而言,</p>']),
    ('好。<p hidden>藏起来的字</p>\n', ['好。<p hidden>藏起来的字</p>']),     # (no tag: an attribute with no value)
    ("第8版(副刊)<br/>专栏:<br/><br/>  神奇的红土地<br/>  谭健<br/>\n",
     ["第8版(副刊)<br/>", "专栏:<br/><br/>", "  神奇的红土地<br/>", "  谭健<br/>"]),
    # a sentence's end with a bracketed credit or source after it ends a line of copy one
    # paragraph a line (。(示意图/shutterstock), 。(文摘)), an open quotation or not
    ("华为将发布P70旗舰系列手机。(示意图/达志影像/shutterstock)\n华为去年8、9月推出Mate 60系列及Mate X5后，预计今年"
     "上半年推出新款旗舰机型P70系列。\n报导分析，7奈米DUV曝光机上的干净晶圆比较少。\n",
     ["华为将发布P70旗舰系列手机。(示意图/达志影像/shutterstock)",
      "华为去年8、9月推出Mate 60系列及Mate X5后，预计今年上半年推出新款旗舰机型P70系列。",
      "报导分析，7奈米DUV曝光机上的干净晶圆比较少。"]),
    ("✺小知识——步韵\n吴乔《答万季野诗问》说:“步韵最困人,如相欧而自絷手足也。今人不及古人,大率以此。(文摘)\n"
     "✺✺小资料\n罨画池:是中国四川省成都市下辖的崇州市市中心的一处园林。(文摘)\n",
     ["✺小知识——步韵", "吴乔《答万季野诗问》说:“步韵最困人,如相欧而自絷手足也。今人不及古人,大率以此。(文摘)",
      "✺✺小资料", "罨画池:是中国四川省成都市下辖的崇州市市中心的一处园林。(文摘)"]),
    # a quotation's source on a line of its own in copy one paragraph a line: a paragraph of
    # its own, not run into the tweet before it (ending with a link) nor the news after it
    ("法新社报导，泰勒丝的新歌Anti-Hero登上告示牌排行榜100首热门单曲榜(Billboard Hot 100)榜首。\n"
     "10 out of 10 of the Hot 100??? On my 10th album??? I AM IN SHAMBLES. https://t.co/q1n5Zc6pYA\n"
     "— Taylor Swift (@taylorswift13) October 31, 2022\n"
     "泰勒丝10月21日发行备受期待的专辑「午夜」,这是她个人第10张录音室专辑,也是继英国铁肺歌后爱黛儿(Adele)"
     "2015年推出专辑「25」后,一发行就空降告示牌200专辑排行榜(Billboard 200)冠军,单周销量最高。\n",
     ["法新社报导，泰勒丝的新歌Anti-Hero登上告示牌排行榜100首热门单曲榜(Billboard Hot 100)榜首。",
      "10 out of 10 of the Hot 100??? On my 10th album??? I AM IN SHAMBLES. https://t.co/q1n5Zc6pYA",
      "— Taylor Swift (@taylorswift13) October 31, 2022",
      "泰勒丝10月21日发行备受期待的专辑「午夜」,这是她个人第10张录音室专辑,也是继英国铁肺歌后爱黛儿(Adele)"
      "2015年推出专辑「25」后,一发行就空降告示牌200专辑排行榜(Billboard 200)冠军,单周销量最高。"]),
    ("他在信的结尾引用了一句话，这句话后来被许多人抄在笔记本上，直到今天仍在流传：人民对美好生活的向往\n"
     "——就是我们的奋斗目标，他说，这是他一生的信条。\n他的学生们后来都记住了这句话，并把它写进了毕业纪念册。\n",
     ["他在信的结尾引用了一句话，这句话后来被许多人抄在笔记本上，直到今天仍在流传：人民对美好生活的向往"
      "——就是我们的奋斗目标，他说，这是他一生的信条。", "他的学生们后来都记住了这句话，并把它写进了毕业纪念册。"]),
    ("会议将于下周在市政府召开，请各单位负责人于\n2020年2月20日\n", ["会议将于下周在市政府召开，请各单位负责人于2020年2月20日"]),
    # copy one paragraph a line, lines too long for a hand or a PDF to have wrapped: a line
    # ending with a figure (no stop typed) ends its paragraph, as does a title over a long
    # line and a web page's timestamp; not a line ending mid-sentence (，、 ——)
    # (lines of 48 to 53 字, within a tenth: a PDF's, whose line may end with a figure mid-sentence)
    ("京津冀及周边地区2+26城市平均优良天数比例为66.8%,同比上升3.5个百分点,PM2.5浓度为51微克/立方米,同比上升28.3%\n长三角41个城市平均优良天数比例为80.8%,同比下降7.0个百分点,PM2.5浓度为38微克/立方米,同比上升13.9%\n68个重点城市中,海口,拉萨,舟山等20个城市空气质量相对较好。\n", ["京津冀及周边地区2+26城市平均优良天数比例为66.8%,同比上升3.5个百分点,PM2.5浓度为51微克/立方米,同比上升28.3%长三角41个城市平均优良天数比例为80.8%,同比下降7.0个百分点,PM2.5浓度为38微克/立方米,同比上升13.9% 68个重点城市中,海口,拉萨,舟山等20个城市空气质量相对较好。"]),
    # (a figure at a long line's end before what goes on from it, a unit: the rest of a sentence)
    ("据农业农村部监测,2024年第1周“农产品批发价格200指数”为126.05,比前一周升0.28个点,牛肉每公斤71.31\n元,环比跌0.2%,羊肉每公斤62.67元,环比持平;猪肉每公斤20.95元。\n“菜篮子”产品批发价格指数为127.66。\n",
     ["据农业农村部监测,2024年第1周“农产品批发价格200指数”为126.05,比前一周升0.28个点,牛肉每公斤71.31元,环比跌0.2%,羊肉每公斤62.67元,环比持平;猪肉每公斤20.95元。", "“菜篮子”产品批发价格指数为127.66。"]),
    ("BRCA基因突变是不是一定会得乳腺癌?先别慌,看完这3点再判断\n拿到一份基因检测报告,上面写着“BRCA基因突变阳性”,"
     "很多人的第一反应可能就是天塌了——完了,这辈子肯定逃不过乳腺癌了。\n",
     ["BRCA基因突变是不是一定会得乳腺癌?先别慌,看完这3点再判断", "拿到一份基因检测报告,上面写着“BRCA基因突变阳性”,"
      "很多人的第一反应可能就是天塌了——完了,这辈子肯定逃不过乳腺癌了。"]),
    ("中国网财经 2019-01-21 10:27\n【国家统计局:全年出生人口1523万人,人口净增加530万人】2018年我国出生人口1523万人,"
     "人口出生率为10.94‰;死亡人口993万人,人口死亡率为7.13‰。\n",
     ["中国网财经 2019-01-21 10:27", "【国家统计局:全年出生人口1523万人,人口净增加530万人】2018年我国出生人口1523万人,"
      "人口出生率为10.94‰;死亡人口993万人,人口死亡率为7.13‰。"]),
    ("让我们一同追溯“郑州”之名背后,那些被时光浸透的源流、被岁月包浆的往事、被铭刻于基因里的故事——\n城起于此,"
     "名定于斯,这是一座城市最初的记忆,也是它一路走来最深的根脉与最长久的牵挂。\n",
     ["让我们一同追溯“郑州”之名背后,那些被时光浸透的源流、被岁月包浆的往事、被铭刻于基因里的故事——城起于此,"
      "名定于斯,这是一座城市最初的记忆,也是它一路走来最深的根脉与最长久的牵挂。"]),
    # (lines of 105 字 or more are no PDF's, however even their widths)
    ("京津冀及周边地区2+26城市平均优良天数比例为66.8%,同比上升3.5个百分点,PM2.5浓度为51微克/立方米,同比上升28.3%京津冀及周边地区2+26城市平均优良天数比例为66.8%,同比上升3.5个百分点,PM2.5浓度为51微克/立方米,同比上升28.3%\n长三角41个城市平均优良天数比例为80.8%,同比下降7.0个百分点,PM2.5浓度为38微克/立方米,同比上升13.9%长三角41个城市平均优良天数比例为80.8%,同比下降7.0个百分点,PM2.5浓度为38微克/立方米,同比上升13.9%\n68个重点城市中,海口,拉萨,舟山等20个城市空气质量相对较好。\n", ["京津冀及周边地区2+26城市平均优良天数比例为66.8%,同比上升3.5个百分点,PM2.5浓度为51微克/立方米,同比上升28.3%京津冀及周边地区2+26城市平均优良天数比例为66.8%,同比上升3.5个百分点,PM2.5浓度为51微克/立方米,同比上升28.3%", "长三角41个城市平均优良天数比例为80.8%,同比下降7.0个百分点,PM2.5浓度为38微克/立方米,同比上升13.9%长三角41个城市平均优良天数比例为80.8%,同比下降7.0个百分点,PM2.5浓度为38微克/立方米,同比上升13.9%", "68个重点城市中,海口,拉萨,舟山等20个城市空气质量相对较好。"]),
    # (a line in brackets over a line of the text: the original title's)
    ("(原标题:年度第3个!上海再发高温橙色预警,部分地区气温将超37度)\n盛夏时节酷热天,高温预警天天来,而且橙色预警越来越频繁。\n"
     "就在刚刚,上海中心气象台2019年07月30日12时13分更新高温黄色预警为高温橙色预警,预计今天最高气温将超过37度。\n",
     ["(原标题:年度第3个!上海再发高温橙色预警,部分地区气温将超37度)", "盛夏时节酷热天,高温预警天天来,而且橙色预警越来越频繁。",
      "就在刚刚,上海中心气象台2019年07月30日12时13分更新高温黄色预警为高温橙色预警,预计今天最高气温将超过37度。"]),
    # an item numbered after a bulleted one, and a numbered heading after a line ending with
    # an address, start paragraphs
    ("- 旱薄地:可提高至25~30万株\n(3)播种深度\n- 一般为3~5cm,过深影响出苗\n4. 灌溉管理\n",
     ["- 旱薄地:可提高至25~30万株", "(3)播种深度", "- 一般为3~5cm,过深影响出苗", "4. 灌溉管理"]),
    ("参考来源:国家小麦产业技术体系《高产小麦施肥技术指南》http://www.nwsts.org.cn\n3. 播种技术\n",
     ["参考来源:国家小麦产业技术体系《高产小麦施肥技术指南》http://www.nwsts.org.cn", "3. 播种技术"]),
    ("- 旱薄地:可提高至\n1、2号线\n", ["- 旱薄地:可提高至1、2号线"]),        # (prose that starts as an item)
    ("● 接送孩子请遵守交通规则,不在校门口违停,高三\n(2)班等毕业班学生早自习提前至7:00开始\n",    # (a bullet's line
     ["● 接送孩子请遵守交通规则,不在校门口违停,高三(2)班等毕业班学生早自习提前至7:00开始"]),      # wrapped by hand)
    # a painting's credit ends a line of copy one paragraph a line
    ("图为郑州老街(油画),这些狭窄的街道,虽然没有现代的宽广大道那么气派,但其中蕴含的文化积淀却十分深厚。常宗贤/作\n"
     "郑州老城区含有“里”的地名,可以分为多种类别。\n",
     ["图为郑州老街(油画),这些狭窄的街道,虽然没有现代的宽广大道那么气派,但其中蕴含的文化积淀却十分深厚。常宗贤/作",
      "郑州老城区含有“里”的地名,可以分为多种类别。"]),
    ("外婆常说:这碗汤要趁热喝才有味道\n我总是点头:好\n然后捧着碗,一口一口喝完。\n",          # (two: dialogue
     ["外婆常说:这碗汤要趁热喝才有味道我总是点头:好然后捧着碗,一口一口喝完。"]),               # wrapped by hand)
    # (after a % nothing goes on: 人均 and 年内 start their paragraphs)
    ("今年一季度，全市规模以上工业增加值同比增长8.2%，高于全国平均水平2.1个百分点，其中高技术制造业增加值同比上升28.3%\n人均可支配收入方面，全市居民人均可支配收入达到1.2万元，同比增长5.6%，城乡居民收入差距进一步缩小，消费市场持续回暖，社会消费品零售总额、限额以上单位商品零售额等指标均实现较快增长。\n日前，市统计局还发布了《2024年全市国民经济和社会发展统计公报》，全年地区生产总值首次突破1.4万亿元，比上年增长6.1%\n年内，我市将继续实施扩大内需战略，出台促消费政策措施。\n", ["今年一季度，全市规模以上工业增加值同比增长8.2%，高于全国平均水平2.1个百分点，其中高技术制造业增加值同比上升28.3%", "人均可支配收入方面，全市居民人均可支配收入达到1.2万元，同比增长5.6%，城乡居民收入差距进一步缩小，消费市场持续回暖，社会消费品零售总额、限额以上单位商品零售额等指标均实现较快增长。", "日前，市统计局还发布了《2024年全市国民经济和社会发展统计公报》，全年地区生产总值首次突破1.4万亿元，比上年增长6.1%", "年内，我市将继续实施扩大内需战略，出台促消费政策措施。"]),
    # two fields, one with a field's own label, are a paragraph each
    ("时间:3月8日下午3点\n地点:社区图书室二楼\n", ["时间:3月8日下午3点", "地点:社区图书室二楼"]),
    ("评论员:王晓东\n发布时间:2024年11月8日\n", ["评论员:王晓东", "发布时间:2024年11月8日"]),
    # a web list whose bullet, label and text came on lines of their own: one item a paragraph
    ("五大错误用法警示\n-\n错判病种\n:把炭疽病误诊为白粉病使用(药效仅32%)\n-\n超量使用\n:浓度超过1500倍导致药害\n",
     ["五大错误用法警示", "- 错判病种:把炭疽病误诊为白粉病使用(药效仅32%)", "- 超量使用:浓度超过1500倍导致药害"]),
    ("浓度控制\n:\n-\n果树类:800-1200倍液\n-\n蔬菜类:1500-2000倍液\n",
     ["浓度控制:", "- 果树类:800-1200倍液", "- 蔬菜类:1500-2000倍液"]),
    # fields typed a line each, three or more, are a paragraph each, and the line after them too
    ("地震详细情况:\n发震时刻:2014-09-27 08:41:21.0\n震中纬度:27.7\n震源深度:3\n据省地震局介绍,这次地震发生在山区。\n",
     ["地震详细情况:", "发震时刻:2014-09-27 08:41:21.0", "震中纬度:27.7", "震源深度:3", "据省地震局介绍,这次地震发生在山区。"]),
    # a web page's bar on a line of its own is a paragraph of its own (prepare takes it out)
    ("|\n雨雪天气过后气温快速回升,这个周末天气不错。\n|\n", ["|", "雨雪天气过后气温快速回升,这个周末天气不错。", "|"]),
    ("专家提醒，高温天气要注意防暑。\n\\\n多喝水，少外出，避免长时间暴晒。\n",                  # (a picture's place)
     ["专家提醒，高温天气要注意防暑。", "\\", "多喝水，少外出，避免长时间暴晒。"]),
    # lettered items, each ending with its bracket, one a line
    ("据统计,到目前为止,江浙地区乒乓爱好者参与人数已占据本次大赛10%的报名名额,沪上报名人数也日渐增多,本站记者特别提醒各位乒乓爱好者欲报从速。\n"
     "A、上海三杰广告有限公司(定西路1277号长峰大厦203-205室。电话:021-52373901)\n"
     "B、上海市乒乓球协会(建国西路135号3号楼116室。电话:021-64660399)\n",
     ["据统计,到目前为止,江浙地区乒乓爱好者参与人数已占据本次大赛10%的报名名额,沪上报名人数也日渐增多,本站记者特别提醒各位乒乓爱好者欲报从速。",
      "A、上海三杰广告有限公司(定西路1277号长峰大厦203-205室。电话:021-52373901)",
      "B、上海市乒乓球协会(建国西路135号3号楼116室。电话:021-64660399)"]),
    # (an item that ends with a bracket mid-sentence, in a PDF's lines, runs on)
    ("（一）2023年全市完成固定资产投资比上年增长5.2%，其中工业投资（不含农户投资）\n"
     "增长12.1%，基础设施投资增长6.8%，民间投资增长3.1%，投资结构进一步优化。\n",
     ["（一）2023年全市完成固定资产投资比上年增长5.2%，其中工业投资（不含农户投资）增长12.1%，基础设施投资增长6.8%，民间投资增长3.1%，投资结构进一步优化。"]),
    ("本场比赛，葡萄牙队以3比1击败对手，顺利晋级八强。\nC.罗纳尔多在第63分钟打入一球。\n",   # (an initial, no item)
     ["本场比赛，葡萄牙队以3比1击败对手，顺利晋级八强。C.罗纳尔多在第63分钟打入一球。"]),
    ("■主展区位于会展中心一\n号馆和二号馆，展出面积3万平方米。\n", ["■主展区位于会展中心一号馆和二号馆，展出面积3万平方米。"]),
    ("市市场监管局提醒消费者，网购家电时应认准\n【官方旗舰店】标识，并保留好购物凭证。\n",
     ["市市场监管局提醒消费者，网购家电时应认准【官方旗舰店】标识，并保留好购物凭证。"]),
    ("消防队员闻讯\n后迅速赶到现场。\n", ["消防队员闻讯后迅速赶到现场。"]),          # (no dateline)
    ("■据新华社北京6月1日电\n5月份中国制造业采购经理指数为50.2%。\n",                  # (after a bullet and 据)
     ["■据新华社北京6月1日电\u30005月份中国制造业采购经理指数为50.2%。"]),
    ("极目新闻讯\n7月23日，武汉市气象台发布高温预警。\n", ["极目新闻讯\u30007月23日，武汉市气象台发布高温预警。"]),
    # a table's rows typed with blanks: dates, codes and counts are figures' cells; a | row's comma
    ("今年高考时间安排如下：\n6月7日 9:00-11:30 语文\n6月7日 15:00-17:00 数学\n6月8日 9:00-11:30 物理\n",
     ["今年高考时间安排如下：", "6月7日 9:00-11:30 语文", "6月7日 15:00-17:00 数学", "6月8日 9:00-11:30 物理"]),
    ("| 粮油, 食品类 | 2473 | 9.7 |\n| 饮料类 | 331 | 8.2 |\n| 烟酒类 | 798 | 9.5 |\n",
     ["| 粮油, 食品类 | 2473 | 9.7 |", "| 饮料类 | 331 | 8.2 |", "| 烟酒类 | 798 | 9.5 |"]),
    # options A. B. C. are items, whatever their first characters; a label alone ends its line
    ("下列哪种行为属于安全驾驶？\nA.安全带随时系好\nB.边开车边打电话\nC.疲劳驾驶\n",
     ["下列哪种行为属于安全驾驶？", "A.安全带随时系好", "B.边开车边打电话", "C.疲劳驾驶"]),
    ("景区将延长开放时间。\n【温馨提示】\n请游客朋友提前在网上预约。\n", ["景区将延长开放时间。", "【温馨提示】", "请游客朋友提前在网上预约。"]),
    # the last item, ending with its bracket short of the widest line, ends its paragraph
    ("据统计,到目前为止,江浙地区乒乓爱好者参与人数已占据本次大赛10%的报名名额,沪上报名人数也日渐增多,本站记者特别提醒各位乒乓爱好者欲报从速。\n"
     "E、上海红厦乒乓馆（闸北区王家宅路164号，西藏北路口。电话：021-51002162）\n网络报名请登陆www.sunagesh.com。\n",
     ["据统计,到目前为止,江浙地区乒乓爱好者参与人数已占据本次大赛10%的报名名额,沪上报名人数也日渐增多,本站记者特别提醒各位乒乓爱好者欲报从速。",
      "E、上海红厦乒乓馆（闸北区王家宅路164号，西藏北路口。电话：021-51002162）", "网络报名请登陆www.sunagesh.com。"]),
    ("新华社东京7月23日电\n（记者　李子越）日本首相石破茂23日表示。\n",               # (solid before its credit)
     ["新华社东京7月23日电（记者　李子越）日本首相石破茂23日表示。"]),

    ("A、B两队\n今天交手\n", ["A、B两队今天交手"]),          # (prose that starts as a lettered item)
    # a bullet that is a mark of its own starts a paragraph, typed solid or not, and a bulleted
    # heading ends its own; a label in 【】 at a line's start starts one
    ("▶演出地点\n武汉琴台大剧院,地址在沿河大道\n", ["▶演出地点", "武汉琴台大剧院,地址在沿河大道"]),
    ("◆ 报名须知\n请携带身份证原件\n", ["◆ 报名须知", "请携带身份证原件"]),
    ("套票:880元*2张=1380元\n➤演出时长:约135分钟\n", ["套票:880元*2张=1380元", "➤演出时长:约135分钟"]),
    ("5月至9月09:00至11:30,14:00至17:30(17:00后停止入馆)\n【济宁博物馆开放时间表2021】10月至次年4月09:00至11:30\n",
     ["5月至9月09:00至11:30,14:00至17:30(17:00后停止入馆)", "【济宁博物馆开放时间表2021】10月至次年4月09:00至11:30"]),
    ("张○○\n○○公司的员工\n", ["张○○○○公司的员工"]),       # (○ stands for a character withheld)
    ("他说,\n▶是播放键\n", ["他说,▶是播放键"]),              # (after a line that ends mid-sentence)
    # two fields labelled with days are a paragraph each
    ("10月1-3日:上午8:30-12:00 下午2:30-5:30\n10月4-7日:休馆\n", ["10月1-3日:上午8:30-12:00 下午2:30-5:30", "10月4-7日:休馆"]),
    ("周一至周五:9:00-17:00\n周六:9:00-12:00\n", ["周一至周五:9:00-17:00", "周六:9:00-12:00"]),
    # a dateline on a line of its own runs on after a 一字空 (after its credit's bracket, solid);
    # a caption ending with two agencies' credit ends its paragraph
    ("7月21日,在日本东京,日本首相石破茂在记者会上发言。新华社/共同社\n新华社北京7月23日电\n多家日本媒体23日援引消息人士的话报道,首相石破茂有意在8月底前宣布辞职,为执政联盟参议院选举失利担责。\n",
     ["7月21日,在日本东京,日本首相石破茂在记者会上发言。新华社/共同社",
      "新华社北京7月23日电\u3000多家日本媒体23日援引消息人士的话报道,首相石破茂有意在8月底前宣布辞职,为执政联盟参议院选举失利担责。"]),
    # a web page's timestamp alone, or a field of a date, is a paragraph, and so is the line after
    ("央视新闻\n2026-01-09 16:24\n据民调机构韩国盖洛普9日公布的最新民意调查结果,韩国总统李在明的国政支持率回升至60%。\n",
     ["央视新闻", "2026-01-09 16:24", "据民调机构韩国盖洛普9日公布的最新民意调查结果,韩国总统李在明的国政支持率回升至60%。"]),
    ("日期:09-20\n联合国大会\n", ["日期:09-20", "联合国大会"]),
    ("证券之星 2024-04-13 00:00:00\n公司代码:601136 公司简称:首创证券\n",       # (a source's name before it)
     ["证券之星 2024-04-13 00:00:00", "公司代码:601136 公司简称:首创证券"]),
    # two lines, the first a numbered item longer than a hand's wrap ending with a figure
    ("四、2月份银行间人民币市场同业拆借月加权平均利率为1.85%,质押式债券回购月加权平均利率为1.89%\n"
     "2月份银行间人民币市场以拆借、现券和回购方式合计成交136.49万亿元,日均成交7.58万亿元。\n",
     ["四、2月份银行间人民币市场同业拆借月加权平均利率为1.85%,质押式债券回购月加权平均利率为1.89%",
      "2月份银行间人民币市场以拆借、现券和回购方式合计成交136.49万亿元,日均成交7.58万亿元。"]),
    ("四、据统计，本市今年以来新增就业岗位的数量为全省第一，增长速度达到百分之十二点五，人数为4\n"
     "万人，其中高校毕业生占比过半。\n",                                   # (a bare figure before its unit)
     ["四、据统计，本市今年以来新增就业岗位的数量为全省第一，增长速度达到百分之十二点五，人数为4万人，其中高校毕业生占比过半。"]),
    # a field's value may hold commas between figures (a list of dates and times)
    ("节目单\n时间:2023年7月14日19:30,7月15日19:30\n地点:大剧场\n", ["节目单", "时间:2023年7月14日19:30,7月15日19:30", "地点:大剧场"]),
    # a line that ends inside a 书名号 or a bracket it opened runs on, short as it is, before a
    # long line: no title, a wrap by hand (…条例(草 / 案)》,评议了…)
    ("本报讯市十三届人大常委会第21次会议前日下午在八大关会议厅结束。\n本次会议审议了《青岛市城市公共汽车客运管理条例(草\n"
     "案)》,评议了市卫生局、司法局、环保局工作,审议了关于开展青岛市人大代表述职工作的意见,表决通过了有关议案。\n"
     "市人大常委会主任徐长聚,副主任程友新、张先平出席会议。宗和主持前日下午的第二次全体会议。\n",
     ["本报讯市十三届人大常委会第21次会议前日下午在八大关会议厅结束。", "本次会议审议了《青岛市城市公共汽车客运管理条例(草"
      "案)》,评议了市卫生局、司法局、环保局工作,审议了关于开展青岛市人大代表述职工作的意见,表决通过了有关议案。",
      "市人大常委会主任徐长聚,副主任程友新、张先平出席会议。宗和主持前日下午的第二次全体会议。"]),
    # a heading among lines none of which ends a sentence (an info box's), well short of them,
    # is a paragraph of its own, and so is a last line letter-spaced by hand
    ("免疫程序\n1、成人剂型:3周岁及以上人群接种1针\n2、儿童剂型:6月龄至35月龄人群,接种2剂,两剂间隔28天\n抗体类型\n"
     "甲型和乙型流行性感冒病毒(简称流感)病毒株\nH1N1、H3N2、By、Bv\n温 馨 提 醒\n",
     ["免疫程序", "1、成人剂型:3周岁及以上人群接种1针", "2、儿童剂型:6月龄至35月龄人群,接种2剂,两剂间隔28天", "抗体类型",
      "甲型和乙型流行性感冒病毒(简称流感)病毒株H1N1、H3N2、By、Bv", "温 馨 提 醒"]),
    ("今年以来全市经济运行总体平稳，规模以上工业增加值\n增长6.1%，社会消费品零售总额增长\n7.2%，固定资产投资增长\n5.5%。\n",
     ["今年以来全市经济运行总体平稳，规模以上工业增加值增长6.1%，社会消费品零售总额增长7.2%，固定资产投资增长5.5%。"]),
    # (nor a sentence's last words wrapped by hand, after an ellipsis or a quote: a heading ends no sentence)
    ("老人拉着记者的手，一遍又一遍地说：“我等\n他回来……”\n说完这句话，老人转过身去，默默地擦了擦眼角，院子里那棵老槐树\n还是老样子\n",
     ["老人拉着记者的手，一遍又一遍地说：“我等他回来……”", "说完这句话，老人转过身去，默默地擦了擦眼角，院子里那棵老槐树还是老样子"]),
    # (but not before a line starting with a mark no paragraph may start with: a box's ☑ pasted as ?)
    ("一、总则\n（二）非经常性损益项目和金额\n?适用 □不适用\n公司本报告期内非经常性损益金额合计为1234万元，主要为政府补助\n",
     ["一、总则", "（二）非经常性损益项目和金额?适用 □不适用公司本报告期内非经常性损益金额合计为1234万元，主要为政府补助"]),
    # (a bracket typed half-width closes one typed full width: the title is no line cut inside one)
    ("郑州市人民政府办公厅关于印发郑州市老旧小区改造实施方案（试行)的通知\n各县（市、区）人民政府，市人民政府各部门，各有关单位：现将"
     "《郑州市老旧小区改造实施方案（试行）》印发给你们，请认真贯彻执行。\n",
     ["郑州市人民政府办公厅关于印发郑州市老旧小区改造实施方案（试行)的通知", "各县（市、区）人民政府，市人民政府各部门，各有关单位：现将"
      "《郑州市老旧小区改造实施方案（试行）》印发给你们，请认真贯彻执行。"]),
    ("乳腺癌？先别慌，看完这3点再判断（上）\n拿到一份基因检测报告，上面写着“BRCA基因突变阳性”，很多人的第一反应可能就是天塌了——"
     "完了，这辈子肯定逃不过乳腺癌了，于是辗转反侧夜不能寐。\n",                  # (a title with its brackets closed)
     ["乳腺癌？先别慌，看完这3点再判断（上）", "拿到一份基因检测报告，上面写着“BRCA基因突变阳性”，很多人的第一反应可能就是天塌了——"
      "完了，这辈子肯定逃不过乳腺癌了，于是辗转反侧夜不能寐。"]),
    # a recipe typed a line an item: steps numbered in sequence, with a mark after the number or
    # none, amounts and the headings between them, each a paragraph, whatever the line before ends
    # with (not 4鸡蛋 read as four eggs after …柠檬汁)
    ("预备柠檬一个先澈底洗净表面(尤其注意表面的蜡质),用细刨刨出柠檬皮屑(只要柠檬皮表面黄色的部份,不要刨到任何白色,"
     "否则会变苦),之后切开柠檬榨出 1 汤匙柠檬汁\n2溶化牛油成溶液备用\n3面粉,泡打粉及盐用手动打蛋器搅拌至均匀柔无粉粒(过筛亦可)\n"
     "4鸡蛋稍为打散(鸡蛋需预先放到室温,不要冰的)\n5分三次用粉筛筛入糖粉,每次加入后打至糖粉完全溶解\n",
     ["预备柠檬一个先澈底洗净表面(尤其注意表面的蜡质),用细刨刨出柠檬皮屑(只要柠檬皮表面黄色的部份,不要刨到任何白色,"
      "否则会变苦),之后切开柠檬榨出 1 汤匙柠檬汁", "2溶化牛油成溶液备用", "3面粉,泡打粉及盐用手动打蛋器搅拌至均匀柔无粉粒(过筛亦可)",
      "4鸡蛋稍为打散(鸡蛋需预先放到室温,不要冰的)", "5分三次用粉筛筛入糖粉,每次加入后打至糖粉完全溶解"]),
    ("龙骨（即腔骨）1.5斤，藕1.5斤，牛蒡1根，红枣8粒，枸杞一小撮，葱1段，姜1块，八角2粒，黄酒小半碗，火腿或咸肉4片，盐适量\n"
     "1.龙骨洗净，放入冷水中开大火，把血水煮出来。\n2.同期边上用砂锅先烧半锅的热水。\n",
     ["龙骨（即腔骨）1.5斤，藕1.5斤，牛蒡1根，红枣8粒，枸杞一小撮，葱1段，姜1块，八角2粒，黄酒小半碗，火腿或咸肉4片，盐适量",
      "1.龙骨洗净，放入冷水中开大火，把血水煮出来。", "2.同期边上用砂锅先烧半锅的热水。"]),
    ("主料\n五花肉 500克（选择三层肥瘦相间的带皮五花肉，口感最佳）\n梅干菜 100克（推荐芥菜干或萝卜干）\n辅料\n"
     "生姜 3片、大葱 1段、八角 2颗、香叶 1片（可选，增加香气）\n调料\n生抽 2汤匙、老抽 1汤匙、冰糖 15克\n"
     "第一步：梅干菜的预处理（关键步骤）\n1. 浸泡与清洗：梅干菜用清水冲洗表面浮尘，然后用温水浸泡30分钟，泡发后仔细挤出水分。\n"
     "2. 蒸制增香：将泡好的梅干菜挤干水分，放入蒸锅，上汽后蒸15分钟，去除可能的涩味。\n",
     ["主料", "五花肉 500克（选择三层肥瘦相间的带皮五花肉，口感最佳）", "梅干菜 100克（推荐芥菜干或萝卜干）", "辅料",
      "生姜 3片、大葱 1段、八角 2颗、香叶 1片（可选，增加香气）", "调料", "生抽 2汤匙、老抽 1汤匙、冰糖 15克",
      "第一步：梅干菜的预处理（关键步骤）", "1. 浸泡与清洗：梅干菜用清水冲洗表面浮尘，然后用温水浸泡30分钟，泡发后仔细挤出水分。",
      "2. 蒸制增香：将泡好的梅干菜挤干水分，放入蒸锅，上汽后蒸15分钟，去除可能的涩味。"]),
    # (not prose typed with blanks around its figures, nor a wrap after a figure before a word)
    ("截至 2023 年 9 月 30 日，贵州茅台酒股份有限公司（以下简称“公司”）\n未分配利润为 180,127,033,586.31 元。"
     "经董事会决议，公司拟在 2023 年度内以实施权益分派股权登记日公司总股本为基数实施回报股东特别分红。本次分红方案如下：\n",
     ["截至 2023 年 9 月 30 日，贵州茅台酒股份有限公司（以下简称“公司”）未分配利润为 180,127,033,586.31 元。"
      "经董事会决议，公司拟在 2023 年度内以实施权益分派股权登记日公司总股本为基数实施回报股东特别分红。本次分红方案如下："]),
    ("全市共有 5人\n参加了比赛。\n", ["全市共有 5人参加了比赛。"]),      # (one line of an amount is no list)
    # fields typed a line each, commas in their values or not, and a heading after them
    ("天气概况\n气温:13℃~21℃(不同来源略有差异,最高温可达20℃-21℃,最低温10℃-13℃)\n天气现象:多云或阴天,风力较大(东北风7级)\n"
     "体感温度:约13℃左右,湿度较高\n穿衣指南\n\n1. 基础搭配\n",
     ["天气概况", "气温:13℃~21℃(不同来源略有差异,最高温可达20℃-21℃,最低温10℃-13℃)", "天气现象:多云或阴天,风力较大(东北风7级)",
      "体感温度:约13℃左右,湿度较高", "穿衣指南", "1. 基础搭配"]),
    # (not the rest of a value or of a turn wrapped by hand, nor of an amount's note)
    ("时间：3月5日上午9时，持续约两小时\n地点：市民文化中心，东门进入\n主办：市文化广电和旅游局，市总工会联合\n举办\n",
     ["时间：3月5日上午9时，持续约两小时", "地点：市民文化中心，东门进入", "主办：市文化广电和旅游局，市总工会联合举办"]),
    ("五花肉 500克\n梅干菜 100克\n生抽 2汤匙（也可以用老抽代替，但颜色会深一些，用量需要减\n半）\n",
     ["五花肉 500克", "梅干菜 100克", "生抽 2汤匙（也可以用老抽代替，但颜色会深一些，用量需要减半）"]),
    ("今年 3月，全市共接待游客超过一千万人次，同比增长百分之十二点五\n其中 2月，接待外地游客约三百万人次，比去年同期多出不少\n人。\n",
     ["今年 3月，全市共接待游客超过一千万人次，同比增长百分之十二点五其中 2月，接待外地游客约三百万人次，比去年同期多出不少人。"]),
    ("面团醒发后加入\n2勺白糖和少许盐继续揉匀，再包入\n3片火腿和一些葱花，最后撒上\n4勺芝麻即可。\n",
     ["面团醒发后加入2勺白糖和少许盐继续揉匀，再包入3片火腿和一些葱花，最后撒上4勺芝麻即可。"]),
    # a table of words under a row of headings, its cells parted by blanks: a row a paragraph
    ("路段 路况 建议\nG4京港澳高速(石家庄-安阳) 部分施工,限速80km/h 可选择绕行G45大广高速\n"
     "G45大广高速(衡水-濮阳) 畅通,车流较少 适合不赶时间的自驾游客\n",
     ["路段 路况 建议", "G4京港澳高速(石家庄-安阳) 部分施工,限速80km/h 可选择绕行G45大广高速",
      "G45大广高速(衡水-濮阳) 畅通,车流较少 适合不赶时间的自驾游客"]),
    # a numbered heading a word processor's copy ran into the sentence before it, a blank
    # between: a paragraph of its own, and the text under it too where its line ends
    ("营造文明和谐的校园环境。 二、活动时间\n2019年4月1日至4月4日。 三、活动主题\n纪念先人、缅怀先烈、文明祭扫\n",
     ["营造文明和谐的校园环境。 ", "二、活动时间", "2019年4月1日至4月4日。 ", "三、活动主题", "纪念先人、缅怀先烈、文明祭扫"]),
    ("会议强调，要抓好落实。 （一）加强组织领导，明确责任分工。\n", ["会议强调，要抓好落实。 ", "（一）加强组织领导，明确责任分工。"]),
    ("他说：“这是第一步。 二、不要急。”\n", ["他说：“这是第一步。 二、不要急。”"]),        # (inside a quotation)
    ("这是第一步。 二、三步还没走。\n", ["这是第一步。 二、三步还没走。"]),               # (二、三: a count)
    # (a sentence wrapped by hand after the heading: the heading starts its paragraph, no more)
    ("特举办本次活动。 二、活动时间为2019年\n4月1日至4月4日，请各班按时参加。\n",
     ["特举办本次活动。 ", "二、活动时间为2019年4月1日至4月4日，请各班按时参加。"]),
    ("这项工作有三个难点。 二、资金缺口较大\n但各方正在积极筹措。\n", ["这项工作有三个难点。 ", "二、资金缺口较大但各方正在积极筹措。"]),
    ("会议提出三点要求。 一、压实责任；二、强化督导；三、加强宣传。\n",                # (a list run in a sentence)
     ["会议提出三点要求。 一、压实责任；二、强化督导；三、加强宣传。"]),
    ("本次活动要求如下。 一、凡参加本次活动的\n同学须于周五前报名。\n",                # (的: the words go on)
     ["本次活动要求如下。 ", "一、凡参加本次活动的同学须于周五前报名。"]),
    ("加强安全教育。 一、活动目的\n通过开展安全教育系列活动，增强师生安全意识。\n",      # (目的: no word going on)
     ["加强安全教育。 ", "一、活动目的", "通过开展安全教育系列活动，增强师生安全意识。"]),
    ("对下一步工作作出了部署。 二、主要任务\n（一）加强组织领导；（二）强化宣传引导。\n",  # (its items of a level below)
     ["对下一步工作作出了部署。 ", "二、主要任务", "（一）加强组织领导；（二）强化宣传引导。"]),
    # ... in copy flattened to one line, the heading ends at a blank, and the items numbered in
    # figures run in after it, one after another, start paragraphs too
    ("有偏北大风。 一、具体天气预报 今天夜里晴转多云。 二、防范建议 1. 大风降温影响成熟。 2.采取加固措施。 3.防范大风。\n",
     ["有偏北大风。 ", "一、具体天气预报 今天夜里晴转多云。 ", "二、防范建议 ", "1. 大风降温影响成熟。 ", "2.采取加固措施。 ",
      "3.防范大风。"]),
    ("会议指出问题。 二、今年以来 我市经济平稳。\n", ["会议指出问题。 ", "二、今年以来 我市经济平稳。"]),   # (a pause)
    ("要求如下。 二、注意事项 王教授说：“夏季要注意三点。 1.多喝水。 2.少熬夜。”\n",          # (in a quotation)
     ["要求如下。 ", "二、注意事项 王教授说：“夏季要注意三点。 1.多喝水。 2.少熬夜。”"]),
    ("小编给大家整理好了😍\n🍉 西瓜：清热解暑\n🍑 桃子：补气\n", ["小编给大家整理好了😍", "🍉 西瓜：清热解暑", "🍑 桃子：补气"]),
    ("各单位要抓好落实。 二、资金缺口较大 但各方正在筹措。\n",                      # (但: the words go on)
     ["各单位要抓好落实。 ", "二、资金缺口较大 但各方正在筹措。"]),
    ("全年增长较快。 二、主要指标 全年增长3.5%。 3.5亿元投向农业。\n",                # (a decimal, no item)
     ["全年增长较快。 ", "二、主要指标 全年增长3.5%。 3.5亿元投向农业。"]),
    ("会议指出了问题。 5.8级地震造成损失。 6.5级余震随后发生。\n",                   # (no heading cut: no items)
     ["会议指出了问题。 5.8级地震造成损失。 6.5级余震随后发生。"]),
    # a notice's title, then whom it addresses, on lines of their own
    ("举行清明节系列活动的通知\n全体班主任:\n为了营造氛围，特举行活动。\n",
     ["举行清明节系列活动的通知", "全体班主任:", "为了营造氛围，特举行活动。"]),
    ("我们收到了学校的通知\n全体同学：明天放假。\n", ["我们收到了学校的通知全体同学：明天放假。"]),   # (a sentence)
    ("举行“缅怀先烈，争当好少年”活动的通知\n全体班主任:\n", ["举行“缅怀先烈，争当好少年”活动的通知", "全体班主任:"]),
    ("根据省政府下发的紧急通知\n各县市区要在月底前完成以下工作：\n",                  # (not whom it addresses)
     ["根据省政府下发的紧急通知各县市区要在月底前完成以下工作："]),
    ("市教育局印发了关于暑期安全工作的通知\n主要内容如下：\n", ["市教育局印发了关于暑期安全工作的通知主要内容如下："]),
    ("根据市防汛抗旱指挥部下发的紧急通知\n各乡镇务必立即落实以下措施：\n",
     ["根据市防汛抗旱指挥部下发的紧急通知各乡镇务必立即落实以下措施："]),
    ("关于做好防汛工作的紧急通知\n各乡镇人民政府：\n", ["关于做好防汛工作的紧急通知", "各乡镇人民政府："]),
    ("关于开展防汛检查的通知\n各县（市、区）教育局：\n", ["关于开展防汛检查的通知", "各县（市、区）教育局："]),
    ("关于开展防汛检查的通知\n各派出所、各大队：\n", ["关于开展防汛检查的通知", "各派出所、各大队："]),
])
def test_indented_lines_and_list_items_start_paragraphs(tmp_path, body, paragraphs):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\n---\n" + body})
    story = load_page(page).sections[0].stories[0]
    assert [p.text for p in story.paragraphs] == paragraphs


@pytest.mark.parametrize("value, track", [("1/16", 1 / 16), ("0", 0.0), ("0.05", 0.05), ("1/20", 0.05),
                                          ('"0.05"', 0.05), ("0.0625", 1 / 16)])
def test_page_tracking_accepts_numbers_and_fractions(tmp_path, value, track):
    page = load_page(make_page(tmp_path, f"page:\n  tracking: {value}\nsections:\n  - stories: [a.md]\n"))
    assert page.track == pytest.approx(track)


@pytest.mark.parametrize("value, fraction", [("2%", 0.02), ("1.5 %", 0.015), ("1", 0.01), ("0", 0.0), (None, 0.02)])
def test_page_latin_narrowing_is_a_per_cent(tmp_path, value, fraction):
    given = "" if value is None else f"page:\n  latin_narrowing: {value}\n"
    page = load_page(make_page(tmp_path, given + "sections:\n  - stories: [a.md]\n"))
    assert page.latin_shrink == pytest.approx(fraction)


# --- the cache of what the YAML of a page loads as ---------------------------------------------

def _plain(value):
    """``value`` with the marks of every map and sequence, and the exact types, spelt out."""
    kind = type(value).__name__
    if isinstance(value, dict):
        return (kind, [(k, _plain(v)) for k, v in value.items()], list(value.marks.items()),
                sorted(value.raws.items()))
    if isinstance(value, list) and hasattr(value, "marks"):
        return (kind, [_plain(v) for v in value], list(value.marks), sorted(value.raws.items()))
    if isinstance(value, (list, tuple)):
        return (kind, [_plain(v) for v in value])
    if isinstance(value, set):
        return (kind, sorted(_plain(v) for v in value))
    return (kind, "nan" if value != value else value)   # (NaN equals nothing, itself included)


@pytest.mark.parametrize("text", [
    "a: 1\nb: [x, {c: 2.5, d: true}]\ne: null\n",                     # maps in sequences, marks
    "title: 标题\nphotos:\n  - {file: a.jpg, focus: [0.5, 0.25]}\n",   # the shapes a story has
    "n: 123456789012345678901234567890\nf: -.inf\ng: .nan\nz: 0o17\n",  # big, infinite numbers
    "d: 2018-12-06\nt: '9pt'\nk: 'yes'\ny: yes\n",                     # dates stay text; booleans
    "b: !!binary aGVsbG8=\ns: !!set {x, y}\n",                            # bytes and a set
    "o: !!omap [{a: 1}, {b: 2}]\np: !!pairs [{a: 1}, {a: 2}]\n",          # ordered pairs: tuples
    "base: &b {x: 1}\nmore: {<<: *b, y: 2}\n",                            # a merge key
    "- 1\n- [2, [3, [4]]]\n",                                             # a sequence at the top
    "just text\n",                                                        # a scalar document
    "# only a comment\n",                                                 # an empty document: None
    "c: 3:1\nt: 授牌 #文明城市# 更美好\nk: [010, 3.10 # x\n  , yes]\n",     # values as typed, comments
])
def test_yaml_from_the_cache_is_what_the_loader_made(text, tmp_path, monkeypatch):
    from layout import load
    monkeypatch.setenv("LAYOUT_CACHE_DIR", str(tmp_path / "cache"))
    ctx = load._Context(tmp_path)
    assert load._cached_yaml(text)[1] is False               # not seen yet
    parsed = load._yaml_load(ctx, text, "x.yaml")
    entry, found, cached = load._cached_yaml(text)
    assert found and (tmp_path / "cache" / entry).is_file()
    assert _plain(cached) == _plain(parsed)
    if parsed is not None:
        assert cached is not parsed
        assert load._yaml_load(ctx, text, "x.yaml") is not parsed   # (the second load is the cached one)
    assert ctx.errors == []


def test_yaml_that_fails_is_never_cached(tmp_path, monkeypatch):
    from layout import load
    monkeypatch.setenv("LAYOUT_CACHE_DIR", str(tmp_path / "cache"))
    ctx = load._Context(tmp_path)
    for _ in range(2):
        assert load._yaml_load(ctx, "a: [1, 2\n", "x.yaml") is None
    assert [e.line for e in ctx.errors] == [2, 2]
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").glob("*.yaml"))


def test_a_damaged_yaml_entry_is_parsed_again(tmp_path, monkeypatch):
    from layout import load
    monkeypatch.setenv("LAYOUT_CACHE_DIR", str(tmp_path / "cache"))
    ctx = load._Context(tmp_path)
    text = "a: {b: [1, 2]}\n"
    first = load._yaml_load(ctx, text, "x.yaml")
    entry = load._cached_yaml(text)[0]
    from layout.cache import write_cache
    write_cache(entry, {"data": ("m", (("a", ("?", 1)),), ())})   # a tag it does not know
    assert load._cached_yaml(text)[1] is False
    assert _plain(load._yaml_load(ctx, text, "x.yaml")) == _plain(first)
    assert _plain(load._cached_yaml(text)[2]) == _plain(first)   # written afresh


def test_a_build_whose_yaml_is_cached_does_not_import_pyyaml(tmp_path):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n")
    env = {**os.environ, "LAYOUT_CACHE_DIR": str(tmp_path / "cache")}
    probe = ("import sys; from layout.load import load_page; p = load_page(sys.argv[1]); "
             "print('yaml' in sys.modules, p.sections[0].stories[0].title)")
    runs = [subprocess.run([sys.executable, "-c", probe, str(page)], capture_output=True, text=True,
                           cwd=ROOT, env=env) for _ in range(2)]
    assert [r.stdout.split() for r in runs] == [["True", "标题"], ["False", "标题"]], [r.stderr for r in runs]


def test_yaml_with_aliases_is_loaded_afresh_not_cached(tmp_path, monkeypatch):
    # An alias shares a node; written out in full, nested aliases would grow without bound
    # (seven lines of them: hundreds of megabytes). Such a document is not cached.
    import time
    from layout import load
    monkeypatch.setenv("LAYOUT_CACHE_DIR", str(tmp_path / "cache"))
    lines = ["a0: &a0 [" + ", ".join(["x"] * 10) + "]"]
    lines += [f"a{k}: &a{k} [" + ", ".join([f"*a{k - 1}"] * 10) + "]" for k in range(1, 7)]
    text = "\n".join(lines) + "\n"
    ctx = load._Context(tmp_path)
    t0 = time.perf_counter()
    for _ in range(2):
        data = load._yaml_load(ctx, text, "x.yaml")
        assert len(data["a6"]) == 10 and data["a6"][0][0][0][0][0][0] == ["x"] * 10
    assert time.perf_counter() - t0 < 5, "an alias must not be written out in full"
    assert load._cached_yaml(text)[1] is False and ctx.errors == []
    shared = "base: &b {x: [1, 2]}\nmore: *b\n"          # one alias: loaded, correct, not cached
    assert load._yaml_load(ctx, shared, "y.yaml")["more"] == {"x": [1, 2]}
    assert load._cached_yaml(shared)[1] is False


@pytest.mark.parametrize("body, paragraphs", [
    # a newspaper column's copy (13 字 a line): its short lines are no headings
    ("本报讯（记者　王芳）昨日，市\n卫健委召开新闻发布会，通报今\n年以来全市医疗卫生工作进展情\n况。据介绍，全市家庭医生签约\n",
     ["本报讯（记者　王芳）昨日，市卫健委召开新闻发布会，通报今年以来全市医疗卫生工作进展情况。据介绍，全市家庭医生签约"]),
    # wrapped at a fixed width wider than a hand's: a line ending a sentence at the edge runs on
    ("据介绍，今年以来，该区累计为企业减税降费2.3亿元，以前办一件事要跑好几个窗口，现在一个窗口全办好。\n"
     "一家外贸企业负责人说，下一步，该区将继续深化改革，同时加快建设数字政府，推动更多事项实现网上办\n"
     "理，市民反映良好，纷纷点赞这一举措，认为办事效率大大提高了，跑腿次数明显减少，群众满意度持续上\n"
     "升。\n",
     ["据介绍，今年以来，该区累计为企业减税降费2.3亿元，以前办一件事要跑好几个窗口，现在一个窗口全办好。"
      "一家外贸企业负责人说，下一步，该区将继续深化改革，同时加快建设数字政府，推动更多事项实现网上办"
      "理，市民反映良好，纷纷点赞这一举措，认为办事效率大大提高了，跑腿次数明显减少，群众满意度持续上升。"]),
    # a line wrapped by hand after one left unwrapped, not a heading
    ("记者从市交通运输局获悉，自7月1日起，我市将对12条公交线路进行\n"
     "优化调整。其中，1路、5路延伸至高铁东站；18路取消绕行，改走滨江大道。市民可通过“掌上公交”App查询实时到站信息。\n"
     "市交通运输局提醒：调整期间，部分站点名称有变化，请乘客留意站\n牌公告，合理安排出行时间。\n",
     ["记者从市交通运输局获悉，自7月1日起，我市将对12条公交线路进行优化调整。其中，1路、5路延伸至高铁东站；18路取消绕行，"
      "改走滨江大道。市民可通过“掌上公交”App查询实时到站信息。",
      "市交通运输局提醒：调整期间，部分站点名称有变化，请乘客留意站牌公告，合理安排出行时间。"]),
])
def test_copy_wrapped_in_a_column_or_at_a_width_keeps_its_paragraphs(tmp_path, body, paragraphs):
    page = make_page(tmp_path, "sections:\n  - stories: [a.md]\n", {"a.md": "---\ntitle: 标题\n---\n" + body})
    assert [p.text for p in load_page(page).sections[0].stories[0].paragraphs] == paragraphs
