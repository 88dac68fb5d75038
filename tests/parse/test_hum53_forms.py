"""Chicago humanities forms: a closing sentence on the first printing (``Originally written c. 1477.``, ``First
published 1992 by …``), role sentences after a plain title (``Compiled by``, ``Translation by``, ``Translated by A,
edited by B``), ``In Book. Compiled by X. n.p.:``, a book's volume as a sentence after it (``In *Book*. Vol. 1.``),
a journal's ``43.4`` and ``117: 2`` before its bracketed date, the years a volume covers (``32 (1946–48)``), and a
note's plain book read as a container and its volume cited after the facts (``2 vols. (…), 1: 212, 230``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.form_cases import assert_read_as, needs_review

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Glarean, Heinrich. Dodecachordon. Translated by Clement A. Miller. Rome: American Institute of "
        "Musicology, 1965. Originally written c. 1547.",
        {"publisher": "American Institute of Musicology", "page": None, "issued": {"date-parts": [[1965]]}},
    ),
    (
        "Porter, Roy. *English Society in the Eighteenth Century*. London: Penguin, 1991. First published 1982 by "
        "Allen Lane.",
        {"publisher": "Penguin", "publisher-place": "London"},
    ),
    (
        "Gaffurius, Franchinus. Practica musicae. Compiled by Irwin Young. Madison: University of Wisconsin Press, "
        "1969. Originally published Milan: 1496.",
        {"title": "Practica musicae", "publisher-place": "Madison", "page": None},
    ),
    (
        "Mattheson, Johann. Der vollkommene Capellmeister. Translation by Ernest C. Harriss. Ann Arbor: UMI "
        "Research Press, 1981. Originally published 1739.",
        {"title": "Der vollkommene Capellmeister", "translator": [{"family": "Harriss", "given": "Ernest C."}]},
    ),
    (
        "Fux, Johann Joseph. The Study of Counterpoint. Translated by Alfred Mann and John Edmunds, edited by "
        "Alfred Mann. New York: Norton, 1965. Originally published 1725.",
        {
            "translator": [{"family": "Mann", "given": "Alfred"}, {"family": "Edmunds", "given": "John"}],
            "editor": [{"family": "Mann", "given": "Alfred"}],
            "publisher": "Norton",
            "publisher-place": "New York",
        },
    ),
    (
        "Rameau, Jean-Philippe. Treatise on Harmony. Translated by Philip Gossett and edited by Claude Palisca. "
        "New York: Dover, 1971. Originally published 1722.",
        {
            "translator": [{"family": "Gossett", "given": "Philip"}],
            "editor": [{"family": "Palisca", "given": "Claude"}],
        },
    ),
    (
        "Gafori, Franchino. De harmonia musicorum instrumentorum. In Franchini Gafuri Opera Omnia. Compiled by "
        "Albert Seay. n.p.: American Institute of Musicology, 1977. Originally written 1500.",
        {
            "container-title": "Franchini Gafuri Opera Omnia",
            "editor": [{"family": "Seay", "given": "Albert"}],
            "publisher": "American Institute of Musicology",
        },
    ),
    (
        "Weber, Ernst. “Postwesen.” In *Lexikon des Mittelalters*. Vol. 7. Edited by Robert Auty. Munich: Artemis, "
        "1995.",
        {"container-title": "Lexikon des Mittelalters", "volume": "7"},
    ),
    (
        "Schubert, Peter and Julie Cumming, “Another Lesson from Lassus: using Computers to Analyze Counterpoint.” "
        "Early Music 43.4 (November 2015): 577–86.",
        {"container-title": "Early Music", "volume": "43", "issue": "4"},
    ),
    (
        "Reed, Christopher. \"Shadow Art: All That's Needed Are Scissors and a Steady Hand,\" Harvard Magazine 117: 2 "
        "(November–December 2014), 104.",
        {"container-title": "Harvard Magazine", "volume": "117", "issue": "2"},
    ),
    (
        "———. “Memoirs of Thomas Jones: Penkerrig Radnorshire, 1803.” *Volume of the Walpole Society* 32 (1946–48): "
        "1–143.",
        {"issued": {"date-parts": [[1946]]}, "issue": None, "volume": "32"},
    ),
    (
        "T. G. Masaryk, The Spirit of Russia: Studies in History, Literature and Philosophy, trans. Eden and Cedar "
        "Paul, vol. 2 (London: Allen & Unwin, 1919), 559, 560.",
        {"title": "The Spirit of Russia: Studies in History, Literature and Philosophy", "container-title": None},
    ),
    (
        "N. A. Berdyaev, The Russian Idea, trans. R. M. French, 2 vols. (New York: Macmillan, 1948), 1: 212, 230.",
        {"volume": "1", "issue": None, "page": "212, 230", "note": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_hum53_forms(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


OPENINGS: list[tuple[str, dict[str, Any]]] = [
    (
        "Laughon, Helen, and Nel Laughon. August Edouart: A Quaker Album: American and English Duplicate "
        "Silhouettes, 1827–1845 (Richmond, VA: Cheswick Press, 1987).",
        {"title": "August Edouart: A Quaker Album: American and English Duplicate Silhouettes, 1827–1845"},
    ),
    (
        "Shaw, Gwendolyn DuBois. \"'Moses Williams, Cutter of Profiles': Silhouettes and African American Identity "
        "in the Early Republic,\" Proceedings of the American Philosophical Society 149: 1 (March 2005), 22-39.",
        {"author": [{"family": "Shaw", "given": "Gwendolyn DuBois"}]},
    ),
    (
        "Oliver, Andrew. Auguste Edouart's Silhouettes of Eminent Americans, 1839–1844 (Charlottesville, VA: "
        "Published for the National Portrait Gallery by the University Press of Virginia, 1977).",
        {"publisher": "University Press of Virginia", "publisher-place": "Charlottesville, VA"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENINGS, ids=[c[0][:40] for c in OPENINGS])
def test_hum53_title_openings(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


NUMBERS: list[tuple[str, dict[str, Any]]] = [
    (
        "Edelman, Todd M. “The Checkered Career of ‘Jew’ King: A Study in Anglo-Jewish Social History.” *AJS Review* "
        "7/8 (1982–83): 69–100.",
        {"volume": "7/8", "issue": None},
    ),
    (
        "Eckstein, D., and J. Bauch. 1969. “Beitrag Zur Rationalisierung Eines Dendrochronologischen Verfahrens Und "
        "Zur Analyse Seiner Aussagesicherheit.” *Forstwissenschaftliches Centralblatt* 88: 230–50. "
        "https://doi.org/<https://doi.org/10.1007/BF02741777>.",
        {"DOI": "10.1007/BF02741777", "URL": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS, ids=[c[0][:40] for c in NUMBERS])
def test_hum53_numbers_and_links(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_role_sentence_kept_in_a_value_is_flagged() -> None:
    """The first printing's sentence read into the publisher (``American Institute of Musicology. Originally written
    c``), where no date of the edition cited precedes it, is flagged."""
    text = "Glarean, Heinrich. Dodecachordon. Rome: American Institute of Musicology. Originally written c. 1547."
    assert needs_review(text)
