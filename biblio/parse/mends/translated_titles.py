"""A title in another language followed by its English translation in square brackets, inside the reference:
``Chen, Z. “Lun Wang Jinggong zhi licai” [On Financing of Wang Jinggong], *Junshi yu zhengzhi*, 5.3–4 (1943).``,
``Li, T. *Xu zizhi tongjian changbian* [Extended Continuation]. 2nd ed. Zhonghua shuju, Beijing (2004).``,
``In *Hu Shi wen cun* [Writings of Hu Shi], Yadong tushuguan, Shanghai (1921)``, ``“Lucerne iz Siscije" [Lamps
from Siscia]. *Histria Antiqua* 14:167–90.``

The translation names the same work in other words: no part of any field. Left in the text, the model reads the
bracket's English words as the journal, a publisher or names, and runs the title on into the imprint; read apart
before the reference, it goes to the note (``normalisers/translations.py`` reads the bracket that closes a field).
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.normalisers.genre import description_type
from biblio.parse.normalisers.translations import BRACKET_DESCRIPTION, DESCRIBED_KIND, ENGLISH_SMALL_WORDS

# the bracket after a title's end (a closing quote or italics), its English words opening on a capital
# (italics and brackets inside allowed: "[Thematic Discourses of Master *Zhu*]"), then a comma, a stop or a colon
_TRANSLATION = lazy_pattern(
    r"(?<=[”\"*_])\s\[(?P<words>[A-Z][A-Za-z0-9‘’'\-–:,;.&?()* ]{3,200}?)\](?=[.,:](?:\s|$)|\s*$)"
)
# the title the bracket follows, quoted or in italics (a plain title's end is less sure: "Urzędu X [Translation].",
# "a 16–17. században [Translation]." read apart leave a stop the model takes for the title's end; the normaliser
# reads the bracket closing such a title)
_QUOTED_HEAD = lazy_pattern(r"[“\"](?P<head>[^“”\"]{2,300})[”\"]$")
_ITALIC_HEAD = lazy_pattern(r"(?P<mark>[*_])(?P<head>[^*_]{2,300})(?P=mark)$")
_WORD = lazy_pattern(r"[^\W\d_]+")
_LONG_HEAD = 8
# the characters before a bracket its head may take: a head's marks and at most 300 characters between them (read
# from the whole text before each bracket, a long text's brackets cost its length each)
_HEAD_REACH = 310
# the kinds of work APA's bracketed labels name
_LABEL_TYPES = frozenset(("thesis", "paper-conference", "manuscript"))


def _head(before: str) -> str | None:
    """The title the bracket follows, or None."""
    for pattern in (_QUOTED_HEAD, _ITALIC_HEAD):
        if (m := pattern.search(before)) is not None:
            return m.group("head")
    return None


def _translates(head: str, words: str) -> bool:
    """The head is no English (none of English's small words, or one in eight words or more) and the bracket is:
    English's small words, or the head in letters English has not; a bracket describing the work (``[Review of
    …]``, ``[Press release]``) is no translation."""
    head_words = [w.lower() for w in _WORD.findall(head)]
    bracket_words = [w.lower() for w in _WORD.findall(words)]
    # (one small word in a long head is another language's: pinyin's "an", Italian's "a")
    small = sum(w in ENGLISH_SMALL_WORDS for w in head_words)
    if not head_words or small >= 2 or small == 1 and len(head_words) < _LONG_HEAD or len(bracket_words) < 2:
        return False
    if BRACKET_DESCRIPTION.match(words) or DESCRIBED_KIND.search(words):
        return False
    small_words = bool(ENGLISH_SMALL_WORDS.intersection(bracket_words))
    if not small_words and (kind := description_type(words)) is not None and kind[0] in _LABEL_TYPES:
        # APA's label, no small word ("[Unpublished doctoral dissertation]", "[Conference session]"); a translation's
        # words may name a kind too loosely read for more ("[… of the Song Dynasty]")
        return False
    return small_words or not head.isascii()


def translated_titles_apart(text: str) -> tuple[str, str | None]:
    """(the reference without the translations, the translations) of a reference whose titles are followed by
    their English translation in square brackets; else (text, None)."""
    if "[" not in text or "]" not in text:
        return text, None  # no bracket: most references end here, cheaply
    kept: list[str] = []
    notes: list[str] = []
    last = 0
    for m in _TRANSLATION.finditer(text):
        head = _head(text[max(0, m.start() - _HEAD_REACH) : m.start()].rstrip())
        if head is None or not _translates(head, m.group("words")):
            continue
        kept.append(text[last : m.start()])
        notes.append(f"[{m.group('words')}]")
        last = m.end()
    if not notes:
        return text, None
    return "".join(kept) + text[last:], "; ".join(notes)
