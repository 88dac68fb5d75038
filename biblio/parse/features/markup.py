"""What the token sits in and next to: italics, quotes, brackets, links, white space; its kind."""

from __future__ import annotations

from biblio.parse.tokens import BRACKET, ITALIC, LINK, PAREN, QUOTED, Token

NAME = "markup"

_ATTRS = ((ITALIC, "it"), (QUOTED, "quo"), (PAREN, "par"), (BRACKET, "brk"), (LINK, "link"))


def features(token: Token) -> list[str]:
    out = ["k=" + token.kind] if token.kind != "word" else []
    attrs = token.attrs
    if attrs:
        out += [name for bit, name in _ATTRS if attrs & bit]
    if not token.space_before:
        out.append("nosp")
    return out
