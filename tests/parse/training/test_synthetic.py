"""Generated training data: labels from biblio's CSL engine, rendered through many styles."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from biblio.csl.elements import Disamb, Item
from biblio.csl.engine import Style
from biblio.parse.spans import LABELS
from biblio.parse.training.data import is_calibration
from biblio.parse.training.labels import label_for, segments
from biblio.parse.training.noise import NOISES, list_marker, perturb
from biblio.parse.training.records import RecordSynth
from biblio.parse.training.render import SpanRenderer, strip_markers
from biblio.parse.training.sources import is_dev, training_records
from biblio.parse.training.styles import candidate_styles
from biblio.parse.training.synthetic import main, synthetic_examples
from biblio.styles import style_path

STYLES = ("apa", "ieee", "modern-language-association", "chicago-notes-bibliography", "nature",
          "harvard-cite-them-right", "nlm-citation-sequence", "american-physics-society")


def _records(n: int, seed: int = 7) -> list[dict[str, Any]]:
    synth = RecordSynth(random.Random(seed))
    return [dict(synth.record(), id=f"r{i}") for i in range(n)]


def _joined(segs: list[list[str]]) -> str:
    return "".join(t for _lab, t in segs)


def _fold(s: str) -> str:
    return re.sub(r"</?i>|[*\u2018\u2019\u201c\u201d'\"]", "", s).casefold()


def test_examples_have_the_training_shape_and_segments_reproduce_the_text() -> None:
    examples = list(synthetic_examples(60, seed=3, shared=Path("/nonexistent")))
    assert len(examples) == 60
    for ex in examples:
        assert set(ex) == {"id", "source", "text", "segments", "fields"}
        assert ex["source"].startswith("synthetic-")
        assert _joined(ex["segments"]) == ex["text"]
        assert all(lab in LABELS for lab, _t in ex["segments"])
        assert all(t for _lab, t in ex["segments"])
        labels = [lab for lab, _t in ex["segments"]]
        assert all(a != b for a, b in zip(labels, labels[1:], strict=False))
        assert ex["fields"]["type"]
    assert len({ex["source"] for ex in examples}) >= 2  # more than one style
    assert len({ex["id"] for ex in examples}) == 60


def test_same_seed_same_examples_other_seed_others() -> None:
    a = list(synthetic_examples(30, seed=11, shared=Path("/nonexistent")))
    b = list(synthetic_examples(30, seed=11, shared=Path("/nonexistent")))
    c = list(synthetic_examples(30, seed=12, shared=Path("/nonexistent")))
    assert a == b
    assert [x["text"] for x in a] != [x["text"] for x in c]


@pytest.mark.parametrize("style", STYLES)
def test_labels_align_with_the_record_values(style: str) -> None:
    renderer = SpanRenderer(style_path(style).read_text(encoding="utf-8"))
    checked = 0
    for rec in _records(30):
        text, variables = renderer.render(rec, "markdown", number=4)
        if not text:
            continue
        segs = segments(text.strip(), variables[len(text) - len(text.lstrip()):][: len(text.strip())], rec)
        assert _joined(segs) == text.strip()
        by_label: dict[str, list[str]] = {}
        for lab, t in segs:
            by_label.setdefault(lab, []).append(t)
        if "title" in by_label:
            # styles change the case of titles, never their words
            assert _fold(rec["title"]) in _fold(" ".join(by_label["title"])) or \
                _fold(" ".join(by_label["title"])) in _fold(rec["title"])
            checked += 1
        if "doi" in by_label:
            assert by_label["doi"] == [rec["DOI"]]
        if "url" in by_label:
            assert by_label["url"][0] in rec["URL"] or rec["URL"] in by_label["url"][0]
        for name in rec.get("author", [])[:1]:
            if "author" in by_label and "family" in name:
                assert _fold(name["family"]) in _fold(by_label["author"][0])
        if "date" in by_label and rec.get("issued"):
            assert str(rec["issued"]["date-parts"][0][0]) in " ".join(by_label["date"])
        journal = "journal" if rec["type"] in ("article-journal", "article-magazine", "article-newspaper") \
            else "container-title"
        other = "container-title" if journal == "journal" else "journal"
        assert other not in by_label or rec["type"] in ("paper-conference",)
    assert checked >= 20


def test_fields_keep_what_the_entry_prints() -> None:
    rec = {"id": "x", "type": "article-journal", "title": "Hidden costs of open science",
           "container-title": "Ecology Letters", "issued": {"date-parts": [[2019, 3, 14]]},
           "author": [{"family": f"Name{chr(65 + i)}", "given": "A."} for i in range(26)], "volume": "12",
           "URL": "https://example.org/x"}
    renderer = SpanRenderer(style_path("apa").read_text(encoding="utf-8"))
    from biblio.parse.training.synthetic import build_example

    ex = build_example(*renderer.render(rec, "text"), rec, "apa", random.Random(1))
    assert ex is not None
    # APA shows 19 names, an ellipsis and the last one: the hidden ones are not stored
    assert [a["family"] for a in ex["fields"]["author"]] == [f"Name{chr(65 + i)}" for i in range(19)] + ["NameZ"]
    assert ex["fields"]["issued"] == {"date-parts": [[2019]]}  # APA prints the year only
    assert "URL" not in ex["fields"] or ex["fields"]["URL"] in ex["text"]


def test_the_dev_and_calibration_splits_are_never_rendered(tmp_path: Path) -> None:
    folder = tmp_path / "training"
    folder.mkdir()
    lines, dev_titles = [], []
    for i in range(60):
        line_id = f"anystyle-core-{i:05d}"
        title = f"Uniquetitle{i} of the corpus"
        if is_dev(line_id) or is_calibration(line_id):
            dev_titles.append(f"Uniquetitle{i} ")
        lines.append(json.dumps({"id": line_id, "text": "…", "segments": [], "fields": {
            "type": "book", "title": title, "author": [{"family": "Okafor", "given": "E."}],
            "issued": {"date-parts": [[2001]]}}}))
    (folder / "anystyle-core.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert dev_titles  # the rule puts about one line in ten in the dev split
    assert any(is_calibration(f"anystyle-core-{i:05d}") for i in range(60))
    assert all(not is_dev(r["id"]) and not is_calibration(r["id"]) for r in training_records(tmp_path))
    assert len(training_records(tmp_path)) == 60 - len(dev_titles)
    texts = " ".join(ex["text"] for ex in synthetic_examples(120, seed=5, shared=tmp_path))
    assert "Uniquetitle" in texts  # training-part records are rendered
    assert not any(t in texts for t in dev_titles)


def test_engine_renders_identically_with_span_reporting() -> None:
    for style in STYLES[::2]:
        xml = style_path(style).read_text(encoding="utf-8")
        plain, marked = Style(xml), SpanRenderer(xml)
        for rec in _records(15, seed=2):
            node, _ = plain.render_item(Item(rec), "bibliography", None, Disamb(), 9)
            want = plain.flatten(node, "text") if node is not None else ""
            assert marked.render(rec, "text", number=9)[0] == want


def test_strip_markers_reports_the_innermost_variable() -> None:
    text, labels = strip_markers("\uf8f0title\uf8f1A \uf8f0issued\uf8f1B\uf8f2\uf8f2.")
    assert text == "A B."
    assert labels == ["title", "title", "issued", None]
    # display blocks: one space between them, none at the start or beside a space
    assert strip_markers("\uf8f3A\uf8f3B\uf8f3 C")[0] == "A B C"


def test_label_mapping() -> None:
    assert label_for("container-title", "article-journal") == "journal"
    assert label_for("container-title", "chapter") == "container-title"
    assert label_for("publisher-place", "book") == "location"
    assert label_for("page", "book") == "pages"
    assert label_for("number-of-pages", "book") == "other"
    assert label_for(None, "book") == "other"


def test_noise_keeps_labels_aligned() -> None:
    rng = random.Random(4)
    segs = [["author", "Smith, J."], ["other", " ("], ["date", "2020"], ["other", "). "],
            ["title", "Gravity and the confluence of flows"], ["other", ". "],
            ["url", "https://example.org/a_b"]]
    for _ in range(50):
        out, _applied = perturb([list(s) for s in segs], rng)
        labels = [lab for lab, _t in out]
        assert {"author", "date", "title", "url"} <= set(labels)
        assert next(t for lab, t in out if lab == "url") == "https://example.org/a_b"
    for fn, _share in NOISES:
        out = fn([list(s) for s in segs], rng)
        assert [lab for lab, _t in out if lab != "other"][-4:] == ["author", "date", "title", "url"]
    numbered = list_marker([list(s) for s in segs], rng)
    assert "citation-number" in [lab for lab, _t in numbered[:2]]


def test_many_styles_are_candidates() -> None:
    names = {s.name for s in candidate_styles()}
    assert len(names) > 1000
    assert {"apa", "ieee", "modern-language-association", "nature"} <= names


def test_command_writes_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "syn.jsonl"
    assert main(["--count", "12", "--seed", "2", "--shared", str(tmp_path / "none"), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 12
    assert "wrote 12 examples" in capsys.readouterr().err


def test_command_reports_an_unwritable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "missing-folder" / "syn.jsonl"
    assert main(["--count", "3", "--shared", str(tmp_path), "-o", str(out)]) == 1
    assert capsys.readouterr().err.startswith("synthetic: error: cannot write")
    assert not out.exists()
