"""GOST R 7.0.100 / 7.0.5 (and DSTU 8302) references: ``Heading. Title : other / responsibility. – Edition.
– Place : Publisher, Year. – Extent.`` for a book, ``… // Host. – Year. – Т. 30. – № 4. – С. 305–317.`` for
a part of a host (a journal's article, a chapter, a paper in proceedings).

The title area ends at `` / `` (the statement of responsibility, whose names are the authors) or at
the first area dash; a spaced colon opens other title information (a degree, ``in 2 т.``, a subtitle)
that is not part of the title.  After `` // `` come the host's title and its areas.  An area that
repeats the start of the title is a citation processor's short title and is stored nowhere.
"""

from __future__ import annotations

import re

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.readers.gost import names
from biblio.parse.readers.gost.elements import AREA, YEAR, place_element
from biblio.records.model import Item

_DOI = lazy_pattern(
    r"\.?\s*(?:[–—]\s*)?DOI:?\s*(?:https?://(?:dx\.)?doi\.org/)?(?P<doi>10\.\d{4,9}/\S+?)\.?(?=\s|$)", re.I
)
# "(дата обращения: 27.07.2025)", or an area of its own: ". — Дата звернення: 05.03.2026."
_ACCESSED = lazy_pattern(
    r"(?:\(\s*|\.?\s*[–—]\s*)?(?:дата обращения|дата звернення|accessed|data dostępu)\s*:?\s*"
    r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*\))?", re.I
)
_URL = lazy_pattern(
    r"(?:\.?\s*[–—]\s*)?(?:(?:Режим доступа|Режим доступу|URL|Available at|Access mode)\s*:\s*)?"
    r"(?P<url>https?://\S+?)(?:,\s*(?:свободный|вільний))?\.?(?=\s|$)",
    re.I,
)
# the notes a web document's description closes on, none its maker: "Загл. с экрана", "Электрон. дан.", "свободный"
_WEB_NOTE = lazy_pattern(
    r"Загл\. с экрана|Назва з екрана|Электрон\. (?:текстовые )?дан|Електрон\. дан|свободный|вільний"
)
_AREA_DASHES = lazy_pattern(r"\s*[–—]\s*")
_MEDIUM = lazy_pattern(r"\s*(?:[–—]\s*)?\[(?:Электронный|Електронний|Electronic) (?:ресурс|resource)\]\.?", re.I)
_CARRIER = lazy_pattern(r"\s*[–—]\s*(?:Текст|Text)\s*:\s*(?:электрон\w*|непосредств\w*|електрон\w*)\.?", re.I)
_ISBN = lazy_pattern(r"\s*[–—]\s*ISBN[\s:]*[\dXx-]+(?:\s*\([^)]*\))?\.?", re.I)
_LANGUAGE = lazy_pattern(r"\s*\((?:англ|нем|фр|рус|укр|ang|niem)\.\)")
_HOST = lazy_pattern(r"\s+//\s*")
# a place before the publisher's colon: "М.:", "М. :", "Санкт-Петербург :"
_PLACE_COLON = r"[A-ZА-ЯЁІЇЄҐ][\w-]*\.?\s?:\s"
# a place abbreviated before the year alone, as GOST 7.1's short host writes it: "// Труды …. М., 2019. С. 1–10."
_PLACE_COMMA_YEAR = rf"[А-ЯЁІЇЄҐ][а-яёіїєґ]{{0,3}}\.,\s*{YEAR}\b"
# a GOST R 7.0.5 host without area dashes: its title ends at the first ". " before the year, a number or the imprint
_HOST_SPLIT = lazy_pattern(rf"\.\s+(?={YEAR}\b|Т\.|№|Вып\.|Вип\.|Vol\.|{_PLACE_COLON}|{_PLACE_COMMA_YEAR})")
_ROLE = lazy_pattern(r"^(?:под\s+(?:общ\.\s+)?ред\.|ред\.|eds?\.|за\s+ред\.|red\.)\s*", re.I)
_THESIS = lazy_pattern(r"(?:дис\.|автореф\.|PhD thesis|thesis|dissertation|дис\b)", re.I)
# a whole thesis statement after an unspaced colon ("Title: PhD thesis"), never a subtitle that names theses
_THESIS_TAIL = lazy_pattern(
    r"(?:(?:PhD|Ph\.\s?D\.|Doctoral|Master'?s)?\s*(?:thesis|dissertation)|(?:дис|автореф)\..*)", re.I
)
_VOLUMES = lazy_pattern(r"^in\s+\d+\s+т\.|^в\s+\d+\s+т\.", re.I)
_VOLUME_IN_OTHER = lazy_pattern(r"\b(?:Т|Ч|Кн)\.\s*(?P<v>\d+)")
_PROCEEDINGS = lazy_pattern(
    r"Proceedings|Proc\.|Conference|Congress|Symposium|Workshop|конференц|симпозиум|Материалы|Тезисы|Сборник трудов"
)
# a journal's volume or issue ("№ 3", "Т. 12", "Вип. 2"): a host's numbers, which a book has not
NUMBERED = lazy_pattern(r"(?:№|\bТ\.|\bВып\.|\bВип\.)\s*\d")
# the labels of GOST's numbers, whose full stop is no element's end
_LABEL = lazy_pattern(r"Т|Тт|Вып|Вип|С|Сс|Стр|Ч|Кн|Vol|No|Nr|P|Pp|pp|Iss", re.I)
# a standard's designation heading its title: "ДСТУ 8302:2015. Інформація …", "DBN B.2.5-67:2013. Heating …"
_STANDARD = lazy_pattern(
    r"^(?P<number>(?:ДСТУ|ГОСТ|ДБН|СНиП|СанПиН|DSTU|GOST|DBN|SNiP|ISO|IEC|EN|BS|DIN)(?:/[A-Z]+)?"
    r"(?:\s+[A-ZА-ЯЁІЇЄ]\.?)?\s+[\w.]*\d[\w.:–-]*)\.\s+(?P<title>\S.*)$"
)
_JOURNAL = lazy_pattern(
    r"Journal|Журнал|Вестник|Вісник|Review|Letters|Transactions|Известия|Успехи|Доклады|Zeitschrift|Magazine"
)


def _take(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str] | None, str]:
    m = pattern.search(text)
    return (m, text[: m.start()] + text[m.end() :]) if m else (None, text)


_SPACE_RUN = lazy_pattern(r"\s{2,}")


def _identifiers(item: Item, text: str) -> str:
    """DOI, access date, address, medium, carrier and ISBN taken out of the text."""
    doi, text = _take(_DOI, text)
    if doi:
        item["DOI"] = doi.group("doi")
    accessed, text = _take(_ACCESSED, text)
    if accessed:
        day, month, year = (int(g) for g in accessed.groups())
        item["accessed"] = {"date-parts": [[year, month, day]]}
    url, text = _take(_URL, text)
    if url:
        item["URL"] = url.group("url")
    for pattern in (_MEDIUM, _CARRIER, _ISBN, _LANGUAGE):
        text = pattern.sub("", text)
    return _SPACE_RUN.sub(" ", text).strip()


def _plain(title: str) -> str:
    """A title without the Markdown stars of its italics and its closing full stop: ``*Title.*``."""
    return title.strip().strip("*").strip().rstrip(".").strip("*").strip()


def _title_block(item: Item, block: str) -> None:
    """Title, other title information and the statement of responsibility of the work or its host."""
    title, _, resp = block.partition(" / ")
    title, _, other = title.partition(" : ")
    if not other and ": " in title:
        # the colon unspaced, as entries typed by hand write it: "Title: PhD thesis / R. Fielding."
        proper, _, tail = title.rpartition(": ")
        if len(tail) <= 60 and _THESIS_TAIL.fullmatch(tail.strip()):
            title, other = proper, tail
    title = _plain(title.split(" = ")[0])
    head, _, short = title.rpartition(". ")
    if head and short and head.casefold().startswith(short.casefold()):
        title = head  # "Title: subtitle. Title" — the processor's short title after the full one
    item["title"] = title
    other = other.strip().rstrip(".")
    if _THESIS.search(other):
        item["type"] = "thesis"
        item["genre"] = other
    elif _VOLUMES.match(other) and (v := _VOLUME_IN_OTHER.search(other)):
        item["volume"] = v.group("v")
    if resp:
        role = _ROLE.match(resp.strip())
        found = names.responsibility(resp[role.end() :] if role else resp)
        if found:
            item["editor" if role else "author"] = found


def _host(item: Item, host: str, leftover: list[str]) -> None:
    areas = AREA.split(host)
    if len(areas) == 1:  # GOST R 7.0.5 without dashes: "Журнал. 2015. Т. 70, № 2. С. 45–52."
        first, *rest = _HOST_SPLIT.split(host, maxsplit=1)
        areas = [first] + [p for part in rest for p in _elements(part)]
    container: Item = {}
    _title_block(container, areas[0])
    if _SERIES_NUMBER.fullmatch(str(container["title"])):
        item["number"] = container["title"]  # "// RFC 7519. — IETF, 2015.": the series and number of a report
        item["type"] = "report"
    else:
        item["container-title"] = container["title"]
    for key in ("editor", "volume"):
        if key in container:
            item[key] = container[key]
    _areas(item, areas[1:], leftover)


_STOP = lazy_pattern(r"\.\s+")


def _elements(text: str) -> list[str]:
    """``1991. Вып. 2. С. 51–56``: the elements of an area without dashes, each number kept with its label."""
    out: list[str] = []
    for piece in _STOP.split(text):
        if out and _LABEL.fullmatch(out[-1]):
            out[-1] = f"{out[-1]}. {piece}"
        else:
            out.append(piece)
    return out


def _unmarked_host(body: str) -> tuple[str, str] | None:
    """DSTU 8302 lets the `` // `` go (``Назва статті. Вісник КНУ. 2019. № 3. С. 12–18.``): where a
    journal's numbers follow, the sentence before the year or the numbers is the host, the rest the title."""
    m = _HOST_SPLIT.search(body)
    if m is None or not NUMBERED.search(body, m.start()):
        return None
    cut = body.rfind(". ", 0, m.start())
    return (body[:cut], body[cut + 2 :]) if cut > 0 else None


_STOP_NOT_COLON = lazy_pattern(r"\.\s+(?!:)")


def _trailing_elements(body: str) -> list[str]:
    """A book in GOST R 7.0.5 without dashes (``Title. 2-е изд. М. : Наука, 2001. 456 с.``): the title
    block, then the elements that close the text (an imprint, an edition, the number of pages)."""
    pieces = _STOP_NOT_COLON.split(body.strip().rstrip("."))
    scratch: Item = {}
    cut = len(pieces)
    while cut > 1 and place_element(scratch, pieces[cut - 1]):
        cut -= 1
    return [". ".join(pieces[:cut]), *pieces[cut:]]


_BRACKETED = lazy_pattern(r"\(.*\)")
_A_DIGIT = lazy_pattern(r"\d")
_SERIES_NUMBER = lazy_pattern(r"(?:RFC|BCP|STD|FYI)\s?\d{1,5}")
_COMMA_SPACE = lazy_pattern(r",\s+")


def _areas(item: Item, areas: list[str], leftover: list[str]) -> None:
    title = str(item.get("title", "")).casefold()
    for area in areas:
        area = area.strip().rstrip(".").strip()
        if not area or place_element(item, area):
            continue
        if _BRACKETED.fullmatch(area) or (len(area) > 2 and title.startswith(area.casefold())):
            continue  # a series in parentheses; the processor's short title
        parts = [p for p in _COMMA_SPACE.split(area) if p]
        if len(parts) > 1 and all(place_element(item, p) for p in parts):
            continue
        leftover.append(area)


# a thesis's imprint names its place alone ("Новосибирск, 2014"), where a book's names its publisher
_ONE_WORD_PLACE = lazy_pattern(r"^[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ-]+$")
_INSTITUTION = lazy_pattern(
    r"Universit|Institut|College|School|Academy|Університет|Университет|Інститут|Институт|Академ"
)


def _type(item: Item, hosted: bool) -> str:
    if item.get("type") == "report":
        return "report"
    if item.get("type") == "thesis":
        if "publisher-place" not in item and _ONE_WORD_PLACE.match(str(item.get("publisher", ""))):
            item["publisher-place"] = item.pop("publisher")
        elif "publisher" not in item and _INSTITUTION.search(str(item.get("publisher-place", ""))):
            item["publisher"] = item.pop("publisher-place")  # "University of California, Irvine, 2000": its school
        return "thesis"
    if not hosted:
        return "book"
    container = str(item.get("container-title", ""))
    if _JOURNAL.search(container) or ("issue" in item and "publisher" not in item):
        return "article-journal"
    if _PROCEEDINGS.search(container):
        return "paper-conference"
    if "publisher" in item or "publisher-place" in item:
        return "chapter"
    return "article-journal"


def _maker_after_medium(area: str, text: str, medium: re.Match[str] | None) -> bool:
    """The area is the web document's maker: it comes straight after the medium's designation, holds no digit and
    is none of the standard notes ("Загл. с экрана", "Электрон. дан.")."""
    if medium is None or _A_DIGIT.search(area) or _WEB_NOTE.search(area):
        return False
    after = _AREA_DASHES.match(text, medium.end())
    return after is not None and text.startswith(area, after.end())


def parse_gost(text: str) -> tuple[Item, list[str]] | None:
    """The record and what was left unplaced, or None when the text has no GOST title area."""
    item: Item = {}
    text = text_in = text.strip()
    medium = _MEDIUM.search(text) if "[" in text else None
    # the medium's designation closes the title proper: a dash before it is the title's own ("OWASP Top 10 — 2025")
    title_proper = text[: medium.start()].strip() if medium is not None and " // " not in text[: medium.start()] else ""
    text = _identifiers(item, text)
    m = _HOST.search(text)
    part, host = (text[: m.start()], text[m.end() :].strip()) if m else (text, "")
    head = names.heading(part)
    body = part
    if head is not None:
        authors, body = head
        item["author"] = authors
    areas = AREA.split(body)
    dashes = len(AREA.findall(title_proper)) if title_proper and body.startswith(title_proper) else 0
    if dashes:
        areas = [title_proper, *areas[dashes + 1 :]]
    if len(areas) == 1 and not host and (unmarked := _unmarked_host(body)):
        body, host = unmarked
        areas = [body]
    elif len(areas) == 1 and not host:
        areas = _trailing_elements(body)
    _title_block(item, areas[0])
    if not item.get("title"):
        return None
    standard = None if host else _STANDARD.match(str(item["title"]))
    if standard:
        item["number"] = standard.group("number")
        item["title"] = _plain(standard.group("title"))
    leftover: list[str] = []
    _areas(item, areas[1:], leftover)
    if host:
        _host(item, host, leftover)
    web = medium is not None and not host and "URL" in item
    if web and leftover and "publisher" not in item and _maker_after_medium(leftover[0], text_in, medium):
        item["publisher"] = leftover.pop(0)  # "[Електронний ресурс]. — Mozilla. — Режим доступу: …": its maker
    item["type"] = "standard" if standard else "webpage" if web and "issued" not in item else _type(item, bool(host))
    return item, leftover
