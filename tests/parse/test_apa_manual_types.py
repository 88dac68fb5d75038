"""APA 7's reference types beyond articles and books, in the manual's forms: a standard and a patent with
their numbers, a conference presentation's event and place, a dictionary entry with no date, a book its
author publishes (edition and DOI, no publisher)."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.records.model import NEEDS_REVIEW, flags


def test_standard_with_its_number() -> None:
    item = read_reference(
        "International Organization for Standardization. (2018). Risk management—Guidelines (ISO Standard No. "
        "31000:2018). https://www.iso.org/standard/65694.html"
    )
    assert item["type"] == "standard"
    assert item["title"] == "Risk management—Guidelines"
    assert item["number"] == "31000:2018"
    assert item["genre"] == "ISO Standard"


def test_patent_with_its_number() -> None:
    item = read_reference(
        "Hoffmann, K. (2019). Method for producing a widget (U.S. Patent No. 10,123,456). U.S. Patent and "
        "Trademark Office."
    )
    assert item["type"] == "patent"
    assert item["title"] == "Method for producing a widget"
    assert item["number"] == "10,123,456"


def test_conference_presentation_event_and_place() -> None:
    item = read_reference(
        "Jones, A. (2020, May 3). Keynote address [Conference presentation]. Annual Meeting of the Society for "
        "Research, Boston, MA, United States."
    )
    assert item["type"] == "paper-conference"
    assert item["title"] == "Keynote address"
    assert item["genre"] == "Conference presentation"
    assert item["event-title"] == "Annual Meeting of the Society for Research"
    assert item["event-place"] == "Boston, MA, United States"
    assert "publisher" not in item and NEEDS_REVIEW not in flags(item)


def test_undated_dictionary_entry_retrieved_on_a_date() -> None:
    item = read_reference(
        "Merriam-Webster. (n.d.). Culture. In Merriam-Webster.com dictionary. Retrieved December 5, 2023, from "
        "https://www.merriam-webster.com/dictionary/culture"
    )
    assert item["type"] == "entry-dictionary"
    assert item["author"] == [{"literal": "Merriam-Webster"}]
    assert item["title"] == "Culture"
    assert item["container-title"] == "Merriam-Webster.com dictionary"
    assert "issued" not in item
    assert item["accessed"] == {"date-parts": [[2023, 12, 5]]}


def test_book_published_by_its_author() -> None:
    item = read_reference(
        "American Psychological Association. (2020). Publication manual of the American Psychological "
        "Association (7th ed.). https://doi.org/10.1037/0000165-000"
    )
    assert item["type"] == "book"
    assert item["edition"] == "7"
    assert item["DOI"] == "10.1037/0000165-000"


def test_advance_online_publication_names_the_journal() -> None:
    item = read_reference(
        "Huestegge, S. M., Raettig, T., & Huestegge, L. (2019). Are face-incongruent voices harder to process? "
        "Experimental Psychology. Advance online publication. https://doi.org/10.1027/1618-3169/a000440"
    )
    assert item["type"] == "article-journal"
    assert item["container-title"] == "Experimental Psychology"
    assert item["title"] == "Are face-incongruent voices harder to process?"
    assert item["status"] == "Advance online publication"
    assert "publisher" not in item


def test_republished_work_after_its_publisher() -> None:
    item = read_reference(
        "Laplace, P.-S. (1951). A philosophical essay on probabilities (F. W. Truscott & F. L. Emory, Trans.). "
        "Dover Publications. (Original work published 1814)"
    )
    assert item["title"] == "A philosophical essay on probabilities"
    assert item["publisher"] == "Dover Publications"
    assert item["original-date"] == {"date-parts": [[1814]]}
    assert [t["family"] for t in item["translator"]] == ["Truscott", "Emory"]


def test_data_set_study_number_and_version() -> None:
    item = read_reference(
        "O'Donohue, W. (2017). Content analysis of undergraduate psychology textbooks (ICPSR 21600; Version V1) "
        "[Data set]. ICPSR. https://doi.org/10.3886/ICPSR36966.v1"
    )
    assert item["type"] == "dataset"
    assert item["title"] == "Content analysis of undergraduate psychology textbooks"
    assert item["number"] == "ICPSR 21600"
    assert item["version"] == "V1"


def test_song_on_an_album() -> None:
    item = read_reference("Beyoncé. (2016). Formation [Song]. On Lemonade. Parkwood; Columbia.")
    assert item["type"] == "song"
    assert item["title"] == "Formation"
    assert item["container-title"] == "Lemonade"


def test_tv_episode_writer_director_and_executive_producers() -> None:
    item = read_reference(
        "Oakley, B. (Writer), & Lazarus, J. (Director). (2010, April 11). Hard drive [TV series episode]. In B. "
        "Oakley & B. Oakley (Executive Producers), Tim and Eric Awesome Show, Great Job! Abso Lutely Productions."
    )
    assert item["type"] == "broadcast"
    assert item["author"] == [{"family": "Oakley", "given": "B."}]
    assert item["director"] == [{"family": "Lazarus", "given": "J."}]
    assert item["container-title"] == "Tim and Eric Awesome Show, Great Job!"
    assert len(item["executive-producer"]) == 2


def test_wikipedia_entry_without_author() -> None:
    item = read_reference(
        "Oregano. (2020, January 12). In Wikipedia. https://en.wikipedia.org/w/index.php?title=Oregano&oldid=935400803"
    )
    assert item["type"] == "entry-encyclopedia"
    assert item["title"] == "Oregano"
    assert item["container-title"] == "Wikipedia"
    assert "author" not in item


def test_preprint_on_its_server() -> None:
    item = read_reference(
        "Moshontz, H., Campbell, L., & Chartier, C. R. (2018). The Psychological Science Accelerator: Advancing "
        "psychology through a distributed collaborative network. PsyArXiv. https://doi.org/10.31234/osf.io/785qu"
    )
    assert item["type"] == "article"
    # the server carries the preprint, as the gold sets store it: its container, no publisher
    assert item["container-title"] == "PsyArXiv"
    assert "publisher" not in item


def test_podcast_station_named_with_its_city_is_the_publisher() -> None:
    item = read_reference(
        "Glass, I. (Host). (2011, August 12). Amusement park (No. 443) [Audio podcast episode]. In This American "
        "Life. WBEZ Chicago."
    )
    assert item["title"] == "Amusement park"
    assert item["number"] == "443"
    assert item["container-title"] == "This American Life"
    assert item["publisher"] == "WBEZ Chicago"
