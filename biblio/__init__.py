"""biblio: find the references in a document, parse them into CSL-JSON records, export them."""

__version__ = "0.1.0"
