"""Documents that arrive inside another file: a blog's feed, a wiki's page export, a MIME e-mail.

* An Atom or RSS feed (a blog's ``feed.xml``, a Blogger or WordPress export) carries each post as HTML,
  escaped or in CDATA (``<content type="html">``, ``<content:encoded>``): the posts are read as one HTML
  page, each under its title.
* MediaWiki's page export (Special:Export, ``<mediawiki><page><revision><text>``) carries the wikitext of
  each page, escaped.
* A MIME e-mail (``Content-Type: multipart/…``, quoted-printable or base64 bodies) carries its text
  encoded: the HTML part is read where there is one, else the plain text (a plain e-mail with no MIME
  encoding is read as it stands).

``unwrap(text)`` gives the document inside and a name whose extension tells its kind, or None. Escaped
text keeps its line breaks, so the document inside keeps the line numbers of the file where it can.
"""

from __future__ import annotations

import email
import email.policy
import html
import re
from email.message import EmailMessage

__all__ = ["unwrap"]

_FEED = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:feed\b[^>]*\bxmlns=\"http://www\.w3\.org/2005/Atom\"|"
                   r"rss\b)", re.DOTALL)
_EXPORT = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?<mediawiki\b[^>]*mediawiki\.org/xml/export", re.DOTALL)
_ENTRY = re.compile(r"<(entry|item)\b[^>]*>(.*?)</\1\s*>", re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.DOTALL)
# the post's body: Atom's content (else its summary), RSS's content:encoded (else its description)
_BODIES = (
    re.compile(r"<content\b[^>]*>(.*?)</content\s*>", re.DOTALL),
    re.compile(r"<content:encoded\b[^>]*>(.*?)</content:encoded\s*>", re.DOTALL),
    re.compile(r"<summary\b[^>]*>(.*?)</summary\s*>", re.DOTALL),
    re.compile(r"<description\b[^>]*>(.*?)</description\s*>", re.DOTALL),
)
_CDATA = re.compile(r"^\s*<!\[CDATA\[(.*?)\]\]>\s*$", re.DOTALL)
_PAGE_TEXT = re.compile(r"<text\b[^>]*>(.*?)</text\s*>", re.DOTALL)
# an e-mail's header block, with a MIME body that must be decoded to be read
_MAIL_HEADER = re.compile(r"^(?:[A-Za-z][\w-]*:[^\n]*\n(?:[ \t][^\n]*\n)*)+\n", re.ASCII)
_MIME = re.compile(r"^(?:content-type:\s*multipart/|content-transfer-encoding:\s*(?:quoted-printable|base64))",
                   re.IGNORECASE | re.MULTILINE)


def unwrap(text: str) -> tuple[str, str] | None:
    """The document a feed, a page export or a MIME e-mail carries, with a name telling its kind."""
    head = text[:4000]
    if _FEED.match(head):
        return _feed_html(text), "feed.html"
    if _EXPORT.match(head):
        return _export_wikitext(text), "export.wiki"
    mail = _MAIL_HEADER.match(text)
    if mail and _MIME.search(mail.group()):
        return _mail_text(text)
    return None


def _inner(body: str) -> str:
    cdata = _CDATA.match(body)
    return cdata.group(1) if cdata else html.unescape(body)


def _feed_html(text: str) -> str:
    """The posts as one HTML page; each keeps the lines it has in the feed."""
    parts: list[str] = []
    line = 1
    for entry in _ENTRY.finditer(text):
        inner = entry.group(2)
        body = next((m for pattern in _BODIES if (m := pattern.search(inner))), None)
        if body is None:
            continue
        start = entry.start(2) + body.start(1)
        title = _TITLE.search(inner)
        heading = f"<h1>{_inner(title.group(1)).strip()}</h1>" if title else ""
        at = text.count("\n", 0, start) + 1
        parts.append("\n" * max(0, at - line - 1) + heading + "\n")
        content = _inner(body.group(1))
        parts.append(content + "\n")
        line = at + content.count("\n") + 1
    return "".join(parts)


def _export_wikitext(text: str) -> str:
    """Each exported page's wikitext, on the lines it has in the export."""
    parts: list[str] = []
    line = 1
    for page in _PAGE_TEXT.finditer(text):
        at = text.count("\n", 0, page.start(1)) + 1
        content = html.unescape(page.group(1))
        parts.append("\n" * max(0, at - line) + content + "\n")
        line = at + content.count("\n") + 1
    return "".join(parts)


def _mail_text(text: str) -> tuple[str, str] | None:
    """The e-mail's readable body: its HTML parts, else its plain-text parts, decoded."""
    message = email.message_from_string(text, policy=email.policy.default)
    if not isinstance(message, EmailMessage):
        return None
    for subtype, name in (("html", "mail.html"), ("plain", "mail.txt")):
        bodies = [
            str(part.get_content())
            for part in message.walk()
            if part.get_content_type() == f"text/{subtype}" and not part.is_attachment()
        ]
        if bodies:
            return "\n".join(bodies), name
    return None
