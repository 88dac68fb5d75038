"""Papers: pandoc-style citations rendered with a CSL style (``cite``), hand-written citations
linked to a document's own reference list (``intext``, ``check``), and a paper rewritten into
another style (``restyle``)."""

from __future__ import annotations

from typing import Any

# Exit code of ``biblio cite --check`` when it finds problems (as ``biblio check`` does).
PROBLEMS_FOUND = 9


def link_citations(text: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each work cited by hand in ``text`` (outside its reference section), linked to ``items``,
    the records of that section in list order: ``{"line", "text", "ids"}``, ``ids`` empty when
    no record matches.  (The form ``biblio check`` reads citations in.)"""
    from biblio.papers.check import section_span
    from biblio.papers.intext import find_citations

    out: list[dict[str, Any]] = []
    for c in find_citations(text, items, section_span(text)):
        for cite in c.cites:
            shown = c.text if len(c.cites) == 1 and c.kind != "note" else cite.text
            ids = [str(items[cite.record]["id"])] if cite.record is not None else []
            out.append({"line": c.line, "text": " ".join(shown.split()), "ids": ids})
    return out
