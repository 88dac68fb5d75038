"""Forms of the dev-split round (devlab): each a convention many lists print, found on the calibration and
training splits' wrong references."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.split_journal import abbreviation_cut


def test_untitled_physics_reference_keeps_its_abbreviated_journal_whole() -> None:
    # "Names: Journal Vol, Page (Year)", no title: the LNCS reader had cut the journal at its first period
    item = parse_reference("Lee, T.D., Yang, C.N.: Phys. Rev. 104, 254 (1956)")
    assert "title" not in item and item["container-title"].rstrip(".") == "Phys. Rev"
    assert (item["volume"], item["page"]) == ("104", "254")
    item = parse_reference("C. G. Bollini, T. Escobar and M. C. Rocca : Int. J. of Theor. Phys. 38, 2315( 1999).")
    assert "title" not in item and item["container-title"].rstrip(".") == "Int. J. of Theor. Phys"
    model = {"container-title": "Phys. Lett. B"}
    assert abbreviation_cut({"title": "Phys", "container-title": "Lett. B"}, model)
    # a title of its own: a word that is no abbreviation, or a model that read a title
    assert not abbreviation_cut({"title": "Parity violation", "container-title": "Lett. B"}, model)
    assert not abbreviation_cut({"title": "Phys", "container-title": "Lett. B"}, {**model, "title": "A title"})


def test_degree_before_thesis_does_not_end_the_title() -> None:
    # "Ph.D." is no sentence's end: the APA reader had kept "Ph.D" in the title and "thesis" alone as the genre
    item = parse_reference(
        "Plotkin, G. D. (1971a). Automatic Methods of Inductive Inference. Ph.D. thesis, Edinburgh University."
    )
    assert (item["type"], item["title"]) == ("thesis", "Automatic Methods of Inductive Inference")
    assert (item["genre"], item["publisher"]) == ("Ph.D. thesis", "Edinburgh University")
