"""Needs-review, round flag54: readings no flag marked on the calibration split (``review/cut_parts.py``): a part of
the reference cut at a mark not its own and read into its neighbour's field. Each check fires on the wrong reading and
stays quiet on the legitimate form it resembles."""

from __future__ import annotations

import pytest

from biblio.parse import read_reference
from biblio.parse.review.cut_parts import cut_part_signals
from biblio.parse.review.score import FORCED_BY_CUT_PART

from .form_cases import needs_review

# (text, the check that names its wrong reading)
SILENT_WRONGS = [
    (
        "Stergiopoulos I, Kourmpetis YA, Slot JC, Bakker FT, De Wit PJ, Rokas A: In silico characterization and "
        "molecular evolutionary analysis of a novel superfamily of fungal effector proteins. Mol Biol Evol. 2012, 29 "
        "(11): 3371-3384. 10.1093/molbev/mss143",
        "title:opens-on-last-author",
    ),
    (
        "Lixing You, Xiaoyan Yang, Yuhao He, Wenxing Zhang, DengkuanLiu ,Weijun Zhang ,Lu Zhang ,Ling Zhang ,Xiaoyu "
        "Liu, SijingChen , ZhenWang , andXiaoming Xie , Jitteranalysis ofa superconducting nanowire single photon "
        "detector , AIPAdvances 3, 072135 ( 2013) .",
        "title:opens-on-and-name",
    ),
    (
        "Dupont.M,(2011).Martin.J & Bernard.S. Les usages du numérique en classe. Paris: Hachette.",
        "title:opens-on-glued-names",
    ),
    (
        "Weber, Hans, Klein, K. : Grundlagen der Erwachsenenbildung In: Zeitschrift für Pädagogik 4/1981",
        "title:closes-on-in-label",
    ),
    (
        "12. Lee, KS. Park, MF. Choi, J. Kim, JS (2005). Emotion recognition in first-episode psychosis. "
        "Schizophrenia Research, 31: 112-119.",
        "name:given-holds-family",
    ),
    (
        "Koeberl, C., Reimold, W.U., Smith, D. Jones, P.O., Brandt, D., Chicxulub Ejecta in Texas, Lunar and "
        "Planetary Science XXX. 1999.",
        "name:bare-initials",
    ),
    (
        "A specimen of printing types, by Joseph Fry and Sons, letter-founders to the Prince of Wales. 1786. London.",
        "name:firm-word",
    ),
    (
        "Vgl. zu den Merkmalen der Informationsqualität Weißenberger (1997). S. 35",
        "name:opens-on-preposition",
    ),
    (
        "Smith, Anna. “The Politics of the Archive” In Digital Memory: Practices and Perspectives ed. Hoskins et al. "
        "London: Routledge, 2015",
        "container:holds-editor-name",
    ),
    (
        'Hall, Mark. "Rome and the Provinces." In The Cambridge History of Rome, George Holmes, 101-120. Cambridge: '
        "Cambridge University Press, 1999.",
        "container:closes-on-person",
    ),
    (
        "Schmidt, G., Clues to the Nature of the Impacting Bodies from Platinum-group Elements (Rhenium and Gold) in "
        "Borehole Samples from the Clearwater East Crater (Canada) and the Bolytsh Impact Crater (Ukraine), "
        "Meteoritics; vol. 32, p. 761-7. 1997.",
        "container:opens-on-bracket-part",
    ),
    (
        "Becker T, Lopez M. 2011. Oxidative stress in skin cells activates an inflammatory response. J. Invest. "
        "Dermatol. Letters to the editor:112-115.",
        "container:closes-on-genre",
    ),
    (
        "Tanaka, K., Mori, S. and Ueda, H. (2003), 'Strength of cement stabilized marine clay', Rep. Fac. Sci. "
        "Eng., Kyushu University, 32(2), 21-35.",
        "container:closes-on-university",
    ),
    (
        "Giovanni Boccaccio, Genealogia Deorum gentilium, livres XIV et XV, Un manifeste pour la poésie, traduit, "
        "présenté et annoté par Yves Delègue, Presses Universitaires de Strasbourg, 2001",
        "place:from-title",
    ),
    (
        "Guerin A, Chen L, Wu EQ, Ponce de Leon D, Griffin JD. A retrospective analysis of therapy adherence in "
        "imatinib resistant or intolerant patients with chronic myeloid leukemia receiving nilotinib or dasatinib in a "
        "real-world setting. Current medical research and opinion. Jul 2012;28(7): 1155-1162.",
        "publisher:journal-before-locator",
    ),
    (
        "Martin Claire, 2010, Les céramiques de la villa romaine de Séviac, Thèse de doctorat, Université de "
        "Toulouse, Toulouse 2, 512 p.",
        "volume:of-thesis",
    ),
    (
        "Connected. (1998, March). Campus Life Weekly, p. 4",
        "title:lost-after-date",
    ),
]

# (text, the check that stays quiet on it): the legitimate form each wrong reading resembles
LOOK_ALIKES = [
    (
        "Lopez M, Becker T, Haruki S. Vitamin D: a review of its role in muscle. BMC Genomics. 2014, 15 (3): 211-219.",
        "title:opens-on-last-author",
    ),
    (
        "Wei Zhang, Hao Liu, Jun Chen, and Ming Zhao, Timing analysis of a superconducting photon detector, AIP "
        "Advances 5, 072135 (2015).",
        "title:opens-on-and-name",
    ),
    (
        "Martin, J., & Bernard, S. (2011). Les usages du numérique en classe. Paris: Hachette.",
        "title:opens-on-glued-names",
    ),
    (
        'Ferguson, John. "Apathy a Danger as Winter Moves In." The Australian, May 4, 2021.',
        "title:closes-on-in-label",
    ),
    (
        "Lee KS, Park MF, Choi J, Kim JS (2005). Emotion recognition in first-episode psychosis. Schizophrenia "
        "Research, 31: 112-119.",
        "name:given-holds-family",
    ),
    (
        "Koeberl, C., Reimold, W.U., Smith, D., Jones, P.O., Brandt, D., Chicxulub Ejecta in Texas, Lunar and "
        "Planetary Science XXX. 1999.",
        "name:bare-initials",
    ),
    (
        "D.T. Son and A.O. Starinets, Viscosity, black holes, and quantum field theory, Ann. Rev. Nucl. Part. Sci. 57 "
        "(2007) 95.",
        "name:firm-word",
    ),
    (
        "Zu Guttenberg, K.-T. (2009). Die Grundlagen der Kostenrechnung. Berlin: Springer.",
        "name:opens-on-preposition",
    ),
    (
        'Corner, Paul. "Italy 1915-1945: Politics and Society." In The Oxford History of Italy, ed. George Holmes, '
        "264-290. New York: Oxford University Press, 1997.",
        "container:holds-editor-name",
    ),
    (
        'Hall, Mark. "Rome and the Provinces." In Essays in Honour of George Holmes, 101-120. Cambridge: Cambridge '
        "University Press, 1999.",
        "container:closes-on-person",
    ),
    (
        "Heinrich, Horst-Alfred; Gilowsky, Julia: Wie wird kommunikatives zu kulturellem Gedächtnis?, in: Sebald, "
        "Gerd (Hg.): (Digitale) Medien und soziale Gedächtnisse, Wiesbaden 2018, S. 143–168.",
        "container:opens-on-bracket-part",
    ),
    (
        "Becker T, Lopez M. 2011. Oxidative stress in skin cells. Letters in Applied Microbiology 52: 112-115.",
        "container:closes-on-genre",
    ),
    (
        "Tanaka, K. (2003). Strength of cement stabilized marine clay. Bulletin of Kyushu University, 32(2), 21-35.",
        "container:closes-on-university",
    ),
    (
        "Dante Alighieri, La Divina Commedia, traduit et annoté par Jacqueline Risset, Paris, Flammarion, 2010.",
        "place:from-title",
    ),
    (
        "5. Tuominen J, Pulkkinen E, Roine A. Forecasting emergency department occupancy with machine learning "
        "models [Internet]. 2024;40(4):1410-1420.",
        "publisher:journal-before-locator",
    ),
    (
        "Martin Claire, 2010, Les céramiques de la villa romaine de Séviac, Thèse de doctorat, Université de "
        "Toulouse, 512 p.",
        "volume:of-thesis",
    ),
    (
        "Unwired. (1995, October). Mobile lives on campus. Window on Wake Forest, p. 12",
        "title:lost-after-date",
    ),
]


@pytest.mark.parametrize(
    ("text", "check", "fires"), [(*c, True) for c in SILENT_WRONGS] + [(*c, False) for c in LOOK_ALIKES]
)
def test_check_fires_on_the_wrong_form_alone(text: str, check: str, fires: bool) -> None:
    assert check in FORCED_BY_CUT_PART
    assert bool(cut_part_signals(read_reference(text), text).get(check)) is fires
    if fires:
        assert needs_review(text)


def test_every_check_has_its_cases() -> None:
    assert {c for _, c in SILENT_WRONGS} == set(FORCED_BY_CUT_PART) == {c for _, c in LOOK_ALIKES}
