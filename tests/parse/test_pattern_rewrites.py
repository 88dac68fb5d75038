"""Patterns rewritten for speed, and the cheap tests put before others, answer exactly as before.

A pattern whose first item is a look behind (or a case-blind letter) makes the regex engine try it
at every character; moved past the first character, the pattern opens on a class the engine skips
to.  A plain test of a mark every match holds lets most text skip a search.  Each is compared here
with the pattern it stands for, on ordinary references and on random text built from the characters
that matter to it (spaces of every kind, brackets, digits, letters that fold to ASCII under
case-blind matching).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from biblio.parse import input_text, text
from biblio.parse.features import numbers
from biblio.parse.normalisers import edition, names
from biblio.parse.readers.lncs import style as lncs_style
from biblio.parse.review import misfits, signals
from biblio.parse.review.uncovered import words_of

REFERENCES = [
    "Smith , J . ( 2010 ) . Title : subtitle . *Journal* , 12 ( 3 ) , 45 - 67 .",
    "Doe, J., Roe, R., et al. (2019). A title [Dataset]. Zenodo. https://doi.org/10.5281/zenodo.1",
    "Müller, H. (Hrsg.), u. a. Geschichte. 22. Auflage. München: Beck, 1999.",
    "Lee K, Park S, and others. Title (2nd edn). London: Sage; 2001. p. 1\u201310.",
    "A. Author, \u201cTitle,\u201d in Proc. Conf., 2015, pp. 1\u20139. Accessed: Jan. 2, 2020. [Online].",
    "&amp; \u00a0soft\u00adhyphen  ( 1999 ) ,  ``quoted''  _italic_ <i>it</i> **bold**",
    "Ann. Phys. 303, 2 (2003); 1850-1999 and 20000 and 2021a and \u0661\u0669\u0669\u0669",
    "",
]


def texts(alphabet: list[str], seed: int, count: int = 4000, longest: int = 10) -> Iterator[str]:
    yield from REFERENCES
    rnd = random.Random(seed)
    for _ in range(count):
        yield "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest)))


SPACES = [" ", "  ", "\t", "\n", "\u00a0", "\x1c"]


def spans(pattern: re.Pattern[str], s: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(s)]


def test_spacing_patterns_match_where_they_did() -> None:
    before = re.compile(r"(?<=\S)\s+,(?=\s|$)|(?<=[^\s.\d])\s+\.(?!\s*\.)(?=\s|$)|(?<=\d)\s+\.(?!\s*[.\d])(?=\s|$)")
    inside = re.compile(r"(?<=[(\[])\s+(?=[^\s)\]])|(?<=[^\s(\[])\s+(?=[)\]])")
    spaced = re.compile(r"\s[,.)\]]|[(\[]\s")
    noisy = re.compile(r"[^\x00-\x7f]|&|-\s|\s[,;.)\]]|[(\[]\s|``")
    alphabet = [*SPACES, ".", ",", ";", "(", ")", "[", "]", "-", "a", "1", "&", "`", "\u00e9"]
    for s in texts(alphabet, 1):
        assert spans(before, s) == spans(input_text._SPACE_BEFORE, s), repr(s)
        assert spans(inside, s) == spans(input_text._SPACE_IN_BRACKETS, s), repr(s)
        assert bool(spaced.search(s)) == bool(input_text._SPACED_PUNCTUATION.search(s)), repr(s)
        quick = not s.isascii() or "&" in s or "``" in s or bool(input_text._SPACED_MARKS.search(s))
        assert bool(noisy.search(s)) == quick, repr(s)


def test_years_are_found_as_before() -> None:
    year = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
    alphabet = ["0", "1", "2", "5", "8", "9", " ", "a", "(", "-", "\u0661"]
    for s in texts(alphabet, 2, longest=14):
        assert year.findall(s) == signals._YEAR.findall(s), repr(s)
        a, b = year.search(s), signals._YEAR.search(s)
        assert (a and a.span()) == (b and b.span()), repr(s)
        assert bool(year.fullmatch(s)) == bool(signals._YEAR.fullmatch(s)), repr(s)


def test_words_of_lower_case_text() -> None:
    for s in texts(["a", "Z", "9", "_", " ", "-", "\u00e9", "\u212a", "\u0130", "\u00df"], 3):
        low = s.lower()
        assert words_of(low) == re.findall(r"[^\W_]+", low), repr(s)


def test_closing_et_al_is_dropped_as_before() -> None:
    alphabet = ["et", "al", " ", ".", ",", ")", "]", "ET", "Al", "and", "others", "u.", "a", "alii", "coll", "x"]
    alphabet += ["\t", "\n", "\x1c", ";", ":", "(", "\u0130", "\u017f"]
    for s in texts(alphabet, 4, longest=8):
        assert names.drop_etal(s) == names._ETAL_ANY.sub("", s), repr(s)


def test_split_and_italic_patterns_answer_as_before() -> None:
    parts = re.compile(r"[.,;:]\s+|\s+[-\u2013\u2014]\s+")
    separators = re.compile(r"[,;&]|\band\b")
    html_em = re.compile(r"<\s*(italic|i|em)\s*>(.*?)<\s*/\s*\1\s*>", re.I | re.S)
    md_em = re.compile(r"(?<![\w*\\])(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w*])")

    def italics(s: str) -> str:
        s = html_em.sub(lambda m: text.IT_OPEN + m.group(2) + text.IT_CLOSE, s)
        # (a run of marks alone, "U.S. ___ (2015)", is a blank to fill, no emphasis)
        return md_em.sub(lambda m: m.group(0) if not m.group(2).strip("*_") else f"\ue000{m.group(2)}\ue001", s)

    alphabet = [*SPACES, ".", ",", ";", ":", "-", "\u2013", "and", "band", "andy", "a", "nd", "&", "x"]
    alphabet += ["_", "*", "<i>", "</i>", "\u00e9"]
    for s in texts(alphabet, 5):
        assert parts.split(s) == misfits._PARTS.split(s), repr(s)
        assert separators.split(s) == names._PART_SEPARATOR.split(s), repr(s)
        assert italics(s) == text.mark_italics(s), repr(s)


def test_closing_year_is_found_as_before() -> None:
    year = r"(?:1[5-9]\d\d|20\d\d)"
    closing = re.compile(rf"\(\s*{year}[a-z]?\s*\)|(?P<web>accessed\b)", re.I)
    alphabet = ["(", ")", " ", "1999", "2020", "a", "A", "ccessed", "ACCESSED", "x", "\u017f", "\u212a", "\u0130"]
    for s in texts(alphabet, 6, longest=8):
        for pos in (0, max(0, len(s) - 5)):
            a, b = closing.search(s, pos), lncs_style._CLOSING.search(s, pos)
            assert (a and a.span()) == (b and b.span()), repr(s)
            assert bool(a and a.group("web")) == bool(b and b.group("web")), repr(s)


def edition_apart_searching_all(item: dict[str, object]) -> None:
    """``edition.edition_apart`` as it was: every pattern searched in every value."""
    for var, closing in (
        ("title", edition._CLOSING_AUFLAGE),
        ("publisher", edition._CLOSING_AUFLAGE),
        ("title", edition._CLOSING_BRACKETED),
    ):
        value = item.get(var)
        if not isinstance(value, str) or (m := closing.search(value)) is None or m.start() == 0:
            continue
        item[var] = value[: m.start()].rstrip()
        item.setdefault("edition", edition.edition_from_span(m["num"]) or m["num"])


def test_edition_statements_are_taken_as_before() -> None:
    titles = ["Title (2nd edn)", "Title (second edition) ", "Werk, 22. Auflage", "Plain title", "(3rd ed.)", "A (b)"]
    for title in titles:
        for publisher in ["Beck, 3. Aufl.", "Sage", "Press (2nd edn)"]:
            item: dict[str, object] = {"title": title, "publisher": publisher}
            expected = dict(item)
            edition.edition_apart(item)
            edition_apart_searching_all(expected)
            assert item == expected, (title, publisher)


def test_role_words_and_roman_numerals_are_found_as_before() -> None:
    role_words = ["ed", "eds", ".", " ", "Editor", "EDITED", "by", "trans", "hrsg", "hg", "x", "\u0130", "\u017f"]
    for s in texts([*role_words, "translated", "s", "|"], 7, longest=8):
        assert signals._names_role(s) == bool(signals._ROLE_IN_VALUE.search(s)), repr(s)
    for s in texts(list("ivxlcdmIVXLCDMab1\n\u0130\u0131"), 8, longest=6):
        if numbers._ROMAN.match(s):
            assert numbers._may_be_roman(s), repr(s)


def test_mend_first_looks_pass_every_match() -> None:
    """The mends' first looks hold wherever their patterns match; the DIN imprint's matched stop gives the
    groups its looked-behind stop gave; the month test by bytes answers as the runs of letters did."""
    from biblio.parse.mends import colon_names, glued_in, lower_publishers, nlm_imprints, worded_dates

    din = [colon_names._IMPRINT_AT_END, colon_names._PLACE_YEAR_AT_END]
    # (the sources as written: the stop's class, its escapes unread, then the rest)
    behind = [re.compile("(?<=" + p.pattern[: p.pattern.index("]") + 1] + ")" + p.pattern[p.pattern.index("]") + 1 :])
              for p in din]
    runs = re.compile(r"[a-z]{3,}")
    alphabet = [*SPACES[:3], ".", "»", ":", ",", "(", ")", "In", "Oct", "Mai", " 25", "2016", "Berlin", "Wiley",
                "sage", "Mar", "a", "A", "S. 1", ";", "pp. 3", "\u0130"]
    for s in texts(alphabet, 7, count=2000, longest=14):
        for new, old in zip(din, behind, strict=True):
            m, o = new.search(s), old.search(s)
            assert (m and m.groupdict(), m and m.regs[1:]) == (o and o.groupdict(), o and o.regs[1:]), repr(s)
        if nlm_imprints._CLOSING.search(s):
            assert nlm_imprints._DATE_CLOSES.search(s), repr(s)
        if glued_in._GLUED_IN.search(s):
            assert glued_in._GLUED.search(s), repr(s)
        if lower_publishers._LOWER_TAIL.search(s):
            assert lower_publishers._STOP_SPACE.search(s), repr(s)
        if s.isascii():
            low = s.lower()
            assert worded_dates.names_a_month(s) == any(w in worded_dates.MONTHS for w in runs.findall(low)), repr(s)


def test_worded_date_looks_back_only_where_a_note_or_month_can_close() -> None:
    """The access or update note and the month before a date's month are searched for only where the text before
    it closes on a mark such a match closes on (``worded_dates._closes_on``); the month's name is judged once."""
    from biblio.parse.mends import worded_dates as w
    from biblio.parse.normalisers.dates import ACCESS_LEAD

    leads = [*re.findall(r"[^\W\d_]{2,}", ACCESS_LEAD.replace(r"\s", " ")), "consulté", "hämtad", "erişim", "acesso",
             "acessado", "consultata", "ultima", "citováno", "dostęp", "diakses", "дата обращения", "ДАТА ЗВЕРНЕННЯ"]
    alphabet = [*SPACES[:4], "\n", ":", ".", "-", "\u2013", "/", "on", "el", "le", "em", "am", "op", "il", "pada",
                "mis à jour le", "aggiornata", "epub", "Nov", "MAI", "\u0130", "\u017f", "\u212a", "\u0131", "1",
                "x", *leads, *(x.upper() for x in leads)]
    found = [0, 0]
    for s in texts(alphabet, 11, count=3000, longest=6):
        for a in range(len(s) + 1):
            if w._NOTE_BEFORE.search(s, 0, a):
                found[0] += 1
                assert w._closes_on(s, a, w._NOTE_ENDS), (s, a)
            if w._MONTH_BEFORE.search(s, 0, a):
                found[1] += 1
                assert w._closes_on(s, a, w._MONTH_BEFORE_ENDS), (s, a)
    assert min(found) > 50, found
    for word in ("Février", "MARS", "décembre", "Aralık", "Sept", "марта", "Mart", "Maine", "ſept"):
        assert w._worded_month(word) == w._judge_month(word) == w._worded_month(word), word


def test_stray_edges_are_looked_for_only_where_they_can_stand() -> None:
    """A value's stray italic mark or leading full stop is looked for only where its text opens on ``*``, ``_`` or
    ``.`` or closes on ``*`` or ``_`` (``text.strip_value``)."""
    alphabet = [*SPACES, "\n", "*", "**", "_", ".", ". . .", "\u2026", "a", "Title", "(", ")", ",", "?"]
    found = 0
    for s in texts(alphabet, 13, count=6000, longest=8):
        if text._STRAY_EDGE.search(s):
            found += 1
            assert s[:1] in "*_." or s[-1:] in "*_" or s.endswith(("*\n", "_\n")), repr(s)
    assert found > 500


def test_version_and_volume_of_first_looks_pass_every_match() -> None:
    """A version closing a title and ``Vol. 2 of Series`` are looked for only where the text holds what every match
    holds (``version._V_NUMBER`` or "ersion"; ``volumes._NUMBER_OF``)."""
    from biblio.parse.normalisers import version, volumes

    alphabet = [*SPACES[:3], "v", "v.", "Version", "version ", "v4.0.0", "version 1808", "v.1.2", "1", "2.0", ".",
                "(", ")", "(2020)", "(Build 1)", " of ", " of the ", "Vol. 2", "Bd. II", "t. 3", "Tome 4", "volume",
                "*", "Works", ",", "a", "\u00a0of"]
    found = [0, 0]
    for s in texts(alphabet, 17, count=8000, longest=6):
        if version._VERSION_TAIL.search(s):
            found[0] += 1
            assert version._version_tail(s), repr(s)
        if volumes._VOLUME_OF.search(s):
            found[1] += 1
            assert volumes._NUMBER_OF.search(s), repr(s)
    assert min(found) > 100, found


def test_iso_date_parts_need_their_hyphen() -> None:
    """``iso_dates.iso_date_part`` looks for a date only in spans with a hyphen, which every match holds."""
    from biblio.parse.mends import iso_dates

    alphabet = [*SPACES[:3], ",", ".", "2026", "-04", "-07", "2026-04", "(", ")", "-", "x", "\u2013"]
    found = 0
    for s in texts(alphabet, 19, count=4000, longest=6):
        if iso_dates._DATE_PART.search(s):
            found += 1
            assert "-" in s, repr(s)
    assert found > 100


def test_vancouver_list_answers_as_before() -> None:
    """The first name of a head is tested before the head is split (``vancouver_names.vancouver_list``)."""
    from biblio.parse.mends import vancouver_names as v

    def before(head: str) -> bool:
        parts = v._NAME_COMMA.split(head.strip())
        if len(parts) > 1 and v._ET_AL.fullmatch(parts[-1]):
            parts.pop()
        return all(v._vancouver_name(p) for p in parts)

    alphabet = [*SPACES[:3], ",", ", ", "Watkins CJCH", "Dayan P", "van der Berg A", "et al", "et  al", "Kahneman",
                "D", "Thinking", "fast", "and", "J.", ""]
    for s in texts(alphabet, 23, count=6000, longest=6):
        assert v.vancouver_list(s) == before(s), repr(s)


def test_suffix_in_family_is_looked_for_only_where_one_can_close() -> None:
    """A family name is searched for a closing ``Jr.``, ``III`` only where it closes on such a suffix's letters."""
    alphabet = [*SPACES[:3], "\n", ".", "Smith", "jr", "JR", "Sr", "ii", "III", "iv", "I", "s", "\u017f", "\u0131",
                "\u0130", "\u212a", "x"]
    found = 0
    for s in texts(alphabet, 29, count=6000, longest=5):
        if signals._SUFFIX_IN_FAMILY.search(s):
            found += 1
            assert signals._may_end_on_suffix(s), repr(s)
    assert found > 150


def test_closing_access_note_is_looked_for_only_after_a_closing_digit() -> None:
    """The APA reader looks for a closing access note (``Retrieved October 15, 2021.``) only where the text closes on
    a digit, a full stop and spaces apart."""
    from biblio.parse.readers.apa import identifiers

    alphabet = [*SPACES, "\n", ".", ",", ";", "Retrieved", "accessed on", "Abgerufen am", " ", "October 15, ", "2021",
                "-05", "-5", "\u0661\u0669\u0669\u0669", "x", "(", ")"]
    found = 0
    for s in texts(alphabet, 31, count=6000, longest=7):
        if identifiers._ACCESS_CLOSES.search(s):
            found += 1
            assert identifiers._closes_on_digit(s), repr(s)
    assert found > 60, found


def test_word_sets_judge_words_as_their_whole_pattern() -> None:
    """A word set tries only the alternatives that can open on a word's first character (``text.WordSet``); every
    word of the references and random words give the verdict of the whole alternation."""
    from pathlib import Path

    from biblio.parse.normalisers import names

    sets = [names._ORG, names._FUNCTION, names._ROLE_HINT_WORD,
            text.WordSet(r"(?:s?foo|[a-c]x|(?-i:Bar)|\w*ing|b(?:c|d)|[éu]ber|\u017fs" "|K1|[ıx]y)", re.I),
            text.WordSet(r"The|of|[Ab]c")]
    words = {"", "Ünıversitesi", "İnstitute", "\u212aurumu", "\u017foc", "ſs", "Foo", "foo", "oo", "ax", "Bx", "BAR",
             "bar", "Bar", "going", "bd", "über", "Uber", "ss", "k1", "K1", "iy", "Iy", "xy", "the", "The", "ab", "Ac",
             "bc"}
    for path in sorted((Path(__file__).parents[1] / "data" / "parse").glob("*.jsonl"))[:20]:
        words.update(re.findall(r"\w+", path.read_text(encoding="utf-8")))
    rnd = random.Random(37)
    letters = "aeioubcdfgkstrnKISſıİüöé"
    words.update("".join(rnd.choice(letters) for _ in range(rnd.randint(1, 9))) for _ in range(3000))
    for words_set in sets:
        for word in words:
            assert (word in words_set) == (words_set.pattern.fullmatch(word) is not None), (words_set.pattern, word)


def near_misses(refs: list[str], alphabet: list[str], seed: int, count: int = 6000) -> list[str]:
    """References with a few pieces put in, cut out or replaced: texts that match a pattern or nearly do."""
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        s = rnd.choice(refs)
        for _ in range(rnd.randint(1, 3)):
            i = rnd.randint(0, len(s))
            j = min(len(s), i + rnd.choice([0, 0, 1, 2, 4]))
            s = s[:i] + rnd.choice(["", *alphabet]) + s[j:]
        out.append(s)
    return out


def test_astronomy_tails_are_found_as_before() -> None:
    """The first look at the text after the last commas holds wherever the AAS tail patterns match."""
    from biblio.parse.mends import aas_tails

    def closes(s: str) -> bool:
        return bool(s[-1:].isalnum() or s.endswith("."))

    alphabet = [*SPACES[:4], ",", ", ", ".", "(", ")", ":", "2018", "1958", "34", "791", "L20", "e044", "ApJ", "in ",
                "ed. ", "Icar", "Cambridge", "\u0661", "a", "Proc. ", "B5.2-43"]
    refs = ["Croes, G. A. 1958, OR, 6, 791", "Lorenz, R. D., et al. 2018, JHATD, 34, 14.",
            "Hörst, S. M. 2014, in Titan, ed. I. Müller-Wodarg (Cambridge: Cambridge Univ. Press), 122",
            "Doe, J. 2018, in 42nd COSPAR Scientific Assembly (Pasadena, CA), B5.2-43-18\n"]
    mutated = near_misses(refs, alphabet, 13)
    found = 0
    for s in [*refs, *mutated, *texts(alphabet, 11, count=3000, longest=12)]:
        old = aas_tails.AAS_TAIL.search(s) if closes(s) else None
        new = aas_tails.aas_tail(s)
        assert (old and old.regs) == (new and new.regs), repr(s)
        found += old is not None
        if aas_tails._BOOK_TAIL.search(s):
            found += 1
            last = s.rfind(",")
            assert aas_tails._PAGE_CLOSE.fullmatch(s, last + 1) and s[:last].rstrip().endswith(")"), repr(s)
    assert found > 1000  # the near misses hold many matches


def test_iop_forms_are_found_as_before() -> None:
    """The first looks at the closing words and bracket hold wherever IOP's article and book patterns match."""
    from biblio.parse.mends import iop_journals

    refs = ["Rebentrost P, Mohseni M and Aspuru-Guzik A 2009 Environment-assisted transport New J. Phys. 11 033003",
            "Scholes G D et al 2011 Lessons from nature Nat. Chem. 3 763\u2013774.\n",
            "Agrawal G P 2007 Nonlinear Fiber Optics 4th edn (Burlington, VA: Academic)",
            "[3] Chin A W and Plenio M B 2013 Title Phys. Rev. Lett. A12 L20-L31 . ",
            "Doe J 2001 Book (London: Sage).  "]
    alphabet = [*SPACES, ".", "(", ")", ":", "2009", "11", "A", "L", "033003", "\u2013", "-", "edn", "\u0661"]
    found = 0
    for s in [*refs, *near_misses(refs, alphabet, 17)]:
        if iop_journals._IOP.match(s):
            found += 1
            last = s.rsplit(None, 2)
            assert len(last) == 3 and iop_journals._IOP_CLOSE.fullmatch(last[1] + " " + last[2]), repr(s)
        if iop_journals._IOP_BOOK.match(s):
            found += 1
            assert s.rstrip().removesuffix(".").endswith(")"), repr(s)
    assert found > 1000


def test_apa_date_run_in_answers_as_before() -> None:
    """The first look at the tokens' first bracket answers as the opening pattern on the rebuilt text does."""
    from biblio.parse import chooser
    from biblio.parse.model.labeller import default_labeller

    def rebuilt_match(reading: object) -> bool:
        tokens = reading.tokens  # type: ignore[attr-defined]
        chars = [" "] * (tokens[-1].end if tokens else 0)
        for token in tokens:
            chars[token.start : token.end] = token.text
        return chooser._APA_OPENING.match("".join(chars)) is not None

    refs = ["Merriam-Webster. (n.d.). Culture. In *Merriam-Webster.com dictionary*. Retrieved May 1, 2020.",
            "*Tuscan white bean pasta*. (2018, February 25). Budget Bytes. https://www.budgetbytes.com/",
            "American Psychological Association. (2020). *Publication manual* (7th ed.).",
            "Smith, J. [Jo]. (2019). Title. Journal, 3(2), 1\u20139.",
            "A" * 158 + ". (2001). Title."]
    alphabet = [*SPACES[:3], ".", "(", ")", "[", "]", "*", "n.d.", "2018", ", May 3", "A" * 40, "Title"]
    reader = default_labeller()
    found = 0
    for s in [*refs, *near_misses(refs, alphabet, 19, count=1500)]:
        reading = reader.read(s)
        expected = rebuilt_match(reading)
        found += expected
        assert not expected or chooser._bracket_opens_early(reading.tokens), repr(s)
    assert found > 300
