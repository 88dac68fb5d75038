"""Needs-review: should the user check this record?

``signals.py`` turns a reading into named evidence (the model's marginals, per-field
doubt, agreement of two readers, the record's structure against its source, and how
typical each field's words are of it: ``lexicon.py``, a word table counted on the gold
fields of the training split of ``../shared/training``, the anystyle and GROBID data; values that
do not fit their field and boundaries likely one token off: ``misfits.py``; a style's access notes,
whose words' label doubt changes no value: ``notes.py``; the text's marks at the reading's boundaries,
against how often the training split's gold puts a boundary at each: ``marks.py``);
``score.py`` weighs it with a boosted ensemble of small trees (``trees.py``) whose
trees and thresholds ship in ``weights.json``, fitted on the calibration split by
``python -m biblio.parse.training.review``.
"""

from __future__ import annotations

from biblio.parse.review.score import needs_review, review_score

__all__ = ["needs_review", "review_score"]
