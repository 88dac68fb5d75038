"""BibTeX and biblatex (.bib): ``dumps`` writes CSL items, ``loads`` reads them back."""

from biblio.formats.bibtex.reader import loads
from biblio.formats.bibtex.writer import dumps

__all__ = ["dumps", "loads"]
