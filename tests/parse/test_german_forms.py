"""Forms of German-language reference lists (DIN 1505 / ISO 690 as German humanities and library
science print them, and Chicago rendered in German) the parser reads
(tests/data/parse/german_real.jsonl): the author element closing with a colon, ``In: Name (Hg.):``,
the year after the publisher with no comma, a bracketed series closing the entry, and the book's editors
written family first after ``In:`` with no role word (``In: Heyer, Peter u.a.: Titel``). The references
here are written for the tests."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.mends.addresses import address_lead_in_apart
from biblio.parse.mends.colon_names import (
    imprint_closing_entry,
    series_closing_entry,
    title_in_colon_names,
    year_closing_publisher,
    year_opens_title,
)
from biblio.parse.mends.contributors import contribution_after_title
from biblio.parse.mends.editors import editors_apart, inverted_editors_open_container
from biblio.parse.mends.heft import heft_is_issue, volume_before_year, year_after_issue
from biblio.parse.mends.italic_names import in_names_without_role, italic_name_opens
from biblio.parse.mends.opening_dates import status_opens_title
from biblio.parse.normalisers.edition import edition_apart
from biblio.parse.normalisers.names import names_from_span
from tests.parse.span_cases import spans_of
from tests.parse.test_mends_humanities import labelled


def test_names_title_and_book_editors_read_as_one_name_span() -> None:
    text = "Keller, Anna: Lesen im Exil. In: Bruno Hof (Hg.): Exilforschung. Bonn: Dietz 2004."
    spans = spans_of(
        text,
        ("editor", "Keller, Anna: Lesen im Exil. In: Bruno Hof (Hg.):"),
        ("title", "Exilforschung."),
        ("location", "Bonn:"),
        ("publisher", "Dietz 2004."),
    )
    assert labelled(title_in_colon_names(spans, text))[:4] == [
        ("author", "Keller, Anna: "),
        ("title", "Lesen im Exil."),
        ("editor", "Bruno Hof (Hg.):"),
        ("container-title", "Exilforschung."),
    ]


def test_names_run_into_the_title_end_at_their_colon() -> None:
    text = "Roth, Jana und Emil Vogt: Stadtbibliotheken. Köln: Greven 1999."
    spans = spans_of(
        text,
        ("author", "Roth,"),
        ("title", "Jana und Emil Vogt: Stadtbibliotheken."),
        ("location", "Köln:"),
    )
    assert labelled(title_in_colon_names(spans, text))[:2] == [
        ("author", "Roth, Jana und Emil Vogt: "),
        ("title", "Stadtbibliotheken."),
    ]


def test_a_colon_inside_a_title_after_names_is_left_alone() -> None:
    text = "Levin, David, Unsettling Opera: Staging Mozart (University of Chicago Press, 2007)."
    spans = spans_of(text, ("author", "Levin, David,"), ("title", "Unsettling Opera: Staging Mozart"))
    assert title_in_colon_names(spans, text) == spans
    initials = "A. Alanen, Morgan Park: Duluth, Minneapolis 2007"
    spans = spans_of(initials, ("author", "A. Alanen, Morgan Park: Duluth,"), ("location", "Minneapolis"))
    assert title_in_colon_names(spans, initials) == spans


def test_year_after_the_publisher_and_a_series_in_brackets() -> None:
    text = "Berg, Ole: Briefe. Göttingen: Wallstein 2011. (Kleine Schriften 7)"
    spans = spans_of(
        text,
        ("author", "Berg, Ole:"),
        ("title", "Briefe."),
        ("location", "Göttingen:"),
        ("publisher", "Wallstein 2011. (Kleine Schriften 7)"),
    )
    assert labelled(year_closing_publisher(spans, text))[3:] == [
        ("publisher", "Wallstein"),
        ("date", "2011"),
        ("collection-title", "Kleine Schriften 7"),
    ]


def test_pages_after_the_year_stay_pages() -> None:
    text = "Ott, Eva: Kapitel. In: Paul Kern (Hg.): Buch. Wien: Böhlau 2015, S. 12–30."
    spans = spans_of(text, ("location", "Wien:"), ("note", "Böhlau 2015, S. 12–30."))
    assert labelled(year_closing_publisher(spans, text)) == [
        ("location", "Wien:"),
        ("publisher", "Böhlau"),
        ("date", "2015"),
        ("pages", "S. 12–30."),
    ]


def test_a_series_closing_the_entry_leaves_the_pages() -> None:
    text = "Ott, Eva: Kapitel. Wien: Böhlau 2015, S. 12–30. (Studien zur Moderne 4)"
    spans = spans_of(
        text,
        ("location", "Wien:"),
        ("publisher", "Böhlau"),
        ("date", "2015,"),
        ("pages", "S. 12–30. (Studien"),
        ("container-title", "zur Moderne 4)"),
    )
    out = labelled(series_closing_entry(spans, text))
    assert out[-2:] == [("pages", "S. 12–30. "), ("collection-title", "Studien zur Moderne 4")]


def test_a_bracket_in_a_title_or_a_year_is_no_series() -> None:
    text = "Ott, Eva: Kapitel (1999). Wien 2015."
    spans = spans_of(text, ("author", "Ott, Eva:"), ("title", "Kapitel (1999)."), ("date", "2015."))
    assert series_closing_entry(spans, text) == spans


def test_a_german_humanities_chapter_reads_whole() -> None:
    item = read_reference(
        "Weber, Lena: Die Lesehalle. In: Karl Moser und Ute Lind (Hg.): Orte des Lesens. "
        "Stuttgart/Weimar: Metzler 2016, S. 45–67. (Studien zur Buchkultur 3)"
    )
    assert item["author"] == [{"family": "Weber", "given": "Lena"}]
    assert item["title"] == "Die Lesehalle"
    assert [e["family"] for e in item["editor"]] == ["Moser", "Lind"]
    assert item["container-title"] == "Orte des Lesens"
    assert item["publisher-place"] == "Stuttgart/Weimar"
    assert item["publisher"] == "Metzler"
    assert item["issued"] == {"date-parts": [[2016]]}
    assert item["page"] == "45-67"


def test_chicago_in_german_joins_names_with_und() -> None:
    item = read_reference("Hahn, Ida und Paul Sommer. 2003. *Kleine Leseräume*. Leipzig: Seemann.")
    assert item["author"] == [{"family": "Hahn", "given": "Ida"}, {"family": "Sommer", "given": "Paul"}]
    edited = read_reference("Hahn, Ida und Paul Sommer, ed. 2003. *Leseräume*. Leipzig: Seemann.")
    assert [e["family"] for e in edited["editor"]] == ["Hahn", "Sommer"]


def test_an_edition_statement_closing_the_publisher_or_the_title() -> None:
    item = read_reference("Brand, Olga. 2010. *Katalogkunde*. Berlin: De Gruyter, 3., überarbeitete Auflage.")
    assert item["publisher"] == "De Gruyter" and item["edition"] == "3"
    titled = read_reference("Brand, Olga. 2010. *Katalogkunde, 4. Auflage*. Berlin: De Gruyter.")
    assert titled["title"] == "Katalogkunde" and titled["edition"] == "4"


def test_edition_apart_keeps_a_title_that_is_only_a_number() -> None:
    item: dict[str, object] = {"title": "Die 3. Auflage", "publisher": "Verlag, 2. Aufl."}
    edition_apart(item)
    assert item == {"title": "Die 3. Auflage", "publisher": "Verlag", "edition": "2"}


def test_heft_read_into_the_date_is_the_issue() -> None:
    text = "Vogt, Eva. 1999 Heft 6. “Titel.” *Bibliotheksdienst* 33: 957–71."
    spans = spans_of(
        text,
        ("author", "Vogt, Eva."),
        ("date", "1999 Heft"),
        ("title", "6. “Titel.”"),
        ("journal", "Bibliotheksdienst"),
    )
    assert labelled(heft_is_issue(spans, text))[1:4] == [
        ("date", "1999 "),
        ("issue", "Heft 6"),
        ("title", "“Titel.”"),
    ]


def test_an_initial_before_a_year_is_no_heft() -> None:
    text = "Thorpe, W. H. 1940. “Ecology,” in Huxley, J. S. (1940), pp. 341–364."
    spans = spans_of(text, ("author", "Thorpe, W. H."), ("date", "1940."))
    assert heft_is_issue(spans, text) == spans
    item = read_reference("Lenz, Jan: Leihverkehr. In: ZfBB 58 (2011), H. 3, S. 120–131.")
    assert item["issue"] == "3" and item["volume"] == "58"


def test_a_din_imprint_read_into_the_title() -> None:
    text = "Kuhn, Rita: Briefkultur. 3. Aufl. Bad Honnef: Bock 2001. (Schriften 9)"
    spans = spans_of(
        text,
        ("author", "Kuhn, Rita:"),
        ("title", "Briefkultur. 3. Aufl. Bad Honnef: Bock 2001."),
        ("publisher", "(Schriften 9)"),
    )
    assert labelled(imprint_closing_entry(spans, text)) == [
        ("author", "Kuhn, Rita:"),
        ("title", "Briefkultur. 3. Aufl. "),
        ("location", "Bad Honnef"),
        ("publisher", "Bock"),
        ("date", "2001"),
        ("collection-title", "Schriften 9"),
    ]
    item = read_reference(text)
    assert item["title"] == "Briefkultur" and item["edition"] == "3" and item["publisher-place"] == "Bad Honnef"


def test_an_entry_without_the_names_colon_keeps_its_reading() -> None:
    text = "Kuhn, Rita. Briefkultur. Bad Honnef: Bock 2001."
    spans = spans_of(text, ("author", "Kuhn, Rita."), ("title", "Briefkultur. Bad Honnef: Bock 2001."))
    assert imprint_closing_entry(spans, text) == spans


def test_german_role_words_before_the_editors() -> None:
    text = "Arendt, Ina: Briefe. Hg. v. Tom Berg und Lea Ott. Bonn: Dietz 2008."
    spans = spans_of(text, ("author", "Arendt, Ina:"), ("title", "Briefe. Hg. v. Tom Berg und Lea Ott."))
    assert labelled(editors_apart(spans, text))[1:] == [
        ("title", "Briefe"),
        ("editor", "Hg. v. Tom Berg und Lea Ott."),
    ]
    assert names_from_span("Ediert von Tom Berg und Lea Ott.") == [
        {"family": "Berg", "given": "Tom"},
        {"family": "Ott", "given": "Lea"},
    ]


def test_words_announcing_an_address_go_into_no_field() -> None:
    text = "Lang, Udo (2016): *Folien* [online]. Zugriff am 2018-09-12. Verfügbar unter: https://example.org/f"
    spans = spans_of(text, ("location", "Verfügbar unter:"), ("url", "https://example.org/f"))
    assert labelled(address_lead_in_apart(spans, text)) == [("url", "https://example.org/f")]
    kept = spans_of("Bonn: Dietz. https://example.org/f", ("location", "Bonn:"), ("url", "https://example.org/f"))
    assert address_lead_in_apart(kept, "Bonn: Dietz. https://example.org/f") == kept


def test_an_italic_surname_opening_a_legal_note_is_the_author() -> None:
    text = "*Keller* (2015), Urheberrecht in Bibliotheken. In: Roth/Vogt (Hrsg.), Handbuch (S. 5-9). Köln: Heymanns."
    spans = spans_of(
        text,
        ("title", "Keller* (2015), Urheberrecht in Bibliotheken."),
        ("editor", "In: Roth/Vogt (Hrsg.),"),
    )
    assert labelled(italic_name_opens(spans, text)) == [
        ("author", "*Keller*"),
        ("date", "(2015)"),
        ("title", "Urheberrecht in Bibliotheken."),
        ("editor", "In: Roth/Vogt (Hrsg.),"),
    ]
    assert names_from_span("In: Roth/Vogt (Hrsg.),") == [{"family": "Roth"}, {"family": "Vogt"}]
    plain = "*Urheberrecht*. Köln: Heymanns, 2015."
    kept = spans_of(plain, ("title", "Urheberrecht*."), ("location", "Köln:"))
    assert italic_name_opens(kept, plain) == kept


def test_a_journal_after_in_is_no_editor() -> None:
    text = "*Lenz*, Titel. In: Ordnung der Wissenschaft, Nr. 1/2017, S. 59f."
    spans = spans_of(text, ("author", "*Lenz*"), ("title", "Titel."), ("editor", "In: Ordnung der Wissenschaft,"))
    assert labelled(in_names_without_role(spans, text))[-1] == ("container-title", "In: Ordnung der Wissenschaft,")
    chapter = "*Lenz*, Titel. In: Peter Roth (Hrsg.), Handbuch. Köln 2017."
    edited = spans_of(chapter, ("author", "*Lenz*"), ("title", "Titel."), ("editor", "In: Peter Roth (Hrsg.),"))
    assert in_names_without_role(edited, chapter) == edited


def test_a_title_after_initials_and_a_venue_are_no_din_imprint() -> None:
    text = "Ott, P., and Le, Q. V. Xlnet: Generalized pretraining for understanding. In NeurIPS, 2019."
    spans = spans_of(
        text,
        ("author", "Ott, P., and Le, Q. V."),
        ("title", "Xlnet: Generalized pretraining for understanding."),
        ("editor", "In NeurIPS,"),
        ("date", "2019."),
    )
    assert imprint_closing_entry(spans, text) == spans
    item = read_reference("Ruf, Udo: Sagen. Trier: Wiss. Verl. 1993, S. 145–161.")
    assert item["publisher"] == "Wiss. Verl" and item["publisher-place"] == "Trier"


def test_issue_and_year_after_the_volume_slash() -> None:
    text = "Roth, Eva: Titel. In: Zeitschrift für Buchkunde 18/4 (2014), S. 415–436."
    spans = spans_of(text, ("volume", "18"), ("issue", "/4 (2014),"), ("pages", "S. 415–436."))
    assert labelled(year_after_issue(spans, text)) == [
        ("volume", "18"),
        ("issue", "4"),
        ("date", "(2014)"),
        ("pages", "S. 415–436."),
    ]


def test_no_date_opening_a_quoted_title() -> None:
    text = "Ruiz, Ana, and Eva Roth. n.d. “Der Auftrag.” *Bibliotheken heute*."
    spans = spans_of(text, ("author", "Ruiz, Ana, and Eva Roth."), ("title", "n.d. “Der Auftrag.”"))
    assert labelled(status_opens_title(spans, text))[1:] == [("date", "n.d."), ("title", "“Der Auftrag.”")]


def test_given_name_and_title_in_the_next_name_span() -> None:
    text = "Sauer, Renate: Lied. In: Peter von Hagen (Hg.): Buch. Köln: Böhlau 2013."
    spans = spans_of(text, ("author", "Sauer,"), ("editor", "Renate: Lied. In: Peter von Hagen (Hg.):"))
    assert labelled(title_in_colon_names(spans, text)) == [
        ("author", "Sauer, Renate: "),
        ("title", "Lied."),
        ("editor", "Peter von Hagen (Hg.):"),
    ]


def test_a_year_closing_the_title_before_the_imprint_is_the_titles() -> None:
    item = read_reference("Hahn, Eva: Lyrik nach 1990. Berlin/Boston: De Gruyter 2014. (Studien 44)")
    assert item["title"] == "Lyrik nach 1990" and item["issued"] == {"date-parts": [[2014]]}


def test_jahrgang_before_the_volume_is_no_part_of_the_journal() -> None:
    item = read_reference("Lang, Eva: Forschungsdaten. In: ABI Technik Jg. 38, Nr. 2 (2018), S. 12–20.")
    assert item["container-title"] == "ABI Technik"
    assert (item["volume"], item["issue"], item["page"]) == ("38", "2", "12-20")


def test_a_din_series_numbered_after_a_semicolon() -> None:
    item = read_reference("Müller, Hans: Bibliotheken im Wandel. 2. Aufl. Wiesbaden: Harrassowitz, 2010 (Praxis; 12).")
    assert item["publisher"] == "Harrassowitz" and item["edition"] == "2"
    text = "Brandt, Eva (2010): Titel. Wetzlar: Zentrum für Literatur (Schriftenreihe des Zentrums; 10)"
    spans = spans_of(text, ("location", "Wetzlar:"), ("publisher", "Zentrum für Literatur (Schriftenreihe des"))
    spans.append(spans_of(text, ("note", "Zentrums; 10)"))[0])
    assert labelled(series_closing_entry(spans, text))[1:] == [
        ("publisher", "Zentrum für Literatur "),
        ("collection-title", "Schriftenreihe des Zentrums; 10"),
    ]


def test_a_contribution_named_after_the_title_is_no_part_of_it() -> None:
    text = "Brandt, Eva (2010): Gedankenflüge. Mit einem Beitrag von Michael Kirchner. Wetzlar: Zentrum"
    spans = spans_of(
        text, ("author", "Brandt, Eva"), ("title", "Gedankenflüge. Mit einem Beitrag von Michael Kirchner.")
    )
    assert labelled(contribution_after_title(spans, text))[1] == ("title", "Gedankenflüge.")
    kept = spans_of("Lee, A. With a Foreword. London 2001.", ("title", "With a Foreword."))
    assert contribution_after_title(kept, "Lee, A. With a Foreword. London 2001.") == kept


def test_an_opening_bracket_left_after_the_names_is_the_dates() -> None:
    assert names_from_span("Brandt, Susanne (") == [{"family": "Brandt", "given": "Susanne"}]


def test_the_author_year_form_with_ff() -> None:
    text = "Korn, Jan (1998ff.): Sämtliche Werke. Gütersloh: Mohn"
    spans = spans_of(text, ("author", "Korn, Jan"), ("title", "(1998ff.): Sämtliche Werke."))
    assert labelled(year_opens_title(spans, text)) == [
        ("author", "Korn, Jan"),
        ("date", "1998"),
        ("title", "Sämtliche Werke."),
    ]


def test_a_volume_after_in_and_before_the_year() -> None:
    text = "*Lenz*, Titel. In: Zeitschrift für Recht, 22 (2013). Abrufbar unter http://example.org/z"
    spans = spans_of(
        text,
        ("author", "*Lenz*"),
        ("title", "Titel."),
        ("container-title", "In: Zeitschrift für Recht,"),
        ("pages", "22"),
        ("date", "(2013)."),
    )
    assert labelled(volume_before_year(spans, text))[3] == ("volume", "22")
    physics = "S. HOLLAND et R. EPSZTEIN. Synthesis, 706 (1977)."
    page = spans_of(physics, ("author", "S. HOLLAND et R. EPSZTEIN."), ("journal", "Synthesis,"), ("pages", "706"))
    page.append(spans_of(physics, ("date", "(1977)."))[0])
    assert volume_before_year(page, physics) == page


def test_a_conference_volume_closing_with_place_and_year() -> None:
    text = "Eva Roth: Titel. In: Ana Lenz (Hg.): Tagungsband. 5. Tagung des Verbands. Passau 2024, online."
    spans = spans_of(
        text,
        ("author", "Eva Roth:"),
        ("title", "Titel."),
        ("editor", "In: Ana Lenz (Hg.):"),
        ("container-title", "Tagungsband. 5. Tagung des Verbands. Passau"),
        ("date", "2024, online."),
    )
    assert labelled(imprint_closing_entry(spans, text))[3:] == [
        ("container-title", "Tagungsband. 5. Tagung des Verbands. "),
        ("location", "Passau"),
        ("date", "2024"),
    ]


# ---------------------------------------------------------------- editors after "In:" with no role word


def test_inverted_editors_before_a_colon_open_the_book() -> None:
    text = "Lang, Eva (2005): Schule im Wandel. In: Roth, Karl u.a.: Handbuch Schule. Berlin, S. 10-20."
    spans = spans_of(
        text,
        ("author", "Lang, Eva"),
        ("date", "(2005):"),
        ("title", "Schule im Wandel."),
        ("container-title", "In: Roth, Karl u.a.: Handbuch Schule."),
        ("location", "Berlin,"),
    )
    assert [(s.label, s.text) for s in inverted_editors_open_container(spans, text)][3:5] == [
        ("editor", "Roth, Karl u.a."),
        ("container-title", "Handbuch Schule."),
    ]


def test_inverted_editors_joined_by_slashes_whole_reference() -> None:
    item = read_reference(
        "Berg, Jana (2011): Lernen im Raum. In: Vogel, Sabine/ Haas, Moritz/ Kern, Lena A.: Räume der Bildung. "
        "Wien: Passagen, S. 55-70."
    )
    assert [n["family"] for n in item["editor"]] == ["Vogel", "Haas", "Kern"]
    assert item["container-title"] == "Räume der Bildung"


def test_inverted_editors_read_by_the_apa_reader() -> None:
    item = read_reference(
        "Prengel, Anna (2006): Vielfalt. In: Krüger, Heinz; Grunert, Cathleen: Wörterbuch Erziehung. Opladen, S. 1-5."
    )
    assert [n["family"] for n in item["editor"]] == ["Krüger", "Grunert"]
    assert item["container-title"] == "Wörterbuch Erziehung"


def test_a_book_title_with_a_comma_before_a_colon_is_no_editor() -> None:
    # "Geschichte, Kultur:" holds no given name, "Proceedings, Fifth Conference:" a journal's word
    for book in ("Geschichte, Kultur: Ein Handbuch.", "Proceedings, Fifth Conference: Papers."):
        text = f"Lang, Eva (2005): Schule. In: {book} Berlin."
        spans = spans_of(
            text, ("author", "Lang, Eva"), ("date", "(2005):"), ("title", "Schule."), ("container-title", f"In: {book}")
        )
        assert inverted_editors_open_container(spans, text) == spans
