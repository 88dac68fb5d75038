"""Documents of round 8 (PROVENANCE.md): an annotated bibliography (each reference followed by a paragraph
about it), ..."""

from __future__ import annotations

from biblio.api import read_document

ANNOTATED = """# Reading group

## Lähteet

Hilborn, R., & Mangel, M. (1997). *The Ecological Detective: Confronting models with data*. Princeton University Press.

Kirja esittelee ajatuksen, että kilpailevia ekologisia malleja verrataan
samaan aineistoon.

Sugita, S. (2007). Theory of quantitative reconstruction of vegetation I. *The Holocene*, *17*(2), 229–241.

REVEALS-mallin alkuperäinen kuvaus. Matemaattisesti raskas.

Purves, D. (2016). *Filzbach*. <https://github.com/predictionmachines/Filzbach>

Ohjelmiston GitHub-sivu, ei julkaisua. Tarkistettu 3.12.2025.

Martin, A. C. (2019). *Long-term interactions between shrub growth* [Väitöskirja]. University of Oxford.

Kirjoittajan oma väitöskirja.
"""


def test_an_annotation_paragraph_after_each_reference_is_kept_with_it_not_read_as_a_reference() -> None:
    found = read_document(ANNOTATED, "notes.md")
    assert [item["author"][0]["family"] for item in found.items] == ["Hilborn", "Sugita", "Purves", "Martin"]
    notes = [item["custom"]["biblio"].get("annotation") for item in found.items]
    assert notes[0] == "Kirja esittelee ajatuksen, että kilpailevia ekologisia malleja verrataan samaan aineistoon."
    # strictly reference, note, reference, note: a note that looks like a reference (a name, a date) is a note
    assert notes[2] == "Ohjelmiston GitHub-sivu, ei julkaisua. Tarkistettu 3.12.2025."
    assert notes[3] == "Kirjoittajan oma väitöskirja."
    assert "Tarkistettu" not in found.items[2]["custom"]["biblio"]["source"]


def test_a_list_of_references_with_one_closing_sentence_has_no_annotations() -> None:
    text = ("## References\n\nHilborn, R., & Mangel, M. (1997). *The Ecological Detective*. Princeton University Press."
            "\n\nSugita, S. (2007). Theory of reconstruction. *The Holocene*, *17*(2), 229–241.\n\n"
            "Syme, D. (2020). The Early History of F#. *PACMPL*, *4*, 1–58.\n\nAll links checked in May.\n")
    found = read_document(text, "notes.md")
    assert len(found.items) == 3
    assert not any(item["custom"]["biblio"].get("annotation") for item in found.items)


def test_a_closing_remark_in_italics_that_carries_a_date_is_no_reference() -> None:
    html = ("<html><body><h1>Bibliography</h1>\n"
            "<p class=MsoBibliography>Hilborn, R., &amp; Mangel, M. (1997). <i>The Ecological Detective.</i> "
            "Princeton, New Jersey: Princeton University Press.</p>\n"
            "<p class=MsoBibliography>Syme, D. (2020). The Early History of F#. <i>Proceedings of the ACM on "
            "Programming Languages, 4</i>(HOPL), 1-58. doi:10.1145/3386325</p>\n"
            "<p class=MsoNormal>&nbsp;</p>\n"
            "<p class=MsoNormal><i>Notes typed for the Thursday group; all links checked 3 December 2025.</i></p>\n"
            "</body></html>\n")
    found = read_document(html, "notes.htm")
    assert [item["author"][0]["family"] for item in found.items] == ["Hilborn", "Syme"]
    assert any(entry.kind == "not-a-reference" and "Thursday" in entry.text for entry in found.entries)


README_ZH = """## 引用

如果您在研究或论文中使用此仿真工具包，请引用：

```bibtex
@software{replay_simulation_2025,
  author = {Romeitou},
  title = {Replay Attack Simulation Toolkit},
  year = {2025},
  url = {https://github.com/tammakiiroha/Replay-simulation}
}
```

或纯文本格式：
> Romeitou. (2025). Replay Attack Simulation Toolkit. GitHub. https://github.com/tammakiiroha/Replay-simulation

## 参考文献

[1] Perrig, A., et al. (2002). SPINS: Security Protocols for Sensor Networks. *Wireless Networks*, 8(5), 521-534.

[2] Needham, R. M., & Schroeder, M. D. (1978). Using Encryption for Authentication in Large Networks. *CACM*, 21(12).

## 许可证

该项目根据 MIT 许可证授权。
"""


def test_a_chinese_readme_s_cite_section_gives_its_bibtex_entry_once() -> None:
    found = read_document(README_ZH, "README.md")
    assert [item["title"] for item in found.items] == [
        "Replay Attack Simulation Toolkit", "SPINS: Security Protocols for Sensor Networks",
        "Using Encryption for Authentication in Large Networks"]
    # the same work again in plain text, after "or as plain text:", is said about the entry, not another reference
    assert any(entry.kind == "not-a-reference" and "纯文本" in entry.text for entry in found.entries)


def test_a_chinese_request_to_cite_leads_in_to_its_reference() -> None:
    text = ("# 工具包\n\n一个仿真工具包。\n\n使用本软件请引用：\n\n"
            "> Romeitou. (2025). Replay Attack Simulation Toolkit. GitHub. https://github.com/tammakiiroha/Replay\n")
    found = read_document(text, "README.md")
    assert [item["title"] for item in found.items] == ["Replay Attack Simulation Toolkit"]


def test_the_one_link_of_an_entry_keeps_its_address_wherever_it_stands() -> None:
    text = ("# Список литературы\n\n"
            "1. Hilborn R., Mangel M. The Ecological Detective. Princeton: Princeton University Press, 1997.\n\n"
            "2. Purves D. [Filzbach](https://github.com/predictionmachines/Filzbach/tree/master/filzbach). 2016.\n\n"
            "3. Syme D. [The Early History of F#](https://doi.org/10.1145/3386325) // PACMPL. 2020. Т. 4. С. 1–58.\n")
    items = read_document(text, "notes.md").items
    assert items[1]["URL"] == "https://github.com/predictionmachines/Filzbach/tree/master/filzbach"
    assert items[2]["DOI"] == "10.1145/3386325" and "URL" not in items[2]  # the DOI's own link is no URL


def test_an_rst_list_item_whose_authors_link_to_the_work_keeps_the_address() -> None:
    text = ("Publications\n------------\n\n"
            "1. `J Sisk Reynes et al 2021 <https://ui.adsabs.harvard.edu/abs/2022MNRAS.510.1264S/abstract>`_\n"
            '"New constraints on light axion-like particles", MNRAS, 510, 64\n\n'
            "2. `M C D Marsh et al 2022 <https://ui.adsabs.harvard.edu/abs/2021arXiv210708040M/abstract>`_\n"
            '"The Fourier formalism for relativistic axion-photon conversion", Phys. Rev. D., 105, 016013\n')
    items = read_document(text, "published.rst").items
    assert [item.get("URL") for item in items] == [
        "https://ui.adsabs.harvard.edu/abs/2022MNRAS.510.1264S/abstract",
        "https://ui.adsabs.harvard.edu/abs/2021arXiv210708040M/abstract"]


def test_a_link_through_a_redirector_keeps_the_address_it_names() -> None:
    html = ('<html><body><h1 class="c2" id="h.5tz0"><span class="c0">References</span></h1>'
            '<p class="c10"><span class="c0">Purves, Drew. 2016. Filzbach. </span><span class="c6"><a class="c11" '
            'href="https://www.google.com/url?q=https://github.com/predictionmachines/Filzbach&amp;sa=D&amp;'
            'source=editors&amp;ust=1733302881200000&amp;usg=AOvVaw02">GitHub</a></span><span class="c0">.</span></p>'
            '<p class="c10"><span class="c0">Syme, Don. 2020. &ldquo;The Early History of F#.&rdquo; '
            'Proceedings of the ACM on Programming Languages 4: 1&ndash;58. </span><a href="https://nam12.safelinks.protection.outlook.com/'
            '?url=https%3A%2F%2Fdoi.org%2F10.1145%2F3386325&amp;data=05%7C01">https://doi.org/10.1145/3386325</a></p>'
            '</body></html>')
    items = read_document(html, "export.html").items
    assert items[0]["URL"] == "https://github.com/predictionmachines/Filzbach"
    assert items[1]["DOI"] == "10.1145/3386325"


def test_a_title_written_as_a_link_is_the_title_not_a_place() -> None:
    text = ("# References\n\n"
            "Purves, Drew. 2016. [Filzbach](https://github.com/predictionmachines/Filzbach/tree/master/filzbach).\n\n"
            "Hilborn, Ray, and Marc Mangel. 1997. *The Ecological Detective*. Princeton University Press.\n")
    items = read_document(text, "notes.md").items
    assert items[0]["title"] == "Filzbach" and "publisher-place" not in items[0]
    assert items[0]["URL"] == "https://github.com/predictionmachines/Filzbach/tree/master/filzbach"


GERMAN_NOTES = """# Lektürenotiz

Hilborn und Mangel stellen einen Werkzeugkasten vor.[^1] Kausale Mechanismen
sind Prozesse.[^2] Der Ansatz lässt sich übertragen.[^3] Allgemeine
Inferenzmaschinen prüfen die Dimensionen nicht.[^4] Bristlecone ist aus einer
Dissertation hervorgegangen.[^5]

[^1]: Vgl. Ray Hilborn und Marc Mangel, *The Ecological Detective* (Princeton:
    Princeton University Press, 1997), 12.

[^2]: Grace u. a., „Causal Effects Versus Causal Mechanisms", 5.

[^3]: Ebd., 6.

[^4]: Vgl. hierzu ausführlich Plummer, „JAGS", 2; sowie Syme, „The Early History of F#", 12.

[^5]: Die Software entstand im Rahmen einer Dissertation; vgl. Martin, „Long-term interactions", 45.

## Literaturverzeichnis

Grace, James B., und Nick Huntington-Klein. „Causal Effects Versus Causal Mechanisms". *Ecol. Lett.* 28 (2025).

Hilborn, Ray, und Marc Mangel. *The Ecological Detective*. Princeton: Princeton University Press, 1997.

Martin, Andrew C. „Long-term interactions between shrub growth". Dissertation, University of Oxford, 2019.

Plummer, Martyn. „JAGS: A program for analysis of Bayesian graphical models". In *Proc. DSC*, 1–10. Wien, 2003.

Syme, Don. „The Early History of F#". *Proceedings of the ACM on Programming Languages* 4 (2020): 1–58.
"""


def test_german_notes_with_vgl_u_a_ebd_and_sowie_point_to_their_entries() -> None:
    found = read_document(GERMAN_NOTES, "notiz.md")
    notes = {item["author"][0]["family"]: [n["line"] for n in item["custom"]["biblio"].get("notes", [])]
             for item in found.items}
    assert notes == {"Grace": [11, 13], "Hilborn": [8], "Martin": [17], "Plummer": [15], "Syme": [15]}
    assert not any(entry.kind == "not-a-reference" for entry in found.entries)


def test_a_name_opening_the_entry_linked_with_no_year_is_the_author_s_page_not_the_work_s() -> None:
    text = "# References\n\n- [Jane Doe](https://en.wikipedia.org/wiki/Jane_Doe). *Other Things*. Paris: Maison, 2019."
    assert "URL" not in read_document(text, "notes.md").items[0]
