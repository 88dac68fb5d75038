"""An agency's series of reports and a report's code after the imprint: ``… Technical Report, EPA/600/R-14/338``."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

# the body's kind of report, opening a sentence, then its code of letters, digits and slashes (and maybe the work's
# length): "U.S. Environmental Protection Agency Technical Report, EPA/600/R--00/057, 200p."
_SERIES_CODE = lazy_pattern(
    r"(?<=[.:]\s)(?P<series>(?:[A-Z](?:[\w-]+|\.(?:[A-Z]\.)*)\s+){0,8}"
    r"(?:Technical|Research|Internal|Open-File)\s+(?:Report|Paper|Note)),\s*"
    r"(?P<code>[A-Z]{2,}[/ ]?\d{1,4}/[\w/-]*\d[\w/-]*)(?P<extent>,\s*\d{1,5}\s?p{1,2}\.?)?\.?\s*$"
)


@needs(marks=("Report, ", "Paper, ", "Note, "))
def report_code_after_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Cincinnati, OH: U.S. Environmental Protection Agency. U.S. Environmental Protection Agency Technical Report,
    EPA/600/R--00/057, 200p.`` with the report's code read as a journal, a volume and pages: the body's series and
    the code close the reference after its imprint; they name the report's number, no periodical, so they are a
    note, the count of pages after them the page, and the imprint before them stays as read."""
    m = _SERIES_CODE.search(text)
    if m is None:
        return spans
    a = m.start("series")
    out: list[Span] = []
    for s in spans:
        if s.end <= a:
            out.append(s)
        elif s.start < a:
            head = text[s.start : a].rstrip(" .,")
            if head:
                out.append(Span(s.label, head, s.start, s.start + len(head), s.confidence))
    z = m.end("code")
    out.append(Span("note", text[a:z], a, z, 1.0))
    if m["extent"]:  # the report's count of pages, its page (as the labelled data store it)
        c = m.start("extent") + len(m["extent"]) - len(m["extent"].lstrip(" ,"))
        out.append(Span("pages", text[c : m.end("extent")], c, m.end("extent"), 1.0))
    return out


# "… Rep. No. UCB" closing a span: a report's number cut at its first slash
_NUMBER_HEAD_CLOSES = lazy_pattern(r"\bNo\.\s*[A-Z]{2,6}$")
# the report's kind before its number ("Research Rep. No.", "Report No."): a report, never a periodical
_REPORT_KIND = lazy_pattern(r"\b(?:Rep\.|Report)\s+No\.")
# "/GE-2003/01, Univ. of California,": the number's rest, its comma, then the body
_NUMBER_REST_OPENS = lazy_pattern(r"^/[\w/-]*\d[\w/-]*,\s*(?=\S)")


@needs(marks=["No."])
def report_number_cut_at_slash(spans: list[Span], text: str) -> list[Span]:
    """``Research Rep. No. UCB/GE-2003/01, Univ. of California, Berkeley`` with the number cut at its slash and its
    rest read with the body after it: the number is whole in the span that names the report (the report's kind,
    never a journal), the body its own."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if not nxt.text.startswith("/") or nxt.start != s.end or _NUMBER_HEAD_CLOSES.search(s.text) is None:
            continue
        m = _NUMBER_REST_OPENS.match(nxt.text)
        if m is None:
            continue
        z = nxt.start + m.end()
        label = "genre" if s.label in ("journal", "container-title") and _REPORT_KIND.search(s.text) else s.label
        head = Span(label, text[s.start : z], s.start, z, s.confidence)
        rest = Span(nxt.label, nxt.text[m.end() :], z, nxt.end, nxt.confidence)
        return [*spans[:k], head, rest, *spans[k + 2 :]]
    return spans
