"""Parse cases of forms met in real lists: a body's name cut by the model at its "and" and a country after it; a
presenter's role after the name; a newspaper's edition in brackets; a society's or press's short name alone after a
book's title; the short title after "et al."; an Iberian two-word family name after one initial; the humanities'
chapter in a tribute volume, title run on into a first town, second sentence opening on a count, publisher of figures
and a German subtitle with "Archiv"."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[18] Cavoukian, A., Polonetsky, J., & Wolf, C. (2010). *SmartPrivacy for the Smart Grid: Embedding"
            " Privacy into the Design of Electricity Conservation*. Information and Privacy Commissioner of Ontario,"
            " Canada.",
            {"publisher": "Information and Privacy Commissioner of Ontario, Canada", "publisher-place": None},
        ),
        (
            "Cavoukian, A., & Jonas, J. (2012). *Privacy by design in the age of big data*. Information and Privacy"
            " Commissioner of Ontario, Canada.",
            {"publisher": "Information and Privacy Commissioner of Ontario, Canada", "container-title": None},
        ),
    ],
)
def test_body_cut_at_its_and(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brockie, J. (Presenter). (2019, March 4). Menopause and work. In *Life Matters*. ABC Radio National.",
            {"author": [{"family": "Brockie", "given": "J."}]},
        ),
        (
            "Brockie, J. (Presenter). (2019, March 4). Menopause and work [Audio podcast episode]. In *Life Matters*."
            " ABC Radio National. https://www.abc.net.au/rn/lifematters",
            {"author": [{"family": "Brockie", "given": "J."}], "container-title": "Life Matters"},
        ),
        (
            "Cathcart, M. (Presenter). (2023). The Stage Show [Radio program]. ABC.",
            {"author": [{"family": "Cathcart", "given": "M."}], "title": "The Stage Show"},
        ),
        (
            "Kelly, F., & Brockie, J. (Presenters). (2021, June 1). *Breakfast* [Radio broadcast]. ABC Radio National.",
            {"author": [{"family": "Kelly", "given": "F."}, {"family": "Brockie", "given": "J."}]},
        ),
    ],
)
def test_presenter_role_apart(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Davey, M. (2020, May 3). Coronavirus app data. The Guardian (Aust. ed.), p. 5.",
            {"container-title": "The Guardian (Aust. ed.)", "issue": None, "page": "5"},
        ),
        (
            "Davey, M. (2020, May 3). Coronavirus app data. The Guardian (Aust. ed.).",
            {"container-title": "The Guardian (Aust. ed.)", "issue": None},
        ),
        (
            "Smith, A. (2019, June 2). Floods hit the coast. The New York Times (National ed.), A12.",
            {"container-title": "The New York Times (National ed.)", "issue": None},
        ),
    ],
)
def test_newspaper_edition_in_brackets(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[14] A. R. Conn, N. I. M. Gould, and P. L. Toint, Trust Region Methods, SIAM, 2000, https:"
            " //doi.org/10.1137/1.9780898719857.",
            {"title": "Trust Region Methods", "publisher": "SIAM", "DOI": "10.1137/1.9780898719857"},
        ),
        (
            "A. R. Conn, N. I. M. Gould, and P. L. Toint, Trust Region Methods, SIAM, 2000.",
            {"title": "Trust Region Methods", "publisher": "SIAM"},
        ),
        (
            "Y. Saad, Iterative Methods for Sparse Linear Systems, SIAM, 2003.",
            {"title": "Iterative Methods for Sparse Linear Systems", "publisher": "SIAM"},
        ),
    ],
)
def test_society_alone_after_title(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "F. Chollet et al. Keras, 2015. www.keras.io",
            {"author": [{"family": "Chollet", "given": "F."}], "title": "Keras", "URL": "www.keras.io"},
        ),
        (
            "M. Abadi et al. TensorFlow, 2015. www.tensorflow.org",
            {"author": [{"family": "Abadi", "given": "M."}], "title": "TensorFlow", "URL": "www.tensorflow.org"},
        ),
        (
            "G. Brockman et al. OpenAI Gym, 2016. arXiv:1606.01540",
            {"author": [{"family": "Brockman", "given": "G."}], "title": "OpenAI Gym"},
        ),
    ],
)
def test_short_title_after_etal(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[14] D. Aristizabal Sierra, V. De Romeri, L.J. Flores and D.K. Papoulias, Light vector mediators facing"
            " XENON1T data, Phys. Lett. B 809 (2020) 135681 [arXiv:2006.12457] [INSPIRE].",
            {"author": [
                {"family": "Aristizabal Sierra", "given": "D."},
                {"family": "De Romeri", "given": "V."},
                {"family": "Flores", "given": "L.J."},
                {"family": "Papoulias", "given": "D.K."},
            ]},
        ),
        (
            "D. Aristizabal Sierra, J. Kubo and D. Restrepo, Phys. Rev. D 92, 1 (2015).",
            {"author": [
                {"family": "Aristizabal Sierra", "given": "D."},
                {"family": "Kubo", "given": "J."},
                {"family": "Restrepo", "given": "D."},
            ]},
        ),
        # a given name after the initial stays the given name's
        (
            "J. Robert Oppenheimer, H. Snyder, Phys. Rev. 56, 455 (1939).",
            {"author": [{"family": "Oppenheimer", "given": "J. Robert"}, {"family": "Snyder", "given": "H."}]},
        ),
        (
            "J. Carlos Romero, A. Smith, Phys. Rev. D 90, 1 (2014).",
            {"author": [{"family": "Romero", "given": "J. Carlos"}, {"family": "Smith", "given": "A."}]},
        ),
    ],
)
def test_iberian_family_after_one_initial(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berengo, Marino: La crisi dell’Arte della Stampa Veneziana alla fine del XVIII secolo in Studi in onore"
            " di Armando Sapori, 2 vols., Milano 1957, pp. 1321-1338.",
            {
                "title": "La crisi dell’Arte della Stampa Veneziana alla fine del XVIII secolo",
                "container-title": "Studi in onore di Armando Sapori",
                "publisher-place": "Milano",
            },
        ),
        (
            "Rossi, Paolo: La cultura filosofica in Scritti in memoria di Antonio Banfi, Milano 1961, pp. 101-130.",
            {"title": "La cultura filosofica", "container-title": "Scritti in memoria di Antonio Banfi"},
        ),
        (
            "Dupont, Jean: La ville médiévale in Mélanges offerts à Charles Petit-Dutaillis, Paris 1948, pp. 1-10.",
            {"title": "La ville médiévale", "container-title": "Mélanges offerts à Charles Petit-Dutaillis"},
        ),
        (
            "Historischer Verein für Hessen (Hg.): Stadtlexikon Darmstadt, Stuttgart 2006.",
            {"title": "Stadtlexikon Darmstadt", "publisher-place": "Stuttgart"},
        ),
        (
            "Eisenbach, Ulrich (Hg.): Von den Anfängen der Industrialisierung zur Engineering Region. 150 Jahre IHK"
            " Darmstadt Rhein Main Neckar, Darmstadt 2012.",
            {
                "title": "Von den Anfängen der Industrialisierung zur Engineering Region. 150 Jahre IHK Darmstadt"
                " Rhein Main Neckar",
                "edition": None,
                "publisher-place": "Darmstadt",
            },
        ),
        (
            "Schneider, Paul: Die Universität. 500 Jahre Lehre und Forschung in Marburg, Marburg 2002.",
            {"title": "Die Universität. 500 Jahre Lehre und Forschung in Marburg", "edition": None},
        ),
        (
            "P.C. Doherty, *Un espion à la chancellerie*, 1ère éd. 1988, Paris, 10/18, 1997, 221 p.",
            {"publisher": "10/18", "publisher-place": "Paris", "issue": None},
        ),
        (
            "Lange, Thomas (Hg.): Geschichte – selbst erforschen. Schülerarbeit im Archiv, Weinheim/ Basel 1993.",
            {"title": "Geschichte – selbst erforschen. Schülerarbeit im Archiv", "container-title": None},
        ),
        (
            "Schmidt, Anna: Quellen zur Landesgeschichte. Funde aus dem Archiv, Marburg 2004.",
            {"title": "Quellen zur Landesgeschichte. Funde aus dem Archiv", "publisher-place": "Marburg"},
        ),
    ],
)
def test_humanities_imprints(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "J. Hine Mundy, *Men and Women at Toulouse in the Age of the Cathars*, Ontario, Pontifical Institute of"
            " Medieval Studies, 1990, 235 p.",
            {
                "title": "Men and Women at Toulouse in the Age of the Cathars",
                "publisher-place": "Ontario",
                "publisher": "Pontifical Institute of Medieval Studies",
                "page": "235",  # the book's count of pages
            },
        ),
        (
            "J. Smith, *The Fur Trade in Canada*, Quebec, Presses de l'Université Laval, 1985.",
            {"title": "The Fur Trade in Canada", "publisher-place": "Quebec"},
        ),
        # a book's length closing the reference after its imprint is its page, without the word
        (
            "Iordan Datcu, M-au onorat cu epistolele lor, București, RCR Editorial, 2019, 414 p.",
            {"page": "414", "number-of-pages": None, "publisher": "RCR Editorial"},
        ),
        (
            "E. Le Roy Ladurie, *Montaillou, village occitan de 1294 à 1324*, Paris, Gallimard, 1975, 642 p.",
            {"page": "642", "number-of-pages": None, "publisher": "Gallimard"},
        ),
    ],
)
def test_place_and_length_of_a_book(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rumelhart, D. E., Hinton, G. E., & Williams, R. J. (1985). Learning internal representations by error"
            " propagation. California Univ San Diego La Jolla Inst for Cognitive Science.",
            {"publisher": "California Univ San Diego La Jolla Inst for Cognitive Science", "container-title": None},
        ),
        (
            "Sutton, R. S. (1984). Temporal credit assignment in reinforcement learning. Massachusetts Univ Amherst"
            " Dept of Computer and Information Science.",
            {
                "publisher": "Massachusetts Univ Amherst Dept of Computer and Information Science",
                "container-title": None,
            },
        ),
    ],
)
def test_report_closing_on_abbreviated_body(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
