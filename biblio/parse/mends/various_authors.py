"""Italian lists' ``AA.VV.`` ("autori vari", various authors) in the author's place or after ``in:``:
``AA.VV., *La musica nella Rivoluzione Scientifica del Seicento*, a cura di Paolo Gozza, Bologna, il Mulino, 1989``
names no one (the book's editors follow), so it is read apart before the reference, as no author."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern

# at the reference's start or after a chapter's "in"/"in:", the mark and its comma
_VARIOUS = lazy_pattern(r"(?:^|(?<=\b[Ii]n: )|(?<=\b[Ii]n ))(?:AA\.\s?VV\.|Aa\.\s?Vv\.|AAVV\b\.?)\s*,?\s*")


def various_authors_apart(text: str) -> str:
    """``text`` without its ``AA.VV.`` where it stands for the authors of the work or of the book holding it."""
    if "AA" not in text and "Aa" not in text:
        return text
    return _VARIOUS.sub("", text)
