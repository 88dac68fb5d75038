"""Structured readers: one per citation style biblio knows exactly; each may say "not my style".

Every reader offers ``read(text) -> Reading | None`` (base.py).  ``READERS``
lists them in the order the chooser consults them.
"""

from __future__ import annotations

from collections.abc import Callable

from biblio.parse.readers import (
    address_first,
    apa,
    archival_collection,
    chicago,
    cjk,
    eu_legislation,
    gost,
    ibid,
    ieee,
    korean_books,
    legal,
    lncs,
    numbered_instruments,
    page_title_accessed,
    reading_list,
    specifications,
    title_first_dated,
    title_first_medical,
    title_outlet_date,
    url_abgerufen,
    wikicite,
)
from biblio.parse.readers.base import Reading

READERS: tuple[tuple[str, Callable[[str], Reading | None]], ...] = (
    (apa.NAME, apa.read),
    (chicago.NAME, chicago.read),
    (lncs.NAME, lncs.read),
    (ieee.NAME, ieee.read),
)
# Readers of a style with a shape of its own (their precheck, cheap for any text) that the sequence
# model, trained mostly on other styles, does not read exactly: where the text has that shape the
# chooser asks the readers and weighs the model as where the model read APA's shape.
SHAPED: dict[str, Callable[[str], bool]] = {
    chicago.NAME: chicago.chicago_shaped,
    lncs.NAME: lncs.lncs_shaped,
    ieee.NAME: ieee.ieee_shaped,
}
# Readers of styles marked in a way no other style is (GB/T 7714's "[J]", Chinese 《》 titles, GOST's
# " // " host and " / " statement of responsibility before ". – " areas, a court decision's
# "Party v. Party, 347 U.S. 483 (1954)", an EU act's "(OJ L 119, 4.5.2016, p. 1)", a note's "Ibid., 45.",
# Wikipedia's "{{cite journal |…}}", a reading list's "Title, Publisher, by Names (Year)", a title-first entry's
# "Title. Names. *Journal* (2015-05-27) https://…", a page's "Title - Site, accessed June 27, 2025, https://…",
# a ministry's "Resolución N°1162 del 24 de agosto de 2022, Subject", a title-first medical entry's "Title. Schulz
# KF, Grimes D. Lancet 2002: 359(9307); 696-700.", a manuscript collection's "Name Papers. Repository Library.", a
# German web source's "Author, Title, URL: https://… (abgerufen am 29.06.2018)", a news article's "Headline, NYT,
# Oct/28/2022, https://…", an address listed first,
# "https://…, 17 avril 2014, JRebel."):
# their reading is taken before the sequence model's, which was trained on other styles and misreads these marks.
EXCLUSIVE: tuple[tuple[str, Callable[[str], Reading | None]], ...] = (
    (ibid.NAME, ibid.read),
    (korean_books.NAME, korean_books.read),
    (cjk.NAME, cjk.read),
    (gost.NAME, gost.read),
    (legal.NAME, legal.read),
    (eu_legislation.NAME, eu_legislation.read),
    (specifications.NAME, specifications.read),
    (wikicite.NAME, wikicite.read),
    (reading_list.NAME, reading_list.read),
    (page_title_accessed.NAME, page_title_accessed.read),
    (title_outlet_date.NAME, title_outlet_date.read),
    (url_abgerufen.NAME, url_abgerufen.read),
    (address_first.NAME, address_first.read),
    (numbered_instruments.NAME, numbered_instruments.read),
    (title_first_dated.NAME, title_first_dated.read),
    (title_first_medical.NAME, title_first_medical.read),
    (archival_collection.NAME, archival_collection.read),
)

__all__ = ["EXCLUSIVE", "READERS", "SHAPED", "Reading"]
