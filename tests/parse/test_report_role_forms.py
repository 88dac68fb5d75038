"""Role words, reports and imprints: initials that spell a role, a report's number and institution,
an editor after a title, editors no word marks, a city before a state written short, a reprint's note."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.mends.editors import book_before_editors, editors_apart, title_after_opening_editors
from biblio.parse.mends.imprints import state_takes_city
from biblio.parse.mends.publishers import pages_after_publisher
from biblio.parse.mends.report_numbers import number_and_institution
from biblio.parse.mends.reprints import reprint_apart
from biblio.parse.mends.roles import unmarked_editors
from biblio.parse.mends.titles import book_title
from biblio.parse.normalisers.names import strip_roles
from biblio.parse.readers.apa import read as read_apa
from biblio.parse.readers.chicago.parser import parse_chicago
from tests.parse.span_cases import spans_of


def families(item: dict, var: str) -> list[str]:
    return [n.get("family", n.get("literal", "")) for n in item.get(var, [])]


def test_vancouver_initials_spelling_ed_are_no_role() -> None:
    item = read_reference(
        "Danto SI, Shannon JM, Borok Z, Zabski SM, Crandall ED. Reversible transdifferentiation of alveolar "
        "epithelial cells. Am J Respir Cell Mol Biol 1995; 12, pages 497-502."
    )
    assert "editor" not in item
    assert families(item, "author") == ["Danto", "Shannon", "Borok", "Zabski", "Crandall"]
    assert item["author"][-1]["given"] == "ED"


def test_vancouver_initials_spelling_tr_and_hg_are_no_role() -> None:
    item = read_reference("Clapp TR, Stone LM, Welgus HG. Taste cells of the rat. J Comp Neurol 1995; 12:497-502.")
    assert "translator" not in item and "editor" not in item
    assert families(item, "author") == ["Clapp", "Stone", "Welgus"]
    assert strip_roles("Lacraz S, Welgus HG.") == "Lacraz S, Welgus HG."


def test_role_words_after_a_comma_or_in_lower_case_stay_roles() -> None:
    assert strip_roles("Smith J, ED.") == "Smith J"
    assert strip_roles("Tulving, Endel, and Fergus I. M. Craik, eds.") == "Tulving, Endel, and Fergus I. M. Craik"
    assert strip_roles("Jane Smith (ED.)") == "Jane Smith"
    item = read_reference("Smith J, ed. The book of days. London: Macmillan; 1990.")
    assert families(item, "editor") == ["Smith"] and "author" not in item


def test_report_number_and_institution_read_as_a_note() -> None:
    item = read_reference(
        "Vander Linden, K.; Cumming, S.; and Martin, J. 1992. Expressing local rhetorical relations in "
        "instructional text. Technical Report 92-43, University of Colorado. To appear in Computational Linguistics."
    )
    assert item["type"] == "report"
    assert item["publisher"] == "University of Colorado"
    assert item["genre"] == "Technical Report 92-43"
    assert item["note"] == "To appear in Computational Linguistics"


def test_report_number_then_department_and_university() -> None:
    text = (
        "W. Li. Linearly convergent descent methods for unconstrained minimization of convex quadratic splines. "
        "Technical Report TR93-3, Department of Mathematics and Statistics, Old Dominion University, Norfolk, VA "
        "23529, 1993."
    )
    spans = spans_of(
        text,
        ("author", "W. Li."),
        ("title", "Linearly convergent descent methods for unconstrained minimization of convex quadratic splines."),
        ("genre", "Technical Report"),
        ("note", "TR93-3, Department of Mathematics and Statistics, Old Dominion University,"),
        ("location", "Norfolk, VA 23529,"),
        ("date", "1993."),
    )
    out = [(s.label, s.text) for s in number_and_institution(spans, text)]
    assert out[2:4] == [
        ("genre", "Technical Report TR93-3"),
        ("publisher", "Department of Mathematics and Statistics, Old Dominion University,"),
    ]
    # a note that opens with no number is no report number
    no_number = spans_of(
        text,
        ("genre", "Technical Report"),
        ("note", "Department of Mathematics and Statistics, Old Dominion University,"),
    )
    assert number_and_institution(no_number, text) is no_number


def test_editor_after_a_title_closing_on_a_bracket() -> None:
    title = "La royauté et les élites dans l’Europe carolingienne (début IXe siècle aux environs de 920)"
    text = f"{title}, ed. Régine Le Jan, Lille, 1998."
    spans = spans_of(
        text, ("container-title", f"{title}, ed. Régine Le Jan,"), ("location", "Lille,"), ("date", "1998.")
    )
    out = book_title(editors_apart(spans, text), text)
    assert [(s.label, s.text) for s in out][:2] == [("title", title), ("editor", "ed. Régine Le Jan,")]
    item = read_reference(text)
    assert item["type"] == "book" and families(item, "editor") == ["Le Jan"]
    assert item["title"] == title


def test_book_title_keeps_a_chapter_whose_editors_come_before_the_book() -> None:
    text = "Smith, J. 1990. Chapter, in Pat Jones (ed.), The Book, Oxford."
    spans = spans_of(
        text,
        ("author", "Smith, J."),
        ("date", "1990."),
        ("editor", "in Pat Jones (ed.),"),
        ("container-title", "The Book,"),
    )
    assert book_title(spans, text) is spans


def test_chicago_editor_and_translator_after_a_plain_title() -> None:
    item = parse_chicago(
        "Cassianus, Joannes. 1965. Institutions cénobitiques, ed. Jean-Claude Guy. Paris: Éditions du Cerf."
    )
    assert item is not None
    assert item["title"] == "Institutions cénobitiques"
    assert families(item, "editor") == ["Guy"]
    assert item["publisher"] == "Éditions du Cerf"
    item = parse_chicago("Bacon, Francis. The Advancement of Learning, trans. Mary Smith. London: Dent, 1915.")
    assert item is not None and families(item, "translator") == ["Smith"]
    assert item["title"] == "The Advancement of Learning"


def test_opening_names_with_no_role_word_anywhere_are_authors() -> None:
    text = "Foster, Catherine P., and Bradley J. Parker. 2012. Title of the work. Winona Lake: Eisenbrauns."
    spans = spans_of(text, ("editor", "Foster, Catherine P., and Bradley J. Parker."), ("date", "2012."))
    assert [s.label for s in unmarked_editors(spans, text)] == ["author", "date"]
    marked = "Foster, Catherine P., and Bradley J. Parker, eds. 2012. Title. Winona Lake: Eisenbrauns."
    spans = spans_of(marked, ("editor", "Foster, Catherine P., and Bradley J. Parker, eds."), ("date", "2012."))
    assert unmarked_editors(spans, marked) is spans
    assert families(read_reference("Foster, Catherine P., and Bradley J. Parker"), "author") == ["Foster", "Parker"]
    # a role in words no list holds, in brackets beside the names, leaves them editors; initials in brackets do not
    italian = "J.M. Bremer – J. Kalff (a c. di), Homer: Beyond Oral Poetry. Amsterdam 1987."
    spans = spans_of(italian, ("editor", "J.M. Bremer – J. Kalff (a c. di),"), ("title", "Homer: Beyond Oral Poetry."))
    assert unmarked_editors(spans, italian) is spans
    french = "Gaillard de Sémainville (H.), A propos des Burgondes, In : Passard 2003, p. 17-40."
    spans = spans_of(french, ("editor", "Gaillard de Sémainville (H.),"), ("title", "A propos des Burgondes,"))
    assert [s.label for s in unmarked_editors(spans, french)] == ["author", "title"]


def test_unmarked_editors_after_the_authors_and_date_are_the_title() -> None:
    text = "BEZES, P. (2009), Réinventer l'Etat, Paris, PUF."
    spans = spans_of(
        text,
        ("author", "BEZES, P."),
        ("date", "(2009),"),
        ("editor", "Réinventer l'Etat,"),
        ("location", "Paris,"),
        ("publisher", "PUF."),
    )
    assert [s.label for s in unmarked_editors(spans, text)] == ["author", "date", "title", "location", "publisher"]
    item = read_reference(f"30. {text}")
    assert item["title"] == "Réinventer l'Etat" and "editor" not in item


def test_city_read_into_the_title_before_a_dotted_state() -> None:
    text = "Corrigan P: On the Stigma of Mental Illness Washington, D.C.: American Psychological Association 2005."
    spans = spans_of(
        text,
        ("author", "Corrigan P:"),
        ("title", "On the Stigma of Mental Illness Washington,"),
        ("location", "D.C.:"),
        ("publisher", "American Psychological Association"),
    )
    assert [(s.label, s.text) for s in state_takes_city(spans, text)][1:3] == [
        ("title", "On the Stigma of Mental Illness "),
        ("location", "Washington, D.C.:"),
    ]
    item = read_reference(text)
    assert item["title"] == "On the Stigma of Mental Illness"
    assert item["publisher-place"] == "Washington, D.C"


def test_apa_place_with_a_dotted_state_before_the_publisher() -> None:
    found = read_apa(
        "Murthy, S. K., & Beigel, R. (1993). Randomized induction of oblique decision trees. In Proceedings of the "
        "Eleventh National Conference on Artificial Intelligence, pp. 322-327. Washington, D. C. MIT Press."
    )
    assert found is not None
    assert found.item["publisher-place"] == "Washington, D. C."
    assert found.item["publisher"] == "MIT Press"


def test_reprint_after_the_imprint_is_a_note() -> None:
    text = (
        "Neville, Leonora. Authority in Byzantine Provincial Society, 950-1100. Cambridge: Cambridge University "
        "Press, 2004. Reprint, Cambridge: Cambridge University Press, 2008."
    )
    spans = spans_of(
        text,
        ("publisher", "Cambridge University Press,"),
        ("date", "2004."),
        ("title", "Reprint,"),
        ("location", "Cambridge:"),
        ("publisher", "Cambridge University Press,"),
        ("date", "2008."),
    )
    assert [(s.label, s.text) for s in reprint_apart(spans, text)][2:] == [
        ("note", "Reprint, Cambridge: Cambridge University Press, 2008.")
    ]
    item = read_reference(text)
    assert item["title"] == "Authority in Byzantine Provincial Society, 950-1100"
    assert item["issued"] == {"date-parts": [[2004]]}
    # before any date, "Reprinted" states the edition of the work itself
    early = spans_of("Title. Reprinted. Boston: Ginn, 1990.", ("edition", "Reprinted."), ("date", "1990."))
    assert reprint_apart(early, "Title. Reprinted. Boston: Ginn, 1990.") is early


def test_pages_read_into_the_publisher_that_closes_a_chapter() -> None:
    text = "In B. Frellesvig (eds.), Japanese/Korean Linguistics Volume 30. Stanford, CA: CSLI. 199-213."
    spans = spans_of(text, ("location", "Stanford, CA:"), ("publisher", "CSLI. 199-213."))
    assert [(s.label, s.text) for s in pages_after_publisher(spans, text)] == [
        ("location", "Stanford, CA:"),
        ("publisher", "CSLI"),
        ("pages", "199-213."),
    ]
    named = spans_of("London: Academic Press, pp. 47-73.", ("publisher", "Academic Press, pp. 47-73."))
    assert [s.text for s in pages_after_publisher(named, "London: Academic Press, pp. 47-73.")] == [
        "Academic Press",
        "pp. 47-73.",
    ]
    # a publisher's name that ends in a number keeps it
    numbered = spans_of("Paris: Éditions 10/18.", ("publisher", "Éditions 10/18."))
    assert pages_after_publisher(numbered, "Paris: Éditions 10/18.") is numbered


def test_book_read_into_its_editors_after_in() -> None:
    text = (
        "Durkin-Meisterernst, Desmond. 2005. Khwarezmian lexicology. In Middle Iranian Lexicography, "
        "eds. C.G. Cereti & M. Maggi. 147–166. Rome."
    )
    spans = spans_of(
        text,
        ("author", "Durkin-Meisterernst, Desmond."),
        ("date", "2005."),
        ("title", "Khwarezmian lexicology."),
        ("editor", "In Middle Iranian Lexicography, eds. C.G. Cereti & M. Maggi."),
        ("pages", "147–166."),
    )
    assert [(s.label, s.text) for s in book_before_editors(spans, text)][3:5] == [
        ("container-title", "In Middle Iranian Lexicography"),
        ("editor", "eds. C.G. Cereti & M. Maggi."),
    ]
    item = read_reference(text)
    assert item["container-title"] == "Middle Iranian Lexicography"
    assert families(item, "editor") == ["Cereti", "Maggi"]


def test_book_opening_in_the_title_and_read_into_its_editors() -> None:
    text = (
        "McKay, Cory. 2012. Expressing musical features using ACE XML 2.0. In Structuring Music through Markup "
        "Language: Designs and Architectures, ed. J. Steyn, 48-79. Hershey, PA: IGI Global."
    )
    item = read_reference(text)
    assert item["title"] == "Expressing musical features using ACE XML 2.0"
    assert item["container-title"] == "Structuring Music through Markup Language: Designs and Architectures"
    assert families(item, "editor") == ["Steyn"]
    # editors that open the reference are no book
    opening = "Cove, John J., and George F. MacDonald, eds. Tsimshian Narratives. Ottawa: CMC, 1987."
    spans = spans_of(opening, ("editor", "Cove, John J., and George F. MacDonald, eds. Tsimshian Narratives."))
    assert book_before_editors(spans, opening) is spans


def test_title_after_editors_that_open_the_reference() -> None:
    text = (
        "Cove, John J., and George F. MacDonald, eds. Tsimshian Narratives, Collected by Marius Barbeau and "
        "William Beynon. 2 vols. Mercury Series Directorate Paper 3. Ottawa: Canadian Museum of Civilization, 1987."
    )
    spans = spans_of(
        text,
        ("editor", "Cove, John J., and George F. MacDonald, eds. Tsimshian Narratives, Collected by Marius Barbeau"),
        ("collection-title", "Mercury Series Directorate Paper"),
        ("title", "3."),
    )
    assert [(s.label, s.text) for s in title_after_opening_editors(spans, text)] == [
        ("editor", "Cove, John J., and George F. MacDonald, eds."),
        ("title", "Tsimshian Narratives, Collected by Marius Barbeau"),
        ("collection-title", "Mercury Series Directorate Paper"),
    ]
    item = read_reference(text)
    assert families(item, "editor") == ["Cove", "MacDonald"]
    assert item["title"] == "Tsimshian Narratives, Collected by Marius Barbeau and William Beynon"


def test_names_after_a_title_opening_the_reference_are_its_authors() -> None:
    """French Wikipedia's bibliographies put the title first: ``*Title*. Names et Names, Publisher, Year.``"""
    text = ("*The Design and Implementation of the FreeBSD Operating System*. Marshall Kirk McKusick et George V. "
            "Neville-Neil, Addison Wesley Professional, 2004.")
    spans = spans_of(text, ("title", "*The Design and Implementation of the FreeBSD Operating System*."),
                     ("editor", "Marshall Kirk McKusick et George V. Neville-Neil,"))
    assert [s.label for s in unmarked_editors(spans, text)] == ["title", "author"]
    item = read_reference(text)
    assert families(item, "author") == ["McKusick", "Neville-Neil"] and "editor" not in item
    edited = "*Title of the Book*. Edited by Jane Doe, Oxford University Press, 2004."
    spans = spans_of(edited, ("title", "*Title of the Book*."), ("editor", "Edited by Jane Doe,"))
    assert unmarked_editors(spans, edited) is spans  # a role word: editors still


def test_an_imprint_after_a_title_is_no_author() -> None:
    text = "« Grèce », L’Etat de l’Europe içinde, La découverte, Paris, 1992."
    spans = spans_of(text, ("title", "« Grèce »,"), ("editor", "La découverte,"))
    assert unmarked_editors(spans, text) is spans  # "découverte": no personal names
