"""A reference's text as PDFs and web pages produce it, made plain once at the parser's entry.

``tidy_input(text)`` is what every reader and the model read (the record's
``custom.biblio.source`` keeps the text as the user gave it):

- HTML entities (``&amp;``, ``&#8211;``, ``&nbsp;``) resolved, double escapes too;
- ligatures (``ﬁ ﬂ ﬀ ﬃ ﬄ``) spelt out;
- odd spaces (no-break, thin, ideographic) made plain spaces, zero-width ones removed;
- full-width punctuation (``，`` ``（`` ``）`` ``．`` ``：`` ``；``) in a reference written in Latin letters, as the
  extraction of a Chinese preprint server gives a Western list (``M.R. Buckley，B. Heinemann``, ``155（2012)``),
  made ASCII with the space it stands for: the labeller read ``Buckley，B.`` as one word; a reference with CJK
  letters keeps its marks;
- soft hyphens removed (a word broken at one is joined);
- a double quote typeset as two single ones (``‘‘Title,’’``, as the text of a PDF made with TeX
  reads, and TeX's own ASCII ````Title,''``), or closed by two (``“Meridiana’’``), made one: ``“Title,”``;
- PDF spacing around punctuation closed up: ``Smith , J . ( 2010 ) .`` -> ``Smith, J. (2010).``;
- a word hyphenated across a line break joined (``grav- ity`` -> ``gravity``, a family name before its
  initials ``Pappen- berger, F.`` -> ``Pappenberger``) when the joined
  word is known (the review lexicon, ``review/lexicon.py``), while a compound of two words keeps
  its hyphen (``non- prompted`` -> ``non-prompted``) and a suspended hyphen
  (``Sozial- und Wirtschaftsgeschichte``, ``self- and peer-review``) stays as written.

- a reference's one Markdown link whose words are part of the reference (``[Title](https://…)``, a
  whole reference linked) written as its words, its target after the reference, where APA puts a
  work's address: the labeller read the link's words into the address;
- a link to the work's preprint closing a reference whose title is a link (``… 356-365. [BioRxiv](…) (2019):
  643478.``, ``[ArXiv](…)``), as Google Scholar's lists copied into a page carry it, removed: it is a second copy
  of the work, and the labeller read its address as the work's and its year and number into the record;
- the link buttons a publisher's page or PDF prints after a reference (``[CrossRef]``,
  ``[PubMed]``, ``[Google Scholar]``, as MDPI's and others' lists carry them) removed, and the words of
  a link whose address the copy lost closing it (``[PDF]``, ``[DOI]``, a Markdown ``[[PDF](…)]`` copied as text);
- a web address glued to the full stop or bracket that closes the field before it (``(1 April 2012):
  77.https://doi.org/…``, a page's link set without its space) given its space: the labeller read the
  page into the address;
- the words that only announce a link before its address (``Link to PDF:``, ``Link to full text:``,
  ``Link to publisher's website:``, ``Open Access:``, as teaching sites and reading lists print them)
  removed: they name no field, and the labeller read them as the publisher;
- the notes Wikipedia's citation templates print about a copy of the page (``Archived from the
  original on August 28, 2019.``, ``archived (PDF) from the original on 2016-04-02``) and the file
  format after a title (``"Title" (PDF).``) removed: they name no field of the work, and the labeller
  read the archive's date into the site's name, a volume and a page.
- the identifiers of the indexes Wikipedia's citation templates print after a work (``Bibcode:1974ITCmp.100...90A.``,
  ``S2CID 149806273.``, ``CiteSeerX 10.1.1.54.299.``, ``OCLC 54081598.``): they name no field of the work, and
  the labeller read a bibcode's letters and dots as a place, a date and pages.
- a title's opening quote or italics glued to the year's full stop before it (``1991.“Treaty``,
  ``2017.*The Elephant*``) given its space, and an italic run opened before its space (``2010.* Experiments*``,
  ``In* The Stanford Encyclopedia*``, as a Markdown copy types it) opened after it: readers took the year for
  part of the title and read the italics as plain text.
- a footnote's pointing words before the reference it cites (German ``Vgl.``/``vgl. auch``, Latin
  ``Cf.``, English ``See also``/``See e.g.``, the Bluebook's ``See, for example,``/``But see``) removed:
  they are the note's words, and read as a name (``Vgl. Jürgen Mansel`` made ``Vgl. Jürgen`` the given
  name, ``See, for example, Virginia v. Black`` a case's name), and an article page's lead-in before the reference
  it offers (``Citation:``, ``Cite this article as:``, ``How to cite:``), read as the first name.
- a style guide's label of the kind of its example (``Note - Terence R. Mitchell, …``, ``Footnote: …``,
  ``Bibliography entry: …``) removed: it names no field, and the labeller read it as the first name.
- a note's topic before the reference it points to (``Sur la Saline Royale, sa genèse, voir : Massounie, …``,
  ``On the treaty, see …``, ``Zu den Handschriften vgl. …``) removed: it names no field, and the labeller read it
  into the title; likewise a Chicago note's ``See`` before a full name and its own sentence closed by ``see``
  (``For more on the interviews, see Marcus Rediker, …``), read into the names or the title.
- ISO 690's medium designation as a sentence of its own (``Title. Site. Online. 12 May 2020. Available from:``,
  as Zotero's ISO 690 styles print it) removed: it names no field, and the labeller read it into the title
  or the site.
- PNAS's closing ``Deposited 12 May 2020.`` after a data set or software made the bracketed date the rest of
  the reference reads (``Title. Dryad (12 May 2020).``, as PNAS prints a site's page), or removed after a
  bracketed year: the labeller read the word as a site, a publisher or the title.

- the spaced dash that closes the inverted names opening a reference in Portugal's NP 405 and Spain's UNE 50-104
  (``LEAL, João – Antropologia em Portugal. Lisboa, …``, ``FABRE, Daniel (dir.) – Title``) written as the names'
  full stop: the labeller read the given names into the title, or the names and the title as one run of names.

- a publisher's town glued to the comma that closes the title (``… An Introductory Course,London, Routledge.``)
  given its space: the labeller read the town into the title.

- the names a style sets in italics opening the reference (``*E. Hairer, G. Wanner*, Solving …``,
  ``*John C.Butcher*, The Numerical …``, as some Sphinx manuals write them) written plain: the labeller read
  the italics as the title's. Only a list of two names or more, or a name with an initial, is unset (a title
  may be a name: ``*Anna Karenina*, Moscow``). A family name in bold before the comma that inverts it
  (``**Alt**, Peter-André: Title``, and after `` / `` for a second author), as a Markdown copy of a German author
  bibliography sets it, is written plain too: the labeller read the marks as a title's.

- a Markdown list's bullet opening the reference (``- Mollaali A., Zufferey G. (2024). …``) removed, and an opening
  bold run that holds the names and the bracketed date (``**GAim4A (2022a)** Title``, ``1. **Body (ABBR), 2024**
  [Title](…)``, as a Markdown list sets its author-and-date line) written plain: the labeller read the bullet into
  the first name, and the bold run as the title. A user's handle in quotes after a person's initials, before the
  year (``C, M. ‘Millers_C’ (2008)``), is removed: it names no field, and the labeller read it as the title.
  A list's number set in bold (``**[1]** Zhang, Lei & …``, ``**12.** …``) is written plain, and a pictograph set as
  the bullet (``📚 Smyth, N. (2021). …``, ``📺 …``) removed: the labeller read the marks into the title or the name.

- a styled phrase an OCR model turned into TeX math (``$ \\underline{\\text{arXiv preprint}} $``,
  ``$ \\textit{Frontiers of Data and Computing} $``, as DeepSeek-OCR's and PaddleOCR's Markdown of a PDF page
  writes underlined or italic words) written as its words: the labeller read the TeX into the field.

- a list of Vancouver names whose initials a conversion glued to the family names (``HerreroM, HendersonB,
  van ZantenHHE, et al Title``, docling's Markdown of JATS) given its spaces and its "et al." back: the labeller
  read each name as one word and "al Title" as a name.

- an accent a PDF's text gives apart from its letter: one standing alone (``Sipocz, B. M., et al. ˝ 2018``,
  ``ApJ, 622, 759, ´ doi:…``, ``K. Asanovic,´ and``, the line's accent printed away from its word) removed, and
  one before a letter that can carry it, after one that cannot (``Sp¨onemann``, ``Universit¨at``, ``L´elio``),
  set on that letter: the labeller read the lone mark into the page or the names. An accent after a letter
  that can carry it (``Potocˇnik``, ``Stu¨ker``) or after a dotless ``ı`` (``Dı´az``) is left as written.

URLs and DOIs are never changed (``10.1000/ abc`` has its own handling), nor are numbers
(``12- 15``) or capitalised continuations (name lists: ``Jean- Pierre``).
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from biblio.parse.connectors import CONNECTORS
from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.identifiers import is_doi_link
from biblio.parse.normalisers.places import CITIES
from biblio.parse.normalisers.translations import ENGLISH_SMALL_WORDS
from biblio.parse.text import CJK

# a cheap first look: ASCII text with no "&", "``" or space beside these marks needs no work (most
# references); the pattern opens on a class of characters, so the regex engine skips to where one stands
_SPACED_MARKS = lazy_pattern(r"[-(\[\s](?:(?<=[-(\[])\s|(?<=\s)[,;.)\]])")
# link buttons closing a reference: they name a lookup service, never a field
_LINK_BUTTONS = lazy_pattern(
    r"(?:\s*\[(?:Cross[Rr]ef|PubMed(?: Central)?|PMC(?: free article)?|Google Scholar|Scopus|Web of Science|"
    r"Green Version|Ref(?:erence)? list|CAS|Medline|Europe PMC|PDF|DOI|HTML|Full[ -]?[Tt]ext)\])+\s*$"
)
# an address glued to the mark closing the field before it: "77.https://…", "2016).http://…"
_GLUED_ADDRESS = lazy_pattern(r"(?<=[^\W_][.,;)])(?=https?://)")
# a link's announcing words before its address, after a field's closing mark: "… Press. Link to PDF: https://…"
_LINK_LEAD_IN = lazy_pattern(
    r"(?<=[.,;)]) (?:Link to (?:the )?(?:PDF|[Ff]ull [Tt]ext|[Pp]ublisher['’]s [Ww]ebsite|[Ww]ebsite|[Aa]rticle)"
    r"|Open [Aa]ccess|Full [Tt]ext(?: available)?)\s*:\s+(?=https?://|www\.|doi)"
)
# Wikipedia's (CS1) note of an archived copy: "Archived from the original on August 28, 2019.", "Archived (PDF)
# from the original on 2014-11-29.", "archived from the original (PDF) on 30 October 2014" after a comma
_ARCHIVE_DATE = r"(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4}|\d{4}-\d\d-\d\d)"
_ARCHIVE_NOTE = lazy_pattern(
    rf"(?:(?<=\.) |,? (?=archived)|^)[Aa]rchived(?: \(PDF\))? from the original(?: \(PDF\))? "
    rf"on {_ARCHIVE_DATE}(?:\.(?= |$))?"
)
# "*E. Hairer, G. Wanner*, Title": the names in italics before the comma that ends them
_ITALIC_NAMES = lazy_pattern(r"^([*_])(?P<names>[^*_\[\]()\d]{3,160}?)\1(?=,\s)")
# a whole entry set in one underscore italic run that holds a bold title of its own, "_NAME, Given. **Title**. Town:
# Firm, 2019._": the outer run styles the entry, not a field
_WHOLE_ENTRY_ITALIC = lazy_pattern(r"^_(?!_)(?P<inner>[^_]*\*\*[^*_]+\*\*[^_]*?)_(?P<end>\.?)$")
# an author-date entry set wholly in one asterisk italic run, the names and the year in it ("*Doe, J.
# (1990). Title. **Journal, 44**(2), 145-159.*", "*Doe, J. (1990). *Book*. Firm.*", Elsevier's "*Doe, J., Roe, R.,
# 1990. Title. Journal 44, 145–159.*"): the run styles the line
_WHOLE_ENTRY_ASTERISKS = lazy_pattern(
    r"^\*(?P<inner>[^*\s][^*]{1,300}?(?:\((?:1[5-9]|20)\d\d[a-z]?\)|,\s(?:1[5-9]|20)\d\d[a-z]?)\.\s[^\n]*?[^*\s])\*$"
)
# "**Alt**, Peter-André: Title", "**Martin**, Ariane / **Vering**, Eva-Maria:": a family name in bold before
# the comma that inverts it, as a Markdown copy of a German author bibliography sets it
_BOLD_FAMILY = lazy_pattern(r"(?:^|(?<= / ))\*\*(?P<name>[^\W\d_](?:[^\W\d_]|[ '’.-](?=[^\W\d_])){0,60})\*\*(?=,\s)")
# a Markdown list's bullet opening the reference ("- Doe J. (2020). …", "* …", "• …"); a ditto's "---" is none, and
# a bullet before the list's own number ("- 2. Barron, J.T., …") is left, as the readers of numbered lists take it
_LIST_BULLET = lazy_pattern(r"^[-*+\u2022] +(?=\S)(?!\d{1,3}\. )")
# a list's number set in bold before the entry ("**[1]** Zhang, Lei & …", "**12.** Doe, J.", "**(3)** …", a keyed
# list's "**[Q1]** Body (2025): …"), as a Markdown list writes it: the marks are the number's, and the labeller read
# the bracket and the names as a title
_BOLD_NUMBER = lazy_pattern(r"^\*\*(?P<n>\[[A-Z]{0,2}\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\*\*(?= )")
# a pictograph standing as the list's bullet ("📚 Smyth, N. (2021). …", "📺 Channel. (2021, 15 de enero). …",
# "▶ …", "✅ …"), as a README's list of sources marks each kind of work: it names no field, and the labeller read it
# into the first name
_PICTOGRAPH_BULLET = lazy_pattern(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF\u25A0-\u25FF\u2B50\u2B55]\uFE0F? +(?=\S)")
# a pictograph set before a work's address as its sign ("pp. 245–57. 🔗 https://doi.org/…", "🌐 www.…", "↗ https://…",
# as Markdown guides and toolkits print a link): it names no field, and the labeller read it as a publisher or a page
_PICTOGRAPH_BEFORE_LINK = lazy_pattern(
    r" [\U0001F300-\U0001FAFF\u2600-\u27BF\u2190-\u21FF\u2B00-\u2BFF]\uFE0F?:? (?=https?://|www\.|doi)"
)
# a user's handle in quotes between a person's initial and the bracketed year ("C, M. ‘Millers_C’ (2008)",
# "Gibson, C. 'War_Mech' (2002)"): one word with an underscore or a digit in it, as a forum's names are, no title
_HANDLE_AFTER_NAME = lazy_pattern(
    r"(?<=\b[A-Z]\.) [\u2018'\"\u201c](?=[^\s\u2019'\"\u201d]*[_\d])[^\s\u2019'\"\u201d]{2,30}[\u2019'\"\u201d]"
    r"(?= \((?:1[5-9]|20)\d\d[a-z]?\))"
)
# "**GAim4A (2022a)** Title", "1. **Body (ABBR), 2024** [Title](…)", "1. **IPCC, 2023**: \"Title\"": an opening bold
# run that closes on the work's bracketed year (or date) or its year after a comma, as a Markdown list sets its
# author-and-date line (the colon after the run is the head's)
_BOLD_HEAD = lazy_pattern(
    r"^(?P<lead>(?:\[?\d{1,3}[.)\]]\s+)?)\*\*(?P<head>[^*]{1,200}?(?:\((?:(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.|no date)\)"
    r"|,\s(?:1[5-9]|20)\d\d[a-z]?))\*\*(?=:?\s)"
    # or a body's name alone in bold before the colon and the quoted title: "6. **Greenpeace**: \"Title\" - [URL](…)"
    r"|^(?P<lead2>(?:\[?\d{1,3}[.)\]]\s+)?)\*\*(?P<body>[^*\d\"“„]{2,120}?)\*\*(?=:\s+[\"“„«])"
)
_NAME_SPLIT = lazy_pattern(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
# one person's name: initials then a family name ("G. Wanner", "John C.Butcher"), or two to four capitalised words
_PERSON = lazy_pattern(
    r"^(?:(?:[A-Z][\w'’-]*\.?\s?)*[A-Z]\.\s?[A-Z][\w'’-]+|[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3})$"
)
_INITIAL = lazy_pattern(r"\b[A-Z]\.")


def _entry_unitalicised(text: str) -> str:
    m = _WHOLE_ENTRY_ASTERISKS.match(text)
    if m is None or m["inner"].count("*") % 2:
        return text  # an odd mark inside: the runs are not one around the whole
    return m["inner"]


def _names_unitalicised(text: str) -> str:
    m = _ITALIC_NAMES.match(text)
    if m is None:
        return text
    names = [part.strip() for part in _NAME_SPLIT.split(m["names"].strip()) if part.strip()]
    if not names or not all(_PERSON.match(name) for name in names):
        return text
    if len(names) < 2 and not _INITIAL.search(names[0]):
        return text
    return m["names"] + text[m.end():]


# "$ \underline{\text{arXiv preprint}} $": a phrase in TeX math whose only content is styled text
_TEX_STYLED_TEXT = lazy_pattern(
    r"\$\s*\\(?:underline|textit|textbf|textrm|textsf|mathrm|mathit|mathbf|emph|text)\s*"
    r"\{\s*(?:\\text(?:rm|it|bf|sf)?\s*\{(?P<inner>[^{}$\\]*)\}|(?P<plain>[^{}$\\]*))\s*\}\s*\$"
)
# the index identifiers a CS1 citation prints after the work, each closed by its full stop (CS2: comma):
# "Bibcode:1948BSTJ...27..379S." (a bibcode is 19 characters; a project's citing page writes "bibcode: …"),
# "S2CID 8018433.", "CiteSeerX 10.1.1.54.299.", "OCLC 707935885."
_INDEX_IDS = lazy_pattern(
    r"(?<=[.,]) (?:[Bb]ibcode:\s?\d{4}\S{15}|S2CID \d+|CiteSeerX 10\.\d+(?:\.\d+)+|OCLC \d+)(?:[.,](?= |$)|$)"
)
# the template's file format after a title: '"Title" (PDF).', 'Title (PDF) (Technical report).', a link's
# words '[Title (PDF)](…)', a blog's '[Multicore OCaml (pdf)](…)'
_FORMAT_MARK = lazy_pattern(r"(?<=[\w\"”]) \((?:PDF|pdf)\)(?=[.,\]]| \(|$)")


def without_format_mark(text: str) -> str:
    """``text`` without the file format a title names after it (``Title (PDF)``, a link's ``Title (pdf)``)."""
    return _FORMAT_MARK.sub("", text) if "(PDF)" in text or "(pdf)" in text else text


# ISO 690's "Online." standing alone between two full stops (not "OED Online.", not "Online Learning.")
_ONLINE_SENTENCE = lazy_pattern(r"(?<=[.?!]) Online\.(?= \S)")
# ISO 690's marks with their brackets lost in a converted copy ("… A Review online. CERN Indico, 2024 cit. 15.5.2025.
# Dostupné z: URL"): the access date's and the medium's brackets put back, as the readers know them (the medium
# alone only beside a bare access date, which no other form writes)
_BARE_CITED = lazy_pattern(r"(?<![\[\w])(cit\.\s*(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}))(?=[\s.,]|$)")
_BARE_ONLINE = lazy_pattern(r"(?<=[^\W_?!]|[?!]) online\.(?= \S)")
# A title's stop glued to the words on where it was found, its space lost when the list was copied ("… hide behind
# Bitcoin.Retrieved from Science: https://…"): the space put back, the title no longer running into the site.
_GLUED_RETRIEVAL = lazy_pattern(r"(?<=[a-z0-9'’”\")\]])\.(?=(?:Retrieved|Available) (?:from|at|on)\b)")
_DEPOSITED = lazy_pattern(r"(?<=[.?!)] )Deposited (?P<date>(?:\d{1,2} [^\W\d_]+ )?(?:1[6-9]|20)\d\d)\.?$")
# a word's comma, then a capitalised town (one or two words) and the comma after it, with no space after the first
_GLUED_TOWN = lazy_pattern(r"(?<=[^\W\d_]{2}),(?P<town>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)(?=,\s)")
# PDF text's lost spaces in a list of names and before the imprint: an initial glued to its family name ("and
# P.Temko, eds.", "J.Smith and K.Lee (eds.)"), a sentence's stop glued to a town with its state or its colon after
# ("the Arts.Totowa, N.J.: Rowman", "Essays.London: Routledge")
_GLUED_INITIAL = lazy_pattern(r"(?:^|(?<=[\s,(]))[A-Z]\.(?=[A-Z][a-z]+(?:,\s|\s(?:and|&)\s|\s\((?:eds?|Hrsg|Hg)\.\)))")
_GLUED_IMPRINT = lazy_pattern(
    r"(?<=[a-z]{2})\.(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?P<after>,\s(?:[A-Z]\.\s?[A-Z]\.|[A-Z]{2}):\s|:\s)"
)
_STOP_BEFORE_CAPITAL = lazy_pattern(r"[A-Za-z]\.[A-Z][a-z]")
# an APA description's bracket, its stop glued to the next sentence: "pathway [Diagram].Centers for …"
_GLUED_AFTER_BRACKET = lazy_pattern(r"(?<=[^\W\d_]\])\.(?=[A-Z][a-z])")
# a typed stop doubled after an abbreviation ("(eds..)", "pp.. 10-20", "Vol.. 12", "ed.. Women and …"): one stop,
# as an ellipsis ("...") is left alone, and a journal's abbreviation before the field's stop ("Rev..", "Trans..")
_DOUBLED_STOP = lazy_pattern(
    r"(?<![\w.])((?:[Ee]ds?|[Pp]p?|[Vv]ols?|[Nn]os?|[Nn]r|trans|[Hh]rsg)\.)\.(?!\.)(?![^\W\d_])"
)
# a comma typed twice between words ("Porfiri,, Luca", "Affine Geometry,, pp 150"): one comma
_DOUBLED_COMMA = lazy_pattern(r"(?<=[^\W\d_.]),,(?= )")
# what it needs, one cheap search (a literal first) before the pattern, which tries the look-behind everywhere
_COMMA_BEFORE_CAPITAL = lazy_pattern(r",[A-Z]")
# a comma glued after an italic's closing mark: "_Notes_,XXX, n. 2", "*Repertorium*,Louvain, 1897"
_GLUED_AFTER_ITALIC = lazy_pattern(r"(?<=[^\s*_][*_]),(?=[^\W\d_])")
_BRACKETED_YEAR = lazy_pattern(r"\((?:1[6-9]|20)\d\d[a-z]?\)")
# a footnote's "compare"/"see also" before the reference it cites; bare "See" may be a family name
# a year's full stop, then a title's opening quote or italics with no space between ("1991.“Treaty", "2017.*The")
_GLUED_TITLE = lazy_pattern(r"(?<![\w.])(?:1[5-9]|20)\d\d[a-z]?\.(?=[\u201c\u2018\"]\w|\*[^\s*])")
# (what it needs: the stop and the mark, found by a cheap search before the pattern)
_STOP_BEFORE_MARK = lazy_pattern(r"\.[\u201c\u2018\"*]")
# an italic run's opening mark typed before its space ("2010.* Experiments …*", "In* The …*")
_SPACED_OPENING = lazy_pattern(r"(?<=[^\s*])\* (?=[^\W\d_])")
# "*Aeschines. Speeches. Translated by C. D. Adams. Loeb Classical Library 106.* Cambridge, MA: …": a web table's
# italics run on from the title over the translator's (or editor's) sentence and the series after it; the italics
# close with the title's sentence, before the role
_ROLE_IN_ITALICS = lazy_pattern(
    r"\*(?P<title>[^*]{3,}?[.?!])\s+(?P<role>(?:Edited and translated|Translated and edited|Translated|Edited)"
    r"\sby\s[A-Z][^*]*?)\*"
)
# (the Bluebook's "See, e.g.,", "See, for example,", "See, in particular,", "But see")
# (and Chicago's "Quoted in" before the work a quotation was taken from)
POINTING_WORDS = lazy_pattern(
    r"^(?:[Vv]gl\.(?:\s+auch)?|[Cc]f\.|(?:But\s+s|S)ee,?\s+(?:also|e\.\s?g\.|for\s+(?:example|instance)|in\s+particular),?"
    r"|(?:As\s+)?[Qq]uoted\s+in|[Cc]ited\s+in"
    # an article page's lead-in before the reference it offers: "Citation:", "Cite this article as:"
    r"|(?:Citation|Cite\s+(?:this\s+(?:article|paper)\s+)?as|How\s+to\s+cite(?:\s+this\s+(?:article|paper))?):)"
    r"\s+(?=\S)"
)
# a style guide's label of the kind of example before it: "Note - Terence R. Mitchell, …", "Footnote: 1. …",
# "Bibliography entry: Smith, John. …" (a bare "Bibliography:" may open a title, and "Note, …" a law review's note)
_GUIDE_LABEL = lazy_pattern(
    r"^(?:(?:Foot|End)?[Nn]ote|(?:Bibliography|Reference\s+list|Works\s+Cited)\s+entry)(?:\s*:|\s+[-\u2013\u2014])"
    r"\s+(?=[A-Z\d\"\u201c])"
)
# a note's topic before the reference it points to: "Sur la Saline Royale, sa genèse, …, voir : Massounie, …",
# "On the treaty, see Smith, …", "Zu den Handschriften vgl. …", "Sobre el tema, véase …"
_TOPIC_LEAD_IN = lazy_pattern(
    r"^(?:Sur|Pour|Concernant|On|Zu[mr]?|Über|Su|Sul(?:la|lo|le)?|Sobre|Acerca\s+de)\s[^.;:]{2,150}?,?\s+"
    r"(?:voir(?:\s+aussi)?|see(?:\s+also)?|vgl\.(?:\s+auch)?|siehe(?:\s+auch)?|si\s+veda|cfr\.|véase|ver)\s*:?\s+(?=\S)"
)
# a note's own words before the work it points to, when a full name follows them: Chicago's "See Felipe E. Ruan,
# “…”" and a sentence closed by "see" ("On data physicalization, see Pierre Dragicevic, …", "For more on the
# interviews, see Marcus Rediker, …"); bare "See" before a single word and a comma may be a family name
_LEAD_IN_SEE = lazy_pattern(
    r"^(?:See|(?:On|For|To|In)\s[^.;:!?()\[\]*]{0,200}?,\s+see(?:,\s+for\s+example,)?)\s+"
    r"(?=[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){1,4}(?:,|\s+and\s))"
)
# a trade book's endnote keyed to a phrase of its page: "First had come: Justus D. Doenecke, Nothing Less Than War
# (Lexington: …, 2011), 257–58." (the phrase a capital and words, one of them in lower case, then a colon and a full
# name in the natural order, its comma, and a note's imprint in brackets with the year)
_KEYED_PHRASE = lazy_pattern(
    r"^[A-Z][\w\u2019'-]*(?=[^:]*\s[a-z])(?:\s+[\w\u2019'-]+){1,8}:\s+"
    r"(?=[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'.-]*){1,3},\s[^()]*\([^()]*:\s[^()]*\b(?:1[5-9]\d\d|20\d\d)\))"
)
# a Markdown link whose text names the link, not the work (``[PDF](https://…)``): the target is what it gives
_LINK_WORD = lazy_pattern(
    r"\[(?:PDF|pdf|Full[ -]?[Tt]ext|[Ll]ink|[Hh]ere|[Dd]ownload|HTML|[Oo]nline)\]\((?P<target>[^()\s]+)\)"
)
# a link to the work's preprint closing a reference whose title is itself a link, as Google Scholar's lists copied
# into a page carry it: "[Title](…) Journal 4.3 (2020): 356-365. [BioRxiv](…) (2019): 643478.", ". [ArXiv](…).",
# " [arXiv:1906.08534](…)": a second copy of the work, no field of it (its year and number are the preprint's)
_PREPRINT_COPY = lazy_pattern(
    r"\s+\[(?:arxiv|biorxiv|medrxiv|ssrn|preprint)(?::\s?[\w./-]+)?\]\((?:https?://[^()\s]+)\)"
    r"(?:\s*\((?:19|20)\d\d\))?(?::\s*[\w.-]+)?\.?$",
    re.I,
)
# a Markdown link to a web address, its words plain (no nested brackets)
# (or its target in angle brackets, as CommonMark writes an address holding brackets: "[Title](<https://x.org/S1365(18)3>)")
_WORDS_LINK = lazy_pattern(
    r"\[([^\[\]]*[^\W\d_][^\[\]]*)\]"
    r"\((?:((?:https?|ftp)://[^()\s]+(?:\([^()\s]*\))?[^()\s]*)|<((?:https?|ftp)://[^<>\s]+)>)\)"
)
# an access note alone after a link: " Accessed: 12 December 2024", ". Retrieved May 2, 2020", " [Accessed 3 May 2021]."
_ACCESS_AFTER_LINK = lazy_pattern(
    r"[.,]?\s+[(\[]?(?:[Aa]ccessed|[Rr]etrieved|[Vv]iewed)(?: on)?:?\s+[^\[\]()]{4,40}?[)\]]?\.?$"
)
# a link's words that only point ("Disponível gratuitamente [aqui](…)", "available [here](…)"): the address is what
# they stand for
POINTING_LINK_WORDS = frozenset({"here", "aqui", "aquí", "ici", "hier", "qui", "click here"})
# three words or more, the last a word with no mark after it, before a link: a title the link does not go on
_VENUE_LINK_AFTER_WORDS = lazy_pattern(r"^\S+(?: \S+)+ [^\W\d_]{2,}[ \t]+$")
# words that join what follows to the words before ("Available on", "Retrieved from", "Preprint on", "a guide to"):
# a link after one of them goes on the sentence, no venue of its own
_JOINING_WORDS = frozenset(CONNECTORS) | ENGLISH_SMALL_WORDS
# a venue's or a site's name: one to four words
_FEW_WORDS = lazy_pattern(r"[^\W\d_][\w&'’.-]*(?: [\w&'’.-]+){0,3}")
# a bold run opening the reference with a space after its marks, closed further on ("** Huang, X., … (2020).**
# Title."): CommonMark reads no bold there, but the writer meant the names in bold; the space goes
_SPACED_BOLD_OPENING = lazy_pattern(
    r"(?<=^\*\*)[ \t]+(?=[^\s*][^*\n]{0,200}?[^\s*]\*\*)|(?<=^__)[ \t]+(?=[^\s_][^_\n]{0,200}?[^\s_]__)"
)
# an address's scheme and "www.", which a link's words may leave out
_SCHEME = lazy_pattern(r"^(?:(?:https?|ftp)://)?(?:www\.)?", re.I)
# a link's words that are a DOI: "doi:10.1016/j.jhe.2017.08.002", "10.1145/2872427.2874815"
_DOI_WORDS = lazy_pattern(r"(?:doi:\s?)?10\.\d{4,9}/\S+$", re.I)
_ADDRESS_START = ("http:", "https:", "ftp:", "www.", "doi:", "10.")
_ENTITY = lazy_pattern(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});")
_LIGATURE = lazy_pattern("[\ufb00-\ufb06]")
# a spacing accent a PDF's text sets apart from its letter, and the combining mark it stands for
_SPACING_ACCENTS = {
    "\u00b4": "\u0301",  # acute
    "\u02dd": "\u030b",  # double acute
    "\u00a8": "\u0308",  # diaeresis
    "\u02c6": "\u0302",  # circumflex
    "\u02dc": "\u0303",  # tilde
    "\u02c7": "\u030c",  # caron
    "\u02d8": "\u0306",  # breve
    "\u02da": "\u030a",  # ring
    "\u00b8": "\u0327",  # cedilla
}
# the letters each accent sits on in the names and words of reference lists
_ACCENTED_LETTERS = {
    "\u00b4": "aeiouycnszAEIOUYCNSZ",
    "\u02dd": "ouOU",
    "\u00a8": "aeiouyAEIOUY",
    "\u02c6": "aeiouAEIOU",
    "\u02dc": "anoANO",
    "\u02c7": "cszrnedtCSZRNEDT",
    "\u02d8": "agAG",
    "\u02da": "auAU",
    "\u00b8": "cstCST",
}
_ACCENT_CLASS = "[" + "".join(_SPACING_ACCENTS) + "]"
_ANY_ACCENT = lazy_pattern(_ACCENT_CLASS)
# alone: after a space or a mark, before a space, a mark or the end ("et al. ˝ 2018", "759, ´ doi", "Asanovic,´ and")
_LONE_ACCENT = lazy_pattern(r"(?:(?<=[,.;:])| )" + _ACCENT_CLASS + r"(?=[\s,.;:]|$)")
# between two letters: "Sp¨onemann", "Potocˇnik"
_INNER_ACCENT = lazy_pattern(r"(?<=[^\W\d_])" + _ACCENT_CLASS + r"(?=[^\W\d_])")


def _accents_set(text: str) -> str:
    """``text`` with its lone spacing accents removed and those before the letter that carries them set on it."""
    text = _LONE_ACCENT.sub("", text)
    if _INNER_ACCENT.search(text) is None:
        return text
    out: list[str] = []
    i = 0
    for m in _INNER_ACCENT.finditer(text):
        k = m.start()
        mark = m.group()
        before, after = text[k - 1], text[k + 1]
        if before == "\u0131" or before in _ACCENTED_LETTERS[mark] or after not in _ACCENTED_LETTERS[mark]:
            continue
        out.append(text[i:k])
        out.append(unicodedata.normalize("NFC", after + _SPACING_ACCENTS[mark]))
        i = k + 2
    out.append(text[i:])
    return "".join(out)


# (not the second byte of UTF-8 read as Latin-1, "Mart\u00c3\u00adnez", whose repair is not ours)
_SOFT_HYPHEN = lazy_pattern(r"(?<=[^\W\d_\u00c2\u00c3])\u00ad\s*(?=[^\W\d_])|(?<![\u00c2\u00c3])\u00ad")
_ODD_SPACE = lazy_pattern("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# full-width punctuation with the spaces around it: a comma, full stop, colon or semicolon closes up before it and
# takes one space after; an opening bracket one space before (none after), a closing one none before (one after,
# before a word)
_FULL_WIDTH = lazy_pattern(
    r"\s*(?:(?P<stop>[\uff0c\uff0e\uff1a\uff1b])\s*|(?P<open>\uff08)\s*|\uff09)"
)
_FULL_WIDTH_HINT = lazy_pattern("[\uff08\uff09\uff0c\uff0e\uff1a\uff1b]")
_ZERO_WIDTH = lazy_pattern("[\u200b\u2060\ufeff]")
# links and identifiers are left exactly as written
# (with the next piece when a line break cut one after a slash or hyphen: "10.1000/ abc")
_LINK = lazy_pattern(r"(?:https?://|ftp://|www\.|doi:\s*|10\.\d{4,9}/)\S*(?:(?<=[/-])\s+[\w%]\S*)?", re.I)
# a DOI's link closing the reference, cut at a PDF's line break: "https://doi. org/10.…", "https://doi.org/ 10.…",
# "doi.org/10. 1145/…" (a link with a second cut inside its DOI is left as written)
# an ISO date whose hyphens a PDF's text spaced ("1996 - 12 - 17", "[cit. 202 3 - 01 - 14 ]", the year's last digit
# cut off too): one date, no page range
_SPACED_ISO_DATE = lazy_pattern(
    r"(?<![\d-])((?:1[5-9]|20)\d) ?(\d) - (0[1-9]|1[0-2]) - (0[1-9]|[12]\d|3[01])(?![\d-])( (?=\]))?"
)
_BROKEN_DOI_LINK = lazy_pattern(
    r"(?<=//doi\.)\s+(?=org/10\.\d{4,9}/\S+\s*$)|(?<=doi\.org/)\s+(?=10\.\d{4,9}/\S+\s*$)"
    r"|(?<=doi\.org/10\.)\s+(?=\d{4,9}/\S+\s*$)"
)
# Springer's PDFs set a closing link with spaces after its marks and inside its words: "https:// doi. org/ 10. 1038/
# natur e14539"; joined, the rest is one host and path
_SPACED_LINK = lazy_pattern(r"(?<=https://|.http://) (?P<rest>(?:\S+ ){1,12}\S+?)(?P<stop>\.?)\s*$")
_HOST_PATH = lazy_pattern(r"[\w-]+(?:\.[\w-]+)+/\S*")
# ABNT's address in angle brackets with a space typed after the opening one: "Disponível em: < https://…>."
_SPACE_IN_ANGLE = lazy_pattern(r"<\s+(?=(?:https?|ftp)://[^\s<>]+>)")
# a word of a sentence after the link ("… page. Accessed 2020."): the spaces are the text's own
_SENTENCE_WORD = lazy_pattern(r"(?<= )[A-Z][a-z]{2,}|[,;]")
# a back-reference list closing the reference, the pages of the citing paper that cite it (hyperref's backref, as
# CVPR's and arXiv's PDFs print it): "… In NIPS, pages 1097–1105, 2012. 2, 3"
_BACK_REFERENCES = lazy_pattern(r"(?<=(?:1[5-9]|20)\d\d\.) \d{1,3}(?:, \d{1,3})*\s*$")
# biblatex's back-references in words, closing the reference: "… 2010 (cit. on p. 4).", "(cit. on pp. 1, 18)",
# "… 2016. Cited on pages 3 and 5."
_BACK_REFERENCE_WORDS = lazy_pattern(
    r"\s*(?:\((?:cit\.|cited) on (?:pp?\.|pages?) \d{1,4}(?:(?:, | and |[-\u2013])\d{1,4})*\)"
    r"|(?<=\.) (?:Cit\.|Cited) on (?:pp?\.|pages?) \d{1,4}(?:(?:, | and |[-\u2013])\d{1,4})*\.?)(?=\.?\s*$)",
    re.I,
)
# a double quote set as two single ones: the pair, opening and closing, is one quotation
# (each with the marks that must be in the text for it to be looked for)
_DOUBLED_QUOTES = (
    ("\u2018\u2018", lazy_pattern("\u2018\u2018(?!\u2018)(.+?)\u2019\u2019")),
    ("``", lazy_pattern("``(?!`)(.+?)''")),
    # a double quote closed by two single ones, as typed in Italian lists: "in “Meridiana’’, n. 7"
    ("\u2019\u2019", lazy_pattern("\u201c(?!\u201c)([^\u201c\u201d]+?)\u2019\u2019")),
    # two straight single quotes on both sides, "''Title''", wikitext's italics (not a prime's "t''")
    ("''", lazy_pattern(r"(?<![\w'])''(?!')(\S.*?)''(?![\w'])")),
)
# LaTeX's single quotation, "`Title'": a backtick, then the words to the first straight quote after no letter
_LATEX_SINGLE = lazy_pattern(r"(?<![\w`])`(?![`\s])([^`'\n]{2,}?)'(?![\w'])")
# a space before a comma or a period that a space (or the end) follows: "Smith , J . , & Lee";
# not an ellipsis (". . ."), a decimal ("2 . 76") or a semicolon (French typography spaces it)
# (each look behind moved past the first space: the regex engine then skips to a space, instead of trying
# the look behind at every character)
_SPACE_BEFORE = lazy_pattern(
    r"\s(?:(?<=\S\s)\s*,(?=\s|$)|(?<=[^\s.\d]\s)\s*\.(?!\s*\.)(?=\s|$)|(?<=\d\s)\s*\.(?!\s*[.\d])(?=\s|$))"
)
# in text spaced so (French typography spaces a semicolon or colon, never a comma or period), a
# space before a semicolon or colon too: "Smith , J . ( 2010 ) . Title : subtitle ."
_SPACE_BEFORE_COLON = lazy_pattern(r"(?<=\S)\s+([;:])(?=\s|$)")
# a space inside a bracket: "( 2010 )", "[ 12]"
_SPACE_IN_BRACKETS = lazy_pattern(r"\s(?:(?<=[(\[]\s)\s*(?=[^\s)\]])|(?<=[^\s(\[]\s)\s*(?=[)\]]))")
# what every match of the two patterns above holds: text without it skips both
_SPACED_PUNCTUATION = lazy_pattern(r"[(\[\s](?:(?<=[(\[])\s|(?<=\s)[,.)\]])")
# letters, a hyphen, a line break's space, then a lower-case letter
# (the continuation is looked at, not taken: it may itself end in a broken word)
_BROKEN_WORD = lazy_pattern(r"(?<![^\W\d_])([^\W\d_]+)[-\u2010][ \t\r\n]+(?=([^\W\d_]+))")
# words after which a hyphen is suspended ("Sozial- und Wirtschaftsgeschichte", "pre- and post-test"), the
# conjunctions of the languages of Europe whose compounds take one ("hossz- és földmértékek", "vnitro- a
# zahraniční", "przed- lub powojenny", "sisä- ja ulkopolitiikka", "и"), and the prepositions of a range between
# two compounds (Dutch "van vader- naar moedertaal", "land- tot tuinbouw")
SUSPENDED_BEFORE = frozenset(
    "and or nor to und oder bis sowie et ou en of y e o i og och eller samt és vagy a ja tai lub oraz albo ili "
    "и или naar tot".split()
)
# a hyphen and a space joined as a word broken at a line end ("Task- parallel"), but for a suspended hyphen
# before a conjunction ("Maß- und Integrationstheorie")
HYPHEN_BREAK = lazy_pattern(rf"(\w)- (?!(?:{'|'.join(sorted(SUSPENDED_BEFORE))})\b)(\w)")
# a bibliography's dashes for the author before's name run into the title or set off by a comma or a space only
# ("———*Title*", "———, *Title*"): the dashes closed by a full stop, as the model knows them ("———. *Title*")
_DITTO_BEFORE_TITLE = lazy_pattern(r"^(\s*(?:[\u2014\u2013]{2,}|_{3,}|-{3,}))(?:\s*,)?\s*(?=[*\"\u201c])")
_INFLECTED = lazy_pattern(r"^[^\W\d_]{3,}(?:ed|ing)$")
# endings a line break leaves as the second piece of a word, never a word of a compound
_ENDING_PIECES = frozenset(
    "ment ments tion tions sion sions ing ings ist ists ness able ible ity ism ical ance ence ology ture ous "
    "ive ation ations".split()
)


def _wiki_italics_or_quotes(m: re.Match[str]) -> str:
    """``''Title''``: wikitext's italics (Markdown's ``*Title*``), or a quotation where it holds italics itself
    (``''Il *Canzoniere* di Petrarca''``)."""
    inner = m.group(1)
    if _LOWER_WORD_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return m.group()  # inside a sentence, after a word in lower case: "Comment on ''history of science''"
    return f"\u201c{inner}\u201d" if "*" in inner or "_" in inner else f"*{inner}*"


# (not "in": "published in ''Nature''" is wikitext's italic journal)
_LOWER_WORD_BEFORE = lazy_pattern(r"(?<![\w'])(?!in\s)[a-z]{2,}\s$")


def _full_width_plain(m: re.Match[str]) -> str:
    if m["stop"]:
        return unicodedata.normalize("NFKC", m["stop"]) + " "
    if m["open"]:
        return " ("
    return ") " if m.string[m.end() : m.end() + 1].isalnum() else ")"


def tidy_input(text: str) -> str:
    """``text`` with the noise above made plain; clean text comes back unchanged, tidy text too."""
    tidied = _tidied_once(text)
    # one step may uncover noise an earlier step passed (an entity decoded inside a link, a soft hyphen dropped
    # inside an entity): tidy again until nothing changes; real text settles in one pass
    for _ in range(_MOST_PASSES):
        if tidied == text:
            break
        text, tidied = tidied, _tidied_once(tidied)
    return tidied


_MOST_PASSES = 6


def _tidied_once(text: str) -> str:
    # (the links' noise last: an odd space, a soft hyphen or a spaced mark may hide it before the rest is tidied)
    return _link_noise(_tidied(text))


def _tidied(text: str) -> str:
    if not text.isascii():
        # (odd spaces first: the marks' tests below look for a plain space, "*\xa0A*" is "* A*")
        text = _ODD_SPACE.sub(" ", _ZERO_WIDTH.sub("", text))
        if _FULL_WIDTH_HINT.search(text) and CJK.search(text) is None:
            text = _FULL_WIDTH.sub(_full_width_plain, text).strip()
    if " - " in text and (" - 0" in text or " - 1" in text):
        text = _SPACED_ISO_DATE.sub(r"\1\2-\3-\4", text)
    if "doi. org" in text or "org/ 10." in text or "org/10. " in text:
        text = _BROKEN_DOI_LINK.sub("", text)
    if ":// " in text:
        text = _spaced_link_joined(text)
    if "< " in text:
        text = _SPACE_IN_ANGLE.sub("<", text)
    if text[-1:].isdigit():
        text = _BACK_REFERENCES.sub("", text)
    if " on p" in text:
        text = _BACK_REFERENCE_WORDS.sub("", text)
    if text.endswith("]"):
        text = _LINK_BUTTONS.sub("", text)
    if "rchived" in text:
        text = _ARCHIVE_NOTE.sub("", text).rstrip()
    text = without_format_mark(text)
    if ".Retrieved " in text or ".Available " in text:
        text = _GLUED_RETRIEVAL.sub(". ", text)
    if ". Online." in text:
        text = _ONLINE_SENTENCE.sub("", text)
    if "cit. " in text and "Dostupn" in text and (cited := _BARE_CITED.sub(r"[\1]", text)) != text:
        text = _BARE_ONLINE.sub(" [online].", cited)
    if "Deposited " in text and (m := _DEPOSITED.search(text)) is not None:
        dated = _BRACKETED_YEAR.search(text, 0, m.start())
        text = text[: m.start()].rstrip() if dated else f"{text[: m.start()].rstrip(' .')} ({m.group('date')})."
    if text[:1] in "-*+\u2022" and text[1:2] == " ":
        text = _LIST_BULLET.sub("", text, count=1)
    if not text[:1].isascii():
        text = _PICTOGRAPH_BULLET.sub("", text, count=1)
    if "**" in text[:7]:
        text = _BOLD_NUMBER.sub(r"\g<n>", text, count=1)
        text = _BOLD_HEAD.sub(lambda m: m["lead"] + m["head"] if m["head"] else m["lead2"] + m["body"], text, count=1)
    if "\u2019 (" in text or "' (" in text or '" (' in text or "\u201d (" in text:
        text = _HANDLE_AFTER_NAME.sub("", text, count=1)
    if text[:1] == "_" and text[-2:] in ("._", "_.") and "**" in text:
        text = _WHOLE_ENTRY_ITALIC.sub(r"\g<inner>\g<end>", text)
    if text[:1] == "*" and text[1:2] != "*" and text[-1:] == "*" and text[-2:-1] != "*":
        text = _entry_unitalicised(text)
    if text[:1] in "*_":
        text = _BOLD_FAMILY.sub(r"\g<name>", text) if text.startswith("**") else _names_unitalicised(text)
    if "$" in text and "\\" in text:
        text = _TEX_STYLED_TEXT.sub(lambda m: m["inner"] if m["inner"] is not None else m["plain"], text)
    if "ibcode:" in text or "S2CID " in text or "CiteSeerX " in text or "OCLC " in text:
        text = _INDEX_IDS.sub("", text).rstrip()
    if text[:1] in "\u2014\u2013_-" or text[:1].isspace():
        text = _DITTO_BEFORE_TITLE.sub(r"\1. ", text, count=1)
    if text[:1] in "VvCcSBQqAH":
        text = POINTING_WORDS.sub("", text, count=1)
    if text[:1] in "NnFEBRW":
        text = _GUIDE_LABEL.sub("", text, count=1)
    if text[:1] in "SPCOZÜA" and ", " in text:
        text = _TOPIC_LEAD_IN.sub("", text, count=1)
    if text[:1] in "SOFTI" and (text.startswith("See ") or ", see " in text[:240]):
        text = _LEAD_IN_SEE.sub("", text, count=1)
    if ": " in text[:90] and text[:1].isupper():
        text = _KEYED_PHRASE.sub("", text, count=1)
    if ("\u2013" in text or "\u2014" in text or " - " in text) and "," in text[:_NAMES_REACH]:
        text = _names_dash_as_stop(text)
    if ".." in text:
        text = _DOUBLED_STOP.sub(r"\1", text)
    if ",," in text:
        text = _DOUBLED_COMMA.sub(",", text)
    if _STOP_BEFORE_MARK.search(text):
        text = _GLUED_TITLE.sub(lambda m: _outside_italics(m, text, m.group() + " "), text)
    if _COMMA_BEFORE_CAPITAL.search(text):
        text = _GLUED_TOWN.sub(lambda m: f", {m['town']}" if m["town"].lower() in CITIES else m.group(), text)
    if "://" not in text and "www." not in text and _STOP_BEFORE_CAPITAL.search(text):
        text = _GLUED_INITIAL.sub(lambda m: m.group() + " ", text)
        text = _GLUED_IMPRINT.sub(_imprint_spaced, text)
    if "]." in text:
        text = _GLUED_AFTER_BRACKET.sub(". ", text)
    if ("_," in text or "*," in text) and _GLUED_AFTER_ITALIC.search(text):
        text = _GLUED_AFTER_ITALIC.sub(lambda m: _closing_mark_spaced(m, text), text)
    if "d by " in text and "*" in text:
        text = _ROLE_IN_ITALICS.sub(r"*\g<title>* \g<role>", text, count=1)
    if text.startswith(("** ", "__ ")):
        text = _SPACED_BOLD_OPENING.sub("", text, count=1)
    if "* " in text and text.count("*") % 2 == 0:
        text = _SPACED_OPENING.sub(lambda m: _outside_italics(m, text, " *"), text)
    if "](" in text:
        text = _LINK_WORD.sub(r"\g<target>", text)
        if text.count("](") > 1 and (copy := _PREPRINT_COPY.search(text)) is not None and "](" in text[: copy.start()]:
            text = text[: copy.start()]
        text = _words_then_target(text)
    if text[:1].isalpha() and _JOINED_NAME.match(text):
        text = _joined_names_spaced(text)
    if ".," in text and len(_STOP_COMMA.findall(text)) + len(_STOP_COMMA_LABEL.findall(text)) >= 2:
        text = _STOP_COMMA.sub(_field_stop, _STOP_COMMA_LABEL.sub(".", text))
    if text.isascii() and "&" not in text and "`" not in text and "''" not in text and not _SPACED_MARKS.search(text):
        return text
    if "&" in text:
        text = _unescape(text)
    if not text.isascii():
        text = _LIGATURE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
        if _ANY_ACCENT.search(text):
            text = _accents_set(text)
        text = _ODD_SPACE.sub(" ", _ZERO_WIDTH.sub("", text))  # (again: an entity may have written one)
        if "\u00ad" in text:
            text = _SOFT_HYPHEN.sub("", text)
    if ":// " in text:  # (again: an entity in a spaced link hid its path, "https:// 10.1000/&amp;amp; a")
        text = _spaced_link_joined(text)
    for marks, pair in _DOUBLED_QUOTES:
        if marks == "''":
            if marks in text and "{{" not in text and "[[" not in text:  # (a template's own, its reader's)
                text = pair.sub(_wiki_italics_or_quotes, text)
        elif marks in text:
            text = pair.sub("\u201c\\1\u201d", text)
    if "`" in text:
        text = _LATEX_SINGLE.sub("\u2018\\1\u2019", text)
    # (spaces inside brackets and before marks first: "( https:// grav- ity" is a link's only once its bracket is
    # closed up, so the broken words are joined on the text as it will stay, and a second tidying changes nothing)
    if _SPACED_PUNCTUATION.search(text):
        text = _SPACE_IN_BRACKETS.sub("", text)
        closed = _SPACE_BEFORE.sub(lambda m: m.group().lstrip(), text)
        text = _SPACE_BEFORE_COLON.sub(r"\1", closed) if closed != text else text
    if "- " in text or "-\n" in text or "-\t" in text or "\u2010" in text:
        text = _outside_links(text)
    return text


# The names before NP 405's and UNE 50-104's dash: "Family, Given" each, joined by semicolons or slashes, a role in
# brackets after the last; the dash spaced before (a hyphen spaced on both sides).
_NAMES_REACH = 160
_NAME_DASH = lazy_pattern(r" (?:[\u2013\u2014] ?|- )(?=[^\W\d_]|[«“\"‘*])")
_DASH_ROLE = lazy_pattern(r" \((?:dir|orgs?|coords?|eds?|hrsg|hg|comp|a cura di)\.?\)$", re.I)
_NAME_WORD = lazy_pattern(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*\.?")
_NAME_PARTICLES = frozenset("de da do dos das del della di du des la le van von y e".split())


def _imprint_spaced(m: re.Match[str]) -> str:
    """``.Totowa, N.J.: `` spaced after the stop where the state names the town's, or the town is a known one."""
    if m["after"].startswith(":") and m["town"].lower() not in CITIES:
        return m.group()
    return f". {m['town']}{m['after']}"


_NAME_SEPARATOR = lazy_pattern(r"\s*[;/]\s*")


def _names_dash_as_stop(text: str) -> str:
    """``LEAL, João – Title`` -> ``LEAL, João. Title``: the dash after a run of inverted names made their full stop."""
    dash = _NAME_DASH.search(text, 0, _NAMES_REACH)
    if dash is None:
        return text
    head = text[: dash.start()]
    names = _DASH_ROLE.sub("", head)
    persons = _NAME_SEPARATOR.split(names)
    if not all(_inverted_name(n) for n in persons):
        return text
    # (one person in small letters may be a name in its order before a title holding dashes: "Carsten Dutt,
    # Herméneutique - Esthétique - Philosophie pratique"; the standards set the family name in capitals)
    if len(persons) == 1 and names == head and not persons[0].partition(",")[0].isupper():
        return text
    stop = " " if head.endswith(".") else ". "
    return head + stop + text[dash.end() :].lstrip()


def _inverted_name(name: str) -> bool:
    """Whether ``name`` is one person's ``Family, Given`` (``VASCONCELOS, J. Leite de``, ``Allés Torrent, Susanna``)."""
    family, comma, given = name.partition(",")
    if not comma or "," in given:
        return False
    fam, giv = family.split(), given.split()
    if not 1 <= len(fam) <= 4 or not 1 <= len(giv) <= 5 or not fam[0][:1].isupper():
        return False
    # (a family name holds no abbreviation, and given names are not set in capitals: "PROC. EXPER., NEV AMSTERDAM")
    if any(w.endswith(".") for w in fam) or any(len(w) > 2 and w.isupper() for w in giv):
        return False
    # (a full word's stop inside the given names closed them: "Höninger, Julia. Die Cell-Key-Methode – …" holds the
    # title, and its dash is the title's own)
    if any(w.endswith(".") and len(w) > 3 for w in giv[:-1]):
        return False
    return all(
        _NAME_WORD.fullmatch(w) is not None and (w[:1].isupper() or w in _NAME_PARTICLES) for w in fam + giv
    )


# Crossref's unstructured citation joins a field ending in its own full stop to the next with a comma ("M
# Alvesson, Habitat and habitus: … research., Organization Studies., № 35, с. 967-987"): where a reference does
# so twice or more after small words, the stop ends the field and the comma goes. (Abbreviations keep theirs:
# "Soc.,", "et al.,", "Inc.,", "trans.,", IEEE's "IET Gener., Transmiss., Distrib.,".)
_STOP_COMMA = re.compile(r"(?<![^\W\d_])(?P<word>[a-zß-ÿ][^\W\d_]{3,})\.,(?= )")  # (IEEE's "Gener., Transmiss.,")
# (before a number's or a page's label, "Review., № 1, с. 14", "PLoS One., № 12", any word's stop ends its field)
_STOP_COMMA_LABEL = re.compile(r"(?<=[^\W\d_])\.,(?= (?:№|[сС]\.\s?\d))")
_ABBREVIATED = frozenset({"ibid", "hrsg", "repr", "comp", "diss", "trans", "suppl", "natl", "proc", "univ", "dept",
                          "conf", "intl", "assoc", "inst", "corp", "publ", "ders", "idem", "eadem", "vols", "illus",
                          "phys", "chem", "biol", "math", "geol", "anal", "appl", "bull", "mech", "annu"})


def _field_stop(m: re.Match[str]) -> str:
    return m.group(0) if m.group("word").casefold() in _ABBREVIATED else f"{m.group('word')}."


# A Vancouver name whose initials are glued to the family name, as a conversion of JATS joins <surname> and
# <given-names> (docling's Markdown of a PLOS article: "HerreroM, HendersonB, van ZantenHHE, de BoerIJM, et al"):
# particles, then the family name ending in a small letter, then its initials and the name's end.
_JOINED_NAME = re.compile(
    r"(?:[^\W\d_]{1,4} ){0,3}[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*[a-zß-ÿ]"
    r"(?P<initials>[A-Z]{1,4})(?P<end>,\s|\.(?:\s|$)|\s+et\s+al\b)"
)
# "et al" without its full stop before the title that follows it (the same conversions drop it with the tag).
_BARE_ET_AL = re.compile(r"(?<=, )et al(?= [A-Z][A-Za-z])")


def _joined_names_spaced(text: str) -> str:
    """The initials of a list of two or more joined names set apart (``HerreroM, HendersonB`` -> ``Herrero M,
    Henderson B``), and a bare "et al" after them given its full stop; one such name alone is left as written
    (``OpenAI, DeepMind``)."""
    cuts: list[int] = []
    pos = 0
    while (m := _JOINED_NAME.match(text, pos)) is not None:
        cuts.append(m.start("initials"))
        if not m.group("end").startswith(","):
            break
        pos = m.end()
    if len(cuts) < 2:
        return text
    for cut in reversed(cuts):
        text = f"{text[:cut]} {text[cut:]}"
    return _BARE_ET_AL.sub("et al.", text, count=1)


def _spaced_link_joined(text: str) -> str:
    m = _SPACED_LINK.search(text)
    if m is None or _SENTENCE_WORD.search(m["rest"]) or not _HOST_PATH.fullmatch(joined := m["rest"].replace(" ", "")):
        return text
    return text[: m.start()] + joined + m["stop"]


def _closing_mark_spaced(m: re.Match[str], text: str) -> str:
    """``, `` for a comma glued after a closing italic mark (an even count of its mark up to it), else the comma."""
    mark = text[m.start() - 1]
    return ", " if text.count(mark, 0, m.start()) % 2 == 0 else m.group()


def _outside_italics(m: re.Match[str], text: str, mended: str) -> str:
    """``mended`` where ``m`` stands outside italics (an even count of ``*`` before it), else the text as it is:
    a closing mark glued to the next word is no opening."""
    return mended if text.count("*", 0, m.start()) % 2 == 0 else m.group()


def _words_then_target(text: str) -> str:
    """``Doe, J. (2020). [Title](https://x.org/a). Journal, 1.`` -> ``… Title. Journal, 1. https://x.org/a``: only
    for a reference's one such link whose target it does not also write out, so no address is lost or doubled (a
    link whose words close on its own address is written as its words)."""
    links = list(_WORDS_LINK.finditer(text))
    if len(links) != 1:
        return text
    m = links[0]
    words, target = m.group(1), m.group(2) or m.group(3)
    if text.count(target) > 1:
        if words.rstrip(" .").endswith(target) and text.count(target) == 2:
            # (the words write the address out themselves, "[Names. Title: https://x.org/a](https://x.org/a)")
            return f"{text[: m.start()]}{words}{text[m.end():]}"
        return text
    if "." in words and (address := _address_words_link(words.strip(), target)) is not None:
        return f"{text[: m.start()]}{address}{text[m.end():]}"
    if words.strip().lower().startswith(_ADDRESS_START):
        return text
    after = m.end()
    if text.startswith((" [PDF]", " [pdf]", " (PDF)"), after):
        after += 6  # the linked file's format after the link ("[Title](…/a.pdf) [PDF]."), as CS1's "(PDF)": no field
    rest = text[after:]
    if ("ccessed" in rest or "etrieved" in rest or "iewed" in rest) and _ACCESS_AFTER_LINK.match(rest):
        # (the address before the access note that closes the reference, where it stood: moved after the note, the
        # note's word ran into the title)
        return f"{text[: m.start()]}{words} {target}{rest}".rstrip()
    before = text[: m.start()]
    if closing_venue_link(before, words, rest):
        return f"{before.rstrip()}. {words.strip()}. {target}"
    if rest[:1] in (".", ",") and rest[1:2].isalpha():
        # ("[Title](…).Badebec, 3(6).": the link stood between the stop and the journal; plain, they need a space)
        rest = f"{rest[0]} {rest[1:]}"
    plain = (before + words + rest).rstrip()
    return f"{plain} {target}"


def closing_venue_link(before: str, words: str, rest: str) -> bool:
    """Whether a link closing a reference after a title, no mark between (``Comparison of Persistence Diagrams
    [arXiv](…)``, a list's title over its venue's link, the hard break between them gone), names where the work
    is: its words (one to four) are no more words of the title, unless the word before the link joins it to them
    (``Available on [GitHub](…)``, ``A practical guide to [Kubernetes](…)``)."""
    words = words.strip()
    return not rest.strip(" .") and _VENUE_LINK_AFTER_WORDS.search(before) is not None \
        and before.split()[-1].casefold() not in _JOINING_WORDS \
        and _FEW_WORDS.fullmatch(words) is not None and words.casefold() not in POINTING_LINK_WORDS \
        and _LINK_WORD.fullmatch(f"[{words}](x)") is None


def _address_words_link(words: str, target: str) -> str | None:
    """What a link whose words are themselves an address stands for: its address once when the words write the
    target without its scheme (``[psyarxiv.com/yehjb](https://psyarxiv.com/yehjb)``), and the DOI then the page
    when the words are a DOI and the target another page (``[doi:10.1016/j.x.2017.08.002.](https://publisher/…)``,
    as a notebook's Harvard list links a DOI to the publisher's page); None for any other link."""
    bare = words.rstrip(".")
    if bare and _SCHEME.sub("", target).rstrip("/").lower() == _SCHEME.sub("", bare).rstrip("/").lower():
        return target
    if _DOI_WORDS.match(bare) and not is_doi_link(target):
        return f"{words} {target}"
    return None


def _link_noise(text: str) -> str:
    """``text`` with its glued addresses given their space and its links' announcing words removed."""
    if ".http" in text or ")http" in text or ",http" in text or ";http" in text:
        text = _unglued_addresses(text)
    if ": " in text and ("Link to" in text or " Access" in text or "Full " in text):
        text = _LINK_LEAD_IN.sub(" ", text)
    if not text.isascii() and ("http" in text or "www." in text or "doi" in text):
        text = _PICTOGRAPH_BEFORE_LINK.sub(" ", text)
    return text


def _unglued_addresses(text: str) -> str:
    """Each address glued to the mark before it given a space, unless that mark is inside an address."""
    cuts = [
        m.start()
        for m in _GLUED_ADDRESS.finditer(text)
        if "://" not in (word := text[text.rfind(" ", 0, m.start()) + 1 : m.start()]) and "www." not in word
    ]
    for at in reversed(cuts):
        text = f"{text[:at]} {text[at:]}"
    return text


def _unescape(text: str) -> str:
    # "&amp;amp;" (escaped twice) needs two rounds; each round shortens the text, so this ends
    while True:
        done = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
        if done == text:
            return text
        text = done


def _outside_links(text: str) -> str:
    """Words broken at a line break joined between links and DOIs, which stay as written."""
    parts: list[str] = []
    at = 0
    for m in _LINK.finditer(text):
        parts.append(_BROKEN_WORD.sub(_rejoin, text[at : m.start()]))
        parts.append(m.group())
        at = m.end()
    parts.append(_BROKEN_WORD.sub(_rejoin, text[at:]))
    return "".join(parts)


def _rejoin(m: re.Match[str]) -> str:
    left, right = m.group(1), m.group(2)
    if not right[0].islower() or right.lower() in SUSPENDED_BEFORE:
        return m.group()
    if m.string.startswith("/", m.end(2)) or (len(left) > 1 and left.isupper()):
        return f"{left}-"  # an identifier ("hep- ph/0601234") or an acronym's compound ("TATA- box")
    if known(left + right) or _surname_broken(m, left):
        return left
    if len(right) < 4 and len(left) >= 4 and known(left) and known(right):
        return m.group()  # a dash between words ("transition- the study"), not a broken word
    return left if joined_word(left, right) else f"{left}-"


# the initials after an inverted name: "Pappen- berger, F.," / "Pappen- berger, F. A.:"
_INITIALS_AFTER = lazy_pattern(r",\s+(?:[A-Z]\.\s*-?\s*){1,3}(?=[,:;&]|\s+(?:and|&)\s)")


def _surname_broken(m: re.Match[str], left: str) -> bool:
    """``Pappen- berger, F.,``: a capitalised family name broken at a line end before its initials is one word
    (a double family name capitalises both its parts, ``Garousi- Nejad``)."""
    return left[0].isupper() and left[1:].islower() and _INITIALS_AFTER.match(m.string, m.end(2)) is not None


def joined_word(left: str, right: str) -> bool:
    """Whether ``left- right`` (a hyphen at a line break) is one word broken there, not a compound
    of two words: the joined word is known, or the pieces are not both words (``rigid- body``,
    ``parameter- varying``, ``non- prompted`` are compounds; ``bureau- cracy`` is not; a piece of
    two letters is a prefix, ``un- certain``)."""
    if known(left + right) or len(left) < 3:
        return True
    word_right = right.lower() not in _ENDING_PIECES and len(right) >= 4 and known(right)
    # a left piece that is no word needs a right piece that is one as written, not only by its stem
    # ("specu- lating": "lating" is known only as "late" inflected)
    if word_right and (known(left) or len(left) >= 4 and _listed(right)):
        return False
    return not (known(left) and _INFLECTED.match(right))


def _listed(word: str) -> bool:
    """Whether a word is in the lexicon as written (or with a plural's ``-s``)."""
    from biblio.parse.review.lexicon import table

    low = word.lower()
    return low in table() or low.endswith("s") and low[:-1] in table()


@lru_cache(maxsize=4096)
def known(word: str) -> bool:
    """Whether a word, or its stem without an inflection (``-s``, ``-ed``, ``-ing``, ``-ly``), is in
    the lexicon of words seen in references' fields."""
    from biblio.parse.review.lexicon import table

    words = table()
    low = word.lower()
    return low in words or any(stem in words for stem in _stems(low))


_ENDINGS = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
)


def _stems(word: str) -> list[str]:
    return [word[: -len(end)] + add for end, add in _ENDINGS if word.endswith(end) and len(word) - len(end) >= 3]
