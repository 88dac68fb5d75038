"""Forms of humanities lists in English, German, Italian and French (``humanities_real15.jsonl``): older MLA's
contributors named before their role (``Karen Eales, trans.``, ``Vern L. Bullough and James Brundage, eds.``),
a French book's series in brackets after its publisher (``Paris, Seuil (Points Histoire), 1990``), the year of a
first edition before the imprint (``1ère éd. 1939, Paris, …, 1994``), German names parted by ``/ `` with ``u.a.``
and ``(Hgg.)``, a two-word family before the colon (``Bortoni Salvadori, Fabia:``), a quoted title's container
after ``in`` (``‘Title’ in Rivista d’Arte, 1933``), a book's own author before its italic title after ``in``
(``in Aristotle, *Prior Analytics*``), ``second edition`` and a bracketed series before the imprint, a title
opening on ``In``, a capital particle after initials (``E. Le Roy Ladurie``). The examples are written for these
tests."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Marsh, Ellen. Songs of the Early Cloisters. Paul Hart, trans. Oxford: Oxford University Press, 1988.",
        {"title": "Songs of the Early Cloisters", "translator": [{"family": "Hart", "given": "Paul"}]},
    ),
    (
        "Rossi, Pietro Maria. La corte dei Gonzaga. Anna Bellini, ed. Milano: Mursia, 1979.",
        {"title": "La corte dei Gonzaga", "editor": [{"family": "Bellini", "given": "Anna"}]},
    ),
    (
        'Field, Anne B. "The Miller." in The Village Economy. Hugo Marchetti, ed. Sara K. Long, trans. London: '
        "Verso, 1991.",
        {"editor": [{"family": "Marchetti", "given": "Hugo"}], "translator": [{"family": "Long", "given": "Sara K."}]},
    ),
    (
        'Weil, Daniel. "Rivers of Song." Essays on Tuscan Music. Clara Neri, ed. Firenze: Olschki, 1990. 51-70.',
        {"container-title": "Essays on Tuscan Music", "editor": [{"family": "Neri", "given": "Clara"}]},
    ),
    (
        "G. Martin, *Histoire des abbayes du Midi*, Paris, Seuil (Points Histoire), 1992.",
        {"publisher": "Seuil", "collection-title": "Points Histoire", "publisher-place": "Paris"},
    ),
    (
        "P. Durand, *Histoire des Vaudois*, 1ère éd. 1972, Paris, Perrin, 2001.",
        {"issued": {"date-parts": [[2001]]}, "publisher": "Perrin"},
    ),
    (
        "Keller, Jonas/ Brandt, Lea (Hgg.): Stadt und Fluss. Beiträge zur Ortsgeschichte, Mainz 2014.",
        {
            "editor": [{"family": "Keller", "given": "Jonas"}, {"family": "Brandt", "given": "Lea"}],
            "title": "Stadt und Fluss. Beiträge zur Ortsgeschichte",
        },
    ),
    (
        "Wolf, Anna M./ Ritter, Friedrich, u.a.: Kassels Mühlen. Handwerk und Gewerbe im Wandel der Jahrhunderte, "
        "Kassel 1999.",
        {
            "author": [{"family": "Wolf", "given": "Anna M."}, {"family": "Ritter", "given": "Friedrich"}],
            "title": "Kassels Mühlen. Handwerk und Gewerbe im Wandel der Jahrhunderte",
        },
    ),
    (
        "Ferri Bellucci, Carla: Le botteghe dei pittori a Siena, Siena 1981.",
        {"author": [{"family": "Ferri Bellucci", "given": "Carla"}], "title": "Le botteghe dei pittori a Siena"},
    ),
    (
        "Conti, R.: ‘Due lettere inedite del Guercino’ in Paragone Arte, 1958, pp. 30-41.",
        {"title": "Due lettere inedite del Guercino", "container-title": "Paragone Arte", "page": "30-41"},
    ),
    (
        "Blake, S., 1971, “Replies to Critics”, in Hume, *Treatise of Human Nature*, S. Blake (ed.), Indianapolis, "
        "IN: Hackett, pp. 211–40.",
        {"container-title": "Treatise of Human Nature"},
    ),
    (
        "Hale, B., 1987, *Abstract Objects*, second edition, Oxford: Blackwell.",
        {"edition": "2", "publisher": "Blackwell"},
    ),
    (
        "Ricketts, Tom, 2001, *Kant's Legacy and Its Critics*, (Philosophy Today), New York: Palgrave Macmillan.",
        {"publisher": "Palgrave Macmillan", "collection-title": "Philosophy Today"},
    ),
    (
        "Putnam, R., 1981, *In Defense of Meaning*, Cambridge: Cambridge University Press.",
        {"title": "In Defense of Meaning", "publisher": "Cambridge University Press"},
    ),
    (
        "E. Le Roy Ladurie, *Le territoire de l'historien*, Paris, Gallimard, 1973.",
        {"author": [{"family": "Le Roy Ladurie", "given": "E."}]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_form_is_read(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lindqvist, Per. Nordic Ballads. Ann Forde, trans. London: Faber, 1977.", {"translator"}),
        ("Ruiz, Ana: Lettere (a cura di Paolo Neri), Roma 1961.", {"editor"}),
        ("Gallo, Marco: Opere, 3 vols., Napoli 1761-4.", {"issued"}),
        ("Hart, Anna: ‘Le stampe del Seicento’ in Rivista d’Arte, 1961, pp. 5-20.", {"container-title"}),
        (
            "Heim, Lars/ Vogt, Sina, u.a. (Hgg.): Kleine Stadtgeschichte. Von der Burg zur Stadt, 2 Bde., Fulda "
            "2001–2004.",
            {"editor"},
        ),
    ],
)
def test_field_is_read(text: str, expected: set[str]) -> None:
    item = parse_reference(text)
    assert expected <= set(item), sorted(item)


def test_sub_verbo_is_no_part_of_the_headword() -> None:
    item = parse_reference(
        'Greene, Tom. s.v. "Virtue." *Dictionary of Ethics*, Vol. 2, Oxford: Clarendon, 1990. 45-47.'
    )
    assert item.get("title") == "Virtue"


def test_held_forms_of_contributors_and_cura_are_flagged() -> None:
    from biblio.parse.review.held_forms import held_form_signals
    from biblio.parse.review.score import FORCED_BY_HELD_FORM

    assert {"title:holds-cura-phrase", "title:is-contributors"} <= set(FORCED_BY_HELD_FORM)
    source = "Boccaccio, Giovanni. G. H. McWilliam, trans. The Decameron. London: Penguin Books, 1972."
    assert "title:is-contributors" in held_form_signals({"title": "G. H. McWilliam"}, source)
    assert "title:is-contributors" not in held_form_signals({"title": "The Decameron"}, source)
    source = "Homer, The Odyssey, trans. Emily Wilson (New York: W. W. Norton, 2018), 105."
    assert "title:is-contributors" not in held_form_signals({"title": "The Odyssey"}, source)
    source = "Algarotti, Francesco: Saggi (a cura di Giovanni da Pozzo) Bari 1963."
    assert "title:holds-cura-phrase" in held_form_signals({"title": "Saggi (a cura di Giovanni da Pozzo) Bari"}, source)
    assert "title:holds-cura-phrase" not in held_form_signals({"title": "Saggi"}, source)
