"""Forms of real mathematics and theoretical computer-science reference lists (``math_real.jsonl``):
BibTeX's ``volume N of Series``, the AMS's series marks, language notes and other editions,
``To appear in``; checked on spans as the model hands them over and end to end."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.appearing import to_appear_in
from biblio.parse.mends.caps_names import capitals_before_colon
from biblio.parse.mends.journal_series import series_mark_in_journal
from biblio.parse.mends.other_editions import language_note_apart, note_after_year, other_edition_apart
from biblio.parse.mends.series_volumes import volume_of_series
from biblio.parse.mends.years import comma_year_closes_title
from biblio.parse.spans import Span

from .span_cases import spans_of


def _labelled(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in spans]


def _families(item: dict) -> list[str]:
    return [n.get("family") or n.get("literal", "") for n in item.get("author", [])]


# ---------------------------------------------------------------- volume N of Series


def test_volume_of_series_after_in_book() -> None:
    text = (
        "Ada Byron and Carl Frost. Counting walks. In STACS, volume 96 of LIPIcs, pages 12:1–12:14. "
        "Schloss Dagstuhl – Leibniz-Zentrum für Informatik, 2018. doi:10.4230/LIPIcs.STACS.2018.12."
    )
    spans = spans_of(
        text,
        ("author", "Ada Byron and Carl Frost."),
        ("title", "Counting walks."),
        ("journal", "In STACS,"),
        ("volume", "volume 96"),
        ("container-title", "of LIPIcs, pages 12:1–12:14. Schloss Dagstuhl – Leibniz-Zentrum für Informatik,"),
        ("date", "2018."),
        ("doi", "doi:10.4230/LIPIcs.STACS.2018.12."),
    )
    assert _labelled(volume_of_series(spans, text))[2:7] == [
        ("container-title", "STACS"),
        ("volume", "96"),
        ("collection-title", "LIPIcs"),
        ("pages", "12:1–12:14"),
        ("publisher", "Schloss Dagstuhl – Leibniz-Zentrum für Informatik,"),
    ]


def test_volume_of_series_for_a_book_and_its_note() -> None:
    text = (
        "Ivan Petrov. Lie groups, volume 88 of Graduate Studies in Mathematics. Springer, Berlin, 2004. "
        "Second printing."
    )
    spans = spans_of(
        text,
        ("author", "Ivan Petrov."),
        ("journal", "Lie groups,"),
        ("volume", "volume 88"),
        ("collection-title", "of Graduate Studies in Mathematics."),
        ("publisher", "Springer,"),
        ("location", "Berlin,"),
        ("date", "2004."),
        ("container-title", "Second printing."),
    )
    mended = _labelled(volume_of_series(spans, text))
    assert mended[1:4] == [
        ("title", "Lie groups"),
        ("volume", "88"),
        ("collection-title", "Graduate Studies in Mathematics"),
    ]
    assert mended[-1] == ("note", "Second printing.")


def test_volume_of_series_end_to_end() -> None:
    item = parse_reference(
        "[GK07] Ben Gold and Ann Kerr. Sums of squares. In Additive number theory, volume 4 of "
        "Fields Inst. Commun., pages 11–40. Amer. Math. Soc., Providence, RI, 2007."
    )
    assert item["container-title"] == "Additive number theory"
    assert (item["volume"], item["page"]) == ("4", "11-40")
    assert item["publisher"].startswith("Amer. Math. Soc")


# ---------------------------------------------------------------- the AMS's series marks


def test_series_mark_is_the_journals_and_the_number_its_volume() -> None:
    text = "A. Weil, Sur les courbes. Ann. of Math. (2) 49 (1948), no. 1, 10–20."
    spans = spans_of(
        text,
        ("author", "A. Weil,"),
        ("title", "Sur les courbes."),
        ("journal", "Ann. of Math."),
        ("issue", "(2)"),
        ("pages", "49"),
        ("date", "(1948),"),
        ("issue", "no. 1,"),
        ("pages", "10–20."),
    )
    assert _labelled(series_mark_in_journal(spans, text))[2:4] == [("journal", "Ann. of Math. (2)"), ("volume", "49")]


def test_a_place_mark_joins_the_journal() -> None:
    text = "B. Roy, Titre. Ann. Inst. Fourier (Grenoble) 12 (1962), 1–9."
    spans = spans_of(
        text,
        ("author", "B. Roy,"),
        ("title", "Titre."),
        ("journal", "Ann. Inst. Fourier"),
        ("location", "(Grenoble)"),
        ("volume", "12"),
        ("date", "(1962),"),
        ("pages", "1–9."),
    )
    assert _labelled(series_mark_in_journal(spans, text))[2] == ("journal", "Ann. Inst. Fourier (Grenoble)")


def test_no_mark_without_the_bracketed_year() -> None:
    text = "C. Day. A note (2) 14, 2001."
    spans = spans_of(
        text, ("author", "C. Day."), ("journal", "A note"), ("issue", "(2)"), ("pages", "14,"), ("date", "2001.")
    )
    assert series_mark_in_journal(spans, text) is spans


# ---------------------------------------------------------------- language notes and translations


def test_translation_goes_into_a_note() -> None:
    text = "D. Ivanov, Title (Russian). Mat. Zametki 5 (1969), 3–9; English translation in Math. Notes 5 (1969), 2–5."
    spans = spans_of(
        text,
        ("author", "D. Ivanov,"),
        ("title", "Title (Russian)."),
        ("journal", "Mat. Zametki"),
        ("volume", "5"),
        ("date", "(1969),"),
        ("pages", "3–9; English translation in"),
        ("journal", "Math. Notes"),
        ("volume", "5"),
        ("date", "(1969),"),
        ("pages", "2–5."),
    )
    mended = _labelled(other_edition_apart(spans, text))
    assert mended[5] == ("pages", "3–9")
    assert [label for label, _ in mended[6:]] == ["note"] * 5


def test_language_note_closes_the_title_and_the_journal_follows() -> None:
    text = "E. Orlov, On sums (in Russian). Uspekhi Mat. Nauk 21 (1966), 3–40."
    spans = spans_of(
        text,
        ("author", "E. Orlov,"),
        ("title", "On sums (in Russian). Uspekhi Mat. Nauk 21"),
        ("date", "(1966),"),
        ("pages", "3–40."),
    )
    assert _labelled(language_note_apart(spans, text))[1:4] == [
        ("title", "On sums (in Russian)."),
        ("journal", "Uspekhi Mat. Nauk"),
        ("volume", "21"),
    ]


def test_a_title_ending_in_its_language_note_is_left_alone() -> None:
    text = "F. Popov, Craters (in Russian). Meteoritika, v. 4, pp. 1-5. 1970."
    spans = spans_of(
        text,
        ("author", "F. Popov,"),
        ("title", "Craters (in Russian)."),
        ("journal", "Meteoritika,"),
        ("volume", "v. 4,"),
    )
    assert language_note_apart(spans, text) is spans


def test_an_earlier_version_after_the_year_goes_into_a_note() -> None:
    item = parse_reference(
        "[31] LENA VOSS: Sparse cuts in expanders. *SIAM J. Comput.*, 41(2):300–320, 2012. "
        "Preliminary version in FOCS'09. [doi:10.1137/100000000]"
    )
    assert item["title"] == "Sparse cuts in expanders"
    assert item["issued"]["date-parts"][0][0] == 2012
    assert item["DOI"] == "10.1137/100000000"
    assert "FOCS" not in item.get("container-title", "")


def test_a_closing_note_after_the_year_is_no_second_title() -> None:
    text = "I. Marsh. Ergodic sums. Israel J. Math., 90(1):1–30, 1995. With an appendix by O. Reed."
    spans = spans_of(
        text,
        ("author", "I. Marsh."),
        ("title", "Ergodic sums."),
        ("journal", "Israel J. Math.,"),
        ("volume", "90"),
        ("issue", "(1):"),
        ("pages", "1–30,"),
        ("date", "1995."),
        ("title", "With an appendix by O. Reed."),
    )
    assert _labelled(note_after_year(spans, text))[-1] == ("note", "With an appendix by O. Reed.")


def test_two_references_run_together_keep_their_second_title() -> None:
    text = "J. Kim. Title one. Nature 12: 5. 2001. Title two. Science 3: 7. 2002."
    spans = spans_of(
        text,
        ("author", "J. Kim."),
        ("title", "Title one."),
        ("journal", "Nature"),
        ("volume", "12:"),
        ("pages", "5."),
        ("date", "2001."),
        ("title", "Title two."),
        ("journal", "Science"),
        ("volume", "3:"),
        ("pages", "7."),
        ("date", "2002."),
    )
    assert note_after_year(spans, text) is spans


# ---------------------------------------------------------------- to appear


def test_to_appear_in_closing_the_title() -> None:
    text = "G. Hart. Primes in gaps. To appear in Compositio Math., 2021."
    spans = spans_of(
        text, ("author", "G. Hart."), ("title", "Primes in gaps. To appear in Compositio Math.,"), ("date", "2021.")
    )
    assert _labelled(to_appear_in(spans, text))[1:3] == [("title", "Primes in gaps."), ("journal", "Compositio Math.")]


def test_to_appear_in_opening_the_journal() -> None:
    item = parse_reference("[Ha21] G. Hart. Primes in gaps. To appear in Journal of Number Theory, 2021.")
    assert item["title"] == "Primes in gaps"
    assert item["container-title"] == "Journal of Number Theory"


# ---------------------------------------------------------------- names in small capitals, closed by a colon


def test_names_in_capitals_end_at_their_colon() -> None:
    text = "HANNA ROSS AND ERIK MOE: *Random Walks on Groups*. Birkhäuser, 2001."
    spans = spans_of(
        text,
        ("author", "HANNA ROSS AND ERIK"),
        ("title", "MOE: *Random Walks on Groups*."),
        ("publisher", "Birkhäuser,"),
        ("date", "2001."),
    )
    assert _labelled(capitals_before_colon(spans, text))[:2] == [
        ("author", "HANNA ROSS AND ERIK MOE"),
        ("title", "*Random Walks on Groups*."),
    ]


def test_a_chapter_after_names_in_capitals() -> None:
    item = parse_reference(
        "[14] OTTO KLEIN: Martingales. In ANA LIMA AND JON PAZ, editors, *Probability on Trees*, "
        "pp. 10–40. Springer, 2004."
    )
    assert _families(item) == ["KLEIN"]
    assert item["title"] == "Martingales"
    assert [n["family"] for n in item["editor"]] == ["LIMA", "PAZ"]


def test_a_colon_after_one_capitalised_word_is_left_alone() -> None:
    text = "UNESCO: World report. Paris, 2010."
    spans = spans_of(text, ("author", "UNESCO:"), ("title", "World report."), ("location", "Paris,"), ("date", "2010."))
    assert capitals_before_colon(spans, text) is spans


# ---------------------------------------------------------------- unpublished works and web resources


def test_year_after_the_titles_last_comma_is_the_date() -> None:
    text = "K. Ames and L. Bo. Sieve bounds for shifted primes, II, 2019. Preprint."
    spans = spans_of(
        text,
        ("author", "K. Ames and L. Bo."),
        ("title", "Sieve bounds for shifted primes, II, 2019."),
        ("genre", "Preprint."),
    )
    assert _labelled(comma_year_closes_title(spans, text))[1:3] == [
        ("title", "Sieve bounds for shifted primes, II"),
        ("date", "2019."),
    ]


def test_a_title_with_a_date_elsewhere_keeps_its_year() -> None:
    text = "M. Carr. Census of prisons, 1850. Oxford, 2001."
    spans = spans_of(
        text, ("author", "M. Carr."), ("title", "Census of prisons, 1850."), ("location", "Oxford,"), ("date", "2001.")
    )
    assert comma_year_closes_title(spans, text) is spans


def test_words_announcing_an_address_go_into_no_field() -> None:
    item = parse_reference(
        "12 Nora Quist. The Atlas of Finite Groups. Available electronically at http://atlas.example.org."
    )
    assert item["title"] == "The Atlas of Finite Groups"
    assert item["URL"] == "http://atlas.example.org"


def test_a_word_run_into_translation_is_no_other_edition() -> None:
    text = "E. Noll: Title, Nachr. Akad. Wiss. 2 (1918). (Englishtranslation in Transp. Th. 1 (1971))"
    spans = spans_of(text, ("author", "E. Noll:"), ("title", "Title,"), ("journal", "Nachr. Akad. Wiss."))
    assert other_edition_apart(spans, text) is spans


def test_a_journal_article_keeps_the_year_inside_its_title() -> None:
    text = "A. Roe. Report no. 7: Floods in Lund, 2002. Disaster Med. 2007;22(1): 86-88."
    spans = spans_of(
        text,
        ("author", "A. Roe."),
        ("title", "Report no. 7: Floods in Lund, 2002."),
        ("journal", "Disaster Med."),
        ("volume", "2007;22"),
        ("issue", "(1):"),
        ("pages", "86-88."),
    )
    assert comma_year_closes_title(spans, text) is spans
