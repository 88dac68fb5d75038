"""Mends of a title's first words read into the names, where the names' own form shows where they end:
``Anthony Giddens, Beyond Left and Right: The Future …`` (one author, given name first, then the
title), or ``Rajchman, John. Michel Foucault: …`` (Chicago's ``Family, Given.``, whose period ends
the names)."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import divided
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.names import has_org_name_word, known_given
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

_NAMES = ("author", "editor")
_GIVEN = r"(?:[A-Z][a-z]+|[A-Z]\.(?:\s?-?[A-Z]\.)*)"
# (a capital, then letters of which one is lower case, checked ahead: written as "letters, a lower-case
# letter, letters" a word splits many ways, and a long list of names that does not match backtracks
# through every split of every name, seconds for a dozen names)
_FAMILY = r"[A-Z](?=[^\W\d_]*[a-z])[^\W\d_]*(?:['’-][^\W\d_]+)*"
_PERSON = rf"{_GIVEN}(?:\s+{_GIVEN})?\s+{_FAMILY}"
# one author, given name first, a comma, and the rest: "Anthony Giddens, Beyond Left and Right:"
_ONE_NAME_THEN = lazy_pattern(rf"\s*(?P<names>{_PERSON}),\s+(?P<tail>\S.*)")
# the plain (LIPIcs, natbib) form's one author, given name spelled out, and the period closing the names:
# "Rom Pinchasi. Lines With Many"
_ONE_NAME_STOP_THEN = lazy_pattern(
    rf"\s*(?P<names>[A-Z][a-z]+(?:\s+{_GIVEN})?\s+{_FAMILY})\.\s+(?P<tail>[A-Z0-9\"“‘'].*)"
)
# the rest of a list of such names ("Mary Jones, and Bob Lee,"), read word by word (people_list): as one
# pattern, a long run of names splits into persons so many ways that a list that does not match
# backtracks for seconds
_CONJ_WORDS = frozenset(["and", "&", "et", "und", "y", "e", "i", "og", "en"])
_GIVEN_WORD = lazy_pattern(r"[A-Z][a-z]+")
_INITIALS_FIRST = lazy_pattern(r"[A-Z]\.(?:-?[A-Z]\.)*")
_INITIALS_NEXT = lazy_pattern(r"-?[A-Z]\.(?:-?[A-Z]\.)*")
_FAMILY_WORD = lazy_pattern(_FAMILY)
_WORD = lazy_pattern(r"\S+")
# "Rajchman, John." / "Neville, Leonora.": a family name, a spelled-out given name and the period
_FAMILY_GIVEN_THEN = lazy_pattern(rf"\s*(?P<names>{_FAMILY},\s+[A-Z][a-z]{{2,}}(?:\s+[A-Z][a-z]+)?)\.\s+(?P<tail>\S.*)")
# Chicago's "Brundage, James A.": a spelled-out given name and middle initials, whose last period ends the names
# too ("Brundage, James A. Law, Sex, and …"; not "… A. and Mary Lee", "… A. B. Title")
_FAMILY_GIVEN_INITIALS_THEN = lazy_pattern(
    rf"\s*(?P<names>{_FAMILY},\s+[A-Z][a-z]{{2,}}(?:\s+[A-Z][a-z]+)?(?:\s+[A-Z]\.)+)"
    r"\s+(?P<tail>(?![A-Z]\.)(?!And\s)[A-Z0-9\"“‘'].*)"
)
# a second name of the same form: "CROUZILLES, Carl. SIEBERT, Carole."
_FAMILY_GIVEN = lazy_pattern(r"[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*,\s+[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_.]*\.?)*\.?")
# a word no name holds (not a particle, not "and"), or a colon: a title's words
_NOT_NAMES = lazy_pattern(
    r"\s(?!(?:von|van|de|der|den|da|di|du|le|la|del|dos|and|et|und|y|e|i|og|en)\s)[a-z]+\b|:\s*\S|:\s*$"
)
# a word in small letters that no name holds (a particle or a conjunction may), in any script's letters
_SMALL_WORD = lazy_pattern(
    r"\s(?!(?:von|van|de|der|den|da|di|du|le|la|del|dos|and|et|und|y|e|i|og|en)\s)[a-zß-ÿ][^\W\d_]*(?:\s|,|$)"
)
# "R. Valette, …, and J. Albukerque. A Petri": a list of "I. Family" names closed by "and" and a period
_CLOSED_THEN = lazy_pattern(
    rf"\s*(?P<names>[A-Z]\.(?:\s?-?[A-Z]\.)*\s?{_FAMILY},.*\s(?:and|&)\s+[A-Z]\.(?:\s?-?[A-Z]\.)*\s?{_FAMILY})"
    rf"\.\s+(?P<tail>[A-Z]\S*(?:\s.*)?)"
)
# IEEE's "C. Duan, W. Fang, and J. Liu, Distributionally Robust …, 2017.": the "and" closes the list at the name
# after it, and what follows its comma is the title (a report's or book's, set without quotes)
_CLOSED_COMMA_THEN = lazy_pattern(
    rf"\s*(?P<names>[A-Z]\.(?:\s?-?[A-Z]\.)*\s?{_FAMILY},.*\s(?:and|&)\s+[A-Z]\.(?:\s?-?[A-Z]\.)*\s?{_FAMILY})"
    rf",\s+(?P<tail>[A-Z][^\W\d_]*(?:\s+\S+){{2,}})"
)
_SUFFIX = lazy_pattern(r"(?:Jr|Sr|Jun|Sen)\b")
# what opens another name: initials ("T. Ogi", "Yu.I Manin"), or Vancouver's "Chang SC"
_NAME_OPENING = lazy_pattern(r"[A-Z][a-z]?\.|[A-Z][\w'’-]+\s+[A-Z]{1,3}\b")
# (an italic "_et al._" too: no letter or digit before it, an underscore may be)
_ET_AL = lazy_pattern(r"(?<![^\W_])et\.?\s+al\b")
# a title read on in lower case: "knowledge, and pipelines", "and the Forging" (not "bcl-2", "iPhone")
_LOWER_WORD = lazy_pattern(r"[a-z]{2,}\b(?![-\d])")


# Nature's, the ACS's and Harvard's "Family, I." names: "LeCun, Y., Bengio, Y. & Hinton, G." (a family name of
# two words or with particles; "et al." may close the list), then the rest of the span
_PARTICLES = r"(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos|das|ter|ten)\s+)*"
_INVERTED = rf"{_PARTICLES}{_FAMILY}(?:[\s-]{_FAMILY})?,\s+[A-Z]\.(?:\s?-?[A-Z]\.)*"
# one capitalised word, with no mark after it
_RUN_ON_WORD = lazy_pattern(r"[A-Z][^\W\d_]+")
_INVERTED_THEN = lazy_pattern(
    rf"\s*(?P<names>{_INVERTED}(?:(?:,\s+|,?\s+(?:&|and)\s+){_INVERTED})*(?:,?\s+et\s+al\.)?)"
    r"\s+(?P<tail>(?:A\s+)?[A-Z][^\W\d_]+\b(?![.,]).*)"
)
# a title's article opening the rest: "Hawking, S. A Brief History", "… The Selfish Gene"
_ARTICLE_OPENS = lazy_pattern(r"(?:A|An|The)\s+[A-Z][a-z]")
# what opens a further name in the rest: "Hinton, G." or "G. Hinton"
_MORE_NAMES = lazy_pattern(r"[A-Z][^\W\d_]+,\s+[A-Z]\.|\b[A-Z]\.\s?[A-Z][a-z]")
# MLA's short book imprint after a title read into the names: "Knopf," before the year
_IMPRINT = lazy_pattern(r"[A-Z][^.,:;]{0,60},")


# Vancouver's and GOST's "Иванов И. И. История России.", "Ivanov II, Petrov PP. Title": family names, each
# with its initials after it, then a capitalised word that no initial follows (Cyrillic capitals as well)
_CAP = "A-Z\u0410-\u042f\u0401\u00c0-\u00de"
_FAMILY_INITIALS = (
    rf"[{_CAP}](?=[^\W\d_]*[a-z\u0430-\u044f\u0451])[^\W\d_]+(?:-[^\W\d_]+)?\s+"
    rf"(?:[{_CAP}]\.(?:\s?-?[{_CAP}]\.)?|[{_CAP}]{{1,3}}\b)"
)
# initials closing a name in what follows ("Sravan Kumar K.,", "Bengaly Jr C. A. P."): more names, no title
_INITIALS_CLOSING = lazy_pattern(rf"\s[{_CAP}]\.(?:\s?-?[{_CAP}]\.)*\s*(?:,|$)")
_FAMILY_INITIALS_THEN = lazy_pattern(
    rf"\s*(?P<names>{_FAMILY_INITIALS}(?:,\s+{_FAMILY_INITIALS})*)[.,]?\s+"
    rf"(?P<tail>(?![{_CAP}][^\W\d_]*\s+[{_CAP}]{{1,3}}\b)[{_CAP}][^\W\d_]+\s+[^\W\d_].*)"
)


# the ACS's title in capitals closed by its period: "Schneider, G. Automating Drug Discovery. Nat. Rev. …"
_CAPITALISED_SENTENCE = lazy_pattern(r"[A-Z][^\W\d_]+(?:[\s-]+[A-Z0-9][^\s.,;:]*)+\.\s*")


def _title_case_before_journal(spans: list[Span], tail: str) -> bool:
    """Whether the capitalised words after ``Family, I.`` names are a title in capitals: a sentence of two
    words or more closed by its period, the journal read right after it (a name's words end in initials)."""
    return len(spans) > 1 and spans[1].label == "journal" and _CAPITALISED_SENTENCE.fullmatch(tail) is not None


def _title_after_family_initials(names: str, tail: str) -> bool:
    """Whether the words after ``Family I. I.`` names open a title: not a natural-order name's family (``David F.
    | Bacon and Robert E. Strom.``: its first word a given name, or its first sentence a word alone or holding
    initials)."""
    if known_given(names.split(None, 1)[0]):
        return False
    sentence = tail.split(". ", 1)[0]
    return len(sentence.split()) >= 2 and _INNER_INITIAL.search(sentence) is None


_INNER_INITIAL = lazy_pattern(rf"(?:^|\s)[{_CAP}]\.(?:\s|$)")


@needs(any_label=_NAMES, without=["title"])
def title_in_names_alone(spans: list[Span], text: str) -> list[Span]:
    """A whole title read into the names, no title read anywhere: ``LeCun, Y., Bengio, Y. & Hinton, G. Deep
    learning. Nature 521,`` (what follows ``Family, I.`` names and holds a word no name holds is the title),
    and MLA's ``Morrison, Toni. Beloved. Knopf, 1987.`` (after ``Family, Given.`` what is not another name is
    the title, and a short part before the year its publisher), and IEEE's ``C. Duan, …, and J. Liu, Title, 2017.``
    (the "and" closes a list of ``I. Family`` names at the name after it: what follows its comma is the title),
    and Vancouver's and GOST's ``Иванов И. И. История России.`` (each family name with its initials after it),
    and a humanities list's ``Walter Friedlaender, Caravaggio Studies, Princeton: …`` (one author named given
    name first, then one part of capitalised words before the imprint or the year: a book has a title; so too
    where the whole text is that name, a title, a known town and the house, with no year)."""
    if not spans or spans[0].label not in _NAMES or "title" in labels_of(spans):
        return spans
    s = spans[0]
    if len(spans) > 1 and _imprint_after(spans) and text[s.end : spans[1].start].strip() == "":
        m = _ONE_NAME_THEN.fullmatch(s.text)
        if m is not None and _TITLE_PART.fullmatch(m["tail"]) and not has_org_name_word(m["tail"]):
            # (a classicist's "Rudolf Hercher, Erotici Scriptores Graeci, Vol 1.": no role word, so no editor)
            role = "author" if s.label == "editor" and _ROLE_WORD.search(text) is None else s.label
            return divided(spans, 0, m.end("names"), m.start("tail"), role, "title")
        if m is not None and len(spans) == 2 and spans[1].label == "date" and (parts := _title_then_imprint(m["tail"])):
            a = s.start + m.start("tail")
            z = s.start + m.end("names")
            read = [Span(label, text[a + i : a + j], a + i, a + j, s.confidence) for label, i, j in parts]
            return [Span(s.label, text[s.start : z], s.start, z, s.confidence), *read, *spans[1:]]
    if len(spans) == 1 and s.label == "author" and (m := _ONE_NAME_THEN.fullmatch(s.text)) is not None:
        # "Elena Ricci, Boccaccio, Napoli, Liguori.": an undated book whose whole text was read as names, its
        # title, a known town and the house after the one given-name-first author
        tail = m["tail"].rstrip().rstrip(".")
        parts = _title_then_imprint(tail)
        # (no part a person named given name first: "Elena Ricci, Marco Rossi, Roma, …" lists persons)
        if any(label == "location" for label, _i, _j in parts) and not any(
            len(tail[i:j].split()) == 2 and known_given(tail[i:j].split()[0]) for _label, i, j in parts
        ):
            a, z = s.start + m.start("tail"), s.start + m.end("names")
            read = [Span(label, text[a + i : a + j], a + i, a + j, s.confidence) for label, i, j in parts]
            return [Span(s.label, text[s.start : z], s.start, z, s.confidence), *read]
    if len(spans) > 1 and spans[1].label == "journal" and (m := _ONE_NAME_THEN.fullmatch(s.text)) is not None:
        # "Konrad Zindler, Über konvexe Gebilde, | Monatshefte …": after one given-name-first author, one comma
        # part holding a word in small letters (no name's) before the journal is the article's title
        tail = m["tail"].rstrip().rstrip(",")
        if "," not in tail and _SMALL_WORD.search(" " + tail) is not None and not people_list(tail):
            return divided(spans, 0, m.end("names"), m.start("tail"), s.label, "title")
    m = _INVERTED_THEN.fullmatch(s.text)
    if m is not None:
        tail = m.group("tail")
        if _SUFFIX.match(tail) or _MORE_NAMES.search(tail) or _ET_AL.search(tail):
            return spans
        if not (_NOT_NAMES.search(" " + tail) or _ARTICLE_OPENS.match(tail) or _title_case_before_journal(spans, tail)):
            return spans
        return divided(spans, 0, m.end("names"), m.start("tail"), s.label, "title")
    m = _CLOSED_COMMA_THEN.fullmatch(s.text)
    if m is not None:
        tail = m.group("tail")
        if _SUFFIX.match(tail) or _NAME_OPENING.match(tail) or _ET_AL.search(tail):
            return spans
        return divided(spans, 0, m.end("names"), m.start("tail"), s.label, "title")
    m = _FAMILY_GIVEN_INITIALS_THEN.fullmatch(s.text)
    if m is not None and _title_after_initials(m.group("tail").rstrip()):
        return divided(spans, 0, m.end("names"), m.start("tail"), s.label, "title")
    m = _FAMILY_INITIALS_THEN.fullmatch(s.text)
    if (
        m is not None
        and len(spans) > 1
        and not (_ET_AL.search(m["tail"]) or _INITIALS_CLOSING.search(m["tail"]))
        and not has_org_name_word(m["tail"])  # "Lee K, Park J, Open Metadata Working Group.": a group, the last name
        and _title_after_family_initials(m["names"], m["tail"])
    ):
        return divided(spans, 0, m.end("names"), m.start("tail"), s.label, "title")
    m = _FAMILY_GIVEN_THEN.fullmatch(s.text)
    if m is None or _FAMILY_GIVEN.fullmatch(m.group("tail")) or _SUFFIX.match(m.group("tail")):
        return spans
    tail, at = m.group("tail"), m.start("tail")
    if tail.split(None, 1)[0] in _CONJ_WORDS:  # "Blood, Robert Jr. and Donald Wolfe.": the names go on
        return spans
    title, stop, rest = tail.partition(". ")
    if not stop:
        return divided(spans, 0, m.end("names") + 1, at, s.label, "title")
    if not (_IMPRINT.fullmatch(rest) and len(spans) > 1 and spans[1].label == "date"):
        return spans
    named = divided(spans, 0, m.end("names") + 1, at, s.label, "title")
    # the short part before the year is the publisher ("Schocken, 1947"), or a town ("Jena, 1899")
    imprint = "location" if is_place(rest) else "publisher"
    return divided(named, 1, len(title) + 1, len(title) + 2, "title", imprint)


# names with initials, inverted or not ("Adams, R. A.", "R. A. Adams"), then a comma part of capitalised words
# and no initial, the last of the span: a book's title ("Adams, R. A., | Sobolev Spaces, Pure and Applied …")
_INITIALS_RUN = r"[A-Z]\.(?:\s?-?[A-Z]\.)*"
_INITIALS_NAME = rf"(?:{_FAMILY},\s+{_INITIALS_RUN}|{_INITIALS_RUN}\s?{_FAMILY})"
_INITIALS_NAMES_THEN_WORDS = lazy_pattern(
    rf"\s*(?P<names>{_INITIALS_NAME}(?:,\s+{_INITIALS_NAME})*),\s+(?P<tail>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{1,3}}),\s*"
)


@needs(any_label=_NAMES, labels=["volume"])
def title_closing_initial_names(spans: list[Span], text: str) -> list[Span]:
    """A book's title read as a last author named given name first after names with initials, a series and its
    volume after it (``Adams, R. A., | Sobolev Spaces, | Pure and Applied Mathematics, vol. 65, Academic Press``):
    a list of names keeps its form, so a part of words with no initial closing it is the title, and what was read
    as the title or journal before the volume is the series."""
    if len(spans) < 3 or spans[0].label not in _NAMES or spans[1].label not in ("title", "journal"):
        return spans
    if spans[2].label != "volume" or text[spans[0].end : spans[1].start].strip():
        return spans
    m = _INITIALS_NAMES_THEN_WORDS.fullmatch(spans[0].text)
    if m is None or known_given(m.group("tail").split(None, 1)[0]):
        return spans
    named = divided(spans, 0, m.end("names"), m.start("tail"), spans[0].label, "title")
    series = named[2]
    return [*named[:2], Span("collection-title", series.text, series.start, series.end, series.confidence), *named[3:]]


# the German and Dutch chapter's "In:" (or "In") opening the book's editors
_IN_OPENS = lazy_pattern(r"In:?\s")


# "… Title. In: Roth, K. (Hrsg.):" inside one span of names: the "In" after a full stop, a role's bracket after it
_IN_EDITORS_INSIDE = lazy_pattern(r"(?<=\.)\s+(?=In:?\s[^()]{3,120}\((?:Hrsg|Hg|Hgg|Eds?|eds?|Red|red)\.?\)\s*:?\s*$)")


@needs(labels=["editor", "title"])
def chapter_title_in_names(spans: list[Span], text: str) -> list[Span]:
    """A chapter's title read into its author's ``Family, Given.`` before ``In: Editor (Hrsg.): Book.``: the period
    after the given name ends the names, the sentence after it is the chapter's title, and the title read after
    the editors is the book's (``Berg, Anna. | Schulen im Wandel. | In: Roth, K. (Hrsg.): | Buchtitel.``; the
    author, the title and the editors may be read as one span of editors)."""
    if len(spans) >= 2 and spans[0].label in _NAMES and spans[1].label == "title" and "In" in spans[0].text:
        s = spans[0]
        cut = _IN_EDITORS_INSIDE.search(s.text)
        if cut is None:
            return spans
        at = len(s.text[: cut.start()].rstrip())
        spans = [
            Span("author", s.text[:at], s.start, s.start + at, s.confidence),
            Span("editor", s.text[cut.end() :], s.start + cut.end(), s.end, s.confidence),
            *spans[1:],
        ]
    if len(spans) < 3 or spans[0].label != "author" or spans[1].label != "editor" or spans[2].label != "title":
        return spans
    if not _IN_OPENS.match(spans[1].text) or text[spans[0].end : spans[1].start].strip():
        return spans
    m = _FAMILY_GIVEN_THEN.fullmatch(spans[0].text)
    if m is None:
        return spans
    tail = m.group("tail").rstrip()
    # one sentence of words (no second name of the form, no suffix, no list going on)
    if _FAMILY_GIVEN.fullmatch(tail) or _SUFFIX.match(tail) or ". " in tail or tail.split(None, 1)[0] in _CONJ_WORDS:
        return spans
    if not tail.endswith(".") or len(tail.split()) < 2:
        return spans
    named = divided(spans, 0, m.end("names") + 1, m.start("tail"), "author", "title")
    book = named[3]
    return [*named[:3], Span("container-title", book.text, book.start, book.end, book.confidence), *named[4:]]


# a French list's comma parts after the title: a short run of words, no number among them; an imprint's part is
# capitalised words (a collection's name need not be: "Champ freudien", nor a note: "Préface d'Otto Pöggeler")
_COMMA_PART = lazy_pattern(r"[^,]+")
_SHORT_PART = lazy_pattern(r"[^\W\d_][^\d,]{0,40}")
_INITIALS_PART = lazy_pattern(r"(?:[A-Z]\.\s?-?)+")
_IMPRINT_SMALL = frozenset(["de", "du", "des", "la", "le", "les", "et", "&", "éd.", "ed."])


def _imprint_part(part: str) -> bool:
    return all(w[:1].isupper() or w in _IMPRINT_SMALL for w in part.split())


def _title_then_imprint(tail: str) -> list[tuple[str, int, int]]:
    """The parts of ``Das Wesen der Philosophie, Préface d'Otto Pöggeler, Hambourg, Meiner,`` (read as more names
    after ``Wilhelm Dilthey,``): the title, then the imprint the French way, ``Town, Publisher`` (``Fides, Québec``
    the other way round), or the publisher alone before a collection (``Écrits, Seuil, Champ freudien,``), each as
    (label, start, end) in ``tail``; what else lies between is a note. Empty where the parts are not so: a list of
    persons, a title alone, a number among them, no part of capitalised words after the title."""
    found = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end()) for m in _COMMA_PART.finditer(tail)]
    found = [(i, j) for i, j in found if tail[i:j].strip()]
    words = [tail[i:j].rstrip() for i, j in found]
    if not 2 <= len(words) <= 6 or not all(_SHORT_PART.fullmatch(w) for w in words[1:]):
        return []
    if any(_INITIALS_PART.fullmatch(w) or w.startswith("et al") for w in words):
        return []  # more names: "Astropy Collaboration, Robitaille, T. P., …, et al."
    title = words[0]
    if not title[:1].isupper() or any(c.isdigit() for c in title) or people_list(title) or is_place(title):
        return []
    imprint = [k for k in range(1, len(words)) if _imprint_part(words[k]) and not people_list(words[k])]
    places = [k for k in imprint if is_place(words[k])]
    if places:
        c = places[-1]
        pub = c + 1 if c + 1 < len(words) else c - 1
    elif not imprint:
        return []
    else:
        c, pub = -1, imprint[0]
    if pub < 1:
        return []
    labels = ["title"] + ["location" if k == c else "publisher" if k == pub else "note" for k in range(1, len(words))]
    return [(label, i, i + len(w)) for label, (i, _), w in zip(labels, found, words, strict=True)]


# a family of two or three words, one given name (or initials) and the colon closing the names (the Italian and
# German "Bortoni Salvadori, Fabia: Title"); "Marcus Rediker, The Slave Ship:" holds a title, not names
_FAMILIES_ONE_GIVEN = lazy_pattern(
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2},\s+(?:[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?|(?:[A-Z]\.\s?){1,3})\s*:"
)


# the role word after a note's names: "Amy Smith, ed.,", "Ann Lee and Tom Ray, eds.,"
_ROLE_CLOSING = lazy_pattern(r",\s*(?:eds?|trans|comp)\.,?\s*$")


@needs(labels=["title"], any_label=_NAMES)
def title_head_in_names(spans: list[Span], text: str) -> list[Span]:
    """The title's first words read at the end of the names: they go to the title that follows.

    After one author named given name first, what follows the comma is the title where, before its
    own first comma, it holds a lower-case word or a colon (no name does), or where it is one part
    and the title read after it opens in lower case (``Murad Ismayilov, Power, | knowledge, and
    pipelines``), unless it is more names of that form. After ``Family, Given.`` whatever is not a
    second name of that form is the title (``Brundage, James A. | Law, Sex, and …``: after middle
    initials the initial's period ends the names); so is what follows a list of ``I. Family`` names
    closed by "and" and a period, and what follows one author named given name first and a period
    (the plain form's ``Rom Pinchasi. | Lines With Many Points …``)."""
    if len(spans) < 2 or spans[0].label not in _NAMES or spans[1].label != "title":
        return spans
    s, t = spans[0], spans[1]
    if text[s.end : t.start].strip() or _ROLE_CLOSING.search(s.text):
        return spans  # (a note's "Amy Smith, ed., | Title": the role word closes the names, no title's head)
    if s.text.rstrip().endswith(":") and _FAMILIES_ONE_GIVEN.fullmatch(s.text.rstrip()):
        return spans  # "Bortoni Salvadori, Fabia: | Title": the colon closes the names (one given name)
    m = _INVERTED_THEN.fullmatch(s.text)
    if m is not None and _ARTICLE_OPENS.match(m.group("tail")) and not _MORE_NAMES.search(m.group("tail")):
        # "Hawking, S. A Brief | History of Time": an article after the initials opens the title
        return _moved(spans, text, s.start + m.end("names"), s.start + m.start("tail"))
    if m is not None and _RUN_ON_WORD.fullmatch(m.group("tail")) and not _SUFFIX.match(m.group("tail")):
        # "Rowling, J. K. Harry | Potter and …": names close on their initial's period or a comma, so a word
        # after the initials that runs on into the title with no mark of its own is the title's first
        return _moved(spans, text, s.start + m.end("names"), s.start + m.start("tail"))
    m = _FAMILY_GIVEN_THEN.fullmatch(s.text)
    if m is not None:
        tail = m.group("tail")
        if _FAMILY_GIVEN.fullmatch(tail) or _SUFFIX.match(tail):
            return spans
        return _moved(spans, text, s.start + m.end("names") + 1, s.start + m.start("tail"))
    m = _FAMILY_GIVEN_INITIALS_THEN.fullmatch(s.text)
    if m is not None:
        if not _title_after_initials(m.group("tail").rstrip()):
            return spans
        return _moved(spans, text, s.start + m.end("names"), s.start + m.start("tail"))
    m = _CLOSED_THEN.fullmatch(s.text)
    if m is not None and not (_SUFFIX.match(m.group("tail")) or _NAME_OPENING.match(m.group("tail"))):
        return _moved(spans, text, s.start + m.end("names") + 1, s.start + m.start("tail"))
    m = _ONE_NAME_STOP_THEN.fullmatch(s.text)
    if m is not None and not _ET_AL.search(s.text):
        tail = m.group("tail").rstrip()
        # words with no comma are one phrase: a list of names goes on with a comma or "and"
        listed = ("," in tail or " and " in tail) and people_list(tail)
        if not (listed or _SUFFIX.match(tail) or _NAME_OPENING.match(tail) or _MORE_NAMES.search(tail)):
            return _moved(spans, text, s.start + m.end("names") + 1, s.start + m.start("tail"))
    m = _ONE_NAME_THEN.fullmatch(s.text)
    if m is None or _ET_AL.search(s.text):
        return spans
    tail = m.group("tail").rstrip()
    if _initials_then_words(m.group("names"), tail):
        return _moved(spans, text, s.start + m.end("names"), s.start + m.start("tail"))
    # (one part closed by a colon is a title's head, not Vancouver's "Chang SC": "S. M. Girvin, Circuit QED:")
    head_colon = tail.endswith(":") and "," not in tail
    if _colon_closed_head(tail):
        return _moved(spans, text, s.start + m.end("names"), s.start + m.start("tail"))
    if people_list(tail) or _SUFFIX.match(tail) or _NAME_OPENING.match(tail) and not head_colon:
        return spans  # "Ann Smith, Bob Jones, and Cy Lee,": the names run on
    first = tail.split(",")[0]
    one_part = first == tail.rstrip(",")
    # (a title of comma parts read on in lower case: "Werner Szambien, Symétrie, goût, | caractère : …")
    run_on = t.text[:1].islower() and _SMALL_WORD.search(" " + tail) is not None
    if not _NOT_NAMES.search(" " + first) and not (one_part and _LOWER_WORD.match(t.text)) and not run_on:
        return spans
    return _moved(spans, text, s.start + m.end("names"), s.start + m.start("tail"))


def _colon_closed_head(tail: str) -> bool:
    """Whether comma parts of capitalised words closed by a colon, after one author named given name first, are a
    title's head (``Randall Packard, | White Plague, Black Labour: Tuberculosis …``): no part opens on a given name
    the lists know, none holds an initial or "and" (``Ann Smith, Bob Jones:`` and ``…, and Cy Lee:`` are names)."""
    if not tail.endswith(":") or "," not in tail:
        return False
    parts = [p.strip() for p in tail[:-1].split(",")]
    return all(_CAPITALISED_PAIR.fullmatch(p) and not known_given(p.split()[0]) for p in parts)


# two or three capitalised words, no initial among them
_CAPITALISED_PAIR = lazy_pattern(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}")


# "Early Greek Myth.": words and no initial, closed by a stop
_WORDS_SENTENCE = lazy_pattern(r"[A-Z][^\W\d_]+(?:\s+[^\W\d_]+){1,8}\.")


def _initials_then_words(name: str, tail: str) -> bool:
    """``T. Gantz, | Early Greek Myth. | A Guide to …``: after a name written with initials, a sentence of
    words with no initial, none a known given name first, is the title's first sentence (one list writes
    its names one way)."""
    from biblio.parse.normalisers.names import known_given

    return (
        _INITIALS_FIRST.match(name) is not None
        and _WORDS_SENTENCE.fullmatch(tail) is not None
        and not known_given(tail.split(None, 1)[0])
    )


def _title_after_initials(tail: str) -> bool:
    """Whether what follows Chicago's ``Brundage, James A.`` is a title: no second name of that form, no suffix,
    no further name unless a word no name holds comes first (``Personal Memoirs of U. S. Grant``), no list of
    names (a colon closes a title's head, never a list of names)."""
    if _FAMILY_GIVEN.fullmatch(tail.rstrip(":;")) or _SUFFIX.match(tail):
        return False
    more = _MORE_NAMES.search(tail)
    if more is not None and not _NOT_NAMES.search(" " + tail[: more.start()]):
        return False
    return tail.endswith(":") or not people_list(tail)


def _moved(spans: list[Span], text: str, cut: int, a: int) -> list[Span]:
    """The names up to ``cut``; the title from ``a`` to the end of the title span after them."""
    s, t = spans[0], spans[1]
    names = Span(s.label, text[s.start : cut], s.start, cut, s.confidence)
    title = Span("title", text[a : t.end], a, t.end, min(s.confidence, t.confidence))
    return [names, title, *spans[2:]]


def people_list(tail: str) -> bool:
    """Whether ``tail`` is a list of given-name-first persons ("Ann Lee, Bob M. Jones, and C. D. Ray,"),
    decided word by word from the end (each word looked at a bounded number of times)."""
    found = list(_WORD.finditer(tail))
    if not found or found[0].start() or found[-1].end() != len(tail):
        return False
    words = [m.group() for m in found]
    n = len(words)
    # a run of initials is one given name only where one space at most parts them ("A. B.")
    close = [False] + [found[k].start() - found[k - 1].end() == 1 for k in range(1, n)]
    conj = [w in _CONJ_WORDS for w in words]

    def given_ends(i: int) -> list[int]:
        if i >= n:
            return []
        if _GIVEN_WORD.fullmatch(words[i]):
            return [i + 1]
        if not _INITIALS_FIRST.fullmatch(words[i]):
            return []
        ends, j = [i + 1], i + 1
        while j < n and close[j] and _INITIALS_NEXT.fullmatch(words[j]):
            j += 1
            ends.append(j)
        return ends

    def family_ends_list(f: int) -> tuple[bool, bool]:
        """(word f closes the list, word f closes a person the list goes on after)"""
        word = words[f]
        if f == n - 1:
            return bool(_FAMILY_WORD.fullmatch(word[:-1] if word[-1:] in ",.:" else word)), False
        return False, bool(_FAMILY_WORD.fullmatch(word[:-1] if word.endswith(",") else word))

    # last[i]: a person from word i closes the list; more[i]: a person from word i, then the list goes on
    last = [False] * (n + 1)
    more = [False] * (n + 1)
    rest = [False] * (n + 2)  # rest[i]: the words from i are the list's next person(s), after a first one
    for i in range(n - 1, -1, -1):
        for g1 in given_ends(i):
            for f in (g1, *given_ends(g1)):
                if f >= n:
                    continue
                closes, goes_on = family_ends_list(f)
                last[i] = last[i] or closes
                more[i] = more[i] or (goes_on and rest[f + 1])
        # after a person: up to one "and" before each later person, two before the last ("…, and & Lee")
        rest[i] = last[i] or more[i]
        if conj[i] and i + 1 < n:
            rest[i] = rest[i] or last[i + 1] or more[i + 1] or (conj[i + 1] and last[i + 2] if i + 2 <= n else False)
    # the first person: no "and" before it unless it is the only one
    return last[0] or more[0] or (conj[0] and n > 1 and last[1])


# the list's last name read into the title: "and Thomas Wolf. Distilbert, a distilled …"
# (or a group closing the list: "and SciPy 1.0 Contributors. SciPy 1.0: …"; APS's comma after it: "and Vijay
# Varma, gwsurrogate, https://…")
_GROUP = r"[A-Z][\w.-]*\s+(?:[A-Z0-9][\w.-]*\s+){0,3}(?:Contributors|Collaboration|Consortium|Team|Developers|Group)"
# (a family name broken at a line's end, "John Mc- Cleary", is one name, and one joined by "y", "Blaise Aguera y
# Arcas")
_AND_NAME_THEN = lazy_pattern(
    rf"(?:and|&)\s+(?P<name>{_PERSON}(?:-\s[A-Z][a-z]+|\s+y\s+{_FAMILY})?|{_GROUP})[.,]\s+(?P<tail>\S.*)", re.S
)


@needs(labels=["title"], any_label=_NAMES)
def last_name_opens_title(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``Victor Sanh, …, Julien Chaumond, | and Thomas Wolf. Distilbert, …`` (or ``…, and SciPy 1.0
    Contributors. SciPy 1.0: …``, APS's ``…, C. Galley, and Vijay Varma, gwsurrogate,``) with the list's last name,
    after its "and", read into the title: the name and its period (or comma) close the names."""
    for k in range(1, len(spans)):
        s, t = spans[k - 1], spans[k]
        if t.label != "title" or s.label not in _NAMES or not s.text.rstrip().endswith(","):
            continue
        m = _AND_NAME_THEN.fullmatch(t.text.rstrip())
        if m is None or text[s.end : t.start].strip() or _SUFFIX.match(m.group("tail")):
            return spans
        cut, a = t.start + m.end("name") + 1, t.start + m.start("tail")
        names = Span(s.label, text[s.start : cut], s.start, cut, s.confidence)
        title = Span("title", text[a : t.end], a, t.end, t.confidence)
        return [*spans[: k - 1], names, title, *spans[k + 1 :]]
    return spans


# a person of a list written "I. Family": initials with their periods, particles, the family name
_DOTTED_PERSON = lazy_pattern(
    r"(?:(?:and|&)\s+)?[A-Z]\.(?:\s?-?[A-Z][a-z]?\.)*\s+(?:[a-z]{1,3}\s+){0,2}[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"
)
# no person of that list: an article without its period and a capitalised word ("A Discrete"), or an acronym
# ("HITEMP"): the title's head
_TITLE_HEAD_PART = lazy_pattern(r"(?:A|An|The)\s+[A-Z][a-z]+|[A-Z]{3,}[A-Z0-9]*")
# capitalised words with no initial ("Smiles Transformer:", "Atom-Photon"), a colon at most after them
_UNDOTTED_WORDS = lazy_pattern(r"[A-Z][^\W\d_]*(?:-[A-Z]?[^\W\d_]+)*(?:\s+[A-Z][^\W\d_]*(?:-[A-Z]?[^\W\d_]+)*){0,3}:?")
# what follows a book's title with no mark of its own: the place, the publisher or the year
_IMPRINT_LABELS = ("location", "publisher", "date")
# a word naming an editor's role anywhere in the reference
_ROLE_WORD = lazy_pattern(r"(?i)\b(?:eds?|edited|editors?|edd|hrsg|hg|dir|a cura)\b")


def _imprint_after(spans: list[Span]) -> bool:
    """Whether the imprint follows the first span, or a volume's number and then the imprint (``…, Vol 1.
    Leipzig:``)."""
    nxt = spans[1].label
    if nxt == "volume":
        return len(spans) > 2 and spans[2].label in _IMPRINT_LABELS
    return nxt in _IMPRINT_LABELS


# one part of capitalised words, no initial, closed by its comma: "Caravaggio Studies,"
_TITLE_PART = lazy_pattern(r"[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){1,5},\s*")
# a role closing a list of editors ("J. Feather and P. Sturges, Eds"): no title's head
_EDITORS_ROLE = lazy_pattern(r"(?i)\(?(?:eds?|editors?|hrsg|hg|trans|comps?|coords?)\.?\)?")
# where a list's persons part: its commas, and before its "and" ("C. Lu and X. Tang")
_PERSONS_APART = lazy_pattern(r",\s+|\s+(?=(?:and|&)\s)")
# a list's label opening the names ("[Coh92] ")
_LIST_LABEL = lazy_pattern(r"^\[[^\]\s]{1,12}\]\s+")


@needs(labels=["title"], any_label=_NAMES)
def title_head_after_dotted_names(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's numbered ``D. van den Bekerom, E. Pannier, A Discrete | Integral Transform …`` and ``…,
    J. Tennyson, HITEMP, | the high-temperature …``: where every other part of the names is ``I. Family``, a
    last part that cannot be one (an article with no period, an acronym) opens the title; so do capitalised
    words with no initial after two such names or more (``…, H.R. Ueda, Smiles Transformer: | Pre-trained …``,
    ``…, G. Grynberg, Atom-Photon | Interactions: …``), where no group is named."""
    k = 1 if spans and spans[0].label == "citation-number" else 0
    if len(spans) < k + 2 or spans[k].label not in _NAMES or spans[k + 1].label != "title":
        return spans
    s, t = spans[k], spans[k + 1]
    if text[s.end : t.start].strip():
        return spans
    body = s.text.rstrip(" ,")
    cut = body.rfind(", ")
    if cut < 0:
        return spans
    persons = _PERSONS_APART.split(_LIST_LABEL.sub("", body[:cut]))
    if not all(_DOTTED_PERSON.fullmatch(part) for part in persons):
        return spans
    last = body[cut + 2 :]
    if _EDITORS_ROLE.fullmatch(last):
        return spans
    if not _TITLE_HEAD_PART.fullmatch(last) and not (
        len(persons) >= 2 and _UNDOTTED_WORDS.fullmatch(last) and not has_org_name_word(last)
    ):
        return spans
    moved = _moved(spans[k:], text, s.start + cut, s.start + cut + 2)
    return [*spans[:k], *moved]


# a full stop and the space after it: where a list of names may close
_STOP = lazy_pattern(r"\.\s+")
_CONJ_IN = lazy_pattern(r"\s(?:and|&)\s")
# a last word of one or two letters: "Aa.", "Wu."
_SHORT_LAST_WORD = lazy_pattern(r"(?:^|\s)[^\W\d_]{1,2}\.$")
# an italic title opening what follows: "Jia Hui Liang. *Machine Learning …*"
_ITALIC_OPENS = lazy_pattern(r"[*_][^\s*_]")


def _closed_list(head: str, rest: str, read_as_names: bool) -> bool:
    """Whether ``head`` (up to its full stop) is the whole list of given-name-first persons before the title
    ``rest``: a list joined by "and", or, where the model read a title, one person before an italic title."""
    if not rest or _ET_AL.search(head) or _SUFFIX.match(rest):
        return False
    if _SHORT_LAST_WORD.search(head):
        return False  # "H. J. Aa. | Jensen,": a short word and its stop may be an initial, the name going on
    if not _CONJ_IN.search(head) and (read_as_names or _ITALIC_OPENS.match(rest) is None):
        return False
    return people_list(head)  # (the costly test last)


@needs(any_label=("author", "editor", "title"))
def listed_names_close_at_stop(spans: list[Span], text: str) -> list[Span]:
    """The plain and natbib styles' ``Ann Lee, Bob M. Jones, and Cy Ray. Title`` (LIPIcs, JuliaCon) with the
    border of the names and the title misplaced: the title's first words read as more names (``…, and Maximillian
    Heisinger. CaDiCaL, Kissat, | Plingeling …``, ``… and Kathryn Francis. Chuffed, | 2018.``), the names read
    into the title (``Charlie Blake and Ian Gent. thecharlesblake/Solvitaire: …``) or cut inside a name (``Ian P. |
    Gent and Charles Blake. Patience …``). The list of persons closed by its "and" and its full stop is the names;
    what follows up to the title's end is the title, and a short name before the year its publisher (``Robust
    Statistics. Wiley, | 2011.``)."""
    if not spans or spans[0].start > 12 or spans[0].label not in (*_NAMES, "title"):
        return spans
    s = spans[0]
    read_as_names = s.label in _NAMES
    if not read_as_names and any(t.label in _NAMES for t in spans):
        return spans
    joined = read_as_names and len(spans) > 1 and spans[1].label == "title" and not text[s.end : spans[1].start].strip()
    end = spans[1].end if joined else s.end
    region = text[s.start : end]
    for m in _STOP.finditer(region, 0, min(len(region), 600)):
        head, rest = region[: m.start() + 1], region[m.end() :].rstrip()
        if not _closed_list(head, rest, read_as_names):
            continue
        cut, at = s.start + m.start() + 1, s.start + m.end()
        if cut == s.end:
            return spans  # the names already close there
        label = s.label if read_as_names else "author"
        names = Span(label, text[s.start : cut], s.start, cut, s.confidence)
        title = Span("title", text[at:end], at, end, s.confidence)
        after = spans[2:] if joined else spans[1:]
        title_text, stop, imprint = title.text.rpartition(". ")
        if not joined and stop and after and after[0].label == "date" and _IMPRINT.fullmatch(imprint):
            z = at + len(title_text) + 1
            return [
                names,
                Span("title", text[at:z], at, z, s.confidence),
                Span("publisher", imprint, z + 1, end, s.confidence),
                *after,
            ]
        return [names, title, *after]
    return spans
