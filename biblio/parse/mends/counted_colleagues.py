"""Planetary and space-science lists' ``Brown, R.H., and 25 colleagues 2006. Title.`` (Icarus's, and the ``and 12
others``, ``and 8 co-authors`` other lists write): the count of names left out closes the names as ``et al.``
does, and is read as ``et al.`` before the reference, so the year after it opens the date as after any names. The
Scandinavian lists' ``m.fl.`` (``mfl.``, "and others") closing the names is read as ``et al.`` too."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern

# after a name's comma or stop ("R.H., ", "Smith J, ") or a bare initial ("Smith RH "), "and"/"&", the count,
# then the word for the names it stands for, its own stop taken with it
_COUNTED = lazy_pattern(
    r"(?:(?<=[,.] )|(?<=\b[A-Z] )|(?<=\b[A-Z]{2} ))(?:and|&) \d{1,3} "
    r"(?:other |more |further )?(?:colleagues|co-?authors|co-?workers|others)\b\.?(?=\s*(?:\(?\d{4}|$|[,:]))"
)
_WORDS = ("colleagues", "authors", "workers", "others")


def counted_colleagues_as_et_al(text: str) -> str:
    """``text`` with a count of further names (``and 25 colleagues``) written ``et al.``"""
    if not any(word in text for word in _WORDS):
        return text
    m = _COUNTED.search(text, 0, 400)
    if m is None:
        return text
    return f"{text[: m.start()]}et al.{text[m.end() :]}"


# the Scandinavian "et al." after the last name written ("Bernhard Kaiser mfl.;", "Berg m.fl. 2019"): a word the
# labeller never saw, read as a family name or into the title
_SCANDINAVIAN = lazy_pattern(r"(?<=[^\W\d_] )m\.? ?fl\.(?=[\s;,:]|$)")


def scandinavian_et_al(text: str) -> str:
    """``text`` with the ``m.fl.`` (``mfl.``) closing its names written ``et al.``"""
    if "fl." not in text:
        return text
    m = _SCANDINAVIAN.search(text, 0, 400)
    if m is None:
        return text
    return f"{text[: m.start()]}et al.{text[m.end() :]}"
