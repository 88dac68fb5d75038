"""Real documents, round docs44 (tests/data/documents/PROVENANCE.md): a wrapped entry whose later line opens with a
bold volume ("**46**. ISBN …"), which the markup's removal would turn into a list marker."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.markdown import markdown_lines


def _sources(text: str, name: str) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


BOLD_VOLUME_WRAPPED = """# Bibliography

Istvan Kiss, Joel Miller, and Peter Simon. [Mathematics of
epidemics on networks](http://dx.doi.org/10.1007/978-3-319-50806-1).
Springer series on Interdisciplinary Applied Mathematics
**46**. ISBN 978-3-319-50804-7. 2017.

M.E.J. Newman. [Spread of epidemic disease on networks
](http://dx.doi.org/10.1103/PhysRevE.66.016128). Physical Review E
**66**. July 2002.
"""


def test_a_bold_volume_opening_a_wrapped_line_stays_in_its_entry() -> None:
    sources = _sources(BOLD_VOLUME_WRAPPED, "refs.md")
    assert len(sources) == 2
    assert "Mathematics 46. ISBN 978-3-319-50804-7. 2017." in sources[0]
    assert sources[1].endswith("Physical Review E 66. July 2002.")


def test_the_same_in_restructuredtext_links() -> None:
    text = ("Bibliography\n============\n\n.. _New02:\n\nM.E.J. Newman. `Spread of epidemic disease on networks\n"
            "<http://dx.doi.org/10.1103/PhysRevE.66.016128>`_. Physical Review E\n**66**. July 2002.\n\n"
            ".. _NSW01:\n\nM.E.J. Newman, Steven Strogatz, and Duncan Watts. `Random graphs with\narbitrary degree "
            "distributions and their applications\n<https://doi.org/10.1103/PhysRevE.64.026118>`_. Physical Review E"
            "\n**64**. 2001.\n")
    sources = _sources(text, "bibliography.rst")
    assert len(sources) == 2
    assert sources[1].endswith("Physical Review E 64. 2001.")


def test_a_numbered_line_written_as_such_and_an_ended_line_keep_their_markers() -> None:
    # a number the writer typed opens an entry (loose Markdown: no blank line before "2."), and a bold number
    # after a line that ends is a list written with bold labels
    lines = markdown_lines("1. Smith, J. (2001). A title. Publisher.\n2. Doe, J. (2002). Another. Press.\n")
    assert [line.split(" ")[0] for line in lines if line.strip()] == ["1.", "2."]
    text = "# References\n\n**1.** Smith, J. (2001). A title. Publisher.\n**2.** Doe, J. (2002). Another. Press.\n"
    assert len(_sources(text, "refs.md")) == 2
