"""Forms the merged tree read with a stray value, mended at the merges."""

from __future__ import annotations

from .form_cases import assert_read_as, read_fields


def test_french_site_phrase_after_guillemets_is_no_outlet() -> None:
    # Wikipedia's French notes: "« Title », sur www.site.fr": "sur" opens the site's phrase, it names no outlet
    text = "INSERM, « Orphanet : le syndrome de Rett », sur www.orpha.net (consulté le 15 février 2017)"
    assert_read_as(text, {"title": "Orphanet : le syndrome de Rett", "URL": "www.orpha.net"})
    assert "container-title" not in read_fields(text)



def test_title_of_nobility_before_von_is_the_family_names() -> None:
    # German family names carry a title of nobility (``Graf von Bothmer``); a given name written out before "von"
    # stays the given name (``O Anatole von Lilienfeld``)
    text = (
        "H.-C. Graf von Bothmer, O. Labs, J. Schicho and C. van de Woestijne, The Casas–Alvero conjecture for "
        "infinitely many degrees, J. Algebra 316 (2007) 224–230."
    )
    assert read_fields(text)["author"][0] == {"family": "Graf von Bothmer", "given": "H.-C."}
    lilienfeld = read_fields("O Anatole von Lilienfeld and K Burke. Title of the paper. J. Chem. Phys. 142, 2015.")
    assert lilienfeld["author"][0]["given"] == "O Anatole"


def test_outlet_after_guillemets_cited_by_its_address_is_a_site() -> None:
    # an outlet read on the web (its address cited) is a site's name: the record is a web page, as Zotero imports it
    # (the entry as a list gives it after a ditto dash: its year first)
    fields = read_fields(
        "2019. « Unique Identifiers. » Art & Architecture Thesaurus Online Full Record Display. 2019. "
        "http://www.getty.edu/vow/AATFullDisplay?find=identifier"
    )
    assert fields["type"] == "webpage"
    assert fields["container-title"] == "Art & Architecture Thesaurus Online Full Record Display"
