"""Computer-science forms ``tests/data/parse/cs_real4.jsonl`` found read wrong: the ACM Reference Format's
numbers and USENIX's bracketed short names, natbib's lone authors, bodies and editors, LIPIcs' series after the
proceedings, a given name that is also a particle; typed anew here, each with the fields it must give."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "a given name that is also a particle, then one Chinese syllable, in a natural-order list: 'Le Song'",
        "Wei Chen, Le Song, Da Pan, and Bin Li. A study of graph kernels for molecules. arXiv preprint "
        "arXiv:2101.00001, 2021.",
        {
            "author": [
                {"family": "Chen", "given": "Wei"},
                {"family": "Song", "given": "Le"},
                {"family": "Pan", "given": "Da"},
                {"family": "Li", "given": "Bin"},
            ]
        },
    ),
    (
        "a family name opening on its particle stays whole: 'Van Gogh, V.'",
        "Van Gogh, V. The Letters. Penguin, 1990.",
        {"author": [{"family": "Van Gogh", "given": "V."}]},
    ),
    (
        "USENIX's short name and year closing the proceedings' name: no volume",
        "[5] Giovanni Cherubin, Rob Jansen, and Carmela Troncoso. 2022. Online website fingerprinting: Evaluating "
        "website fingerprinting attacks on Tor in the real world. In 31st USENIX Security Symposium (USENIX Security "
        "22). 753–770.",
        {"container-title": "31st USENIX Security Symposium (USENIX Security 22)", "volume": None, "page": "753-770"},
    ),
    (
        "the ACM's journal numbered by year: 'Proc. Priv. Enhancing Technol. 2021, 4 (2021)'",
        "[9] Ana Lopez and Ben Ward. 2021. Padding against traffic analysis. Proc. Priv. Enhancing Technol. 2021, 4 "
        "(2021), 5–24.",
        {"volume": "2021", "issue": "4", "page": "5-24"},
    ),
    (
        "the ACM's volume after a journal's full name, before the bracketed year",
        "[3] Ana Lopez and Ben Ward. 2018. Fingerprinting with deep learning. Proceedings on Privacy Enhancing "
        "Technologies 3 (2018), 100–120.",
        {"container-title": "Proceedings on Privacy Enhancing Technologies", "volume": "3", "page": "100-120"},
    ),
    (
        "the ACM's supplement issue '10s' between the volume and the bracketed year",
        "[4] Ana Lopez and Ben Ward. 2022. A survey of model stealing. Comput. Surveys 54, 10s (2022), 1–35.",
        {"volume": "54", "issue": "10s", "page": "1-35"},
    ),
    (
        "LIPIcs' lone author in natural order read with the title",
        "22 Mark Reynolds. A New Rule for LTL Tableaux. In Proc. of the 7th International Symposium on Games, "
        "Automata, Logics and Formal Verification, volume 226 of EPTCS, pages 287–301, 2016.",
        {"author": [{"family": "Reynolds", "given": "Mark"}], "title": "A New Rule for LTL Tableaux"},
    ),
    (
        "LIPIcs' lone author read into the title",
        "10 Theodore Groves. Incentives in teams. Econometrica, 41(4):617–631, 1973. doi:10.2307/1914085.",
        {"author": [{"family": "Groves", "given": "Theodore"}], "title": "Incentives in teams"},
    ),
    (
        "LIPIcs' series named after the proceedings without its volume: 'Computer Aided Verification, LNCS,'",
        "4 Ana Lopez and Ben Ward. A bounded model checker. In Computer Aided Verification, LNCS, pages 299–303. "
        "Springer, 2008.",
        {"container-title": "Computer Aided Verification", "collection-title": "LNCS"},
    ),
    (
        "a DOI's link with the slash percent-encoded is the DOI's, no URL of its own",
        "Ana Lopez and Ben Ward. Adversarial text. In Proceedings 2019 Network and Distributed System Security "
        "Symposium. Internet Society, 2019. doi: 10.14722/ndss.2019.23199. URL https://doi.org/10.14722%2Fndss.2019.23199.",
        {"DOI": "10.14722/ndss.2019.23199", "URL": None},
    ),
    (
        "natbib's month as a number before the year is no page",
        "Leo Gao, Jonathan Tow, Baber Abbasi, Stella Biderman, Sid Black, and Andy Zou. A framework for few-shot "
        "language model evaluation, 12 2023. URL https://zenodo.org/records/10256836.",
        {"page": None, "issued": {"date-parts": [[2023, 12]]}},
    ),
    (
        "natbib's lone author in natural order before a one-word title and its comma",
        "Jerry Liu. LlamaIndex, 11 2022. URL https://github.com/jerryjliu/llama_index.",
        {"author": [{"family": "Liu", "given": "Jerry"}], "title": "LlamaIndex"},
    ),
    (
        "natbib's body named in one word before its project's name",
        "Anthropic. Claude, 2024. URL https://www.anthropic.com/claude.",
        {"author": [{"literal": "Anthropic"}], "title": "Claude"},
    ),
    (
        "natbib's body named in one word before an address",
        "Zeno. https://zenoml.com/, 2023.",
        {"author": [{"family": "Zeno"}], "URL": "https://zenoml.com/"},
    ),
    (
        "natbib's company named in one word before an address, not its publisher",
        "Google. https://deepmind.google/technologies/gemini/#introduction, 2023.",
        {"author": [{"family": "Google"}], "publisher": None},
    ),
    (
        "the ACM's proceedings opening on its year and ordinal after 'In'",
        "[6] Ana Lopez and Ben Ward. 2021. Cache timing on mobile chips. In 2021 58th ACM/IEEE Design Automation "
        "Conference (DAC). IEEE, 1–6.",
        {
            "title": "Cache timing on mobile chips",
            "container-title": "2021 58th ACM/IEEE Design Automation Conference (DAC)",
        },
    ),
    (
        "the ACM's title closed by two full stops before 'In Venue.'",
        "[63] Ana Lopez and Ben Ward. 2017. Event loops in browsers.. In USENIX Security Symposium. 849–864.",
        {"title": "Event loops in browsers", "container-title": "USENIX Security Symposium"},
    ),
    (
        "ACL's 'Online' between the pages and the meeting's date is the place",
        "Ana Lopez and Ben Ward. Attacking classifiers with substitutions. In Proceedings of the 2021 Conference on "
        "Empirical Methods in Natural Language Processing (EMNLP), pages 100–110, Online, November 2021. "
        "Association for Computational Linguistics.",
        {"publisher-place": "Online", "publisher": "Association for Computational Linguistics"},
    ),
    (
        "natbib's list of editors opening a book: every name an editor",
        "8 Peter J. Stuckey, Thomas A. Henzinger, Helmut Veith, and Roderick Bloem, editors. Handbook of Constraint "
        "Programming. Elsevier, 2006. doi:10.1016/s1574-6526(06)80001-7.",
        {
            "author": None,
            "editor": [
                {"family": "Stuckey", "given": "Peter J."},
                {"family": "Henzinger", "given": "Thomas A."},
                {"family": "Veith", "given": "Helmut"},
                {"family": "Bloem", "given": "Roderick"},
            ],
        },
    ),
    (
        "the ACM's pages after the meeting's full stop, closing the proceedings: the pages",
        "[9] Wladimir De la Cadena, Asya Mitseva, Jens Hiller, and Andriy Panchenko. 2020. Splitting traffic against "
        "fingerprinting. In Proceedings of the 2020 ACM SIGSAC Conference on Computer and Communications Security. "
        "1971–1985.",
        {"container-title": "Proceedings of the 2020 ACM SIGSAC Conference on Computer and Communications Security",
         "page": "1971-1985"},
    ),
    (
        "Google Scholar's braced USENIX name and year closing the proceedings' name: no volume",
        "[16] Ben Gras, Kaveh Razavi, Herbert Bos, and Cristiano Giuffrida. 2018. Translation Leak-aside Buffer: "
        "Defeating Cache Side-channel Protections with TLB Attacks. In 27th {USENIX} Security Symposium ({USENIX} "
        "Security 18). 955–972.",
        {"volume": None, "page": "955-972"},
    ),
    (
        "the ACM's proceedings after the title's full stop and 'In', the title read whole",
        "[57] Anatoly Shusterman, Lachlan Kang, Yarden Haskal, Yosef Meltser, Prateek Mittal, Yossi Oren, and Yuval "
        "Yarom. 2019. Robust Website Fingerprinting Through the Cache Occupancy Channel. In 28th USENIX Security "
        "Symposium (USENIX Security 19).",
        {"title": "Robust Website Fingerprinting Through the Cache Occupancy Channel",
         "container-title": "28th USENIX Security Symposium (USENIX Security 19)"},
    ),
    (
        "'Ed' as a given name inside a long list of authors is no editor's word",
        "Hyung Won Chung, Le Hou, Shayne Longpre, Barret Zoph, Yi Tay, William Fedus, Eric Li, Xuezhi Wang, Mostafa "
        "Dehghani, Siddhartha Brahma, Albert Webson, Shixiang Shane Gu, Zhuyun Dai, Mirac Suzgun, Xinyun Chen, "
        "Aakanksha Chowdhery, Sharan Narang, Gaurav Mishra, Adams Yu, Vincent Zhao, Yanping Huang, Andrew Dai, Hongkun "
        "Yu, Slav Petrov, Ed H. Chi, Jeff Dean, Jacob Devlin, Adam Roberts, Denny Zhou, Quoc V. Le, and Jason Wei. "
        "Scaling instruction-finetuned language models, 2022. URL https://arxiv.org/abs/2210.11416.",
        {"editor": None, "title": "Scaling instruction-finetuned language models"},
    ),
    (
        "natbib's proceedings: the sentence after the meeting's place and date, before the link, is the publisher",
        "Mauro Cettolo, Marcello Federico, Luisa Bentivogli, Jan Niehues, Sebastian Stüker, Katsuhito Sudoh, Koichiro "
        "Yoshino, and Christian Federmann. Overview of the IWSLT 2017 evaluation campaign. In Proceedings of the 14th "
        "International Conference on Spoken Language Translation, pages 2–14, Tokyo, Japan, December 14-15 2017. "
        "International Workshop on Spoken Language Translation. URL https://aclanthology.org/2017.iwslt-1.1.",
        {"publisher": "International Workshop on Spoken Language Translation", "publisher-place": "Tokyo, Japan"},
    ),
    (
        "natbib's title and journal read as one venue: the sentence before the full stop is the title",
        "Haotian Liu, Chunyuan Li, Qingyang Wu, and Yong Jae Lee. Visual instruction tuning. Advances in neural "
        "information processing systems, 36, 2024.",
        {"title": "Visual instruction tuning", "container-title": "Advances in neural information processing systems"},
    ),
    (
        "ACL's 'Online' read into the pages",
        "Marco Tulio Ribeiro, Tongshuang Wu, Carlos Guestrin, and Sameer Singh. Beyond accuracy: Behavioral testing "
        "of NLP models with CheckList. In ACL, pages 4902–4912, Online, July 2020. Association for Computational "
        "Linguistics. doi: 10.18653/v1/2020.acl-main.442. URL https://aclanthology.org/2020.acl-main.442.",
        {"publisher-place": "Online", "page": "4902-4912"},
    ),
    (
        "Google Scholar's Springer proceedings with its place, dates, part and series number: one proceedings' title",
        "[28] Marc Juarez, Mohsen Imani, Mike Perry, Claudia Diaz, and Matthew Wright. 2016. Toward an efficient "
        "website fingerprinting defense. In Computer Security–ESORICS 2016: 21st European Symposium on Research in "
        "Computer Security, Heraklion, Greece, September 26-30, 2016, Proceedings, Part I 21. Springer, 27–46.",
        {
            "container-title": "Computer Security–ESORICS 2016: 21st European Symposium on Research in Computer "
            "Security, Heraklion, Greece, September 26-30, 2016, Proceedings, Part I 21",
            "volume": None,
            "publisher-place": None,
            "page": "27-46",
        },
    ),
    (
        "guard: an abbreviated journal with its section letter is no title and venue",
        "A. Abdesselam et al., Eur. Phys. J. C71, 1661 (2011), arXiv:1012.5412[ hep-ph].",
        {"title": None, "container-title": "Eur. Phys. J. C", "volume": "71"},
    ),
    (
        "guard: a journal's bracketed number after a bare bracket stays the volume",
        "김춘근, 이층석, 김진수 2014. '기술창업기업 초기 성과에 미치는 영향요인 분석: "
        "청년창업사관학교 졸업 기업을 대상으로,' 기업경영연구 (57), pp. 63-86.",
        {"container-title": "기업경영연구", "volume": "57"},
    ),
    (
        "the ACM's journal with no volume before the bracketed year is no publisher",
        "[30] Suryeon Kim, Seungwon Shin, and Hyunwoo Choi. 2023. AVX-TSCHA: Leaking Information Through AVX "
        "Extensions in Commercial Processors. Computers & Security (2023), 103437.",
        {"container-title": "Computers & Security", "publisher": None, "page": "103437"},
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_cs_real4_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
