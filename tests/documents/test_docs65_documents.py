"""Reference lists a reader finds at once but the cues missed or split wrong: a Catalan heading (``Referències``);
entries ``Title. Maker. Year.`` whose address stands on the next line at the margin; a sub-list of standards
``RFC 959 – Title`` under a lower heading; bold topic labels before APA entries with unmarked titles; Latin-letter
entries closed by their address or quoted title, then the writer's description in Cyrillic; ABNT titles in
``\\textbf`` in a LaTeX ``thebibliography``. The examples are written for these tests."""

from __future__ import annotations

from typing import Any

from biblio.api import read_document


def _items(text: str, name: str) -> list[dict[str, Any]]:
    return list(read_document(text, name).items)


_CATALAN = """# Pràctica

Text de la pràctica.

## Referències

- Flask. The Pallets Projects. 2020.
https://flask.palletsprojects.com/
- SQLite. SQLite Consortium. 2021.
https://sqlite.org/docs.html

## Lliurament

Cal lliurar un fitxer ZIP.
"""


def test_a_catalan_heading_over_entries_whose_address_is_the_next_line() -> None:
    items = _items(_CATALAN, "README.md")
    assert [item["URL"] for item in items] == ["https://flask.palletsprojects.com/", "https://sqlite.org/docs.html"]
    assert [item["issued"]["date-parts"][0][0] for item in items] == [2020, 2021]


_RFCS = """## Bibliografie

1. A. Tanenbaum, D. Wetherall – *Computer Networks*, 5th Ed., Pearson, 2011
2. W. Stevens – *TCP/IP Illustrated*, Addison-Wesley, 1994

### Standarde:
- RFC 791 – Internet Protocol
- RFC 793 – Transmission Control Protocol

---

*Actualizat: 2025*
"""


def test_standards_under_a_lower_heading_go_on_with_the_list() -> None:
    items = _items(_RFCS, "README.md")
    assert [item["title"] for item in items][2:] == ["Internet Protocol", "Transmission Control Protocol"]
    assert len(items) == 4


_LABELS = """## Βιβλιογραφία (για την εργασία)

- **Διαλογισμός**: Kabat-Zinn, J. (1990). Full Catastrophe Living. *Delacorte Press*
- **Ύπνος**: Walker, M. et al. (2017). Why we sleep. *Scribner*
"""


def test_a_bold_topic_label_before_an_unmarked_title_is_set_apart() -> None:
    items = _items(_LABELS, "README.md")
    assert [item["author"][0]["family"] for item in items] == ["Kabat-Zinn", "Walker"]
    assert [item["title"] for item in items] == ["Full Catastrophe Living", "Why we sleep"]


_DESCRIBED = """## Список використаних джерел

1. **Kafka Documentation**
   https://kafka.apache.org/documentation/
   Офіційна документація Apache Kafka

2. **Redis Streams Guide**
   https://redis.io/docs/data-types/streams/
   Посібник з потоків Redis
"""


def test_a_description_in_cyrillic_after_the_address_is_no_part_of_the_title() -> None:
    items = _items(_DESCRIBED, "REPORT.md")
    assert [item["title"] for item in items] == ["Kafka Documentation", "Redis Streams Guide"]
    assert [item["URL"] for item in items] == ["https://kafka.apache.org/documentation/",
                                               "https://redis.io/docs/data-types/streams/"]


_ABNT = r"""\documentclass{article}
\begin{document}
Texto.
\renewcommand{\refname}{REFERÊNCIAS}
\begin{thebibliography}{9}
\bibitem{ibge} IBGE. \textbf{Censo Demográfico 2022}. Disponível em:
\url{https://censo2022.ibge.gov.br}. Acesso em: 2025.
\bibitem{python} PYTHON SOFTWARE FOUNDATION. \textbf{Python Language Reference}.
Disponível em: \url{https://docs.python.org/3/reference/}. Acesso em: 2025.
\end{thebibliography}
\end{document}
"""


def test_abnt_titles_in_bold_are_the_titles() -> None:
    items = _items(_ABNT, "relatorio.tex")
    assert [item["title"] for item in items] == ["Censo Demográfico 2022", "Python Language Reference"]
    assert [item["author"][0]["literal"] for item in items] == ["IBGE", "PYTHON SOFTWARE FOUNDATION"]
