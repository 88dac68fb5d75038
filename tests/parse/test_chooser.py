"""One record per reference: the model's reading, or a structured reader's where it is the stronger."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.chooser import apa_shaped, merged_fields, model_item, pick, structured_readings
from biblio.parse.model.labeller import default_labeller
from biblio.parse.readers.base import Reading as ReaderReading
from biblio.records.model import biblio_data

APA = "Smith, J. A., & Lee, K. (2020). Learning to cite: A field study. *Journal of Scholarly Tools*, *12*(3), 45–67."
IEEE = '[4] J. Smith and K. Lee, "Learning to cite," IEEE Trans. Softw. Eng., vol. 12, no. 3, pp. 45–67, 2020.'
# a year in brackets late in the reference is no APA date
LATE_YEAR = "J. A. Smith, K. Lee, Learning to cite, Journal of Scholarly Tools 12 (2020) 45-67."


def test_apa_shape_is_names_then_a_bracketed_date() -> None:
    labeller = default_labeller()
    assert apa_shaped(labeller.read(APA))
    assert not apa_shaped(labeller.read(IEEE))
    assert not apa_shaped(labeller.read(LATE_YEAR))


def test_each_reading_names_its_reader() -> None:
    assert read_reference(APA)["custom"]["biblio"]["reader"] in ("apa", "model")
    assert read_reference(IEEE)["custom"]["biblio"]["reader"] == "ieee"
    assert read_reference(LATE_YEAR)["custom"]["biblio"]["reader"] == "model"


def test_late_year_reference_is_not_read_as_apa() -> None:
    item = read_reference(LATE_YEAR)
    assert [n.get("family") for n in item["author"]] == ["Smith", "Lee"]
    assert item["title"] == "Learning to cite"
    assert item["container-title"] == "Journal of Scholarly Tools"
    assert (item["volume"], item["page"]) == ("12", "45-67")
    assert item["issued"] == {"date-parts": [[2020]]}


def test_ieee_reference_is_read_whole() -> None:
    item = read_reference(IEEE)
    assert [n.get("family") for n in item["author"]] == ["Smith", "Lee"]
    assert item["title"] == "Learning to cite"
    assert (item["volume"], item["issue"], item["issued"]) == ("12", "3", {"date-parts": [[2020]]})
    assert item["custom"]["biblio"]["label"] == "4"


def test_the_chooser_asks_the_structured_readers() -> None:
    # the APA reader takes an APA reference and says "not my style" to IEEE, as the IEEE reader to APA
    assert [r.reader for r in structured_readings(APA)] == ["apa"]
    assert [r.reader for r in structured_readings(IEEE)] == ["ieee"]
    assert structured_readings(LATE_YEAR) == []
    reading = default_labeller().read(LATE_YEAR)
    choice = pick(reading, model_item(LATE_YEAR, reading), structured_readings(LATE_YEAR))
    assert (choice.reader, choice.other) == ("model", None)


def test_the_surer_reading_wins() -> None:
    reading = default_labeller().read(APA)
    model = model_item(APA, reading)
    assert apa_shaped(reading)
    sure = ReaderReading(item={"type": "book", "title": "sure"}, confidence=0.98, reader="apa")
    choice = pick(reading, model, [sure])
    assert choice.item["title"] == "sure" and choice.other is model and choice.reader_confidence == 0.98
    # a reader in doubt (no title, text left over) loses to a model that is sure of its reading
    doubtful = ReaderReading(item={"type": "book", "title": "doubtful"}, confidence=0.3, reader="apa")
    biblio_data(model)["confidence"] = 0.95
    choice = pick(reading, model, [doubtful])
    assert choice.item is model and choice.other is not None and choice.other["title"] == "doubtful"


def test_outside_its_shape_a_reader_in_doubt_wins_only_where_the_model_found_no_title() -> None:
    text = "Smith, John. 2011. The long road home. Journal of Roads 12 (3): 45-67."
    reading = default_labeller().read(text)
    assert not apa_shaped(reading)
    found = ReaderReading(item={"type": "book", "title": "x"}, confidence=0.68, reader="apa", doubts=["bare-year"])
    model = model_item(text, reading)
    biblio_data(model)["confidence"] = 0.05  # even against a model that is quite unsure
    model["title"] = "The long road home"
    assert pick(reading, model, [found]).reader == "model"
    sure = ReaderReading(item={"type": "book", "title": "x"}, confidence=0.98, reader="apa")
    assert pick(reading, model, [sure]).reader == "apa"
    del model["title"]
    assert pick(reading, model, [found]).reader == "apa"


def test_a_reader_that_ran_fields_together_is_not_taken() -> None:
    """The model kept the journal apart; the reader's title holds it: that reader says "not my style"."""
    text = "Kayyali, D. & Brien, D. (2015). Facing the challenge of online harassment, EFF Deeplinks Blog, 12, 3-9."
    reading = default_labeller().read(text)
    model = model_item(text, reading)
    model["container-title"] = "EFF Deeplinks Blog"
    biblio_data(model)["confidence"] = 0.2
    title = "Facing the challenge of online harassment, EFF Deeplinks Blog"
    merged = ReaderReading(item={"type": "book", "title": title}, confidence=0.98, reader="apa")
    assert merged_fields(merged.item, model)
    choice = pick(reading, model, [merged])
    assert choice.item is model and choice.other is merged.item  # kept as evidence for needs-review
    apart = ReaderReading(
        item={
            "type": "article-journal",
            "title": "Facing the challenge of online harassment",
            "container-title": "EFF Deeplinks Blog",
        },
        confidence=0.98,
        reader="apa",
    )
    assert not merged_fields(apart.item, model)
    # the same value in another field is a disagreement, not a merge
    assert not merged_fields({"publisher": "EFF Deeplinks Blog"}, model)


def test_a_misread_reading_is_never_taken() -> None:
    reading = default_labeller().read(APA)
    model = model_item(APA, reading)
    biblio_data(model)["confidence"] = 0.01
    misread = ReaderReading(
        item={"type": "book", "title": "x"}, confidence=0.98, reader="apa", misread=["locator-in-value"]
    )
    choice = pick(reading, model, [misread])
    assert choice.reader == "model" and choice.other is misread.item


def test_a_reader_that_could_not_tell_the_type_needs_a_clearer_margin() -> None:
    reading = default_labeller().read(APA)
    model = model_item(APA, reading)
    biblio_data(model)["confidence"] = 0.9
    unsure = {"type": "book", "title": "x", "custom": {"biblio": {"flags": ["uncertain-type"]}}}
    sure = {"type": "book", "title": "x"}
    # 0.83 beats 0.8 of the model's 0.9, but not once the undetermined type counts again
    assert pick(reading, model, [ReaderReading(item=sure, confidence=0.83, reader="apa")]).reader == "apa"
    assert pick(reading, model, [ReaderReading(item=unsure, confidence=0.83, reader="apa")]).reader == "model"
    # unless the model found no title: then the reader's title outweighs its doubt about the type
    text = "Roe, B. (2018). Third. Press."
    reading = default_labeller().read(text)
    model = model_item(text, reading)
    model.pop("title", None)
    biblio_data(model)["confidence"] = 0.9
    assert pick(reading, model, [ReaderReading(item=unsure, confidence=0.83, reader="apa")]).reader == "apa"


def test_a_group_author_holding_the_models_place_is_a_merge() -> None:
    # "M. LEFEBVRE. Thèse de Docteur-Ingénieur, ENSCP, Paris (1987).": APA's rules take all before the date as one
    # author; the model read a person, the degree and the place
    model = {"author": [{"family": "LEFEBVRE", "given": "M."}], "publisher-place": "Paris", "genre": "Thèse"}
    found = {"author": [{"literal": "M. LEFEBVRE. Thèse de Docteur-Ingénieur, ENSCP, Paris"}]}
    assert merged_fields(found, model)
    # a group the model read as a group too is no merge: "Paris" in "Université de Paris" stands as it was read
    group = {"author": [{"literal": "Université de Paris"}], "publisher-place": "Paris"}
    assert not merged_fields({"author": [{"literal": "Université de Paris"}]}, group)


def test_a_word_after_a_quoted_word_is_no_merge() -> None:
    """A model's title cut at the closing quote of a quoted word (``all about “any” | type``) leaves a
    lower-case word as its container: the reader's whole title holds it, but ran nothing together."""
    model = {"title": "TypeScript — all about “any”", "container-title": "type"}
    whole = {"type": "webpage", "title": "TypeScript — all about “any” type"}
    assert not merged_fields(whole, model)
    # a capitalised word after the quotes may open a field of its own
    assert merged_fields({"title": "On “any” Types Journal"}, {"title": "On “any”", "container-title": "Types Journal"})
