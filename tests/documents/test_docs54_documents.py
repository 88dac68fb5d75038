# ruff: noqa: E501  (the documents' lines are kept as they are written)
"""Round docs54: a list of links split by a blank line, notes of "Ibid." with the writer's remarks on consecutive
lines, a "Publication" section with words before its reference, a command among a list of addresses, an item with
no label among labelled ones, a PHP page that is Word's HTML."""

from __future__ import annotations

import pytest

from biblio.api import read_document
from biblio.documents.layout import flavour_of


def _items(text: str, name: str = "notes.md") -> list[dict]:
    return read_document(text, name).items


def _sources(items: list[dict]) -> list[str]:
    return [item["custom"]["biblio"]["source"] for item in items]


_SPLIT_LINKS = """## Summary

- Flow-hashed ECMP reduces path-induced reordering.

## Further reading
- [Longest prefix match — Wikipedia](https://en.wikipedia.org/wiki/Longest_prefix_match)
- [Routing table — Wikipedia](https://en.wikipedia.org/wiki/Routing_table)
- [Administrative distance — Wikipedia](https://en.wikipedia.org/wiki/Administrative_distance)
- [Equal-cost multi-path routing — Wikipedia](https://en.wikipedia.org/wiki/Equal-cost_multi-path_routing)
- [RFC 1812: Requirements for IP Version 4 Routers](https://www.rfc-editor.org/rfc/rfc1812)

- [Cisco: Administrative distance versus forwarding](https://www.cisco.com/c/en/us/support/docs/ip/border-gateway-protocol-bgp/15986-admin-distance.html)
- [Linux LC-trie implementation notes](https://docs.kernel.org/networking/fib_trie.html)
- [RFC 2992: ECMP analysis](https://www.rfc-editor.org/rfc/rfc2992.html)
- [Cisco FN63866: TCAM exhaustion](https://www.cisco.com/c/en/us/support/docs/field-notices/638/fn63866.html)
"""


def test_a_list_of_links_split_by_a_blank_line_is_no_body_text() -> None:
    items = _items(_SPLIT_LINKS)
    assert len(items) == 9
    assert items[-1]["URL"] == "https://www.cisco.com/c/en/us/support/docs/field-notices/638/fn63866.html"


_IBID_REMARKS = """The study's closing observation is worth quoting.[^3]

## Citations

[^1]: Johnston, D., Holtz, D., & Chatterji, A. (2026). *The Shift to Agentic AI: Evidence from Codex*. arXiv:2606.26959. https://arxiv.org/abs/2606.26959
[^2]: Ibid. Output token growth for legal (13×) and researchers (50×), November 2025 – June 2026.
[^3]: Ibid. "Active users of agentic AI has grown more than fivefold in the first half of 2026."
[^4]: Ibid., the memory tool's three actions: add, replace (substring match), remove
"""


def test_notes_of_ibid_and_remarks_on_consecutive_lines_follow_the_full_note() -> None:
    items = _items(_IBID_REMARKS)
    assert len(items) == 1 and items[0]["title"] == "The Shift to Agentic AI: Evidence from Codex"
    notes = items[0]["custom"]["biblio"]["notes"]
    assert [n["text"][:10] for n in notes] == ["Ibid. Outp", 'Ibid. "Act', "Ibid., the"]  # kept, not lost


@pytest.mark.parametrize("note", ["Ibid. Methodology section: automated pipeline; samples of 0.1%–4% of users.",
                                  "Ibid., USER.md has a 1375-character limit; records name, role, time zone",
                                  "Ebd., dort die Zahlen für 2019."])
def test_ibid_then_words_is_a_short_note(note: str) -> None:
    from biblio.references.notes import short_note

    found = short_note(note)
    assert found is not None and found.ibid


_PUBLICATION = """## Publication

This repository was a result of my internship at the lab, where we published a paper on [Nature Communication](https://www.nature.com/articles/s41467-023-36487-z).

> Filée, J., Becker, H. F., & Myllykallio, H. (2023, February 15). Bacterial origins of thymidylate metabolism in Asgard Archaea and Eukarya. Nature Communication. Retrieved February 18, 2023, from https://www.nature.com/articles/s41467-023-36487-z

## License

BSD 3-clause.
"""


def test_a_publication_section_s_own_sentence_before_its_reference_is_no_reference() -> None:
    items = _items(_PUBLICATION)
    assert [s[:6] for s in _sources(items)] == ["Filée,"]
    assert items[0]["custom"]["biblio"]["section"] == "Publication"


def test_a_reference_whose_title_says_you_is_no_words_to_the_reader() -> None:
    from biblio.references.notes import is_introduction

    assert not is_introduction('Steiner, Peter. "On the Internet, nobody knows you\'re a dog", *The New Yorker*, '
                               "July 5, 1993.")
    assert is_introduction("This repository was a result of my internship, where we published a paper on it.")


_COMMAND_AMONG_ADDRESSES = """# TODO

- [ ] Unit tests

## Notes and References

1. https://community.vcvrack.com/t/help-needed-for-beta-testing/20711/30
2. https://herbie.uwplse.org
3. `convert *.png -crop 392x331+281+90 cropped/screenshot%d.png`
4. https://github.com/nullJaX/vcvrack-patchable-devices
"""


def test_a_command_line_among_addresses_is_no_reference_but_is_kept() -> None:
    found = read_document(_COMMAND_AMONG_ADDRESSES, "todo.md")
    assert [item["URL"] for item in found.items] == [
        "https://community.vcvrack.com/t/help-needed-for-beta-testing/20711/30", "https://herbie.uwplse.org",
        "https://github.com/nullJaX/vcvrack-patchable-devices"]
    assert any("not a reference" in d and "convert" in d for d in found.details)


_LABEL_FORGOTTEN = """### 1.4 - Referências

<ul>
  <li> [1] - IBM Knowlege Center - Documento de visão. Disponível em: < <a href="https://www.ibm.com/docs/pt-br/elm/6.0.5?topic=requirements-vision-document" >https://www.ibm.com/docs/pt-br/elm/6.0.5?topic=requirements-vision-document </a> >.Acesso em: 29 jan. 2022; </li>
  <li> [2] - IBGE - Frota de veículos. Disponível em: < <a href="https://cidades.ibge.gov.br/brasil/pesquisa/22/28120">https://cidades.ibge.gov.br/brasil/pesquisa/22/28120</a> >.Acesso em: 29 jan. 2022</li>
  <li> [3] - GrLavaJato - Principais funcionalidades: Disponível em: < <a href="https://www.grlavajato.com.br/">https://www.grlavajato.com.br</a> >. Acesso em 29 jan. 2022</li>
  <li> Hortum - Documento de Visão. Disponível em: < <a href="https://fga-eps-mds.github.io/2020.2-Hortum/Documento_de_visao/">https://fga-eps-mds.github.io/2020.2-Hortum/Documento_de_visao/</a> >. Acesso em: 29 jan. 2022
</ul>

### 1.5 - Visão Geral

Este documento é constituído em seis tópicos.
"""


def test_a_list_item_with_an_address_among_labelled_items_is_one_of_the_list() -> None:
    items = _items(_LABEL_FORGOTTEN)
    assert [item["URL"] for item in items][-1] == "https://fga-eps-mds.github.io/2020.2-Hortum/Documento_de_visao/"
    assert len(items) == 4


_PHP_PAGE = """<?php
  include ("permission_check.php");
?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>Usage Scenario</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-bottom:10.0pt;
	font-family:"Calibri","sans-serif";}
-->
</style>
</head>
<body>
<?php include ("function/menu_main.php"); ?>
<div class=WordSection1>
<p class=MsoNormal>A scenario that cites a paper (Klausberger and Somogyi, 2008).</p>
<p class=MsoBibliography><span class=GramE>Hajos, N., Acsady, L., and Freund, T.F. (1996).</span> Target selectivity
and neurochemical characteristics of VIP-immunoreactive interneurons in the rat dentate gyrus. Eur. J.
Neurosci. <i>8</i>, 1415–1431.</p>
<p class=MsoBibliography><span class=GramE>Klausberger, T., and Somogyi, P.
(2008).</span> Neuronal diversity and temporal dynamics: the unity of
hippocampal circuit operations. Science <i>321</i>, 53–57.</p>
</div>
</body>
</html>
"""


def test_a_php_page_of_html_is_read_as_html() -> None:
    assert flavour_of(_PHP_PAGE, "scenario.php") == "html"
    assert flavour_of("<?php\n/**\n * Boosting.\n */\nclass AdaBoost {}\n", "AdaBoost.php") != "html"
    items = _items(_PHP_PAGE, "scenario.php")
    assert [(item["author"][0]["family"], item["volume"]) for item in items] == [("Hajos", "8"), ("Klausberger", "321")]
