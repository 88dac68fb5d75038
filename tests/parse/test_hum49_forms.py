"""Forms of English-language humanities lists (``humanities_real16.jsonl``): MHRA's bracketed imprint with an
edition or a later issue between the publisher and the year (``(Wadsworth, 2nd rev. edn, 1997)``, ``(Faber and
Faber, 1981, re-issued 2009)``), the classicists' lower-case roles after the names (``Foley, H. ed. (1981)``) and
after the title (``Title, tr. Pamela Morris.``, ``Title. tr. Willis & de Heer.``, ``Title. edd. B. Carpenter and
M. Levine.``) and after the year (``(1997). edd. Title``), Chicago's editors read into the title (``Cheney, C. R. and
M. Jones, eds. *Title*, revised edition.``) and after an italic book (``in *Book*. John Bossy, ed. Cambridge:``), and
an italic title cut with an elision mark (``*Ecclesiastical Law* […], vol. 2.``). The examples are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Hartley, Anne, *The Craft of Engraving Music* (Wadsworth, 2nd rev. edn, 1999)",
        {"title": "The Craft of Engraving Music", "publisher": "Wadsworth"},
    ),
    (
        "Barnes, Peter, *A Short History of the Lute* (Faber and Faber, 1974, re-issued 2004)",
        {"title": "A Short History of the Lute", "publisher": "Faber and Faber"},
    ),
    (
        "Grant, M. ed. (1988) Civilization of the Ancient Mediterranean. New York.",
        {"editor": [{"family": "Grant", "given": "M."}], "title": "Civilization of the Ancient Mediterranean"},
    ),
    (
        "Hale, Robert. ed. (2003). Studies in Roman Epic Poetry. Leiden.",
        {"editor": [{"family": "Hale", "given": "Robert"}], "title": "Studies in Roman Epic Poetry"},
    ),
    (
        "Mauriac, François. (1932). Vipers' Tangle, tr. Warre Bradley Wells. New York.",
        {"title": "Vipers' Tangle", "translator": [{"family": "Wells", "given": "Warre Bradley"}]},
    ),
    (
        "Snell, Bruno. (1953). The Discovery of the Mind. tr. Rosenmeyer. Cambridge, MA.",
        {"title": "The Discovery of the Mind", "translator": [{"literal": "Rosenmeyer"}]},
    ),
    (
        "Herbert, Zbigniew. (2007). The Collected Poems. edd. Alissa Valles and Peter Dale Scott. New York.",
        {
            "title": "The Collected Poems",
            "editor": [{"family": "Valles", "given": "Alissa"}, {"family": "Scott", "given": "Peter Dale"}],
        },
    ),
    (
        "Wright, A. B. and K. Marsh, eds. *A Guide to the Parish Records of Kent*, revised edition. Maidstone: Kent "
        "Archives Office, 1988.",
        {
            "editor": [{"family": "Wright", "given": "A. B."}, {"family": "Marsh", "given": "K."}],
            "title": "A Guide to the Parish Records of Kent",
        },
    ),
    (
        'Carter, Helen. "Bridal Gifts in Quattrocento Siena," in *Family and Household in Renaissance Italy*. '
        "Robert Hale, ed. Oxford: Clarendon Press, 1991.",
        {
            "editor": [{"family": "Hale", "given": "Robert"}],
            "container-title": "Family and Household in Renaissance Italy",
            "publisher-place": "Oxford",
        },
    ),
    (
        "Ward, Helen J. and Booth, A. R. (2004). edd. Greek Colonies of the Black Sea. Oxford.",
        {
            "editor": [{"family": "Ward", "given": "Helen J."}, {"family": "Booth", "given": "A. R."}],
            "title": "Greek Colonies of the Black Sea",
        },
    ),
    (
        "Wood, Thomas. *An Institute of the Laws of England* […], vol. 1. London: R. Sare, 1720.",
        {"title": "An Institute of the Laws of England", "volume": "1", "publisher": "R. Sare"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form_is_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


def test_title_after_imprint_bracket_is_flagged() -> None:
    from biblio.parse.review.held_forms import held_form_signals

    text = (
        "Blom, Eric (ed.), *Grove's Dictionary of Music and Musicians*, 9 vols (Macmillan, 5th edn, 1954) especially "
        "the articles on Notation"
    )
    item = {
        "title": "especially the articles on Notation",
        "container-title": "Grove's Dictionary of Music and Musicians",
    }
    assert "title:after-imprint" in held_form_signals(item, text)
    right = {"title": "Grove's Dictionary of Music and Musicians", "publisher": "Macmillan"}
    assert "title:after-imprint" not in held_form_signals(right, text)
