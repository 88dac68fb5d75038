"""APA and Chicago forms that style guides prescribe: APA's opening element and bracketed date that the
sequence model runs into another field (a dictionary entry by a group with ``(n.d.)``, a web page
cited title first), APA's ``[Description]`` set after the title's full stop, Chicago's newspaper
section after the date, a title within an italic title set in roman, and Chicago's note for a lecture
or a paper presented at a meeting. The examples are written for these tests."""

from __future__ import annotations

from typing import Any

from biblio.parse import parse_reference
from biblio.parse.chooser import apa_date_run_in
from biblio.parse.model.labeller import default_labeller
from biblio.parse.normalisers.publisher import imprint_apart

from .test_guides5_forms import _families


def test_dictionary_entry_by_a_one_word_group_with_no_date() -> None:
    item = parse_reference(
        "Collins-Hale. (n.d.). Resilience. In *Collins-Hale.com thesaurus*. Retrieved May 4, 2021, from "
        "https://www.collinshale.com/thesaurus/resilience"
    )
    assert _families(item["author"]) == ["Collins-Hale"]
    assert item["title"] == "Resilience"
    assert item["container-title"] == "Collins-Hale.com thesaurus"
    assert "issued" not in item
    assert item["accessed"] == {"date-parts": [[2021, 5, 4]]}


def test_web_page_cited_title_first_keeps_its_day_and_site() -> None:
    item = parse_reference(
        "*Roasted carrot soup*. (2017, October 3). Cheapeats. Retrieved January 9, 2020, from "
        "https://www.cheapeats.com/roasted-carrot-soup/"
    )
    assert item["title"] == "Roasted carrot soup"
    assert item["issued"] == {"date-parts": [[2017, 10, 3]]}
    assert item["container-title"] == "Cheapeats"
    assert item["accessed"] == {"date-parts": [[2020, 1, 9]]}
    assert "author" not in item and "note" not in item


def test_run_in_date_is_told_only_where_the_model_missed_it() -> None:
    labeller = default_labeller()
    apa = "Okoro, N., & Lind, T. (2020). Learning to cite: A field study. *Journal of Tools*, *12*(3), 45–67."
    assert not apa_date_run_in(labeller.read(apa))  # the model labelled that date
    late = "J. A. Smith, K. Lee, Learning to cite, Journal of Scholarly Tools 12 (2020) 45-67."
    assert not apa_date_run_in(labeller.read(late))  # no APA opening


def test_description_after_the_titles_full_stop() -> None:
    item = parse_reference(
        "Reyes, M. (2021, June 3-5). *Weaving traditions of the Andes*. [Paper presentation]. Textile Society "
        "Symposium, Lima, Peru. https://www.textilesociety.org/2021/reyes"
    )
    assert item["title"] == "Weaving traditions of the Andes"
    assert item["genre"] == "Paper presentation"
    assert item["type"] == "paper-conference"
    assert "container-title" not in item and "publisher-place" not in item


def test_newspaper_named_first_with_its_section() -> None:
    item = parse_reference('*Millbrook Courier*. "Harvest Fair Returns to the Square." September 14, 2018, sec. C3.')
    assert item["title"] == "Harvest Fair Returns to the Square"
    assert item["container-title"] == "Millbrook Courier"
    assert item["issued"] == {"date-parts": [[2018, 9, 14]]}
    assert "author" not in item


def test_newspaper_section_after_the_date_in_a_bibliography_entry() -> None:
    item = parse_reference('Okafor, Bisi. "Budget Talks Stall Again." *Lagos Ledger*, March 3, 2019, sec. A2.')
    assert item["container-title"] == "Lagos Ledger"
    assert item["issued"] == {"date-parts": [[2019, 3, 3]]}
    assert "A2" in str(item.get("section"))


def test_title_within_an_italic_title_is_set_in_roman() -> None:
    item = parse_reference("Mara Lind, *Reading Woolf's* To the Lighthouse (Boston: Harbor Lane Press, 2011), 42.")
    assert item["title"] == "Reading Woolf's To the Lighthouse"
    assert item["publisher"] == "Harbor Lane Press"
    assert "collection-title" not in item and "container-title" not in item


def test_series_after_italic_title_is_still_set_off() -> None:
    item = parse_reference(
        "Peter Vance, *Inference and Style*, Harbor Series in Statistics (Reading, MA: Addison-Wesley, 1964), 12."
    )
    assert item["title"] == "Inference and Style"


def test_lecture_note_names_the_host_and_the_date() -> None:
    item = parse_reference(
        'Rana Patel, "Glass and Light in Gothic Churches" (lecture, ARTH 210 Medieval Art, Dalhousie University, '
        "March 3, 2019)."
    )
    assert _families(item["author"]) == ["Patel"]
    assert item["title"] == "Glass and Light in Gothic Churches"
    assert item["publisher"] == "Dalhousie University"
    assert item["issued"] == {"date-parts": [[2019, 3, 3]]}
    assert "note" not in item and "container-title" not in item


def test_paper_presented_note_names_the_meeting() -> None:
    item = parse_reference(
        'Lena Ortiz, "Salt Roads of the Andes" (paper presented at the Annual Meeting of the Society for '
        "Andean Studies, Denver, April 7, 2017)."
    )
    assert item["title"] == "Salt Roads of the Andes"
    assert "Society for Andean Studies" in str(item.get("event-title"))
    assert item["issued"] == {"date-parts": [[2017, 4, 7]]}
    assert "publisher" not in item and "container-title" not in item


def test_lecture_entry_names_the_host_after_the_course() -> None:
    item = parse_reference(
        'Patel, Rana. "Glass and Light in Gothic Churches." Lecture, Medieval Art, Dalhousie University, March 3, 2019.'
    )
    assert item["publisher"] == "Dalhousie University"
    assert item["issued"] == {"date-parts": [[2019, 3, 3]]}


def test_site_whose_name_joins_two_words_with_a_mark() -> None:
    item = parse_reference(
        "Okoro, N. (2019). *Wound care basics* [PowerPoint slides]. Moodle@Lakeside College. https://moodle.lakeside.edu"
    )
    assert item["title"] == "Wound care basics"
    assert item["container-title"] == "Moodle@Lakeside College"
    assert "publisher-place" not in item and "publisher" not in item


def test_advertisement_cited_by_its_product() -> None:
    item = parse_reference("Lumen Coffee. Advertisement. *Harbor Living*, May 2015, 41.")
    assert item["title"] == "Lumen Coffee"
    assert item["genre"] == "Advertisement"
    assert item["container-title"] == "Harbor Living"
    assert item["issued"] == {"date-parts": [[2015, 5]]}
    assert item["page"] == "41"
    assert "author" not in item


def test_film_entry_with_its_kind_and_an_ordinal_studio() -> None:
    item = parse_reference(
        "Lind, Tomas, and Rana Patel. *Harbor Lights*. Motion picture. Directed by Bisi Okafor. Los Angeles: "
        "20th Century Studios, 1994."
    )
    assert item["title"] == "Harbor Lights"
    assert _families(item["director"]) == ["Okafor"]
    assert item["publisher"] == "20th Century Studios"
    assert item["publisher-place"] == "Los Angeles"
    assert "container-title" not in item


def test_catalogue_number_of_a_statistics_office() -> None:
    item = parse_reference(
        "Australian Bureau of Statistics 2011, *Household use of information technology*, cat. no. 8146.0, "
        "February, viewed 3 March 2012, <http://www.abs.gov.au/ausstats/abs@.nsf/mf/8146.0>."
    )
    assert item["title"] == "Household use of information technology"
    assert "container-title" not in item and "issue" not in item
    assert "8146.0" in str(item.get("note") or item.get("number"))


def test_format_named_before_the_publisher() -> None:
    item = parse_reference(
        "*Sunrise over the harbour at Eden* 2014, photograph, The Coastal Herald, 2 June, viewed 4 June 2014, "
        "<http://www.coastalherald.com.au/photos/>."
    )
    assert item["title"] == "Sunrise over the harbour at Eden"
    assert item["publisher"] == "The Coastal Herald"
    assert item["genre"] == "photograph"


def test_harvard_chapter_with_no_editors() -> None:
    item = parse_reference(
        "Okafor, B 2011, ‘Tidal trade’, in *Ports of the Pacific*, Harbor Press, Sydney, pp. 12-30."
    )
    assert item["title"] == "Tidal trade"
    assert item["container-title"] == "Ports of the Pacific"
    assert item["publisher"] == "Harbor Press"
    assert item["publisher-place"] == "Sydney"
    assert item["page"] == "12-30"


def test_database_and_provider_then_a_doi_glued_to_its_label() -> None:
    item = parse_reference(
        "Okafor, B & Lind, T 2010, ‘Tides of trade in the Pacific’, *Journal of Maritime Studies*, vol. 12, no. 2, "
        "pp. 40-58, viewed 3 May 2012, Academic Search Premier database, EBSCOHost, DOI10.1080/jms.2010.12.2.40."
    )
    assert item["container-title"] == "Journal of Maritime Studies"
    assert item["DOI"] == "10.1080/jms.2010.12.2.40"
    assert "publisher-place" not in item
    assert "EBSCOHost" in str(item.get("note"))


def test_thesis_school_after_its_town() -> None:
    item = parse_reference(
        "Lind, T 2004, *Tidal towns of the south coast*, thesis, Kiama, University of the South Coast, viewed "
        "2 March 2010, Australasian Digital Thesis database."
    )
    assert item["publisher"] == "University of the South Coast"
    assert item["publisher-place"] == "Kiama"


def test_thesis_department_in_capitals_before_its_school_stays_the_publisher() -> None:
    item: dict[str, Any] = {"type": "thesis", "genre": "PhD thesis", "publisher": "DAIMI, University of Aarhus"}
    imprint_apart(item)
    assert item["publisher"] == "DAIMI, University of Aarhus"
    assert "publisher-place" not in item
    town: dict[str, Any] = {"type": "thesis", "genre": "thesis", "publisher": "Kiama, University of the South Coast"}
    imprint_apart(town)
    assert (town["publisher"], town["publisher-place"]) == ("University of the South Coast", "Kiama")
