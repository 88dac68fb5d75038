"""Forms the style guides print, typed by hand, each with the fields it must give: every case was read wrong
before the convention it names was taught, or guards a reading that convention must leave alone ('Publisher:
EDP Sciences'); a table, so that a new form costs one line, not one test."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.parse import parse_reference

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "eLife's data citation: the repository before the bracketed year publishes, the labelled accession a note",
        "Castro-Diaz N, Ecco G, Coluccio A, Kapopoulou A, Duc J, Trono D. Evollutionally dynamic L1 regulation in "
        "embryonic stem cells. NCBI Gene Expression Omnibus (2014). NCBI: GSM1406445",
        {
            "title": "Evollutionally dynamic L1 regulation in embryonic stem cells",
            "publisher": "NCBI Gene Expression Omnibus",
            "note": "NCBI: GSM1406445",
            "issued": {"date-parts": [[2014]]},
        },
    ),
    (
        "a laboratory named for its AI as the only author before a comma, 'Google Quantum AI,', is a body",
        "[12] Google Quantum AI, Quantum error correction below the surface code threshold, Nature **638**, 920 "
        "(2025).",
        {"author": [{"literal": "Google Quantum AI"}], "container-title": "Nature"},
    ),
    (
        "a Vancouver name with the initials AI closed by a period stays a person",
        "Abu Bakar AI. Prevalence of anaemia in pregnancy. Med J Malaysia. 2019;74(2):101-5.",
        {"author": [{"family": "Abu Bakar", "given": "AI"}]},
    ),
    (
        "APS's thesis whose title opens with one word and a comma: the word is the title's, not a last author",
        "[4] M. Rossi, Decoherence, non-markovianity and noise in open quantum systems, PhD thesis, Università di "
        "Padova, 2018, https://hdl.handle.net/11577/3421",
        {
            "author": [{"family": "Rossi", "given": "M."}],
            "title": "Decoherence, non-markovianity and noise in open quantum systems",
        },
    ),
    (
        "a list written initials first keeps its last name when 'and' comes before it",
        "[5] M. Rossi and Bianchi, Entanglement in open quantum systems, Phys. Rev. A 98, 012345 (2018).",
        {"title": "Entanglement in open quantum systems"},
    ),
    (
        "Italian's link lead-in 'disponibile liberamente qui:' names no site",
        "Open Knowledge Foundation, *Open data handbook (versione italiana)*; disponibile liberamente qui: "
        "http://opendatahandbook.org/guide/it/.",
        {"title": "Open data handbook (versione italiana)", "container-title": None},
    ),
    (
        "an Italian note's imprint with the month, '(Publisher, febbraio 2014)', before a link's lead-in",
        "Simone Aliprandi, *Il fenomeno open data. Indicazioni e norme per un mondo di dati aperti* (Ledizioni, "
        "febbraio 2014); disponibile liberamente qui: https://aliprandi.org/books/fenomeno-opendata/.",
        {
            "title": "Il fenomeno open data. Indicazioni e norme per un mondo di dati aperti",
            "publisher": "Ledizioni",
            "issued": {"date-parts": [[2014, 2]]},
        },
    ),
    (
        "hyphenated initials with no stop inside ('T-S.') go on the list of inverted names",
        "Liao, P-S., Chen, T-S. and Chung, P-C., “A fast algorithm for multilevel thresholding”, Journal of "
        "Information Science and Engineering 17 (5): 713-727, 2001.",
        {
            "title": "A fast algorithm for multilevel thresholding",
            "container-title": "Journal of Information Science and Engineering",
        },
    ),
    (
        "an archive's subject class after a thesis's title, HAL's 'Human-Computer Interaction [cs.HC]', is a note",
        "Dalal, N, Finding People in Images and Videos, Human-Computer Interaction [cs.HC], Institut National "
        "Polytechnique de Grenoble - INPG, 2006, https://tel.archives-ouvertes.fr/tel-00390303/file/NavneetDalalThesis.pdf",
        {
            "title": "Finding People in Images and Videos",
            "publisher": "Institut National Polytechnique de Grenoble - INPG",
        },
    ),
    (
        "Italian's 'su *Site*' (on): the word is no part of the site's name",
        "Simone Aliprandi, *Open data: serve una norma più chiara. L'open by default non funziona*, su "
        "*Techeconomy2030.it* (dicembre 2018); disponibile liberamente qui: https://www.techeconomy2030.it/2018/12/28/od/.",
        {"container-title": "Techeconomy2030.it"},
    ),
    (
        "Italian's '*Journal* (Fascicolo 1-2, 2011)': the bracket's number is the issue, no part of the name",
        "Simone Aliprandi, *Open licensing e banche dati*, in *Informatica e diritto* (Fascicolo 1-2, 2011); "
        "disponibile liberamente qui: http://aliprandi.blogspot.com/2013/02/open-licensing-e-banche-dati.html.",
        {"container-title": "Informatica e diritto", "issue": "1-2", "issued": {"date-parts": [[2011]]}},
    ),
    (
        "ISO 690's 'S.l. : s.n.' (no place, no publisher) is no part of the title",
        "WIKIPEDIA CONTRIBUTORS, 2019. *Git* [en ligne]. S.l. : s.n. [Consulté le 3 septembre 2019]. Disponible à "
        "l’adresse : https://en.wikipedia.org/w/index.php?title=Git&oldid=913657425.",
        {"title": "Git", "publisher": None, "publisher-place": None},
    ),
    (
        "Springer's catalogue label 'Imprint:' is no part of the publisher's name",
        "CHACON, Scott et STRAUB, Ben, 2014. *Pro Git*. 2nd ed. Berkeley, CA : Imprint: Apress. "
        "ISBN 978-1-4842-0076-6.",
        {"publisher": "Apress", "publisher-place": "Berkeley, CA"},
    ),
    (
        "a Creative Commons mark after the address is the reuse licence, no edition",
        "BORBOEN, Nicolas, 2013. Markdown. In : *Flash Informatique*. 2013. n° 1, p. 5‑8. "
        "https://flashinformatique.epfl.ch/IMG/pdf/fi-1-13.pdf (**CC BY-SA 3.0**)",
        {"edition": None, "publisher": None},
    ),
    (
        "a body's national branch is one organisation, not a family name and initials",
        "Greenpeace UK. (2019). *Plastic pollution in the ocean*. https://www.greenpeace.org.uk/plastics",
        {"author": [{"literal": "Greenpeace UK"}]},
    ),
    (
        "Harvard's national branch with the year unbracketed after it",
        "Oxfam USA (2021) Hunger in a warming world. Available at: https://example.org/hunger (Accessed: 3 March "
        "2022).",
        {"author": [{"literal": "Oxfam USA"}]},
    ),
    (
        "the full stop after a body's closing acronym ends the author part",
        "Amnesty International UK. (2020). *Annual report*. https://www.amnesty.org.uk/report",
        {"author": [{"literal": "Amnesty International UK"}]},
    ),
    (
        "MLA's abbreviated month after the container is the date, not a publisher",
        'Smith, John. "Climate Talks Stall." *Wired*, Sept. 2015, www.wired.com/climate-talks.',
        {"container-title": "Wired", "issued": {"date-parts": [[2015, 9]]}, "publisher": None},
    ),
    (
        "MLA 9's interview conducted by someone: the person interviewed is the author",
        "Smith, Anna. Interview. Conducted by Mark Jones, 12 Feb. 2019.",
        {
            "author": [{"family": "Smith", "given": "Anna"}],
            "editor": None,
            "publisher": None,
            "interviewer": [{"family": "Jones", "given": "Mark"}],
            "issued": {"date-parts": [[2019, 2, 12]]},
        },
    ),
    (
        "MLA 9's broadcast interview: the programme is the container, the network the publisher",
        "Gay, Roxane. Interview. Conducted by Rachel Martin. *Morning Edition*, NPR, 25 Oct. 2017.",
        {"container-title": "Morning Edition", "title": None, "publisher": "NPR", "genre": "Interview"},
    ),
    (
        "NLM's web page with no medium: the sentence before the year and 'Available from' is the site",
        "Ritchie H, Roser M. Plastic pollution. Our World in Data. 2018. Available from: "
        "https://ourworldindata.org/plastic-pollution",
        {"title": "Plastic pollution", "container-title": "Our World in Data"},
    ),
    (
        "NLM's journal abbreviated without periods: the full stop after its closing letter ends the field",
        "Tan SY, Yip A. Hans Selye (1907-1982): founder of the stress theory. Singapore Med J. 2018 Apr;59(4):170-1.",
        {"container-title": "Singapore Med J", "volume": "59", "issue": "4", "page": "170-1"},
    ),
    (
        "Cite Them Right's e-book: the edition and the bracketed format after the title are no subtitle",
        "Smith, A. (2015) Modern marketing. 2nd edn. [Kindle]. London: Pearson. Available at: "
        "https://www.amazon.co.uk (Downloaded: 4 April 2016).",
        {"title": "Modern marketing", "edition": "2", "medium": "Kindle", "publisher": "Pearson"},
    ),
    (
        "GOST 7.1's short host: the abbreviated place and the year after the host's title are its imprint",
        "Иванов И. И. Методы анализа данных // Труды конференции «Информатика-2019». М., 2019. С. 1–10.",
        {
            "container-title": "Труды конференции «Информатика-2019»",
            "publisher-place": "М.",
            "issued": {"date-parts": [[2019]]},
            "page": "1–10",
        },
    ),
    (
        "the body named after an RFC's number issued it: its publisher, the RFC a report",
        '[RFC4301] Kent, S. and K. Seo, "Security Architecture for the Internet Protocol", RFC 4301, IETF, '
        "December 2005.",
        {"type": "report", "publisher": "IETF", "container-title": None, "note": "RFC 4301"},
    ),
    (
        "a bibliography's dashes repeating the author before a role are no part of the title",
        "———, ed. *The Oxford Handbook of Political Theory*. Oxford: Oxford University Press, 2006.",
        {"title": "The Oxford Handbook of Political Theory", "publisher": "Oxford University Press"},
    ),
    (
        "MLA's typed dashes before 'editor'",
        "---, editor. *Critical Essays on Toni Morrison*. G. K. Hall, 1988.",
        {"title": "Critical Essays on Toni Morrison", "publisher": "G. K. Hall"},
    ),
    (
        "a bibliography's dashes run into the italic title ('———*Title.*') repeat the author: no part of the title",
        "———*Kant's Theory of Taste.* Cambridge: Cambridge University Press, 1997.",
        {"title": "Kant's Theory of Taste", "container-title": None, "publisher": "Cambridge University Press"},
    ),
    (
        "the dashes and a span of years ('———, 1994–98.') are the author before's and the date, no list number",
        "———, 1988–92. *Spinoza et le problème de l'expression*. Paris: Minuit.",
        {"issued": {"date-parts": [[1988]]}, "title": "Spinoza et le problème de l'expression", "publisher": "Minuit"},
    ),
    (
        "'*Title*, Publisher (Place – Year)': the name after the italic title is the publisher, the town its place",
        "Helen Langdon, *Caravaggio: A Life*, Westview Press (Boulder, CO – 2000)",
        {
            "title": "Caravaggio: A Life",
            "publisher": "Westview Press",
            "publisher-place": "Boulder, CO",
            "container-title": None,
            "issued": {"date-parts": [[2000]]},
        },
    ),
    (
        "MLA 7's 'Ed. Name. Place: Publisher' after the book: the editors, then the town before the colon",
        'Dietrich, Julia. "The Visionary Rhetoric of Hildegard of Bingen." *Rhetorical Women: Roles and '
        "Representations*. Ed. Hildy Miller. Tuscaloosa: University of Alabama Press, 2005. 202–14.",
        {
            "editor": [{"family": "Miller", "given": "Hildy"}],
            "publisher-place": "Tuscaloosa",
            "publisher": "University of Alabama Press",
            "container-title": "Rhetorical Women: Roles and Representations",
        },
    ),
    (
        "Chicago's 'no. 1877 (Winter, 2001)': the four-digit number after 'no.' is the issue, the bracket the date",
        'Smith, Ann. "Elgar at the Proms." *The Musical Times* 142, no. 1877 (Winter, 2001): 11–20.',
        {"issue": "1877", "volume": "142", "issued": {"date-parts": [[2001]], "season": 4}},
    ),
    (
        "IEEE's web page: the site named by its domain after the straight-quoted title is the container",
        '[3] "Python Software Foundation," Python.org. [Online]. Available: https://www.python.org/ (accessed Mar. 3, '
        "2023).",
        {"container-title": "Python.org", "source": None},
    ),
    (
        "APA's podcast interview names the interviewer in the title's bracket: a role, not a note",
        "Morrison, T. (2019, April 3). *Interview with Toni Morrison* (E. Gross, Interviewer) [Audio podcast "
        "episode]. In *Fresh Air*. NPR. https://www.npr.org/2019/morrison",
        {"interviewer": [{"family": "Gross", "given": "E."}], "note": None, "container-title": "Fresh Air"},
    ),
    (
        "Italian APA's editor role '(a cura di)' before the book",
        "Rossi, M. (2017). Il Rinascimento. In G. Bianchi (a cura di), *Storia d'Italia* (pp. 12-40). Bologna: "
        "Il Mulino.",
        {"editor": [{"family": "Bianchi", "given": "G."}], "container-title": "Storia d'Italia"},
    ),
    (
        "German 'S.' page count after the imprint, read by the APA reader: its pages as the labelled data keep them",
        "Meyer, K. (2019). Der Wald. Berlin: Ullstein. 212 S.",
        {"page": "212", "note": None, "publisher": "Ullstein"},
    ),
    (
        "the IPCC's editors in brackets before the publisher are editors, no description of the work",
        "IPCC, 2021: Summary for Policymakers. In: Climate Change 2021: The Physical Science Basis. Contribution of "
        "Working Group I to the Sixth Assessment Report of the Intergovernmental Panel on Climate Change "
        "[Masson-Delmotte, V., P. Zhai, A. Pirani (eds.)]. Cambridge University Press, pp. 3–32.",
        {
            "editor": [
                {"family": "Masson-Delmotte", "given": "V."},
                {"family": "Zhai", "given": "P."},
                {"family": "Pirani", "given": "A."},
            ],
            "medium": None,
            "publisher": "Cambridge University Press",
        },
    ),
    (
        "Nature's web page: the sentence before the address and the bracketed year is the site",
        "Ritchie, H., Roser, M. & Rosado, P. CO₂ and greenhouse gas emissions. Our World in Data "
        "https://ourworldindata.org/co2-and-greenhouse-gas-emissions (2020).",
        {"title": "CO₂ and greenhouse gas emissions", "container-title": "Our World in Data"},
    ),
    (
        "Nature's book whose title closes on a year before the bracketed imprint",
        "Smith, J. Energy Statistics 2020 (Springer, 2021).",
        {"title": "Energy Statistics 2020", "publisher": "Springer", "issued": {"date-parts": [[2021]]}, "note": None},
    ),
    (
        "Nature's report by a body that is also its publisher, the title closing on a year",
        "IEA. World Energy Outlook 2022 (IEA, 2022).",
        {"author": [{"literal": "IEA"}], "title": "World Energy Outlook 2022", "publisher": "IEA"},
    ),
    (
        "MHRA's note: the names before the italic title wrote it, 'ed. by' names its editor",
        "Jane Austen, *Pride and Prejudice*, ed. by Vivien Jones (London: Penguin, 2003), p. 45.",
        {
            "author": [{"family": "Austen", "given": "Jane"}],
            "editor": [{"family": "Jones", "given": "Vivien"}],
            "publisher": "Penguin",
        },
    ),
    (
        "OSCOLA's chapter: the bracket after the book's italic title holds its publisher and year",
        "Jeremy Horder, 'Crimes of Ulterior Intent' in A P Simester and A T H Smith (eds), *Harm and Culpability* "
        "(OUP 1996) 153.",
        {"container-title": "Harm and Culpability", "publisher": "OUP", "issued": {"date-parts": [[1996]]}},
    ),
    (
        "OSCOLA's journal numbering no volumes: '[2005] PL 440' is the year, the journal and the first page",
        "Paul Craig, 'Theory, \"Pure Theory\" and Values in Public Law' [2005] PL 440.",
        {"container-title": "PL", "volume": None, "page": "440", "issued": {"date-parts": [[2005]]}},
    ),
    (
        "OSCOLA's journal with volumes: '(2002) 22 OJLS 1'",
        "Andrew Burrows, 'We Do This at Common Law but That in Equity' (2002) 22 OJLS 1.",
        {"container-title": "OJLS", "volume": "22", "page": "1", "note": None},
    ),
    (
        "WHO's licence statement after the address, read by the APA reader: a note, no place and publisher",
        "World Health Organization. (2018). *Global status report on alcohol and health 2018*. "
        "https://apps.who.int/iris/handle/10665/274603. License: CC BY-NC-SA 3.0 IGO",
        {"publisher": None, "publisher-place": None, "note": "License: CC BY-NC-SA 3.0 IGO"},
    ),
    (
        "APA's guideline and its number in the bracket after the title, with no 'No.'",
        "National Institute for Health and Care Excellence. (2019). *Depression in adults: Recognition and "
        "management* (NICE Guideline CG90). https://www.nice.org.uk/guidance/cg90",
        {"title": "Depression in adults: Recognition and management", "number": "CG90"},
    ),
    (
        "AMA's chapter: the italic book after 'In:' and its editor, then the edition, is the container",
        "4. Lee K. Title of chapter. In: Brown T, ed. *Textbook of Medicine*. 3rd ed. McGraw Hill; 2019:100-120.",
        {"title": "Title of chapter", "container-title": "Textbook of Medicine", "edition": "3", "page": "100-120"},
    ),
    (
        "AMA's book by a body, its italic title read as a container and moved: a book, no chapter of nothing",
        "3. World Health Organization. *Guidelines on Physical Activity and Sedentary Behaviour*. World Health "
        "Organization; 2020.",
        {"type": "book", "title": "Guidelines on Physical Activity and Sedentary Behaviour", "container-title": None},
    ),
    (
        "APA's edition with a word before 'ed.' in the title's bracket, '(30th anniversary ed.)'",
        "Freire, P. (2000). Pedagogy of the oppressed (30th anniversary ed.). Continuum. (Original work published "
        "1970)",
        {"title": "Pedagogy of the oppressed", "edition": "30", "publisher": "Continuum"},
    ),
    (
        "APA 6's dissertation from a database: its number in brackets and the database named with no address",
        "Brown, R. (2008). Learning analytics (Doctoral dissertation). Retrieved from ProQuest Dissertations and "
        "Theses database. (UMI No. 3312345)",
        {"publisher": None, "number": "3312345", "archive": "ProQuest Dissertations and Theses database", "note": None},
    ),
    (
        "Harvard's '[online]' after the journal's name is the medium, no part of the name",
        "Jones, A. (2005) 'Rising tides', Nature [online], 435(7042), pp. 12-14. Available at: doi:10.1038/435012a "
        "(Accessed: 1 May 2012).",
        {"container-title": "Nature", "medium": "online", "volume": "435"},
    ),
    (
        "IEEE's NeurIPS chapter: the book's volume, then its editors (one with an elided particle), then 'Eds.'",
        "[1] J. Doe, “Deep nets,” in Advances in Neural Information Processing Systems, vol. 32, H. Wallach, "
        "H. Larochelle, A. Beygelzimer, F. d'Alché-Buc, E. Fox, and R. Garnett, Eds. Curran Associates, Inc., 2019, "
        "pp. 8024–8035.",
        {"container-title": "Advances in Neural Information Processing Systems", "volume": "32", "page": "8024-8035"},
    ),
    (
        "Vancouver's journal with a subtitle after its colon ends at the stop before the date, not in the title",
        "Martínez Carro E. Una interpretación digital de dos tragedias lorquianas: Yerma y Doña Rosita la "
        "soltera. Caracteres: estudios culturales y críticos de la esfera digital. 2018;7:240–67.",
        {
            "title": "Una interpretación digital de dos tragedias lorquianas: Yerma y Doña Rosita la soltera",
            "container-title": "Caracteres: estudios culturales y críticos de la esfera digital",
            "volume": "7",
        },
    ),
    (
        "NLM's web page: the short sentence between the title and the lone year is the site, not the title's end",
        "Basak S. Drone Signals. GitHub. 2021. https://github.com/sanjoy-basak/dronesignals",
        {"title": "Drone Signals", "container-title": "GitHub"},
    ),
    (
        "NLM's magazine article with no volume: the site before the year was read as a place",
        "Huth M. Rethinking Product Development and Usage to Make a Tech Business Ethical. Nasdaq. 2021. "
        "https://www.nasdaq.com/articles/rethinking-product-development-and-usage-to-make-a-tech-business-ethical",
        {"container-title": "Nasdaq", "publisher-place": None},
    ),
    (
        "the AAA's chapter: the book after 'In', one editor with initials and 'ed.', then 'Pp.' and the pages",
        "Bell, T., and G. Lock 2000 Topographic and Cultural Influences on Walking the Ridgeway in Later "
        "Prehistoric Times. In Beyond the Map: Archaeology and Spatial Technologies. G. Lock, ed. Pp. 85–100. "
        "Amsterdam: IOS Press.",
        {
            "container-title": "Beyond the Map: Archaeology and Spatial Technologies",
            "editor": [{"family": "Lock", "given": "G."}],
            "page": "85-100",
        },
    ),
    (
        "the AAA's chapter with the book's edition between its title and its editors",
        "Burks, H. F. 2001 Using the Imagine Game as a Projective Technique. In Game Play: Therapeutic Use of "
        "Childhood Games. 2nd edition. C. E. Schaefer and S. E. Reid, eds. Pp. 39–66. Wiley.",
        {"container-title": "Game Play: Therapeutic Use of Childhood Games", "edition": "2", "page": "39-66"},
    ),
    (
        "the ACS's imprint 'Publisher: Place' with a town no list knows: the side named as a publisher is it",
        "Zebe, F.; Tanner, L. Anarchy on the River’s Edge; Lookout Publishing: Chattanooga, 1974.",
        {"publisher": "Lookout Publishing", "publisher-place": "Chattanooga"},
    ),
    (
        "the ACS's imprint read as a container and then taken as the publisher keeps its place apart",
        "Ernst, W. Chronopoetics: The Temporal Being and Operativity of Technological Media; Rowman & Littlefield "
        "International: London, 2016; pp 63–95.",
        {"publisher": "Rowman & Littlefield International", "publisher-place": "London"},
    ),
    (
        "a publisher led in by 'Publisher:' names no place before its colon",
        "Jerry Ling and Tamás Gál. High-performance end-user analysis in pure Julia programming language. EPJ Web of "
        "Conferences, 295:06012, 2024. Publisher: EDP Sciences.",
        {"publisher": "EDP Sciences", "publisher-place": None},
    ),
    (
        "the Style Manual's site before the access date, 'ZDNet website, accessed', is the container, no word",
        "Heath N (2021) *What is AI? Here's everything you need to know about artificial intelligence*, ZDNet "
        "website, accessed 9 December 2021. https://www.zdnet.com/article/what-is-ai-heres-everything-you-need-to-"
        "know-about-artificial-intelligence/",
        {"container-title": "ZDNet", "publisher": None},
    ),
    (
        "the Style Manual's site read as the publisher ('WHO website, accessed') is the container",
        "WHO (World Health Organization) (2021) *WHO accelerates work on nutrition targets with new commitments*, "
        "WHO website, accessed 9 December 2021. https://www.who.int/news/item/07-12-2021-who-accelerates-work-on-"
        "nutrition-targets-with-new-commitments",
        {"container-title": "WHO", "publisher": None},
    ),
    (
        "the Style Manual's post: the page after '[Tweet],' is the site, without the bracket's end",
        "Thunberg G (15 November 2021a) 'A reminder: the people in power don't need conferences, treaties...' "
        "[Tweet], Greta Thunberg, accessed 1 November 2021. https://twitter.com/GretaThunberg/status/"
        "1460159146720997377",
        {"container-title": "Greta Thunberg", "publisher": None},
    ),
    (
        "an album's '[Album], Spotify website, accessed': the bracket's end out of the site, and no word 'website'",
        "The Beatles (1967) Sgt. Pepper's lonely hearts club band (remastered) [Album], Spotify website, accessed 1 "
        "December 2021. https://open.spotify.com/album/6QaVfG1pHYl1z15ZxkvVDW",
        {"container-title": "Spotify", "title": "Sgt. Pepper's lonely hearts club band (remastered)"},
    ),
    (
        "the Style Manual's unsigned article led by its newspaper: '*Newspaper* (date) 'Title''",
        "*Financial Review* (7 August 2021) 'Small business response to COVID-19'.",
        {
            "container-title": "Financial Review",
            "title": "Small business response to COVID-19",
            "issued": {"date-parts": [[2021, 8, 7]]},
        },
    ),
    (
        "the Style Manual's '[unpublished conference presentation], *Meeting*, Town.': the meeting, no container",
        "Garner R and Whitbread R (19-21 October 2021) 'Implementing a safety case regulatory regime for "
        "spaceflight activities' [unpublished conference presentation], *11th IAASS Conference: Managing Risk in "
        "Space*, Rotterdam.",
        {
            "container-title": None,
            "publisher-place": None,
            "event-title": "11th IAASS Conference: Managing Risk in Space",
            "event-place": "Rotterdam",
        },
    ),
    (
        "the Style Manual's closing '…, accessed …, IBISWorld database.': no publisher; 'report no.' the number; "
        "the day read and the database kept",
        "Lo B (2016) *Internet service providers in Australia*, report no. J5911, accessed 28 November 2021, "
        "IBISWorld database.",
        {
            "publisher": None,
            "number": "J5911",
            "title": "Internet service providers in Australia",
            "accessed": {"date-parts": [[2021, 11, 28]]},
            "note": "IBISWorld database",
        },
    ),
    (
        "the Style Manual's thesis from a database: the university stays the publisher, the database goes",
        "McLellan JM (2019) *The development of an intervention to support midwives in addressing multiple health "
        "behaviours with pregnant women* [PhD dissertation], University of Stirling, accessed 13 December 2021, "
        "ProQuest Dissertations & Theses Global database.",
        {"publisher": "University of Stirling"},
    ),
    (
        "Harvard's single-quoted title with a plural possessive ('students' professional') runs to its closing quote",
        "Papadopoulou M (2020) 'Supporting the development of early years students' professional identities "
        "through an action research programme', *Educational Action Research*, 28(4):686-699, "
        "doi:10.1080/09650792.2019.1652196.",
        {
            "title": "Supporting the development of early years students' professional identities through an action "
            "research programme",
            "container-title": "Educational Action Research",
        },
    ),
    (
        "an ISO designation with its year after a colon ('ISO 21542:2021') is the standard's number, no journal",
        "ISO (International Organization for Standardization) (2021) *Building construction -- accessibility and "
        "usability of the built environment*, ISO 21542:2021, accessed 9 December 2021. https://www.standards.org."
        "au/standards-catalogue/international/iso--other/iso--21542-colon-2021",
        {"container-title": None, "volume": None, "page": None, "number": "ISO 21542:2021"},
    ),
    (
        "the Style Manual's part in its italic whole, ''Title' [radio program], *Program*, ABC, Melbourne.'",
        "Smail S (presenter) (9 December 2021) 'Australian working mums missing out on big earning potential and "
        "super' [radio program], *The world today*, ABC, Melbourne.",
        {"container-title": "The world today", "publisher": "ABC", "publisher-place": "Melbourne"},
    ),
    (
        "the Style Manual's dictionary entry with no 'in': ''Entry', *Dictionary*, Publisher, doi:…'",
        "Neal M (2019) 'Damascus Securities Exchange', *A dictionary of business and management in the Middle East "
        "and North Africa*, Oxford University Press, doi:10.1093/acref/9780191843266.001.0001.",
        {
            "title": "Damascus Securities Exchange",
            "container-title": "A dictionary of business and management in the Middle East and North Africa",
        },
    ),
    (
        "MHRA's 'Ernst, Wolfgang, Chronopoetics: …': a family name and a given name make one person, not two "
        "family names before a third",
        "Ernst, Wolfgang, Chronopoetics: The Temporal Being and Operativity of Technological Media (Rowman & "
        "Littlefield International, 2016), pp. 63–95",
        {
            "author": [{"family": "Ernst", "given": "Wolfgang"}],
            "title": "Chronopoetics: The Temporal Being and Operativity of Technological Media",
        },
    ),
    (
        "MHRA's inverted name closed by its particle, 'Saussure, Ferdinand de,': the title after it is no name",
        "Saussure, Ferdinand de, Cours de linguistique générale (Payot, 1916)",
        {"title": "Cours de linguistique générale", "publisher": "Payot"},
    ),
    (
        "MHRA's 'Coetsem, Frans van, A General and …': the title's 'and' joins no names",
        "Coetsem, Frans van, A General and Unified Theory of the Transmission Process in Language Contact "
        "(Heidelberg: Winter, 2000)",
        {"title": "A General and Unified Theory of the Transmission Process in Language Contact"},
    ),
    (
        "Wiley's and Harvard's chapter: after the title's comma, 'in' opens the book, read as a note",
        "Dempster, A.P. (2008) Upper and lower probabilities induced by a multivalued mapping, in Classic works of "
        "the Dempster-Shafer theory of belief functions, Springer, pp. 57–72.",
        {"container-title": "Classic works of the Dempster-Shafer theory of belief functions", "note": None},
    ),
    (
        "Wiley's and Harvard's chapter with its book read into the title before a plain imprint and the pages",
        "Tate, J. (1989) Ordering Wine in Paris, in An American’s Guide to French Cuisine, U of Tennessee P, "
        "pp. 45–61.",
        {"title": "Ordering Wine in Paris", "container-title": "An American’s Guide to French Cuisine"},
    ),
    (
        "IOP's journal spelled in full after the title, no mark: a head and its link open it ('Transactions of')",
        "[4] Arora S, Li Y, Liang Y, Ma T and Risteski A 2018 Linear algebraic structure of word senses, with "
        "applications to polysemy Transactions of the Association for Computational Linguistics 6 483–95",
        {
            "title": "Linear algebraic structure of word senses, with applications to polysemy",
            "container-title": "Transactions of the Association for Computational Linguistics",
            "volume": "6",
        },
    ),
    (
        "IOP's journal spelled in full with a word before its head ('Chicago Journal of') after a sentence-case title",
        "Watrous J 2013 Simpler semidefinite programs for completely bounded norms Chicago Journal of Theoretical "
        "Computer Science 19 1–21",
        {
            "title": "Simpler semidefinite programs for completely bounded norms",
            "container-title": "Chicago Journal of Theoretical Computer Science",
        },
    ),
    (
        "IOP's journal spelled in full that ends on its noun ('Endangered Species Research'), no mark before it",
        "Wilson R P, Shepard E and Liebsch N 2008 Prying into the intimate details of animal lives: use of a daily "
        "diary on animals Endangered Species Research 4 123–37",
        {
            "title": "Prying into the intimate details of animal lives: use of a daily diary on animals",
            "container-title": "Endangered Species Research",
            "volume": "4",
        },
    ),
    (
        "IOP's book with its volume before the imprint ('vol 24 (New York: McGraw–Hill)')",
        "Lawson J L and Uhlenbeck G E 1950 Threshold Signals vol 24 (New York: McGraw–Hill)",
        {"title": "Threshold Signals", "volume": "24", "publisher": "McGraw–Hill"},
    ),
    (
        "the RSC's entry without the article's title: a last part with no initial after the names is the journal",
        "1 G. H. Callcott, American Archivist, 1958, 21, 18–22.",
        {"author": [{"family": "Callcott", "given": "G. H."}], "container-title": "American Archivist", "volume": "21"},
    ),
    (
        "the RSC's entry without the article's title: the one part between the names and the numbers is the journal",
        "4 H. T. Dickinson, Literature and History, 1978, 8, 175–196.",
        {"title": None, "container-title": "Literature and History", "volume": "8", "page": "175-196"},
    ),
    (
        "the RSC's title-less entry with an abbreviated journal after the names: 'J. Hydrol.' is no person",
        "92 C. C. Park, J. Hydrol., 1977, 33, 133–146.",
        {"author": [{"family": "Park", "given": "C. C."}], "container-title": "J. Hydrol.", "volume": "33"},
    ),
    (
        "Science's bracketed imprint '(Publisher, Town, Year)': an unlisted town after the publisher is its place",
        "66. F. Zebe, L. Tanner, Eds., Anarchy on the River’s Edge (Lookout Publishing, Chattanooga, 1974).",
        {"publisher": "Lookout Publishing", "publisher-place": "Chattanooga"},
    ),
    (
        "Science's edition inside the imprint's bracket, '(Stata Press, College Station, TX, ed. 2, 2007)'",
        "10. J. W. Hardin, J. M. Hilbe, Generalized Linear Models and Extensions (Stata Press, College Station, TX, "
        "ed. 2, 2007).",
        {"publisher": "Stata Press", "publisher-place": "College Station, TX", "edition": "2", "page": None},
    ),
    (
        "Elsevier's web page 'Title, Site (Year). URL': the short last part before the bracketed year is the site",
        "[61] P. Bratianu, Why workplace stress impacts nurses, Ausmed (2015). "
        "https://www.ausmed.com/articles/stress-in-nursing/.",
        {"title": "Why workplace stress impacts nurses", "container-title": "Ausmed"},
    ),
    (
        "a Chicago note's 'Charles de Gaulle, Mémoires de guerre (…)': the name ends at the comma after its family "
        "name, the title's 'de' opens no second name",
        "Charles de Gaulle, Mémoires de guerre (Paris: Plon, 1954).",
        {"title": "Mémoires de guerre", "publisher": "Plon"},
    ),
    (
        "a note's 'Ferdinand de Saussure, Title (Payot, 1916)': the bracket is the imprint, not a citation of an "
        "author named Payot",
        "Ferdinand de Saussure, Cours De Linguistique Générale (Payot, 1916).",
        {"title": "Cours De Linguistique Générale", "publisher": "Payot"},
    ),
    (
        "ISO 690's medium 'Online.' as a sentence of its own after the site is no part of the site",
        "KOCH, Christof, 2018. What Is Consciousness? Scientific American. Online. 1 June 2018. Available from: "
        "https://www.scientificamerican.com/article/what-is-consciousness/",
        {"title": "What Is Consciousness?", "container-title": "Scientific American"},
    ),
    (
        "ISO 690's 'Online.' between a book's title and its publisher is no part of the title",
        "TOLSTOY, Leo, 1998. Anna Karenina. Online. Project Gutenberg. Available from: "
        "https://www.gutenberg.org/files/1399/1399-h/1399-h.htm",
        {"title": "Anna Karenina"},
    ),
    (
        "ISO 690's 'Online.' after a report's title names no site",
        "HUMAN RIGHTS WATCH, 2012. Old Behind Bars: The Aging Prison Population in the United States. Online. "
        "Available from: http://www.hrw.org/reports/2012/01/27/old-behind-bars [Accessed 2 February 2012].",
        {"title": "Old Behind Bars: The Aging Prison Population in the United States", "container-title": None},
    ),
    (
        "ISO 690 in English, 'Journal. 2019. Vol. 8, no. 1, p. 12–30.': the sentence before the year is the journal",
        "GARCÍA, Luis, 2019. La novela digital. Caracteres: estudios culturales y críticos de la esfera digital. "
        "2019. Vol. 8, no. 1, p. 12–30.",
        {
            "title": "La novela digital",
            "container-title": "Caracteres: estudios culturales y críticos de la esfera digital",
        },
    ),
    (
        "ISO 690 in English with an abbreviated journal before the year, 'Commun. ACM. 2019. Vol. 62', is no publisher",
        "GU, Ronghui and SHAO, Zhong, 2019. Building certified concurrent OS kernels. Commun. ACM. 2019. Vol. 62, "
        "no. 10, p. 89–99.",
        {"container-title": "Commun. ACM", "publisher": None, "volume": "62"},
    ),
    (
        "PNAS's data citation closing 'Deposited 2024.' after the year: the word is no title",
        "7. L. Jameson, R. Simon, Recogito-Studio. (2024). Deposited 2024.",
        {"title": "Recogito-Studio", "issued": {"date-parts": [[2024]]}},
    ),
    (
        "PNAS's data citation 'Repository. Deposited 2017.': the repository holds no 'Deposited'",
        "12. R. Thomas, N. Dimsdale, A Millennium of UK Data. Bank of England. Deposited 2017.",
        {"title": "A Millennium of UK Data", "publisher": None, "issued": {"date-parts": [[2017]]}},
    ),
    (
        "ACM's book 'Names. Year. Title. Publisher, Town.': the title is no part of the publisher",
        "[24] Ferdinand de Saussure. 1916. Cours De Linguistique Générale. Payot, Paris.",
        {"title": "Cours De Linguistique Générale", "publisher": "Payot", "publisher-place": "Paris"},
    ),
    (
        "APS's plain chapter title, 'Title, in Book: Subtitle, edited by …': the book runs from 'in' to 'edited by'",
        "[71] G. I. Crawford, Oxygen in Metals, in Activation Analysis: Proceedings of a NATO Advanced Study "
        "Institute, edited by J. M. A. Lenihan and S. J. Thompson (Academic Press, London, 1965), pp. 113–118.",
        {
            "title": "Oxygen in Metals",
            "container-title": "Activation Analysis: Proceedings of a NATO Advanced Study Institute",
        },
    ),
    (
        "MLA's original year read into the title, 'Title. 1792. Edited by …, 3rd ed., Publisher, 2009.': a note",
        "Wollstonecraft, Mary. A Vindication of the Rights of Woman. 1792. Edited by Deidre Shauna Lynch, 3rd ed., "
        "W. W. Norton, 2009.",
        {"title": "A Vindication of the Rights of Woman", "issued": {"date-parts": [[2009]]}, "edition": "3"},
    ),
    (
        "MLA's original year as the date and 'Edited by J. Paul Hunter,' cut at the initial: the later year is the "
        "edition's, the name runs to its comma",
        "Shelley, Mary. *Frankenstein*. 1818. Edited by J. Paul Hunter, W. W. Norton, 1996.",
        {
            "issued": {"date-parts": [[1996]]},
            "editor": [{"family": "Hunter", "given": "J. Paul"}],
            "publisher": "W. W. Norton",
            "publisher-place": None,
        },
    ),
    (
        "MLA's edited book with a one-word title, 'Austen, Jane. Emma. Edited by X, Penguin,': author, title, editor",
        "Austen, Jane. Emma. Edited by Fiona Stafford, Penguin, 2003.",
        {
            "author": [{"family": "Austen", "given": "Jane"}],
            "title": "Emma",
            "editor": [{"family": "Stafford", "given": "Fiona"}],
            "publisher": "Penguin",
        },
    ),
    (
        "MLA's translator whose span ran past the comma into 'W. W. Norton': the publisher keeps its initials",
        "Homer. The Odyssey. Translated by Emily Wilson, W. W. Norton, 2018.",
        {"translator": [{"family": "Wilson", "given": "Emily"}], "publisher": "W. W. Norton"},
    ),
    (
        "MLA's two roles, 'Translated by J. R. R. Tolkien, edited by Christopher Tolkien,': neither in the title",
        "Tolkien, J. R. R. Beowulf. Translated by J. R. R. Tolkien, edited by Christopher Tolkien, Houghton Mifflin "
        "Harcourt, 2014.",
        {
            "title": "Beowulf",
            "translator": [{"family": "Tolkien", "given": "J. R. R."}],
            "editor": [{"family": "Tolkien", "given": "Christopher"}],
        },
    ),
    (
        "MLA's database after an article's pages, with its link in the same span: no publisher",
        "Quintana, Alvina E. “Politics, Representation and the Emergence of a Chicana Aesthetic.” Cultural Studies, "
        "vol. 4, no. 3, 1990, pp. 257-63. Taylor and Francis Online, https://doi.org/10.1080/09502389000490211.",
        {"publisher": None, "container-title": "Cultural Studies", "DOI": "10.1080/09502389000490211"},
    ),
    (
        "MLA's series after the book's publisher and year, 'Cambridge UP, 2000. Cambridge Studies in … 8.': no journal",
        "Gikandi, Simon. Ngugi wa Thiong’o. Cambridge UP, 2000. Cambridge Studies in African and Caribbean "
        "Literature 8.",
        {
            "type": "book",
            "container-title": None,
            "collection-title": "Cambridge Studies in African and Caribbean Literature",
            "publisher": "Cambridge UP",
        },
    ),
    (
        "MLA's 'YouTube, uploaded by Eric Kerr,': who uploaded a video is no editor",
        'Kerr, Eric. "Edward Kerr Is a Genius." YouTube, uploaded by Eric Kerr, 26 Sept. 2014, '
        "www.youtube.com/watch?v=dQw4w9WgXcQ.",
        {"editor": None, "container-title": "YouTube", "issued": {"date-parts": [[2014, 9, 26]]}},
    ),
    (
        "MLA's government author, jurisdiction and bodies with commas to the first full stop, cut at a comma",
        "United States, Congress, Senate, Committee on Armed Services. Hearing on the Nominations. Government "
        "Printing Office, 2007.",
        {
            "author": [{"literal": "United States, Congress, Senate, Committee on Armed Services"}],
            "title": "Hearing on the Nominations",
        },
    ),
    (
        "MLA's government author run on into the title: the name ends at its full stop",
        "United States, Department of Agriculture. Dietary Guidelines for Americans. 2015.",
        {
            "author": [{"literal": "United States, Department of Agriculture"}],
            "title": "Dietary Guidelines for Americans",
        },
    ),
    (
        "IEEE's 'R Package Version 2.0-12,': the package's release, not a container with pages '0-12'",
        "[23] R. J. Hijmans and J. van Etten, “Raster: Geographic analysis and modeling with raster data,” R Package "
        "Version 2.0-12, Jan. 12, 2012. [Online]. Available: http://CRAN.R-project.org/package=raster",
        {"version": "2.0-12", "container-title": None, "page": None},
    ),
    (
        "NLM's newspaper date '2002 Aug 12;Sect. A:2': the day belongs to the date, not to the section",
        "11. Tynan T. Medical improvements lower homicide rate: study sees drop in assault rate. The Washington Post. "
        "2002 Aug 12;Sect. A:2 (col. 4).",
        {"issued": {"date-parts": [[2002, 8, 12]]}, "container-title": "The Washington Post"},
    ),
    (
        "Harvard's body before its bracketed year, 'Department of Health (2001)', read as the publisher: the author",
        "Department of Health (2001) The expert patient: a new approach to chronic disease management for the 21st "
        "century. London: Department of Health.",
        {"author": [{"literal": "Department of Health"}], "publisher": "Department of Health"},
    ),
    (
        "a plain-text Chicago note with a one-word title and its editors, 'William Shakespeare, Hamlet, ed. …'",
        "William Shakespeare, Hamlet, ed. Barbara A. Mowat and Paul Werstine (New York: Simon & Schuster, 2012), 45.",
        {
            "author": [{"family": "Shakespeare", "given": "William"}],
            "title": "Hamlet",
            "editor": [{"family": "Mowat", "given": "Barbara A."}, {"family": "Werstine", "given": "Paul"}],
            "publisher": "Simon & Schuster",
        },
    ),
    (
        "a plain-text Chicago note whose title holds a semicolon, 'Frankenstein; or, The Modern Prometheus (London: …'",
        "14. Mary Shelley, Frankenstein; or, The Modern Prometheus (London: Henry Colburn, 1831), 45.",
        {
            "author": [{"family": "Shelley", "given": "Mary"}],
            "title": "Frankenstein; or, The Modern Prometheus",
            "publisher": "Henry Colburn",
            "publisher-place": "London",
            "issued": {"date-parts": [[1831]]},
        },
    ),
    (
        "the IEA's closing 'License: CC BY 4.0' takes no part in the reading ('4.0' was a volume and a page)",
        "IEA (2021), Net Zero by 2050, IEA, Paris https://www.iea.org/reports/net-zero-by-2050, License: CC BY 4.0",
        {
            "title": "Net Zero by 2050",
            "publisher": "IEA",
            "publisher-place": "Paris",
            "volume": None,
            "page": None,
            "note": "License: CC BY 4.0",
        },
    ),
    (
        "a site named by its domain after a quoted title, 'martinfowler.com,', is the container, not the genre",
        'Fowler, Martin. "Microservices." martinfowler.com, 25 March 2014. '
        "https://martinfowler.com/articles/microservices.html.",
        {"container-title": "martinfowler.com", "genre": None},
    ),
    (
        "NLM's report title closing on its year before 'Place: Publisher; Year': the year is the title's",
        "UNICEF. The State of the World's Children 2019. New York: UNICEF; 2019.",
        {"title": "The State of the World's Children 2019", "publisher": "UNICEF", "publisher-place": "New York"},
    ),
    (
        "APA's editors of a group's report after its title, '(R. K. Pachauri & L. A. Meyer, Eds.). IPCC.'",
        "Intergovernmental Panel on Climate Change. (2014). Climate change 2014: Synthesis report. Contribution of "
        "Working Groups I, II and III to the Fifth Assessment Report of the Intergovernmental Panel on Climate Change "
        "(R. K. Pachauri & L. A. Meyer, Eds.). IPCC.",
        {
            "editor": [{"family": "Pachauri", "given": "R. K."}, {"family": "Meyer", "given": "L. A."}],
            "publisher": "IPCC",
        },
    ),
    (
        "Springer's PDF link set with spaces, 'https:// doi. org/ 10. 1038/ natur e14539': one DOI, no place or note",
        "LeCun Y, Bengio Y, Hinton G (2015) Deep learning. Nature 521(7553):436–444. https:// doi. org/ 10. 1038/ "
        "natur e14539",
        {"DOI": "10.1038/nature14539", "publisher-place": None, "publisher": None, "note": None},
    ),
    (
        "a PDF's back-references closing the reference, '2012. 2, 3': the citing paper's pages, no volume or note",
        "[4] A. Krizhevsky, I. Sutskever, and G. E. Hinton. ImageNet classiﬁcation with deep convolutional neural "
        "networks. In NIPS, pages 1097–1105, 2012. 2, 3",
        {"volume": None, "note": None, "page": "1097-1105", "container-title": "NIPS"},
    ),
    (
        "Annual Reviews' bare 'ed' after the book's comma: the names after it are the book's editors",
        "Fiske ST. 1998. Stereotyping, prejudice, and discrimination. In The Handbook of Social Psychology, ed DT "
        "Gilbert, ST Fiske, G Lindzey, pp. 357–411. New York: McGraw-Hill. 4th ed.",
        {
            "container-title": "The Handbook of Social Psychology",
            "editor": [
                {"family": "Gilbert", "given": "DT"},
                {"family": "Fiske", "given": "ST"},
                {"family": "Lindzey", "given": "G"},
            ],
            "publisher": "McGraw-Hill",
            "edition": "4",
        },
    ),
    (
        "Annual Reviews' bare 'ed' after a book with commas of its own",
        "Kahneman D, Tversky A. 2000. Choices, values, and frames. In Choices, Values, and Frames, ed D Kahneman, "
        "A Tversky, pp. 1–16. Cambridge, UK: Cambridge Univ. Press",
        {
            "container-title": "Choices, Values, and Frames",
            "editor": [{"family": "Kahneman", "given": "D"}, {"family": "Tversky", "given": "A"}],
        },
    ),
    (
        "Annual Reviews closes a book on its edition, 'Publisher. 7th ed.': the edition is no part of the publisher",
        "Greene WH. 2012. Econometric Analysis. Upper Saddle River, NJ: Prentice Hall. 7th ed.",
        {"publisher": "Prentice Hall", "edition": "7", "publisher-place": "Upper Saddle River, NJ"},
    ),
    (
        "the RSC's title-less chapter 'Names, in Book, eds Names, Publisher, Place, Year, pp.'",
        "M. Reiher, in Computational Inorganic and Bioinorganic Chemistry, eds E. I. Solomon, R. A. Scott and R. B. "
        "King, Wiley, Chichester, 2009, pp. 19–32.",
        {
            "author": [{"family": "Reiher", "given": "M."}],
            "container-title": "Computational Inorganic and Bioinorganic Chemistry",
            "editor": [
                {"family": "Solomon", "given": "E. I."},
                {"family": "Scott", "given": "R. A."},
                {"family": "King", "given": "R. B."},
            ],
            "publisher": "Wiley",
            "publisher-place": "Chichester",
        },
    ),
    (
        "the RSC's title-less chapter with the volume after the year",
        "A. D. Becke, in Modern Electronic Structure Theory, ed. D. R. Yarkony, World Scientific, Singapore, 1995, "
        "vol. 2, pp. 1022–1046.",
        {
            "author": [{"family": "Becke", "given": "A. D."}],
            "editor": [{"family": "Yarkony", "given": "D. R."}],
            "container-title": "Modern Electronic Structure Theory",
            "publisher": "World Scientific",
            "volume": "2",
        },
    ),
    (
        "the RSC's title-less chapter of a meeting with no editors: the publisher before its country",
        "D. R. Radev, P. Muthukrishnan and V. Qazvinian, in Proceedings of the 2009 Workshop on Text and Citation "
        "Analysis for Scholarly Digital Libraries, NLPIR4DL ’09, Association for Computational Linguistics, USA, "
        "2009, pp. 54–61.",
        {"publisher": "Association for Computational Linguistics", "publisher-place": "USA"},
    ),
    (
        "IOP's chapter: no mark between the sentence-case title and the book, 'ed' before the editors",
        "Haroche S 1992 Cavity quantum electrodynamics Fundamental Systems in Quantum Optics ed J Dalibard, "
        "J M Raimond and J Zinn-Justin (Amsterdam: Elsevier) pp 767–940",
        {
            "title": "Cavity quantum electrodynamics",
            "container-title": "Fundamental Systems in Quantum Optics",
            "publisher": "Elsevier",
            "page": "767-940",
        },
    ),
    (
        "IOP's chapter with no editors: the book before the bracketed imprint",
        "Walls D F and Milburn G J 2008 Input–output formulation of optical cavities Quantum Optics (Berlin: "
        "Springer) pp 127–41",
        {"title": "Input–output formulation of optical cavities", "container-title": "Quantum Optics"},
    ),
    (
        "IOP's chapter guard: a proper name inside the title and an italic book leave the marks to part them",
        "[45] Forster R A and Godfrey T N K 1985 MCNP—a general Monte Carlo code for neutron and photon transport "
        "*Monte Carlo Methods and Applications in Neutronics, Photonics and Statistical Physics* (Berlin: Springer) "
        "pp 33–55",
        {"title": "MCNP—a general Monte Carlo code for neutron and photon transport"},
    ),
    (
        "IOP's journal of two capitalised words after a sentence-case title is the journal whole",
        "Kvamme K L 1990 One-sample tests in regional archaeological analysis: new possibilities through computer "
        "technology American Antiquity 55 367–81",
        {"container-title": "American Antiquity", "volume": "55"},
    ),
    (
        "the ACS's chapter 'Names. Title. In Book; Editors, Eds.; Publisher: Place, Year; pp'",
        "Cramer, C. J.; Truhlar, D. G. Continuum Solvation Models. In Solvent Effects and Chemical Reactivity; "
        "Tapia, O., Bertrán, J., Eds.; Kluwer: Dordrecht, 1996; pp 1–80.",
        {
            "author": [{"family": "Cramer", "given": "C. J."}, {"family": "Truhlar", "given": "D. G."}],
            "title": "Continuum Solvation Models",
            "container-title": "Solvent Effects and Chemical Reactivity",
            "editor": [{"family": "Tapia", "given": "O."}, {"family": "Bertrán", "given": "J."}],
            "publisher": "Kluwer",
        },
    ),
    (
        "the ACS's chapter with the volume before the pages: the imprint is no part of the book",
        "Becke, A. D. Exchange-Correlation Approximations in Density-Functional Theory. In Modern Electronic "
        "Structure Theory; Yarkony, D. R., Ed.; World Scientific: Singapore, 1995; Vol. 2, pp 1022–1046.",
        {
            "container-title": "Modern Electronic Structure Theory",
            "publisher": "World Scientific",
            "publisher-place": "Singapore",
            "volume": "2",
        },
    ),
    (
        "the ACS's translated book 'Title; Name, Translator; Publisher: Place, Year.'",
        "Lavoisier, A. Elements of Chemistry; Kerr, R., Translator; Dover: New York, 1965.",
        {
            "title": "Elements of Chemistry",
            "translator": [{"family": "Kerr", "given": "R."}],
            "editor": None,
            "publisher": "Dover",
        },
    ),
    (
        "the ACS's edited book with no author 'Title; Names, Ed.; Publisher: Place, Year.'",
        "Handbook of Chemistry and Physics; Lide, D. R., Ed.; CRC Press: Boca Raton, FL, 2005.",
        {
            "title": "Handbook of Chemistry and Physics",
            "editor": [{"family": "Lide", "given": "D. R."}],
            "author": None,
        },
    ),
    (
        "the AAA's unbracketed 'N.d.' after a title in the author's place is no part of the title",
        "Cultural Resource Management N.d. https://www.blm.gov/programs/cultural-heritage-and-paleontology, "
        "accessed March 3, 2021.",
        {"title": "Cultural Resource Management"},
    ),
    (
        "the AAA's 'N.d.' after the author's names (or after initials, opening the title) is no part of either",
        "Kroeber, A. L. N.d. Yurok Myths. Berkeley: University of California Press.",
        {"author": [{"family": "Kroeber", "given": "A. L."}], "title": "Yurok Myths"},
    ),
    (
        "the AAA's 'N.d.' after a given name",
        "Boas, Franz N.d. Notes on the Kwakiutl Language. Unpublished manuscript, American Philosophical Society, "
        "Philadelphia.",
        {"author": [{"family": "Boas", "given": "Franz"}]},
    ),
    (
        "a recording's work 'Symphony No. 9 in D Minor, Op. 125': the number and key are the title's, not a note",
        "Beethoven, Ludwig van. Symphony No. 9 in D Minor, Op. 125. Berlin Philharmonic, conducted by Herbert von "
        "Karajan. Deutsche Grammophon, 1963.",
        {"title": "Symphony No. 9 in D Minor, Op. 125"},
    ),
    (
        "a recording's work closes the title: the performers after it are a note",
        "Brahms, Johannes. Piano Concerto No. 2 in B-flat Major, Op. 83. Vladimir Horowitz, piano. NBC Symphony "
        "Orchestra, conducted by Arturo Toscanini. RCA Victor, 1940.",
        {"title": "Piano Concerto No. 2 in B-flat Major, Op. 83", "publisher": "RCA Victor"},
    ),
    (
        "a string quartet's 'No. 8' is no issue of a journal 'String Quartet'",
        "Shostakovich, Dmitri. String Quartet No. 8 in C Minor, Op. 110. Emerson String Quartet. Deutsche "
        "Grammophon, 1999.",
        {"title": "String Quartet No. 8 in C Minor, Op. 110", "container-title": None, "issue": None},
    ),
    (
        "ACM's person in natural order before the year, a given name the lexicon knows: no group author",
        "Linda Darling-Hammond. 2014. To close the achievement gap, we need to close the teaching gap. The Huffington "
        "Post. Retrieved May 2, 2015 from https://www.huffpost.com/entry/teaching-gap_b_5536244",
        {"author": [{"family": "Darling-Hammond", "given": "Linda"}]},
    ),
    (
        "ACM's person in natural order before the year on a magazine's page",
        "Jerry Kaplan. 2017. AI's PR problem. MIT Technology Review. Retrieved from "
        "https://www.technologyreview.com/2017/03/03/153473/ais-pr-problem/",
        {"author": [{"family": "Kaplan", "given": "Jerry"}]},
    ),
    (
        "ACM's chapter 'In Book, Names (ed.). Publisher, Place, pages.': the book's last words are no editor's",
        "Dana S. Scott and Christopher Strachey. 1971. Toward a mathematical semantics for computer languages. In "
        "Proceedings of the Symposium on Computers and Automata, Jerome Fox (ed.). Polytechnic Press, Brooklyn, NY, "
        "19–46.",
        {
            "container-title": "Proceedings of the Symposium on Computers and Automata",
            "editor": [{"family": "Fox", "given": "Jerome"}],
        },
    ),
    (
        "ACM's chapter with three editors: the persons before 'and' are editors, the book's name is not",
        "Edsger W. Dijkstra. 1972. Notes on structured programming. In Structured Programming, Ole-Johan Dahl, "
        "Edsger W. Dijkstra and C. A. R. Hoare (eds.). Academic Press, London, 1–82.",
        {
            "container-title": "Structured Programming",
            "editor": [
                {"family": "Dahl", "given": "Ole-Johan"},
                {"family": "Dijkstra", "given": "Edsger W."},
                {"family": "Hoare", "given": "C. A. R."},
            ],
        },
    ),
    (
        "ACM's imprint 'Publisher, Town, pages' with a town spelled with its accent: the publisher before it",
        "Karl Bühler. 1934. Sprachtheorie. In Sprachwissenschaft und Psychologie, Hans Meier (ed.). Fischer, "
        "Göttingen, 10–20.",
        {"publisher": "Fischer", "publisher-place": "Göttingen"},
    ),
    (
        "ACM's book closing 'Publisher, Town.': a publisher of one word before a known town is no part of the title",
        "Ferdinand Gonseth. 1936. Les mathématiques et la réalité. Alcan, Genève.",
        {"title": "Les mathématiques et la réalité", "publisher": "Alcan", "publisher-place": "Genève"},
    ),
    (
        "MHRA's book imprint '(Winter, 1998)' with no journal: Heidelberg's publisher Winter, no season",
        "Hessel, Eugen, Grundlagen der Lexikographie (Winter, 1998), p. 45",
        {"publisher": "Winter", "issued": {"date-parts": [[1998]]}},
    ),
    (
        "MHRA's periodical dated '(Winter, 1976)' after its journal keeps its season",
        "Berger, John, 'Drawn to That Moment', New Society (Winter, 1976), 12–15",
        {"container-title": "New Society", "publisher": None},
    ),
    (
        "the German article's 'Archiv für … 20 (1904), S. 1–54.': the bracketed year is the date, not the issue",
        "Weber, Max: Die protestantische Ethik und der Geist des Kapitalismus. In: Archiv für Sozialwissenschaft und "
        "Sozialpolitik 20 (1904), S. 1–54.",
        {"issued": {"date-parts": [[1904]]}, "issue": None, "volume": "20", "page": "1-54"},
    ),
    (
        "a title of capitalised names after the list's 'and … Family.' is the title, not more names",
        "4 Anna Berg, Tomas Lind, and Erik Sand. Glucose, Kepler, Riviera and Pangolin entering the Solver "
        "Contest 2021. In Proc. of Solver Contest 2021, pages 12–14. University of Uppsala, 2021.",
        {
            "title": "Glucose, Kepler, Riviera and Pangolin entering the Solver Contest 2021",
            "author": [{"family": f, "given": g} for g, f in (("Anna", "Berg"), ("Tomas", "Lind"), ("Erik", "Sand"))],
        },
    ),
    (
        "a one-word software title after the names' stop: 'and Kathryn Moss. Gecko, 2019.'",
        "6 Paul Grant, Nina Holt, and Kathryn Moss. Gecko, 2019. Available from https://github.com/gecode/gecode/.",
        {
            "title": "Gecko",
            "author": [
                {"family": "Grant", "given": "Paul"},
                {"family": "Holt", "given": "Nina"},
                {"family": "Moss", "given": "Kathryn"},
            ],
        },
    ),
    (
        "a book 'Names. Title. Publisher, Year.': the names close at their stop, the short name before the year is "
        "the publisher",
        "7 Frank R. Hampel and Werner A. Stahel. Robust Estimation. Wiley, 1986.",
        {
            "title": "Robust Estimation",
            "publisher": "Wiley",
            "author": [{"family": "Hampel", "given": "Frank R."}, {"family": "Stahel", "given": "Werner A."}],
        },
    ),
    (
        "names read into the title: 'Given Family and Given Family. title…' opens with the names",
        "3 Oskar Lund and Ian Gray. acme/solver: Release for archiving (v1.2.0), March 2020. Zenodo. "
        "doi:10.5281/zenodo.1234567.",
        {"author": [{"family": "Lund", "given": "Oskar"}, {"family": "Gray", "given": "Ian"}]},
    ),
    (
        "the publisher after the proceedings' stop and before the date ('… Statistics. PMLR, April 2023.')",
        "6 Ada Stone and Ben Hale. On robust medians. In Proceedings of The 25th International Conference on "
        "Learning Theory. PMLR, June 2022. URL: https://proceedings.mlr.press/v178/stone22a.html.",
        {
            "container-title": "Proceedings of The 25th International Conference on Learning Theory",
            "publisher": "PMLR",
        },
    ),
    (
        "'(USENIX ATC ’20). USENIX Association, July 2020.': the association is the publisher",
        "8 Kim Lee and Joe Park. Lessons from a testbed. In Proceedings of the 2021 USENIX Annual Technical "
        "Conference (USENIX ATC ’21). USENIX Association, July 2021.",
        {"publisher": "USENIX Association"},
    ),
    (
        "LIPIcs' '…, pages 27:1–27:9. Schloss Dagstuhl …, 2024. doi:…': the sentence after the pages is the publisher",
        "22 Hana Kim and Ole Berg. Revisiting portfolio features. In 28th International Conference on Theory and "
        "Applications of Satisfiability Testing (SAT 2025), pages 9:1–9:12. Schloss Dagstuhl – Leibniz-Zentrum "
        "für Informatik, 2025. doi:10.4230/LIPIcs.SAT.2025.9.",
        {
            "container-title": "28th International Conference on Theory and Applications of Satisfiability "
            "Testing (SAT 2025)",
            "publisher": "Schloss Dagstuhl – Leibniz-Zentrum für Informatik",
        },
    ),
    (
        "the APS's data set 'Names, Title, X Repository, Year, https://doi.org/…': the repository is the publisher",
        "[55] J. Smith, Glass, UCI Machine Learning Repository, 1987, https://doi.org/10.24432/C5WW2P.",
        {
            "author": [{"family": "Smith", "given": "J."}],
            "title": "Glass",
            "publisher": "UCI Machine Learning Repository",
            "container-title": None,
        },
    ),
    (
        "the APS's 'Nature (London) 567, 209 (2019)' after a long list: volume and page, not a date",
        "[61] V. Havel, A. D. Corles, K. Temple, A. W. Harris, A. Kandel, J. M. Chou, and J. M. Gamble, Supervised "
        "learning with quantum-enhanced feature spaces, Nature (London) 567, 209 (2019).",
        {"container-title": "Nature (London)", "volume": "567", "page": "209", "publisher-place": None},
    ),
    (
        "the APS's italic journal opening after the title's comma: '*Modell. Simul. Mater. Sci. Eng.*'",
        "[45] A. Berg, Analysis of simulation data with a new open tool, *Modell. Simul. Mater. Sci. Eng.* "
        "**20**, 045021 (2012).",
        {
            "title": "Analysis of simulation data with a new open tool",
            "container-title": "Modell. Simul. Mater. Sci. Eng.",
        },
    ),
    (
        "the APS's ', in 2019 Design, Automation & Test …' (a proceedings named by its year) opens the book",
        "[59] A. Roth and B. Stein, Routing qubits on sparse devices, in 2020 Design, Automation & Test in Europe "
        "Conference & Exhibition (DATE) (IEEE, Piscataway, NJ, 2020), pp. 100–105.",
        {
            "title": "Routing qubits on sparse devices",
            "container-title": "2020 Design, Automation & Test in Europe Conference & Exhibition (DATE)",
        },
    ),
    (
        "the plain style's bare acronym after the title, 'Title. ECAI, pages …', is the proceedings",
        "11 Ian Moore and Chris Lane. Fast propagation for table constraints. CPAIOR, pages 45–52, 2007.",
        {"title": "Fast propagation for table constraints", "container-title": "CPAIOR"},
    ),
    (
        "a series' sentence before the publisher, 'Dover Books on Mathematics. Dover Publications Inc.,'",
        "17 Emil Borel. Probability and Certainty. Dover Books on Mathematics. Dover Publications Inc., 2010.",
        {
            "title": "Probability and Certainty",
            "publisher": "Dover Publications Inc.",
            "collection-title": "Dover Books on Mathematics",
        },
    ),
    (
        "the title's closing year before 'In …, editors,' when the same year closes the reference",
        "1 Anna Berg and Tomas Lind. Glucose and Kepler entering the Solver Contest 2022. In Nina Holt and Paul "
        "Grant, editors, Proc. of Solver Contest 2022, pages 8–10. University of Uppsala, 2022.",
        {
            "title": "Glucose and Kepler entering the Solver Contest 2022",
            "container-title": "Proc. of Solver Contest 2022",
        },
    ),
    (
        "the title's closing year before 'In *Proc. …*' when the same year closes the reference",
        "6 Nils Holm. Minisat, Glucose, Lingeling Entering the SAT Race 2016. In *Proc. of SAT Race 2016 : Solver "
        "Descriptions*, pages 21–22. University of Helsinki, 2016.",
        {"title": "Minisat, Glucose, Lingeling Entering the SAT Race 2016"},
    ),
    (
        "a site named by its host after the page's date: 'Title, May 2020. Xbox.com. URL: …'",
        "12 Mia Holm. Thirty years of desktop card games, June 2021. Example.com. URL: https://example.com/cards/.",
        {"title": "Thirty years of desktop card games", "container-title": "Example.com"},
    ),
    (
        "guard: a title-first reference's title of capitalised words is no list of names",
        "Deep Learning and Neural Networks. In Proceedings of the Workshop on Learning, pages 1–10, 2015.",
        {"title": "Deep Learning and Neural Networks", "author": None},
    ),
    (
        "'editors, Proc. of …, volume B-2021-3 of … Report Series B,': the abbreviation's stop before 'of' stays "
        "in the book, and a report series' number is the volume",
        "2 Ada Stone and Ben Hale. Kepler entering the Solver Contest 2021. In Nina Holt and Paul Grant, editors, "
        "Proc. of Solver Contest 2021 – Solver Descriptions, volume B-2021-3 of Department of Computer Science "
        "Report Series B, pages 4–6. University of Uppsala, 2021.",
        {
            "container-title": "Proc. of Solver Contest 2021 – Solver Descriptions",
            "volume": "B-2021-3",
            "collection-title": "Department of Computer Science Report Series B",
            "editor": [{"family": "Holt", "given": "Nina"}, {"family": "Grant", "given": "Paul"}],
        },
    ),
    (
        "the APS's '…, PLoP ’19 (The Hillside Group, 2021), pp. 1–9.': the short name's year is no page, the name "
        "in the bracket the publisher",
        "[53] A. Berg and T. Lind, Patterns for hybrid programs, in Proceedings of the 26th Conference on Pattern "
        "Languages of Programs, PLoP ’19 (The Hillside Group, 2021), pp. 1–9.",
        {
            "container-title": "Proceedings of the 26th Conference on Pattern Languages of Programs, PLoP ’19",
            "page": "1-9",
            "publisher": "The Hillside Group",
        },
    ),
    (
        "the APS's 'Title, in *Book: Subtitle Vol. 2* (Springer, …)': the book runs from 'in', its volume stays apart",
        "[32] A. Berg, Elastic maps of glasses, in *Simulations in Soft Matter: From Polymers to Proteins Vol. 3* "
        "(Springer, Berlin, 2008), pp. 11–40.",
        {
            "title": "Elastic maps of glasses",
            "container-title": "Simulations in Soft Matter: From Polymers to Proteins",
            "volume": "3",
        },
    ),
    (
        "the APS's title closing on a lower-case 'in' phrase before the journal is no book",
        "[42] T. Berg, D. Holm, and O. Y. de Lind, Comparative study of feature selection methods in high "
        "dimensional settings, Pattern Recognit. 31, 812 (1998).",
        {
            "title": "Comparative study of feature selection methods in high dimensional settings",
            "container-title": "Pattern Recognit.",
            "volume": "31",
        },
    ),
    (
        "a report series before the publisher after the pages: '…, pages 3–4. Department of … Series of "
        "Publications B, University of Uppsala, 2019.'",
        "6 Anna Berg. Kepler and Riviera entering the Solver Contest 2019. In *Proc. of Solver Contest 2019 : "
        "Solver Descriptions*, pages 3–4. Department of Computer Science Series of Publications B, University of "
        "Uppsala, 2019.",
        {
            "publisher": "University of Uppsala",
            "collection-title": "Department of Computer Science Series of Publications B",
        },
    ),
    (
        "the APS's 'J. Nanomater. 2015 (2015).': a number alone before the bracketed year is the volume",
        "[26] A. Berg, J. Holm, and P. O. Lind, Size effects on the elastic moduli of nanocrystalline nickel, J. "
        "Nanomater. 2015 (2015).",
        {"volume": "2015", "page": None, "issued": {"date-parts": [[2015]]}},
    ),
    (
        "the APS's journal with no volume, '…, Research Square (2022).': the words before its comma are the title's",
        "[9] X. Zhang, A. Shang, B. Stegman, K. Choy, T. Niu, C. Shen, Z. Shang, X. Sheng, J. Lopez, L. Hoppenrath "
        "et al., Additive manufacturing of an ultrastrong, ductile Al alloy with nanoscale precipitates, Research "
        "Square (2022).",
        {
            "title": "Additive manufacturing of an ultrastrong, ductile Al alloy with nanoscale precipitates",
            "container-title": "Research Square",
        },
    ),
    (
        "guard: a title closed by its stop before a body, its town and the lone year keeps its words",
        "IEA – World energy outlook 2025. International Energy Agency, Paris (2025).",
        {"title": "World energy outlook 2025"},
    ),
    (
        "NLM's report by a body whose title holds commas and its year, 'Health, United States, 2019. Place: …; 2021.'",
        "National Center for Health Statistics. Health, United States, 2019. Hyattsville, MD: National Center for "
        "Health Statistics; 2021. https://dx.doi.org/10.15620/cdc:100685",
        {
            "author": [{"literal": "National Center for Health Statistics"}],
            "title": "Health, United States, 2019",
            "issued": {"date-parts": [[2021]]},
        },
    ),
    (
        "a note's italic book with the page it cites and its imprint after it is the title, not a journal",
        "Hamilton, Bernard Tompkins; *Studies in Medieval Religion and Culture*, p. 6, New York: Charles Scribner's "
        "Sons, 1894",
        {"title": "Studies in Medieval Religion and Culture", "container-title": None, "page": "6"},
    ),
    (
        "a book's pages before its imprint: 'Name (Year). *Title* pp. 3–9 Place: Publisher'",
        "Southern, R. W. (1970). *Western Society and the Church in the Middle Ages* pp. 44–51 London: Penguin",
        {"title": "Western Society and the Church in the Middle Ages", "container-title": None, "page": "44-51"},
    ),
    (
        "one italic title cut at its colon by the labeller is one title",
        "Morris, Colin; *The Papal Monarchy: The Western Church from 1050 to 1250* (1989), p. 7;",
        {"title": "The Papal Monarchy: The Western Church from 1050 to 1250", "container-title": None, "page": "7"},
    ),
    (
        "an italic multivolume work with its volume and imprint is a book, not an abbreviated journal",
        "*D. Johann Calvin. Opera: Kritische Gesamtausgabe. Briefwechsel*, vol. 7, Genf: Droz, pp. 27–40.",
        {
            "title": "D. Johann Calvin. Opera: Kritische Gesamtausgabe. Briefwechsel",
            "container-title": None,
            "volume": "7",
        },
    ),
    (
        "a journal cited by its name alone still is the journal (guard)",
        "E. Post, *Bull. Amer. Math. Soc.*, **52**, 1946, p. 264",
        {"container-title": "Bull. Amer. Math. Soc.", "title": None},
    ),
    (
        "a chapter's book after 'In' keeps its pages (guard)",
        "Mardia, K. V. (1972). 2. In *Statistics of Directional Data* (pp. 18-24). Academic Press.",
        {"container-title": "Statistics of Directional Data", "page": "18-24"},
    ),
    (
        "'Place and Place: Publisher' in a note's bracket is one place",
        "Gordon, Bruce. *Calvin and the Johannine Comma: Erasmus, the Reformers, and Trinitarian Debate* (Cambridge "
        "and New York: Cambridge University Press, 2009)",
        {"publisher": "Cambridge University Press", "publisher-place": "Cambridge and New York"},
    ),
    (
        "a two-word town before the imprint's colon is the place, not a publisher",
        "Nederman, Cary, *Worlds of Difference* (University Park: Pennsylvania State University Press 2000), p. 7",
        {"publisher": "Pennsylvania State University Press", "publisher-place": "University Park"},
    ),
    (
        "pages cited as a list joined by 'and' keep the whole list",
        "Pirenne, *Mohammed and Charlemagne*, pp. 12 and 19",
        {"page": "12 and 19"},
    ),
    (
        "a book's volume after its imprint, 'Publisher; Vol. V.', is the volume",
        "Stubbs, William (1880) *The Constitutional History of England*. Oxford: Clarendon Press; Vol. II. p. 31.",
        {"publisher": "Clarendon Press", "volume": "II", "page": "31"},
    ),
    (
        "an encyclopedia's volume standing last, 'volume 4', is the volume",
        'Strayer, Joseph (1984). "Guilds." In *Dictionary of the Middle Ages*, volume 4',
        {"container-title": "Dictionary of the Middle Ages", "volume": "4"},
    ),
    (
        "an inverted name with no comma before the italic title: the given names are the name's",
        "Seebohm, Frederic *The Oxford Reformers: John Colet, Erasmus, and Thomas More* (London: Longmans, Green & "
        "Co. 1887), p. 3",
        {
            "author": [{"family": "Seebohm", "given": "Frederic"}],
            "title": "The Oxford Reformers: John Colet, Erasmus, and Thomas More",
        },
    ),
    (
        "Italian's plural 'edd.' after the names is the editors' role",
        "*Dante e la cultura medievale*, M. Picone e T. Barolini (edd.), Laterza, Bari, 1999,",
        {"editor": [{"family": "Picone", "given": "M."}, {"family": "Barolini", "given": "T."}]},
    ),
    (
        "an introduction's writer after the editors edited nothing",
        "Erasmus, *The Praise of Folly*, edited & translated by Clarence H. Miller, introduction by Anne Smith "
        "(New Haven: Yale University Press, 1979)",
        {"editor": [{"family": "Miller", "given": "Clarence H."}]},
    ),
    (
        "a roman numeral after the italic journal is its volume",
        'Brewer, Derek, "The Ages of Troilus", *Studies in Medievalism* IX (Boydell Press, 1997), p. 4.',
        {"container-title": "Studies in Medievalism", "volume": "IX"},
    ),
    (
        "a note's names run into an italic title with a semicolon inside, the translator's span opened in it",
        "Arsenio Frugoni, *Dante; The Poet and His Age*, tr. Mark Musa, pp. 3–8",
        {
            "author": [{"family": "Frugoni", "given": "Arsenio"}],
            "title": "Dante; The Poet and His Age",
            "translator": [{"family": "Musa", "given": "Mark"}],
        },
    ),
    (
        "a reading list's sentence describing the book after its date and extent is a note, not a container",
        "Bainton, Roland H. *Erasmus of Christendom: The Scholar in His Time* (Charles Scribner's Sons; 1969) 372 pp. "
        "Traces the life of the humanist through his letters and his friendships.",
        {
            "title": "Erasmus of Christendom: The Scholar in His Time",
            "container-title": None,
            "note": "Traces the life of the humanist through his letters and his friendships",
        },
    ),
    (
        "a reading list's sentence describing the book is no part of its title",
        "Tracy, James D. *Erasmus of the Low Countries* (University of California Press; 1996) 288 pp. A study of the "
        "humanist in his Netherlandish setting.",
        {"title": "Erasmus of the Low Countries"},
    ),
    (
        "a note's name in natural order whose family opens on 'Mac' is a person's",
        "Seamus MacMathuna, *An Irish Book of Hours*, 1999, p. 40",
        {"author": [{"family": "MacMathuna", "given": "Seamus"}]},
    ),
    (
        "a note's editor of the edition in brackets after the author, '(ed. Name)', before the italic title",
        "Giorgio Vasari (ed. Gaetano Milanesi), *Le vite de' più eccellenti pittori*, p. 12, Sansoni, 1878.",
        {
            "author": [{"family": "Vasari", "given": "Giorgio"}],
            "editor": [{"family": "Milanesi", "given": "Gaetano"}],
            "title": "Le vite de' più eccellenti pittori",
        },
    ),
    (
        "CSE's name-year book, '2002. Biology. 6th ed. Boston (MA): …': the edition closing the title is its own",
        "Raven PH, Johnson GB. 2002. Biology. 6th ed. Boston (MA): McGraw-Hill.",
        {"title": "Biology", "edition": "6", "publisher": "McGraw-Hill"},
    ),
    (
        "the ACS's '*Title*, 7th ed.; Wiley: Hoboken,' with the ordinal read into the title and 'ed.;' the publisher",
        "Smith, M. B. *March's Advanced Organic Chemistry*, 7th ed.; Wiley: Hoboken, NJ, 2013.",
        {"title": "March's Advanced Organic Chemistry", "edition": "7", "publisher": "Wiley"},
    ),
    (
        "the ACS's last author's initial before the italic title, 'de Paula, J. *Physical Chemistry*', is the name's",
        "Atkins, P. W.; de Paula, J. *Physical Chemistry*, 9th ed.; Freeman: New York, 2010.",
        {
            "author": [
                {"family": "Atkins", "given": "P. W."},
                {"family": "Paula", "non-dropping-particle": "de", "given": "J."},
            ],
            "title": "Physical Chemistry",
            "edition": "9",
            "publisher": "Freeman",
        },
    ),
    (
        "the ACS's edition after the italic title's comma, '*Title*, 5th ed.; Springer:', not a note",
        "(3) Carey, F. A.; Sundberg, R. J. *Advanced Organic Chemistry*, 5th ed.; Springer: New York, 2007.",
        {
            "author": [{"family": "Carey", "given": "F. A."}, {"family": "Sundberg", "given": "R. J."}],
            "title": "Advanced Organic Chemistry",
            "edition": "5",
            "note": None,
        },
    ),
    (
        "a plain-text Chicago note's 'Title, ed. Names (Place: …' with the role and names read as a note: the editors",
        "Jack Kerouac, The Haunted Life and Other Writings, ed. Todd Tietchen (Cambridge, MA: Da Capo Press, 2014), 9.",
        {
            "editor": [{"family": "Tietchen", "given": "Todd"}],
            "title": "The Haunted Life and Other Writings",
            "note": None,
        },
    ),
    (
        "MLA's inverted name closed by its particle, 'Cervantes, Miguel de. *Don Quixote*.', and the translator read "
        "into the publisher ('Translated by Edith Grossman, Ecco,')",
        "Cervantes, Miguel de. *Don Quixote*. Translated by Edith Grossman, Ecco, 2003.",
        {
            "author": [{"family": "Cervantes", "given": "Miguel de"}],
            "title": "Don Quixote",
            "translator": [{"family": "Grossman", "given": "Edith"}],
            "publisher": "Ecco",
        },
    ),
    (
        "MLA's two translators with the last read as a place, 'Translated by Constance Borde and | Sheila …, Vintage'",
        "Beauvoir, Simone de. *The Second Sex*. Translated by Constance Borde and Sheila Malovany-Chevallier, Vintage "
        "Books, 2011.",
        {
            "translator": [
                {"family": "Borde", "given": "Constance"},
                {"family": "Malovany-Chevallier", "given": "Sheila"},
            ],
            "publisher": "Vintage Books",
            "publisher-place": None,
        },
    ),
    (
        "Harvard's closing '(Originally published 1813).' is a note, not the publisher's words and a second date",
        "Austen, J. (2003) Pride and prejudice. London: Penguin. (Originally published 1813).",
        {"publisher": "Penguin", "issued": {"date-parts": [[2003]]}, "note": "(Originally published 1813)"},
    ),
    (
        "AMA's italic journal with its bracket, '*Sensors (Basel)*. 2023;23(6):2345.', read into the title",
        "Huang Y, Fernandez M. Wearable sensors for gait analysis. *Sensors (Basel)*. 2023;23(6):2345. "
        "doi:10.3390/s23062345",
        {"title": "Wearable sensors for gait analysis", "container-title": "Sensors (Basel)", "volume": "23"},
    ),
    (
        "MLA's title-first film, '*Get Out*. Directed by Jordan Peele, Universal Pictures, 2017.' (read as one editor)",
        "*Get Out*. Directed by Jordan Peele, Universal Pictures, 2017.",
        {
            "title": "Get Out",
            "director": [{"family": "Peele", "given": "Jordan"}],
            "publisher": "Universal Pictures",
            "editor": None,
        },
    ),
    (
        "CSE's name-year thesis, 'Title [dissertation]. Athens (GA): University of Georgia.': the bracket is its kind",
        "Lowe K. 2016. Salt marsh recovery after hurricanes [dissertation]. Athens (GA): University of Georgia.",
        {
            "title": "Salt marsh recovery after hurricanes",
            "genre": "dissertation",
            "publisher": "University of Georgia",
        },
    ),
    (
        "Citing Medicine's newspaper, 'Title. The Day (New London, CT). 2002 Aug 12;Sect. A:2': the paper, no imprint",
        "Tynan T. Medical improvements lower homicide rate: study sees drop in assault rate. The Day (New London, CT). "
        "2002 Aug 12;Sect. A:2 (col. 4).",
        {
            "title": "Medical improvements lower homicide rate: study sees drop in assault rate",
            "container-title": "The Day",
            "publisher": None,
            "publisher-place": None,
        },
    ),
    (
        "a plain-text note's reprint bracket, 'Title (1968; repr., New York: …, 2008), 12.': the title, not a journal",
        "Joan Didion, Slouching Towards Bethlehem (1968; repr., New York: Farrar, Straus and Giroux, 2008), 12.",
        {
            "title": "Slouching Towards Bethlehem",
            "container-title": None,
            "issued": {"date-parts": [[1968]]},
            "page": "12",
        },
    ),
    (
        "the OECD's 'OECD (2019), OECD Employment Outlook 2019: …': a title opening with the body's name and holding "
        "a year is no note; the body before its bracketed year is the author",
        "OECD (2019), OECD Employment Outlook 2019: The Future of Work, OECD Publishing, Paris, "
        "https://doi.org/10.1787/9ee00155-en.",
        {
            "author": [{"literal": "OECD"}],
            "title": "OECD Employment Outlook 2019: The Future of Work",
            "issued": {"date-parts": [[2019]]},
            "publisher": "OECD Publishing",
        },
    ),
    (
        "'OECD (n.d.), Title, …': the body before '(n.d.)' is the author, and 'n.d.)' no part of the title",
        "OECD (n.d.), OECD Regional Development Papers, OECD Publishing, Paris, https://doi.org/10.1787/20737009.",
        {"author": [{"literal": "OECD"}], "title": "OECD Regional Development Papers", "issued": None},
    ),
    (
        "the OECD's 'Vol. 45/3': volume 45, issue 3 (consecutive '3/4' stays one double volume)",
        "Smith, J. and K. Jones (2020), \u201cFirm dynamics and taxes\u201d, Journal of Public Economics, Vol. 45/3, "
        "pp. 12-30, https://doi.org/10.1016/j.jpubeco.2020.104000.",
        {"volume": "45", "issue": "3", "page": "12-30"},
    ),
    (
        "a plain title's last part that a series word closes, before the imprint, is the series "
        "('…, OECD Urban Policy Reviews, OECD Publishing, Paris')",
        "OECD (2022), Strengthening Climate Resilience in Coastal Towns: Guidance for Local Planners, OECD Urban "
        "Policy Reviews, OECD Publishing, Paris, https://doi.org/10.1787/abcd1234-en.",
        {
            "title": "Strengthening Climate Resilience in Coastal Towns: Guidance for Local Planners",
            "collection-title": "OECD Urban Policy Reviews",
            "publisher": "OECD Publishing",
        },
    ),
    (
        "a series word that opens the last part ('Best Practices in …') names the series as well",
        "World Bank (2020), Delivering Water Services in Fragile States: A Guide for Practitioners, Best Practices in "
        "Public Utilities, World Bank Publications, Washington, DC.",
        {
            "title": "Delivering Water Services in Fragile States: A Guide for Practitioners",
            "collection-title": "Best Practices in Public Utilities",
        },
    ),
    (
        "a list closing the title ('Methods, Tools and Case Studies') is no series: a short part stands before it",
        "Smith, J. (2019), River Restoration: Methods, Tools and Case Studies, Springer, Cham.",
        {"title": "River Restoration: Methods, Tools and Case Studies", "collection-title": None},
    ),
    (
        "an economist's ', Mimeo.,' after a plain title is the kind of work, no word of the title",
        "Chen, L. and P. Ortiz (2022), Dividend Taxes and Firm Investment, Mimeo., "
        "https://example.org/papers/chen-ortiz.pdf (accessed on 3 May 2023).",
        {"title": "Dividend Taxes and Firm Investment", "genre": "Mimeo", "accessed": {"date-parts": [[2023, 5, 3]]}},
    ),
    (
        "a register's ', (database),' after a plain title is the kind of work, kept as the genre",
        "WRI (2023), Global Forest Watch, (database), https://www.globalforestwatch.org (accessed on 2 February 2024).",
        {"title": "Global Forest Watch", "genre": "database", "accessed": {"date-parts": [[2024, 2, 2]]}},
    ),
    (
        "a margin key number between the link and its access date ('URL [14] (accessed on …)') leaves the date whole",
        "ITU (2023), Measuring Digital Development: Facts and Figures 2023, "
        "https://www.itu.int/itu-d/reports/statistics/facts-figures-2023/ [14] (accessed on 9 January 2024).",
        {
            "title": "Measuring Digital Development: Facts and Figures 2023",
            "accessed": {"date-parts": [[2024, 1, 9]]},
        },
    ),
    (
        "a body, its '(forthcoming)' and a comma, then a title alone and a key number, is no single note",
        "OECD (forthcoming), Environmental footprint of data centres. [12]",
        {"author": [{"literal": "OECD"}], "title": "Environmental footprint of data centres", "status": "forthcoming"},
    ),
    (
        "NLM's web page titled with its year before '[Internet]', the bracket cut between a date and a title",
        "National Cancer Institute. Cancer stat facts 2020 [Internet]. Bethesda (MD): NCI; 2020 [cited 2021 Mar 1]. "
        "Available from: https://seer.cancer.gov/statfacts/",
        {"title": "Cancer stat facts 2020", "medium": "Internet", "publisher": "NCI", "collection-title": None},
    ),
    (
        "Harvard's unquoted 'Title, Site, Available at: URL': the title-case name before the lead-in is the site",
        "Smith J (2019) The future of work, Harvard Business Review, Available at: "
        "https://hbr.org/2019/01/the-future-of-work [Accessed 12 March 2020]",
        {"title": "The future of work", "container-title": "Harvard Business Review"},
    ),
    (
        "the same form with a title's own clause after its comma, in sentence case, keeps the title whole",
        "Jones K (2020) Remote work, what we learned, Available at: https://example.org/remote-work "
        "[Accessed 2 June 2021]",
        {"title": "Remote work, what we learned", "container-title": None},
    ),
    (
        "Chicago's collaborators after the title, 'Title. With Name and Name.': no authors of the record, a note",
        "Obama, Barack. A Promised Land. With Sarah Hurwitz and Cody Keenan. New York: Crown, 2020.",
        {
            "author": [{"family": "Obama", "given": "Barack"}],
            "title": "A Promised Land",
            "publisher": "Crown",
            "note": "With Sarah Hurwitz and Cody Keenan",
        },
    ),
    (
        "a note's collaborators, 'Name, Title, with Name and Name (Place: …)', likewise",
        "Barack Obama, A Promised Land, with Sarah Hurwitz and Cody Keenan (New York: Crown, 2020), 44.",
        {"author": [{"family": "Obama", "given": "Barack"}], "title": "A Promised Land", "page": "44"},
    ),
    (
        "co-authors joined by 'with' in the author's place are not taken out as collaborators",
        "Fyson, Donald, with Laura Winer and Yves M. Giroux. Teaching with technology. Montréal: CRÉPUQ, 2001.",
        {"note": None, "title": "Teaching with technology"},
    ),
    (
        "Harvard's translator after the title, 'Title. Trans. T. Parsons. Place: Publisher': no part of the title",
        "Weber, M. (1930) The Protestant Ethic and the Spirit of Capitalism. Trans. T. Parsons. London: Allen & Unwin.",
        {
            "title": "The Protestant Ethic and the Spirit of Capitalism",
            "translator": [{"family": "Parsons", "given": "T."}],
            "publisher": "Allen & Unwin",
            "publisher-place": "London",
        },
    ),
    (
        "an editor's sentence after an APA-like head, 'Title. Ed. Name. Place: Publisher'",
        "Gramsci, A. (1971). Selections from the Prison Notebooks. Ed. Quintin Hoare. London: Lawrence & Wishart.",
        {
            "title": "Selections from the Prison Notebooks",
            "editor": [{"family": "Hoare", "given": "Quintin"}],
            "publisher": "Lawrence & Wishart",
        },
    ),
    (
        "a plain title's count of volumes after its comma, 'Title, 2 vols., trans. Name.': the volume",
        "Braudel, F. (1972-73). The Mediterranean and the Mediterranean World in the Age of Philip II, 2 vols., "
        "trans. S. Reynolds. London: Collins.",
        {
            "title": "The Mediterranean and the Mediterranean World in the Age of Philip II",
            "volume": "2",
            "translator": [{"family": "Reynolds", "given": "S."}],
        },
    ),
    (
        "a physics family name opening on a particle after its initials, \"G. 't Hooft,\": no quoted title",
        "G. 't Hooft, Nucl. Phys. B 72, 461 (1974).",
        {
            "author": [{"family": "'t Hooft", "given": "G."}],
            "title": None,
            "container-title": "Nucl. Phys. B",
            "volume": "72",
        },
    ),
    (
        "a series in brackets closing a book's title, linguistics' '(Typological Studies in Language 9)'",
        "Bybee, Joan L. 1985. Morphology: A study of the relation between meaning and form (Typological Studies in "
        "Language 9). Amsterdam: John Benjamins.",
        {
            "title": "Morphology: A study of the relation between meaning and form",
            "collection-title": "Typological Studies in Language 9",
            "publisher": "John Benjamins",
        },
    ),
    (
        "the same in APA's head, and a series with no number",
        "Corbett, G. G. (2006). Agreement (Cambridge Textbooks in Linguistics). Cambridge: Cambridge University Press.",
        {"title": "Agreement", "collection-title": "Cambridge Textbooks in Linguistics"},
    ),
    (
        "Chicago's short note of an article, 'Name, \"Short Title,\" 50.': the page cited, no volume",
        'Kolbert, "Lost World," 50.',
        {"author": [{"family": "Kolbert"}], "title": "Lost World", "page": "50", "volume": None},
    ),
    (
        "IOP's untitled article with a journal named in one word, 'Names 2004 Science 306 666'",
        "Novoselov K S, Geim A K, Morozov S V, Jiang D, Zhang Y, Dubonos S V, Grigorieva I V and Firsov A A 2004 "
        "Science 306 666",
        {"container-title": "Science", "volume": "306", "page": "666", "title": None},
    ),
    (
        "the same with one author, read by the model as a date and pages",
        "Smith J 2010 Nature 465 1020",
        {"author": [{"family": "Smith", "given": "J"}], "container-title": "Nature", "volume": "465", "page": "1020"},
    ),
    (
        "MLA's publisher alone before the year, 'Title. Schocken, 1947.': a firm no list of places knows",
        "Buber, Martin. Tales of the Hasidim. Schocken, 1947.",
        {"publisher": "Schocken", "publisher-place": None},
    ),
    (
        "a town alone before the year stays the place, one the gazetteer knows ('Jena, 1900.')",
        "Haeckel, Ernst. Die Welträthsel. Jena, 1899.",
        {"publisher-place": "Jena", "publisher": None},
    ),
    (
        "towns joined by a hyphen before the year are the place, 'Ithaca-London 1996'",
        "F. Ahl and H. Roisman, The Odyssey Re-Formed, Ithaca-London 1996.",
        {"publisher-place": "Ithaca-London", "publisher": None},
    ),
    (
        "MDPI's number closing a title before the year, 'Guide for iOS 17. 2023.': the title's, not the date's",
        "Apple Inc. iPhone User Guide for iOS 17. 2023. Available online: https://support.apple.com/guide/iphone "
        "(accessed on 1 December 2023).",
        {"title": "iPhone User Guide for iOS 17", "issued": {"date-parts": [[2023]]}},
    ),
    (
        "NLM's town with its region in brackets, 'St. Louis (MO): Publisher; 1995.': the place whole",
        "Kaplan SJ. Post-hospital home health care: the elderly's access and utilization [dissertation]. St. Louis "
        "(MO): Washington Univ.; 1995.",
        {"publisher-place": "St. Louis (MO)", "publisher": "Washington Univ"},
    ),
    (
        "the same after a short title, with the town's 'St.' kept",
        "Smith J. Cancer care. St. Louis (MO): Mosby; 2001.",
        {"title": "Cancer care", "publisher-place": "St. Louis (MO)", "publisher": "Mosby"},
    ),
    (
        "a Spanish family name joined by 'y', 'Ortega y Gasset, J.': one author",
        "Ortega y Gasset, J. (1930). La rebelión de las masas. Madrid: Revista de Occidente.",
        {"author": [{"family": "Ortega y Gasset", "given": "J."}], "publisher": "Revista de Occidente"},
    ),
    (
        "a German town's qualifier, 'Halle a. d. S.: Niemeyer': no sentence ends inside the place",
        "Heidegger, M. (1927). Sein und Zeit. Halle a. d. S.: Niemeyer.",
        {"title": "Sein und Zeit", "publisher-place": "Halle a. d. S.", "publisher": "Niemeyer"},
    ),
    (
        "the same with a count of volumes after the title, '2 Bde. Frankfurt a. M.: Suhrkamp'",
        "Habermas, Jürgen (1981): Theorie des kommunikativen Handelns. 2 Bde. Frankfurt a. M.: Suhrkamp.",
        {
            "title": "Theorie des kommunikativen Handelns",
            "volume": None,
            "number-of-volumes": "2",
            "publisher-place": "Frankfurt a. M.",
        },
    ),
    (
        "a German list parted by a slash, its last given name before the colon, 'Adorno, Theodor W./Horkheimer, Max:'",
        "Adorno, Theodor W./Horkheimer, Max: Dialektik der Aufklärung. Amsterdam: Querido 1947.",
        {
            "author": [{"family": "Adorno", "given": "Theodor W."}, {"family": "Horkheimer", "given": "Max"}],
            "title": "Dialektik der Aufklärung",
        },
    ),
    (
        "IEEE's web page, 'Site Name. Accessed: Jan. 5, 2023. [Online].': the access date whole, no volume or issue",
        '[4] A. Author, "Title of web page," Site Name. Accessed: Jan. 5, 2023. [Online]. Available: '
        "https://example.com/page",
        {"container-title": "Site Name", "volume": None, "issued": None, "accessed": {"date-parts": [[2023, 1, 5]]}},
    ),
    (
        "MLA's firm of several names after a plain title, 'Farrar, Straus and Giroux, 2011.': the publisher whole",
        "Kahneman, Daniel. Thinking, Fast and Slow. Farrar, Straus and Giroux, 2011.",
        {"title": "Thinking, Fast and Slow", "publisher": "Farrar, Straus and Giroux"},
    ),
    (
        "Springer's book, 'Title. Farrar, Straus and Giroux, New York': the firm before the place, out of the title",
        "Kahneman D (2011) Thinking, fast and slow. Farrar, Straus and Giroux, New York",
        {"title": "Thinking, fast and slow", "publisher": "Farrar, Straus and Giroux", "publisher-place": "New York"},
    ),
    (
        "ABNT's family name in capitals, 'KAHNEMAN, D. Thinking, fast and slow.': the title's first word is no name",
        "KAHNEMAN, D. Thinking, fast and slow. New York: Farrar, Straus and Giroux, 2011.",
        {"author": [{"family": "KAHNEMAN", "given": "D."}], "title": "Thinking, fast and slow"},
    ),
    (
        "ABNT's edition before the imprint, '17. ed. Rio de Janeiro: Paz e Terra, 1987.': a place and a publisher",
        "FREIRE, P. Pedagogia do oprimido. 17. ed. Rio de Janeiro: Paz e Terra, 1987.",
        {"container-title": None, "publisher-place": "Rio de Janeiro", "publisher": "Paz e Terra", "edition": "17"},
    ),
    (
        "Italian's ', in Book' with no colon, the whole read as the container: the words before it are the title",
        "Bianchi, L., Verona e Vicenza: fortificazioni di due città nel basso Medioevo, in Le mura venete nel basso "
        "Medioevo, Atti del convegno, Padova 2009, Rossi, M. (ed.), Venezia, 2011, 45-67.",
        {
            "title": "Verona e Vicenza: fortificazioni di due città nel basso Medioevo",
            "container-title": "Le mura venete nel basso Medioevo, Atti del convegno",
        },
    ),
    (
        "a conference's title-case name after the paper's title and a comma is the container, not the title's end",
        "Kim, S., Osei, K.: An Improved Method for the Synthesis of Reversible Circuits Based on Cycle Decomposition "
        "and Its Application to Quantum Cost Reduction, European Circuit Design Conference, pages 41",
        {
            "title": "An Improved Method for the Synthesis of Reversible Circuits Based on Cycle Decomposition and Its "
            "Application to Quantum Cost Reduction",
            "container-title": "European Circuit Design Conference",
            "page": "41",
        },
    ),
    (
        "a patent's office named by its capitals, 'USA Patent 7412987': a patent with its number, no journal",
        "C. N. Okafor, \"Folding Bicycle Frame with Locking Hinge, Quick-Release Mechanism, and Method for Assembling "
        "Same\". USA Patent 7412987, June 3 2008.",
        {"type": "patent", "number": "7412987", "container-title": None, "genre": "USA Patent"},
    ),
    (
        "'Accessed through:' only announces the address: no note of its own",
        "Okoro, Ada. 2016. “City Council Approves New Bus Lanes for the Downtown Corridor.” March 9. Accessed through: "
        "https://citynews.example.org/daily/entry/council-approves-bus-lanes",
        {"issued": {"date-parts": [[2016, 3, 9]]}, "note": None, "publisher": None},
    ),
    (
        "a series' number after its name and before the year, 'Lecture Notes in Computer Science 4189, 2006', is the "
        "volume, not lost in the date",
        "A. Berg, T. Lind, and K. Moe. Fast private set intersection with short keys. In Proceedings of ESORICS, pages "
        "112–130. Springer-Verlag; Lecture Notes in Computer Science 4189, 2006.",
        {"volume": "4189", "collection-title": "Lecture Notes in Computer Science", "issued": {"date-parts": [[2006]]}},
    ),
    (
        "a council's or panel's name and its comma opening a journal article: the group author, not the title's head",
        "Nordic Council on Marine Fisheries Policy, Scientific Assessment of Herring Stocks. Nordic Fisheries Journal, "
        "12(3), 402 (2015).",
        {
            "author": [{"literal": "Nordic Council on Marine Fisheries Policy"}],
            "title": "Scientific Assessment of Herring Stocks",
        },
    ),
    (
        "a French book's second sentence before its imprint, no 'dans' and no pages: the title's, not a container",
        "Lambert Claire, Roux (2014), La « ville durable ». Genèse et usages d’un mot d’ordre, Lyon, Presses "
        "universitaires de Lyon.",
        {
            "type": "book",
            "title": "La « ville durable ». Genèse et usages d’un mot d’ordre",
            "container-title": None,
            "publisher": "Presses universitaires de Lyon",
        },
    ),
    (
        "a hand-written list's undated works told apart by a letter, '(n.d.b)', with no stop before the bracket",
        "UNICEF (n.d.b). *Topics: Child protection*. United Nations. https://www.unicef.org/protection (Accessed 4 "
        "Oct. 2022).",
        {"author": [{"literal": "UNICEF"}], "title": "Topics: Child protection"},
    ),
    (
        "an undated page read on a given day, 'Body. (n.d.). *Title*. United Nations. URL (Accessed …)': the site",
        "World Meteorological Organization. (n.d.). *Weather topics*. United Nations. https://wmo.int/topics "
        "(Accessed 2 Feb. 2023).",
        {"container-title": "United Nations", "publisher": None},
    ),
    (
        "the access note's bracket glued to the address is no part of it; a year-first dotted access date",
        "UNHCR. (2019). *Global trends report*. https://www.unhcr.org/globaltrends2019[Accessed 2024.03.01]",
        {"URL": "https://www.unhcr.org/globaltrends2019", "accessed": {"date-parts": [[2024, 3, 1]]}},
    ),
    (
        "an address set inside the title's italics ends before the mark that closes them",
        "OCHA. (2024). *Humanitarian funding overview. https://example.org/fts-overview*. [Accessed 1.2.2024]",
        {"URL": "https://example.org/fts-overview"},
    ),
    (
        "'URL Accessed [2025-01-05]': the bracketed date after the word is the access date, no part of the title",
        "UN Statistics Division. (2024). *SDG indicator metadata [3.2.1]* https://unstats.un.org/sdgs/metadata/x.pdf "
        "Accessed [2025-01-05]",
        {"title": "SDG indicator metadata [3.2.1]", "accessed": {"date-parts": [[2025, 1, 5]]}},
    ),
    (
        "a body's long name in sentence case before the date, the work's italic title after it: the name is the author",
        "UN High level panel on water and sanitation. (2018). *2018 Review of progress: ensure access to safe water "
        "for all*. https://example.org/review.pdf [Accessed 06.01.2022]",
        {
            "author": [{"literal": "UN High level panel on water and sanitation"}],
            "title": "2018 Review of progress: ensure access to safe water for all",
        },
    ),
    (
        "a data set's 'V2' after its title's italics is its version, no part of the title",
        "Smith, J. (2022). *Global flood extents 2000-2020* V2. [Dataset]. doi:10.5281/zenodo.1234567",
        {"title": "Global flood extents 2000-2020", "version": "2"},
    ),
    (
        "a book named in quotes and the kind of work in brackets, 'in \"Book\" [Field guide]': the name alone",
        "WFP. (2010). *What is food security?* in \"Emergency Food Security Assessment Handbook\" [Field guide]. "
        "https://example.org/efsa.pdf",
        {"container-title": "Emergency Food Security Assessment Handbook", "genre": "Field guide"},
    ),
    (
        "one name of an inverted semicolon list with its comma left out keeps the list's order",
        "Virtanen, Anna; Korhonen, Mikko; Laine Sari (2020) *Forest research in Finland*. Luke.",
        {"author": [
            {"family": "Virtanen", "given": "Anna"},
            {"family": "Korhonen", "given": "Mikko"},
            {"family": "Laine", "given": "Sari"},
        ]},
    ),
    (
        "a publisher's acronym closing the book's name after its full stop, 'Report 2016. ISSC.', is the publisher",
        "Ortiz, M. (2016). *Unequal cities*. World Urban Development Report 2016. UNHSP. "
        "https://example.org/wudr_2016_chap_03.pdf",
        {"container-title": "World Urban Development Report 2016", "publisher": "UNHSP"},
    ),
    (
        "a page dated by its last change, 'Body (edited Mar 2021).': the body is the author, the change the date",
        "IUCN (edited Mar 2021). *Red List categories and criteria*. https://www.iucnredlist.org/resources/categories "
        "(Accessed 3 Jan. 2023).",
        {"author": [{"literal": "IUCN"}], "issued": {"date-parts": [[2021, 3]]}},
    ),
    (
        "a title and its subtitle in one italic run, 'Title. Subtitle', stay one title",
        "IFAD. (2015). *Building a Common Agenda for Rural Finance. Principles and Approaches*. "
        "https://www.ifad.org/a-i3940e.pdf",
        {"title": "Building a Common Agenda for Rural Finance. Principles and Approaches", "container-title": None},
    ),
    (
        "a person's paper that a body publishes as a file of its own: the body is the publisher, no site",
        "Okafor, C. (2017). *Skills for rural youth*. International Labour Office, Employment Policy Department. "
        "https://www.ilo.org/docs/wcms_1234.pdf",
        {"publisher": "International Labour Office, Employment Policy Department", "container-title": None},
    ),
    (
        "Science's and the physics journals' book, a one-word title before the bracketed imprint and its edition",
        "L. D. Landau, E. M. Lifshitz, Mechanics (Pergamon, Oxford, ed. 3, 1976).",
        {
            "title": "Mechanics",
            "publisher": "Pergamon",
            "publisher-place": "Oxford",
            "edition": "3",
            "author": [{"family": "Landau", "given": "L. D."}, {"family": "Lifshitz", "given": "E. M."}],
        },
    ),
    (
        "PNAS's book with 'et al.' and the edition in the bracket is no journal",
        "B. Alberts et al., Molecular Biology of the Cell (Garland Science, ed. 6, 2014).",
        {"type": "book", "title": "Molecular Biology of the Cell", "publisher": "Garland Science", "edition": "6"},
    ),
    (
        "Science's one-word title before the publisher and a town with its state",
        "E. O. Wilson, Sociobiology (Belknap, Cambridge, MA, 1975).",
        {"title": "Sociobiology", "publisher": "Belknap", "publisher-place": "Cambridge, MA"},
    ),
    (
        "Science's edited book, 'Name, Ed., Title (Publisher, Year)': the name is the editor's",
        "S. A. Levin, Ed., Princeton Guide to Ecology (Princeton Univ. Press, 2009).",
        {"editor": [{"family": "Levin", "given": "S. A."}], "author": None, "title": "Princeton Guide to Ecology"},
    ),
    (
        "Harvard's 'Title. D. Phil. thesis. Oxford.': the degree is the genre, the town after it the school",
        "Wood, S. (2003) The charters of Durham priory. D. Phil. thesis. Oxford.",
        {
            "type": "thesis",
            "title": "The charters of Durham priory",
            "genre": "D. Phil. thesis",
            "publisher": "Oxford",
            "publisher-place": None,
        },
    ),
    (
        "a note's '(D. Phil. thesis, Oxford, 1994)': no translator named 'D. Phil'",
        "Rachel Ward, “Guild Politics in Fifteenth-Century York” (D. Phil. thesis, Oxford, 1994), 112.",
        {"translator": None, "genre": "D. Phil. thesis", "publisher": "Oxford", "page": "112"},
    ),
    (
        "MLA's 'Diss. University, Year.' names a thesis",
        "Ellis, Mary. The Poetics of Absence in Celan. Diss. Yale University, 1998.",
        {"type": "thesis", "genre": "Diss", "publisher": "Yale University", "title": "The Poetics of Absence in Celan"},
    ),
    (
        "Vancouver's '[Diss]' after the title names a thesis",
        "Park J. Lipid signalling in the zebrafish heart [Diss]. Heidelberg University; 2009.",
        {"type": "thesis", "genre": "Diss", "publisher": "Heidelberg University"},
    ),
    (
        "IOP's 'Title PhD thesis (Place: School)': the degree after the title's last word is the genre",
        "[12] Brown T 2015 Ultrafast spectroscopy of graphene PhD thesis (Cambridge: University of Cambridge)",
        {
            "type": "thesis",
            "title": "Ultrafast spectroscopy of graphene",
            "genre": "PhD thesis",
            "publisher": "University of Cambridge",
        },
    ),
    (
        "a school after other words than the degree stays where it was read ('Thèse …, INPL, Nancy')",
        "B. Martin. Thèse de Docteur-Ingénieur, INPL, Nancy (1984).",
        {"publisher-place": "Nancy"},
    ),
    (
        "Zenodo's release title 'owner/repo: v1.21.0' in a Vancouver list keeps its release (no version apart)",
        "Harris CR, Millman KJ. numpy/numpy: v1.21.0. 2021.",
        {"title": "numpy/numpy: v1.21.0", "version": None},
    ),
    (
        "IOP's 'owner/repo: v1.0.3' closing the reference",
        "[4] Reback J et al 2020 pandas-dev/pandas: v1.0.3",
        {"title": "pandas-dev/pandas: v1.0.3", "version": None},
    ),
    (
        "the release after the title's colon read as the title's end and an issue: the title whole",
        "[7] M. Waskom, seaborn/seaborn: v0.11.0, (2020). https://doi.org/10.5281/zenodo.4019146.",
        {"title": "seaborn/seaborn: v0.11.0", "issue": None},
    ),
    (
        "AMA's web page 'Title. Site. Month D, YYYY. URL': the sentence before the full date is the site",
        "Chen L. 25 Email Marketing Tips for 2022. Mailchimp. February 3, 2022. https://mailchimp.com/resources/email-tips",
        {"title": "25 Email Marketing Tips for 2022", "container-title": "Mailchimp"},
    ),
    (
        "the Lancet's 'Title. Site. YYYY; published online Mon D. URL' likewise",
        "Ortiz M. Ten Rules for Better Slides. Better Humans. 2017; published online Feb 2. "
        "https://medium.com/better-humans/ten-rules",
        {"title": "Ten Rules for Better Slides", "container-title": "Better Humans"},
    ),
    (
        "PNAS's paper in proceedings, 'Title in Book, (Publisher, Year), pp.': the last 'in' before a meeting's words "
        "opens the book",
        "3. A. Vaswani, et al., Attention is all you need in Advances in Neural Information Processing Systems, "
        "(Curran Associates, 2017), pp. 5998–6008.",
        {
            "title": "Attention is all you need",
            "container-title": "Advances in Neural Information Processing Systems",
            "publisher": "Curran Associates",
            "page": "5998-6008",
        },
    ),
    (
        "PNAS's 'Title in ACRONYM Year, (Year).': a short meeting's name and year",
        "12. T. Mikolov, K. Chen, G. Corrado, J. Dean, Efficient estimation of word representations in vector space "
        "in ICLR 2013, (2013).",
        {"title": "Efficient estimation of word representations in vector space", "container-title": "ICLR 2013"},
    ),
    (
        "MHRA's '(unpublished doctoral thesis, University, Year)': the degree, the school and the year",
        "Jones, Ann, ‘The Reception of Ovid in Medieval France’ (unpublished doctoral thesis, University of Oxford, "
        "2005)",
        {
            "type": "thesis",
            "genre": "unpublished doctoral thesis",
            "publisher": "University of Oxford",
            "issued": {"date-parts": [[2005]]},
            "note": None,
        },
    ),
    (
        "MHRA's '(unpublished MA dissertation, …)' likewise",
        "Brown, Mary, ‘Urban Gardens in Victorian Leeds’ (unpublished MA dissertation, University of Leeds, 2011)",
        {"type": "thesis", "publisher": "University of Leeds", "note": None},
    ),
    (
        "MHRA's book, the first name inverted, a one-word title and the note's cited page after the bracket",
        "Woolf, Virginia, Orlando (Hogarth Press, 1928), p. 12",
        {
            "author": [{"family": "Woolf", "given": "Virginia"}],
            "title": "Orlando",
            "publisher": "Hogarth Press",
            "page": "12",
        },
    ),
    (
        "MHRA's 'Title, ed. by Name (Publisher, Year)': the editor after the title, no name of the author list",
        "Austen, Jane, Emma, ed. by Fiona Stafford (Penguin, 2003)",
        {
            "author": [{"family": "Austen", "given": "Jane"}],
            "editor": [{"family": "Stafford", "given": "Fiona"}],
            "title": "Emma",
        },
    ),
    (
        "MHRA's 'trans. by Name' before the bracket: the bracket's name is the publisher, no edition",
        "Flaubert, Gustave, Madame Bovary, trans. by Lydia Davis (Viking, 2010)",
        {"title": "Madame Bovary", "publisher": "Viking", "edition": None},
    ),
    (
        "MHRA's editors, 'Name, Given, and Given Name (eds), Title (Publisher, Year)'",
        "Smith, Ann, and Peter Jones (eds), Rural Lives (Boydell, 2004)",
        {
            "editor": [{"family": "Smith", "given": "Ann"}, {"family": "Jones", "given": "Peter"}],
            "title": "Rural Lives",
            "publisher": "Boydell",
        },
    ),
    (
        "IOP's 'Title D. Phil. thesis (Oxford)': the degree's abbreviation is no translator, the town the school",
        "[3] Ward R 1994 Guild politics in fifteenth-century York D. Phil. thesis (Oxford)",
        {
            "translator": None,
            "title": "Guild politics in fifteenth-century York",
            "genre": "D. Phil. thesis",
            "publisher": "Oxford",
        },
    ),
    (
        "IOP's 'Title MPhil thesis (School)'",
        "[9] Moore K 2015 Grain boundaries in graphene MPhil thesis (Cambridge)",
        {"type": "thesis", "title": "Grain boundaries in graphene", "genre": "MPhil thesis"},
    ),
    (
        "Google Scholar's Vancouver preprint, 'Title. arXiv preprint arXiv:1312.6114. 2013 Dec 20.': the date",
        "Kingma DP, Welling M. Auto-encoding variational bayes. arXiv preprint arXiv:1312.6114. 2013 Dec 20.",
        {"title": "Auto-encoding variational bayes", "issued": {"date-parts": [[2013, 12, 20]]}},
    ),
    (
        "Elsevier's numbered form with a two-word title, 'Random forests, Mach. Learn. 45 (1)': the journal whole",
        "L. Breiman, Random forests, Mach. Learn. 45 (1) (2001) 5–32. doi:10.1023/A:1010933404324.",
        {"title": "Random forests", "container-title": "Mach. Learn.", "volume": "45"},
    ),
    (
        "Chicago's newspaper with its section, 'Chicago Tribune, August 5, 2019, sec. 1, 4.': the paper, not a place",
        'Kamin, Blair. "Wrigley Field\'s Reconstruction." Chicago Tribune, August 5, 2019, sec. 1, 4.',
        {"type": "article-newspaper", "container-title": "Chicago Tribune", "publisher-place": None},
    ),
    (
        "a newspaper's section after a day-first date, 'The Herald, 12 March 2021, sec. B2.'",
        'Doyle, Ann. "Harbour Plans Approved." The Herald, 12 March 2021, sec. B2.',
        {"container-title": "The Herald", "publisher-place": None, "issued": {"date-parts": [[2021, 3, 12]]}},
    ),
    (
        "MLA's journal named like a month, 'October, vol. 8, 1979,': the journal, not the month",
        'Krauss, Rosalind. "Sculpture in the Expanded Field." October, vol. 8, 1979, pp. 30-44.',
        {"container-title": "October", "volume": "8", "issued": {"date-parts": [[1979]]}},
    ),
    (
        "MLA's journal named like a month before its number, 'October, no. 77, 1996,'",
        'Foster, Hal. "The Archive without Museums." October, no. 77, 1996, pp. 97-119.',
        {"container-title": "October", "issue": "77", "issued": {"date-parts": [[1996]]}},
    ),
    (
        "Chicago's short note whose title lost its italics, 'Pollan, Omnivore's Dilemma, 3.'",
        "Pollan, Omnivore's Dilemma, 3.",
        {"title": "Omnivore's Dilemma", "page": "3", "container-title": None, "volume": None},
    ),
    (
        "a short note of two authors and a plain title, 'Smith and Jones, Economic History, 45–47.'",
        "Smith and Jones, Economic History, 45–47.",
        {"title": "Economic History", "page": "45-47", "author": [{"family": "Smith"}, {"family": "Jones"}]},
    ),
    (
        "a short note with a one-word title, 'Piketty, Capital, 12.': the title, not a given name",
        "Piketty, Capital, 12.",
        {"title": "Capital", "page": "12", "author": [{"family": "Piketty"}]},
    ),
    (
        "a Spanish double surname in natural order, 'Gabriel García Márquez,': one family name",
        "Gabriel García Márquez, One Hundred Years of Solitude, trans. Gregory Rabassa (New York: Harper, 1970), 4.",
        {"author": [{"family": "García Márquez", "given": "Gabriel"}]},
    ),
    (
        "a Spanish double surname after a Spanish given name, 'Carlos Ruiz Zafón,'",
        "Carlos Ruiz Zafón, La sombra del viento (Barcelona: Planeta, 2001).",
        {"author": [{"family": "Ruiz Zafón", "given": "Carlos"}]},
    ),
    (
        "no double surname where the last name reads English, 'Maria Torres Smith,'",
        "Maria Torres Smith, A History of the Harbour (New York: Norton, 2001).",
        {"author": [{"family": "Smith", "given": "Maria Torres"}]},
    ),
    (
        "initials before a surname and an accented patronymic, 'A. Mena López and L.-A. Wu,': one family name",
        "A. Mena López and R. Smith, Decoherence in qubit arrays, Symmetry 14, 88 (2022).",
        {"author": [{"family": "Mena López", "given": "A."}, {"family": "Smith", "given": "R."}]},
    ),
    (
        "MLA's publisher after the editors and an edition, '11th ed., Bedford / St. Martin's, 2017,'",
        'Pratt, Mary Louise. "Arts of the Contact Zone." Ways of Reading, edited by David Bartholomae and '
        "Anthony Petrosky, 11th ed., Bedford / St. Martin's, 2017, pp. 512-26.",
        {"publisher": "Bedford / St. Martin's", "publisher-place": None, "edition": "11"},
    ),
    (
        "MLA's one-word publisher after the editors and an edition, '3rd ed., Norton, 2015,'",
        'Lee, Ann. "On Maps." The Reader, edited by Tom Hale, 3rd ed., Norton, 2015, pp. 10-22.',
        {"publisher": "Norton", "publisher-place": None},
    ),
    (
        "Chicago's note of an unpublished interview, 'Jane Doe, interview by author,': the person interviewed",
        "Jane Doe, interview by author, Chicago, March 3, 2019.",
        {"author": [{"family": "Doe", "given": "Jane"}], "title": None, "publisher-place": "Chicago"},
    ),
    (
        "a title opening on an honorific, 'Mrs. Beeton's Book of Household Management.': no author 'Mrs'",
        "Mrs. Beeton's Book of Household Management. London: S. O. Beeton, 1861.",
        {"title": "Mrs. Beeton's Book of Household Management", "author": None, "publisher": "S. O. Beeton"},
    ),
    (
        "Chicago's film opening on its title, 'Rushmore. Directed by Wes Anderson. Burbank, CA: Touchstone'",
        "Rushmore. Directed by Wes Anderson. Burbank, CA: Touchstone Pictures, 1998.",
        {"type": "motion_picture", "title": "Rushmore", "editor": None, "publisher": "Touchstone Pictures"},
    ),
    (
        "a film's title opening on 'Dr.', then its director and studio",
        "Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb. Directed by Stanley Kubrick. "
        "Columbia Pictures, 1964.",
        {
            "type": "motion_picture",
            "title": "Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb",
            "author": None,
            "publisher": "Columbia Pictures",
        },
    ),
    (
        "MLA 7's film, 'Casablanca. Dir. Michael Curtiz. Warner Bros., 1942. Film.'",
        "Casablanca. Dir. Michael Curtiz. Warner Bros., 1942. Film.",
        {"type": "motion_picture", "title": "Casablanca", "author": None, "publisher": "Warner Bros"},
    ),
    (
        "Vancouver's one-word title after the names, 'Smith J. Hypertension. BMJ.': a title, no second name",
        "Smith J. Hypertension. BMJ. 2010;340:c1234.",
        {"title": "Hypertension", "author": [{"family": "Smith", "given": "J."}], "container-title": "BMJ"},
    ),
    (
        "Vancouver's one-word title of a common noun, 'Greenhalgh T. Narrative. BMJ. 1999;318:48.'",
        "Greenhalgh T. Narrative. BMJ. 1999;318:48.",
        {"title": "Narrative", "author": [{"family": "Greenhalgh", "given": "T."}]},
    ),
    (
        "ABNT's capitals name before the title and an edition, 'SILVA, J. A. Direito constitucional. 10. ed.'",
        "SILVA, J. A. Direito constitucional. 10. ed. São Paulo: Malheiros, 2015.",
        {
            "author": [{"family": "SILVA", "given": "J. A."}],
            "editor": None,
            "title": "Direito constitucional",
            "edition": "10",
        },
    ),
    (
        "Italian's chapter, 'in Studi danteschi, a cura di Luigi Verdi, Firenze, Olschki,'",
        "Bianchi, Paolo, «La poesia», in Studi danteschi, a cura di Luigi Verdi, Firenze, Olschki, 2001, pp. 12-34.",
        {
            "type": "chapter",
            "container-title": "Studi danteschi",
            "editor": [{"family": "Verdi", "given": "Luigi"}],
            "publisher": "Olschki",
        },
    ),
    (
        "German's chapter, 'in: Handbuch der Politik, hrsg. von Otto Braun, Berlin 1999,': the editor whole",
        "Meier, Karl: Der Staat, in: Handbuch der Politik, hrsg. von Otto Braun, Berlin 1999, S. 10–30.",
        {
            "container-title": "Handbuch der Politik",
            "editor": [{"family": "Braun", "given": "Otto"}],
            "publisher": None,
            "publisher-place": "Berlin",
        },
    ),
    (
        "APS's thesis, 'D. Gottesman, Ph.D. thesis, California Institute of Technology, 1997': no title 'Ph'",
        "[9] D. Gottesman, Ph.D. thesis, California Institute of Technology, 1997, arXiv:quant-ph/9705052.",
        {
            "type": "thesis",
            "title": None,
            "genre": "Ph.D. thesis",
            "publisher": "California Institute of Technology",
            "author": [{"family": "Gottesman", "given": "D."}],
        },
    ),
    (
        "a master's thesis in APS's form, 'J. Smith, M.Sc. thesis, University of Toronto, 2010.'",
        "J. Smith, M.Sc. thesis, University of Toronto, 2010.",
        {"type": "thesis", "title": None, "publisher": "University of Toronto"},
    ),
    (
        "a blog cited as a periodical with its numbers, 'OpenAI blog, 1(8):9, 2019.': the word is the name's",
        "Alec Radford, Jeffrey Wu, and Ilya Sutskever. Language models are unsupervised multitask learners. "
        "OpenAI blog, 1(8):9, 2019.",
        {"container-title": "OpenAI blog", "volume": "1", "issue": "8", "page": "9"},
    ),
    (
        "a venue's acronym after 'In' with the pages, 'In NeurIPS, pages 8024–8035, 2019.': no editor",
        "Adam Paszke et al. PyTorch: An imperative style, high-performance deep learning library. In NeurIPS, "
        "pages 8024–8035, 2019.",
        {"container-title": "NeurIPS", "editor": None, "page": "8024-8035"},
    ),
    (
        "a software team opening Zenodo's citation, 'The pandas development team. pandas-dev/pandas: …'",
        "The pandas development team. pandas-dev/pandas: Pandas (v2.0.3). Zenodo, 2023. doi:10.5281/zenodo.8092754",
        {"author": [{"literal": "The pandas development team"}], "title": "pandas-dev/pandas: Pandas"},
    ),
    (
        "a collaboration opening the reference, 'The Astropy Collaboration. Astropy: A community …'",
        "The Astropy Collaboration. Astropy: A community Python package for astronomy. A&A 558, A33 (2013).",
        {"title": "Astropy: A community Python package for astronomy", "container-title": "A&A", "volume": "558"},
    ),
    (
        "Chicago's medium after the outlet, 'The New York Times, podcast audio,': not the outlet's name",
        "The Daily. \"The Sunday Read: A Long Walk.\" The New York Times, podcast audio, March 3, 2024. "
        "https://www.nytimes.com/2024/03/03/podcasts/the-daily.html",
        {"container-title": "The New York Times", "medium": "podcast audio"},
    ),
    (
        "Chicago's one-name author before a short title and its translator, 'Anonymous. Beowulf. Translated by'",
        "Anonymous. Beowulf. Translated by Seamus Heaney. New York: Farrar, Straus and Giroux, 2000.",
        {"title": "Beowulf", "editor": None, "publisher": "Farrar, Straus and Giroux"},
    ),
    (
        "Chicago's natural-order author before a one-word title and its editor, 'Leonardo da Vinci. Notebooks.'",
        "Leonardo da Vinci. Notebooks. Edited by Irma A. Richter. Oxford: Oxford University Press, 2008.",
        {"title": "Notebooks", "editor": [{"family": "Richter", "given": "Irma A."}]},
    ),
    (
        "Chicago's dictionary entry with its access day, 's.v. \"tweet, n.2,\" accessed March 3, 2022,': no year",
        'Oxford English Dictionary, s.v. "tweet, n.2," accessed March 3, 2022, https://www.oed.com.',
        {"title": "tweet, n.2", "accessed": {"date-parts": [[2022, 3, 3]]}, "issued": None, "note": None},
    ),
    (
        "the capital with its district and no comma, 'World Development Report 2022, Washington DC.': the place",
        "World Bank (2022), World Development Report 2022, Washington DC.",
        {"publisher-place": "Washington DC", "publisher": None},
    ),
    (
        "a journal's volume before the page word with no comma, 'Urban Climate 19 p 1-15.'",
        "Kim, S. & Park, J. 2017. Urban heat islands. Urban Climate 19 p 1-15.",
        {"container-title": "Urban Climate", "volume": "19", "page": "1-15"},
    ),
    (
        "APA's authorless report whose title closes on 'Guide', then its body: the title first, no author",
        "Data Exchange Process Implementation Guide. (2016). ENTSO-E AISBL. https://example.org/guide.pdf",
        {"author": None, "title": "Data Exchange Process Implementation Guide"},
    ),
    (
        "APA's authorless report opening on 'Towards', then its body: the title first, no author",
        "Towards a consumer-centric system. (2018). Elia Group. https://www.elia.be/studies.pdf",
        {"author": None, "title": "Towards a consumer-centric system"},
    ),
    (
        "Nature's book by a body, 'World Health Organization. Global Tuberculosis Report 2021 (WHO, 2021).'",
        "World Health Organization. Global Tuberculosis Report 2021 (WHO, 2021).",
        {"type": "book", "title": "Global Tuberculosis Report 2021", "container-title": None, "publisher": "WHO"},
    ),
    (
        "LNCS's firm of several names before its town, 'Farrar, Straus and Giroux, New York (2011)'",
        "Kahneman, D.: Thinking, Fast and Slow. Farrar, Straus and Giroux, New York (2011)",
        {"publisher": "Farrar, Straus and Giroux", "publisher-place": "New York"},
    ),
    (
        "LNCS's publisher before two towns, 'Springer, Berlin, Heidelberg (2011)': both towns the place",
        "Smith, J.: A Book on Graphs. Springer, Berlin, Heidelberg (2011)",
        {"publisher": "Springer", "publisher-place": "Berlin, Heidelberg"},
    ),
    (
        "Spanish's 'et al.', 'García, M. y otros (2012).': no author 'otros'",
        "García, M. y otros (2012). La ciudad. Madrid: Alianza.",
        {"author": [{"family": "García", "given": "M."}], "title": "La ciudad"},
    ),
    (
        "Italian's 'et al.', 'Rossi, L. e altri (2019).': no author 'altri'",
        "Rossi, L. e altri (2019). La città. Milano: Feltrinelli.",
        {"author": [{"family": "Rossi", "given": "L."}]},
    ),
    (
        "MHRA's short title after the inverted name, 'Woolf, Virginia, Mrs Dalloway (London: …': no second author",
        "Woolf, Virginia, Mrs Dalloway (London: Hogarth Press, 1925)",
        {"author": [{"family": "Woolf", "given": "Virginia"}], "title": "Mrs Dalloway", "publisher": "Hogarth Press"},
    ),
    (
        "MHRA's title opening on a word and a colon, 'Said, Edward, Orientalism: Western Conceptions …, trans. by'",
        "Said, Edward, Orientalism: Western Conceptions of the Orient, trans. by Ann Smith (London: Penguin, 1995)",
        {
            "author": [{"family": "Said", "given": "Edward"}],
            "title": "Orientalism: Western Conceptions of the Orient",
        },
    ),
    (
        "surnames listed before a colon, 'Biehl, Meyer, Müller: Differential fault attacks …': three authors",
        "Biehl, Meyer, Müller: Differential fault attacks on elliptic curve cryptosystems (https://www.iacr.org/a.pdf)",
        {"author": [{"family": "Biehl"}, {"family": "Meyer"}, {"family": "Müller"}]},
    ),
    (
        "MHRA's edited play, 'Shakespeare, William, Hamlet, ed. by Harold Jenkins (London: Methuen, 1982)'",
        "Shakespeare, William, Hamlet, ed. by Harold Jenkins (London: Methuen, 1982)",
        {
            "author": [{"family": "Shakespeare", "given": "William"}],
            "title": "Hamlet",
            "editor": [{"family": "Jenkins", "given": "Harold"}],
        },
    ),
    (
        "MHRA's one-word title read into the place, 'Eliot, George, Middlemarch (Harmondsworth: Penguin, 1965)'",
        "Eliot, George, Middlemarch (Harmondsworth: Penguin, 1965)",
        {"title": "Middlemarch", "publisher-place": "Harmondsworth", "publisher": "Penguin"},
    ),
    (
        "Chicago's note of a work quoted from, 'Quoted in Jane Smith, A Life (London: Verso, 2001), 3.'",
        "Quoted in Jane Smith, A Life (London: Verso, 2001), 3.",
        {"author": [{"family": "Smith", "given": "Jane"}], "title": "A Life", "publisher": "Verso"},
    ),
    (
        "astronomy's collaboration with 'et al.', 'Planck Collaboration et al., 2020, A&A, 641, A6': no author 'al.'",
        "Planck Collaboration et al., 2020, A&A, 641, A6",
        {"author": [{"literal": "Planck Collaboration"}], "note": None, "container-title": "A&A"},
    ),
    (
        "MNRAS's collaboration before a name with its initials after it, 'Planck Collaboration, Aghanim N., et al.'",
        "Planck Collaboration, Aghanim N., et al., 2020, A&A, 641, A6",
        {"author": [{"literal": "Planck Collaboration"}, {"family": "Aghanim", "given": "N."}], "note": None},
    ),
    (
        "a collaboration beside its named authors stays apart, 'ALICE Collaboration, S. Acharya et al., …'",
        "[2] ALICE Collaboration, S. Acharya et al., Phys. Rev. Lett. 120, 102301 (2018).",
        {"author": [{"family": "Acharya", "given": "S."}]},
    ),
    (
        "a resource list's bold body opening the reference is the author, not an italic title",
        "**Guttmacher Institute.** March 2020. The covid-19 outbreak: Potential fallout for sexual health",
        {
            "author": [{"literal": "Guttmacher Institute"}],
            "title": "The covid-19 outbreak: Potential fallout for sexual health",
            "issued": {"date-parts": [[2020, 3]]},
        },
    ),
    (
        "tokens.leading_bold: a bold person's name opening the reference is the author",
        "**Melinda Gates.** July 2020. Sexist and incomplete data hold back the world’s Covid-19 response",
        {"author": [{"family": "Gates", "given": "Melinda"}]},
    ),
    (
        "lone_phrases.closing_note_is_title: the words after the author and the date are the title, not a note",
        "UN Women. June 2020. Women’s unpaid and underpaid work in the times of Covid-19",
        {"title": "Women’s unpaid and underpaid work in the times of Covid-19", "note": None},
    ),
    (
        "container.medium_read_as_publisher: MLA 7's 'Web.' after the date is the medium, no publisher",
        "Smith, Jane. “Opening the Archive.” State Library of Victoria, 3 March 2017. Web. "
        "https://www.slv.vic.gov.au/blogs/opening-the-archive Accessed 5 May 2019.",
        {"publisher": None, "medium": "Web", "title": "Opening the Archive"},
    ),
    (
        "mla_containers.body_after_italic_site: the italic site is the container, the body after it the publisher",
        "“Visitor Guidelines.” *About Us.* National Museum of Wales, 2016. Web. https://museum.wales/about/guidelines "
        "Accessed 2 June 2019.",
        {"container-title": "About Us", "publisher": "National Museum of Wales", "title": "Visitor Guidelines"},
    ),
    (
        "mla_containers.body_after_italic_site: a book's italic title run on into its publisher before the year",
        "Brake, Laurel, Aled Jones and Lionel Madden (eds). *Investigating Victorian Journalism.* Palgrave, 1990.",
        {"title": "Investigating Victorian Journalism", "publisher": "Palgrave", "container-title": None},
    ),
    (
        "mla_edited_books.abbreviated_role_opens_publisher: MLA 7's 'Ed. Name.' before the publisher is the editor",
        "Harvey, Ross. “Selection of Newspapers for Preservation.” *Newspaper Librarianship Today.* Ed. Anna Walker. "
        "K. G. Saur, 2006. 103–13.",
        {"editor": [{"family": "Walker", "given": "Anna"}], "publisher": "K. G. Saur"},
    ),
    (
        "title.kind_closing_italic_title: 'Database.' after the italic title is the kind of work",
        "*The Welsh Newspapers Archive.* Database. National Library of Wales, 2015. https://newspapers.library.wales "
        "Accessed 3 May 2019.",
        {"title": "The Welsh Newspapers Archive", "genre": "Database"},
    ),
    (
        "the Chicago reader: an italic journal's name and subtitle after a colon is no place and publisher",
        "Hauswedell, Tessa and Emily Bell. “Selection Criteria of Digital Archives.” *Archival Science: International "
        "Journal on Recorded Information*, forthcoming.",
        {
            "container-title": "Archival Science: International Journal on Recorded Information",
            "publisher-place": None,
            "publisher": None,
        },
    ),
    (
        "the Chicago reader: after an italic report's title, a body's name before the date is its publisher",
        "Barrall, Kelly and Christine Guenther. *Microfilm Selection for Digitization.* OCLC Preservation Service "
        "Centers, 17 May 2005. http://www.loc.gov/ndnp/guidelines/selection.pdf. Accessed 6 December 2019.",
        {"publisher": "OCLC Preservation Service Centers", "container-title": None},
    ),
    (
        "publisher.company_line_after_colon: 'Gale: A Cengage Company' is one publisher, no place",
        "Smith, John. *Digital Archives of the Press*. Gale: A Cengage Company, 2015.",
        {"publisher": "Gale: A Cengage Company", "publisher-place": None},
    ),
    (
        "publisher.body_read_as_person: a body named as the author and again as the publisher is no person",
        "Europeana Newspapers. *D5.3 Final public release with updated online resource for documentation.* Europeana "
        "Newspapers, 2015.",
        {"author": [{"literal": "Europeana Newspapers"}], "publisher": "Europeana Newspapers"},
    ),
    (
        "natbib's 'In the Proceedings of ICLR': the article is the sentence's, not the proceedings' name",
        "Alex Wang and Samuel R. Bowman. GLUE: A multi-task benchmark. In the Proceedings of ICLR, 2019.",
        {"container-title": "Proceedings of ICLR"},
    ),
    (
        "natbib's named report, 'Google. Gemini technical report, 2023.': the name and its kind are the title",
        "Google. Gemini technical report, 2023.",
        {"title": "Gemini technical report", "issued": {"date-parts": [[2023]]}},
    ),
    (
        "two bodies named by their acronyms, 'WHO and UNICEF. (2017).': two authors, not one name or a person",
        "WHO and UNICEF. (2017). Progress on drinking water, sanitation and hygiene: 2017 update. World Health "
        "Organization.",
        {"author": [{"literal": "WHO"}, {"literal": "UNICEF"}]},
    ),
    (
        "two bodies' acronyms in Vancouver's form, 'FAO and WHO. Title. Rome: FAO; 2019.'",
        "FAO and WHO. Sustainable healthy diets: guiding principles. Rome: FAO; 2019.",
        {"author": [{"literal": "FAO"}, {"literal": "WHO"}]},
    ),
    (
        "APA's title closed by its abbreviation, '(2021). Global Burden of Disease (GBD). Retrieved from': the title",
        "Mayo Clinic. (2021). Body Mass Index (BMI). Retrieved from https://www.mayoclinic.org/bmi",
        {"title": "Body Mass Index (BMI)", "publisher": None, "publisher-place": None},
    ),
    (
        "an EU act cited by its kind, number and title alone, no Journal: the whole is the title",
        "Regulation (EU) 2019/1150 of the European Parliament and of the Council (Platform-to-Business Regulation).",
        {
            "type": "legislation",
            "title": "Regulation (EU) 2019/1150 of the European Parliament and of the Council (Platform-to-Business "
            "Regulation)",
            "author": None,
            "number": "2019/1150",
        },
    ),
    (
        "an EU directive with its date in the title and no Journal or bracket: the act, dated by its title",
        "Directive 2001/29/EC of the European Parliament and of the Council of 22 May 2001 on the harmonisation of "
        "certain aspects of copyright.",
        {"type": "legislation", "number": "2001/29/EC", "issued": {"date-parts": [[2001, 5, 22]]}},
    ),
    (
        "APA's screen name alone in brackets, '[Anna Smith]. (2020, May 1).': the name is the author",
        "[Anna Kowalczyk]. (2020, May 1). Making bread at home [Video]. YouTube. https://www.youtube.com/watch?v=x1",
        {"author": [{"literal": "Anna Kowalczyk"}], "title": "Making bread at home"},
    ),
    (
        "APA's kind of work set inside the italic title, '*Title [Video]*': the bracket is no title",
        "Khan Academy. (2019, March 4). *Intro to fractions [Video]*. YouTube. https://www.youtube.com/watch?v=x2",
        {"title": "Intro to fractions", "container-title": "YouTube"},
    ),
    (
        "a note's paper between a quoted title and a day's date, 'Baltimore Press (March 3, 1870), p. 2': the paper",
        "M. A. Stone, “A Winter Journey”, Baltimore Press (March 3, 1870), p. 2",
        {"container-title": "Baltimore Press", "publisher": None, "page": "2"},
    ),
    (
        "Harvard's body spelling out the author's acronym after the title: the publisher, not the site",
        "NCSC (2022) *Cyber Essentials: requirements for IT infrastructure*. National Cyber Security Centre. "
        "Available at: https://www.ncsc.gov.uk/x (Accessed: 3 May 2023).",
        {"publisher": "National Cyber Security Centre", "container-title": None},
    ),
    (
        "a channel's name of one word and 'with' a person, 'StatQuest with Josh Starmer.': one author",
        "Numberphile with Matt Parker. (2018, July 5). Squaring the circle [Video]. YouTube. https://youtu.be/x3",
        {"author": [{"literal": "Numberphile with Matt Parker"}]},
    ),
    (
        "a note's book in plain type after a full name, its subtitle after a colon: the title, not a container",
        "Akhil Reed Amar, America's Constitution: A Biography (2005), p. 51",
        {"title": "America's Constitution: A Biography", "container-title": None, "page": "51"},
    ),
    (
        "a data set's coverage in brackets closing its title, then its year: 'data (1853-current). 2012.'",
        "UK Meteorological Office. Met Office Integrated Data Archive System (MIDAS) land and marine surface stations "
        "data (1853-current). 2012. http://badc.nerc.ac.uk/view/badc.nerc.ac.uk__ATOM__dataent_ukmo-midas.",
        {"title": "Met Office Integrated Data Archive System (MIDAS) land and marine surface stations data "
                  "(1853-current)", "issued": {"date-parts": [[2012]]}},
    ),
    (
        "a series' years in brackets closing its title, then the year: 'Indicators (1960–2020). 2021.'",
        "World Bank. World Development Indicators (1960–2020). 2021. https://data.worldbank.org",
        {"title": "World Development Indicators (1960–2020)", "issued": {"date-parts": [[2021]]}},
    ),
    (
        "Chicago's note, '*Title*, 2nd ed., vol. 1 of *Series* (Oxford: …)': the series ends where the imprint opens",
        "Manuel Castells, *The Rise of the Network Society*, 2nd ed., vol. 1 of *The Information Age: Economy, "
        "Society and Culture* (Oxford: Wiley-Blackwell, 2010), 12.",
        {
            "title": "The Rise of the Network Society",
            "collection-title": "The Information Age: Economy, Society and Culture",
            "volume": "1",
            "edition": "2",
            "publisher": "Wiley-Blackwell",
            "container-title": None,
        },
    ),
    (
        "the same note without italics: the title, the edition, then the volume of the series",
        "Manuel Castells, The Rise of the Network Society, 2nd ed., vol. 1 of The Information Age: Economy, Society "
        "and Culture (Oxford: Wiley-Blackwell, 2010), 12.",
        {
            "title": "The Rise of the Network Society",
            "collection-title": "The Information Age: Economy, Society and Culture",
        },
    ),
    (
        "Australian Harvard's 'cat. no. 2071.0, ABS, Canberra.' read into the title: the report's number, the office",
        "Australian Bureau of Statistics 2021, Census of Population and Housing, cat. no. 2071.0, ABS, Canberra.",
        {"title": "Census of Population and Housing", "number": "2071.0", "publisher": "ABS", "type": "report"},
    ),
    (
        "the catalogue number before the month of issue: 'cat. no. 8147.0, November, ABS, Canberra.'",
        "Australian Bureau of Statistics 2000, *Use of the internet by householders*, cat. no. 8147.0, November, "
        "ABS, Canberra.",
        {"issued": {"date-parts": [[2000, 11]]}, "container-title": None, "publisher": "ABS"},
    ),
    (
        "no title read, the title and the catalogue number in one note: 'Causes of death, Australia, 2017, cat. no.'",
        "Australian Bureau of Statistics (ABS) 2018, Causes of death, Australia, 2017, cat. no. 3303.0, ABS, "
        "Canberra, viewed 2 May 2020, <https://www.abs.gov.au/ausstats/abs@.nsf/mf/3303.0>.",
        {"title": "Causes of death, Australia, 2017", "number": "3303.0", "publisher-place": "Canberra"},
    ),
    (
        "Australian Harvard's 'Department of Health 2019, Title': the body before the year is the author",
        "Department of Health 2019, Australia's physical activity guidelines, viewed 3 March 2021, "
        "<https://www.health.gov.au/guidelines>.",
        {"author": [{"literal": "Department of Health"}], "publisher": None},
    ),
    (
        "MLA's story in a collection copied without italics: 'The Complete Stories, HarperCollins, 1995, pp.'",
        'Hurston, Zora Neale. "Sweat." The Complete Stories, HarperCollins, 1995, pp. 73-85.',
        {"container-title": "The Complete Stories", "publisher": "HarperCollins", "type": "chapter"},
    ),
    (
        "MLA's 'Translated by Alan Sheridan,' read as the editors: the phrase names the translator",
        "Foucault, Michel. Discipline and Punish: The Birth of the Prison. Translated by Alan Sheridan, Vintage "
        "Books, 1995.",
        {"translator": [{"family": "Sheridan", "given": "Alan"}], "editor": None, "publisher": "Vintage Books"},
    ),
    (
        "MLA's 'revised by C. D. C. Reeve,' after the translator: a note, not the publisher's first words",
        "Plato. The Republic. Translated by G. M. A. Grube, revised by C. D. C. Reeve, Hackett, 1992.",
        {"publisher": "Hackett", "note": "revised by C. D. C. Reeve"},
    ),
    (
        "'With an introduction by John Irving,' after the title: a note, and the name after it the publisher",
        "Dickens, Charles. Great Expectations. With an introduction by John Irving, Bantam Classics, 1986.",
        {"title": "Great Expectations", "publisher": "Bantam Classics"},
    ),
    (
        "Chicago's 'Introduction by Ernst Mayr.' as a sentence after the title: no part of the title",
        "Darwin, Charles. On the Origin of Species. Introduction by Ernst Mayr. Cambridge, MA: Harvard University "
        "Press, 1964.",
        {"title": "On the Origin of Species", "note": "Introduction by Ernst Mayr"},
    ),
    (
        "NLM's 'Atlanta (GA): CDC; 2021 [updated 2021 Oct 4; cited …]': the place with its state, the publisher",
        "Centers for Disease Control and Prevention. Flu vaccine effectiveness [Internet]. Atlanta (GA): CDC; 2021 "
        "[updated 2021 Oct 4; cited 2022 Jan 10]. Available from: https://www.cdc.gov/flu/vaccines-work/effectiveness.htm",
        {"title": "Flu vaccine effectiveness", "publisher": "CDC", "publisher-place": "Atlanta (GA)"},
    ),
    (
        "MLA's two translators without the serial comma, the second read as an author: the list ends at the comma",
        "de Beauvoir, Simone. The Second Sex. Translated by Constance Borde and Sheila Malovany-Chevallier, Alfred A. "
        "Knopf, 2010.",
        {
            "translator": [
                {"family": "Borde", "given": "Constance"},
                {"family": "Malovany-Chevallier", "given": "Sheila"},
            ],
            "publisher": "Alfred A. Knopf",
        },
    ),
    (
        "IEEE's chapter with its editors before 'Eds.': each editor a person, not one name of five",
        '[10] T. Brown et al., "Language models are few-shot learners," in Advances in Neural Information Processing '
        "Systems, vol. 33, H. Larochelle, M. Ranzato, R. Hadsell, M. F. Balcan, and H. Lin, Eds. Red Hook, NY, USA: "
        "Curran Associates, 2020, pp. 1877–1901.",
        {
            "editor": [
                {"family": "Larochelle", "given": "H."},
                {"family": "Ranzato", "given": "M."},
                {"family": "Hadsell", "given": "R."},
                {"family": "Balcan", "given": "M. F."},
                {"family": "Lin", "given": "H."},
            ]
        },
    ),
    (
        "IEEE's standard 'IEEE Std 754-2019' read as a publisher and pages: the standard's number",
        "[7] IEEE Standard for Floating-Point Arithmetic, IEEE Std 754-2019, Jul. 2019.",
        {"number": "IEEE Std 754-2019", "publisher": None, "page": None, "type": "standard"},
    ),
    (
        "Harvard's UK Act with its imprint, 'Human Rights Act 1998. London: The Stationery Office.': no author",
        "Human Rights Act 1998. London: The Stationery Office.",
        {"type": "legislation", "title": "Human Rights Act 1998", "author": None, "publisher": "The Stationery Office"},
    ),
    (
        "a UK Act's chapter after a comma and its link: 'Equality Act 2010, c. 15. Available at: … (Accessed: …)'",
        "Equality Act 2010, c. 15. Available at: https://www.legislation.gov.uk/ukpga/2010/15/contents (Accessed: 5 "
        "May 2021).",
        {
            "title": "Equality Act 2010",
            "number": "c. 15",
            "URL": "https://www.legislation.gov.uk/ukpga/2010/15/contents",
            "accessed": {"date-parts": [[2021, 5, 5]]},
        },
    ),
    (
        "Harvard's 'NHS England (2019)': a body whose name opens with its acronym, no person 'England, NHS'",
        "NHS England (2019) The NHS Long Term Plan [online]. Available at: https://www.longtermplan.nhs.uk/ "
        "[Accessed 12 January 2020].",
        {"author": [{"literal": "NHS England"}]},
    ),
    (
        "APA's French book with a one-word publisher, '(1962). La pensée sauvage. Plon.': no title 'sauvage. Plon'",
        "Lévi-Strauss, C. (1962). La pensée sauvage. Plon.",
        {"title": "La pensée sauvage", "publisher": "Plon"},
    ),
    (
        "NLM's chapter of a web book, 'Smith A. Mindfulness. In: StatPearls [Internet]. Treasure Island (FL): …'",
        "Smith A. Mindfulness. In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing; 2022 Jan-. "
        "Available from: https://www.ncbi.nlm.nih.gov/books/NBK123/",
        {
            "author": [{"family": "Smith", "given": "A."}],
            "title": "Mindfulness",
            "container-title": "StatPearls",
            "publisher": "StatPearls Publishing",
            "publisher-place": "Treasure Island (FL)",
        },
    ),
    (
        "StatPearls' '[Updated 2023 Feb 20]. In: StatPearls [Internet].': the update a note, the title before it",
        "Sharma S, Hashmi MF, Castro D. Hypoxic Ischemic Encephalopathy. [Updated 2023 Feb 20]. In: StatPearls "
        "[Internet]. Treasure Island (FL): StatPearls Publishing; 2024 Jan-. Available from: "
        "https://www.ncbi.nlm.nih.gov/books/NBK500048/",
        {
            "title": "Hypoxic Ischemic Encephalopathy",
            "container-title": "StatPearls",
            "issued": {"date-parts": [[2024]]},
        },
    ),
    (
        "GeneReviews' chapter: its own date before the update, the book's editors after 'In:'",
        "Bird TD. Hereditary Ataxia Overview. 1998 Oct 28 [Updated 2019 Jul 25]. In: Adam MP, Ardinger HH, Pagon RA, "
        "et al., editors. GeneReviews® [Internet]. Seattle (WA): University of Washington, Seattle; 1993-2020.",
        {
            "title": "Hereditary Ataxia Overview",
            "container-title": "GeneReviews®",
            "editor": [
                {"family": "Adam", "given": "MP"},
                {"family": "Ardinger", "given": "HH"},
                {"family": "Pagon", "given": "RA"},
            ],
            "issued": {"date-parts": [[1998, 10, 28]]},
        },
    ),
    (
        "Chicago's reprint with the first year read into the title: 'Nature. 1836. Reprint, Boston: …, 1985.'",
        "Emerson, Ralph Waldo. Nature. 1836. Reprint, Boston: Beacon Press, 1985.",
        {
            "title": "Nature",
            "issued": {"date-parts": [[1836]]},
            "publisher": None,
            "note": "Reprint, Boston: Beacon Press, 1985",
        },
    ),
    (
        "Nature's proceedings after a capital 'In': '… Linguistics 4171–4186 (ACL, 2019).', the pages out of the book",
        "Devlin, J., Chang, M.-W., Lee, K. & Toutanova, K. BERT: pre-training of deep bidirectional transformers for "
        "language understanding. In Proc. 2019 Conference of the North American Chapter of the Association for "
        "Computational Linguistics 4171–4186 (ACL, 2019).",
        {
            "container-title": "Proc. 2019 Conference of the North American Chapter of the Association for "
            "Computational Linguistics",
            "page": "4171-4186",
            "publisher": "ACL",
        },
    ),
    (
        "the first millennium's years closing a title after its comma, 'Empire, 284–602. Vol. 1.': no pages",
        "Jones, A. H. M. (1964). The Later Roman Empire, 284–602. Vol. 1. Oxford: Blackwell.",
        {"title": "The Later Roman Empire, 284–602", "page": None, "volume": "1"},
    ),
    (
        "APA 7's '(Vol. 1, B. Fowkes, Trans.)': the volume, then the translator (not a translator 'Vol. 1, B. Fowkes')",
        "Marx, K. (1976). Capital: A critique of political economy (Vol. 1, B. Fowkes, Trans.). Penguin. (Original "
        "work published 1867)",
        {"volume": "1", "translator": [{"family": "Fowkes", "given": "B."}], "publisher": "Penguin"},
    ),
    (
        "the OECD's '(Volume I): subtitle, PISA, OECD Publishing, Paris': the subtitle the title's, the series apart",
        "OECD (2019), PISA 2018 Results (Volume I): What Students Know and Can Do, PISA, OECD Publishing, Paris, "
        "https://doi.org/10.1787/5f07c754-en.",
        {
            "title": "PISA 2018 Results (Volume I): What Students Know and Can Do",
            "container-title": None,
            "collection-title": "PISA",
            "publisher-place": "Paris",
        },
    ),
    (
        "the Commission's 'COM(2018) 24 final.' read as the publisher before 'Brussels.': the document's number",
        "European Commission (2018). Proposal for a Council Recommendation on Key Competences for Lifelong Learning. "
        "COM(2018) 24 final. Brussels.",
        {"number": "COM(2018) 24 final", "publisher": None, "publisher-place": "Brussels"},
    ),
    (
        "the Bluebook's law review article, '110 Mich. L. Rev. 709 (2012)': the volume, the review, its first page",
        "Mark A. Lemley, The Myth of the Sole Inventor, 110 Mich. L. Rev. 709 (2012).",
        {
            "author": [{"family": "Lemley", "given": "Mark A."}],
            "title": "The Myth of the Sole Inventor",
            "container-title": "Mich. L. Rev.",
            "volume": "110",
            "page": "709",
        },
    ),
    (
        "the Bluebook's review with the page cited after the first: '37 J. Consumer Pol'y 583, 585 (2014)'",
        "Cass R. Sunstein, Nudging: A Very Short Guide, 37 J. Consumer Pol'y 583, 585 (2014).",
        {"title": "Nudging: A Very Short Guide", "container-title": "J. Consumer Pol'y", "volume": "37", "page": "583"},
    ),
    (
        "the RSC's 'J. Smith, Dalton Trans., 2018,': the journal's 'Trans.' makes no translator of the author",
        "[1] J. Smith, Dalton Trans., 2018, 47, 1234–1240.",
        {"author": [{"family": "Smith", "given": "J."}], "translator": None, "volume": "47"},
    ),
    (
        "the ACS's chapter cited by its book alone, 'Lee, K. In Comprehensive Organic Synthesis II; …, Eds.;'",
        "Lee, K. In Comprehensive Organic Synthesis II; Knochel, P., Molander, G. A., Eds.; Elsevier: Amsterdam, 2014; "
        "Vol. 3, pp 100–150.",
        {"title": None, "container-title": "Comprehensive Organic Synthesis II", "publisher": "Elsevier"},
    ),
    (
        "the ACS's book, 'Brown, T. Organic Chemistry, 8th ed.; Cengage: Boston, 2016.': the edition apart",
        "Brown, T. Organic Chemistry, 8th ed.; Cengage: Boston, 2016.",
        {"title": "Organic Chemistry", "edition": "8", "publisher": "Cengage", "publisher-place": "Boston"},
    ),
    (
        "the ACS's book with no edition: the names end before the title, the publisher before the colon",
        "Brown, T. Organic Chemistry; Cengage: Boston, 2016.",
        {"author": [{"family": "Brown", "given": "T."}], "title": "Organic Chemistry", "publisher": "Cengage"},
    ),
    (
        "German editors parted by a slash, 'In: Schmidt, Anna/Weber, Karl (Hrsg.):': two editors",
        "Müller, Hans (2015): Die Stadt als Bühne. In: Schmidt, Anna/Weber, Karl (Hrsg.): Urbane Räume. Bielefeld: "
        "transcript, S. 45–67.",
        {"editor": [{"family": "Schmidt", "given": "Anna"}, {"family": "Weber", "given": "Karl"}]},
    ),
    (
        "the ACS's book after names with two initials: 'Koebel, M. M. *Aerogels Handbook*;' keeps both initials",
        "(27) Aegerter, M. A.; Leventis, N.; Koebel, M. M. *Aerogels Handbook*; Springer: New York, 2011.",
        {"title": "Aerogels Handbook", "publisher": "Springer"},
    ),
    (
        "Chicago's unknown imprint 'N.p.: n.p., 1901.': no place and no publisher, not a place 'N.p'",
        "Smith, John. A History of Nowhere. N.p.: n.p., 1901.",
        {"publisher": None, "publisher-place": None, "issued": {"date-parts": [[1901]]}},
    ),
    (
        "a place with no publisher, 'London: n.p., 1901.': the place alone",
        "Smith, John. A History of Nowhere. London: n.p., 1901.",
        {"publisher": None, "publisher-place": "London"},
    ),
    (
        "IEEE's report from an abbreviated university, 'Univ. Toronto, Toronto, ON, Canada, Tech. Rep.': the IEEE "
        "reading stands (the model's 'Univ' cut at the abbreviation's stop is no boundary)",
        'B. Osei, "Learning sparse features from small photographs," Univ. Toronto, Toronto, ON, Canada, Tech. '
        "Rep., 2012.",
        {"publisher": "Univ. Toronto", "publisher-place": "Toronto, ON, Canada", "container-title": None},
    ),
    (
        "a bare number between a proceedings' name and its page range is the volume",
        "Wells, R. and Tan, K. (2004). Sparse image reconstruction. In Imaging Systems II : Proc. SPIE Annual "
        "Meeting on Optics 2 101-112. Denver, CO.",
        {"container-title": "Imaging Systems II : Proc. SPIE Annual Meeting on Optics", "volume": "2",
         "page": "101-112"},
    ),
    (
        "ACM's meeting bracket, '(April 12-15, Austin, TX), NY,': the meeting's town and the publisher's place are "
        "two places, the days left open no part of the proceedings' title",
        "Olsen, K. Shared Editing in Distributed Teams: Lessons from Three Studies. In Proceedings of the Conference "
        "on Human Factors in Computing (April 12-15, Austin, TX), NY, 1992, 41-50.",
        {"container-title": "Proceedings of the Conference on Human Factors in Computing",
         "publisher-place": "Austin, TX; NY", "page": "41-50"},
    ),
    (
        "a French report's page count closing its title in APA's shape, ', 96 p.': the page count, not the title's",
        "Office de la consultation (2016). Projet de parc urbain du Vieux-Port, Rapport no 212, 96 p.",
        {"author": [{"literal": "Office de la consultation"}],
         "title": "Projet de parc urbain du Vieux-Port, Rapport no 212", "page": "96"},
    ),
    (
        "a French report's dated title with its page count, ', juin 2012, 118 p.': the month to the note",
        "Moreau, Lucie (2012). Urban Heat Islands and Green Roofs: a Case Study of Montreal Neighbourhoods, juin "
        "2012, 118 p. [en ligne : http://example.org/thesis.pdf].",
        {"title": "Urban Heat Islands and Green Roofs: a Case Study of Montreal Neighbourhoods", "page": "118"},
    ),
    (
        "APA's reading that takes a page count and an online note for a journal, '12 p. [en ligne', is not chosen",
        "Hydro Nord (2014). Projet hydroélectrique de la rivière Noire - Rapport de consultation publique, 12 p. "
        "[en ligne (3 mars 2015) : www.example.ca/rapport.pdf].",
        {"title": "Projet hydroélectrique de la rivière Noire - Rapport de consultation publique",
         "container-title": None, "issue": None},
    ),
    (
        "author-date's book closed by its publisher's short name, '… politics of trade. Crown.': the publisher, not "
        "the title's last sentence",
        "Marsh, Peter J and Ruth Onwuka. 1998. Shifting currents: The dollar’s decline and the politics of trade. "
        "Crown.",
        {"title": "Shifting currents: The dollar’s decline and the politics of trade", "publisher": "Crown"},
    ),
    (
        "APA's encyclopedia entry with no 'In', 'Entry. Encyclopedia name. (pp. 210-214).': the second sentence is "
        "the book the entry stands in",
        "Dawson, R. T., Jr. (1991). Owls and owling. World book encyclopedia. (pp. 210-214). Chicago: World Book.",
        {"title": "Owls and owling", "container-title": "World book encyclopedia", "page": "210-214"},
    ),
    (
        "APA's entry whose bracketed pages follow the book's name, 'Encyclopedia name (pp. 88-90).': pages, no issue",
        "Hale, M. (2003). Tides. Britannica student encyclopedia (pp. 88-90). Chicago: Encyclopaedia Britannica.",
        {"title": "Tides", "container-title": "Britannica student encyclopedia", "page": "88-90", "issue": None,
         "type": "chapter"},
    ),
    (
        "the kind of work between commas after the title, ', manuscript, Institut …': the genre, not the title's",
        "R. Ortega, L. Weiss, and P. Nagy, Cutting planes for sparse matrix ordering, manuscript, Institut fur "
        "Informatik, Bonn, Germany, 1996.",
        {"title": "Cutting planes for sparse matrix ordering", "genre": "manuscript",
         "publisher": "Institut fur Informatik"},
    ),
    (
        "a quoted title's last sentence naming the kind of work, '“… Survey Report. Manuscript.”': the genre",
        "Hale, Daniel C. 2004. “Nunavik 2004 Field Survey Report. Manuscript.” Kuujjuaq: Avataq Cultural Institute.",
        {"title": "Nunavik 2004 Field Survey Report", "genre": "Manuscript", "publisher": "Avataq Cultural Institute"},
    ),
    (
        "a publisher's town glued to the comma closing the title, 'Course,New York, Psychology Press.': the place",
        "Cook, V. et Bassetti, B. (2011), Language and Bilingual Cognition : An Introductory Course,New York, "
        "Psychology Press.",
        {"title": "Language and Bilingual Cognition : An Introductory Course", "publisher-place": "New York",
         "publisher": "Psychology Press"},
    ),
    (
        "a state's code closing the reference after its town, '… 101-112. Boulder, CO.': the place's, not a company",
        "Reyes, M. and Holt, D. (2006). Adaptive optics for small telescopes. In Astronomical Instruments IV : Proc. "
        "SPIE Meeting on Optics 3 201-212. Boulder, CO.",
        {"publisher": None, "publisher-place": "Boulder, CO"},
    ),
    (
        "Chicago's chapter in a yearbook, 'edited by Name, Yearbook 4 (2009): 112–30.': a reader's editor that holds "
        "the year and the pages is a misreading, not chosen",
        "Hughes, Morwenna. “Who Copied the Red Book of Talgarth?” In Scribes and Readers in Medieval Wales, edited "
        "by Elin Rhys Parry, Studia Celtica Yearbook 4 (2009): 112–30.",
        {"container-title": "Studia Celtica Yearbook", "volume": "4", "issued": {"date-parts": [[2009]]}},
    ),
    (
        "a French title's space before its colon stays when a link is cut from the reference's end",
        "Dupont, Marie. *Les verriers : histoire d’un métier*. Lyon: Presses universitaires de Lyon, 1999. "
        "https://example.org/verriers.",
        {"title": "Les verriers : histoire d’un métier", "URL": "https://example.org/verriers"},
    ),
    (
        "Chicago's body and the town it sits in, 'National Gallery of Art, Washington.': one author, no person",
        "National Gallery of Art, Washington. “Collection Search,” n.d. https://www.nga.gov/collection.html.",
        {"author": [{"literal": "National Gallery of Art, Washington"}], "title": "Collection Search"},
    ),
    (
        "a citation processor's Chicago volume in lower case, 'vol. 3.', after an editor's particle 'de, ed.'",
        "Milanesi, Gaetano de, ed. *Le opere di Giorgio Vasari*. vol. 3. Firenze: Sansoni, 1906.",
        {
            "editor": [{"family": "Milanesi", "given": "Gaetano de"}],
            "title": "Le opere di Giorgio Vasari",
            "volume": "3",
            "publisher-place": "Firenze",
        },
    ),
    (
        "Chicago's series in roman after the italic title, its name holding a stop: 'Arte e Storia. Studi e Testi 12.'",
        "Bianchi, Laura. _La pittura a Siena nel Trecento_. Arte e Storia. Studi e Testi 12. Firenze: Leo S. Olschki, "
        "1998.",
        {"title": "La pittura a Siena nel Trecento", "container-title": None, "publisher-place": "Firenze"},
    ),
    (
        "Chicago's series between a chapter's book volume and the town, 'Vol. 12. Intersections. Leiden: Brill'",
        "Marchetti, Paola. “Glass and light in the workshop.” In _Making and Knowing in Early Modern Europe_, edited "
        "by Anna Weber and Luca Conti, Vol. 12. Intersections. Leiden: Brill, 2015.",
        {
            "publisher-place": "Leiden",
            "publisher": "Brill",
            "container-title": "Making and Knowing in Early Modern Europe",
        },
    ),
    (
        "an incunable's imprint, 'Venice: Bernardinus Rizus, 1493.': the year before 1500 is its date, not a page",
        "Foresti, Jacopo Filippo. _Supplementum chronicarum_. Venice: Bernardinus Rizus, 1493.",
        {"issued": {"date-parts": [[1493]]}, "page": None, "note": None, "publisher-place": "Venice"},
    ),
    (
        "APA's chapter with the book's translator before its pages, '(H. Zohn, Trans.; pp. 217–251)': no note",
        "Benjamin, W. (1968). The work of art in the age of mechanical reproduction. In H. Arendt (Ed.), Illuminations "
        "(H. Zohn, Trans.; pp. 217–251). Schocken Books. (Original work published 1935)",
        {"translator": [{"family": "Zohn", "given": "H."}], "page": "217-251", "note": None},
    ),
    (
        "NLM's web page, 'Diabetes [Internet]. Bethesda (MD): National Library of Medicine (US); 2019 [updated …]'",
        "Jones P. Diabetes [Internet]. Bethesda (MD): National Library of Medicine (US); 2019 [updated 2020 Jun 1; "
        "cited 2021 Feb 2]. Available from: https://medlineplus.gov/diabetes.html",
        {
            "author": [{"family": "Jones", "given": "P."}],
            "publisher": "National Library of Medicine (US)",
            "publisher-place": "Bethesda (MD)",
        },
    ),
    (
        "APA's book whose title opens on a word the model reads as a town, 'Sapiens: A brief history of humankind.'",
        "Harari, Y. N. (2015). Sapiens: A brief history of humankind. Harper.",
        {"title": "Sapiens: A brief history of humankind", "publisher": "Harper", "publisher-place": None},
    ),
    (
        "APA list a reference manager cut with '& others.': the hidden names are not stored, 'others' is no author",
        "Nguyen, T. H., Patel, R., Okafor, C. E., & others. (2021). Nurse staffing and patient outcomes in rural "
        "hospitals. Journal of Nursing Administration, 51(4), 210–216.",
        {
            "author": [
                {"family": "Nguyen", "given": "T. H."},
                {"family": "Patel", "given": "R."},
                {"family": "Okafor", "given": "C. E."},
            ],
            "container-title": "Journal of Nursing Administration",
        },
    ),
    (
        "a US health agency's publication number naming its fiscal years in brackets, 'No. 13(14)-0033'",
        "Smith, J. A., & Lee, K. (2014). Guide to patient and family engagement in hospital quality and safety "
        "(AHRQ Publication No. 13(14)-0033). U.S. Department of Health and Human Services.",
        {
            "title": "Guide to patient and family engagement in hospital quality and safety",
            "number": "13(14)-0033",
            "publisher": "U.S. Department of Health and Human Services",
            "note": None,
        },
    ),
    (
        "AAA's group author and its bare year before the title, 'UNICEF 2020 The State …': the group is the author",
        "UNICEF 2020 The State of the World's Children 2019. New York: UNICEF.",
        {"author": [{"literal": "UNICEF"}], "issued": {"date-parts": [[2020]]}, "container-title": None},
    ),
    (
        "IOP's collaboration and its bare year, 'CMS Collaboration 2012 Observation …', read as one note",
        "[3] CMS Collaboration 2012 Observation of a new boson at a mass of 125 GeV with the CMS experiment at the "
        "LHC Phys. Lett. B 716 30–61",
        {"author": [{"literal": "CMS Collaboration"}], "issued": {"date-parts": [[2012]]}, "note": None},
    ),
    (
        "AAA's editors and their year with no stop, 'eds. 1974 Woman, Culture, …': the title's first word stays",
        "Lamphere, Louise, and Michelle Rosaldo, eds. 1974 Woman, Culture, and Society. Stanford, CA: Stanford "
        "University Press.",
        {"title": "Woman, Culture, and Society", "issued": {"date-parts": [[1974]]}, "note": None},
    ),
    (
        "PNAS's book with initials and a particle before the family name: '(Masson, 1924)' is the imprint",
        "L. de Broglie, Recherches sur la théorie des quanta (Masson, 1924).",
        {
            "author": [{"family": "Broglie", "non-dropping-particle": "de", "given": "L."}],
            "title": "Recherches sur la théorie des quanta",
            "publisher": "Masson",
        },
    ),
    (
        "the RSC's book imprint with a town and its state's code before the edition, 'College Station, TX, 2nd edn'",
        "A. C. Cameron and P. K. Trivedi, Microeconometrics Using Stata, Stata Press, College Station, TX, 2nd edn, "
        "2010.",
        {
            "title": "Microeconometrics Using Stata",
            "publisher": "Stata Press",
            "publisher-place": "College Station, TX",
        },
    ),
    (
        "AAA's year, then a title opening with a year: '2021 2021 Annual Report …' keeps the title's year",
        "Hansen, Jens 2021 2021 Annual Report on Coastal Erosion. Copenhagen: Danish Coastal Authority.",
        {"title": "2021 Annual Report on Coastal Erosion", "issued": {"date-parts": [[2021]]}},
    ),
    (
        "the RSC's novel named like a person after initials-first names, 'G. Flaubert, Madame Bovary, Publisher,'",
        "G. Flaubert, Madame Bovary, Project Gutenberg, 2006.",
        {
            "author": [{"family": "Flaubert", "given": "G."}],
            "title": "Madame Bovary",
            "publisher": "Project Gutenberg",
        },
    ),
    (
        "the RSC's title of two capitalised words read as a last author, 'L. Tolstoy, Hadji Murat, …'",
        "L. Tolstoy, Hadji Murat, Project Gutenberg, 2009.",
        {"author": [{"family": "Tolstoy", "given": "L."}], "title": "Hadji Murat", "publisher": "Project Gutenberg"},
    ),
    (
        "IOP's thesis with no title, a family name and the initial J (read as a journal's 'J') before the bare year",
        "Okafor J 2019 PhD Thesis University of Pretoria",
        {
            "author": [{"family": "Okafor", "given": "J"}],
            "title": None,
            "genre": "PhD Thesis",
        },
    ),
    (
        "a title closed by an abbreviation, 'Mobile App. Design', before the comma of ', Journal of …'",
        "S. H. Park & Y. J. Choi. (2019). A Usability Study of Gamified Learning in Mobile App. Design, Journal of "
        "Digital Convergence, 17(3), 101-110.",
        {
            "title": "A Usability Study of Gamified Learning in Mobile App. Design",
            "container-title": "Journal of Digital Convergence",
        },
    ),
    (
        "a body's acronym and its numbered report after the title, 'NRC Report 12.', is the series, no publisher",
        "National Research Council. (2011). Assessing the Quality of Teacher Preparation. NRC Report 12. Washington, "
        "DC: National Academies Press.",
        {
            "title": "Assessing the Quality of Teacher Preparation",
            "collection-title": "NRC Report",
            "number": "12",
            "publisher": "National Academies Press",
        },
    ),
    (
        "APA's agency report 'ALRC Report 52.' before 'Retrieved from': its series and number, no publisher",
        "Australian Law Reform Commission. (2016). Traditional Rights and Freedoms. ALRC Report 52. Retrieved from "
        "https://www.alrc.gov.au/publications/freedoms-report",
        {"publisher": None, "collection-title": "ALRC Report", "number": "52", "type": "report"},
    ),
    (
        "the AMS's book with its length after the publisher, 'Elsevier Academic Press, 535 pp.': the count, its page",
        "Holton, J. R., 2004: *An Introduction to Dynamic Meteorology*. 4th ed. Elsevier Academic Press, 535 pp.",
        {"page": "535", "publisher": "Elsevier Academic Press", "note": None},
    ),
    (
        "Chicago's letter in a published collection, '…, 1948, in Words in Air, ed. … (New York: …, 2008), 56.'",
        "Elizabeth Bishop to Robert Lowell, August 8, 1948, in Words in Air: The Complete Correspondence between "
        "Elizabeth Bishop and Robert Lowell, ed. Thomas Travisano and Saskia Hamilton (New York: Farrar, Straus and "
        "Giroux, 2008), 56.",
        {
            "author": [{"family": "Bishop", "given": "Elizabeth"}],
            "container-title": "Words in Air: The Complete Correspondence between Elizabeth Bishop and Robert Lowell",
            "publisher": "Farrar, Straus and Giroux",
            "publisher-place": "New York",
            "page": "56",
            "issued": {"date-parts": [[1948, 8, 8]]},
        },
    ),
]


@pytest.mark.parametrize(("why", "text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_typed_form(why: str, text: str, expected: dict[str, Any]) -> None:
    item = parse_reference(text)
    for var, value in expected.items():
        assert item.get(var) == value, f"{why}: {var} is {item.get(var)!r}"
