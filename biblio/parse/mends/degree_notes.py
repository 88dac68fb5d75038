"""Mends of a thesis's school after its degree: the RAS's and IOP's ``Title, PhD thesis, Université de
Grenoble.`` (the APS's ``Title, Ph.D. thesis, University of Lille, 2008.``) with the school read as a note."""

from __future__ import annotations

import re
from dataclasses import replace

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import links_start
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_DEGREE_WORK = lazy_pattern(r"(?i).*\b(?:thesis|dissertation|diss\.)\W*")
# a school's name: capitalised words, no numbers ("Université Paris sciences et lettres")
_SCHOOL = lazy_pattern(r"[^\W\d_][^\d()\[\]]{2,}?[.,]?")


@needs(labels=("genre", "note"))
def school_note_after_degree(spans: list[Span], text: str) -> list[Span]:
    """``Jiang, H., 2019. Title, PhD thesis, Université Paris sciences et lettres.`` with the university
    read as a note: the name that closes the reference after the degree (before its year, if any) is the
    school, the publisher."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label != "genre" or t.label != "note" or not _DEGREE_WORK.fullmatch(s.text):
            continue
        # the name closes the reference, or only the year follows it (the APS's "…, University of Lille, 2008.")
        closing = not text[t.end :].strip() or all(o.label == "date" for o in spans[k + 2 :])
        if not closing or not t.text[:1].isupper() or not _SCHOOL.fullmatch(t.text.strip()):
            return spans
        return [*spans[: k + 1], replace(t, label="publisher"), *spans[k + 2 :]]
    return spans


# a degree's abbreviation before its work ("D. Phil. thesis", "Ph. D. dissertation", "MSc thesis"), or MLA's and
# Scholar's "Diss." alone
DEGREE_ABBREVIATION = r"(?:D\.\s?Phil|Ph\.\s?D|M\.\s?Phil|M\.\s?Sc|M\.\s?A|B\.\s?A)\.?|DPhil|PhD|MPhil|MSc|MA|MS|BA"
DEGREE_WORK = (
    rf"(?:(?:{DEGREE_ABBREVIATION}|Doctoral|Master['\u2019]?s|Bachelor['\u2019]?s|Honours)\s+)"
    r"(?:[Tt]hesis|[Dd]issertation)|Diss\b\.?"
)
# a thesis's kind before its school ("PhD Thesis (University of Oxford)", "DPhil, University of Oxford", "PhD
# diss. (…)", "Unpublished master's thesis (…)")
DEGREE_KIND = (
    rf"(?:[Uu]npublished\s+)?(?:{DEGREE_WORK}|(?:[Mm]aster['\u2019]?s|[Dd]octoral|{DEGREE_ABBREVIATION})\s+"
    r"(?:thesis|dissertation|diss\.)"
    rf"|[Tt]hesis|[Dd]issertation)|(?:{DEGREE_ABBREVIATION})"
)
_ABBREVIATION_ALONE = lazy_pattern(rf"(?P<lead>[\s(\[]*)(?:{DEGREE_ABBREVIATION})\s*")
_ABBREVIATION_CLOSING = lazy_pattern(rf"\s+(?P<abbreviation>{DEGREE_ABBREVIATION})\s*$")
_WORK_AFTER = lazy_pattern(r"^[.\s]*(?:thesis|dissertation)\b", re.I)
# the degree closing a title after its stop ("Title. D. Phil. thesis.", "Title. Diss."), in a bracket ("Title
# (Diss)"), or after a space alone where a bracketed imprint follows (IOP's "Title PhD thesis (Place: School)",
# "Title dissertation (…)")
_TITLE_DEGREE = lazy_pattern(
    rf"(?:(?P<stop>[.,;]\s+)|\s*\(|\s+)(?P<degree>{DEGREE_WORK}|(?<=\s)(?:thesis|dissertation))\)?[.,;]?\s*$"
)
_DEGREE_HOLDERS = frozenset(["translator", "editor", "author", "note", "other"])


@needs(labels=["genre"])
def degree_abbreviation_before_work(spans: list[Span], text: str) -> list[Span]:
    """``“Title.” D. Phil. thesis, Oxford.`` with the degree's abbreviation read as a translator or a name
    (``D. Phil``) and the work alone as the genre: the two are the genre."""
    for k in range(len(spans) - 1):
        s, work = spans[k], spans[k + 1]
        if work.label == "genre" and s.label == "title" and (tail := _ABBREVIATION_CLOSING.search(s.text)):
            # IOP's "Title D. Phil | . thesis (Oxford)": the title's last words are the degree's
            if not _WORK_AFTER.match(text[s.end : work.end]) or len(s.text[: tail.start()].split()) < 2:
                continue
            a = s.start + tail.start("abbreviation")
            title = Span("title", s.text[: tail.start()], s.start, s.start + tail.start(), s.confidence)
            merged = Span("genre", text[a : work.end], a, work.end, min(s.confidence, work.confidence))
            return [*spans[:k], title, merged, *spans[k + 2 :]]
        if work.label != "genre" or s.label not in _DEGREE_HOLDERS:
            continue
        m = _ABBREVIATION_ALONE.fullmatch(s.text)
        if m is None or not _WORK_AFTER.match(text[s.end : work.end]) or text[s.end : work.start].strip(" ."):
            continue
        a = s.start + m.end("lead")  # (the bracket that opens a note's "(D. Phil. thesis, Oxford, 1994)" stays out)
        merged = Span("genre", text[a : work.end], a, work.end, min(s.confidence, work.confidence))
        return [*spans[:k], merged, *spans[k + 2 :]]
    return spans


_IMPRINT_AFTER = frozenset(["location", "publisher", "date", "genre", "url", "note"])


@needs(labels=["title"], without=["genre", "journal", "container-title"])
def degree_closing_title(spans: list[Span], text: str) -> list[Span]:
    """``Procopius and the Persian Wars. D. Phil. thesis. Oxford.``, ``Non-cooperative games. Diss.`` or IOP's
    ``Title PhD thesis (Place: School)`` with the degree read into the title: the degree closing the title, before
    the school or the year, is the genre. A lower-case ``thesis`` or ``dissertation`` alone after the title's last
    word is the genre only before a bracketed imprint."""
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        after = spans[k + 1 :]
        if not after or after[0].label not in _IMPRINT_AFTER:
            return spans
        m = _TITLE_DEGREE.search(s.text)
        if m is None or len(s.text[: m.start()].split()) < 2:
            return spans
        bare = not m.group("stop") and m.group("degree") in ("thesis", "dissertation")
        if bare and not text[s.end :].lstrip().startswith("("):
            return spans
        a, z = s.start + m.start("degree"), s.start + m.end("degree")
        head = s.text[: m.start()]
        return [
            *spans[:k],
            Span("title", head, s.start, s.start + len(head), s.confidence),
            Span("genre", text[a:z], a, z, s.confidence),
            *after,
        ]
    return spans


# "Ph.D. Thesis, The Hebrew University of Jerusalem,": the degree's work and the school after its comma
_DEGREE_THEN_SCHOOL = lazy_pattern(rf"(?P<degree>{DEGREE_WORK})\s*,\s+(?P<school>[A-Z][^\d()\[\]]{{2,}}?)[.,]?\s*")


@needs(labels=["note"], without=["genre", "publisher"])
def degree_and_school_note(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``Title. Ph.D. Thesis, The Hebrew University of Jerusalem, 2020.`` with the degree and the school
    read as one note: the degree is the genre and the school, closing the reference before its year, the
    publisher."""
    for k, s in enumerate(spans):
        if s.label != "note":
            continue
        m = _DEGREE_THEN_SCHOOL.fullmatch(s.text)
        if m is None or not all(o.label == "date" for o in spans[k + 1 :]) or text[spans[-1].end :].strip(" ."):
            continue
        d, n = m.span("degree"), m.span("school")
        new = [
            Span("genre", m["degree"], s.start + d[0], s.start + d[1], s.confidence),
            Span("publisher", m["school"], s.start + n[0], s.start + n[1], s.confidence),
        ]
        return [*spans[:k], *new, *spans[k + 1 :]]
    return spans


# Elsevier's Harvard "(Ph.D. thesis). Structural Engineering, University of Catania (in Italian).": the field or
# department, a comma, the school (a name with a school's word), maybe its town and the work's language in brackets
_FIELD_THEN_SCHOOL = lazy_pattern(
    r"\s*(?P<field>[A-Z][^\d,;:()\[\]]{2,60}?)\s*,\s*"
    r"(?P<school>(?:[^\W\d_][^\d,;:()\[\]]*?\s)?(?:Universit|Univ\.|Institut|College|Polytechn|Politecnico|Hochschule)"
    r"[^\d,;:()\[\]]*?)(?:\s*,\s*(?P<place>[A-Z][^\d,;:()\[\]]{1,40}?))?\s*(?:\(\s*in\s+[A-Z][a-z]+\s*\))?\s*\.?\s*"
)
_SCHOOL_WORD = lazy_pattern(r"\b(?:Universit|Univ\.|Institut|College|Polytechn|Politecnico|Hochschule)")
_FIELD_HOLDERS = frozenset(["note", "location", "publisher", "other"])


@needs(labels=["genre"], words=("thesis", "dissertation"))
def field_before_school_after_degree(spans: list[Span], text: str) -> list[Span]:
    """``Title (Ph.D. thesis). Civil Engineering, University of Minho.`` with the school read as a note, or the
    field before it as a place: after the degree closing its bracket, the words before the comma are the field
    (a note) and the name with a school's word after it, closing the reference, is the publisher (a town after it
    the place)."""
    for k, s in enumerate(spans):
        if s.label != "genre" or not s.text.lstrip().startswith("(") or not _DEGREE_WORK.fullmatch(s.text):
            continue
        core = links_start(spans, k + 1)
        rest, links = spans[k + 1 : core], spans[core:]  # (a link or an access date may close the reference)
        if not rest or any(o.label not in _FIELD_HOLDERS for o in rest):
            return spans
        a = rest[0].start
        m = _FIELD_THEN_SCHOOL.fullmatch(text, a, links[0].start if links else len(text))
        if m is None or _SCHOOL_WORD.search(m["field"]):
            return spans
        conf = min(o.confidence for o in rest)
        field = Span("note", m["field"], m.start("field"), m.end("field"), conf)
        found = [field, Span("publisher", m["school"], m.start("school"), m.end("school"), conf)]
        if m["place"]:
            found.append(Span("location", m["place"], m.start("place"), m.end("place"), conf))
        end = m.end("place") if m["place"] else m.end("school")
        return [*spans[: k + 1], *found, *(o for o in rest if o.start >= end), *links]
    return spans
