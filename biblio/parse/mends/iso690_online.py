"""ISO 690 (ČSN ISO 690 and the standards after it) citing an item online: ``Title. Site [online].
Publisher, 2024-01-09 [cit. 2024-01-13]. Dostupné online.``

The words after the title's last full stop and before ``[online]`` name the site or periodical that
holds the item (its container); after the bracket come the publisher (before a comma) and the date of
publication, then the bracketed access date (read by ``dates.bracketed_access_apart``).  Where a
question mark or no stop comes before the bracket, the bracket closes the item's own title and no
container is named.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import replaced
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# after a word's full stop: a short plain name (a domain such as "domov.sme.sk" keeps its dots; no emphasis,
# which marks a title), then ISO 690's lower-case bracket ("[Online]" after an italic title is Harvard's), then
# the imprint: a place (with its country after a comma: "New York, USA") and its colon, the publisher, the date
_ONLINE = lazy_pattern(
    r"(?<=[^\W\d_]\.\s)(?P<container>(?:[^.\[\]\s*_\ue000\ue001]|\.(?=\S)|\s(?=[^\[\s]))+?)\s*\[online\]\.?\s*"
    r"(?:(?:(?P<place>[^\W\d_][^:,\[\]\d]*?(?:,\s*[^\W\d_][^:,\[\]\d]*?)?):\s+)?"
    r"(?P<publisher>[^\W\d_][^,\[\]]*?)(?:,\s*|\s+(?=\[)))?"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\.\s*[^\W\d_]+\s+\d{4}|\d{4})?"
)
_MAX_WORDS = 6


@needs(marks=["[online]"])
def online_container(spans: list[Span], text: str) -> list[Span]:
    """``… kúpil. domov.sme.sk [online]. 2024-01-09 [cit. …]`` with the site read into the title: the
    name before ``[online]`` is the container, and the publisher and date after it are read as such."""
    if "[online]" not in text:
        return spans
    m = _ONLINE.search(text)
    if m is None or len(m.group("container").split()) > _MAX_WORDS:
        return spans
    # (right after ISO 690's names, "NOVÁK, Petr. Title [online].", the words before the bracket are the item's
    # own title: an item with an author names its site after the bracket, or none)
    own = _after_names(spans, m.start("container"))
    new = [Span("title" if own else "container-title", m.group("container"), m.start("container"), m.end("container"))]
    for label, group in (("location", "place"), ("publisher", "publisher"), ("date", "date")):
        if m.group(group):
            new.append(Span(label, m.group(group), m.start(group), m.end(group)))
    out = replaced(spans, text, m.start("container"), m.end(), new)
    return out if any(s.label == "title" for s in out) else _title_before(out, text, m.start("container"))


def _after_names(spans: list[Span], start: int) -> bool:
    """Whether only names, opening on a family name in capitals and its comma (``BURIN, Jürgen et al.``), were
    read before ``start``, and nothing between them and it."""
    before = [s for s in spans if s.start < start]
    if not before or any(s.label != "author" or s.end > start for s in before) or start - before[-1].end > 1:
        return False
    family, comma, _rest = before[0].text.lstrip().partition(",")
    return bool(comma) and len(family) > 1 and family.isupper()


def _title_before(spans: list[Span], text: str, container: int) -> list[Span]:
    """No title left: the names read before the site hold it (``UCL. Visit of Slovak Prime Minister.``
    read as one author): after their last full stop, or all of them, is the title."""
    before = [k for k, s in enumerate(spans) if s.end <= container and s.label == "author"]
    if not before:
        return spans
    k = before[-1]
    s = spans[k]
    cut = s.text.rstrip(" .").rfind(". ")
    if cut < 0:
        return [*spans[:k], Span("title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    head = Span("author", s.text[: cut + 1], s.start, s.start + cut + 1, s.confidence)
    title = Span("title", s.text[cut + 2 :], s.start + cut + 2, s.end, s.confidence)
    return [*spans[:k], head, title, *spans[k + 1 :]]



# ISO 690's words announcing the address, Czech and Slovak ("Dostupné online:", "Dostupné z:", "Dostupný na:"),
# then the address
_ACCESS_THEN_ADDRESS = lazy_pattern(r"\s*Dostupn[éýá]\s+(?:online|z|na)\s*:\s*(?=https?://|www\.)")
# ISO 690's author, the family name in capitals before a comma ("NOVÁK, Jan."): a name, whatever follows
_CAPITALS_FAMILY = lazy_pattern(r"[^\W\d_a-zà-ž]{2,}(?:[\s-][^\W\d_a-zà-ž]{2,})*,")


@needs(labels=["author", "url"], without=["title", "date"], words=["dostupn"])
def title_alone_before_access(spans: list[Span], text: str) -> list[Span]:
    """``Historie obce. Dostupné online: https://…`` (an item of no author and no date, its title alone before the
    words that announce its address) read as an author's name: the one sentence is the title, and the
    announcing words go into no field."""
    if not 2 <= len(spans) <= 3 or any(s.label in ("title", "date") for s in spans):
        return spans
    first, last = spans[0], spans[-1]
    if first.label != "author" or last.label != "url" or not first.text.rstrip().endswith("."):
        return spans
    m = _ACCESS_THEN_ADDRESS.match(text, first.end)
    if m is None or _CAPITALS_FAMILY.match(first.text) or not last.start <= m.end() < last.end:
        return spans
    # a middle span only of the announcing words ("Dostupné online:"), which no field holds
    if len(spans) == 3 and not (first.end <= spans[1].start and spans[1].end <= m.end()):
        return spans
    return [Span("title", first.text, first.start, first.end, first.confidence), last]
