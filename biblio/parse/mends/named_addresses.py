"""A web page or resource named in a few words, then its address: the words are its title."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.colon_bodies import dated_body_head
from biblio.parse.mends.gated import needs
from biblio.parse.mends.person_year_colons import person_before_year_colon
from biblio.parse.normalisers.dates import month_number
from biblio.parse.spans import Span

# the whole reference: a name of one sentence (no full stop inside, no comma, no quotes, no markup), an optional
# colon or opening bracket, the address, then an optional remark in brackets: "EU Taxonomy Regulation: https://…",
# "WHO indicator definition (http://…)", "Climatiq API: https://www.climatiq.io/ (emissions factors)"
_NAMED = lazy_pattern(
    r"(?P<name>[^\W\d_](?:[^.,;\"“”‘’*_\[\]]|\.(?!\s)){0,118}?)(?P<stop>\.?)\s*(?::|\()?\s*"
    r"(?P<url>(?:https?://|www\.)[^\s()<>]+(?:\([^\s()]*\)[^\s()<>]*)*?)\)?\.?"
    r"(?:\s+\((?P<remark>[^()]{1,60})\))?\s*"
)
# a date the name gives in brackets: "ISO/IEC 21031:2024 (published March 2024)", "(ratified December 2024)"
_DATED = lazy_pattern(
    r"\s*\((?:published|ratified|adopted|released)\s+(?P<date>[^()]{0,20}\d{4})\)\s*$"
    # a full date closing the name, as a wiki's notes date a post after its linked title ("Re: X is painful 15 Nov
    # 1996", "An LBX Postmortem 2001-1-24"): a day, a month and a year date it, where a year alone may name it
    r"|\s+(?P<day>\d{1,2}\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d-[01]?\d-[0-3]?\d)\s*$"
)
# two words may be a person's name; a lower-case word, a digit or a word in capitals says it is none
_NOT_JUST_A_NAME = lazy_pattern(r"\b(?:[a-z]\w*|\w*\d\w*|[A-Z]{2,}\w*)\b")


@needs(labels=["url"], marks=("http", "www."))
def name_then_address(spans: list[Span], text: str) -> list[Span]:
    """``EU Taxonomy Regulation: https://…``, ``SCI GitHub Repository: https://github.com/…``, ``Global status report
    on road safety 2018 (https://…)``: a reference that is nothing but a name of a few words and an address names the
    page or resource at the address, so the words are its title however the model read them (an author, a
    publisher, a journal and volume, a note); a year among them is part of the name, a remark in brackets after
    the address a note."""
    lead = spans[0] if spans and spans[0].label == "citation-number" else None
    start = lead.end if lead is not None else 0
    m = _NAMED.fullmatch(text, start) if start < len(text) else None
    words = len(m.group("name").split()) if m else 0
    if m is None or words > 14 or words < 3 and not _NOT_JUST_A_NAME.search(m.group("name")):
        return spans
    if person_before_year_colon(text[start:].lstrip()) is not None:
        return spans  # "Immanuel Kant (1781): Title. https://…": an author, a date and a title, not one name
    name_start, name_end = m.start("name"), m.end("name")
    out: list[Span] = [lead] if lead is not None else []
    if (head := dated_body_head(m.group("name"))) is not None and head.end() < len(m.group("name")):
        # "Deutsche Rentenversicherung (2024): Rentenversicherungsbericht https://…": the body, its year, the title
        out.append(Span("author", head["body"], name_start, name_start + head.end("body"), 1.0))
        out.append(Span("date", head["year"], name_start + head.start("year"), name_start + head.end("year"), 1.0))
        name_start += head.end()
    dated = _DATED.search(m.group("name"))
    if dated is not None and dated.group("month") and month_number(dated.group("month")) is None:
        dated = None  # a capitalised word that names no month: no day
    if dated is not None:
        key = "date" if dated.group("date") else "day"
        name_end = name_start + dated.start()
        out.append(Span("title", text[name_start:name_end], name_start, name_end, 1.0))
        out.append(Span("date", dated.group(key), m.start("name") + dated.start(key),
                        m.start("name") + dated.end(key), 1.0))
    else:
        out.append(Span("title", text[name_start:name_end], name_start, name_end, 1.0))
    out.append(Span("url", m.group("url"), m.start("url"), m.end("url"), 1.0))
    if m.group("remark"):
        out.append(Span("note", m.group("remark"), m.start("remark"), m.end("remark"), 1.0))
    return out
