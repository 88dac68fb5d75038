"""Normalisers of a record whose author the reading missed or misread at the reference's opening: a product or
site named in the address's host read as a person (``React Native``), a family name run into its year (``Smith
2019.``), a newspaper cited by the paper and the day alone, a body's name before a Harvard bracketed year read as the
medium or the site (``MDN Web Docs (2025)``)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.dates import parse_date
from biblio.parse.normalisers.names import known_given, known_given_word
from biblio.parse.review.lexicon import mostly_a_name, row_of
from biblio.records.model import NO_AUTHOR, Item, add_flag, biblio_data, drop_flag, source_text


def _wordlike_name(name: str) -> bool:
    """Whether a name reads as a product's words, not a person's (a person's own site, ``tomslee.github.io``, is
    named by the person too): no word mostly seen in names, one seen far more in titles or imprints."""
    rows = [row_of(w) for w in name.lower().split()]
    if any(mostly_a_name(w) for w in name.split()):
        return False
    return any(row is not None and row[0] <= max(row) - 12 for row in rows)


def host_named_author(item: Item) -> None:
    """``React Native (2025) Components. Available at: https://reactnative.dev/…``: a sole author read as a
    given name and a family name whose words run together in the address's host (``reactnative``,
    ``visualstudio``), or whose words are each a label of it (``fonts.google.com``), and read as common words is the
    product or site that wrote the page, not a person; a
    known given name (a person's own site, ``johnsmith.com``) stays a person."""
    authors, url = item.get("author"), str(item.get("URL", ""))
    if not url or not isinstance(authors, list) or len(authors) != 1:
        return
    name = authors[0]
    given, family = str(name.get("given", "")), str(name.get("family", ""))
    if not given or not family or set(name) - {"given", "family"} or "." in given or known_given(given.split()[0]):
        return
    host = url.partition("//")[2].partition("/")[0].lower()
    host = host.replace("-", "")
    if not _wordlike_name(f"{given} {family}"):
        return
    labels = host.split(".")
    for written in (f"{given} {family}", f"{family} {given}"):  # "Power BI" may be read inverted
        joined = written.replace(" ", "").lower()
        # (or each word a label of the host: "Google Fonts" on fonts.google.com)
        named = len(joined) >= 6 and joined.isalpha() and joined in host
        if (named or all(w.lower() in labels for w in written.split())) and written in source_text(item):
            item["author"] = [{"literal": written}]
            return


# a sole author read as a family name and Vancouver initials: "Stats SA", "Meta AI", "Selector AI"
_WORD_AND_CAPITALS = lazy_pattern(r"[A-Z][a-z]{2,}[A-Z]?[a-z]*")
_CAPITALS = lazy_pattern(r"[A-Z]{2,5}")
# the body spelt out: capitalised words (joined by "of", "and", "for", "the")
_SPELT_WORDS = lazy_pattern(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w'’-]*)*")
_LINKS = frozenset(["of", "and", "for", "the", "&"])


def _spelt_out(word: str, capitals: str, text: str) -> bool:
    """Whether ``text`` names the body ``word capitals`` abbreviates: a word opening as ``word`` does (``Stats``,
    ``Statistics``), then words whose initials are ``capitals`` (``South Africa``)."""
    stem = word[:4]
    for m in _SPELT_WORDS.finditer(text):
        words = [w for w in m.group(0).split() if w not in _LINKS]
        for k, w in enumerate(words):
            if w.startswith(stem) and "".join(x[0] for x in words[k + 1 : k + 1 + len(capitals)]) == capitals:
                return True
    return False


def abbreviated_body_author(item: Item, text: str) -> None:
    """``Stats SA (2024). … Pretoria: Statistics South Africa.``, ``Meta AI. (2024).``, ``Selector AI. (n.d.). …
    https://www.selector.ai/…``: a sole author read as a family name and Vancouver initials is a body shortened with
    an acronym when the reference spells the body out, its site's host runs the two words together, or the APA
    entry closes the name with a full stop before its bracketed date (``Smith JA (2019)``, no stop, is a person)."""
    authors = item.get("author")
    if not isinstance(authors, list) or len(authors) != 1 or set(authors[0]) != {"family", "given"}:
        return
    family, given = str(authors[0]["family"]), str(authors[0]["given"])
    if not _CAPITALS.fullmatch(given) or not _WORD_AND_CAPITALS.fullmatch(family) or mostly_a_name(family):
        return
    written = f"{family} {given}"
    at = text.find(written)
    if at < 0 or at > 12:
        return  # (after a citation number at most)
    after = text[at + len(written) :]
    host = str(item.get("URL", "")).partition("//")[2].partition("/")[0].lower().replace(".", "").replace("-", "")
    if after.startswith(". (") or (family + given).lower() in host or _spelt_out(family, given, after):
        item["author"] = [{"literal": written}]


# "Smith 2019. My page. https://…": a family name and the year with no stop between, then a stop
_FAMILY_YEAR_OPENING = lazy_pattern(
    r"^(?P<name>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\s+(?P<year>(?:1[6-9]|20)\d\d)[a-z]?\.\s+[\w\"“‘'*]"
)


def family_year_opening(item: Item) -> None:
    """``Smith 2019. My page. https://…``: an author-date reference whose author's family name runs into its year
    with no stop, read with no author (the name taken for a publisher, a journal or the title's head)."""
    if any(item.get(v) for v in ("author", "editor")):
        return
    source = source_text(item).lstrip()
    m = _FAMILY_YEAR_OPENING.match(source) if source[:1].isupper() else None
    if m is None:
        return
    name, year = m.group("name"), int(m.group("year"))
    issued = item.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    if parts and parts[0] and parts[0][0] != year:
        return
    head = source[: m.end() - 1].rstrip()
    for var in ("title", "publisher", "container-title"):
        v = str(item.get(var, ""))
        if v == name:
            del item[var]
            if var == "container-title" and item.get("type") == "article-journal":
                item["type"] = "book" if "publisher" in item else "document"
            elif var == "publisher" and item.get("type") == "book" and "URL" in item and "publisher-place" not in item:
                item["type"] = "webpage"  # the name was the only imprint of a page
        elif v.startswith(head) and len(v) > len(head):
            item[var] = v[len(head) :].lstrip(" .")
    if not parts:
        item["issued"] = {"date-parts": [[year]]}
    item["author"] = [{"family": name}]
    drop_flag(item, NO_AUTHOR)


# "Sydney Morning Herald, 3 April 2014, accessed 4 April 2014, <https://…>": a newspaper's page cited by the paper
# and the day alone (Australian Harvard), the day the page was read after it
_DAY = r"\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:1[7-9]|20)\d\d"
_PAPER_DAY_OPENING = lazy_pattern(
    rf"^(?P<paper>(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){{0,5}}),\s+(?P<day>{_DAY}),\s+"
    rf"(?:accessed|viewed|retrieved)\s+(?P<seen>{_DAY})[,.]?\s+<?https?://"
)


def paper_and_day(item: Item) -> None:
    """``Sydney Morning Herald, 3 April 2014, accessed 4 April 2014, <https://…>``: the paper is the container
    (not a person), the first day the issue, the second the day the page was read."""
    source = source_text(item).lstrip()
    m = _PAPER_DAY_OPENING.match(source) if "ccessed" in source or "iewed" in source or "etrieved" in source else None
    if m is None or "title" in item:
        return
    day, seen = parse_date(m.group("day")), parse_date(m.group("seen"))
    if day is None or seen is None or day.issued is None or seen.issued is None:
        return
    for var in ("author", "publisher", "note"):
        v = item.get(var)
        if var == "author" or (isinstance(v, str) and (v in source[: m.end()] or v == m.group("paper"))):
            item.pop(var, None)
    item["container-title"] = m.group("paper")
    item["issued"], item["accessed"] = day.issued, seen.issued
    item["type"] = "article-newspaper"


# "MDN Web Docs (2025) Title.": a Harvard reference's opening name before its bracketed year
_NAME_BEFORE_YEAR = lazy_pattern(
    r"^(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,5})\s+\((?:1[6-9]|20)\d\d[a-z]?\)\s"
)


def opening_name_author(item: Item) -> None:
    """``MDN Web Docs (2025) JavaScript Reference. Available at: …``: the capitalised name before a Harvard
    reference's bracketed year is its author, a body or product, even when read as the medium or the site."""
    # a page's reference; "Clinical Science (2002) 21, 4137" names a journal before its year
    if any(item.get(v) for v in ("author", "editor")) or "URL" not in item or "(" not in source_text(item)[:80]:
        return
    m = _NAME_BEFORE_YEAR.match(source_text(item).lstrip())
    if m is None:
        return
    name = m.group("name")
    for var in ("medium", "container-title", "publisher"):
        if item.get(var) == name:
            del item[var]
            item["author"] = [{"literal": name}]
            drop_flag(item, NO_AUTHOR)
            return


# ABNT's marks of an online source ("Disponível em:", "Acesso em:"); ABNT inverts every person with a comma
_ABNT_ONLINE = lazy_pattern(r"(?i)\b(?:dispon[íi]vel\s+em|acesso\s+em|acessado\s+em)\b")


def abnt_body_author(item: Item, body: str) -> None:
    """``BÓSON Treinamentos. Curso de UML …. Disponível em: … Acesso em: …``: a sole author written as a word in
    capitals then a capitalised word no given-name list knows, with no comma between, in a reference with ABNT's
    marks of an online source, is a body (ABNT puts a comma after a person's family name): its whole name."""
    authors = item.get("author")
    if not isinstance(authors, list) or len(authors) != 1 or set(authors[0]) != {"given", "family"}:
        return
    given, family = str(authors[0]["given"]), str(authors[0]["family"])
    if not (
        family.isupper()
        and family.isalpha()
        and len(family) >= 3
        and given.isalpha()
        and given[:1].isupper()
        and not given.isupper()
        and not known_given_word(given)
    ):
        return
    name = f"{family} {given}"
    if body.lstrip(" *").startswith(f"{name}.") and _ABNT_ONLINE.search(body):
        item["author"] = [{"literal": name}]


# a one-word name, a spaced dash, then a description opening on an article: "Recharts – A composable charting …"
_NAME_DASH_DESCRIPTION = lazy_pattern(r"(?P<name>[A-Z][\w.+#-]*)\s+[-\u2013\u2014]\s+(?P<rest>(?:A|An|The)\s+[a-z])")


def described_name_title(item: Item, body: str) -> None:
    """(In place.) ``Recharts – A composable charting library for React. Available at: …`` (no date) read as the
    author ``Recharts`` and the title after the dash: a name and its description in sentence case after a spaced dash
    are the page's title as its site heads it, no author (as ``LaTeX - A document preparation system. (n.d.).``)."""
    authors, title = item.get("author"), item.get("title")
    if "issued" in item or not isinstance(title, str) or not isinstance(authors, list) or len(authors) != 1:
        return
    m = _NAME_DASH_DESCRIPTION.match(body)
    if m is None or authors[0] != {"literal": m["name"]} or not body.startswith(title, m.start("rest")):
        return
    item["title"] = body[: m.start("rest") + len(title)]
    del item["author"]
    held = biblio_data(item).get("field_confidence")
    if isinstance(held, dict):
        held.pop("author", None)
    add_flag(item, NO_AUTHOR)


# two words in capitals opening the reference before a full stop or a comma, then a word in normal case
_CAPS_PAIR_OPENING = lazy_pattern(r"^[*_]*(?P<name>[A-Z]{3,} [A-Z]{3,})[*_]*[.,]\s+[*_\"“]*[A-Z][a-z]")


def capitals_pair_author(item: Item, body: str) -> None:
    """``DIO CASSIUS, History of Rome, …``, ``AULUS GELLIUS. Attic Nights. …``: a sole author of two words in
    capitals, no initial and no comma between, opening the reference before its title is an ancient or medieval
    author's name (or a body's) as written, not a given name and a family name (capitals lists invert persons:
    ``SMITH, John``), where neither word is a given name (``VISCHER FRANK`` is a person, family first)."""
    authors = item.get("author")
    if not isinstance(authors, list) or len(authors) != 1 or set(authors[0]) != {"given", "family"}:
        return
    m = _CAPS_PAIR_OPENING.match(body)
    given, family = str(authors[0]["given"]), str(authors[0]["family"])
    if m is None or m["name"] != f"{given} {family}" or known_given_word(given) or known_given_word(family):
        return  # ("VISCHER FRANK, Der Arbeitsvertrag": a family name and a given one, as French lists write them)
    item["author"] = [{"literal": m["name"]}]


# Harvard's title-first ``'ASCII' (2026) *Wikipedia*.`` and ``'code, n.' (2026) in *Oxford English Dictionary*.``:
# a quoted title opening the reference right before its bracketed year (or no date), then the work holding it
_QUOTED_TITLE_OPENING = lazy_pattern(
    r"^(?P<open>['‘\"“])(?P<title>(?:[^'‘’\"“”]|(?<=\w)['’](?=\w)){1,250})['’\"”]"  # (an apostrophe inside kept)
    r"\s*\((?:(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d\.|[Nn]o date)\)[.,]?\s+(?:in\s+)?(?P<rest>\S)"
)


def quoted_title_opening(item: Item, body: str) -> None:
    """(In place.) ``'XML Tutorial' (no date) *W3Schools*. Available at: …`` read with the quoted title as the
    author and the site after the date as the title: a quoted run opening the reference before its bracketed date is
    the title (no author), and what was read as the title right after the date (``in`` dropped) is the work or site
    holding it."""
    authors, title = item.get("author"), item.get("title")
    if not isinstance(authors, list) or len(authors) != 1 or not isinstance(title, str) or body[:1] not in "'‘\"“":
        return
    m = _QUOTED_TITLE_OPENING.match(body)
    if m is None:
        return
    quoted = m["title"].strip()
    name = authors[0].get("literal") or " ".join(str(authors[0].get(p, "")) for p in ("given", "family")).strip()
    if str(name).strip("'‘’\"“” ") != quoted:
        return
    held = title[3:] if title.startswith("in ") else title
    if not body.startswith(held, m.start("rest")) and not body.startswith(held, m.start("rest") + 1):
        return  # (the title read is not the part after the date: another reading)
    if not item.get("container-title"):
        item["container-title"] = held
    item["title"] = quoted
    del item["author"]
    confidence = biblio_data(item).get("field_confidence")
    if isinstance(confidence, dict):
        confidence.pop("author", None)
    add_flag(item, NO_AUTHOR)


# a cleric's title written after (or inside) the name in older French catalogues, which file persons family name
# first without a comma: "Drioux abbé.", "Gaume J. abbé.", "Battandier Albert Mgr.", "Lefèbvre Dom Gaspar.",
# "Bouix Marcel père.", "Benoît XV pape.", "Guérin Paul, Mgr."
_CLERICAL_TITLES = frozenset("abbé Mgr Mgr. père prêtre pape frère Dom Card. chanoine évêque curé".split())
_CLERICAL_HEAD = lazy_pattern(r"^(?P<names>[^()]{2,100}?)\.\s+\((?:1[5-9]|20)\d\d[a-z]?\)")
_REGNAL = lazy_pattern(r"[IVXL]{1,6}")


def clerical_family_first(item: Item, body: str) -> None:
    """(In place.) ``Barthe abbé, Fabre abbé. (1886). Title.`` and ``Gaume J. abbé. (1843).``: names before the
    bracketed year that carry a cleric's title are written family name first, the given names or initials after
    it and the title last (a pope's regnal number keeps his name whole, ``Benoît XV``); the title is no part of the
    name."""
    if "(" not in body or (m := _CLERICAL_HEAD.match(body)) is None:
        return
    parts = [p.split() for p in m["names"].split(", ")]
    if not any(w in _CLERICAL_TITLES for p in parts for w in p) or any(len(p) > 4 for p in parts):
        return
    names: list[dict[str, str]] = []
    for part in parts:
        words = [w for w in part if w not in _CLERICAL_TITLES]
        if not words:
            continue  # "Guérin Paul, Mgr.": the title after a comma of its own
        if not words[0][:1].isupper():
            return
        if any(_REGNAL.fullmatch(w) for w in words[1:]):
            names.append({"literal": " ".join(words)})
        elif len(words) == 1:
            names.append({"family": words[0]})
        else:
            names.append({"family": words[0], "given": " ".join(words[1:])})
    if names and isinstance(item.get("author"), list):
        item["author"] = names


def _squeezed(name: dict[str, object]) -> str:
    """A name's words run together without spaces (``K.J. Maidment`` and ``K. J. Maidment`` alike)."""
    return "".join(str(name.get(k, "")) for k in ("given", "family", "literal")).replace(" ", "")


def author_named_again_as_contributor(item: Item) -> None:
    """(In place.) ``Betty Radice. *Pliny the Younger. Letters.* Translated by Betty Radice. …``: a sole author read
    as one unsplit name (a literal, or a family holding the given names) whom the record names again as its
    translator or editor, split there into given and family names, is that person: the author's given names as
    written, the family name the contributor's."""
    authors = item.get("author")
    if not isinstance(authors, list) or len(authors) != 1 or not isinstance(authors[0], dict):
        return
    first = authors[0]
    written = str(first.get("literal") or ("" if first.get("given") else first.get("family", "")))
    if " " not in written.strip():
        return
    for role in ("translator", "editor"):
        for person in item.get(role) or ():
            if not isinstance(person, dict) or not person.get("family") or not person.get("given"):
                continue
            if _squeezed(person) == written.replace(" ", "") and written.endswith(str(person["family"])):
                given = written[: -len(str(person["family"]))].strip()
                item["author"] = [{"family": person["family"], "given": given}]
                return
