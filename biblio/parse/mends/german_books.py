"""Mends of the German humanities book ``Name, Vorname: Titel. Untertitel, Tübingen 1998.`` (``…, Frankfurt a.M.
1994``, ``…, Bd. 3, Berlin 1881``, ``… (Reihe 68), Tübingen 1995``): no publisher, the town touching the year. The
model reads the subtitle and the town as a journal, or the town's river (``a.M.``, ``i.Br.``) as more names."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.common import before_links, replaced
from biblio.parse.mends.gated import needs
from biblio.parse.normalisers.names import PARTICLES, known_given
from biblio.parse.normalisers.places import is_place
from biblio.parse.spans import Span

# ", Tübingen 1998." closing the reference: a town (two joined by "/" or "-", its river or region after it,
# "u.a."), the year, perhaps a series in brackets
_TOWN_YEAR_CLOSES = lazy_pattern(
    r",\s+(?P<place>[A-ZÄÖÜ][^\W\d_]+(?:\s?[/-]\s?[A-ZÄÖÜ][^\W\d_]+)*"
    r"(?:\s+(?:[ai]\.\s?(?:d\.\s?)?[A-Z][^\W\d_]*\.|am\s+Main|im\s+Breisgau|u\.\s?a\.))?)"
    r"\s+(?P<date>(?:1[5-9]|20)\d\d)(?:\s+\((?:=\s*)?(?P<series>[^()=]{3,80}?)\))?\.?\s*$"
)
# what the model may read before the imprint and the mend keeps as it is
_KEPT = frozenset(["edition", "volume", "collection-title"])
# the subtitle misread: the book's title runs over these
_TITLE_LIKE = frozenset(["title", "journal", "container-title"])
# a periodical's or a collection's words: such a span is a journal or a book indeed, unless a preposition and its
# article make the word a subtitle's noun ("Schülerarbeit im Archiv", "Briefe aus dem Archiv")
_PERIODICAL = lazy_pattern(
    r"(?:^|[.,]\s)In\s|(?<!\bim\s)(?<!\bins\s)(?<!\bzum\s)(?<!\bvom\s)(?<!\bdem\s)(?<!\bder\s)"
    r"(?i:zeitschrift|zeitung|journal|jahrbuch|blätter|archiv|mitteilungen|bulletin|revue|"
    r"rivista|review|quarterly|annal|proceedings|acta|festschrift|sammelband)"
)


# the labels one of which the mend needs read: a reading of none of them has no journal to undo, no author's colon
# and no town read apart
_ONE_OF = ("journal", "container-title", "author", "location")


def _closes_on_year(text: str) -> bool:
    """Whether ``text`` may close as ``_TOWN_YEAR_CLOSES`` reads it: on a bracket, or on a year after a space (and
    a full stop); a cheap look before the pattern, which most references end otherwise."""
    end = text.rstrip()
    end = end[:-1] if end.endswith(".") else end
    return end.endswith(")") or (
        len(end) > 4 and end[-4:-2] in _CENTURIES and end[-2:].isdigit() and end[-5].isspace()
    )


_CENTURIES = frozenset(str(n) for n in range(15, 21))  # a year's first two digits, 15 to 20


@needs(labels=["date"], any_label=_ONE_OF)
def subtitle_and_town_read_as_journal(spans: list[Span], text: str) -> list[Span]:
    """``Müller, Jan-Dirk: Spielregeln für den Untergang. Die Welt des Nibelungenliedes, Tübingen 1998.`` read as an
    article in the journal ``Die Welt des Nibelungenliedes, Tübingen``: after the author's colon (or from the start
    of an unsigned book), with no ``in:`` and nothing but an edition, a volume or a series between, the words up to
    the known town closing the reference are the title, the town the place."""
    if "in:" in text or "In:" in text or not any(s.label in _ONE_OF for s in spans):
        return spans
    core = before_links(spans, text)  # (an address or an access date may close it)
    if not _closes_on_year(core) or (m := _TOWN_YEAR_CLOSES.search(core)) is None or not is_place(m.group("place")):
        return spans
    first = spans[0]
    if first.label in ("author", "editor"):
        if not first.text.rstrip().endswith(":"):
            return spans
        start = first.end
    elif first.label in _TITLE_LIKE and first.start == 0:
        start = 0
    else:
        return spans
    middle = [s for s in spans[1 if start else 0 :] if s.start < m.start()]
    # "Stadtlexikon Darmstadt, Stuttgart 2006": the title's last word, with no mark before it, read as a first town
    run_over = len(middle) > 1 and _town_run_over(middle[-2], middle[-1], text, m.start())
    if run_over:
        middle = middle[:-1]
    elif not any(s.label in ("journal", "container-title", "author") for s in spans):
        return spans  # (a town read apart is the mend's only for a title run over it)
    if not middle or middle[0].label not in _TITLE_LIKE or any(s.label not in _TITLE_LIKE | _KEPT for s in middle):
        return spans
    imprint = [s for s in spans if s.end > m.start() and s.start < m.end()]
    read_apart = [s for s in middle if s.label in ("journal", "container-title")]
    if any(_PERIODICAL.search(s.text) for s in read_apart):
        return spans
    if not (read_apart or run_over) and [s.label for s in imprint] == ["location", "date"]:
        return spans
    # the title runs from its first word to the first span kept as read (or to the imprint's comma)
    end = next((s.start for s in middle if s.label in _KEPT), m.start())
    a = middle[0].start
    z = len(text[:end].rstrip(" ,"))
    if z - a < 3 or any(s.label in _TITLE_LIKE and s.start >= end for s in middle):
        return spans
    new = [Span("title", text[a:z], a, z, middle[0].confidence)]
    new += [s for s in middle if s.label in _KEPT]
    for label, group in (("location", "place"), ("date", "date"), ("collection-title", "series")):
        if m.group(group):
            b, e = m.span(group)
            new.append(Span(label, text[b:e], b, e))
    return replaced(spans, text, a, m.end(), new)


def _town_run_over(title: Span, place: Span, text: str, comma: int) -> bool:
    """Whether ``place`` runs from the title's last words, with no mark between them, over the imprint's comma."""
    return (
        title.label in _TITLE_LIKE
        and place.label == "location"
        and place.start < comma < place.end
        and not text[title.end : place.start].strip()
        and title.text.rstrip()[-1:].isalpha()
    )


# "Frankfurt a.M.", "Freiburg i. Br.", "Halle a.d.S.", "Berlin u.a." after a comma or a full stop, before the
# publisher's colon, the year or a comma: the town with its river, region or "and other towns"
_QUALIFIED_TOWN = lazy_pattern(
    r"(?<=[,.]\s)(?P<place>[A-ZÄÖÜ][^\W\d_]+(?:[/-][A-ZÄÖÜ][^\W\d_]+)*\s"
    r"(?:[ai]\.\s?(?:d\.\s?)?[A-Z][^\W\d_]{0,3}|u\.\s?a)\.)(?=\s*:|\s+(?:1[5-9]|20)\d\d|,)"
)


@needs(marks=(".",))
def town_cut_at_its_river(spans: list[Span], text: str) -> list[Span]:
    """``Frankfurt a.M. 1935`` read as the place ``Frankfurt a`` and a name ``.M.`` (``Freiburg i.`` closing the
    title, ``Br.`` a journal): a known town and its abbreviated river or region are one place."""
    if " a." not in text and " i." not in text and " u." not in text:
        return spans
    for m in _QUALIFIED_TOWN.finditer(text):
        a, z = m.span("place")
        if not is_place(m.group("place")):
            continue
        inside = [s for s in spans if s.start < z and a < s.end]
        if len(inside) == 1 and inside[0].label == "location" or not inside:
            continue
        # only the imprint's misreadings: a title or a journal may reach in from before, nothing else
        if any(s.label not in ("location", "publisher", "author", "journal", "title") for s in inside):
            continue
        if any(s.start < a and s.label not in ("title", "journal", "location") for s in inside):
            continue
        conf = min(s.confidence for s in inside)
        return replaced(spans, text, a, z, [Span("location", text[a:z], a, z, conf)])
    return spans


# a German book's parts named after its title: "Text- und Tafelband", "Registerband", "Textband"
_PART = r"(?:Text|Tafel|Register|Bild|Abbildungs|Kommentar|Ergänzungs|Nachtrags|Quellen|Dokumenten|Karten|Index)"
_VOLUME_PART = lazy_pattern(rf"(?:{_PART}-?\s+und\s+)?{_PART}band[,.]?")


@needs(labels=["title", "publisher"])
def volume_part_read_as_publisher(spans: list[Span], text: str) -> list[Span]:
    """``Gotische Schriften …. Text- und Tafelband, Wiesbaden 2009.`` read with the publisher ``Text- und
    Tafelband``: the book's part after its title belongs to the title."""
    for k in range(1, len(spans)):
        s, prev = spans[k], spans[k - 1]
        if s.label != "publisher" or prev.label != "title" or not _VOLUME_PART.fullmatch(s.text.strip()):
            continue
        if text[prev.end : s.start].strip():
            return spans
        z = prev.start + len(text[prev.start : s.end].rstrip(" ,."))
        title = Span("title", text[prev.start : z], prev.start, z, min(prev.confidence, s.confidence))
        return [*spans[: k - 1], title, *spans[k + 1 :]]
    return spans


# "Title, hg. von Helmut de Boor, 22. Aufl., Wiesbaden 1988." closing the reference: the editors after their
# German role word, perhaps the edition, the town and the year
_EDITED_CLOSES = lazy_pattern(
    r"[,.]?\s+(?P<editor>(?:[Hh]g|[Hh]rsg)\.\s+(?:von|v\.)\s+[A-ZÄÖÜ][^\d,;:()]{2,80}?),\s+"
    r"(?:(?P<edition>\d{1,2}\.\s+Aufl\.),\s+)?"
    r"(?P<place>[A-ZÄÖÜ][^\W\d_]+(?:\s?[/-]\s?[A-ZÄÖÜ][^\W\d_]+)*(?:\s+(?:[ai]\.\s?(?:d\.\s?)?[A-Z][^\W\d_]*\.|u\.\s?a\.))?)"
    r"\s+(?P<date>(?:1[5-9]|20)\d\d)\.?\s*$"
)


@needs(marks=("g. v",))
def edited_book_after_title(spans: list[Span], text: str) -> list[Span]:
    """``Das Nibelungenlied. Nach der Ausgabe von Karl Bartsch hg. von Helmut de Boor, Wiesbaden 1979.`` read with the
    title as the editors and the editor as the publisher (``hg. v. Dieter Kartschoke`` as the title, the town as
    a given name): before the German role word the title (after an author's colon), then the editors, the edition,
    the town and the year."""
    if "in:" in text or "In:" in text or (m := _EDITED_CLOSES.search(before_links(spans, text))) is None:
        return spans
    if not is_place(m.group("place")):
        return spans
    first = spans[0]
    start = first.end if first.label == "author" and first.text.rstrip().endswith(":") else 0
    start += len(text[start:]) - len(text[start:].lstrip())
    z = m.end()  # (the links closing the text, if any, after it)
    if m.start() - start < 3 or _PERIODICAL.search(text[start : m.start()]):
        return spans
    new = [Span("title", text[start : m.start()], start, m.start(), first.confidence)]
    for label, group in (("editor", "editor"), ("edition", "edition"), ("location", "place"), ("date", "date")):
        if m.group(group):
            b, e = m.span(group)
            new.append(Span(label, text[b:e], b, e))
    if [(s.label, s.start, s.end) for s in new] == [(s.label, s.start, s.end) for s in spans if start < s.end <= z]:
        return spans
    return replaced(spans, text, start, z, new)


# "3 Bde., Leipzig 1872–1878.", "2 Bände. Berlin: Reimer 1839.": the count of volumes, the town (its publisher
# after a colon) and the year or the years closing the reference
_COUNTED_IMPRINT = lazy_pattern(
    r"[,.]\s+(?P<count>\d{1,3}\s+(?:Bde\.|Bände|Bänden))[,.]?\s+"
    r"(?P<place>[A-ZÄÖÜ][^\W\d_]+(?:\s?[/-]\s?[A-ZÄÖÜ][^\W\d_]+)*(?:\s+(?:[ai]\.\s?(?:d\.\s?)?[A-Z][^\W\d_]*\.|u\.\s?a\.))?)"
    r"(?:\s*:\s*(?P<publisher>[A-ZÄÖÜ][^\d,:;()]{1,60}?))?,?"
    r"\s+(?P<date>(?:1[5-9]|20)\d\d(?:\s*[-–]\s*(?:(?:1[5-9]|20)\d\d|\d\d))?)\.?\s*$"
)


def counted_volumes_imprint(spans: list[Span], text: str) -> list[Span]:
    """``Römisches Staatsrecht. 3 Bde., Leipzig 1871–1888.`` read with the count and the town in the title, or the
    town in the volume and the years as pages: the count of volumes, the known town (its publisher) and the year or
    years closing the reference, read apart."""
    if "Bde." not in text and "Bände" not in text or (m := _COUNTED_IMPRINT.search(before_links(spans, text))) is None:
        return spans
    a = m.start("count")
    if not is_place(m.group("place")) or not any(s.start < a for s in spans):
        return spans
    new: list[Span] = []
    for label, group in (("volume", "count"), ("location", "place"), ("publisher", "publisher"), ("date", "date")):
        if m.group(group):
            b, e = m.span(group)
            new.append(Span(label, text[b:e], b, e))
    if [s.label for s in spans if a < s.end <= m.end()] == [s.label for s in new]:
        return spans  # read so already
    return replaced(spans, text, a, m.end(), new)


# a German list's given name and the particle the inverted family name drops, closed by the colon before the title:
# "Leopold von:", "Wilhelm von:", "Karl Freiherr vom:"
_GIVEN_PARTICLE_COLON = lazy_pattern(
    r"[A-ZÄÖÜ][a-zäöüß]+(?:[- ][A-ZÄÖÜ][a-zäöüß]+)?\s+(?:von|vom|zu|von\s+der|von\s+und\s+zu)\s*:\s+"
)


@needs(labels=["author", "title"], marks=(":",))
def given_and_particle_read_into_title(spans: list[Span], text: str) -> list[Span]:
    """``Ranke, Leopold von: Deutsche Geschichte …`` read with the family name alone as the author and ``Leopold
    von:`` opening the title: the given name and the particle before the colon are the author's."""
    if len(spans) < 2:
        return spans
    first, second = spans[0], spans[1]
    if first.label != "author" or second.label != "title" or not first.text.rstrip().endswith(","):
        return spans
    m = _GIVEN_PARTICLE_COLON.match(text, second.start)
    if m is None or m.end() >= second.end:
        return spans
    author = Span("author", text[first.start : m.end()], first.start, m.end(), first.confidence)
    title = Span("title", text[m.end() : second.end], m.end(), second.end, second.confidence)
    return [author, title, *spans[2:]]


# "Family, Given, Word[ words]," opening a German or Dutch list with comma-joined parts: the name, its given name,
# then the title's first words up to its first comma ("Sonderegger, Stefan, Politik, Kommunikation und …")
_NAME_THEN_TITLE_WORDS = lazy_pattern(
    r"[A-ZÄÖÜ][\w'’-]+,\s+(?P<given>[A-ZÄÖÜ][a-zäöüßéè]+)(?:[- ][A-ZÄÖÜ][a-zäöüßéè]+)?,\s+"
    r"(?P<words>[A-ZÄÖÜ][a-zäöüß]+(?:\s+[\wäöüß]+){0,3})(?P<comma>,)?\s*$"
)


@needs(labels=["author", "title"])
def title_words_read_as_second_name(spans: list[Span], text: str) -> list[Span]:
    """``Sonderegger, Stefan, Politik, Kommunikation und Wirtschaft …, in: …`` read with ``Politik`` as a second
    author: a full given name after the first family name, then a word with no given name of its own and the
    title running on from the comma after it, is the title's opening; so are words read with the name up to a
    particle (``Austausch über den | Bodensee``, ``Der Hafen von | Lindau``) where the title runs on from them."""
    if len(spans) < 2:
        return spans
    first, second = spans[0], spans[1]
    if first.label != "author" or second.label != "title" or first.start != 0:
        return spans
    m = _NAME_THEN_TITLE_WORDS.match(text, first.start, first.end)
    # (a given name the lexicon knows: three bare family names, "Boneh, Demillo, Lipton,", are no such opening)
    if m is None or not known_given(m.group("given")):
        return spans
    words = m.group("words").split()
    # more than one word is a name ("Rudi van Maanen") unless a lower-case word other than a particle is in it;
    # words that run on into the title with no mark between (``Austausch über den | Bodensee …``) are the title's
    # when one of them or the particle closing them could open no family name
    if m.group("comma") is None:
        if text[first.end : second.start].strip() or not second.text.strip():
            return spans
        runs_on = second.text.split()[0]
        if not (
            len(words) > 1 and (words[-1] in PARTICLES or any(w.islower() and w not in PARTICLES for w in words[1:]))
            or runs_on.islower() and runs_on not in PARTICLES  # "Austausch | über den Bodensee"
        ):
            return spans
    elif len(words) > 1 and not any(w.islower() and w not in PARTICLES for w in words[1:]):
        return spans
    start = m.start("words")
    author = Span("author", text[first.start : start], first.start, start, first.confidence)
    title = Span("title", text[start : second.end], start, second.end, second.confidence)
    return [author, title, *spans[2:]]


# a publisher's name as German lists write it before the year with no town: one or two capitalised words
# ("Lang", "De Gruyter", "Bertelsmann Verlag"), a firm's initials ("V&R"); a word of a series or a part is none
_PUBLISHER_WORDS = lazy_pattern(r"(?:[A-Z][\w&'-]*|[A-Z]&[A-Z])(?:\s(?:[A-Z][\w'-]*|Verlag))?")
# ... and one the name itself tells from a town: German lists far more often close on a town and the year with no
# publisher ("Neuwied 1997", "Baltmannsweiler 2005"), so an unknown word there is a town, not a firm
_FIRM_MARK = lazy_pattern(r"&|\bVerl(?:ag|\.)|\bPress\b|\bGmbH\b")
_GERMAN_FIRMS = frozenset(
    "Lang Hollinek Beck Hanser Klett Cornelsen Springer Kohlhammer Suhrkamp Reclam Wallstein Niemeyer Fink Schöningh "
    "Vandenhoeck Metzler Böhlau Kröner Rowohlt Fischer Piper Olms Harrassowitz Aschendorff Herder Thieme Vahlen Nomos "
    "Mohr Campus Juventa Beltz Budrich Waxmann Klinkhardt Hogrefe Kösel Narr Francke Steiner Gruyter Diogenes "
    "Ullstein Bertelsmann Duden Teubner Schwabe Stroemfeld Akademie Dietz Luchterhand Athenäum Insel Patmos Droste "
    "Echter Pustet Benziger Thorbecke Primus Kiepenheuer Hirzel Parey Oldenbourg Vieweg Gabler Westermann Schroedel "
    "Wagenbach Kadmos Matthes Aufbau Kerle Brockhaus Langenscheidt".split()
)


@needs(labels=["author", "location", "date"], marks=(":",))
def publisher_year_without_town(spans: list[Span], text: str) -> list[Span]:
    """``Bein, Thomas: Textkritik. Eine Einführung. Lang 2008.``, ``… Hollinek 2000, S. 54–55.``: the German book
    whose imprint is the publisher and the year with no town, the publisher read as the place. After the author's
    colon, with no publisher read, a name after a full stop touching the year that names no known town is the
    publisher."""
    if not spans or not spans[0].text.rstrip().endswith(":") or spans[0].label not in ("author", "editor"):
        return spans
    if any(s.label == "publisher" for s in spans):
        return spans
    for k, s in enumerate(spans[1:-1], 1):
        if s.label != "location" or spans[k + 1].label != "date":
            continue
        name = s.text.strip(" .,")
        gap = text[s.end : spans[k + 1].start]
        if (
            text[max(0, s.start - 2) : s.start] != ". "
            or gap.strip()
            or not _PUBLISHER_WORDS.fullmatch(name)
            or is_place(name)
            or not (_FIRM_MARK.search(name) or name.split()[-1] in _GERMAN_FIRMS)
        ):
            return spans
        return [*spans[:k], Span("publisher", s.text, s.start, s.end, s.confidence), *spans[k + 1 :]]
    return spans
