"""Mends of roles: editors named inside a title or container."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import NAME_JOINS, REVIEW_OF, WORD, WORK_TITLES, divided, emphasis_runs, replaced
from biblio.parse.mends.gated import holds_any, labels_of, needs
from biblio.parse.mends.italic_names import ROLE_OPENS
from biblio.parse.normalisers.names import inverted_editors, names_before_role
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# "…, ed. X", "…. Edited by X": the role words and the names after them, to the span's end
# "dans Pierre Nora (dir.),", "In: J. Doe (Hrsg.):" opening a container
_NAMES_THEN_ROLE = lazy_pattern(
    r"^\s*(?:in|en|dans|im)\s*:?\s+[^\W\d][^()\[\]\d]{1,80}?\s*\((?:dir|eds?|hrsg|hg|coord)\.?\)\s*[,:]?", re.I
)
# German: "Hg. v. X", "Hrsg. von X", "Herausgegeben von X", "Ediert von X", a catalogue's "bearb. von X" and
# "beschr. von X" (the compilers, read as its editors); after a word, or a bracket
# that closes the title ("… (VIIIe–IXe siècles), ed. Régine Le Jan"), or an italic title, with a comma (a
# Chicago note's "in *Island Stories*, ed. Ivy Moss") or with no stop ("in *African Perspectives on Social
# Justice* eds. John de Coninck, …")
_EDITED_BY = lazy_pattern(
    r"(?:(?<=[^\W_]|[)\]*])[.,]|(?<=\*))\s+(?P<role>[Ee]dited\s+(?:and\s+translated\s+)?by|[Ee]ds?\.\s+and\s+trans\.|"
    r"[Ee]ds?\.(?:\s+by)?|[Hh](?:g|rsg)\.\s+v(?:on|\.)|"
    r"[Hh]erausgegeben\s+von|(?:eingeleitet\s+und\s+)?[Ee]diert\s+von|(?:bearb|beschr)\.\s+von)\s+(?=[A-Z])"
    # Annual Reviews' role with no stop, after the book's comma: "In Book, ed CE Schaefer, SE Reid,"
    r"|(?<=[^\W_]),\s+(?P<bare>eds?)\s+(?=[A-Z])"
    # a title closed by its own question or exclamation mark, which Chicago lets stand for the comma: "in *Whither
    # Tomorrow?* ed. Montgomery Abelson" (the role lower-case: "Why? Ed Smith" is no role)
    r"|(?<=[^\W_][?!])\s+(?P<asked>eds?\.|edited\s+by)\s+(?=[A-Z])"
    # MLA's book with no stop before its capital role (the italics that closed it lost): "In Preserving and
    # Exhibiting Media Art Ed. Noordegraaf et al." (not an edition's "2nd Ed. Oxford")
    r"|(?<=[a-z])(?<!\d[snrt][tdh])\s+(?P<unstopped>Eds?\.|Edited\s+by)\s+(?=[A-Z])"
)
# a note that is the role and the names alone, up to the imprint's bracket: "ed. Todd Tietchen ("
_ROLE_NOTE = lazy_pattern(r"\s*(?:[Ee]dited\s+by|[Ee]ds?\.)\s+(?P<names>[A-Z][^()\[\]\d:;]{1,80}?)[\s,(]*")
# the editors' names closed by "and" and the last name, then a numbered series: "X and G. Pinna, Memoirs … 20"
_NAMES_THEN_SERIES = lazy_pattern(
    r"(?P<names>[^,]+(?:,\s+[^,]+)*?,?\s+(?:and|&)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+"
    r"(?P<series>[A-Z][^,]*\s\d{1,4})[\s.,]*"
)
# one of these is in every role _EDITED_BY finds (a cheap test before it)
_ROLE_WORDS = ("dited", "d.", "ds.", "g.", "von", ", ed ", ", eds ")


@needs(any_label=WORK_TITLES, without=["editor"], marks=_ROLE_WORDS)
def editors_apart(spans: list[Span], text: str) -> list[Span]:
    """``Title, ed. Jean-Claude Guy.`` or ``In Book. Edited by Pat Easterling and Edith Hall,`` read as
    one title or container: the names after the role words, to the span's end, are the editors; so are a note's
    role and names alone after a title (a plain-text note's ``Title, | ed. Todd Tietchen ( | Place:``)."""
    if "editor" in labels_of(spans) or not holds_any(text, _ROLE_WORDS):
        return spans
    for k, s in enumerate(spans):
        if s.label not in WORK_TITLES:
            continue
        m = _EDITED_BY.search(s.text)
        if m is None or s.label == "title" and REVIEW_OF.match(s.text):
            continue  # (Chicago's "Review of *Book*, edited by Name": the reviewed book's editors, in the title)
        names = s.text[m.end() :]
        words = names.strip(" .,;:").split()
        series: list[Span] = []
        z = s.end
        if (sm := _NAMES_THEN_SERIES.fullmatch(names)) is not None:
            # "…*, ed. M.T. Ghiselin and G. Pinna, Memoirs from the California Academy of Sciences 20": the
            # numbered series after the last name closes the span
            words = sm.group("names").split()
            z, b = s.start + m.end() + sm.end("names"), s.start + m.end() + sm.start("series")
            series = [Span("collection-title", text[b : s.end], b, s.end, s.confidence)]
        if words[-2:] in (["et", "al."], ["et", "al"]):
            words = words[:-2]  # "Ed. Noordegraaf et al.": the names the list leaves out
        if not 1 <= len(words) <= 12 or not all(w[:1].isupper() or w in NAME_JOINS for w in words):
            continue
        a = s.start + m.start(next(g for g in ("role", "bare", "asked", "unstopped") if m.group(g)))
        return (
            spans[:k]
            + [
                Span(s.label, s.text[: m.start()], s.start, s.start + m.start(), s.confidence),
                Span("editor", text[a:z], a, z, s.confidence),
                *series,
            ]
            + spans[k + 1 :]
        )
    for k in range(1, len(spans)):
        s = spans[k]
        # a plain-text Chicago note's "Title, | ed. Todd Tietchen ( | Cambridge, MA:" with the role read as a note
        m = _ROLE_NOTE.fullmatch(s.text) if s.label == "note" and spans[k - 1].label in WORK_TITLES else None
        words = m.group("names").split() if m else []
        if m and 1 <= len(words) <= 12 and all(w[:1].isupper() or w in NAME_JOINS for w in words):
            z = s.start + m.end("names")
            return [*spans[:k], Span("editor", text[s.start : z], s.start, z, s.confidence), *spans[k + 1 :]]
    return spans


# a Chicago note's "ed. Edward Peters, trans. Martha E. McGinty": the translator's role after the editors' names,
# the editors' role before them in the span ("Pevear, Richard, and Larissa Volokhonsky, trans." names translators)
_TRANSLATOR_AFTER = lazy_pattern(r",\s+(?=(?:trans|tr)\.\s+[A-Z]|translated\s+by\s+[A-Z])")
_EDITORS_ROLE = lazy_pattern(r"(?:^|[\s,;])(?:[Ee]ds?\.|[Ee]dited\s+by)\s+(?=[A-Z])")


@needs(labels=["editor"], without=["translator"], marks=("trans", "tr."))
def translators_after_editors(spans: list[Span], text: str) -> list[Span]:
    """``in *The First Crusade*, ed. Edward Peters, trans. Martha E. McGinty (Philadelphia: …`` read as one list
    of editors: the names after ``trans.`` translated the work and edited nothing."""
    for k, s in enumerate(spans):
        if s.label != "editor" or (m := _TRANSLATOR_AFTER.search(s.text)) is None:
            continue
        if not _EDITORS_ROLE.search(s.text, 0, m.start()):
            continue
        a, b = s.start + m.start(), s.start + m.end()
        if not text[s.start : a].strip(" ,"):
            return spans
        return [
            *spans[:k],
            Span("editor", text[s.start : a], s.start, a, s.confidence),
            Span("translator", text[b : s.end], b, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# "ed. and" closing a title, the rest of the phrase ("trans. Lewis Thorpe") read as the translators after it; or the
# whole phrase closing it ("…, ed. and trans.") and the names read as the next field
_EDITED_AND_CLOSING = lazy_pattern(
    r",\s+(?P<role>(?:[Ee]ds?\.|[Ee]dited)\s+and(?P<both>\s+(?:trans\.|translated\s+by))?)\s*$"
)
_NAME_FIELDS = frozenset(["journal", "container-title", "note", "publisher"])


@needs(any_label=WORK_TITLES, marks=(" and trans", " and translated"))
def edited_and_before_translators(spans: list[Span], text: str) -> list[Span]:
    """A Chicago note's ``The History of the Franks, ed. and trans. Lewis Thorpe (…`` with ``ed. and`` read into
    the title and ``trans. Lewis Thorpe`` as the translator, or the whole phrase in the title and the names as
    another field before the imprint's bracket: the phrase names the editor and translator both."""
    for k in range(len(spans) - 1):
        s, t = spans[k], spans[k + 1]
        if s.label not in WORK_TITLES or (m := _EDITED_AND_CLOSING.search(s.text)) is None:
            continue
        a, b = s.start + m.start(), s.start + m.start("role")
        if m.group("both"):
            words = t.text.strip(" ,.").split()
            named = 1 <= len(words) <= 5 and all(w[:1].isupper() or w in NAME_JOINS for w in words)
            if t.label not in _NAME_FIELDS or not named or not text[t.end :].lstrip().startswith("("):
                continue
            label = "editor"
        elif t.label == "translator":
            label = "translator"
        else:
            continue
        return [
            *spans[:k],
            Span(s.label, text[s.start : a], s.start, a, s.confidence),
            Span(label, text[b : t.end], b, t.end, t.confidence),
            *spans[k + 2 :],
        ]
    return spans


# a shortened note's chapter in a book by one author: "in Greetham, *Scholarly Editing* 118": the book's
# author (a surname or two, a comma) before its italic title
_BOOK_AUTHOR_BEFORE_TITLE = lazy_pattern(
    r"(?:[Ii]n\s+)?(?P<names>[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?),\s+(?=\*[^*\s])"
)


@needs(labels=["title"], any_label=("container-title", "journal"), without=["editor"], marks=[", *"])
def book_author_before_container(spans: list[Span], text: str) -> list[Span]:
    """``“Title,” in Greetham, *Scholarly Editing* 118.`` with the book's author read into its container: the
    container is the italic title; the author, the container's own, is no editor and is kept as a note."""
    if "editor" in labels_of(spans):
        return spans  # the book's editors read: the name before its title is theirs to place
    for k, s in enumerate(spans):
        if s.label not in ("container-title", "journal"):
            continue
        m = _BOOK_AUTHOR_BEFORE_TITLE.match(s.text)
        if m is None or s.text.count("*") > 2 or not any(t.label == "title" for t in spans[:k]):
            continue
        if s.label == "journal" and not s.text.lower().startswith("in "):
            continue  # a journal is not "in" anything: only the book's "in Name, *Book*" is read so
        a, b = s.start + m.start("names"), s.start + m.end()
        rest = spans[k + 1 :]
        if s.label == "journal" and rest and rest[0].label == "volume":
            rest = [Span("pages", rest[0].text, rest[0].start, rest[0].end, rest[0].confidence), *rest[1:]]
        return [
            *spans[:k],
            Span("note", text[a : s.start + m.end("names")], a, s.start + m.end("names"), s.confidence),
            Span("container-title", text[b : s.end], b, s.end, s.confidence),
            *rest,
        ]
    return spans


@needs(labels=["container-title"], without=["editor"])
def editors_before_container(spans: list[Span], text: str) -> list[Span]:
    """``dans Pierre Nora (dir.), *Les Lieux de mémoire*`` read as one container: the names before a
    bracketed role word (dir., ed., eds., Hrsg., Hg.) are the editors, the rest the container."""
    if "editor" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "container-title":
            continue
        m = _NAMES_THEN_ROLE.match(s.text)
        if m is None or not WORD.search(s.text[m.end() :]):
            return spans
        return divided(spans, k, m.end(), m.end(), "editor", "container-title")
    return spans


_IN_COLON = lazy_pattern(r"\s*In\s*:\s+")


@needs(any_label=("container-title", "editor"), marks=["In"])
def inverted_editors_open_container(spans: list[Span], text: str) -> list[Span]:
    """``In: Heyer, Peter u.a.: Länger gemeinsam lernen.`` read as one container (or one editor span): in
    German references the names written family first after ``In:``, up to the colon, are the book's
    editors even with no role word, and the book follows the colon."""
    if "In" not in text:
        return spans
    for k, s in enumerate(spans):
        if s.label not in ("container-title", "editor"):
            continue
        lead = _IN_COLON.match(s.text)
        m = inverted_editors(s.text, lead.end()) if lead else None
        if m is None or not WORD.search(s.text[m.end() :]):
            continue
        a, z = s.start + m.start("names"), s.start + m.end("names")
        return [
            *spans[:k],
            Span("editor", text[a:z], a, z, s.confidence),
            Span("container-title", s.text[m.end() :], s.start + m.end(), s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# "in: R.K. Gupta" / "In Svartholm, N.": the names after "In", read as the editors
_IN_NAMES = lazy_pattern(r"^\s*In\s*:?\s+[^\W\d_]", re.I)
# "P. Moller, in: J.H. Hamilton (Ed.),": the author's names, then the editors after "in"
_AUTHOR_THEN_IN = lazy_pattern(r"^(?P<author>[^\W\d_][^\d:;()]{0,80}?,)\s+(?=in\s*:?\s+[^\W\d_])", re.I)
# the editors' span closed by their role: "… (Ed.),", "… (eds.)"
_ROLE_CLOSES = lazy_pattern(r"\(\s*(?:eds?|hrsg|hgg?|dir|coord)\.?\s*\)\s*[,:.]?\s*$", re.I)


@needs(labels=["editor"])
def role_after_in_editors(spans: list[Span], text: str) -> list[Span]:
    """``R.K. Gupta, in: R.K. Gupta (Ed.), Physics of Particles, …`` (Elsevier's and Springer's physics
    lists, which name no chapter) with the bracketed role read as the opening of the book's title, the
    author read among the editors, or the book as a container with no title: the role closes the editors,
    and the book after them is the title (as the labelled data give it), or the container after a title."""
    for k, s in enumerate(spans[:-1]):
        n = spans[k + 1]
        if s.label != "editor" or n.label not in ("title", "container-title"):
            continue
        head = None if _IN_NAMES.match(s.text) else _AUTHOR_THEN_IN.match(s.text)
        if head is None and not _IN_NAMES.match(s.text) or head is not None and any(t.label == "author" for t in spans):
            return spans
        m = ROLE_OPENS.match(n.text)
        if m is None and (n.label != "container-title" or not _ROLE_CLOSES.search(s.text)):
            return spans
        z = m.end() if m is not None else 0
        if not WORD.search(n.text[z:]):
            return spans
        titled = any(t.label == "title" and t is not n for t in spans)
        if m is None and titled:
            return spans  # "Title, in: H. Gallaire (eds.), | Book": read right
        a, e = n.start + z, s.start + (head.end() if head is not None else 0)
        author = [Span("author", head["author"], s.start, s.start + head.end("author"), s.confidence)] if head else []
        return [
            *spans[:k],
            *author,
            Span("editor", text[e:a], e, a, s.confidence),
            Span("container-title" if titled else "title", text[a : n.end], a, n.end, n.confidence),
            *spans[k + 2 :],
        ]
    return spans


# "In Middle Iranian Lexicography, eds. C.G. Cereti": the book, then its editors after their role word (Annual
# Reviews' bare "ed": "In Choices, Values, and Frames, ed D Kahneman, A Tversky,"; Italian's "a cura di", German's
# "hrsg. von", French's "éd."; French's "dir." is left out: it turned one of the dev split's references wrong)
# (PDF text spaces the role and the comma before it apart: "In ChemicalNomenclature ,ed .Kevin Thurlow")
_BOOK_THEN_ROLE = lazy_pattern(
    r"^(?P<book>\s*(?:[Ii]n\s*:?\s+|dans\s+)?[^\W\d_].*?[^\W\d_)\]])\s*(?:[.,]\s+(?=(?:[Ee]ds?\.(?:\s+by)?|[Ee]dited\s+by"
    r"|a\s+cura\s+di|[Hh]rsg\.(?:\s+von)?|hg\.(?:\s+von)?|herausgegeben\s+von|[ée]d\.|coord\.)\s+[A-Z])"
    r"|,\s+(?=eds?\s+[A-Z])|,(?=[Ee]ds?\s\.\s*[A-Z]))"
)
# "Ed. Atlas,": the house's "Ed." and one word (an editor has a given name or initials)
_HOUSE_ED = lazy_pattern(r"Ed\.\s+[A-Z][^\W\d_]+[.,]?\s*")


# (Optica writes it in lower case: "in Graphics Gems, P. S. Heckbert, ed.")
_IN_BOOK = lazy_pattern(r"\s*(?:In\s*:?|in)\s+[A-Z]")
# "In: Goldman L, Schafer AI, eds. Book": Vancouver names (a family name, its initials in capitals), the role
_VANCOUVER_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s[A-Z]{1,3}"
_VANCOUVER_EDITORS_THEN_BOOK = lazy_pattern(
    rf"\s*In\s*:?\s+(?P<names>{_VANCOUVER_NAME}(?:,\s+{_VANCOUVER_NAME})*(?:,?\s+et\s+al\.?)?,\s+(?:eds?|editors?)\.)"
    r"\s+(?P<book>[A-Z0-9].*)"
)


# "… 2.0. In Structuring Music through Markup Language:" closing a title: the book's name begins
_BOOK_HEAD = lazy_pattern(r"(?<=[^\W_][.?!])\s+(?P<book>In\s*:?\s+[A-Z][^.?!]*?:)\s*$")


# the role word and a first name cut from the family name the next span took: "hrsg. von Otto" | "Braun, Berlin"
# (the last of two editors too: a note's "ed. Keith Aspley and Peter" | "France (Edinburgh: …")
_ROLE_THEN_GIVEN = lazy_pattern(
    r"(?:\b[Hh]rsg\.\s+von|\bhg\.\s+von|\bherausgegeben\s+von|\ba\s+cura\s+di|\b[Ee]dited\s+by|\b[Ee]ds?\.)"
    r"\s+(?:[A-Z][\w'’-]+,?\s+|[A-Z]\.\s*|(?:and|&)\s+)*(?:[A-Z][\w'’-]+|(?<=\s)[A-Z]\.)$"
)
# the family name before the imprint's comma, or before the bracket a note's imprint opens
_FAMILY_THEN_COMMA = lazy_pattern(r"\s*[A-Z][\w'’-]+(?=,\s|\s+\()")


# what an editor's family name is misread as after the role word and the given names
_FAMILY_MISREADS = ("location", "publisher", "container-title", "journal")


@needs(labels=["editor"], any_label=_FAMILY_MISREADS)
def editor_family_in_imprint(spans: list[Span], text: str) -> list[Span]:
    """``in: Handbuch der Politik, hrsg. von Otto | Braun, Berlin 1999`` (or a note's ``ed. Keith Aspley and Peter |
    France (Edinburgh:``, ``hg. von Giuseppe A. | Pastore, Padua:``, Chicago's ``edited by Joseph Falaky | Nagy,
    Yearbook 1``) with the editor's family name read as the place, the publisher or the periodical: names after a
    role word run to the comma or the imprint's bracket, so the word before it is the editor's."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "editor" or nxt.label not in _FAMILY_MISREADS or s.text != s.text.rstrip(" ,;:"):
            continue
        if not _ROLE_THEN_GIVEN.search(s.text) or text[s.end : nxt.start].strip():
            continue
        m = _FAMILY_THEN_COMMA.match(nxt.text)
        if m is None:
            return spans
        z = nxt.start + m.end()
        rest = nxt.text[m.end() :].lstrip(" ,(")
        editor = Span("editor", text[s.start : z], s.start, z, s.confidence)
        if not rest:
            return [*spans[:k], editor, *spans[k + 2 :]]
        a = nxt.end - len(rest)
        return [*spans[:k], editor, Span(nxt.label, text[a : nxt.end], a, nxt.end, nxt.confidence), *spans[k + 2 :]]
    return spans


# the editors after German's role phrase, then the town after a comma: "hg. von Hellmut Federhofer, Dallas"
_ROLE_NAMES_TOWN = lazy_pattern(
    r"(?:\b[Hh]rsg\.\s+von|\bhg\.\s+von|\bherausgegeben\s+von)\s+[A-Z][^,;:()]*?[^\W\d_],\s+"
    r"(?P<town>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)$"
)
# a state's code in brackets after the town, then the colon before the publisher: "(TX): American Institute"
_BRACKETED_STATE = lazy_pattern(r"\s*\([A-Z]{2}\)\s*:\s*")


@needs(labels=["editor", "publisher"], without=["location"])
def town_closing_editors(spans: list[Span], text: str) -> list[Span]:
    """``…, hg. von Hellmut Federhofer, Dallas (TX): American Institute of Musicology, 39–130.`` with the town read
    with the editors and its bracketed state with the publisher: a known town after the editors' comma, before a
    bracketed state and the colon, is the place of publication."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "editor" or nxt.label != "publisher" or not nxt.text.startswith("("):
            continue
        m = _ROLE_NAMES_TOWN.search(s.text.rstrip())
        state = _BRACKETED_STATE.match(nxt.text)
        if m is None or state is None or not is_place(m["town"]) or text[s.end : nxt.start].strip():
            return spans
        a = s.start + m.start("town")
        b = nxt.start + state.end()
        place_end = nxt.start + nxt.text.index(")") + 1
        head = text[s.start : a].rstrip(" ,")
        return [
            *spans[:k],
            Span("editor", head, s.start, s.start + len(head), s.confidence),
            Span("location", text[a:place_end], a, place_end, s.confidence),
            Span("publisher", text[b : nxt.end], b, nxt.end, nxt.confidence),
            *spans[k + 2 :],
        ]
    return spans


# German's role phrase inside a span read as the editors, after a comma: "Sonaten*, hg. von Hans J. Moser"
_ROLE_AFTER_COMMA = lazy_pattern(r",\s+(?=(?:[Hh]rsg\.|[Hh]g\.|herausgegeben)\s+von\s+[A-Z])")
_HEAD_HOLDERS = frozenset(["title", "container-title", "note"])
# a bracket closing the work's words before the role phrase: " [Ms.]"
_CLOSING_BRACKET = lazy_pattern(r"\s*(?P<bracket>\[[^\[\]]{1,30}\])\s*$")
_CONTAINER_IN = lazy_pattern(r",\s+in\s*:?\s*$|\sin:")


@needs(labels=["editor"], marks=("hg.", "Hg.", "hrsg.", "Hrsg.", "herausgegeben"))
def work_words_before_german_role(spans: list[Span], text: str) -> list[Span]:
    """``(1990), *Sonaten*, hg. von Hans J. Moser, Kassel:`` (or ``*Bassi e Fughe* [Ms.], hg. von …``) with the
    work's words read into its editors: the editors begin at German's role phrase after the comma, and the words
    before it are the work's title (or close the title read before them)."""
    for k, s in enumerate(spans):
        if s.label != "editor":
            continue
        m = _ROLE_AFTER_COMMA.search(s.text)
        if m is None or not s.text[: m.start()].strip(" *_[]") or _CONTAINER_IN.search(s.text, m.end()):
            return spans  # (an edition's editors before "in:" are the mends' of editions in periodicals)
        head_end, role = s.start + m.start(), s.start + m.end()
        prev = spans[k - 1] if k else None
        if prev is not None and prev.label in _HEAD_HOLDERS and not text[prev.end : s.start].strip():
            d = _CLOSING_BRACKET.search(text, prev.start, head_end)
            if d is not None and d.start() > prev.start:
                # "*Bassi e Fughe* [Ms.], hg. von": the bracket describing the work is none of its title
                z = d.start()
                holder = Span(prev.label, text[prev.start : z], prev.start, z, prev.confidence)
                note = Span("note", text[d.start("bracket") : head_end], d.start("bracket"), head_end, s.confidence)
                before, head = [*spans[: k - 1], holder], note
            else:
                head = Span(prev.label, text[prev.start : head_end], prev.start, head_end, prev.confidence)
                before = spans[: k - 1]
        elif not any(t.label == "title" for t in spans):
            head = Span("title", text[s.start : head_end], s.start, head_end, s.confidence)
            before = spans[:k]
        else:
            return spans
        return [*before, head, Span("editor", text[role : s.end], role, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# "in: The Hubble Deep Field, Arribas, S., Koekemoer, A., Whitmore, B. (eds.)": the book (its comma parts opening on
# no initial), then names written family first, each with its initials, before the bracketed role
_INVERTED = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s(?:[A-Z]\.\s?-?)+"
_BOOK_THEN_INVERTED_EDITORS = lazy_pattern(
    r"^\s*[Ii]n:?\s+(?P<book>[^,()]+(?:,\s(?![A-Z]\.)[^,()]+)*?),\s+"
    rf"(?P<names>{_INVERTED}(?:,?\s(?:(?:and|&)\s)?{_INVERTED})*),?\s*\([Ee]ds?\.?\)"
)

# the editors of a Harvard chapter written family first, before their bracketed role, with no stop or with one
# ("Salaman, G. and Thompson, K. (eds),"); the book's last words may open the span ("in Organizations, …")
_INVERTED_ROLE_AFTER = lazy_pattern(
    r"^\s*(?:(?P<book>in\s+[A-Z][^,()]*?),\s+)?"
    rf"(?P<names>{_INVERTED}(?:,?\s(?:(?:and|&)\s)?{_INVERTED})*),?\s*\((?:eds?|Eds?)\.?\)"
)
# "Roles and Rules, in Control and Ideology": the book opens after the title's comma and "in"
_COMMA_IN_BOOK = lazy_pattern(r",\s+in\s+(?=[A-Z])")


@needs(labels=["title", "editor"], without=["container-title"], marks=["in"])
def comma_in_book_before_editors(spans: list[Span], text: str) -> list[Span]:
    """Harvard chapters ``Roles and Rules, in Control and Ideology in Organizations, Salaman, G. and Thompson, K.
    (eds), (Publisher, Place).`` with the book read into the title (and its last words into the editors): the
    title ends at its comma before ``in``, the book runs from there to the editors' names."""
    if "container-title" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s, prev = spans[k], spans[k - 1]
        if s.label != "editor" or prev.label != "title" or text[prev.end : s.start].strip():
            continue
        m = _INVERTED_ROLE_AFTER.match(s.text)
        cut = list(_COMMA_IN_BOOK.finditer(prev.text))
        if m is None or not cut or len(WORD.findall(prev.text[: cut[-1].start()])) < 2:
            return spans
        a = prev.start + cut[-1].end()
        z = s.start + m.end("book") if m.group("book") else prev.start + len(prev.text.rstrip(" ,"))
        title = Span("title", prev.text[: cut[-1].start()], prev.start, prev.start + cut[-1].start(), prev.confidence)
        book = Span("container-title", text[a:z], a, z, prev.confidence)
        n = s.start + m.start("names")
        editors = Span("editor", text[n : s.end], n, s.end, s.confidence)
        return [*spans[: k - 1], title, book, editors, *spans[k + 1 :]]
    return spans


@needs(labels=["editor"], without=["container-title"])
def book_before_editors(spans: list[Span], text: str) -> list[Span]:
    """``In Middle Iranian Lexicography, eds. C.G. Cereti & M. Maggi.`` read as one editor span: the
    words before the role word are the book (the container), the role word and the names after it the
    editors; so are the initialled names before it in ``In Science and Speculation, J. Barnes et al. eds.,``."""
    if "container-title" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label != "editor":
            continue
        if (v := _VANCOUVER_EDITORS_THEN_BOOK.match(s.text)) is not None:
            # AMA's and NLM's "In: Goldman L, Schafer AI, eds. Goldman-Cecil Medicine.": the names, then the book
            return divided(spans, k, v.end("names"), v.start("book"), "editor", "container-title")
        if not any(t.label == "title" for t in spans[:k]):
            return spans  # editors opening the reference: "Cove, John J., and George F. MacDonald, eds. Title"
        if s.text.startswith("ed. it. "):
            return spans  # Italian's "ed. it. a cura di G. Marrone" (the Italian edition's editor) names no book
        if (e := _BOOK_THEN_INVERTED_EDITORS.match(s.text)) is not None:
            # Elsevier's and the AAS's "in: Workshop Name, Arribas, S., Koekemoer, A. (eds.),": the book, then the
            # editors written family first
            return divided(spans, k, e.end("book"), e.start("names"), "container-title", "editor")
        m = _BOOK_THEN_ROLE.match(s.text)
        named = names_before_role(s.text) if m is None and _IN_BOOK.match(s.text) else None
        if named is not None:  # "In Science and Speculation, J. Barnes et al. eds.,": the names before the role
            book_end = len(s.text[: named[0]].rstrip(" ,"))
            return divided(spans, k, book_end, named[0], "container-title", "editor")
        if m is None or len(WORD.findall(m.group("book"))) < 2:
            return spans
        if _HOUSE_ED.fullmatch(s.text[m.end() :]) and is_place(m.group("book")):
            # Portuguese and Spanish "Rio de Janeiro, Ed. Atlas,": "Ed." is the house's (editora), after its town
            return divided(spans, k, m.end("book"), m.end(), "location", "publisher")
        out = divided(spans, k, m.end("book"), m.end(), "container-title", "editor")
        prev = spans[k - 1] if k else None
        head = _BOOK_HEAD.search(prev.text) if prev is not None and prev.label == "title" else None
        if prev is None or head is None:
            return out
        # "… XML 2.0. In Structuring Music through Markup Language: | Designs and Architectures": the
        # book's name opens in the title's last sentence
        a = prev.start + head.start("book")
        title = Span(
            "title",
            text[prev.start : prev.start + head.start()],
            prev.start,
            prev.start + head.start(),
            prev.confidence,
        )
        book = Span("container-title", text[a : out[k].end], a, out[k].end, out[k].confidence)
        return [*spans[: k - 1], title, book, *out[k + 1 :]]
    return spans


_BARE_NUMBER = lazy_pattern(r"^\s*\d+\s*[.,]?\s*$")
# "Cove, John J., and George F. MacDonald, eds. Tsimshian Narratives, …": names, the role word, the title
_NAMES_ROLE_TITLE = lazy_pattern(r"^(?P<names>[^\W\d_].{0,200}?[^\W\d_.]\.?,\s*(?:eds?|editors)\.?)\s+(?=[A-Z])")


@needs(labels=["editor"])
def title_after_opening_editors(spans: list[Span], text: str) -> list[Span]:
    """``Cove, John J., and George F. MacDonald, eds. Tsimshian Narratives, Collected by …`` read as one
    editor span opening the reference: after the role word that closes the names comes the title."""
    k = 1 if spans[:1] and spans[0].label == "citation-number" else 0
    if k >= len(spans) or spans[k].label != "editor":
        return spans
    s = spans[k]
    m = _NAMES_ROLE_TITLE.match(s.text)
    if m is None or len(WORD.findall(s.text[m.end() :])) < 2:
        return spans
    out = divided(spans, k, m.end("names"), m.end(), "editor", "title")
    # a bare number the model read as the title is the series' number (``Paper 3.``), not a second title
    return [t for t in out if not (t.label == "title" and t is not out[k + 1] and _BARE_NUMBER.match(t.text))]


_IMPRINT_LABELS = frozenset(["location", "publisher", "date"])
# "Brughmans, Tom, and Andrew Wilson, eds.": one family name, its given names, then perhaps one more person in
# natural order ("Jack Kerouac, The Haunted Life …, ed." is an author and a title)
_INVERTED_PAIR = lazy_pattern(
    r"^[^\W\d][\w'’-]+,\s+[^\W\d][\w'’-]*\.?(?:\s+[A-Z]\.)*"
    r"(?:,?\s+(?:and|&)\s+(?:[^\W\d][\w'’-]*\.?\s+){1,3}[^\W\d][\w'’-]+)?,\s*(?:eds?|editors)\.?$"
)


@needs(labels=["editor"], any_label=("author", "title"))
def editors_read_across_names(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``Brughmans, Tom, and Andrew Wilson, eds. Simulating Roman Economies: …. Oxford: …`` with no
    italics, read as an author, a title (the second name) and an editor (the title): the names up to the role
    word are the editors, and the words from there to the imprint the title."""
    if "editor" not in labels_of(spans):
        return spans  # (its gate's label: with no editor read, other readings keep the names apart)
    m = _NAMES_ROLE_TITLE.match(text)
    if m is None or not _INVERTED_PAIR.match(m.group("names")):
        return spans
    head = [s for s in spans if s.start < m.end()]
    if not head or {s.label for s in head} - {"author", "title", "editor"} or head[0].label == "editor":
        return spans
    after = next((s for s in spans if s.start >= m.end() and s.label in _IMPRINT_LABELS), None)
    if after is None or any(s.label not in ("title", "editor") for s in spans if m.end() <= s.start < after.start):
        return spans
    z = after.start - (len(text[: after.start]) - len(text[: after.start].rstrip()))
    if len(WORD.findall(text[m.end() : z])) < 2:
        return spans
    names = Span("editor", text[: m.end("names")], 0, m.end("names"))
    return replaced(spans, text, 0, z, [names, Span("title", text[m.end() : z], m.end(), z)])


# the Spanish edition's words before its editor: "Edición de", "Edición crítica de", "Edición corregida y anotada por",
# "edición, prólogo, notas e índice analítico de", "edición y estudio introductorio de"
_EDITION_BY = (
    r"dici[óo]n(?:(?:,|\s+[ye])?\s+(?:cr[íi]tica|corregida|anotada|revisada|notas|introducci[óo]n|pr[óo]logo|"
    r"estudio(?:\s+(?:introductorio|preliminar))?|[íi]ndice(?:\s+anal[íi]tico)?))*\s+(?:de|por)"
)
# ABNT's and Spanish styles' organiser after the title: "*Encontros*. Org. Sergio Cohn. Rio de Janeiro:",
# "Organização Maurício Negro.", "Edición de Ana Ruiz y Juan Gil." — after a title's full stop (not an
# abbreviation's: "J. Org. Chem."), the role words, then two or more names' words up to a whole word's stop (or
# the bracket of a note's imprint)
_ORGANISED_BY = lazy_pattern(
    r"(?:(?:(?<=[^\W\d_]{2}\.\s)|(?<=[*\]]\.\s))(?P<role>Org\.|Orgs\.|Organiza[çc][ãa]o(?:\s+de)?|Organizado\s+por|"
    r"Coordena[çc][ãa]o(?:\s+de)?|Coordinado\s+por|Compilado\s+por|Compilaci[óo]n\s+de|E" + _EDITION_BY + r"|"
    r"Edi[çc][ãa]o\s+de)\s+"
    # (a Chicago note's "*Título*, edición de Name (Lugar: …": the role in lower case after the title's comma)
    r"|(?<=[\w*.],\s)(?P<low>e" + _EDITION_BY + r")\s+)"
    r"(?P<names>(?:(?:[A-Z\u00c0-\u00de][\w'\u2019-]+|[A-Z]\.|e|y|de|da|do|dos|das|del|la|las|los),?\s+){1,8}?"
    r"[A-Z\u00c0-\u00de][\w'\u2019-]+)(?:\.(?=\s|$)|(?=\s\()|(?=\s+[ye]\s+(?:notas|pr[óo]logo|introducci[óo]n|estudio)\s))"
)


# the other tasks' clause after the editor's names: " y notas de Rogelio Ruiz Gomar."
_OTHER_TASKS = lazy_pattern(
    r"\s+([ye]\s+(?:notas|pr[óo]logo|introducci[óo]n|estudio)\s+(?:de|por)\s+[^.,;:()]{2,80}?\.)(?=\s|$)"
)


# a cheap first look for the role words ("Organization" holds none of them)
_ORGANISER_WORDS = ("Org", "Coord", "Compila", "Edic", "Ediç", "edic")


@needs(without=["editor"], marks=_ORGANISER_WORDS)
def organiser_after_title(spans: list[Span], text: str) -> list[Span]:
    """``*Encontros*. Org. Sergio Cohn. Rio de Janeiro: Azougue`` with the organiser read into the title,
    a series or the publisher: the names after the role words are the editors."""
    if "editor" in labels_of(spans) or not holds_any(text, _ORGANISER_WORDS):
        return spans
    if (m := _ORGANISED_BY.search(text)) is None:
        return spans
    a, z = m.span("names")
    at = m.start("role") if m.group("role") else m.start("low")
    role = Span("other", text[at:a], at, a)
    z += text.startswith(".", z)  # the name's closing stop, none before a bracket
    editor = Span("editor", text[a:z], a, z)
    parts = [role, editor]
    if (more := _OTHER_TASKS.match(text, z)) is not None:
        # ("edición de Juana Gutiérrez y notas de Rogelio Ruiz.": the annotator's clause, no container)
        parts.append(Span("other", text[more.start(1) : more.end()], more.start(1), more.end()))
    out = replaced(spans, text, role.start, parts[-1].end, parts)
    k = out.index(role)
    if k and out[k - 1].label in ("source", "container-title") and not any(s.label == "title" for s in out):
        w = out[k - 1]  # the organiser edited the work named before: a book, no container
        out[k - 1] = Span("title", w.text, w.start, w.end, w.confidence)
    return out


# an editor's initials after the comma of an inverted name, the role after them: ", R. (Ed.)."
_INITIALS_THEN_ROLE = lazy_pattern(r"^,\s*(?:[A-Z]\.\s*-?){1,3}\s*\(?(?:eds?|hrsg|hg|dir)\.?\)?[.,:]?\s*$", re.I)
# a family name closing a sentence of the work's title: ". Hague"
_FAMILY_AFTER_STOP = lazy_pattern(r"(?<=[^\W\d_]{2}[.?!])\s+(?P<family>[A-Z][^\W\d_'’-]+(?:[-'’][A-Z]?[^\W\d_]+)?)$")


@needs(labels=["editor"], any_label=("container-title", "title"))
def family_before_editor_initials(spans: list[Span], text: str) -> list[Span]:
    """``In: Dynamics, Exposure and Hazard Assessment of Toxic Chemicals. Hague, R. (Ed.).`` with the editor's
    family name read into the book's title and the initials alone as the editor."""
    for k in range(1, len(spans)):
        w, e = spans[k - 1], spans[k]
        if e.label != "editor" or w.label not in ("container-title", "title") or e.start - w.end > 1:
            continue
        if not _INITIALS_THEN_ROLE.match(e.text) or (m := _FAMILY_AFTER_STOP.search(w.text)) is None:
            continue
        a = w.start + m.start("family")
        head = w.text[: m.start()].rstrip()
        return [
            *spans[: k - 1],
            Span(w.label, head, w.start, w.start + len(head), w.confidence),
            Span("editor", text[a : e.end], a, e.end, e.confidence),
            *spans[k + 1 :],
        ]
    return spans


# a role's span closed on a first name's initial: "Edited by J.", "Translated by M. H."
_ROLE_AT_INITIAL = lazy_pattern(
    r"^(?:[Ee]dited|[Tt]ranslated|[Ii]ntroduced|[Ee]ds?\.)\s+(?:by\s+)?(?:[A-Z]\.\s*){1,3}$"
)
# the rest of that name after it, up to a comma or a stop: "Paul Hunter,"
_NAME_REST = lazy_pattern(r"\s*(?P<rest>(?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.)){0,2})(?=\s*[,.])")


# a second role after the first's names: ", edited by Christopher Tolkien,"
_NEXT_ROLE = lazy_pattern(r"^[\s,]*(?P<role>[Ee]dited\s+by|[Tt]ranslated\s+by)\s+(?=[A-Z])")
_NEXT_ROLES = {"e": "editor", "t": "translator"}


@needs(any_label=("editor", "translator"), marks=(" by ", "d."))
def role_names_past_initial(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``Edited by J. Paul Hunter, W. W. Norton, 1996.`` with the role's names cut at the initial and the
    rest of the name read as a place or publisher: the capitalised words up to the comma finish the name."""
    for k, s in enumerate(spans[:-1]):
        if s.label not in ("editor", "translator") or not _ROLE_AT_INITIAL.match(s.text.rstrip()):
            continue
        m = _NAME_REST.match(text, s.end)
        if m is None or m.end("rest") > spans[k + 1].end:
            continue
        whole = Span(s.label, text[s.start : m.end("rest")], s.start, m.end("rest"), s.confidence)
        out = replaced(spans, text, s.start, m.end("rest"), [whole])
        j = out.index(whole) + 1
        if j < len(out) and (r := _NEXT_ROLE.match(out[j].text)):
            # "Translated by J. R. R. Tolkien, | edited by Christopher Tolkien,": the next role's names
            a = out[j].start + r.start("role")
            out[j] = Span(
                _NEXT_ROLES[r.group("role")[0].lower()], text[a : out[j].end], a, out[j].end, out[j].confidence
            )
        return out
    return spans


# APA's editors of a whole work after its title, "(R. K. Pachauri & L. A. Meyer, Eds.)", and what follows them
_BRACKETED_EDITORS = lazy_pattern(r"^\((?P<names>[A-Z][^()]{1,300}?),\s+(?:Eds?|Hrsg|Coords?|Dirs?)\.\)\.?")


@needs(without=("editor",), marks=("Ed",))
def bracketed_editors_opening_span(spans: list[Span], text: str) -> list[Span]:
    """APA's ``… Fifth Assessment Report (R. K. Pachauri & L. A. Meyer, Eds.). IPCC.`` with the editors' bracket
    read into the publisher after it: the bracket is the editors, what follows it keeps its reading."""
    for k, s in enumerate(spans):
        if (
            k == 0
            or s.label in ("editor", "title", "container-title")
            or (m := _BRACKETED_EDITORS.match(s.text)) is None
        ):
            continue
        z = s.start + m.end()
        return replaced(spans, text, s.start, z, [Span("editor", text[s.start : z], s.start, z, s.confidence)])
    return spans


# a role word opening a span of its own: "eds. G.R. de Beer, L. Junod", "ed. Patricia"
_ROLE_OPENING = lazy_pattern(r"^(?:[Ee]ds?\.|[Ee]dited\s+by)\s+(?=[A-Z])")
# where the names after it stop: the bracket, place or publisher of the imprint
_PLACE_LABELS = frozenset({"location", "publisher"})


_EMPHASIS_AND_MARK = lazy_pattern(r"[*_]?[,.]?\s*")


@needs(any_label=WORK_TITLES, without=["editor"], marks=("d.", "ds.", "dited"))
def role_after_title_opens_names(spans: list[Span], text: str) -> list[Span]:
    """A Chicago note's ``*Miscellanea Gibboniana*, eds. G.R. de Beer, L. Junod (Lausanne: …)`` with the role
    and names after the title read as a date, a translator or a second title: from the role word to the imprint's
    bracket the names are the editors."""
    if "editor" in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label in WORK_TITLES or spans[k - 1].label not in WORK_TITLES or not _ROLE_OPENING.match(s.text):
            continue
        if not _EMPHASIS_AND_MARK.fullmatch(text[spans[k - 1].end : s.start]) or not text[: s.start].rstrip(
            " ,."
        ).endswith(("*", "_")):
            return spans  # the role must follow the italic title's close
        j = k + 1
        while j < len(spans) and spans[j].label not in _PLACE_LABELS and not spans[j].text.startswith("("):
            j += 1
        end = spans[j - 1].end
        names = _ROLE_OPENING.sub("", text[s.start : end])
        words = names.strip(" .,;:").split()
        if not 1 <= len(words) <= 12 or not all(w[:1].isupper() or w in NAME_JOINS for w in words):
            return spans
        return spans[:k] + [Span("editor", text[s.start : end].rstrip(" ,;"), s.start, end, s.confidence)] + spans[j:]
    return spans


# two names, each with its own role in brackets: "Strassler, Robert B., (ed.), and Purvis, Andrea L. (trans.),"
_ROLE_BRACKET = r"\(\s*(?P<{0}>eds?|trans|tr|transl)\.?\s*\)"
_NAMES_WITH_ROLES = lazy_pattern(
    rf"^(?P<first>[^()]+?)\s*,?\s*{_ROLE_BRACKET.format('r1')}\s*,?\s*(?:and|&)\s+"
    rf"(?P<second>[^()]+?)\s*,?\s*{_ROLE_BRACKET.format('r2')}\s*[.,;:]?\s*$"
)


def _role_label(word: str) -> str:
    return "editor" if word.startswith("ed") else "translator"


_ROLE_IN_BRACKETS = lazy_pattern(r"\s*\((?:eds?|trans|tr)\.?\)")


@needs(any_label=("author", "editor", "translator"), marks=["("])
def names_each_with_role(spans: list[Span], text: str) -> list[Span]:
    """``Strassler, Robert B., (ed.), and Purvis, Andrea L. (trans.),`` or ``Waterfield, Robin (trans.) and
    Dewald, Carolyn (ed.)`` read as one list of editors: each name's bracket gives its own role."""
    for k, s in enumerate(spans):
        if s.label not in ("author", "editor", "translator"):
            continue
        end = s.end
        # the second role's bracket may open the span after ("Dewald, Carolyn" | "(ed.). (1998).")
        m = _NAMES_WITH_ROLES.match(s.text)
        if m is None and k + 1 < len(spans) and (b := _ROLE_IN_BRACKETS.match(text[s.end :])):
            end = s.end + b.end()
            m = _NAMES_WITH_ROLES.match(text[s.start : end])
        if m is None or _role_label(m["r1"]) == _role_label(m["r2"]):
            continue
        parts = []
        for group, role in (("first", "r1"), ("second", "r2")):
            a, z = m.span(group)
            parts.append(Span(_role_label(m[role]), m[group], s.start + a, s.start + z, s.confidence))
        rest = [t for t in spans[k + 1 :] if t.end > end]
        if rest and rest[0].start < end:
            rest[0] = Span(rest[0].label, text[end : rest[0].end], end, rest[0].end, rest[0].confidence)
        return [*spans[:k], *parts, *rest]
    return spans


# a note's author, then in brackets the editor or translator of the edition cited, then its italic title:
# "A. Condivi (ed. Hellmut Wohl), *The Life of Michelangelo*"
_ROLE_BRACKET_AFTER_NAME = lazy_pattern(
    r"(?P<author>[A-Z][^\W\d_]*\.?(?:\s+[A-Z][^\W\d_'’-]*\.?){1,3})\s+"
    r"\((?P<role>(?:ed|eds|trans|tr)\.|edited\s+by|translated\s+by)\s+(?P<names>[A-Z][^()\d]{2,80}?)\),?\s+(?=[*_])"
)


@needs(any_label=("author", "editor"), marks=("(ed", "(tr", "(edited", "(translated"))
def role_bracket_after_author(spans: list[Span], text: str) -> list[Span]:
    """``A. Condivi (ed. Hellmut Wohl), *The Life of Michelangelo*, p. 103, Phaidon, 1976.`` read with the author
    as an editor and the bracket's names run into a container: the names before the bracket are the author, the
    bracket's the editor (or translator) of the edition, and the italic run after it the title."""
    m = _ROLE_BRACKET_AFTER_NAME.match(text)
    if m is None or not spans or spans[0].start > m.start("names"):
        return spans
    z = m.end()
    runs = [r for r in emphasis_runs(text) if r.start == z]
    if not runs:
        return spans
    run = runs[0]
    role = "translator" if m.group("role").lower().startswith("tr") else "editor"
    conf = spans[0].confidence
    new = [
        Span("author", m.group("author"), m.start("author"), m.end("author"), conf),
        Span(role, text[m.start("role") : m.end("names")], m.start("role"), m.end("names"), conf),
        Span("title", text[run.start : run.end], run.start, run.end, conf),
    ]
    rest = []
    for s in spans:
        if s.end <= run.end:
            continue
        if s.start < run.end:  # a span that opened before the run ends keeps what follows it
            tail = text[run.end : s.end]
            a = run.end + len(tail) - len(tail.lstrip(" ,.;:"))
            if a >= s.end:
                continue
            s = Span(s.label, text[a : s.end], a, s.end, s.confidence)
        rest.append(s)
    return [*new, *rest]


# natbib's "…, and Roderick Bloem, editors." closing a list that opens the reference
_EDITORS_CLOSE = lazy_pattern(r",?\s+(?:editors|eds?)\.?\s*$")


@needs(labels=["author", "editor"], marks=("ed",))
def opening_list_of_editors(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``Edmund M. Clarke, Thomas A. Henzinger, Helmut Veith, and Roderick Bloem, editors. Handbook of Model
    Checking.`` with the first names read as authors: a list that opens the reference, goes on past its commas and
    closes on ``editors`` is one list of editors."""
    if len(spans) < 2 or text[: spans[0].start].strip():
        return spans
    a, e = spans[0], spans[1]
    if a.label != "author" or e.label != "editor" or not a.text.rstrip().endswith(","):
        return spans
    if text[a.end : e.start].strip() or not _EDITORS_CLOSE.search(e.text):
        return spans
    return [Span("editor", text[a.start : e.end], a.start, e.end, min(a.confidence, e.confidence)), *spans[2:]]


# natbib's "Julian P. T. Higgins and Sally Green, editors. Title": names in natural order (capitalised words and
# initials, commas and "and") opening the reference and closed by ", editors."
_OPENING_EDITORS = lazy_pattern(
    r"(?:[A-Z][\w\u2019'-]*(?![\w\u2019'-])\.?\s?|and\s|,\s)+?,\s(?:editors|eds\.)(?=\.?\s+[A-Z])"
)


_INVERTED_OPENING = lazy_pattern(r"[^\s,]+,")


@needs(labels=["author"], marks=(", editors", ", eds."))
def opening_editors_read_as_title(spans: list[Span], text: str) -> list[Span]:
    """natbib's ``Julian P. T. Higgins and Sally Green, editors. Cochrane Handbook …`` with the first given names
    read as an author and the rest of the names as the title (or the whole list, role and all, as authors, which
    leaves no name): the names that open the reference and close on ``, editors`` are the editors."""
    if not spans or spans[0].label != "author" or text[: spans[0].start].strip():
        return spans
    m = _OPENING_EDITORS.match(text, spans[0].start)
    if m is None or " and " not in m[0] and m[0].count(",") < 2:
        return spans
    # (names in natural order: an inverted "Brughmans, Tom, and …" is Chicago's, read by the other mends)
    if _INVERTED_OPENING.match(m[0]) or any(s.label not in ("author", "title") for s in spans if s.start < m.end()):
        return spans
    z = m.end() + 1 if text[m.end() : m.end() + 1] == "." else m.end()
    editors = Span("editor", text[m.start() : z], m.start(), z, spans[0].confidence)
    return replaced(spans, text, m.start(), z, [editors])


# any word that makes names editors: "eds.", "Ed.", "editor(s)", "edited", "Hrsg.", "(dir.)", "coord."
_ANY_ROLE = lazy_pattern(
    r"\b(?:eds?\.|editors?|edited|edit\.|hrsg|hgg?\.|dir\.|coords?\.|comps?\.|compiled|trans\.|translated)"
    r"|\(\s*(?:eds?|dir|coord)\b|\b[Ee]ds?\b(?!\s+[A-Z]\b|\s+[A-Z]\.|\s+[A-Z][a-z])",
    re.I,
)


# the commas of a list of three names or more, in natural order ("A B, C D, E F,")
_LIST_COMMAS = 3


@needs(labels=["author", "editor"])
def editors_without_role_continue_authors(spans: list[Span], text: str) -> list[Span]:
    """A 31-name list's ``…, Hongkun Yu, | Slav Petrov, Ed H. Chi, Jeff Dean, …, and Jason Wei.`` with its tail read
    as editors (``Ed`` is Ed H. Chi's given name): names that go on from a long list of authors' comma, with no
    word of an editor's role among them, are more authors."""
    for k in range(len(spans) - 1):
        a, e = spans[k], spans[k + 1]
        if a.label != "author" or e.label != "editor" or not a.text.rstrip().endswith(","):
            continue
        if text[a.end : e.start].strip() or _ANY_ROLE.search(e.text):
            return spans
        if a.text.count(",") < _LIST_COMMAS:
            return spans  # one or two names before unmarked editors: no list that visibly goes on
        return [*spans[:k], Span("author", text[a.start : e.end], a.start, e.end, min(a.confidence, e.confidence)),
                *spans[k + 2 :]]
    return spans



# "Genossenschaft der bildenden Künstler Wiens, ed. Katalog Der XI. Jahres-Ausstellung in Wien.": Chicago's
# editors (a body) opening the entry, their role word, then the title
_OPENING_ROLE = lazy_pattern(r"^(?P<names>[A-Z\u00c0-\u00de][^\d.,;:()\[\]]{2,80}?),\s*(?P<role>eds?\.)\s+(?=[A-Z])")
_TITLE_WORD = lazy_pattern(r"\d|\b(?!(?:and|und|et|von|van|de|der|den|du|da|di|la|le)\b)[a-z\u00df-\u00ff]+\b")


@needs(labels=["title"], without=["editor", "author"], words=["ed", "eds"])
def body_editor_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``Genossenschaft der bildenden Künstler Wiens, ed. Katalog Der XI. Jahres-Ausstellung in Wien. Wien, 1880.``
    read as one title: the names before ", ed." are the editors and the title follows the role word. What follows
    must read as a title (a number or a lower-case word other than a name's particle): in ``Poems, ed. John Smith``
    the title comes first and the names follow."""
    k = 1 if spans[:1] and spans[0].label == "citation-number" else 0
    if k >= len(spans) or spans[k].label != "title":
        return spans
    s = spans[k]
    m = _OPENING_ROLE.match(s.text)
    if m is None or len(m.group("names").split()) < 2 or _TITLE_WORD.search(s.text[m.end() :]) is None:
        return spans
    return divided(spans, k, m.end("role"), m.end(), "editor", "title")


# an edition's title, then its editors after German's role phrase: "Das Nekrolog der …, hrsg. von Joseph Clauss"
_TITLE_THEN_EDITED_BY = lazy_pattern(
    r"^(?P<title>[^\W\d_][^,;]*?[^\W_])\s*[,.]\s+(?P<role>(?:[Zz]um\s+ersten\s+[Mm]ale\s+|eingeleitet\s+und\s+)?"
    r"(?:hrsg\.|hg\.|herausgegeben|ediert|bearb\.|bearbeitet)\s+von\s+)(?=[A-ZÀ-Ý])"
)


@needs(any_label=("editor", "author"), without=["title"], marks=("von ",))
def edition_read_as_editors(spans: list[Span], text: str) -> list[Span]:
    """``Das Nekrolog der Cisterzienser-Abtei Pairis, hrsg. von Joseph M. B. Clauss, in: Bulletin …`` read as one
    run of editors opening the reference: the words before the role phrase are the edition's title, the names
    after it its editors."""
    if not spans or spans[0].label not in ("editor", "author"):
        return spans
    s = spans[0]
    m = _TITLE_THEN_EDITED_BY.match(s.text)
    if m is None or len(WORD.findall(m["title"])) < 3 or len(s.text) - m.end() < 4:
        return spans
    out = divided(spans, 0, m.end("title"), m.start("role"), "title", "editor")
    lead = _CONTAINER_LEAD.search(out[1].text)
    if lead is None or len(out) < 3 or out[2].label not in ("container-title", "journal"):
        return out
    if text[out[1].end : out[2].start].strip():
        return out
    # the container's "in:" read with the editors: "hrsg. von Hermann Wartmann, in" | ": Mitteilungen …"
    e, c = out[1], out[2]
    cut = e.start + lead.start()
    return [
        out[0],
        Span("editor", text[e.start : cut], e.start, cut, e.confidence),
        Span(c.label, text[cut : c.end], cut, c.end, c.confidence),
        *out[3:],
    ]


_CONTAINER_LEAD = lazy_pattern(r",\s*in:?$")


# the role opening the book's editors inside a span read as the editors, after the book's last words and its full
# stop: "Geburtstag. Hrsg. von Cornelia Blasberg", "S. Guthke. Ed. by William Collins Donahue"
_ROLE_AFTER_STOP = lazy_pattern(r"(?<=[^\W\d_]\.)\s+(?=(?:Hrsg\.|Hg\.)\s+v(?:on|\.)\s|(?:Ed\.|Edited)\s+by\s)")
# the editors' span closed on the word joining their last name: "Hrsg. von Eduard Beutner und"
_OPEN_JOIN = lazy_pattern(r"\s(?:und|and|&)$")


@needs(labels=["editor", "container-title"], marks=("Hrsg.", "Hg.", " by "))
def book_words_before_editors_role(spans: list[Span], text: str) -> list[Span]:
    """German's ``In: Festschrift für Jürgen Schröder zum 65. Geburtstag. Hrsg. von Cornelia Blasberg und Franz-Josef
    Deiters. Tübingen:`` with the book's last words read into its editors (and ``Ed. by`` alike): the words before
    the role and its full stop close the book; a last name read apart after ``und`` is the editors' too."""
    for k in range(1, len(spans)):
        s, book = spans[k], spans[k - 1]
        if s.label != "editor" or book.label != "container-title" or text[book.end : s.start].strip():
            continue
        m = _ROLE_AFTER_STOP.search(s.text)
        if m is None:
            return spans
        head_end, role = s.start + m.start() - 1, s.start + m.end()  # (the book's full stop no part of it)
        out = [
            *spans[: k - 1],
            Span("container-title", text[book.start : head_end], book.start, head_end, book.confidence),
        ]
        z, rest = s.end, k + 1
        last = spans[k + 1] if k + 2 < len(spans) else None
        if (
            last is not None
            and _OPEN_JOIN.search(s.text.rstrip(" ,.;"))
            and last.label in ("title", "note", "author")
            and spans[k + 2].label in ("location", "publisher")
        ):
            z, rest = last.end, k + 2
        out.append(Span("editor", text[role:z], role, z, s.confidence))
        return [*out, *spans[rest:]]
    return spans


# "R.E. (eds.),": the last editor's initials and the role, the rest of the names read as authors before them
_LAST_INITIALS_THEN_ROLE = lazy_pattern(r"^\s*(?:[A-Z]\.\s?-?)+\s*\([Ee]ds?\.\)")


@needs(labels=("author", "editor", "container-title"))
def inverted_editors_read_as_authors(spans: list[Span], text: str) -> list[Span]:
    """Elsevier's ``…, in: Deep Fields, | Cristiani, S., Renzini, A., Williams, | R.E. (eds.),`` with the editors
    after the book read as more authors and the last initials alone as the editor: all the names are the editors'."""
    for k in range(2, len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if s.label != "author" or nxt.label != "editor" or spans[k - 1].label != "container-title":
            continue
        if not s.text.lstrip().startswith(",") or not _LAST_INITIALS_THEN_ROLE.match(nxt.text):
            continue
        if text[s.end : nxt.start].strip() or not any(t.label == "author" for t in spans[: k - 1]):
            continue
        a = s.start + len(s.text) - len(s.text.lstrip(" ,"))
        return [*spans[:k], Span("editor", text[a : nxt.end], a, nxt.end, min(s.confidence, nxt.confidence)),
                *spans[k + 2 :]]
    return spans


# the book's title closed on a name's first initial: "…Time Series, T" before ". Fomby, and D. Terrel, eds."
_TITLE_CLOSES_INITIAL = lazy_pattern(r"(?<=\w),\s+(?P<initial>[A-Z])$")
# the editors' span that opens on that initial's stop, then the family: ". Fomby"
_STOP_THEN_FAMILY = lazy_pattern(r"\.\s*(?:[A-Z]\.\s*)*[A-Z][^\W\d_]")


@needs(labels=["editor"], any_label=("container-title", "title"))
def editor_initial_closing_book(spans: list[Span], text: str) -> list[Span]:
    """JFQA's ``In Advances in Econometrics: …, T. Fomby, and D. Terrel, eds.`` with the first editor's initial read
    into the book's title (``…, T``) and the editors' span opening on its stop: the initial is the editor's."""
    for k in range(1, len(spans)):
        w, e = spans[k - 1], spans[k]
        if e.label != "editor" or w.label not in ("container-title", "title") or e.start != w.end:
            continue
        if (m := _TITLE_CLOSES_INITIAL.search(w.text)) is None or not _STOP_THEN_FAMILY.match(e.text):
            continue
        a = w.start + m.start("initial")
        head = w.text[: m.start()]
        return [
            *spans[: k - 1],
            Span(w.label, head, w.start, w.start + len(head), w.confidence),
            Span("editor", text[a : e.end], a, e.end, e.confidence),
            *spans[k + 1 :],
        ]
    return spans


# the Russian journals' English editions (Pleiades) open an edited book on its title: "Solar Energy Conversion,
# Seraphin, B.O., Ed., Berlin: Springer, 1979." - the title, the editors family first, the role word after them
_TITLE_THEN_INVERTED = lazy_pattern(
    r"^(?P<title>[A-Z][^,.;:]*?\s[^,;:]*?),\s+"
    r"(?P<names>[A-Z][\w'’-]+,\s+(?:[A-Z][a-z]?\.\s?-?)+(?:(?:,|,?\s+and)\s+[A-Z][\w'’-]+,\s+(?:[A-Z][a-z]?\.\s?-?)+)*)"
    r"\s*,?\s*$"
)
_ROLE_THEN_COMMA = lazy_pattern(r"^(?P<role>Eds?\.)\s*,\s*")


@needs(labels=["editor"], without=["title", "container-title", "author"])
def title_opens_inverted_editors(spans: list[Span], text: str) -> list[Span]:
    """Pleiades's ``Solar Energy Conversion, Seraphin, B.O., | Ed., Berlin: Springer, 1979.`` with the book's title
    read into its editors and the role word into the place: the words before the first name written family first
    are the title, and ``Ed.`` closes the editors."""
    k = 1 if spans[:1] and spans[0].label == "citation-number" else 0
    if k + 1 >= len(spans) or spans[k].label != "editor":
        return spans
    s, nxt = spans[k], spans[k + 1]
    m = _TITLE_THEN_INVERTED.match(s.text)
    r = _ROLE_THEN_COMMA.match(nxt.text)
    if m is None or r is None or text[s.end : nxt.start].strip():
        return spans
    title_end, names_start, role_end = s.start + m.end("title"), s.start + m.start("names"), nxt.start + r.end("role")
    out = [
        Span("title", text[s.start : title_end], s.start, title_end, s.confidence),
        Span("editor", text[names_start:role_end], names_start, role_end, s.confidence),
    ]
    if nxt.start + r.end() < nxt.end:
        a = nxt.start + r.end()
        out.append(Span(nxt.label, text[a : nxt.end], a, nxt.end, nxt.confidence))
    return [*spans[:k], *out, *spans[k + 2 :]]
