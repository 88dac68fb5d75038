"""Forms of MLA 9 and Harvard (BS 5605, as the University of Bath writes it) the parser reads
(tests/data/parse/mla_harvard_real.jsonl): ``[Online]`` after a title, ``7th ed. Place: Publisher``,
MLA's ``Publisher, Year`` without a place, ``edited by Name, Publisher,``, a meeting's days before
the proceedings' pages, an organisation before a bare year, a thesis's degree, a report's number, a
newspaper's day and month after its name."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference, read_reference
from biblio.parse.mends.addresses import address_runs_on
from biblio.parse.mends.colon_imprints import place_colon_publisher
from biblio.parse.mends.edition_heads import edition_opens_imprint
from biblio.parse.mends.edition_title import edition_word_apart
from biblio.parse.mends.event_dates import meeting_days_apart
from biblio.parse.mends.media import medium_apart
from biblio.parse.mends.mla_imprints import editors_end_at_comma, joined_publisher, publisher_without_place
from biblio.parse.mends.opening_dates import names_before_plain_date
from biblio.parse.mends.report_numbers import number_after_publisher
from biblio.parse.mends.theses import degree_opens_imprint
from biblio.parse.spans import Span
from tests.parse.span_cases import spans_of


def labelled(spans: list[Span]) -> list[tuple[str, str]]:
    for s in spans:
        assert s.end >= s.start
    return [(s.label, s.text.strip()) for s in spans]


# --- Harvard (BS 5605 / Bath) -------------------------------------------------------------------


def test_harvard_book_with_medium_edition_and_place() -> None:
    item = parse_reference(
        "Marsh, P.K., ed., 2018. *Handbook of coastal surveying* [Online]. 3rd ed. Truro: Cornish Maritime Press. "
        "Available from: http://www.example.org/coastal [Accessed 2 March 2019]."
    )
    assert item["editor"][0]["family"] == "Marsh"
    assert item["title"] == "Handbook of coastal surveying"
    assert item["edition"] == "3"
    assert item["publisher-place"] == "Truro"
    assert item["publisher"] == "Cornish Maritime Press"
    assert item["URL"] == "http://www.example.org/coastal"
    assert item["accessed"]["date-parts"][0] == [2019, 3, 2]


def test_harvard_edition_before_place() -> None:
    item = parse_reference(
        "Okafor, C. and Lind, B., 2015. *Soil mechanics for builders*. 4th ed. Glasgow: Thornbury Publishing."
    )
    assert item["edition"] == "4"
    assert item["publisher-place"] == "Glasgow"
    assert item["publisher"] == "Thornbury Publishing"


def test_medium_leaves_the_title() -> None:
    text = "Rowe, T., 2020. *Tidal energy explained* [Online]. Available from: https://example.org/tidal"
    spans = spans_of(
        text,
        ("author", "Rowe, T.,"),
        ("date", "2020."),
        ("title", "Tidal energy explained* [Online]."),
        ("url", "Available from: https://example.org/tidal"),
    )
    mended = labelled(medium_apart(spans, text))
    assert ("title", "Tidal energy explained*") in mended
    assert ("medium", "[Online]") in mended


def test_medium_leaves_the_publisher_then_place_splits() -> None:
    text = "Rowe, T., 2020. *Tidal energy* [Kindle version 2.1]. Penzance: Rowe Books."
    spans = spans_of(
        text,
        ("author", "Rowe, T.,"),
        ("date", "2020."),
        ("title", "Tidal energy"),
        ("publisher", "[Kindle version 2.1]. Penzance: Rowe Books."),
    )
    mended = place_colon_publisher(medium_apart(spans, text), text)
    assert labelled(mended)[-3:] == [
        ("medium", "[Kindle version 2.1]"),
        ("location", "Penzance"),
        ("publisher", "Rowe Books."),
    ]


def test_place_colon_publisher_needs_a_short_name_before_the_colon() -> None:
    text = "Rowe, T., 2020. Title. Studies in Energy: A Quarterly Review."
    spans = spans_of(
        text,
        ("author", "Rowe, T.,"),
        ("date", "2020."),
        ("title", "Title."),
        ("publisher", "Studies in Energy: A Quarterly Review."),
    )
    assert place_colon_publisher(spans, text) == spans  # "Studies in …" is no place


def test_edition_word_joins_the_ordinal() -> None:
    text = "Smith, Ann. *Tides*. 2nd ed., Harbour Books, 2001."
    spans = spans_of(
        text,
        ("author", "Smith, Ann."),
        ("title", "Tides*."),
        ("edition", "2nd"),
        ("publisher", "ed., Harbour Books,"),
        ("date", "2001."),
    )
    assert labelled(edition_word_apart(spans, text))[2:4] == [
        ("edition", "2nd ed."),
        ("publisher", "Harbour Books,"),
    ]


def test_edition_read_as_a_note() -> None:
    text = "*Atlas of the Hebrides*, 1977. 3rd ed. Oban: Sound Press."
    spans = spans_of(
        text,
        ("title", "Atlas of the Hebrides*,"),
        ("date", "1977."),
        ("note", "3rd ed."),
        ("location", "Oban:"),
        ("publisher", "Sound Press."),
    )
    assert labelled(edition_opens_imprint(spans, text))[2] == ("edition", "3rd ed.")


def test_meeting_days_are_no_pages() -> None:
    item = parse_reference(
        "Hale, R., 1981. Drainage of upland peat. *Proceedings of the 4th Peatland Symposium*, 9–11 September "
        "1980 Durham. Durham: Northern Universities Press, pp.55–61."
    )
    assert item["page"] == "55-61" or item["page"] == "55–61"
    assert item["container-title"] == "Proceedings of the 4th Peatland Symposium"
    assert item["issued"]["date-parts"][0][0] == 1981


def test_meeting_days_need_marked_pages() -> None:
    text = "Hale, R., 1981. Drainage. *Proceedings*, 9–11 September 1980."
    spans = spans_of(
        text,
        ("author", "Hale, R.,"),
        ("date", "1981."),
        ("title", "Drainage."),
        ("container-title", "Proceedings*,"),
        ("pages", "9–11"),
        ("date", "September 1980."),
    )
    assert meeting_days_apart(spans, text) == spans


def test_organisation_before_a_bare_year_is_the_author() -> None:
    text = "WHO, 2004. *Global report on malaria*. Geneva: WHO."
    spans = spans_of(
        text,
        ("publisher", "WHO,"),
        ("date", "2004."),
        ("title", "Global report on malaria*."),
        ("location", "Geneva:"),
        ("publisher", "WHO."),
    )
    assert labelled(names_before_plain_date(spans, text))[0] == ("author", "WHO,")


def test_italic_title_before_a_bare_year_stays_a_title() -> None:
    text = "*Whitaker's almanack*, 2004. London: A & C Black."
    spans = spans_of(text, ("journal", "Whitaker's almanack*,"), ("date", "2004."), ("title", "London:"))
    assert names_before_plain_date(spans, text) == spans


def test_thesis_degree_before_the_university() -> None:
    text = "Quinn, M., 1999. *Rural schools in Ulster*. Thesis (PhD). University of Ulster, Coleraine."
    spans = spans_of(
        text,
        ("author", "Quinn, M.,"),
        ("date", "1999."),
        ("title", "Rural schools in Ulster*."),
        ("publisher", "Thesis (PhD). University of Ulster,"),
        ("location", "Coleraine."),
    )
    mended = labelled(degree_opens_imprint(spans, text))
    assert ("genre", "Thesis (PhD)") in mended and ("publisher", "University of Ulster,") in mended


def test_report_number_leaves_the_publisher() -> None:
    spans = spans_of("x London: TSO (Cm. 6041).", ("location", "London:"), ("publisher", "TSO (Cm. 6041)."))
    assert labelled(number_after_publisher(spans, "x London: TSO (Cm. 6041)."))[1:] == [
        ("publisher", "TSO"),
        ("note", "(Cm. 6041)"),
    ]


def test_address_with_a_comma_runs_to_the_space() -> None:
    text = "Available from: https://example.org/File:Bath,_England.jpg [Accessed 7 January 2016]."
    spans = spans_of(
        text,
        ("url", "Available from: https://example.org/File:Bath,"),
        ("location", "_England"),
        ("accessed", ".jpg [Accessed 7 January 2016]."),
    )
    mended = labelled(address_runs_on(spans, text))
    assert mended[0] == ("url", "Available from: https://example.org/File:Bath,_England.jpg")
    assert mended[1] == ("accessed", "[Accessed 7 January 2016].")


# --- MLA 9 ----------------------------------------------------------------------------------------


def test_mla_publisher_without_place() -> None:
    item = parse_reference("Grant, Helen. *The Winter Orchard*. Translated by Omar Rauf, Harvill, 2004.")
    assert item["publisher"] == "Harvill"
    assert "publisher-place" not in item
    assert item["translator"][0]["family"] == "Rauf"


def test_mla_university_press_without_place() -> None:
    item = parse_reference('Owen, Clara. "Salt Roads." *Essays on the Atlantic*, U of Nebraska P, 2010, pp. 12-30.')
    assert item["publisher"] == "U of Nebraska P"
    assert "publisher-place" not in item


def test_mla_lone_place_before_year_stays_a_place() -> None:
    text = "Owen, Clara. *Salt Roads*. Edited by Sam Hill, Boston, 1902."
    spans = spans_of(
        text,
        ("author", "Owen, Clara."),
        ("title", "Salt Roads*."),
        ("editor", "Edited by Sam Hill,"),
        ("location", "Boston,"),
        ("date", "1902."),
    )
    assert publisher_without_place(spans, text) == spans


def test_mla_publisher_joined_by_and() -> None:
    text = "Dunn, Ivy. *Harbour Lights*. Smith and Daughters, 1999."
    spans = spans_of(
        text,
        ("author", "Dunn, Ivy."),
        ("title", "Harbour Lights*."),
        ("location", "Smith"),
        ("publisher", "and Daughters,"),
        ("date", "1999."),
    )
    assert labelled(joined_publisher(spans, text))[2] == ("publisher", "Smith and Daughters,")


def test_mla_editors_end_at_the_first_comma() -> None:
    item = parse_reference(
        'Pike, Noor. "Lamps." *Stories of the Fens*, edited by Ruth Gale, Anglia State P, 2015, pp. 5-19.'
    )
    assert item["editor"] == [{"family": "Gale", "given": "Ruth"}]
    assert item["publisher"] == "Anglia State P"
    text = "Pike, Noor. *Lamps*. Edited by Ruth Gale, Tom Reid, and Ann Fox, 2015."
    spans = spans_of(
        text,
        ("author", "Pike, Noor."),
        ("title", "Lamps*."),
        ("editor", "Edited by Ruth Gale, Tom Reid, and Ann Fox,"),
        ("date", "2015."),
    )
    assert editors_end_at_comma(spans, text) == spans  # MLA's serial comma: three editors


# --- titles and containers ------------------------------------------------------------------------


def test_work_known_by_its_title_opens_with_it() -> None:
    item = parse_reference("*Chambers biographical dictionary*, 1990. 5th ed. Edinburgh: Chambers.")
    assert item["title"] == "Chambers biographical dictionary"
    assert item["edition"] == "5"
    assert "author" not in item
    item = parse_reference("*An Atlas of Dorset*. Wessex Publishing, 1987.")
    assert item["title"] == "An Atlas of Dorset"
    assert "author" not in item


def test_film_director_is_no_editor() -> None:
    item = parse_reference("*Brief encounter*, 1945. Film. Directed by David Lean. UK: Eagle-Lion.")
    assert item["title"] == "Brief encounter"
    assert "editor" not in item
    assert item["director"][0]["family"] == "Lean"


def test_translated_title_and_bare_volume() -> None:
    item = parse_reference("Berg, K., 1988. Hur mår skogen? [How is the forest?] *Skogsbruk* 41, p.212.")
    assert item["title"] == "Hur mår skogen?"
    assert item["container-title"] == "Skogsbruk"
    assert item["volume"] == "41"
    assert item["page"] == "212"


def test_mla_database_is_the_source() -> None:
    item = parse_reference(
        'Moss, Ada. "Letters from Lagos." *African Review*, vol. 8, no. 2, 2004, pp. 10-24. *JSTOR*, '
        "www.jstor.org/stable/1234567."
    )
    assert item["container-title"] == "African Review"
    assert item["source"] == "JSTOR"
    assert item["URL"] == "www.jstor.org/stable/1234567"


def test_mla_book_in_volumes() -> None:
    item = parse_reference("Cole, Ian. *A History of the Canals*. Vol. 3, Tyne UP, 2008.")
    assert item["title"] == "A History of the Canals"
    assert "container-title" not in item
    assert item["volume"] == "3"
    assert item["publisher"] == "Tyne UP"


def test_mla_day_month_year_is_the_date() -> None:
    item = parse_reference('Reyes, Tomas. "Hops." *Home Brew Hour*, 14 Mar. 2016, https://example.org/hops.mp3.')
    assert item["issued"]["date-parts"][0] == [2016, 3, 14]
    assert "page" not in item


def test_mla_edition_after_the_translator() -> None:
    item = parse_reference("Vale, Iris. *The Salt Marsh*. Translated by Ben Ode, 2nd ed., Solent UP, 2011.")
    assert item["translator"] == [{"family": "Ode", "given": "Ben"}]
    assert item["edition"] == "2"
    assert item["publisher"] == "Solent UP"


def test_harvard_cite_them_right_forms() -> None:
    item = parse_reference("Lowe, P. (2017) *Estuary birds*. 3rd edn. Plymouth: Tamar Books.")
    assert (item["edition"], item["publisher-place"], item["publisher"]) == ("3", "Plymouth", "Tamar Books")
    item = parse_reference(
        "Office for Rivers (2021) *River quality report*. Available at: https://example.gov.uk/rivers "
        "(Accessed: 12 June 2022)."
    )
    assert item["author"] == [{"literal": "Office for Rivers"}]
    assert item["URL"] == "https://example.gov.uk/rivers"
    assert item["accessed"]["date-parts"][0] == [2022, 6, 12]


def test_edition_word_does_not_take_a_place_that_starts_like_it() -> None:
    text = "Rang, H., 2012. *Pharmacology*. 7th Edinburgh: Elsevier."
    spans = spans_of(
        text,
        ("author", "Rang, H.,"),
        ("date", "2012."),
        ("title", "Pharmacology*."),
        ("edition", "7th"),
        ("location", "Edinburgh:"),
        ("publisher", "Elsevier."),
    )
    assert edition_word_apart(spans, text) == spans


@pytest.mark.parametrize(
    ("text", "container", "issued"),
    [
        (
            "Harris, J. (2021) 'Why the high street is dying', The Guardian, 3 March, p. 12.",
            "The Guardian",
            [2021, 3, 3],
        ),
        (
            "BBC News (2020) 'Coronavirus: UK lockdown extended', BBC News, 16 April. Available at: "
            "https://www.bbc.co.uk/news/uk-52307100 (Accessed: 1 May 2020).",
            "BBC News",
            [2020, 4, 16],
        ),
    ],
)
def test_harvard_newspaper_day_and_month_after_its_name(text: str, container: str, issued: list[int]) -> None:
    item = read_reference(text)
    assert item["container-title"] == container
    assert item["issued"] == {"date-parts": [issued]}
    assert item["type"] == "article-newspaper"


def test_harvard_web_pages_day_and_month_after_its_quoted_title() -> None:
    # "15 November" was left as a note with the flag unparsed-remainder
    item = parse_reference(
        "BBC News (2021) 'COP26: What was agreed at the Glasgow climate conference?', 15 November. Available at: "
        "https://www.bbc.co.uk/news/science-environment-56901261 (Accessed: 20 November 2021)."
    )
    assert item["issued"] == {"date-parts": [[2021, 11, 15]]}
    assert "note" not in item
    assert "unparsed-remainder" not in item["custom"]["biblio"].get("flags", [])


def test_harvard_subtitle_after_a_comma_and_colon_is_no_place_and_publisher() -> None:
    # the APA reader read "England and Wales" as the place and "mid-2021" as the publisher
    from biblio.parse.readers import apa

    reading = apa.read(
        "Office for National Statistics (2022) Population estimates for the UK, England and Wales: mid-2021. "
        "Available at: https://www.ons.gov.uk/x (Accessed: 3 March 2023)."
    )
    assert reading is not None
    assert reading.item["title"] == "Population estimates for the UK, England and Wales: mid-2021"
    assert "publisher" not in reading.item and "publisher-place" not in reading.item


def test_harvard_unpublished_dissertation_names_its_degree_and_school() -> None:
    item = parse_reference(
        "Nelson, G. (2018) Digital literacy in primary schools. Unpublished MA dissertation. University of Bristol."
    )
    assert item["type"] == "thesis"
    assert (item.get("genre"), item.get("publisher")) == ("Unpublished MA dissertation", "University of Bristol")
