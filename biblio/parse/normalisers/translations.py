"""A title's translation in brackets after it, read as a part of the title or of the book's title.

Fields touched: ``title``, ``container-title``, ``note``, ``type``.

APA, Vancouver and the lists that follow them give a work in another language its English translation in square brackets
right after its title: ``Magyarország népessége a török hódoltság idején [Hungary’s Population in the Age of
Ottoman Occupation].``, ``In T. Koskinen (Ed.), Kirjoituksia neroudesta [Writings on geniusness: Myths, cultures,
persons]``. The translation names the same work in other words: no part of its title; it goes to the note.
"""

from __future__ import annotations

from typing import Any

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.hosts import add_note
from biblio.records.model import source_text

FIELDS = ("title", "container-title", "note", "type")

# the closing bracket of words in English: "[Writings on geniusness: Myths, cultures, persons]", Vancouver's
# "[Psychological stress]", "[Burnout]"
_CLOSING_TRANSLATION = lazy_pattern(r"\s+\[(?P<words>[A-Z][A-Za-z0-9’'\-–:,;.&?() ]{4,200})\]\s*$")
# what a bracket after a title says of the work itself rather than translating it, in its first words
BRACKET_DESCRIPTION = lazy_pattern(
    r"(?i)(?:review|book review|letter|editorial|abstract|comment|interview|data ?set|video|film|podcast|audio|"
    r"motion picture|television|tv|doctoral|master|dissertation|thesis|report|blog|tweet|special issue|invited|"
    r"in (?:press|print)|online|electronic|computer|software|translated|translation|trans\.|"
    # the work's language alone ("[in Polish]"; "[Polish adaptation of …]" translates a title)
    r"(?:in )?(?:english|polish|russian|german|french|spanish|chinese|japanese|korean|portuguese|italian|dutch|"
    r"czech|turkish|arabic|persian|hebrew|greek|swedish|norwegian|danish|finnish|hungarian|romanian|ukrainian)$)\b"
)
# the kind of work as the bracket's last word ("[Press release]", "[Mobile app]", "[Internet]"): a translation may
# open on "Internet", "Working" or "Data" ("[Working memory in children with dyslexia]") but seldom ends on a kind
DESCRIBED_KIND = lazy_pattern(
    r"(?i)(?:^|\s)(?:brochure|fact ?sheet|release|photo|painting|slides|poster|manuscript|preprint|paper|"
    r"presentation|lecture|notes|app|album|transcript|webinar|speech|syllabus|post|page|infographic|guidelines?|"
    r"supplement|erratum|retraction|database|internet|cd-rom|serial|homepage|monograph|web|website|symposium|"
    r"workshop|draft|foreword|preface|afterword|chapter|appendix|audiobook|e-?book|kindle|pdf|episode|commentary|"
    r"keynote|panel|tutorial|pamphlet|leaflet|booklet|handout|flyer|exhibition|catalog(?:ue)?|reply|rejoinder|"
    r"note|repository|reprint|article|version|package)[.\s]*$"
)
# English's small words, one of which an English title of two words or more almost always holds
ENGLISH_SMALL_WORDS = frozenset(
    "the of and in a an for on to with from by is at as its or how what why are be not into between".split()
)

# a Vancouver list's first name, after the list's number: "[8] Heszen-Niejodek I.", "12. Terelak JF,"
_VANCOUVER_OPENING = lazy_pattern(r"^(?:\[?\d{1,4}[.\]]?\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}\s[A-Z]{1,3}[,.]\s")
# endings English's nouns and adjectives so often have
_ENGLISH_ENDINGS = ("tion", "ness", "ment", "ing", "ity", "ical", "ship", "ous", "ive", "ful", "less", "ism")


def _vancouver_foreign(item: dict[str, Any], head: str) -> bool:
    """In a Vancouver list (whose translations author-year lists' other brackets, aliases and versions do not share),
    the head in letters English has holds none of English's small words and no word of English's endings."""
    if ENGLISH_SMALL_WORDS.intersection(head.lower().split()) or not _foreign_words(head):
        return False
    return _VANCOUVER_OPENING.match(source_text(item)) is not None


def _foreign_words(head: str) -> bool:
    """The head's words are no English: none ends as English's adjectives and nouns so often do, or it is one word."""
    words = head.lower().replace(":", " ").split()
    return len(words) == 1 or not any(w.endswith(_ENGLISH_ENDINGS) for w in words)


def translation_closing_title(item: dict[str, Any]) -> None:
    """(In place.) A title or a book's title in another language, closed by English words in square brackets that
    describe no work: the brackets hold its translation, which goes to the note."""
    _title_before_translation(item)
    for var in ("title", "container-title"):
        value = item.get(var)
        if not isinstance(value, str) or not value.endswith("]") or (m := _CLOSING_TRANSLATION.search(value)) is None:
            continue
        head, words = value[: m.start()].rstrip(), m["words"]
        # the title is in another language: its own letters show it, or (Vancouver's "Stres psychologiczny
        # [Psychological stress]", "Zdrowie i stres [Health and stress]") its words are no English's; the
        # bracket's phrase is no description of the work, and one of three words or more follows a title of two
        described = BRACKET_DESCRIPTION.match(words) or DESCRIBED_KIND.search(words)
        if described or (len(words.split()) >= 3 and len(head.split()) < 2):
            continue
        # a title in English's letters, or a bracket of one or two words, is a translation only in a Vancouver list
        # ("Wypalenie [Burnout]"); elsewhere a short bracket describes the work ("(API) — Amendment [C Language]") or
        # gives another title ("De magistro [Do mestre]")
        if (head.isascii() or len(words.split()) < 3) and not _vancouver_foreign(item, head):
            continue
        item[var] = head
        add_note(item, f"[{words}]")


# an entry's title and its translation, then the book's name, all read as the book: "Stres [Stress]. Encyklopedia
# Pedagogiczna XXI Wieku"
_TRANSLATED_TITLE_OPENING = lazy_pattern(
    r"^(?P<title>[^\[\].]{3,200}\s\[[^\[\]]{4,200}\])\.\s+(?P<book>[A-Z][^\[\]]{3,})$"
)


def _title_before_translation(item: dict[str, Any]) -> None:
    """(In place.) A translated title, then a book's name, read as one (a Vancouver encyclopaedia entry with no
    "In:"): as the book's name of a part with no title, or as the title of a work with pages and no book; the
    title and its translation are the part's, the rest the book's."""
    if "container-title" in item:
        var = "container-title" if "title" not in item else ""
    else:
        var = "title" if "page" in item else ""
    both = item.get(var) if var else None
    if not isinstance(both, str) or "]. " not in both:
        return
    if (m := _TRANSLATED_TITLE_OPENING.match(both)) is None or not _CLOSING_TRANSLATION.search(m["title"]):
        return
    item["title"], item["container-title"] = m["title"], m["book"]
    if var == "title" and item.get("type") == "book":
        item["type"] = "chapter"
