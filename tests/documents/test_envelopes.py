"""Documents inside another file: a blog's Atom or RSS feed, MediaWiki's page export, a MIME e-mail."""

from __future__ import annotations

from pathlib import Path

from biblio.api import read_document
from biblio.documents.envelopes import unwrap
from biblio.documents.reader import read_path

PARSE_EACH_TEXT_ONCE = True  # each reference text read once a session (tests/conftest.py)

DOCUMENTS = Path(__file__).parents[1] / "data" / "documents"


def _read(name: str) -> list[dict]:
    text = read_path(str(DOCUMENTS / name)).text
    return read_document(text, name).items


def test_atom_feed_reads_the_posts_escaped_html() -> None:
    items = _read("real-ropensci-footnotes-atom.xml")
    assert len(items) == 7 and items[0]["author"][0]["family"] == "Lau"


def test_rss_feed_reads_the_posts_cdata_html() -> None:
    items = _read("real-ph-stylometry-rss.xml")
    assert len(items) == 18


def test_mediawiki_export_reads_the_page_wikitext_on_its_lines() -> None:
    text = (DOCUMENTS / "real-wikipedia-fr-freebsd-export.xml").read_text(encoding="utf-8")
    inner, name = unwrap(text) or ("", "")
    assert name.endswith(".wiki") and "{{Lien web|url=http://www.bafug.org" in inner
    assert inner.split("\n").index("== Histoire ==") == text.split("\n").index("== Histoire ==")
    assert len(_read("real-wikipedia-fr-freebsd-export.xml")) == 16


def test_mime_mail_is_decoded_and_a_plain_mail_left_as_it_is() -> None:
    text = (DOCUMENTS / "real-nist-sp800-63-3-forwarded.eml").read_text(encoding="utf-8")
    inner, name = unwrap(text) or ("", "")
    assert name.endswith(".html") and "=\n" not in inner and "a130revised.pdf" in inner
    assert unwrap((DOCUMENTS / "real-hypothesize-email-numbered.txt").read_text(encoding="utf-8")) is None
