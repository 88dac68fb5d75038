"""Records parsed from real text, in every export format, through real BibTeX, biber, Zotero and the CSL schema.

Parses every reference text of the gold sets (tests/data/parse/*.jsonl) and every real document of
tests/data/documents/gold.jsonl as `biblio parse --lines` and `biblio export` do, then:

1. LaTeX: `--to bibtex` through pdflatex + bibtex with `plain` and `plainnat` (natbib), `--to biblatex`
   through pdflatex + biber --validate-datamodel with biblatex's `authoryear` and `numeric`; every
   BibTeX `Warning--` and error, every biber WARN and ERROR, and every LaTeX error or warning while an
   entry is typeset (undefined control sequences, characters the fonts cannot print, inputenc errors),
   each with the entry it belongs to;
2. Zotero: the `--for zotero` and the default exports of each format imported with Zotero's own
   translators (../shared/tools/zotero_import, as benchmarks/zotero_fidelity.py measures): fields not
   in their Zotero field, by field and by kind (lost, moved, in Extra, changed), items dropped, and
   every variable roundtrip.py does not score that is nowhere in the imported item;
3. CSL-JSON: each record of `--to csl-json` (with and without --for zotero, and --plain) against the
   official schema (../shared/schema/csl-data.json).

    python benchmarks/export_sweep.py                       # everything (about three minutes)
    python benchmarks/export_sweep.py --records /tmp/r.json # parse once, reuse the records after
    python benchmarks/export_sweep.py --only latex --examples 5 --json /tmp/sweep.json
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from biblio.api import export, read_sources, records_from
from biblio.errors import NoReferences
from biblio.parse import parse_reference
from biblio.records.keys import KeyRegistry

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = ROOT / "tests" / "data" / "parse"
DOCUMENTS = ROOT / "tests" / "data" / "documents"
SCHEMA = SHARED / "schema" / "csl-data.json"
TIMEOUT = 600

# A line the log writes before each entry is typeset, so that what TeX says next is that entry's.
_MARK = "BIBLIO-ENTRY"
_NATBIB_MARKS = (
    "\\makeatletter\\AtBeginDocument{"
    "\\let\\biblioLbibitem\\@lbibitem\\def\\@lbibitem[#1]#2{\\typeout{" + _MARK + "{#2}}\\biblioLbibitem[{#1}]{#2}}"
    "\\let\\biblioBibitem\\@bibitem\\def\\@bibitem#1{\\typeout{" + _MARK + "{#1}}\\biblioBibitem{#1}}}\\makeatother\n"
)
_BIBLATEX_MARKS = "\\AtEveryBibitem{\\typeout{" + _MARK + "{\\thefield{entrykey}}}}\n"
_PREAMBLE = "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n\\usepackage{url}\n"
BUILDS: dict[str, tuple[str, str]] = {  # name: (dialect, the document's bibliography lines)
    "bibtex plain": (
        "bibtex",
        _NATBIB_MARKS + "\\begin{document}\n\\nocite{*}\n\\bibliographystyle{plain}\n\\bibliography{refs}\n",
    ),
    "bibtex plainnat": (
        "bibtex",
        "\\usepackage{natbib}\n" + _NATBIB_MARKS + "\\begin{document}\n\\nocite{*}\n"
        "\\bibliographystyle{plainnat}\n\\bibliography{refs}\n",
    ),
    "biber authoryear": (
        "biblatex",
        "\\usepackage[style=authoryear,backend=biber]{biblatex}\n"
        "\\addbibresource{refs.bib}\n" + _BIBLATEX_MARKS + "\\begin{document}\n\\nocite{*}\n\\printbibliography\n",
    ),
    "biber numeric": (
        "biblatex",
        "\\usepackage[style=numeric,backend=biber]{biblatex}\n"
        "\\addbibresource{refs.bib}\n" + _BIBLATEX_MARKS + "\\begin{document}\n\\nocite{*}\n\\printbibliography\n",
    ),
}
# Typography, not a fault of the data: a long URL or word that overfills a line.
# What a build of two LaTeX runs leaves for a third to settle is about the document, not the entry.
_NOISE = re.compile(r"^(Overfull|Underfull|\s*\[\]|$)|[Rr]erun|may have changed|There were undefined references")


# ---------------------------------------------------------------- records


def _gold_texts() -> Iterator[tuple[str, str]]:
    for path in sorted(SETS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                yield f"{path.stem}:{record['id']}", record["text"]


def _documents() -> list[str]:
    names = [json.loads(line)["file"] for line in (DOCUMENTS / "gold.jsonl").read_text().splitlines() if line.strip()]
    return list(dict.fromkeys(names))


def parse_all() -> list[dict[str, Any]]:
    """Every record, with where it came from under ``_origin``."""
    keys = KeyRegistry()
    items: list[dict[str, Any]] = []
    for origin, text in _gold_texts():
        items.append({**keys.add(parse_reference(text)), "_origin": origin})
    for name in _documents():
        try:
            found = records_from(read_sources([str(DOCUMENTS / name)])[0])
        except NoReferences:
            continue
        items += [{**item, "_origin": f"{name}#{n}"} for n, item in enumerate(keys.add_list(found), 1)]
    return items


def load_records(cache: Path | None) -> list[dict[str, Any]]:
    if cache and cache.exists():
        items: list[dict[str, Any]] = json.loads(cache.read_text(encoding="utf-8"))
        return items
    items = parse_all()
    if cache:
        cache.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return items


def _plain_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in item.items() if k != "_origin"} for item in items]


# ---------------------------------------------------------------- LaTeX


def _run(args: list[str], cwd: Path) -> str:
    env = {**os.environ, "max_print_line": "100000", "error_line": "254", "half_error_line": "238"}
    done = subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, errors="replace", timeout=TIMEOUT, env=env, check=False
    )
    return done.stdout + done.stderr


def _pdflatex(cwd: Path) -> str:
    _run(["pdflatex", "-interaction=nonstopmode", "-no-shell-escape", "-draftmode", "doc.tex"], cwd)
    return (cwd / "doc.log").read_text(encoding="utf-8", errors="replace")


def _entry_lines(bib: str) -> list[tuple[int, str]]:
    """(first line, key) of each entry of a .bib text, in order."""
    return [(bib.count("\n", 0, m.start()) + 1, m.group(1)) for m in re.finditer(r"^@\w+\{([^,\s]+),", bib, re.M)]


def _key_at(starts: list[tuple[int, str]], line: int) -> str:
    key = "?"
    for start, name in starts:
        if start > line:
            break
        key = name
    return key


def _shape(message: str) -> str:
    """A message without its particulars (entry keys, quoted text, numbers, the very letter), to count kinds."""
    letter = re.search(r"Unicode character (.)|There is no (.) in", message)
    if letter:  # a letter's script, not the letter
        char = letter.group(1) or letter.group(2)
        message = message.replace(char, unicodedata.name(char, "?").split()[0], 1)
        message = re.sub(r"\(U\+\w+\)|!$", "", message)
    message = re.sub(r"/\S+/", "", message)
    message = re.sub(r"\b([Ee]ntry) '[^']*'", r"\1 KEY", message)
    # Quoted text goes, but for the names of fields (``one of 'date, year'``).
    message = re.sub(r"'(?![a-z]+(?:, [a-z]+)*')[^']*'|\"[^\"]*\"|`[^']*'|\{[^}]*\}", "'…'", message)
    message = re.sub(r"\b(in|for entry|entry)\s+\S+$", r"\1 KEY", message)
    return re.sub(r"\d+", "N", message).strip()[:120]


def _bibtex_messages(output: str, starts: list[tuple[int, str]]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    lines = output.splitlines()
    for n, line in enumerate(lines):
        warning = re.match(r"Warning--(.*?)(?: in (\S+))?$", line)
        located = re.search(r"---line (\d+) of file refs\.bib", line)
        if warning:
            found.append((warning.group(2) or "?", "Warning--" + warning.group(1)))
        elif located:
            found.append((_key_at(starts, int(located.group(1))), line.split("---")[0]))
        elif re.search(r"for entry (\S+)$", line) and n and not lines[n - 1].startswith("Warning--"):
            key = line.rsplit(" ", 1)[1]
            found.append((key, lines[n - 1].strip() + " " + line.strip()))
    return found


def _biber_messages(output: str, starts: list[tuple[int, str]]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for line in output.splitlines():
        level = re.match(r"^(?:\[\d+\] \S+ )?(WARN|ERROR) - (.*)", line)
        if not level:
            continue
        message = level.group(2)
        named = re.search(r"[Ee]ntry '([^']+)'", message)
        located = re.search(r", line (\d+)", message)
        key = named.group(1) if named else _key_at(starts, int(located.group(1))) if located else "?"
        found.append((key, f"{level.group(1)} {message}"))
    return found


def _log_messages(log: str) -> list[tuple[str, str]]:
    """TeX's errors and warnings after each entry's mark, with that entry's key."""
    found: list[tuple[str, str]] = []
    key = None
    lines = log.splitlines()
    for n, line in enumerate(lines):
        mark = re.match(_MARK + r"\{(.*)\}$", line)
        if mark:
            key = mark.group(1)
            continue
        if key is None or _NOISE.search(line):
            continue
        if line.startswith("! "):
            context = next((lines[k] for k in range(n + 1, min(n + 8, len(lines))) if lines[k].startswith("l.")), "")
            found.append((key, line + (" " + context.split(" ", 1)[-1][-60:] if context else "")))
        elif line.startswith("Missing character") or re.search(r"(Warning|Error):", line):
            found.append((key, line))
    return found


CHUNK = 2000


def build(name: str, bib: str, work: Path) -> list[tuple[str, str]]:
    """(entry key, message) of everything BibTeX or biber and LaTeX say about the .bib in this build."""
    dialect, body = BUILDS[name]
    folder = work / name.replace(" ", "-")
    folder.mkdir()
    (folder / "refs.bib").write_text(bib, encoding="utf-8")
    (folder / "doc.tex").write_text(_PREAMBLE + "\\tracinglostchars=1\n" + body + "\\end{document}\n", encoding="utf-8")
    starts = _entry_lines(bib)
    _pdflatex(folder)
    if dialect == "bibtex":
        _run(["bibtex", "doc"], folder)
        messages = _bibtex_messages((folder / "doc.blg").read_text(errors="replace"), starts)
    else:
        messages = _biber_messages(_run(["biber", "--validate-datamodel", "doc"], folder), starts)
    messages += [(key, "LaTeX: " + text) for key, text in _log_messages(_pdflatex(folder))]
    bbl = (folder / "doc.bbl").read_text(encoding="utf-8", errors="replace")
    printed = set(re.findall(r"\\bibitem(?:\[.*?\])?\s*\{([^}]+)\}|\\entry\{([^}]+)\}", bbl, re.S))
    printed_keys = {a or b for a, b in printed}
    messages += [(key, "entry missing from the bibliography") for _, key in starts if key not in printed_keys]
    return messages


# ---------------------------------------------------------------- Zotero and the CSL schema


# The variables fidelity.py scores field by field; the others are only looked for anywhere in the item.
_SCORED = frozenset(
    "id type custom citation-key title issued container-title volume issue page DOI URL publisher "
    "publisher-place accessed edition ISBN number genre".split()
)


def _flat(value: Any) -> str:
    if isinstance(value, dict):  # not the emulation's log of what it did
        return " ".join(_flat(v) for k, v in value.items() if k != "_log")
    if isinstance(value, list):
        return " ".join(_flat(v) for v in value)
    return re.sub(r"<[^>]+>", " ", str(value))


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", html.unescape(text)).casefold().split())


def unscored_losses(items: list[dict[str, Any]], views: Path) -> list[tuple[str, str]]:
    """(id, variable) of each text variable fidelity.py does not score that is nowhere in Zotero's item."""
    desktop = json.loads(views.read_text(encoding="utf-8"))["desktop"]
    if len(desktop) != len(items):
        return [("?", f"{len(items) - len(desktop)} items dropped: variables not compared")]
    lost = []
    for item, imported in zip(items, desktop, strict=True):
        everything = _norm(_flat(imported))
        for variable, value in item.items():
            if variable in _SCORED or not isinstance(value, (str, int)) or not str(value).strip():
                continue
            # A "label: value" note line may have become the field the label names.
            if not any(_norm(form) in everything for form in (str(value), str(value).partition(": ")[2]) if form):
                lost.append((str(item["id"]), variable))
    return lost


def zotero(items: list[dict[str, Any]], work: Path, examples: int, for_zotero: bool) -> dict[str, dict[str, Any]]:
    from benchmarks.zotero_fidelity import FORMATS, measure

    source = work / "items.json"
    source.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    out = {}
    for to in FORMATS:
        folder = work / f"zotero-{to}-{for_zotero}"
        folder.mkdir()
        out[to] = measure(source, to, for_zotero, folder, examples)
        out[to]["unscored_lost"] = unscored_losses(items, folder / f"{to}.all.json")
    return out


def schema_errors(items: list[dict[str, Any]]) -> dict[str, list[tuple[str, str]]]:
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    out: dict[str, list[tuple[str, str]]] = {}
    for label, options in (
        ("csl-json", {}),
        ("csl-json --plain", {"plain": True}),
        ("csl-json --for zotero", {"target": "zotero"}),
    ):
        written = json.loads(export(items, "csl-json", **options))  # type: ignore[arg-type]
        out[label] = [
            (str(record.get("id")), f"{'/'.join(map(str, error.absolute_path))}: {error.message[:100]}")
            for record in written
            for error in validator.iter_errors([record])
        ]
    return out


# ---------------------------------------------------------------- report


_ERROR = re.compile(r"^(LaTeX: !|ERROR|I was expecting|I'm skipping|entry missing)|error message|[Ii]llegal")


def _summary(label: str, messages: list[tuple[str, str]], origins: dict[str, str], examples: int) -> dict[str, Any]:
    kinds = Counter(_shape(text) for _, text in messages)
    keys = {key for key, _ in messages}
    errors = sum(1 for _, text in messages if _ERROR.search(text))
    print(f"{label:24} {errors:5} errors, {len(messages) - errors:5} warnings, on {len(keys):5} entries")
    for kind, count in kinds.most_common():
        print(f"    {count:5}  {kind}")
        shown = [(k, t) for k, t in messages if _shape(t) == kind][:examples]
        for key, text in shown:
            print(f"             {key} ({origins.get(key, '?')}): {text[:160]}")
    return {
        "messages": len(messages),
        "errors": errors,
        "entries": len(keys),
        "kinds": dict(kinds),
        "by_entry": {key: [t for k, t in messages if k == key] for key in sorted(keys)},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=Path, help="read the parsed records here if it exists, else write them")
    parts = ["latex", "zotero", "schema"]
    parser.add_argument("--only", nargs="*", choices=parts, default=parts)
    parser.add_argument("--examples", type=int, default=0, help="show up to N entries of each kind of message")
    parser.add_argument("--json", type=Path, help="write every message, entry by entry, here")
    args = parser.parse_args()
    records = load_records(args.records)
    origins = {str(item["id"]): str(item["_origin"]) for item in records}
    items = _plain_items(records)
    print(
        f"{len(items)} records ({sum(':' in o for o in origins.values())} gold-set references, "
        f"{sum('#' in o for o in origins.values())} from {len(_documents())} documents)"
    )
    report: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "latex" in args.only:
            # one document per CHUNK entries: biblatex's lists of 5,000 keys exceed TeX's main memory
            chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
            for name, (dialect, _) in BUILDS.items():
                messages = []
                for n, chunk in enumerate(chunks):
                    (work / str(n)).mkdir(exist_ok=True)
                    messages += build(name, export(chunk, dialect), work / str(n))
                report[name] = _summary(name, messages, origins, args.examples)
        if "schema" in args.only:
            for label, errors in schema_errors(items).items():
                report[label] = _summary(label + " schema", errors, origins, args.examples)
        if "zotero" in args.only:
            for for_zotero in (True, False):
                label = "--for zotero" if for_zotero else "default export"
                print(f"Zotero, {label:16} {'fields Zotero cites right':>28} {'items dropped':>14}")
                for to, result in zotero(items, work, args.examples, for_zotero).items():
                    ok, total, dropped = result["ok"], result["total"], result["dropped"]
                    print(f"{to:24} {ok:>12}/{total} ({100.0 * ok / total:5.1f} %) {len(dropped):>14}")
                    print(
                        "    lost, by Zotero field: "
                        + ", ".join(f"{f} {n}" for f, n in result["by_field"].most_common())
                    )
                    print("    by kind: " + ", ".join(f"{f} {n}" for f, n in result["by_status"].most_common()))
                    unscored = Counter(variable for _, variable in result["unscored_lost"])
                    print(
                        "    other variables found nowhere in the item: "
                        + (", ".join(f"{f} {n}" for f, n in unscored.most_common()) or "none")
                    )
                    for line in result["losses"]:
                        print("    " + line)
                    report[f"zotero {to} {label}"] = result
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=list), encoding="utf-8")


if __name__ == "__main__":
    main()
