"""Harvard's web page ``Author (2024) Title, Site Name. Available at: URL (Accessed: …)``.

Cite Them Right names the page's site after its title and a comma, in plain type, then announces the address with
``Available at:``; read in APA's way the site runs into the title. The short capitalised name after the title's last
comma, right before the lead-in, is the site: the page's ``container-title``.
"""

from __future__ import annotations

from biblio.parse.lazy_patterns import lazy_pattern

# the lead-in announcing the address
_AVAILABLE_AT = lazy_pattern(r"\bAvailable\s+(?:at|from)\s*:")
# a site's name: one to four capitalised words (``Medium``, ``Game Dev Beginner``, ``Unity Scripting API``)
_SITE = lazy_pattern(r"(?P<head>\S.*?),\s+(?P<site>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\.?\s*$")


def site_after_title(title: str, source: str) -> tuple[str, str] | None:
    """``(title, site)`` where ``title`` (plain, neither quoted nor in italics) closes on ``, Site Name`` and the
    reference announces its address with ``Available at:``; None otherwise."""
    if not _AVAILABLE_AT.search(source) or any(c in title for c in "*_\"“”‘’[]"):
        return None
    m = _SITE.fullmatch(title.strip())
    # (a one-word title, "Coroutines, Unity Technologies", only before a site of two words or more)
    if m is None or len(m["head"].split()) + len(m["site"].split()) < 3:
        return None
    # the title itself closes the sentence the lead-in follows: "Title, Site. Available at:"
    if f"{m['site']}. Available" not in source and f"{m['site']} Available" not in source:
        return None
    return m["head"].strip(), m["site"]
