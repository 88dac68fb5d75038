"""The .bib files biblio writes, compiled by the real TeX toolchain (no mocks)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from biblio.formats.bibtex import dumps
from tests.conftest import SHARED, run_cli, shared_path

# The module's builds are module fixtures: its tests stay on one test worker, so that each build runs once
# (``--dist loadfile``, pyproject.toml; the group keeps them together under ``--dist loadgroup`` too).
pytestmark = pytest.mark.xdist_group("latex_toolchain")
TIMEOUT = 120
INJECTION = (
    r"Harmless \input{/etc/hostname} \end{document} \immediate\write18{touch pwned} 100% & $x$ #1 a_b ~ ^ {"
)

OWN_ITEMS: list[dict[str, Any]] = [
    {
        "type": "article-journal",
        "title": "R&D spending: 50% of $ budgets, #1 priority and snake_case names",
        "author": [
            {"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"},
            {"family": "Müller", "given": "Jörg", "suffix": "Jr."},
            {"family": "Wójcik", "given": "Łukasz"},
        ],
        "container-title": "Journal of Applied Economics",
        "volume": "12",
        "issue": "3",
        "page": "101-120",
        "DOI": "10.1000/j.jae_2020.03",
        "issued": {"date-parts": [[2020, 3, 15]]},
    },
    {
        "type": "book",
        "title": "One hundred years of solitude",
        "edition": "2",
        "author": [{"family": "García Márquez", "given": "Gabriel"}],
        "editor": [{"family": "Rabassa", "given": "Gregory"}],
        "publisher": "Harper & Row",
        "publisher-place": "New York",
        "ISBN": "978-0-06-088328-7",
        "issued": {"date-parts": [[1970]]},
    },
    {
        "type": "chapter",
        "title": "Courts and the UN system",
        "author": [{"family": "Smith", "given": "Ann"}],
        "editor": [{"family": "Jones", "given": "Bob"}],
        "container-title": "Handbook of international law",
        "publisher": "Oxford University Press",
        "page": "45-67",
        "issued": {"date-parts": [[2018]]},
    },
    {
        "type": "thesis",
        "title": "Water politics in Balochistan",
        "author": [{"family": "Khan", "given": "Sara"}],
        "publisher": "University of Karachi",
        "genre": "Doctoral dissertation",
        "issued": {"date-parts": [[2021]]},
    },
    {
        "type": "report",
        "title": "Annual report on NGOs",
        "author": [{"literal": "World Bank"}],
        "publisher": "World Bank",
        "number": "WB-2022-7",
        "issued": {"date-parts": [[2022, 6]]},
        "URL": "https://example.org/report_2022?id=7&x=%20",
    },
    {
        "type": "paper-conference",
        "title": "Parsing references with CRFs",
        "author": [{"family": "Lee", "given": "Kim"}],
        # biblatex-apa remaps an editor-less @inproceedings to @article, where publisher is invalid.
        "editor": [{"family": "Park", "given": "Min"}],
        "container-title": "Proceedings of the ACL",
        "publisher": "ACL",
        "page": "1-10",
        "issued": {"date-parts": [[2019, 7]]},
        "accessed": {"date-parts": [[2024, 5, 1]]},
    },
    {
        "type": "article",
        "title": "Language models are few-shot learners",
        "author": [{"family": "Brown", "given": "Tom B."}],
        "genre": "arXiv preprint",
        "number": "arXiv:2005.14165 [cs.CL]",
        "issued": {"date-parts": [[2020]]},
    },
    {
        "type": "webpage",
        "title": INJECTION,
        "author": [{"literal": "Research and Policy Unit"}],
        "URL": "https://example.org/a_b",
        "issued": {"date-parts": [[2023, 1, 2]]},
    },
]


def _require(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        reason = f"TeX toolchain missing: {', '.join(missing)} not on PATH"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, errors="replace", check=False
    )


def _pdflatex(cwd: Path, draft: bool = False) -> subprocess.CompletedProcess[str]:
    # -recorder lists every file TeX opened in doc.fls: the injection check reads it. A run whose
    # only job is to write .aux/.bcf for BibTeX or biber needs no PDF (-draftmode).
    return _run(
        [
            "pdflatex",
            "-interaction=nonstopmode",
            "-halt-on-error",
            "-no-shell-escape",
            "-recorder",
            *(["-draftmode"] if draft else []),
            "doc.tex",
        ],
        cwd,
    )


ORGS = [
    "Human Rights Watch",
    "Amnesty International",
    "Al Jazeera",
    "BBC News",
    "The Guardian",
    "United Nations Office of the High Commissioner for Human Rights",
    "Reuters",
    "World Bank",
    "Research and Policy Unit",
]
ADVERSARIAL = Path(__file__).resolve().parents[1] / "data" / "adversarial.json"
SAMPLE_UNDATED = "amnestyinternationalndhuman"  # the sample's one undated reference (an Amnesty page)


def _adversarial() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = json.loads(ADVERSARIAL.read_text(encoding="utf-8"))
    return items


def _render_dev() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = json.loads(shared_path("render-dev", "items.json").read_text(encoding="utf-8"))
    return items


def _cli_export(dialect: str) -> str:
    """``biblio export --to DIALECT`` on the bundled sample, as a user runs it (in-process)."""
    run = run_cli("export", "--to", dialect, "--quiet")
    assert run.returncode == 0, run.stderr
    return run.stdout


def _main_bib(dialect: str) -> str:
    """The sample as the command line exports it, then biblio's own hard items and the adversarial set."""
    return _cli_export(dialect) + "\n" + dumps(OWN_ITEMS + _adversarial(), dialect)


def _assert_clean_log(tmp: Path, settled: bool = True) -> None:
    """No TeX error, no undefined citation or reference, nothing the injection asked for.

    A biblatex build stops after the run that reads the .bbl: its page tracker then still raises
    LaTeX's summary "There were undefined references" (with no reference named), which one more
    run would settle; each undefined citation or reference is still named and caught."""
    log = (tmp / "doc.log").read_text(encoding="utf-8", errors="replace")
    assert not re.search(r"^! ", log, re.M), log[-3000:]
    assert not re.search(r"(Citation|Reference) .* undefined", log), log[-3000:]
    assert not settled or "There were undefined" not in log
    assert "/etc/hostname" not in (tmp / "doc.fls").read_text(errors="replace")
    assert not (tmp / "pwned").exists()


def _compile_classic(tmp_path: Path, bib: str) -> Path:
    _require("pdflatex", "bibtex")
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    (tmp_path / "doc.tex").write_text(
        "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n"
        "\\usepackage{natbib}\n\\usepackage{url}\n\\begin{document}\nText.\n\\nocite{*}\n"
        "\\bibliographystyle{plainnat}\n\\bibliography{refs}\n\\end{document}\n",
        encoding="utf-8",
    )
    first = _pdflatex(tmp_path, draft=True)
    assert first.returncode == 0, first.stdout[-3000:]
    bibtex = _run(["bibtex", "doc"], tmp_path)
    (tmp_path / "bibtex.out").write_text(bibtex.stdout + bibtex.stderr, encoding="utf-8")
    final = _pdflatex(tmp_path)
    assert final.returncode == 0, final.stdout[-3000:]
    return tmp_path


def _compile_biblatex(tmp_path: Path, bib: str, pdf: bool = True) -> Path:
    """pdflatex, biber, pdflatex: the second run reads every entry of the .bbl, which is what can fail;
    a third run would only settle labels and page references (none here)."""
    _require("pdflatex", "biber")
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    (tmp_path / "doc.tex").write_text(
        "\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage[T1]{fontenc}\n"
        "\\usepackage[style=apa,backend=biber]{biblatex}\n\\addbibresource{refs.bib}\n"
        "\\begin{document}\nText.\n\\nocite{*}\n\\printbibliography\n\\end{document}\n",
        encoding="utf-8",
    )
    first = _pdflatex(tmp_path, draft=True)
    assert first.returncode == 0, first.stdout[-3000:]
    biber = _run(["biber", "--validate-datamodel", "doc"], tmp_path)
    (tmp_path / "biber.out").write_text(biber.stdout + biber.stderr, encoding="utf-8")
    assert biber.returncode == 0, biber.stdout[-3000:]
    final = _pdflatex(tmp_path, draft=not pdf)
    assert final.returncode == 0, final.stdout[-3000:]
    return tmp_path


def _assert_classic_clean(build: Path) -> None:
    output = (build / "bibtex.out").read_text() + (build / "doc.blg").read_text()
    assert "Warning--" not in output, output
    assert "error message" not in output and "I was expecting" not in output, output
    _assert_clean_log(build)


def _assert_biber_clean(build: Path, undated: set[str]) -> None:
    """No biber error, and no warning but the missing date of an entry that has none."""
    output = (build / "biber.out").read_text()
    assert "ERROR" not in output, output
    missing_date = re.compile(r"Entry '([^']+)' \(refs\.bib\): Missing mandatory field - one of 'date, year'")
    for line in output.splitlines():
        if line.startswith("WARN"):
            match = missing_date.search(line)
            assert match and match.group(1) in undated, line
    _assert_clean_log(build, settled=False)


def _undated_keys(bib: str) -> set[str]:
    entries = re.findall(r"^@\w+\{([^,]+),(.*?)^\}", bib, re.M | re.S)
    return {key for key, body in entries if not re.search(r"^\s*(date|year) =", body, re.M)}


def _undated_ids(items: list[dict[str, Any]]) -> set[str]:
    return {str(item["id"]) for item in items if "issued" not in item}


def _render_dev_present() -> bool:
    return (SHARED / "render-dev" / "items.json").is_file()


def _build_bib(dialect: str) -> str:
    """The sample export, biblio's own items and the adversarial set, then, where ../shared is beside the project,
    the rendering corpus: one build per dialect (a build of its own paid pdflatex's, and biber's, start-up again).
    Each test asserts on the whole build's warnings and log, and on its own entries in the .bbl."""
    bib = _main_bib(dialect)
    if not _render_dev_present():
        return bib
    items = _render_dev()
    main_keys = set(re.findall(r"^@\w+\{([^,]+),", bib, re.M))
    assert not main_keys & {str(item["id"]) for item in items}  # no entry of one set stands for the other's
    return bib + "\n" + dumps(items, dialect)


def _undated_allowed() -> set[str]:
    """The entries whose missing date biber may warn of: the sample's undated one, the undated adversarial items
    and the rendering corpus's (where it is built)."""
    return {SAMPLE_UNDATED} | _undated_ids(_adversarial()) | (_undated_ids(_render_dev()) if _render_dev_present()
                                                                else set())


@pytest.fixture(scope="module")
def classic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _compile_classic(tmp_path_factory.mktemp("classic"), _build_bib("bibtex"))


@pytest.fixture(scope="module")
def biblatex(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _compile_biblatex(tmp_path_factory.mktemp("biblatex"), _build_bib("biblatex"))


def test_classic_bibtex_compiles_without_warnings(classic: Path) -> None:
    _assert_classic_clean(classic)
    bbl = (classic / "doc.bbl").read_text(encoding="utf-8")
    assert all("{" + str(item["id"]) + "}" in bbl for item in _adversarial())  # no entry lost


def test_classic_prints_organisations_whole(classic: Path) -> None:
    bbl = (classic / "doc.bbl").read_text(encoding="utf-8")
    flat = " ".join(bbl.replace("{", "").replace("}", "").split())
    for org in ORGS:
        assert org in flat, org
    assert "Watch, H" not in flat and "Watch H" not in flat


def test_classic_keeps_case_and_escapes_injection(classic: Path) -> None:
    bbl = (classic / "doc.bbl").read_text(encoding="utf-8")
    assert "{Balochistan}" in bbl and "{NGOs}" in bbl and "{UN}" in bbl
    assert r"\textbackslash{}input\textbraceleft{}/etc/hostname" in bbl
    assert r"\input{" not in bbl and r"\end{document}" not in bbl


def test_sample_export_writes_its_undated_reference_as_nd(classic: Path) -> None:
    bib = (classic / "refs.bib").read_text(encoding="utf-8")
    entry = re.search(r"^@\w+\{" + SAMPLE_UNDATED + r",(.*?)^\}", bib, re.M | re.S)
    assert entry and "year = {n.d.}" in entry.group(1)


def test_biblatex_compiles_with_only_missing_date_warnings(biblatex: Path) -> None:
    undated = _undated_keys((biblatex / "refs.bib").read_text())
    assert undated == _undated_allowed()
    _assert_biber_clean(biblatex, undated)
    assert (biblatex / "doc.pdf").stat().st_size > 0


def test_biblatex_prints_organisations_whole_and_loses_no_entry(biblatex: Path) -> None:
    bbl = (biblatex / "doc.bbl").read_text(encoding="utf-8")
    assert bbl.strip(), "biber wrote an empty .bbl"
    for org in ORGS:
        assert "family={{" + org + "}}," in bbl, org  # one family name, no given name
    assert all("\\entry{" + str(item["id"]) + "}" in bbl for item in _adversarial())


def test_biblatex_prints_a_preprints_arxiv_number(biblatex: Path) -> None:
    bbl = (biblatex / "doc.bbl").read_text(encoding="utf-8")
    entry = next(e for e in bbl.split("\\entry{") if "Language models are few-shot" in e)
    assert "\\field{eprinttype}{arxiv}" in entry and "\\field{eprintclass}{cs.CL}" in entry
    assert "2005.14165" in entry and "number: arXiv" not in entry


def test_biblatex_escapes_injection(biblatex: Path) -> None:
    bbl = (biblatex / "doc.bbl").read_text(encoding="utf-8")
    assert r"\textbackslash{}input\textbraceleft{}/etc/hostname" in bbl  # biblio's own item
    assert r"\textbackslash{}input\{/etc/hostname\}" in bbl and r"\input{" not in bbl  # the adversarial one


def test_render_dev_corpus_compiles_clean_in_classic_bibtex(classic: Path) -> None:
    items = _render_dev()
    _assert_classic_clean(classic)
    bbl = (classic / "doc.bbl").read_text(encoding="utf-8")
    assert all("{" + str(item["id"]) + "}" in bbl for item in items)


def test_render_dev_corpus_compiles_clean_in_biblatex(biblatex: Path) -> None:
    _render_dev()  # (skips where ../shared is absent)
    _assert_biber_clean(biblatex, _undated_allowed())


def test_render_dev_corpus_loses_no_entry_in_biblatex(biblatex: Path) -> None:
    items = _render_dev()
    bbl = (biblatex / "doc.bbl").read_text(encoding="utf-8")
    assert all("\\entry{" + str(item["id"]) + "}" in bbl for item in items)


def test_adversarial_text_survives_the_bib_round_trip() -> None:
    from biblio.formats.bibtex import loads

    items = _adversarial()
    for dialect in ("bibtex", "biblatex"):
        for item, back in zip(items, loads(dumps(items, dialect)), strict=True):
            assert back["title"] == item["title"], (dialect, item["id"])
            assert back.get("author") == _von(item.get("author")), (dialect, item["id"])


def _von(names: Any) -> Any:
    """BibTeX has one "von" part: a dropping particle reads back as a non-dropping one; a family
    name alone is one unsplittable name, as an organisation's."""
    if not isinstance(names, list):
        return names
    out = [{("non-dropping-particle" if k == "dropping-particle" else k): v for k, v in n.items()} for n in names]
    return [{"literal": n["family"]} if set(n) == {"family"} and " " in n["family"] else n for n in out]
