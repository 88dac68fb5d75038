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


_NUMBER_IN_ITALICS = """## Použitá literatura

_1. de.wikipedia.org: Python_ [online]. 1991 [cit. 2024-05-02]. Dostupné z:
https://de.wikipedia.org/wiki/Python
_2. nodejs.org: Node.js_ [online]. 2009 [cit. 2024-05-02]. Dostupné z:
https://nodejs.org/en/about
_4. go.dev: Go_ [online]. 2009 [cit. 2024-05-02]. Dostupné z:
https://go.dev/doc
"""


def test_a_number_inside_the_opening_italics_is_the_marker() -> None:
    # a list cut to some of its items: a number out of turn after a line closed by an address is still one
    items = read_document(_NUMBER_IN_ITALICS, "zprava.md").items
    sources = [item["custom"]["biblio"]["source"][:12] for item in items]
    assert sources == ["_de.wikipedi", "_nodejs.org:", "_go.dev: Go_"]
    assert [item["custom"]["biblio"].get("label") for item in items] == ["1.", "2.", "4."]


_DASH_SOURCES = """## Tài liệu tham khảo

1. [Scaling laws for neural language models](https://openai.com/research/scaling-laws) — OpenAI, 01/2020; một ghi chú.
2. [Gemini: a family of multimodal models](https://deepmind.google/gemini) — Google DeepMind, 2023.
"""


def test_the_source_and_date_after_a_linked_title_are_the_reference_s() -> None:
    items = read_document(_DASH_SOURCES, "bai.md").items
    assert [item["custom"]["biblio"]["source"].rsplit(") ", 1)[-1] for item in items] == [
        "— OpenAI, 01/2020", "— Google DeepMind, 2023"]
    assert items[0]["custom"]["biblio"].get("annotation") == "một ghi chú"
