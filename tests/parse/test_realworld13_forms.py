"""Forms of the real-world sets ``realworld13.jsonl`` and ``realworld14.jsonl`` that biblio read wrong unseen: a
Markdown bibliography's bold authors after the linked title, R's printed bibentry with a group among the names,
Vancouver initials outside ASCII, a course's further reading of short names and a linked title; package
documentation's ACM DOI link, two persons in natural order joined by "&", a byline after the title, a school's
name run into the degree, five one-word family names."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference


def _families(item: dict[str, Any]) -> list[str]:
    return [str(n.get("family", n.get("literal"))) for n in item.get("author", [])]


CASES = [
    (
        '["TextRank: Bringing Order into Text"](https://www.aclweb.org/anthology/W04-3252/) **Rada Mihalcea**,'
        " **Paul Tarau** *EMNLP* (2004)",
        {"families": ["Mihalcea", "Tarau"], "title": "TextRank: Bringing Order into Text", "container-title": "EMNLP"},
    ),
    (
        "[*Deep Learning with Python*](https://www.manning.com/books/deep-learning-with-python) **François Chollet**"
        " Manning (2017)",
        {"families": ["Chollet"], "title": "Deep Learning with Python", "publisher": "Manning"},
    ),
    (
        '["Network visualizations with Pyvis and VisJS"](https://arxiv.org/abs/2006.04951) **Giancarlo Perrone**,'
        " **Jose Unpingco**, **Haw-minn Lu** *arXiv* (2020)",
        {"families": ["Perrone", "Unpingco", "Lu"], "container-title": "arXiv"},
    ),
    (
        "Lessler J, Reich N, Cummings D, New York City Department of Health and Mental Hygiene Swine Influenza"
        " Investigation Team (2009). “Outbreak of 2009 Pandemic Influenza A (H1N1) at a New York City School.” _The"
        " New England Journal of Medicine_. doi:10.1056/NEJMoa0906089 <https://doi.org/10.1056/NEJMoa0906089>.",
        {
            "families": [
                "Lessler",
                "Reich",
                "Cummings",
                "New York City Department of Health and Mental Hygiene Swine Influenza Investigation Team",
            ],
            "title": "Outbreak of 2009 Pandemic Influenza A (H1N1) at a New York City School",
        },
    ),
    (
        "McAloon C, Collins Á, Hunt K, Barber A, Byrne A, Butler F, Casey M, Griffin J, Lane E, McEvoy D, Wall P,"
        " Green M, O'Grady L, More S (2020). “Incubation period of COVID-19: a rapid systematic review and"
        " meta-analysis of observational research.” _BMJ Open_. doi:10.1136/bmjopen-2020-039652"
        " <https://doi.org/10.1136/bmjopen-2020-039652>.",
        {"families": ["McAloon", "Collins", "Hunt"], "container-title": "BMJ Open"},
    ),
    (
        "Gostic et al., [Practical considerations for measuring the effective reproductive number,"
        " $R_t$](https://doi.org/10.1371/journal.pcbi.1008409).",
        {
            "families": ["Gostic"],
            "title": "Practical considerations for measuring the effective reproductive number, $R_t$",
            "DOI": "10.1371/journal.pcbi.1008409",
            "URL": None,
        },
    ),
    (
        "Lopez et al., [Challenges of COVID-19 Case Forecasting in the US,"
        " 2020-2021](https://doi.org/10.1101/2023.05.30.23290732).",
        {
            "families": ["Lopez"],
            "title": "Challenges of COVID-19 Case Forecasting in the US, 2020-2021",
            "issued": None,
        },
    ),
    # realworld14: the ACM's own DOI resolver links the DOI
    (
        "[1] Sucheta Soundarajan and John Hopcroft. Using community information to improve the precision of link"
        " prediction methods. In Proceedings of the 21st international conference companion on World Wide Web (WWW"
        " '12 Companion). ACM, New York, NY, USA, 607-608. http://doi.acm.org/10.1145/2187980.2188150",
        {"families": ["Soundarajan", "Hopcroft"], "DOI": "10.1145/2187980.2188150", "URL": None},
    ),
    # two persons in natural order joined by "&", the second's capital outside ASCII
    (
        '[1] Vincent A. Traag & Lovro Šubelj. "Large network community detection by fast label propagation."'
        " Scientific Reports 13 (2023): 2701. https://doi.org/10.1038/s41598-023-29610-z",
        {"families": ["Traag", "Šubelj"], "container-title": "Scientific Reports"},
    ),
    # a byline after the title
    (
        "[1] Generalizations of the clustering coefficient to weighted complex networks by J. Saramäki, M. Kivelä,"
        " J.-P. Onnela, K. Kaski, and J. Kertész, Physical Review E, 75 027105 (2007).",
        {
            "families": ["Saramäki", "Kivelä", "Onnela", "Kaski", "Kertész"],
            "title": "Generalizations of the clustering coefficient to weighted complex networks",
        },
    ),
    # five or more one-word family names, the last after "and": no pairs, though some are given names too
    (
        '[1] Telesford, Joyce, Hayasaka, Burdette, and Laurienti (2011). "The Ubiquity of Small-World Networks".'
        " Brain Connectivity. 1 (0038): 367-75. PMC 3604768. PMID 22432451. doi:10.1089/brain.2011.0038.",
        {"families": ["Telesford", "Joyce", "Hayasaka", "Burdette", "Laurienti"]},
    ),
    # the school's first word run into the degree
    (
        '[1] Jehan, Tristan. "Creating music by listening" Doctoral dissertation Massachusetts Institute of'
        " Technology, 2005.",
        {"publisher": "Massachusetts Institute of Technology"},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_realworld13_form(text: str, want: dict[str, Any]) -> None:
    item = parse_reference(text)
    families = want.get("families")
    if families is not None:
        assert _families(item)[: len(families)] == families
    for field, value in want.items():
        if field != "families":
            assert item.get(field) == value, field
