"""IEEE's chapter: ``“Title,” in Book Title, T. Haddad, Ed., Palgrave Macmillan, 2015, pp. 77–98.`` (or ``A. Carmiggelt
and P. J. W. M. Schulten, Eds. London, U.K.: …``).

IEEE sets the editors after the book's title, initials first, closed by the role ``Ed.`` or ``Eds.``. The model reads
the last editor into the book's title and the role into the place or publisher that follows, or the book's title
among the editors.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.mends.journal_tails import read_anew
from biblio.parse.spans import Span

# one name, initials first: "T. Haddad", "P. J. W. M. Schulten", "M.-W. Chang", "A. van der Berg", "F. d'Alché-Buc"
_NAME = (
    r"[A-Z][a-z]?\.(?:\s*-?[A-Z][a-z]?\.)*\s+(?:(?:van|von|der|den|de|da|di|du|le|la)\s+)*(?:[dlO]['’])?[A-Z][\w'’-]+"
)
_NAMES = rf"{_NAME}(?:,\s+{_NAME})*(?:,?\s+and\s+{_NAME})?"
# the quoted title closed by its comma, "in", the book up to the names, then the role
_VOLUME_CLOSES = lazy_pattern(r",\s+vol\.\s*(?P<vol>\d{1,4})$")
_IN_BOOK_EDS = lazy_pattern(
    rf"[”\"]\s*,?\s*(?P<in>in)\s+(?P<book>[^“”\"]+?),\s+(?P<eds>{_NAMES},?\s+Eds?\.)(?=[,\s]|$)"
)

_WORKS = frozenset(["container-title", "journal"])


@needs(marks=("Ed.", "Eds."))
def editors_after_ieee_book(spans: list[Span], text: str) -> list[Span]:
    """``“Title,” in Methods for the Recovered Past, T. Haddad, Ed., Palgrave Macmillan`` with the editor read into
    the book's title and the role into the publisher: the names before ``Ed.`` are the editors, the words between
    ``in`` and them the book."""
    m = _IN_BOOK_EDS.search(text)
    if m is None:
        return spans
    book_end = m.end("book")
    new = []
    if vm := _VOLUME_CLOSES.search(m.group("book")):
        # NeurIPS's "in Advances in … Systems, vol. 32, H. Wallach, …, Eds.": the book's volume before its editors
        book_end = m.start("book") + vm.start()
        new.append(Span("volume", vm.group("vol"), m.start("book") + vm.start("vol"), m.start("book") + vm.end("vol")))
    new = [
        Span("container-title", text[m.start("book") : book_end], m.start("book"), book_end),
        *new,
        Span("editor", m.group("eds"), m.start("eds"), m.end("eds")),
    ]
    # "Eds., CvAK, 2002": with no place, the name after the role is the publisher
    after = [s for s in spans if s.start >= m.end("eds") and text[m.end("eds") : s.start].strip(" ,") == ""]
    if after and after[0].label in _WORKS:
        s = after[0]
        new.append(Span("publisher", s.text, s.start, s.end, s.confidence))
        return read_anew(spans, text, m.start("in"), s.end, new)
    return read_anew(spans, text, m.start("in"), m.end("eds"), new)
