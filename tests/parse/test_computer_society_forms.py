"""The IEEE Computer Society's web and report references, as NIST's Mobile Threat Catalogue prints them:
``A. Author, Title, SP 800-121 rev. 1, Body, Year; address [accessed 8/24/2016]``. A series' number is no
part of the title, no journal; a standard's letters (``IEEE 802``) open the title, no author's name."""

from __future__ import annotations

from biblio.parse import read_reference


def test_series_number_and_body_read_as_a_journal_are_note_and_publisher() -> None:
    r = read_reference(
        "J. Padgette, K. Scarfone and L. Chen, Guide to Bluetooth Security, SP 800-121 rev. 1, National Institute "
        "of Standards and Technology, 2012; http://dx.doi.org/10.6028/NIST.SP.800-121r1"
    )
    assert r["title"] == "Guide to Bluetooth Security"
    assert r["publisher"] == "National Institute of Standards and Technology"
    assert "container-title" not in r
    assert r["note"] == "SP 800-121 rev. 1"


def test_series_number_read_into_the_title_closes_it() -> None:
    r = read_reference(
        "M. Souppaya and K. Scarfone, Guidelines for Managing the Security of Mobile Devices in the Enterprise, "
        "SP 800-124 rev. 1, National Institute of Standards and Technology, 2013; "
        "http://dx.doi.org/10.6028/NIST.SP.800-124r1 [accessed 8/24/2016]"
    )
    assert r["title"] == "Guidelines for Managing the Security of Mobile Devices in the Enterprise"
    assert r["publisher"] == "National Institute of Standards and Technology"
    assert r["issued"] == {"date-parts": [[2013]]}


def test_series_number_with_its_year_in_one_note() -> None:
    r = read_reference(
        "M. Souppaya and K. Scarfone, Guidelines for Securing Wireless Local Area Networks (WLANs), SP 800-153, "
        "National Institute of Standards and Technology, 2012."
    )
    assert r["title"] == "Guidelines for Securing Wireless Local Area Networks (WLANs)"
    assert r["publisher"] == "National Institute of Standards and Technology"
    assert r["issued"] == {"date-parts": [[2012]]}


def test_standard_letters_open_the_title_not_the_names() -> None:
    r = read_reference(
        "B. Weis, IEEE 802 Privacy Threat Analysis, Cisco Systems, 2016; "
        "www.ieee802.org/1/files/public/docs2016/802E-weis-privacy-threat-analysis-07.pdf [accessed 8/24/2016]"
    )
    assert [a.get("family") for a in r["author"]] == ["Weis"]
    assert r["title"] == "IEEE 802 Privacy Threat Analysis"
    assert r["publisher"] == "Cisco Systems"
    assert r["accessed"] == {"date-parts": [[2016, 8, 24]]}


def test_talk_presented_at_a_meeting_after_initials_names() -> None:
    r = read_reference(
        "J. Oberheide, Android Hax, presented at Summercon, 10 June 2010; "
        "https://jon.oberheide.org/files/summercon10-androidhax-jonoberheide.pdf [accessed 8/25/2016]"
    )
    assert [a.get("family") for a in r["author"]] == ["Oberheide"]
    assert r["title"] == "Android Hax"
    assert r["event-title"] == "Summercon"
    assert "container-title" not in r


def test_talk_title_with_a_colon_and_its_own_comma_words_stays_whole() -> None:
    r = read_reference(
        "D. Stites and K. Skinner, User Privacy on iOS and OS X, presented at Apple Worldwide Developer "
        "Conference, June 2014; http://devstreaming.apple.com/videos/wwdc/2014/715/715_user_privacy.pdf"
    )
    assert [a.get("family") for a in r["author"]] == ["Stites", "Skinner"]
    assert r["title"] == "User Privacy on iOS and OS X"
    assert "container-title" not in r


def test_talk_at_a_meeting_named_without_presented_at() -> None:
    r = read_reference(
        "G. Vaughan, NFC Threat Landscape, OWASP Toronto chapter meeting, 31 Mar. 2013; "
        "www.owasp.org/images/3/38/NFC_Threat_Landscape_OWASP_Toronto_March_2013.pdf [accessed 8/24/2016]"
    )
    assert [a.get("family") for a in r["author"]] == ["Vaughan"]
    assert r["title"] == "NFC Threat Landscape"
    assert r["event-title"] == "OWASP Toronto chapter meeting"
    assert "container-title" not in r
