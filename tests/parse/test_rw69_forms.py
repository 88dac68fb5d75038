"""Forms of hand-written reference lists met in realworld47: APA's undated works of one body told apart by a letter
(``Amazon Web Services. (n.d.-b).``); a date in brackets whose day stands before its month (``(2024b, 27 de
diciembre)``, ``(2023, 3. mars)``); the Scandinavian no-date ``(u.d.)``; a programming language's name in brackets
closing a title (``… Controllers (C#).``); Chicago's web page with its numbered revision and its day (``"Title."
Version 3, September 8. Accessed …``, Norwegian ``Versjon 3, 8. september. Åpnet 12. november 2023.``); the
Norwegian and Swedish ``og``/``och`` before the last name of a list in natural order; ``arXiv preprint`` before the
paper's address."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import chooser

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # a body's undated works told apart by a hyphened letter
    (
        "Google Cloud. (n.d.-a). *BigQuery documentation*. https://cloud.google.com/bigquery/docs",
        {"author": [{"literal": "Google Cloud"}], "title": "BigQuery documentation", "issued": None},
    ),
    (
        "Microsoft Azure. (n.d.-b). *What is cloud computing?* https://azure.microsoft.com/en-us/resources/"
        "what-is-cloud-computing",
        {"author": [{"literal": "Microsoft Azure"}], "title": "What is cloud computing?"},
    ),
    # the Scandinavian no-date, a body in lower case, the access word before the address
    (
        "kubernetesdocs. (u.d.). What is a Pod? Hentet fra https://kubernetes.io/docs/concepts/workloads/pods/",
        {"author": [{"literal": "kubernetesdocs"}], "title": "What is a Pod?", "container-title": None,
         "issued": None},
    ),
    (
        "W3Schools. (u.d.). CSS flexbox. Hentet fra https://www.w3schools.com/css/css3_flexbox.asp",
        {"author": [{"literal": "W3Schools"}], "title": "CSS flexbox", "container-title": None},
    ),
    # a programming language's name in brackets closing the title: no issue
    (
        "Hansen, T. (2022, November 7). Understanding Delegates, Events, and Lambdas (C#). Retrieved from "
        "https://learn.example.com/dotnet/csharp/delegates",
        {"title": "Understanding Delegates, Events, and Lambdas (C#)", "container-title": None, "issue": None},
    ),
    (
        "Okafor, N. (2020). Smart pointers, ownership, and lifetimes (C++). Retrieved from "
        "https://blog.example.org/smart-pointers",
        {"title": "Smart pointers, ownership, and lifetimes (C++)", "issue": None},
    ),
    # Chicago's web page: the revision and its day after the title, then the access date
    (
        'Devopedia. 2020. "Named Entity Recognition." Version 5, February 4. Accessed 2023-11-12. '
        "https://devopedia.org/named-entity-recognition",
        {"title": "Named Entity Recognition", "issued": {"date-parts": [[2020, 2, 4]]}, "publisher": None,
         "container-title": None, "version": "5"},
    ),
    (
        'Devopedia. 2021. "Ordinnbygging." Versjon 7, 2. mars. Åpnet 4. januar 2024. '
        "https://devopedia.org/word-embedding",
        {"title": "Ordinnbygging", "publisher": None, "container-title": None,
         "accessed": {"date-parts": [[2024, 1, 4]]}},
    ),
    # "arXiv preprint" before the paper's address: the genre, no publisher
    (
        "Lind, K., Aas, B., & Holm, E. (2019). Sentence embeddings for Norwegian. arXiv preprint "
        "https://arxiv.org/pdf/1905.01234.pdf",
        {"publisher": None, "genre": "arXiv preprint", "URL": "https://arxiv.org/pdf/1905.01234.pdf"},
    ),
    # the Norwegian "og" before the last name of a list in natural order
    (
        "Ingrid Berg, Lars Dahl og Marit E. Solberg. 2018. Korpusbasert ordklassemerking. Oslo: Novus.",
        {"author": [{"family": "Berg", "given": "Ingrid"}, {"family": "Dahl", "given": "Lars"},
                    {"family": "Solberg", "given": "Marit E."}]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rw69_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


# APA's opening (names, then the bracketed date closed by a full stop) with the day written before its month, a
# body's undated works told apart by a hyphened letter, and the Scandinavian no-date
@pytest.mark.parametrize(
    "opening",
    [
        "Cloud Developers. (2023b, 27 de diciembre). ",
        "Tech Norge. (2021, 4. mars). ",
        "Amazon Web Services. (n.d.-b). ",
        "MDN. (u.d.). ",
    ],
)
def test_apa_opening_read(opening: str) -> None:
    assert chooser._APA_OPENING.match(opening + "Title.") is not None
