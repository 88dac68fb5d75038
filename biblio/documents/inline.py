"""Inline markup in one dialect: Markdown.

Whatever the document was written in, the text of a reference reaches the
parser with ``*emphasis*`` and ``[text](url)`` as its only inline markup:
pandoc's bracketed spans (``[Title]{.nocase}``) are their text,
HTML ``<i>``/``<em>``/``<cite>`` become ``*…*`` (but a ``<cite>`` wrapping a whole
citation, with its title in ``<i>``, is only its content), styles and scripts go, ``<a href>`` becomes a
Markdown link, entities are decoded, note anchors (``<sup>3</sup>``,
``<a name="x"></a>``) and comments are dropped. A link whose target is not a
web address or DOI (``[Doe, Jane](./Jane_Doe)``, ``[text][ref]``) is only its
text: such a target says nothing about the work. Line breaks are kept, so
callers can map the result back to document lines.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from biblio.entities import unescape

# A target worth keeping: the work's web address or its DOI.
WEB_TARGET = re.compile(r"^(?:https?://|ftp://|doi:\s*10\.|10\.\d{4,9}/)", re.IGNORECASE)

_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_SUP = re.compile(r"<sup\b[^>]*>(.*?)</sup\s*>", re.IGNORECASE | re.DOTALL)
# What a note anchor holds: "3", "[3]", "a", "*", "†", "3, 4".
_NOTE_MARK = re.compile(r"^\s*\[?\s*(?:\d{1,4}(?:\s*[,–-]\s*\d{1,4})*|[a-z]|[*†‡§])\s*\]?\s*$")
_BACK_MARKS = "^↑↩\ufe0e\ufe0f \t\n"
# Fragments by which notes and their references link to each other (MediaWiki, pandoc, Jekyll, Hugo).
_NOTE_FRAGMENT = re.compile(r"#(?:cite_(?:ref|note)|fn|fnref|ref|note|footnote)[-_:]?[\w.-]*$", re.IGNORECASE)
_ANCHOR = re.compile(r"<a\b([^>]*)>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_ITALIC = re.compile(r"<(i|em|cite|var|dfn)\b([^>]*)>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
# A <cite> that holds a whole citation (Wikipedia's cite.citation, with the title in <i> inside): no emphasis.
_CITATION_WRAPPER = re.compile(r"\bclass\s*=\s*[\"'][^\"']*\bcitation\b|<(?:i|em)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")
# Elements whose content is no text even inside a paragraph (TemplateStyles put <style> in a reference).
_NO_TEXT = re.compile(r"<(style|script|template|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A link whose text is a short title, a line break, then the whole reference that repeats it ("[Tending Your
# Software Garden<br>Atwood, Jeff. 'Tending Your Software Garden.' Coding Horror, 2008.](url)"): the short title
# is a caption, said twice.
_SHORT_TITLE_BREAK = re.compile(
    r"\[(?P<short>[^\[\]<>\n]{2,200}?)\s*<br\s*/?>\s*(?P<full>(?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]\(", re.IGNORECASE
)
# A tag ("<span class=x>", "</a>", "<o:p>"), not "<URL: https://…>" (R's citation() prints addresses so).
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?::[\w-]+)?(?:\s[^<>]*)?/?>")
# Markdown: images, inline links (one level of nested brackets in the text), reference links.
_IMAGE = re.compile(r"!\[(?:[^\[\]]|\[[^\[\]]*\])*\]\([^)]*\)")
MARKDOWN_LINK = re.compile(
    r"\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*<?(?P<url>(?:[^()\s>]|\([^()\s>]*\))*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
REFERENCE_LINK = re.compile(r"\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])+)\]\[[^\[\]\n]*\]")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\](?!:)")
# Pandoc's bracketed span with attributes, as citeproc writes titles: "[The Gaia mission]{.nocase}" is its text.
_ATTRIBUTE = r"(?:[.#][\w-]+|[\w-]+=(?:\"[^\"]*\"|[^\s}]+))"
_BRACKETED_SPAN = re.compile(rf"\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]\{{{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*\}}")
_SPACES = re.compile(r"[ \t]+")
# A backslash escape of ASCII punctuation ("prev\_page", "\&"): the character itself. "\*", "\[", "\]" and
# "\`" stay escaped, since unescaped they would read as markup.
_BACKSLASH_ESCAPE = re.compile(r"\\([!\"#$%&'(),\-./:;<=>?@^_{|}~\\])")
# Strong emphasis (**…**, __…__): no evidence of a field (a CV bolds its owner's name); its text stays.
_STRONG = re.compile(r"(?<![\w\\])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w])")
# ABNT's bold title after a surname in capitals and its given names ("DATE, C. J. **Introdução a sistemas**. Rio de
# Janeiro: …", "PUGA, S., GOYA M., **Banco de dados**, Ed. Pearson, 2013."): NBR 6023 sets the title in bold where
# others set it in italics, so it stays marked as a title (in a text with no italics of its own)
_ABNT_BOLD_TITLE = re.compile(
    r"^(?P<head>(?:[ \t]*(?:[-+]|\d{1,3}[.)])[ \t]+)?[A-ZÀ-Ý]{2,}(?:[ -][A-ZÀ-Ý]{2,})*,?[ \t][^*\n]{1,200}?[.,][ \t])"
    r"\*\*(?P<title>[^*\s][^*\n]{2,300}?)\*\*(?=[.,:])",
    re.M,
)
_SINGLE_EMPHASIS = re.compile(r"(?<![*\w])\*[^*\s][^*]*?\*(?![*\w])|(?<![\w_])_[^_\s][^_]*?_(?![\w_])")
# No-break spaces are spaces; zero-width spaces and soft hyphens are nothing a value should hold.
_INVISIBLE = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200b": None, "\u00ad": None,
                            "\ufeff": None})


def _keep_lines(text: str, replacement: str = "") -> str:
    """`replacement` plus as many line breaks as `text` held, so line numbers stay right."""
    return replacement + "\n" * text.count("\n")


def _link(text: str, url: str) -> str:
    url = unescape(url.strip())
    if not text.strip(_BACK_MARKS) and text.strip() and _in_page(url):
        return _keep_lines(text)  # "[^](https://…#cite_ref-1)": a note's back-link
    if not text.strip():
        return _keep_lines(text, url if WEB_TARGET.match(url) else "")
    if not WEB_TARGET.match(url):
        return text
    shown = _TAG.sub("", text).strip()
    if shown == url or _shortened(shown, url):
        return url
    return f"[{text}]({url})"


def _shortened(shown: str, url: str) -> bool:
    """Words that are the start of the link's own address ("https://medium.com/…/ea18a5ed592" linking to
    "…/ea18a5ed592d"): an editor or a writer shortened the address shown; the link holds it whole."""
    head = shown.rstrip("….").rstrip()
    return len(head) > len("https://") and WEB_TARGET.match(shown) is not None and url.startswith(head)


def _anchor(m: re.Match[str]) -> str:
    attributes, text = m.group(1), m.group(2)
    href = _HREF.search(attributes)
    if href is None:
        return text  # <a name="x">…</a>: an anchor, not a link
    url = redirect_target(next(g for g in href.groups() if g is not None))
    mark = _TAG.sub("", text).strip(_BACK_MARKS)
    if _in_page(url) and (not mark or _NOTE_MARK.match(mark)):
        return _keep_lines(text)  # a note's back-link "^" or forward link "3"
    return _link(text, url)


# A link an editor or a mail service routes through its redirector (Google Docs' export, Outlook's Safe Links,
# Facebook's link shim): the address the writer gave is the parameter that names it.
_REDIRECT = re.compile(
    r"^https?://(?:(?:www\.)?google\.[a-z.]{2,6}/url\?|[\w.-]*safelinks\.protection\.outlook\.com/?\?"
    r"|l\.facebook\.com/l\.php\?)", re.IGNORECASE)
_REDIRECT_PARAMETERS = ("q", "url", "u")


def redirect_target(url: str) -> str:
    """The address behind a redirector's link, else the link as it is."""
    if _REDIRECT.match(url) is None:
        return url
    query = parse_qs(urlsplit(unescape(url)).query)
    for name in _REDIRECT_PARAMETERS:
        target = query.get(name, [""])[0]
        if WEB_TARGET.match(target):
            return target
    return url


def _in_page(url: str) -> bool:
    """A link to a place in a page ("#cite_ref-1", "https://…/Page#cite_note-2"), as notes link to each other."""
    return url.startswith("#") or _NOTE_FRAGMENT.search(url) is not None


def _without_short_title(m: re.Match[str]) -> str:
    short, full = " ".join(m.group("short").split()).casefold(), " ".join(m.group("full").split()).casefold()
    return f"[{m.group('full')}](" if short in full else m.group(0)


def _sup(m: re.Match[str]) -> str:
    inner = _TAG.sub("", m.group(1))
    return _keep_lines(inner) if _NOTE_MARK.match(unescape(inner)) or not inner.strip() else inner


def _holds_a_citation(inner: str) -> bool:
    """A <cite> that holds a whole reference, its class gone (a reader view of a Wikipedia page): a link whose text
    is a quoted title, or words outside its links ("Zawinski, Jamie (1996). <a …>"nscp dorm"</a>. Retrieved …")."""
    text = _TAG.sub(" ", inner)  # its links are Markdown by now
    linked = [link.group("text").strip(" *") for link in MARKDOWN_LINK.finditer(text)]
    if not linked:
        return False
    outside = MARKDOWN_LINK.sub(" ", text)
    return any(t.startswith(('"', "“")) for t in linked) or len(_WORD.findall(outside)) >= 2


# A <cite> around a whole reference whose parts the page tags (HighWire's ``<cite>Names. Title. <abbr
# class="cit-jnl-abbrev">N Engl J Med</abbr><span class="cit-pub-date">1996</span>;…</cite>``): tagged parts and a
# year, no title of a work.
_TAGGED_PART = re.compile(r"<(?:span|abbr)\b[^>]*\bclass\s*=", re.IGNORECASE)
_A_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _tagged_reference(inner: str) -> bool:
    return _TAGGED_PART.search(inner) is not None and _A_YEAR.search(_TAG.sub(" ", inner)) is not None


def _italic(m: re.Match[str]) -> str:
    inner = m.group(3)
    if m.group(1).lower() == "cite" and (_CITATION_WRAPPER.search(m.group(2)) or _CITATION_WRAPPER.search(inner)
                                         or _holds_a_citation(inner) or _tagged_reference(inner)):
        return _ITALIC.sub(_italic, inner)
    if not inner.strip():
        return inner
    return f"*{inner.strip()}*" if not inner.strip().startswith("*") else inner


# Two tagged parts of a reference set side by side with no space between (``<abbr class="cit-jnl-abbrev">N Engl J
# Med</abbr><span class="cit-pub-date">1996</span>``, ``<span class="ref-vol">21</span><span class="ref-iss">Suppl``):
# the page's style sheet spaces them, so a reader sees two words ("Med 1996", "21 Suppl").
_GLUED_PARTS = re.compile(
    r"(?<=[^\W_])(</(?:span|abbr)\s*>)(?=<(?:span|abbr)\b[^>]*\bclass\s*=\s*[\"'][^\"']*"
    r"(?:cit|ref|jnl|journal|vol|iss|date|year|page)[^\"']*[\"'][^>]*>[^\W_])",
    re.IGNORECASE,
)


def html_inline_to_markdown(text: str) -> str:
    """Inline HTML in `text` rewritten as Markdown, entities decoded, anchors and comments dropped."""
    if "<" in text:
        text = _GLUED_PARTS.sub(r"\1 ", text)
        text = _COMMENT.sub(lambda m: _keep_lines(m.group(0)), text)
        text = _NO_TEXT.sub(lambda m: _keep_lines(m.group(0)), text)
        text = _SUP.sub(_sup, text)
        text = _ANCHOR.sub(_anchor, text)
        text = _ITALIC.sub(_italic, text)
        text = _SHORT_TITLE_BREAK.sub(_without_short_title, text)
        text = _BREAK.sub(" ", text)
        text = _TAG.sub(lambda m: _keep_lines(m.group(0)), text)
    if "&" in text:
        text = unescape(text)
    return text.translate(_INVISIBLE)


def markdown_inline(text: str) -> str:
    """Markdown inline text with only emphasis and web links left as markup."""
    text = html_inline_to_markdown(text)
    if "\\" in text:
        text = _BACKSLASH_ESCAPE.sub(r"\1", text)
    if ("**" in text or "__" in text) and not _STRONG.fullmatch(text.strip().rstrip(":")):
        if "**" in text and not _SINGLE_EMPHASIS.search(text.replace("**", "")):
            text = _ABNT_BOLD_TITLE.sub(r"\g<head>*\g<title>*", text)
        text = _STRONG.sub(r"\2", text)  # a wholly bold line is a heading of its own: it keeps its marks
    if "[" in text:
        text = _IMAGE.sub(lambda m: _keep_lines(m.group(0)), text)
        if "]{" in text:
            text = _BRACKETED_SPAN.sub(lambda m: m.group("text"), text)
        text = MARKDOWN_LINK.sub(lambda m: _link(m.group("text"), m.group("url")), text)
        text = REFERENCE_LINK.sub(lambda m: m.group("text"), text)
        text = _FOOTNOTE_REF.sub("", text)
    return text


def tidy_spaces(line: str) -> str:
    return _SPACES.sub(" ", line).strip()
