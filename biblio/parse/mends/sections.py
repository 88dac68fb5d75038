"""Mends of a journal's section letter set against its volume, as physics journals print it:
``Physica A96, 327`` (the letter and the volume in one token, then the page) or ``Phys. Rev. D80``
read with ``D80`` as the volume, or ``Physical Review X, 2(3):031007`` with ``X, 2``
as the volume. The letter names the journal (``Phys. Rev. D``); the digits are
the volume, as the assembly already reads a glued ``Phys. Rev. D70`` with no volume span."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import labels_of, needs
from biblio.parse.spans import Span

# "Physica A96," / "Nucl. Phys. B555,": a section letter after a word and the volume run together
_JOURNAL_THEN_SECTION = lazy_pattern(r"^(.*[\s.][A-Z])(\d{1,4})[\s,.;:]*$")
# "D80" / "B 129": a section letter opening the volume
_SECTION_THEN_VOLUME = lazy_pattern(r"\s*([A-Z])\s?(\d{1,4})[\s,.;:]*$")
_BARE_NUMBER = lazy_pattern(r"\s*\d{1,6}[\s,.;:]*")
# the IUCr's journals ("Acta Cryst.", "Acta Crystallogr."), whose volume carries its section's letter
IUCR_JOURNAL = lazy_pattern(r"\bCryst(?:allogr)?\.\s*$")
# "Physical Review X, 2(3):031007": the letter closes the journal's name with its comma, the volume follows
_SECTION_COMMA_VOLUME = lazy_pattern(r"\s*([A-Z]),\s+(?=\d{1,4}\b)")


def section_letter_volume(spans: list[Span], text: str) -> list[Span]:
    """``Physica A96, 327`` read as journal ``Physica A96`` and volume ``327``, or ``Phys. Rev. D80``
    with ``D80`` as the volume: the journal keeps the section letter, the digits after it are the
    volume, and a bare number read as the volume after them, with no page read, is the page."""
    for k in range(len(spans) - 1):
        j, v = spans[k], spans[k + 1]
        if j.label != "journal" or v.label != "volume":
            continue
        glued = _JOURNAL_THEN_SECTION.match(j.text)
        if glued and _BARE_NUMBER.fullmatch(v.text) and "pages" not in labels_of(spans):
            a = j.start + glued.end(1)
            journal = Span("journal", text[j.start : a], j.start, a, j.confidence)
            volume = Span("volume", text[a : j.end], a, j.end, j.confidence)
            page = Span("pages", v.text, v.start, v.end, v.confidence)
            return [*spans[:k], journal, volume, page, *spans[k + 2 :]]
        if (comma := _SECTION_COMMA_VOLUME.match(v.text)) and not glued:
            a, b = v.start + comma.end(1), v.start + comma.end()
            journal = Span("journal", text[j.start : a], j.start, a, j.confidence)
            volume = Span("volume", text[b : v.end], b, v.end, v.confidence)
            return [*spans[:k], journal, volume, *spans[k + 2 :]]
        led = _SECTION_THEN_VOLUME.match(v.text)
        # after an abbreviated title (``Phys. Rev.``), as physics sets it; a title in full words
        # (``Journal of the Royal Statistical Society B39``) is left to the volume as written, and so is the
        # IUCr's, whose volume carries its section's letter (``Acta Cryst. D66``)
        # (a volume set in bold whole, ``Phys. Scr. **T137**``, keeps its letter: the bold run is the volume)
        bold = text.startswith("**", v.start - 2) or text.startswith("**", v.start)
        # (a name closed by its emphasis, ``**Revista Brasileira**. V 12``, ends at its marks: the full stop after
        # them closes the element, and the letter is the volume's word)
        closed = j.text.rstrip()[-2:-1] in ("*", "_")
        abbreviated = j.text.rstrip().endswith(".") and not closed
        if led and not glued and not bold and abbreviated and not IUCR_JOURNAL.search(j.text):
            a = v.start + led.end(1)
            journal = Span("journal", text[j.start : a], j.start, a, j.confidence)
            volume = Span("volume", text[a : v.end], a, v.end, v.confidence)
            return [*spans[:k], journal, volume, *spans[k + 2 :]]
        return spans
    return spans


# "B60, 76–79": a volume with its section letter, then the pages; or the ACS's plain "99, 1129−1143"
_LETTERED_VOLUME_THEN_PAGES = lazy_pattern(r"\s*(?P<volume>[A-Z]?\d{1,4}),\s+(?P<pages>\S.*)")
_LETTERED_PAGES = lazy_pattern(r"[A-Z]\d{1,3}(?:,\s*[A-Z]\d{1,3})*\.?")
# a plain number is the volume only before a range: "12, 15" after a year may list two pages
_PAGE_RANGE = lazy_pattern(r"\d+\s*[-\u2013\u2212]\s*\d+\.?")


@needs(labels=["date", "pages"], without=["volume"])
def lettered_volume_in_pages(spans: list[Span], text: str) -> list[Span]:
    """The RSC's ``Acta Cryst., 2004, B60, 76–79.`` (the section letter set with the volume, after the year)
    or the ACS's ``Neuron 2018, 99, 1129−1143.`` read as one page span: the (lettered) number is the volume."""
    for k in range(1, len(spans)):
        s = spans[k]
        if s.label != "pages" or spans[k - 1].label != "date":
            continue
        m = _LETTERED_VOLUME_THEN_PAGES.fullmatch(s.text)
        if m is None or _LETTERED_PAGES.fullmatch(m["pages"]):
            return spans  # AMA's newspaper "September 8, 2004:C1, C4.": two lettered pages of the paper's sections
        if m["volume"].isdigit() and not _PAGE_RANGE.fullmatch(m["pages"]):
            return spans
        a, b = s.start + m.start("volume"), s.start + m.end("volume")
        p = s.start + m.start("pages")
        volume = Span("volume", text[a:b], a, b, s.confidence)
        pages = Span("pages", text[p : s.end], p, s.end, s.confidence)
        return [*spans[:k], volume, pages, *spans[k + 1 :]]
    return spans
