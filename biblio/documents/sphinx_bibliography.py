"""A Sphinx page whose references are printed by sphinxcontrib-bibtex from a .bib file.

reStructuredText's ``.. bibliography:: refs.bib`` (or MyST Markdown's ```` ```{bibliography} ````) prints the
entries of the .bib files it names, or of those ``bibtex_bibfiles`` lists in the project's ``conf.py`` (a Jupyter
Book's ``_config.yml``) when it names none: with ``:all:`` every entry, with ``:notcited:`` those not cited, else
those the page cites (``:cite:`a,b```, ``:cite:p:``, ``:footcite:``, MyST's ``{cite:t}`a```). The list is printed
in pybtex's order: an unsorted style (``unsrt``, ``unsrtalpha``) keeps citation order (file order for ``:all:``);
the others (``alpha``, the default, and ``plain``) sort by author, year and title as pybtex compares them, entries
with no author first and a name written whole in braces (an organisation) after every name of letters.
"""

from __future__ import annotations

import os
import re
from typing import Any

from biblio.documents.bibliography_files import read_bibliography_files, records_from_entries

# ".. bibliography:: a.bib b.bib" and its options (":all:", ":style: unsrt"), indented under it
_RST_DIRECTIVE = re.compile(r"^[ \t]*\.\.[ \t]+(?:foot)?bibliography::[ \t]*(.*)$((?:\n[ \t]+:[\w-]+:.*)*)",
                            re.MULTILINE)
# MyST: "```{bibliography} a.bib" then ":all:" lines or a "---" block of "style: unsrt" lines, to the fence
_MYST_DIRECTIVE = re.compile(r"^[ \t]*(`{3,}|:{3,})\{(?:foot)?bibliography\}[ \t]*(.*)$\n(.*?)^[ \t]*\1[ \t]*$",
                             re.MULTILINE | re.DOTALL)
_OPTION = re.compile(r"^[ \t]*:?([\w-]+):?[ \t]*:?[ \t]*(.*)$", re.MULTILINE)
_CITE_ROLE = re.compile(r":(?:foot)?cite(?::[a-z]+)?:`([^`]+)`|\{(?:foot)?cite(?::[a-z]+)?\}`([^`]+)`")
_CONF_FILES = re.compile(r"^[ \t]*bibtex_bibfiles\s*=\s*\[([^\]]*)\]", re.MULTILINE)
_CONF_STYLE = re.compile(r"^[ \t]*bibtex_default_style\s*=\s*[\"']([\w-]+)[\"']", re.MULTILINE)
_YAML_FILES = re.compile(r"^[ \t]*bibtex_bibfiles\s*:\s*(.*)$((?:\n[ \t]*-[ \t]*.*)*)", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")
_PROJECT_DEPTH = 4  # folders looked at above the page for its project's conf.py or _config.yml


def sphinx_entries(text: str, path: str) -> tuple[dict[str, Any], ...] | None:
    """The records the page's bibliography directive prints, in printed order; None when it has none."""
    directives = [(files, options) for files, options in _RST_DIRECTIVE.findall(text)]
    directives += [(files, options) for _, files, options in _MYST_DIRECTIVE.findall(text)]
    if not directives:
        return None
    folder = os.path.dirname(path)
    root, configured, default_style = _project(folder)
    keys = [key.strip() for found in _CITE_ROLE.findall(text) for group in found for key in group.split(",")
            if key.strip()]
    printed: list[dict[str, Any]] = []
    for files, options_text in directives:
        options = {name.lower(): value.strip() for name, value in _OPTION.findall(options_text)}
        names = files.split()
        paths = ([os.path.join(root, name.lstrip("/")) if name.startswith("/") else os.path.join(folder, name)
                  for name in names] if names else configured)
        entries = [entry for entry, _ in read_bibliography_files(paths, "")]
        by_key = {str(entry.get("id")): entry for entry in entries}
        if "all" in options:
            chosen = entries
        elif "notcited" in options:
            chosen = [entry for entry in entries if str(entry.get("id")) not in keys]
        else:
            chosen = [by_key[key] for key in dict.fromkeys(keys) if key in by_key]
        if "unsrt" not in (options.get("style") or default_style):
            chosen = _sorted_as_pybtex(chosen, paths)
        printed += [entry for entry in chosen if entry not in printed]
    return records_from_entries(printed)


def _project(folder: str) -> tuple[str, list[str], str]:
    """The project's source folder, the .bib files its configuration lists and its default style."""
    here = folder
    for _ in range(_PROJECT_DEPTH):
        for name in ("conf.py", "_config.yml"):
            config = os.path.join(here, name)
            if os.path.isfile(config):
                with open(config, encoding="utf-8", errors="replace") as handle:
                    text = handle.read()
                style = _CONF_STYLE.search(text)
                return here, [os.path.join(here, file) for file in _configured(text)], style.group(1) if style \
                    else "alpha"
        parent = os.path.dirname(here)
        if parent == here:
            break
        here = parent
    return folder, [], "alpha"


def _configured(text: str) -> list[str]:
    files = [name for found in _CONF_FILES.findall(text) for name in _QUOTED.findall(found)]
    for first, more in _YAML_FILES.findall(text):
        files += [value.strip().strip("\"'[] ") for line in [first, *more.splitlines()]
                  for value in line.strip().lstrip("-").split(",") if value.strip().strip("\"'[] ")]
    return files


def _sorted_as_pybtex(entries: list[dict[str, Any]], paths: list[str]) -> list[dict[str, Any]]:
    """The entries in the order pybtex's author-year-title sorting gives them (the order sphinxcontrib-bibtex
    prints): it compares the names as written, braces kept, so a name written whole in braces comes after every
    name of letters; entries pybtex cannot read keep their order, after the others."""
    from pybtex.database import parse_file
    from pybtex.plugin import find_plugin

    order: dict[str, int] = {}
    for path in paths:
        try:
            data = parse_file(path, bib_format="bibtex")
        except Exception:  # noqa: BLE001 (a file pybtex cannot read: biblio's reading stands, unsorted)
            continue
        for entry in find_plugin("pybtex.style.sorting", "author_year_title")().sort(list(data.entries.values())):
            order.setdefault(entry.key, len(order))
    return sorted(entries, key=lambda entry: order.get(str(entry.get("id")), len(order)))
