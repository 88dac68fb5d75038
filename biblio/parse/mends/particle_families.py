"""``G. 't Hooft, Nucl. Phys. B 72, 461 (1974).``: a family name that opens on a lower-case particle (``'t``,
``van``, ``de``) after its initials, read as the next field (the apostrophe as a quotation opening a title)."""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern
from biblio.parse.mends.gated import needs
from biblio.parse.spans import Span

_PARTICLE = r"(?:['\u2019]t|van|von|der|den|de|del|della|di|da|du|dos|des|la|le|ten|ter)"
# the initials alone, as the reading's first name span holds them: "G.", "J.-P.", "G. W."
_INITIALS = lazy_pattern(r"^(?:[A-Z][a-z]?\.[\s-]?){1,3}$")
# the particles and the capitalised family name, closed by a comma or by the next name's "and"
_FAMILY = lazy_pattern(rf"(?:{_PARTICLE}\s+){{1,3}}[A-Z][\w'\u2019-]+(?=,|\s+(?:and|&)\s)")


@needs(labels=["author"])
def particle_family_after_initials(spans: list[Span], text: str) -> list[Span]:
    """The particle and the family name after an author's initials join the name, out of the span after it."""
    if len(spans) < 2 or spans[0].label != "author" or spans[1].label == "author":
        return spans
    first, after = spans[0], spans[1]
    if not _INITIALS.match(text[first.start : first.end].strip()) or text[first.end : after.start].strip():
        return spans
    m = _FAMILY.match(text[after.start : after.end])
    if m is None:
        return spans
    end = after.start + m.end()
    name = Span("author", text[first.start : end], first.start, end, first.confidence)
    rest = text[end : after.end]
    if not rest.strip(" ,"):
        return [name, *spans[2:]]
    return [name, Span(after.label, rest, end, after.end, after.confidence), *spans[2:]]
