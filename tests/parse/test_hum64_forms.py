"""Forms of humanities reference lists (``humanities_real30.jsonl``): a person who published the work named again
as its publisher, a list in natural order cut after its ``&``, ABNT's names divided by full stops and its
``Tradução:`` and its edition between dashes, a collection named before a placeless publisher, ABNT's journal
closed by a full stop before its town and numbers, and a title's closing span of years read as pages. The examples
are written for these tests."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.mends.abnt_journals import title_years_read_as_pages
from biblio.parse.mends.names import name_after_conjunction
from biblio.parse.normalisers.names import parse_names
from biblio.parse.spans import Span


def families(item: dict[str, Any], role: str = "author") -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get(role, [])]


def spans_of(text: str, parts: list[tuple[str, str]]) -> list[Span]:
    out, at = [], 0
    for label, part in parts:
        start = text.index(part, at)
        out.append(Span(label, part, start, start + len(part)))
        at = start + len(part)
    return out


def test_self_published_person_stays_a_person() -> None:
    item = parse_reference("Daniel Okafor. *River Songs of the Delta*. Lagos: Daniel Okafor, 2011.")
    assert item["author"] == [{"family": "Okafor", "given": "Daniel"}]
    assert item["publisher"] == "Daniel Okafor"
    # a body named again as the publisher is still a body
    body = parse_reference("Europeana Newspapers. *Final Public Release*. Europeana Newspapers, 2015.")
    assert body["author"] == [{"literal": "Europeana Newspapers"}]


def test_last_name_after_ampersand_read_into_the_title() -> None:
    text = "Jérôme Martin & Georges Petit. *Rimes du Levant*. Éditions Solstice, 2014."
    spans = spans_of(
        text,
        [
            ("author", "Jérôme Martin &"),
            ("title", "Georges Petit. *Rimes du Levant*."),
            ("publisher", "Éditions Solstice,"),
            ("date", "2014."),
        ],
    )
    mended = name_after_conjunction(spans, text)
    assert [(s.label, s.text) for s in mended[:2]] == [
        ("author", "Jérôme Martin & Georges Petit."),
        ("title", "*Rimes du Levant*."),
    ]
    # a title that opens on no given name stays the title
    other = "Jérôme Martin & *Rimes du Levant*. Éditions Solstice, 2014."
    plain = spans_of(other, [("author", "Jérôme Martin &"), ("title", "*Rimes du Levant*.")])
    assert name_after_conjunction(plain, other) == plain


def test_abnt_names_divided_by_full_stops() -> None:
    assert parse_names("MOREIRA, Ana Paula. SANTOS, Carlos Eduardo.") == [
        {"family": "MOREIRA", "given": "Ana Paula"},
        {"family": "SANTOS", "given": "Carlos Eduardo"},
    ]
    assert families({"author": parse_names("LIMA, Rosa M. TAVARES, Júlio. NUNES, Edite R.")}) == [
        "LIMA",
        "TAVARES",
        "NUNES",
    ]
    item = parse_reference(
        "MOREIRA, Ana Paula. SANTOS, Carlos Eduardo. Festas e irmandades na Bahia colonial. "
        "Revista de História, 12 (1999), 45-67."
    )
    assert families(item) == ["MOREIRA", "SANTOS"]


def test_abnt_translator_after_colon() -> None:
    item = parse_reference(
        "SILVA, João. História da música portuguesa. Tradução: Maria da Costa Lima. Lisboa: Edições 70, 2005."
    )
    assert item["title"] == "História da música portuguesa"
    assert families(item, "translator") == ["Costa Lima"]
    assert item["publisher"] == "Edições 70"


def test_collection_named_before_placeless_publisher() -> None:
    item = parse_reference("Marie Dubois. *Les Jardins du Nord*. Collection Horizons. Éditions du Lac, 2010.")
    assert item["publisher"] == "Éditions du Lac"
    assert item["collection-title"] == "Horizons"
    joined = parse_reference(
        "Marie Dubois. *Les Jardins du Nord*. Collection de Poésie Nouvelle. Éditions du Lac, 2010."
    )
    assert joined["collection-title"] == "Collection de Poésie Nouvelle"


def test_abnt_journal_closed_by_full_stop_before_town() -> None:
    item = parse_reference(
        "PEREIRA, L. “A festa do Divino”. *Revista de Folclore*. Recife, v. 12, n. 3, 2004, p. 10–25."
    )
    assert item["container-title"] == "Revista de Folclore"
    assert item["publisher-place"] == "Recife"
    assert (item["volume"], item["issue"]) == ("12", "3")


def test_title_closing_years_read_as_pages() -> None:
    text = "LAW, Ana. O tráfico em Uidá, 1850-66. Afro-Ásia, 27 (2002), 41-77"
    spans = spans_of(
        text,
        [
            ("author", "LAW, Ana."),
            ("title", "O tráfico em Uidá,"),
            ("pages", "1850-66. Afro-Ásia, 27"),
            ("date", "(2002),"),
            ("pages", "41-77"),
        ],
    )
    mended = title_years_read_as_pages(spans, text)
    assert [(s.label, s.text) for s in mended] == [
        ("author", "LAW, Ana."),
        ("title", "O tráfico em Uidá, 1850-66"),
        ("journal", "Afro-Ásia"),
        ("volume", "27"),
        ("date", "(2002),"),
        ("pages", "41-77"),
    ]


def test_abnt_edition_between_dashes() -> None:
    item = parse_reference(
        "ALMEIDA, Paulo. Tambores e terreiros da Bahia — 2a ed. rev. ampl. — Salvador: Edições Axé, 2010"
    )
    assert item["title"] == "Tambores e terreiros da Bahia"
    assert item["edition"] == "2"
    assert item["publisher-place"] == "Salvador"
