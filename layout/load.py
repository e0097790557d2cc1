"""Stage 1, load: a page folder -> ``model.Page``, or every input error at once.

Reads ``page.yaml`` and the story files (YAML front matter + paragraphs) with PyYAML's safe
loader, keeping the line of every key so that an error names the file, line, column and field
path. Unknown keys are errors with the closest known key suggested; lengths are converted to
points here and nowhere else (``units``). Paths must stay inside the page folder.

The input contract is documented in README.md ("Input format").
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

from .cache import read_cache, write_cache
from .compose.classes import MEASURE_WORDS, NO_START, TRANSLITERATION, is_han
from .errors import InputErrors, LayoutError
from .normalize import DOTTED_HEAD, ESCAPED_CR, HTML_ATTRIBUTES, HTML_TAG
from .model import (Folio, Headline, Page, PageFormat, Paragraph, Photo, Placement, Section,
                    Source, Story)
from .units import UnitError, mm, parse_length, parse_size

PRESETS = {
    # 对开 broadsheet: 390 x 540 mm, 8 columns of 13 字 (TYPOGRAPHY.md §2.1, §2.2)
    "broadsheet": dict(width="390mm", height="540mm", columns=8, column_chars=13, gutter="1字",
                       body_size="小五", pitch="12pt", lines=115),
    # 四开 tabloid: 275 x 390 mm, 6 columns of 11 字
    "tabloid": dict(width="275mm", height="390mm", columns=6, column_chars=11, gutter="1字",
                    body_size="小五", pitch="12pt", lines=80),
}

#: sane ranges for page lengths, points: (least, most, what)
LENGTH_LIMITS = {
    "width": (mm(50), mm(2000), "a page width"), "height": (mm(50), mm(2000), "a page height"),
    "gutter": (0.0, mm(50), "a gutter"), "pitch": (1.0, 200.0, "a line pitch at least the body size"),
    "margin_top": (0.0, mm(500), "a margin"), "margin_left": (0.0, mm(500), "a margin"),
    "bleed": (0.0, mm(20), "a bleed"),
}

PAGE_KEYS = {"page", "folio", "headline", "intro", "sections", "fonts", "arrange"}
FORMAT_KEYS = {"preset", "width", "height", "columns", "column_chars", "gutter", "body_size",
               "pitch", "lines", "margin_top", "margin_left", "punctuation", "allow_overset", "bleed",
               "line_start_bracket", "color", "hanging_punctuation", "tracking", "latin_narrowing"}
FOLIO_KEYS = {"paper", "date", "page_number", "page_name", "editor", "designer", "proofreader"}
HEADLINE_KEYS = {"kicker", "title", "subtitle"}
SECTION_KEYS = {"banner", "stories", "sections", "columns", "rows", "arrange"}
STORY_REF_KEYS = {"file", "columns", "rows", "text_columns", "photo_columns"}
FRONT_KEYS = {"title", "kicker", "subtitle", "unit", "byline", "photos"}
PHOTO_KEYS = {"file", "caption", "credit", "focus"}
FONT_KEYS = {"song", "hei", "kai", "fallback"}


# --- YAML with line numbers --------------------------------------------------------------------

class _Map(dict):
    """A mapping that remembers the (line, column) of each key, 1-based, and, in ``raws``,
    what was typed for a plain value that YAML did not read as text (``3:1``, ``010``,
    ``3.10``, ``yes``) or that a comment follows on its line (see ``_plain``)."""
    marks: dict
    raws: dict


class _Seq(list):
    marks: list
    raws: dict      # by index, as ``_Map.raws``


def _yaml():
    """PyYAML and the loader built on it, imported on first use: a build whose YAML has all
    been read before takes it from the cache (``_yaml_load``) and never imports PyYAML (whose
    import alone is about a twentieth of a cold build)."""
    global _YAML
    if _YAML is None:
        import yaml
        _YAML = yaml, _make_loader(yaml)
    return _YAML


_YAML = None


def _make_loader(yaml):
    class Loader(yaml.SafeLoader):
        """Safe loading, plus: keys are remembered with their lines, dates stay text (an
        impossible date is then the page's error to report, not the YAML parser's crash)."""

    Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}

    def construct_map(loader, node):
        loader.flatten_mapping(node)
        out = _Map()
        out.marks = {}
        out.raws = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                raise yaml.constructor.ConstructorError(None, None, "a key must be plain text", key_node.start_mark)
            if key in out:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (it is also on line {out.marks[key][0]})",
                    key_node.start_mark)
            out[key] = value = loader.construct_object(value_node, deep=True)
            out.marks[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            raw = _plain(value_node, value)
            if raw is not None:
                out.raws[key] = raw
        out.marks["__self__"] = (node.start_mark.line + 1, node.start_mark.column + 1)
        return out

    def construct_seq(loader, node):
        out = _Seq(loader.construct_object(v, deep=True) for v in node.value)
        out.marks = [(v.start_mark.line + 1, v.start_mark.column + 1) for v in node.value]
        out.raws = {}
        for n, (v, value) in enumerate(zip(node.value, out)):
            raw = _plain(v, value)
            if raw is not None:
                out.raws[n] = raw
        return out

    def _plain(node, value):
        """(what was typed, the comment after it on its line or None, the comment's (line,
        column)) for a plain scalar YAML read as something other than text, or that a comment
        follows (`title: 授牌 #文明城市# 让城市更美好`: YAML ends the value at ` #`); else None."""
        if not isinstance(node, yaml.ScalarNode) or node.style is not None or value is None:
            return None
        comment = where = None
        mark = node.end_mark
        buffer = getattr(mark, "buffer", None)
        if buffer:
            end = buffer.find("\n", mark.pointer)
            rest = buffer[mark.pointer:end if end != -1 else len(buffer)].rstrip("\0")
            m = re.match(r"[ \t]+#", rest)
            if m:
                comment = rest[m.end() - 1:].strip()
                where = (mark.line + 1, mark.column + m.end())
        if comment is None and not isinstance(value, (int, float)):   # (bool is an int)
            return None
        return node.value, comment, where

    def construct_int(loader, node):
        """YAML's integers, but one too long for Python to read is a YAML error at its place,
        not a crash."""
        try:
            return yaml.SafeLoader.construct_yaml_int(loader, node)
        except ValueError:
            raise yaml.constructor.ConstructorError(None, None, "a number too long to read",
                                                    node.start_mark) from None

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_map)
    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, construct_seq)
    Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
    return Loader


# --- what the YAML of a page made, cached --------------------------------------------------------
#
# The YAML of a page (page.yaml, each story's front matter) rarely changes between builds: an
# editor edits the text below the front matter. What the loader made of a text is cached by
# the text, PyYAML's files and this module's, as plain data: maps and sequences with the
# marks of their keys and items. Only what loads without error is cached (an error is
# reported by PyYAML itself, every time), and only a tree: a document with aliases (*name),
# which share a node, is loaded afresh every time (written out in full, nested aliases
# could grow without bound).

#: the kinds of plain value a loaded document may hold (anything else: not cached)
_SCALARS = (str, int, float, bool, type(None), bytes)


class _Uncacheable(Exception):
    pass


def _encode(value, seen: set | None = None):
    """``value`` as nested tuples of plain data (marshal keeps them), each tagged by kind.
    Raises ``_Uncacheable`` for a container met twice (an alias) or a value of another kind."""
    kind = type(value)
    if kind in _SCALARS:
        return ("v", value)
    if seen is None:
        seen = set()
    if id(value) in seen:
        raise _Uncacheable("alias")
    seen.add(id(value))
    if kind is _Map:
        marks = value.marks
        return ("m", tuple((k, _encode(v, seen)) for k, v in value.items()), tuple(marks.items()),
                tuple(value.raws.items()))
    if kind is _Seq:
        return ("s", tuple(_encode(v, seen) for v in value), tuple(value.marks), tuple(value.raws.items()))
    if kind is list or kind is tuple:
        return ("l" if kind is list else "t", tuple(_encode(v, seen) for v in value))
    if kind is set:
        return ("S", tuple(_encode(v, seen) for v in value))
    raise _Uncacheable(kind.__name__)


def _decode(data):
    tag = data[0]
    if tag == "v":
        return data[1]
    if tag == "m":
        out = _Map((k, _decode(v)) for k, v in data[1])
        out.marks = dict(data[2])
        out.raws = dict(data[3])
        return out
    if tag == "s":
        out = _Seq(_decode(v) for v in data[1])
        out.marks = list(data[2])
        out.raws = dict(data[3])
        return out
    if tag == "l":
        return [_decode(v) for v in data[1]]
    if tag == "t":
        return tuple(_decode(v) for v in data[1])
    if tag == "S":
        return {_decode(v) for v in data[1]}
    raise ValueError(tag)


#: cached YAML documents kept, the most recently used
YAML_ENTRIES = 2000


@lru_cache(maxsize=1)
def _yaml_identity() -> str | None:
    """What names the loader's code: the PyYAML that ``import yaml`` loads (its package file,
    as the import system finds it) and this module, by size and modification time, with
    Python's version and its limit on the digits of an integer read from text (None, and
    nothing is cached, where PyYAML is not a plain file)."""
    try:
        yaml = sys.modules.get("yaml")
        origin = getattr(yaml, "__file__", None)
        if origin is None:
            from importlib.util import find_spec
            spec = find_spec("yaml")
            origin = spec.origin if spec is not None and spec.has_location else None
        if origin is None:
            return None
        own, theirs = os.stat(__file__), os.stat(origin)
        digits = getattr(sys, "get_int_max_str_digits", lambda: 0)()
        return (f"{os.path.abspath(origin)}\0{theirs.st_size}\0{theirs.st_mtime_ns}"
                f"\0{own.st_size}\0{own.st_mtime_ns}\0{sys.version}\0{digits}")
    except (OSError, TypeError, ValueError, ImportError):
        return None


def _cached_yaml(text: str):
    """(cache entry name or None, True and what the text loads as / False when not cached)."""
    identity = _yaml_identity()
    if identity is None:
        return None, False, None
    entry = hashlib.sha256(f"{identity}\0{text}".encode("utf-8", "surrogatepass")).hexdigest() + ".yaml"
    known = read_cache(entry, ("data",), touch=True)
    if known is not None:
        try:
            return entry, True, _decode(known["data"])
        except (ValueError, TypeError, IndexError, KeyError):
            pass   # (a damaged entry: parsed again and written afresh)
    return entry, False, None


class _Context:
    """Collects errors for one page; ``err`` never raises, so all errors are reported."""

    def __init__(self, root: Path):
        self.root = root
        self.errors: list[LayoutError] = []

    def err(self, message, *, file, mark=None, field=None, hint=None, line_offset=0):
        line, col = (mark or (None, None))
        if line is not None:
            line += line_offset
        self.errors.append(LayoutError(message, file=file, line=line, column=col, field=field, hint=hint))

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)


def _yaml_load(ctx: _Context, text: str, file: str, line_offset: int = 0):
    entry, cached, data = _cached_yaml(text)
    if cached:
        return data
    yaml, loader = _yaml()
    try:
        data = yaml.load(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else None
        lines = text.split("\n")
        near = [lines[m.line] for m in (exc.context_mark, exc.problem_mark) if m and m.line < len(lines)]
        # (an unclosed [ or { is a list or mapping not closed, not a text to quote)
        quote = None if "flow" in (exc.context or "") else _quote_hint(near)
        hint = "; ".join(filter(None, (exc.context, quote)))
        ctx.err(f"YAML syntax error: {exc.problem or exc}", file=file, mark=where,
                line_offset=line_offset, hint=hint)
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        ctx.err(f"character U+{exc.character:04X} is not allowed in YAML", file=file, mark=(line, column),
                line_offset=line_offset, hint="remove the control character")
    except yaml.YAMLError as exc:
        ctx.err(f"YAML error: {' '.join(str(exc).split())}", file=file)
    else:
        if entry is not None:
            try:
                write_cache(entry, {"data": _encode(data)}, keep=YAML_ENTRIES)
            except (_Uncacheable, RecursionError):
                pass
        return data
    return None


def _quote_hint(lines: list[str]) -> str | None:
    """The hint for a YAML syntax error on a line whose text needs quotes: one holding ': '
    (标题: 副标题), or starting with a sign YAML reads as its own (“ is not one, " is)."""
    for line in lines:
        m = re.match(r"\s*(?:- )?[\w.-]+:\s+(.*)", line)
        if m and (": " in m.group(1) or m.group(1)[:1] in "\"'[{*&!|>%@`"):
            return "a text that holds ': ' or starts with one of \" ' [ { * & ! | > % @ ` must be put in quotes"
    return None


def _mark(obj, key=None):
    marks = getattr(obj, "marks", None)
    if marks is None:
        return None
    if isinstance(marks, dict):
        return marks.get(key if key is not None else "__self__", marks.get("__self__"))
    if key is None:
        return marks[0] if marks else None
    return marks[key] if key < len(marks) else None


def _kind(value) -> str:
    """What a YAML value is, in the editor's words."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int) and abs(value) >= 10 ** 15:
        return "a very large number"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if value is None:
        return "nothing"
    if isinstance(value, (bytes, bytearray)):
        return "binary data"
    if isinstance(value, (set, tuple)):
        return "a set"
    return f"the text {str(value)[:40]!r}"


def _check_keys(ctx, obj, allowed, file, path, line_offset=0) -> bool:
    if not isinstance(obj, dict):
        ctx.err(f"expected a mapping (key: value lines), got {_kind(obj)}", file=file,
                mark=_mark(obj), field=path, line_offset=line_offset)
        return False
    for key in obj:
        if key not in allowed:
            import difflib   # (only for a key it does not know)
            close = difflib.get_close_matches(str(key), sorted(allowed), n=1)
            ctx.err(f"unknown key {key!r}", file=file, mark=_mark(obj, key),
                    field=f"{path}.{key}" if path else str(key), line_offset=line_offset,
                    hint=(f"did you mean {close[0]!r}?" if close else "known keys: " + ", ".join(sorted(allowed))))
    return True


def _text(ctx, obj, key, file, path, *, required=False, line_offset=0) -> str:
    if key not in obj or obj[key] is None:
        if required:
            ctx.err(f"missing required field {key!r}", file=file, mark=_mark(obj), field=f"{path}.{key}".lstrip("."),
                    line_offset=line_offset)
        return ""
    field = f"{path}.{key}".lstrip(".")
    text = _as_text(ctx, obj, key, file, field, line_offset)
    if text is None:
        ctx.err(f"expected text, got {_kind(obj[key])}", file=file, mark=_mark(obj, key),
                field=field, line_offset=line_offset)
        return ""
    if required and not text:
        ctx.err(f"required field {key!r} is empty", file=file, mark=_mark(obj, key),
                field=field, line_offset=line_offset)
    return text


#: a YAML comment that reads as text: a topic tag (#文明城市#), or # right before words that
#: go on (#文明城市 让城市更美好); not a note (# 待定, #责编)
_TAG = re.compile(r"#[^\s#](?:[^#]*#|\S*\s+\S)")


def _as_text(ctx, obj, key, file, field, line_offset=0) -> str | None:
    """The text of ``obj[key]`` (a key of a mapping or an index of a list), or None if it is
    not a plain value. A plain value is taken as typed, never as YAML reads it: a caption
    ``3:1`` is not the number 181, a page number ``05`` not 5, a credit ``3.10`` not 3.1. A
    comment after a plain text that reads as text (``title: 授牌 #文明城市# 让城市更美好``:
    YAML ends the value at `` #``) is an error, as the rest would be lost without a word; a
    note written as a comment (``title: 授牌  # 待定``, ``editor: 张三 #责编``) is one."""
    value = obj[key]
    raw = getattr(obj, "raws", {}).get(key)
    if raw is not None and raw[1] is not None and _TAG.match(raw[1]):
        ctx.err(f"the text after ' #' is read as a YAML comment and would not be printed: {raw[1][:40]!r}",
                file=file, mark=raw[2], field=field, line_offset=line_offset,
                hint="put the whole text in quotes (\"…\"), or move the comment to a line of its own")
    if raw is not None and isinstance(value, (str, int, float)):
        return raw[0].strip()
    if isinstance(value, str):
        return value.strip()
    return None


#: no count on a page (columns, characters, lines) comes near this
MAX_COUNT = 1000


def _int(ctx, obj, key, file, path, minimum=1):
    if key not in obj or obj[key] is None:
        return None
    value = obj[key]
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= MAX_COUNT:
        ctx.err(f"expected a whole number from {minimum} to {MAX_COUNT}, got {_kind(value)}", file=file,
                mark=_mark(obj, key), field=f"{path}.{key}")
        return None
    return value


# --- page.yaml ---------------------------------------------------------------------------------

def load_page(page_dir) -> Page:
    """Read a page folder. Raises ``InputErrors`` listing every problem found."""
    root = Path(page_dir).resolve()
    ctx = _Context(root)
    yaml_path = root / "page.yaml"
    file = ctx.rel(yaml_path)
    if not root.is_dir():
        raise InputErrors([LayoutError("page folder not found", file=str(page_dir))])
    if not yaml_path.is_file():
        raise InputErrors([LayoutError("page.yaml not found in the page folder", file=file,
                                       hint="a page folder holds page.yaml and the story files")])
    data = _yaml_load(ctx, _read_text(ctx, yaml_path, file), file)
    if data is None and not ctx.errors:
        ctx.err("page.yaml is empty", file=file)
    if ctx.errors:
        raise InputErrors(ctx.errors)
    if not _check_keys(ctx, data, PAGE_KEYS, file, ""):
        raise InputErrors(ctx.errors)

    fmt, options = _page_format(ctx, data.get("page") or _Map(), file)
    folio = _folio(ctx, data.get("folio"), file)
    headline = _headline(ctx, data.get("headline"), file)
    names: dict[str, str] = {}
    intro = None
    if data.get("intro") is not None:
        intro = _story_ref(ctx, data, "intro", file, "intro", names, intro=True)
    sections = ()
    if "sections" in data:
        sections = _sections(ctx, data["sections"], file, "sections", names, level=1)
    if not sections and intro is None:
        ctx.err("the page has no stories", file=file, field="sections",
                hint="add `sections:` with a list of `stories:`")
    arrange = _arrange(ctx, data, file, "")
    _check_spans(ctx, sections, fmt.columns, arrange, file, "sections")
    fonts = _fonts(ctx, data.get("fonts"), file)
    if ctx.errors:
        raise InputErrors(ctx.errors)
    return Page(name=root.name, dir=root, format=fmt, folio=folio, headline=headline, intro=intro,
                sections=sections, arrange=arrange, allow_overset=options["allow_overset"],
                punct_style=options["punctuation"], trim_line_start=options["trim_line_start"],
                color=options["color"], hang=options["hang"], track=options["track"],
                latin_shrink=options["latin_shrink"], fonts=fonts,
                font_lines=_font_lines(data.get("fonts")))


def _read_text(ctx, path: Path, file: str) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        ctx.err(f"cannot read file: {exc.strerror}", file=file)
        return ""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        column = len(raw[raw.rfind(b"\n", 0, exc.start) + 1:exc.start].decode("utf-8", "replace")) + 1
        ctx.err(f"not UTF-8 text (byte 0x{raw[exc.start]:02X} at offset {exc.start})", file=file,
                mark=(line, column), hint="save the file as UTF-8" + _guess_encoding(raw))
        return ""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _guess_encoding(raw: bytes) -> str:
    """A word on what a file that is not UTF-8 is, where that is clear: Chinese text saved
    by an older Windows program is GB18030 (GBK), or UTF-16 with its byte-order mark."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return " (it is UTF-16)"
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return ""
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return " (it reads as GB18030/GBK, the encoding of older Chinese Windows programs)" if han >= 2 else ""


def _page_format(ctx, obj, file):
    options = {"allow_overset": False, "punctuation": "quanjiao", "trim_line_start": False, "color": "any",
               "hang": False, "track": 1 / 16, "latin_shrink": MAX_LATIN_NARROWING / 100}
    if not _check_keys(ctx, obj, FORMAT_KEYS, file, "page"):
        obj = _Map()
    preset_name = obj.get("preset", "broadsheet")
    if not isinstance(preset_name, str) or preset_name not in PRESETS:
        ctx.err(f"unknown preset {preset_name!r}", file=file, mark=_mark(obj, "preset"), field="page.preset",
                hint="use one of: " + ", ".join(PRESETS))
        preset_name = "broadsheet"
    spec = dict(PRESETS[preset_name])
    for key in ("width", "height", "columns", "column_chars", "gutter", "body_size", "pitch", "lines",
                "margin_top", "margin_left", "bleed"):
        if key in obj:
            spec[key] = obj[key]
    values = {}
    try:
        body = parse_size(spec["body_size"])
        if not 4.0 <= body <= 72.0:
            raise UnitError(f"a body size between 4 and 72 pt, got {spec['body_size']!r}")
    except UnitError as exc:
        ctx.err(str(exc), file=file, mark=_mark(obj, "body_size"), field="page.body_size")
        body = 9.0
    defaults = {k: parse_length(v, em=9.0) for k, v in PRESETS[preset_name].items() if isinstance(v, str)
                and k in LENGTH_LIMITS}
    for key in ("width", "height", "gutter", "pitch", "margin_top", "margin_left", "bleed"):
        if key not in spec:
            continue
        low, high, why = LENGTH_LIMITS[key]
        try:
            value = parse_length(spec[key], em=body)
            low = body if key == "pitch" else low   # lines must not overlap
            if not low <= value <= high:
                raise UnitError(f"{why}: between {low / mm(1):.1f} and {high / mm(1):.0f} mm, got {spec[key]!r}")
            values[key] = value
        except UnitError as exc:
            ctx.err(str(exc), file=file, mark=_mark(obj, key), field=f"page.{key}")
            values[key] = defaults.get(key, body if key == "pitch" else 0.0)
    for key in ("columns", "column_chars", "lines"):
        value = spec[key]
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_COUNT:
            ctx.err(f"expected a whole number from 1 to {MAX_COUNT}, got {_kind(value)}", file=file,
                    mark=_mark(obj, key), field=f"page.{key}")
            value = PRESETS[preset_name][key]
        values[key] = value
    gutter_chars = values["gutter"] / body
    if abs(gutter_chars * 2 - round(gutter_chars * 2)) > 1e-6:
        ctx.err("the gutter must be a whole or half number of 字 of the body size", file=file,
                mark=_mark(obj, "gutter"), field="page.gutter")
    type_width = values["columns"] * values["column_chars"] * body + (values["columns"] - 1) * values["gutter"]
    margin_left = values.get("margin_left", (values["width"] - type_width) / 2)
    body_height = values["lines"] * values["pitch"]
    margin_top = values.get("margin_top", (values["height"] - body_height) / 2)
    if (type_width + margin_left > values["width"] + 0.01 or body_height + margin_top > values["height"] + 0.01
            or margin_left < 0 or margin_top < 2 * values["pitch"]):
        ctx.err(f"the type area ({type_width / mm(1):.1f} x {body_height / mm(1):.1f} mm) does not fit on the "
                f"page ({values['width'] / mm(1):.1f} x {values['height'] / mm(1):.1f} mm)", file=file,
                mark=_mark(obj), field="page", hint="reduce columns, column_chars, lines or the margins "
                "(the folio line needs two lines above the type area)")
    choice = lambda key, allowed, hint=None: _choice(ctx, obj, key, allowed, file, hint)  # noqa: E731
    options["punctuation"] = choice("punctuation", ("quanjiao", "kaiming"),
                                    "quanjiao (全角式, default) or kaiming (开明式)") or options["punctuation"]
    options["color"] = choice("color", ("any", "cmyk"), "cmyk: report photos that are not CMYK") or options["color"]
    bracket = choice("line_start_bracket", ("full", "half"),
                     "half: an opening bracket that starts a line loses its blank half")
    options["trim_line_start"] = bracket == "half"
    options["hang"] = choice("hanging_punctuation", (True, False)) or False
    options["allow_overset"] = choice("allow_overset", (True, False)) or False
    if "tracking" in obj:
        options["track"] = _tracking(ctx, obj, file, options["track"])
    if "latin_narrowing" in obj:
        options["latin_shrink"] = _latin_narrowing(ctx, obj, file, options["latin_shrink"])
    fmt = PageFormat(width=values["width"], height=values["height"], columns=values["columns"],
                     column_chars=values["column_chars"], gutter_chars=gutter_chars, body_size=body,
                     pitch=values["pitch"], margin_top=margin_top, margin_left=margin_left,
                     lines=values["lines"], bleed=values.get("bleed", mm(3)))
    return fmt, options


#: the most a page may let tracking take from the space between characters (em per gap):
#: beyond it the ink of neighbouring characters of a serif face starts to touch
MAX_TRACKING = 1 / 16


def _tracking(ctx, obj, file, default: float) -> float:
    """``page.tracking``: how much the space between Han characters may shrink, per gap, so
    that a line can take a mark that may not start the next one (先挤进); a number of em,
    or a fraction such as ``1/16``; 0 turns it off."""
    value = obj["tracking"]
    amount = None
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            amount = float(value)
        elif isinstance(value, str) and re.fullmatch(r"\s*\d+\s*/\s*[1-9]\d*\s*", value):
            num, den = value.split("/")
            amount = int(num) / int(den)
        elif isinstance(value, str) and re.fullmatch(r"\s*\d*\.?\d+\s*", value):
            amount = float(value)
    except (OverflowError, ValueError):   # a number too large for a float or an int
        amount = None
    if amount is None or not 0 <= amount <= MAX_TRACKING + 1e-12:
        ctx.err(f"expected an amount of em between 0 and 1/16, got {_kind(value)}", file=file,
                mark=_mark(obj, "tracking"), field="page.tracking",
                hint="for example 1/16 (the default) or 0 to push characters out instead")
        return default
    return amount


#: the most a page may let Latin letters and digits be narrowed, in per cent (font expansion
#: past it starts to show in the letters' shapes)
MAX_LATIN_NARROWING = 2


def _latin_narrowing(ctx, obj, file, default: float) -> float:
    """``page.latin_narrowing``: how much, in per cent of their width, Latin letters and digits
    may be drawn narrower so that a line can take a word or number instead of being spaced
    out; a number or a string such as ``2%``; 0 turns it off. Returned as a fraction."""
    value = obj["latin_narrowing"]
    amount = None
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            amount = float(value)
        elif isinstance(value, str) and re.fullmatch(r"\s*\d*\.?\d+\s*%?\s*", value):
            amount = float(value.strip().rstrip("%").strip())
    except OverflowError:   # an integer too large for a float
        amount = None
    if amount is None or not 0 <= amount <= MAX_LATIN_NARROWING:
        ctx.err(f"expected a per cent between 0 and {MAX_LATIN_NARROWING}, got {_kind(value)}", file=file,
                mark=_mark(obj, "latin_narrowing"), field="page.latin_narrowing",
                hint="for example 2% (the default) or 0 to leave Latin text at its width")
        return default
    return amount / 100


def _choice(ctx, obj, key, allowed: tuple, file: str, hint=None):
    """``obj[key]`` if it is one of ``allowed`` (None when absent or wrong, the error noted)."""
    if key not in obj:
        return None
    value = obj[key]
    if isinstance(value, bool) != isinstance(allowed[0], bool) or value not in allowed:
        words = " or ".join("true" if a is True else "false" if a is False else str(a) for a in allowed)
        ctx.err(f"expected {words}, got {_kind(value)}", file=file, mark=_mark(obj, key), field=f"page.{key}",
                hint=hint)
        return None
    return value


def _folio(ctx, obj, file) -> Folio:
    if obj is None:
        return Folio()
    if not _check_keys(ctx, obj, FOLIO_KEYS, file, "folio"):
        return Folio()
    fields = {k: _text(ctx, obj, k, file, "folio") for k in FOLIO_KEYS}
    date = fields["date"]
    if re.fullmatch(r"\d{4}-\d{1,2}(-\d{1,2})?", date):
        try:
            parts = [int(p) for p in date.split("-")] + [1]
            _dt.date(*parts[:3])
        except ValueError:
            ctx.err(f"no such date: {date}", file=file, mark=_mark(obj, "date"), field="folio.date",
                    hint="write it as 2018-12-11, or 2018-12 for a month")
    return Folio(**fields, line=(_mark(obj) or (0, 0))[0], lines=_lines(obj, FOLIO_KEYS))


def _headline(ctx, obj, file) -> Headline:
    if obj is None:
        return Headline()
    if not _check_keys(ctx, obj, HEADLINE_KEYS, file, "headline"):
        return Headline()
    kicker = obj.get("kicker")
    lines: tuple = ()
    where = dict(_lines(obj, ("title", "subtitle", "kicker")))
    if isinstance(kicker, list):
        texts = [_as_text(ctx, kicker, n, file, f"headline.kicker[{n}]") for n in range(len(kicker))]
        if None in texts:
            n = texts.index(None)
            ctx.err(f"expected a line of text, got {_kind(kicker[n])}", file=file, mark=_mark(kicker, n),
                    field=f"headline.kicker[{n}]")
        else:
            lines = tuple(t for t in texts if t)
            where["kicker"] = tuple((_mark(kicker, n) or (0, 0))[0] for n, t in enumerate(texts) if t)
    elif kicker is not None:
        text = _as_text(ctx, obj, "kicker", file, "headline.kicker")
        if text is None:
            ctx.err(f"expected a line of text or a list of lines, got {_kind(kicker)}", file=file,
                    mark=_mark(obj, "kicker"), field="headline.kicker")
        elif text:
            lines = (text,)
    return Headline(kicker=lines, title=_text(ctx, obj, "title", file, "headline", required=True),
                    subtitle=_text(ctx, obj, "subtitle", file, "headline"),
                    line=(_mark(obj, "title") or (0, 0))[0], lines=tuple(sorted(where.items())))


def _lines(obj, keys, line_offset: int = 0) -> tuple:
    """((key, the line it is on), ...) for the keys of ``obj`` (for messages about their text)."""
    marks = getattr(obj, "marks", None) or {}
    return tuple((k, marks[k][0] + line_offset) for k in sorted(keys) if k in marks)


def _arrange(ctx, obj, file, path) -> str:
    value = obj.get("arrange", "stack")
    if value not in ("stack", "row"):
        ctx.err(f"unknown arrangement {value!r}", file=file, mark=_mark(obj, "arrange"),
                field=f"{path}.arrange".lstrip("."), hint="stack (one under another) or row (side by side)")
        return "stack"
    return value


def _check_spans(ctx, children, span: int, arrange: str, file: str, path: str, names=None) -> None:
    """Children set side by side must fit in their parent's columns; a story's text and
    photo columns must fit in its width."""
    names = names or [f"{path}[{n}]" for n in range(len(children))]
    if arrange == "row":
        given = [c.place.columns for c in children if c.place.columns]
        free = len(children) - len(given)
        if sum(given) + free > span:
            line = children[0].line if children and isinstance(children[0], Section) else None
            ctx.err(f"the parts set side by side need {sum(given) + free} columns, but there are {span}",
                    file=file, mark=(line, None) if line else None, field=path,
                    hint="make their `columns:` add up to the columns available")
            return
    if arrange == "row":
        given = [c.place.columns for c in children if c.place.columns]
        share = max(1, (span - sum(given)) // max(1, len(children) - len(given)))
        spans = [c.place.columns or share for c in children]
    else:
        spans = [span] * len(children)
    for n, (child, width) in enumerate(zip(children, spans)):
        width = min(width, span)
        if isinstance(child, Section):
            kids = list(child.stories) + list(child.sections)
            kid_names = ([f"{names[n]}.stories[{i}]" for i in range(len(child.stories))]
                         + [f"{names[n]}.sections[{i}]" for i in range(len(child.sections))])
            _check_spans(ctx, kids, width, child.place.arrange, file, names[n], kid_names)
            continue
        text_columns = child.place.text_columns or width
        if text_columns > width:
            ctx.err(f"story {child.file!r} is {width} column(s) wide: it cannot be set in {text_columns} "
                    "text columns", file=file, field=f"{names[n]}.text_columns",
                    hint=f"use at most {width} (fewer, wider columns are 破栏)")
        if child.place.photo_columns and child.place.photo_columns > text_columns:
            ctx.err(f"story {child.file!r} has {text_columns} text column(s): its photos cannot span "
                    f"{child.place.photo_columns}", file=file, field=f"{names[n]}.photo_columns")


def _fonts(ctx, obj, file) -> dict:
    if obj is None:
        return {}
    if not _check_keys(ctx, obj, FONT_KEYS, file, "fonts"):
        return {}
    out = {}
    for role in FONT_KEYS:
        if role not in obj:
            continue
        spec, index = obj[role], 0
        if isinstance(spec, dict):   # a face of a collection: {file: x.ttc, index: 2}
            if not _check_keys(ctx, spec, {"file", "index"}, file, f"fonts.{role}"):
                continue
            index = spec.get("index", 0)
            if isinstance(index, bool) or not isinstance(index, int) or index < 0:
                ctx.err(f"expected a face number ≥ 0, got {_kind(index)}", file=file, mark=_mark(spec, "index"),
                        field=f"fonts.{role}.index")
                continue
            path = _inside(ctx, spec, "file", file, f"fonts.{role}.file")
        else:
            path = _inside(ctx, obj, role, file, f"fonts.{role}")
        if path is not None:
            out[role] = (path, index)
    return out


def _font_lines(obj) -> dict:
    if not isinstance(obj, dict):
        return {}
    return {role: (_mark(obj, role) or (None,))[0] for role in FONT_KEYS if role in obj}


def _inside(ctx, obj, key, file, path, line_offset=0) -> Path | None:
    """The file named by ``obj[key]``, which must exist inside the page folder."""
    value = obj.get(key) if isinstance(obj, dict) else obj[key]
    mark = _mark(obj, key)
    if not isinstance(value, str) or not value.strip() or "\x00" in value or not _encodable(value):
        ctx.err(f"expected a file name, got {value!r}", file=file, mark=mark, field=path, line_offset=line_offset)
        return None
    target = (ctx.root / value.strip()).resolve()
    if ctx.root not in target.parents:
        ctx.err(f"{value!r} is outside the page folder", file=file, mark=mark, field=path, line_offset=line_offset,
                hint="story, photo and font files must be inside the page folder")
        return None
    if not target.is_file():
        ctx.err(f"file not found: {value}", file=file, mark=mark, field=path, line_offset=line_offset)
        return None
    return target


def _encodable(name: str) -> bool:
    """False for a name with a lone surrogate (a broken escape): no file can have it."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _sections(ctx, seq, file, path, names, level) -> tuple:
    if not isinstance(seq, list):
        ctx.err("expected a list of sections", file=file, field=path)
        return ()
    out = []
    for n, obj in enumerate(seq):
        p = f"{path}[{n}]"
        if not _check_keys(ctx, obj, SECTION_KEYS, file, p):
            continue
        stories = []
        refs = obj.get("stories")
        if refs is not None and not isinstance(refs, list):
            ctx.err(f"expected a list of story files, got {_kind(refs)}", file=file, mark=_mark(obj, "stories"),
                    field=f"{p}.stories", hint="write stories: [a.md, b.md]")
            refs = None
        for m, _ in enumerate(refs or []):
            story = _story_ref(ctx, refs, m, file, f"{p}.stories[{m}]", names)
            if story is not None:
                stories.append(story)
        subs = _sections(ctx, obj["sections"], file, f"{p}.sections", names, level + 1) if "sections" in obj else ()
        if not obj.get("stories") and not obj.get("sections"):
            ctx.err("a section needs `stories:` or `sections:`", file=file, mark=_mark(obj), field=p)
        place = Placement(columns=_int(ctx, obj, "columns", file, p), rows=_int(ctx, obj, "rows", file, p),
                          arrange=_arrange(ctx, obj, file, p))
        out.append(Section(banner=_text(ctx, obj, "banner", file, p), stories=tuple(stories),
                           sections=subs, place=place, level=level, line=(_mark(obj, "banner") or _mark(obj))[0]))
    return tuple(out)


def _story_ref(ctx, container, key, file, path, names, intro=False) -> Story | None:
    ref = container[key]
    place = Placement()
    if isinstance(ref, dict):
        if not _check_keys(ctx, ref, STORY_REF_KEYS, file, path):
            return None
        place = Placement(columns=_int(ctx, ref, "columns", file, path), rows=_int(ctx, ref, "rows", file, path),
                          text_columns=_int(ctx, ref, "text_columns", file, path),
                          photo_columns=_int(ctx, ref, "photo_columns", file, path))
        target = _inside(ctx, ref, "file", file, f"{path}.file")
    else:
        target = _inside(ctx, container, key, file, path)
    if target is None:
        return None
    name = target.stem
    rel = str(target.relative_to(ctx.root))
    if name in names:
        ctx.err(f"story {rel!r} is listed twice (first as {names[name]})", file=file,
                mark=_mark(container, key), field=path)
        return None
    names[name] = path
    return _story_file(ctx, target, rel, place, intro)


# --- story files -------------------------------------------------------------------------------

def _story_file(ctx, path: Path, rel: str, place: Placement, intro: bool) -> Story | None:
    file = ctx.rel(path)
    before = len(ctx.errors)
    text = _read_text(ctx, path, file)
    if len(ctx.errors) > before:
        return None   # unreadable: no follow-up errors about its content
    front, body, body_line = _split_front_matter(ctx, text, file)
    if front is None:
        return None
    ok = _check_keys(ctx, front, FRONT_KEYS, file, "", line_offset=1) if front else True
    if not ok:
        return None
    fields = {k: _text(ctx, front, k, file, "", line_offset=1) for k in FRONT_KEYS - {"photos"}}
    if not intro and not fields["title"]:
        if front and "title" in front:
            ctx.err("required field 'title' is empty", file=file, mark=_mark(front, "title"), field="title",
                    line_offset=1)
        else:
            ctx.err("missing required field 'title' (主题)", file=file, mark=(1, 1), field="title",
                    hint="add `title:` to the front matter between the --- lines")
    photos = _photos(ctx, front.get("photos"), front, file) if front else ()
    sung = any(SUNG.search(fields[k] or "") for k in ("title", "subtitle"))
    paragraphs = _paragraphs(ctx, body, file, body_line, sung)
    if not paragraphs:
        ctx.err("the story has no text", file=file, mark=(body_line, None),
                hint="paragraphs follow the front matter, separated by blank lines")
    title_line = (_mark(front, "title") or (0, 0))[0] + 1 if front else 1
    return Story(name=path.stem, file=file, title=fields["title"], kicker=fields["kicker"],
                 subtitle=fields["subtitle"], unit=fields["unit"], byline=fields["byline"],
                 photos=photos, paragraphs=paragraphs, place=place, title_line=title_line,
                 lines=_lines(front, FRONT_KEYS, line_offset=1) if front else ())


#: a line `---` (blanks after it allowed) that opens or closes the front matter
_FENCE = re.compile(r"^---[ \t]*(?:\n|\Z)", re.M)


def _split_front_matter(ctx, text: str, file: str):
    """(front matter mapping, body text, first line of the body)."""
    opening = _FENCE.match(text)
    if opening is None:
        return _Map(), text, 1
    closing = _FENCE.search(text, opening.end())
    if closing is None:
        ctx.err("front matter is not closed: a line `---` must follow it", file=file, mark=(1, 1))
        return None, "", 1
    head = text[opening.end():closing.start()]
    body = text[closing.end():]
    data = _yaml_load(ctx, head, file, line_offset=1)
    if data is None:
        if any(e.file == file for e in ctx.errors):
            return None, "", 1
        data = _Map()
        data.marks, data.raws = {}, {}
    body_line = head.count("\n") + 3
    return data, body, body_line


def _photos(ctx, seq, front, file) -> tuple:
    if seq is None:
        return ()
    if not isinstance(seq, list):
        ctx.err("expected a list of photos", file=file, mark=_mark(front, "photos"), field="photos",
                line_offset=1)
        return ()
    out = []
    for n, obj in enumerate(seq):
        p = f"photos[{n}]"
        if not _check_keys(ctx, obj, PHOTO_KEYS, file, p, line_offset=1):
            continue
        line = (_mark(obj) or (0, 0))[0] + 1
        target = _inside(ctx, obj, "file", file, f"{p}.file", line_offset=1)
        caption = _text(ctx, obj, "caption", file, p, required=True, line_offset=1)
        focus = (0.5, 0.5)
        if "focus" in obj:
            f = obj["focus"]
            if (isinstance(f, list) and len(f) == 2 and all(isinstance(v, (int, float)) and 0 <= v <= 1 for v in f)):
                focus = (float(f[0]), float(f[1]))
            else:
                ctx.err("expected [x, y] with values between 0 and 1", file=file, mark=_mark(obj, "focus"),
                        field=f"{p}.focus", line_offset=1)
        if target is not None:
            out.append(Photo(path=target, file=str(obj["file"]), caption=caption,
                             credit=_text(ctx, obj, "credit", file, p, line_offset=1),
                             source=Source(file, line), focus=focus, field=f"{p}.file",
                             lines=_lines(obj, ("caption", "credit"), line_offset=1)))
    return tuple(out)


_COMMENT = re.compile(r"<!--.*?-->", re.S)


def _is_subhead(line: str) -> bool:
    """``## `` and its text; or ``### `` to ``###### ``, as Markdown copy from the web heads its
    parts at a lower level (### 1. 行业规模与增长): a subhead all the same."""
    return _SUBHEAD.match(line.rstrip() + " ") is not None


_SUBHEAD = re.compile("#{2,6} ")


def _without_comments(body: str) -> tuple[str, dict]:
    """``body`` without its HTML comments (an editor's note, as Markdown has it, is not
    printed), and where text moved on a line: {line index: ((index in the line now, index
    it had), ...)}. A comment's lines stay, empty, so that later lines keep their numbers."""
    out, moved, last = [], {}, 0
    for m in _COMMENT.finditer(body):
        out.append(body[last:m.start()])
        out.append("\n" * m.group().count("\n"))
        line = body.count("\n", 0, m.end())
        now = "".join(out)
        anchors = moved.setdefault(line, [(0, 0)])
        at = len(now) - (now.rfind("\n") + 1)
        anchors.append((at, m.end() - (body.rfind("\n", 0, m.end()) + 1) - at))
        last = m.end()
    out.append(body[last:])
    return "".join(out), {k: tuple(v) for k, v in moved.items()}


def _paragraphs(ctx, body: str, file: str, first_line: int, sung: bool = False) -> tuple:
    """Paragraphs separated by blank lines, or starting at an indented line or a list item
    (``_starts_paragraph``); ``## `` starts a subhead. ``sung``: the story's head says it is
    lyrics or verse (``SUNG``)."""
    out = []
    moved = {}
    if "<!--" in body:
        body, moved = _without_comments(body)
    lines = body.split("\n")
    # (where paragraphs start is judged without the margin of an e-text whose lines are all
    # indented, its paragraphs further; the lines keep their blanks, for messages' columns)
    margin = _margin(lines)
    judged = [_dedent(line, margin) for line in lines] if margin else lines
    verse: set[int] = set()
    per_line = _one_paragraph_a_line(judged, verse, sung)
    buf: list[str] = []
    start = first_line

    def flush():
        if buf:
            text, starts = _join_lines(buf, start, [moved.get(start - first_line + n) for n in range(len(buf))])
            subhead = _is_subhead(text)
            if subhead:   # (one line: ## and its text)
                marks = len(text) - len(text.lstrip("#"))
                stripped = text[marks:].strip()
                starts = ((0, start, len(text) - len(text[marks:].lstrip()) + 1),)
                text = stripped
                if not text:
                    ctx.err("empty subhead: a line `## ` needs the subhead's text after it", file=file,
                            mark=(start, 1))
            if text.strip():
                # (a line of verse typed one a line: set as the poet broke it)
                poem = not subhead and len(buf) == 1 and start - first_line in verse
                para = Paragraph(text=text, source=Source(file, start), subhead=subhead, starts=starts,
                                 align="poem" if poem else "")
                pieces = _html_paragraphs(para) if not subhead and ("<" in text or ESCAPED_CR in text) else (para,)
                out.extend(q for piece in pieces
                           for q in (_spaced_paragraphs(piece) if not subhead else (piece,))
                           for q in (_run_in_headings(q) if not subhead else (q,)))
        buf.clear()

    held = _held_lines(judged)
    listed = _listed_lines(judged)
    for n, line in enumerate(lines):
        if not line.strip():
            flush()
            continue
        if buf and n not in held and (_is_subhead(line) or n in per_line or n in listed or _LONE_BULLET.fullmatch(line)
                                      or _starts_paragraph(judged[n], judged[n - 1])):
            flush()
        if not buf:
            start = first_line + n
        buf.append(line)
        if _is_subhead(line):
            flush()
    flush()
    return tuple(out)


def _listed_lines(lines: list[str]) -> set:
    """The lines that start a paragraph as items of a list typed a line each, whatever the line
    before ends with (not mid-sentence), as a recipe's or a guide's come: an item numbered in
    sequence with the line before or after it (…盐适量 / 1.龙骨洗净… / 2.同期…), three lines in a
    row numbered in sequence with no mark after the number (…柠檬汁 / 2溶化牛油… / 3面粉… / 4鸡蛋…),
    a short heading with no mark between two items or lines of amounts (梅干菜 100克（…） / 辅料 /
    生姜 3片、…), lines of amounts beside each other (五花肉 500克（…） / 梅干菜 100克（…）) and the
    line after a list of them, and three fields or more in a row, a label and its value each, and
    a heading after them."""
    numbers = [_numbered(line) for line in lines]
    bare = _bare_steps(lines)
    amounts = [_AMOUNT_LINE.match(line) is not None for line in lines]
    labelled = [LABELLED.match(line) is not None for line in lines]
    out = set()
    for n in range(1, len(lines)):
        before = lines[n - 1]
        if (not before.strip() or not lines[n].strip() or _MID_SENTENCE.search(before) or _unclosed(before)
                or _RUNS_ON.match(lines[n])):
            continue    # (not the rest of a line wrapped by hand: …用量需要减 / 半）)
        if numbers[n] is not None and (numbers[n - 1] == numbers[n] - 1
                                       or n + 1 < len(lines) and numbers[n + 1] == numbers[n] + 1):
            out.add(n)
        elif n in bare:
            out.add(n)
        elif amounts[n] and (amounts[n - 1] or n + 1 < len(lines) and amounts[n + 1]):
            out.add(n)
        elif amounts[n - 1] and any(amounts[j] for j in range(max(0, n - 3), n - 1)):
            out.add(n)      # (what follows a list of amounts: …冰糖 15克 / 第一步：…)
        elif any(all(0 <= j < len(lines) and labelled[j] for j in range(n + d, n + d + 3)) for d in (-2, -1, 0)) or (
                n >= 3 and all(labelled[n - 3:n]) and _a_short_heading(lines[n], figures=False)
                and _heads_items(lines, n)):
            out.add(n)      # (fields, each a label and its value, commas in it or not: 天气概况 / 气温:13℃~21℃
            # (…，…) / 天气现象:多云或阴天,风力较大 / 体感温度:约13℃左右,湿度较高; and a heading after
            # them over a list's items, 穿衣指南 / 1. 基础搭配, not the rest of a value or a turn wrapped
            # by hand, …市总工会联合 / 举办, 文化路1号)
        elif (n + 1 < len(lines) and _a_short_heading(lines[n])
              and (amounts[n - 1] or numbers[n - 1] is not None)
              and (amounts[n + 1] or numbers[n + 1] is not None)):
            out.update((n, n + 1))
    return out


def _a_short_heading(line: str, figures: bool = True) -> bool:
    """Is ``line`` a heading between a list's lines: ``SHORT_HEADING`` characters at most, no
    mark, sign or blank in it, and no figure unless ``figures`` (辅料, 穿衣指南; not 文化路1号)?"""
    text = line.strip()
    barred = "PSZ" if figures else "PSZN"
    return len(text) <= SHORT_HEADING and not any(unicodedata.category(c)[0] in barred for c in text)


def _heads_items(lines: list[str], n: int) -> bool:
    """Is the next line after ``lines[n]`` with text in it, a blank line between or not, an
    item of a list (穿衣指南 / 1. 基础搭配)?"""
    for line in lines[n + 1:n + 3]:
        if line.strip():
            return _numbered(line) is not None or _MARK_BULLET.match(line) is not None or _EMOJI_BULLET.match(line) is not None
    return False


def _numbered(line: str) -> int | None:
    """The number of the numbered item ``line`` starts (1. 2、 （三） ③), or None (not 2.5%, not
    一、二季度, not C.罗纳尔多)."""
    text = line.strip()
    if _LIST_ITEM.match(text) is None or _PROSE_ITEM.match(text) is not None or _an_initial(text, ""):
        return None
    return _item_number(text)


def _bare_steps(lines: list[str]) -> set:
    """The lines that are steps numbered with no mark after the number, in a run of three or
    more numbered in sequence, two of them or more starting with Han that is no unit or measure
    word (…柠檬汁 / 2溶化牛油… / 3面粉… / 4鸡蛋… / 5分三次…): a number there may be read as an
    amount (4鸡蛋) only when the lines run on."""
    numbers, plain = [], []
    for line in lines:
        m = _BARE_STEP.match(line.strip())
        numbers.append(int(m.group(1)) if m else None)
        after = line.strip()[m.end():][:1] if m else ""
        plain.append(m is not None and is_han(after or "a") and after not in MEASURE_WORDS
                     and not _AFTER_A_FIGURE.match(line.strip(), m.end()))
    out, k = set(), 0
    while k < len(lines):
        j = k + 1
        while numbers[k] is not None and j < len(lines) and numbers[j] == numbers[j - 1] + 1:
            j += 1
        if j - k >= 3 and sum(plain[k:j]) >= 2:
            out.update(range(k, j))
        k = j
    return out


#: a line that is a field: a label of six characters at most, no pause in it, a colon, a value
LABELLED = re.compile(r"\s*[^\s，。、；：！？,;:!?“”\"]{1,6}[：:]\s*\S")
#: a number at a line's start, not a decimal's, a time's, a range's or a percentage's
_BARE_STEP = re.compile(r"(\d{1,2})(?![\d.．:：%％\-~～])")
#: a line of amounts, as a recipe lists what goes in: a name, a blank, an amount and its unit,
#: then the line's end, a note in brackets or the next amount (五花肉 500克（…）, 生姜 3片、大葱 1段,
#: 盐 少许; not 截至 2023 年 9 月, 未分配利润为 180,127,033,586.31 元, nor a date's or a time's
#: figure, 今年 3月，…)
_AMOUNT_LINE = re.compile(r"\s*[\u4e00-\u9fff]{1,8}[ \u3000]+(?:(?:\d{1,4}(?:\.\d{1,2})?|半|一|两)(?![年月日号时点分秒])"
                          r"[\u4e00-\u9fff]{1,2}|少许|适量)\s*(?:[（(、]|$)")
#: the longest heading between two lines of a list (辅料, 调料, 主料)
SHORT_HEADING = 8


def _held_lines(lines: list[str]) -> set:
    """The lines that go on from the line before, whatever else says, as a web list's items
    come when each one's bullet, label and text stand on lines of their own (- / 错判病种 /
    :把炭疽病误诊为白粉病使用): the line after a lone bullet, and a line starting with a colon
    after a short one (a label: 浓度控制 / :)."""
    return {n for n in range(1, len(lines)) if lines[n].strip() and (
        _LONE_BULLET.fullmatch(lines[n - 1]) or lines[n].lstrip()[:1] in (":", "：") and lines[n - 1].strip()
        and _width(lines[n - 1]) <= SHORT_LINE and _SENTENCE_END.search(lines[n - 1]) is None)}


#: a bullet on a line of its own, its item on the lines after
_LONE_BULLET = re.compile(r"\s*[-*•·●]\s*")


#: where an HTML paragraph or line break parts a web page's source pasted as copy: after
#: </p>, <br>, </div>, </li>, and before <p>, <div>, <li> (the tags are taken out, and
#: reported, when the text is normalised)
_HTML_BREAK = re.compile(r"(?:</(?:p|div|li|h[1-6])\s*>|<br\s*/?\s*>|" + ESCAPED_CR + r")+|(?=<(?:p|div|li|h[1-6])"
                         + HTML_ATTRIBUTES + r"\s*>)")


#: a sentence's end and the blank after it (…分析。 时评的繁荣…), and one with none (…版面。一些…)
_SPACED_END = re.compile(r"(?<=[。！？…])[”’」』]?[ \u00a0\u3000]+(?=[^\s，。、；：！？”’」』）)])")
_SOLID_END = re.compile(r"[。！？][”’」』]?(?=[^\s”’」』）)，。、；：！？])")
#: the shortest piece a blank after a sentence's end parts off as a paragraph, and how many
#: such blanks a line needs to be taken for paragraphs flattened (one is a stray blank)
SPACED_PARAGRAPH = 40
SPACED_BREAKS = 2
#: a blank between two Han characters (a PDF's wrap, in flattened copy)
_HAN_BLANK_HAN = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def _spaced_paragraphs(p: Paragraph) -> tuple:
    """``p`` parted where web copy flattened into one line left a blank after a sentence's end
    for each paragraph's end (…进行解读、分析。 时评的繁荣是一种进步，…), where its other
    sentences end with none (…版面。一些报纸…): a blank after every end is a typist's habit,
    not paragraphs, and one blank alone a stray one (…126起。 其中，…). Two such blanks or more,
    each piece 40 characters or more (the last 20); each keeps its line and column."""
    text = p.text
    if "。" not in text or _SOLID_END.search(text) is None:
        return (p,)
    cuts = [m.end() for m in _SPACED_END.finditer(text)]
    kept, last = [], 0
    for cut in cuts:
        if cut - last >= SPACED_PARAGRAPH and len(text) - cut >= SPACED_PARAGRAPH // 2:
            kept.append(cut)
            last = cut
    if len(kept) < SPACED_BREAKS:
        return (p,)
    # (blanks between Han characters inside sentences, two or more over the whole line: a PDF's
    # wraps, which each piece holds too few of to tell by themselves)
    wrapped = len(_HAN_BLANK_HAN.findall(text)) >= 2
    return tuple(piece._replace(wrapped=wrapped, parted="spaced" if k else piece.parted)
                 for k, piece in enumerate(_parted(p, kept)))


def _run_in_headings(p: Paragraph) -> tuple:
    """``p`` parted before a numbered heading that a word processor's copy ran into the sentence
    before it, a blank between (…营造文明和谐的校园环境。 二、活动时间 / 2019年4月1日至4月4日。),
    and after the heading where the line it was typed on ends, a short heading with no mark
    (二、活动时间 | 2019年4月1日…): each piece a paragraph from the line and column it starts at."""
    text = p.text
    if "、" not in text and "）" not in text:
        return (p,)
    cuts = []
    for m in _RUN_IN_HEADING.finditer(text):
        if text.count("“", 0, m.start()) > text.count("”", 0, m.start()) or text.count('"', 0, m.start()) % 2:
            continue    # (inside a quotation: 他说：“这是第一步。 二、不要急。”)
        sentence = text[m.end():(text.find("。", m.end()) + 1 or len(text))]
        if (_INLINE_PAREN_ITEM if text[m.end()] == "（" else _INLINE_ITEM).search(sentence):
            continue    # (a list run in a sentence, its items of one level: 。 一、压实责任…；二、强化督导…)
        cuts.append(m.end())
        # (the heading's own line ends soon after it: the rest is the text under it; not a
        # sentence wrapped by hand, 二、活动时间为2019年 / 4月1日…, 二、资金缺口较大 / 但…)
        ends = [at for at, _, _ in p.starts if at > m.end()]
        # (... or, in copy flattened to one line, a blank ends it: 二、防范建议 1. 大风降温…)
        blank = _HEADING_THEN_BLANK.match(text, m.end())
        if blank is not None and (not ends or blank.end() < ends[0]) and not _GOES_ON_AT_ITS_START.match(text, blank.end()):
            ends = [blank.end()]
        if (ends and ends[0] - m.end() <= MAX_RUN_IN_HEADING
                and not _MARKS_IN_A_HEADING.search(text, m.end(), ends[0])
                and not _GOES_ON_AT_ITS_END.search(text, m.end(), ends[0])
                and not _GOES_ON_AT_ITS_START.match(text, ends[0])):
            cuts.append(ends[0])
    if cuts:
        # (and the items numbered in figures run in after it, one after another: 1. 大风降温…。
        # 2.采取加固…。 3.防范…)
        cuts.extend(m.end() for m in _RUN_IN_ITEM.finditer(text, cuts[0]) if _next_item_follows(text, m)
                    and text.count("“", 0, m.start()) <= text.count("”", 0, m.start()))
    if not cuts:
        return (p,)
    return tuple(q._replace(parted="heading") if k else q for k, q in enumerate(_parted(p, sorted(set(cuts)))))


def _next_item_follows(text: str, m) -> bool:
    """Is the item run in at ``m`` (``_RUN_IN_ITEM``) one of a sequence: the item numbered one
    less before it in the text, or the one numbered one more after it?"""
    n = int(m.group(1))
    return (re.search(r"(?<!\d)%d[.．、]\s*(?=[^\d\s])" % (n - 1), text[:m.end()]) is not None
            or re.search(r"(?<!\d)%d[.．、](?=[^\d\s])" % (n + 1), text[m.end():]) is not None)


#: a blank after a sentence's end, then a numbered heading (。 二、活动时间, ！ （三）活动要求)
_RUN_IN_HEADING = re.compile(r"(?<=[。！？；])[ \u00a0\u3000]+(?=(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)[^\s，。、；：！？一二三四五六七八九十])")
#: a heading's words, then a blank and its first item numbered in figures: a heading with its
#: items flattened onto its line (not a blank for a pause, 二、今年以来 我市…)
_HEADING_THEN_BLANK = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)[^\s，。、；：！？,;:!?]{1,12}"
                                 r"[ \u00a0\u3000]+(?=\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳])")
#: an item numbered in figures run in after a sentence's end and a blank (。 2.采取…; not a
#: decimal, 。 3.5亿元)
_RUN_IN_ITEM = re.compile(r"(?<=[。！？；])[ \u00a0\u3000]+(?=(\d{1,2})[.．、][ \u3000]?[^\d\s.．、])")
#: the most characters of such a heading alone on what is left of its line, and the marks it has none of
MAX_RUN_IN_HEADING = 16
_MARKS_IN_A_HEADING = re.compile("[，。；！？：,;!?:]")
#: an item numbered as the heading is after a ； inside its sentence: a list run in, not headings
#: (二、主要任务（一）…；（二）… is a heading over its items)
_INLINE_ITEM = re.compile(r"[；;][ \u3000]*[一二三四五六七八九十]{1,3}、")
_INLINE_PAREN_ITEM = re.compile(r"[；;][ \u3000]*（[一二三四五六七八九十]{1,3}）")
#: what ends a sentence's words wrapped by hand, not a heading: a figure, a date's word, a word
#: that needs one after it (为 是 在 的 和 与 及 对 从 将 把 被 向 于; not the 的 of 目的)
_GOES_ON_AT_ITS_END = re.compile(r"(?:[0-9０-９年月日为是在和与及对从将把被向于]|(?<!目)的)[ \u3000]*$")
#: ... or what starts the line after one: a word that goes on from it or a mark no line starts with
_GOES_ON_AT_ITS_START = re.compile(r"[ \u3000]*(?:但|而|并|和|及|与|且|或|就|也|还|又|却|则|[，。、；：！？）)”’])")


def _parted(p: Paragraph, cuts: list) -> tuple:
    """``p`` cut at ``cuts`` (offsets), each piece a paragraph from the line and column it starts at."""
    out = []
    for a, b in zip([0] + cuts, cuts + [len(p.text)]):
        line, column = p.locate(a)
        starts = ((0, line, column or 1),) + tuple((at - a, ln, col) for at, ln, col in p.starts if a < at < b)
        out.append(p._replace(text=p.text[a:b], source=Source(p.source.file, line), starts=starts))
    return tuple(out)


def _html_paragraphs(p: Paragraph) -> tuple:
    """``p`` parted where the HTML it holds breaks a paragraph or a line (<p class="ql-block">
    外出旅游，</p><p class="ql-block">单就兴趣而言，</p>): each piece a paragraph of its own, from
    the line and column it starts at; a piece with nothing but tags and blanks is dropped."""
    cuts = sorted({m.end() for m in _HTML_BREAK.finditer(p.text)} - {0, len(p.text)})
    if not cuts:
        return (p,)
    return tuple(q for q in _parted(p, cuts) if HTML_TAG.sub("", q.text).replace(ESCAPED_CR, "").strip())


def _margin(lines: list[str]) -> int:
    """The margin of copy hard-wrapped with every line indented, its paragraphs further (an
    e-text: 10 spaces before a paragraph's first line, 6 before the others), in the width of
    spaces (a 　 two, a tab four); 0 for anything else. Four lines or more, all indented (the
    subheads apart), two or more at one wider width, the narrowest taken by lines that mostly
    follow a long one ending mid-sentence, as a paragraph's wrapped lines do (not paragraphs
    indented alike after headings, with an item indented further or a title centred)."""
    text = [line for line in lines if line.strip() and not _is_subhead(line)]
    widths = [_indent_width(line) for line in text]
    if len(text) < 4 or min(widths) < 2 or len(set(widths)) < 2:
        return 0
    least = min(widths)
    # (paragraphs at one wider indent, two or more: not one title centred or a date pushed
    # right)
    wider = [w for w in widths if w > least]
    if len(wider) < 2 or max(wider.count(w) for w in set(wider)) < 2:
        return 0
    # (the narrowest lines continue a long line that ends mid-sentence, as wrapped lines do;
    # not paragraphs after a heading, a byline or a field)
    after = [text[k - 1] for k in range(1, len(text)) if widths[k] == least]
    running_on = sum(1 for line in after if _SENTENCE_END.search(line) is None and len(line.strip()) > SHORT_LINE)
    return least if after and 2 * running_on >= len(after) else 0


def _indent_width(line: str) -> int:
    width = 0
    for ch in line:
        if ch in " \u00a0":
            width += 1
        elif ch == "\u3000":
            width += 2
        elif ch == "\t":
            width += 4
        else:
            break
    return width


def _dedent(line: str, margin: int) -> str:
    """``line`` without ``margin`` of its indent (the whole of it if it has less)."""
    k = width = 0
    while k < len(line) and width < margin and line[k] in " \u00a0\u3000\t":
        width += _indent_width(line[k])
        k += 1
    return line[k:]


def _one_paragraph_a_line(lines: list[str], verse: set | None = None, sung: bool = False) -> frozenset:
    """The lines that start a paragraph because their block (lines between blank lines) is
    copy pasted one paragraph a line with no indent, as a browser gives it: three lines or
    more, two thirds of them or more (the last apart) ending a sentence or a clause (。！？…；：
    or their ASCII forms),
    where lines wrapped by hand end mid-sentence but now and then. Each line after one that
    ends a sentence or is a heading; a line that does neither runs on into the next. Lines of
    verse typed one a line (``_verse_breaks``) are added to ``verse``."""
    out: set[int] = set()
    blocks = []
    k, n = 0, len(lines)
    while k < n:
        if not lines[k].strip():
            k += 1
            continue
        m = k
        while m < n and lines[m].strip():
            m += 1
        blocks.append((k, m))
        k = m
    found = [_verse_breaks(lines, k, m, sung) for k, m in blocks]
    own = list(found)   # (verse on its own evidence: a stanza's neighbour does not pass it on)
    for b, (k, m) in enumerate(blocks):
        # (a stanza too short to tell, beside one that is verse on its own: 曾以为 / 故乡很大，很美
        # / …; ragged, with no sentence's end inside its lines, as prose wrapped by hand has)
        block = [lines[j].strip() for j in range(k, m)]
        widths = [_width(t) for t in block]
        if (not found[b] and m - k >= 2 and all(w <= VERSE_WIDTH for w in widths)
                and not any(_is_subhead(t) or _INNER_END.search(t[:-1]) for t in block)
                and any(w < max(widths) - 1 for w in widths[:-1])
                and 2 * sum(1 for t in block[:-1] if _VERSE_MARK.search(t) is None) >= m - k - 1):
            # (beside free verse only, a stanza with no marks at the end of its lines, mostly:
            # not a comment after a classical poem, 朗诵结束后， / 全场响起了热烈的掌声，)
            if any(0 <= c < len(blocks) and own[c] and own[c][1] == set(range(*blocks[c]))
                   and not _classical([lines[j].strip() for j in range(*blocks[c])]) for c in (b - 1, b + 1)):
                found[b] = (set(range(k + 1, m)), set(range(k, m)))
    for (k, m), got in zip(blocks, found):
        if got:
            out.update(got[0])
            if verse is not None:
                verse.update(got[1])
    for k, m in blocks:
        block = [line for line in lines[k:m] if not _is_subhead(line)]
        ends = sum(1 for line in block[:-1] if _SENTENCE_END.search(line) is not None)
        # (a block with a line longer than a hand's wrapping leaves is not wrapped by hand,
        # whatever its headings, fields and credits do to the count of lines ending sentences)
        # (not where indents mark the paragraphs: they say where each starts)
        wide = len(block) >= 2 and not any(_INDENTED.match(line) for line in block) and (
            any(_width(line) > LONGEST_WRAPPED for line in block) and not _wrapped_wide(block) or _ragged(block))
        if len(block) >= 3 and 3 * ends >= 2 * (len(block) - 1) or wide:
            # (a line that does not end a sentence runs on into the next, 优化调 / 整。, unless
            # it is a heading: short, with no mark in it; or a title or a field, or a short line
            # after a sentence's end: 服务业较快增长，接触型服务业持续改善 / 5月份，全国服务业…)
            # (a quotation's source on a line of its own is a paragraph of its own: — Taylor
            # Swift (@taylorswift13) October 31, 2022 after a tweet that ends with its link)
            widest = max(_width(line) for line in lines[k:m])
            out.update(j for j in range(k + 1, m) if _SENTENCE_END.search(lines[j - 1]) is not None
                       or _a_heading(lines[j - 1]) or _a_title_line(lines, j - 1, k)
                       # (an item ending with its bracket short of the block's widest line: E、…
                       # （…电话：021-51002162） / 网络报名请登陆…; not a PDF's full line)
                       or _LIST_ITEM.match(lines[j - 1].strip()) is not None and lines[j - 1].rstrip()[-1] in "）)】"
                       and _width(lines[j - 1]) < widest - 2
                       or _ATTRIBUTION.fullmatch(lines[j - 1].strip()) or _ATTRIBUTION.fullmatch(lines[j].strip())
                       or _CREDIT_END.search(lines[j - 1]) is not None)
            # (only where lines are not of one width within a twentieth: a PDF's lines with Latin
            # words or figures in them vary by a tenth, and end with a figure mid-sentence)
            if any(_width(line) > LONGEST_WRAPPED for line in block) and not _wrapped_wide(block, 0.95):
                out.update(j for j in range(k + 1, m) if _ends_a_long_line(lines, j))
        elif (m - k == 2 and len(lines[k].strip()) > LONGEST_WRAPPED and _SENTENCE_END.search(lines[k + 1])
              and (_SENTENCE_END.search(lines[k]) or _LIST_ITEM.match(lines[k].strip()) is not None
                   and _FIGURE_END.search(lines[k]) is not None and not _RUNS_ON.match(lines[k + 1])
                   and not (lines[k].rstrip()[-1].isdigit() and _AFTER_A_FIGURE.match(lines[k + 1].strip())))):
            out.add(k + 1)      # (two paragraphs, the first longer than a line wrapped by hand is; or
            # a numbered item ending with a figure: 四、…利率为1.89% / 2月份银行间…。)
        elif m - k >= 3:
            # wrapped by hand: a line that ends a sentence well short of the others ends its
            # paragraph (…這 / 有力地表明復甦正順利進行。 / 三星以6010萬部居榜首…)
            # (and a row of names between 一字空 does too: 一等奖： / 张伟　李娜　王建国 / 二等奖：)
            full = 0.75 * max(_width(line) for line in lines[k:m])
            out.update(j for j in range(k + 1, m) if not _is_subhead(lines[j - 1]) and (
                _SENTENCE_END.search(lines[j - 1]) is not None and _width(lines[j - 1]) < full
                or _NAMES_ROW.fullmatch(lines[j - 1].strip())))
            # (and a heading among them, short of half the widest line and not the last, after
            # a line that ends no sentence but is not cut mid-sentence either: an info box's
            # lines, …两剂间隔28天 / 抗体类型 / 甲型和乙型…; a hand never leaves a line so short)
            # (the last too if letter-spaced by hand: …By、Bv / 温 馨 提 醒)
            # (not a sentence's last words, 他回来……”, 地走远了……: a heading ends no sentence)
            for j in range(k + 1, m):
                if (_a_heading(lines[j]) and _width(lines[j]) <= full * 2 / 3
                        and _SENTENCE_END.search(lines[j]) is None and not lines[j].rstrip().endswith(_TRAILING)
                        and (j < m - 1 or _SPACED_HEADING.fullmatch(lines[j].strip()))
                        and not _MID_SENTENCE.search(lines[j - 1]) and not _is_subhead(lines[j])):
                    # (not before a line that starts with what no line may: ？适用 □不适用, a box's
                    # mark pasted as ?)
                    out.update(i for i in (j, j + 1) if i < m and lines[i].strip()[:1] not in NO_START)
        # (fields typed a line each, in any block: 发震时刻:2014-09-27 08:41:21.0 / 震中纬度:27.7 /
        # 震源深度:3, each a line of its own, and the line after them too)
        # (three in a row or more, or two, one with a field's own label, 时间：… / 地点：…, 评论员：… /
        # 发布时间：…: two others may be dialogue wrapped by hand, 外婆常说：这碗汤要趁热喝 / 我总是点头：好)
        fields = {j for j in range(k, m) if _width(lines[j]) <= LONGEST_FIELD and _FIELD_LINE.match(lines[j].strip())}
        labelled = {j for j in fields if FIELD_LABEL.match(lines[j].strip())}
        fields = {j for j in fields if {j - 2, j - 1} <= fields or {j - 1, j + 1} <= fields or {j + 1, j + 2} <= fields
                  or any(n in fields and (j in labelled or n in labelled) for n in (j - 1, j + 1))}
        out.update(j for j in range(k + 1, m) if j in fields or j - 1 in fields)
        # (a web page's timestamp on a line of its own, or a field of a date: 央视新闻 / 2026-01-09
        # 16:24 / 据…, 日期:09-20 / 联合国大会; prepare sets them as web fields)
        dated = {j for j in range(k, m) if _DATED_LINE.fullmatch(lines[j].strip())
                 and not (j > k and lines[j - 1].rstrip().endswith(("：", ":")))}    # (笔试开始时间： / 2024-…)
        out.update(j for j in range(k + 1, m) if j in dated or j - 1 in dated)
        # (a table's rows typed with blanks between their cells, a row a line: prepare sets them
        # flush left and says so)
        rows = spaced_rows([lines[j].strip() for j in range(k, m)])
        out.update(k + j for j in rows if j)
        out.update(k + j + 1 for j in rows if k + j + 1 < m)
        # (and a row framed by bars, whatever its neighbours: | 年降水量 | 毫米 | 1434.7 |, or a
        # row whose first bar is lost: 公示时间 | 一般为15个工作日 |)
        framed = {j for j in range(k, m) if a_row_of_bars(lines[j], tuple(lines[i] for i in (j - 1, j + 1) if k <= i < m))}
        out.update(j for j in range(k + 1, m) if j in framed or j - 1 in framed)
        # (a web page's bar on a line of its own, in any block: prepare takes it out)
        out.update(j for j in range(k + 1, m) if BAR_LINE.fullmatch(lines[j]) or BAR_LINE.fullmatch(lines[j - 1]))
        # (a head between two dots, in any block: · 学习贯彻党的二十届三中全会精神 · / 本报讯…)
        out.update(j for j in range(k + 1, m) if DOTTED_HEAD.fullmatch(lines[j - 1].strip()))
        # (credits typed a line each: 文/北京青年报记者　褚鹏 / 编辑/张颖川)
        # (and the first of them after a lead-in: 名单如下 / 主编　张三 / 副主编　李四)
        out.update(j for j in range(k + 1, m) if CREDIT_LINE.fullmatch(lines[j].strip()) and (
            CREDIT_LINE.fullmatch(lines[j - 1].strip()) or j + 1 < m and CREDIT_LINE.fullmatch(lines[j + 1].strip())))
        # a signature and its date typed as a block at the end of a notice or a letter, each
        # line as typed (滁州市新冠肺炎疫情防控 / 应急指挥部办公室 / 2020年2月20日)
        if DAY_DATE.fullmatch(lines[m - 1].strip()):
            j = m - 1
            while j > k and m - j <= 3 and _a_heading(lines[j - 1]):
                j -= 1
            if j == k or _SENTENCE_END.search(lines[j - 1]) is not None:
                out.update(range(max(j, k + 1), m))     # (not a sentence wrapped before a date)
    return frozenset(out)


def spaced_rows(block: list[str]) -> set:
    """The lines of ``block`` that are a table's rows typed with blanks between their cells:
    three in a row or more, each of three cells or more and no mark of a clause (，。？！； or an
    English comma and its space), their counts of cells within two of each other (a head's blank
    beside a bracket may be gone), two cells or more figures alone in most (线路 首末站
    运营时间 配车(台) 备注 / 春运专线1号线 G107小刘庄-火车站西广场 直达线路 7:00-19:00 5 服务…),
    with the short labels of groups of rows between them (4天3板 / 1 601900 南方传媒 24.84元 …);
    not rows of names, which have no figures. (An empty line ends a run.)"""
    out: set = set()
    run: list = []      # (line, cells), a group's label with 0 cells
    for n, line in enumerate(block + [""]):
        barred = line.count("|") >= 3       # (a Markdown table's row, whatever its commas)
        row = line.strip() and len(line) <= 80 and (barred or not _NOT_A_ROW.search(line)
                                                    or len(_STRONG_GAP.findall(line.strip())) >= 2)
        cells = len(CELL_GAP.split(line.strip())) if row else 0
        rows = [c for _, c in run if c]
        if cells >= 3 and (not rows or abs(cells - rows[-1]) <= 2):
            run.append((n, cells))
            continue
        if rows and 0 < len(line.strip()) <= 10 and cells < 3 and not _GROUP_MARKS.search(line):
            run.append((n, 0))      # (a group's label between rows)
            continue
        while run and not run[-1][1]:
            run.pop()               # (a label after the last row is none)
        rows = [j for j, c in run if c]
        if len(rows) >= 3 and (3 * sum(1 for j in rows if _figure_cells(block[j]) >= 2 or block[j].count("|") >= 3)
                               >= 2 * len(rows) or _headed(block, rows)):
            out.update(j for j, _ in run)     # (a Markdown table's rows too: | 冬前 | 尿素 | 5~8kg |)
        run = [(n, cells)] if cells >= 3 else []
    return out


def _headed(block: list[str], rows: list) -> bool:
    """Are ``rows`` of ``block`` a table of words under a row of headings: the first row's
    cells short words (路段 路况 建议), every row with as many cells, and a cell below longer than
    a heading (G4京港澳高速(石家庄-安阳) 部分施工,限速80km/h 可选择绕行G45大广高速)? Not rows of
    names, every cell as short as a heading."""
    cells = [CELL_GAP.split(block[j].strip()) for j in rows]
    return (all(len(c) == len(cells[0]) for c in cells)
            and all(len(cell) <= 4 and all(is_han(ch) for ch in cell) for cell in cells[0])
            and any(len(cell) > 6 for row in cells[1:] for cell in row)
            # (figures, letters or brackets in the cells below: not verse typed with blanks)
            and any(not is_han(ch) for row in cells[1:] for cell in row for ch in cell))


#: what a table's row typed as text has not: a sentence's or a clause's mark (a row of prose
#: typed with word spaces: 据开发团队介绍，Python 3.13版本…), a comma and a space of English
_NOT_A_ROW = re.compile(r"[，。？！；]|[,;?!] ")
#: a cell of figures: a figure first and four Han characters at most (24.84元, 10.01%, 7:00-19:00,
#: 5964.72万, 601900, 6月7日, 2人, 11秒02), or a code (CA1234, G107)
_FIGURE_CELL = re.compile(r"[-+]?\d(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){0,4}[^\u4e00-\u9fff]*|[A-Z]{1,3}\d{2,5}")
#: a gap between cells no word space is: a 一字空, a tab, two blanks or more
_STRONG_GAP = re.compile(r"\u3000|\t| {2,}")


def _figure_cells(line: str) -> int:
    return sum(1 for cell in CELL_GAP.split(line.strip()) if _FIGURE_CELL.fullmatch(cell))


_GROUP_MARKS = re.compile(r"[，。、；：！？,;:!?]")


#: the blank between two cells of a table's row typed as text (a space, a 一字空, a tab)
CELL_GAP = re.compile(r"[ \t\u3000]+")


#: a credit typed as the copy's last lines: roles and their names, the paper's name before
#: them, 文/图 or 摄 after (记者　鲁慧, 通讯员　李兆宏　文/图, 本报记者　张三　通讯员　李四), a role
#: parted from its name by a slash, a bar or (an editor's, not a reporter's: 记者：谢谢您) a
#: colon, what the credit is for before it (文/北京青年报记者　褚鹏, 编辑/张颖川, 责编丨李四,
#: 编辑:许璐瑶), the desk's roles (校对　刘亚杰, 统筹　李　鑫, 审读　李玉冰), a name of two padded
#: to three (李　鑫)
_CREDIT_NAME = r"(?:[\u4e00-\u9fff·]{2,3}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])"
CREDIT_LINE = re.compile(r"[□■]?(?:(?:文|图|文图|图文|撰文|摄影)[/／丨])?"
                         r"(?:[\u4e00-\u9fff·]{0,12}?(?:(?:记者|通讯员|实习生|见习记者|特约记者)(?:[\s\u3000]+|[/／丨])"
                         r"|(?:编辑|责编|责任编辑|校对|统筹|审读|审核|审校|终审|监制|策划|美编|主编|制图|设计|摄像|撰文)"
                         r"(?:[\s\u3000]+|[/／丨：:]\s*))" + _CREDIT_NAME + r"(?:[\s\u3000、]+" + _CREDIT_NAME + ")*"
                         # (the writers, 文, then the photographers: 记者 赵文静 王治 文 李焱 周甬 图)
                         r"(?:[\s\u3000]+文[\s\u3000]+" + _CREDIT_NAME + r"(?:[\s\u3000、]+" + _CREDIT_NAME + ")*)?"
                         r"[\s\u3000]*)+(?:[/／]?(?:文[/／]图|图[/／]文|文图|图文|文|图)|摄|报道)?")


#: the longest line (字) taken for a line of verse typed one a line
VERSE_WIDTH = 20
#: a line of classical verse: five or seven characters and the mark after them
_CLASSICAL_LINE = re.compile(r"(?:[\u4e00-\u9fff]{5}|[\u4e00-\u9fff]{7})[，。？！；、,.?!;]")
#: a 点号 inside a line
_INNER_MARK = re.compile(r"[，。、；：！？,;:!?]")
#: a sentence's end inside a line
_INNER_END = re.compile(r"[。！？；]")
#: what ends a line of verse that has a mark at its end
_VERSE_MARK = re.compile(r"[，。、；：？！…—,.;:?!][”’」』）)]*\s*$")


def _verse_breaks(lines: list[str], k: int, m: int, sung: bool = False) -> tuple | None:
    """(The lines of block ``lines[k:m]`` that start a paragraph because they are verse typed
    one line a line, the lines of verse), or None. A run of short lines (``VERSE_WIDTH``) after
    the block's start, a line that ends with a mark, or a heading, is verse when:

    - two or more of its lines, half of them or more, are lines of classical verse, five or
      seven characters and a mark, two couplets among them, a pause then a stop (宝塔凭高延水滨， /
      招来辟地开天人。 / 集思窑洞筹长策， / 铺就江山万代春。);
    - or it has four lines or more, three in four ending with a mark and two of them with a
      comma, not all as long as the longest but one (prose wrapped by hand fills its lines),
      after a line that introduces verse (``introduced``: …他写过一首《一个小农家的暮》—— /
      他衔着个十的烟斗， / 慢慢地从田里回来， / …; not copy typed a clause a line for a phone's
      screen, 这个春节， / 很多郑州人选择留在本地过年。, after a heading or 他说： or none);
    - or it has four lines or more, three in four of them (its last apart) ending with no mark,
      and they are ragged: a third of them at most as long as the longest, where a hand's
      wrapping fills every line but a paragraph's last (不要再说什么 / 亲爱的人 / 今夜，…).

    Each line of the run starts a paragraph, and so does the line after it."""
    out: set = set()
    verse: set = set()
    a = k
    while a < m:
        if _is_subhead(lines[a]) or _width(lines[a]) > VERSE_WIDTH:
            a += 1
            continue
        b = a
        while b + 1 < m and not _is_subhead(lines[b + 1]) and _width(lines[b + 1]) <= VERSE_WIDTH:
            b += 1
        # (a short line ending with a colon or a dash first may be the lead-in: 他写过一首《…》——)
        if a < b and lines[a].rstrip().endswith(("：", ":", "——")) and is_verse(
                [lines[j].strip() for j in range(a + 1, b + 1)], True):
            a += 1
        # (a classical poem's run ends with its last couplet: a sentence after it, a stop after
        # a stop, is prose, 低头思故乡。 / 这首诗家喻户晓。)
        if _classical([lines[j].strip() for j in range(a, b + 1)]):
            while b > a and _INNER_END.search(lines[b].rstrip()[-1:]) and _INNER_END.search(lines[b - 1].rstrip()[-1:]):
                b -= 1
        run = [lines[j].strip() for j in range(a, b + 1)]
        # (after the block's start, a mark or a heading: not the end of a paragraph wrapped by
        # hand, whose first lines are long)
        after = a == k or _VERSE_MARK.search(lines[a - 1]) is not None or _a_heading(lines[a - 1])
        before = next((lines[j] for j in range(a - 1, -1, -1) if lines[j].strip()), "")
        if after and is_verse(run, introduced(before), sung):
            out.update(range(max(a, k + 1), min(b + 2, m)))
            if in_words(run):
                verse.update(range(a, b + 1))
        a = b + 1
    return (out, verse) if out else None


def _classical(run: list[str]) -> bool:
    """Is ``run`` classical verse a 句 a line: half its lines or more five or seven characters
    and a mark, two couplets among them, a line ending with a pause and the next, as long, with a
    stop (not short sentences a paragraph each, 屋里没有人。 / 桌上放着一封信。)?"""
    classical = sum(1 for t in run if _CLASSICAL_LINE.fullmatch(t))
    couplets = sum(1 for a, b in zip(run, run[1:]) if _CLASSICAL_LINE.fullmatch(a) and _CLASSICAL_LINE.fullmatch(b)
                   and len(a) == len(b) and a[-1] in "，,、；;" and b[-1] not in "，,、")
    return classical >= 2 and 2 * classical >= len(run) and couplets >= 2


def in_words(run: list[str]) -> bool:
    """Are three lines in four of ``run`` or more mostly Han characters, as verse is? Not a list
    of products or a table's cells pasted a line each (小米 11 / realme Race / OPPO Find X3,
    Codeforces / … / 96.3%): their lines are kept, but not set as verse."""
    latin = sum(1 for t in run if 2 * sum(1 for c in t if "\u4e00" <= c <= "\u9fff") < len(t.replace(" ", "")))
    return 4 * latin < len(run)


def introduced(line: str) -> bool:
    """Does ``line`` introduce verse after it: ending with a colon or a dash after a poem's or
    a song's title or words that say verse follows (他写过一首《一个小农家的暮》——, 他在诗中写道：,
    朗诵了…：)? Not any heading or lead-in: 温馨提示：, 他说：, a 小标题 come before prose typed a
    clause a line as often."""
    text = line.strip()
    return text.endswith(("：", ":", "——", "—")) and _VERSE_CUE.search(text) is not None


#: words in a story's title or subtitle that say its text is lyrics or verse (豫剧《朝阳沟》选段
#: 唱词, 组诗, （外二首）; 歌词, 快板, 顺口溜, 诗选 at the title's start or end: 校歌歌词, 快板《夸夸咱
#: 村新变化》); not those that name a topic as often (诗歌节, 诗词大会, 民谣, 童谣), nor a kicker, a
#: column's name (诗词里的中国)
SUNG = re.compile("唱词|唱段|组诗|[（(]外[一二三四五六七八九十]首[）)]"
                  "|^(?:歌词|快板|顺口溜|诗选)|(?:歌词|快板|顺口溜|诗选)(?:[（(][^）)]*[）)])?$")
#: words before a colon or a dash that say verse follows
_VERSE_CUE = re.compile("》[：:—]|诗|词|歌|吟|赋|写道|唱道|朗诵|诵读|颂")


def is_verse(run: list[str], led: bool = False, sung: bool = False) -> bool:
    """Is ``run``, short lines in a row, verse (``_verse_breaks``), or a list with its lines as
    ragged (``in_words`` tells them apart)? ``led``: the line before introduces it
    (``introduced``); ``sung``: the story's head says it is lyrics or verse (``SUNG``: 豫剧《台北
    知府》唱词), which leads every run, and lines with no marks need not be ragged (a 唱段's lines
    of 10 to 12 字: 祖国的大建设一日千里 / 看不完说不尽胜利的消息 / …)."""
    led = led or sung
    n = len(run)
    if _classical(run):
        return True
    if n < 4:
        return False
    body = run[:-1]
    widths = [_width(t) for t in body]
    longest = max(widths)
    marked = [t for t in run if _VERSE_MARK.search(t)]
    if 4 * len(marked) >= 3 * n:
        # (not lines a hand's wrapping filled, each but the last as long as the longest)
        return (led and sum(1 for t in marked if t[-1] in "，,、") >= 2
                and any(w < longest - 1 for w in widths))
    # (and few of them with a mark inside, as a line of prose has: 工业增加值增长5%。全年)
    return (4 * sum(1 for t in body if _VERSE_MARK.search(t) is None) >= 3 * len(body)
            and (sung or 3 * sum(1 for w in widths if w >= longest - 1) <= len(body))
            and 4 * sum(1 for t in run if _INNER_MARK.search(t.rstrip()[:-1])) <= n)


#: the longest line a reporter's or an e-text's hand wrapping leaves (in 字: a letter, a figure
#: or a half-width mark counts half): a block with a longer line is one paragraph a line
LONGEST_WRAPPED = 45
#: the longest line taken as a field or a credit among lines one paragraph a line (字), and as
#: a heading with a pause in it (shorter: a line wrapped by hand after an unwrapped one is longer)
LONGEST_FIELD = 30
HEADING_WITH_A_PAUSE = 24
#: a block whose longest line is shorter than this (字) may be copy set in a newspaper's
#: narrow column, whose short lines are no headings: never judged ragged
RAGGED_FROM = 20


def _width(line: str) -> float:
    """The width of ``line`` in 字, a half-width character counting half."""
    text = line.strip()
    return sum(0.5 if ord(c) < 0x2E80 or 0xFF61 <= ord(c) <= 0xFFDC else 1.0 for c in text)


#: a row of names, two to four characters each, between 一字空 (张伟　李娜　王建国)
_NAMES_ROW = re.compile("[\u4e00-\u9fff·]{2,4}(?:\u3000+[\u4e00-\u9fff·]{2,4})+")
#: a field: a label of up to eight characters and a colon, then its value with no 。， (but a
#: comma between figures: 时间：2023年7月14日19:30，7月15日19:30)
_FIELD_LINE = re.compile(r"(?:[^，。、；：！？,;:!?\s]{1,8}|[^，。、；：！？,;:!?\s][ \u3000]+[^，。、；：！？,;:!?\s])"
                         r"[：:](?:[^，。；！？,;!?]|(?<=\d)[，,](?=\d))*$")
#: a line that starts with the end of a sentence, a word or two: the rest of one broken by hand
_FRAGMENT = re.compile(r"\s*[^，。、；：！？,;:!?\s]{1,3}[。！？；.!?;]")


def _wrapped_wide(block: list[str], within: float = 0.9) -> bool:
    """Are most lines of ``block`` (its last apart) within a tenth of the longest (``within``),
    as a text wrapped at a fixed width wider than a hand's (a PDF's lines) is?"""
    widths = [_width(line) for line in block]
    full = within * max(widths)
    return (len(block) >= 3 and max(widths) <= WIDEST_WRAPPED
            and 2 * sum(1 for w in widths[:-1] if w >= full) > len(widths) - 1)


#: the widest line (字) taken for one a PDF wrapped: a page's width at a small size (lines of
#: 105 to 135 字 are paragraphs, however even)
WIDEST_WRAPPED = 70


def _ragged(block: list[str]) -> bool:
    """Are the lines of ``block`` too uneven to be wrapped by hand, which fills every line of a
    paragraph but its last: three lines or more, one well short of the longest that neither ends a
    sentence nor breaks one off at a comma, after a line that ends a sentence (a heading between
    paragraphs: …态势。 / 服务业较快增长，接触型聚集型服务业持续改善 / 5月份，…; 发布日期：2025-02-08 |)
    or first, a title with no 点号 (…关于印发政策举措的通知; not 增长 / 2.5%，同比 / 上升。)?"""
    if len(block) < 3:
        return False
    widths = [_width(line) for line in block]
    if max(widths) < RAGGED_FROM:
        return False    # (a newspaper column's lines, 13 to 16 字: a short one is no heading)
    full = 0.75 * max(widths)
    for n in range(len(block) - 1):
        line = block[n]
        if widths[n] >= full or _SENTENCE_END.search(line) or _MID_SENTENCE.search(line):
            continue
        if (_SENTENCE_END.search(block[n - 1]) is not None if n
                else widths[n] >= 8 and not any(c in "，。、；：！？,;:!?" for c in line)):
            return True     # (after a sentence's end, or a title first: 关于印发…的通知)
    return False


def _ends_a_long_line(lines: list[str], j: int) -> bool:
    """Among lines no hand nor PDF wrapped, a paragraph each (some longer than
    ``LONGEST_WRAPPED``), does line ``j - 1`` end its paragraph though it ends no sentence: a
    long line ending with a figure or a closing bracket (…同比上升28.3% / 长三角41个城市…;
    （原标题：…气温将超37度） / 盛夏时节…), a title over a long line or a timestamp (…做客人民网 /
    人民网北京5月14日电　今年…; …癌？先别慌，看完这3点再判断 / 拿到一份…), or a web page's
    timestamp (中国网财经 2019-01-21 10:27)? Not a line that ends mid-sentence (，、 ——, an
    opening mark: 那些被岁月包浆的往事——), nor one before the rest of its sentence (整。, ：…)."""
    before, line = lines[j - 1].strip(), lines[j].strip()
    if (not before or _MID_SENTENCE.search(before) or before.endswith(("—", "…", "·")) or _is_subhead(before)
            or _FRAGMENT.match(line) or _RUNS_ON.match(line) or _DATELINE.fullmatch(before) or _unclosed(before)):
        return False
    if _width(before) > LONGEST_WRAPPED:
        # (not a bare figure before what goes on from it: …牛肉每公斤71.31 / 元，…, …东南风3—4 / 级;
        # after a %, a ℃ or a bracket nothing goes on: …上升28.3% / 人均可支配收入…)
        return _FIGURE_END.search(before) is not None and not (
            before[-1].isdigit() and _AFTER_A_FIGURE.match(line) is not None)
    if _STAMP.search(before) and _width(before) <= LONGEST_TITLE and "。" not in before:
        return True
    if before[0] in "（(【" and before[-1] in "）)】" and _width(before) <= LONGEST_WRAPPED:
        return True     # (a line in brackets: （原标题：…气温将超37度） / 盛夏时节…)
    # (a title's pause is a question's or a cry's: 乳腺癌？先别慌，看完…; a line with a comma and
    # neither is a sentence wrapped by hand: 记者从…获悉，自7月1日起，…线路进行 / 优化调整。)
    return (_width(before) <= LONGEST_TITLE and not any(c in "。；;" for c in before)
            and not (any(c in "，," for c in before) and not any(c in "？！?!" for c in before))
            and (_width(line) > LONGEST_WRAPPED or _STAMP.search(line) is not None and _width(line) <= LONGEST_TITLE))


def _unclosed(line: str) -> bool:
    """Does ``line`` end inside a 书名号 or a bracket it opened (…审议了《青岛市…条例(草 / 案)》,…):
    a wrap by hand, never a paragraph's end. (A bracket typed half-width closes one typed full
    width: …方案（试行)的通知.)"""
    return any(sum(map(line.count, a)) > sum(map(line.count, b)) for a, b in (("《", "》"), ("（(", "）)"), ("〈", "〉")))


#: what a sentence's last words may end with but a heading does not: an ellipsis, a dash, a
#: closing quote
_TRAILING = ("…", "—", "”", "’", "」", "』")


#: the labels of fields, as notices and web pages give them (时间, 地点, 联系电话, 文章日期, 撰文)
FIELD_LABEL = re.compile(r"(?:[^\s：:]{0,4}(?:时间|日期|地点|地址|电话|手机|邮箱|传真|联系人|来源|作者|编辑|撰文|出版|更新|"
                          r"责编|记者|网址|邮编|单位|主办|承办|协办|费用|对象|方式)"
                          r"|(?:\d{1,2}月)?\d{1,2}(?:[-—～~至]\d{1,2})?[日号]|(?:每)?(?:周|星期)[一二三四五六日天](?:[-—～~至](?:周|星期)?[一二三四五六日天])?)[：:]")
#: a web page's timestamp alone (2026-01-09 16:24, 2023-08-18 22:01:07), its source's name
#: before it or not (证券之星 2024-04-13 00:00:00, 证券时报·2025-09-18 08:20), or a field of a date
#: alone with a label a web page gives it (日期:09-20, 发布时间：2024-05-22)
_DATED_LINE = re.compile(r"(?:[^\s，。、；：！？,:;!?·•]{2,12}(?:[ \u3000]+|[ \u3000]*[·•][ \u3000]*))?"
                         r"\d{4}-\d{1,2}-\d{1,2}[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?"
                         r"|(?:日期|时间|发布时间|更新时间|发表时间|发布日期)[：:][ \u3000]*(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?"
                         r"(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?")
#: a table's row framed by bars, three or more: | 甲 | 乙 | 丙 |
FRAMED_ROW = re.compile(r"\|(?:[^|\n]*\|){2,}")
#: or with its first bar lost, as a web page's table is copied, each cell ended by a bar with a
#: blank before it: 公示时间 | 一般为15个工作日 | (not absolute values, |a-1|, nor a credit
#: line with no bar at its end, 文 | 张三　编辑 | 李四)
BARRED_ROW = re.compile(r"(?:[^|\n]*[^|\s][ \t\u3000]+\|[ \t\u3000]*){2,}")


def a_row_of_bars(line: str, beside: tuple = ()) -> bool:
    """Is ``line`` a table's row typed with bars, framed by them or each cell ended by one, no
    sentence in it (他说，选择留下还是离开 | 这是每个毕业生都要面对的问题 | is none) unless a line
    ``beside`` it is such a row too (目的 | 声明营业执照正本遗失,防止被他人冒用 | / 公示平台 | … |)?"""
    line = line.strip()
    if FRAMED_ROW.fullmatch(line) is not None:
        return True
    return BARRED_ROW.fullmatch(line) is not None and (
        not _CLAUSE_MARKS.search(line) or any(BARRED_ROW.fullmatch(b.strip()) for b in beside))


_CLAUSE_MARKS = re.compile("[，。！？；,;!?]")
#: a bar on a line of its own, as a web page's menu or table leaves it, or a backslash, as one
#: leaves for a picture it did not copy
BAR_LINE = re.compile(r"\s*[|｜丨\\]\s*")
#: the longest title (字) taken for one above a paragraph among lines a paragraph each
LONGEST_TITLE = 36
#: what ends a line that ends a paragraph with no mark: a figure, a percentage, a unit's sign
#: or a closing bracket
_FIGURE_END = re.compile(r"[\d%‰℃）)】]\s*$")
#: what goes on from a figure at the start of the next line: a unit, a measure word, a sign
_AFTER_A_FIGURE = re.compile(r"[%％‰℃°～~—\-.．万亿萬億千百元角分秒年月日时時号號个個件条項项次名人位家只头台辆輛架艘座所倍级級度米克吨噸斤亩升天岁歲周期届屆场場篮助]"
                             r"|小时|公[里斤顷]|厘米|毫[米升克]|平方|立方|摄氏|[美欧日港澳韩]元")
#: a timestamp as web pages give it (2019-01-21 10:27, 2024-11-24 22:08:24)
_STAMP = re.compile(r"\d{4}-\d{1,2}-\d{1,2}[ \u3000]+\d{1,2}:\d{2}")


def _a_title_line(lines: list[str], i: int, k: int) -> bool:
    """Among copy one paragraph a line, is ``lines[i]`` a heading or a title that ends no
    sentence: with no 点号 at all and no longer than a line (…关于印发…的通知, 市内主要线路首末班
    发车时间), or a short one after a line that ends a sentence or is a heading itself
    (…态势。 / 服务业较快增长，接触型聚集型服务业持续改善 / 5月份，…)? Not the first line of a block
    that breaks a sentence by hand (…公交线路进行优化调 / 整。)."""
    text = lines[i].strip()
    if (not text or _SENTENCE_END.search(text) or _MID_SENTENCE.search(text) or _width(text) > LONGEST_WRAPPED
            or _DATELINE.fullmatch(text) or _unclosed(text)):
        return False    # (a dateline runs on: 本报讯（记者　张三） / 昨日，…; so does a line inside a title)
    if i + 1 < len(lines) and _FRAGMENT.match(lines[i + 1]):
        return False    # (the rest of a sentence broken by hand: …实现网上 / 办理。)
    if not any(c in "，。、；：！？,;:!?" for c in text):
        return True
    if _width(text) <= LONGEST_FIELD and _FIELD_LINE.match(text):
        return True     # (a field of a row: 首班:5:55(市政务中心发车), 来源：雷科技 | 编辑：失魂引)
    return (i > k and _width(text) <= HEADING_WITH_A_PAUSE
            and (_SENTENCE_END.search(lines[i - 1]) is not None or _a_heading(lines[i - 1])))


#: a photo's caption ending with its credit, after its sentence (…外孙女杨扬。图/受访者提供,
#: …合影。新华社记者　李四　摄, a painting's: …十分深厚。常宗贤/作): it ends a line of copy one
#: paragraph a line
_CREDIT_END = re.compile(r"[。！？”）)]\s*(?:(?:图|摄影|摄)[/／丨|：:]\s*[\u4e00-\u9fff·]{2,10}|[\u4e00-\u9fff·]{2,4}[/／](?:作|图|摄)"
                         r"|[\u4e00-\u9fff]{1,6}[社网台][/／][\u4e00-\u9fff]{1,6}[社网台]"
                         r"|[\u4e00-\u9fff·　 ]{2,16}\s*(?:摄|供图)|图片?由[\u4e00-\u9fff]{1,10}提供)\s*$")


#: a quotation's source on a line of its own, a dash and a name, with no 点号 but a comma
#: between figures or Latin words (— Taylor Swift (@taylorswift13) October 31, 2022,
#: ——摘自《人民日报》; not ——中国女排再次夺冠。 nor ——这是，…)
_ATTRIBUTION = re.compile(r"(?:——|[—―])\s?(?=[A-Z\u4e00-\u9fff《])[^，。、；：！？;:!?…]{1,60}")


#: a date with its day, on a line of its own (2020年2月20日, 二〇一七年十二月五日): a
#: signature's (prepare's 落款 take it too)
DAY_DATE = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
                     r"\s*[\d一二三四五六七八九十]{1,3}\s*日")


def _a_heading(line: str) -> bool:
    """Is ``line`` short and without a 点号: a heading among copy one paragraph a line (“小窗口”撬动
    “大服务”, quotes and brackets allowed)? Not a dateline, which runs on (本报讯（记者 张三）)."""
    text = line.strip()
    # (a list's number is no 点号: 一、概述, 2.适应症)
    bare = _HEADING_NUMBER.sub("", text, count=1)
    return (len(text) <= SHORT_LINE and not any(c in "，。、；：！？,;:!?" for c in bare)
            and _DATELINE.fullmatch(text) is None)


#: a heading letter-spaced by hand (温 馨 提 醒)
_SPACED_HEADING = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]+){2,}[\u4e00-\u9fff]")
_HEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)])")


#: a dateline on a line of its own (本报讯（记者　张三）, 新华社北京3月5日电（记者　李四）; not a
#: heading that ends in 电, 小区突然停电)
_DATELINE = re.compile(r"(?:[^，。]{0,12}讯|[^，。]{0,16}\d{1,2}日电)\s*(?:[（(][^）)]*[）)])?")



#: a line that starts a paragraph even with no blank line before it: copy from the web or a
#: word processor, one paragraph a line, each indented (with 　　, or two spaces or more, or
#: a tab); or, after a line that ends a sentence (。！？；：), is an item itself or is short (a
#: heading: 报名条件), an item of a numbered list: （一） 一、 1. 1、 (1) ① (not 2.5%, and not
#: 一、二季度 running on from a line that ends mid-sentence)
_INDENTED = re.compile(r"(?:[\u3000\t]|[ \u00a0]{2})\s*\S")
_LIST_ITEM = re.compile(
    r"【[^】]{1,8}】"
    r"|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|[一二三四五六七八九十]{1,3}、"
    r"|\d{1,2}(?:[、．]|\.(?!\d))"
    r"|[\u2460-\u2473\u2776-\u277f]"
    r"|[A-Z](?:、|[.．](?=[\u4e00-\u9fff（(]))(?![A-Za-z])")
#: prose that starts as an item does: a list of numerals or a number and its measure word
#: (一、二季度, 1、2号线, (2)号线): after a short line it runs on
_PROSE_ITEM = re.compile(r"(?:[一二三四五六七八九十]{1,3}、[一二三四五六七八九十]{1,3}|\d{1,2}、\d{1,2}(?!\d))"
                         r"[季月年号级类期批次个]|[（(]\d{1,2}[）)]号|\d{1,2}[、.．]号")
def _item_number(line: str) -> int | None:
    """The number of the item ``line`` starts (（三） 3. 三、 ③: 3), or None."""
    m = _ITEM_MARK.match(line)
    if m is None:
        return None
    mark = m.group(1) or m.group(2)
    if mark.isascii() and mark.isdigit():
        return int(mark)
    if mark.isascii():
        return ord(mark) - ord("A") + 1     # (a lettered item: A、 B、)
    if len(mark) == 1 and "\u2460" <= mark <= "\u2473":
        return ord(mark) - 0x2460 + 1
    digits = ["一二三四五六七八九".find(c) + 1 for c in mark]
    if mark == "十":
        return 10
    if len(mark) == 2 and mark[0] == "十" and digits[1]:
        return 10 + digits[1]
    return digits[0] if len(mark) == 1 and digits[0] else None


_ITEM_MARK = re.compile(r"[（(]?([一二三四五六七八九十]{1,2}|\d{1,2}|[A-Z])[）)、.．]|([\u2460-\u2473])")


#: the end of a sentence or a clause, a closing quote or bracket after it, and a bracketed
#: credit (。(示意图/shutterstock)) or a note's mark (看。[1], 。①) after that
_SENTENCE_END = re.compile(r"[。！？；：.!?;:…][”’）)」』]*(?:[（(][^（）()]{1,30}[）)])?"
                           r"(?:\[\d{1,3}(?:[-–,，]\d{1,3})*\]|[\u2460-\u2473])?\s*$")


#: a bulleted item of a list, as Markdown and web copy mark it (- 动力与续航, * 智能驾驶, ● 第一):
#: it starts a paragraph after a sentence's end, another item or a heading
_BULLET = re.compile(r"[-*+•·・●■◆▪]\s+(?=\S)")


#: a bullet no sentence runs on into, a mark of its own (●第一, ▶票价, ➤演出时间, ◆ 地址), with
#: or without a blank after it: it starts a paragraph unless the line before ends mid-sentence,
#: and a bulleted heading ends its own (▶票价 / 880/680/480/380元). (Not ○ or □, which stand for
#: characters withheld: 张○○.)
_MARK_BULLET = re.compile(r"\s*[●■◆▪▶►▸➤➢➔➜◇★※❖♦][ \t\u3000]*[^●■◆▪▶►▸➤➢➔➜◇★☆※❖♦\s]")
#: web copy's emoji as a bullet (🚫 不能与碱性农药混用, ✅ 优势：…, ⚠️ 远离河道, 🏃‍♂️ 运动, 1️⃣ 报名,
#: which ``normalize`` sets as ● or a circled figure): a run of them with their selectors, skin
#: tones and joined signs, then the item's words. It starts a paragraph only after a sentence's
#: end or a colon, another item, a bulleted heading or a line ending in an emoji (…整理好了😍):
#: an emoji typed in a sentence wrapped by hand (…一边品尝 / 🍉西瓜一边聊天) runs on
_EMOJI_MARKS = "\U0001F300-\U0001FAFF\u2705\u2714\u2716\u274c\u274e\u2728\u2b50\u23e9-\u23f3\u26a0\u26a1"
_EMOJI_PARTS = "\ufe0f\u200d\u20e3\u2640\u2642"
_EMOJI_AT_END = re.compile("[%s][%s%s]*\\s*$" % (_EMOJI_MARKS, _EMOJI_MARKS, _EMOJI_PARTS))
_EMOJI_BULLET = re.compile(r"\s*(?:[%s]|\d\ufe0f?\u20e3)[%s%s]*[ \t\u3000]*[^%s%s\s]"
                           % (_EMOJI_MARKS, _EMOJI_MARKS, _EMOJI_PARTS, _EMOJI_MARKS, _EMOJI_PARTS))
#: a label in 【】 at a line's start (【济宁博物馆开放时间表2021】…): it starts a paragraph after a
#: line ending with a mark, a figure or Latin, not after Han (…应认准 / 【官方旗舰店】标识 runs on)
_LABEL_START = re.compile(r"\s*【[^】\n]{1,30}】")
_LABEL_ALONE = re.compile(r"\s*【[^】\n]{1,10}】\s*")
#: a bulleted heading: a bullet and a few words (▶票价, ◆ 报名须知; not ■主展区位于会展中心一, the
#: first line of an item wrapped by hand)
_BULLETED_HEADING = re.compile(r"\s*[●■◆▪▶►▸➤➢➔➜◇★※❖♦%s%s]+[ \t\u3000]*[^，。、；：！？,;:!?\s]{1,8}\s*"
                               % (_EMOJI_MARKS, _EMOJI_PARTS))


def _starts_paragraph(line: str, before: str) -> bool:
    if _INDENTED.match(line):
        return True
    if DAY_HEAD.match(line) or DAY_HEAD.match(before) and not _SENTENCE_MARKS.search(before):
        return True     # (an itinerary's day, Day 1:宜昌市区 - 当阳关陵 / 上午从宜昌出发…: a head)
    if (_ADDRESSEES.fullmatch(line.strip()) and _A_NOTICES_TITLE.search(before)
            and not any(c in "，。；！？,;!?" for c in _QUOTED.sub("", before))):
        return True     # (a notice's title, then whom it addresses: …活动的通知 / 全体班主任:)
    if _EMOJI_BULLET.match(line) and not _MARK_BULLET.match(line):
        return (_SENTENCE_END.search(before) is not None or _EMOJI_BULLET.match(before) is not None
                or _EMOJI_AT_END.search(before) is not None     # (…整理好了😍 / 🍉 西瓜：…)
                or _MARK_BULLET.match(before) is not None or _BULLETED_HEADING.fullmatch(before) is not None
                or _LABEL_ALONE.fullmatch(before) is not None)
    if ((_MARK_BULLET.match(line) or _BULLETED_HEADING.fullmatch(before) or _LABEL_ALONE.fullmatch(before))
            and not _MID_SENTENCE.search(before)):
        return True     # (and after a label alone on its line: 【温馨提示】 / 请游客朋友…)
    if _LABEL_START.match(line) and not is_han(before.rstrip()[-1:] or "a") and not _MID_SENTENCE.search(before):
        return True     # (…停止入馆） / 【济宁博物馆开放时间表2021】…; not …应认准 / 【官方旗舰店】标识)
    if _BULLET.match(line) and not DOTTED_HEAD.match(line.lstrip()):
        # (after a sentence's end, a colon, another item or a heading; before a figure, not
        # after a heading: 最低气温 / - 5℃ is a minus sign, 每天9:00 / - 17:00 a range; before
        # Chinese words, after any line but one ending mid-sentence: …户外长时间活动 化学防晒 /
        # - 防晒霜选择：… had run on, its hyphen printed)
        after = line.lstrip()[1:].lstrip()[:1]
        figure = after.isdigit()
        return (_SENTENCE_END.search(before) is not None or _BULLET.match(before) is not None
                or _LIST_ITEM.match(before.lstrip()) is not None or not figure and _a_heading(before)
                or is_han(after) and not _MID_SENTENCE.search(before))
    if _LIST_ITEM.match(line) is None or _an_initial(line, before):
        return False
    if _SENTENCE_END.search(before) is not None:
        return True
    if _MID_SENTENCE.search(before) is not None:
        return False
    if _PROSE_ITEM.match(line) is None and _a_heading(line):
        return True     # (a numbered heading, short, with no mark, after a line that ends mid-sentence
        # no more: - 旱薄地：可提高至25~30万株 / (3)播种深度, …nwsts.org.cn / 3. 播种技术; not a bullet's
        # line wrapped by hand, …不在校门口违停，高三 / （2）班等毕业班学生早自习提前至7:00开始)
    number, previous = _item_number(line), _item_number(before.lstrip())
    if number is not None and previous is not None and number == previous + 1:
        return True     # (the next item: 一、一季度工作 then 二、二季度工作)
    return _PROSE_ITEM.match(line) is None and (
        _LIST_ITEM.match(before.lstrip()) is not None or len(before.strip()) <= SHORT_LINE)


#: whom a notice or a letter addresses, on a line of its own (全体班主任:, 各位家长：, 尊敬的读者朋友：,
#: 各县（市、区）教育局：; not 各县市区要在月底前完成以下工作：, 主要内容如下：)
_ADDRESSEES = re.compile(r"(?!.*(?:以下|如下))(?:(?:全体|尊敬的|亲爱的)[^\s，。；：！？,;:!?]{1,8}"
                         r"|各?[^\s，。；：！？,;:!?]{0,12}(?:同志们?|家长们?|老师们?|同学们?|朋友们?|班主任|单位|部门|居民"
                         r"|村民|职工|员工|师生|教职工|会员|市民|读者|委员|代表|乡镇|街道|社区|学校|政府|机关|企业|医院|学院|中心"
                         r"|局|委|办|公司|所|队|站|院))[：:]")
#: what a title quotes, its marks none of its own (举行“缅怀革命先烈，争当新时代好少年”…的通知)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|《[^》]*》|（[^）]*）|\([^)]*\)")
#: what ends a notice's title (关于…的通知, …倡议书), with no mark after it
_A_NOTICES_TITLE = re.compile(r"(?:通知|通告|公告|倡议书|决定|邀请函|感谢信|公开信|启事)\s*$")


def _an_initial(line: str, before: str) -> bool:
    """Does ``line`` start with a name's initial, not a lettered item: a letter past A and a dot
    before the characters of a foreign name, the item before it not the letter before (C.罗纳尔多;
    not A.安全带随时系好, nor C.疲劳驾驶 after B.…)?"""
    lead = line.lstrip()
    return (lead[1:2] in (".", "．") and lead[:1] != "A" and lead[2:3] in TRANSLITERATION
            and _item_number(before.lstrip()) != ord(lead[0]) - ord("A"))


#: a line this short (characters) ends where it ends: a heading (报名条件), not a line of a
#: paragraph wrapped by hand
SHORT_LINE = 16


_MID_SENTENCE = re.compile(r"[，、,（(“‘《]\s*$")
#: an itinerary's day at a line's start (Day 1:, D2：, 第三天：), a head of its own
DAY_HEAD = re.compile(r"\s*(?:Day\s?\d{1,2}|D\d{1,2}|第[一二三四五六七八九十\d]{1,3}天)\s*[:：]")
_SENTENCE_MARKS = re.compile("[，。；！？,;!?]")
#: a dateline ending in 电 or 讯, an agency's or a paper's, with no credit in brackets after it
#: (新华社北京7月23日电, 本报讯; not 消防队员闻讯, 学校已于3月15日电 / 话通知…)
_DATELINE_ALONE = re.compile(r"\s*[●■◆▪▶]?\s*据?(?:本报|本刊|本台|[\u4e00-\u9fff]{1,8}(?:社|报|网|台|客户端|新闻|APP))"
                             r"[^，。、；：！？\s（）()]{0,12}(?:\d{1,2}日电|讯)")
#: a line that starts with what no paragraph starts with: a 点号 or a closing mark
_RUNS_ON = re.compile(r"\s*[，。、；：！？,.;:!?”’）)」』】》〉]")


#: Chinese text wrapped after an ASCII mark that follows a figure or a code ending in one, typed
#: solid after Han (…的新机是小米12, / 4nm工艺…): the mark is the Chinese sentence's, no space
#: after it (which would read as Latin text's, 12, 4nm, and keep it half width); not after a
#: word, 说Hello, / world是, English wrapped)
_WRAPPED_AFTER_MARK = re.compile(r"[\u4e00-\u9fff][!-~]{0,30}[0-9][,;:]$")
_RESUMES_SOLID = re.compile(r"[!-~]{1,30}[\u4e00-\u9fff]")


def _join_lines(lines: list[str], first: int, moved: list | None = None) -> tuple[str, tuple]:
    """Soft-wrapped lines of one paragraph, the first on line ``first`` of the file: joined
    without a space between Chinese text; and where each starts (``Paragraph.starts``).
    ``moved``: for each line, None or where a comment taken out of it moved its text
    (``_without_comments``: (index now, shift) pairs)."""
    text, starts = "", []
    for n, line in enumerate(lines):
        lead = len(line) - len(line.lstrip()) if n else 0
        line = line.strip() if n else line.rstrip()
        solid = _WRAPPED_AFTER_MARK.search(text) and _RESUMES_SOLID.match(line)
        if text and line and (text[-1].isascii() and line[0].isascii() and not solid
                              or _LONE_BULLET.fullmatch(text)):
            text += " "     # (and after a bullet on a line of its own: - / 错判病种 -> - 错判病种)
        elif n == 1 and line and _DATELINE_ALONE.fullmatch(text.strip()) and not _RUNS_ON.match(line) \
                and line[0] not in "（(":
            text += "\u3000"    # (a dateline on a line of its own runs on after a 一字空: 新华社北京7月23日电
            # / 多家日本媒体… -> 新华社北京7月23日电　多家日本媒体…; after its credit's bracket, solid)
        shifts = moved[n] if moved and moved[n] else ((0, 0),)
        base = len(text)
        shift = [d for at, d in shifts if at <= lead][-1]
        starts.append((base, first + n, lead + shift + 1))
        starts.extend((base + at - lead, first + n, at + d + 1) for at, d in shifts if at > lead)
        text += line
    return text, tuple(starts)
