"""Perturbations of a labelled reference as PDFs, web pages and documents produce them.

Each works on the segments, so labels stay aligned: a word hyphenated across a line
break (``grav- ity``), ligatures (``ﬁ``, ``ﬂ``), spaces around punctuation, HTML entities,
a numbered list marker (``[3]``, ``3.``), a URL written as a Markdown autolink (``<…>``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

Segments = list[list[str]]

_LONG_WORD = re.compile(r"[^\W\d_]{7,}")
_ENTITIES = {
    "&": "&amp;",
    "\u2019": "&#8217;",
    "'": "&#39;",
    "\u201c": "&#8220;",
    "\u201d": "&#8221;",
    "\u2013": "&#8211;",
    "\u00e9": "&eacute;",
    "\u00a0": "&nbsp;",
}
_ENTITY_RE = re.compile("[" + "".join(_ENTITIES) + "]")


def hyphenate(segs: Segments, rng: random.Random) -> Segments:
    """A long word of a field broken across a line break: ``gravity`` -> ``grav- ity``."""
    spots = [
        (i, m) for i, (lab, t) in enumerate(segs) if lab not in ("other", "url", "doi") for m in _LONG_WORD.finditer(t)
    ]
    if not spots:
        return segs
    i, m = rng.choice(spots)
    cut = m.start() + rng.randint(3, len(m.group()) - 3)
    t = segs[i][1]
    segs[i] = [segs[i][0], t[:cut] + rng.choice(["- ", "- ", "- ", "\u00ad"]) + t[cut:]]
    return segs


def ligatures(segs: Segments, rng: random.Random) -> Segments:
    return [[lab, t if lab in ("url", "doi") else t.replace("fi", "\ufb01").replace("fl", "\ufb02")] for lab, t in segs]


def spaced_punctuation(segs: Segments, rng: random.Random) -> Segments:
    """Text extracted from a PDF: a space before ``,.;:)`` and after ``(`` between fields."""
    out = []
    for lab, t in segs:
        if lab == "other":
            t = re.sub(r"(?<=\S)([,.;:)\]])", r" \1", t)
            t = re.sub(r"([(\[])(?=\S)", r"\1 ", t)
        out.append([lab, t])
    return out


def html_entities(segs: Segments, rng: random.Random) -> Segments:
    return [[lab, t if lab in ("url", "doi") else _ENTITY_RE.sub(lambda m: _ENTITIES[m.group()], t)] for lab, t in segs]


def list_marker(segs: Segments, rng: random.Random) -> Segments:
    """A numbered list marker before a reference that has no number of its own."""
    if any(lab == "citation-number" for lab, _t in segs[:2]):
        return segs
    n = str(rng.randint(1, 120))
    before, after = rng.choice([("[", "] "), ("", ". "), ("", ") "), ("(", ") "), ("", "\t")])
    head = [["other", before]] if before else []
    return head + [["citation-number", n], ["other", after]] + segs


def autolink(segs: Segments, rng: random.Random) -> Segments:
    """A URL written as a Markdown autolink, as documents converted to Markdown print them."""
    out: Segments = []
    for lab, t in segs:
        if lab == "url" and t.startswith("http") and not (out and out[-1][1].endswith("<")):
            out += [["other", "<"], [lab, t], ["other", ">"]]
        else:
            out.append([lab, t])
    return out


NOISES: list[tuple[Callable[[Segments, random.Random], Segments], float]] = [
    (hyphenate, 0.25),
    (ligatures, 0.15),
    (spaced_punctuation, 0.15),
    (html_entities, 0.08),
    (list_marker, 0.3),
    (autolink, 0.1),
]


def perturb(segs: Segments, rng: random.Random) -> tuple[Segments, list[str]]:
    """Some of the perturbations, each with its own probability; the names of those applied."""
    applied = []
    for fn, share in NOISES:
        if rng.random() < share:
            segs = fn([list(s) for s in segs], rng)
            applied.append(fn.__name__)
    return joined(segs), applied


def joined(segs: Segments) -> Segments:
    """Empty segments dropped, neighbours of one label made one."""
    out: Segments = []
    for lab, t in segs:
        if not t:
            continue
        if out and out[-1][0] == lab:
            out[-1][1] += t
        else:
            out.append([lab, t])
    return out
