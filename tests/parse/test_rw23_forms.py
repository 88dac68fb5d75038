"""Forms of real reference lists (Harvard web pages, APA written in Spanish) typed by hand, each with the fields it
must give: every case was read wrong before the convention it names was taught; a table, so that a new form costs
one line, not one test."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "APA's undated works of one body told apart by a hyphened letter, Spanish '(s. f.-a)': no date, no title cut",
        "Mapbox. (s. f.-a). *Vector tiles introduction*. Recuperado el 3 de mayo de 2025, de "
        "https://docs.mapbox.com/data/tilesets/guides/vector-tiles-introduction/",
        {
            "author": [{"literal": "Mapbox"}],
            "title": "Vector tiles introduction",
            "issued": None,
            "accessed": {"date-parts": [[2025, 5, 3]]},
        },
    ),
    (
        "APA's '(n.d.-b)' in English: the letter apart, no date",
        "Esri. (n.d.-b). *What is GIS?* Retrieved June 2, 2024, from https://www.esri.com/en-us/what-is-gis/overview",
        {"author": [{"literal": "Esri"}], "title": "What is GIS?", "issued": None},
    ),
    (
        "a firm named with its legal form after a comma as the only author, 'Docker, Inc.': one body",
        "Postman, Inc. (2024). *Postman API platform*. https://www.postman.com/product/what-is-postman/",
        {"author": [{"literal": "Postman, Inc"}], "title": "Postman API platform"},
    ),
    (
        "Harvard's '[online] www.host. Available at: https://www.host/…': the bare host names the site, no address",
        "Smith, K. (2017). *Bresenham's line algorithm explained.* [online] www.example-graphics.net. Available at: "
        "https://www.example-graphics.net/lines/bresenham.html [Accessed 3 Mar. 2021].",
        {
            "title": "Bresenham's line algorithm explained",
            "container-title": "www.example-graphics.net",
            "URL": "https://www.example-graphics.net/lines/bresenham.html",
            "publisher": None,
            "publisher-place": None,
        },
    ),
    (
        "Cite Them Right's web page 'Title, Site Name. Available at:' read by the APA reader: the site after the comma",
        "Hocking, R. (2023) Pathfinding on a hex grid, Red Blob Games. Available at: "
        "https://www.redblobgames.com/grids/hexagons/ (Accessed: 4 February 2025).",
        {"title": "Pathfinding on a hex grid", "container-title": "Red Blob Games"},
    ),
    (
        "Cite Them Right's web page with a bracket in its title, read by the model: the site after the last comma",
        "Walker, P. (2024b) Saving game state (the easy way), Unreal Tips. Available at: "
        "https://unrealtips.example.org/saving-state/ (Accessed: 9 January 2026).",
        {"title": "Saving game state (the easy way)", "container-title": "Unreal Tips"},
    ),
    (
        "Cite Them Right's one-word page title before a site of two words: 'Coroutines, Godot Docs.'",
        "Godot Engine (2025) Signals, Godot Docs. Available at: https://docs.godotengine.org/en/stable/signals.html "
        "(Accessed: 2 April 2026).",
        {"title": "Signals", "container-title": "Godot Docs"},
    ),
    (
        "Harvard's 'Title. [online] Site.' with a body as author: the name after the medium is the site",
        "Wikipedia (2021b). *Tidal power.* [online] Wikipedia. Available at: https://en.wikipedia.org/wiki/Tidal_power "
        "[Accessed 5 Jan. 2023].",
        {"title": "Tidal power", "container-title": "Wikipedia", "publisher": None},
    ),
    (
        "Harvard's italic 'Title. [online] Site.' after a body, read with the medium and site as a note",
        "Nature Education (2021b). *Tidal power.* [online] Scitable. Available at: "
        "https://www.nature.com/scitable/tidal-power [Accessed 5 Jan. 2023].",
        {"title": "Tidal power", "container-title": "Scitable", "note": None},
    ),
    (
        "Harvard's plain 'Title. [online] host.com. Available at:' after a person: the host names the site",
        "Patel, R. (2020). Notes on event sourcing. [online] ravipatel.dev. Available at: "
        "https://ravipatel.dev/event-sourcing.html.",
        {"title": "Notes on event sourcing", "container-title": "ravipatel.dev", "note": None},
    ),
    (
        "APA's chapter with its book's series first in the bracket, '(Series, Vol. N, pp. …)': series, volume, pages",
        "Okafor, C., & Lind, P. (2019). Urban traffic models. In R. Soto (Ed.), *Advances in simulation* "
        "(Lecture Notes in Mobility, Vol. 31, pp. 45-60). Springer.",
        {"collection-title": "Lecture Notes in Mobility", "volume": "31", "page": "45-60", "note": None},
    ),
    (
        "a title closing on ', Trends and Statistics.' before 'Available at:' keeps it (a name with 'and' is no site)",
        "4. World Bank, 2018. Gender Data Portal 2018, Trends and Statistics. Available at: "
        "https://genderdata.worldbank.org/report-2018.pdf",
        {"title": "Gender Data Portal 2018, Trends and Statistics", "container-title": None},
    ),
    (
        "ABNT's online news item dated after its title, '*Title*. 3 set. 2021.': the day and month open the date",
        "TECMUNDO. *Startup brasileira lança sistema de caixa em nuvem*. 3 set. 2021. Disponível em: "
        "https://www.tecmundo.com.br/mercado/caixa-nuvem.htm. Acesso em: 10 jan. 2025.",
        {
            "title": "Startup brasileira lança sistema de caixa em nuvem",
            "issued": {"date-parts": [[2021, 9, 3]]},
            "container-title": None,
        },
    ),
    (
        "APA's book with its publisher's page, '*Title*. Addison-Wesley. https://…': a book house, no web site",
        "Beck, K. (2002). *Test driven development: By example*. Addison-Wesley. "
        "https://www.oreilly.com/library/view/test-driven-development/0321146530/",
        {"publisher": "Addison-Wesley", "container-title": None, "type": "book"},
    ),
    (
        "APA written in Spanish describes software as '[Código fuente]': the platform after it publishes it",
        "Pallets. (s. f.). *Flask* [Código fuente]. GitHub. Recuperado el 2 de marzo de 2025, de "
        "https://github.com/pallets/flask",
        {"publisher": "GitHub", "container-title": None, "type": "software"},
    ),
    (
        "APA's italic journal with IEEE's lettered volume, '*IEEE Transactions on Electron Devices, ED-31*(4)'",
        "Ng, K. K., & Lynch, W. T. (1986). Analysis of the gate-voltage-dependent series resistance of MOSFETs. "
        "*IEEE Transactions on Electron Devices, ED-33*(7), 965-972. https://doi.org/10.1109/T-ED.1986.22602",
        {"container-title": "IEEE Transactions on Electron Devices", "volume": "ED-33", "issue": "7"},
    ),
    (
        "a plain title with a comma and no 'Available at:' keeps its comma part (no site is named)",
        "Brown, A. (2019). Trees, forests and hedges. https://example.org/trees",
        {"title": "Trees, forests and hedges", "container-title": None},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"


def test_a_volume_code_read_into_the_periodical_is_flagged() -> None:
    """APA's italic name and volume, ``*IEEE Transactions on Electron Devices, ED-31*(4)``, read as one name with no
    volume: the code closing the name says so; the right record, and a series letter with its volume, stay unflagged."""
    from biblio.parse.review.misplaced import misplaced_signals

    text = "Lee, S. (1984). Title. *IEEE Transactions on Electron Devices, ED-31*(4), 410-415."
    wrong = {"container-title": "IEEE Transactions on Electron Devices, ED-31", "issue": "4", "page": "410-415"}
    right = {"container-title": "IEEE Transactions on Electron Devices", "volume": "ED-31", "issue": "4"}
    series = {"container-title": "Philos. Trans. R. Soc., A", "volume": "372", "page": "20130199"}
    assert "container:closes-on-code" in misplaced_signals(wrong, text)
    assert "container:closes-on-code" not in misplaced_signals(right, text)
    assert "container:closes-on-code" not in misplaced_signals(series, text)
