"""The second half of the documents corpus (test_documents_corpus.py holds the corpus, its expectations and the
first half): every reference section found, split into exactly the references a careful reader counts, in document
order, with no markup in any field; and the streamed reading of the documents of this half equal to the whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_documents_corpus import check_document, check_streamed, half, streamed_half

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)


@pytest.mark.parametrize("name", half(1))
def test_every_reference_found_in_order_without_markup(name: str) -> None:
    check_document(name)


@pytest.mark.parametrize("path", streamed_half(1), ids=lambda p: p.name)
def test_streamed_records_equal_the_whole_document(path: Path) -> None:
    check_streamed(path)
