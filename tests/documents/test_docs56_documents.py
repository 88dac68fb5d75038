# ruff: noqa: E501  (the documents' lines are kept as they are written)
"""Round docs56: Stata help files (SMCL), boxed ``(* … *)`` comments, an Emacs library's sections, RFCs cited by
number and quoted title, POD links whose words run over lines."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.layout import flavour_of


def _items(text: str, name: str) -> list[dict]:
    return read_document(text, name).items


_SMCL = """{smcl}
{* *! version 1.0.0  20feb2024}{...}
{title:Description}

{pstd}
{cmd:mycmd} follows Albert (1972).{p_end}

{marker references}{...}
{title:References}

{phang}Albert, A., 1972. {it:Regression And The Moore-Penrose Pseudoinverse.} New
York: Academic Press.{p_end}
{phang}Ulm K. 1990. A simple method to calculate the confidence interval of a standardized mortality ratio
(SMR). {it:American Journal of Epidemiology} 131: 373-375. {browse "https://doi.org/10.1093/oxfordjournals.aje.a115507"}{p_end}

{marker author}{...}
{title:Author}

{pstd}Timothy P Copeland, Karolinska Institutet{p_end}
"""


def test_a_stata_help_file_s_paragraphs_are_its_entries_and_its_markup_is_read() -> None:
    assert flavour_of(_SMCL, "mycmd.sthlp") == "smcl" and flavour_of(_SMCL, "mycmd.hlp") == "smcl"
    items = _items(_SMCL, "mycmd.sthlp")
    assert [item["title"] for item in items] == [
        "Regression And The Moore-Penrose Pseudoinverse",
        "A simple method to calculate the confidence interval of a standardized mortality ratio (SMR)"]
    assert items[1]["container-title"] == "American Journal of Epidemiology"
    assert items[1]["DOI"] == "10.1093/oxfordjournals.aje.a115507"
    assert [item["custom"]["biblio"]["section"] for item in items] == ["References", "References"]


_BOXED = """(******************************************************************************)
(* Spectral gap convergence.                                                  *)
(*                                                                            *)
(* References:                                                                *)
(*   Chung (1997), Spectral Graph Theory, AMS.                               *)
(*   Wilson (2004), Ann. Appl. Probab. 14(1):274-325.                        *)
(*                                                                            *)
(******************************************************************************)

Section spectral.
Variable R : realType.
"""


def test_a_boxed_comment_s_lines_are_text_and_its_frame_none() -> None:
    items = _items(_BOXED, "spectral.v")
    assert [item["custom"]["biblio"]["source"] for item in items] == [
        "Chung (1997), Spectral Graph Theory, AMS.", "Wilson (2004), Ann. Appl. Probab. 14(1):274-325."]
    assert items[1]["volume"] == "14" and items[1]["page"] == "274-325"


def test_verilog_is_no_ml_source() -> None:
    verilog = "// A counter.\n// References: none\nmodule counter(input clk);\n(* keep *) reg q;\nendmodule\n"
    assert flavour_of(verilog, "counter.v") != "ml"


_EMACS = """;;; dns-mode.el --- a mode for DNS master files

;;; Commentary:

;; Use M-x dns-mode RET to invoke in master files.

;;; References:

;; RFC 1034, "DOMAIN NAMES - CONCEPTS AND FACILITIES", P. Mockapetris.
;; RFC 5155, "DNS Security (DNSSEC) Hashed Authenticated Denial of Existence"
;; RFC 6698, "The DNS-Based Authentication of Named Entities (DANE)
;;             Transport Layer Security (TLS) Protocol: TLSA"

;;; Release history:

;; 2004-09-11  Posted on gnu.emacs.sources.
;; 2004-09-13  Ported to XEmacs.

;;; Code:
(defgroup dns-mode nil "DNS." :group 'data)
"""


def test_rfcs_cited_by_number_and_title_are_references_and_an_emacs_section_ends_the_list() -> None:
    items = _items(_EMACS, "dns-mode.el")
    assert [item["custom"]["biblio"]["source"][:8] for item in items] == ["RFC 1034", "RFC 5155", "RFC 6698"]
    assert items[2]["custom"]["biblio"]["source"].endswith("Protocol: TLSA\"")


_POD = """=head1 REFERENCES

2ality.com, L<Encoding permutations as integers via the Lehmer
code|https://2ality.com/2013/03/permutations.html>

Stack Overflow, L<Fast permutations -E<gt> number -E<gt> permutation
mapping
algorithms|https://stackoverflow.com/questions/1506078/fast-permutations-number-permutation-mapping-algorithms>

=head1 LICENSE

Free software.

=cut
"""


def test_a_pod_link_whose_words_run_over_lines_and_hold_an_escape_is_one_link() -> None:
    items = _items(_POD, "Lehmer.pm")
    assert [item["title"] for item in items] == [
        "Encoding permutations as integers via the Lehmer code",
        "Fast permutations -> number -> permutation mapping algorithms"]
    assert items[1]["URL"].endswith("/1506078/fast-permutations-number-permutation-mapping-algorithms")
