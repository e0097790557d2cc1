"""Between load and place: normalise the copy, check that the fonts cover it, and read the
photos' headers. Returns a new ``Page`` (the model stays frozen) and the findings.

* every text goes through ``normalize`` and each change becomes an ``info`` finding;
* every character must be in the face that sets it, else ``MissingGlyphError`` naming the
  character, its code point, the file and the line (all of them reported together);
* photos are opened (header only) to learn their pixel size after EXIF rotation; a file
  that is not a readable image is an input error naming the story and the line.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .cache import file_digest, read_cache, write_cache
from .compose.classes import is_han
from .errors import Finding, InputErrors, LayoutError, MissingGlyphError
from .fonts import FontSet, check_coverage, fallback_chars, missing_pictographs, script_of
from .load import (BAR_LINE, CREDIT_LINE, DAY_DATE, DAY_HEAD, FIELD_LABEL, LABELLED, SUNG, a_row_of_bars, in_words,
                   introduced, is_verse, spaced_rows)
from .model import Page, Photo, Section, Story, line_of
from .normalize import EMOJI_BULLET, EMOJI_POINTER, EMOJI_REMOVED, KEPT_SPACE, STRAY_SPACE, SURNAMES, normalize

#: marks that can end a paragraph (：introduces what follows, ；ends a list item); anything
#: else is reported as possibly cut off.
CLOSING_MARKS = "。！？…”’）】》」』.!?\"')：；"

#: which face sets which field (see styles.py).
STORY_FACES = {"title": "hei", "unit": "hei", "kicker": "kai", "subtitle": "kai", "byline": "kai"}
#: fields set as heads: a space between two phrases there is a 一字空 (``normalize``)
HEAD_FIELDS = frozenset(("banner", "title", "unit", "kicker", "subtitle", "subhead"))


class _Prep:
    def __init__(self, fonts: FontSet):
        self.fonts = fonts
        self.findings: list[Finding] = []
        self.errors: list[LayoutError] = []

    def text(self, text: str, role: str, *, file: str, line: int, field: str, story: str = "",
             locate=None, carried: bool | None = None, wrapped: bool = False) -> str:
        """``text`` normalised, each change a finding, each character no font has an error.
        ``locate``: offset in ``text`` -> (line, column) in the file, for a text joined from
        several lines (a paragraph); else every message names ``line``. ``carried``: whether a
        quotation the paragraph before opened goes on into this one (``normalize``)."""
        if not text:
            return text
        where = locate or (lambda offset: (line, offset + 1))
        face = self.fonts.face(role)
        new, changes = normalize(text, phrases=field in HEAD_FIELDS or field.startswith(("headline.", "folio.")),
                                 carried=carried, wrapped=wrapped, emoji=missing_pictographs(face, text))
        for ch in changes:
            removed = (not ch.after and ch.rule in ("invisible character", STRAY_SPACE, EMOJI_REMOVED)
                       or ch.rule in (EMOJI_BULLET, EMOJI_POINTER))
            at_line, at_column = where(ch.offset)
            said = ch.describe()
            if ch.rule in (STRAY_SPACE, KEPT_SPACE):      # (with the words either side, to find it by)
                said = f"{ch.rule}: {text[max(0, ch.offset - 6):ch.offset + 7]}"
            self.findings.append(Finding("warning" if removed or ch.rule == KEPT_SPACE else "info",
                                         "removed" if removed else "normalised",
                                         f"{field}: {said} at character {at_column}",
                                         story=story or None, file=file, line=at_line,
                                         extra={"offset": ch.offset, "rule": ch.rule, "before": ch.before,
                                                "paragraph_line": line}))
        errors = check_coverage(face, new, file=file, line=line, field=field)
        for err in errors:
            # (the character's first place in the text as typed: it is never a rule's making)
            found = text.find(err.char)
            if found >= 0 and locate is not None:
                err.line, err.column = locate(found)
        self.errors.extend(errors)
        borrowed = fallback_chars(face, new)
        if borrowed:
            shown = " ".join(f"{ch} U+{ord(ch):04X}" for ch in borrowed[:10])
            self.findings.append(Finding("warning", "fallback", f"{field}: set in the fallback font "
                                         f"{face.fallback.path.name}: {shown}", story=story or None,
                                         file=file, line=line,
                                         extra={"chars": "".join(borrowed), "font": face.fallback.path.name}))
        return new

    def fallbacks_once(self) -> None:
        """The fallback font's warnings said once a file (a story set in traditional characters
        had one for every line): the first line's, with the count of lines and the characters."""
        seen: dict = {}
        kept = []
        for f in self.findings:
            if f.code != "fallback":
                kept.append(f)
                continue
            first = seen.get(f.file)
            if first is None:
                seen[f.file] = [len(kept), f, [f.line], dict.fromkeys(f.extra["chars"])]
                kept.append(f)
            else:
                first[2].append(f.line)
                first[3].update(dict.fromkeys(f.extra["chars"]))
        for at, f, lines, chars in seen.values():
            if len(lines) > 1:
                shown = " ".join(f"{ch} U+{ord(ch):04X}" for ch in list(chars)[:10])
                kept[at] = f._replace(message=f"set in the fallback font {f.extra['font']} on {len(lines)} lines (from line "
                                      f"{lines[0]}), {len(chars)} character{'s' if len(chars) > 1 else ''}: {shown}"
                                      + (" …" if len(chars) > 10 else ""))
        self.findings[:] = kept


def prepare(page: Page, fonts: FontSet) -> tuple[Page, list[Finding], dict]:
    """Normalised page, findings, and ``{photo path: (width, height)}``."""
    prep = _Prep(fonts)
    yaml_file = f"{page.name}/page.yaml"
    for face in fonts.faces() + ([fonts.fallback] if fonts.fallback else []):
        if face.restricted:
            prep.findings.append(Finding("warning", "font-licence", f"font {face.path.name} is marked "
                                         "'restricted licence embedding' (OS/2 fsType): it is embedded all the "
                                         "same; check that its licence allows it", file=yaml_file,
                                         line=(page.font_lines or {}).get(face.role)))
    h = page.headline
    kicker_lines = line_of(h.lines, "kicker", ())
    kicker_lines = kicker_lines if isinstance(kicker_lines, tuple) else (kicker_lines,) * len(h.kicker)
    headline = h._replace(
        kicker=tuple(prep.text(k, "kai", file=yaml_file, line=kicker_lines[n] if n < len(kicker_lines) else h.line,
                               field="headline.kicker") for n, k in enumerate(h.kicker)),
        title=prep.text(h.title, "hei", file=yaml_file, line=line_of(h.lines, "title", h.line),
                        field="headline.title"),
        subtitle=prep.text(h.subtitle, "kai", file=yaml_file, line=line_of(h.lines, "subtitle", h.line),
                           field="headline.subtitle"))
    intro = _story(prep, page.intro, body_role="kai") if page.intro else None
    sections = tuple(_section(prep, s, yaml_file) for s in page.sections)
    folio = page.folio
    folio = folio._replace(**{k: prep.text(getattr(folio, k), "song" if k != "paper" else "hei", file=yaml_file,
                                           line=line_of(folio.lines, k, folio.line), field=f"folio.{k}")
                              for k in ("paper", "date", "page_number", "page_name", "editor", "designer",
                                        "proofreader")})
    photos = {}
    for story in ([intro] if intro else []) + _stories(sections):
        for photo in story.photos:
            size = _photo_size(prep, photo)
            if size:
                photos[str(photo.path)] = size
    _check_heads(prep, page, headline, intro, sections, fonts)
    prep.fallbacks_once()
    if prep.errors:
        raise InputErrors(_missing_once(prep.errors))
    return page._replace(headline=headline, intro=intro, sections=sections, folio=folio), prep.findings, photos


def _missing_once(errors: list) -> list:
    """``errors`` with a character no font has said once a story's text, at its first place,
    the other lines it stands on named after it (a traditional character in every paragraph
    of a story is one error, not dozens)."""
    first: dict = {}
    more: dict = {}
    out = []
    for err in errors:
        if not isinstance(err, MissingGlyphError) or err.field != "text":
            out.append(err)     # (a head's, a caption's: each said where it stands)
            continue
        key = (err.file, err.char)
        if key not in first:
            first[key] = err
            more[key] = []
            out.append(err)
        elif err.line is not None and err.line != first[key].line and err.line not in more[key]:
            more[key].append(err.line)
    for key, lines in more.items():
        if lines:
            err = first[key]
            shown = ", ".join(map(str, lines[:8])) + (f" and {len(lines) - 8} more" if len(lines) > 8 else "")
            err.message = err.args[0] + f" (also on line{'s' if len(lines) > 1 else ''} {shown})"
            err.args = (err.message,)
    # a story with many characters no font has is set in another script (traditional
    # characters, say): one message says so first, with what to do, before the list
    count: dict = {}
    scripts: dict = {}
    for file, ch in first:
        if script_of(ch):
            scripts.setdefault((file, script_of(ch)), 0)
            scripts[file, script_of(ch)] += 1
        elif is_han(ch):
            count[file] = count.get(file, 0) + 1
    for file, n in count.items():
        if n >= MANY_MISSING:
            at = next(k for k, e in enumerate(out) if isinstance(e, MissingGlyphError) and e.file == file
                      and e.field == "text")
            lead = out[at]
            out.insert(at, LayoutError(
                f"{n} different Chinese characters of this story's text are in no font: the story is "
                "set in traditional characters, or in rare ones (each is listed below)", file=file,
                line=lead.line, field="text", hint="set `fonts: fallback:` in page.yaml to a font that has "
                "them (for traditional characters, a traditional face such as Noto Serif CJK TC), or convert "
                "the story to simplified characters"))
    for (file, script), n in scripts.items():
        # (a word quoted in Tibetan or Uyghur: one message names the script, before its letters)
        if n >= 2:
            at = next(k for k, e in enumerate(out) if isinstance(e, MissingGlyphError) and e.file == file
                      and e.field == "text" and script_of(e.char) == script)
            out.insert(at, LayoutError(
                f"{n} different letters of the {script} script in this story's text are in no font "
                "(each is listed below)", file=file, line=out[at].line, field="text", hint=out[at].hint))
    return out


#: a story's text with this many different Chinese characters no font has is said to be in
#: another script, once, before they are listed
MANY_MISSING = 10


#: a head that needs more lines than this even across the whole page is an input error.
MAX_HEAD_LINES = 3


def _check_heads(prep: _Prep, page: Page, headline, intro, sections, fonts: FontSet) -> None:
    """A headline too long for any width: more than three lines across the full page."""
    from .compose import Spacing, TextStyle, compose
    from .styles import default_styles
    styles = default_styles(page.format.body_size)
    width = page.format.type_width

    def lines(text, style):
        ts = TextStyle(face=fonts.face(style.face), size=style.size, align="center", spacing=Spacing())
        return len(compose(text, ts, width).lines)

    checks = []
    if headline.title:
        checks.append((headline.title, styles.page_title, f"{page.name}/page.yaml", headline.line, "headline.title"))
    for story in _stories(sections):
        style = styles.item_title if story.unit else styles.lead_title
        checks.append((story.title, style, story.file, story.title_line, "title"))
    for text, style, file, line, field in checks:
        n = lines(text, style) if text else 0
        if n > MAX_HEAD_LINES:
            prep.errors.append(LayoutError(
                f"the head is too long: {len(text)} characters need {n} lines at {style.size:g} pt even across "
                f"the whole page (at most {MAX_HEAD_LINES})", file=file, line=line, field=field,
                hint="shorten it, or move part of it to the kicker (引题) or subtitle (副题)"))


def _stories(sections) -> list:
    out = []
    for s in sections:
        out.extend(s.stories)
        out.extend(_stories(s.sections))
    return out


def _section(prep: _Prep, section: Section, file: str) -> Section:
    return section._replace(banner=prep.text(section.banner, "hei", file=file, line=section.line, field="banner"),
                   stories=tuple(_story(prep, s) for s in section.stories),
                   sections=tuple(_section(prep, s, file) for s in section.sections))


#: a picture's file name, a paragraph of its own in copy from a web page (1.jpg, tem.png,
#: 微信图片_20240101.jpg): it does not print
_FILE_NAME = re.compile(r"[\w\-.()（）]{1,60}\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic)", re.I)


def _quotation_open(text: str, carried: bool) -> bool:
    """Is a quotation left open at the end of the paragraph ``text`` (normalised), one before
    it having been left open (``carried``) or not? A paragraph with a “ not closed in it leaves
    one open; one with no double quote leaves none said to be."""
    opens, closes = text.count("“"), text.count("”")
    if not opens and not closes:
        return False    # (not carried further: one “ a typo leaves open would turn every quote after it)
    return opens > closes or (carried and opens == closes and not text.startswith("“"))


def _story(prep: _Prep, story: Story, body_role: str = "song") -> Story:
    f = story.file
    fields = {k: prep.text(getattr(story, k), role, file=f, line=line_of(story.lines, k, story.title_line),
                           field=k, story=story.name)
              for k, role in STORY_FACES.items()}
    done, carried = [], False
    cells = _cells_a_line(story.paragraphs)
    in_cells = {k for run in cells for k in run}
    for run in cells:
        first, last = story.paragraphs[run[0]], story.paragraphs[run[-1]]
        texts = [story.paragraphs[k].text.strip() for k in run if not BAR_LINE.fullmatch(story.paragraphs[k].text)]
        prep.findings.append(Finding(
            "warning", "table", f"a table pasted a cell a line, a bar on a line of its own after each "
            f"({len(texts)} cells, lines {first.source.line}-{last.source.line}: {' / '.join(texts[:4])} / …), "
            f"the bars taken out and each cell set as a paragraph flush left (set the table as a graphic, or "
            f"write it out)", story=story.name, file=f, line=first.source.line))
    cell_lines = {story.paragraphs[k].source for k in in_cells}
    for n, p in enumerate(story.paragraphs):
        if not p.subhead and _FILE_NAME.fullmatch(p.text.strip()):
            prep.findings.append(Finding(
                "warning", "removed", f"text: a picture's file name on a line of its own, as a web page's copy "
                f"leaves it, taken out: {p.text.strip()} (if the picture is wanted, give it in photos:)",
                story=story.name, file=f, line=p.source.line))
            continue
        if not p.subhead and _ALIGNMENT_ROW.fullmatch(p.text):
            prep.findings.append(Finding(
                "warning", "removed", f"text: a Markdown table's row of dashes under its heads, taken out: "
                f"{p.text.strip()}", story=story.name, file=f, line=p.source.line))
            continue
        if BAR_LINE.fullmatch(p.text):
            if n in in_cells:
                continue    # (said once with its table)
            prep.findings.append(Finding(
                "warning", "removed", f"text: a bar or a backslash on a line of its own, as a web page's menu or "
                f"picture leaves it, taken out: "
                f"{p.text.strip()}", story=story.name, file=f, line=p.source.line))
            continue
        text = prep.text(p.text, "hei" if p.subhead else body_role, file=f, line=p.source.line,
                         field="subhead" if p.subhead else "text", story=story.name,
                         locate=p.locate if p.starts else None, carried=None if p.subhead else carried,
                         wrapped=p.wrapped)
        done.append(p._replace(text=text))
        if not p.subhead:
            carried = _quotation_open(text, carried)
    paragraphs = tuple(p._replace(align="start") if p.source in cell_lines else p for p in done)
    photos = tuple(
        ph._replace(caption=prep.text(ph.caption, "kai", file=f, line=line_of(ph.lines, "caption", ph.source.line),
                                      field="caption", story=story.name),
                    credit=prep.text(ph.credit, "kai", file=f, line=line_of(ph.lines, "credit", ph.source.line),
                                     field="credit", story=story.name))
        for ph in story.photos)
    fielded = []
    for k, p in enumerate(paragraphs):
        # (not the value of the field before it: 笔试开始时间： / 2024-07-06 09:00)
        after_label = k > 0 and paragraphs[k - 1].text.rstrip().endswith(("：", ":"))
        if not p.subhead and not after_label and _web_fields(p.text, k in (0, len(paragraphs) - 1),
                                                             k < 3 or k >= len(paragraphs) - 3):
            prep.findings.append(Finding("warning", "web-fields", f"a web page's row of fields, set flush left a "
                                         f"field a line: {_excerpt(p.text, 0, 0, 24)} (cut it if it is not meant "
                                         "to print)", story=story.name, file=f, line=p.source.line))
            fielded.extend(p._replace(text=field, align="start") for field in _field_pieces(p.text))
        else:
            fielded.append(p)
    paragraphs = tuple(fielded)
    data = _data_fields(paragraphs) | _glossary(paragraphs) | _coded_items(paragraphs)
    if data:
        paragraphs = tuple(p._replace(align="start") if k in data else p for k, p in enumerate(paragraphs))
    spaced = _spaced_table(paragraphs)
    if spaced and not all(_table_row(paragraphs[k].text) for k in spaced):    # (| rows are said each)
        first = min(spaced)
        prep.findings.append(Finding("warning", "table", f"a table's rows typed with blanks between their cells "
                                     f"({len(spaced)} rows), set flush left a row a paragraph: "
                                     f"{_excerpt(paragraphs[first].text, 0, 0, 24)} (set the table as a graphic, "
                                     "or write it out)", story=story.name, file=f, line=paragraphs[first].source.line))
    # (a | row, whether or not it is among rows of figures, is set so too: its cells justified
    # would be spaced as no sentence is)
    paragraphs = tuple(p._replace(align="start") if k in spaced or not p.align and not p.subhead and _a_row(k, paragraphs)
                       else p for k, p in enumerate(paragraphs))
    signed = _closing_block(paragraphs)
    # (敬礼 after 此致 starts its line, 顶格, as a letter sets it)
    saluted = {k for k in range(1, len(paragraphs)) if _GREETING.fullmatch(paragraphs[k].text.strip())
               and paragraphs[k - 1].text.strip() in ("此致", "此致，", "此致,")}
    sung = any(SUNG.search(head or "") for head in (story.title, story.subtitle))
    credited = _closing_credits(paragraphs)
    speech = {k for k in range(min(3, len(paragraphs))) if _heads_a_speech(k, paragraphs)}
    paragraphs = tuple(p if p.align == "start"
                       else p._replace(align="end") if k in signed or k in credited or _attribution(k, paragraphs)
                       else p._replace(align="start") if k in saluted
                       else p._replace(align="note") if k in speech and _SPEECH_NOTE.fullmatch(p.text.strip())
                       else p._replace(align="center") if k in speech
                       else p._replace(align="verse") if _verse_line(k, paragraphs)
                       else p._replace(align="poem") if not p.align and _poem_line(k, paragraphs, sung)
                       else p._replace(align="center") if _SEPARATOR.fullmatch(p.text)
                       else p._replace(align="field") if not p.align and _FIELD_ALONE.fullmatch(p.text.strip())
                       else p
                       for k, p in enumerate(paragraphs))
    for k, p in enumerate(paragraphs):
        # (a line of verse as any short line: a story cut off after short lines ends a run of them)
        if (not p.subhead and p.text and p.text[-1] not in CLOSING_MARKS and p.align in ("", "poem")
                and not _a_line_of_its_own(p.text)
                and not _heads_a_list(k, paragraphs) and _ENDS_AS_MEANT.search(p.text) is None
                and CREDIT_LINE.fullmatch(p.text.strip()) is None and DAY_HEAD.match(p.text) is None
                and not _a_row(k, paragraphs) and not _signs_a_letter(k, paragraphs)
                and not _in_a_timeline(k, paragraphs) and not _in_verse(k, paragraphs)
                and not _titles_a_poem(k, paragraphs) and not _heads_a_section(k, paragraphs)
                and not _a_bulleted_item(k, paragraphs)
                and not (_a_row_of_a_listing(p.text)    # (a row before another paragraph, or after a row)
                         and (k + 1 < len(paragraphs) or k and _a_row_of_a_listing(paragraphs[k - 1].text)))
                and not _in_a_run_of_fields(k, paragraphs)):
            prep.findings.append(Finding("warning", "unfinished", "paragraph ends without closing punctuation "
                                         f"(cut off?): …{p.text[-12:]}", story=story.name, file=f,
                                         line=p.source.line))
    for p, message in _unpaired(paragraphs):
        prep.findings.append(Finding("warning", "unpaired", message, story=story.name, file=f, line=p.source.line))
    for reason, said in (("spaced", "where web copy flattened into one line left a blank after a sentence's end"),
                         ("heading", "before a numbered heading or item run into the text after a blank")):
        parted = [p for p in story.paragraphs if p.parted == reason]
        if parted:
            # (the copy's own paragraphs, read from how it runs: said once a file, for the editor
            # to check against the source)
            prep.findings.append(Finding("info", "paragraphs", f"{len(parted)} paragraph(s) started {said} "
                                         f"(lines {', '.join(str(l) for l in sorted({p.source.line for p in parted})[:8])})",
                                         story=story.name, file=f, line=parted[0].source.line))
    rows = [k for k in range(len(paragraphs)) if _a_row(k, paragraphs)]
    for run in _runs(rows):
        # (a table's rows one after another said once, as a table typed with blanks is)
        first, last = paragraphs[run[0]], paragraphs[run[-1]]
        said = (f"a table's rows pasted as text ({len(run)} rows, lines {first.source.line}-{last.source.line}), "
                f"each set in one line with | between its cells" if len(run) > 1
                else "a table's row pasted as text, its cells set in one line with | between")
        prep.findings.append(Finding("warning", "table", f"{said}: {_excerpt(first.text, 0, 0, 24)} (set the table "
                                     "as a graphic, or write it out)", story=story.name, file=f,
                                     line=first.source.line))
    for k, p in enumerate(paragraphs):
        for m in _DOUBLED_MARK.finditer(p.text):
            prep.findings.append(Finding("warning", "doubled-mark", "two marks in a row: "
                                         + _excerpt(p.text, m.start() - 8, m.end() + 4),
                                         story=story.name, file=f, line=p.source.line))
    for ph in photos:
        if ph.caption.endswith("。"):
            prep.findings.append(Finding("warning", "caption-full-stop", "caption ends with 。: a caption takes "
                                         "no full stop (GB/T 15834 附录A): " + ph.caption, story=story.name,
                                         file=f, line=ph.source.line))
    return story._replace(paragraphs=tuple(p for p in paragraphs if p.text), photos=photos, **fields)


#: the row of dashes a Markdown table has under its heads (|---|---|, :---|---:), which says how
#: its columns align and is no text
_ALIGNMENT_ROW = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*")


def _runs(indices: list) -> list:
    """``indices`` (ascending) in runs of consecutive ones."""
    runs: list = []
    for k in indices:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _cells_a_line(paragraphs) -> list:
    """The runs of paragraphs (ranges of indices) that are a table pasted a cell a line, each
    cell followed by a bar on a line of its own, as a web page's cells copy (序号 / | / 品种 / | /
    价格 / | / …): ``CELLS_A_LINE`` bars or more, every cell short and no sentence."""
    def cell(k):
        p = paragraphs[k]
        return (not p.subhead and 0 < len(p.text.strip()) <= MAX_CELL and not BAR_LINE.fullmatch(p.text)
                and not any(c in "，。；！？" for c in p.text))

    def bar(k):
        return not paragraphs[k].subhead and BAR_LINE.fullmatch(paragraphs[k].text) is not None

    runs, k, n = [], 0, len(paragraphs)
    while k < n:
        j = k
        while j + 1 < n and cell(j) and bar(j + 1):
            j += 2
        if (j - k) // 2 >= CELLS_A_LINE:
            runs.append(range(k, j))    # (to its last bar: what follows may be the next heading)
            k = j
        else:
            k += 1
    return runs


#: the fewest bars, and the longest cell (characters), of a table pasted a cell a line
CELLS_A_LINE = 6
MAX_CELL = 24


def _unpaired(paragraphs) -> list:
    """(paragraph, message) for each mark of a pair left without its other: 《》 （） ‘’ and 『』
    in a paragraph, “” and 「」 in the story, where a quotation may run on over paragraphs,
    each of them opening with “ (「) and only the last closing it (GB/T 15834 4.8)."""
    out = []
    open_quote = {"“": None, "「": None}     # the paragraph whose “ (「) is not closed yet
    for p in paragraphs:
        text = p.text
        for left, right in (("《", "》"), ("（", "）"), ("‘", "’"), ("『", "』")):
            depth = 0
            for k, ch in enumerate(text):
                if ch == "’" and _not_a_quote(text, k, depth):
                    continue
                if text[k - 1:k] in ("“", "「") and text[k + 1:k + 2] in ("”", "」"):
                    continue    # (a mark quoted, spoken of: 少了一个“》”)
                if ch == left:
                    depth += 1
                elif ch == right and not (depth == 0 and _ITEM_NUMBER.search(text, 0, k + 1)):
                    depth -= 1
                    if depth < 0:
                        out.append((p, f"{right} without its {left}: …{text[max(0, k - 10):k + 1]}"))
                        depth = 0
            if depth > 0:
                out.append((p, f"{left} not closed in the paragraph: {text[text.rfind(left):][:12]}…"))
        for left, right in (("“", "”"), ("「", "」")):
            if left not in text and right not in text and open_quote[left] is None:
                continue
            depth, body, holder = 0, text, p
            opened = open_quote[left]
            if opened is not None:
                if body.startswith(left):
                    depth, body = 1, body[1:]      # a quotation running on: its next paragraph
                elif p.align == opened.align == "poem":
                    depth = 1       # (or its next line of verse: “怎样了—— / 我们新酿的酒？”)
                    holder = opened     # (said, if never closed, where it opened)
                else:
                    out.append((opened, f"{left} not closed: {opened.text[opened.text.rfind(left):][:12]}…"))
            for k, ch in enumerate(body):
                if ch == left:
                    depth += 1
                elif ch == right:
                    depth -= 1
                    if depth < 0:
                        out.append((p, f"{right} without its {left}: …{body[max(0, k - 10):k + 1]}"))
                        depth = 0
            open_quote[left] = holder if depth > 0 else None
    for left, opened in open_quote.items():
        if opened is not None:
            out.append((opened, f"{left} not closed: {opened.text[opened.text.rfind(left):][:12]}…"))
    return out


def _not_a_quote(text: str, k: int, depth: int) -> bool:
    """Is the ’ at ``k`` an apostrophe or a prime, not a closing quote? Inside ‘ ’, one between
    two letters (‘it’s’); outside, one not after Chinese text (it’s, the students’ union,
    rock ’n’ roll, 北纬34°45’, ’98, COVID-19’s)."""
    before, after = text[k - 1:k], text[k + 1:k + 2]
    if depth > 0:
        return before.isascii() and before.isalpha() and after.isascii() and after.isalpha()
    return not (before and (is_han(before) or before in CLOSING_MARKS))


def _excerpt(text: str, a: int, b: int, length: int = 0) -> str:
    """``text[a:b]`` (or ``length`` characters from ``a``), with … where it is cut."""
    a = max(0, a)
    b = a + length if length else b
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


def _spaced_table(paragraphs) -> set:
    """The paragraphs of a table typed with blanks between its cells, a row a paragraph
    (``load.spaced_rows``; a subhead or a paragraph set otherwise parts two tables)."""
    return spaced_rows(["" if p.subhead or p.align else p.text for p in paragraphs])


def _a_row(k: int, paragraphs) -> bool:
    """Is paragraph ``k`` a table's row pasted as text (``_table_row``), a row of bars with a
    sentence in a cell too where another such row is beside it (``load.a_row_of_bars``)?"""
    p = paragraphs[k]
    beside = () if p.subhead else tuple(paragraphs[i].text for i in (k - 1, k + 1)
                                        if 0 <= i < len(paragraphs) and not paragraphs[i].subhead)
    return _piped(p.text) or a_row_of_bars(p.text, beside)


def _table_row(text: str) -> bool:
    """Is ``text`` a table's row pasted as text, by itself: three or more | (``_piped``), or a
    row framed by bars or of two cells or more each ended by one (``load.a_row_of_bars``:
    公示时间 | 一般为15个工作日 |)?"""
    return _piped(text) or a_row_of_bars(text)


def _piped(text: str) -> bool:
    """Three or more |, framing the row or with no sentence in it, and spaced or at its edges
    (not absolute values: |a-1|+|b+2|=0)?"""
    bars = text.count("|")
    framed = text.startswith("|") and text.endswith("|")
    spaced = len(_SPACED_BAR.findall(text))
    return bars >= 3 and (framed or "。" not in text and spaced >= 2)


_SPACED_BAR = re.compile(r"\s\||\|\s|^\||\|$")


#: two 点号 in a row, one of them left over from an edit (其不可者拒之。，, 去哪儿了？。), GB/T
#: 15834 gives no use for (？！ ！！ ？？ are a question's or an exclamation's own)
_DOUBLED_MARK = re.compile("[，、；：。][，、；：。？！]|[？！][，、；：。]|(?<=[\u4e00-\u9fff)）])[.,][，、；：。？！]")


#: a list item's number closed by a bracket alone (1） a）), at the paragraph's start or
#: after a mark: no （ is missing
_ITEM_NUMBER = re.compile(r"(?:^|[；;。，,：:\s])[0-9A-Za-z一二三四五六七八九十]{1,2}）$")


#: the ends a paragraph may have without a closing mark: a credit or byline (记者　武建玲,
#: 中新社记者　张浩　摄, 责任编辑：李春晖, …庆祝。　新华社发, 文/路路, 受访者供图, …杰出艺术成就奖。俐俐/文,
#: …好好的。据新华社, …大放异彩。图/新华社, 图片来源：ICphoto), a notice's closing formula (特此通告)
#: or its signature and date run on after the last sentence (…诉讼。2018年1月9日, 特此通告！莆田市公安局
#: 交警支队 2022年1月21日), a document
#: number (高新安字〔2023〕20号), a forecast's temperatures (多云，-3～12℃), a telephone's field
#: (…内线电话：61419), a note's mark
#: after the closing one (…长者”。①②, …增长。[1-3]), a book's entry ending with its price (…中华书局
#: 2017年8月第一版，200.00元), a section's numeral alone (一)
_ENDS_AS_MEANT = re.compile(r"(?:记者|記者|通讯员|通訊員|实习生|實習生|编辑|編輯|作者|摄影|攝影|来源|來源)[：:\s]*"
                            r"[\u4e00-\u9fff·]{2,5}(?:\s*[摄攝])?(?:[/／]?(?:综合|綜合)?(?:报道|报导|報導|報道))?$"
                            r"|^[^，。；！？\s]{0,30}(?:关于|關於)[^，。；！？]{2,60}的(?:实施)?"
                            r"(?:意见|通知|决定|办法|规定|方案|细则|公告|通告|批复|报告)$"
                            r"|^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至|到|—|-|～|~)(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日$"
                            r"|^(?:(?:上午|下午|晚上|早上|中午)?\d{1,2}[:：]\d\d\s*[-—～~至]\s*\d{1,2}[:：]\d\d(?:[，,、；;]\s*|$))+$"
                            r"|资料图片?$|图片由[\u4e00-\u9fff]{1,12}提供$"
                            r"|(?:电话|热线|传真|手机|座机)[：:]\s*[\d\-－—()（）]{5,}$"
                            r"|\s摄$|(?:^|[\s。！？”])(?:新华社|中新社|[\u4e00-\u9fff]{2,6}(?:社|网|报))发$"
                            r"|(?:^|[\s。！？”])[\u4e00-\u9fff]{0,8}供图$|[。！？”）)]\s*[\u4e00-\u9fff·]{2,4}[/／](?:作|图|摄|文)$"
                            r"|(?:^|[。！？”]\s*)(?:据[\u4e00-\u9fff]{2,10}(?:社|网|报|台|客户端)(?:报道|消息)?|图[/／][\u4e00-\u9fff]{2,8})$"
                            r"|(?:^|[。！？”\s])(?:新华社|中新社|人民日报|央视|总台|(?:(?![由是在将把被的这全])[\u4e00-\u9fff]){2,8}"
                            r"(?:报社|电视台|客户端|工作室|融媒体中心|新闻中心|网|报))[\u4e00-\u9fff]{0,6}?(?:制作|出品|供稿)$"
                            r"|[。！？”]\s*(?:新华社?|中新社|中新网|人民网|央视网|光明网|中国新闻网)$"
                            r"|^[\u4e00-\u9fff]{2,8}[报网刊台][\s\u3000]+\d{4}年\d{1,2}月\d{1,2}日$"
                            r"|图片来源[：:]\s*[^\s，。；！？]{2,20}$"
                            r"|[。！？]\s*(?:[^。！？，\s]{1,19}[局委会院厅部办处所站队府司行社校]\s+)?"
                            r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年\d{1,2}月\d{1,2}日$"
                            r"|^(?:[文图][/／:：]|(?:文[/／]图|图[/／]文)[/／:：]?)\s*[\u4e00-\u9fff·]{2,5}(?:[\s、][\u4e00-\u9fff·]{2,5})*$"
                            r"|特此(?:通告|公告|通知|函告|批复)$|〔\d{4}〕\d{1,4}号$|\d℃$"
                            r"|(?:出版社|书局|版|著|编|译)[^。]*[，,]\s*(?:定价[：:]?\s*)?\d{1,5}(?:\.\d{1,2})?元$"
                            r"|^[一二三四五六七八九十]{1,3}$"
                            # (a web address or a mailbox alone on its line: no sentence to end)
                            r"|^(?:https?://|www\.)[!-~]+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"
                            # (a row of prices, parted by / or reckoned: 880/680/480/380元, 480元*2张=780元)
                            r"|^(?:[^，。；！？\d]{1,8}[：:]\s*)?\d+(?:\.\d+)?(?:元|张)?(?:[/*×+＋]\d+(?:\.\d+)?(?:元|张)?)+"
                            r"(?:[=＝]\d+(?:\.\d+)?元)?$"
                            r"|^[\u4e00-\u9fff·]{2,6}[\s\u3000]*(?:著|编著|主编|译|编译|绘)$"
                            r"|^(?:撰文|撰稿|文字|文图|图文|摄影|编辑)\s*[|｜/／:：]\s*[\u4e00-\u9fff·]{2,5}$"
                            r"|^[^，。；！？]{0,16}出版(?:社|集团)[^，。；！？]{0,12}$|^\d{4}年\d{1,2}月出版$"
                            r"|^[^，。；]{0,8}(?:电话|热线|手机|传真)[^，。；]{0,6}?\d[\d\-]{6,}(?:[、，,\s]+\d[\d\-]{6,})*$"
                            r"|——$|^[^\w]+$"
                            r"|[。！？…”’）】》」』.!?](?:[\u2460-\u2473\u2474-\u2487*＊]+"
                            r"|[\[［]\d{1,3}(?:[,，\-–]\d{1,3})*[\]］])$")


#: what a paragraph before a notice's signature or a story's credit ends with: a sentence's end
_ENDS_A_SENTENCE = ("。", "！", "？", "”", "」", "…", "!")


def _closing_block(paragraphs) -> range:
    """The paragraphs that sign a notice or a letter at its end, set flush right (落款): a date
    as the last paragraph (2024年3月5日, 二〇一七年十二月五日), with the short lines right
    before it that have no 点号 (``_signs``), three at most, after a paragraph that ends a
    sentence, a closing formula (特此通告, 此致 / 敬礼!) or a field (联系电话：…); after a
    letter's closing words any such line, else the one above the date an organisation's name
    or a short signature (``_signed_by``: 荆门市公安局交通警察支队, 爱你的爸爸), with no line of
    verse before the block (a poem's last lines sign nothing). The date may have a notice's
    contact or its source under it, two lines at most, which stay as they are: （联系人：石润；联系电话：
    7221496）, 来源：新华社. An empty range if the story does not end so."""
    n = len(paragraphs)
    # (a letter signed with no date: 此致 / 敬礼！ / 高　颖敬上, its last one or two lines after
    # its closing words, each a name, a body's or a signer's: not 谢谢大家 after 谨致谢忱！, nor
    # a poem's last line, 英雄不朽, nor （完）)
    k = n - 1
    while k >= 0 and n - k <= 2 and not paragraphs[k].subhead and _signs(paragraphs[k]) and _a_signer(paragraphs[k]):
        k -= 1
    if 0 <= k < n - 1 and _LETTERS_CLOSE.fullmatch(paragraphs[k].text.strip()):
        return range(k + 1, n)
    while n > 1 and len(paragraphs) - n < MAX_LINES_UNDER_A_DATE and _under_a_date(paragraphs[n - 1]):
        n -= 1
    if not n or paragraphs[n - 1].subhead or _SIGNED_DATE.fullmatch(paragraphs[n - 1].text.strip()) is None:
        return range(0)
    k = n - 2
    while k >= 0 and n - 1 - k <= MAX_SIGNATURE_LINES and _signs(paragraphs[k]):
        k -= 1
    if k < 0:
        return range(0)
    before = paragraphs[k].text.strip()
    if paragraphs[k].subhead or not (before.endswith(_ENDS_A_SENTENCE) or before.startswith("特此")
                                     or _SALUTATION.fullmatch(before) or _field_line(before)):
        return range(0)
    # (after a letter's closing words any short line signs it: 一位来自二十一世纪的沈阳市长;
    # else the line above the date is an organisation's name or a short signature, the lines
    # above it the rest of a long name (滁州市新冠肺炎疫情防控 / 应急指挥部办公室), and no
    # line of verse comes before: a poem's last lines, 炊烟升起又散开 / 那是故乡, sign nothing)
    if not _SALUTATION.fullmatch(before) and (k + 1 < n - 1 and not _signed_by(paragraphs[n - 2].text.strip())
                                              or any(_a_verse_line(p) for p in paragraphs[max(0, k - 2):k + 1])):
        return range(0)
    return range(k + 1, n)


#: the most lines of a contact or a source under a notice's date
MAX_LINES_UNDER_A_DATE = 2


def _under_a_date(p) -> bool:
    """Can paragraph ``p`` stand under a notice's date: a field, in brackets or not, or a row
    of them (（联系人：石润；联系电话：7221496）, 联系电话：0371-12345678, 来源：新华社)?"""
    text = p.text.strip()
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1]
    return not p.subhead and 0 < len(text) <= 2 * MAX_LINE_OF_ITS_OWN and all(
        _field_line(field) for field in re.split(r"[；;]\s*", text.rstrip("。")) if field)


def _field_line(text: str) -> bool:
    """Is ``text`` a notice's field or a row of them, which may stand right above its
    signature (联系电话：0371-12345678, 附件：报名表; not someone speaking, 他说：我们)?"""
    field = _FIELD.fullmatch(text)
    return _fields(text) or field is not None and _SPEAKING.search(field.group(1)) is None


def _a_verse_line(p) -> bool:
    """Is ``p`` short, with no mark at its end and not a line of its own (a field, a heading):
    a line of modern verse (看芦苇在风里轻轻弯腰)?"""
    text = p.text.strip()
    return (not p.subhead and 0 < len(text) <= MAX_VERSE_LINE and text[-1] not in CLOSING_MARKS
            and not _a_line_of_its_own(text) and _SALUTATION.fullmatch(text) is None
            and _ENDS_AS_MEANT.search(text) is None)


#: a signature's date: a day's (2024年3月5日, 二〇一七年十二月五日, 2024.3.5), not a month's
#: (2019年10月, as poems are dated)
_SIGNED_DATE = re.compile(DAY_DATE.pattern + r"|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}")


def _verse_line(k: int, paragraphs) -> bool:
    """Is paragraph ``k`` a couplet of classical verse beside another, set ragged and broken
    at its caesura (几回花下坐吹箫，银汉红墙入望遥。 长安百万家，出门无所之。 借问酒家何处有？
    牧童遥指杏花村。)? Two halves of five or seven characters each, a pause between. Not prose
    of two clauses (母亲没有说话，只是看着窗外。), nor a list or a forecast."""
    if _couplet(paragraphs[k]) and (k > 0 and _couplet(paragraphs[k - 1]) or k + 1 < len(paragraphs)
                                    and _couplet(paragraphs[k + 1])):
        return True
    # (a run of four lines or more of the 诗经's shape, clauses of three to five characters, one
    # with 兮, or half of them 四言 throughout and the old language's particles in two: 溱与洧，
    # 方涣涣兮。 / 士与女，方秉蕳兮。 / 洧之外，洵訏且乐。)
    if not _short_clauses(paragraphs[k]):
        return False
    a, b = _run_around(k, paragraphs, _short_clauses)
    run = paragraphs[a:b + 1]
    # (not slogans or a feature's short sentences, 主队不慌，稳住阵脚。)
    return len(run) >= 4 and (any("兮" in p.text for p in run) or 2 * sum(1 for p in run if all(
        len(c) == 4 for c in _CLAUSE.findall(_PINYIN.sub("", p.text)))) >= len(run)
        and sum(1 for p in run if _PARTICLES.search(p.text)) >= 2)


def _run_around(k: int, paragraphs, like) -> tuple[int, int]:
    """The first and last paragraphs of the run around ``k`` that are each ``like(p)``."""
    a = b = k
    while a > 0 and like(paragraphs[a - 1]):
        a -= 1
    while b + 1 < len(paragraphs) and like(paragraphs[b + 1]):
        b += 1
    return a, b


def _short_clauses(p) -> bool:
    """Is paragraph ``p`` a line of the 诗经's shape: two or three clauses of three to five
    characters, a pause between, a stop after (a reading in brackets left out)?"""
    text = _PINYIN.sub("", p.text.strip())
    return not p.subhead and _ANCIENT.fullmatch(text) is not None and all(3 <= len(c) <= 5 for c in _CLAUSE.findall(text))


def _heads_a_speech(k: int, paragraphs) -> bool:
    """Is paragraph ``k`` the head of a speech's or a report's text, set centred: the note of
    where and when it was given (——2009年3月25日在市十三届人大常委会第1次会议上, ——在全市工作会议上的
    讲话), among the story's first three paragraphs, the date in brackets (（2024年1月20日）) or the
    speaker's title and name (郑州市人民政府市长　赵建才) beside it?"""
    def note(j):    # (the first paragraph, or after the speaker's line or the date only)
        return (0 <= j < min(3, len(paragraphs)) and not paragraphs[j].subhead
                and _SPEECH_NOTE.fullmatch(paragraphs[j].text.strip()) is not None
                and all(_SPEAKER.fullmatch(paragraphs[i].text.strip()) or _BRACKETED_DATE.fullmatch(
                    paragraphs[i].text.strip()) for i in range(j)))
    if note(k):
        return True
    text = paragraphs[k].text.strip()
    if paragraphs[k].subhead or not (_SPEAKER.fullmatch(text) or _BRACKETED_DATE.fullmatch(text)):
        return False
    return any(note(j) or 0 <= j < min(3, len(paragraphs)) and _BRACKETED_DATE.fullmatch(paragraphs[j].text.strip())
               and note(2 * j - k) for j in (k - 1, k + 1))


#: a speech's or a report's note of where and when it was given, after a dash
_SPEECH_NOTE = re.compile(r"——(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日)?"
                          r"在[^，。；！？]{2,50}(?:会议|大会|会|典礼|仪式|论坛|座谈会|报告会|开幕式|闭幕式)上"
                          r"(?:的(?:讲话|报告|发言|致辞|工作报告|说明))?")
#: a speaker's title and name, a blank between them (郑州市人民政府市长　赵建才)
_SPEAKER = re.compile(r"[\u4e00-\u9fff]{2,24}[\s\u3000]+[\u4e00-\u9fff·]{2,4}")
_BRACKETED_DATE = re.compile(r"[（(](?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[）)]")


#: a row of dashes, stars, diamonds or underscores between parts of a story (——————————, ＊＊＊, ◆◆◆, * * *, ___):
#: set centred, as a separator, not as a paragraph (indented, justified, broken)
_SEPARATOR = re.compile(r"[\s\u3000]*(?:[—─━＊*※◆◇☆★●○=＝~～_＿\-][\s\u3000]*){3,}")


def _poem_line(k: int, paragraphs, sung: bool = False) -> bool:
    """Is paragraph ``k`` a line of verse set one a paragraph, in a run of paragraphs that each
    may be one (``_verse_like``) and that is verse (``load.is_verse``: 我迫使一阵风停下来 / 在午后
    清新的一刻 / 让它像古旧的门窗“嘎嘎”作响 / …), set as the poet broke it? Not the prose around a
    poem: 他在信中写道：, 这首诗写出了游子浓浓的思乡之情，读来令人动容。"""
    if not _verse_like(paragraphs[k]):
        return False
    a, b = _run_around(k, paragraphs, _verse_like)
    if any(paragraphs[j].align == "poem" for j in range(a, b + 1)):
        return False    # (beside verse typed a line a line, the copy's own lines: 这是一首诗。)
    # (a line ending with a colon first is the lead-in, 他在信中写道：; inside, a line of verse)
    while a <= b and paragraphs[a].align != "poem" and paragraphs[a].text.rstrip().endswith(("：", ":")):
        a += 1
    if k < a:
        return False
    run = [paragraphs[j].text for j in range(a, b + 1)]
    return is_verse(run, a > 0 and introduced(paragraphs[a - 1].text), sung) and in_words(run)


def _verse_like(p) -> bool:
    """May paragraph ``p`` be a line of verse: short, no sentence's end inside it, not a sentence
    of clauses (…之情，读来令人动容。), nor a list's item, bulleted or numbered, a heading, a date,
    a signature, a role and a name (主编　张三) or a letter's closing words? (A line of verse
    from the copy is one already.)"""
    text = p.text.strip()
    if p.align == "poem":
        return True
    return (not p.subhead and not p.align and 0 < len(text) <= MAX_VERSE_LINE
            and re.search("[。！？；]", text[:-1]) is None
            and not ("，" in text and text.endswith("。")) and _ENTRY.match(text) is None
            and text[0] not in _BULLETS     # (a list's item: ●温度15-28℃区间药效最佳)
            and _HEADING.match(text) is None    # (... or a numbered one: 1、投标人应具有独立法人资格…；)
            and not _a_line_of_its_own(text) and not _SALUTATION.fullmatch(text)
            and not CREDIT_LINE.fullmatch(text))


def _titles_a_poem(k: int, paragraphs) -> bool:
    """Is paragraph ``k`` a short line with no mark before a line of verse: the poem's title
    (初春 / 麦苗梦里越冬时，…)?"""
    text = paragraphs[k].text
    return (len(text) <= MAX_LINE_OF_ITS_OWN and not any(c in "，。；！？,;!?" for c in text)
            and k + 1 < len(paragraphs) and paragraphs[k + 1].align == "poem")


def _couplet(p) -> bool:
    if p.subhead:
        return False
    text = p.text.strip()
    m = _COUPLET.fullmatch(text)
    if m is not None and len(m.group(1)) == len(m.group(2)):
        return True
    # (older verse: 楚辞 lines with 兮, 挟飞仙兮同游，揖清献兮并辀。; a reading in brackets after a
    # character left out; the 诗经's 四言 only in a run, ``_verse_line``)
    bare = _PINYIN.sub("", text)
    return "兮" in text and _ANCIENT.fullmatch(bare) is not None


#: a line of older verse: two or three clauses of three to nine characters, a pause between,
#: a stop after (溱与洧，方涣涣兮。); a character's reading in brackets, taken out to judge it
_ANCIENT = re.compile(r"(?:[\u4e00-\u9fff]{3,9}[，？！；])(?:[\u4e00-\u9fff]{3,9}[，？！；]){0,1}[\u4e00-\u9fff]{3,9}[。？！]")
_CLAUSE = re.compile(r"[\u4e00-\u9fff]+")
#: the particles of the old written language (之乎者也矣焉哉兮曰)
_PARTICLES = re.compile("[乎者也矣焉哉兮曰]")
_PINYIN = re.compile(r"[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[）)]")
#: a couplet of classical verse, 五言 or 七言: two halves of five or seven characters
_COUPLET = re.compile(r"([\u4e00-\u9fff]{5}|[\u4e00-\u9fff]{7})[，,？！；]([\u4e00-\u9fff]{5}|[\u4e00-\u9fff]{7})[。？！；]?")



#: the most lines a credit typed at a story's end takes after prose cut off (校对 / 统筹 /
#: 审读 / 编辑), and after a sentence's end (a web page's tail: 统筹 / 记者 / 摄像 / 编辑 / …)
CREDIT_LINES = 4
CREDIT_LINES_AFTER_AN_END = 8


#: the source a story's copy names at its end (来源：中新社, 新闻来源：ETToday)
_SOURCE_LINE = re.compile(r"(?:新闻|文章|稿件|信息|内容)?来源[：:][ \u3000]*[^\s，。；！？,;!?]{2,20}")


def _a_credit_line(text: str) -> bool:
    """Is ``text`` a line of a story's closing credit: a role and a name (责任编辑：杨健), in
    brackets or not (【编辑：叶圣凡】), or the copy's source (来源：中新社)?"""
    if text[:1] in "【［[" and text[-1:] in "】］]":
        text = text[1:-1]
    return CREDIT_LINE.fullmatch(text) is not None or _SOURCE_LINE.fullmatch(text) is not None


def _closing_credits(paragraphs) -> set:
    """The last paragraphs of a story that are its credit typed in the copy, set flush right as
    a byline is (记者　鲁慧 / 通讯员　李兆宏　文/图): after a paragraph that ends a sentence, eight
    at most (``CREDIT_LINES_AFTER_AN_END``), or two to four (``CREDIT_LINES``) after other text,
    a caption or prose cut off (not after a list's lead-in, 名单如下： / 编辑　张三 / 校对　李四,
    or a numbered heading, 二、优秀编辑; not more such lines, a list of roles; not an interview's
    last words, 主编：不客气, after 主编：… earlier); and the first paragraph if it is a credit
    typed above the text with a name (河南日报客户端记者　李凤虎; not 记者　观察, a column's name)."""
    n = len(paragraphs)
    out = set()
    if not n:
        return out
    first = paragraphs[0].text.strip() if n >= 2 and not paragraphs[0].subhead else ""
    words = re.split(r"[\s\u3000/／丨：:]+", first)
    name = words[-1] if len(words[-1]) > 1 or len(words) < 2 else words[-2] + words[-1]    # (李　鑫)
    if CREDIT_LINE.fullmatch(first) and _a_name(name):
        out.add(0)      # (a credit typed as the copy's first line)
    k = n
    while k > 1 and n - k <= CREDIT_LINES_AFTER_AN_END and not paragraphs[k - 1].subhead and _a_credit_line(
            paragraphs[k - 1].text.strip()):
        k -= 1
    before = paragraphs[k - 1].text.rstrip()
    ended = before.endswith(_ENDS_A_SENTENCE) or before.endswith(("（完）", "(完)"))
    if k == n or n - k > (CREDIT_LINES_AFTER_AN_END if ended else CREDIT_LINES) or k in out:
        return out      # (none, or a list of roles and names)
    if any(CREDIT_LINE.fullmatch(before[-j:]) for j in range(4, min(len(before), 16) + 1)):
        return out      # (the list's first line run into the one before: …名单如下主编　张三)
    speakers = {_speaker(paragraphs[j].text) for j in range(k)} - {None}
    if any(_speaker(paragraphs[j].text) in speakers for j in range(k, n)):
        return out      # (a speaker's words, 主编：不客气, after 主编：多读书…)
    if ended or (n - k >= 2 and not before.endswith(("：", ":", "如下", "名单")) and _HEADING.match(before) is None):
        out.update(range(k, n))
    return out


def _speaker(text: str) -> str | None:
    """The label before a colon a paragraph starts with (主编：不客气 -> 主编), or None."""
    m = _SPEAKER_LABEL.match(text.strip())
    return m.group(1) if m else None


_SPEAKER_LABEL = re.compile(r"([^：:]{1,6})[：:]")


def _a_name(word: str) -> bool:
    """Is ``word`` a person's name by its look: two or three characters (or two padded to three),
    the first a common surname (李凤虎; not 观察)?"""
    word = word.replace("\u3000", "").replace(" ", "")
    return 2 <= len(word) <= 4 and (word[0] in SURNAMES or word[:2] in ("欧阳", "司马", "上官", "诸葛", "东方"))


def _attribution(k: int, paragraphs) -> bool:
    """Is paragraph ``k`` the source of a quotation before it, set flush right (出处: ——清·黄景仁
    《绮怀》, ——鲁迅《且介亭杂文续编》, ——本·琼生, ——题　记)? One of the shapes of ``_SOURCE``,
    after a paragraph that ends a sentence or a quotation (not after a colon: a list of items
    after dashes)."""
    text = paragraphs[k].text.strip()
    if k == 0 or paragraphs[k].subhead:
        return False
    before = paragraphs[k - 1].text.rstrip()
    if not before or paragraphs[k - 1].subhead:
        return False
    if _SOURCE.fullmatch(text) or _LETTER_SIGNED.fullmatch(text):
        return before[-1] in "。！？…”’」』》"
    if _SOURCE_IN_ENGLISH.fullmatch(text) and not any(is_han(c) for c in before):
        return True     # (after an English quotation, a tweet that ends with its link)
    # (a name alone, after a quotation: “希望本是无所谓有……”　——鲁迅)
    return _SOURCE_NAME.fullmatch(text) is not None and before[-1] in "”」』" and before[0] in "“「『"


#: a quotation's source: a name with its dynasty or its country's · (——清·黄景仁, ——本·琼生),
#: a name and a title (——鲁迅《且介亭杂文续编》), or the label of an epigraph (——题　记); not a
#: line of dialogue or a subhead after a dash (——从来没有, ——精准施策稳就业)
_SOURCE = re.compile(r"——(?:[〔（(【][\u4e00-\u9fff]{1,3}[〕）)】])?(?:(?:[\u4e00-\u9fff]{1,4}·)?[\u4e00-\u9fff·]{1,12}[：:]?)?"
                     r"《[^》]{1,30}》"
                     r"|——(?:编者|编辑部|译者)"
                     r"|——(?:[〔（(【][\u4e00-\u9fff]{1,3}[〕）)】])?[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff·]{1,12}"
                     r"|——[〔（(【][\u4e00-\u9fff]{1,3}[〕）)】][\u4e00-\u9fff·]{2,12}|——题[\u3000\s]?记")
#: a letter's signature in brackets, a line after it: the writer's place, name and calling
#: between blanks ((北京　范海浪　研一), （陕西咸阳　何原　公务员）)
_LETTER_SIGNED = re.compile(r"[（(][\u4e00-\u9fff]{2,8}[\s\u3000]+[\u4e00-\u9fff·]{2,4}(?:[\s\u3000]+[\u4e00-\u9fff]{2,8})?[）)]")
#: an English quotation's source: a dash, a name, a handle and a date (— Taylor Swift
#: (@taylorswift13) October 31, 2022); not a sentence after a dash (— and then he left.)
_SOURCE_IN_ENGLISH = re.compile(r"[—―–] ?[A-Z][A-Za-z.’'-]*(?: [A-Z][A-Za-z.’'-]*){0,3}(?: \(@\w{1,30}\))?"
                                r"(?: [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?")
#: a name alone as a quotation's source (——鲁迅, ——毛泽东): after a quotation only
_SOURCE_NAME = re.compile(r"——[\u4e00-\u9fff]{2,3}")


def _signs(p) -> bool:
    """Can paragraph ``p`` be a line of a notice's or letter's signature: short, no 点号, not a
    heading, a closing formula or a field (郑州市教育局, 爱你的爸爸; not 特此通告, 此致,
    联系人：刘老师)?"""
    text = p.text.strip()
    return (not p.subhead and 0 < len(text) <= MAX_LINE_OF_ITS_OWN and not any(c in "，。；：！？,;:!?、" for c in text)
            and not text.startswith("特此") and _SALUTATION.fullmatch(text) is None and _HEADING.match(text) is None)


def _a_signer(p) -> bool:
    """Does paragraph ``p`` sign a letter: a person's name (高　颖, 李明), its writer's words for
    themself before it (您的学生, 一位老读者), 敬上 or the like after it, or a body's name
    (郑州某某有限公司)? Not 谢谢大家, 英雄不朽, （完）."""
    text = p.text.strip().replace("\u3000", "").replace(" ", "")
    return (_SIGNER.fullmatch(text) is not None or _SIGNATURE.search(text) is not None
            or 2 <= len(text) <= 4 and text[:1] in SURNAMES and _NOT_A_NAME.search(text) is None)


#: a letter's signer: who writes (您的学生, 一位老读者), a name and 敬上 (高颖敬上)
_SIGNER = re.compile(r"(?:您的|你的|爱你的|你们的|一位|一名|一群|全体)[\u4e00-\u9fff]{1,8}"
                     r"|[\u4e00-\u9fff·]{1,10}(?:敬上|谨上|拜上|敬启|谨启|上)")
#: what a name has none of, though a surname's character starts it (谢谢大家, 万事如意, 高举旗帜)
_NOT_A_NAME = re.compile("谢谢|大家|你们|我们|如意|致敬|[的了吗呢吧啊]")
#: a letter's closing words before its signature (敬礼, 此致敬礼, 顺颂商祺)
_LETTERS_CLOSE = re.compile("(?:敬礼|此致敬礼|顺[颂祝][商时]祺)[!！。]?")


def _signed_by(text: str) -> bool:
    """Is ``text`` an organisation's name or a short signature (郑州市教育局, 荆门市公安局交通警察
    支队, 爱你的爸爸), not a line of a poem (我爱这片深沉的土地)?"""
    return len(text) <= MAX_SIGNED_NAME or _SIGNATURE.search(text) is not None


#: the longest signature taken without an organisation's ending (爱你的爸爸, 您的学生　小明)
MAX_SIGNED_NAME = 8


#: the most lines a signature takes above its date
MAX_SIGNATURE_LINES = 3


def _heads_a_list(k: int, paragraphs) -> bool:
    """Is paragraph ``k`` a short line with no mark in it, followed by a numbered item (报名条件
    and then （一）年满18周岁；): the heading of a list?"""
    text = paragraphs[k].text
    return (len(text) <= MAX_HEADING and not any(unicodedata.category(c).startswith("P") for c in text)
            and k + 1 < len(paragraphs) and _HEADING.match(paragraphs[k + 1].text) is not None)


#: the longest line taken for the heading of a list
MAX_HEADING = 16


def _heads_a_section(k: int, paragraphs, depth: int = 0) -> bool:
    """Is paragraph ``k`` a heading typed as a line of the copy: short (``MAX_SECTION_HEAD``),
    no sentence's end in it and a pause at most, not the story's last paragraph, followed by a
    paragraph of prose that ends a sentence, at least twice as long (half as long again if the
    heading has no pause: 按照发热的热型分类 / 发热的常见热型通常分为6种。) (新特性 / Python 3.12 带来了…。,
    对世界上瘾中，找到持续成长的力量 / …), by a field's label (幼升小材料准备 / 幼升小报名时间:),
    or by a heading itself (这份成绩单沉甸甸 / 自觉践行政治担当 / …。), these two with no pause in
    it? A text cut off ends the copy, or runs on long."""
    text = paragraphs[k].text
    if (len(text) > MAX_SECTION_HEAD or any(c in "。；！？;!?" for c in text) or text.count("，") > 1
            or k + 1 >= len(paragraphs) or paragraphs[k + 1].subhead or text[-1:] in _GOES_ON
            or any(text.count(a) > text.count(b) for a, b in ("（）", "“”", "《》", "()"))):
        return False    # (nor a clause cut off after a word that needs one after it, …分布在, or
        # inside a bracket, 本报讯（记者　张磊　通讯员)
    after = paragraphs[k + 1].text
    if "，" not in text and (paragraphs[k + 1].align == "start" or _SCHEDULE.fullmatch(after) is not None
                            or _a_row_of_a_listing(after)
                            or FIELD_LABEL.match(after) is not None and len(after) <= MAX_LINE_OF_ITS_OWN):
        return True     # (over a field, a schedule, a listing's or a table's rows: 节目单 / 时间：…,
        # 开放日接种时间 / 每周一、二、四14:00-17:00, 延期名单 / 2月28日-2月29日　话剧《非常悬疑》延期; not
        # over a speaker's line, 截至目前全市共有 / 张三：好的。)
    # (with no pause in it, as a clause cut off has: 截至目前，全市…共有 / 具体情况如下：)
    if after and after[-1] in "：:" and len(after) <= MAX_SECTION_HEAD and k + 2 < len(paragraphs) and "，" not in text:
        return True     # (before a field's label heading what follows: 幼升小材料准备 / 幼升小报名时间:)
    if len(after) <= MAX_SECTION_HEAD and after[-1:] not in CLOSING_MARKS and depth < 3 and "，" not in text:
        return _heads_a_section(k + 1, paragraphs, depth + 1)   # (a heading, then another under it)
    # (a heading with no pause in it over a sentence half as long again, 按照发热的热型分类 /
    # 发热的常见热型通常分为6种。; one with a pause, over twice its length)
    return len(after) >= (2 if "，" in text else 1.5) * len(text) and after[-1] in CLOSING_MARKS


#: a paragraph that is one field whose value has no Han in it and runs long, a date, a number,
#: a code, an address (裁判日期：2017-04-06, 2、联系电话：3518028、3067275, 投稿邮箱：1657155627@qq.com):
#: where the value cannot come up after its label, the label's line is left short, not spread
_FIELD_ALONE = re.compile(r"(?!(?:https?|ftp|mailto|file):)"     # (not a web address's scheme: http: | //…)
                          r"(?:\d{1,2}[、.．])?[^\s，。、；：！？,;:!?“”\d][^\s，。、；：！？,;:!?“”]{0,7}[：:][ \u3000]*"
                          r"[^\u3400-\u9fff\s][^\u3400-\u9fff]{5,}")


def _in_a_run_of_fields(k: int, paragraphs) -> bool:
    """Is paragraph ``k`` one of three or more in a row that are each a label of six characters
    at most and its value (财政：赤字率拟按4%左右安排… / 政府投资：… / 消费：…), a list's points?"""
    return any(all(0 <= j < len(paragraphs) and LABELLED.match(paragraphs[j].text) is not None
                   for j in range(k + d, k + d + 3)) for d in (-2, -1, 0))


def _a_row_of_a_listing(text: str) -> bool:
    """Is a paragraph without a closing mark a row of a listing or a timetable: starting with its
    day or time and a blank or a time of day after it, or a field whose value is a day, no longer
    than ``MAX_ROW``, no pause or sentence's end in it, and not ending on a word that needs one
    after it (4月2-5日　大剧场, 6月24日（星期三）上午8:00-10:30语文, 2月28日-2月29日　话剧《非常悬疑》延期)?
    A clause cut off has its pause, or no blank after its day: 他说，周一14:00, 3月5日上午在…会议上."""
    m = _ROW.match(text)
    return (len(text) <= MAX_ROW and m is not None and text[-1] not in _GOES_ON
            and not any(c in "，,。；！？;!?" for c in text)
            # (its day or time, then a blank or a time: not a clause cut off, 3月5日上午在市政府召开的会议上)
            and (m.group("field") is not None or _ROW_REST.search(text, m.end()) is not None))


#: the longest row of a listing or timetable taken as one (two lines of a 20-字 column)
MAX_ROW = 40
#: a row starts with its day or time, after an item's number or a bullet, or is a field whose
#: value is a day (…职业技能测试：7月8日—10日); a clause cut off has them inside (市政府将于3月5日召开)
_DAY_OR_TIME = r"(?:\d{1,2}月)?\d{1,2}(?:[-—～~]\d{1,2})?日|\d{1,2}[:：]\d\d(?![\d.])"
_ROW = re.compile(r"(?:\d{1,2}[、.．]|[●•◆■▲★])?\s*(?:" + _DAY_OR_TIME + r")(?!\d)"
                  r"|(?P<field>[^：:]{2,30}[：:]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s*[-—～~至]\s*(?:\d{1,2}月)?\d{1,2}日)?$)")
#: what a row has after its day: a blank before the next cell, or a time of day
_ROW_REST = re.compile(r"[ \u3000]|\d{1,2}[:：]\d\d")


def _a_bulleted_item(k: int, paragraphs) -> bool:
    """Is paragraph ``k`` an item of a bulleted list, a paragraph before or after it starting
    with the same bullet (◆父母双方身份证原件及复印件 / ◆《儿童预防接种证》原件及复印件)?"""
    text = paragraphs[k].text.lstrip()
    if any(c in "。；" for c in text) or "，" in text and "：" not in text and len(text) > MAX_LINE_OF_ITS_OWN:
        return False    # (a sentence of clauses cut off: ◆市委第一巡察组…，发现该局在落实全面从;
        # not a field's value, ◆报名地点：郑州市金水区文化路1号，市人社局一楼大厅)
    return bool(text) and text[0] in _BULLETS and any(
        0 <= j < len(paragraphs) and paragraphs[j].text.lstrip()[:1] == text[0] for j in (k - 1, k + 1))


_BULLETS = frozenset("◆◇●○■□▪▫•★☆▶►➢✓√")


#: the longest line taken for a heading typed as a line of the copy
MAX_SECTION_HEAD = 20
#: words a clause cannot end with: prepositions, conjunctions, particles (…主要分布在, …和)
_GOES_ON = frozenset("在和与及的了把被对从将向为是等并而但或以于由给让使")


def _a_line_of_its_own(text: str) -> bool:
    """Is a paragraph without a closing mark a line meant as it is, as notices end and are
    laid out: a heading of a list (一、报名时间 （二）报名条件 3.考试科目 第五条), a signature
    (郑州市教育局 二七区人民政府办公室), a date (2024年3月5日 二〇二四年三月五日 2024.3.5), a
    field (联系人：刘老师)? Short, and with no 点号 in it but a field's colon (a , between figures
    is a number's or a name's: 2,4-D丁酯)."""
    if _SCHEDULE.fullmatch(text) or _DATES_FIELD.fullmatch(text):
        return True     # (每周一、二、四14:00-17:00; 时间：2023年7月14日19:30，7月15日19:30)
    if any(c in "，。；！？;!?" for c in text) or re.search(r"(?<!\d),|,(?!\d)", text):
        return False
    field = _FIELD.fullmatch(text)
    if len(text) > MAX_LINE_OF_ITS_OWN:
        # (a row of fields, or one field of figures: 咨询捐款热线：010-65129097、65599762（海外）)
        return len(text) <= 2 * MAX_LINE_OF_ITS_OWN and (_fields(text) or field is not None and _SPEAKING.search(
            field.group(1)) is None and sum(c.isdigit() for c in text[field.end(1):]) >= len(text[field.end(1):]) // 2)
    return bool(_HEADING.match(text) or _DATE.fullmatch(text) or _LABEL.fullmatch(text)
                or _SALUTATION.fullmatch(text) or _fields(text)
                or field and _SPEAKING.search(field.group(1)) is None
                or _SIGNATURE.search(text) and not _NOT_IN_A_NAME.intersection(_NAME_WORDS.sub("", text))
                and _DOING.search(text) is None)


def _fields(text: str) -> bool:
    """Is ``text`` a row of two fields or more between blanks, none someone speaking (作者：张章
    来源：中国科学报 发布时间：2017/9/20 9:53:45; 联系人：刘老师　电话：0415-3853610)?"""
    parts = re.split(r"[\s\u3000]+(?=[^\s\u3000：:]{1,8}[：:])", text.strip())
    fields = [_FIELD.fullmatch(part) for part in parts]
    return len(parts) >= 2 and all(f is not None and _SPEAKING.search(f.group(1)) is None for f in fields)


#: the labels of the fields a web page puts above or under an article
#: (a counter's, whose value the page fills in as it is read, and may be pasted empty)
_COUNTER_LABEL = r"浏览(?:次数|量)?|阅读(?:量|数)?|点击(?:数|量)?|访问(?:次数|量)"
_WEB_LABEL = re.compile(r"(?:信息)?(?:发布|发表|更新|公告)(?:时间|日期)|时间|日期|(?:信息|文章|稿件)?来源|稿源|作者|(?:责任)?编辑|责编"
                        r"|" + _COUNTER_LABEL + r"|字号")
#: ... those only a web page has, or a timestamp as web pages give it (2025-07-11 08:51)
_A_WEB_LABEL = re.compile("(" + _WEB_LABEL.pattern + r")[：:]")
_WEB_ONLY = re.compile(r"(?:信息)?(?:发布|发表|更新|公告)(?:时间|日期)|(?:信息|文章|稿件)?来源|稿源|浏览|阅读|点击|访问(?:次数|量)|字号")
#: ... of them, a counter's
_COUNTER = re.compile(_COUNTER_LABEL)
_TIMESTAMP = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")


def _field_pieces(text: str) -> list:
    """A row of fields (``_web_fields``), a field a piece, the blanks between them dropped
    (发布时间：2025-07-11 08:51 | 来源：郑州日报)."""
    at = [m.start() for m in _A_WEB_LABEL.finditer(text)] or [0]
    if _STAMP.match(text.lstrip("●•· \u3000")) is not None:
        at.insert(0, 0)     # (a page's timestamp before the fields: a piece of its own)
    at[0] = 0       # (with the bullet before the first, if any)
    # (a field in brackets keeps its opening one: 19:37:32 | 【编辑：李骏】, not 19:37:32【 | 编辑…)
    at = [a if a == 0 or text[a - 1] not in "【［[（(〔" else a - 1 for a in at]
    pieces = [text[a:b].strip(" \u3000\t") for a, b in zip(at, at[1:] + [len(text)])]
    # (a bar between a timestamp and its fields goes: 2021年03月05日 06:39:28 | 来源：央视新闻)
    pieces = [piece.rstrip(" \u3000\t|｜") if _STAMP.fullmatch(piece.rstrip(" \u3000\t|｜")) else piece
              for piece in pieces]
    return [piece for piece in pieces if piece]


def _web_fields(text: str, edge: bool = True, near: bool = True) -> bool:
    """Is ``text`` a web page's row of fields, typed as a paragraph, a bullet before it or not
    (发布时间:2025-07-11 08:51 来源:郑州日报, 发表时间:  2025-10-01来源:  …)? Every label a web
    page's, no sentence nor another label in a value, and two fields or more, one with a label
    only a web page has or a timestamp; or one such field and its timestamp; or, ``edge`` (the
    story's first or last paragraph), 日期 or 时间 and a date typed 2024-03-11, or a user's name
    and a post's time (落雪阙尘凌云羡 2022-07-05 11:09:09); or, ``near`` (among the story's first
    three paragraphs or its last three), a timestamp alone (央视新闻 / 2026-01-09 16:24). Not a
    notice's 时间：2024.6.1 9:00—11:30, nor 时间：…，地点：…, nor 来源：新华社 alone, a credit."""
    text = text.strip().lstrip("●•·")       # (a web page's bullet before it: • 发布时间…)
    if _STAMP.fullmatch(text):
        return near     # (a page's timestamp alone, 2023-08-18 22:01:07, under its source's name)
    if _NAME_AND_STAMP.fullmatch(text):
        # (a web answer's or comment's head: 落雪阙尘凌云羡 2022-07-05 11:09:09; not a schedule's
        # row among the text, 笔试结束 2024-07-06 11:30; a source's name and its · near either
        # end: 证券时报·2025-09-18 08:20)
        return near if _NAME_DOT_STAMP.match(text) else edge
    stamp = _STAMP.match(text)
    if stamp is not None:
        # (a page's timestamp before its fields: 2012-09-26 15:22:00 来源: 河南日报, 2021年03月05日
        # 06:39:28 | 来源:央视新闻; a web page's own label after it)
        labels = list(_A_WEB_LABEL.finditer(text, stamp.end()))
        return (bool(labels) and not text[stamp.end():labels[0].start()].strip(" \u3000|｜")
                and any(_WEB_ONLY.fullmatch(m.group(1)) for m in labels)
                and not any(c in "，。；！？,;!?" for c in text) and len(text) <= 2 * MAX_LINE_OF_ITS_OWN)
    labels = list(_A_WEB_LABEL.finditer(text))
    if not labels or labels[0].start() != 0 or len(text) > 2 * MAX_LINE_OF_ITS_OWN:
        return False
    values = [text[m.end():n.start()] for m, n in zip(labels, labels[1:])] + [text[labels[-1].end():]]
    stamped = any(_TIMESTAMP.match(v.strip()) for v in values)
    if any(not v.strip() and k < len(values) - 1 and not _COUNTER.fullmatch(labels[k].group(1)) and not stamped
           or any(c in "，。；！？,;!?：" for c in v) for k, v in enumerate(values)):
        return False    # (a sentence, or a field of another label: 时间：…　地点：…; a counter
        # may be empty, 发布日期:2023-03-21访问次数: 信息来源:…, and any field beside a
        # timestamp: 时间:2020-03-05 12:10:35  来源:  作者:)
    if len(labels) >= 2 and (any(_WEB_ONLY.fullmatch(m.group(1)) for m in labels)
                             or any(_TIMESTAMP.match(v.strip()) for v in values)):
        return True     # (时间：2025-07-11 08:51　编辑：张三 too)
    # (one field: a web page's label and its timestamp, or a date's typed as web pages give it,
    # 2024-03-11, above or under the text; not a notice's 时间：2024.6.1 9:00—11:30)
    value = values[0].strip()
    if len(labels) == 1 and (_WEB_ONLY.fullmatch(labels[0].group(1)) and _STAMP_VALUE.search(value)
                             or _STAMP_SECONDS.fullmatch(value)):
        return True     # (the time first or the source before it: 更新时间：12:20 2025-11-30 HKT,
        # 来源:新华网2022-09-21 08:14; 时间:2022年10月21日 18:46:26 中财网)
    stamp = _TIMESTAMP.match(value)
    return len(labels) == 1 and stamp is not None and (
        _WEB_ONLY.fullmatch(labels[0].group(1)) is not None or edge and _ISO_DATE.match(value) is not None)


def _glossary(paragraphs) -> set:
    """The paragraphs of a word list typed an entry a line, three or more in a row: a Chinese
    term and its English (预约券 reservation ticket / 下午茶 high tea / 裸婚 naked wedding), or the
    English first (soul mate 灵魂伴侣). Set flush left, ragged, as a table's column is: justified,
    预约券 reservation | ticket was spaced to 0.65 em, 剩女3S | lady letter-spaced to the measure."""
    out, run = set(), []
    for k, p in enumerate(paragraphs + (None,)):
        text = p.text.strip() if p is not None and not p.subhead and not p.align else ""
        if _GLOSS_ENTRY.fullmatch(text) or _ENGLISH_ENTRY.fullmatch(text):
            run.append(k)
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    return out


#: an entry of a word list: a Chinese term of a few characters, a blank, and its English, a
#: term of up to six words, not a sentence (a bracketed note in Chinese may follow: cougar(源自
#: 电影Cougar Club)); or the English first and a Chinese term of up to eight characters (not 记者
#: What do you think about the new policy? nor He said it was good 他说很好)
_GLOSS_ENTRY = re.compile(r"[\u4e00-\u9fff·]{1,10}[ \u3000]+[A-Za-z0-9][^\u4e00-\u9fff。！？；.?! ]*"
                          r"(?: [^\u4e00-\u9fff。！？；.?! ]+){0,5}(?:[（(][^）)]{0,30}[）)])?")
_ENGLISH_ENTRY = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?: [A-Za-z'’\-]+){0,4}[ \u3000]+[\u4e00-\u9fff·]{1,8}")


def _coded_items(paragraphs) -> set:
    """The items of a numbered list of codes, a train's, a flight's or a route's: three or more
    in a row numbered in sequence, each short, with no 点号, most of them with a code (1. 郑州东-
    广州南G4011/2 / 2. 北京西-西安北G4015/6 / …). Set flush left, ragged, as a table's rows are:
    justified, an item that turns over before its code was spread (5.北京西-武汉 | G4707/8 at
    0.38 em at 11 字)."""
    out, run = set(), []
    for k, p in enumerate(paragraphs + (None,)):
        m = _CODED_ITEM.fullmatch(p.text.strip()) if p is not None and not p.subhead and not p.align else None
        if m is not None and (not run or int(m.group(1)) == run[-1][1] + 1):
            run.append((k, int(m.group(1)), _A_CODE.search(m.group(2)) is not None))
            continue
        if len(run) >= 3 and 2 * sum(coded for _, _, coded in run) > len(run):
            out.update(k for k, _, _ in run)
        run = [(k, int(m.group(1)), _A_CODE.search(m.group(2)) is not None)] if m is not None and int(m.group(1)) == 1 else []
    return out


#: an item of such a list: its number, then up to 30 characters with no 点号
_CODED_ITEM = re.compile(r"(\d{1,2})[.．、]\s*([^，。、；：！？,;:!?\s][^，。、；：！？,;:!?]{0,29})")
#: a code: letters before figures (G4011, CA1234, Y801), or figures parted by a / (4011/2)
_A_CODE = re.compile(r"[A-Za-z]+\d+|\d+/\d+")


def _data_fields(paragraphs) -> set:
    """The paragraphs of a block of data typed a field a line: short fields in a row (a label, a
    colon, a value with no 点号), the values of most of them, three or more, figures (发震时刻：
    2014-09-27 08:41:21.0 / 震中纬度：27.7 / 震源深度：3 / … / 参考位置：浙江省温州市文成县). Set flush
    left, ragged, as a table's column is: indented and justified, 发震时刻： alone was letter-spaced
    to the measure at 11 字. Not a notice's fields (时间：2024.6.1 9:00—11:30 / 地点：… / 报名电话：…),
    mostly words or fewer figures."""
    out, run = set(), []
    for k, p in enumerate(paragraphs + (None,)):
        m = _DATA_FIELD.fullmatch(p.text.strip()) if p is not None and not p.subhead and not p.align else None
        if m is not None:
            run.append((k, m.group(1)))
            continue
        figures = [k for k, value in run if 2 * sum(c.isdigit() for c in value) >= len(value.replace(" ", ""))]
        if len(figures) >= 3 and 2 * len(figures) > len(run):
            out.update(k for k, _ in run)
        run = []
    return out


#: a field of a block of data: a label of up to eight characters, a colon, a short value with
#: no 点号 (a time's colon allowed: 08:41:21.0)
_DATA_FIELD = re.compile(r"[^\s：:，。；！？,;!?]{1,8}[：:]\s*([^，。；！？,;!?：]{1,24})")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: a timestamp as a web page gives it, a date and a time of day (2023-08-18 22:01:07,
#: 20.05.2022  07:08)
_STAMP = re.compile(r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}年\d{1,2}月\d{1,2}日)[ \u3000]*"
                    r"\d{1,2}:\d{2}(?::\d{2})?")
#: a web page's timestamp ending a field's value: the time first, a zone after it, or the
#: source's name before it (12:20 2025-11-30 HKT, 新华网2022-09-21 08:14)
_STAMP_VALUE = re.compile(r"(?:\d{1,2}:\d{2}[ \u3000]+)?\d{4}-\d{1,2}-\d{1,2}(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
                          r"(?:[ \u3000]*[A-Z]{2,4})?$")
#: ... or a date and a time to the second, the source's name after them or not (时间:2022年10月21日
#: 18:46:26 中财网): no notice gives the seconds
_STAMP_SECONDS = re.compile(r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)[ \u3000]*\d{1,2}:\d{2}:\d{2}"
                            r"(?:[ \u3000]+[\u4e00-\u9fff]{2,8})?")
_NAME_DOT_STAMP = re.compile(r"[^\s·•]{2,16}[ \u3000]*[·•]")
#: a user's name and the time of the post, as a web page heads an answer or a comment, or a
#: column's name and the time, a bar between, and what the page says of the post after it
#: (商界 | 2026-03-13 15:46:52 原创), a forum's word for posting between or not (帅哥 发表于 2009-9-11 11:09:04)
_NAME_AND_STAMP = re.compile(r"[^\s，。、；：！？,:;!?·•|｜]{2,16}(?:[ \u3000]+|[ \u3000]*[·•|｜][ \u3000]*)"
                             r"(?:(?:发表于|发布于|发表时间[：:]?|回复于)[ \u3000]*)?\d{4}-\d{1,2}-\d{1,2}"
                             r"[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \u3000]+(?:原创|转载|首发|发布))?")


def _signs_a_letter(k: int, paragraphs) -> bool:
    """Is paragraph ``k`` one of the two short lines right after a letter's closing words
    (此致 / 敬礼, 顺颂商祺), with no comma: its signature or its date (一位来自二十一世纪的沈阳市长,
    您的学生　小明)? Not a line of text after them (记者了解到，这封信已发往)."""
    text = paragraphs[k].text
    if len(text) > MAX_LINE_OF_ITS_OWN or any(c in "，。,；;" for c in text):
        return False
    if k >= 1 and _SALUTATION.fullmatch(paragraphs[k - 1].text.strip()):
        return True     # (the signature)
    # (the date, or a signature's second line, after the first)
    return (k >= 2 and _SALUTATION.fullmatch(paragraphs[k - 2].text.strip()) is not None
            and not any(c in "，。,；;" for c in paragraphs[k - 1].text)
            and (_a_line_of_its_own(text) or _SIGNED.fullmatch(text.strip()) is not None))


#: the second line of a letter's signature: a name, or a date with no year (李明, 3月5日)
_SIGNED = re.compile(r"[\u4e00-\u9fff·]{2,4}|\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日")


#: the greeting under 此致 (敬礼!, 敬礼。)
_GREETING = re.compile("敬礼[!！。]?")
#: a letter's closing words (此致 and 敬礼 on two lines or one, 顺颂商祺, 顺祝商祺, 顺致崇高的敬意)
_SALUTATION = re.compile("(?:此致|敬礼|此致敬礼|顺致[^，。]{0,8}|顺[颂祝][商时]祺|谨致[^，。]{0,8})[!！。]?")
#: a label on a line of its own: a bus route's (1路, 3路区间, K2路), a year heading a timeline's
#: entries (1921年); a letter's closing words are ``_SALUTATION``
_LABEL = re.compile(r"[A-Z]?\d{1,4}路(?:区间|支线|快线|夜班|线)?|(?:\d{4}|[〇○零一二三四五六七八九]{4})年")


def _in_verse(k: int, paragraphs) -> bool:
    """Is paragraph ``k`` a line of verse: one of four short paragraphs or more in a row
    (``_verse_runs``), and ending in a mark of a pause (，、——) where two lines of the run end in
    a comma, as prose never does (a poem set one line a paragraph: 假如我是一只鸟，/ 我也应该用
    嘶哑的喉咙歌唱：…), or ending in a word, not the run's last, where three lines in four of the
    run end without a closing mark (a poem with no marks: 是灰敗的椒花 / 是籬下開遍的黃菊 …)? A
    story cut off ends a run of short lines, and is said; so is a line cut at a range's dash."""
    text = paragraphs[k].text
    runs = _verse_runs(paragraphs)
    if k not in runs or text.endswith(_DASHES) and not text.endswith("——"):
        return False
    a, b = runs[k]
    run = [paragraphs[j].text for j in range(a, b + 1)]
    if len(run) < 4:
        return False
    if text[-1] in "，、—,":
        return sum(1 for t in run if t[-1] in "，,") >= 2
    # (not the run's last: a story cut off after short lines ends the run)
    return k < b and 4 * sum(1 for t in run if t[-1] not in CLOSING_MARKS) >= 3 * len(run)


#: the longest paragraph taken for a line of verse
MAX_VERSE_LINE = 24


@lru_cache(maxsize=8)
def _verse_runs(paragraphs) -> dict:
    """For each short paragraph that may be a line of verse (not a heading, date, signature
    or letter's closing: a letter's end is no poem), the first and last of its run of them."""
    def short(p) -> bool:
        return (not p.subhead and 0 < len(p.text) <= MAX_VERSE_LINE and _ENTRY.match(p.text) is None
                and not _a_line_of_its_own(p.text) and not _SALUTATION.fullmatch(p.text.strip()))
    runs: dict = {}
    k = 0
    while k < len(paragraphs):
        if not short(paragraphs[k]):
            k += 1
            continue
        b = k
        while b + 1 < len(paragraphs) and short(paragraphs[b + 1]):
            b += 1
        runs.update(dict.fromkeys(range(k, b + 1), (k, b)))
        k = b + 1
    return runs


def _in_a_timeline(k: int, paragraphs) -> bool:
    """Is paragraph ``k`` an entry of a timeline (大事记): a date, or a range of dates, and what
    happened, with no sentence's end in it, beside another entry (1921年7月　中国共产党成立,
    7月　中共“二大”召开, 1919年5月4日“五四”运动爆发)? Not one cut off at a dash (1925年6月-)."""
    text = paragraphs[k].text
    if (len(text) > 2 * MAX_LINE_OF_ITS_OWN or any(c in "。！？!?" for c in text)
            or _ENTRY.match(text) is None or text.endswith(_DASHES)):
        return False
    # (an entry beside: not a news paragraph that starts with its date and ends a sentence,
    # 2023年3月5日上午，市政府召开新闻发布会。)
    return any(0 <= j < len(paragraphs) and _ENTRY.match(paragraphs[j].text) is not None
               and not any(c in "。！？!?" for c in paragraphs[j].text) for j in (k - 1, k + 1))


_ENTRY_DATE = (r"(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?|[春夏秋冬]季?|初|底|年?末)?|\d{1,2}月(?:\d{1,2}日)?"
               r"|\d{4}[.．]\d{1,2}(?:[.．]\d{1,2})?(?=[\s\u3000])|同[日月年]|当[日月年]|次[日月年])")
#: the date a timeline's entry starts with (1921年7月, 7月, 6月3日, 1920年夏, 1922年1月-3月,
#: 1922.1.12, 同日; after a bullet or not: ● 7月23日; not 1.2, a section's number), then a blank
#: or the first words of what happened (1919年5月4日“五四”运动爆发)
_ENTRY = re.compile(r"(?:[●•▲■◆★]\s*)?" + _ENTRY_DATE + r"(?:\s*[-—～~至到]\s*" + _ENTRY_DATE
                    + r")?(?=[\s\u3000\u4e00-\u9fff“])")
_DASHES = ("-", "—", "–", "～", "~", "至", "到")
#: a notice's field: a short label, its colon, the value (联系人：刘老师 电话：0415-3853610
#: 推荐指数：★★★★☆)
_FIELD = re.compile(r"([^\s：:，。；！？]{1,8}|[^\s：:，。；！？](?:\u3000+[^\s：:，。；！？]){1,3}|【[^】]{1,10}】)"
                    r"(?:[：:]|(?<=】))[^：]+")
#: a schedule's line: days and a time of day or a range of them (每周一、二、四14:00-17:00,
#: 周六9:00—12:00), and a field of dates and times alone (时间：2023年7月14日19:30，7月15日19:30)
_DAYS = r"(?:每)?(?:周|星期)[一二三四五六日天](?:[、至—～~\-](?:周|星期)?[一二三四五六日天])*"
_A_TIME = r"\d{1,2}[:：]\d\d"
_SCHEDULE = re.compile(f"{_DAYS}[：:]?\\s*(?:上午|下午|晚上)?{_A_TIME}(?:\\s*[-—～~至]\\s*(?:上午|下午|晚上)?{_A_TIME})?")
_DATES_FIELD = re.compile(r"[^\s：:，。；！？]{1,6}[：:]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}[:：]\d\d)?"
                          r"(?:[，,、]\s*(?:\d{1,2}月)?\d{1,2}日(?:\d{1,2}[:：]\d\d)?)+")
#: the longest paragraph without a closing mark taken for a heading, signature or date
MAX_LINE_OF_ITS_OWN = 30
_HEADING = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、\u3000](?=\S)|\d{1,2}[、.．](?!\d)"
                      r"|\d{1,2}(?:[.．]\d{1,2})+[\s\u3000][^、，。]{1,12}$"
                      r"|第[一二三四五六七八九十百\d]{1,4}[章节条部分]|[\u2460-\u2473]")
_SIGNATURE = re.compile(r"(?:局|委员会|委|会|院|厅|部|办|办公室|办事处|处|所|站|中心|公司|集团|政府|学校|大学|支队|大队|"
                        r"中学|小学|幼儿园|银行|支行|分行|电台|电视台|處|會|辦|廳|隊|學校|醫院|電台|"
                        r"医院|协会|报社|编辑部|指挥部|街道|社区|管委会|组委会)$")
#: words of a sentence, not of an organisation's name (市民可前往附近的社区服务中心,
#: 这件事到底该怎么办, 居民就近到社区, 全市各级党组织要认真召开专题民主生活会,
#: 市政府昨日召开新闻发布会, 目前已建成便民服务站, 大家一起来开会; but 成都, 将军路,
#: 那曲市, 郑州市就业服务中心, 要素市场管理办公室 are names)
_NOT_IN_A_NAME = frozenset("的了是在可该要把被就也还只吗呢么怎往请我你他她它们到")
#: words of names that hold one of those characters (郑州市就业服务中心, 要素市场管理办公室)
_NAME_WORDS = re.compile("就业|在线|要素|可持续|还款|只读")
_DOING = re.compile("召开|举行|举办|开展|进行|昨日|昨天|今日|今天|近日|日前|已经|已建|建成|正在|目前|年底|大家|一起|"
                    "认真|就近|可前|这[个些是里样件次一]|那[个些么里样]")
#: a field's label that is someone speaking or a source cited (他说：…, 记者问：…, 据介绍：…,
#: 专家提醒：…, 会议指出：…), not a label (举办单位 召开时间 介绍人 在线报名 项目名称 学术顾问
#: 主讲 所属频道 活动介绍 报名要求)
_SPEAKING = re.compile("(?:说|说道|(?<!顾)问|答|(?<![名简全昵俗])称|提醒|指出|表示|认为|强调|透露)$|^(?:据|他|她|我|你)")
_DATE = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
                   r"(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?|\d{4}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?")


#: largest photo accepted, in pixels (150 megapixels is far beyond any press photo and below
#: Pillow's own limit; a file claiming more is damaged or hostile: a "decompression bomb").
MAX_PIXELS = 150_000_000


_PHOTO_CACHE: dict = {}


def _photo_size(prep: _Prep, photo: Photo):
    """(width, height) of the photo as it will be printed (EXIF orientation applied), after
    checking that the file decodes completely. Every failure is an input error naming the
    story file and the line of the photo. A file already checked (same size and time) is not
    decoded again."""
    try:
        st = photo.path.stat()
        with open(photo.path, "rb"):
            pass   # readable? (a photo checked before is not read again here)
    except OSError as exc:
        prep.errors.append(LayoutError(f"photo {photo.file!r} cannot be read: {exc.strerror}",
                                       file=photo.source.file, line=photo.source.line, field=photo.field))
        return None
    key = (str(photo.path), st.st_size, st.st_mtime_ns)
    if key in _PHOTO_CACHE:
        return _PHOTO_CACHE[key]
    # across builds: the checked size, by the SHA-256 of the file and what the check depends
    # on (the pixel limit, Pillow's version); no decoding
    try:
        from PIL import __version__ as pillow
        entry = f"{file_digest(photo.path)}.{MAX_PIXELS}.{pillow}.photo"
    except OSError:
        entry = None
    cached = read_cache(entry, ("size",)) if entry else None
    if cached is not None and _is_size(cached["size"]):
        size = tuple(cached["size"])
    else:
        before = len(prep.errors)
        size = _check_photo(prep, photo)
        if len(prep.errors) != before:
            return size
        if entry:
            write_cache(entry, {"size": list(size)})
    _PHOTO_CACHE[key] = size
    return size


def _is_size(value) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) and v > 0 for v in value)


def _check_photo(prep: _Prep, photo: Photo):
    from PIL import Image, UnidentifiedImageError

    def fail(why: str, hint: str | None = None):
        prep.errors.append(LayoutError(f"photo {photo.file!r} {why}", file=photo.source.file,
                                       line=photo.source.line, field=photo.field, hint=hint))

    if photo.path.stat().st_size == 0:
        return fail("is an empty file")
    limit = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None   # checked below from the header, before anything is decoded
    try:
        with Image.open(photo.path) as im:
            if im.format not in ("JPEG", "PNG"):
                return fail(f"is a {im.format} image", hint="use JPEG or PNG")
            w, h = im.size
            if w * h > MAX_PIXELS:
                return fail(f"is {w} x {h} pixels, more than the {MAX_PIXELS // 1_000_000} million allowed")
            orientation = im.getexif().get(0x0112, 1)
            if im.format == "JPEG":
                im.draft(im.mode, (max(1, w // 8), max(1, h // 8)))   # decode at 1/8: fast, still complete
            im.load()
    except UnidentifiedImageError:
        return fail("is not a JPEG or PNG image (the file's content is not a picture)")
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        return fail(f"cannot be decoded: {exc}", hint="the file may be truncated or damaged; export it again")
    finally:
        Image.MAX_IMAGE_PIXELS = limit
    if w < 1 or h < 1:
        return fail("has no pixels")
    if orientation in (5, 6, 7, 8):
        w, h = h, w
    return (w, h)
