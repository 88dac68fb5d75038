"""Reading real-world files: broken entries among valid ones, every LaTeX accent form, publisher
RIS headers, biblio's own output read back, and the CLI conversions users run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from biblio.cli import main
from biblio.formats import bibtex, csljson, ris
from biblio.formats.problems import Collector
from tests.conftest import run_cli

BROKEN_BIB = r"""@string{jst = "Journal of Stuff"}
@article{good1, author = {M\"uller, J\"org}, title = {First}, journal = jst, year = 2020}
@article{broken, title = {unclosed, year = 2021
@book{good2, author = {{\"O}zt\"urk, Ay\c{s}e}, title = {Second}, publisher = {P}, year = 2019}
"""


def _export(capsys: Any, *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_broken_bib_entry_is_named_and_the_valid_ones_kept(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(BROKEN_BIB, encoding="utf-8")
    code, out, err = _export(capsys, str(path), "--plain")
    assert code == 0
    items = json.loads(out)
    assert [i["id"] for i in items] == ["good1", "good2"]
    assert items[0]["container-title"] == "Journal of Stuff"  # @string resolved
    assert f"{path}:3: entry 'broken' skipped" in err
    assert _export(capsys, str(path), "--strict")[0] == 6


def test_bib_with_no_valid_entry_is_malformed(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "refs.bib"
    path.write_text("@article{a, title = {x\n", encoding="utf-8")
    code, _, err = _export(capsys, str(path))
    assert code == 6 and "biblio: error:" in err


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        (r"M\"uller", "Müller"),
        (r"M\"{u}ller", "Müller"),
        (r"M{\"u}ller", "Müller"),
        (r"Gar\c con", "Garçon"),
        (r"Gar\c{c}on", "Garçon"),
        (r"Stra\ss e", "Straße"),
        (r"{\L}ukasz", "Łukasz"),
        (r"Nguy{\~{\^e}}n", "Nguyễn"),
        (r"na\"{\i}ve", "naïve"),
        (r"$\alpha$-tests", "α-tests"),
        (r"pages 1--2", "pages 1–2"),
        (r"\emph{Word} \& co", "Word & co"),
    ],
)
def test_accents_decode_in_every_form(latex: str, text: str) -> None:
    (item,) = bibtex.loads("@misc{k, title = {" + latex + "}}")
    assert item["title"] == text


def test_csl_json_invalid_items_named_valid_kept(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "zotero.json"
    path.write_text('[\n{"type": "book", "title": "Good"},\n5,\n{"type": "book", "title": "Also"}\n]',
                    encoding="utf-8")
    code, out, err = _export(capsys, str(path), "--to", "biblatex")
    assert code == 0 and "{goodnd," in out and "{alsond," in out
    assert "item 2 skipped" in err
    assert _export(capsys, str(path), "--strict")[0] == 6
    path.write_text("not json at all", encoding="utf-8")
    assert _export(capsys, str(path))[0] == 6


def test_publisher_ris_with_header_lines_reads(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "refs.ris"
    path.write_text("Provider: Publisher\nDatabase: Journals\nContent: text/plain; charset=\"UTF-8\"\n\n"
                    "TY  - JOUR\nAU  - Doe, Jane\nTI  - A title\nT2  - A journal\nPY  - 2020\nER  - \n",
                    encoding="utf-8")
    code, out, _ = _export(capsys, str(path), "--to", "csl-json", "--plain")
    assert code == 0
    (item,) = json.loads(out)
    assert item["type"] == "article-journal" and item["container-title"] == "A journal"


TYPES = ["article-journal", "article-magazine", "article-newspaper", "book", "chapter", "paper-conference",
         "report", "thesis", "webpage", "post-weblog", "post", "dataset", "software", "motion_picture",
         "broadcast", "interview", "speech", "manuscript", "map", "patent", "document", "article", "pamphlet",
         "entry-dictionary", "entry-encyclopedia", "song", "graphic", "personal_communication"]


@pytest.mark.parametrize("for_zotero", [False, True])
def test_own_ris_reads_back_to_the_same_types(for_zotero: bool) -> None:
    items = [{"id": f"k{i}", "type": t, "title": "T"} for i, t in enumerate(TYPES)]
    back = ris.loads(ris.dumps(items, for_zotero=for_zotero))
    assert [b["type"] for b in back] == TYPES


CONFERENCE = {"id": "p", "type": "paper-conference", "title": "Paper", "author": [{"family": "Lee", "given": "K"}],
              "container-title": "Proceedings of X", "event-title": "X 2020", "publisher-place": "Paris",
              "event-place": "Lyon"}
REPORT = {"id": "r", "type": "report", "title": "R", "number": "TR-7", "genre": "Technical report",
          "publisher": "Institute, Inc.", "author": [{"literal": "Bureau of Statistics, Ministry"}]}


def test_ris_writes_what_zotero_reads() -> None:
    text = ris.dumps([CONFERENCE, REPORT])
    assert "TY  - CONF" in text and "C3  - Proceedings of X" in text and "T2  - X 2020" in text
    assert "C1  - Paris" in text  # Zotero reads CY of a conference paper as a fallback only
    assert "SN  - TR-7" in text and "M3  - Technical report" in text
    zotero_text = ris.dumps([CONFERENCE], for_zotero=True)
    assert "M2  - event-place: Lyon" in zotero_text  # Zotero's Extra: moved into the event place
    assert ris.loads(text)[0]["event-place"] == "Lyon"


def test_csl_json_for_zotero_keeps_particles_suffixes_and_lacking_variables() -> None:
    item = {"id": "t", "type": "thesis", "title": "T", "number": "123", "genre": "PhD thesis",
            "author": [{"family": "Berg", "given": "Anne", "non-dropping-particle": "van den"},
                       {"family": "King", "given": "Martin", "suffix": "Jr."},
                       {"family": "Goethe", "given": "Johann", "dropping-particle": "von"}]}
    (written,) = json.loads(csljson.dumps([item], for_zotero=True))
    assert written["author"] == [{"family": "van den Berg", "given": "Anne"},
                                 {"family": "King", "given": "Martin, Jr."},
                                 {"family": "Goethe", "given": "Johann von"}]
    assert "number" not in written and written["note"] == "number: 123"
    (back,) = csljson.loads(json.dumps([written]))
    assert back["number"] == "123" and "note" not in back
    (software,) = json.loads(csljson.dumps([{"id": "s", "type": "software", "title": "S"}], for_zotero=True))
    assert software["type"] == "book" and software["note"] == "type: computerProgram"
    assert csljson.loads(json.dumps([software]))[0]["type"] == "software"


def test_bib_for_zotero_uses_the_types_and_fields_zotero_reads() -> None:
    web = {"id": "w", "type": "webpage", "title": "Page", "container-title": "Site", "URL": "https://x.org/a_b",
           "author": [{"family": "R Core Team"}], "issued": {"date-parts": [[2024, 7, 31]]}}
    for dialect in ("bibtex", "biblatex"):
        text = bibtex.dumps([web, CONFERENCE], dialect, for_zotero=True)
        assert "@online{w," in text and "journaltitle = {Site}" in text and "date = {2024-07-31}" in text
        assert "author = {{R Core Team}}" in text
        assert "eventtitle = {X 2020}" in text and "address = {Paris}" in text
        # Zotero makes a conference paper's `location` this Extra line; biblio would read it as the address
        assert "location" not in text and "biblio-extra-break # {event-place: Lyon}" in text
    assert "@misc{w," in bibtex.dumps([web], "bibtex")  # for LaTeX: classic styles know no @online


def test_bib_for_zotero_keeps_in_extra_what_no_field_carries() -> None:
    news = {"id": "n", "type": "article-newspaper", "title": "T", "container-title": "The Times",
            "page": "A1", "issue": "7"}
    thesis = {"id": "t", "type": "thesis", "title": "T", "number": "28413951", "publisher": "U"}
    text = bibtex.dumps([news, thesis], "biblatex", for_zotero=True)
    # Zotero reads every @article as a journal article: Extra's type line makes it a newspaper article,
    # and the fields Zotero reads by the type it starts from become Extra lines as well.
    assert text.startswith("@string{biblio-extra-break = {\n}}")
    assert "@string{biblio-extra-1-1 = {type: newspaperArticle}}" in text
    assert "{issue: 7}" in text and "{page: A1}" in text and "pages" not in text and "number" not in text[:300]
    assert "howpublished = biblio-extra-break # {number: 28413951}," in text  # a thesis has no number
    assert [{k: v for k, v in item.items() if k != "custom"} for item in bibtex.loads(text)] == [news, thesis]


def test_dedupe_merges_without_losing_a_field(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "refs.bib"
    path.write_text("@article{a, title={Same work}, author={Doe, Jane}, journal={J}, year=2020, doi={10.1/X}}\n"
                    "@article{b, title={Same Work.}, author={Doe, J.}, journal={J}, year=2020, volume={3},"
                    " pages={1--2}}\n"
                    "@article{c, title={Other}, author={Roe, R}, journal={J}, year=2021, doi={https://doi.org/10.1/x}}\n",
                    encoding="utf-8")
    code, out, err = _export(capsys, str(path), "--to", "bibtex")
    assert code == 0 and out.count("@article") == 3
    assert "b describes the same work as a" in err and "c describes the same work as a" in err
    code, out, _ = _export(capsys, str(path), "--dedupe", "--to", "bibtex")
    assert out.count("@article") == 1 and "volume = {3}" in out and "pages = {1--2}" in out


def test_cli_conversions(tmp_path: Path, capsys: Any) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(BROKEN_BIB, encoding="utf-8")
    code, out, _ = _export(capsys, str(bib), "--to", "apa")
    assert code == 0 and "Müller, J. (2020). First. Journal of Stuff" in out
    ris_path = tmp_path / "refs.ris"
    ris_path.write_text(ris.dumps([CONFERENCE, REPORT]), encoding="utf-8")
    code, out, _ = _export(capsys, str(ris_path), "--to", "csl-json", "--plain")
    assert code == 0 and [i["type"] for i in json.loads(out)] == ["paper-conference", "report"]
    code, out, _ = _export(capsys, "--from", "ris", str(tmp_path / "refs.ris"), "--to", "bibtex", "--for", "zotero")
    assert code == 0 and "@inproceedings{p," in out
    assert _export(capsys, str(bib), "--for", "endnote")[0] == 2
    assert _export(capsys, str(bib), "--to", "apa", "--for", "zotero")[0] == 2


def test_collector_separates_notices() -> None:
    collected = Collector()
    bibtex.loads("@misc{a, title={A}}\n@misc{a, title={B}}\n", "f.bib", report=collected)
    assert collected.messages and not collected.errors


def test_crossref_and_xdata_are_resolved() -> None:
    items = bibtex.loads("@inproceedings{p, author={Lee, K}, title={Paper}, crossref={proc}, pages={1--2}}\n"
                         "@proceedings{proc, title={Proceedings of X}, publisher={ACM}, year=2020, editor={Doe, J}}\n"
                         "@xdata{pub, publisher={Springer}, location={Berlin}}\n"
                         "@book{b, author={Roe, R}, title={B}, xdata={pub}, year=2021}\n")
    paper, proceedings, book = items
    assert paper["container-title"] == "Proceedings of X" and paper["publisher"] == "ACM"
    assert paper["editor"] == [{"family": "Doe", "given": "J"}] and paper["issued"] == {"date-parts": [[2020]]}
    assert "note" not in paper and proceedings["id"] == "proc"
    assert book["publisher"] == "Springer" and book["publisher-place"] == "Berlin" and len(items) == 3


# A real bibliography: biblatex's own examples (LPPL 1.3c, shipped with TeX Live's biblatex), read in place.
BIBLATEX_EXAMPLES = Path("/usr/share/texlive/texmf-dist/bibtex/bib/biblatex/biblatex/biblatex-examples.bib")


def test_real_bib_converts_with_every_entry() -> None:
    if not BIBLATEX_EXAMPLES.exists():
        pytest.skip(f"{BIBLATEX_EXAMPLES} absent (TeX Live's biblatex)")
    run = run_cli("export", str(BIBLATEX_EXAMPLES), "--dedupe", "--to", "bibtex", "--quiet")
    # 92 entries (all but the 8 @string macros): 4 describe the same work as another and are merged
    assert run.returncode == 0 and run.stdout.count("\n@") + run.stdout.startswith("@") == 88
    assert run.stderr.count("describes the same work") == 4
    assert "knuth:ct:related describes the same work as knuth:ct" in run.stderr
    assert all(f"{{{key}," in run.stdout for key in ("knuth:ct:a", "aristotle:poetics", "kant:kpv"))
