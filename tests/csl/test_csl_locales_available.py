from biblio.csl.locale import available_locales, locale_known


def test_available_locales_lists_shipped_files() -> None:
    tags = available_locales()
    assert isinstance(tags, frozenset)
    assert {"en-US", "de-DE", "fr-FR"} <= tags
    assert all(not t.startswith("locales-") and not t.endswith(".xml") for t in tags)


def test_locale_known_exact_and_by_language() -> None:
    assert locale_known("en-US")
    assert locale_known("de-DE")
    assert locale_known("de")
    assert locale_known("de-CH")
    assert locale_known("fr")


def test_locale_known_unknown() -> None:
    assert not locale_known("xx-YY")
    assert not locale_known("xx")
    assert not locale_known("")
