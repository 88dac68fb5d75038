"""Forms of other citation styles: a title opening on quoted terms (``“Bricolage,” “montage,” and the novel``) kept
whole in every style; a given-first name list before a title opening on ``The`` and a quoted term (``K. Brandt, The
“Green Wave” in …``); the AMA's and Vancouver's chapter imprint with no place (``eds. Book. Harwood & Lyle;
2015:141-151.``); Elsevier's Harvard chapter imprint before the pages (``Book. Harwood & Lyle, Bergen, pp.``,
``Book. Brill, Leiden, pp.``); Chicago's plain author-date book closing on its firm's one word (``1871. Theory of
Heat. Appleton.``)."""

from __future__ import annotations

from typing import Any

import pytest

from .form_cases import assert_read_as

CASES: list[tuple[str, dict[str, Any]]] = [
    # quoted terms at a title's head, American commas inside the quotes: the whole sentence is the title
    (
        "Brandt K. “Bricolage,” “montage,” and the novel. Journal of Form. 2015;12(3):141-151.",
        {"title": "“Bricolage,” “montage,” and the novel", "container-title": "Journal of Form"},
    ),
    (
        "Brandt, K. (2015). “Bricolage” and the novel. Journal of Form, 12(3), 141-151.",
        {"title": "“Bricolage” and the novel", "container-title": "Journal of Form"},
    ),
    (
        'Brandt, K. (2015). "Bricolage," "montage," and the novel. Journal of Form, 12(3), 141-151.',
        {"title": '"Bricolage," "montage," and the novel', "container-title": "Journal of Form"},
    ),
    (
        "Brandt, K. (2015). “Bricolage,” “montage,” and the novel. In T. Olsen & P. Ruiz (Eds.), Coastal processes"
        " (pp. 141–151). Harwood.",
        {"title": "“Bricolage,” “montage,” and the novel", "container-title": "Coastal processes", "note": None},
    ),
    (
        "Ferro, L., 2011. “Pastiche,” “parody,” and the early novel, in: Olsen, T. (Ed.), Forms of Fiction. Brill,"
        " Leiden, pp. 12–30.",
        {"title": "“Pastiche,” “parody,” and the early novel"},
    ),
    # neighbours: a whole title in quotes closed by its comma stays the title; so does a chapter's before "in"
    (
        'Ferro, L. (2011). "Postmodern bricolage," Journal of Form, 12(3), 141-151.',
        {"title": "Postmodern bricolage", "container-title": "Journal of Form"},
    ),
    (
        "Ferro, Lucia. “The Early Novel,” in Forms of Fiction, ed. Tom Olsen (Leiden: Brill, 2011), 12–30.",
        {"title": "The Early Novel", "container-title": "Forms of Fiction"},
    ),
    (
        "Ferro, L. (2011) ‘The whole novel’, in Olsen, T. (ed.) Forms of fiction. London: Harwood, pp. 141–151.",
        {"title": "The whole novel", "container-title": "Forms of fiction"},
    ),
    # given names first, then a title opening on "The" and a quoted term: "The" is no author
    (
        "4. K. Brandt, The “Green Wave” in northern cities. Urban Studies Quarterly 22, 139–159 (1995).",
        {"author": [{"family": "Brandt", "given": "K."}], "title": "The “Green Wave” in northern cities"},
    ),
    (
        '[4] K. Brandt, The "Green Wave" in northern cities, Urban Studies Quarterly 22, 139 (1995).',
        {"author": [{"family": "Brandt", "given": "K."}], "title": 'The "Green Wave" in northern cities'},
    ),
    # neighbour: a family name before the quoted title, with no comma, is still a name
    (
        '[5] Le, Tan, Tunstall "Randomizing the hash chain," in Proc. SecConf, 2019, pp. 1-9.',
        {"author": [{"family": "Le"}, {"family": "Tan"}, {"family": "Tunstall"}]},
    ),
    # the AMA's chapter: the name after the book's stop and before "; year" is the publisher
    (
        "7. Brandt K. Tidal mixing in fjords. In: Olsen T, Ruiz P, eds. Coastal Processes of the North: A Reader."
        " Harwood & Lyle; 2015:141-151.",
        {"container-title": "Coastal Processes of the North: A Reader", "publisher": "Harwood & Lyle"},
    ),
    (
        "7. Brandt K. Tidal mixing in fjords. In: Olsen T, Ruiz P, eds. Coastal Processes of the North. Brill;"
        " 2015:141-151.",
        {"container-title": "Coastal Processes of the North", "publisher": "Brill"},
    ),
    (
        "7. Brandt K. Tidal mixing in fjords. In: Olsen T, Ruiz P, editors. Coastal Processes of the North. Harwood &"
        " Lyle; 2015. p. 141-51.",
        {"container-title": "Coastal Processes of the North", "publisher": "Harwood & Lyle", "page": "141-51"},
    ),
    # Vancouver's place before the publisher's colon read into the book too, an abbreviation's stop in the firm's name
    (
        "3. Nowak A. Ulice i place. In: Lis K, editor. Obrazy Miasta Nocą. Kalisz: Wydawnictwo Akademii im. Adama"
        " Wrony; 2016. p. 5–20.",
        {
            "container-title": "Obrazy Miasta Nocą",
            "publisher-place": "Kalisz",
            "publisher": "Wydawnictwo Akademii im. Adama Wrony",
        },
    ),
    # a known town alone there is the place
    (
        "7. Brandt K. Tidal mixing in fjords. In: Olsen T, Ruiz P, editors. Coastal Processes of the North. Leiden;"
        " 2015. p. 141-51.",
        {"container-title": "Coastal Processes of the North", "publisher-place": "Leiden", "publisher": None},
    ),
    # neighbours: Vancouver's place and publisher, and a journal article, stay as they were
    (
        "7. Brandt K. Tidal mixing in fjords. In: Olsen T, Ruiz P, editors. Coastal Processes of the North. Bergen:"
        " Harwood & Lyle; 2015. p. 141-51.",
        {
            "container-title": "Coastal Processes of the North",
            "publisher": "Harwood & Lyle",
            "publisher-place": "Bergen",
        },
    ),
    (
        "8. Brandt K, Olsen T. Tidal mixing in fjords. Coastal Processes of the North. 2015;12(3):141-151.",
        {"container-title": "Coastal Processes of the North", "publisher": None, "volume": "12"},
    ),
    # Elsevier's Harvard chapter: a firm and its town after the book's stop, before the pages
    (
        "Brandt, K., 2015. Tidal mixing in fjords, in: Olsen, T., Ruiz, P. (Eds.), Coastal Processes of the North."
        " Harwood & Lyle, Bergen, pp. 141–151.",
        {
            "container-title": "Coastal Processes of the North",
            "publisher": "Harwood & Lyle",
            "publisher-place": "Bergen",
        },
    ),
    (
        "Brandt, K., 2015. Tidal mixing in fjords, in: Olsen, T., Ruiz, P. (Eds.), Coastal Processes of the North."
        " Brill, Leiden, pp. 141–151.",
        {"container-title": "Coastal Processes of the North", "publisher": "Brill", "publisher-place": "Leiden"},
    ),
    # neighbour: a person's initial and name closing the book's title before the town stay the title's
    (
        "P.J. de Wit, ‘Een brief over Homerus’, in A. Maas, J. Vos (eds.), Opstellen. Liber amicorum R. Smit, Leiden"
        " 1990, pp. 11-19.",
        {"container-title": "Opstellen. Liber amicorum R. Smit", "publisher": None},
    ),
    # Chicago's plain author-date book: the firm's one word closing the reference is the publisher
    (
        "Maxwell, J. C. 1871. Theory of Heat. Appleton.",
        {"title": "Theory of Heat", "publisher": "Appleton", "container-title": None},
    ),
    (
        "Halvorsen, Mette. 2019. The Salt Roads: A History. Granta.",
        {"title": "The Salt Roads: A History", "publisher": "Granta", "container-title": None},
    ),
    (
        "Halvorsen, M. 2019. Tidal Theory. Appleton.",
        {"title": "Tidal Theory", "publisher": "Appleton"},
    ),
    # neighbours: a journal's one word, a site's, a firm's name after initials, a quoted page's site stay as read
    (
        "Halvorsen, Mette. 2019. Salt in the ice. Nature.",
        {"container-title": "Nature", "publisher": None},
    ),
    (
        "Halvorsen, Mette. 2019. Salt roads of the north. Wikipedia.",
        {"container-title": "Wikipedia", "publisher": None},
    ),
    (
        "Morrow, Tilde. 1987. Lanterns at Dusk. Alfred A. Knopf.",
        {"title": "Lanterns at Dusk", "publisher": "Alfred A. Knopf"},
    ),
    # nor do a firm's name closed by "Press" after an abbreviation, a month, or a date's word
    (
        "Ostrander, P. Q. 1998. Lichens of the high moors. – Oxford Univ. Press.",
        {"title": "Lichens of the high moors", "publisher": "Oxford Univ. Press"},
    ),
    (
        "Halvorsen, M. 2019. Salt Roads Survey Methods. SRS-19-004. April.",
        {"publisher": None},
    ),
    (
        "Halvorsen, Mette. 2019. “Salt in the Ice.” Medium.",
        {"title": "Salt in the Ice", "container-title": "Medium", "publisher": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sweep71_form(text: str, expected: dict[str, Any]) -> None:
    assert_read_as(text, expected)
