"""APA 7 reference parsing: one unit per element, orchestrated by parser.py."""

from biblio.parse.readers.apa.parser import parse_apa

__all__ = ["parse_apa"]
