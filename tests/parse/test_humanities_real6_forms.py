"""Forms of humanities notes and bibliographies that `humanities_real6.jsonl` found read wrong: each case a
reference in the form measured (not one of the set's), with the fields it must give (None = absent)."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference
from biblio.parse.mends.role_sentences import publisher_after_role_sentence
from biblio.parse.mends.title_first import edition_after_title_in_author_place
from biblio.parse.mends.titles import by_closing_title, italic_title_opens_imprint
from biblio.parse.normalisers.names import parse_names
from biblio.parse.normalisers.volume import volume_issue
from biblio.parse.readers.apa.parser import parse_apa
from biblio.parse.spans import Span

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a note's italic book with the page it cites and its imprint after it is the title, not a journal",
        "Hamilton, Bernard Tompkins; *Studies in Medieval Religion and Culture*, p. 6, New York: Charles Scribner's "
        "Sons, 1894",
        {"title": "Studies in Medieval Religion and Culture", "container-title": None, "page": "6"},
    ),
    (
        "a book's pages before its imprint: 'Name (Year). *Title* pp. 3–9 Place: Publisher'",
        "Southern, R. W. (1970). *Western Society and the Church in the Middle Ages* pp. 44–51 London: Penguin",
        {"title": "Western Society and the Church in the Middle Ages", "container-title": None, "page": "44-51"},
    ),
    (
        "one italic title cut at its colon by the labeller is one title",
        "Morris, Colin; *The Papal Monarchy: The Western Church from 1050 to 1250* (1989), p. 7;",
        {"title": "The Papal Monarchy: The Western Church from 1050 to 1250", "container-title": None, "page": "7"},
    ),
    (
        "an italic multivolume work with its volume and imprint is a book, not an abbreviated journal",
        "*D. Johann Calvin. Opera: Kritische Gesamtausgabe. Briefwechsel*, vol. 7, Genf: Droz, pp. 27–40.",
        {
            "title": "D. Johann Calvin. Opera: Kritische Gesamtausgabe. Briefwechsel",
            "container-title": None,
            "volume": "7",
        },
    ),
    (
        "a journal cited by its name alone still is the journal (guard)",
        "E. Post, *Bull. Amer. Math. Soc.*, **52**, 1946, p. 264",
        {"container-title": "Bull. Amer. Math. Soc.", "title": None},
    ),
    (
        "a chapter's book after 'In' keeps its pages (guard)",
        "Mardia, K. V. (1972). 2. In *Statistics of Directional Data* (pp. 18-24). Academic Press.",
        {"container-title": "Statistics of Directional Data", "page": "18-24"},
    ),
    (
        "'Place and Place: Publisher' in a note's bracket is one place",
        "Gordon, Bruce. *Calvin and the Johannine Comma: Erasmus, the Reformers, and Trinitarian Debate* (Cambridge "
        "and New York: Cambridge University Press, 2009)",
        {"publisher": "Cambridge University Press", "publisher-place": "Cambridge and New York"},
    ),
    (
        "a two-word town before the imprint's colon is the place, not a publisher",
        "Nederman, Cary, *Worlds of Difference* (University Park: Pennsylvania State University Press 2000), p. 7",
        {"publisher": "Pennsylvania State University Press", "publisher-place": "University Park"},
    ),
    (
        "pages cited as a list joined by 'and' keep the whole list",
        "Pirenne, *Mohammed and Charlemagne*, pp. 12 and 19",
        {"page": "12 and 19"},
    ),
    (
        "a book's volume after its imprint, 'Publisher; Vol. V.', is the volume",
        "Stubbs, William (1880) *The Constitutional History of England*. Oxford: Clarendon Press; Vol. II. p. 31.",
        {"publisher": "Clarendon Press", "volume": "II", "page": "31"},
    ),
    (
        "an encyclopedia's volume standing last, 'volume 4', is the volume",
        'Strayer, Joseph (1984). "Guilds." In *Dictionary of the Middle Ages*, volume 4',
        {"container-title": "Dictionary of the Middle Ages", "volume": "4"},
    ),
    (
        "an inverted name with no comma before the italic title: the given names are the name's",
        "Seebohm, Frederic *The Oxford Reformers: John Colet, Erasmus, and Thomas More* (London: Longmans, Green & "
        "Co. 1887), p. 3",
        {
            "author": [{"family": "Seebohm", "given": "Frederic"}],
            "title": "The Oxford Reformers: John Colet, Erasmus, and Thomas More",
        },
    ),
    (
        "Italian's plural 'edd.' after the names is the editors' role",
        "*Dante e la cultura medievale*, M. Picone e T. Barolini (edd.), Laterza, Bari, 1999,",
        {"editor": [{"family": "Picone", "given": "M."}, {"family": "Barolini", "given": "T."}]},
    ),
    (
        "an introduction's writer after the editors edited nothing",
        "Erasmus, *The Praise of Folly*, edited & translated by Clarence H. Miller, introduction by Anne Smith "
        "(New Haven: Yale University Press, 1979)",
        {"editor": [{"family": "Miller", "given": "Clarence H."}]},
    ),
    (
        "a roman numeral after the italic journal is its volume",
        'Brewer, Derek, "The Ages of Troilus", *Studies in Medievalism* IX (Boydell Press, 1997), p. 4.',
        {"container-title": "Studies in Medievalism", "volume": "IX"},
    ),
    (
        "a note's names run into an italic title with a semicolon inside, the translator's span opened in it",
        "Arsenio Frugoni, *Dante; The Poet and His Age*, tr. Mark Musa, pp. 3–8",
        {
            "author": [{"family": "Frugoni", "given": "Arsenio"}],
            "title": "Dante; The Poet and His Age",
            "translator": [{"family": "Musa", "given": "Mark"}],
        },
    ),
    (
        "a reading list's sentence describing the book after its date and extent is a note, not a container",
        "Bainton, Roland H. *Erasmus of Christendom: The Scholar in His Time* (Charles Scribner's Sons; 1969) 372 pp. "
        "Traces the life of the humanist through his letters and his friendships.",
        {
            "title": "Erasmus of Christendom: The Scholar in His Time",
            "container-title": None,
            "note": "Traces the life of the humanist through his letters and his friendships",
        },
    ),
    (
        "a reading list's sentence describing the book is no part of its title",
        "Tracy, James D. *Erasmus of the Low Countries* (University of California Press; 1996) 288 pp. A study of the "
        "humanist in his Netherlandish setting.",
        {"title": "Erasmus of the Low Countries"},
    ),
    (
        "a note's name in natural order whose family opens on 'Mac' is a person's",
        "Seamus MacMathuna, *An Irish Book of Hours*, 1999, p. 40",
        {"author": [{"family": "MacMathuna", "given": "Seamus"}]},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_humanities_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"


def _spans(text: str, parts: list[tuple[str, str]]) -> list[Span]:
    """Spans over ``text``, each part found after the one before it."""
    out, at = [], 0
    for label, part in parts:
        a = text.index(part, at)
        out.append(Span(label, part, a, a + len(part), 0.9))
        at = a + len(part)
    return out


def test_italic_title_opening_the_place_is_the_title() -> None:
    text = "Pedretti, Carlo. 2005. *Leonardo*. Firenze: Giunti."
    spans = _spans(text, [("author", "Pedretti, Carlo."), ("date", "2005."), ("location", "Leonardo*. Firenze:"),
                          ("publisher", "Giunti.")])
    mended = italic_title_opens_imprint(spans, text)
    assert [(s.label, s.text) for s in mended[2:]] == [("title", "Leonardo*"), ("location", "Firenze:"),
                                                      ("publisher", "Giunti.")]


def test_by_before_the_author_closes_no_title() -> None:
    text = "The Age of Chaucer, Lectures Delivered at Oxford, by W. P. Ker, Clarendon Press 1904"
    spans = _spans(text, [("title", "The Age of Chaucer, Lectures Delivered at Oxford, by"), ("author", "W. P. Ker,"),
                          ("publisher", "Clarendon Press"), ("date", "1904")])
    assert by_closing_title(spans, text)[0].text == "The Age of Chaucer, Lectures Delivered at Oxford"


@pytest.mark.parametrize(
    ("text", "page"),
    [("Pedretti, Carlo. 2005. *Leonardo*. Firenze: Giunti. p. 9. .", "9"),
     ("Semler, *Abhandlung von freier Untersuchung des Canon* Halle 1771", None)],
)
def test_closing_imprint_parts(text: str, page: str | None) -> None:
    item = parse_reference(text)
    assert item.get("page") == page
    assert "p." not in str(item.get("publisher", "")) and "1771" not in str(item.get("title"))


def test_publisher_after_translators_sentence() -> None:
    text = "Bloch, Marc. *Feudal Society* (1939). Translated by L.A. Manyon. Routledge Kegan (1961), pp. 3–9."
    spans = _spans(text, [("author", "Bloch, Marc."), ("title", "Feudal Society*"), ("date", "(1939)."),
                          ("translator", "Translated by L.A. Manyon. Routledge Kegan"), ("date", "(1961),"),
                          ("pages", "pp. 3–9.")])
    mended = publisher_after_role_sentence(spans, text)
    assert [(s.label, s.text) for s in mended[3:5]] == [("translator", "Translated by L.A. Manyon."),
                                                       ("publisher", "Routledge Kegan")]


def test_gaelic_family_in_natural_order_is_a_person() -> None:
    assert parse_names("Seamus MacMathuna") == [{"family": "MacMathuna", "given": "Seamus"}]
    assert parse_names("Mozilla Foundation") == [{"literal": "Mozilla Foundation"}]


def test_pg_cites_the_page() -> None:
    item = parse_reference("Eamon Duffy (1992). *The Stripping of the Altars*. pg. 12")
    assert item.get("page") == "12" and "publisher" not in item


def test_apa_reader_takes_no_locator_for_a_title() -> None:
    assert parse_apa("Stubbs (1880); Vol. II, pp. 14–16.") is None
    assert (parse_apa("Smith, J. (2020). Title of work. Publisher.") or {}).get("title") == "Title of work"


def test_edition_after_a_title_in_the_author_place() -> None:
    text = "Guide to Medieval Studies, 2nd ed., Oxford UP, 1985"
    spans = _spans(text, [("author", "Guide to Medieval Studies,"), ("edition", "2nd ed.,"),
                          ("publisher", "Oxford UP,"), ("date", "1985")])
    assert edition_after_title_in_author_place(spans, text)[0].label == "title"
    names = "Banister Fletcher, 17th ed. p. 719"
    spans = _spans(names, [("author", "Banister Fletcher,"), ("edition", "17th ed."), ("pages", "p. 719")])
    assert edition_after_title_in_author_place(spans, names)[0].label == "author"


def test_two_volumes_cited_together() -> None:
    assert volume_issue("vols. 1 and 2,")[:2] == ("1 and 2", None)
    assert volume_issue("vols. I & II")[:2] == ("I & II", None)
    assert volume_issue("vol. 3, no. 2")[:2] == ("3", "2")
