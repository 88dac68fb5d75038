"""Forms of the journals' house styles across disciplines, as their PDF text gives them: Elsevier's name-year
proceedings with the meeting's place after a full stop, a title's one-word head before its colon, Frontiers'
abbreviated journal after the title with no comma before the volume, a title closing on the years its study
covers, and NLM's poster presented at a meeting, set out with full stops."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, dict[str, Any]]] = [
    # Elsevier's name-year: "In: Proceedings of …. Town, Country, pp. a–b."
    (
        "Hamalainen, W., Jarvinen, M., Martiskainen, P., Mononen, J., 2011. Jerk-based feature extraction for robust "
        "activity recognition from acceleration data. In: Proceedings of International Conference on Intelligent "
        "Systems Design and Applications. Cordoba, Spain, pp. 831–836.",
        {
            "container-title": "Proceedings of International Conference on Intelligent Systems Design and Applications",
            "publisher-place": "Cordoba, Spain",
        },
    ),
    (
        "Ortega, L., Brandt, K., 2019. Low-power sensing of grazing behaviour. In: Proceedings of the Symposium on "
        "Precision Livestock Farming. Wageningen, Netherlands, pp. 112–118.",
        {
            "container-title": "Proceedings of the Symposium on Precision Livestock Farming",
            "publisher-place": "Wageningen, Netherlands",
        },
    ),
    # the town alone after the full stop, its state and country read apart
    (
        "Kamminga, J., Meratnia, N., Bisby, H., Havinga, P., Le, D., 2017b. Generic online animal activity "
        "recognition on collar tags. In: UbiComp/ISWC’17 Adjunct. Maui, HI, USA, pp. 597–606.",
        {"container-title": "UbiComp/ISWC’17 Adjunct", "publisher-place": "Maui, HI, USA"},
    ),
    # a title's one-word head before its colon, right after the date
    (
        "Kingma, D., Ba, J., 2015. Adam: A method for stochastic optimization. In: International Conference for "
        "Learning Representations. San Diego, CA, USA.",
        {"title": "Adam: A method for stochastic optimization", "publisher-place": "San Diego, CA, USA"},
    ),
    # Frontiers: an abbreviated journal of a long first word, no comma before the volume
    (
        "Vieira, A. R., Grass, J., Fedorka-Cray, P. J., Plumblee, J. R., Tate, H., and Cole, D. J. (2016). "
        "Attribution of Salmonella enterica serotype hadar infections using antimicrobial resistance data from two "
        "points in the food supply system. Epidemiol. Infect. 144, 1983–1990. doi: 10.1017/S0950268816000066",
        {
            "title": "Attribution of Salmonella enterica serotype hadar infections using antimicrobial resistance data "
            "from two points in the food supply system",
            "container-title": "Epidemiol. Infect.",
            "volume": "144",
        },
    ),
    (
        "Larsen, P., and Nowak, T. (2018). Seasonal shedding of Campylobacter in broiler flocks. "
        "Epidemiol. Infect. 146, 201–209. doi: 10.1017/S0950268817002631",
        {"title": "Seasonal shedding of Campylobacter in broiler flocks", "container-title": "Epidemiol. Infect."},
    ),
    # a title closing on the years its study covers, after a comma
    (
        "Mughini-Gras, L., van Pelt, W., van der Voort, M., Heck, M., Friesema, I., and Franz, E. (2018b). "
        "Attribution of human infections with Shiga toxin-producing Escherichia coli (STEC) to livestock sources "
        "and identification of source-specific risk factors, The Netherlands (2010-2014). Zoonoses Public Health "
        "65, e8–e22. doi: 10.1111/zph.12403",
        {
            "title": "Attribution of human infections with Shiga toxin-producing Escherichia coli (STEC) to livestock "
            "sources and identification of source-specific risk factors, The Netherlands (2010-2014)",
            "container-title": "Zoonoses Public Health",
        },
    ),
    # NLM's poster with full stops: the meeting, its place, its day
    (
        "Milanova G, Arguin M. The processing sequence in visual object recognition investigated by temporal "
        "sampling. Scientific poster presented at: Annual conference of the Société Québécoise pour la Recherche en "
        "Psychologie. Drummondville, Québec, Canada. 2024 May 25.",
        {
            "title": "The processing sequence in visual object recognition investigated by temporal sampling",
            "event-title": "Annual conference of the Société Québécoise pour la Recherche en Psychologie",
            "event-place": "Drummondville, Québec, Canada",
            "publisher-place": None,
        },
    ),
    (
        "Gupta A, Singh M. Telehealth uptake in rural clinics. Poster presented at: American Public Health "
        "Association Annual Meeting. Boston, MA. 2022 Nov 7.",
        {
            "title": "Telehealth uptake in rural clinics",
            "event-title": "American Public Health Association Annual Meeting",
            "event-place": "Boston, MA",
            "publisher": None,
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_disc46_forms(text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for field, value in expected.items():
        got = item.get(field)
        if field == "container-title" and isinstance(got, str):
            got = got.rstrip(".") + ("." if value and value.endswith(".") else "")
        assert got == value, (field, got)


def test_journal_abbreviation_closing_a_title_is_flagged() -> None:
    """Frontiers' online-first ``Title. Risk Anal. Hoboken, NJ: WileyBlackwell.`` read with the journal in the
    title and no container is marked for review."""
    from biblio.parse.review.held_forms import held_form_signals

    source = "Mikkela, A., Ranta, J., and Tuominen, P. (2019). A Modular Bayesian Model. Risk Anal. Hoboken, NJ: Wiley."
    assert "title:closes-on-journal" in held_form_signals({"title": "A Modular Bayesian Model. Risk Anal"}, source)
    right = {"title": "A Modular Bayesian Model", "container-title": "Risk Anal"}
    assert "title:closes-on-journal" not in held_form_signals(right, source)
    book = "Walker, Martin. The Cold War: A History. An Owl Book. New York, NY: Holt, 1995."
    assert "title:closes-on-journal" not in held_form_signals({"title": "The Cold War: A History. An Owl Book"}, book)
