"""Needs-review, round flag56: readings no flag marked on the gold sets (``review/side_fields.py``): a part a scored
field owns kept in a field no score reads, or a value whose words are a sentence's. Each check fires on the wrong
reading and stays quiet on the legitimate form it resembles; where the parser reads a text of the form that way, the
text's reading is flagged."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import read_reference
from biblio.parse.review.score import FORCED_BY_SIDE_FIELD
from biblio.parse.review.side_fields import side_field_signals

from .form_cases import needs_review

# (the text, the record a reading made of it, the check that names the wrong reading)
SILENT_WRONGS: list[tuple[str, dict[str, Any], str]] = [
    (
        "NOVÁK, Jan. Dějiny české hudby. Brno: Host, 2005. (str. 112-118)",
        {"title": "Dějiny české hudby", "publisher": "Host", "note": "(str. 112-118)"},
        "note:closes-on-pages",
    ),
    (
        "Marlow, Karen. (2019) “Reading Machines.” Archives in Transition, 2nd ed., meridian press.",
        {"title": "Reading Machines", "container-title": "Archives in Transition", "note": "2nd ed., meridian press"},
        "note:opens-on-edition",
    ),
    (
        "Demir, Ayşe. 2019. “Bursa’da Ticaret”. Ss. 101-140 içinde Bursa Tarihi. Bursa: Bursa Ticaret Odası.",
        {"title": "Bursa’da Ticaret", "container-title": "Bursa Tarihi", "note": "Bursa: Bursa Ticaret Odası"},
        "note:is-imprint",
    ),
    (
        "W3C Working Group, eds. [2017], _HTML 5.2: A Vocabulary and Associated APIs_, W3C, http://www.w3.org/TR/html52/",
        {"title": "HTML 5.2: A Vocabulary and Associated APIs", "note": "W3C Working Group, eds"},
        "note:names-editors",
    ),
    (
        "Moreno, Lucia, and Peter Vance Gray. 2018. “Small Town, Big Data.” In *Archives and the Digital Turn*, edited "
        "by Helen Ward. Chicago: University of Chicago Press, 45–60.",
        {"title": "Small Town, Big Data", "container-title": "Vance Gray", "note": "Archives and the Digital Turn"},
        "note:is-in-container",
    ),
    (
        "7. Brown, K. Kubernetes [cloud computing]. *IEEE Cloud Comput.* **2017**, *4*, 44-50.",
        {"container-title": "IEEE Cloud Comput.", "medium": "Kubernetes [cloud computing]", "volume": "4"},
        "medium:holds-title",
    ),
    (
        "[Lindqvist2016] Lindqvist, E. (2016). Hydropower Scheduling in Nordic Markets [KTH Royal Institute of "
        "Technology]. http://kth.diva-portal.org/smash/record.jsf?pid=diva2:123456.",
        {"title": "Hydropower Scheduling in Nordic Markets", "genre": "KTH Royal Institute of Technology"},
        "genre:is-body",
    ),
    (
        "*The Letters of Abelard*, edited and translated by Mary Carter and John Dorn. New York: Norton, 1998.",
        {"title": "The Letters of Abelard", "collection-title": "edited and translated by Mary Carter and John Dorn"},
        "collection:holds-role",
    ),
    (
        "Jones, RM 2041, ‘Early mobilisation’, *Proceedings of the 12th Meeting of the Physiotherapy Association*, "
        "Physiotherapy Association, Sydney.",
        {
            "title": "Early mobilisation",
            "container-title": "Proceedings of the 12th Meeting of the Physiotherapy Association",
            "collection-title": "Physiotherapy Association",
        },
        "collection:inside-container",
    ),
    (
        "12. Consumer Watch. (2015, May 4). Lead in your tap water: Is it safe? Most cities don’t test enough. "
        "https://www.consumerwatch.org/lead/",
        {"title": "Lead in your tap water: Is it safe?", "container-title": "Most cities don’t test enough"},
        "value:holds-contraction",
    ),
    (
        "OWASP, 2024, “Mobile Application Security Verification Standard”, particularly V4 Authentication, "
        "https://github.com/OWASP/owasp-masvs",
        {
            "title": "Mobile Application Security Verification Standard",
            "container-title": "particularly V4 Authentication",
        },
        "value:opens-on-adverb",
    ),
    (
        "Brandt, Otto. *The Reformation in Northern Europe*, in series, *Penguin Classics*, and also in *The Library "
        "of History*. London: Penguin, 1961.",
        {
            "title": "The Reformation in Northern Europe",
            "container-title": "series, Penguin Classics, and also in The Library of History",
        },
        "container:opens-on-lower-word",
    ),
    (
        "Keller (1992) – Hans Keller, Art. Schwert, in: Lexikon des Mittelalters 7 (1992), Sp. 1641.",
        {"title": "Art. Schwert", "container-title": "Lexikon des Mittelalters", "volume": "7"},
        "title:opens-on-entry-word",
    ),
    (
        "Miller2015: Susan Miller: Notes on Teaching Research Software. FIXME: need citation.",
        {"title": "Notes on Teaching Research Software", "publisher": "FIXME: need citation"},
        "value:holds-draft-marker",
    ),
]

# (the text, its right record, the check that must stay quiet on it): the legitimate form each wrong reading resembles
LOOK_ALIKES: list[tuple[str, dict[str, Any], str]] = [
    # a bill's number in the note, not a page
    (
        "Clean Rivers Act of 1995, S. 412, 104th Cong., 1st Sess. (1995).",
        {"title": "Clean Rivers Act of 1995", "note": "S. 412, 104th Cong., 1st Sess"},
        "note:closes-on-pages",
    ),
    # a reprint's note naming the edition it follows, the record's own edition read
    (
        "Wordsworth, William. Guide to the Lakes. Oxford: Oxford University Press, 1984. Reprint of the 1906 edition.",
        {"title": "Guide to the Lakes", "publisher": "Oxford University Press", "note": "Reprint of the 1906 edition"},
        "note:opens-on-edition",
    ),
    # an access note's label and colon
    (
        "SERRANO, Ana. Requisitos - Aula 12. Disponível em: Aprender3. Acesso em: 2 maio 2022.",
        {"title": "Requisitos - Aula 12", "note": "Disponível em: Aprender3"},
        "note:is-imprint",
    ),
    # editors read as editors, the note an archive's
    (
        "Smith, J., eds. *Collected Letters*. London: Verso, 2001.",
        {"editor": [{"family": "Smith", "given": "J."}], "title": "Collected Letters", "note": "Smith, J., eds"},
        "note:names-editors",
    ),
    # the book after "In" read as the container, the note something else
    (
        "Hansen, Anne. 2019. “Big Data.” In *The New Landscape*. New York: Columbia University Press.",
        {"title": "Big Data", "container-title": "The New Landscape", "note": "Online edition"},
        "note:is-in-container",
    ),
    # a medium and its bracketed carrier of a recording
    (
        "Smith, A. (2001). Night songs [CD]. Label.",
        {"title": "Night songs", "medium": "CD"},
        "medium:holds-title",
    ),
    # a thesis' genre beside its university
    (
        "Ross, M. (2010). Tidal models (PhD thesis, University of Bergen).",
        {"title": "Tidal models", "genre": "PhD thesis, University of Bergen"},
        "genre:is-body",
    ),
    # a series' own name
    (
        "Jones, H. S., eds. *Thucydidis Historiae*. Oxford Classical Texts. Oxford: Clarendon Press, 1942.",
        {"title": "Thucydidis Historiae", "collection-title": "Oxford Classical Texts"},
        "collection:holds-role",
    ),
    # a series not named in the container
    (
        "Kim, S. Loop tiling. In *Proceedings of PLDI 2019*, Lecture Notes in Computer Science, pp. 1-10.",
        {"container-title": "Proceedings of PLDI 2019", "collection-title": "Lecture Notes in Computer Science"},
        "collection:inside-container",
    ),
    # a quoted title holding a contraction, the container a name
    (
        "Levine, N. (2024). “I don’t care”. NME.",
        {"title": "I don’t care", "container-title": "NME"},
        "value:holds-contraction",
    ),
    # a container in lower case by its own spelling
    (
        "Xie, S. Ultra-fast potentials. npj Comput. Mater. 9, 1 (2023).",
        {"title": "Ultra-fast potentials", "container-title": "npj Comput. Mater.", "volume": "9"},
        "value:opens-on-adverb",
    ),
    # a site's name in lower case by its own spelling
    (
        '"Our Policies", figshare knowledge, https://knowledge.figshare.com/articles/our-policies',
        {"title": "Our Policies", "container-title": "figshare knowledge"},
        "container:opens-on-lower-word",
    ),
    # a title opening on the word "Art"
    (
        "Smith, J. Art and Illusion. London: Phaidon, 1960.",
        {"title": "Art and Illusion", "publisher": "Phaidon"},
        "title:opens-on-entry-word",
    ),
    # a publisher's name holding "Todo" as a word of another language
    (
        "García, L. Historia. Madrid: Todo Libro, 2003.",
        {"title": "Historia", "publisher": "Todo Libro"},
        "value:holds-draft-marker",
    ),
]

# the texts the parser reads in the wrong form named: their reading is flagged
READ_WRONG = [
    SILENT_WRONGS[3][0],
    SILENT_WRONGS[4][0],
    SILENT_WRONGS[6][0],
    SILENT_WRONGS[11][0],
    SILENT_WRONGS[13][0],
]


@pytest.mark.parametrize(
    ("text", "record", "check", "fires"),
    [(*c, True) for c in SILENT_WRONGS] + [(*c, False) for c in LOOK_ALIKES],
)
def test_check_fires_on_the_wrong_form_alone(text: str, record: dict[str, Any], check: str, fires: bool) -> None:
    assert check in FORCED_BY_SIDE_FIELD
    assert bool(side_field_signals(record, text).get(check)) is fires


@pytest.mark.parametrize("text", READ_WRONG)
def test_the_wrong_reading_is_flagged(text: str) -> None:
    assert side_field_signals(read_reference(text), text)
    assert needs_review(text)


def test_every_check_has_its_cases() -> None:
    assert {c for _, _, c in SILENT_WRONGS} == set(FORCED_BY_SIDE_FIELD) == {c for _, _, c in LOOK_ALIKES}
