"""An annotated reading list in Markdown: a bold line of authors, an italic line of title, an imprint or link
line, then notes after an arrow; under a rule, a group of web resources, each a name, a dash and its site."""

from __future__ import annotations

from biblio.api import read_document

READING_LIST = """## 📚 References

### 📖 Primary Sources

* **Nijenhuis, A., & Wilf, H. S.**
  *Combinatorial Algorithms for Computers and Calculators*
  Academic Press, 1978.
  ➤ The original source of the algorithms modernized in this crate.

* **Steve Klabnik & Carol Nichols**
  *The Rust Programming Language, 2nd Edition*
  [doc.rust-lang.org/book](https://doc.rust-lang.org/book/)
  ➤ For idiomatic Rust practices and memory-safe programming.

---

### 🌐 Online Resources

* **LeetCode** — [leetcode.com](https://leetcode.com)
  ➤ Source of real-world algorithm challenges.
"""


def test_each_line_set_apart_is_a_field_and_the_arrow_note_an_annotation() -> None:
    items = read_document(READING_LIST, "refs.md").items
    assert len(items) == 3
    first, rust, site = items
    assert first["title"] == "Combinatorial Algorithms for Computers and Calculators"
    assert first["publisher"] == "Academic Press"
    assert first["custom"]["biblio"]["annotation"] == "The original source of the algorithms modernized in this crate."
    assert [a["family"] for a in rust["author"]] == ["Klabnik", "Nichols"]
    assert rust["URL"] == "https://doc.rust-lang.org/book/"  # the link's target, not the address shortened
    assert site["title"] == "LeetCode" and site["URL"] == "https://leetcode.com"


def test_a_full_address_shown_keeps_its_own_url_beside_an_archive_link() -> None:
    text = ("## Bibliographie\n\n- VIAF. _Virtual International Authority File_. "
            "[https://viaf.org/fr](https://perma.cc/4GT6-QWAR).\n- Saxonica. _Saxon-HE_ (Home Edition). "
            "[https://github.com/Saxonica/Saxon-HE/releases](https://perma.cc/29UA-6GD8).\n")
    assert [item["URL"] for item in read_document(text, "b.md").items] == [
        "https://viaf.org/fr", "https://github.com/Saxonica/Saxon-HE/releases"]
