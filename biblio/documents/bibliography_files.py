"""A document whose references live in a BibTeX bibliography it names or carries, not in its text.

LaTeX (``\\addbibresource{refs.bib}``, ``\\bibliography{refs}``), pandoc Markdown, R Markdown and Quarto
(``bibliography: refs.bib`` in the front matter), Org (``#+bibliography: refs.bib``) and Typst
(``#bibliography("refs.bib")``) print their reference list from a .bib file beside them; a Distill article
carries its BibTeX in a ``<d-bibliography>`` script. The references are the entries the document cites (all of them with
``\\nocite{*}`` or ``nocite: '@*'``), read exactly as BibTeX, in the order the list is printed: citation
order for a numbered, unsorted style (``unsrt``, IEEE, ``sorting=none``, Distill), else by author, year
and title. A biblatex document that prints several lists filtered by keyword (``keyword=…``, keywords
given per file by a source map) gets each list's entries in turn. A LaTeX source shared without its .bib
(arXiv's sources) carries the list BibTeX made, its ``.bbl`` beside it: that ``thebibliography`` stands where
``\\bibliography{…}`` is, as LaTeX puts it there.
"""

from __future__ import annotations

import os
import re
import unicodedata
from typing import Any

from biblio.formats.problems import Collector

_DOCUMENT_EXTENSIONS = frozenset({".tex", ".ltx", ".latex", ".md", ".markdown", ".rmd", ".qmd", ".org",
                                  ".html", ".htm", ".rst", ".txt", ".typ"})

_TEX_COMMENT = re.compile(r"(?<!\\)%.*")
_TEX_RESOURCE = re.compile(r"\\(?:addbibresource|addglobalbib|bibliography)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}")
_TEX_CITE = re.compile(r"\\[A-Za-z]*cite[A-Za-z]*\*?((?:\s*(?:\[[^\]]*\]|\{[^}]*\}))+)")
_TEX_BRACES = re.compile(r"\{([^}]*)\}")
_TEX_PRINT = re.compile(r"\\printbibliography\s*(?:\[([^\]]*)\])?")
_TEX_STYLE = re.compile(r"\\bibliographystyle\s*\{([^}]*)\}|\\usepackage\s*\[([^\]]*)\]\s*\{biblatex\}")
_TEX_SOURCEMAP = re.compile(r"\\perdatasource\s*\{([^}]*)\}\s*\\step\s*\[\s*fieldset\s*=\s*keywords\s*,\s*"
                            r"fieldvalue\s*=\s*([^,\]\s]+)", re.IGNORECASE)
_OPTION = re.compile(r"(\w+)\s*=\s*\{?([^,}\]]+)")

_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)\n(.*?)\n(?:---|\.\.\.|\+\+\+)\s*\n", re.DOTALL)
_YAML_BIBLIOGRAPHY = re.compile(r"^bibliography\s*:\s*(.*)$((?:\n\s+-\s*.*)*)", re.MULTILINE)
_YAML_KEY = re.compile(r"^(csl|nocite)\s*:\s*(.*)$((?:\n\s+.*)*)", re.MULTILINE)
_ORG_BIBLIOGRAPHY = re.compile(r"^#\+bibliography:\s*(\S.*)$", re.MULTILINE | re.IGNORECASE)
_ORG_CSL = re.compile(r"^#\+cite_export:\s*csl\s+(\S+)", re.MULTILINE | re.IGNORECASE)
_CODE = re.compile(r"^(```|~~~).*?^\1\s*$|`[^`\n]*`", re.MULTILINE | re.DOTALL)
# pandoc's citation key: a letter, digit or _ then key characters, not after a word character (an e-mail)
_PANDOC_KEY = re.compile(r"(?<![\w@])@(\*|[\w][\w:.#$%&+?<>~/-]*)")

_DISTILL_CITE = re.compile(r"<d-cite\b[^>]*\bkey\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_DISTILL_BIB = re.compile(r"<d-bibliography\b([^>]*)>(.*?)</d-bibliography>", re.IGNORECASE | re.DOTALL)
_DISTILL_SRC = re.compile(r"\bsrc\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)

# Numbered styles that list references in citation order rather than sorted.
_UNSORTED_STYLE = re.compile(r"unsrt|ieee|nature|vancouver|sorting\s*=\s*none|citation-sequence", re.IGNORECASE)


def cited_entries(text: str, path: str) -> tuple[dict[str, Any], ...]:
    """The records of the entries `text` (the document at `path`) cites from the bibliography it names or
    carries, in printed order; none when it names none (or none is found)."""
    extension = os.path.splitext(path)[1].lower()
    if extension not in _DOCUMENT_EXTENSIONS:
        return ()
    if extension in (".rst", ".txt", ".md"):  # a Sphinx page (reStructuredText or MyST Markdown)
        from biblio.documents.sphinx_bibliography import sphinx_entries

        printed = sphinx_entries(text, path)
        if printed is not None or extension != ".md":
            return printed or ()
    folder = os.path.dirname(path)
    if extension in (".html", ".htm"):
        return _distill(text, folder)
    if extension in (".tex", ".ltx", ".latex"):
        return _latex(text, folder)
    if extension == ".typ":
        return _typst(text, folder)
    return _pandoc_or_org(text, folder, org=extension == ".org")


_THEBIBLIOGRAPHY = re.compile(r"\\begin\{thebibliography\}")
_TEX_PRINT_COMMAND = re.compile(r"\\bibliography\s*\{[^}]*\}|\\printbibliography\b(?:\s*\[[^\]]*\])?")


def with_compiled_bibliography(text: str, path: str) -> str:
    """A LaTeX source's text with the ``thebibliography`` of its ``.bbl`` (same name, beside it) where its
    ``\\bibliography{…}`` command stands, when it has no ``thebibliography`` of its own; else as it is."""
    stem, extension = os.path.splitext(path)
    if extension.lower() not in (".tex", ".ltx", ".latex") or _THEBIBLIOGRAPHY.search(text):
        return text
    place = _TEX_PRINT_COMMAND.search(text)
    if place is None or not os.path.isfile(stem + ".bbl"):
        return text
    from biblio.documents.reader import read_text

    with open(stem + ".bbl", "rb") as handle:
        compiled = read_text(handle.read(), stem + ".bbl")
    if not _THEBIBLIOGRAPHY.search(compiled):
        return text  # biblatex's .bbl holds data, not a printed list
    return text[: place.start()] + compiled + text[place.end():]


def _latex(text: str, folder: str) -> tuple[dict[str, Any], ...]:
    body = "\n".join(_TEX_COMMENT.sub("", line) for line in text.splitlines())
    files = [name.strip() for found in _TEX_RESOURCE.findall(body) for name in found.split(",") if name.strip()]
    if not files:
        return ()
    keys = [key.strip() for group in _TEX_CITE.findall(body) for braces in _TEX_BRACES.findall(group)
            for key in braces.split(",") if key.strip()]
    entries = read_bibliography_files(files, folder)
    keywords = {os.path.basename(name): value.strip().lower() for name, value in _TEX_SOURCEMAP.findall(body)}
    for entry, source in entries:
        if source in keywords:
            entry["_keywords"] = {keywords[source]}
    chosen = _chosen([entry for entry, _ in entries], keys)
    styles = " ".join(" ".join(found) for found in _TEX_STYLE.findall(body))
    if _UNSORTED_STYLE.search(styles):
        return records_from_entries(chosen)
    lists = [dict(_OPTION.findall(options or "")) for options in _TEX_PRINT.findall(body)]
    if not any("keyword" in options for options in lists):
        return records_from_entries(sorted(chosen, key=_sort_key))
    printed: list[dict[str, Any]] = []
    for options in lists:
        wanted = options.get("keyword", "").strip().lower()
        printed += sorted((entry for entry in chosen if entry not in printed
                           and (not wanted or wanted in entry.get("_keywords", _own_keywords(entry)))),
                          key=_sort_key)
    return records_from_entries(printed + [entry for entry in chosen if entry not in printed])


def _pandoc_or_org(text: str, folder: str, *, org: bool) -> tuple[dict[str, Any], ...]:
    style = ""
    nocite = ""
    if org:
        files = [name for line in _ORG_BIBLIOGRAPHY.findall(text) for name in line.split()]
        style = " ".join(_ORG_CSL.findall(text))
    else:
        front = _FRONT_MATTER.match(text)
        if front is None:
            return ()
        files = []
        for first, more in _YAML_BIBLIOGRAPHY.findall(front.group(1)):
            values = [first, *(line.strip().lstrip("-") for line in more.splitlines())]
            files += [value.strip().strip("\"'[]") for part in values for value in part.split(",") if value.strip()]
        for name, first, more in _YAML_KEY.findall(front.group(1)):
            if name == "csl":
                style = first
            else:
                nocite = first + more
        text = text[front.end():]
    files = [name for name in files if name]
    if not files:
        return ()
    keys = _PANDOC_KEY.findall(_CODE.sub("", text) + "\n" + nocite)
    entries = [entry for entry, _ in read_bibliography_files(files, folder)]
    chosen = _chosen(entries, [key.rstrip(".:;,") for key in keys])
    return records_from_entries(chosen if _UNSORTED_STYLE.search(style) else sorted(chosen, key=_sort_key))


# Typst: a string (kept: "https://…" holds "//"), else a comment; `#bibliography("a.bib")` or
# `#bibliography(("a.bib", "b.bib"), style: "apa", full: true)`; citations `@key`, `@key[p. 5]`, `#cite(<key>)`,
# `#cite(label("key"))` (an `@` reference to a heading's or a figure's label names no entry and is passed over; a
# string, matched whole, hides its "@": `#link("https://example.org/@name")`)
_TYP_STRING_OR_COMMENT = re.compile(r'"(?:\\.|[^"\\\n])*"|/\*.*?\*/|//[^\n]*', re.DOTALL)
_TYP_BIBLIOGRAPHY = re.compile(r"#bibliography\(((?:[^()]|\([^()]*\))*)\)")
_TYP_STRING = re.compile(r'"((?:\\.|[^"\\])*)"')
_TYP_STYLE = re.compile(r'\bstyle\s*:\s*"([^"]*)"')
_TYP_FULL = re.compile(r"\bfull\s*:\s*true\b")
_TYP_KEY = re.compile(r'(?<![\w@])@([\w][\w:.-]*)|#cite\(\s*(?:<([^>]+)>|label\(\s*"([^"]+)"\s*\))|"(?:\\.|[^"\\])*"')


def _typst(text: str, folder: str) -> tuple[dict[str, Any], ...]:
    """A Typst document's list: the entries it cites from the files its ``#bibliography`` names, in citation
    order for its default style (IEEE) and other numbered ones, else sorted by author, year and title."""
    body = _CODE.sub("", _TYP_STRING_OR_COMMENT.sub(lambda m: m.group(0) if m.group(0)[0] == '"' else "", text))
    calls = _TYP_BIBLIOGRAPHY.findall(body)
    if not calls:
        return ()
    arguments = calls[0]
    files = [name for name in _TYP_STRING.findall(arguments.split("title:")[0].split("style:")[0]) if name]
    style = _TYP_STYLE.search(arguments)
    keys = [next(k for k in found if k).rstrip(".:") for found in _TYP_KEY.findall(body) if any(found)]
    if _TYP_FULL.search(arguments):
        keys.append("*")
    entries = [entry for entry, _ in read_bibliography_files(files, folder)]
    chosen = _chosen(entries, keys)
    if style is None or _UNSORTED_STYLE.search(style.group(1)):
        return records_from_entries(chosen)
    return records_from_entries(sorted(chosen, key=_sort_key))


def _distill(text: str, folder: str) -> tuple[dict[str, Any], ...]:
    found = _DISTILL_BIB.search(text)
    if found is None:
        return ()
    source = _DISTILL_SRC.search(found.group(1))
    if source is not None:
        entries = [entry for entry, _ in read_bibliography_files([source.group(1)], folder)]
    else:
        entries = [entry for script in _SCRIPT.findall(found.group(2)) for entry in _bibtex(script, "d-bibliography")]
    keys = [key.strip() for group in _DISTILL_CITE.findall(text) for key in group.split(",") if key.strip()]
    return records_from_entries(_chosen(entries, keys))  # Distill numbers its references in citation order


def read_bibliography_files(files: list[str], folder: str) -> list[tuple[dict[str, Any], str]]:
    from biblio.documents.reader import read_text

    entries: list[tuple[dict[str, Any], str]] = []
    for name in files:
        path = os.path.join(folder, name)
        if not os.path.isfile(path) and os.path.isfile(path + ".bib"):
            path += ".bib"
        if not os.path.isfile(path):
            continue
        with open(path, "rb") as handle:
            text = read_text(handle.read(), path)
        entries += [(entry, os.path.basename(path)) for entry in _bibtex(text, path)]
    return entries


def _bibtex(text: str, name: str) -> list[dict[str, Any]]:
    from biblio.formats.bibtex.reader import loads

    return [dict(item) for item in loads(text, name, Collector())]


def _chosen(entries: list[dict[str, Any]], keys: list[str]) -> list[dict[str, Any]]:
    """The entries cited, in citation order; after a ``*`` key (cite all), the others in file order."""
    by_key = {str(entry.get("id")): entry for entry in entries}
    cited = [by_key[key] for key in dict.fromkeys(keys) if key in by_key]
    return cited + [entry for entry in entries if entry not in cited] if "*" in keys else cited


def _own_keywords(entry: dict[str, Any]) -> set[str]:
    return {word.strip().lower() for word in re.split(r"[,;]", str(entry.get("keyword") or "")) if word.strip()}


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _sort_key(entry: dict[str, Any]) -> tuple[str, str, str]:
    """Author (a particle such as "van" left out, as biblatex and CSL sort), year, title."""
    names = entry.get("author") or entry.get("editor") or []
    first = names[0] if names else {}
    name = str(first.get("family") or first.get("literal") or "") if isinstance(first, dict) else ""
    title = _fold(str(entry.get("title") or ""))
    parts = (entry.get("issued") or {}).get("date-parts") or [[]]
    year = str(parts[0][0]) if parts and parts[0] else ""
    return (_fold(name) or title, year, title)


def records_from_entries(entries: list[dict[str, Any]]) -> tuple[dict[str, Any], ...]:
    """The entries as records marked as read from a bibliography file."""
    return tuple({**{k: v for k, v in entry.items() if not k.startswith("_")},
                  "custom": {**entry.get("custom", {}), "biblio": {"from": "bibliography-file"}}}
                 for entry in entries)
