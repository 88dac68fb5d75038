"""Mend of a place whose town was read into the field before it: ``…, page 3111–3119, Red | Hook, NY, USA.``,
``ASTM International: West Conshohocken, | PA, USA,`` or MDPI's ``In Proceedings of …, Kohala Coast, HI, | USA,
27–29 August 2015;``, or a title's last sentence before ``Auckland, | New Zealand:``. A US state's code or a
country read as the whole place follows its town after a comma; MDPI's and the ACL's proceedings name the meeting's
``Town, Country`` before its dates."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.normalisers.places import REGIONS, TOWN, is_place
from biblio.parse.spans import Span

_CODE = r"[A-Z]{2}"
# a place lacking its town: "PA, USA", "NY, US", "USA" (a state's code, or a country alone)
_TOWNLESS = lazy_pattern(rf"^\s*(?:{_CODE}(?:,\s*[A-Z][\w.]*)?|[A-Z][\w.]*)[\s,.;:]*$")
# a country of two or three words ("New Zealand"), after a title's sentence only (a state's "New York" follows a
# publisher read as a town: "McGraw-Hill, New York")
_COUNTRY_WORDS = lazy_pattern(r"^\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){1,2}[\s,.;:]*$")
_TAIL = lazy_pattern(rf"(?P<lead>[,:]\s+)(?P<town>{TOWN}(?:,\s*{_CODE})?),?\s*$")
# a title's sentence closing before the town: "Architecture at Unitec. | Auckland, | New Zealand:"
_TAIL_AFTER_SENTENCE = lazy_pattern(
    rf"(?:(?<=[^\W\d_]{{2}}[.!?])|(?<=[^\W\d_][!?]\.))(?P<lead>\s+)(?P<town>{TOWN}),\s*$"
)
# a numbered meeting's town after its number, no comma between: "Meeting #106 | Prague, | Czech Republic"
_TAIL_AFTER_NUMBER = lazy_pattern(rf"(?<=\d)(?P<lead>\s+)(?P<town>{TOWN}),?\s*$")
_MEETING_NUMBER = r"\b(?:Meeting|Session|Conference|Workshop)\s#\d{1,4}"
_NUMBERED_MEETING = lazy_pattern(rf"{_MEETING_NUMBER}$")
# a town cut in two at the span's end ("Red | Hook"); a publisher before the place's colon
_SPLIT_TOWN = lazy_pattern(r",\s+(?P<word>[A-Z][\w'’-]*)$")
_PUBLISHER_BEFORE_COLON = lazy_pattern(r"(?<=[^\W\d_]{2})\.\s+(?P<pub>[A-Z][^.:;]{1,60}?)\s*$")
# a proceedings' title closing on the meeting's place: "…, Muscat, Oman," before the dates
# (or abbreviated, as the Russian journals' English editions write it: "Proc.", "Int. Conf.")
_MEETING = lazy_pattern(
    r"\b(?:Proceedings|Conference|Symposium|Workshop|Congress|Meeting|Proc\.|Conf\.|Symp\.|Congr\.)"
)
_MEETING_PLACE = lazy_pattern(rf",\s+(?P<place>{TOWN},\s*(?:{_CODE},\s*)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?),?\s*$")
# "…, GWCBR'99, in Würzburg,": the town after "in" closing the meeting's name (one or two capitalised words)
_IN_TOWN = lazy_pattern(r",\s+in\s+(?P<place>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?),?\s*$")
# (Pleiades's "…, VIII Int. Conf. on …, Lviv, | 2002,": a known town alone after the comma)
_LONE_TOWN = lazy_pattern(r",\s+(?P<place>[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)?),?\s*$")


# a note that is a town alone and its comma ("East Lansing,")
_WHOLE_TOWN = lazy_pattern(rf"{TOWN},\s*")


def _is_region(text: str) -> bool:
    return all(p.strip(" .").lower() in REGIONS or len(p.strip(" .")) == 2 for p in text.split(",") if p.strip(" ."))


@needs(labels=["location"])
def town_before_place(spans: list[Span], text: str) -> list[Span]:
    """The town closing the span before a townless place (``Red | Hook, NY, USA``) belongs to the place."""
    for k in range(1, len(spans)):
        s, prev = spans[k], spans[k - 1]
        if s.label != "location":
            continue
        split = _SPLIT_TOWN.search(prev.text) if not text[prev.end : s.start].strip() else None
        if split is not None and s.text[:1].isupper() and is_place(f"{split['word']} {s.text.strip(' ,.;:')}"):
            # "Red | Hook, NY, USA": one town cut in two
            a = prev.start + split.start("word")
            head = text[prev.start : prev.start + split.start()]
            place = Span("location", text[a : s.end], a, s.end, s.confidence)
            return [*spans[: k - 1], Span(prev.label, head, prev.start, prev.start + len(head), prev.confidence),
                    place, *spans[k + 1 :]]
        words = prev.label == "title" and _COUNTRY_WORDS.match(s.text) is not None
        if not (_TOWNLESS.match(s.text) or words) or not _is_region(s.text.strip(" ,.;:")):
            continue
        if prev.label not in ("pages", "container-title", "journal", "title", "publisher", "note"):
            return spans
        if prev.label == "note" and _WHOLE_TOWN.fullmatch(prev.text) and not text[prev.end : s.start].strip():
            # "…, 377-392. | East Lansing, | Mich.: Publisher": the town alone read as a note before its state
            return [*spans[: k - 1], Span("location", text[prev.start : s.end], prev.start, s.end, s.confidence),
                    *spans[k + 1 :]]
        m = _TAIL_AFTER_SENTENCE.search(prev.text) if words else _TAIL.search(prev.text)
        if m is None and prev.label == "title":
            m = _TAIL_AFTER_SENTENCE.search(prev.text)
        if m is None and "#" in prev.text and prev.label in ("title", "container-title"):
            m = _TAIL_AFTER_NUMBER.search(prev.text)
            if m is not None and not _NUMBERED_MEETING.search(prev.text, 0, m.start()):
                m = None
        if m is None or not is_place(f"{m['town']}, {s.text.strip(' ,.;:')}"):
            return spans
        cut = prev.start + m.start("town")
        head = text[prev.start : prev.start + m.start()]
        if not head.strip(" ,.;:"):
            return spans
        parts = [Span(prev.label, head, prev.start, prev.start + len(head), prev.confidence)]
        if m["lead"].startswith(":") and (pub := _PUBLISHER_BEFORE_COLON.search(head)) is not None:
            # "Book. ASTM International: West Conshohocken": the publisher before its place
            a, z = prev.start + pub.start("pub"), prev.start + pub.end("pub")
            parts = [
                Span(prev.label, text[prev.start : a], prev.start, a, prev.confidence),
                Span("publisher", text[a:z], a, z, prev.confidence),
            ]
        place = Span("location", text[cut : s.end], cut, s.end, s.confidence)
        return [*spans[: k - 1], *parts, place, *spans[k + 1 :]]
    return spans



# a numbered meeting's name closing on its place: "Meeting #106 Prague, Czech Republic"
_NUMBERED_MEETING_PLACE = lazy_pattern(
    rf"^(?P<head>.*{_MEETING_NUMBER})\s+(?P<place>{TOWN},\s*{TOWN})[,.]?\s*$"
)


@needs(any_label=["title", "container-title"], without=["location"])
def numbered_meeting_place(spans: list[Span], text: str) -> list[Span]:
    """``Meeting #106 Prague, Czech Republic, Aug. 26-30, 2019`` with the meeting's town and country read into its
    name: the name closes on its number, the town and country after it are the place."""
    if "location" in labels_of(spans):
        return spans
    for k, s in enumerate(spans):
        if s.label not in ("title", "container-title") or "#" not in s.text:
            continue
        m = _NUMBERED_MEETING_PLACE.match(s.text)
        if m is None or not is_place(m["place"]):
            return spans
        a, z = s.start + m.start("place"), s.start + m.end("place")
        return [
            *spans[:k],
            Span(s.label, m["head"], s.start, s.start + m.end("head"), s.confidence),
            Span("location", text[a:z], a, z, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# the first of two towns joined by a slash, left in the span before: "… Programming Bad Honnef/ | Bonn, Germany";
# a town's opening word ("Bad", "Sankt", "San") goes with it
_SLASHED_TOWN = lazy_pattern(r"\s(?P<town>(?:(?:Bad|Sankt|St\.|San|Santa|Saint|Port|Fort)\s)?[A-Z][^\W\d_]+)/$")


@needs(labels=["location"])
def first_of_slashed_towns(spans: list[Span], text: str) -> list[Span]:
    """``Proceedings of the Fourth Workshop on X Bad Honnef/Bonn, Germany.`` with the first of the two towns read
    into the proceedings' name: the towns joined by the slash are one place."""
    for k in range(1, len(spans)):
        s, prev = spans[k], spans[k - 1]
        if s.label != "location" or text[s.start - 1 : s.start] != "/" or prev.end != s.start:
            continue
        if prev.label not in ("title", "container-title", "journal", "publisher"):
            return spans
        m = _SLASHED_TOWN.search(prev.text)
        if m is None or not is_place(s.text):
            return spans
        a = prev.start + m.start("town")
        head = text[prev.start : prev.start + m.start()]
        return [
            *spans[: k - 1],
            Span(prev.label, head, prev.start, prev.start + len(head), prev.confidence),
            Span("location", text[a : s.end], a, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


@needs(any_label=["container-title", "journal"], labels=["date"], without=["location"])
def meeting_place_closing_proceedings(spans: list[Span], text: str) -> list[Span]:
    """MDPI's ``In Proceedings of the …, Muscat, Oman, | 19–21 December 2017;`` with the meeting's place read
    into the proceedings' title: a town and its country closing it, right before the dates, are the place (as is
    a town after "in": ``Proceedings of the 7th German Workshop …, GWCBR'99, in Würzburg, | March 3-5, 1999.``)."""
    for k in range(len(spans) - 1):
        s = spans[k]
        if s.label not in ("container-title", "journal") or spans[k + 1].label != "date":
            continue
        m = _MEETING_PLACE.search(s.text) if _MEETING.search(s.text) else None
        if m is None or not is_place(m["place"]):
            m = _IN_TOWN.search(s.text) if _MEETING.search(s.text) else None
            if m is None:
                # (not inside italics: "*… Computer Vision, Kyoto* (2009)" names the town in the title)
                lone = _MEETING.search(s.text) and not any(c in text[s.start : s.end + 2] for c in "*_")
                m = _LONE_TOWN.search(s.text) if lone else None
                if m is None or not is_place(m["place"]):
                    return spans
        a = s.start + m.start("place")
        head = text[s.start : s.start + m.start()]
        return [
            *spans[:k],
            Span(s.label, head, s.start, s.start + len(head), s.confidence),
            Span("location", text[a : s.end], a, s.end, s.confidence),
            *spans[k + 1 :],
        ]
    return spans


# "…Annual International Meeting; Disney’s Coronado Springs Resorts,": the meeting's venue after a semicolon
_VENUE_AFTER_SEMICOLON = lazy_pattern(r";\s+(?P<venue>[A-Z][^;]*,)\s*$")
# an editor's or a house's words: no meeting's place
_HOUSE_OR_ROLE = lazy_pattern(r"\b(?:Eds?\.|[Ee]ditors?|Press|Publish\w*|Verlag|Inc\.|Ltd\.)|:")


def _closes_on_place(text: str) -> bool:
    """Whether the last two or three comma parts of ``text`` are a place (``Hotel Nikko, Osaka, Japan``)."""
    parts = [p.strip() for p in text.strip(" ,;.").split(",")]
    return any(is_place(", ".join(parts[-n:])) for n in (3, 2) if len(parts) >= n)


def _opens_proceedings(s: Span) -> bool:
    return s.label == "container-title" and s.text.lstrip().startswith(("Proc", "In Proc"))


@needs(labels=["container-title"], any_label=["location", "editor", "publisher"], marks=["Proc"])
def venue_closing_proceedings(spans: list[Span], text: str) -> list[Span]:
    """MDPI's ``In Proceedings of the … Meeting; Disney’s Coronado Springs Resorts, | Orlando, FL, USA, 12–16 July
    1998.`` with the venue read into the proceedings' name: what follows its semicolon, right before the town, is
    the place's first part. The venue and town read as an editor's names or a house (``Meeting; | Hotel Nikko,
    Osaka, Japan, | 3–5 May 2015``, ``Soil Surfaces | , Eger, Hungary, | 30 September…``) are the place too."""
    for k in range(len(spans) - 1):
        s, nxt = spans[k], spans[k + 1]
        if not _opens_proceedings(s) or text[s.end : nxt.start].strip(" ,"):
            continue
        if nxt.label in ("editor", "publisher"):
            after = spans[k + 2].label if k + 2 < len(spans) else ""
            if after != "date" or _HOUSE_OR_ROLE.search(nxt.text) or not _closes_on_place(nxt.text):
                return spans
            return [*spans[: k + 1], Span("location", nxt.text, nxt.start, nxt.end, nxt.confidence), *spans[k + 2 :]]
        if nxt.label != "location" or not is_place(nxt.text.strip(" ,.;")):
            return spans
        if (m := _VENUE_AFTER_SEMICOLON.search(s.text)) is None:
            return spans
        z, a = s.start + m.start(), s.start + m.start("venue")
        return [*spans[:k], Span(s.label, text[s.start : z], s.start, z, s.confidence),
                Span("location", text[a : nxt.end], a, nxt.end, min(s.confidence, nxt.confidence)),
                *spans[k + 2 :]]
    return spans
