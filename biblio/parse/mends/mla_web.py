"""Mend of MLA 9's web source: ``"Title." Website, Publisher, 10 Jan. 2023, en.wikipedia.org/wiki/….``

After a quoted title MLA lists the page's container, then its publisher where that differs from the
site's name, then the date and the address, each closed by a comma. The model reads the site and the
publisher as one span (a journal or a publisher), and leaves an address without a scheme in a note.
Where the whole rest of the reference has that form, the first comma part is the site (the
container), a second one the publisher, and the address runs whole to the closing full stop.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import ENGLISH_MONTH, SITE_DOMAIN
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# MLA's dates: "10 Jan. 2023", "Sept. 2020", "2019"; a Chicago note's "*Magazine,* June, 2009" (its comma
# inside the italics)
_DATE = rf"(?:(?:\d{{1,2}}\s+)?{ENGLISH_MONTH},?\s+)?\d{{4}}"
_ADDRESS = r"(?:https?://\S+?|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*?)?)"
# the date may be wanting (a documentation page: ``"Switch." *A Tour of Go*, go.dev/tour/flowcontrol/9.``), and
# the editors of a forum's answer come first (``Edited by Nik and Fuz, *Stack Overflow*, 22 July 2014, …``)
_WEB_TAIL = lazy_pattern(
    rf"(?:\s*(?P<role>Edited\s+by\s+[^,\"“”]+?),)?"
    rf"(?P<parts>[^\"“”]+?)(?:,|(?<=,[*_]))\s+(?:(?P<date>{_DATE}),\s+)?(?P<url>{_ADDRESS})\.?"
    rf"(?:\s+(?P<accessed>Accessed\s+{_DATE}\.?))?\s*",
    re.I,
)
# a part that is a locator or a contributor, not a site or a publisher: another form of reference
_NO_SITE = lazy_pattern(r"^(?:vols?|no|nos|pp?|ed|eds|edited|translated|directed|season|episode)\b|\b\d+\b", re.I)
_QUOTED = lazy_pattern(r"^[\"“].*[\"”]$", re.S)
_EMPHASIS = lazy_pattern(r"(?<!\w)([*_])(?!\s)[^*_]+?\1(?!\w)")
_PART_END = lazy_pattern(r",|(?<=[*_])\.(?=\s)")
_READ_AS_SITE = frozenset(["journal", "container-title", "publisher", "source", "location", "note"])


def _read_as_site(s: Span) -> bool:
    # a site named by its domain ("martinfowler.com,") read as a genre: the name is no kind of work
    return s.label in _READ_AS_SITE or s.label == "genre" and SITE_DOMAIN.match(s.text.strip(" ,.")) is not None


def _parts(text: str, a: int, z: int) -> list[tuple[int, int]]:
    """The parts of ``text[a:z]`` as offsets, each without its spaces: a comma parts them, and so does
    the full stop after an italic site (``*Wikipedia*. Wikimedia Foundation``)."""
    out: list[tuple[int, int]] = []
    # a comma inside an italic run is the name's own (``*Conference on Computer, Information …*``)
    plain = _EMPHASIS.sub(lambda r: r[0][0] + "x" * (len(r[0]) - 2) + r[0][-1], text[:z] + ",")
    for m in _PART_END.finditer(plain, a):  # the closing comma ends the last part
        part = text[a : m.start()]
        out.append((a + len(part) - len(part.lstrip()), a + len(part.rstrip())))
        a = m.end()
    return out


# "YouTube, uploaded by National Geographic,": who put the video on the site, no publisher of it
_UPLOADER = lazy_pattern(r"(?:uploaded|posted)\s+by\s", re.I)
_ROLE_WORD = lazy_pattern(r"\b(?:eds?|editors?|edited)\b", re.I)


@needs(labels=["editor"], words=("uploaded by", "posted by"))
def uploader_read_as_editor(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``YouTube, | uploaded by Eric Kerr, | 26 Sept. 2014,`` with the uploader read as an editor: who put
    a video on a site edited nothing; the statement is a note."""
    out = [
        Span("note", s.text, s.start, s.end, s.confidence) if s.label == "editor" and _UPLOADER.match(s.text) else s
        for s in spans
    ]
    return spans if all(a is b for a, b in zip(out, spans, strict=True)) else out


def _italic(text: str) -> bool:
    return len(text) > 2 and text[0] in "*_" and text[-1] == text[0]


@needs(labels=["title"], without=["volume", "issue"])
def web_source_parts(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``"Title." Site, Publisher, 5 Mar. 2021, www.….`` with the site and publisher read as one span, or
    the site read as a producer or an editor, or the address run into the site where no date comes between."""
    k = next((i for i, s in enumerate(spans) if s.label == "title"), -1)
    # (the names' full stop may open the title's span: ". “Title.”")
    if k < 0 or k + 1 >= len(spans) or not _QUOTED.match(spans[k].text.strip().lstrip(". ")):
        return spans
    m = _WEB_TAIL.fullmatch(text, spans[k].end)
    if m is None:
        return spans
    parts = _parts(text, *m.span("parts"))
    if not 1 <= len(parts) <= 2 or any(a >= z or _NO_SITE.search(text[a:z]) for a, z in parts):
        return spans
    if "(blog)" in text[parts[-1][0] : parts[-1][1]]:
        return spans  # Chicago's "Matthew Lincoln, PhD (blog)": one blog's name, its comma its own
    # the site in italics is MLA's own mark: then no other reading of the tail stands against it
    if not _italic(text[slice(*parts[0])]) and any(
        s.label not in ("date", "url", "accessed") and not _read_as_site(s) for s in spans[k + 1 :]
    ):
        return spans
    if m.group("role") and not _italic(text[slice(*parts[0])]):
        return spans
    # with no date the form is MLA's only where its marks say so: the title's own full stop inside the quotes
    # (Chicago's note closes it on a comma: "“Title,” School, University, http://…"), one site or an italic one
    if not m.group("date") and (
        spans[k].text.rstrip()[-2:-1] not in (".", "?", "!") or len(parts) > 1 and not _italic(text[slice(*parts[0])])
    ):
        return spans
    c = min(s.confidence for s in spans[k + 1 :])
    new = [Span("editor", m.group("role"), *m.span("role"), c)] if m.group("role") else []
    new += [
        Span("note" if _UPLOADER.match(text, a) else label, text[a:z], a, z, c)
        for label, (a, z) in zip(("container-title", "publisher"), parts, strict=False)
    ]
    if m.group("date"):
        new.append(Span("date", m.group("date"), *m.span("date"), c))
    new.append(Span("url", m.group("url"), *m.span("url"), c))
    if m.group("accessed"):
        new.append(Span("accessed", m.group("accessed"), *m.span("accessed"), c))
    head = spans[: k + 1]
    if m.group("role") and k == 1 and head[0].label == "editor" and not _ROLE_WORD.search(head[0].text):
        # the names before the title, with the editors named after it by "Edited by": the authors
        head = [Span("author", head[0].text, head[0].start, head[0].end, head[0].confidence), head[1]]
    return [*head, *new]
