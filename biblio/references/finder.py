"""Find the reference sections of a document.

Ways in:
  * a heading (References, Bibliography, Works Cited, Notes, Literatur, ... in
    Markdown, setext, HTML, bold or plain-line form, or a short heading ending
    in one of these, like "APA Citations"); every such section that holds a
    reference counts, in document order;
  * footnote definitions (``[^3]: ...``) outside any such section;
  * no heading: a run of reference-like paragraphs at the end of the text (at
    least two), or a text made only of references (a pasted list); beside other
    sections, a list of three or more items that are all whole references, under
    any heading ("… the author recommends the following articles:").
A section runs to the next heading that is not a sub-grouping of the
references (Appendix, Acknowledgements, a Markdown heading of the same or higher
level, another reference heading), a horizontal rule followed by prose, the
first footnote definition (outside a notes section), or two long prose
paragraphs in a row (the body text resuming).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from biblio.documents.wiki_copy import EDIT_LABEL
from biblio.documents.wikitext import HEADING as WIKI_HEADING
from biblio.references.cues import (
    BOOK_MARKED_TITLE,
    BlockKind,
    classify_block,
    has_doi_or_url,
    has_year,
    is_reference,
    is_url_only,
    links_one_a_line,
    strip_marker,
)
from biblio.references.notes import short_note


@dataclass(frozen=True)
class Section:
    """A reference section: its text (no heading), 1-based inclusive line numbers in the document."""

    text: str
    start_line: int
    end_line: int
    heading: str | None  # the heading as written (markup removed); None when found without one
    notes: bool = False  # a notes or footnotes section: entries there may be prose or short notes
    heading_line: int | None = None  # 1-based line of the heading, if any
    listed: bool = False  # footnotes right under a heading naming references: notes that make up the list


_REFERENCE_HEADINGS_RAW = (
    # English
    "references", "reference", "reference list", "list of references", "references cited", "cited references",
    "bibliography", "bibliographies", "selected bibliography", "select bibliography", "annotated bibliography",
    "works cited", "work cited", "works consulted", "cited works", "literature cited", "cited literature",
    "literature", "sources", "sources cited", "sources consulted", "list of sources", "source list",
    "notes and references", "references and notes", "references and further reading", "further reading",
    "further readings", "suggested reading", "suggested readings", "recommended reading", "additional reading",
    "sources and further reading", "bibliography and further reading", "bibliography and references",
    "references and bibliography", "references and sources", "sources and references", "citations",
    "reading list", "bibliographic references", "literature references",
    "publications", "publication", "list of publications", "publication list",  # a project's or a CV's own papers
    "cite", "citation", "citing", "how to cite", "cite this work", "citing this work", "cite as",
    # German
    "literatur", "literaturverzeichnis", "literaturangaben", "quellen", "quellenverzeichnis",
    "literatur und quellen", "quellen und literatur", "weiterführende literatur", "quellenangaben",
    "zum nachlesen", "literaturhinweise", "lesetipps", "lektüre",
    # French
    "références", "bibliographie", "références bibliographiques", "ouvrages cités", "sources et références",
    "notes et références", "références et notes", "notes y referencias", "notas y referencias",
    "referencias y notas", "note e riferimenti", "notas e referências", "referências e notas",
    # Spanish / Portuguese / Italian / Catalan
    "bibliografía", "referencias", "referencias bibliográficas", "obras citadas", "fuentes",
    "referências", "referências bibliográficas", "bibliografia", "fontes",
    "riferimenti bibliografici", "riferimenti", "fonti", "bibliografia citata", "opere citate", "altre opere citate",
    "opere consultate", "opere di riferimento",
    "referències", "referències bibliogràfiques", "fonts",  # Catalan
    # "Further reading" as Romance languages write it
    "per approfondire", "approfondimenti", "letture consigliate", "ulteriori letture", "per saperne di più",
    "pour aller plus loin", "pour en savoir plus", "lectures complémentaires", "lectures recommandées",
    "lectures conseillées", "lecturas recomendadas", "lecturas adicionales", "lectura adicional",
    "lecturas complementarias", "para saber más", "leituras recomendadas", "leitura recomendada",
    "leituras complementares", "leitura complementar", "leitura adicional", "leituras adicionais", "para saber mais",
    # Dutch / Scandinavian / Finnish
    "literatuur", "literatuurlijst", "bronnen", "bronvermelding", "referenties",
    "referenser", "litteratur", "källor", "litteraturförteckning", "referanser", "kilder", "litteraturliste",
    "lähteet", "kirjallisuus",
    # Central and Eastern European
    "literatura", "bibliografie", "seznam literatury", "použitá literatura", "zdroje", "piśmiennictwo",
    "irodalom", "felhasznált irodalom",
    "литература", "список литературы", "библиография", "список использованной литературы", "источники",
    "використана література", "список використаних джерел", "список літератури", "література",
    "список використаної літератури", "бібліографія", "джерела",
    # Others
    "kaynakça", "kaynaklar", "βιβλιογραφία", "αναφορές", "المراجع", "مراجع", "מקורות", "ביבליוגרפיה",
    "daftar pustaka", "出典", "参考文献", "参考文献表", "参考文献列表", "参考资料", "參考資料", "參考文獻", "引用文献",
    "참고문헌", "참고 문헌", "tài liệu tham khảo",
    "引用", "如何引用", "引用方式", "引用本项目", "引用本項目",  # a README's "Cite" in Chinese
)

# Notes sections: each note may be a full reference, a short note pointing to one, or prose.
_NOTES_HEADINGS_RAW = (
    "notes", "footnotes", "endnotes", "end notes", "notes and sources", "source notes",
    "anmerkungen", "fußnoten", "endnoten", "einzelnachweise", "nachweise", "belege", "notas", "notes de fin",
    "notas de fim", "notas finais", "notas de rodapé", "notas finales", "notas al pie", "notes de bas de page",
    "noten", "примечания",
    "注释", "注釋", "註釋", "引注", "注", "註", "附注", "脚注", "腳註", "尾注", "注解", "脚注一覧", "주석", "각주",
)

# Headings that end a reference section; matched as a prefix of the normalised heading.
_STOP_HEADINGS_RAW = (
    "appendix", "appendices", "annex", "annexe", "anhang", "anexo", "apéndice", "bijlage",
    "acknowledgement", "acknowledgment", "acknowledgements", "acknowledgments", "danksagung", "remerciements",
    "agradecimientos", "about the author", "about the authors", "about", "author bio", "author biography",
    "author information", "author contributions", "authors' contributions", "biography", "biographies",
    "notes", "footnotes", "endnotes", "注释", "注釋", "註釋", "引注", "index", "glossary", "abbreviations",
    "funding", "conflict of interest",
    "conflicts of interest", "competing interests", "declaration", "data availability", "supplementary",
    "supporting information", "tables", "figures", "figure legends", "figure captions", "comments",
    "related", "share this", "tags", "leave a reply", "subscribe", "contact", "disclaimer", "copyright",
    "license", "licence", "vita", "curriculum vitae", "see also", "external links",
    # Wikipedia's closing sections in other languages
    "voir aussi", "liens externes", "articles connexes", "siehe auch", "weblinks", "véase también",
    "enlaces externos", "vedi anche", "collegamenti esterni", "ver também", "ligações externas", "zie ook",
    "externe links", "関連項目", "外部リンク",
    # GitHub's alerts ("> [!NOTE]") open a box of their own
    "[!note]", "[!tip]", "[!important]", "[!warning]", "[!caution]",
)

# Markdown structure.
_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HTML_HEADING = re.compile(r"^\s*<h([1-6])\b[^>]*>(.*?)</h\1>\s*$", re.IGNORECASE)
_EMPHASIS_LINE = re.compile(r"^\s*(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1\s*:?\s*$")
HORIZONTAL_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
# A code fence; a backtick fence's info string holds no backtick (CommonMark), so "```.\data.bin```" on a line of
# its own is inline code, not a fence that would hide the rest of the document.
FENCE = re.compile(r"^ {0,3}(?:`{3,}[^`]*$|~~~)")


def in_code_fences(lines: list[str]) -> list[bool]:
    """For each line, whether it is a code fence or inside a fenced code block."""
    inside, fenced = [], False
    for line in lines:
        opens = FENCE.match(line) is not None
        inside.append(opens or fenced)
        fenced ^= opens
    return inside

_FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^[^\]]+\]:")
# A heading copied from a MediaWiki page with its section's edit link ("References[edit]", "Notes et
# références[modifier | modifier le code]"): a heading wherever it stands, blank lines around it or not.
_EDIT_LINK_HEADING = re.compile(rf"^\s*(?P<title>[^\[\]\n]{{1,80}}?)\s*\[{EDIT_LABEL}\]\s*$", re.IGNORECASE)
# Older MediaWiki skins put the link first, floated right of the title: copied, it opens the line ("[edit]References").
_EDIT_LINK_FIRST = re.compile(rf"^\s*\[{EDIT_LABEL}\]\s*(?P<title>[^\[\]\n]{{1,80}}?)\s*$", re.IGNORECASE)
# The text html2text makes of an HTML page marks its headings with stars around the title, fewer for a lower level
# ("****** Title ******" for <h1>, "***** References[edit] *****" for <h2>); the edit link of a wiki stays in it.
_STARRED_HEADING = re.compile(rf"^\s*(\*{{3,6}})[ \t]+(?P<title>[^*\n]{{1,80}}?)(?:\s*\[{EDIT_LABEL}\])?[ \t]+\1\s*$",
                              re.IGNORECASE)
# The same edit link kept as a link after a heading's title ("## References[[edit](…?action=edit&section=35)]"), as
# a page that lost MediaWiki's classes (a reader view, a mirror) keeps it.
_EDIT_LINK_SUFFIX = re.compile(rf"\s*\[\s*\[{EDIT_LABEL}\]\([^)\s]*\)\s*\]\s*$", re.IGNORECASE)

# Heading normalisation.
_ATTRIBUTES = re.compile(r"\s*\{[#.][^}]*\}\s*$")  # Pandoc "{#refs}"
_TAGS = re.compile(r"<[^>]+>")
_NUMBERING = re.compile(
    r"^(?:(?i:chapter|section|part)\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-Z])(?:[.):]\s*|\s+)"
)
_MARKUP = re.compile(r"[*_`#]+")
_TRAILING = re.compile(r"[\s:.。：]+$")
_SPACES = re.compile(r"\s+")
_MAX_PLAIN_HEADING_CHARS = 80
_MAX_PLAIN_HEADING_WORDS = 8
_LONG_PROSE_CHARS = 300
_NOTE_PROBE = 50  # lines of a section looked at for short notes
_MAX_MOVED_NOTES = 1000  # lines at a converted wiki page's end looked at for its category links and notes


def normalise_heading(title: str) -> str:
    """A heading reduced for comparison: no markup, numbering, accents, case or trailing colon."""
    text = _TAGS.sub("", _ATTRIBUTES.sub("", title))
    text = _MARKUP.sub("", text).strip()
    text = _NUMBERING.sub("", text)
    text = _TRAILING.sub("", text).replace("&", " and ").casefold()
    if not text.isascii():
        # Emoji and other symbols dress a heading up ("📖 Zum Nachlesen", "👀 Quellen"); they say nothing.
        text = "".join(c for c in text if unicodedata.category(c) not in ("So", "Sk", "Cf"))
        decomposed = unicodedata.normalize("NFD", text)
        text = unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))
    return _SPACES.sub(" ", text).strip()


_NOTES_HEADINGS = frozenset(normalise_heading(h) for h in _NOTES_HEADINGS_RAW)
_REFERENCE_HEADINGS = frozenset(normalise_heading(h) for h in _REFERENCE_HEADINGS_RAW) | _NOTES_HEADINGS
# "APA Citations", "MLA Works Cited", "Selected References": a short heading ending in a reference word.
_MAX_QUALIFIED_HEADING_WORDS = 4
_NOT_A_QUALIFIER = re.compile(r"\d|[?!]")
# Words that may stand before a reference word: style names and plain qualifiers ("Data Sources" is no list).
_QUALIFIERS = frozenset(
    "apa mla chicago harvard ieee vancouver turabian asa ama style format formatted selected select primary "
    "secondary additional further key main other useful recommended suggested relevant general online web print book "
    "books article articles my our full complete cited consulted normative informative".split()
)
# Words that, joined to a reference word by "and", still name the list ("Further reading and resources").
_COMPANIONS = frozenset({"resources", "links", "useful links", "further resources", "online resources", "tools",
                         "datasets", "data sets", "watching", "viewing", "listening", "videos", "talks", "podcasts"})
# The two names may be joined by a slash as well: "Further Reading / Watching", "References/Links".
_JOINED = re.compile(r"\s+and\s+|\s*/\s*")
# French, Spanish, Italian and Portuguese put the qualifier after the noun ("Fuentes primarias", "Sources
# imprimées", "Recursos digitales"): the headings of a thesis's grouped bibliography (compared unaccented).
_ROMANCE_REFERENCE_WORDS = frozenset(
    "fuentes fontes fonti sources bibliografia bibliographie literatura obras recursos ressources documentos "
    "documents referencias references".split()
)
_ROMANCE_QUALIFIERS = frozenset(
    "primarias secundarias primaria secundaria primaires secondaires primaire secondaire primarie secondarie "
    "citadas consultadas citees consultees digitales digitais numeriques electronicas "
    "electroniques impresas imprimees impressas manuscritas manuscrites ineditas inedites editadas editees "
    "complementaria complementaire complementares generales generale general en linea ligne de archivo archives "
    "supplementaire supplementaires complementaires adicional adicionales adicionais supplementare "
    # "Bibliographie de référence", "Bibliografía de consulta", "Bibliografía básica"
    "referencia reference consulta basica basicas basique basiques".split()
)
# A stop heading followed by anything but a letter: "appendix b", "about the author", not "abouts".
_STOP_HEADING = re.compile(
    "^(?:" + "|".join(re.escape(normalise_heading(h)) for h in sorted(_STOP_HEADINGS_RAW, key=len, reverse=True))
    + r")(?![^\W\d_])"
)


# A bibliography's topic after the noun, as Romance languages write it ("Bibliografia LaTeX", "Bibliografía
# esencial", "Bibliographie générale").
_TOPIC_FIRST_NOUNS = frozenset({"bibliografia", "bibliographie"})


# A heading given in two languages, the second in parentheses ("参考文献与历史源流（References）", "Literatur
# (References)"): either name may be the one biblio knows.
_GLOSSED = re.compile(r"^(?P<head>[^()（）]+?)\s*[(（](?P<gloss>[^()（）]+)[)）]$")


def _names_references(key: str) -> bool:
    if key in _REFERENCE_HEADINGS:
        return True
    glossed = _GLOSSED.match(key) if key.endswith((")", "）")) else None
    if glossed is not None:
        return any(_names_references(part.strip()) for part in glossed.group("head", "gloss"))
    if len(key.split()) == 2 and key.split()[0] in _TOPIC_FIRST_NOUNS:
        return True
    # Two reference words joined: "Footnotes and References", "Citations and Notes", Japanese "出典・脚注".
    pair = key.split(" and ") if " and " in key else key.split("・")
    if len(pair) == 2 and all(part in _REFERENCE_HEADINGS for part in pair):
        return True
    if _with_companion(key):
        return True
    words = key.split()
    if not 1 < len(words) <= _MAX_QUALIFIED_HEADING_WORDS or _NOT_A_QUALIFIER.search(key):
        return False
    if words[0] in _ROMANCE_REFERENCE_WORDS and set(words[1:]) <= _ROMANCE_QUALIFIERS:
        return True  # the qualifier after the noun: "Fuentes primarias", "Sources secondaires"
    return any(
        " ".join(words[k:]) in _REFERENCE_HEADINGS - _NOTES_HEADINGS and set(words[:k]) <= _QUALIFIERS
        for k in range(1, len(words))
    )


def _with_companion(key: str) -> bool:
    """A reference word beside resources: "Further reading and resources", "Resources and references". Such
    a section may be links and words about tools as well as works: it counts when it is mostly references."""
    pair = _JOINED.split(key) if " and " in key or "/" in key else [key]
    return (len(pair) == 2 and bool(set(pair) & _COMPANIONS)
            and any(part in _REFERENCE_HEADINGS - _NOTES_HEADINGS for part in pair))


# Headings over an article's statements, never over works it cites: a list there is grants or duties, whatever
# identifiers it holds (eLife's "Funding Information": "http://dx.doi.org/10.13039/…Swiss National Science
# Foundation 310030_152879 to …", a funder's DOI before each grant).
_NO_WORKS_HEADING = re.compile(
    r"^(?:funding|financial support|grants?|acknowledge?ments?|competing interests?|conflicts? of interests?|"
    r"authors?'? contributions?|ethics|declarations?)(?![^\W\d_])"
)


def _names_no_works(title: str | None) -> bool:
    return title is not None and _NO_WORKS_HEADING.match(normalise_heading(title)) is not None


def is_reference_heading(title: str) -> bool:
    return _names_references(normalise_heading(title))


def _is_stop_heading(key: str) -> bool:
    return _STOP_HEADING.match(key) is not None


@dataclass(frozen=True)
class _Heading:
    index: int  # 0-based line of the heading text
    last: int  # 0-based last line of the heading (the underline of a setext heading)
    level: int | None  # Markdown/HTML level; None for bold or plain-line headings
    title: str  # as written, heading markup removed
    key: str  # normalised title

    @property
    def is_reference(self) -> bool:
        return _names_references(self.key)

    @property
    def is_notes(self) -> bool:
        return self.key in _NOTES_HEADINGS

    @property
    def is_stop(self) -> bool:
        # "Notes and References" starts like the stop heading "Notes" but names references.
        return not self.is_reference and _is_stop_heading(self.key)


def _blank(line: str) -> bool:
    return not line.strip()


def _heading_at(lines: list[str], i: int) -> _Heading | None:
    """The heading starting at line i, if any (the caller skips fenced code)."""
    line = lines[i]
    if _blank(line):
        return None
    m = _ATX.match(line)
    if m:
        title = _EDIT_LINK_SUFFIX.sub("", _ATTRIBUTES.sub("", m.group(2)).strip())
        return _Heading(i, i, len(m.group(1)), title, normalise_heading(title))
    m = _HTML_HEADING.match(line)
    if m:
        title = _TAGS.sub("", m.group(2)).strip()
        return _Heading(i, i, int(m.group(1)), title, normalise_heading(title))
    m = WIKI_HEADING.match(line)  # MediaWiki's "== References =="
    if m:
        return _Heading(i, i, len(m.group(1)) - 1, m.group(2), normalise_heading(m.group(2)))
    m = _EDIT_LINK_HEADING.match(line) or _EDIT_LINK_FIRST.match(line)
    if m:
        return _Heading(i, i, None, m.group("title"), normalise_heading(m.group("title")))
    m = _STARRED_HEADING.match(line) if "** " in line else None
    if m:
        return _Heading(i, i, 7 - len(m.group(1)), m.group("title"), normalise_heading(m.group("title")))
    stripped = line.strip()
    prev_blank = i == 0 or _blank(lines[i - 1])
    if (
        i + 1 < len(lines)
        and prev_blank
        and _SETEXT_UNDERLINE.match(lines[i + 1])
        and len(stripped) <= 100
        and not HORIZONTAL_RULE.match(line)
        and not has_year(stripped)
    ):
        level = 1 if lines[i + 1].strip().startswith("=") else 2
        return _Heading(i, i + 1, level, stripped, normalise_heading(stripped))
    # Bold and plain-line headings only count when they name a known heading,
    # since any short line could otherwise pass for one.
    if len(stripped) > _MAX_PLAIN_HEADING_CHARS or len(stripped.split()) > _MAX_PLAIN_HEADING_WORDS:
        return None
    m = _EMPHASIS_LINE.match(line)
    next_blank = i + 1 >= len(lines) or _blank(lines[i + 1])
    # right under a reference heading, a group's heading ("Bibliografía" / "Fuentes primarias" in PDF text)
    under_heading = (i > 0 and len(lines[i - 1].strip()) <= _MAX_PLAIN_HEADING_CHARS
                     and _names_references(normalise_heading(lines[i - 1].strip())))
    # a page's text that lost its blank lines: a line naming references right over the list's first item
    # ("References" / "- Ong, K.L.; …"); a stop heading there is no heading (a list under "Funding" is its own)
    over_list = i + 1 < len(lines) and (
        strip_marker(lines[i + 1].strip())[1] is not None
        # or between a paragraph's closing sentence and a first entry with its year (a journal page's text,
        # "… with this paper." / "References" / "Maris, J. M., … (2007).")
        or (i > 0 and lines[i - 1].rstrip().endswith((".", ":", ";")) and has_year(lines[i + 1])))
    # a text that lost its blank lines: after an entry's or a sentence's end, a line that is wholly a stop heading
    # ("… 1974–1975 (2009)." / "Acknowledgements" / "This work was …"), as a journal's PDF gives its back matter
    after_sentence = i > 0 and lines[i - 1].rstrip().endswith((".", ")")) and stripped[:1].isupper()
    if not (m or prev_blank or next_blank or under_heading or over_list or after_sentence):
        return None  # a short line inside a paragraph
    title = m.group(2).strip() if m else stripped
    key = normalise_heading(title)
    if after_sentence and not (m or prev_blank or next_blank or under_heading or over_list):
        stop = _STOP_HEADING.match(key)
        whole = stop is not None and stop.end() == len(key) and not _names_references(key)
        return _Heading(i, i, None, title, key) if whole else None
    if over_list and not (m or prev_blank or next_blank or under_heading):
        return _Heading(i, i, None, _TRAILING.sub("", title), key) if _names_references(key) else None
    if _names_references(key):
        return _Heading(i, i, None, _TRAILING.sub("", title), key)
    if _is_stop_heading(key) and len(key.split()) <= 6 and not has_year(title) and not has_doi_or_url(title):
        return _Heading(i, i, None, _TRAILING.sub("", title), key)
    return None


def _headings(lines: list[str]) -> list[_Heading]:
    found: list[_Heading] = []
    in_fence = False
    i = 0
    while i < len(lines):
        if FENCE.match(lines[i]):
            in_fence = not in_fence
        elif not in_fence:
            heading = _heading_at(lines, i)
            if heading is not None:
                found.append(heading)
                i = heading.last + 1
                continue
        i += 1
    return found


def _blocks(lines: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs in lines[start:end] as (first, last) 0-based inclusive indices."""
    blocks: list[tuple[int, int]] = []
    first: int | None = None
    for i in range(start, end):
        if _blank(lines[i]):
            if first is not None:
                blocks.append((first, i - 1))
                first = None
        elif first is None:
            first = i
    if first is not None:
        blocks.append((first, end - 1))
    return blocks


def _kind(lines: list[str], block: tuple[int, int]) -> BlockKind:
    return classify_block(lines[block[0]: block[1] + 1])


def _next_block_is_reference(lines: list[str], start: int, clearly: bool = False) -> bool:
    """Is the paragraph after `start` reference-like (with `clearly`, a clear reference)?"""
    accepted = ("strong", "url") if clearly else ("strong", "weak", "url")
    for block in _blocks(lines, start, min(len(lines), start + 200)):
        return _kind(lines, block) in accepted
    return False


def _section_end(lines: list[str], heading: _Heading) -> int:
    """Exclusive 0-based end of the section under `heading`."""
    i = heading.last + 1
    in_fence = False
    while i < len(lines):
        line = lines[i]
        if FENCE.match(line):
            in_fence = not in_fence
        elif in_fence:
            pass
        elif (_FOOTNOTE_DEFINITION.match(line) and not heading.is_notes) or (
                not line.strip() and i + 1 < len(lines) and _blank(lines[i + 1]) and _list_closed(lines, i)):
            return i
        elif HORIZONTAL_RULE.match(line) and (i == 0 or _blank(lines[i - 1]) or line.lstrip()[0] in "*_"):
            # ("***" right under a line is a rule too: only "---" there may underline a heading)
            # After a rule, an author's note or a sign-off is common: only a clear reference continues, or a
            # lower heading grouping more of the list ("---" then "### Online Resources").
            if (not _next_block_is_reference(lines, i + 1, clearly=True) and not _group_after(lines, i + 1, heading)
                    and not _alike_around(lines, i, i + 1)):
                return i
        else:
            sub = _heading_at(lines, i)
            if sub is not None:
                if sub.is_stop:
                    return i
                if heading.level is not None and sub.level is not None:
                    if sub.level <= heading.level or not (_subsection_continues(lines, sub)
                                                          or _alike_around(lines, i, sub.last + 1)):
                        return i
                elif sub.is_reference:
                    return i  # another reference section ("Citations", then "Works cited")
                elif not _next_block_is_reference(lines, sub.last + 1):
                    return i
                # A lower-level heading ("### Books"): a sub-grouping.
                i = sub.last + 1
                continue
        i += 1
    return len(lines)


def _list_closed(lines: list[str], at: int) -> bool:
    """Does a tight list end at the blank line `at`: two blank lines or more, then, at the margin, words that are
    no reference or a link of their own (an affiliate card, a site's notice after the page's "参考资料" list)? Two
    blank lines end a list, as Markdown's first writers had it."""
    if at < 2 or any(strip_marker(line.strip())[1] is None for line in lines[at - 2: at]):
        return False
    after = _blocks(lines, at, min(len(lines), at + 40))[:1]
    if not after:
        return False
    first = lines[after[0][0]]
    if first[:1].isspace() or strip_marker(first.strip())[1] is not None or _heading_at(lines, after[0][0]):
        return False  # (a heading after them is the section's own affair)
    kind = _kind(lines, after[0])  # a link with words of its own is no address of the last item
    return kind == "prose" or (kind == "url" and first.startswith("[") and _LEADING_LINK.match(first) is not None)


def _alike_around(lines: list[str], at: int, after_line: int) -> bool:
    """Does a rule or a sub-heading at `at` part entries laid out alike, as a hand-made list rules off each
    entry ("Title / Author. / Publisher. 2007. / [Goodreads](…)", a rule, the next one)? The paragraph
    before it (rules aside) and the one from `after_line`: three lines or more each, as many."""
    before = [b for b in _blocks(lines, max(0, at - 14), at) if not HORIZONTAL_RULE.match(lines[b[0]])][-1:]
    after = _blocks(lines, after_line, min(len(lines), after_line + 14))[:1]
    if not before or not after or before[0][1] - before[0][0] < 2:
        return False
    shape = _line_shapes(lines, before[0])
    return ("dated" in shape or "linked" in shape) and _line_shapes(lines, after[0]) == shape


def _line_shapes(lines: list[str], block: tuple[int, int]) -> list[str]:
    """Each line of a paragraph as what it holds: an address, a year, or words."""
    return ["linked" if "](" in line or "://" in line else "dated" if has_year(line) else "words"
            for line in lines[block[0]: block[1] + 1]]


def _group_after(lines: list[str], start: int, heading: _Heading) -> bool:
    """Is the next heading after `start` (blank lines aside) a lower one that groups more of the list?"""
    while start < len(lines) and _blank(lines[start]):
        start += 1
    sub = _heading_at(lines, start) if start < len(lines) else None
    return (sub is not None and not sub.is_stop and heading.level is not None and sub.level is not None
            and sub.level > heading.level
            and (_subsection_continues(lines, sub) or _alike_around(lines, start, sub.last + 1)))


def _subsection_continues(lines: list[str], sub: _Heading) -> bool:
    """Does a lower-level heading under a reference heading group more of its list ("### Books")? So when
    the paragraph under it is reference-like or a list of links to works, or a clear reference stands
    under it; words to the reader and steps to follow ("## Alternatives to Anaconda") end the list."""
    end = sub.last + 1
    while end < min(len(lines), sub.last + 200) and _heading_at(lines, end) is None:
        end += 1
    blocks = _blocks(lines, sub.last + 1, end)
    if not blocks:
        return True
    first = lines[blocks[0][0]: blocks[0][1] + 1]
    if classify_block(first) != "prose" or _link_list(first) or _item_over_its_link(lines, blocks):
        return True
    return any(_kind(lines, block) == "strong" for block in blocks)


def _item_over_its_link(lines: list[str], blocks: list[tuple[int, int]]) -> bool:
    """Is the first paragraph one list item whose link to the work stands alone in the indented paragraph
    under it, a blank line between ("- Michael Stonis - Rx, RxUI, and Xamarin.Forms (2 PDFs)" over
    "  [github.com/TheEightBot/Reactive-Examples](https://…)"), as slides and READMEs lay it out?"""
    if len(blocks) < 2 or blocks[0][0] != blocks[0][1] or strip_marker(lines[blocks[0][0]].strip())[1] is None:
        return False
    below = lines[blocks[1][0]: blocks[1][1] + 1]
    return len(below) == 1 and below[0][:1].isspace() and _LEADING_LINK.fullmatch(below[0].strip()) is not None


def _link_list(block: list[str], most: bool = False) -> bool:
    """Is every line of `block` a list item led by a link to a work ("- [Title](address)"), or naming a site then
    linking to it ("- **LeetCode** — [leetcode.com](https://leetcode.com)"), its indented lines (a note on it, or
    the link's own words wrapped: "- [SolidStart —" over "  Authentication](https://…)") going with it; or, with no
    list markers, is every line only a link to a work? Whole references may stand among the links ("- Barrett,
    Paul. "Implementing …" … 1986." after "- [Barrett Reduction - Wikipedia](…)"). With `most`, most items will do,
    one of them a link: a label before an address ("* PHP Commands: https://www.php.net/…"), or words before an
    address in angle brackets ("* Monomial order <http://…>"), counts as a link."""
    items = [strip_marker(line.strip()) for line in block if not line[:1].isspace()]
    if all(marker is None for _, marker, _ in items) and links_one_a_line([rest for rest, _, _ in items]):
        return True  # a link to a work on each line, and nothing else (a wiki's "h2. References")
    joined: list[str] = []
    for line in block:
        if line[:1].isspace():
            if joined:
                joined[-1] += " " + line.strip()
        else:
            rest, marker, _ = strip_marker(line.strip())
            joined.append(rest if marker is not None else "")
    if not joined or "" in joined:
        return False
    linked = [_LEADING_LINK.match(rest) is not None or _NAMED_LINK.match(rest) is not None
              or (most and (_LABELLED_ADDRESS.match(rest) is not None or _TITLED_AUTOLINK.match(rest) is not None))
              for rest in joined]
    fits = sum(link or is_reference(rest) or (most and BOOK_MARKED_TITLE.fullmatch(rest) is not None)
               for link, rest in zip(linked, joined, strict=True))
    return any(linked) and (2 * fits > len(joined) if most else fits == len(joined))


def _reference_in_tight_list(block: list[str]) -> bool:
    """Is `block` a tight list, (nearly) every line an item, with a whole reference among items mostly of prose (a
    copied Wikipedia's notes: "Jump up ^ A greeting failure is …", "Jump up ^ Craig Partridge (January 1986). …",
    the page's "Categories: …" line after them)?"""
    if len(block) < 2:
        return False
    items = [(rest, marker) for rest, marker, _ in (strip_marker(line.strip()) for line in block[:_NOTE_PROBE])]
    marked = [rest for rest, marker in items if marker is not None]
    return len(marked) >= 2 and 4 * len(marked) >= 3 * len(items) and any(is_reference(rest) for rest in marked)


def _reference_like_items(block: list[str]) -> bool:
    """Is `block` a tight list of two or more items, each alike a reference on its own though the whole reads as
    prose ("- S. Weinberg, *The Quantum Theory of Fields*, Vol. I, for cluster decomposition …" a line, no year)?"""
    items: list[str] = []
    for line in block:
        rest, marker, _ = strip_marker(line.strip())
        if marker is not None:
            items.append(rest)
        elif not line[:1].isspace() or not items:
            return False  # a line at the margin that opens no item: a paragraph, not a list
        else:
            items[-1] += " " + rest
    return len(items) >= 2 and all(classify_block([item]) != "prose" for item in items)


def _before_prose(lines: list[str], start: int, end: int) -> int:
    """Cut the section where body text resumes: two long prose paragraphs in a row.

    One is not enough: an annotated bibliography has a prose paragraph under each entry.
    """
    previous_long_prose: int | None = None
    for first, last in _blocks(lines, start, end):
        block = lines[first: last + 1]
        if first > start and is_biography(block[0]):
            return first  # an author's biography after the list (a journal's PDF prints it there)
        if (sum(len(line) for line in block) > _LONG_PROSE_CHARS and classify_block(block) == "prose"
                and not _link_list(block)):  # a list of links to works, split by a blank line, is no body text
            if previous_long_prose is not None:
                return previous_long_prose
            previous_long_prose = first
        else:
            previous_long_prose = None
    return end


# An author's biography: names, then what the person is or received ("Stefan Oppl is an assistant professor at …",
# "John Smith (M'05) received the B.S. degree …").
_BIOGRAPHY = re.compile(
    r"^(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+(?: \([^()]{1,30}\))?,? (?:is|was|received|holds|joined) (?:an? |the |"
    r"currently |now |his |her |their )?.{0,80}?\b(?:professor|lecturer|researcher|scientist|student|candidate|"
    r"engineer|fellow|director|degree|Ph\.? ?D)"
)


def is_biography(line: str) -> bool:
    """Whether `line` opens an author's biography."""
    text = line.strip()
    return (" is " in text or " received " in text or " was " in text) and _BIOGRAPHY.match(text) is not None


def _trimmed(lines: list[str], start: int, end: int) -> tuple[int, int] | None:
    """lines[start:end] without leading and trailing blank lines, or None when all blank."""
    while start < end and _blank(lines[start]):
        start += 1
    while end > start and _blank(lines[end - 1]):
        end -= 1
    return (start, end) if start < end else None


def find_reference_section(text: str) -> Section | None:
    """The main reference section of `text`: the last list that is not notes (notes cite it), else the last
    section found; None when there is none."""
    sections = find_reference_sections(text)
    lists = [s for s in sections if not s.notes]
    return (lists or sections)[-1] if sections else None


def find_reference_sections(text: str) -> list[Section]:
    """Every reference section of `text`, in document order (empty when there is none)."""
    return find_sections_in_lines(text.split("\n"))


def find_sections_in_lines(lines: list[str]) -> list[Section]:
    """``find_reference_sections`` of the text these lines (none holding a line break) make."""
    sections = _by_heading(lines)
    covered = [(s.start_line - 1, s.end_line) for s in sections]
    if "[Category:" in "\n".join(lines[-_MAX_MOVED_NOTES:]):
        sections += _notes_after_categories(lines, covered)
        covered = [(s.start_line - 1, s.end_line) for s in sections]
    sections += _footnote_sections(lines, covered)
    covered = [(s.start_line - 1, s.end_line) for s in sections]
    sections += _requested_citations(lines, covered)
    if sections:
        covered = [(s.start_line - 1, s.end_line) for s in sections]
        sections += _reference_lists_elsewhere(lines, covered)
        covered = [(s.start_line - 1, s.end_line) for s in sections]
        sections += _see_also_works(lines, covered)
    if not sections:
        headless = _headless(lines)
        if headless is None:
            run = None if (listed := _listed_under_any_heading(lines)) else _run_between_prose(lines)
            return [run] if run is not None else listed
        return [headless]
    return sorted(sections, key=lambda s: s.start_line)


def _by_heading(lines: list[str]) -> list[Section]:
    candidates = [h for h in _headings(lines) if h.is_reference]
    spans: list[tuple[_Heading, tuple[int, int]]] = []
    for heading in candidates:
        if spans and spans[-1][1][1] > heading.index:
            continue  # a lower-level reference heading inside the section before: a sub-grouping
        span = _trimmed(lines, heading.last + 1, _before_prose(lines, heading.last + 1, _section_end(lines, heading)))
        if span is not None:
            spans.append((heading, span))
    if not spans:
        return []

    def has_references(span: tuple[int, int]) -> bool:
        # A reference, or short notes pointing to references ("^ Smith 1970, p. 2."), or a reference among the
        # items of a tight list of notes, most of them prose ("Jump up ^ A greeting failure is …" a line).
        blocks = _blocks(lines, *span)
        if any(_kind(lines, b) == "strong" for b in blocks):
            return True
        if any(short_note(strip_marker(line.strip())[0]) is not None for line in lines[span[0]: span[1]][:_NOTE_PROBE]):
            return True
        return any(_reference_in_tight_list(lines[first: last + 1]) for first, last in blocks[:_NOTE_PROBE])

    def mostly_references(span: tuple[int, int]) -> bool:
        references = prose = 0
        for first, last in _blocks(lines, *span):
            if _heading_at(lines, first) is not None:
                continue  # a sub-heading ("## Books") groups the list, it is neither
            block = lines[first: last + 1]
            items = [k for k, line in enumerate(block) if strip_marker(line.strip())[1] is not None]
            like = len(items) >= 2 and _reference_like_items(block)
            if like or classify_block(block) != "prose":
                # a tight list whose items each read as a reference (no year to make one sure): each item a work,
                # as in a list of links, so a closing remark after it does not outweigh it
                references += len(items) if like else 1
            elif _link_list(block[items[0]:] if items else block, most=True):
                # A list of links to the works ("- [Title](address)"), after the words leading into it, if any:
                # each item a work, so a closing remark after a short list does not outweigh it.
                references += max(1, len(items))
                prose += bool(items) and items[0] > 0
            else:
                prose += 1
        return 2 * prose < prose + references

    # Every section that holds a reference (a table-of-contents entry holds none);
    # failing that, the last one that lists references without years
    # rather than prose under a heading that happens to say "References".
    def clearly_references(span: tuple[int, int]) -> bool:
        # Under "Further reading and resources" a list may be sentences about works and tools: half of its
        # paragraphs must be whole references.
        blocks = _blocks(lines, *span)
        return 2 * sum(_kind(lines, b) == "strong" for b in blocks) >= len(blocks)

    def links_only(span: tuple[int, int]) -> bool:
        # notes that are each a link to a work ("[Understanding glibc malloc](https://…)" a line), or each a bare
        # address ("[^1]: http://clang.llvm.org/docs/InternalsManual.html"): the pages cited
        written = [line for line in lines[span[0]: span[1]] if line.strip()]
        if links_one_a_line(written):
            return True
        notes = [strip_marker(line.strip())[0] for line in written]
        return len(notes) >= 2 and all(rest != line.strip() and is_url_only(rest)
                                       for rest, line in zip(notes, written, strict=True))

    chosen = [k for k, (heading, span) in enumerate(spans)
              if (has_references(span) or (heading.is_notes and links_only(span)))
              and (not _with_companion(heading.key) or clearly_references(span))]
    if not chosen:  # the sections listing them, not one being words ("## Citation" over "TODO")
        chosen = [k for k in range(len(spans)) if not spans[k][0].is_notes and mostly_references(spans[k][1])]
    return [
        Section("\n".join(lines[start:end]), start + 1, end, heading.title.rstrip(" :："), heading.is_notes,
                heading.index + 1)
        for heading, (start, end) in (spans[k] for k in chosen)
    ]


# A wiki page converted to Markdown ends on its category links ("[Category:UNIX](https://ja.wikipedia.org/wiki/…
# "wikilink")"); the converter writes the article's notes after them, a numbered list, and leaves the notes'
# heading ("## 出典・脚注") over nothing.
_CATEGORY_LINK = re.compile(r"^\s*\[Category:[^\]\n]+\]\(")


def _notes_after_categories(lines: list[str], covered: list[tuple[int, int]]) -> list[Section]:
    """The notes a wiki converter moved after the category links, under the notes' heading left empty."""
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].startswith("[Category:")
                 and _CATEGORY_LINK.match(lines[k])), None)
    if last is None:
        return []
    empty = None
    for heading in _headings(lines[:last]):
        after = next((k for k in range(heading.last + 1, last) if not _blank(lines[k])), None)
        if (heading.is_reference or heading.is_notes) and after is not None and _heading_at(lines, after) is not None:
            empty = heading
    start = next((k for k in range(last + 1, len(lines)) if not _blank(lines[k])), None)
    if empty is None or start is None or strip_marker(lines[start].strip())[2] != "1":
        return []
    end = next((k for k in range(start, len(lines)) if _heading_at(lines, k) is not None), len(lines))
    if any(a <= start < b for a, b in covered):
        return []
    return [Section("\n".join(lines[start:end]), start + 1, end, empty.title.rstrip(" :："), True, empty.index + 1)]


def _footnote_sections(lines: list[str], covered: list[tuple[int, int]]) -> list[Section]:
    """Runs of footnote definitions outside the sections found: notes that may be references."""
    sections: list[Section] = []
    i = 0
    while i < len(lines):
        if not _FOOTNOTE_DEFINITION.match(lines[i]) or any(a <= i < b for a, b in covered):
            i += 1
            continue
        start = last = i
        i += 1
        # The run goes on over blank lines, indented continuations, lazy continuations (a line right after
        # a line of the note, as CommonMark reads them) and further definitions.
        while i < len(lines) and not any(a <= i < b for a, b in covered):
            line = lines[i]
            lazy = last == i - 1 and bool(lines[i - 1].strip())
            if _FOOTNOTE_DEFINITION.match(line) or (line.strip() and (line[0] in " \t" or lazy)):
                last = i
            elif line.strip():
                break
            i += 1
        if any(classify_block(note) == "strong" for note in _notes_of(lines, start, last + 1)):
            # right under a heading that names references they may be the list itself, written as footnotes (a
            # paper's "## REFERENCES" over "[^1]: A. V. Aho, …"): a note that is no prose is a work there
            sections.append(Section("\n".join(lines[start:last + 1]), start + 1, last + 1, "Footnotes", True,
                                    listed=_under_reference_heading(lines, start)))
    return sections


def _notes_of(lines: list[str], start: int, end: int) -> list[list[str]]:
    """The footnote definitions of lines[start:end], each with its continuation lines: notes on consecutive lines
    ("[^1]: Smith, J. (2020). …" over "[^2]: Ibid. …") are judged one by one, as notes set apart by blank lines are."""
    notes: list[list[str]] = []
    for line in lines[start:end]:
        if _FOOTNOTE_DEFINITION.match(line) or not notes:
            notes.append([])
        if line.strip():
            notes[-1].append(line)
    return notes


def _under_reference_heading(lines: list[str], start: int) -> bool:
    above = start - 1
    while above >= 0 and _blank(lines[above]):
        above -= 1
    for at in (above, above - 1):  # the heading's line, or the title over its underline
        heading = _heading_at(lines, at) if at >= 0 else None
        if heading is not None and heading.last == above:
            return heading.is_reference and not heading.is_notes
    return False


# A request to cite, leading in to the reference asked for: "please cite the following publication:", "To reference
# this paper in publications, please cite:", R's "A BibTeX entry for LaTeX users is".
_CITE_REQUEST = re.compile(
    r"\b(?:please\s+(?:also\s+)?cite|cite\s+(?:the\s+following|this|our|us)\b|^to\s+cite\b"
    r"|(?:to\s+)?(?:reference|cite)\s+this\s+(?:paper|work|article|software|package|project)|bibtex\s+entry\s+for)"
    r"|请引用|請引用|引用してください",  # Chinese and Japanese "please cite" (no word boundary between CJK words)
    re.IGNORECASE,
)
_LEAD_IN_END = re.compile(r"(?:[:：]|\bis)\s*$")
# The works a text builds on, named right after a sentence that breaks off to point to them: "… based on size
# balanced trees as described by:", "… are as given by", "… as described in section 4.2 of" (a library's notes).
_BUILT_ON = re.compile(
    r"\b(?:described|given|presented|introduced|proposed|defined|explained)\s+(?:by|in)\b|\bbased\s+on\b",
    re.IGNORECASE,
)
_BROKEN_OFF = re.compile(r"(?:[:：]|\b(?:by|in|of))\s*$")
# A data availability statement's lead-in to the data sets it cites (eLife's and PLOS's "The following datasets
# were generated:", "The following previously published datasets were used:").
_DATA_CITED = re.compile(
    r"\bthe\s+following\s+(?:[\w-]+\s+){0,2}data\s*sets?\s+(?:were|was|are|is|have\s+been)\s+"
    r"(?:generated|used|produced|created|deposited|analy[sz]ed|reused)\s*:\s*$",
    re.IGNORECASE,
)
_MAX_REQUEST_LINES = 4


def _requested_citations(lines: list[str], covered: list[tuple[int, int]]) -> list[Section]:
    """Outside the sections found, the references a short paragraph asks readers to cite, right after it (a
    README's or a CITATION file's "please cite:" with the paper below it, quoted or as a BibTeX entry), the
    data sets a data availability statement cites ("The following datasets were generated:"), or the works it
    says its subject builds on ("as described by:"). A request under no heading before the document's references
    asks for the page itself, not for a work it cites."""
    found: list[Section] = []
    blocks = _blocks(lines, 0, len(lines))
    for k, (first, last) in enumerate(blocks[:-1]):
        if last - first >= _MAX_REQUEST_LINES:
            continue
        # (a heading may be the request: "### To cite the fastmatrix package in publications use:", R's words)
        text = " ".join(line.strip() for line in lines[first: last + 1]).lstrip("#*_ \t")
        requested = (_LEAD_IN_END.search(text) and _CITE_REQUEST.search(text)) or _DATA_CITED.search(text)
        if not requested and not (_BROKEN_OFF.search(text) and _BUILT_ON.search(text)):
            continue
        end = k + 1
        while end < len(blocks) and _kind(lines, blocks[end]) == "strong":
            end += 1
        if end == k + 1:
            continue
        begin, stop = blocks[k + 1][0], blocks[end - 1][1] + 1
        if any(a < stop and begin < b for a, b in covered):
            continue
        title, where = _title_before(lines, begin)
        if title is None and any(a >= stop for a, _ in covered):
            # under no heading of its own, before the document's references: the page's own "cite us" entry
            continue
        found.append(Section("\n".join(lines[begin:stop]), begin + 1, stop, title, heading_line=where))
    return found


_LEADING_LINK = re.compile(r"\[[^\]\n]{2,}\]\((?:https?|ftp)://[^)\s]+\)")
_NAMED_LINK = re.compile(r"^[*_]{0,2}[^\s\[\]*_][^\[\]\n]{0,60}?[*_]{0,2}\s+[—–:-]\s+\[[^\]\n]{2,}\]\((?:https?|ftp)://[^)\s]+\)")
_LINKED = re.compile(r"\[([^\]\n]*)\](?:\([^)\s]*\)|\[[^\]\n]*\])")
_LABELLED_ADDRESS = re.compile(r"[^\s:\[\]][^:\[\]\n]{0,60}:\s+(?:https?|ftp)://\S+$")
# words naming the work, then its address in angle brackets ("* Monomial order <http://en.wikipedia.org/…>")
_TITLED_AUTOLINK = re.compile(r"[^\s<>\[\]][^<>\[\]\n]{0,120}?\s<(?:https?|ftp)://[^>\s]+>\.?$")
_MIN_LISTED = 3  # list items that make a list under another heading ("Use cases") a reference list


def _listed_under_any_heading(lines: list[str]) -> list[Section]:
    """With no reference heading and no list at the end: a bulleted or numbered list of at least three
    items, nearly all whole references (links read as their text), under any heading or none. Once the
    document is a reading list, its shorter lists of whole references count too ("#### 2018" with one)."""
    lists = _lists(lines)
    judged = []
    for items in lists:
        texts = [_LINKED.sub(r"\1", " ".join(lines[a: b + 1]).strip()) for a, b in items]
        references = sum(1 for text in texts if is_reference(strip_marker(text)[0]))
        judged.append((items, references))
    if not any(len(items) >= _MIN_LISTED and references * 4 >= len(items) * 3 for items, references in judged):
        return []
    found: list[Section] = []
    for items, references in judged:
        if references == len(items) or (len(items) >= _MIN_LISTED and references * 4 >= len(items) * 3):
            begin, last = items[0][0], items[-1][1]
            title, where = _title_before(lines, begin)
            if not _names_no_works(title):
                found.append(Section("\n".join(lines[begin: last + 1]), begin + 1, last + 1, title,
                                     heading_line=where))
    return found


def _reference_lists_elsewhere(lines: list[str], covered: list[tuple[int, int]]) -> list[Section]:
    """Beside the sections found, a list of at least three items that are all whole references, under a
    heading that does not name references ("Taking your knowledge forward: … the following articles:")."""
    found: list[Section] = []
    for items in _lists(lines):
        begin, last = items[0][0], items[-1][1]
        if len(items) < _MIN_LISTED or any(a <= begin < b or a <= last < b for a, b in covered):
            continue
        texts = [_LINKED.sub(r"\1", " ".join(lines[a: b + 1]).strip()) for a, b in items]
        if all(is_reference(strip_marker(text)[0]) for text in texts):
            title, where = _title_before(lines, begin)
            if _names_no_works(title):
                continue
            found.append(Section("\n".join(lines[begin: last + 1]), begin + 1, last + 1, title, heading_line=where))
    return found


_SEE_ALSO = frozenset({"see also", "siehe auch", "voir aussi", "véase también", "ver também", "vedi anche"})


def _see_also_works(lines: list[str], covered: list[tuple[int, int]]) -> list[Section]:
    """Beside the sections found, the whole references a "See also" heading opens with: a library's notes point
    to further works there as to other functions ("### See also" over "* G.E. Mullges & F. Uhlig, "Numerical
    Algorithms with Fortran", Springer, 1996."). A link to a page or a function's name is no such work."""
    found: list[Section] = []
    headings = _headings(lines)
    for k, heading in enumerate(headings):
        if heading.key not in _SEE_ALSO or any(a <= heading.index < b for a, b in covered):
            continue
        end = headings[k + 1].index if k + 1 < len(headings) else len(lines)
        blocks = []
        for block in _blocks(lines, heading.last + 1, end):
            if _kind(lines, block) != "strong":
                break
            blocks.append(block)
        if blocks:
            begin, stop = blocks[0][0], blocks[-1][1] + 1
            found.append(Section("\n".join(lines[begin:stop]), begin + 1, stop, heading.title,
                                 heading_line=heading.index + 1))
    return found


def _lists(lines: list[str]) -> list[list[tuple[int, int]]]:
    """The document's lists: runs of list items ((first, last) lines each) that nothing but blank lines and
    the items' own indented continuations separate; a heading or an unindented paragraph ends a list."""
    lists: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    in_fence = False
    for i, line in enumerate(lines):
        if FENCE.match(line):
            in_fence = not in_fence
        if in_fence or _blank(line):
            continue
        if strip_marker(line.strip())[1] is not None and not _ATX.match(line):
            current.append((i, i))
        elif current and (line[0] in " \t" or current[-1][1] == i - 1) and not _ATX.match(line):
            current[-1] = (current[-1][0], i)  # a continuation of the item
        elif current:
            lists.append(current)
            current = []
    if current:
        lists.append(current)
    return lists


def _title_before(lines: list[str], index: int) -> tuple[str | None, int | None]:
    """The heading (or a bold line standing for one) nearest above line `index`, and its 1-based line."""
    for i in range(index - 1, -1, -1):
        m = _ATX.match(lines[i]) or _EMPHASIS_LINE.match(lines[i])
        if m:
            return _TRAILING.sub("", _MARKUP.sub("", m.group(2)).strip()) or None, i + 1
    return None, None


_MIN_RUN = 3  # clear references in a row that make a list with neither heading nor markers
# What a clear reference holds (a year, an address or a DOI): paragraphs without it are not classified at all.
_DATED = re.compile(r"\d\d\d\d|://|doi|DOI")


def _run_between_prose(lines: list[str]) -> Section | None:
    """The longest run of paragraphs that are each a clear reference, with prose before and after it (an
    e-mail's or a post's list between a lead-in and a closing): at least three references."""
    best: tuple[int, int, int] | None = None  # (references, first block, last block)
    blocks = _blocks(lines, 0, len(lines))
    start: int | None = None
    count = 0
    for k, block in enumerate([*blocks, None]):
        kind: BlockKind = "prose"  # the end, or a paragraph with no year or address
        if block is not None and any(_DATED.search(line) for line in lines[block[0]: block[1] + 1]):
            kind = _kind(lines, block)
        if kind in ("strong", "url"):
            if start is None and kind == "strong":
                start, count = k, 0
            if start is not None:
                count += kind == "strong"
            continue
        if start is not None and count >= _MIN_RUN and (best is None or count > best[0]):
            best = (count, start, k - 1)
        start = None
    if best is None:
        return None
    begin, end = blocks[_list_items_above(lines, blocks, best[1], 0)][0], blocks[best[2]][1] + 1
    return Section("\n".join(lines[begin:end]), begin + 1, end, None)


def _list_items_above(lines: list[str], blocks: list[tuple[int, int]], first: int, top: int) -> int:
    """The first of the blocks from `top` to `first` that are, with the block `first`, items of one list and
    each a bare address after its marker (the run walked over them): `first` itself when the block above is none."""
    start = first
    if strip_marker(lines[blocks[first][0]].strip())[1] is None:
        return start
    item_list: dict[int, int] | None = None
    while start > top:
        above = blocks[start - 1]
        if above[0] != above[1] or not is_url_only(strip_marker(lines[above[0]].strip())[0]):
            break
        if item_list is None:
            item_list = {a: k for k, items in enumerate(_lists(lines)) for a, _ in items}
        if above[0] not in item_list or item_list[above[0]] != item_list.get(blocks[first][0]):
            break
        start -= 1
    return start


def _headless(lines: list[str]) -> Section | None:
    blocks = _blocks(lines, 0, len(lines))
    if not blocks:
        return None
    # Walk back from the end over reference-like paragraphs (URL-only ones ride along, and
    # Markdown headings such as "## Week 2" group them); only the tail is classified, so a
    # long document costs little.
    run: list[BlockKind] = []
    references = 0  # references in the run: a one-per-line block holds several
    top = len(blocks)
    first_kept: int | None = None
    below: int | None = None  # the first line of the block last taken into the run
    item_list: dict[int, int] | None = None  # the list each item's first line belongs to, made when needed
    while top > 0:
        first, last = blocks[top - 1]
        if first == last and _ATX.match(lines[first]):
            top -= 1
            continue
        kind = _kind(lines, blocks[top - 1])
        if kind == "prose":
            # An item that reads like no reference (a book without its year) inside a list of them does
            # not cut the list: the run goes on over it when the item below it is of the same list.
            if below is None or strip_marker(lines[first].strip())[1] is None:
                break
            if item_list is None:
                item_list = {a: k for k, items in enumerate(_lists(lines)) for a, _ in items}
            if first not in item_list or item_list.get(first) != item_list.get(below):
                break
            first_kept = top - 1
        else:
            run.append(kind)
        if kind == "strong":
            references += max(1, sum(1 for line in lines[first: last + 1] if is_reference(line)))
            first_kept = top - 1
        below = first
        top -= 1
    run.reverse()
    if top == 0 and (references >= 1 or (run and all(kind == "url" for kind in run))):
        start = 0  # the whole text is references: a pasted list (perhaps of bare DOIs or URLs)
    elif references >= 2 and first_kept is not None:
        # In a document the run must begin with a clear reference, not a weak look-alike; bare addresses above
        # it that are items of its own list (a numbered list of links, the first undated) are of the run too.
        start = _list_items_above(lines, blocks, first_kept, top)
    else:
        return None
    begin, end = blocks[start][0], blocks[-1][1] + 1
    return Section("\n".join(lines[begin:end]), begin + 1, end, None)
