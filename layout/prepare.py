"""Between load and place: normalise the copy, check that the fonts cover it, and read the
photos' headers. Returns a new ``Page`` (the model stays frozen) and the findings.

* every text goes through ``normalize`` and each change becomes an ``info`` finding;
* every character must be in the face that sets it, else ``MissingGlyphError`` naming the
  character, its code point, the file and the line (all of them reported together);
* photos are opened (header only) to learn their pixel size after EXIF rotation; a file
  that is not a readable image is an input error naming the story and the line.
"""
from __future__ import annotations

from dataclasses import replace

from .errors import Finding, InputErrors, LayoutError
from .fonts import FontSet, check_coverage
from .model import Page, Paragraph, Photo, Section, Story
from .normalize import normalize

#: which face sets which field (see place/styles.py).
STORY_FACES = {"title": "hei", "unit": "hei", "kicker": "kai", "subtitle": "kai", "byline": "kai"}


class _Prep:
    def __init__(self, fonts: FontSet):
        self.fonts = fonts
        self.findings: list[Finding] = []
        self.errors: list[LayoutError] = []

    def text(self, text: str, role: str, *, file: str, line: int, field: str, story: str = "") -> str:
        if not text:
            return text
        new, changes = normalize(text)
        for ch in changes:
            self.findings.append(Finding("info", "normalised", f"{field}: {ch.describe()}", story=story or None,
                                         file=file, line=line, extra={"offset": ch.offset, "rule": ch.rule}))
        try:
            check_coverage(self.fonts.face(role), new, file=file, line=line, field=field)
        except LayoutError as exc:
            self.errors.append(exc)
        return new


def prepare(page: Page, fonts: FontSet) -> tuple[Page, list[Finding], dict]:
    """Normalised page, findings, and ``{photo path: (width, height)}``."""
    prep = _Prep(fonts)
    yaml_file = f"{page.name}/page.yaml"
    h = page.headline
    headline = replace(h, kicker=tuple(prep.text(k, "kai", file=yaml_file, line=0, field="headline.kicker")
                                       for k in h.kicker),
                       title=prep.text(h.title, "hei", file=yaml_file, line=0, field="headline.title"),
                       subtitle=prep.text(h.subtitle, "kai", file=yaml_file, line=0, field="headline.subtitle"))
    intro = _story(prep, page.intro, body_role="kai") if page.intro else None
    sections = tuple(_section(prep, s, yaml_file) for s in page.sections)
    folio = page.folio
    folio = replace(folio, **{k: prep.text(getattr(folio, k), "song" if k != "paper" else "hei", file=yaml_file,
                                           line=0, field=f"folio.{k}")
                              for k in ("paper", "page_name", "editor", "designer", "proofreader")})
    photos = {}
    for story in ([intro] if intro else []) + _stories(sections):
        for photo in story.photos:
            size = _photo_size(prep, photo)
            if size:
                photos[str(photo.path)] = size
    if prep.errors:
        raise InputErrors(prep.errors)
    return replace(page, headline=headline, intro=intro, sections=sections, folio=folio), prep.findings, photos


def _stories(sections) -> list:
    out = []
    for s in sections:
        out.extend(s.stories)
        out.extend(_stories(s.sections))
    return out


def _section(prep: _Prep, section: Section, file: str) -> Section:
    return replace(section, banner=prep.text(section.banner, "hei", file=file, line=0, field="banner"),
                   stories=tuple(_story(prep, s) for s in section.stories),
                   sections=tuple(_section(prep, s, file) for s in section.sections))


def _story(prep: _Prep, story: Story, body_role: str = "song") -> Story:
    f = story.file
    fields = {k: prep.text(getattr(story, k), role, file=f, line=story.title_line, field=k, story=story.name)
              for k, role in STORY_FACES.items()}
    paragraphs = tuple(
        replace(p, text=prep.text(p.text, "hei" if p.subhead else body_role, file=f, line=p.source.line,
                                  field="subhead" if p.subhead else "text", story=story.name))
        for p in story.paragraphs)
    photos = tuple(
        replace(ph, caption=prep.text(ph.caption, "kai", file=f, line=ph.source.line, field="caption",
                                      story=story.name),
                credit=prep.text(ph.credit, "kai", file=f, line=ph.source.line, field="credit", story=story.name))
        for ph in story.photos)
    for ph in photos:
        if ph.caption.endswith("。"):
            prep.findings.append(Finding("warning", "caption-full-stop", "a caption does not end with 。 "
                                         "(GB/T 15834 附录A)", story=story.name, file=f, line=ph.source.line))
    return replace(story, paragraphs=_non_empty(paragraphs), photos=photos, **fields)


def _non_empty(paragraphs: tuple) -> tuple:
    return tuple(p for p in paragraphs if isinstance(p, Paragraph) and p.text)


def _photo_size(prep: _Prep, photo: Photo):
    from PIL import Image, UnidentifiedImageError
    try:
        with Image.open(photo.path) as im:
            w, h = im.size
            orientation = im.getexif().get(0x0112, 1)
            if orientation in (5, 6, 7, 8):
                w, h = h, w
            im.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        prep.errors.append(LayoutError(f"photo {photo.file!r} cannot be read: {exc}", file=photo.source.file,
                                       line=photo.source.line, field="photos.file"))
        return None
    except Image.DecompressionBombError as exc:
        prep.errors.append(LayoutError(f"photo {photo.file!r} is too large to open safely: {exc}",
                                       file=photo.source.file, line=photo.source.line, field="photos.file"))
        return None
    if w < 1 or h < 1:
        prep.errors.append(LayoutError(f"photo {photo.file!r} is empty", file=photo.source.file,
                                       line=photo.source.line, field="photos.file"))
        return None
    return (w, h)
