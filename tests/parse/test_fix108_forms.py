"""Forms earlier rounds left misread: Spanish and Portuguese editions written with the ordinal's last letters or glued
to the word (``4ta. Ed.``, ``3ra. ed.``, ``23ed.``) before the imprint; a computing meeting's year before the
pages (``NeurIPS 2017, 5998-6008``), no volume; a meeting's name as the title's last sentence (``Title.
International Conference on Learning Representations, 2015.``), the container; the Gaelic ``Mac`` written apart in a
natural-order name (``Saunders Mac Lane``); a numbered series with no volume word after the title (``CSLI Lecture
Notes 199.``), no translator and no chapter's book; a source list's figures after a title's dash (``„Title" – Rang
22/190 URL``, ``Title 2024 – Erneuerbare ~59% URL``), a note; an APA description's bracket glued to the next
sentence (``[Diagram].Centers``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # Chilean and Brazilian editions: the ordinal's last letters, or the numeral glued to the word
    (
        "MUÑOZ, C. 1980. Flora del parque nacional. 3ra. Ed. Editorial Universitaria. Santiago. 120 pp.",
        {
            "title": "Flora del parque nacional",
            "edition": "3",
            "publisher": "Editorial Universitaria",
            "publisher-place": "Santiago",
            "editor": None,
        },
    ),
    (
        "TORRES, L. 1995. Aves del litoral. 4ta. Ed. Ediciones. Fundación Costa Viva. Santiago de Chile. 210 pp.",
        {
            "title": "Aves del litoral",
            "edition": "4",
            "publisher": "Ediciones. Fundación Costa Viva",
            "publisher-place": "Santiago de Chile",
            "editor": None,
        },
    ),
    (
        "Soto, R. 2005. Manual de suelos. 5ta ed. Editorial Andrés Bello, Santiago.",
        {"title": "Manual de suelos", "edition": "5", "publisher": "Editorial Andrés Bello", "note": None},
    ),
    (
        "Silva, J. 2019. Gestão pública municipal. 12ed. Editora Atlas. São Paulo.",
        {
            "title": "Gestão pública municipal",
            "edition": "12",
            "publisher": "Editora Atlas",
            "publisher-place": "São Paulo",
        },
    ),
    # an edition word of other languages and an editor after the title stay as they were
    (
        "Pereira, A. 2010. Direito civil. 5. ed. São Paulo: Saraiva.",
        {"title": "Direito civil", "edition": "5", "publisher": "Saraiva", "publisher-place": "São Paulo"},
    ),
    # a computing meeting's acronym and year before the pages: the year is the meeting's, no volume
    (
        "Okoro, B. (2017). Sparse attention for long documents. NeurIPS 2017, 5998-6008.",
        {"container-title": "NeurIPS 2017", "volume": None, "page": "5998-6008"},
    ),
    (
        "Lund, T., & Berg, S. (2019). Pooling graphs again. ICML 2019, 3734-3743.",
        {"container-title": "ICML 2019", "volume": None, "page": "3734-3743"},
    ),
    # a journal's year-numbered volume stays the volume
    (
        "Brown, T. (2020). Few-shot tidal models. Journal of Marine Computing, 2020, 1-25.",
        {"container-title": "Journal of Marine Computing", "volume": "2020", "page": "1-25"},
    ),
    # a meeting's name as the title's last sentence: the container
    (
        "Varga, E. and Lund, T. Adaptive step sizes for noisy gradients. International Conference on Learning"
        " Representations, 2016.",
        {
            "title": "Adaptive step sizes for noisy gradients",
            "container-title": "International Conference on Learning Representations",
            "type": "paper-conference",
        },
    ),
    (
        "Okafor, N. Sparse graph attention. The 3rd Workshop on Graph Learning, 2021.",
        {"title": "Sparse graph attention", "container-title": "The 3rd Workshop on Graph Learning"},
    ),
    # a title naming a meeting inside a sentence keeps it
    (
        "Jones, R. (2018). The history of the Conference on Security in Europe. Oxford University Press.",
        {"title": "The history of the Conference on Security in Europe", "container-title": None},
    ),
    # the Gaelic "Mac" written apart opens the family name
    (
        "Saunders Mac Lane. Categories for the Working Mathematician. Springer, 1971.",
        {"author": [{"family": "Mac Lane", "given": "Saunders"}]},
    ),
    (
        "[Mac98] Fiona Mac Donald. *Island Weaving Traditions*. Edinburgh: Birlinn, 1998.",
        {"author": [{"family": "Mac Donald", "given": "Fiona"}]},
    ),
    (
        "Mac Miller. Swimming lessons. Warner Records, 2018.",
        {"author": [{"family": "Miller", "given": "Mac"}]},
    ),
    # a numbered series with no volume word after the title: no translator, no chapter's book
    (
        "Barwise, J. and Cooper, R. Situations and attitudes. CSLI Lecture Notes 177. Stanford: CSLI Publications,"
        " 1991.",
        {"translator": None, "collection-title": "CSLI Lecture Notes 177", "publisher": "CSLI Publications"},
    ),
    (
        "[Dal12] Johan van Dalen. Modal Logic for Closed Minds. CSLI Lecture Notes 301. Center for the Study of"
        " Language and Information, 2012 (cit. on p. 5).",
        {
            "title": "Modal Logic for Closed Minds",
            "collection-title": "CSLI Lecture Notes 301",
            "publisher": "Center for the Study of Language and Information",
            "type": "book",
        },
    ),
    # a source list's figures after the quoted title's dash: a note
    (
        '**[Q4]** Bundesamt für Statistik (2021): „Pendlerbericht 2020 – Schweiz" – Anteil 37/100'
        " https://www.example.ch/pendler",
        {"title": "Pendlerbericht 2020 – Schweiz", "container-title": None, "volume": None, "note": "Anteil 37/100"},
    ),
    (
        '**[Q9]** Verband Deutscher Mühlen (VDM) (2022): „Mühlenbericht 2022" – Mehl: Umsatz 12,5%, Export 4,1%'
        " https://www.example.de/muehlen",
        {"title": "Mühlenbericht 2022", "container-title": None, "volume": None, "issue": None},
    ),
    (
        '**[Q7]** Bundesverband Windenergie (BWE) (2023): „Windreport 2023" – Ausbau: Anlagen 28,7%, Leistung 61,3%'
        " https://www.example.de/wind",
        {"title": "Windreport 2023", "container-title": None, "volume": None, "issue": None},
    ),
    (
        "**[Q3]** Umweltbundesamt (2024): Treibhausgasbilanz Sachsen 2023 – Verkehr ~31% https://www.example.de/thg",
        {"title": "Treibhausgasbilanz Sachsen 2023", "note": "Verkehr ~31%"},
    ),
    (
        "**[Q5]** Landesamt Nord (2022): Mietspiegel Kiel – Steigerung ~4,5% https://www.example.de/miete",
        {"title": "Mietspiegel Kiel", "container-title": None, "note": "Steigerung ~4,5%"},
    ),
    # a quoted title's own dash, and a site after the dash, stay as they were; an unquoted title's dash before words
    # with no figure, or before a full stop, too
    (
        'Weber, K. (2021): „Pendeln im Alpenraum – eine Bilanz" – Statistik Austria https://www.example.at/pendeln',
        {"title": "Pendeln im Alpenraum – eine Bilanz", "note": None},
    ),
    (
        "**[Q2]** Landesamt für Statistik (2024): Pendlerstatistik – Bestände, Zuzüge https://www.example.de",
        {"title": "Pendlerstatistik – Bestände, Zuzüge", "note": None},
    ),
    (
        "Okafor, N. (2020). Coastal cities – a 20% rise in floods. https://www.example.org/coast",
        {"title": "Coastal cities – a 20% rise in floods", "note": None},
    ),
    # an APA description's bracket glued to the next sentence
    (
        "Harbour Museum. (2019). old lighthouse at dusk [Photograph].Maritime Heritage Trust."
        " https://www.example.org/lighthouse",
        {"title": "old lighthouse at dusk"},
    ),
    (
        "National Institute of Oceans. (2014, May 3). tidal mixing cycle [Diagram].Bureau of Coastal Studies."
        " https://www.example.gov/tidal.png",
        {"title": "tidal mixing cycle"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix108_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
