"""R documentation (``.Rd`` files, as roxygen2 writes them or by hand) rewritten as Markdown, line for line.

An R help page is a list of top-level sections, each a macro over a braced body: ``\\title{…}``,
``\\description{…}``, ``\\references{…}``, ``\\section{Title}{…}``. Each section's first line becomes a
heading named after it (``\\references{`` → "## References"), its body lines its text with the inline
markup read (``\\emph{Journal}`` → ``*Journal*``, ``\\code{arXiv:1903.08008}`` → its text,
``\\href{url}{text}`` → a Markdown link, ``\\doi{10.…}`` → ``doi:10.…``), its closing brace a blank line.
Code sections (usage, examples, arguments, aliases, keywords) become blank lines. One output line per
input line.
"""

from __future__ import annotations

import re

_SECTION = re.compile(r"^\\(\w+)(?:\{([^{}]*)\})?\{(.*)$")
_TITLES = {"references": "References", "description": "Description", "details": "Details", "value": "Value",
           "note": "Note", "source": "Source", "seealso": "See also", "title": "Title", "format": "Format",
           "author": "Author"}
_CODE_SECTIONS = frozenset({"usage", "examples", "arguments", "alias", "name", "keyword", "concept", "docType",
                            "encoding", "Rdversion", "method", "S4method", "synopsis"})
_INLINE = re.compile(r"\\(\w+)(?:\[([^\]\n]*)\])?\{([^{}\n]*)\}(?:\{([^{}\n]*)\})?")
_EMPHASIS = frozenset({"emph", "dfn", "cite", "var"})
_STRONG = frozenset({"bold", "strong"})


def is_rd(name: str) -> bool:
    return name.lower().endswith(".rd")


def rd_inline(text: str) -> str:
    """Rd's inline markup as Markdown: innermost macros first."""
    for _ in range(5):
        replaced = _INLINE.sub(_inline, text)
        if replaced == text:
            break
        text = replaced
    return text.replace("\\cr", "").replace("\\%", "%").replace("\\_", "_").replace("\\\\", "\\")


def _inline(match: re.Match[str]) -> str:
    macro, body, second = match.group(1), match.group(3), match.group(4)
    if macro == "href" and second is not None:
        return f"[{second}]({body})"
    tail = f"{{{second}}}" if second is not None else ""
    if macro in _EMPHASIS:
        return f"*{body}*{tail}"
    if macro in _STRONG:
        return f"**{body}**{tail}"
    if macro == "url":
        return f"<{body}>{tail}"
    if macro == "doi":
        return f"doi:{body}{tail}"
    if macro == "dQuote":
        return f"“{body}”{tail}"
    if macro == "sQuote":
        return f"‘{body}’{tail}"
    return body + tail  # \code, \pkg, \link, \eqn, \file, \env, \samp, \verb …: their text


# RDtool's documents (Ruby's ".rd" READMEs) share the extension: "= Title" and "== References" headings over
# Markdown-like lists, inline ((*emphasis*)), (({code})) and ((<URL:address>)) marks.
_RDTOOL_HEADING = re.compile(r"^(={1,4}) (\S.*)$", re.MULTILINE)
_RDTOOL_INLINE = re.compile(r"\(\((?:\*(?P<em>[^*\n]+)\*|\{(?P<code>[^}\n]+)\}"
                            r"|<(?:(?P<text>[^|>\n]+)\|)?URL:(?P<url>[^>\s]+)>|[|%'](?P<plain>[^|%'\n]+)[|%'])\)\)")


def is_rdtool(text: str) -> bool:
    """An ".rd" file that is RDtool's text, not an R help page (whose top level is "\\name{…}" macros)."""
    return _RDTOOL_HEADING.search(text) is not None and not any(_SECTION.match(line) for line in text.split("\n"))


def _rdtool_inline(match: re.Match[str]) -> str:
    if match.group("em"):
        return f"*{match.group('em')}*"
    if match.group("code"):
        return f"`{match.group('code')}`"
    if match.group("url"):
        return f"[{match.group('text')}]({match.group('url')})" if match.group("text") else f"<{match.group('url')}>"
    return match.group("plain")


def rdtool_markdown(text: str) -> str:
    """RDtool's text as Markdown, line for line: its headings and inline marks."""
    marked = _RDTOOL_HEADING.sub(lambda m: "#" * len(m.group(1)) + " " + m.group(2), text)
    return _RDTOOL_INLINE.sub(_rdtool_inline, marked) if "((" in marked else marked


def rd_markdown(text: str) -> str:
    if is_rdtool(text):
        return rdtool_markdown(text)
    out: list[str] = []
    depth = 0
    code = False
    for line in text.split("\n"):
        if line.lstrip().startswith("%"):  # an Rd comment
            out.append("")
            continue
        if depth == 0:
            match = _SECTION.match(line)
            if match is None:
                out.append("")
                continue
            name, title, rest = match.group(1), match.group(2), match.group(3)
            depth = 1 + _depth_change(rest)
            code = name in _CODE_SECTIONS
            if code:
                out.append("")
            elif name == "title" and depth <= 0:  # \title{Bulk effective sample size} on one line
                out.append(f"# {rd_inline(rest.rstrip().removesuffix('}'))}")
            else:
                heading = f"## {rd_inline(title if name == 'section' and title else _TITLES.get(name, name))}"
                body = rest.strip().removesuffix("}") if depth <= 0 else rest.strip()
                if not body:
                    out.append(heading)
                elif out and not out[-1]:  # "\references{Vehtari A (2019) …": the heading on the blank line before
                    out[-1] = heading
                    out.append(rd_inline(body))
                else:
                    out.append(rd_inline(body))
            if depth <= 0:
                depth, code = 0, False
            continue
        depth += _depth_change(line)
        if depth <= 0:  # the section's closing brace
            out.append("" if line.strip() in ("}", "") or code else rd_inline(line.rstrip().removesuffix("}")))
            depth, code = 0, False
            continue
        out.append("" if code else rd_inline(line))
    return "\n".join(out)


def _depth_change(text: str) -> int:
    text = text.replace("\\{", "").replace("\\}", "")
    return text.count("{") - text.count("}")
