"""A document's records made one at a time (what `biblio export` writes as they come) are exactly the
records made all at once: same records, same order, same messages; documents whose notes wait for
later records are read whole. The comparison over the documents corpus is in
tests/documents/test_documents_corpus.py, beside the corpus test that reads them whole."""

from __future__ import annotations

from pathlib import Path

from biblio.api import stream
from biblio.documents.reader import read_path
from biblio.references.records import streamed_document_records

DOCUMENTS = Path(__file__).resolve().parents[1] / "data" / "documents"


def test_the_streamed_path_is_taken_and_declined() -> None:
    for name in ("apa-citations.md", "pandoc-wrapped.md"):
        assert streamed_document_records(read_path(str(DOCUMENTS / name)).text, name) is not None
    assert streamed_document_records(read_path(str(DOCUMENTS / "chicago-footnotes.md")).text, "x.md") is None


def test_a_long_list_streams_in_order_over_two_processes(tmp_path: Path, small_parallel_batches: int) -> None:
    lines = [f"{name}, A. ({1990 + k % 30}). Title number {k}. *Journal of Tests*, *{k % 40 + 1}*(2), 1–9."
             for k, name in enumerate(["Smith", "Jones", "Okafor", "Weber"] * 10)]
    document = tmp_path / "long.md"
    document.write_text("# Paper\n\nText.\n\n## References\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    one = list(stream([str(document)]))
    two = list(stream([str(document)], jobs=2))
    assert len(one) == len(lines) == 40 > small_parallel_batches  # two processes do parse
    assert one == two
    assert [r["custom"]["biblio"]["line"] for r in one] == list(range(7, 7 + 2 * len(lines), 2))
    assert len({r["id"] for r in one}) == len(one)
