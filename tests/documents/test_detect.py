"""What kind of input: by extension, else by content."""

from __future__ import annotations

import pytest

from biblio.documents.detect import detect_kind

BIB = "% Encoding: UTF-8\n\n@Article{doe2020,\n  title = {A title},\n}\n"
RIS = "TY  - JOUR\nAU  - Doe, Jane\nTI  - A title\nER  - \n"
CSL = '[{"id": "a", "type": "book", "title": "A book"}]'


@pytest.mark.parametrize("name, kind", [
    ("refs.bib", "bibtex"), ("REFS.BIB", "bibtex"), ("x.bibtex", "bibtex"), ("x.ris", "ris"),
    ("x.json", "csl-json"), ("x.csl.json", "csl-json"), ("dir.d/paper.md", "document"), ("paper.txt", "document"),
])
def test_by_extension(name: str, kind: str) -> None:
    text = {"bibtex": BIB, "ris": RIS, "csl-json": CSL}.get(kind, "Some prose.\n")
    assert detect_kind(text, name) == kind


def test_extension_wins_over_content() -> None:
    # A broken .bib must be reported as malformed BibTeX, not searched for references.
    assert detect_kind("not bibtex at all", "x.bib") == "bibtex"
    assert detect_kind("[{broken", "x.json") == "csl-json"


@pytest.mark.parametrize("text, kind", [
    (BIB, "bibtex"),
    ("\n\n@article{key,\n title={T}}\n", "bibtex"),
    ("@string(acm = {ACM})\n", "bibtex"),
    (RIS, "ris"),
    ("\ufeffTY - BOOK\nTI - T\nER -\n", "ris"),
    (CSL, "csl-json"),
    ('{"type": "book", "title": "A book"}', "csl-json"),
    ('  [\n  {"title": "x"', "csl-json"),  # broken JSON: still CSL-JSON, so the error says what is wrong
    ("[]", "document"),
    ("[1, 2, 3]", "document"),
    ("[A link](https://example.org) starts this post.\n", "document"),
    ("# Title\n\nText mentioning @article{x} in passing.\n", "document"),
    ("Smith, J. (2020). A book. Press.\n", "document"),
    ("", "document"),
])
def test_sniffing_for_stdin(text: str, kind: str) -> None:
    assert detect_kind(text, "<stdin>") == kind
    assert detect_kind(text, "notes.txt") == kind
