"""The CSL 1.0.2 data model: item types and variables, shared by every format."""

from __future__ import annotations

# Item types and variables of the CSL 1.0.2 data model.
TYPES = frozenset("""
article article-journal article-magazine article-newspaper bill book broadcast chapter classic collection
dataset document entry entry-dictionary entry-encyclopedia event figure graphic hearing interview legal_case
legislation manuscript map motion_picture musical_score pamphlet paper-conference patent performance
periodical personal_communication post post-weblog regulation report review review-book software song
speech standard thesis treaty webpage""".split())
NAME_VARIABLES = frozenset("""
author chair collection-editor compiler composer container-author contributor curator director editor
editorial-director executive-producer guest host interviewer illustrator narrator organizer original-author
performer producer recipient reviewed-author script-writer series-creator translator""".split())
DATE_VARIABLES = frozenset("accessed available-date event-date issued original-date submitted".split())
STANDARD_VARIABLES = frozenset("""
abstract annote archive archive_collection archive_location archive-place authority call-number
chapter-number citation-number citation-label collection-number collection-title container-title
container-title-short dimensions division DOI edition event event-title event-place
first-reference-note-number genre ISBN ISSN issue jurisdiction keyword locator medium note number
number-of-pages number-of-volumes original-publisher original-publisher-place original-title page
page-first part part-title PMCID PMID printing publisher publisher-place references reviewed-genre
reviewed-title scale section source status supplement title title-short URL version volume volume-title
volume-title-short year-suffix""".split())
# Variables the schema allows as a number as well as a string.
NUMBER_VARIABLES = frozenset("""
chapter-number citation-number collection-number edition first-reference-note-number issue locator number
number-of-pages number-of-volumes page page-first part printing supplement volume""".split())
STRING_KEYS = frozenset("citation-key language journalAbbreviation shortTitle".split())
OTHER_KEYS = frozenset("type id citation-key categories language journalAbbreviation shortTitle custom".split())
KNOWN_KEYS = NAME_VARIABLES | DATE_VARIABLES | STANDARD_VARIABLES | OTHER_KEYS
