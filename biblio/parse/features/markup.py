"""What the token sits in and next to: italics, quotes, brackets, links, white space; its kind."""

from __future__ import annotations

from biblio.parse.tokens import BRACKET, ITALIC, LINK, PAREN, QUOTED, Token

NAME = "markup"

_ATTRS = ((ITALIC, "it"), (QUOTED, "quo"), (PAREN, "par"), (BRACKET, "brk"), (LINK, "link"))
# a handful of combinations occur: computed once each
_CACHE: dict[tuple[str, int, bool], list[str]] = {}


def features(token: Token) -> list[str]:
    key = (token.kind, token.attrs, token.space_before)
    hit = _CACHE.get(key)
    if hit is None:
        hit = ["k=" + token.kind] if token.kind != "word" else []
        hit += [name for bit, name in _ATTRS if token.attrs & bit]
        if not token.space_before:
            hit.append("nosp")
        _CACHE[key] = hit
    return hit
