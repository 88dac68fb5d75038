"""Forms of humanities reference lists (``humanities_real31.jsonl``, ``humanities_real32.jsonl``): an APA entry
whose one author is written family name first with no comma, then a French or Central European given name (``Keller
Emile. (1866).``), and an author-date book's subtitle before the town with nothing marking a source. The examples
are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_family_then_given_with_no_comma_before_the_year() -> None:
    for text, family, given in (
        ("Roussel Émile. (1871). Histoire des conciles provinciaux. Librairie Lecoffre, Lyon.", "Roussel", "Émile"),
        ("Delorme Georges. (1903). Le droit des paroisses. Librairie Poussielgue, Paris.", "Delorme", "Georges"),
        ("Fabre Guillaume. (1712). Traité des cérémonies de l'Eglise. Chez Barbou, Limoges.", "Fabre", "Guillaume"),
        ("Nowicki Jan. (1998). Dzieje parafii wiejskich. Wydawnictwo Naukowe, Kraków.", "Nowicki", "Jan"),
    ):
        item = parse_reference(text)
        assert item["author"] == [{"family": family, "given": given}], text
        assert item["issued"] == {"date-parts": [[int(text.split("(")[1][:4])]]}


def test_given_then_family_with_no_comma_stays_as_written() -> None:
    # a given name the lexicon knows opens the name: it is no family name
    item = parse_reference("Paul Delorme. (1903). Le droit des paroisses rurales. Librairie Poussielgue, Paris.")
    assert item["author"] == [{"family": "Delorme", "given": "Paul"}]


def test_author_date_subtitle_before_the_town_stays_in_the_title() -> None:
    item = parse_reference(
        "A. Nowak, B. Wiśniewski (2010). Kupcy z wyboru. Rodziny pochodzenia włoskiego w Krakowie w XVII i XVIII "
        "wieku. Kraków, p. 12."
    )
    assert item["title"] == "Kupcy z wyboru. Rodziny pochodzenia włoskiego w Krakowie w XVII i XVIII wieku"
    assert "container-title" not in item
    assert item["publisher-place"] == "Kraków"


def test_quoted_title_before_its_source_and_town_keeps_the_source() -> None:
    item = parse_reference("Nowak, A. (2004) ‘Kamienice Starego Miasta’, Rocznik Krakowski, Kraków, pp. 45-60.")
    assert item["title"] == "Kamienice Starego Miasta"
