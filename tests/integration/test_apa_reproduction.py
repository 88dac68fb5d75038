"""`biblio export --to apa --format markdown` reproduces each reference of the sample.

Both sides are normalised, as ``biblio check`` does, for what the style and
the typography decide rather than the data (biblio.check.renderback.normalise):
the URL paragraph joined and its angle brackets dropped, quote marks,
punctuation inside or outside quotes and italics, a period after a title
ending in ? or !, and the "Retrieved" apa.csl prints before an undated URL.
"""

from __future__ import annotations

import re

from biblio.check.renderback import normalise
from biblio.resources import sample_text
from tests.conftest import run_cli

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)


def sample_references() -> list[str]:
    """The sample's references read straight from the file, independently of biblio's splitter."""
    section = sample_text().split("References and Further Reading", 1)[1]
    refs: list[str] = []
    for paragraph in (p.strip() for p in section.split("\n\n")):
        if re.fullmatch(r"<https?://\S+>", paragraph):
            refs[-1] += " " + paragraph
        elif paragraph:
            refs.append(paragraph)
    return refs


def test_normalise_is_not_trivial() -> None:
    assert normalise("*Title.* <https://x.org/a>") == normalise("*Title*. https://x.org/a")
    assert normalise("*Why?*") == normalise("*Why?*.")
    assert normalise("*A*. B") != normalise("*A*. C")


def test_apa_markdown_reproduces_every_sample_reference() -> None:
    run = run_cli("export", "--to", "apa", "--format", "markdown")
    assert run.returncode == 0, run.stderr
    rendered = [normalise(p) for p in run.stdout.split("\n\n") if p.strip()]
    sources = [normalise(ref) for ref in sample_references()]
    assert len(rendered) == len(sources) == 11
    missing = [s for s in sources if s not in rendered]
    assert not missing, missing
