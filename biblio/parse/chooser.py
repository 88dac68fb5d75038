"""One reading per reference: the model's, or a structured reader's when it is the surer.

Every structured reader of ``biblio.parse.readers`` is asked; one that says "not
my style" (returns None) drops out.  A reader's record replaces the model's when
its confidence beats the model's: the model's confidence is the probability of
its labelling, lowered where the model itself read APA's shape (names, then a
date in brackets), for the APA rules know that shape exactly.  A reader's record
that shows it missed its style's structure (``Reading.misread``) or ran together
fields the model kept apart (``merged_fields``) is never taken.  The chosen record
is then scored for needs-review (``biblio.parse.review``), with the other
reading as evidence: where two readers disagree, one of them is wrong.  The
choice is measured by ``benchmarks/parse_eval.py --chooser``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from biblio.parse.assemble import assemble_mended
from biblio.parse.citation_label import number_opens_title
from biblio.parse.confidence import mended_reading, overall
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends import mend
from biblio.parse.mends.common import emphasis_runs
from biblio.parse.mends.person_year_colons import person_before_year_colon
from biblio.parse.mends.publishers import FIRM_NAME
from biblio.parse.model.labeller import Reading, default_labeller
from biblio.parse.normalisers.dates import NO_DATE_FORMS
from biblio.parse.normalisers.names import body_with_abbreviation, has_org_word, known_given, words_of_a_body
from biblio.parse.normalisers.publisher import campus_school
from biblio.parse.normalisers.record import normalise_record
from biblio.parse.readers import READERS, SHAPED
from biblio.parse.readers.apa.parser import NAME_LINKS
from biblio.parse.readers.apa.title import glossed_title
from biblio.parse.readers.base import Reading as ReaderReading
from biblio.parse.readers.closing_links import read_before_links
from biblio.parse.review import needs_review
from biblio.parse.review.lexicon import mostly_a_name
from biblio.parse.review.signals import fold, signals
from biblio.parse.spans import Span
from biblio.parse.split_journal import (
    abbreviation_cut,
    journal_as_imprint,
    journal_head_in_title,
    journal_read_as_book,
    journal_split,
)
from biblio.parse.text import sentence_end
from biblio.parse.tidy import stale_flags_dropped, tidy
from biblio.parse.tokens import Token
from biblio.records.model import NEEDS_REVIEW, UNCERTAIN_TYPE, Item, add_flag, biblio_data, flags, source_text

# "(2020", "(n.d.)" or another language's "no date" ("(z.d.)", "(u.å.)"), "(in press)" opening a span the
# model did not label a date
_BRACKETED_DATE = lazy_pattern(
    rf"\s*[(\[]\s*(?:1[5-9]\d\d|20\d\d|(?:{NO_DATE_FORMS})(?=[)\],-]|[a-z][)\]])|in press)", re.I
)
# How much of the model's confidence stands against a structured reader's.  Where the model itself
# read APA's shape, the APA reader wins unless its own doubts (no title, text left over, another
# style's cues) bring it below 0.8 of the model's confidence: on the APA manual's examples it is
# exact where the model is not, and the labelled training data hold few APA 7 references to weigh
# that by.  Elsewhere it wins only where the model is unsure (below half the reader's confidence),
# and with no doubt of its own (READER_SURE) unless the model found no title: a reader with doubts
# outside its shape is mostly wrong.
MODEL_WEIGHT_SHAPED = 0.8
MODEL_WEIGHT_OTHER = 2.0
READER_SURE = 0.9
# A reader that could not tell the type (a working paper, a thesis, an unpublished document in APA's
# opening shape) mostly misread the rest too: in the choice (not in the confidence the record
# carries) that doubt counts twice, unless the model found no title (measured on the calibration split).
UNCERTAIN_TYPE_COST = 0.15
_LEAD = ("author", "editor", "translator", "director", "producer", "citation-number")
# What may open an APA reference before its date: names, and (no author) the title; an
# organisation as author reads to the model much like a publisher.
_OPENING = _LEAD + ("title", "publisher")


# a site's address with no path, named in the author's place: "www.vic.gov.au. (2024)."
_HOST_ALONE = lazy_pattern(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.I)


def apa_shaped(reading: Reading) -> bool:
    """The model read names (or an organisation, or with no author a title) and then a date in brackets,
    or the text opens in APA's way and the model ran that date into another field (``apa_date_run_in``)."""
    for i, span in enumerate(reading.spans):
        if span.label == "date" or _BRACKETED_DATE.match(span.text):
            # (the date's opening bracket may be read into the names before it: "… Employment. (" then "2026).",
            # APA's full stop closing the date)
            # (or the stop closing a body's "Inc." before it: ". (2025, October 21")
            opened = span.text.lstrip(" .").startswith(("(", "[")) or (
                reading.spans[i - 1].text.rstrip().endswith("(") and span.text.rstrip().endswith(").")
            )
            return i > 0 and opened or apa_date_run_in(reading)
        if (
            span.label not in (_OPENING if i == 0 else _LEAD)
            and not (i == 0 and span.label == "url" and _HOST_ALONE.fullmatch(span.text.strip(" .")))
            and not _one_opening_element(reading, i)
            and not _body_read_as_journal(reading, i)
        ):
            return apa_date_run_in(reading)
    return apa_date_run_in(reading)


def _one_opening_element(reading: Reading, i: int) -> bool:
    """``U.S. Global Change Research Program (2014a).`` read as the author ``U.S.`` and a title: a title right
    after the names, before the date in brackets, with no sentence's end between them, is part of one opening
    element (a body's name), as APA writes it with no full stop before the date."""
    spans = reading.spans
    if not (i == 1 and spans[0].label in _LEAD and spans[i].label == "title" and i + 1 < len(spans)):
        return False
    date = spans[i + 1]
    if date.label != "date" or not date.text.lstrip().startswith("("):
        return False
    opening = " ".join(s.text for s in spans[: i + 1])
    if opening.rstrip(" .").endswith(")") and body_with_abbreviation(opening) is not None:
        return True  # "Ministry of Trade, Investments and Tourism (MTIT). (2026).": one body, cut at its comma
    return sentence_end(opening) < 0 and "," not in opening


def _body_read_as_journal(reading: Reading, i: int) -> bool:
    """``Athenahealth (2019). Title.``: a body's name opening the text, read by the model as a journal (or a book's
    title: ``R Core Team (2025) R: A Language …``),
    then APA's date in brackets closed by a full stop, or Harvard's with none before a title in words
    (``Independent Care Review (2021) The Promise.``); a journal's name opens no reference so (its date, when it
    follows, runs on to the volume: ``Science (1990) 250:``)."""
    spans = reading.spans
    if not (i == 0 and spans[0].label in ("journal", "container-title") and len(spans) > 2):
        return False
    name, date = spans[0].text.strip(), spans[1].text.strip()
    return (
        date.startswith("(")
        and (date.endswith(").") or date.endswith(")") and _title_not_found(spans[2:]))
        and _BRACKETED_DATE.match(date) is not None
        and name[:1].isupper()
        and sentence_end(name) < 0
        and "," not in name
    )


def _title_not_found(spans: list[Span]) -> bool:
    """Whether the spans after Harvard's date (no stop after it) open on a capital and hold no one title: the model
    ran the title into another field or split it in two, where a reading with one title read the rest as well."""
    opening = spans[0].text.lstrip()[:1]
    return opening.isalpha() and opening.isupper() and sum(s.label == "title" for s in spans) != 1


# a social-media account in brackets beside the names, part of APA's opening element: "Choles, J. J. [@jchol]. (n.d.)."
_HANDLE = r"\[@[\w.]{1,40}\]"
# APA's opening element, closed by a full stop, then its date in brackets closed by one: ``Merriam-Webster.
# (n.d.).``, ``*Tuscan white bean pasta*. (2018, February 25).`` (the title in the author's place, APA 9.12; a
# title's own question or exclamation mark closes it instead, ``*What is Copyright?* (n.d.).``, its italics'
# mark blanked before the space); a hand-written list's body (one name, no comma) before its date with no stop,
# its undated works told apart by a letter (``UNESCO (n.d.a).``, APA's ``(n.d.-b).``), a page dated by its last change
# (``CBD (edited Sep 2020).``); a day written before its month (``(2024, 27 de diciembre).``, ``(2023, 3. mars).``);
# Harvard's date, with no stop, before a title's capital
_APA_OPENING = lazy_pattern(
    rf"^(?:(?:[^()\[\]]|{_HANDLE}){{2,160}}?(?:\.\s?|[?!]\s{{0,2}})|(?:[^()\[\],]|{_HANDLE}){{2,80}}?\s)"
    rf"\((?:(?:{NO_DATE_FORMS})-?[a-z]?|(?:1[6-9]|20)\d\d[a-z]?"
    r"(?:,\s(?:\d{1,2}\.?\s(?:de\s)?)?[A-Z][a-z]+\.?(?:\s\d{1,2}(?:[-\u2013]\d{1,2})?)?)?"
    r"|(?:last\s)?(?:edited|updated|modified|revised)\s(?:[A-Z][a-z]{2,8}\.?\s)?(?:1[6-9]|20)\d\d)\)"
    # (Harvard's date has no stop after it: "Ordnance Survey (2014) OS OpenData products.")
    r"(?:\.(?:\s|$)|\s(?=(?-i:[A-Z])))",
    re.I,
)


# Cite Them Right's authorless page, its title (commas and all) before the date with no stop, then the site alone
# before the lead-in to the address: "Vaccines, how they work (2021) Health Direct. Available at:"
_HARVARD_PAGE_OPENING = lazy_pattern(
    rf"^[^()\[\]]{{2,160}}?\s\((?:(?:{NO_DATE_FORMS})|(?:1[6-9]|20)\d\d[a-z]?)\)\s"
    r"(?=[A-Z][^.()\[\]:;]{1,80}\.\s+Available\s+(?:at|from)\s*:)",
    re.I,
)
_YEAR_OPENS = lazy_pattern(r"(?:1[6-9]|20)\d\d")
# Cite Them Right's site alone between an undated page's date and the lead-in to its address
_SITE_BEFORE_ADDRESS = lazy_pattern(r"\s*[A-Z][^.()\[\]:;]{1,80}\.\s+Available\s+(?:at|from)\s*:")


# where the date's bracket opens at the latest: after an opening element of at most 160 characters, its stop
# and a space
_APA_BRACKET_LAST = 162


def _bracket_opens_early(tokens: list[Token]) -> bool:
    """Whether the first bracket of the tokens (each ``text[start:end]``) may be the ``(`` of APA's date, as
    ``_APA_OPENING`` reads it: a first look that spares most references building their text again."""
    handle = False  # (inside a bracketed account "[@name]", which the opening element holds)
    for i, token in enumerate(tokens):
        if token.start > _APA_BRACKET_LAST:
            return False
        if handle:
            handle = "]" not in token.text
            continue
        if "(" in token.text:
            return True
        if token.text == "[" and i + 1 < len(tokens) and tokens[i + 1].text == "@":
            handle = True
            continue
        if ")" in token.text or "[" in token.text or "]" in token.text:
            return False
    return False


def apa_date_run_in(reading: Reading) -> bool:
    """The text opens with one element and a bracketed date, both closed by a full stop (APA's opening), and
    the model labelled none of that date's tokens a date: it ran the date into another field (the
    dictionary entry ``Merriam-Webster. (n.d.). Culture. In *…*`` read as one container), which APA's
    rules read exactly."""
    if not _bracket_opens_early(reading.tokens):
        return False
    chars = [" "] * (reading.tokens[-1].end if reading.tokens else 0)
    for token in reading.tokens:  # the text at the tokens' offsets, markup between them blanked
        chars[token.start : token.end] = token.text
    opening = "".join(chars)
    m = _APA_OPENING.match(opening) or (_HARVARD_PAGE_OPENING.match(opening) if "Available" in opening else None)
    if not m:
        return False
    date_from = m.start(0) + m.group(0).rindex("(")
    # (Harvard's undated "(no date)" with no stop after it is left to the model: the title after it runs on, unless
    # one element, the page's site, closes before the lead-in to its address: "Title (no date) Site. Available at:")
    if (
        not m.group(0).rstrip().endswith(".")
        and not _YEAR_OPENS.match(m.group(0), date_from - m.start(0) + 1)
        and _SITE_BEFORE_ADDRESS.match(m.string, m.end()) is None
    ):
        return False
    labels = list(zip(reading.tokens, reading.labels, strict=True))
    if not any(label == "date" for token, label in labels if date_from <= token.start < m.end()):
        return True
    # or took for the date a year inside the opening element, other words between it and the bracket,
    # "Coronavirus disease 2019. Symptoms and causes. (2021).": the bracketed date after it is the work's
    before = [(token, label) for token, label in labels if token.start < date_from]
    year = next((i for i, (t, label) in enumerate(before) if label == "date" and _YEAR_OPENS.fullmatch(t.text)), None)
    # (a year after the names, "Chiang et al.. 2024. *Title*. (2024).", is the author-date form's own)
    if year is None or year == 0 or before[year - 1][1] in _LEAD:
        return False
    return any(label not in ("date", "other") for _t, label in before[year + 1 :])


def model_item(text: str, reading: Reading) -> Item:
    return model_reading(text, reading)[0]


def model_reading(text: str, reading: Reading) -> tuple[Item, Reading]:
    """The model's record, and the reading it is built from: the spans after the mends, with the
    model's evidence where its labels stand (``confidence.mended_reading``), which needs-review weighs."""
    built = mended_reading(reading, mend(reading.spans, text))
    item = tidy(assemble_mended(built.spans, text), reading.spans)
    group_before_date(item, text)
    data = biblio_data(item)
    # the model's own sequence probability: what the chooser weighs against the readers' confidence
    data["confidence"] = round(overall(reading), 4)
    data["reader"] = "model"
    return item, built


# Fields a reader may have run together: a value of the model's that sits inside another, longer
# field of the reader's record (a journal inside the title, a place inside the container).
_MERGEABLE = ("container-title", "publisher", "publisher-place")
_HOLDERS = ("title", "container-title", "publisher")


def _group_author(item: Item) -> str:
    """The literal names of a record's authors (a group, or text the reader could not divide into persons)."""
    names = item.get("author")
    if not isinstance(names, list):
        return ""
    return " ".join(str(n["literal"]) for n in names if isinstance(n, dict) and "literal" in n)


def _person_run_on(found: Item, model: Item) -> str:
    """The reader's group author, folded, where it opens with the person the model read first and runs on past
    the full stop after the family name (``B. VOGIN. Thèse de …``); else ""."""
    persons = model.get("author")
    grouped = _group_author(found)
    if not grouped or not isinstance(persons, list) or not persons or _group_author(model):
        return ""
    family = str(persons[0].get("family", "")) if isinstance(persons[0], dict) else ""
    at = grouped.find(family + ". ") if family else -1
    return fold(grouped) if 0 <= at < 12 else ""


# below this the model's own evidence for a place is a guess ("Toronto's tourism …" in a post's words)
_PLACE_DOUBTED = 0.4


def _doubted_place(model: Item, var: str) -> bool:
    """A place the model read with little confidence: a town named in a title, no boundary to keep."""
    if var != "publisher-place":
        return False
    conf = biblio_data(model).get("field_confidence", {}).get(var)
    return isinstance(conf, float) and conf < _PLACE_DOUBTED


# a site's host name, as a blog's site is named before its title: "daveberta.ca - Alberta Politics"
_HOST_NAME = lazy_pattern(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")


def _site_read_as_imprint(found: Item, model: Item) -> bool:
    """Whether the model read a site named by its host and its name (``daveberta.ca - Alberta Politics``) as a
    place and a publisher, both inside the reader's container: a host name is no town."""
    place = str(model.get("publisher-place", "")).strip(" -\u2013,:")
    site = fold(str(found.get("container-title", "")))
    return (
        bool(place)
        and _HOST_NAME.fullmatch(place) is not None
        and fold(place) in site
        and fold(str(model.get("publisher", ""))) in site
    )


def _glossed_in_source(found: Item) -> bool:
    """Whether the reader's title, of several sentences, is followed in the text by the bracket translating it
    (``Le metamorfosi del Pícaro. La ricezione … [The metamorphosis of Pícaro. The reception …]. Serra.``): the
    sentences the model parted are the one title's."""
    title = str(found.get("title", ""))
    source = str(biblio_data(found).get("source", ""))
    at = source.find(title + " [") if title else -1
    if at < 0:
        return False
    close = source.find("]", at + len(title))
    return close > 0 and glossed_title(title, source[at + len(title) + 2 : close])


def _closing_year_cut(held: str, value: str) -> bool:
    """The reader's title is the model's value and a year the model read as the date (``Construction Cost Guide
    H1 2025.`` read as a container and its year): the title's own closing year, no merged field."""
    rest = held[len(value) :].strip() if held.startswith(value) else ""
    return len(rest) == 4 and rest.isdigit()


def _year_in_title_read_as_date(held: str, value: str, found: Item, model: Item) -> bool:
    """The reader's title opens with the model's value and then the year the model read as the work's date, where
    the reader read another date (``Coronavirus disease 2019. Symptoms and causes. (2021).``): the title's own year,
    no boundary of the model's."""
    rest = held[len(value) :].lstrip() if held.startswith(value) else ""
    year, other = _year_of(model), _year_of(found)
    return len(year) == 4 and rest.startswith(year) and not rest[4:5].isalnum() and other not in ("", year)


def _year_of(item: Item) -> str:
    parts = item.get("issued", {}).get("date-parts", [[]])
    return str(parts[0][0]) if parts and parts[0] else ""


def merged_fields(found: Item, model: Item) -> bool:
    """Whether the reader's record holds one of the model's fields inside another of its own: the
    reader did not find the boundary the model found, a sign that the text is not in its style. A group
    author counts as such a field where the model read persons (``B. VOGIN. Thèse de Docteur-Ingénieur,
    INPL, Nancy (1984).`` read by APA's rules as one author holding the place). A model's record with no title and no
    container does not veto the reader's title (``(2015). Sapiens: A brief history …`` with ``Sapiens`` read as a
    place)."""
    grouped = _person_run_on(found, model)
    # (a model that read neither a title nor a container found no work's name to keep apart)
    untitled = "title" not in model and "container-title" not in model
    broken = _cut_at_link(found, model)
    site = _site_read_as_imprint(found, model)
    # (the title the reader opens on the number the model took for a label holds the model's reading of its words)
    numbered = number_kept_in_title(found, model)
    for var in _MERGEABLE:
        if site and var in ("publisher-place", "publisher"):
            continue
        value = fold(str(model.get(var, "")))
        if len(value) < 4 or fold(str(found.get(var, ""))) == value or _doubted_place(model, var):
            continue
        if grouped and value in grouped:
            return True
        for holder in _HOLDERS:
            held = fold(str(found.get(holder, "")))
            if (
                holder != var
                and holder not in broken
                and not (holder == "title" and (untitled or numbered or _glossed_in_source(found)))
                and not (holder == "title" and "title" not in model and _closing_year_cut(held, value))
                and not (holder == "title" and _year_in_title_read_as_date(held, value, found, model))
                and value in held
                and value != held
                and held != fold(str(model.get(holder, "")))
                and not _only_a_space_apart(str(found.get(holder, "")), str(model.get(var, "")))
                and not _bracketed_in(str(found.get(holder, "")), str(model.get(var, "")))
                and not _one_italic_run(str(found.get(holder, "")), found)
                and not _cut_at_abbreviation(str(found.get(holder, "")), str(model.get(var, "")))
                and not _cut_at_number_label(str(found.get(holder, "")), str(model.get(var, "")))
                and not _after_quoted_word(str(found.get(holder, "")), str(model.get(var, "")))
                and not _inside_dotted_word(str(found.get(holder, "")), str(model.get(var, "")))
                and not (var == "publisher-place" and _title_before_subtitle(found, str(model.get(var, ""))))
                and not (var == "publisher-place" and _campus_of_school(found, holder, held, value))
            ):
                return True
    return False


# the lower-case words that link the parts of one name (``Information and Privacy Commissioner``)
_LINK_WORDS = ("and ", "& ", "of ", "for ", "on ")


def _cut_at_link(found: Item, model: Item) -> set[str]:
    """The reader's fields inside which the model opened one of its own at a lower-case linking word (``Information
    and Privacy Commissioner of Ontario, Canada`` read as a container ``Information`` and a publisher ``and Privacy
    …``): no field opens so, the model's boundaries there are no evidence against the reader's value. Only a
    name's field counts: a reader's title holding the model's journal and its numbers ran a title on still."""
    cut: set[str] = set()
    for var in _MERGEABLE:
        value = str(model.get(var, ""))
        if not value.startswith(_LINK_WORDS):
            continue
        for holder in ("container-title", "publisher"):
            held = str(found.get(holder, ""))
            if any(c.isdigit() for c in held):
                continue
            at = held.find(value)
            if at > 0 and held[at - 1] == " ":
                cut.add(holder)
    return cut


def _campus_of_school(found: Item, holder: str, held: str, place: str) -> bool:
    """Whether the model's place is the campus closing the school a reader's thesis names (``PhD diss., University
    of California, Los Angeles, 2016.``): a state university named with its campus is one institution (``held`` and
    ``place`` folded)."""
    school = str(found.get(holder, ""))
    thesis = found.get("type") == "thesis" and holder == "publisher"
    return thesis and held.endswith(" " + place) and campus_school(school)


def _title_before_subtitle(found: Item, place: str) -> bool:
    """Whether the model's place is the reader's title before its colon while the reader found a place and a
    publisher of its own later (``Book Title: The Subtitle. Abingdon: Routledge, 2012.``): the title and
    subtitle read as a place and a publisher, no boundary the reader missed. The place may close the title's head
    (``Gambling services in New Zealand: 2005 statistics (Report No. 8). Wellington, New Zealand: Author``)."""
    title = str(found.get("title", ""))
    head = title.partition(":")[0]
    return (
        bool(place)
        and ":" in title
        and (head == place or head.endswith(" " + place))
        and bool(found.get("publisher-place"))
        and bool(found.get("publisher"))
        and str(found.get("publisher-place")) != place
    )


# one short abbreviated word ("Univ", "Dept", "Inst") and the stop that abbreviates it
_ABBREVIATION_HEAD = lazy_pattern(r"(?P<word>[A-Z][a-z]{1,4})\.\s+[A-Z]")


def _cut_at_abbreviation(held: str, value: str) -> bool:
    """Whether the model's value is only the abbreviated word that opens the reader's value, cut at its own stop:
    IEEE's report ``Univ. Toronto, Toronto, ON, Canada, Tech. Rep.`` read by the model as the body ``Univ`` and the
    place ``Toronto, Toronto, …``. An abbreviation's stop is no boundary between two fields."""
    m = _ABBREVIATION_HEAD.match(held.lstrip())
    return m is not None and m.group("word") == value.strip(" .,;:")


# a number's label closing a value, the number after its stop: "Order No" of "Order No. 22-17"
_NUMBER_LABEL_END = lazy_pattern(r"\b(?:No|Nos|Nr|no)$")
_NUMBER_AFTER_STOP = lazy_pattern(r"\.\s?\d")


def _cut_at_number_label(held: str, value: str) -> bool:
    """Whether the model's value closes on a number's label whose number goes on in the reader's value (the
    container ``Order No`` of the title ``Order No. 22-17``): the label's stop is no boundary between two fields."""
    value = value.strip(" .,;:")
    at = held.find(value)
    return (
        at >= 0
        and _NUMBER_LABEL_END.search(value) is not None
        and _NUMBER_AFTER_STOP.match(held, at + len(value)) is not None
    )


def _inside_dotted_word(held: str, value: str) -> bool:
    """Whether the model's value opens right after a full stop with no space inside the reader's value
    (``Documentacion oficial de ASP.NET Core 9``, the model's container ``NET Core``): a stop inside a word
    (``ASP.NET``, ``Node.js``) is no boundary between two fields."""
    value = value.strip()
    at = held.find(value)
    if at < 2 or held[at - 1] != "." or not held[at - 2].isalnum():
        return False
    # "models.Phys .Rev": a lower-case word's stop glued to a capitalised word is a lost space, a boundary
    return not (held[at - 2].islower() and value[:1].isupper() and value[1:2].islower())


def _after_quoted_word(held: str, value: str) -> bool:
    """Whether the model's value goes on in lower case after a word in quotes inside the reader's value
    (``JavaScript — all about “this” keyword``, the model's title cut at the closing quote): a title's quoted word
    is no boundary, and no field after one opens in lower case."""
    value = value.strip()
    at = held.find(value)
    return at > 2 and value[:1].islower() and held[at - 1] == " " and held[at - 2] in "\u201d\"\u2019'"


def _one_italic_run(held: str, found: Item) -> bool:
    """Whether the reader's value is the whole of one italic run of the text (``*Building a Common Vision for
    Sustainable Food and Agriculture. Principles and Approaches*``): the italics make it one element, so a
    boundary the model set at a full stop inside them is none."""
    source = source_text(found)
    value = fold(held)
    return len(value) > 8 and any(
        fold(source[run.text_start : run.text_end]).strip(" .,;:") == value.strip(" .,;:")
        for run in emphasis_runs(source)
    )


def title_in_group_author(found: Item, model: Item) -> bool:
    """Whether the reader, finding no title, read the model's title into a group author (a data portal's
    ``Producer (USDA/ERS) – Food expenditure in United States (2025).`` read by APA's rules as one author
    before the date): the reader did not find the boundary the model found."""
    title = fold(str(model.get("title", "")))
    return "title" not in found and len(title.split()) >= 2 and title in fold(_group_author(found))


def genre_closing_title(found: Item, model: Item) -> bool:
    """Whether the reader's title closes on the kind of work the model read apart (``“Field Survey Report.
    Manuscript.”`` read by the Chicago rules as one quoted title): the kind says what the work is, not its name."""
    genre, title = str(model.get("genre", "")).lower(), str(found.get("title", "")).lower().rstrip(" .,")
    if len(genre) <= 3 or "genre" in found or not title.endswith(genre):
        return False
    return title[: -len(genre)].endswith((". ", ", "))


def title_cut_short(found: Item, model: Item) -> bool:
    """Whether the reader ended the title inside the model's, at a mark within it, and read the rest into the
    container (LNCS's ``Flight-to-quality or flight-to-liquidity? Evidence from the Euro-area bond market. Rev.
    Financ. Stud. 22(3)`` cut at the question mark): the reader's container then opens with the model's title's
    tail, where the model found the journal after it. Only a cut at a question or exclamation mark counts: after a
    full stop the reader's title is as likely right (APA's ``Title. The Bell system technical journal,``). A cut at
    a comma counts where the model's journal opens an italic run of the text and the reader's container opens
    before it (AGU's ``Clarisse, L., and others (2010), Retrieving radius, concentration, …, *Applied Optics*``):
    the italics mark where the journal begins."""
    comma = False
    if not str(found.get("title", "")).rstrip().endswith(("?", "!")):
        comma = "*" in source_text(found)
        if not comma:
            return False  # a full stop ends a title; a question mark may open a subtitle
    title, whole = fold(str(found.get("title", ""))), fold(str(model.get("title", "")))
    container = fold(str(found.get("container-title", "")))
    if not title or not container or len(whole) <= len(title) or not whole.startswith(title):
        return False
    if comma and not str(model.get("title", "")).startswith(str(found.get("title", "")).rstrip() + ","):
        return False
    tail = whole[len(title) :].strip()
    if len(tail) <= 3 or not container.startswith(tail):
        return False
    if comma:  # the reader's container after the title's tail is where an italic run opens
        return _opens_italic_run(container[len(tail) :], found)
    journal = fold(str(model.get("container-title", "")))
    return bool(journal) and journal in container[len(tail) :]


def _opens_italic_run(journal: str, found: Item) -> bool:
    """Whether ``journal`` (folded) is the opening of an italic run of the reader's source text (``*Applied
    Optics*``, ``*Science, 353(6296)*``)."""
    source = source_text(found)
    value = journal.strip()
    return len(value) > 3 and any(
        fold(source[run.text_start : run.text_end]).startswith(value) for run in emphasis_runs(source)
    )


# an "In:" mark inside a value, after the comma or stop that closed the element before it
_IN_MARK_INSIDE = lazy_pattern(r"[,.]\s+(?:In|in|IN):\s+(?P<rest>\S.*)$")


def in_mark_inside_container(found: Item, model: Item) -> bool:
    """Whether the reader read a title's second sentence and the ``In:`` after it as the container
    (``Title. Subtitle 'Polish Peasant', In: Soziale Welt, 46: 369-384.`` read as the journal
    ``Subtitle …, In: Soziale Welt``) where the model found the container after the mark: the mark opens the
    container, so what stands before it is the title's."""
    m = _IN_MARK_INSIDE.search(str(found.get("container-title", "")))
    container = fold(str(model.get("container-title", "")))
    return m is not None and bool(container) and fold(m.group("rest")).strip(" .,;:") == container.strip(" .,;:")


def _bracketed_in(held: str, value: str) -> bool:
    """Whether ``value`` stands in ``held`` only as a bracket's whole content: IEEE's ``in Proc. Int. Conf. Unmanned
    Aircr. Syst. (ICUAS), Jun. 2016,`` names the meeting and then its abbreviation, which belongs to the name (the
    model read it as a publisher); a bracket is no boundary between two fields."""
    value = value.strip(" .,;:")
    return bool(value) and held.count(value) == held.count(f"({value})") + held.count(f"[{value}]") > 0


def _only_a_space_apart(held: str, value: str) -> bool:
    """Whether ``value`` stands in ``held`` with nothing but a space between it and the words beside it (APA's
    publisher ``WBEZ Chicago``, read by the model as a publisher and a place): no mark and no number found the
    model's boundary. Nor did a boundary the model set inside a word, with no space at all (``Canvas@RMIT
    University`` read as a place ``Canvas@`` and a publisher)."""
    at = held.find(value)
    if at < 0:
        return False
    before, after = held[:at], held[at + len(value) :]
    if not before.strip() and not after.strip():
        return False
    return (not before or before[-1] == " " and before.rstrip()[-1:].isalpha() or _joined(before[-1])) and (
        not after or after[0] == " " and after.lstrip()[:1].isalpha() or _joined(after[0])
    )


def _joined(char: str) -> bool:
    """Whether ``char``, beside a value with no space between, joins it into one word with its neighbour."""
    return not char.isspace() and char not in ".,;:!?()[]{}\"'\u2018\u2019\u201c\u201d"


# how sure the model must be of its person to overrule a reader's group author
PERSON_SURE = 0.95


def person_for_group(item: Item, model: Item) -> None:
    """``Jeroen Ooms (2021).``: APA writes persons inverted, so its reader takes a name in natural order
    before the date for a group; software and data citations write the person so. Where the model
    read the same words as one person and is sure of it, and no word names a body (``BBC News``), the
    person stands (not after an acronym: ``NHS England (2019).``)."""
    names, persons = item.get("author"), model.get("author")
    if not (isinstance(names, list) and isinstance(persons, list) and len(names) == len(persons) == 1):
        return
    person = persons[0]
    if "literal" not in names[0] or "given" not in person or "family" not in person:
        return
    given = str(person["given"])
    family = str(person["family"])
    if len(given) >= 3 and given.isalpha() and given.isupper() and not (family.isupper() and " " in family):
        # "NHS England", "CESSDA ERIC": a body's acronym opens the name, no given name (not a name in capitals
        # with two surnames, "LILIANA GARCIA MENESES")
        return
    if family[:1].islower() and given[:1].isupper():
        return  # "Stockholms stad": a body's common noun set lower-case after its name, no family name
    if words_of_a_body(given, family):
        return  # "Homes Victoria": a word the labelled references hold outside names opens it, no given name
    sure = float(biblio_data(model).get("field_confidence", {}).get("author", 0.0))
    literal = str(names[0]["literal"])
    if sure >= _GIVEN_NAMES_SURE and _given_names(given):
        sure = PERSON_SURE  # "Georg Christoph Lichtenberg (1994):": two given names the lists know name a person
    if (m := person_before_year_colon(str(biblio_data(item).get("source", "")))) and m["name"] == literal:
        sure = PERSON_SURE  # "Georg Simmel (1900): Title.": the German list's colon after the year, no APA body
    if sure >= PERSON_SURE and literal == f"{person['given']} {person['family']}" and not has_org_word(literal):
        if _closed_group(literal, str(biblio_data(item).get("source", ""))):
            return
        if str(item.get("publisher", "")).startswith(literal):
            return  # "Morgan Stanley (2025) … New York: Morgan Stanley Research.": the body publishes its own work
        item["author"] = [dict(person)]


_WORD = lazy_pattern(r"[^\W_]+")


def _words(value: object) -> set[str]:
    return {w.lower() for w in _WORD.findall(str(value))}


def title_read_as_names(found: Item, model: Item) -> bool:
    """A reader's title of a work with no author that the model read as the author's names (Zotero's APA
    ``Forecaster — DNV GL. (n.d.). DNV GL. URL``, the page's title in the author's place): the reader's
    reading of the opening is the surer, whatever doubt it has of the work's type."""
    names = model.get("author")
    if "author" in found or not isinstance(names, list) or not names:
        return False
    named = set().union(*(_words(" ".join(str(v) for v in n.values())) for n in names if isinstance(n, dict)))
    title = _words(found.get("title", "")) - NAME_LINKS
    return len(title) >= 2 and title <= named


def number_kept_in_title(found: Item, model: Item) -> bool:
    """Whether the reader read as its authorless title's first word the number the model took for the list's
    label and read the words after it as names (``10 Million Orphans: A Crisis. (2019).``; the reader keeps the
    number where ``citation_label.number_opens_title`` reads a title there)."""
    label = biblio_data(model).get("label")
    title = found.get("title")
    if "author" in found or not label or not isinstance(title, str):
        return False
    if not title.startswith(f"{label} ") or str(model.get("title", "")).startswith(f"{label} "):
        return False
    return number_opens_title(str(biblio_data(found).get("source", "")))


def names_run_into_title(found: Item, model: Item) -> bool:
    """Whether the reader, reading no author, ran the persons the model read after the title into its own
    title or container (a Markdown bibliography's ``*Deep Learning with Python* **François Chollet** Manning
    (2017)`` read as one title): the reader's title opens with the model's title and holds, after it, every family
    name the model read with its given name (none of them in the model's title), or its container holds them
    before the model's container."""
    names = model.get("author")
    title = fold(str(model.get("title", "")))
    if "author" in found or not isinstance(names, list) or not names or len(title) < 4:
        return False
    persons = [n for n in names if isinstance(n, dict) and n.get("family") and n.get("given")]
    if len(persons) != len(names):
        return False
    families = [_words(str(n["family"])) for n in persons]
    if any(f & _words(title) for f in families):
        return False
    held = fold(str(found.get("title", "")))
    if held.startswith(title) and all(f <= _words(held[len(title) :]) for f in families):
        return True
    # or opened the container with them (``… **Thomas R. Gruber** *Knowledge Acquisition* 5``)
    venue, held = fold(str(model.get("container-title", ""))), fold(str(found.get("container-title", "")))
    return len(venue) >= 4 and held.endswith(venue) and all(f <= _words(held[: -len(venue)]) for f in families)


_NAME_ROLES = ("author", "editor", "translator")


def _bracket_in_names(item: Item) -> bool:
    return any(
        "(" in part or ")" in part
        for var in _NAME_ROLES
        for n in item.get(var) or ()
        if isinstance(n, dict)
        for part in (str(n.get("family", "")), str(n.get("given", "")))
    )


# a year in brackets anywhere: APA's date, which a reader of that form weighs
_BRACKETED_YEAR = lazy_pattern(r"\((?:1[5-9]|20)\d\d")


def bracket_read_into_names(found: Item, model: Item) -> bool:
    """Whether the reader ran a bracket after the names (a role's, Dutch ``Biesheuvel, I. (vertaling en
    toelichting), *Title*``) into a person's name, where the model's persons hold none and the text gives no year in
    brackets (no APA's date): a name holds no bracket."""
    return (
        _bracket_in_names(found)
        and not _bracket_in_names(model)
        and _BRACKETED_YEAR.search(source_text(found)) is None
    )


def publisher_read_into_title(found: Item, model: Item, *, agreeing: bool = True) -> bool:
    """Author-date's ``Marsh, Peter J and Ruth Onwuka. 1998. Title: Subtitle. Crown.`` (or APA's ``(1962). La pensée
    sauvage. Plon.``) with the publisher's name read by the model as the title's last part: the reader, which reads
    the element after the title as the publisher, found the boundary the model missed. ``agreeing``: and the two
    readings agree on all else, a short name with no place, where the reader's reading may win outright; without it,
    the reader's doubt of a name no list holds costs it nothing (a title's own sentence, ``Survey, analysis and …``,
    is no firm's name)."""
    publisher, title, whole = found.get("publisher"), found.get("title"), model.get("title")
    if not (isinstance(publisher, str) and isinstance(title, str) and isinstance(whole, str)) or "publisher" in model:
        return False
    if not FIRM_NAME.fullmatch(publisher):
        return False
    if agreeing:
        if "publisher-place" in model or not 1 <= len(publisher.split()) <= 3:
            return False
        rest = {k: v for k, v in found.items() if k not in ("type", "custom", "title", "publisher")}
        if any(model.get(k) != v for k, v in rest.items()):
            return False
    return _words(whole) == _words(title) | _words(publisher) and fold(whole).rstrip(" .").endswith(fold(publisher))


def title_tail_read_as_publisher(found: Item, model: Item) -> bool:
    """APA's ``(2023). Is Maths Real? How simple questions lead us to mathematics’ simple truth. Basic Books.`` with
    the model's title ended inside (at a plural's apostrophe) and its publisher opened with the title's last words:
    lower-case words open no firm's name, the reader's boundary at the last full stop is the surer."""
    title, publisher = found.get("title"), found.get("publisher")
    short, held = model.get("title"), model.get("publisher")
    if not all(isinstance(v, str) and v for v in (title, publisher, short, held)):
        return False
    assert isinstance(held, str) and isinstance(publisher, str) and isinstance(title, str)
    if not held.endswith(publisher) or held == publisher:
        return False
    head = held[: -len(publisher)].rstrip(" .,")
    return head[:1].islower() and _words(title) == _words(short) | _words(head) and title.endswith(head)


def dated_site_read_as_publisher(found: Item, model: Item) -> bool:
    """APA's news page ``Toner, K. (2020, September 24). Title. CNN.`` read by the model as a book with the site as
    its publisher: a book is dated by its year alone, a day dates an article or a page on a site."""
    site = found.get("container-title")
    if not isinstance(site, str) or model.get("publisher") != site or "container-title" in model:
        return False
    if model.get("type") != "book" or "publisher-place" in model or found.get("title") != model.get("title"):
        return False
    parts = model.get("issued", {}).get("date-parts", [[]])
    return len(parts[0]) == 3


def bracket_date_read_into_title(found: Item, model: Item) -> bool:
    """APA's ``PyData. (3 de marzo del 2021). *Title*. Site. URL`` with the model's title opening on the date's words
    and closing bracket (``3 de marzo del 2021). Title``), no date read: the reader, which read the date and ended
    the title where its italics close, is the surer, whatever doubt it has of the work's type."""
    title, merged = found.get("title"), model.get("title")
    if not (isinstance(title, str) and isinstance(merged, str)) or "issued" in model or not merged.endswith(title):
        return False
    parts = found.get("issued", {}).get("date-parts", [[]])[0]
    head = merged[: len(merged) - len(title)].rstrip(" .")
    return bool(parts) and len(head) <= 40 and head.endswith(f"{parts[0]})")


def site_read_into_title(found: Item, model: Item) -> bool:
    """APA's page with no author, ``*CARE Principles*. (2023, January 23). Global Indigenous Data Alliance. URL``,
    with the model's title running on over the date into the site the page sits on: the reader, which ends the
    title where its italics close and reads the segment after the date as the site, is the surer, whatever
    doubt it has of the work's type."""
    title, site, merged = found.get("title"), found.get("container-title"), model.get("title")
    if not (isinstance(title, str) and isinstance(site, str) and isinstance(merged, str)) or "author" in found:
        return False
    if merged == title:
        return False
    # the model's site, where it read one, holds the rest of those words (and the undated mark it ran into)
    read = _words(merged) | _words(model.get("container-title", "")) - {"n", "d"}
    if "issued" not in model:  # (the year the model ran into the title: "Title (2020) Site.")
        read -= {str(p) for p in found.get("issued", {}).get("date-parts", [[]])[0][:1]}
    if "author" in model:
        # Cite Them Right's ``Vaccines, how they work (2021) Health Direct. Available at:``: the title's head, before
        # its comma, read as a name, and the year the model ran into the title
        names = model["author"]
        head = names[0].get("family") if isinstance(names, list) and names and isinstance(names[0], dict) else None
        if not isinstance(head, str) or not title.startswith(f"{head}, "):
            return False
        read |= set().union(*(_words(" ".join(str(v) for v in n.values())) for n in names if isinstance(n, dict)))
    return read == _words(title) | _words(site)


# the full stop that closes a group author before the date: APA's "(2016)", author-date's "1994."
# (the stop inside the bold or italics that set the name apart: "**Semantic Versioning.** (2023).")
_CLOSED_BEFORE_DATE = lazy_pattern(r"\.(?:\*{1,2}|_{1,2})?\s*(?:\(|(?:1[5-9]\d\d|20\d\d)[a-z]?\.\s)")


_INITIAL = lazy_pattern(r"[A-Z]\.")


def _closed_group(literal: str, source: str) -> bool:
    """``Early Childhood Australia. (2016).``, ``Gehl Architects. 1994.``: APA and author-date styles close a
    group author with a full stop before the date; a person written in natural order (``Jeroen Ooms
    (2021).``) runs straight into it, and where a full stop closes a person too (Zenodo's ``Simon Hettrick.
    (2018).``) the first word is a given name."""
    at = source.find(literal)
    after = source[at + len(literal) :]
    initials = any(_INITIAL.fullmatch(w) for w in literal.split())
    return at >= 0 and bool(_CLOSED_BEFORE_DATE.match(after)) and not initials and not _given_word(literal)


# how sure the model must be of a person whose two or more given names are all known as given names
_GIVEN_NAMES_SURE = 0.5


def _given_names(given: str) -> bool:
    """Whether ``given`` is two or more written-out given names, each one the labelled references hold mostly in
    names or the lexicon knows (``Georg Christoph``, ``Johann Gottfried``): no body's name opens so."""
    words = given.split()
    return len(words) >= 2 and all(
        w[:1].isupper() and w[1:].islower() and w.isalpha() and _given_word(w) for w in words
    )


def _given_word(name: str) -> bool:
    """Whether the first word of ``name`` is one the labelled references hold mostly in names (``Simon``;
    not ``Early``, ``Deutsche``, ``Pictures``) or a given name the lexicon knows (ACM's ``Linda Darling-Hammond.
    2010.``)."""
    return bool(name.split()) and (mostly_a_name(name.split()[0]) or known_given(name.split()[0]))


_GROUP_BEFORE_DATE = lazy_pattern(r"\.\s*\(\s*(?:1[5-9]\d\d|20\d\d|n\.\s?d\.)")
# the author-date styles' bare year closed by a full stop (ASA's and Chicago's "CBS News. 2011."): natbib's
# lists write persons so too ("Jeroen Ooms. 2021."), so only a name opening with an acronym is a body's here
_ACRONYM_BEFORE_YEAR = lazy_pattern(r"\.\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\.\s")


_CAPITALS = lazy_pattern(r"[A-Z]{2,}")


def group_before_date(item: Item, text: str) -> None:
    """``Primal Pictures. (2014, September 19).``, ``CBS News. 2011.``: the model reads two capitalised words as a
    person in natural order, but APA writes a person inverted with initials; words closed by a full stop before
    the date in brackets are a group author, and before a bare year where they open with an acronym (the
    converse of ``person_for_group``)."""
    names = item.get("author")
    if not (isinstance(names, list) and len(names) == 1 and "family" in names[0] and "given" in names[0]):
        return
    given, family = str(names[0]["given"]), str(names[0]["family"])
    if any(len(w.strip(".")) < 3 or w.endswith(".") for w in given.split()):
        return  # initials or an abbreviated given name: a person
    whole = f"{given} {family}"
    body = text.lstrip()
    if not body.startswith(whole) or _given_word(given):
        return
    after = body[len(whole) :]
    if _GROUP_BEFORE_DATE.match(after) or _CAPITALS.fullmatch(given) and _ACRONYM_BEFORE_YEAR.match(after):
        item["author"] = [{"literal": whole}]


def reader_item(found: ReaderReading, model: Item) -> Item:
    """The reader's record, with confidences from the model: a field where both readings agree keeps
    the model's confidence; where they differ, the reader (which knows its style exactly and placed
    every part) stands against the model, so the field is in doubt (0.5) but not condemned, unless
    the model doubts its own value, which is then doubt about the alternative too."""
    item = found.item
    person_for_group(item, model)
    data = biblio_data(item)
    model_data = biblio_data(model)
    model_conf = model_data.get("field_confidence", {})
    fields: dict[str, float] = {}
    for var, value in item.items():
        if var in ("type", "custom"):
            continue
        if var not in model_conf:
            fields[var] = 0.5
        elif model.get(var) == value:
            fields[var] = model_conf[var]
        else:
            fields[var] = round(max(0.5, 1.0 - model_conf[var]), 4)
    data["reader"] = found.reader
    data["field_confidence"] = dict(sorted(fields.items()))
    agreeing = [v for k, v in fields.items() if model.get(k) == item.get(k)]
    data["confidence"] = round(max(model_data["confidence"], min(agreeing, default=0.5)), 4)
    return item


@dataclass
class Choice:
    """The chosen record, the record of the reading not chosen (if any), and the reader's confidence."""

    item: Item
    other: Item | None
    reader: str
    reader_confidence: float | None


def reader_may_win(reading: Reading, model: Item, shaped: bool | None = None) -> bool:
    """Whether any structured reading could beat the model's (one at full confidence): else none is asked
    (``shaped``: ``apa_shaped(reading)`` where the caller has it already)."""
    if apa_shaped(reading) if shaped is None else shaped:
        return True
    return float(biblio_data(model)["confidence"]) * MODEL_WEIGHT_OTHER < 1.0


def structured_readings(text: str) -> list[ReaderReading]:
    """The readings of every structured reader that takes ``text`` as its style."""
    return [found for _name, read in READERS if (found := read_before_links(read, text)) is not None]


def readings(text: str, reading: Reading, model: Item, shaped: bool | None = None) -> list[ReaderReading]:
    """The structured readings to weigh: every reader's where one could win, else those of the readers
    of a shape of its own (``readers.SHAPED``), whose cheap precheck says "not my style" first."""
    # (an authorless title opening on a number: the model's reading of it took the number for a label)
    if reader_may_win(reading, model, shaped) or number_opens_title(text):
        return structured_readings(text)
    return [found for name, read in READERS if name in SHAPED and (found := read_before_links(read, text)) is not None]


def pick(reading: Reading, model: Item, found: list[ReaderReading], shaped: bool | None = None) -> Choice:
    """The surest reading: a reader's when its confidence beats the model's, weighed by shape."""
    model_conf = float(biblio_data(model)["confidence"])
    # a reader whose record ran together fields the model kept apart, or whose own record shows it
    # did not find its style's structure (``misread``), says "not my style" here
    best = max(
        (
            f
            for f in found
            if not f.misread
            and not merged_fields(f.item, model)
            and not title_in_group_author(f.item, model)
            and not names_run_into_title(f.item, model)
            and not bracket_read_into_names(f.item, model)
            and not title_cut_short(f.item, model)
            and not genre_closing_title(f.item, model)
            and not journal_split(f.item, model)
            and not journal_as_imprint(f.item, model)
            and not journal_read_as_book(f.item, model)
            and not abbreviation_cut(f.item, model)
            and not journal_head_in_title(f.item, model)
            and not in_mark_inside_container(f.item, model)
        ),
        key=lambda r: r.confidence,
        default=None,
    )
    if shaped is None:
        shaped = apa_shaped(reading)
    # (APA's bracketed date the model ran into the title shows the shape the model missed)
    date_in_title = best is not None and bracket_date_read_into_title(best.item, model)
    is_shaped = shaped or best is not None and best.reader in SHAPED and best.confidence >= READER_SURE or date_in_title
    weight = MODEL_WEIGHT_SHAPED if is_shaped else MODEL_WEIGHT_OTHER
    weighed = 0.0 if best is None else best.confidence
    uncertain = best is not None and UNCERTAIN_TYPE in flags(best.item) and "title" in model
    if (
        best is not None
        and uncertain
        and not title_read_as_names(best.item, model)
        and not site_read_into_title(best.item, model)
        and not date_in_title
        and not publisher_read_into_title(best.item, model, agreeing=False)
        and not title_tail_read_as_publisher(best.item, model)
        and not dated_site_read_as_publisher(best.item, model)
    ):
        weighed -= UNCERTAIN_TYPE_COST
    # outside its shape a reader in doubt wins only against a model's record with no title
    trusted = is_shaped or best is not None and (weighed >= READER_SURE or "title" not in model)
    # (a reader that kept as its title's first word the number the model took for a label read the opening by
    # ``citation_label.number_opens_title``, whatever its doubt of the rest)
    if best is not None and (
        (trusted and weighed > weight * model_conf)
        or publisher_read_into_title(best.item, model)
        or number_kept_in_title(best.item, model)
    ):
        return Choice(reader_item(best, model), model, best.reader, best.confidence)
    # the reading not chosen stays as evidence for needs-review, whether or not it could have won
    other = best or max(found, key=lambda r: r.confidence, default=None)
    if other is None:
        return Choice(model, None, "model", None)
    return Choice(model, other.item, "model", other.confidence)


def choose(text: str) -> Item:
    """The record for ``text``: every unit runs unguarded (a crash propagates)."""
    reading = default_labeller().read(text)
    model, built = model_reading(text, reading)
    shaped = apa_shaped(reading)  # (asked once: both the readers' turn and the weighing need it)
    choice = pick(reading, model, readings(text, reading, model, shaped), shaped)
    item = choice.item
    stale_flags_dropped(normalise_record(item))
    if needs_review(item, signals(item, built, choice.other, choice.reader, choice.reader_confidence)):
        add_flag(item, NEEDS_REVIEW)
    return item
