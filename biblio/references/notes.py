"""What a reference list holds besides full references, and the marks around them.

- Short notes ("Smith (1970), p. 2", "Smith, *Things*, 45.", "Ibid., 12.") point
  to a full entry; they are linked to it and never become records.
- ``———.`` (or ``---.``) at the start of an entry stands for the previous
  entry's authors.
- A reader's annotation after an entry (``[pp. 91–104]``, ``[Appendix]``) is
  not part of the reference.
- In a note, the page the note cites ("…, 2020), 12.") is not the work's page.
- Captions and prose around a list are not references.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from biblio.parse.normalisers.names import known_given
from biblio.parse.readers.ibid import IBID as _IBID
from biblio.parse.readers.ibid import LOCATOR as _LOCATOR
from biblio.references.bibtex_entries import is_entry
from biblio.references.cues import DITTO, authorish_start, classify_block, has_doi_or_url, has_year, is_reference

_UP = r"A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩА-ЯЁ"
_WORD = rf"[{_UP}][\w'’\-]+"
# One to three names: "Smith", "van Dijk", "Smith and Jones", "Smith, Jones & Lee", "Smith et al."
# A name may be an organisation of a few capitalised words: "Oracle Corporation (2022)".
_NAME = rf"(?:(?:van|von|de|der|del|di|da|le|la)\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}"
_NAMES = (
    rf"(?P<names>{_NAME}"
    rf"(?:(?:,\s*|\s+(?:and|&|und|et|y)\s+){_NAME}){{0,3}}(?:\s+et\s+al\.?|\s+u\.\s?a\.)?)"
)
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)[a-z]?"
_SHORT_NOTE_FORMS = (
    # Smith (1970), p. 2 / Smith 1970, 2 / Smith (1970: 2) / Smith and Jones (1999)
    re.compile(rf"^{_NAMES},?\s+\(?{_YEAR}(?:(?:\)?,|:|\)?\s*:)\s*{_LOCATOR})?\)?\s*\.?$"),
    # Smith, *Things*, 45. / Smith, “Culture,” 12. / Smith, Things, 45–46.
    re.compile(
        rf"^{_NAMES},\s+(?P<title>\*[^*]{{1,80}}\*|[“„\"][^”“\"]{{1,80}}[”“\"]|[{_UP}][^,.()]{{0,60}}?),?\s+"
        rf"{_LOCATOR}\s*\.?$"
    ),
)
# German notes' "ebd." / "ebenda" (ibid.) and "a. a. O." (op. cit.), with or without the page: "Ebd., S. 6.", "Ebd."
_EBD = re.compile(r"^(?:ebd|ebenda|a\.\s?a\.\s?O)\.?(?:,?\s*" + _LOCATOR + r")?\s*\.?$", re.IGNORECASE)
# "Ibid." then the writer's words on what the work says there ("Ibid. Output token growth for …", "Ibid., the
# memory tool's three actions: …"): the work of the note before, the words a remark of the note.
_IBID_REMARK = re.compile(r"^(?:ibid|ibidem|ebd|ebenda)\.,?\s+\S", re.IGNORECASE)
_ANNOTATION = re.compile(
    r"\s*\[(?P<note>(?:pp?\.|ch\.|chap\.|see\b|cf\.)[^\[\]]{0,40}|[A-Z][a-z]+(?: [a-z]+){0,2})\]\.?$"
)
# Bracketed descriptions that belong to the reference (APA, IEEE), not a reader's annotation.
_DESCRIPTIONS = frozenset({
    "online", "internet", "dataset", "data set", "video", "audio", "podcast", "blog post", "tweet", "film",
    "computer software", "software", "motion picture", "television series", "abstract", "editorial",
    "letter", "preprint", "press release", "fact sheet", "infographic", "map", "photograph", "brochure",
    "unpublished manuscript", "doctoral dissertation", "master's thesis", "electronic resource",
})
# "…, 2020), 12." / "…(2019): 45." at the end of a note: the cited page (a range may be joined by any
# hyphen, the non-breaking one included, or Markdown's "--"); after the year that closes the publication data,
# the work's address may follow it ("(2018), 123–125, <https://…>.", as Chicago's notes print an online book).
_LOCATOR_AFTER = r"(?P<locator>(?:pp?\.\s*|chap\.\s*|ch\.\s*)?\d{1,5}(?:\s*(?:--|[-–‐‑])\s*\d{1,5})?(?:\s*n\.\s*\d+)?)"
_CITED_PAGE = re.compile(rf"(?<=\))(?P<sep>,|:)\s*{_LOCATOR_AFTER}\s*\.$")
# the publication facts' bracket holds a year (or "n.d."); an issue's "93(2)" does not
_FACTS_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b|n\.\s?d\.")
# (bare numbers only: "(November 2014), pp. 179–215, https://doi.org/…" is an article's page range)
_CITED_PAGE_THEN_ADDRESS = re.compile(
    r"(?<=(?:1[5-9]\d\d|20\d\d)\))(?P<sep>,)\s*(?P<locator>\d{1,5}(?:\s*(?:--|[-–‐‑])\s*\d{1,5})?)"
    r"(?P<address>,\s*<?https?://[^\s<>]+>?)\s*\.$")
# Wikipedia's "Archived from the original on 12 November 2020" (the words or "the original" may be links).
_ARCHIVE_NOTE = re.compile(
    r"[.,;]?\s*(?:\[[Aa]rchived\]\(\s*[^()\s]*\s*\)|[Aa]rchived)\s+from\s+"
    r"(?:\[the original\]\(\s*[^()\s]*\s*\)|the original)(?:\s+\([^()]*\))?\s+on\s+[^.,;\[\]()]+?(?=\s*(?:[.,;]|$))"
)
_CAPTION = re.compile(r"^(?:figure|fig\.|table|tab\.|image|photo|photograph|chart|map|credit|source)\s*\d*[.:]\s",
                      re.IGNORECASE)


_MAX_LINK_NOTE_WORDS = 30
# Words that make a note a sentence rather than a reference.
_PROSE_WORDS = frozenset(
    "is are was were be been can could should would will you your we our i my me this that these there here "
    "which who because but also not if want try please click read more use check".split()
)
# Copyright lines and the tail of a web page ("Last updated March 2024.", "Thanks for reading!").
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)\s|copyright\b|all rights reserved|(?:last\s+)?(?:updated|modified|edited)\b"
    r"|posted\s+(?:on|in|by)\b|filed\s+under\b|tags?:|categor(?:y|ies):|thanks?\b|thank\s+you\b|share\s+this\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ShortNote:
    """A short note: the author names and year or short title it gives."""

    names: str | None
    year: str | None = None
    title: str | None = None
    ibid: bool = False


def short_note(text: str) -> ShortNote | None:
    """The short note `text` is, or None when it is a full reference (or not a note at all)."""
    text = " ".join(text.split())
    if _IBID_REMARK.match(text):
        return ShortNote(None, ibid=True)
    if len(text) > 160 or has_doi_or_url(text):
        return None
    if _IBID.match(text) or _EBD.match(text):
        return ShortNote(None, ibid=True)
    for form in _SHORT_NOTE_FORMS:
        m = form.match(text)
        if m and not (m.groupdict().get("title") and _ENDS_WITH_YEAR.search(text)) and not _work_in_names(m):
            groups = m.groupdict()
            title = groups.get("title")
            return ShortNote(m.group("names"), groups.get("year"), title.strip("*“”\" ") if title else None)
    return None


def _work_in_names(m: re.Match[str]) -> bool:
    """Are the "names" before the year a whole entry's parts: a name written given name first, then two or more
    parts after commas ("Peter Marlow, Harbour Tales, Northgate Press, 2003.": author, title, house)? A short
    note's names are family names ("Smith, Jones, Lee 2014"), two words among them too ("García Márquez, Vargas
    Llosa, Lee 2010", "St Clair, Lee, Brown 2014"): the first word a given name shows the entry."""
    parts = m.group("names").split(",")
    words = parts[0].split()
    return len(parts) >= 3 and len(words) >= 2 and known_given(words[0].strip("*_"))


_LEAD_IN = re.compile(r"^(?:see\s+also|see|cf\.?|compare|quoted\s+in|as\s+cited\s+in|on\s+this,\s+see"
                      r"|vgl\.(?:\s+(?:hierzu|dazu|auch))*(?:\s+ausführlich)?|siehe(?:\s+auch)?)[,:]?\s+"
                      r"(?:(?:for\s+example|for\s+instance|e\.\s?g\.),?\s+)?(?=[A-Z\u00c0-\u024f“\"*_]|the\s)",
                      re.IGNORECASE)
# "the section “External Representations” in Smith et al. (1986)": a part of the work cited, then the work
_PART_OF = re.compile(r"^the\s+(?:section|chapter|part|appendix|introduction|preface|entry|essay)\s+[“\"‘'][^”\"’']+"
                      r"[”\"’']\s+(?:in|of)\s+(?=[A-Z\u00c0-\u024f\[])", re.IGNORECASE)
# A link on an author-year call that jumps to the list ("[Smith et al. (1986)](…/full#B67)"): a cross reference,
# whose address is the citing page's, not the work's.
_ANCHOR_LINK = re.compile(r"\[([^\[\]\n]{2,80})\]\([^()\s]*#[^()\s]+\)")
_SEE_INSIDE = re.compile(
    r"(?:^|[,;:.]\s+|\s)(?:see(?:\s+also)?|cf\.?|vgl\.|recommends?|suggests?"
    r"|(?:taken|adapted|quoted|drawn|borrowed|reproduced)\s+from):?\s+(?=[A-Z\u00c0-\u024f])", re.IGNORECASE
)
_NOTE_PARTS = re.compile(r";\s+(?:sowie\s+)?(?=[A-Z\u00c0-\u024f“„\"*_])")  # German "…; sowie Syme, …" (and also)


# a note closed by an address: no stop is added after it (it would read as part of the address)
_CLOSING_ADDRESS = re.compile(r"(?:https?://|www\.|doi:\s*)\S+$")


def note_citations(text: str) -> list[str]:
    """The works a note cites: "See Smith, *A* (2020), 4; Jones, *B* (2019)." gives two."""
    inside = _in_parentheses(text)
    if inside:
        return inside
    pieces = _NOTE_PARTS.split(text)
    parts = [_cited(part.strip()) for part in pieces]
    if len(parts) > 1 and (any(_NAME_ALONE.match(piece.strip()) for piece in pieces[:-1])
                           or not all(short_note(p) or is_reference(p) for p in parts)):
        parts = [_cited(text.strip())]
    parts = [work for part in parts for work in _works_in_a_row(part)]
    return [p if _closed(p) else p + "." for p in parts if p]


def _works_in_a_row(text: str) -> list[str]:
    """A note citing two works one after the other ("Kaplan et al., "Scaling …", arXiv, 2020. Hoffmann et al.,
    "Training …", 2022."): split where, after a sentence end outside a quoted or emphasised title, a second full
    reference starts (names, a marked title, a year; perhaps after "See also"), the first one whole before it."""
    if ". " not in text or not _MARKED_TITLE.search(text):
        return [text]
    for before, rest in _sentence_breaks(text):
        rest = _LEAD_IN.sub("", rest)
        if not (_NAMES_THEN_TITLE.match(rest) and has_year(rest) and has_year(before) and is_reference(before)
                and _MARKED_TITLE.search(before) and is_reference(rest)):
            continue
        return [before, *_works_in_a_row(rest)]
    return [text]


# A reference's names then its title in quotation marks or italics: "Hoffmann et al., “…", "Gu, Dao, "…",
# "Smith, J. and K. Jones. *…*"
_NAMES_THEN_TITLE = re.compile(
    r"^[A-Z\u00c0-\u024f][\w'’-]+(?:[ ,]+(?:(?:[A-Z\u00c0-\u024f][\w'’-]*\.?|et al\.|and|&)[ ,]*){0,12})?[.,:]?\s*"
    r"(?:\(\d{4}[a-z]?\)[.,]?\s*)?[“\"*_]"
)


# A name alone before a semicolon, closing on an initial ("Rohwer, Frank C.; Anderson, Michael G. (1988). …"): the
# semicolon parts a citation's authors (Wikipedia's), not two works (a short note names a title, not an initial)
_NAME_ALONE = re.compile(r"^[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?,\s(?:[^\W\d_][\w'’-]*\.?\s)*[^\W\d_]\.$")


def _closed(part: str) -> bool:
    return part.endswith((".", "?", "!")) or is_entry(part) or _CLOSING_ADDRESS.search(part) is not None


_MIN_PARENTHESISED = 30  # a shorter aside in parentheses is no citation ("(1994)", "(see above)")
_LOWER_WORD = re.compile(r"(?<![\w*_])[a-zà-ÿ]{2,}\b")  # the words of a sentence around the citation
_MIN_PROSE_WORDS = 4
_MARKED_TITLE = re.compile(r"\*[^*]{2,}\*|[“«\"][^”»\"]{2,}[”»\"]")  # a title in italics or quotation marks
_OPENING_LINK = re.compile(r"^\[[^\[\]\n]{2,}\]\((?:https?|ftp)://[^)\s]+\)")


def _in_parentheses(text: str) -> list[str]:
    """The works of a note of prose that cites them in parentheses, as a note style (Chicago's) prints a
    citation in a note that has words of its own: "L'argomento è trattato … come (Lamport, *LaTeX* (Reading:
    Addison-Wesley, 1994), 71–72; Pantieri, *L'arte* (2018), 123–125)." gives the two works; none when the
    words outside the parentheses are no prose (a full note's imprint is in parentheses too)."""
    spans: list[tuple[int, int]] = []
    depth = start = 0
    for k, char in enumerate(text):
        if char == "(":
            depth += 1
            if depth == 1:
                start = k
        elif char == ")" and depth:
            depth -= 1
            if depth == 0 and k - start > _MIN_PARENTHESISED:
                spans.append((start, k))
    works: list[str] = []
    outside = text
    for a, b in spans:
        parts = [part.strip() for part in _NOTE_PARTS.split(text[a + 1:b])]
        # each a work with its title marked: an imprint in parentheses ("(Reading, Mass.: Addison-Wesley, 1994)")
        # has none
        if not all(part[:1].isupper() and _MARKED_TITLE.search(part) and (is_reference(part) or has_year(part))
                   for part in parts):
            continue
        works += [part if part.endswith((".", "?", "!")) else part + "." for part in parts]
        outside = outside.replace(text[a:b + 1], " ")
    words = _LOWER_WORD.findall(_MARKED_TITLE.sub(" ", outside))
    return works if works and len(words) >= _MIN_PROSE_WORDS and not is_reference(outside.strip(" .,;")) else []


def _cited(text: str) -> str:
    """A note without its lead-in: "See Smith, …", or "For an overview, see Smith, …"."""
    text = _PART_OF.sub("", _LEAD_IN.sub("", text))
    text = _ANCHOR_LINK.sub(lambda m: m.group(1) if short_note(m.group(1) + ".") else m.group(0), text)
    if not is_reference(text):
        after = _after_prose(text)
        if after is not None:
            return after
        m = _SEE_INSIDE.search(text)
        if m and (is_reference(text[m.end():]) or short_note(text[m.end():]) is not None):
            return text[m.end():]
    return text


# Where a sentence of a note ends and the next starts; not after an initial ("S. Kawai") or an abbreviation.
_NOTE_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\u00c0-\u024f])")
_NOT_SENTENCE_END = re.compile(r"(?:^|[\s.])(?:[A-Z]|al|eds?|vol|no|pp|St|Dr|Mr|Ms)$")
_QUOTES = re.compile(r"[“”\"]")


def _sentence_breaks(text: str) -> Iterator[tuple[str, str]]:
    """Each split of a note at a sentence end outside a quoted or emphasised title: (before, rest)."""
    for m in _NOTE_SENTENCE_END.finditer(text):
        before = text[: m.start() + 1]
        if not (_NOT_SENTENCE_END.search(before[:-1]) or len(_QUOTES.findall(before)) % 2 or before.count("*") % 2):
            yield before, text[m.end():]


def _after_prose(text: str) -> str | None:
    """The reference that closes a note after sentences of prose about it ("I am grateful to R. Starry for this
    reference. Kamada, T., and S. Kawai. 1989. “An Algorithm …” *Information Processing Letters* 31.1: 7-15."):
    the first sentence start, outside quotation marks, from which the rest is a whole reference and before
    which the note is prose."""
    for before, rest in _sentence_breaks(text):
        if authorish_start(rest) and is_reference(rest) and not is_reference(before) and is_prose(before):
            return rest
    return None


def same_authors(text: str) -> tuple[bool, str]:
    """(True, the rest) when the entry starts with ``———.``: the previous entry's authors."""
    m = DITTO.match(text)
    return (True, text[m.end():]) if m else (False, text)


# Where the authors of an entry end: before its year or its title.
_AUTHORS_END = re.compile(r"(?:\s\(|\.\s)(?=\(?(?:1[5-9]\d\d|20\d\d|n\.\s?d\.)|[*_“\"])")


def authors_part(text: str) -> str | None:
    """The authors at the start of an entry, as written ("Smith, J." of "Smith, J. (2020). …")."""
    m = _AUTHORS_END.search(text)
    return text[: m.start()].rstrip(" .,") if m and m.start() > 0 else None


# A CV's or reading list's trailing links to the material of a work, "([preprint](…), [code](…))", perhaps
# with more links after them ("[F1000 recommended](…)"): they point elsewhere, the reference ends before.
_MATERIAL_LINK = r"\[[^\[\]\n]{1,40}\]\(\s*[^()\s]*\s*\)"
_MATERIAL_LINKS = re.compile(
    rf"\s*\((?P<note>\s*{_MATERIAL_LINK}(?:\s*,\s*{_MATERIAL_LINK})*\s*)\)(?:[.,;]?\s*{_MATERIAL_LINK})*[.,;]?\s*$"
)


_LABELLED_LINK = re.compile(r"\[([^\[\]\n]{1,40})\]\(\s*(?:https?|ftp)://(?:www\.)?([^/()\s]+)[^()\s]*\s*\)")


def _site_link(note: str, before: str) -> bool:
    """Is the parenthesised link the work's own address, labelled with its site's name ("([GitLab](https://gitlab.
    eurecom.fr/…))", "([docs.srsran.com](https://docs.srsran.com/…))"), where the entry gives no other address?"""
    m = _LABELLED_LINK.fullmatch(note.strip())
    if m is None or "://" in before or "doi" in before.lower():
        return False
    label = m.group(1).strip().lower().removeprefix("www.")
    host = m.group(2).lower()
    return label == host or (label.isalnum() and label in host.split("."))


# A course's pointers after a reference: a link inviting the reader to the work ("[Read on Google
# Books](…)", "[Get it from …](…)") and a parenthesised remark "(see chapter 5)".
_ACCESS_LINK = re.compile(
    r"(?<=[.)])\s*(?P<note>\[(?:read|get|download|view|borrow|buy|listen|watch|free|full text)\b[^\[\]\n]{0,40}\]"
    r"\(\s*[^()\s]*\s*\))\.?\s*$", re.IGNORECASE)
_REMARK = re.compile(r"\s*\((?P<note>(?:see|cf\.|esp\.|especially)\s[^()]{1,40})\)\.?\s*$", re.IGNORECASE)


# A bare address, then a sentence about what it holds ("https://… Elle affecte spécifiquement les filles …"):
# the address is the reference, the sentence a reader's note (a quotation from the page, a remark).
_ADDRESS_THEN_SENTENCE = re.compile(
    r"^(?P<address><?(?:https?://|www\.)\S+?>?)[.,;:]?\s+(?P<note>[^\W\d_]\S*(?:\s+\S+){3,})$"
)


# A link to the work, then a dash and words on it ("[SolidStart — Authentication](https://…) — server function
# auth patterns"), a licence or kind in parentheses after the link ("[FallrimTools](https://…) (Apache-2.0) – read
# as a reference"): the link is the reference, the words a reader's note.
_LINK_THEN_REMARK = re.compile(
    r"^(?P<link>\[[^\[\]\n]{2,}\]\((?:https?|ftp)://[^)\s]+\)(?:\s+\([^()\n]{1,40}\))?)\s+(?:[—–]|--?)\s+(?P<note>\S.*)$"
)


# A link to the work, then a reader's remark in parentheses, words in lower case ("[Huffman coding on
# Wikipedia](https://…) (used as a starting point)"): no year, no number, so no date or edition of the work's.
_LINK_THEN_BRACKETED_REMARK = re.compile(
    r"^(?P<link>\[[^\[\]\n]{2,}\]\((?:https?|ftp)://[^)\s]+\))\s+\((?P<note>[a-z][^()\d\n]*\s[^()\d\n]{2,100})\)\.?$"
)


# …whose words after the dash open on who published the work and when, capitalised words ("— Anthropic, 12/2024; a
# remark", "— Google Research, 2023."): the source and the date, then the reader's remark
_SOURCE_DATED = re.compile(
    r"(?P<by>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}),\s+(?:(?:0?[1-9]|1[0-2])/)?(?:1[5-9]|20)\d\d(?=[;.]|$)"
)


# The same with a colon, the words on the work in lower case ("[SayCan](https://arxiv.org/abs/2204.01691): language
# relevance combined with embodied feasibility."): a title after the colon would open with a capital.
_LINK_COLON_REMARK = re.compile(
    r"^(?P<link>\[[^\[\]\n]{2,}\]\((?:https?|ftp)://[^)\s]+\)):\s+(?P<note>[a-z]\S*(?:\s+\S+)+)$"
)


# A reader's note set off by an arrow after the reference ("… MIT Press, 2009. ➤ For formal algorithmic models …"),
# one or more.
_ARROW_NOTE = re.compile(r"\s+[➤➜➔→▶▸►⇒]\s+(?P<note>\S.*)$")
_ARROW = re.compile(r"\s+[➤➜➔→▶▸►⇒]\s+")


# A quotation from the work after the date it was read (Wikipedia's citations with quote=): '… Retrieved
# 2012-08-18. "However, mozilla.org wants to emphasize …"'.
_QUOTE_AFTER_ACCESS = re.compile(r"(?<=\.)\s+(?P<note>[\"“][^\"“”]{10,}[\"”]\.?)$")
_ACCESSED_LAST = re.compile(r"\b(?:retrieved|accessed)\b[^.\"“]{0,40}\.$", re.IGNORECASE)


# Chinese, Japanese or Korean script: a writer's comment after a reference written in Latin letters
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CLOSING_URL = re.compile(r"\s*(?P<url>https?://\S+)\s*$")


def _comment_in_other_script(text: str) -> tuple[str, str] | None:
    """A reference in Latin letters, then the writer's comment on it in Chinese, Japanese or Korean
    ("Vaswani et al., "Attention Is All You Need", arXiv:1706.03762, 2017-06-12. https://… 。O(n²) 复杂度详见该论文
    §3.2。"): the reference (with an address the comment closes on) and the comment. The comment opens at the
    full stop before its first such letter; the reference before it has a year and none of that script."""
    first = _CJK.search(text)
    if first is None:
        return None
    head = text[: first.start()]
    start = max(head.rfind(". ") + 2, head.rfind("\u3002") + 1)
    if start < 2 or not has_year(text[:start]):
        return None
    reference, comment = text[:start].rstrip(" \u3002"), text[start:].strip()
    url = _CLOSING_URL.search(comment)
    if url is not None and _CJK.search(comment, 0, url.start()):
        reference, comment = f"{reference} {url.group('url')}", comment[: url.start()].rstrip()
    # the comment closes as a sentence of that script does (a note's added full stop aside)
    closed = comment.rstrip(".").endswith(("\u3002", "\uff01", "\uff1f", ")", "\uff09"))
    return (reference, comment.rstrip(".")) if closed and len(reference) >= 20 else None


# A Cyrillic or Greek letter: the script of a writer's description after a reference in Latin letters
_CYRILLIC_OR_GREEK = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
# what closes a reference before such a description: its address, or its quoted title
_ADDRESS_OR_QUOTE_AT_END = re.compile(r"(?:https?://\S+|[\"”»])$")


def _description_in_other_script(text: str) -> tuple[str, str] | None:
    """A reference in Latin letters closed by its address or its quoted title, then the writer's description of it
    in Cyrillic or Greek ("**RabbitMQ Documentation** https://www.rabbitmq.com/… Офіційна документація RabbitMQ",
    a line of its own in the list): the reference and the description (words, no address, no year)."""
    first = _CYRILLIC_OR_GREEK.search(text)
    if first is None or first.start() < 12:
        return None
    head, note = text[: first.start()].rstrip(), text[first.start():].strip()
    if _ADDRESS_OR_QUOTE_AT_END.search(head) is None or " " not in note or "://" in note or has_year(note):
        return None
    return head, note.rstrip(".")


def annotation(text: str) -> tuple[str, str | None]:
    """The reference without a reader's trailing annotation, and the annotation."""
    commented = _comment_in_other_script(text) or _description_in_other_script(text)
    if commented is not None:
        return commented
    m = (_LINK_THEN_REMARK.match(text) or _LINK_COLON_REMARK.match(text) or _LINK_THEN_BRACKETED_REMARK.match(text)
         if text.startswith("[") else None)
    if m is not None and m.re is _LINK_THEN_REMARK and (by := _SOURCE_DATED.match(m.group("note"))) is not None:
        # the work's source and date after the dash are the reference's; a remark after them is the reader's
        rest = m.group("note")[by.end():].strip(" ;.")
        return text[: m.start("note") + by.end()], rest or None
    if m is not None and not (m.re is _LINK_COLON_REMARK and has_year(m.group("note"))):
        return m.group("link"), m.group("note")
    m = _ARROW_NOTE.search(text)
    if m is not None and text[: m.start()].strip():
        return text[: m.start()].rstrip(), _ARROW.sub("; ", m.group("note"))
    m = _QUOTE_AFTER_ACCESS.search(text)
    if m is not None and _ACCESSED_LAST.search(text[: m.start()]):
        return text[: m.start()].rstrip(), m.group("note")
    m = _ADDRESS_THEN_SENTENCE.match(text.strip())
    if m is not None and not has_year(m.group("note")) and classify_block([m.group("note")]) == "prose":
        return m.group("address"), m.group("note")
    links = _MATERIAL_LINKS.search(text)
    before = text[: links.start()] if links is not None else ""
    if links is not None and before.strip() and not _site_link(links.group("note"), before):
        return text[: links.start()].rstrip().rstrip(","), links.group(0).strip()
    notes: list[str] = []
    while (m := _REMARK.search(text) or _ACCESS_LINK.search(text)) is not None and text[: m.start()].strip():
        notes.insert(0, m.group("note"))
        text = text[: m.start()].rstrip()
    m = _ANNOTATION.search(text)
    if m is not None and m.group("note").casefold() not in _DESCRIPTIONS and text[: m.start()].strip():
        notes.insert(0, m.group("note"))
        text = text[: m.start()].rstrip()
    return text, "; ".join(notes) or None


def without_archive_note(text: str) -> str:
    """The reference without a web archive's note ("Archived from the original on 12 November 2020", as
    Wikipedia's citation templates write it): a date and link of the archive's copy, not of the work."""
    return _ARCHIVE_NOTE.sub("", text) if "rchived" in text else text


# German notes end with the page cited: "…, Warszawa 1977, S. 36 ff.", "…, Berlin 1989, S. 51" (S. = Seite).
_CITED_SEITE = re.compile(r"(?P<sep>,)\s*(?P<locator>S\.\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:\s*ff?\.?)?)\s*\.?$")


def cited_page(text: str) -> tuple[str, str | None]:
    """A note without the page it cites (after the closing parenthesis of its publication data, or a German
    note's closing "S. 36 ff.")."""
    m = _CITED_PAGE.search(text)
    if m is not None and not _FACTS_YEAR.search(text, text.rfind("(", 0, m.start()) + 1, m.start()):
        m = None  # "*Physiological Reviews*, 93(2), 681–766.": the bracket is an issue, the range the article's
    m = m or _CITED_PAGE_THEN_ADDRESS.search(text) or _CITED_SEITE.search(text)
    if m is None:
        return text, None
    address = (m.groupdict().get("address") or "").lstrip(", ")
    return text[: m.start()] + (f", {address}." if address else "."), m.group("locator")


# An author-date citation in a sentence: "(Liang et al. 2023)", "(Kuhn and Maleki 2017)", "(Smith, 2020)"
_IN_TEXT_CITATION = re.compile(
    r"\((?:see\s+|e\.g\.,?\s+)?[A-Z][\w’'-]+(?:\s+(?:et\s+al\.|and|&)(?:\s+[A-Z][\w’'-]+)?)?,?\s+(?:1[5-9]|20)\d\d[a-z]?\)"
)


def is_cited_work(text: str) -> bool:
    """Is a note a reference to a work: a full reference, or a short one made of a link or address,
    not a sentence that happens to hold a link?"""
    if "(" in text and _IN_TEXT_CITATION.search(text) and is_prose(_IN_TEXT_CITATION.sub("", text)):
        return False  # a sentence citing works author-date, "… time spent on tasks (Liang et al. 2023)", no work
    if is_reference(text):
        return True
    if not has_doi_or_url(text):
        return False
    words = without_archive_note(text).split()
    # a title's words are no prose of the note ("If You Find An Orphaned Duckling", quoted as a web page's title;
    # "[Re: X is painful](https://…) 15 Nov 1996", a linked page's title opening the note)
    untitled = _MARKED_TITLE.sub(" ", _OPENING_LINK.sub(" ", " ".join(words))).split()
    return len(words) <= _MAX_LINK_NOTE_WORDS and not any(fold(w.strip(".,;:")) in _PROSE_WORDS for w in untitled)


_MAX_LISTED_WORK_WORDS = 40


# a title in italics, then its author's names written given name first and closed by a stop ("*Sur la théorie
# relativiste de l’électron …*. Erwin Schrödinger."): a work however many small words its title holds
_TITLE_THEN_NAMES = re.compile(
    r"^\*[^*\n]{3,300}\*\.\s+(?:[A-Z]\.\s?)*[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){1,2}\.?$")


def is_listed_work(text: str) -> bool:
    """A note in a list of references that may be a work with no year or names to tell it ("TXTFORM - A Text
    Formatter, Dept of Computer Science, Purdue University, …"): capitalised fields between commas, where a
    sentence, in any language, runs on in words of small letters; or an italic title with its author's name."""
    if text.startswith("*") and _TITLE_THEN_NAMES.match(text.strip()):
        return True
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    return ("," in text and len(words) <= _MAX_LISTED_WORK_WORDS and 3 * lower <= len(words)
            and not any(fold(w.strip(".,;:()")) in _PROSE_WORDS for w in words))


def is_caption(text: str) -> bool:
    stripped = text.strip()
    return (_CAPTION.match(stripped) is not None or _is_style_sheet(text) or _COMMAND.match(stripped) is not None
            or _is_template(text))


# The citation form a list shows before its entries, with words standing for its fields ("Apellido, N (fecha).
# *Titulo de la referencia* …", "Author, A. A. (Year). Title."): the word for a date where a year stands (not
# "data", Portuguese and Italian for it: English "Body (data)." names a work)
_TEMPLATE_DATE = re.compile(r"\((?i:fecha|a[ñn]o|year|date|jahr|datum|ann[ée]e)\)")


def _is_template(text: str) -> bool:
    return "(" in text and _TEMPLATE_DATE.search(text) is not None and not has_year(text)


# An item that is wholly a command line in a code span ("`convert *.png -crop 392x331+281+90 out%d.png`" among a
# list of addresses): a note of how something was done, no work.
_COMMAND = re.compile(r"^`[^`\s]+ [^`]*`\.?$")


# A style sheet a page's text kept where a reference stood (MediaWiki's citation styles rendered as text in a
# numbered note: ".mw-parser-output cite.citation{font-style:inherit}…"): rules of "selector{property:value}".
_STYLE_RULE = re.compile(r"[^\s{}]\{[a-z-]+:[^{}]{0,300}\}")


def _is_style_sheet(text: str) -> bool:
    if "{" not in text or ":" not in text:
        return False
    rules = _STYLE_RULE.findall(text)
    return len(rules) >= 2 and 2 * sum(len(rule) for rule in rules) >= len(text.strip()) * 0.5


# Words by which a paragraph speaks to its reader ("If you use PyBLP, we ask that you also cite …").
_READER_WORDS = re.compile(r"\b(?:we|you|your|our|us)\b|\bthis (?:page|list|section|document)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def is_introduction(text: str) -> bool:
    """A paragraph of sentences addressed to the reader about the list ("This page contains a full list of
    references cited in the documentation … If you use PyBLP in your research, we ask that you also cite …"),
    or a sentence introducing what follows with a colon or a comma ("Papers presenting PEPT algorithms included in
    this library:", "The theory of the u-transform was presented by Levin,"): prose that may name works and
    years, but no reference."""
    text = text.strip()
    # (one whole sentence with no year will do: "This repository was a result of my internship, where we published
    # a paper on [Nature Communication](…).")
    sentences = _SENTENCE_END.search(text) is not None or (text.endswith(".") and not has_year(text))
    addressed = sentences and _READER_WORDS.search(text) is not None
    return (addressed or (text.endswith((":", ",")) and len(text.split()) >= 4)) and classify_block([text]) == "prose"


def is_account(text: str) -> bool:
    """A paragraph of three sentences or more in prose, in any language, before the list it tells of ("Atıflar APA 7
    biçimindedir. Tüm DOI bağlantıları … doğrulanmıştır. Belcher (2019) ve Kitzes … teyit edilmiştir."): it may name
    works and years, but it is no reference."""
    text = text.strip()
    if len(_SENTENCE_END.findall(text)) < 2 or has_doi_or_url(text):
        return False
    # most words in lower case, as running prose has them (a reference's names and title words have capitals)
    words = _LETTER_WORD.findall(text)
    lower = sum(1 for word in words if word[0].islower())
    return (2 * lower >= len(words) and not authorish_start(text) and not is_reference(text)
            and classify_block([text]) == "prose")


_LETTER_WORD = re.compile(r"[^\W\d_][^\W_]*")


# "Also see the book's [companion website](…)", "See also its [errata](…)": an item pointing to more of the
# work listed before it, not a work of its own.
_POINTER = re.compile(r"^(?:also\s+see|see\s+also|also|see)\s+(?:the|this|that|its|his|her|their)\b", re.IGNORECASE)


# "For exceptions, see "Values" section below": a note of words only sending the reader elsewhere in the document
# (a Wikipedia article's explanatory note among its citations).
_IN_DOCUMENT = re.compile(r"\bsee\b[^.;]{0,60}?\b(?:above|below|section|chapter|note|appendix)\b", re.IGNORECASE)


def is_pointer(text: str) -> bool:
    """A list item sending the reader to more of the work above (its website, its errata), or to another part of
    the document: no reference."""
    text = text.strip()
    pointing = _POINTER.match(text) is not None or (_IN_DOCUMENT.search(text) is not None and not has_doi_or_url(text)
                                                    and not any(c.isdigit() for c in text))
    return pointing and not has_year(text) and not is_reference(text)


def is_prose(text: str) -> bool:
    """Text that is no reference: a sentence or sign-off (no year, address or reference-like start), or a
    copyright line."""
    if _COPYRIGHT.match(text):
        return True
    return not (is_reference(text) or has_year(text) or has_doi_or_url(text) or authorish_start(text))


def fold(text: str) -> str:
    """A name or word compared without case or accents."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


_ENDS_WITH_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\.?$")  # "Plato, *Republic*, 1992." is a reference
_SEPARATORS = re.compile(r",\s*|\s+(?:and|&|und|et|y)\s+|\s+et\s+al\.?|\s+u\.\s?a\.")
_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")
_NAME_WORD = re.compile(r"[^\W\d_]+")
_AUTHOR_CHARS = 80  # where the authors of an unparsed reference stand


def note_matches(note: ShortNote, family_names: list[str], year: int | None, title: str, source: str = "") -> bool:
    """Does the short note point to a work by these authors, of this year and title?

    The note's first name must be a parsed author's name or among the first words of the reference.
    """
    if note.names is None:
        return False
    first = fold(_SEPARATORS.split(note.names)[0].split()[-1])
    parsed = {fold(word) for name in family_names for word in name.split()}
    # The parsed authors, or (a reference parsed only in part) the first words of its text.
    if first not in parsed and first not in _NAME_WORD.findall(fold(source[:_AUTHOR_CHARS])):
        return False
    if note.year is not None and year is not None and int(note.year) != year:
        return False
    if note.title:
        words = _TITLE_WORD.findall(fold(note.title))
        return not words or words[0] in fold(title or source)
    return True
