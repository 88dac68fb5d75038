"""Needs-review, round flag55: readings no flag marked on the gold sets (``review/misfiled.py``): a value filed under
a field whose form it does not have. Each check fires on the wrong reading and stays quiet on the legitimate form it
resembles."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.review.misfiled import misfiled_signals
from biblio.parse.review.score import FORCED_BY_MISFILED

from .form_cases import needs_review

# (text, the check that names its wrong reading)
SILENT_WRONGS = [
    (
        'Sahle, Peter. "About." *A Catalogue of Digital Scholarly Editions*, http://www.digitale-edition.de/vlet-about'
        ".html. Accessed 13 January 2018.",
        "publisher:italicised",
    ),
    (
        "Bastiansen, Henrik G. 2019. Når mediehistorien blir søkbar – og grafisk. Mediehistorisk Tidsskrift.",
        "publisher:names-periodical",
    ),
    (
        "Kai von Fintel & Anthony S. Gillies. 2010. *Must* … stay … strong! *Natural Language Semantics* 18(4). "
        "351–383.",
        "value:opens-on-ellipsis",
    ),
    (
        "This is explained in detail by Leila Ahmed in Women and Gender in Islam (New Haven: Yale University Press, "
        "1992), 150ff.",
        "title:note-sentence",
    ),
    (
        "SANTO, E. E.; CARDOSO, A. L. Cursos livres massivos online: possibilidades de disseminação da extensão "
        "universitária EaD. In: NONATO, E. R. S.; SALES, M. V. S.; ALBUQUERQUE, J. C. M. **Educação a distância**: "
        "percursos e perspectivas. Salvador: EDUNEB, 2017.",
        "editor:no-role-after-in",
    ),
    (
        "Gabotto, Ferdinando. “A proposito di una poesia inedita di Giovan Mario Filelfo a Tommaso Campofregoso.” "
        "*Atti della società ligure di storia patria* 1ª serie, 19 (1889): 489–519.",
        "container:closes-on-series",
    ),
    (
        "On data physicalization, see Pierre Dragicevic, Yvonne Jansen, and Andrew Vande Moere, “Data "
        "Physicalization,” in the Springer Handbook of Human Computer Interaction, ed. Jean Vanderdonckt, Philippe "
        "Palanque, and Marco Winckler (Springer, 2021).",
        "container:opens-on-in-the",
    ),
    (
        "Sanderson, Rob (2018): *Shout it Out: LOUD* [online]. Vortragfolien zur EuropeanaTech Keynote am "
        "15.05.2018. Zugriff am 2018-09-12. Verfügbar unter https://de.slideshare.net/azaroth42/europeanatech-keynote",
        "value:closes-on-leading-word",
    ),
    (
        "(Hardy) David Hardy thesis: Multilevel Summation for the Fast Evaluation of Forces for the Simulation of "
        "Biomolecules, University of Illinois at Urbana-Champaign, (2006).",
        "title:opens-on-genre-label",
    ),
]

# (text, the check that must stay quiet on it): the legitimate form each wrong reading resembles
LOOK_ALIKES = [
    # a publisher in roman type after an italic title
    (
        "Mohrmann, C. *Études sur le latin des chrétiens*. Rome: Edizioni di Storia e Letteratura, 1958.",
        "publisher:italicised",
    ),
    # a printer's name holding Spanish "Revista"
    (
        "Paz y Melia, Antonio. *El cronista Alfonso de Palencia*. Madrid: Tip. Revista de Archivos, 1914.",
        "publisher:names-periodical",
    ),
    # an ellipsis inside the title, the container after it read whole
    (
        "Smith, J. (2010). Wait … what? A study of hesitation. *Journal of Pragmatics*, 42(3), 10–20.",
        "value:opens-on-ellipsis",
    ),
    # a title opening on "This is" that is no note's sentence
    (
        "Rutty, C. & Sullivan, S. C. (2010). This is Public Health: A Canadian History. Ottawa: Canadian Public "
        "Health Association.",
        "title:note-sentence",
    ),
    # ABNT's editors with their role "(Org.)"
    (
        "SILVA, A. B. Ensino e pesquisa. In: SOUZA, C. D. (Org.). **Educação e sociedade**. São Paulo: Cortez, 2015. "
        "p. 10-20.",
        "editor:no-role-after-in",
    ),
    # a journal's volume after its name, no series
    (
        "Gabotto, Ferdinando. “Un poeta.” *Atti della società ligure di storia patria* 19 (1889): 489–519.",
        "container:closes-on-series",
    ),
    # the journal's own "The" in capitals, no "in the" of a sentence
    (
        "Smith, John. “On Data.” In The Oxford Handbook of Data, edited by Jane Doe, 1–20. Oxford: Oxford "
        "University Press, 2020.",
        "container:opens-on-in-the",
    ),
    # IEEE's inverted name closing on its "on" (no article or leading preposition)
    (
        "[1] P. W. Kimball and S. M. Rock, “Mapping of icebergs,” Oceanic Engineering, IEEE Journal of, vol. 40, no. "
        "1, pp. 196–208, Jan 2015.",
        "value:closes-on-leading-word",
    ),
    # a title quoting a report opening on its capital "Report:"
    (
        "Jayson, Sharon. 2010. “Report: Cohabiting Has Little Effect on Marriage Success.” *USA Today*, October 14.",
        "title:opens-on-genre-label",
    ),
]


@pytest.mark.parametrize(
    ("text", "check", "fires"), [(*c, True) for c in SILENT_WRONGS] + [(*c, False) for c in LOOK_ALIKES]
)
def test_check_fires_on_the_wrong_form_alone(text: str, check: str, fires: bool) -> None:
    assert check in FORCED_BY_MISFILED
    assert bool(misfiled_signals(read_reference(text), text).get(check)) is fires
    if fires:
        assert needs_review(text)


def test_every_check_has_its_cases() -> None:
    assert {c for _, c in SILENT_WRONGS} == set(FORCED_BY_MISFILED) == {c for _, c in LOOK_ALIKES}
