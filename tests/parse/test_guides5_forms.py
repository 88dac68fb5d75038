"""Chicago author-date forms that textbooks' reference lists print (``guides_real5.jsonl``): a reprint's
original year in brackets before the year cited, a film's ``dir.`` and its running time, a talk's
``Filmed …`` line, a book's series between its italic title and the publication facts, an editor's
``6th ed., vol. 6`` before a chapter's pages, an online article number in a journal's pages, a place
with no publisher, a blog cited whole, a news site, a body whose name opens with a country's
abbreviation and a double family name after a middle initial. The examples are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.normalisers.names import family_after_middle_initial, parse_person_list
from biblio.parse.readers.chicago.parser import parse_chicago


def _families(names: object) -> list[str]:
    assert isinstance(names, list)
    return [str(n.get("family") or n.get("literal")) for n in names]


def test_reprint_year_in_brackets_before_the_year_cited() -> None:
    item = parse_reference("Lowe, Harriet, ed. (1962) 2011. *The Salt Roads of Provence*. Lyon: Presses du Sud.")
    assert item["issued"] == {"date-parts": [[2011]]}
    assert _families(item["editor"]) == ["Lowe"]
    assert item["publisher"] == "Presses du Sud" and item["publisher-place"] == "Lyon"


def test_film_director_and_running_time() -> None:
    item = parse_reference(
        "Okafor, Bisi, and Tomas Lind, dir. 1988. *River of Glass*. Video, 54:12. https://archive.org/details/riverofglass."
    )
    assert _families(item["director"]) == ["Okafor", "Lind"]
    assert "author" not in item and "editor" not in item
    assert "volume" not in item and "page" not in item and "container-title" not in item
    assert item["title"] == "River of Glass" and item["type"] == "motion_picture"


def test_film_with_studio_and_minutes() -> None:
    item = parse_chicago(
        "Reyes, Ana, dir. 2016. *Salt Harvest*. Cambridge, MA: Documentary Lab, Tufts University. Video, 93 min."
    )
    assert item is not None
    assert item["publisher"] == "Documentary Lab, Tufts University" and item["publisher-place"] == "Cambridge, MA"
    assert "page" not in item and item.get("medium") == "Video"


def test_talk_filmed_at_an_event() -> None:
    item = parse_chicago(
        "Mensah, Kofi. 2015. “What Rivers Remember.” Filmed June 2015 in Accra, Ghana. TED video, 14:05. "
        "https://www.ted.com/talks/kofi_mensah_what_rivers_remember."
    )
    assert item is not None
    assert item["title"] == "What Rivers Remember"
    assert not {"container-title", "publisher", "page", "publisher-place"} & set(item)
    assert item["URL"] == "https://www.ted.com/talks/kofi_mensah_what_rivers_remember"


def test_series_between_title_and_publication_facts() -> None:
    item = parse_reference(
        "Berg, Ingrid, ed. 2019. *Water and Kinship*. Oxford Studies in Social Anthropology 7. London: Routledge."
    )
    assert item.get("collection-title") == "Oxford Studies in Social Anthropology"
    assert "container-title" not in item and "volume" not in item
    assert item["publisher"] == "Routledge" and item["publisher-place"] == "London"


def test_encyclopedia_edition_and_volume_after_the_editors() -> None:
    item = parse_reference(
        "Ng, Clara. 2019. “Weaving.” In *The World Encyclopedia of Crafts*, edited by Paul R. Hale and "
        "Ida M. Sorensen, 3rd ed., vol. 2, 1201–1209. Detroit: Gale."
    )
    assert _families(item["editor"]) == ["Hale", "Sorensen"]
    assert item["edition"] == "3" and item["volume"] == "2" and item["page"].replace("–", "-") == "1201-1209"


def test_article_number_in_place_of_pages() -> None:
    item = parse_reference(
        "Lund, Erik, and Sara Holm. 2021. “Coastal Foragers of the North.” *Science Advances* 7 (12): eabc1234. "
        "https://doi.org/10.1126/sciadv.abc1234."
    )
    assert item["page"] == "eabc1234" and item["volume"] == "7" and item["issue"] == "12"


def test_place_without_publisher() -> None:
    item = parse_chicago("Burton, Richard F. 1860. *The Lake Regions of Central Africa*. London.")
    assert item is not None
    assert item["publisher-place"] == "London" and "publisher" not in item


def test_blog_cited_whole() -> None:
    item = parse_reference("Park, Jun. *Slow Reading* (blog). https://slowreading.blog/.")
    assert item["title"] == "Slow Reading"
    assert "container-title" not in item


def test_news_site_is_the_container() -> None:
    item = parse_chicago(
        "Ortiz, Lena. 2022. “Floods Close Mountain Roads.” AP News. March 3, 2022. https://apnews.com/article/floods-1234."
    )
    assert item is not None
    assert item["container-title"] == "AP News" and "publisher" not in item


def test_body_opening_with_a_country_abbreviation() -> None:
    item = parse_chicago(
        "US Fish and Wildlife Service. 2019. “Migratory Bird Counts.” May 2, 2019. https://www.fws.gov/birds/counts."
    )
    assert item is not None
    assert item["author"] == [{"literal": "US Fish and Wildlife Service"}]


def test_double_family_name_after_middle_initial() -> None:
    item = parse_chicago(
        "Vidal, Marta, and Lucía M. Paredes Ortiz. 2019. *Salt and Memory*. Lima: Instituto de Estudios Peruanos."
    )
    assert item is not None
    assert item["author"][1] == {"family": "Paredes Ortiz", "given": "Lucía M."}
    # an initial first: the word after it is a given name the person goes by
    natural = family_after_middle_initial(parse_person_list("H. Richard Niebuhr")[0])
    assert natural["family"] == "Niebuhr"


def test_volume_after_a_book_title() -> None:
    item = parse_chicago("Hart, Rosa. *Tales of the Northern Coast*. Vol. 3. Halifax: Harbour Press, 1999.")
    assert item is not None
    assert item["volume"] == "3" and item["publisher"] == "Harbour Press" and item["issued"] == {"date-parts": [[1999]]}


def test_numbered_paper_series() -> None:
    item = parse_chicago(
        "Coastal Survey. 2001. *Tide Gauges of the North Sea*. Technical Information Paper No 4. "
        "Aberdeen: Coastal Survey."
    )
    assert item is not None
    assert item.get("collection-title") == "Technical Information Paper" and item.get("collection-number") == "4"
    assert "container-title" not in item and "volume" not in item


def test_qualifiers_without_a_series_word_are_no_series() -> None:
    item = parse_chicago("Moreau, Anne. *Les Ports du Levant*. Troisième édition. Paris: Belles Lettres, 2014.")
    assert item is None or "collection-title" not in item


def test_number_of_volumes_and_reprint() -> None:
    item = parse_chicago("Marsh, Helen. 2003. *A History of the Northern Ports*. 2 vols. Edinburgh: Lothian Press.")
    assert item is not None
    assert item.get("number-of-volumes") == "2" and item["publisher-place"] == "Edinburgh"
    assert "container-title" not in item
    reprint = parse_chicago(
        "Marsh, Helen. (1961) 2003. *A History of the Northern Ports*. Reprint, Edinburgh: Lothian Press."
    )
    assert reprint is not None
    assert reprint["publisher-place"] == "Edinburgh" and reprint["issued"] == {"date-parts": [[2003]]}


def test_volume_of_a_named_series() -> None:
    item = parse_chicago(
        "Dubois, Claire, ed. 2011. *Essays on Memory*. Vol. 2 of *Studies in Remembering*. Paris: Éditions du Seuil."
    )
    assert item is not None
    assert item["volume"] == "2" and item.get("collection-title") == "Studies in Remembering"
    assert "container-title" not in item


def test_chapter_in_a_volume_of_a_multivolume_book() -> None:
    item = parse_chicago(
        "Hughes, Ana. 2015. “Salt Marshes.” In *Coastal Ecology*, edited by Leo Hart, 2:113–40. Boston: Beacon."
    )
    assert item is not None
    assert _families(item["editor"]) == ["Hart"]
    assert item["volume"] == "2" and item["page"].replace("–", "-") == "113-40"


def test_journal_numbered_by_issue_alone() -> None:
    item = parse_chicago("Kimura, Aya. 2022. “Night Trains.” *Granta*, no. 158 (Winter): 88–97.")
    assert item is not None
    assert item["container-title"] == "Granta" and item["issue"] == "158" and "volume" not in item


def test_directed_by_and_running_time() -> None:
    item = parse_chicago(
        "Renzi, Paolo. *Dust and Water*. Directed by Paolo Renzi. Turin: Nord Films, 2014. 1 hr., 42 min."
    )
    assert item is not None
    assert _families(item["director"]) == ["Renzi"] and item["publisher"] == "Nord Films"
    assert item["type"] == "motion_picture"


def test_lecture_with_its_host_place_and_date() -> None:
    item = parse_chicago(
        "Hale, Rowan. “Cold Harbours Revisited.” Lecture, Dalhousie University, Halifax, NS, March 3, 2019."
    )
    assert item is not None
    assert item["publisher"] == "Dalhousie University" and item["publisher-place"] == "Halifax, NS"
    assert item["issued"] == {"date-parts": [[2019, 3, 3]]} and "container-title" not in item
    assert item["type"] == "speech"


def test_note_chapter_editors_after_the_italic_title() -> None:
    item = parse_reference(
        "Rowan Hale, “The Last Ferry,” in *Island Stories*, ed. Ivy Moss and Tom Reyes (Halifax: Nimbus, 2016), 50."
    )
    assert item["container-title"] == "Island Stories"
    assert _families(item["editor"]) == ["Moss", "Reyes"]


def test_note_thesis_school_year_and_page_in_the_bracket() -> None:
    item = parse_reference("Rowan Hale, “Ice and Memory” (master’s thesis, University of Toronto, 2014), 12.")
    assert item["publisher"] == "University of Toronto"
    assert item["issued"] == {"date-parts": [[2014]]} and item["page"] == "12"


def test_note_newspaper_in_italics_after_the_quoted_title() -> None:
    item = parse_reference(
        "Rowan Hale, “Sea Ice Is Thinning Faster,” *Guardian*, January 5, 2020, https://www.example.org/sea-ice."
    )
    assert _families(item["author"]) == ["Hale"]
    assert item["container-title"] == "Guardian" and item["issued"] == {"date-parts": [[2020, 1, 5]]}


def test_post_with_handle_and_time_of_day() -> None:
    item = parse_chicago(
        "Vidal, Marta (@martavidal). “Back from the archive today.” Twitter, March 3, 2021, 9:14 p.m. "
        "https://twitter.com/martavidal/status/123."
    )
    assert item is not None
    assert item["author"] == [{"family": "Vidal", "given": "Marta"}]
    assert item["container-title"] == "Twitter" and item["issued"] == {"date-parts": [[2021, 3, 3]]}
    assert "volume" not in item


def test_video_posted_on_a_date() -> None:
    item = parse_chicago(
        "Lind, Tomas. “How Glaciers Move.” Video, 12:41. Posted May 2, 2019. https://www.youtube.com/watch?v=x1."
    )
    assert item is not None
    assert item["issued"] == {"date-parts": [[2019, 5, 2]]} and "volume" not in item and "page" not in item


def test_chapter_in_a_volume_of_a_named_work() -> None:
    item = parse_chicago(
        "Hale, Rowan. 2015. “Harbour Lights.” In *The Sea*, 23–40. Vol. 2 of *Northern Histories*. "
        "Toronto: Coach House."
    )
    assert item is not None
    assert item["container-title"] == "The Sea" and item["volume"] == "2"
    assert item["publisher"] == "Coach House" and item["publisher-place"] == "Toronto"


def test_title_in_the_author_place_then_the_year() -> None:
    item = parse_chicago("*Dust and Water*. 2014. Directed by Paolo Renzi. Turin: Nord Films. 1 hr., 42 min.")
    assert item is not None
    assert item["title"] == "Dust and Water" and item["issued"] == {"date-parts": [[2014]]}
    assert _families(item["director"]) == ["Renzi"] and "author" not in item
    assert item["publisher"] == "Nord Films" and item["publisher-place"] == "Turin"


def test_running_time_is_kept_as_dimensions() -> None:
    # a film's or talk's running time is no volume or page, and not dropped either: CSL's ``dimensions``
    film = parse_chicago(
        "Reyes, Ana, dir. 2016. *Salt Harvest*. Cambridge, MA: Documentary Lab, Tufts University. Video, 93 min."
    )
    alone = parse_chicago(
        "Renzi, Paolo. *Dust and Water*. Directed by Paolo Renzi. Turin: Nord Films, 2014. 1 hr., 42 min."
    )
    talk = parse_chicago(
        "Mensah, Kofi. 2015. “What Rivers Remember.” Filmed June 2015 in Accra, Ghana. TED video, 14:05. "
        "https://www.ted.com/talks/kofi_mensah_what_rivers_remember."
    )
    assert film is not None and film["dimensions"] == "93 min"
    assert alone is not None and alone["dimensions"].startswith("1 hr., 42 min")
    assert talk is not None and talk["dimensions"] == "14:05" and talk["medium"] == "TED video"
