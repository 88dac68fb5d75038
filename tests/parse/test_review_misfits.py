"""Needs-review signals of misfit values and doubtful boundaries (``review/misfits.py``), each alone,
and the flag on clean references in several styles and on broken ones."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.confidence import mended_reading
from biblio.parse.model.labeller import Reading, boundary_shifts, default_labeller
from biblio.parse.review.misfits import edge_signals, form_signals, mend_signals, shift_signals
from biblio.parse.spans import Span


def rec(**fields: Any) -> dict[str, Any]:
    return {"type": "article-journal", **fields}


def test_boundary_shifts_take_the_runner_up_label_either_side_of_each_boundary() -> None:
    labels = ["author", "author", "title", "title", "journal"]
    table = {("title", 1): 0.4, ("author", 2): 0.1, ("journal", 3): 0.05, ("title", 4): 0.3}

    def marginal(label: str, i: int) -> float:
        return table.get((label, i), 0.0)

    assert boundary_shifts(labels, marginal) == (0.4, 0.3)
    assert boundary_shifts(["title"] * 3, marginal) == ()


def test_the_labeller_gives_one_shift_per_boundary() -> None:
    reading = default_labeller().read("Smith, J. (2020). A title. Journal of Tools, 12, 4-5.")
    boundaries = sum(a != b for a, b in zip(reading.labels, reading.labels[1:], strict=False))
    assert len(reading.shifts) == boundaries
    assert all(0.0 <= x <= 1.0 for x in reading.shifts)


def _reading(labels: list[str], shifts: tuple[float, ...] = (), relabelled: int = 0) -> Reading:
    return Reading([], labels, [1.0] * len(labels), [], 1.0, shifts, relabelled)


def test_shift_signals() -> None:
    ev = shift_signals(_reading(["author", "title", "journal"], (0.05, 0.45)))
    assert ev == {"shift:max": 0.45, "shift:doubtful": 0.5}
    assert shift_signals(_reading(["title"])) == {}


def test_mend_signals_count_the_tokens_a_mend_relabelled() -> None:
    text = "Smith, J. (2020). A title. Journal, 12, 4-5."
    reading = default_labeller().read(text)
    assert mend_signals(mended_reading(reading, reading.spans)) == {}
    # a mend that reads the first span as a title instead relabels its tokens
    first = reading.spans[0]
    spans = [Span("title", first.text, first.start, first.end, first.confidence), *reading.spans[1:]]
    mended = mended_reading(reading, spans)
    changed = sum(a != b for a, b in zip(reading.labels, mended.labels, strict=True))
    assert changed and mended.relabelled == changed
    ev = mend_signals(mended)
    assert ev["mend:any"] == 1.0 and ev["mend:relabelled"] == pytest.approx(changed / len(reading.tokens))


@pytest.mark.parametrize(
    "page", ["1274-1279", "e0123456", "S1-S10", "xii-xv", "12, 15-18", "pp. 45–67", "094516", "45f."]
)
def test_pages_as_styles_write_them_fit(page: str) -> None:
    assert form_signals(rec(page=page))["form:page"] == 0.0


@pytest.mark.parametrize("page", ["461-464.MR0468014", "0908.3425", "호,pp.307-331", "12-15 (abstract"])
def test_pages_holding_other_text_do_not_fit(page: str) -> None:
    assert form_signals(rec(page=page))["form:page"] == 1.0


def test_issues_volumes_and_names_that_do_not_fit() -> None:
    assert form_signals(rec(issue="14(8"))["form:issue"] == 1.0
    assert form_signals(rec(issue="1986-87"))["form:issue"] == 1.0  # a year read as the issue
    assert form_signals(rec(issue="3-4"))["form:issue"] == 0.0
    assert form_signals(rec(volume="12:4"))["form:volume"] == 1.0
    assert form_signals(rec(volume="B555"))["form:volume"] == 0.0
    lower = rec(editor=[{"family": "Johnston", "given": "Dafydd, trans. and ed."}])
    assert form_signals(lower)["form:name-lower-word"] == 1.0
    particles = rec(
        author=[
            {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
            {"family": "der Linden", "given": "Anna"},
        ]
    )
    assert "form:name-lower-word" not in form_signals(particles)


def test_edges_of_a_title_that_read_as_another_field() -> None:
    ev = edge_signals(rec(title="Au pays des souvenirs, mes maîtres et mes maîtresses, Oxford University Press"))
    assert ev.get("edge:title-end", 0.0) > 0.5
    plain = edge_signals(rec(title="Learning to cite: A field study of reading lists in practice"))
    assert plain.get("edge:title-end", 0.0) < 0.5
    assert edge_signals(rec(title="One part only")) == {}
    ev = edge_signals(rec(**{"container-title": "Proceedings of the Workshop on Tools, Paris"}))
    assert ev.get("edge:container-end", 0.0) > 0.5


CLEAN = [
    'Smith, John, and Karen Lee. 2020. "Learning to Cite: A Field Study." *Journal of Scholarly Tools* 12 (3): 45–67.',
    'Smith, John, and Karen Lee. "Learning to Cite: A Field Study." *Journal of Scholarly Tools* 12, no. 3 (2020): '
    "45–67.",
    'Smith, John, and Karen Lee. "Learning to Cite: A Field Study." *Journal of Scholarly Tools*, vol. 12, no. 3, '
    "2020, pp. 45–67.",
    "Smith J, Lee K. Learning to cite: a field study. J Sch Tools. 2020;12(3):45-67.",
    "Smith, J. and Lee, K. (2020) 'Learning to cite: a field study', *Journal of Scholarly Tools*, 12(3), pp. 45–67.",
    "Brown, A. (2018). *Reading lists in practice* (2nd ed.). Oxford University Press.",
    "J. Smith and K. Lee, Phys. Rev. Lett. 112, 045501 (2014).",
]
BROKEN = [
    "Smith, J. (2020). Learning to cite, pp. 45-67.x12 Journal of Scholarly Tools 12 (3",
    "Smith J, Lee K, Brown A, Green B, White C, Black D,",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_references_in_several_styles_are_not_flagged(text: str) -> None:
    data = read_reference(text)["custom"]["biblio"]
    assert "needs-review" not in data.get("flags", []), data


@pytest.mark.parametrize("text", BROKEN)
def test_broken_references_are_flagged(text: str) -> None:
    data = read_reference(text)["custom"]["biblio"]
    assert "needs-review" in data.get("flags", []), data
