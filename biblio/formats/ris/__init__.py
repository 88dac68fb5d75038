"""RIS: the tagged format every reference manager reads."""

from biblio.formats.ris.reader import loads
from biblio.formats.ris.writer import dumps

__all__ = ["dumps", "loads"]
