"""Mends of a title first. APA's reference with no author, whose title takes the author's place: ``Good
chemistry. (1996, September). Wake Forest University Magazine, 44(1), p. 8``. The model reads the title as the
author (a person ``Good chemistry``) and finds no title. Words with no comma and no initial, before the bracketed
date, in a reading that holds a journal but no title, are the title. A reading list's ``*Title.* Given Family,
Given Family y Given Family.`` sets the title in italics first and its authors after it."""

from __future__ import annotations

from biblio.parse.features.lexicon import LEXICON
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import emphasis_runs, lower_words
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import has_org_word, natural_name
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# what a name list shows: a comma, an initial, "&", "et al."
_NAME_MARK = lazy_pattern(r",|&|\bet al\b|(?:^|\s)[A-Z]\.(?:\s|$)")
_WORK = frozenset(["journal", "container-title"])


@needs(labels=["author", "date"], without=["title"], marks=["("])
def title_in_author_place(spans: list[Span], text: str) -> list[Span]:
    """``Good chemistry. | (1996, September). | Wake Forest University Magazine,`` read as a person."""
    if len(spans) < 3 or any(s.label == "title" for s in spans):
        return spans
    a, d = spans[0], spans[1]
    if a.label != "author" or d.label != "date" or not d.text.lstrip().startswith("("):
        return spans
    if not any(s.label in _WORK for s in spans[2:]) or _NAME_MARK.search(a.text.rstrip(" .")):
        return spans
    words = a.text.split()
    # a title's words: two or more, one at least in lower case (a name's words are capitalised but its links)
    if len(words) < 2 or not lower_words(words):
        return spans
    return [Span("title", a.text, a.start, a.end, a.confidence), *spans[1:]]


@needs(labels=["author", "edition"], without=["title"])
def edition_after_title_in_author_place(spans: list[Span], text: str) -> list[Span]:
    """A note's ``Companion to Chaucer Studies, Rev. ed., Oxford UP, 1979`` read with the title as the author: an
    edition follows a work's title, and words in lower case among capitalised ones (``to``) are a title's, so
    the opening span of three words or more before the edition, no name's marks in it, is the title."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label != "edition":
        return spans
    a = spans[0]
    if text[a.end : spans[1].start].strip() or _NAME_MARK.search(a.text.rstrip(" .,")):
        return spans
    words = a.text.rstrip(" .,").split()
    if len(words) < 3 or not any(w.islower() for w in words[1:-1]):
        return spans
    return [Span("title", a.text, a.start, a.end, a.confidence), *spans[1:]]


# the joins of a list of names in their natural order: a comma, "and" or "&", and its Spanish, Portuguese, Italian,
# French and German words
_NAMES_JOIN = lazy_pattern(r",\s+(?:(?:and|y|e|et|und|&)\s+)?|\s+(?:and|y|e|et|und|&)\s+")
_CLOSING_SUFFIX = lazy_pattern(r",?\s+(?:Jr|Sr)\.?$")
_INITIAL = lazy_pattern(r"[A-Z]\.(?:-?[A-Z]\.)*")


def _persons(rest: str, known_given: bool = True) -> int:
    """How many persons' names in their natural order the words are, one to six (``J. Pedro Romera, Antonio Morite
    y Sebastián Montoso``: 3), one at least opening on an initial or a known given name (no house's name,
    ``Penguin Random House``) unless ``known_given`` is off; 0 when they are not such names."""
    names = [_CLOSING_SUFFIX.sub("", n) for n in _NAMES_JOIN.split(rest) if n]
    if not 1 <= len(names) <= 6 or not all(natural_name(n) and not has_org_word(n) for n in names):
        return 0
    if not known_given:
        return len(names)
    known = any(_INITIAL.fullmatch(first := n.split()[0]) or "lx=given" in LEXICON.get(first.lower(), ())
                for n in names)
    return len(names) if known else 0


# a note's tail after its names: the site's name a link's words left ("*Title*. Yang Song & Stefano Ermon. arXiv",
# "… O. G. Anderson. sciencedirect.com"), where the title's stop stands after the italics
_CLOSING_SITE = lazy_pattern(r"\.\s+(?P<site>[A-Za-z][\w.-]*[A-Za-z])$")
# the sites a post's notes name by a word ("arXiv"); any other closing word must be an address ("sciencedirect.com")
_SITE_NAMES = frozenset(["arxiv", "biorxiv", "medrxiv", "ssrn", "openreview", "github", "researchgate", "zenodo"])
# "Ho et al." closing the names: one capitalised family name is enough before it
_ET_AL = lazy_pattern(r"\s+et\s+al\.?$")
_FAMILY_WORDS = lazy_pattern(r"(?:[A-Z][\w'\u2019-]+\s){0,2}[A-Z][\w'\u2019-]+")


def _names_then_site(rest: str) -> tuple[int, int, int] | None:
    """Where the names end in ``rest`` (the text after the title's stop), how many persons they are and where the
    closing site's name starts (0: none), or None where the words are not names (then a site's)."""
    site = _CLOSING_SITE.search(rest)
    if site is not None and "." not in site["site"] and site["site"].lower() not in _SITE_NAMES:
        site = None  # (a word alone is a site's only where it names one: "Cormac McCarthy. Knopf" is no post's note)
    for end, at in ((site.start(), site.start("site")), (len(rest), 0)) if site is not None else ((len(rest), 0),):
        names = rest[:end].rstrip(" .")
        etal = _ET_AL.search(names)
        # before a site's name the layout tells names apart from a house: no given name need be known
        found = _persons(names[: etal.start()] if etal else names, known_given=not at)
        if not found and etal is not None and _FAMILY_WORDS.fullmatch(names[: etal.start()]) and not has_org_word(
                names[: etal.start()]):
            found = 1
        if found:
            return end, found, at
    return None


@needs(marks=("* ", "_ ", "*. ", "_. "))
def names_after_italic_title(spans: list[Span], text: str) -> list[Span]:
    """``*Automatización. Problemas resueltos con autómatas programables.* J. Pedro Romera, Antonio Morite y
    Sebastián Montoso.`` (a course's reading list: the title in italics first, then only its authors' names in
    their natural order) read with the title's first sentence as the author or the names as a town or a publisher:
    the italics are the title, the names after them the authors. One name the model read as the publisher stays
    one: a house named after its founder (``*A Farewell to Arms.* Charles Scribner.``). A post's note with the
    title's stop after the italics may close on the site's name its link's words left (``*Title*. Ho et al.
    arXiv``): that is the container."""
    if not spans or not text.startswith(("*", "_")):
        return spans  # (the italics open the text)
    runs = emphasis_runs(text)
    if not runs or runs[0].start != 0 or len(runs) > 1:
        return spans
    run = runs[0]
    stop_outside = text[run.end : run.end + 2] in (". ", ".\t")
    if not stop_outside and not text[run.end : run.end + 1].isspace():
        return spans  # (a gap after the italics, as the marks declare)
    after = text[run.end + 1 :] if stop_outside else text[run.end :]
    rest = after.strip().rstrip(".").rstrip()
    a = len(text) - len(after) + len(after) - len(after.lstrip())
    c = min(s.confidence for s in spans)
    title = Span("title", text[run.text_start : run.text_end], run.text_start, run.text_end, c)
    if stop_outside:
        read = _names_then_site(rest) if rest else None
        if read is None:
            return spans
        end, found, at = read
        if found == 1 and not at and any(s.label == "publisher" and s.text.strip(" .") == rest for s in spans):
            return spans
        names_end = a + len(rest[:end].rstrip(" ."))
        if _ET_AL.search(rest[:end].rstrip(" .")) and text[names_end : names_end + 1] == ".":
            names_end += 1  # "et al." keeps its stop
        out = [title, Span("author", text[a:names_end], a, names_end, c)]
        if at:
            out.append(Span("journal", rest[at:], a + at, a + len(rest), c))
        return out
    found = _persons(rest) if rest else 0
    if not found or found == 1 and any(s.label == "publisher" and s.text.strip(" .") == rest for s in spans):
        return spans
    if [s.label for s in spans] == ["title", "author"] and spans[1].text.strip(" .") == rest:
        return spans
    return [title, Span("author", text[a:], a, len(text), c)]


# houses whose names read as a person's or a place's ("Alfred A. Knopf", "Henry Holt", "Random House"): a title's
# imprint, never its author
_HOUSE_NAME_WORDS = frozenset(
    "house knopf holt scribner putnam dutton doubleday lippincott appleton heinemann gallimard grasset fayard "
    "flammarion larousse methuen harcourt houghton mifflin".split()
)


def plain_persons(rest: str) -> int:
    """How many persons' names in their natural order the words are (``Günter Hölbl``, ``Geoffrey E. R. Lloyd``), none
    of their words a house's or a town's (``Penguin Books``, ``Random House``, ``Alfred A. Knopf``); 0 when they are
    not such names."""
    names = [n for n in _NAMES_JOIN.split(rest) if n]
    if not 1 <= len(names) <= 6 or not all(natural_name(n) and not has_org_word(n) and not is_place(n) for n in names):
        return 0
    words = [w.lower() for n in names for w in n.split()]
    if any(w in _HOUSE_NAME_WORDS or "lx=publisher" in LEXICON.get(w, ()) for w in words):
        return 0
    return len(names)
