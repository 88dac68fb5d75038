"""Finding the reference section: headings, ToC entries, headless runs, where it stops."""

from __future__ import annotations

import pytest

from biblio.references.finder import Section, find_reference_section, find_reference_sections, normalise_heading

REF1 = "Smith, J. (2020). *A book about things*. Press."
REF2 = "Doe, A., & Roe, R. (2019). An article. *Journal of Stuff*, *3*(2), 1–9."
REF3 = "World Health Organization. (2018). *Global report*. WHO."
REFS = f"{REF1}\n\n{REF2}\n\n{REF3}"
PROSE = (
    "This essay argues that things matter, and that they have mattered for a long time. "
    "It draws on a number of sources, some old and some new, to make that case."
)


def doc(heading: str, after: str = "") -> str:
    return f"# My essay\n\n{PROSE}\n\n{PROSE}\n\n{heading}\n\n{REFS}\n{after}"


def found(text: str) -> Section:
    section = find_reference_section(text)
    assert section is not None
    return section


@pytest.mark.parametrize("heading", [
    "# References", "## References", "### Bibliography", "## Works Cited", "## Sources", "## Literature Cited",
    "## Notes and References", "## References and Further Reading", "## Reference List", "## Further Reading",
    "## Cited Works", "## Literatur", "## Références", "## Bibliografía", "## Literaturverzeichnis",
    "## Список литературы", "## 参考文献", "## References {#refs}", "## References ##",
    "References\n----------", "Bibliography\n============",
    "References", "References:", "REFERENCES", "7. References", "VII. Bibliography", "7 References",
    "**References**", "__References__", "**References:**", "*Works Cited*", "<h2>References</h2>",
    "References & Further Reading", "Works cited", "Chapter 9: Bibliography",
    # "Further reading" in Italian, French, Spanish and Portuguese
    "# Per approfondire", "## Pour aller plus loin", "## Lecturas recomendadas", "## Leituras complementares",
])
def test_heading_styles(heading: str) -> None:
    section = found(doc(heading))
    assert section.text == REFS
    assert section.heading is not None
    assert normalise_heading(section.heading) == normalise_heading(heading.split("\n")[0])


def test_line_numbers_are_one_based_and_inclusive() -> None:
    text = doc("## References")
    section = found(text)
    lines = text.split("\n")
    assert lines[section.start_line - 1] == REF1
    assert lines[section.end_line - 1] == REF3
    assert "\n".join(lines[section.start_line - 1: section.end_line]) == section.text
    assert section.heading == "References"


def test_plain_heading_right_above_the_list() -> None:
    text = f"{PROSE}\n\nReferences\n{REF1}\n{REF2}\n"
    assert found(text).text == f"{REF1}\n{REF2}"


def test_word_references_inside_prose_is_not_a_heading() -> None:
    text = f"{PROSE}\nReferences\nare cited below.\n\n{REFS}\n"
    section = found(text)
    assert section.heading is None and section.text == REFS  # found headless instead


def test_last_heading_wins_over_a_table_of_contents() -> None:
    toc = "Contents\n\n1. Introduction\n\n2. Methods\n\nReferences\n\nAppendix A"
    text = f"{toc}\n\n# Introduction\n\n{PROSE}\n\n# References\n\n{REFS}\n"
    section = found(text)
    assert section.text == REFS and section.heading == "References"


def test_markdown_toc_with_links() -> None:
    toc = "- [Introduction](#introduction)\n- [References](#references)"
    text = f"{toc}\n\n## Introduction\n\n{PROSE}\n\n## References\n\n{REFS}\n"
    assert found(text).text == REFS


def test_an_empty_later_heading_does_not_win() -> None:
    text = f"## References\n\n{REFS}\n\n## Appendix\n\nSee the references above.\n\nReferences\n"
    assert found(text).text == REFS


def test_consecutive_reference_headings_are_sections_in_order() -> None:
    more = "Jones, K. (2001). *Further things*. Press."
    text = f"{PROSE}\n\n## References\n\n{REFS}\n\n## Further reading\n\n{more}\n"
    sections = find_reference_sections(text)
    assert [(s.heading, s.text) for s in sections] == [("References", REFS), ("Further reading", more)]


def test_a_lower_level_reference_heading_is_a_subgrouping() -> None:
    more = "Jones, K. (2001). *Further things*. Press."
    text = f"{PROSE}\n\n## References\n\n{REFS}\n\n### Further reading\n\n{more}\n"
    sections = find_reference_sections(text)
    assert [(s.heading, s.text) for s in sections] == [("References", f"{REFS}\n\n### Further reading\n\n{more}")]


@pytest.mark.parametrize("after", [
    "\n## Appendix\n\nTable 1 shows the results of the survey.\n",
    "\nAppendix A: Survey questions\n\nWhat do you think?\n",
    "\nAcknowledgements\n\nWe thank our colleagues.\n",
    "\n**About the author**\n\nJane writes about things.\n",
    "\n# Another chapter\n\nMore text.\n",
    "\n## Discussion\n\nMore text.\n",
    "\n---\n\nJane Doe is a writer who lives in the city. Follow her on the web.\n",
    "\n* * *\n\nThanks for reading! Leave a comment below.\n",
    "\n[^1]: A footnote about something.\n",
    "\nNotes\n\n1. A note.\n",
    "\n---\n\n*Jane Doe is a writer based in London.*\n",
    "\nExternal links\n\n- Official website\n",
    "\n## See also\n\n- Other things\n",
    "\nShare this:\n\nTwitter\n",
])
def test_section_stops(after: str) -> None:
    assert found(doc("## References", after)).text == REFS


def test_lower_level_subheadings_are_kept() -> None:
    refs = f"### Primary sources\n\n{REF1}\n\n### Secondary sources\n\n{REF2}"
    text = f"{PROSE}\n\n## References\n\n{refs}\n\n## Appendix\n\nx\n"
    assert found(text).text == refs


def test_subheading_under_a_plain_heading_is_kept_when_references_follow() -> None:
    refs = f"## Books\n\n{REF1}\n\n## Articles\n\n{REF2}"
    text = f"{PROSE}\n\nBibliography\n\n{refs}\n"
    assert found(text).text == refs


def test_rule_followed_by_references_does_not_stop() -> None:
    refs = f"{REF1}\n\n---\n\n{REF2}"
    assert found(f"{PROSE}\n\n## References\n\n{refs}\n").text == refs


def test_headings_in_code_blocks_are_ignored() -> None:
    text = f"## References\n\n{REFS}\n\n```\n## References\nnot a reference\n```\n"
    assert found(text).text.startswith(REF1)


def test_headless_run_at_the_end() -> None:
    text = f"# Title\n\n{PROSE}\n\n{PROSE}\n\n{REFS}\n"
    section = found(text)
    assert section.heading is None and section.text == REFS
    assert section.start_line == 7


def test_headless_needs_two_references_in_a_document() -> None:
    assert find_reference_section(f"{PROSE}\n\n{PROSE}\n\n{REF1}\n") is None


@pytest.mark.parametrize("text", [
    f"{REF1}\n",
    f"{REF1}\n{REF2}\n{REF3}\n",
    f"[1] {REF1}\n[2] {REF2}\n",
    f"1. {REF1}\n2. {REF2}\n",
    "https://doi.org/10.1000/abc\n\nhttps://doi.org/10.1000/def\n",
    f"{REF1}\n\n<https://example.org/a>\n\n{REF2}\n",
])
def test_pasted_lists_are_all_references(text: str) -> None:
    section = found(text)
    assert section.heading is None and section.text == text.strip()


def test_pasted_list_with_an_entry_lacking_a_year() -> None:
    weak = "Anonymous, A. *The song of things*. Old Press."
    text = f"{weak}\n\n{REF1}\n\n{REF2}\n"
    assert found(text).text == text.strip()


def test_headless_run_with_url_paragraphs() -> None:
    text = f"{PROSE}\n\n{REF1}\n\n<https://example.org/a>\n\n{REF2}\n\nhttps://doi.org/10.1/x\n"
    assert found(text).text.startswith(REF1)


def test_headless_run_starts_at_a_clear_reference() -> None:
    weak = "Brown, B. Something or other."
    text = f"{PROSE}\n\n{weak}\n\n{REF1}\n\n{REF2}\n"
    assert found(text).text == f"{REF1}\n\n{REF2}"


# "Pour aller plus loin" (further reading) heads to-do lists as often as reading lists: no references, no section
_NEXT_STEPS = ("## Pour aller plus loin\n\n- Remplacer les blocs `.apropos__media` par une vraie photo de l'équipe.\n"
               "- Ajouter Firebase Hosting pour publier le site (`firebase init hosting` puis `firebase deploy`).\n")


@pytest.mark.parametrize("text", ["", "   \n\n \n", PROSE, f"{PROSE}\n\n{PROSE}\n", "References\n", _NEXT_STEPS])
def test_nothing_found(text: str) -> None:
    assert find_reference_section(text) is None


def test_a_heading_with_a_list_of_non_apa_references() -> None:
    refs = "Smith, John. The Book. Press.\nDoe, Jane. Another Book. Press."
    assert found(f"{PROSE}\n\n## Bibliography\n\n{refs}\n").text == refs


def test_huge_document_is_fast() -> None:
    import time

    body = (PROSE + "\n\n") * 20000  # ~3.5 MB
    text = f"{body}## References\n\n" + (REF1 + "\n\n") * 5000
    start = time.perf_counter()
    section = found(text)
    assert time.perf_counter() - start < 20
    assert section.text.count(REF1) == 5000


def test_normalise_heading() -> None:
    assert normalise_heading("**7.2 RÉFÉRENCES :**") == "references"
    assert normalise_heading("References & Further Reading") == "references and further reading"


def test_notes_before_a_bibliography() -> None:
    text = f"Text.\n\nNotes\n\n1. John Smith, *Things* (London: Press, 2020), 12.\n\nBibliography\n\n{REFS}\n"
    section = found(text)
    assert section.heading == "Bibliography" and section.text == REFS


def test_section_stops_where_body_text_resumes() -> None:
    # A plain heading has no level to end it; two long prose paragraphs in a row do.
    text = f"{PROSE}\n\nReferences\n\n{REFS}\n\n{PROSE * 2}\n\n{PROSE * 2}\n"
    assert found(text).text == REFS


def test_annotated_bibliography_keeps_its_annotations() -> None:
    refs = f"{REF1}\n\n{PROSE * 2}\n\n{REF2}\n\n{PROSE * 2}"
    assert found(f"{PROSE}\n\n## Annotated Bibliography\n\n{refs}\n").text == refs
