"""Real documents, round docs50 (tests/data/documents/PROVENANCE.md): links whose words wrap under sub-headings,
links and whole references in one list, labelled addresses, an F# script's header, frames of "=" and box-drawing
lines in comments, entries set off by hanging indents alone, conferences' two-digit years, a line an entry."""

from __future__ import annotations

import pytest

from biblio.api import read_document
from biblio.references.cues import has_year
from biblio.references.notes import annotation
from biblio.references.splitter import split_references


def _sources(text: str, name: str = "page.md") -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in read_document(text, name).items]


def test_links_whose_words_wrap_under_sub_headings_are_the_list() -> None:
    text = ("Some prose before the list of sources, long enough to be a paragraph of the page.\n\n"
            "## References\n\n"
            "### Official Documentation\n\n"
            "- [SolidStart —\n  Authentication](https://docs.solidjs.com/solid-start/advanced/auth) — server function\n"
            "  auth patterns\n"
            "- [SolidStart\n  — Middleware](https://docs.solidjs.com/solid-start/advanced/middleware) — middleware\n\n"
            "### Third-Party\n\n"
            "- [Brenelz\n  — Protected Routes with Clerk & SolidStart](https://www.brenelz.com/posts/p/) — layout\n")
    found = read_document(text, "notes.md")
    assert [item["URL"] for item in found.items] == [
        "https://docs.solidjs.com/solid-start/advanced/auth", "https://docs.solidjs.com/solid-start/advanced/middleware",
        "https://www.brenelz.com/posts/p/"]
    # the words after the link are a reader's note on it, kept apart
    assert found.items[0]["custom"]["biblio"]["annotation"] == "server function auth patterns"


def test_org_links_keep_their_verbatim_words_as_plain_words() -> None:
    text = ("* References\n"
            "- [[https://docs.solidjs.com/solid-router/reference/data-apis/create-async][Solid\n"
            "  Router --- =createAsync= Reference]] --- API signature, =deferStream=\n"
            "  option\n"
            "- [[https://authjs.dev/reference/solid-start][Auth.js --- SolidStart\n"
            "  Integration]] --- Auth.js setup and session management\n")
    items = read_document(text, "notes.org").items
    assert [item.get("title") for item in items] == ["Solid Router — createAsync Reference",
                                                     "Auth.js — SolidStart Integration"]


def test_links_and_whole_references_in_one_list() -> None:
    text = ("## References and Notes\n\n"
            "-   [Fast modular multiplication by orz - Codeforces](https://codeforces.com/blog/entry/96759)\n"
            "-   [Barrett Reduction - Wikipedia](https://en.wikipedia.org/wiki/Barrett_reduction)\n"
            "-   [Montgomery Multiplication - CP Algorithms](https://cp-algorithms.com/algebra/montgomery.html)\n"
            "-   [Barrett Reduction - A41](https://encrypt.a41.io/primitives/barrett-reduction)\n"
            "-   [Binary Exponentiation by Factoring - CP Algorithms](https://cp-algorithms.com/algebra/exp.html)\n"
            "-   Montgomery, Peter L. \"Modular multiplication without trial division.\" Mathematics of computation\n"
            "    44, no. 170 (1985): 519-521.\n\n"
            "[^shoup]: Shoup implemented this extension of Barrett reduction in his library, hence the name.\n")
    sources = _sources(text)
    assert len(sources) == 6 and sources[-1].startswith("Montgomery, Peter L.")


def test_labelled_addresses_under_a_numbered_heading() -> None:
    text = ("## 4 References\n\n"
            "* Color Picker: https://www.w3schools.com/colors/colors_picker.asp\n"
            "* PHP Commands: https://www.php.net/manual/en/index.php\n"
            "* Java Help: https://www.w3schools.com/java/\n")
    assert _sources(text) == ["Color Picker: https://www.w3schools.com/colors/colors_picker.asp",
                              "PHP Commands: https://www.php.net/manual/en/index.php",
                              "Java Help: https://www.w3schools.com/java/"]


_FSHARP = """\
// ==============================================================================
// Antibiotic Precursor Synthesis - Alternative Route Discovery
// ==============================================================================
// References:
//   [1] Wikipedia: beta-Lactam (https://en.wikipedia.org/wiki/Beta-lactam)
//   [2] Wikipedia: Cephalosporin (https://en.wikipedia.org/wiki/Cephalosporin)
//   [3] Staudinger, H. "Zur Kenntniss der Ketene" Liebigs Ann. Chem. (1907)
//   [4] Reiher, M. et al. "Elucidating reaction mechanisms on quantum computers" PNAS (2017)
// ==============================================================================

open System
"""


@pytest.mark.parametrize("name", ["synthesis.fsx", "synthesis.fs"])
def test_an_f_sharp_script_s_header_frame_is_no_heading_s_underline(name: str) -> None:
    # the closing frame under the list would make it one heading; it is a frame
    assert [s[:12] for s in _sources(_FSHARP, name)] == ["Wikipedia: b", "Wikipedia: C", "Staudinger, ",
                                                         "Reiher, M. e"]


def test_a_rule_under_a_list_in_a_doc_comment_keeps_the_paragraph_after_apart() -> None:
    text = ("/// References:\n"
            "/// 1.  S. C. Eisenstat, M. C. Gursky, M. H. Schultz, and A. H. Sherman,\n"
            "///     Yale Sparse Matrix Package: II. The Nonsymmetric Codes,\n"
            "///     Research Report No. 114, Dept. of Computer Sciences, Yale\n"
            "///     University, 1977.\n"
            "///-----------------------------------------------------------------------\n"
            "/// Summary of Usage.\n"
            "///\n"
            "/// Communication between the user and the DLSODES package, for normal\n"
            "/// situations, is summarized here.\n"
            "fn dlsodes() {}\n")
    assert _sources(text, "odepack.rs") == [
        "S. C. Eisenstat, M. C. Gursky, M. H. Schultz, and A. H. Sherman, Yale Sparse Matrix Package: II. The "
        "Nonsymmetric Codes, Research Report No. 114, Dept. of Computer Sciences, Yale University, 1977."]


_HANGING = """\
// free code motion of pure defs.
//
// References:
//   Click & Paleczny, "A Simple Graph-Based Intermediate Representation"
//     (sea of nodes), ACM SIGPLAN Workshop on IR (IR'95).
//   Knoop, Rüthing & Steffen, "Lazy Code Motion", PLDI'92 (as-late-as-possible
//     placement machinery).
//   Wegman & Zadeck, "Constant Propagation with Conditional Branches" (SCCP),
//     ACM TOPLAS 1991 (const-fold lattice paired with the DCE sweep).
//   Cooper & Torczon, "Engineering a Compiler", ch. 10 (mark-sweep aggressive
//     DCE with side-effect roots).
// ─────────────────────────────────────────────────────────────────────────────

#include "upass_runner.hpp"

// prp2lnast wraps the UFCS receiver of `obj.method(...)` in a
// `store(__ufcs_arg, obj)` marker so the runner can reject the UFCS form.
"""


def test_entries_set_off_by_hanging_indents_alone_and_a_box_drawing_frame() -> None:
    found = read_document(_HANGING, "runner.cpp")
    assert [s[:12] for s in (item["custom"]["biblio"]["source"] for item in found.items)] == [
        "Click & Pale", "Knoop, Rüthi", "Wegman & Zad", "Cooper & Tor"]
    assert not any("prp2lnast" in d for d in found.details)  # the frame ends the list


@pytest.mark.parametrize(("text", "dated"), [
    ("Click, \"Global Code Motion\", PLDI'95.", True),
    ("Smith, J. A talk. ICSE '04.", True),
    ("We met in Spring '95 and again later.", False),
    ("O'95 is no year", False),
])
def test_a_conference_s_two_digit_year(text: str, dated: bool) -> None:
    assert has_year(text) is dated


def test_a_line_an_entry_when_the_last_line_is_the_longest() -> None:
    text = ('Padfield, D. "Masked FFT registration". CVPR, 2010.\n'
            'Lewis, J.P. "Fast Normalized Cross-Correlation". Industrial Light & Magic.\n')
    assert [ref.text[:8] for ref in split_references(text)] == ["Padfield", "Lewis, J"]


def test_one_reference_wrapped_at_a_width_stays_whole() -> None:
    text = ("Montgomery, Peter L. \"Modular multiplication without trial division.\"\n"
            "Mathematics of computation 44, no. 170 (1985): 519-521.\n")
    assert len(split_references(text)) == 1


@pytest.mark.parametrize(("text", "kept", "note"), [
    ("[Barrett Reduction - Wikipedia](https://en.wikipedia.org/wiki/Barrett_reduction) — the reduction, step by step",
     "[Barrett Reduction - Wikipedia](https://en.wikipedia.org/wiki/Barrett_reduction)", "the reduction, step by step"),
    ("[solid-router #247](https://github.com/solidjs/solid-router/issues/247) -- Ryan Carniato: \"use data\"",
     "[solid-router #247](https://github.com/solidjs/solid-router/issues/247)", "Ryan Carniato: \"use data\""),
])
def test_words_after_a_link_to_the_work_are_a_note(text: str, kept: str, note: str) -> None:
    assert annotation(text) == (kept, note)
