# ruff: noqa: E501  (the documents' lines are kept as they are written)
"""Round docs57: Wikipedia's back-links copied as text ("Jump up ^", a note of back-links alone, a particle after
them), a tight list of notes holding one reference, "Further Reading / Watching", a numbered upper-case heading
with a qualifier, annotated bullets with no year, a documentation site's list-group links with badges, a React
component's closing code after its endnotes."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.layout import jsx_markup
from biblio.references.cues import strip_marker


def _sources(text: str, name: str) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


def test_the_older_skin_s_back_link_is_a_marker_and_each_note_its_own_entry() -> None:
    text = """See also[edit]
List of revision control software
References[edit]

Jump up ^ Hamano, Junio (2014-02-14). "[ANNOUNCE] Git v1.9.0". git mailing list. Retrieved 2014-02-15.
Jump up ^ "git/git.git/tree". git.kernel.org. Retrieved 2009-06-15.
Jump up ^ Feature: No More Free BitKeeper | KernelTrap.org[dead link]
^ Jump up to: a b c d Linus Torvalds (2007-05-03). Google tech talk: Linus Torvalds on git. Retrieved 2007-05-16.
"""
    assert _sources(text, "git.txt") == [
        'Hamano, Junio (2014-02-14). "[ANNOUNCE] Git v1.9.0". git mailing list. Retrieved 2014-02-15.',
        '"git/git.git/tree". git.kernel.org. Retrieved 2009-06-15.',
        "Feature: No More Free BitKeeper | KernelTrap.org[dead link]",
        "Linus Torvalds (2007-05-03). Google tech talk: Linus Torvalds on git. Retrieved 2007-05-16."]


def test_back_links_are_lettered_from_a_and_a_particle_after_them_stays() -> None:
    assert strip_marker("1. ^ de la Briandais, René (1959).") == ("de la Briandais, René (1959).", "1. ^", "1")
    assert strip_marker("^ la Fontaine, Jean (1668). Fables.")[0] == "la Fontaine, Jean (1668). Fables."
    assert strip_marker("1. ^ Jump up to: a b c Knuth, Donald (1997).")[0] == "Knuth, Donald (1997)."
    assert strip_marker("^ a b Smith, J. (2001).")[0] == "Smith, J. (2001)."


def test_a_note_of_back_links_alone_is_no_entry_but_a_wrapped_one_goes_on() -> None:
    text = """References
----------

1.  ^ Jump up to: a b
2.  **^** de la Briandais, René (1959). File searching using variable length keys (PDF). Proc. Western J. Computer Conf. pp. 295–298.
3.  ^ Jump up to: a b Edward Fredkin (1960). "Trie Memory". _Communications of the ACM_. **3** (9): 490–499.
"""
    assert _sources(text, "trie.md") == [
        "de la Briandais, René (1959). File searching using variable length keys (PDF). Proc. Western J. Computer Conf. pp. 295–298.",
        'Edward Fredkin (1960). "Trie Memory". _Communications of the ACM_. 3 (9): 490–499.']
    wrapped = """## References

1. ^ a
   b Payment, S. (2007). *Marc Andreessen and Jim Clark: The Founders of Netscape*. Rosen Publishing Group.
2. ^ Zawinski, Jamie (1996). "nscp dorm". Retrieved 2007-10-12.
"""
    assert len(_sources(wrapped, "wrapped.md")) == 2


def test_a_tight_list_of_notes_mostly_prose_is_found_by_its_one_reference() -> None:
    text = """References[edit]
Jump up ^ RFC 2181, Section 10.3, Clarifications to the DNS Specification, R. Elz, R. Bush (July 1997)
Jump up ^ A greeting failure is an error-code that is sent instead of the standard SMTP greeting handshake.
Jump up ^ Craig Partridge (January 1986). MAIL ROUTING AND THE DOMAIN SYSTEM. IETF. RFC 974. Retrieved 18 November 2011.
Categories: Domain name systemEmail
"""
    sources = _sources(text, "mx.txt")
    assert sources[0].startswith("RFC 2181") and any(s.startswith("Craig Partridge") for s in sources)


def test_a_reference_word_joined_by_a_slash_to_what_else_the_list_holds() -> None:
    text = """# Lightmapper

Some words on the method.

## Further Reading / Watching
 - [I made a better Ray-Tracing engine](https://www.youtube.com/watch?v=A61S_2swwAc)
 - [Baking artifact-free lightmaps on the GPU](https://ndotl.wordpress.com/2018/08/29/baking-artifact-free-lightmaps/)
 - [Radiosity Baker](http://david-westreicher.github.io/2014/05/31/radiosity/)
 ## Credit
  - [Level Blockout Model - DJMaesen](https://sketchfab.com/3d-models/level-blockout-24b39d9beef54166a14e6f2542d01def)
"""
    assert [s[1:12] for s in _sources(text, "README.md")] == ["I made a be", "Baking arti", "Radiosity B"]


def test_a_numbered_upper_case_heading_with_a_qualifier_over_grouped_entries() -> None:
    text = """Some words before.

***
#### 8. RELEVANT REFERENCES
***

##### Surveys

Hofmann, Katja, Lihong Li, and Filip Radlinski. "Online evaluation for information retrieval." Foundations and Trends in Information Retrieval, 10(1), pp. 1-117, 2016

##### Interleaving

Joachims, Thorsten. "Optimizing search engines using clickthrough data." Proceedings of the eighth ACM SIGKDD international conference on Knowledge discovery and data mining, pp. 133-142, 2002
"""
    document = read_document(text, "manual.md")
    assert [item["custom"]["biblio"]["section"] for item in document.items] == ["8. RELEVANT REFERENCES"] * 2


def test_annotated_bullets_with_no_year_under_a_reference_heading() -> None:
    text = """Thus the operator is local.

## Sources and further reading

- S. Coleman, *Lectures of Sidney Coleman on Quantum Field Theory*, ch. 3, for the operational argument that spacelike separated observables must commute and for the construction of scalar quantum fields satisfying this requirement.
- S. Weinberg, *The Quantum Theory of Fields*, Vol. I, chs. 4–5 and §10.7, for cluster decomposition, causal fields, antiparticles, and the spectral representation.
- R. Haag, *Local Quantum Physics*, for the algebraic QFT formulation in terms of local observable algebras.

## Version history

- **2026-05-23:** Initial page on locality, microcausality and exercises.
"""
    items = read_document(text, "locality.md").items
    assert [item["title"] for item in items] == [
        "Lectures of Sidney Coleman on Quantum Field Theory", "The Quantum Theory of Fields", "Local Quantum Physics"]


_LIST_GROUP = """<p>The data on the disk is discarded if it gets too old.</p>
<h2 id="further-reading">Further reading</h2><div class="whatsnext"><p>Additional helpful documentation, links, and articles:</p><ul class="list-group"><a class="list-group-item" href="https://github.com/DataDog/dd-sdk-kotlin-multiplatform"><span class="w-100 d-flex"><span class="text">Source code for dd-sdk-kotlin-multiplatform</span><span class="badge badge-white">SOURCE CODE</span></span><img alt="more"/></a><a class="list-group-item" href="https://docs.datadoghq.com/real_user_monitoring/explorer/"><span class="w-100 d-flex"><span class="text">Learn how to explore your RUM data</span><span class="badge badge-white">DOCUMENTATION</span></span></a></ul></div>
"""


def test_bare_links_in_a_list_are_its_items_and_their_badges_no_words_of_theirs() -> None:
    items = read_document(_LIST_GROUP, "page.html").items
    assert [(item["title"], item["URL"]) for item in items] == [
        ("Source code for dd-sdk-kotlin-multiplatform", "https://github.com/DataDog/dd-sdk-kotlin-multiplatform"),
        ("Learn how to explore your RUM data", "https://docs.datadoghq.com/real_user_monitoring/explorer/")]


def test_a_component_s_closing_code_after_its_markup_is_no_text_of_the_page() -> None:
    jsx = """              <div className="endnotes">
                <h2>Endnotes</h2>
                <ol>
                  <li>Federal Reserve, Summary of Economic Projections, December 2025.</li>
                </ol>
              </div>
    </>
  );
}
"""
    markup = jsx_markup(jsx)
    assert markup.count("\n") == jsx.count("\n")  # line for line
    assert ");" not in markup and "}" not in markup
    assert _sources(jsx, "Post.jsx") == ["Federal Reserve, Summary of Economic Projections, December 2025."]


def test_a_table_of_names_and_addresses_under_a_reference_heading_is_its_list() -> None:
    text = """## 11. References

### Official Documentation

| Resource | URL |
|---|---|
| Ollama official site | https://ollama.com |
| Ollama CLI docs | https://docs.ollama.com/cli |

## Setup

| Tool | Where |
|---|---|
| Node | https://nodejs.org |
"""
    items = read_document(text, "guide.md").items
    assert [(item["title"], item["URL"]) for item in items] == [
        ("Ollama official site", "https://ollama.com"), ("Ollama CLI docs", "https://docs.ollama.com/cli")]
