"""Forms of computational-linguistics reference lists as the ACL's and the ACM's BibTeX styles print
them (``acl_real.jsonl``): a proceedings' named volume inside its title, the ACM's short meeting
name after it, natbib's ``Place, Region. Publisher.``, ``Curran Associates, Inc.`` and names whose
last word looks like a particle. The examples are written for these tests."""

from __future__ import annotations

from biblio.parse import parse_reference
from biblio.parse.mends.imprints import place_before_publisher, region_after_place
from biblio.parse.mends.proceedings import part_in_proceedings_title, series_after_proceedings
from biblio.parse.normalisers.names import names_from_span

from .test_assemble import spans_of
from .test_mends_humanities import labelled


def test_named_volume_after_comma_stays_in_the_proceedings_title() -> None:
    text = (
        "Ana Ortiz and Li Wei. 2021. Parsing tweets. In Proceedings of the 2021 Conference of the Asian "
        "Chapter, Volume 2 (Short Papers), pages 10–18, Kyoto, Japan. Association for Computational Linguistics."
    )
    spans = spans_of(
        text,
        [
            ("author", "Ana Ortiz and Li Wei."),
            ("date", "2021."),
            ("title", "Parsing tweets."),
            ("container-title", "In Proceedings of the 2021 Conference of the Asian Chapter,"),
            ("volume", "Volume 2 ("),
            ("collection-title", "Short Papers),"),
            ("pages", "pages 10–18,"),
        ],
    )
    mended = labelled(part_in_proceedings_title(spans, text))
    assert (
        "container-title",
        "In Proceedings of the 2021 Conference of the Asian Chapter, Volume 2 (Short Papers)",
    ) in mended
    assert not any(label in ("volume", "collection-title") for label, _ in mended)
    assert ("pages", "pages 10–18,") in mended


def test_bracketed_named_volume_stays_in_the_title_and_the_rest_is_the_imprint() -> None:
    text = (
        "Sam Roy. 2020. Short texts. In Proceedings of the 58th Annual Meeting (Volume 3: System Demonstrations), "
        "Lyon, France. Association for Computational Linguistics."
    )
    spans = spans_of(
        text,
        [
            ("author", "Sam Roy."),
            ("date", "2020."),
            ("title", "Short texts."),
            ("container-title", "In Proceedings of the 58th Annual Meeting"),
            ("date", "("),
            ("volume", "Volume 3:"),
            ("publisher", "System Demonstrations), Lyon, France. Association for Computational Linguistics."),
        ],
    )
    mended = labelled(part_in_proceedings_title(spans, text))
    assert mended[3:] == [
        ("container-title", "In Proceedings of the 58th Annual Meeting (Volume 3: System Demonstrations)"),
        ("publisher", "Lyon, France. Association for Computational Linguistics."),
    ]


def test_a_journal_volume_is_left_alone() -> None:
    text = "Ana Ortiz. 2019. Tagging. Journal of Language, Volume 4 (Special Issue), 1–9."
    spans = spans_of(
        text,
        [
            ("author", "Ana Ortiz."),
            ("date", "2019."),
            ("title", "Tagging."),
            ("journal", "Journal of Language,"),
            ("volume", "Volume 4"),
        ],
    )
    assert part_in_proceedings_title(spans, text) == spans


def test_acm_short_meeting_name_closes_the_proceedings_title() -> None:
    text = (
        "Kim Lee. 2012. Ranking pages. In Proceedings of the 21st International Conference on Information "
        "Retrieval, SIGIR ’12, page 55–64, New York, NY, USA. Association for Computing Machinery."
    )
    spans = spans_of(
        text,
        [
            ("author", "Kim Lee."),
            ("date", "2012."),
            ("title", "Ranking pages."),
            (
                "container-title",
                "In Proceedings of the 21st International Conference on Information Retrieval, SIGIR ’",
            ),
            ("pages", "12, page 55–64,"),
        ],
    )
    mended = labelled(series_after_proceedings(spans, text))
    assert mended[3:] == [
        ("container-title", "In Proceedings of the 21st International Conference on Information Retrieval, SIGIR ’12"),
        ("pages", "page 55–64,"),
    ]


def test_acm_short_meeting_name_inside_the_title_is_left_alone() -> None:
    text = "Kim Lee. 2012. Ranking pages. In Proceedings of the Conference on Retrieval, SIGIR ’12, page 55–64."
    spans = spans_of(
        text,
        [
            ("author", "Kim Lee."),
            ("date", "2012."),
            ("title", "Ranking pages."),
            ("container-title", "In Proceedings of the Conference on Retrieval, SIGIR ’12,"),
            ("pages", "page 55–64."),
        ],
    )
    assert series_after_proceedings(spans, text) == spans


def test_address_then_publisher_divides_at_the_full_stop() -> None:
    text = "Title. In Proceedings of X, pages 1–9, Lisbon, Portugal. European Language Resources Association."
    spans = spans_of(
        text,
        [
            ("title", "Title."),
            ("container-title", "In Proceedings of X,"),
            ("pages", "pages 1–9,"),
            ("publisher", "Lisbon, Portugal. European Language Resources Association."),
        ],
    )
    assert labelled(place_before_publisher(spans, text))[-2:] == [
        ("location", "Lisbon, Portugal"),
        ("publisher", "European Language Resources Association."),
    ]


def test_region_cut_from_the_place_returns_to_it() -> None:
    text = "Title. In Proceedings of X, pages 1–9, Denver, Colorado. Association for Computing Machinery."
    for place, rest in (
        ("Denver", ", Colorado. Association for Computing Machinery."),
        ("Denver,", "Colorado. Association for Computing Machinery."),
    ):
        spans = spans_of(
            text,
            [
                ("title", "Title."),
                ("container-title", "In Proceedings of X,"),
                ("pages", "pages 1–9,"),
                ("location", place),
                ("publisher", rest),
            ],
        )
        assert labelled(region_after_place(spans, text))[-2:] == [
            ("location", "Denver, Colorado"),
            ("publisher", "Association for Computing Machinery."),
        ]


def test_place_then_publisher_without_a_region_is_left_alone() -> None:
    text = "Title. Oxford, Blackwell Publishing."
    spans = spans_of(text, [("title", "Title."), ("location", "Oxford,"), ("publisher", "Blackwell Publishing.")])
    assert region_after_place(spans, text) == spans


def test_company_form_closes_the_publisher_name() -> None:
    text = "Title. In Advances in Learning, volume 12. Morgan Kaufmann Publishers, Inc."
    spans = spans_of(
        text,
        [
            ("title", "Title."),
            ("container-title", "In Advances in Learning,"),
            ("volume", "volume 12."),
            ("publisher", "Morgan Kaufmann Publishers, Inc."),
        ],
    )
    assert place_before_publisher(spans, text) == spans


def test_particle_word_closing_a_given_first_name_is_the_family() -> None:
    assert names_from_span("Thanh Do, Ana Ortiz, and Li Wei.")[0] == {"family": "Do", "given": "Thanh"}
    assert names_from_span("Ana Ortiz, Bao Q Le.")[-1] == {"family": "Le", "given": "Bao Q"}
    # an inverted name that a particle opens is still one family name
    assert names_from_span("Van Dyke, Anna")[0] == {"family": "Van Dyke", "given": "Anna"}


def test_acl_reference_end_to_end() -> None:
    item = parse_reference(
        "Ana Ortiz and Li Wei. 2022. Cross-lingual parsing with few labels. In Proceedings of the 60th Annual "
        "Meeting of the Association for Computational Linguistics (Volume 1: Long Papers), pages 101–112, "
        "Dublin, Ireland. Association for Computational Linguistics."
    )
    assert item["container-title"].endswith("(Volume 1: Long Papers)")
    assert "volume" not in item
    assert item["publisher-place"] == "Dublin, Ireland"
    assert item["publisher"] == "Association for Computational Linguistics"
    assert item["page"] == "101-112"


def test_year_repeated_after_a_short_venue_is_no_page() -> None:
    # natbib's author-year styles print the year again after a bare venue: "In NIPS, 2019."
    item = parse_reference("Holm, Karin, and Omar Diaz. 2019. Sparse parsing at scale. In NAACL, 2019.")
    assert item["container-title"] == "NAACL"
    assert item["issued"] == {"date-parts": [[2019]]}
    assert "page" not in item
    # a different number there stays the page it is
    other = parse_reference('Holm, Karin. 2001. "A Chapter." In The Book, edited by Sam Roe, 1995.')
    assert other["page"] == "1995"
