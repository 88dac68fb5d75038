"""Jupyter notebooks: JSON whose Markdown (and nbformat 3 heading) cells are the document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio.api import read_document
from biblio.cli import main
from biblio.documents.detect import detect_kind, sniff_kind
from biblio.documents.layout import flavour_of, layout
from biblio.documents.notebook import is_notebook, notebook_markdown

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"

NOTEBOOK_V4 = {
    "nbformat": 4,
    "nbformat_minor": 5,
    "metadata": {},
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Filters\n", "\n", "Some text."]},
        {
            "cell_type": "code",
            "metadata": {},
            "source": "print('Smith, J. (2020). *Code*. Press.')",
            "outputs": [{"output_type": "stream", "text": ["Smith, J. (2020). *Code*. Press.\n"]}],
        },
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": (
                "## References\n\n- Oppenheim, A. V., & Schafer, R. W. (2010). *Discrete-time signal processing*. "
                "Pearson.\n- Smith, S. W. (1997). *The scientist and engineer's guide to digital signal processing*. "
                "California Technical Publishing."
            ),
        },
        {"cell_type": "raw", "metadata": {}, "source": "Jones, K. (2001). *Raw*. Press."},
    ],
}


def test_markdown_cells_are_the_text_and_code_outputs_are_not() -> None:
    text = json.dumps(NOTEBOOK_V4, indent=1)
    markdown, where = notebook_markdown(text) or ("", [])
    assert "## References" in markdown and "print" not in markdown and "Raw" not in markdown
    lines = markdown.split("\n")
    assert len(where) == len(lines)
    assert text.split("\n")[where[lines.index("## References")] - 1].lstrip().startswith('"source": "## References')
    found = read_document(text, "filters.ipynb")
    assert [item["author"][0]["family"] for item in found.items] == ["Oppenheim", "Smith"]


def test_a_notebook_is_a_document_not_csl_json() -> None:
    text = json.dumps(NOTEBOOK_V4)
    assert is_notebook(text) and sniff_kind(text) == "document" and detect_kind(text, "a.ipynb") == "document"
    assert flavour_of(text) == "notebook" and flavour_of("{}", "b.ipynb") == "notebook"
    assert not is_notebook('[{"type": "book", "title": "nbformat"}]')
    assert sniff_kind('[{"type": "book", "title": "A"}]') == "csl-json"


def test_nbformat_3_heading_cells_are_headings() -> None:
    text = (DOCUMENTS / "real-mooc-phugoid.ipynb").read_text(encoding="utf-8")
    lines = layout(text, "n.ipynb").lines
    assert "## References" in lines and "## About this course" in lines and "# Phugoid Motion" in lines
    found = read_document(text, "n.ipynb")
    assert [s.heading for s in found.sections] == ["References"]
    # a course's pointers after an entry are an annotation, not the publisher or the title
    assert found.items[1]["custom"]["biblio"]["annotation"].startswith("[Read on Google Books](")
    assert found.items[2]["publisher"] == "CRC Press"


def test_broken_notebook_json_is_read_as_text() -> None:
    assert notebook_markdown('{"nbformat": 4, "cells": [') is None
    assert layout('{"nbformat": 4, "cells": [', "x.ipynb").lines == ['{"nbformat": 4, "cells": [']


def test_export_reads_a_notebook(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", "--plain", "--quiet", str(DOCUMENTS / "real-mooc-phugoid.ipynb")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert [item["author"][0]["family"] for item in json.loads(out)] == [
        "Lanchester",
        "Milne-Thompson",
        "Sinha",
        "Kármán",
    ]
