"""Italian lists' ``AA.VV.`` ("autori vari", various authors) before the book holding a chapter: ``"Title", in:
AA.VV., *Enciclopedismo in Roma barocca*, a cura di Maristella Casciato, …`` names no one (the book's editors
follow) and is no part of the book's title, so it is read apart before the reference.  In the author's place it
stays the author, as the labelled data keep it (``AA. VV., Beaubourg en transparence, …``)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern

# after a chapter's "in"/"in:", the mark and its comma
_VARIOUS = lazy_pattern(r"(?:(?<=\b[Ii]n: )|(?<=\b[Ii]n ))(?:AA\.\s?VV\.|Aa\.\s?Vv\.|AAVV\b\.?)\s*,?\s*")


def various_authors_apart(text: str) -> str:
    """``text`` without the ``AA.VV.`` that opens the book holding a chapter."""
    if "AA" not in text and "Aa" not in text:
        return text
    return _VARIOUS.sub("", text)
