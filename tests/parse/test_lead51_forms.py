"""Forms the merged tree read with a stray value, mended at the merges."""

from __future__ import annotations

from .form_cases import assert_read_as, read_fields


def test_french_site_phrase_after_guillemets_is_no_outlet() -> None:
    # Wikipedia's French notes: "« Title », sur www.site.fr": "sur" opens the site's phrase, it names no outlet
    text = "INSERM, « Orphanet : le syndrome de Rett », sur www.orpha.net (consulté le 15 février 2017)"
    assert_read_as(text, {"title": "Orphanet : le syndrome de Rett", "URL": "www.orpha.net"})
    assert "container-title" not in read_fields(text)

