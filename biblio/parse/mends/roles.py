"""Mends of role marks: the words that make names editors, read into a name or a title span."""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import NAME_JOINS, WORK_TITLES, links_start, replaced
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.names import has_org_name_word
from biblio.parse.review.lexicon import mostly_a_name
from biblio.parse.spans import Span

# a role word in brackets, in the languages of humanities references: (Hg.), (Hrsg.), (eds.), (dir.)
# (Dutch and Scandinavian "red.", redactie: only with its full stop, "Red" being a given name too)
_ROLE = r"(?:hg|hrsg|eds?|[ée]ds?|dirs?|coords?|a\s+cura\s+di|orgs?|comps?|(?-i:red)(?=\.))\.?"
_BRACKETED_ROLE = lazy_pattern(rf"^\s*\(\s*{_ROLE}\s*\)\s*[:,.]?\s*", re.I)
# the same with its opening bracket left at the end of the names (Springer's ``et al (eds) Title``)
_ROLE_CLOSING = lazy_pattern(rf"^\s*{_ROLE}\s*\)\s*[:,.]?\s*", re.I)
# Vancouver's ``In: Agosti M, Borbinha J, editors. Title``: the role word after the names' last comma
# (MDPI's ``In Book; Brown, K., Ed.; Springer: Cham`` closes it with a semicolon)
_ROLE_AFTER_COMMA = lazy_pattern(r"^\s*(?:editors?|eds?\.|ed\.|hrsg\.|hg\.)\s*[:.;]?\s*", re.I)
# "Godbarge, Clément, éd." and "Nora, Pierre (dir.)": names that end in the role word
_ROLE_AFTER_NAMES = lazy_pattern(rf"[^\W\d_]\S*\s*(?:,\s*{_ROLE}|\(\s*{_ROLE}\s*\))\s*[:,.]?\s*$", re.I)
# the last word of such names, for a cheap first look
_ROLE_ENDINGS = frozenset(
    ["hg", "hrsg", "ed", "eds", "éd", "éds", "dir", "dirs", "coord", "coords", "di", "org", "orgs", "comp", "comps"]
    + ["red"]
)


_AFTER_EDITORS = frozenset([*WORK_TITLES, "publisher"])
# the first word of a qualified role closing the names: "…, general", "…, series"
_QUALIFIED_ROLE = lazy_pattern(r",\s+(?:general|series)\s*$")


@needs(labels=["editor"], any_label=_AFTER_EDITORS)
def role_opens_title(spans: list[Span], text: str) -> list[Span]:
    """``Zimmer, Michael (Hg.): Internet research ethics …`` read with ``(Hg.):`` opening the container, or
    ``Wallach H, et al (eds) Advances in …`` with ``eds)``, or Vancouver's ``Agosti M, editors. Research
    and …``, or MDPI's ``In Book; Brown, K., Ed.; Springer: Cham`` with ``Ed.;`` opening the publisher: the role
    mark after the editors' names is theirs, not the title's or the publisher's."""
    if "editor" not in labels_of(spans):
        return spans
    for k in range(1, len(spans)):
        prev, s = spans[k - 1], spans[k]
        if prev.label != "editor" or s.label not in _AFTER_EDITORS:
            continue
        end = prev.text.rstrip()[-1:]
        if _QUALIFIED_ROLE.search(prev.text):
            end = ","  # MLA's "Greenblatt, Stephen, general | editor.": the role's first word read with the names
        m = (_ROLE_CLOSING if end == "(" else _ROLE_AFTER_COMMA if end == "," else _BRACKETED_ROLE).match(s.text)
        if m is None or m.end() >= len(s.text):
            continue
        z = s.start + m.end()
        return [
            *spans[: k - 1],
            Span("editor", text[prev.start : z], prev.start, z, prev.confidence),
            Span(s.label, s.text[m.end() :], z, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


_NAMES = ("author", "editor")
# the role in brackets heading a span, after the names' closing full stop: "(eds)", ". (eds) 1998."
_ROLE_HEAD = lazy_pattern(rf"^[\s.]*\(\s*{_ROLE}\s*\)\s*", re.I)


@needs(any_label=_NAMES, marks=["("])
def role_alone_before_year(spans: list[Span], text: str) -> list[Span]:
    """British Harvard's edited book ``Aldenderfer, M. and Maschner, H.D.G. (eds) 1996. *Title*.`` with
    ``(eds)`` read alone as a publisher between the names and the year, or as the head of the date:
    the bracketed role after the names makes them the editors."""
    if "(" not in text:
        return spans
    for k in range(1, len(spans)):
        prev, s = spans[k - 1], spans[k]
        if prev.label not in _NAMES or s.label in _NAMES:
            continue
        m = _ROLE_HEAD.match(s.text)
        if m is None:
            continue
        alone = m.end() == len(s.text) and k + 1 < len(spans) and spans[k + 1].label == "date"
        if not alone and (s.label != "date" or m.end() == len(s.text)):
            continue
        z = s.start + len(s.text[: m.end()].rstrip())
        names = Span("editor", text[prev.start : z], prev.start, z, min(prev.confidence, s.confidence))
        rest = [] if alone else [Span(s.label, s.text[m.end() :], s.start + m.end(), s.end, s.confidence)]
        return [*spans[: k - 1], names, *rest, *spans[k + 1 :]]
    return spans


# the bracketed role right after the names, wherever the reading put it: " (a cura di)", " (dir.)"
_ROLE_AFTER = lazy_pattern(rf"\s*\(\s*{_ROLE}\s*\)")


@needs(any_label=_NAMES, marks=["("])
def role_after_names_apart(spans: list[Span], text: str) -> list[Span]:
    """``dalla Chiesa, N. (a cura di), *Contro la mafia*`` with the bracketed role read apart from the
    names (its bracket as a date, its words opening the title): the role after the names makes them the
    editors, and the work's title begins after it."""
    if "(" not in text or not spans or spans[0].label not in _NAMES:
        return spans
    s = spans[0]
    m = _ROLE_AFTER.match(text, s.end)
    if m is None or len(spans) < 2 or spans[1].start >= m.end():
        return spans  # the role is in no other span: the names' own mends read it
    editors = Span("editor", text[s.start : m.end()], s.start, m.end(), s.confidence)
    return replaced(spans, text, s.start, m.end(), [editors])


# given-first names (one to four capitalised words each) closed by the bracketed role, then the title:
# "Girolamo Caracausi (red.), *I testi …*"
_NAME_WORD = r"[A-Z][^\W\d_'\u2019-]+(?:[-'\u2019][^\W\d_]+)?"
_NAME_WORDS = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
_NAMES_THEN_ROLE = lazy_pattern(
    rf"^{_NAME_WORDS}(?:,\s+{_NAME_WORDS}){{0,3}}\s*\(\s*{_ROLE}\s*\)\s*[,:]\s+(?=\S)", re.I
)
_BRACKET_END = lazy_pattern(r"\)\s*[,:]\s+$")


@needs(labels=["title"], any_label=_NAMES, marks=["("])
def role_closes_names_in_title(spans: list[Span], text: str) -> list[Span]:
    """Italian and Polish ``Giuseppe Rossi Taibbi, | Girolamo Caracausi (red.), *I testi neogreci di Calabria*`` read
    with the last names in the title: the opening names, a comma after them, and the names the title opens on up
    to the bracketed role, are the editors; the title begins after the role."""
    if len(spans) < 2 or spans[0].label not in _NAMES or spans[1].label != "title":
        return spans
    names, s = spans[0], spans[1]
    if any(t.label == "editor" for t in spans[1:]):
        return spans
    gap = text[names.end : s.start].strip()
    if gap not in ("", ",") or not (gap or names.text.rstrip().endswith(",")) or "(" not in s.text:
        return spans
    m = _NAMES_THEN_ROLE.match(s.text)
    if m is None or m.end() >= len(s.text) or not s.text[:1].isupper():
        return spans
    close = _BRACKET_END.search(s.text, 0, m.end())
    z = s.start + (close.start() + 1 if close else m.end())
    a = s.start + m.end()
    conf = min(names.confidence, s.confidence)
    return [
        Span("editor", text[names.start : z], names.start, z, conf),
        Span("title", text[a : s.end], a, s.end, s.confidence),
        *spans[2:],
    ]


@needs(labels=["author"], without=["editor"])
def role_ends_names(spans: list[Span], text: str) -> list[Span]:
    """``Godbarge, Clément, éd. *Filippo Cavriana*`` read as the author: names that end in a role word
    (``éd.``, ``dir.``, ``(Hg.)``, ``eds.``) are the editors of the work."""
    if not spans or spans[0].label != "author":
        return spans
    s = spans[0]
    words = s.text.rstrip(" ,.:;()").rsplit(None, 1)
    if not words or words[-1].lstrip("(").lower() not in _ROLE_ENDINGS or any(o.label == "editor" for o in spans):
        return spans
    if _ROLE_AFTER_NAMES.search(s.text) is None:
        return spans
    return [Span("editor", s.text, s.start, s.end, s.confidence), *spans[1:]]


# Chicago's "Cheney, C. R. and M. | Jones, eds. *Title*": names read up to the second person's given name, whose
# family name and the role word open the title
_GIVEN_AFTER_AND = lazy_pattern(r"\s(?:and|&)\s+(?:[A-Z]\.\s*){1,3}$|\s(?:and|&)\s+[A-Z][a-z]+$")
_FAMILY_ROLE_OPENS = lazy_pattern(
    r"^(?P<family>[A-Z][^\W\d_]+(?:[-'\u2019][A-Z]?[^\W\d_]+)?),\s+eds?\.,?\s+(?=[*\"\u201c'\u2018])"
)


@needs(labels=["author", "title"], without=["editor"])
def family_and_role_open_title(spans: list[Span], text: str) -> list[Span]:
    """``Cheney, C. R. and M. | Jones, eds. *A Handbook of Dates*`` read as the authors and a title opening on the
    last family name and the role word: the names with that family name are the editors, the title begins after
    the role word (at its italics or quotation mark)."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "title":
        return spans
    s, t = spans[0], spans[1]
    if _GIVEN_AFTER_AND.search(s.text.rstrip()) is None or (m := _FAMILY_ROLE_OPENS.match(t.text)) is None:
        return spans
    editors = Span("editor", text[s.start : t.start + m.end()].rstrip(), s.start, t.start + m.end(), s.confidence)
    title = Span("title", t.text[m.end() :], t.start + m.end(), t.end, t.confidence)
    return [editors, title, *spans[2:]]


# older Chicago's chapter, "in *Book*. John Bossy, ed. Cambridge: …": the book's editors in natural order after its
# italic title, the role word closing them (read into the next span)
_NAMES_AFTER_BOOK = lazy_pattern(
    r"\*\.\s+(?P<names>[A-Z][^\W\d_]*\.?(?:\s+(?:[A-Z][^\W\d_]*\.?|[A-Z]\.))+"
    r"(?:,?\s+(?:and|&)\s+[A-Z][^\W\d_]*\.?(?:\s+(?:[A-Z][^\W\d_]*\.?|[A-Z]\.))+)?),\s*$"
)
_ROLE_OPENS_SPAN = lazy_pattern(r"^eds?\.\s+(?=\S)")


@needs(labels=["container-title"], without=["editor"], marks=("*",))
def editors_after_italic_book(spans: list[Span], text: str) -> list[Span]:
    """``in *Disputes and Settlements*. John Bossy, | ed. Cambridge:`` read as the book with the names and the place
    with the role word: the names closing the book, after its italics, are its editors."""
    for k in range(len(spans) - 1):
        c, nxt = spans[k], spans[k + 1]
        if c.label != "container-title":
            continue
        m = _NAMES_AFTER_BOOK.search(c.text)
        r = _ROLE_OPENS_SPAN.match(nxt.text)
        if m is None or r is None or has_org_name_word(m["names"]):
            return spans
        book = Span("container-title", c.text[: m.start() + 1], c.start, c.start + m.start() + 1, c.confidence)
        a = c.start + m.start("names")
        editors = Span("editor", text[a : nxt.start + r.end()].rstrip(), a, nxt.start + r.end(), c.confidence)
        rest = Span(nxt.label, nxt.text[r.end() :], nxt.start + r.end(), nxt.end, nxt.confidence)
        return [*spans[:k], book, editors, rest, *spans[k + 2 :]]
    return spans


# "in: " / "In " opening the editors of a book
_IN_OPENS = lazy_pattern(r"^\s*in\s*:?\s", re.I)


@needs(labels=["author", "editor"])
def role_ends_split_names(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``Chris Jones, …, Thandi Parker, and Jennifer Middendorf, ed., “Title.”`` with the list
    opening the reference read as authors up to a point and editors after it: a role word closing the
    names (``ed.``, ``eds.``, ``(Hg.)``) is the role of every name in the list, so the two spans are one
    list of editors."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "editor":
        return spans
    s, nxt = spans[0], spans[1]
    words = nxt.text.rstrip(" ,.:;()").rsplit(None, 1)
    if text[s.end : nxt.start].strip(" ,") or not words or words[-1].lstrip("(").lower() not in _ROLE_ENDINGS:
        return spans
    if _ROLE_AFTER_NAMES.search(nxt.text) is None or not s.text.rstrip().endswith(","):
        return spans
    if _IN_OPENS.match(nxt.text):  # "A. Yoshida, | in: A.M. Stefanini (Eds.)": the book's editors, not the list's
        return spans
    editors = Span("editor", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
    return [editors, *spans[2:]]


# "Directed by Orson Welles." (Harvard, MLA): the film's director, not an editor
_DIRECTED_BY = lazy_pattern(r"^\s*directed\s+by\s+\S", re.I)


@needs(any_label=["editor", "publisher"], words=["directed"])
def directed_by(spans: list[Span], text: str) -> list[Span]:
    """``Directed by Orson Welles.`` read as the editors: the names a film's "Directed by" opens are
    its director's. A sentence read on after the names (MLA's ``directed by Davis Guggenheim. Roger Ebert.com,
    1 June 2006``) is the next container, the site or platform the work was seen on; read as the publisher with
    the studio (Chicago's ``Directed by Stanley Kubrick. Columbia Pictures, 1964.``), the studio stays the
    publisher."""
    for k, s in enumerate(spans):
        if s.label in ("editor", "publisher") and _DIRECTED_BY.match(s.text):
            m = _NAMES_CLOSED.search(s.text)
            if m is None:
                if s.label == "publisher":
                    return spans
                return [*spans[:k], Span("director", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
            z = s.start + m.end()
            has_container = any(t.label in ("container-title", "journal") for t in spans)
            rest = "publisher" if has_container or s.label == "publisher" else "container-title"
            return [
                *spans[:k],
                Span("director", text[s.start : z], s.start, z, s.confidence),
                Span(rest, text[z : s.end], z, s.end, s.confidence),
                *spans[k + 1 :],
            ]
    return spans


# the names' closing stop: a word of two letters or more (no initial), then a new sentence
_NAMES_CLOSED = lazy_pattern(r"^\s*directed\s+by\s+[^.]*?[^\W\d_]{2}\.(?=\s+(?-i:[A-Z0-9]))", re.I)


@needs(labels=["author", "director"], without=["title"])
def title_before_directed_by(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``Timeline & Stag Hunt. Directed by Richard Malena-Webber, …, 2017. YouTube,`` with the film's
    title read as its author: a work opening on its title names its director after it, so what stands before
    "Directed by" is the title."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "director":
        return spans
    if any(t.label == "title" for t in spans):
        return spans
    s = spans[0]
    if not _DIRECTED_BY.match(spans[1].text) or not s.text.rstrip().endswith(".") or "," in s.text:
        return spans
    return [Span("title", s.text, s.start, s.end, s.confidence), *spans[1:]]


# a film's title, then "Directed by Name." (Chicago) or "Dir. Name." (MLA 7), then perhaps the studio
_FILM_HEAD = lazy_pattern(
    r"^\s*(?P<title>[^\W\d_][^()]*?[^\W_][?!]?)\.\s+"
    r"(?P<director>(?:[Dd]irected\s+by|Dir\.)\s+[A-Z][^.]*?[^\W\d_]{2})\.(?:\s+(?P<rest>[A-Z][^.]*?))?[\s.,]*$"
)


# how the film was seen, closing its entry, read as a title: "Peacock streaming video, 3:00:00.", "DVD."
_VIEWED_AS = lazy_pattern(
    r"^\s*(?:[\w-]+\s+){0,3}(?:video|DVD|Blu-ray|audio|film)(?:,\s*\d{1,2}:\d{2}(?::\d{2})?)?\.?\s*$", re.I
)


@needs(any_label=["editor", "author"], words=["directed", "dir."])
def film_opening_names(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``Rushmore. Directed by Wes Anderson. Burbank, CA: …`` or MLA 7's ``Casablanca. Dir. Michael
    Curtiz. Warner Bros., 1942.`` read as one run of names: a film's entry opens on its title, then its director
    (and the studio, its publisher); how it was seen, closing the entry (``Peacock streaming video, 3:00:00.``),
    is its medium, not its title."""
    first = next((k for k, t in enumerate(spans) if t.label != "citation-number"), None)
    if first is None or spans[first].label not in ("editor", "author"):
        return spans
    titles = [k for k, t in enumerate(spans) if t.label == "title"]
    if any(k < first or not _VIEWED_AS.match(spans[k].text) for k in titles):
        return spans
    s = spans[first]
    m = _FILM_HEAD.match(s.text)
    if m is None:
        return spans
    spans = [Span("medium", t.text, t.start, t.end, t.confidence) if t.label == "title" else t for t in spans]
    parts = [
        Span("title", m.group("title"), s.start + m.start("title"), s.start + m.end("title"), s.confidence),
        Span("director", m.group("director"), s.start + m.start("director"), s.start + m.end("director"), s.confidence),
    ]
    if m.group("rest"):
        a, z = s.start + m.start("rest"), s.start + m.end("rest")
        parts.append(Span("publisher", text[a:z], a, z, s.confidence))
    return [*spans[:first], *parts, *spans[first + 1 :]]


# "Directed by" after the film's title, the names running to the sentence's end or a bracket
_DIRECTED_IN_TITLE = lazy_pattern(r"[.,]\s+(directed\s+by\s+[^\W\d_][^.(]*?)\s*(?:\.\s*|(?=\())?$", re.I)


@needs(labels=["title"], words=["directed"])
def directed_by_in_title(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``*Rushmore*. Directed by Wes Anderson.`` or ``*Rushmore*, directed by Wes Anderson (1998``
    read into the film's title: the names "directed by" opens after it are the director's."""
    for k, s in enumerate(spans):
        if s.label != "title":
            continue
        m = _DIRECTED_IN_TITLE.search(s.text)
        if m is None:
            return spans
        head = s.text[: m.start()].rstrip()
        a, z = s.start + m.start(1), s.start + m.end(1)
        title = Span("title", head, s.start, s.start + len(head), s.confidence)
        director = Span("director", text[a:z], a, z, s.confidence)
        return [*spans[:k], title, director, *spans[k + 1 :]]
    return spans


# any word by which a style makes names editors, compilers or translators, in any of its forms
_ANY_ROLE_WORD = lazy_pattern(
    r"\b(?:eds?|edd|editors?|edited|editing|hrsgg?|hgg?|herausgeber\w*|herausgegeben|dirs?|directed|coords?|"
    r"comps?|compiled|compilers?|orgs?|a\s+cura|a\s+c\.\s*di|cur|[ée]ds?|[ée]dit\w*|red|redakt\w*|trans|transl|translated|"
    r"translators?|tr|by)\b",
    re.I,
)


_BRACKETED = lazy_pattern(r"\(([^()]*)\)")
_INITIALS = lazy_pattern(r"\s*(?:[A-Z]\.\s?-?)+\s*")


def _personal(names: str) -> bool:
    """Words that can be a list of people's names: capitalised, or joins and particles ("et", "de")."""
    words = names.strip(" .,;:").split()
    return bool(words) and all(w[:1].isupper() or w in NAME_JOINS or w in ("et", "y", "e") for w in words)


@needs(labels=["editor"])
def unmarked_editors(spans: list[Span], text: str) -> list[Span]:
    """ "Editors" where no word in the reference makes anyone an editor: names opening it
    (``Germano Celant, Witkin (Zurich: Scalo, 1995)``), or right after a title that opens it (``*The Design
    and Implementation of the FreeBSD Operating System*. Marshall Kirk McKusick et George V. Neville-Neil,
    Addison Wesley Professional, 2004.``), are the authors; after the authors and the
    date, with no title read (``BEZES, P. (2009), Réinventer l'Etat, Paris``), the words are the title."""
    labels = [s.label for s in spans]
    if "editor" not in labels:
        return spans
    # (a closing link's words are none of the names' roles: "example.org" holds no "org.")
    tail = links_start(spans)
    if _ANY_ROLE_WORD.search(text, 0, spans[tail].start if tail < len(spans) else len(text)):
        return spans
    k = labels.index("editor")
    if any(not _INITIALS.fullmatch(inner) for inner in _BRACKETED.findall(spans[k].text)):
        return spans  # a bracket beside the names, not their initials ("(H.)"), holds a role in words no list foresees
    if k == (1 if labels[0] == "citation-number" else 0):
        new = "author" if "author" not in labels else None
    elif "author" not in labels and labels[:k] in (["title"], ["citation-number", "title"]):
        # a title opening the reference, then its authors: "*Title*. Names et Names, Publisher, 2004."
        new = "author" if _personal(spans[k].text) else None
    else:
        new = "title" if "title" not in labels and {"author", "date"} <= set(labels[:k]) else None
    if new is None:
        return spans
    s = spans[k]
    return [*spans[:k], Span(new, s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]


# "In NeurIPS,", "In ICML 2019,", "In Proc. VLDB,": the venue after the title's "In", no person's name in it
_IN_VENUE = lazy_pattern(r"^\s*In:?\s+(?P<venue>[A-Z][\w&'’+-]{1,}(?:\.?\s+[A-Z0-9][\w&'’+-]+){0,5}),?\s*$")


@needs(labels=["title", "editor"], without=["container-title", "journal"])
def in_venue_read_as_editor(spans: list[Span], text: str) -> list[Span]:
    """``Title. In NeurIPS, pages 8024–8035, 2019.`` with the venue read as editors: after the title, ``In`` and
    names of no person (no initials, no role word) are the proceedings the paper is in."""
    if any(s.label in ("container-title", "journal") for s in spans):
        return spans  # (the proceedings already named: its gate)
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "editor" or spans[k - 1].label != "title":
            continue
        m = _IN_VENUE.match(s.text)
        if m is None or _ANY_ROLE_WORD.search(s.text) or any(mostly_a_name(w) for w in m.group("venue").split()):
            return spans
        return [*spans[:k], Span("container-title", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# MLA's "Anderson, Wes, director. *Rushmore*.": the names, the role word after their comma, the italic title
_DIRECTOR_OPENING = lazy_pattern(r"^(?P<names>[A-Z][^*.;:()\d]{1,80}?,\s*directors?\.)\s+\*(?P<title>[^*]{1,300})\*")


@needs(marks=["*"], words=("director",))
def director_opens(spans: list[Span], text: str) -> list[Span]:
    """MLA's ``Anderson, Wes, director. *Rushmore*. Buena Vista International, 1998.`` with the names read as
    the author or the role and title run into one director span: the names with their role are the
    director, and the italic run after them the film's title."""
    m = _DIRECTOR_OPENING.match(text)
    if m is None or not spans:
        return spans
    n, a, z = m.end("names"), m.start("title") - 1, m.end("title") + 1
    inside = [s for s in spans if s.start < z]
    if any(s.end > z and text[z : s.end].strip(" ,.;:") for s in inside):
        return spans
    head = [
        Span("director", text[:n], 0, n, inside[0].confidence),
        Span("title", text[a:z], a, z, min(s.confidence for s in inside)),
    ]
    if [(s.label, s.start) for s in inside] == [(h.label, h.start) for h in head]:
        return spans
    return [*head, *(s for s in spans if s.start >= z)]


# Chicago's film or broadcast under its director: "Scott, Ridley, dir. 1982.", "Bricker, Eric, Dir.", "Fellini,
# Federico. Director." - one inverted name opening the reference (or two: "Gerrold, David, and Pevney, Joseph, dir.",
# "Mead, Margaret, and Gregory Bateson, dir."), then the role
_DIRECTOR_OPENS = lazy_pattern(
    r"^(?P<names>[^\W\d_][\w'\u2019 -]*,\s+[^\W\d_][\w.'\u2019 -]*?"
    r"(?:,?\s+(?:and|&)\s+[^\W\d_][\w.'\u2019 -]*?(?:,\s+[^\W\d_][\w.'\u2019 -]*?)?)?)"
    r"(?:,\s*(?:dir|Dir)\.|\.\s+Director\.)(?=\s)"
)
# the film's title (in italics or, the italics lost, plain) after its director, then its year ("1997;", "1997.")
_PLAIN_FILM_TITLE = lazy_pattern(
    r"\s+(?P<title>\*[^*]{1,150}\*|[^\W\d_][^.*\"\u201c\u201d()\[\]]{1,150}?)\.\s+(?=(?:1[89]|20)\d\d[;.])"
)
# what shows the work is a film or a broadcast (French "dir." after a name is a book's editor)
_SCREEN_WORK = lazy_pattern(
    r"\b(?:DVD|Blu-ray|VHS|video|film|motion picture|television|broadcast|streaming|Kanopy|Netflix|YouTube|"
    r"episode|aired)\b",
    re.I,
)


@needs(words=["dir"])
def chicago_director_opens(spans: list[Span], text: str) -> list[Span]:
    """``Scott, Ridley, dir. 1982. *Blade Runner*. … DVD.`` with the role read into the date, the names as the
    editors (``dir.``, the French editor's word) or the role as the title: the names are the film's director."""
    m = _DIRECTOR_OPENS.match(text)
    if m is None or _SCREEN_WORK.search(text, m.end()) is None:
        return spans
    conf = min(s.confidence for s in spans[:1])
    directed = any(s.label == "director" and s.start == 0 and s.end >= m.end() - 1 for s in spans)
    z = m.end()
    out = spans if directed else replaced(spans, text, 0, z, [Span("director", text[:z], 0, z, conf)])
    # the film's title in plain type, its italics lost, then the year: "dir. Michael Collins. 1997; London: …"
    t = _PLAIN_FILM_TITLE.match(text, z)
    if t is None:
        return out
    a, e = t.span("title")
    inside = [s for s in out if s.start < e and s.end > a]
    if not inside or any(s.label not in _OPENING_READS for s in inside) or [s.label for s in inside] == ["title"]:
        return out
    return replaced(out, text, a, e + 1, [Span("title", text[a : e + 1], a, e + 1, conf)])


# Chicago's film note opening on its italic title: "*Blade Runner*, directed by Ridley Scott (1982; …), DVD."
# (or on a plain title, the film's years and release in brackets after the names, as guides print it without
# italics: "Michael Collins, directed by Neil Jordan (1997; London, Warner Home Videos, 1998), DVD.")
# (MLA's title-first film sets a full stop after the italics: "*Parasite*. Directed by Bong Joon Ho, CJ …")
_TITLE_THEN_DIRECTOR = lazy_pattern(
    # a scene's quoted title before the film's: "“Joe Buys Luggage”, Joe Versus the Volcano, directed by …"
    r"(?:(?P<scene>[\"\u201c][^\"\u201c\u201d]{1,120}[\"\u201d]),?\s+)?"
    r"(?:\*(?P<title>[^*]{1,200})\*(?:,|\.(?=\s+Directed))|"
    r"(?P<plain>[^\W\d_][^,*\"\u201c\u201d()]{0,120}?)(?=,\s+directed\s+by\s+[^()]+\(\d{4}),)"
    r"\s+(?P<director>(?:d|D(?<=\.\sD))irected\s+by\s+[^\W\d_][^(),.;:\d]{1,80}?)\s*(?=[(,.;])"
)
_OPENING_READS = frozenset(["author", "editor", "title", "director", "translator"])
_NOTE_NUMBER = lazy_pattern(r"\d{1,4}\.\s+")


@needs(words=["directed"])
def film_title_then_director(spans: list[Span], text: str) -> list[Span]:
    """``*Blade Runner*, directed by Ridley Scott (1982; Burbank, CA: …), DVD.`` read as one list of editors:
    the italic run (or the plain words before the role) is the film's title, the names ``directed by`` opens
    its director."""
    number = _NOTE_NUMBER.match(text)
    m = _TITLE_THEN_DIRECTOR.match(text, number.end() if number else 0)
    if m is None or number and not m.group("scene"):
        return spans  # (a numbered note opening on its film keeps the reading it had)
    z = m.end("director")
    inside = [s for s in spans if s.start < z and s.label != "citation-number"]
    reads = _OPENING_READS | {"note"} if m.group("scene") else _OPENING_READS
    if not inside or any(s.label not in reads for s in inside) or inside[0].label == "title" and not m.group("scene"):
        return spans
    if m.group("scene") and any(s.label == "container-title" for s in inside):
        return spans  # (read already)
    conf = min(s.confidence for s in inside)
    a, e = m.span("plain") if m.group("plain") else (m.start("title") - 1, m.end("title") + 1)
    d = m.start("director")
    new = [Span("title", text[a:e], a, e, conf), Span("director", text[d:z], d, z, conf)]
    if m.group("scene"):  # the scene is the title, the film holding it the container
        scene = Span("title", m.group("scene"), *m.span("scene"), conf)
        new[:1] = [scene, Span("container-title", text[a:e], a, e, conf)]
    out = replaced(spans, text, m.start(), z, new)
    if number and not any(s.label == "citation-number" for s in out):
        out.insert(0, Span("citation-number", number.group().strip(), 0, len(number.group().rstrip()), conf))
    k = len(new)
    if k < len(out) and out[k].label in ("editor", "author") and out[k].start < inside[-1].end:
        # MLA's "Directed by Bong Joon Ho, CJ Entertainment, 2019.": the names' list read on into the studio
        out[k] = Span("publisher", out[k].text, out[k].start, out[k].end, out[k].confidence)
    return out


# "Translated by Alan Sheridan,", "Trans. Robert Fagles.": names a translating phrase opens (not "Edited and
# translated by", whose names are both)
_TRANSLATED_BY = lazy_pattern(
    r"^\s*(?:translated\s+by|trans(?:l)?\.(?:\s+by)?|traducción\s+de|übersetzt\s+von)\s+(?=\S)", re.I
)


# "Edited and" cut off the phrase that names one person in both roles ("Edited and translated by G. P. Goold.")
_EDITED_AND = lazy_pattern(r"^\s*(?:Edited|Ed\.)\s+and\s*$", re.I)
_AND_TRANSLATED_BY = lazy_pattern(r"^\s*translated\s+by\s+(?=\S)", re.I)


@needs(labels=["editor", "translator"], words=("edited", "ed."))
def edited_and_translated_apart(spans: list[Span], text: str) -> list[Span]:
    """Chicago's ``Edited and translated by G. P. Goold.`` read as an editor ``Edited and`` and a translator: one
    phrase, whose names are both (``assemble`` gives them to both roles)."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        paired = s.label == "editor" and nxt.label == "translator" and not text[s.end : nxt.start].strip()
        if paired and _EDITED_AND.match(s.text) and _AND_TRANSLATED_BY.match(nxt.text):
            both = Span("editor", text[s.start : nxt.end], s.start, nxt.end, min(s.confidence, nxt.confidence))
            return [*spans[:k], both, *spans[k + 2 :]]
    return spans


@needs(labels=["editor"], words=("translated", "trans", "transl", "traducción", "übersetzt"))
def translator_read_as_editor(spans: list[Span], text: str) -> list[Span]:
    """``Translated by Alan Sheridan,`` read as the editors: the phrase names the translator."""
    for k, s in enumerate(spans):
        if s.label == "editor" and _TRANSLATED_BY.match(s.text):
            return [*spans[:k], Span("translator", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans


# Turkish's role word between a book's title and its editor or translator: "İktisadi Trabzon. editör M. Öksüz.",
# "Osmanlı Tarihi. çev. M. Kaya."
_TURKISH_ROLE_INSIDE = lazy_pattern(
    r"(?P<title>\S.*?[^\W\d_][.?!])\s+(?P<role>[Ee]ditör(?:ler)?|[Çç]ev\.|[Çç]eviren|Hazırlayan(?:lar)?)\s+"
    r"(?P<names>[A-ZÀ-ÞĞİŞ].*)"
)
_TURKISH_ROLES = {"editör": "editor", "editörler": "editor", "hazırlayan": "editor", "hazırlayanlar": "editor"}


@needs(any_label=["editor", "translator"], without=["title"])
def turkish_role_inside_names(spans: list[Span], text: str) -> list[Span]:
    """``2008. | İktisadi Trabzon. editör M. Öksüz.`` read as one translator's span: the words before the role word
    are the title, the names after it (their span holding the role word) the editor (``editör``, ``Hazırlayan``)
    or the translator (``çev.``)."""
    for k, s in enumerate(spans):
        if s.label not in ("editor", "translator") or (m := _TURKISH_ROLE_INSIDE.fullmatch(s.text)) is None:
            continue
        role = _TURKISH_ROLES.get(m["role"].lower(), "translator")
        a, n = s.start + m.start("title"), s.start + m.start("role")
        title = Span("title", m["title"], a, a + len(m["title"]), s.confidence)
        names = Span(role, text[n : s.end], n, s.end, s.confidence)
        return [*spans[:k], title, names, *spans[k + 1 :]]
    return spans


# the editors' role word read at the book's end, after its comma: "Proceedings of the … School, eds"
_BOOK_ROLE_CLOSING = lazy_pattern(r",\s*(?:eds?|editors?)\.?\s*$", re.I)


@needs(labels=["editor", "container-title"], words=["ed"])
def role_closing_book_before_editors(spans: list[Span], text: str) -> list[Span]:
    """``in Proceedings of the … School, eds. M. H. Devoret, R. J. Schoelkopf and B. Huard (…)`` with ``, eds`` read
    into the book and its period into the editors: the role word before the names is theirs, not the book's."""
    for k in range(1, len(spans)):
        book, eds = spans[k - 1], spans[k]
        if book.label != "container-title" or eds.label != "editor" or book.end != eds.start:
            continue
        m = _BOOK_ROLE_CLOSING.search(book.text)
        if m is None or not eds.text.startswith("."):
            return spans
        z = book.start + m.start()
        a = eds.start + len(eds.text) - len(eds.text.lstrip(". "))
        return [
            *spans[: k - 1],
            Span("container-title", text[book.start : z], book.start, z, book.confidence),
            Span("editor", text[a : eds.end], a, eds.end, eds.confidence),
            *spans[k + 1 :],
        ]
    return spans
