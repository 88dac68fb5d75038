"""Normalisers: each turns a labelled span of reference text into CSL values.

One small unit per kind, each declaring the CSL fields it touches (``FIELDS``
or its docstring); ``biblio.parse.assemble`` calls them:

    names.py        author, editor, translator, director, producer
    dates.py        issued, accessed, status
    pages.py        page
    volume.py       volume, issue
    volumes.py      number-of-volumes, a volume of a named whole (a multivolume work's statements)
    identifiers.py  DOI, URL, ISBN
    edition.py      edition
    version.py      version (a release left in the title or read as numbers)
    title.py        title, collection-title
    container.py    container-title
    databases.py    a library database closing the reference, out of the publisher or the container
    publisher.py    publisher, publisher-place (places.py: is a text a place?)
    report_series.py  a report's series and number (read as a journal, a note or the publisher)
    numbered_documents.py  a patent's or a standard's number (read as a journal with a volume, or a note)
    genre.py        genre, medium (and the words that name a kind of work)
    types.py        type
    markup.py       Markdown/HTML out of every value; links found
    record.py       the whole record's steps, run on whichever reading the chooser took
"""
