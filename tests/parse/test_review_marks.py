"""Needs-review signals from the text's marks at the reading's boundaries (``review/marks.py``), the table
they read (``training/review_marks.py``), and the trees grown on them after the shipped ones."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.chooser import model_item
from biblio.parse.model.labeller import Reading, default_labeller
from biblio.parse.review.marks import gaps, mark_signals
from biblio.parse.review.score import review_score, weights
from biblio.parse.review.signals import signals
from biblio.parse.review.trees import features
from biblio.parse.tokens import tokenize

CLEAN = [
    "Smith, J. (2020). A title of a paper. Journal of Tools, 12, 4-5.",
    "Doe, A., 2019. Reading old maps. The Map Journal 3, 1-9.",
    'J. Smith and K. Jones, "Counting the stars," IEEE Trans. Astron., vol. 4, no. 2, pp. 10-19, 2011.',
    "Brown, Alice. A History of Small Printing Shops. Boston: Harbour Press, 1902.",
]
# a title run over the place of printing (". Leeds"): every word read, one boundary missed
RUN_OVER = "Green, Peter. 1811. An essay on the river trade of the north. Leeds."


def _reading(text: str, labels: list[str]) -> Reading:
    tokens = tokenize(text)
    assert len(tokens) == len(labels)
    return Reading(tokens, labels, [1.0] * len(labels), [], 1.0)


def test_each_pair_of_words_gets_the_mark_between_them_as_a_key() -> None:
    text = "Smith J. Deep learning. Tools"
    labels = ["author", "author", "author", "title", "title", "title", "container-title"]
    assert list(gaps(tokenize(text), labels)) == [
        ("author  0 CI", "author  0", False),  # no mark, a name then an initial
        ("author . 0 IC", "author . 0", True),
        ("title  0 Cl", "title  0", False),
        ("title . 0 lC", "title . 0", True),
    ]
    # links and italics: the edge of a marked run is a mark of its own
    (fine, coarse, cut) = next(gaps(tokenize("A *Book* here"), ["title"] * 3))
    assert coarse.startswith("title  ") and coarse != "title  0" and not cut


def test_a_clean_reading_has_no_odd_marks() -> None:
    for text in CLEAN:
        ev = mark_signals(default_labeller().read(text))
        assert ev["marks:odd-boundary"] < 0.5 and ev["marks:odd-inside"] < 0.5, (text, ev)


def test_a_boundary_where_the_text_has_no_mark_is_odd() -> None:
    text = "Smith John Deep learning Tools"
    right = _reading(text, ["author", "author", "title", "title", "container-title"])
    # the names run into the title: the boundary falls between two lower-case words, with no mark
    wrong = _reading(text, ["author", "author", "author", "title", "container-title"])
    assert mark_signals(wrong)["marks:odd-boundary"] > 0.9
    assert mark_signals(wrong)["marks:odd-boundary"] > mark_signals(right)["marks:odd-boundary"]


def test_a_field_run_over_a_full_stop_and_a_capital_is_odd() -> None:
    reading = default_labeller().read(RUN_OVER)
    # the labeller runs the title over the town (a mend reads the town apart after it: the signal weighs the labels)
    assert any(s.label == "title" and s.text.rstrip(" .").endswith("Leeds") for s in reading.spans)
    assert mark_signals(reading)["marks:odd-inside"] > 0.8


def test_a_containers_own_in_before_its_italic_name_is_no_odd_mark() -> None:
    # the German bibliographies' "…*, in: *Speculum* 45 (1970)": the italics open on the name "in:" introduces
    text = "in: *Speculum* 45"
    assert mark_signals(_reading(text, ["journal", "journal", "journal", "volume"]))["marks:odd-inside"] < 0.1
    # another word before the italics keeps the counts' doubt
    other = _reading("on: *Speculum* 45", ["journal", "journal", "journal", "volume"])
    assert mark_signals(other)["marks:odd-inside"] > 0.5


@pytest.mark.parametrize(
    ("text", "odd"),
    [
        # a book's title and subtitle in one italic span (romance_real, humanities_real4; round flag16)
        ("*Cosa nostra. Storia della mafia*", False),
        # the journal's name run into italics that open inside the title (AnyStyle's "<italic>" data)
        ("nematode *Globodera rostochiensis. Molecular Plant*", True),
        # two italic spans side by side
        ("*Cosa nostra*. *Storia della mafia*", True),
    ],
)
def test_a_full_stop_inside_a_titles_own_italics_is_no_odd_mark(text: str, odd: bool) -> None:
    reading = _reading(text, ["title"] * len(tokenize(text)))
    assert (mark_signals(reading)["marks:odd-inside"] > 0.5) is odd


def test_the_german_form_of_an_article_is_not_flagged() -> None:
    text = "Bachrach, Bernard S.: *Procopius, Agathias and the Frankish Military*, in: *Speculum* 45 (1970), 435–441."
    item = read_reference(text)
    assert item["container-title"] == "Speculum" and item["page"] == "435-441"
    assert "needs-review" not in item["custom"]["biblio"].get("flags", [])


def test_an_empty_reading_has_no_mark_signals() -> None:
    assert mark_signals(Reading([], [], [], [], 0.0)) == {"marks:odd-boundary": 0.0, "marks:odd-inside": 0.0}


def test_the_shipped_trees_weigh_the_marks() -> None:
    group = weights()["groups"]["model"]
    assert {"marks:odd-boundary", "marks:odd-inside"} <= features(group["ensemble"])
    reading = default_labeller().read(RUN_OVER)
    item = model_item(RUN_OVER, reading)
    item["custom"]["biblio"]["source"] = RUN_OVER
    ev = signals(item, reading, None, "model", None)
    assert ev["marks:odd-inside"] > 0.8
    calm = dict(ev, **{"marks:odd-inside": 0.0, "marks:odd-boundary": 0.0})
    assert review_score(ev) > review_score(calm)


def test_clean_references_are_not_flagged() -> None:
    for text in CLEAN:
        data = read_reference(text)["custom"]["biblio"]
        assert "needs-review" not in data.get("flags", []), (text, data)


def test_the_table_counts_how_often_each_mark_is_a_boundary_on_the_training_split() -> None:
    from biblio.parse.training import review_marks
    from biblio.parse.training.data import is_held_out

    text = "Smith, J. A title. Journal"
    segments = [["author", "Smith, J."], ["title", "A title."], ["journal", "Journal"]]
    records = [
        {"id": f"t{i}", "source": "anystyle-core", "text": text, "segments": segments}
        for i in range(40)
        if not is_held_out(f"t{i}")
    ]
    assert len(records) >= review_marks.MIN_COUNT
    boundary = review_marks.build(records)["boundary"]
    assert boundary["title . 0 lC"] > 0.9  # ". Journal" ends the title every time
    assert boundary["author , 0 CI"] < 0.1  # "Smith, J" never
    held_out = [dict(r, id=i) for r in records[:1] for i in ("x" * k for k in range(60)) if is_held_out(i)]
    assert review_marks.build(held_out)["boundary"] == {}


def test_trees_grown_after_others_keep_them_and_ask_only_about_the_signals_given() -> None:
    pytest.importorskip("numpy")
    from biblio.parse.review.trees import features
    from biblio.parse.training.boosting import Settings, fit_ensemble

    rows = [({"a": float(i % 2), "b": float(i % 3 == 0)}, bool(i % 2 and i % 3 == 0)) for i in range(300)]
    base = fit_ensemble(rows, Settings(trees=5, depth=1))
    grown = fit_ensemble(rows, Settings(trees=5, depth=1), start=base, only=("b",))
    assert grown["trees"][:5] == base["trees"] and len(grown["trees"]) == 10
    assert grown["base"] == base["base"] and grown["rate"] == base["rate"]
    assert features({"trees": grown["trees"][5:]}) <= {"b"}


@pytest.mark.parametrize(
    ("text", "labels", "odd"),
    [
        # a date's own marks: a day before its month, a day and a comma before the year (round flag19)
        ("29 May 2020", ["date"] * 3, False),
        ("June 17, 2008", ["date"] * 4, False),
        # a year, a comma and a number in one field stay odd: the year, then the volume
        ("2008, 45", ["date"] * 3, True),
        # a publisher's legal form after its comma
        ("Garden City Publishing Co., Inc", ["publisher"] * 6, False),
        ("Ashgate Publishing, Ltd", ["publisher"] * 4, False),
        # a title's acronym in brackets after the words it abbreviates
        ("European Sustainability Reporting Standards (ESRS)", ["title"] * 7, False),
        # a bracket opening on words keeps the counts' doubt
        ("European Sustainability Reporting Standards (Geneva Office)", ["title"] * 8, True),
    ],
)
def test_a_fields_own_marks_are_no_odd_mark(text: str, labels: list[str], odd: bool) -> None:
    assert (mark_signals(_reading(text, labels))["marks:odd-inside"] > 0.2) is odd


@pytest.mark.parametrize(
    "text",
    [
        # right references the date's own comma or day flagged (humanities_real6, disc_real2, guides_real2)
        'Malcolm Moore "Dante\'s infernal crimes forgiven", *The Daily Telegraph*, June 17, 2008. Retrieved June 18, '
        "2008.",
        "Boyle, B. “How Board Gamers Embraced Tabletop Sims During Lockdown”, 29 May 2020, Vice. "
        "https://www.vice.com/en/article/pkybxv/board-games-tabletop-simulator-tabletopia-quarantine. Accessed 25 Jan. "
        "2024.",
        'Jim Smith, "Remembering Tony," *New Yorker*, January 12, 2001, 15.',
        # a publisher's legal form, a title's acronym (humanities_real6, realworld7)
        "Zweig, Stefan *Erasmus of Rotterdam*. Translated by Eden and Cedar Paul. (Garden City Publishing Co., Inc; "
        "1937)",
        "European Sustainability Reporting Standards (ESRS): "
        "https://eur-lex.europa.eu/legal-content/en/TXT/?uri=CELEX:32023R2772",
        # a boundary the italics mark alone (humanities_real5, sci_real5)
        "Erin Benay (2017) *Exporting Caravaggio: the Crucifixion of St. Andrew* Giles Press Ltd.",
        "[32] Levitt A 2020 Screening in the finite-temperature reduced Hartree–Fock model *Arch. Rat. Mech. Anal.* "
        "**238** 901–27",
    ],
)
def test_right_references_of_a_fields_own_marks_are_not_flagged(text: str) -> None:
    data = read_reference(text)["custom"]["biblio"]
    assert "needs-review" not in data.get("flags", []), data


def test_a_boundary_at_the_edge_of_italics_is_no_odd_boundary() -> None:
    # the italics close the title and nothing else marks the boundary (humanities_real6's "*…eins* Braunschweig")
    italic = _reading("*Neue Kritiken* Braunschweig", ["title", "title", "location"])
    assert mark_signals(italic)["marks:odd-boundary"] < 0.1
    # the same boundary with no italics stays odd
    plain = _reading("Neue Kritiken Braunschweig", ["title", "title", "location"])
    assert mark_signals(plain)["marks:odd-boundary"] > 0.5
