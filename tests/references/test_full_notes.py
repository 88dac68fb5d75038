"""Full notes counted as works: linked to a listed entry, or one record per work when notes are all there is."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.references.cues import is_reference
from biblio.references.notes import note_citations
from biblio.references.records import document_records

HAND = Path(__file__).resolve().parents[1] / "data" / "papers" / "handwritten"


def _data(item: dict) -> dict:
    return item["custom"]["biblio"]


def test_full_notes_of_listed_works_cite_their_entries_and_unlisted_ones_stay_records() -> None:
    found = document_records((HAND / "notes.md").read_text(encoding="utf-8"), "notes.md")
    # 7 works: Duarte (a note only), then the six of the Bibliography
    assert [(_data(i)["section"], _data(i)["line"]) for i in found.items] == [
        ("Footnotes", 20), ("Bibliography", 26), ("Bibliography", 28), ("Bibliography", 30),
        ("Bibliography", 32), ("Bibliography", 34), ("Bibliography", 36)]
    notes = {_data(i)["line"]: [(n["line"], n.get("locator")) for n in _data(i).get("notes", [])]
             for i in found.items}
    assert notes == {20: [], 26: [(16, "chap. 4")], 28: [(22, "77")], 30: [(8, "45")], 32: [(10, "205")],
                     34: [], 36: [(12, "312"), (14, None)]}
    # a note's page is never the work's page
    assert all(i.get("page") not in {"45", "77", "205", "312", "315", "chap. 4"} for i in found.items)
    report = "\n".join(found.messages("notes.md", report=True))
    assert "line 20: full note, not in the reference list, kept: Maria Duarte" in report
    assert "line 22: full note, cites line 28: Ana Costa et al." in report


NOTES_ONLY = """# Merchants

Text.[^1] More.[^2] Again.[^3] And.[^4] Last.[^5]

[^1]: See Beatriz Ferreira, *Ports of Empire: Lisbon and the Atlantic* (Cambridge: Cambridge UP, 2018), 45.

[^2]: Cf. Ana Costa et al., *Credit and Empire* (Lisbon: Colibri, 2015), 77.

[^3]: Beatriz Ferreira, *Ports of Empire: Lisbon and the Atlantic* (Cambridge University Press, 2018), 60–61.

[^4]: Homer, *The Odyssey*, trans. Emily Wilson (New York: Norton, 2018), 12.

[^5]: Fernando Bouza, ed., *The Iberian World* (London: Routledge, 2010), 4; Costa et al., *Credit and Empire*, 80.
"""


def test_notes_only_keep_one_record_per_work_and_later_full_notes_cite_the_first() -> None:
    found = document_records(NOTES_ONLY, "notes-only.md")
    assert [_data(i)["line"] for i in found.items] == [5, 7, 11, 13]  # Ferreira, Costa, Homer, Bouza
    ferreira, costa = found.items[0], found.items[1]
    assert _data(ferreira)["locator"] == "45"
    assert [(n["line"], n["locator"]) for n in _data(ferreira)["notes"]] == [(9, "60–61")]
    assert [n["text"] for n in _data(costa)["notes"]] == ["Costa et al., *Credit and Empire*, 80."]
    assert not found.warnings


@pytest.mark.parametrize("note", [
    "Ana Costa et al., *Credit and Empire* (Lisbon: Colibri, 2015), 77.",
    'Smith et al., "Things Seen," *Nature* 3 (2001): 4.',
    "Homer, *The Odyssey*, trans. Emily Wilson (New York: Norton, 2018), 12.",
    "Emily Wilson, trans., *The Odyssey* (New York: Norton, 2018), 12.",
    "Jane Doe and John Roe, eds., *Big Book* (Oxford: Oxford University Press, 2001), 3.",
    "Cf. Homer, *The Odyssey*, trans. Emily Wilson (New York: Norton, 2018), 12.",
    "See also Fernando Bouza, ed., *The Iberian World* (London: Routledge, 2010), 4.",
])
def test_full_notes_with_et_al_editors_translators_and_lead_ins_are_references(note: str) -> None:
    cited = note_citations(note)
    assert len(cited) == 1 and is_reference(cited[0])


def test_a_different_year_is_a_different_work() -> None:
    text = ("Text.[^1]\n\n[^1]: Mark U. Edwards Jr., \"Printing, Propaganda, and Martin Luther,\" "
            "*Sixteenth Century Journal* 26, no. 2 (1995): 412.\n\n## Bibliography\n\n"
            "Edwards, Mark U., Jr. *Printing, Propaganda, and Martin Luther*. Berkeley: "
            "University of California Press, 1994.\n")
    assert len(document_records(text).items) == 2


def test_a_nameless_note_matches_a_listed_title_only_in_its_order() -> None:
    # a Wikipedia article's web page cited in a note and a book of its bibliography sharing two words
    text = (
        "Text.[^1]\n\n"
        "[^1]: {{cite web |title=Foo history |url=https://example.org/foo |website=Foo Council}}\n\n"
        "## Bibliography\n\n"
        "- {{cite book |last=Smith |first=John |title=A History of Foo |publisher=Oxford University Press "
        "|year=2010}}\n"
    )
    result = document_records(text, "article.md")
    titles = sorted(str(item.get("title")) for item in result.items)
    assert titles == ["A History of Foo", "Foo history"]
    assert any("full note of a work not in the reference list, kept" in line for line in result.details)
