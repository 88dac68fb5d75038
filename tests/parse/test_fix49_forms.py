"""Forms misread in real lists, round fix49: a body's name opening an APA reference with no stop before its
date, popes' and monarchs' names as authors, newspapers named in Chicago notes, two towns in a bracket after a
journal, and press releases.  The references here are written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import read_fields


@pytest.mark.parametrize(
    ("text", "body", "title"),
    [
        ("Athenahealth (2019). The physician experience survey. https://www.athenahealth.com/survey",
         "Athenahealth", "The physician experience survey"),
        ("Athenahealth (2019). Physician sentiment survey 2019. "
         "https://www.athenahealth.com/insight/physician-sentiment-survey",
         "Athenahealth", "Physician sentiment survey 2019"),
        ("Healthgrades (2019). Annual survey of patient access. https://www.healthgrades.com/survey",
         "Healthgrades", "Annual survey of patient access"),
        ("Healthline (2019). Annual survey of patient access. https://www.healthline.com/survey",
         "Healthline", "Annual survey of patient access"),
        ("Mozilla (2021). Internet health report.", "Mozilla", "Internet health report"),
    ],
)  # fmt: skip
def test_a_body_before_its_bracketed_date_is_the_author(text: str, body: str, title: str) -> None:
    fields = read_fields(text)
    assert fields["author"] == [{"literal": body}]
    assert fields["title"] == title
    assert "container-title" not in fields


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("John Paul II. (1995). Evangelium vitae. Vatican City: Libreria Editrice Vaticana.", "John Paul II"),
        ("Benedict XVI. 2009. Caritas in veritate. Vatican City: Libreria Editrice Vaticana.", "Benedict XVI"),
        ("Benedict XVI (2005). Deus caritas est. Vatican City: Libreria Editrice Vaticana.", "Benedict XVI"),
        ("Elizabeth II. (1953). Coronation speech. London.", "Elizabeth II"),
        ("Pius XI. (1931). Quadragesimo anno. Vatican City: Libreria Editrice Vaticana.", "Pius XI"),
        ("John XXIII. 1963. Pacem in terris. Vatican City: Libreria Editrice Vaticana.", "John XXIII"),
    ],
)  # fmt: skip
def test_a_regnal_name_is_one_name(text: str, name: str) -> None:
    assert read_fields(text)["author"] == [{"literal": name}]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Smith, J., III. (2001). A title. Boston: Beacon.", {"family": "Smith", "given": "J.", "suffix": "III"}),
        ("Smith, John, II. 2001. A title. Boston: Beacon.", {"family": "Smith", "given": "John", "suffix": "II"}),
    ],
)  # fmt: skip
def test_a_person_with_a_generation_keeps_the_parts(text: str, author: dict[str, str]) -> None:
    assert read_fields(text)["author"] == [author]


@pytest.mark.parametrize(
    ("text", "paper", "issued"),
    [
        ("Sherry Orange and Ron Pear, “Wary Centrists Challenge Health Care Reform,” Chicago Tribune, January 7, 2010, "
         "accessed January 8, 2010, http://www.tribune.com/2010/01/07/us/politics/health.html.",
         "Chicago Tribune", [2010, 1, 7]),
        ("Mary Schmich, “A Stopwatch on Death,” Chicago Tribune, January 7, 2010, accessed May 2, 2012, "
         "http://www.chicagotribune.com/news/schmich.html.", "Chicago Tribune", [2010, 1, 7]),
        ("Joan Ryan, “Giants Win Again,” San Francisco Chronicle, October 2, 2010, accessed October 5, 2010, "
         "http://www.sfgate.com/ryan.html.", "San Francisco Chronicle", [2010, 10, 2]),
        ("Tom Bell and Ana Cruz, “Wary Voters Weigh Reform,” Denver Post, January 7, 2010, accessed January 8, 2010, "
         "http://www.denverpost.com/2010/01/07/reform.html.", "Denver Post", [2010, 1, 7]),
        ("Danny Westneat, “A Ferry Too Far,” Seattle Times, March 12, 2015, accessed March 14, 2015, "
         "http://www.seattletimes.com/westneat.html.", "Seattle Times", [2015, 3, 12]),
        ("Schmich, Mary. “A Stopwatch on Death.” Chicago Tribune, January 7, 2010. Accessed May 2, 2012. "
         "http://www.chicagotribune.com/news/schmich.html.", "Chicago Tribune", [2010, 1, 7]),
    ],
)  # fmt: skip
def test_a_newspaper_after_a_quoted_title_is_the_container(text: str, paper: str, issued: list[int]) -> None:
    fields = read_fields(text)
    assert fields["container-title"] == paper
    assert "publisher-place" not in fields and "publisher" not in fields
    assert fields["issued"] == {"date-parts": [issued]}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Albareda, Cristina (2013). La duplicació pronominal en les relatives locatives en català. Zeitschrift für "
         "Katalanistik (Friburg, Bochum), v. 26, p. 275-299.", "Friburg, Bochum"),
        ("Sala, Anna (2010). Els topònims del Segrià. Revue romane (Lovaina, Paris), v. 45, p. 33-51.",
         "Lovaina, Paris"),
        ("Vidal, Joan (2007). La parla de l'Alacantí. Romanistisches Jahrbuch (Maguncia, Berlin), v. 58, p. 77-95.",
         "Maguncia, Berlin"),
        ("Costa, Maria (2012). Lèxic mariner. Estudis Romànics (Tarragona, Barcelona), v. 34, p. 5-22.",
         "Tarragona, Barcelona"),
        ("Serra, Pau (2016). La flexió verbal. Caplletra (Reus, València), v. 60, p. 105-130.", "Reus, València"),
    ],
)  # fmt: skip
def test_towns_bracketed_after_a_journal_are_its_place(text: str, place: str) -> None:
    fields = read_fields(text)
    assert fields["publisher-place"] == place
    assert "publisher" not in fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Fighting Police Abuse: Coalition Plans Citizen Hearings and Organizing Workshops.” Press release. 1992. "
         "Universityof Illinois at Chicago Special Collections, Citizens Alert records, Box 22, Folder 377.",
         {"issued": {"date-parts": [[1992]]}}),
        ("“City Opens New Library Branch.” Press release. 1998. Chicago Public Library Archives, Box 4, Folder 12.",
         {"issued": {"date-parts": [[1998]]}}),
        ("“Mayor Announces Transit Plan.” Press release. March 3, 2001. City of Chicago, Office of the Mayor.",
         {"issued": {"date-parts": [[2001, 3, 3]]}, "publisher": "City of Chicago, Office of the Mayor"}),
        ("National Science Foundation. “New Grants Announced.” Press release. June 5, 2015.",
         {"issued": {"date-parts": [[2015, 6, 5]]}}),
        ("Smith, Jane. “Museum Acquires Rare Map.” Press release. Field Museum, 2012.",
         {"issued": {"date-parts": [[2012]]}, "publisher": "Field Museum"}),
    ],
)  # fmt: skip
def test_a_press_release_sentence_is_the_genre(text: str, expected: dict[str, Any]) -> None:
    fields = read_fields(text)
    assert fields["genre"] == "Press release"
    assert fields["type"] == "report"
    assert "container-title" not in fields and fields.get("publisher") != "Press release"
    for var, value in expected.items():
        assert fields[var] == value
