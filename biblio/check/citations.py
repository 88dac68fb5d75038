"""Citations in the text against the reference list: a citation with no reference, a reference never cited.

Finding and linking hand-written citations (``(Smith & Lee, 2020a; WHO, 2019)``,
``Smith et al. (2020)``, ``[3]``, notes) is ``biblio.papers``' work; check reads
its result: one ``{"line", "text", "ids"}`` per cited work, ``ids`` empty when no
reference matches.
"""

from __future__ import annotations

from typing import Any

from biblio.papers import link_citations as _link_citations


def link_citations(text: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The in-text citations of the document ``text`` (outside its reference list), linked to ``items``."""
    return _link_citations(text, items)
