"""Mends of the model's spans, where the text's own marks show where a field runs.

The sequence model labels token by token; a few of its mistakes are plain from marks it weighs
too little: an italic title ends at its closing mark, ``제17권`` is a volume, a bare address is a
URL. Each mend is one small function ``(spans, text) -> spans`` that repairs one such reading
and leaves every other reading as it was; ``MENDS`` applies them in order before assembly.

- ``numbers.marked_numbers``: Korean ``제17권, 제2호`` and Chinese ``第3卷 第2期`` are volume and issue.
- ``editors.editors_apart``: ``Title, ed. Jean-Claude Guy.`` or ``In Book. Edited by X and Y,`` as one field.
- ``editors.editors_before_container``: ``dans Pierre Nora (dir.), *Les Lieux de mémoire*`` as one container.
- ``titles.title_after_initials``: ``Liaw D. PTEN, a putative …`` with ``PTEN,`` read among the names.
- ``titles.whole_emphasis``: ``*… de Philippe II*`` read with ``II*`` as an edition.
- ``titles.emphasis_ends_title``: ``*Language Syntax,* Trans. Comput. Educ.`` with ``Trans.`` in the title.
- ``numbers.issue_after_volume``: ``38(8), 19 April 1965`` with ``(8), 19 April 1965`` read as the date.
- ``numbers.day_before_volume``: ``2002 Jul 25;347(4)`` with ``25;347`` read as the volume.
- ``numbers.pages_before_date``: ``13(4):1---19, November 2013`` with the pages read into the date.
- ``titles.journal_after_title``: ``Title. Hippocampus (2000) 10:555-560`` read as one title.
- ``titles.book_title``: the one work a reference names read as a container, with no journal's numbers.
- ``publishers.university_press``: MLA's ``U of California P`` read as place and publisher ``P``.
- ``publishers.publisher_apart``: ``Blackwell Science, Cambridge, Massachusetts`` read as one place, or
  ``Title. Athena Scientific,`` as one title, where no publisher was read.
- ``publishers.place_after_publisher``: ``(AMS, Providence, 1983)`` with the place read into the publisher.
- ``addresses.address_apart``: a bare web address run into a title, container or publisher is the
  URL; the words that only announced it ("Viewable online at:") go into no field.
- ``titles.italic_is_no_name``: ``Doug Rohde. *SVDLIBC*.`` with the italic title read among the names.
- ``name_tails.names_through_role``: ``Gonzalez, Ivan and Huang, Daisie (eds): "Title"`` with ``Daisie (eds):``
  read into the title.
- ``name_tails.names_before_quoted_title``: ``… and FORCE11 Software Citation Working Group, "Title,"`` with the
  last name read into the title.
- ``name_tails.year_after_names``: ``…, Hicks, A., DEA Notebooks contributors 2021. Title.`` read as the title.
- ``brackets.title_runs_on``: ``How Not`` | ``to Cite Software (and how to be`` | ``cited),``: a title cut short.
- ``identifiers.doi_after_address``: ``https://github.com/… 10.5281/zenodo.838760`` read as one address.
- ``identifiers.link_words_apart``: ``2016 (DOI)`` with ``DOI)``, a link's word, read as a name.
- ``versions.version_apart``: ``(Version 0.9.0). Zenodo.`` or ``Version 2017.08`` read as a publisher or journal.
- ``journal_numbers.journal_numbers_apart``: ``Title? PeerJ Preprints 5: e3159v2.`` read as one title or publisher.
- ``quoted.quoted_work_is_title``: ``"Title" Version 2017.08`` with the quoted title read as the container.
- ``seasons.months_before_year``: ``*Journal*, Summer-Fall 1996`` with ``Summer-Fall`` read into the journal.
"""

from __future__ import annotations

from collections.abc import Callable

from biblio.parse.mends.addresses import address_apart
from biblio.parse.mends.brackets import title_runs_on
from biblio.parse.mends.editors import editors_apart, editors_before_container
from biblio.parse.mends.identifiers import doi_after_address, link_words_apart
from biblio.parse.mends.journal_numbers import journal_numbers_apart
from biblio.parse.mends.name_tails import names_before_quoted_title, names_through_role, year_after_names
from biblio.parse.mends.numbers import day_before_volume, issue_after_volume, marked_numbers, pages_before_date
from biblio.parse.mends.publishers import place_after_publisher, publisher_apart, university_press
from biblio.parse.mends.quoted import quoted_work_is_title
from biblio.parse.mends.seasons import months_before_year
from biblio.parse.mends.titles import (
    book_title,
    emphasis_ends_title,
    italic_is_no_name,
    journal_after_title,
    title_after_initials,
    whole_emphasis,
)
from biblio.parse.mends.versions import version_apart
from biblio.parse.spans import Span

Mend = Callable[[list[Span], str], list[Span]]

MENDS: tuple[Mend, ...] = (
    marked_numbers,
    editors_apart,
    editors_before_container,
    title_after_initials,
    whole_emphasis,
    emphasis_ends_title,
    issue_after_volume,
    day_before_volume,
    pages_before_date,
    journal_after_title,
    book_title,
    university_press,
    publisher_apart,
    place_after_publisher,
    address_apart,
    italic_is_no_name,  # after the address is taken out of a "title" that only announced it
    names_through_role,
    names_before_quoted_title,
    year_after_names,
    title_runs_on,
    doi_after_address,
    link_words_apart,
    version_apart,
    quoted_work_is_title,  # after a version is taken out of the quoted title's span
    journal_numbers_apart,
    months_before_year,
)


def mend(spans: list[Span], text: str) -> list[Span]:
    for one in MENDS:
        spans = one(spans, text)
    return spans


__all__ = ["MENDS", "mend"]
