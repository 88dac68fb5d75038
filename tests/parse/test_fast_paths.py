"""Shortcuts taken for speed answer exactly as the regexes they stand for.

Word sets judge a text word by word instead of searching it with a long alternation; some
end-anchored searches look only at the text's end; identifier and sentence scans skip text that
cannot hold what they look for.  Each is compared here with the plain regex on ordinary and awkward
text (case folding beyond ASCII, underscores, digits, hyphens, long runs).
"""

from __future__ import annotations

import re

from biblio.parse.normalisers import names
from biblio.parse.readers.apa import authors
from biblio.parse.readers.apa.identifiers import (
    _ANGLE_URL,
    _DOI_BARE,
    _DOI_LABEL,
    _DOI_URL,
    _URL,
    extract_identifiers,
)
from biblio.parse.text import WordSet, sentence_end

TEXTS = [
    "",
    "Smith, J. A., Jones, M., & van der Berg, K. L.",
    "World Health Organization",
    "THE ROYAL SOCIETY OF CHEMISTRY",
    "Institut für Sozialforschung; Universität Wien",
    "ſtate Commiſſion",  # long s folds to "s" under re.I
    "\u212aommission",  # a Kelvin sign folds to "k"
    "İnternational Bank",  # dotted capital I
    "foo_the bar-of 1the the1 _and",
    "Encyclopædia Britannica, Dictionaries",
    "Doe JA, Roe B, et al.",
    "Smith, J. (Ed.) and others",
    "Müller, H. (Hrsg.), u. a.",
    "Tulving, Endel, and Fergus I. M. Craik, editor-in-chief",
    "Compiladora: Ana Pérez",
    "“Title” and “Other”",
]


def test_word_sets_answer_as_their_regex() -> None:
    function_words = re.compile(r"\b(?:and|the|of|for|on)\b", re.I)
    for text in TEXTS:
        assert names.has_org_word(text) == bool(names.ORG_WORDS.search(text)), text
        proper = bool(names.ORG_WORDS.search(function_words.sub("", text)))
        assert names.has_org_name_word(text) == proper, text
        hint = bool(names._ROLE_HINT_MARK.search(text) or names._ROLE_HINT_WORD.search(text))
        assert hint == bool(names._ROLE_HINT.search(text)), text


def test_word_set_keeps_bounded_verdicts() -> None:
    words = WordSet(r"press|universit\w*", re.I)
    words._verdicts.MAX_KEPT = 3
    for text in ["Oxford University Press", "a b c d e f", "PRESS"]:
        assert words.search(text) == bool(re.search(r"\b(?:press|universit\w*)\b", text, re.I))
    assert len(words._verdicts) <= 3
    assert words.words_in("Oxford University Press") == ["University", "Press"]


def test_author_role_looks_at_the_end_only_where_that_is_exact() -> None:
    for text in TEXTS + [
        "Smith, J. , , , , , , , , , , , , , , , , , , , , , , , , , , , , , (Eds.)",
        "Doe, J. (Executive Producers).",
        "Doe, J., ed.",
        "Doe, J. (Director)" + " ," * 30,
    ]:
        plain = authors._ROLE.search(text)
        fast = authors._role(text)
        assert (plain and plain.span()) == (fast and fast.span()), text


def test_identifiers_skip_only_text_without_them() -> None:
    for text in [
        "Smith, J. (2020). Title. Journal, 1(2), 3-4.",
        "See DOİ.ORG/10.1234/abc for it.",
        "WWW.EXAMPLE.ORG/page and HTTPS://x.org/y",
        "doi: 10.1000/182. Retrieved from http://example.org",
        "<https://doi.org/10.1000/xyz>",
    ]:
        found = [[m.span() for m in rx.finditer(text)] for rx in (_ANGLE_URL, _DOI_URL, _DOI_LABEL, _URL, _DOI_BARE)]
        rest, fields = extract_identifiers(text)
        if not any(found):
            assert (rest, fields) == (text, {})
        else:
            assert fields, text


def test_sentence_end_skips_to_the_characters_that_matter() -> None:
    s = "Smith, J. A. (2020). “Dr. House.” In *Title. Part* (pp. 1-2). Press."
    ends = []
    start = 0
    while (end := sentence_end(s, start)) > 0 and end < len(s):
        ends.append(end)
        start = end
    assert [s[:e].rstrip()[-1] for e in ends] == [".", "”", ".", "."]
