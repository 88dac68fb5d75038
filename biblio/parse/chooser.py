"""One reading per reference: the model's, or a structured reader's when it is stronger.

The structured APA reader knows APA exactly and is kept where the reference has
APA's shape ("Authors (date). Title. Source.") or where the model is unsure of
its own reading and the reader places every part; elsewhere, or when the reader
says "not my style" (returns None) or finds no structure, the model's reading
stands.  The choice is measured on the dev split by benchmarks/parse_eval.py.
"""

from __future__ import annotations

import re

from biblio.parse.assemble import assemble
from biblio.parse.confidence import overall
from biblio.parse.model.labeller import Reading, default_labeller
from biblio.parse.plausibility import needs_review
from biblio.parse.readers.apa import parse_apa
from biblio.parse.readers.apa.conventions import conventions
from biblio.parse.tidy import tidy
from biblio.records.model import NEEDS_REVIEW, Item, add_flag, biblio_data

# Flags that say the APA reader found no structure: then it is not the better reading.
_APA_DOUBTS = {"unparsed", "no-title"}
# "(2020", "(n.d.)", "(in press)" opening a span the model did not label a date
_BRACKETED_DATE = re.compile(r"\s*[(\[]\s*(?:1[5-9]\d\d|20\d\d|n\.\s?d\.|in press|s\.\s?f\.)", re.I)
# Below this the model's reading is in doubt enough for a flawless APA reading to replace it
# (measured on dev: a higher bound hands the reader references it reads worse than the model).
MODEL_UNSURE_BELOW = 0.4
_LEAD = ("author", "editor", "translator", "director", "producer", "citation-number")
# What may open an APA reference before its date: names, and (no author) the title; an
# organisation as author reads to the model much like a publisher.
_OPENING = _LEAD + ("title", "publisher")


def apa_shaped(reading: Reading) -> bool:
    """The model read names (or an organisation, or with no author a title) and then a date in brackets."""
    for i, span in enumerate(reading.spans):
        if span.label == "date" or _BRACKETED_DATE.match(span.text):
            return i > 0 and span.text.lstrip().startswith(("(", "["))
        if span.label not in (_OPENING if i == 0 else _LEAD):
            return False
    return False


def model_item(text: str, reading: Reading) -> Item:
    item = tidy(assemble(reading.spans, text), reading.spans)
    data = biblio_data(item)
    data["confidence"] = round(overall(reading), 4)
    data["reader"] = "model"
    return item


def apa_item(apa: Item, model: Item) -> Item:
    """The APA reader's record, with confidences from the model: a field where both readings agree keeps
    the model's confidence; where they differ, the reader (which knows APA exactly and placed every part)
    stands against the model, so the field is in doubt (0.5) but not condemned, unless the model doubts
    its own value, which is then doubt about the alternative too."""
    data = biblio_data(apa)
    model_data = biblio_data(model)
    model_conf = model_data.get("field_confidence", {})
    fields: dict[str, float] = {}
    for var, value in apa.items():
        if var in ("type", "custom"):
            continue
        if var not in model_conf:
            fields[var] = 0.5
        elif model.get(var) == value:
            fields[var] = model_conf[var]
        else:
            fields[var] = round(max(0.5, 1.0 - model_conf[var]), 4)
    data["reader"] = "apa"
    data["field_confidence"] = dict(sorted(fields.items()))
    agreeing = [v for k, v in fields.items() if model.get(k) == apa.get(k)]
    data["confidence"] = round(max(model_data["confidence"], min(agreeing, default=0.5)), 4)
    return apa


def choose(text: str) -> Item:
    """The record for ``text``: every unit runs unguarded (a crash propagates)."""
    reading = default_labeller().read(text)
    item = model_item(text, reading)
    shaped = apa_shaped(reading)
    if shaped or biblio_data(item)["confidence"] < MODEL_UNSURE_BELOW:
        # APA-shaped, or the model is unsure: the APA reader's record wins when it places every part
        # (without APA's shape, any flag of the reader is doubt enough)
        apa = conventions(parse_apa(text))
        flags = set(biblio_data(apa).get("flags", [])) if apa is not None else {"unparsed"}
        if apa is not None and not (_APA_DOUBTS & flags if shaped else flags):
            item = apa_item(apa, item)
    # the calibrated combination of confidence and structural checks (plausibility.py)
    if needs_review(item, reading.marginals):
        add_flag(item, NEEDS_REVIEW)
    return item
