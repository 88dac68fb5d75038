"""Chicago's collaborators read apart before parsing (mends/contributors.collaborators_apart): the phrase goes to
the note, the text around it closes up; a title's own sentence or co-authors in the author's place stay."""

from __future__ import annotations

from biblio.parse.mends.contributors import collaborators_apart


def test_a_bibliography_s_collaborators_sentence_is_read_apart() -> None:
    text = "Obama, Barack. A Promised Land. With Sarah Hurwitz and Cody Keenan. New York: Crown, 2020."
    assert collaborators_apart(text) == (
        "Obama, Barack. A Promised Land. New York: Crown, 2020.",
        "With Sarah Hurwitz and Cody Keenan",
    )


def test_a_note_s_collaborators_before_the_facts_are_read_apart() -> None:
    text = "Barack Obama, A Promised Land, with Sarah Hurwitz and Cody Keenan (New York: Crown, 2020), 44."
    assert collaborators_apart(text) == (
        "Barack Obama, A Promised Land (New York: Crown, 2020), 44.",
        "with Sarah Hurwitz and Cody Keenan",
    )


def test_a_title_s_sentence_and_co_authors_stay() -> None:
    for text in (
        "Smith, Ann. Letters Home. With Love From Paris. New York: Crown, 2020.",  # no person's given name
        "Fyson, Donald, with Laura Winer and Yves M. Giroux. Teaching with technology. Montréal: CRÉPUQ, 2001.",
        "Brown, Lee. With Mary Smith. New York: Crown, 2020.",  # no title before it
    ):
        assert collaborators_apart(text) == (text, None)
