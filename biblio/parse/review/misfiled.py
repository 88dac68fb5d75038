"""A value filed under a field whose form it does not have: a publisher the text sets in italics (a site's or a
periodical's name: ``"About." *A Catalogue of Digital Scholarly Editions*, http://…``) or one named by a
periodical's word (``Mediehistorisk Tidsskrift``, ``Proceedings of … Conference``) where the record has no
container; a container, publisher or place opening on an ellipsis (the title's inner ``…`` taken for its end:
``*Must* … stay … strong! *Natural Language Semantics*``); a title opening on a note's sentence (``This is explained
in detail by Leila Ahmed in Women and Gender in Islam``); editors read from ABNT's ``In: NONATO, E. R. S.;`` where
the text writes no role for them (the names of the whole work's authors, whom ABNT's ``(Org.)`` alone makes editors).

Read from the gold sets' wrong references no needs-review flag marked (round flag55, CHANGELOG.md): each fires on
its wrong records there and on no right record of the gold sets and the calibration split.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.text import unmark
from biblio.records.model import Item

# a periodical's word, never a publisher's ("Tip. Revista de Archivos" is a printer's: Spanish "Revista" left out)
_PERIODICAL_WORD = lazy_pattern(
    r"\b(?:Proceedings|Journal|Tidsskrift|Tidskrift|Zeitschrift|Transactions|Symposium|Annals|Revue|Rivista)\b"
)
# a note's sentence: "This is explained in detail by …", "It was discussed …"
_NOTE_SENTENCE = lazy_pattern(
    r"(?:This|It|That|These)(?: point| argument| issue| question)? (?:is|was|are|were|has been|have been) "
    r"(?:\w+ly )?(?:explained|discussed|described|noted|argued|shown|treated|explored|examined|developed|addressed"
    r"|analysed|analyzed|covered|documented|summari[sz]ed|reviewed)\b"
)
# ABNT's "In:" and a family name in capitals: "In: NONATO, E. R. S.; SALES, …"
_ABNT_IN = lazy_pattern(r"\bIn\s?:\s?(?P<family>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\- ]+),")
# an editor's role as ABNT and the other styles write it
_EDITOR_ROLE = lazy_pattern(
    r"(?i)\((?:orgs?|eds?|coords?|dirs?|comps?|hrsg)\.?\)|\beds?\.|\b(?:editors?|edited|organizador|organizadores"
    r"|coordenador|coordenadores)\b"
)


def _italicised(value: str, source: str) -> bool:
    """Whether ``source`` sets ``value`` alone in italics (Markdown's ``*…*`` or ``_…_``, a stop or comma inside)."""
    return any(f"{mark}{value}{end}{mark}" in source for mark in ("*", "_") for end in ("", ".", ","))


def _publisher_italicised(item: Item, publisher: str, source: str) -> bool:
    return (
        bool(publisher)
        and not item.get("container-title")
        and ("*" in source or "_" in source)
        and (_italicised(publisher, source))
    )


def _editors_without_role(item: Item, text: str) -> bool:
    editors = [n for n in item.get("editor") or [] if isinstance(n, dict)]
    if not editors or "In" not in text:
        return False
    m = _ABNT_IN.search(text)
    if m is None or _EDITOR_ROLE.search(text):
        return False
    return str(editors[0].get("family", "")).upper() == m["family"].strip()


def misfiled_signals(item: Item, source: str) -> dict[str, float]:
    """The signals of this module that fire on ``item`` read from ``source``."""
    title = unmark(str(item.get("title", "") or "")).strip()
    publisher = str(item.get("publisher", "") or "").strip()
    text = unmark(source)
    opening = [str(item.get(var, "") or "").lstrip() for var in ("container-title", "publisher", "publisher-place")]
    ev = {
        "publisher:italicised": float(_publisher_italicised(item, publisher, source)),
        "publisher:names-periodical": float(
            bool(publisher) and not item.get("container-title") and _PERIODICAL_WORD.search(publisher) is not None
        ),
        "value:opens-on-ellipsis": float(any(v.startswith(("\u2026", "...")) for v in opening)),
        "title:note-sentence": float(
            title[:4] in ("This", "It i", "It w", "It h", "That", "Thes") and (_NOTE_SENTENCE.match(title) is not None)
        ),
        "editor:no-role-after-in": float(_editors_without_role(item, text)),
    }
    return {k: v for k, v in ev.items() if v}
