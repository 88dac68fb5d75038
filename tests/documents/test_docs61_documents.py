"""A paragraph of prose in any language opening a list of unmarked references (an account of how they were
checked); the examples are written for these tests."""

from __future__ import annotations

from biblio.api import read_document


def _sources(text: str, name: str) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


_ACCOUNT = """# Rapor

Metin (Knuth, 1984).

## Kaynakça

Kaynaklar APA 7 biçimindedir. Bütün bağlantılar 2025-01-10 tarihinde denetlenmiştir. Knuth (1984) ve Wirth (1976) \
künyeleri katalogla karşılaştırılmıştır.

Knuth, D. E. (1984). Literate programming. *The Computer Journal*, 27(2), 97-111.

Wirth, N. (1976). *Algorithms + data structures = programs*. Prentice-Hall.
"""


def test_an_account_of_the_list_before_it_is_no_reference() -> None:
    found = _sources(_ACCOUNT, "rapor.md")
    assert [source.split(",")[0] for source in found] == ["Knuth", "Wirth"]


def test_a_first_reference_of_sentences_is_still_one() -> None:
    # one reference whose title holds sentences, before another: both are references
    text = _ACCOUNT.replace(
        "Kaynaklar APA 7 biçimindedir. Bütün bağlantılar 2025-01-10 tarihinde denetlenmiştir. Knuth (1984) ve Wirth "
        "(1976) künyeleri katalogla karşılaştırılmıştır.",
        "Dijkstra, E. W. (1968). Go to statement considered harmful. *Communications of the ACM*, 11(3), 147-148.")
    assert [source.split(",")[0] for source in _sources(text, "rapor.md")] == ["Dijkstra", "Knuth", "Wirth"]
