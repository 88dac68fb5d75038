"""Mends of the model's spans, where the text's own marks show where a field runs.

The sequence model labels token by token; a few of its mistakes are plain from marks it weighs
too little: an italic title ends at its closing mark, ``제17권`` is a volume, a bare address is a
URL. Each mend is one small function ``(spans, text) -> spans`` that repairs one such reading
and leaves every other reading as it was; ``MENDS`` applies them in order before assembly. Most say
beside themselves what they need (``@needs(labels=…, marks=…)``, ``gated.needs``): where a reading or
its text lacks it, ``mend`` passes them by without a call. A mend with no declaration always runs.

- ``ams_preprints.ams_preprint_volume``: the AMS's ``Title. Preprints, 22nd Conf. on Severe Local Storms, Hyannis,
  MA, Amer. Meteor. Soc.`` with the meeting and its town read into the title.
- ``dated_authors.dated_author_comma_form``: Islamic studies' ``Bukhari (d. 256/870), *Sahih*, Dar Ihya' al-turath
  al-'Arabi, Beirut, n.d.`` with the death date read as the year and the name, title and editor as one run;
  ``dated_authors.death_date_after_opening_name``: ``Ibn Khaldun (d. 808/1406). The Muqaddimah.`` with the name and
  its death date read into the title.
- ``ancient_authors.caps_author_then_role``: ``HOMER. Odyssey. Ed. J. Smith. Oxford: Clarendon Press, 1920.``
  (``Trans.``) with the author in capitals, the title and the role word read as one run of names;
  ``ancient_authors.editor_named_after_ancient_title``: ``Appian. The Civil Wars. L. Mendelssohn. Leipzig.`` with the
  editor's name (no role word) read into the title; ``ancient_authors.edition_named_before_imprint``: ``Ovid,
  Metamorphoses. Hugo Magnus (ed.) (Gotha: …, 1892).`` with the author, title and editor read as one run of names.
- ``placeless_books.placeless_book``: MLA's ``Reinwardt, Caspar Georg Carl. Title. Frederik Muller, 1858.`` (no
  town before the house) with the title run into the names or the house into the title.
- ``et_al_commas.et_al_comma_journal``: ``Lim et al, Title, Heart, May 2019.`` with the journal run into the title
  or read as a name, a town or a publisher.
- ``harvard_books.agps_book``: Australian Harvard's ``Borbasi, S, Jackson, D & Langford, RW 2008, *Title*, 2nd edn,
  Mosby, Sydney.`` with the last initials run into the title or the publisher into the town;
  ``harvard_books.agps_web_page``: a student's ``1 Britannica 2024, markup language, viewed April 2024, [https://…]``
  with the body's name and year read as the title or the date, or the access note's month left in the title;
  ``harvard_books.agps_web_report``: ``Yee, L, Chui, M & Roberts, R, 2024, *Title*, McKinsey Digital, 16 July, viewed
  12 August 2024, https://…`` with the publisher read into the title or lost.
- ``bracketed_roles.role_before_names_opens_container``: a Dutch note's ``in: (ed.) C. de Backer, *Book*`` with
  the role read as the editor and the names into the book's title.
- ``bracketed_roles.role_bracket_after_names``: Polish ``Kowalski Jan (red.), Historia Polski, Warszawa 2005.``
  (``(tł.)``, ``(oprac.)``, ``(a cura di)``, ``(Hrsg.)``) with the names read as a journal or the title as the town;
  ``bracketed_roles.dutch_role_bracket_after_names``: Dutch ``Biesheuvel, I. (vertaling en toelichting), *Title*.``
  and ``Oostrom, F.P. van, e.a., (ed.), *Title*.`` with the bracket and the names read into the title.
- ``access_notes.marked_pages_before_link``: ``…, pp. 112-120. Available at: https://…`` with the pages read into the
  link's label and left as a note.
- ``meeting_towns.meeting_days_and_town``: ``Proceedings of the 12th Workshop on X, 1-2 November, Groningen, pp.
  45-52.`` with the meeting's days and town read into the proceedings' name or as a source.
- ``comma_towns.word_before_state_read_as_town``: Durant's ``ABBOTT, F., The Common People of Ancient Rome, N. Y.,
  1911.`` with the title's last word read as the town; ``comma_towns.translated_comma_form``: ``APULEIUS, The Golden
  Ass, tr. W. Adlington, N. Y., 1927.`` read as one run of names; ``comma_towns.caps_comma_form``: ``COLLINGWOOD, R.,
  and MYRES, N., Roman Britain, Oxford, 1937.`` with the title read as a name (or the work named in capitals,
  ``CAMBRIDGE ANCIENT HISTORY, N. Y., 1924f.``, as its author).
- ``dotted_names.dotted_name_after_names``: ``…, and Simeon Schaub. KeywordCalls.jl. https://…`` (``Python 2.7.16``,
  ``v0.10.0``) with the names read through the inner full stop of a software name;
  ``dotted_names.dotted_name_closing_title``: a title closed inside ``v0.6.0``.
- ``abbreviated_towns.short_town_before_year``: older bibliographies' ``History of Medicine, Phila., 1929.`` (``Lond.``,
  ``Oxf.``, ``Edinb.``, ``Camb.``, ``N. Y.``) with the town's short form read into the title or the names.
- ``caps_names.caps_body_opening_title``: ABNT's ``W3SCHOOLS. SQL Stored Procedures. Disponível em: …`` (a body in
  capitals with digits) read as one title, no author read.
- ``caps_names.one_caps_name_then_title``: ABNT's ``CASTRO, Jaelson. Requisitos Não-Funcionais, 2014.`` read as one
  author's span.
- ``caps_names.bracketed_given_opening``: the older French ``AÏM (Olivier) et BILLIET (Stéphane). - *Titre*. - Paris :
  Dunod, 2015.`` (``WINKIN (Yves), dir.``) with the names read as one body, cut at a bracket or run into the title.
- ``caps_names.capitals_before_colon``: Theory of Computing's ``THOMAS M. LIGGETT: *Interacting …*`` with the
  names in small capitals cut short or run into the title.
- ``bold_names.bold_name_opening``: a post's ``**Stefan Antweiler**: _Title._ Köln: …`` with the bold name run
  into the title.
- ``bold_names.bold_title_read_as_name``: ABNT's ``BARBOSA, Simone; SILVA, Bruno Santana da. **Interação
  Humano-Computador**.`` with the bold title after the names' full stop read as one more name.
- ``bold_names.bold_names_after_title``: a Markdown bibliography's ``["Title"](https://…) **Rada Mihalcea**, **Paul
  Tarau** *EMNLP* (2004)`` with the bold names after the title run into the venue or the title.
- ``r_bibentry.bibentry_article``: R's printed bibentry ``Lessler J, …, New York City … Team (2009). “Title.”
  _Journal_.`` with a group among the names or a date inside the title misread.
- ``numbered_lists.particle_after_number``: BMJ's ``1 de Onis M, …`` with the particle read into the list's number.
- ``particle_names.particle_family_opens_title``: ``Morales de los Rios Filho, Adolfo. Title.`` read whole as the
  title, no names read.
- ``particle_names.particle_closes_inverted_name``: MHRA's ``Saussure, Ferdinand de, Cours de linguistique …`` with
  the title read as more names after the particle.
- ``numbers.marked_numbers``: Korean ``제17권, 제2호`` and Chinese ``第3卷 第2期`` are volume and issue.
- ``numbers.numero_after_volume``: ABNT's ``V 12 nº 01.`` and ``Vol. 8, Nº 2. 2019.`` with the issue read as the page
  or into the date.
- ``ama_groups.group_after_et_al_in_names``: AMA's ``…, et al; REVEAL Collaborative Group.`` read as one span of
  names, its ``et al`` then read as a person.
- ``ama_groups.group_after_et_al``: AMA's ``…, et al; CLAIM 2024 Update Panel. Title.`` with the group read into
  the title; ``ama_groups.year_named_group_opening``: ``GBD 2019 Universal Health Coverage Collaborators. Title.``
  with the group's year read as the date and its words as the title.
- ``jstor_citations.jstor_citation``: JSTOR's ``Title Author(s): Names Source: Journal, Vol. 4, No. 16 (Nov., 1937),
  pp. 386-405`` with ``Author:`` and the first initial read into the title.
- ``letters.letter_opening``: a note's ``Fish to James B. Partridge, September 18, 1874, NARA, RG 59, …`` with the
  recipient read as the author and the archive as a journal.
- ``advertisements.advertisement_of_product``: Chicago's and MLA's ``Dove Body Wash. Advertisement. *Fortune
  Monthly*, October 2012, 23.`` with the product read as an author and the periodical in a source.
- ``repeated_author.dashes_with_role``: a bibliography's ``———, ed. *Title*.`` with the dashes and the role read
  into the title; ``repeated_author.dashes_with_years``: ``———, 1994–98. *Title*.`` read as a list's number;
  ``repeated_author.title_read_into_dashes``: ``———. Der Untergang des Abendlandes.`` read as one name.
- ``interviews.interviewer_before_periodical``: Chicago's ``“…: Interview with X.” By Jim Shure. The Right Focus 2,``
  with "By" and the interviewer read into the journal's name.
- ``interviews.interview_by``: Chicago's and MLA's ``Interview by Terry Gross. Fresh Air, NPR, December 22, 2016.``
  with the interviewer read into the title and the programme as a journal with its duration as numbers.
- ``law_reviews.oscola_journal``: OSCOLA's ``'Title' [2005] PL 440.`` and ``'Title' (2002) 22 OJLS 1.`` with the
  journal read as a volume or a note.
- ``law_reviews.law_review_numbers``: the law reviews' ``(2010) 15 Stanford Journal of Law, 127.`` with the volume
  read into the date or as the pages, and the first page as the volume.
- ``roles.directed_by``: ``Directed by Orson Welles.`` read as the editors.
- ``roles.title_before_directed_by``: MLA's ``Timeline & Stag Hunt. Directed by Richard Malena-Webber,`` with the
  film's title read as its author.
- ``mla_episodes.chicago_episode_note``: Chicago's ``Series, season 1, episode 3, “Episode,” directed by …, aired …``
  read as one title and a note.
- ``data_repositories.distributor_is_publisher``: Chicago's data set ``… 2014. Distributed by Harvard Election Data
  Archive.`` with the distributor read as a note: it is the publisher.
- ``book_series.numbered_series_read_as_edition``: Chicago's ``Loeb Classical Library 18.`` before the imprint read
  as the edition.
- ``bracketed_authors.bracketed_author_opens``: Chicago's ``[Klein, Joe]. Primary Colors.`` with the bracketed author
  read as a note run into the title.
- ``dates.slashed_year_apart``: ``Commission. 1977/78. Annual report …`` with the date cut at its slash; AMA's
  ``NHS. 2020/21 National Cost Collection for the NHS.`` with the fiscal year opening the title read as the date.
- ``filmed_talks.filmed_talk``: Chicago's ``Filmed November 2016 at TEDxBeaconStreet, Brookline, MA. TED video,
  12:51.`` read as a journal and a medium holding the place's state.
- ``artworks.artwork_after_year``: Chicago's ``Tomlin, Bradley Walker. French Literature. ca. 1930. Oil on canvas, 20
  1/16 x 24 1/8 in. Harn Museum of Art, Gainesville, FL.`` with the size read as a volume and pages.
- ``artworks.artwork_dated_first``: Chicago's author-date ``Redon, Odilon. 1883. The Teeth (Les Dents). Charcoal and
  chalk on paper, 20 1/8 x 14 1/2" (51.1 x 36.8 cm). New York: Museum of Modern Art.`` with the medium in the title.
- ``mla_episodes.chicago_episode_entry``: Chicago's ``“Episode.” Series, season 4, episode 5. ABC, February 20,
  2008.`` with the series read as a journal and its season as the volume.
- ``mla_episodes.mla_episode``: MLA's ``"Under Pressure." *Mad Men*, created by …, season 4, episode 6, AMC, 2010.``
  read whole as a note.
- ``second_dates.title_year_before_closing_date``: ``Stanaway et al, … Disease Study 2013, Vol 388, 1081-88, Lancet,
  July 2016.`` with the title's closing year read as the date before the date closing the reference.
- ``revision_numbers.revision_closes_title``: ``Web Content Accessibility Guidelines (WCAG) 2.1, Revision 35.`` with
  the revision read as a journal and its volume, or as the edition.
- ``standard_sections.section_in_standards``: the ADA's ``Glycemic targets. Sec. 6. In Standards of Medical Care in
  Diabetes 2017. Diabetes Care.`` with the section and the standards document read into the title.
- ``film_titles.film_title_opens``: Harvard's ``Batman (1989). Burton, Tim USA: Warner Bros. [film].`` with the
  film's title read as its author and the director's name as its title.
- ``roles.in_venue_read_as_editor``: ``Title. In NeurIPS, pages 8024–8035, 2019.`` with the venue read as editors.
- ``roles.film_opening_names``: Chicago's ``Rushmore. Directed by Wes Anderson.`` or MLA 7's ``Casablanca. Dir. Michael
  Curtiz. Warner Bros.,`` read as one run of names.
- ``roles.directed_by_in_title``: Chicago's ``*Rushmore*. Directed by Wes Anderson.`` read into the film's title.
- ``roles.director_opens``: MLA's ``Anderson, Wes, director. *Rushmore*.`` read as an author, or the role and title
  run into one director span.
- ``roles.chicago_director_opens``: Chicago's ``Scott, Ridley, dir. 1982.`` or ``Fellini, Federico. Director.``
  with the role read into the date or the title, or the names as the editors.
- ``roles.film_title_then_director``: a Chicago note's ``*Blade Runner*, directed by Ridley Scott (1982; …)`` read as
  one list of editors.
- ``roles.unmarked_editors``: ``Germano Celant, Witkin (Zurich: …)`` or ``(2009), Réinventer l'Etat, Paris`` read as
  editors, with no role word anywhere.
- ``roles.translator_read_as_editor``: ``Translated by Alan Sheridan,`` read as the editors.
- ``roles.edited_and_translated_apart``: ``Edited and translated by G. P. Goold.`` read as an editor ``Edited and`` and
  a translator.
- ``mla_edited_books.names_title_role_in_one``: MLA's ``Austen, Jane. Emma. Edited by Fiona Stafford, Penguin,
  2003.`` read whole as one list of editors; ``mla_edited_books.role_names_into_imprint``: ``Translated by Emily
  Wilson, W. W. | Norton, 2018.`` with the role's span run past its names into the publisher, or closing on
  ``and`` before its last name; ``mla_edited_books.role_opens_publisher``: ``Translated by Edith Grossman, Ecco,``
  read as the publisher; ``mla_edited_books.abbreviated_role_opens_publisher``: MLA 7's ``Ed. Hartmut Walravens.
  K.G. Saur,`` read as the publisher.
- ``editors.bracketed_editors_opening_span``: APA's ``… Report (R. K. Pachauri & L. A. Meyer, Eds.). IPCC.`` with the
  editors read into the publisher.
- ``editors.role_names_past_initial``: MLA's ``Edited by J. Paul Hunter, W. W. Norton`` with the names cut at the
  initial and the rest of the name read as a place.
- ``bracket_date_pages.page_read_into_bracket_date``: a note's ``Frontier Times 2 (Aug. 1925), 14.`` with the page
  read into the date (as its day); ``bracket_date_pages.first_year_bracket_apart``: ``(Cambridge: …, 2004 [1783]),
  Ak. 4:260.`` with the bracketed first year cut from the date and read with what follows it.
- ``editors_before_book.book_read_into_editors``: older Chicago's ``In T. A. Dorey, ed., *Latin Historians*, 1–38.``
  with the italic book read into the editors' span; ``editors_before_book.name_cut_from_title``: a note's ``… of
  General Walter P. Lane, ed. Jimmy L. Bryan (…`` with the initial and name closing the title read as the book;
  ``editors_before_book.volume_title_after_book``: Chicago's ``*Book*. Vol. 1: Text and Introduction. Oxford: …``
  with the book read as a journal and the volume's own title as the title.
- ``joined_editors.first_editor_read_as_genre``: ``…», en M. L. López Vidriero y P. Cátedra, eds., *Book*`` with
  the first editor and the conjunction read as a genre; ``joined_editors.town_in_journal_year_bracket``: ``*Journal*,
  t. V (Paris 1879) 126-129`` with the town read as the issue and the year run into the pages;
  ``joined_editors.devotional_given_read_as_title``: ``Sánchez Cantón, María del Pilar. *Title*`` with the given
  name read into the title; ``joined_editors.page_read_into_volume``: ``(Leipzig: Oldenburg, 1889) vol. I, 93.`` with
  the page cited read into the volume; ``joined_editors.issue_number_read_into_volume``: ``*Journal*, t. 15, núm.
  4, 1963.`` with the issue read into the volume.
  ``joined_editors.lone_issue_mark``: ``*Journal*, núm. 19, 17 de junio de 1791, 163.`` with the mark read into
  the journal and the number as the date's day.
- ``editors.editor_initial_closing_book``: JFQA's ``In Book, T. Fomby, and D. Terrel, eds.`` with the first editor's
  initial read into the book's title.
- ``editors.editors_apart``: ``Title, ed. Jean-Claude Guy.`` or ``In Book. Edited by X and Y,`` (MLA's ``In Book Ed.
  Noordegraaf et al.``, no stop before the role) as one field.
- ``editors.translators_after_editors``: a Chicago note's ``ed. Edward Peters, trans. Martha E. McGinty`` read as
  one list of editors.
- ``editors.edited_and_before_translators``: a note's ``Title, ed. and trans. Lewis Thorpe`` with ``ed. and`` read
  into the title.
- ``aaa_chapters.editors_before_pages``: the AAA's ``In Beyond the Map. G. Lock, ed. Pp. 85–100.`` with the editors
  read into the book or the role into the pages.
- ``role_phrases.role_phrase_apart``: ``*Title*. Sous la direction de Carlo Ossola. Traduit par Jacqueline Risset.``
  (``a cura di``, ``onder redactie van``) with the role phrase and names read into the title, a series or the
  publisher.
- ``role_phrases.short_role_phrase_apart``: ``*Title*, trad. it. di G. Montefoschi, Milano, Rizzoli.`` (``fr. trad.
  par``, ``ed. it. a cura di``, German's ``Hg. von``) with the phrase and names read across the title and the
  imprint; ``role_phrases.dutch_editors_listed``: Dutch ``Book; onder red. van W. van Anrooij, D. Hogenelst & G.
  Warnar, Amsterdam, …`` with the phrase read into the book and the last name into the town;
  ``role_phrases.french_editing_phrase_apart``: ``*Title*, Texte établi et traduit par Charles Mugler, Paris, …``
  (``actes réunis par``) with the phrase read into the title.
- ``editors.names_each_with_role``: ``Strassler, Robert B., (ed.), and Purvis, Andrea L. (trans.),`` read as one list of
  editors.
- ``editors.role_after_title_opens_names``: a Chicago note's ``*Title*, eds. G.R. de Beer, L. Junod (Lausanne: …)``
  with the role and names read as a date, a translator or a second title.
- ``editors.book_words_before_editors_role``: German's ``In: Festschrift … zum 65. Geburtstag. Hrsg. von Cornelia
  Blasberg und …`` with the book's last words read into its editors, or the last editor read apart after ``und``.
- ``editors.editor_family_in_imprint``: ``hrsg. von Otto | Braun, Berlin 1999`` with the editor's family name read as
  the place.
- ``editors.town_closing_editors``: ``hg. von Hellmut Federhofer, Dallas (TX): American Institute …`` with the town
  read with the editors and its bracketed state with the publisher; ``editors.work_words_before_german_role``:
  ``(1990), *Sonaten*, hg. von Hans J. Moser, Kassel:`` with the work's words read into its editors.
- ``editors.comma_in_book_before_editors``: Harvard's ``Roles and Rules, in Control and Ideology in Organizations,
  Salaman, G. and Thompson, K. (eds), (Publisher, Place).`` with the book read into the title.
- ``editors.book_before_editors``: ``In Middle Iranian Lexicography, eds. C.G. Cereti & M. Maggi.`` as one editor span.
- ``role_sentences.book_tail_opens_editors``: MLA's ``Children in Culture Revisited. Ed. Ann Lee.`` with
  ``Revisited.`` read among the editors.
- ``role_sentences.publisher_after_role_sentence``: ``Translated by S.G.C. Middlemore. Swan Sonnenschein (1904)`` with
  the publisher read into the translator's sentence.
- ``role_sentences.family_after_initial``: MLA's ``Ed. P. V. Anderson and C. Miller. Farmingdale:`` with ``Miller.``
  read into the place.
- ``role_sentences.role_cut_after_work``: ``TACITUS. Annals. Trans. J. Jackson. Cambridge, MA:`` with the translator's
  sentence read into the work and ``Jackson.`` as the publisher.
- ``editors.edition_read_as_editors``: ``Das Nekrolog der …, hrsg. von Joseph M. B. Clauss, in: …`` read as one run of
  editors opening the reference.
- ``romance_parts.editors_after_en``: Spanish ``«Título», en J.M. Maestre y J. Pascual, *Book*`` with the editors
  read as one name and a journal opening on the other; ``romance_parts.town_before_number``: Portuguese ``«Título»,
  Revista …, Aveiro, n.º 23`` with the journal's town read into the journal or as a place;
  ``romance_parts.volume_after_series``: French ``Bulletin …, 2e série 22 (1908)`` read as the volume ``2e``;
  ``romance_parts.volume_number_read_as_date``: Italian ``*Notes*, XXX, n. 2 (1973)`` read as one date;
  ``romance_parts.roman_volume_after_italic_journal``: ``*Studi musicali*, XXII, n. 3`` with the roman volume read
  into the journal;
  ``romance_parts.reissue_note``: ``Paris, 1804, rééd. Paris, Hermann, 1997.`` with the reissue read as a title, a
  publisher and a date; ``romance_parts.series_read_as_publisher_before_town_year``: German ``Title (De Gruyter
  Studium), Berlin/Boston 2012.`` with the series read as the publisher and the title cut before it;
  ``romance_parts.in_colon_inside_title``: German ``Title, in: Librarium. Zeitschrift der …`` with the journal's
  first sentence read into the title.
- ``editors.title_opens_inverted_editors``: Pleiades's ``Solar Energy Conversion, Seraphin, B.O., Ed., Berlin:
  Springer, 1979.`` with the title read into the editors and the role word into the place.
- ``editors.title_after_opening_editors``: ``Cove, John J., and George F. MacDonald, eds. Tsimshian Narratives, …``
  as one editor span.
- ``editors.editors_read_across_names``: ``Brughmans, Tom, and Andrew Wilson, eds. Simulating …. Oxford:`` read as an
  author, a title and an editor.
- ``contributors.translators_after_opening_title``: a Czech list's ``Epos o Gilgamešovi, přeložil L. Matouš, Praha
  1976.`` read as one list of names.
- ``contributors.credit_after_names``: ``edited & translated by Susan S. Schearer, introduction by Ronald G. Witt``
  read as one list of editors.
- ``contributors.contribution_after_title``: ``Title. Mit einem Beitrag von X.`` or ``With a foreword by X.``
  read into the title.
- ``editors.organiser_after_title``: ABNT's ``*Encontros*. Org. Sergio Cohn. Rio de Janeiro:`` (or Spanish ``Edición
  de Ana Ruiz.``) with the organiser in the title, a series or the publisher.
- ``editors.editors_before_container``: ``dans Pierre Nora (dir.), *Les Lieux de mémoire*`` as one container.
- ``editors.book_author_before_container``: a note's ``“Title,” in Greetham, *Scholarly Editing* 118.`` with the
  book's author read into its container.
- ``chapters.role_opens_container``: ``In Giles, C. L., …, editors, Advances in …`` with the role in the container.
- ``chapters.editors_open_container``: ``in Joy Parr, ed., Childhood and Family …`` as one container.
- ``book_authors.author_after_in``: MHRA's ``in Wyndham Lewis, *Tarr* (Oxford: …)`` with the book's author read as
  its editor; ``book_authors.book_words_before_role``: ``… Statistical | Breviary, ed. Howard Wainer`` with the
  book's last word read as an editor; ``book_authors.title_run_into_role``: MHRA's ``Brinton, Ian, ed., A Manner …``
  with the title's first words read into the editors.
- ``chapters.book_before_natural_editors``: ACM's ``In Book, Elias Steinmeyer and Eduard Sievers (eds.).`` read as one
  editor span, or with the book's last words among the editors.
- ``chapters.title_after_in_editors``: ``Title. In M. Arbib (Ed.) From Action to Language`` as two titles.
- ``aps_chapters.book_after_plain_title``: APS's ``Title, in Book: Subtitle, edited by …`` with the book read into
  the plain title or cut at its colon.
- ``ieee_chapter_editors.editors_after_ieee_book``: IEEE's ``“Title,” in Book, T. Haddad, Ed., Palgrave Macmillan`` with
  the editor read into the book and the role into the publisher.
- ``nature_chapters.nature_chapter_tail``: Nature's ``in Book (eds Smith, C. & Brown, D.) 45–67 (Springer, 2019).``
  with the book run into the editors' bracket or the pages into the book.
- ``licence_notes.licence_mark``: a Creative Commons mark alone, ``(CC BY-SA 3.0)``, read as an edition or publisher.
- ``licence_notes.licence_statement``: the World Bank's ``License: Creative Commons Attribution CC BY 3.0 IGO.`` read
  as a second place and publisher.
- ``chapters.edited_book_title``: ``Feigenbaum, E. A., (eds.). Computers and Thought.`` read as a container.
- ``chapters.book_from_in_title``: ``“Preservation,” from *A Companion to Digital Humanities*, ed. …`` read as one
  title.
- ``chapters.container_in_title``: ``Magnetometry. In Remote Sensing in Archaeology,`` as one title.
- ``chapters.book_after_quoted_title``: Harvard's ``‘Chapter’, Book title, ed. Danbi Lee, …`` read as one title
  before the editors.
- ``chapters.chapter_number_closes_container``: ``In: Geertz, C (ed.), The Interpretation of Cultures, Chap. 1.`` with
  the chapter's number read into the book's title.
- ``chapters.first_year_before_in``: Chicago's ``“Chapter” [1994], in *Book* (Place: …)`` with the bracketed first
  year and the book read into the quoted title.
- ``chapters.chapter_number_opens_container``: Chicago's ``“Chapter,” chap. 7 in Book (Place: …)`` with the
  chapter's number read into the book's title.
- ``chapters.title_before_journal``: ``Allicin: Chemistry and … Properties. Molecules.`` as one journal (or as one
  container before NLM's ``2020;``).
- ``quotes.quote_closes_title``: ``“True Maturity: The Child in Time | (1987).”`` cut before its closing quote.
- ``unclosed_quotes.unclosed_quote_title``: ``S. Hill, "Your Smartphone Isn't As Safe As You'd Think, Techradar, 29
  Nov. 2013;`` (no closing quote) read as one title: the last comma part before the date is the outlet.
- ``outlet_names.outlet_after_writer``: Wikipedia's older ``Dean Takahashi, VentureBeat. " Title." May 2, 2011.`` with
  the outlet read as a second author.
- ``outlet_names.outlet_after_quoted_title``: ``S. Lawson, "Title", PCWorld, 6 Apr. 2012;`` with the outlet read as an
  author; ``outlet_names.outlet_after_date``: MLA's ``“Title”, 8 Jan. 2021, Polygon. URL`` with the outlet read as a
  second title; ``outlet_names.digits_glued_to_outlet``: ``“Title,” Marketing91, January 30, 2020,`` with the
  digits a volume.
- ``dates.de_date_whole``: Portuguese ``Publicado em 25 de ago. de 2025`` cut at the month's stop or read into the
  title.
- ``quotes.ieee_quoted_title_whole``: IEEE's ``Body, "VERORDNUNG (EU) Nr. 910/2014 … vom 23. Juli 2014," 28 08 2014.``
  with the quoted title cut inside and the names run into it; ``dates.digits_day_month_before_year``: its ``28 08``
  read as the pages before the year.
- ``quotes.name_before_quoted_title``: ``Citizen Science Cost Action, "On the importance of …", 2018`` read as one
  title: the body's name before the quote is the author.
- ``quotes.colon_head_before_quoted_title``: a source list's ``Greenpeace: "Title" - [URL](…)`` and ``Global Carbon
  Project, 2022: "Title"`` read as one title: the body (and the year) before the colon are the author (and the date).
- ``quotes.initialism_opens_body_name``: ``U.S. Energy Information Administration, “Title,”`` read as the author
  ``U.S.`` and a title holding the rest of the name.
- ``journal_year.numbers_read_as_title_before_links``: the ACS's ``… Nat. Rev. Drug Discovery 2018, 17 (2), 97−113.
  Available at: …`` with the numbers' closing part read as the only title.
- ``title_in_names.title_in_names_alone``: ``LeCun, Y., Bengio, Y. & Hinton, G. Deep learning. Nature 521,``,
  MLA's ``Morrison, Toni. Beloved. Knopf, 1987.`` and ``Walter Friedlaender, Caravaggio Studies, Princeton: …``: the
  whole title read into the names, none read elsewhere.
- ``eds_chapters.vancouver_chapter_opening``: Vancouver's ``Smith J. Title. En: Lewis DM, eds. Book.`` with the
  chapter's authors read as editors and the book's editors in the title.
- ``eds_chapters.book_before_inverted_eds``: the NSCA's ``In: Book. Komi, PV, ed. Place: Publisher, 2003. pp.
  184–202.`` with the book's words read as editors.
- ``ordinal_titles.ordinal_closes_title``: German ``… Elite des 14. und 15. Jahrhunderts (Series)`` with the title cut
  at the ordinal's full stop and its noun read as a journal; ``ordinal_titles.imprint_read_as_edition``: French
  ``PUF, "Que sais-je ?"`` read as the edition.
- ``title_in_names.last_name_opens_title``: natbib's ``Julien Chaumond, | and Thomas Wolf. Distilbert, …`` with the
  list's last name read into the title.
- ``data_repositories.repository_before_year``: the APS's ``R. A. Fisher, Iris, UCI Machine Learning Repository,
  1988,`` with the title read as a name or the repository as the title.
- ``data_repositories.repository_year_accession``: eLife's ``Title. NCBI Gene Expression Omnibus (2019). NCBI:
  GSE115291`` with the repository read as a place or into the title and the accession as the publisher.
- ``title_in_names.listed_names_close_at_stop``: the plain form's ``Ann Lee, Bob Jones, and Cy Ray. Title`` with the
  title's first words read as names, or the names read into the title.
- ``title_in_names.title_head_in_names``: ``Anthony Giddens, Beyond Left and Right: The Future …`` or
  ``Rajchman, John. Michel Foucault: …`` with the title's first words read among the names;
  ``title_in_names.chapter_title_in_names``: German ``Berg, Anna. Title. In: Roth, K. (Hrsg.): Book.`` with the
  chapter's title read into the names; ``title_in_names.title_closing_initial_names``: ``Adams, R. A., Sobolev
  Spaces, Pure and Applied Mathematics, vol. 65, …`` with the book's title read as a last author.
- ``title_in_names.title_head_after_dotted_names``: Elsevier's ``D. van den Bekerom, E. Pannier, A Discrete Integral
  …``, ``…, J. Tennyson, HITEMP, the high-temperature …`` and ``…, H.R. Ueda, Smiles Transformer: Pre-trained …``
  with the title's head read as a last author.
- ``numbered_acronyms.designation_opens_title``: ``B. Weis, IEEE 802 Privacy Threat Analysis,`` with the standard's
  letters read as a last author.
- ``brackets.translation_before_container``: ``Title? [Translation] *Journal* 72,`` with the bracket in the journal.
- ``cut_italics.italic_journal_cut_from_title``: Nature's ``Title. *Wellcome Open Res*. 5:112`` with the title read on
  into the italic journal: the run is the journal's name.
- ``cut_italics.title_read_into_italic_journal``: the Unified Style Sheet's ``2008. CIA leaks. *The Philosophical
  Review* 117(1).`` with the title read into the journal and no title read.
- ``italic_journal.in_before_italic_work``: BibTeX's ``In *Soviet Math. Doklady*, volume 11,`` read as one journal.
- ``italic_journal.italic_journal_after_title``: IOP's ``Title. Part 2. Words *J. Plasma Phys.* **85**`` with the
  italic journal cut, or its title's last words read into it.
- ``italic_journal.italic_journal_closing_dated_title``: ``Name. 2025. Title. *Corpora*.`` (no volume yet) with the
  italic journal read into the title.
- ``aas_numbers.note_after_year_is_journal``: AAS's ``2008b, Icar, 194, 263`` with the journal read as a note.
- ``aas_numbers.comma_numbers_apart``: AAS's ``2012, Proc. SPIE, 8442, 84422N`` with the volume read into the
  pages, or ``2022a, RAA, 22, 115017`` with the journal read into the volume.
- ``aas_tails.journal_tail_after_names``: astronomy's ``Hörst, S. M. 2017, JGRE, 122, 432`` (no title) with
  the journal read into the names, the date or a note, or a page or a year-volume read as a second date.
- ``aas_tails.book_tail_after_names``: the AAS journals' ``2014, in Titan, ed. I. Müller-Wodarg (Cambridge:
  Cambridge Univ. Press), 122`` (no title) with the book read as an editor or a title, or a meeting as a note.
- ``aas_tails.titled_tail_after_names``: a publication list's ``…, 2009, MNRAS, 398, 1117, Recovering the …``
  with the title last read as a note or run into the page or the journal.
- ``initials_at_journal.initial_opens_journal``: ``S. Lehtola J. Chem. Theory Comput. 15, 1593 (2019)`` (no comma
  before the journal) with ``J.`` read as an initial (``initials_at_journal.name_run_into_journal``: or the last
  family name read into the journal); ``initials_at_journal.initials_close_inverted_names``:
  ``Besalú, E., Bofill, J., Theor Chem Acc 100, …`` with the last initial read into the journal;
  ``initials_at_journal.last_names_run_into_journal``: the RSC's ``N. Zammatteo, …, L. Hevesi and J. Remacle, Anal.
  Biochem., 2000,`` with the names cut after an initial and the rest read into the journal;
  ``initials_at_journal.lone_initial_opens_journal``: Elsevier's title-less ``…, J.-Y. Shen, J. Nucl. Mater. 415
  (2011) 13.`` with the journal's ``J.`` read as a name of its own.
- ``bibtex_plain_tails.journal_closing_title``: BibTeX's plain ``Title. EPJ Web of Conferences, 295:06012, 2024.``
  with the journal read into the title; ``bibtex_plain_tails.report_kind_closing_title``: ``Title. Technical
  report, Body, 2016.`` with the kind of report read into the title; ``bibtex_plain_tails.book_read_as_note``:
  ``Title. In Book, pages 57–72. Springer, 2008.`` with the book read as a note.
- ``aas_numbers.page_read_as_year``: MDPI's ``Zh. Fiz. Khim 1970, 44, 1967.`` with the page read as a year.
- ``aas_numbers.aps_journal_read_as_title``: APS's title-less ``A. Sobiczewski, Radiochim. Acta 99, 395 (2011).``
  (or the Elsevier order ``At. Data Nucl. Data Tables 99 (2013) 69.``) with the abbreviated journal read as a title.
- ``site_heads.site_before_linked_title``: a README's ``Wikipedia, [UTF-8](https://en.wikipedia.org/…)`` with the site
  and the page's title read as one container or note; ``site_heads.one_word_journal_after_title``: APS's ``Title,
  Wegner Hamiltonian Flow and Operator Growth, Quantum 7, 1055 (2023).`` with the title read into the journal;
  ``site_heads.site_author_before_linked_title``: ``Stack Overflow, [How do I …](https://stackoverflow.com/…)`` with
  the site's words read as the author; ``site_heads.site_double_hyphen_title``: ``Bromeliads.info -- Page title:
  https://…`` with the site and the title read as one title; ``site_heads.title_then_site_before_address``: a
  title-first page with no date, ``Path traversal. Portswigger Academy. Luettavissa: https://…``, read as one body
  or as an author and a title; ``no_date_heads.title_head_before_no_date``: Cite
  Them Right's ``Title, about (no date) Site. Available at: …`` with the title read as the author and the site as
  the title.
- ``aas_numbers.volume_in_journal``: APS's ``Am. Inst. Phys. Conf. Ser. 1550, 3 (2013)`` with the volume read
  into the journal and the page as the volume.
- ``year_volumes.year_is_volume``: JHEP's ``J. High Energ. Phys. 2020, 66 (2020).`` with the year that is the
  volume read as a second date (PTEP's article number ``083C01`` is one page).
- ``year_volumes.year_volume_in_date``: INSPIRE's ``PTEP 2022 (2022) 013B05`` (``Trans. Mach. Learn. Res. 2022
  (2022).``, MLA's ``2019.1 (2019):``) with the year that is the volume (and its issue) read into the date.
- ``year_volumes.volume_word_before_year_volume``: JCAP's ``Journal, Volume 2019, July 2019.`` with the year that is
  the volume read into the date after the word.
- ``volumes.volume_after_italics``: ``*Läkartidningen* 72,`` read as one journal.
- ``colon_bodies.body_before_colon``: Copernicus's ``Bundesamt für Gewässerkunde: Title, Berlin, 2003.`` with the
  body read into the title.
- ``colon_heads.colon_head_in_names``: IEEE's ``A. Demori, M. C. Cavalcanti, Minimanager: Uma proposta …`` with the
  title's one-word head read as a last name.
- ``titles.given_names_before_italic_title``: a note's ``Froude, James Anthony *Life and letters …*`` with the given
  names read into the title.
- ``editors.role_bracket_after_author``: a note's ``A. Condivi (ed. Hellmut Wohl), *The Life of Michelangelo*`` with
  the author read as an editor and the bracket's names run into a container.
- ``titles.names_run_into_italic_title``: ``A. D. Godley *Herodotus : The Persian Wars …*`` with the names read on into
  the italics and the title cut into a journal and pages.
- ``titles.title_after_initials``: ``Liaw D. PTEN, a putative …`` with ``PTEN,`` read among the names.
- ``opening_notes.names_out_of_opening_note``: ``Kissel R. Guidelines for media sanitization. NIST SP 800-88,``
  read as one note before the date: a name list or a body's name closed by a full stop holds the authors.
- ``vancouver_names.vancouver_list_opening``: ``Kahneman D. Thinking, fast and slow.`` with ``Thinking,`` read
  among the names: a Vancouver list opening the reference ends at its first full stop.
- ``bracket_imprints.bracket_publisher_read_as_editor``: APS's ``Title (Winter, Heidelberg, 2000).`` with the
  publisher's one name read as an editor, no role anywhere: it is the publisher.
- ``vancouver_names.one_word_title_before_imprint``: Vancouver's book ``Morrison T. Beloved. New York: Knopf; 1987.``
  read as one name "T. Beloved" and no title: with the imprint next, the word after the list's stop is the title.
- ``titles.work_cut_in_emphasis``: ``*Mountain Gloom and Mountain Glory: The Development of …*`` cut at its colon
  into a source and a journal, with no title elsewhere.
- ``titles.town_year_after_italic_title``: ``Knittel, *Neue Kritiken …* Braunschweig 1785`` read whole as the title.
- ``titles.italic_title_opens_imprint``: ``2001. *Michelangelo*. Firenze: Giunti.`` with the italic title read into the
  place.
- ``titles.whole_emphasis``: ``*… de Philippe II*`` read with ``II*`` as an edition.
- ``italic_numbers.volume_inside_italic_journal``: AGU's ``Title, *Science, 353(6296)*, doi:…`` with the volume and
  issue read into the journal; ``italic_numbers.title_tail_before_italic_journal``: APS's ``Title: A review, *Rep.
  Prog. Phys.* **81**, 046401`` with the title's last words read into the journal;
  ``italic_numbers.translation_bracket_apart``: APS's ``Zh. Eksp. Teor. Fiz. 35, 524 (1959) [Sov. Phys. JETP 8, 361
  (1959)].`` with the translation's journal run into the article's; ``italic_numbers.bold_volume_cut_in_journal``:
  APS's ``Physica B **165&166** , 1569`` and ``Phys. Scr. **T137** ,`` with the bold volume read into the journal.
- ``titles.volume_closing_book``: APS's ``in *Book: Subtitle Vol. 3* (Springer, …)`` with the volume in the book.
- ``titles.year_opening_emphasis``: IEEE's ``*2009 IEEE 12th International Conference on Computer Vision,
  Kyoto* (2009)`` with the meeting's opening year read as a date.
- ``titles.emphasis_ends_title``: ``*Language Syntax,* Trans. Comput. Educ.`` with ``Trans.`` in the title;
  ``titles.place_after_italic_title``: ``*Title*, Ontario, Publisher, 1990`` with the place in the title.
- ``quotes.quoted_title_before_italics``: ``“Title” *Journal* 4:32`` with no full stop after the quote,
  read as one title.
- ``quotes.quoted_title_in_container``: ``"Title" in *Book* eds. …``, MLA's ``"Part." *Container*,`` or Chicago's
  ``“Part,” Book, edited by`` read as one title.
- ``link_words.title_ends_on_link_word``: ``The Promethean Politics of | Milton, Blake`` cut after "of".
- ``link_words.container_ends_on_link_word``: ``Proceedings of | the 26th Boston University Conference …
  (383–392).`` with the book's title cut after "of" and its pages in brackets left in a note.
- ``years.year_after_title``: ``A review 1978 Math. Operationsforsch.`` with the bare year in the title.
- ``years.years_closing_title``: ``… in England, 1640-1705. Edinburgh:`` with the years read as pages.
- ``years.periodical_read_into_date``: a Chicago note's ``“The Tracks of History,” Maclean’s, 6 July 1992, 18.``
  with the magazine's name read into the date; ``years.page_after_periodical_day``: Turabian's ``“Crime Story.”
  Variety, 24 September 1986, 74.`` with the page after the day's date read as a volume.
- ``years.years_opening_edition``: a Chicago note's ``The Middle Ages, 395-1500, rev. ed., Century Historical Series
  (`` with the years read as the edition's number.
- ``years.years_after_publisher``: a multivolume work's ``Leipzig: Teubner, 1962–64.`` with the years read as pages.
- ``years.years_closing_title_before_journal``: ``Title …, 1280–1850. Journal, 25(3), 405–428`` with the title's
  years read as pages before the journal's own.
- ``organised_books.book_after_organisers``: ``In: Albuquerque, J. & Roos, A.L. (Org.). Book. Tubarão, Ed. Unisul.``
  read as one editor span.
- ``numbered_periodicals.place_before_numbers_is_periodical``: ``Title. Secuencia, n.45, p.5-26. 1999.`` with the
  periodical read as a place.
- ``vancouver_imprints.title_read_as_publisher``: NLM's ``Authors. Medical microbiology. 4th ed. St. Louis: Mosby;``
  with the title read as a first publisher; ``vancouver_imprints.book_read_as_publisher``: a chapter's ``Title. In:
  Editors, editors. Book. Warszawa: Publisher; 1996.`` with the book read as a first publisher.
- ``vancouver_imprints.title_tail_before_imprint``: Vancouver's ``…, Maranhão, Brazil, 2006. Cad Saude Publica. 2013
  mar;29(3)`` with the title's closing place and year read as a place and the date.
- ``years.month_after_journal``: ``Lancet Oncol. Jul 2002;3`` with the month read into the journal.
- ``journal_places.place_in_journal_name``: NLM's ``Cancers (Basel). 2022;14(5)`` with the journal read as a
  place; ``journal_places.town_bracket_after_journal``: ``Acta Neurochir (Wien) 1993;124`` and Pleiades's ``Fiz.
  Tekh. Poluprovodn. (S.-Peterburg), 1996,`` with the bracketed town read as a place, a name or numbers.
- ``years.year_closing_title_before_journal``: AMA's ``Cancer statistics, 2023. CA Cancer J Clin. 2023;73(1)``
  with the title's closing year read as the date.
- ``team_heads.team_opens_title``: ``The pandas development team. pandas-dev/pandas: …`` read as one title.
- ``mhra_heads.mhra_title_after_name``: MHRA's ``Woolf, Virginia, Mrs Dalloway (London: …`` with the title read as
  a name.
- ``honorific_titles.honorific_opens_title``: ``Mrs. Beeton's Book of Household Management.`` with the honorific read as
  the author.
- ``names.family_name_in_title``: ``… water use Baker , J., K.M. Strzepek`` with ``Baker`` in the title.
- ``names.given_name_read_apart``: ``Ezquerro Esteban, Antonio. "Title."`` with the given name read as a field.
- ``names.given_name_before_year``: ``Hansen, Kjersti, Moe, Trond 2019.`` with the last given name read as a field.
- ``names.names_between_names``: ``Chris Bamford, Devendra Singh Chaplot, Diego de las Casas, Florian Bressand`` with
  a stretch of the list read as a title between two runs of names.
- ``names.name_after_conjunction``: ``Jérôme Bouchaud & Georges Voisset. *Title*.`` with the list cut after its
  ``&`` and the last name read into the title.
- ``names.inverted_name_before_date``: Wikipedia's ``Ahmed, Nasir (January 1991).`` with the name read as a note.
- ``journal_heads.journal_head_in_names``: ``Dehnen, W., Binney, J., Mon. Not. R. Astron. Soc.`` with ``Mon.``
  read among the names.
- ``journal_heads.family_opening_journal``: the RSC's ``M. Jonusis and V. Jakubkiene, Beilstein J. Org. Chem.,``
  with the last family name read into the journal.
- ``journal_heads.word_journal_after_names``: the RSC's ``… and J. Yu, Chem, 2017,`` with the one-word journal
  read as a last name.
- ``numbers.issue_after_volume``: ``38(8), 19 April 1965`` with ``(8), 19 April 1965`` read as the date.
- ``numbers.issue_read_as_bracketed_page``: ``J R Soc Interface, 14(135), 2017.`` with ``135`` read as the page
  between two dates ``(`` and ``), 2017.``.
- ``numbers.day_before_volume``: ``2002 Jul 25;347(4)`` with ``25;347`` read as the volume.
- ``vancouver_numbers.extent_is_note``: NLM's ``[about 1 p.]`` read as a publisher: the article's extent.
- ``vancouver_numbers.source_block_apart``: Vancouver's and AMA's ``2019 Sep 30;51(5):1-42`` (``2013;2013:657508``)
  with the volume, issue and pages read as one page span, into the date, or with the day as the volume.
- ``preprints.server_before_posting``: AMA's ``*arXiv*. Preprint posted online March 7, 2023.`` with ``Preprint``
  read into the server's name or as a publisher, or the server read as a genre.
- ``numbers.pages_before_date``: ``13(4):1---19, November 2013`` with the pages read into the date.
- ``heft.heft_is_issue``: German ``1999 Heft 6.`` or ``H. 3,`` with the issue read into the date, title or journal.
- ``web_sites.owner_after_opening_title``: IEEE's page with no author, ``"Python documentation," Python Software
  Foundation. Accessed: …``, with the site read as the author.
- ``in_titles.book_title_opening_in``: MLA 9's ``Walker, Alice. In Love and Trouble. Harcourt, 1973.`` read as a
  chapter with no title of its own (or the given name as the title, or the publisher as a journal).
- ``in_before_place.in_before_place``: ABNT's ``Title. In: Vienna, Austria: 2003.`` (no proceedings named) with
  ``In`` read as the publisher.
- ``sayi.sayi_is_issue``: Chicago in Turkish, ``Journal 25, sy 10 (2010)``, with the issue read as the volume or
  left over.
- ``heft.year_after_issue``: ``18/4 (2014), S. 415`` with ``/4 (2014),`` read as the issue.
- ``heft.volume_before_year``: ``In: Journal, 22 (2013).`` with the volume read as the pages.
- ``heft.issue_slash_year``: German ``Zeitschrift 4/2005, S. 12`` with the issue and year read as a volume or date.
- ``heft.ausgabe_is_issue``: German ``Journal. Ausgabe 6/2019`` with ``Ausgabe`` read into the journal, its number as
  the volume.
- ``heft.seite_is_pages``: German ``Seite 14 ff.`` read as a title or note after the journal.
- ``closing_numbers.greek_page_word_closing``: ``Αθήνα: Εκδόσεις Κυριακίδη. σελ. 225.`` with the page word read into
  the publisher.
- ``closing_numbers.volume_dash_issue_closing_journal``: Dutch ``in: Journal 22-2 (mei 2012)`` with the volume and
  issue read into the journal.
- ``closing_numbers.weekday_before_day``: ``in: St. Galler Tagblatt, Samstag 5. März 2022`` with the weekday read into
  the newspaper's name and the day as the volume.
- ``closing_numbers.year_inside_volume``: Czech ``Jižní Morava 52, 2016, svazek 55,`` (``62, 2010, č. 2,``) read as
  one volume.
- ``closing_numbers.volume_before_year_and_issue``: Czech ``Title, Malovaný kraj, 44, 2008, č. 6,`` with the volume
  and year read as the date and the journal into the title.
- ``closing_numbers.town_year_closing_book``: Czech ``In Kux, Jan a kol.: Book. Brno 2013, s. 36–46.`` read as one
  book, with its editor and imprint.
- ``issue_years.year_after_number``: French ``Revue, n°11, 1895, pp.`` with the year read into the issue.
- ``issue_years.named_issue_read_into_date``: the ACM's ``Proc. ACM Program. Lang., 8(POPL), January 2024.`` with
  the issue named in brackets read into the date.
- ``dotted_journals.initials_journal``: French ``« Title », R.F.D.A., 2009,`` with the journal read as a name.
- ``year_volume_journals.journal_read_as_place``: MDPI's ``Title. Omega 2021, 102, 102317.`` with a one-word journal
  read as the place.
- ``year_volume_journals.year_numbers_after_journal``: BMC's ``Journal 2015, 23(02):204–206.`` and ``Journal
  2007(05):1169–1171.`` with the year read as the volume or the issue into the date.
- ``slashed_journals.slashed_journal_head``: ``Title. Arzneimittel Forschung/Drug Res. 2004,`` with the journal cut at
  its slash.
- ``numbers.year_closing_number``: ``*Journal* 22.10 (2008), 1109-1127`` with the year read into the issue.
- ``place_titles.places_closing_title``: Harvard's unquoted ``Title at Diary Lane, Nursling, Southampton, Journal 52,``
  with the title's closing places read into the journal.
- ``place_titles.title_read_into_place``: the IEEE's ``…, and L. White, Neuroscience. Sunderland, MA, USA: Sinauer
  Associates, 2001.`` with the book's title read into its place.
- ``title_in_journal.title_before_abbreviated_journal``: ACM's ``2019. Building … kernels. Commun. ACM 62, 10`` read
  as one journal, no title read.
- ``title_in_journal.title_before_italic_journal``: PNAS's ``Title. *Neuron* **104**,`` read as one journal.
- ``title_in_journal.container_before_journal_is_title``: ``Authors, Title [7], Nature, v. 362,`` with the title read
  as a container before the journal.
- ``title_in_journal.journal_head_in_title``: Elsevier's ``…document recognition, Proc. IEEE 86 (11)`` with ``Proc.``
  read as the title's last word.
- ``volumes.number_word_closing_journal``: ``American Ethnologist, No | 29, Vol. 4`` with the number's word read
  into the journal's name.
- ``title_in_journal.review_mark_closes_title``: ``Pompidou and circumstance (book review), Design book review: DBR,``
  with the journal read into the title.
- ``title_in_journal.article_closing_title_opens_journal``: ``… (3 and 4). Die | Fauna Mitteleuropas, vol. 12`` with
  the journal's article read as the title's last word.
- ``title_in_journal.series_sentence_before_volume_pages``: ``Title. Die Tierwelt Deutschlands, vol. 24, pp. 1-164.``
  with the container read as the title's last sentence.
- ``title_in_journal.journal_word_after_title_stop``: AMS's ``… 1900. Eos, | Trans. Amer. Geophys. Union, 88`` with the
  journal's first word read as the title's last sentence.
- ``title_in_journal.title_words_before_journal_comma``: the APS's ``…tandem | solar cell, Phys. E 14, 96`` with the
  title's last words (or the whole title) read into the journal before its comma.
- ``title_in_journal.in_phrase_read_as_book``: APS's ``…methods | in high dimensional settings, Pattern Recognit.
  27,`` with the title's closing phrase read as a book.
- ``titles.journal_after_title``: ``Title. Hippocampus (2000) 10:555-560`` read as one title.
- ``titles.by_closing_title``: ``The Age of Erasmus, …, by P. S. Allen, Clarendon Press 1914`` with ``, by`` read into
  the title.
- ``titles.annotation_after_italic_book``: a reading list's ``*Erasmus and Voltaire* (Publisher; 2010) 240 pp. Draws
  parallels …`` with the describing sentence read as the title.
- ``titles.book_title``: the one work a reference names read as a container, with no journal's numbers (BibTeX's
  italic ``*Title*, volume 19. Wiley, 2011.`` too).
- ``titles.name_alone_before_imprint``: Chicago's ``College Bound Seniors. Princeton: College Board Publications,
  1979.`` (a work with no author) with its one sentence read as a group author and no title.
- ``subject_classes.subject_class_closes_title``: HAL's ``Title, Human-Computer Interaction [cs.HC]`` with the
  archive's subject class read into the title.
- ``unknown_imprint.unknown_imprint_apart``: ISO 690's ``S.l. : s.n.`` (no place, no publisher) read into the
  title, place or publisher.
- ``media.medium_apart``: ``*Title* [Online].`` with the bracketed medium read into the title, place or publisher.
- ``web_documents.www_document_page``: Elsevier's Harvard ``Names, 2021. Title [WWW Document]. Site. URL …`` with the
  title, the bracket and the site read into a note, the address or a container.
- ``media.medium_cut_from_title``: NLM's ``Cancer stat facts 2020 [Internet].`` with the bracket cut between a date and
  a title.
- ``nlm_imprints.internet_book_chapter``: NLM's ``Smith A. Mindfulness. In: StatPearls [Internet]. Treasure Island (FL):
  StatPearls Publishing; 2022 Jan-.`` with the book, its place and the title run together.
- ``media.medium_closes_title``: NLM's ``EuroQol Group. EQ-5D [Internet].`` or WHO's ``TB data [website].`` with no
  title read: the words the bracketed medium closes are the title.
- ``media.ebook_format_apart``: Chicago's ``2012. Kindle edition, chapter 2.`` read as a second publisher.
- ``media.episode_apart``: ``*Art and Soul*, series 2, episode 3,`` read into the programme's name and a volume.
- ``media.kind_closes_publisher``: ``ABC Radio National. Radio broadcast.`` with the kind of the work read into the
  publisher.
- ``communications.communication_note``: a Chicago note's ``Name, email message to author, Date.`` (or ``in
  discussion with the author``) with the name read into a title or a publisher.
- ``communications.mailing_list_post``: CMOS's ``Name to Grapevine mailing list, Date, no. 83, URL`` read as one title.
- ``communications.comment_on_post``: CMOS's ``Name, Date, comment on Owner, “short title.”`` with no title read.
- ``communications.message_to_author``: a Chicago note's ``email message to author`` read as the title.
- ``communications.elder_teaching_topic``: an Elder's nation, treaty or home read into the title of a teaching cited
  as a personal communication.
- ``language_marks.language_mark_ends_title``: Wikipedia's ``Title (англ.). Site (27 марта 2013). Дата
  обращения: …`` with the mark, the site and the notes read into the title or the imprint.
- ``slavic_journals.named_numbers``: ČSN ISO 690's ``Journal. 2022, roč. 34, č. 3, s. 19-42.`` and Polish
  ``„Czasopismo” 2010, nr 3, s. 45–67`` with the journal or its numbers read into the title or the wrong field.
- ``iso690_online.online_container``: ISO 690's ``Title. Site [online]. Publisher, 2024-01-09`` with the site
  read into the title.
- ``edition_heads.edition_opens_imprint``: ``[Online]. 94th ed. Boca Raton, Fla.:`` with the statement read into
  the imprint, MLA's ``Translated by Name, 2nd ed.,`` with the ordinal among the contributors, or a note.
- ``colon_imprints.imprint_in_place``: ``Washington, D.C: Dumbarton Oaks,`` read whole as the place, no publisher read.
- ``colon_imprints.imprint_after_comma``: ``*Title*, London, Allen Lane, 2009.`` read whole as the place.
- ``colon_imprints.imprint_after_italic_work``: ``1969. *Title*, Paris: Minuit.`` read as a journal, a place and
  a title.
- ``colon_imprints.journal_read_as_imprint``: ``vol. 8, no. 1, 2023, p. 196-208. G-Tech : Jurnal Teknologi Terapan,``
  with the journal read as a place and a publisher; ``colon_imprints.journal_read_as_note``: the same with the
  journal and its access note read as one note.
- ``colon_imprints.initials_opening_publisher``: ``(W.W. Norton & Company, 2006)`` with the initials read as the place.
- ``colon_imprints.place_colon_publisher``: ``Poole: Bournemouth University.`` read as one publisher.
- ``colon_imprints.closing_note_is_imprint``: a report's closing ``University of Auckland: Auckland.`` read as a note.
- ``colon_imprints.year_closing_title_before_place``: NLM's ``The State of the World's Children 2019. New York: UNICEF;
  2019.`` with the title's year read as the date.
- ``colon_imprints.year_in_title_before_imprint``: MDPI's ``Global Status Report on Road Safety 2018; WHO: Geneva,``
  with the title's last words read as a journal and its year as the date.
- ``colon_imprints.publisher_colon_place``: ACS's and MDPI's ``Springer: Cham, Switzerland,`` with the colon
  read inside the publisher or the place.
- ``colon_imprints.second_publisher_in_place``: ``Rio de Janeiro: Relume Dumará: FAPERJ`` with the first of two
  publishers read into the place.
- ``colon_imprints.publisher_after_semicolon``: ACS's and MDPI's ``In Book; IntechOpen: London, UK,`` with the
  publisher read into the book's title.
- ``colon_imprints.place_runs_past_colon``: ``Santa Fe, NM: Santa Fe Institute.`` read as place ``Santa Fe, NM:
  Santa`` and publisher ``Fe Institute``.
- ``colon_imprints.place_stops_short_of_colon``: AAAI's ``Punta Cana, Dominican Republic: Association …`` read as place
  ``Punta Cana`` and publisher ``, Dominican Republic: Association …``.
- ``report_numbers.number_after_publisher``: ``London: TSO (Cm. 6041).`` with the number in the publisher.
- ``sub_verbo.entry_under_word``: Chicago's ``Wikipedia, s.v. "Iraq," last modified …`` with the work among
  the names or in the title.
- ``same_author_books.same_author_pronoun``: ``G. Rossi, Title, in Id., Book, Roma 1998`` (``Ead.``, ``Idem``) with
  the pronoun read into the book's title or closing the piece's.
- ``reprints.year_then_reprint_year``: ``St. Paul's Bibliographies, 1940, repr. 1980.`` with the first year read into
  the imprint and the reprint's year as the date.
- ``reprints.bracketed_reprint``: a Chicago note's ``(1979; reprint, New York: …, 2000)`` read into the title.
- ``clock_times.clock_time_after_date``: MLA's post ``22 Jan. 2012, 3:06 a.m., twitter.com/…`` (and Chicago's
  ``August 27, 2017 (12:42 p.m.),``) with the time read as a volume and pages.
- ``hereafter_notes.hereafter_as_note``: a Chicago note's ``(hereafter cited as Typescript, Wilson fonds)`` read into
  the place or title before it.
- ``news_sections.nlm_newspaper_before_section``: Citing Medicine's ``Title. The Day (New London, CT). 2002 Aug
  12;Sect. A:2`` with the paper read into the title and its city as the imprint.
- ``title_in_journal.italic_journal_closing_title``: AMA's ``Title. *Sensors (Basel)*. 2023;23(6):2345.`` with the
  italic journal read into the title.
- ``original_years.original_year_before_edition``: MLA's ``Title. 1960. Grand Central Publishing, 2006.`` with the
  first year read as the date; ``original_years.original_year_closing_title``: ``Title. 1792. Edited by …, 3rd
  ed., W. W. Norton, 2009.`` with the first year read into the title; ``original_years.original_year_after_title``:
  ``Title. 1818. Translated by …, Penguin, 2003.`` with the first year read as the date;
  ``original_years.original_publication_note``: Harvard's ``Penguin Classics. (Originally published 1861).`` read
  into the publisher and a second date; ``original_years.first_printing_sentence``: Chicago's closing ``Originally
  written c. 1477.``, ``First published 1992 by Sutton Publishing.`` read as a publisher, pages or a date.
- ``role_by_sentences.role_sentence_closing_title``: Chicago's ``Title. Compiled by Suzanne Clercx.`` (or
  ``Translation by …``) read into a plain title; ``role_by_sentences.in_book_then_role_sentence``: ``In Book. Compiled
  by Albert Seay. n.p.:`` read as editors; ``role_by_sentences.editor_after_translators``: ``Translated by A and
  edited by B.`` read as translators (or its editor's sentence read into the imprint).
- ``title_openings.month_word_opens_title``: ``Nel Laughon. August Edouart: A Quaker Album`` with the title's first
  word read as a month; ``title_openings.quoted_title_opens_in_names``: ``Shaw, Gwendolyn DuBois. "'Moses Williams,``
  with the quoted title's opening read into the names; ``title_openings.hidden_names_open_title``: ``Cueva Lovelle,
  J. M., & otros. Title`` with the words for the hidden names read as the title's opening;
  ``published_for.published_for_is_imprint``: ``(Charlottesville, VA: Published for the National Portrait Gallery by
  the University Press of Virginia, 1977)`` read as a note.
- ``reprints.reprint_in_title``: Chicago's ``Nature. 1836. Reprint, Boston: …`` with the first year in the title.
- ``reprints.reprint_apart``: ``2004. Reprint, Cambridge: Cambridge University Press, 2008.`` read as a title and
  a second imprint.
- ``report_numbers.preprint_of_institute``: Pleiades's ``Preprint of NIIEFA, Leningrad, 1979, no. P-B-0440.`` read as
  a title or a journal with the town as the publisher.
- ``report_numbers.report_series_read_as_journal``: Icarus's ``Instrument Science Report STIS 2006-01, STScI,
  Baltimore.`` with the series read as a journal and the number and the body as a note.
- ``report_numbers.number_and_institution``: ``Technical Report 92-43, University of Colorado.`` read as a note
  (or ``Technical report, MIT, July 2012.``, the body named by its letters).
- ``report_numbers.institution_opens_place``: ``Technical Report TR-97/239, EPFL, Lausanne, Switzerland, 1997.``
  with the institution read into the place.
- ``report_numbers.report_series_read_as_publisher``: ``Title. Stanford Research Institute Long-Range Planning Report
  No. 329. Menlo Park, California: Stanford Research Institute, 1967.`` with the series read as a first publisher.
- ``report_numbers.report_series_opening_imprint``: Elsevier's ``Hadley Centre Technical Note 24, Met Office,
  Bracknell, UK, 16 pp.`` read as one publisher.
- ``report_numbers.report_number_and_body_closing_title``: ``Title. Hadley Centre Technical Note 44, Met Office,
  Bracknell, UK, 21 pp.`` with the note, its number and the body read into the title.
- ``report_numbers.body_report_number``: APS's ``Sandia National Laboratories Report No. SAND93-0227, 1993`` read
  as names, a title and a journal.
- ``report_numbers.report_read_as_journal``: natbib's ``Technical report, National Bureau of Economic Research,
  2006.`` read as a journal.
- ``mimeo.mimeo_apart``: ``"Title." Mimeo, Harvard University.`` read as a note, or ``Mimeo`` as a place.
- ``paper_series.series_number_apart``: ``Policy Research Working Paper; No. 9629. World Bank,`` read as a journal
  and a note.
- ``paper_series.paper_issuer_read_as_place``: JFQA's ``Working Paper, Boston University (2006).`` with the
  university that issued the paper read as its place.
- ``paper_series.paper_number_after_title``: Harvard's ``English Devolution | White Paper. Cm 321.`` with the
  title's last words and a UK command paper's number read as a series.
- ``paper_series.numbered_series_closing_title``: Chicago's ``Title. No. 84. EQUINET Discussion Paper Series.
  EQUINET.`` with the report's number and series read into the title or a note.
- ``mla_imprints.joined_publisher``: MLA's ``Little and Sons, 1998`` read as place ``Little``, publisher ``and Sons``.
- ``mla_imprints.editors_end_at_comma``: MLA's ``edited by Jax Ridley, East Tennessee State P,`` as editors.
- ``mla_imprints.publisher_after_contributors``: MLA 9's ``Container, edited by Name, Publisher, 30 July 2015,`` with
  the publisher read as a second container.
- ``mla_imprints.publisher_without_place``: MLA's ``Houghton, 1963`` (no place in MLA 9) read as the place.
- ``nlm_publishers.publisher_after_journal_stop`` and ``nlm_publishers.nlm_journal_closing_title``: PLOS's NLM form
  ``Title. J R Soc Interface. The Royal Society; 2018;15: 20170387.`` (the journal's publisher between the
  journal and ``; Year;Volume``) read with the publisher in the journal, or with the journal in the title;
  ``nlm_publishers.nlm_editor_after_title``: its ``Title. Ouellette F, editor.`` with the role word in the title.
- ``closing_publisher.body_closing_site``: Harvard's ``‘Title’, Think Global Health. Council on Foreign Relations.``
  with the body that runs the site read into the site's name.
- ``honoured_bodies.honoured_body_name``: Russian ``… universitet im. S. M. Esenina, 2005.`` with the honorific's
  initials read as editors and the honoured name as the place: all of it is the body's name.
- ``named_editions.named_edition_after_title``: ``*Ókori lexikon*. Hasonmás kiadás. 2 vols.``, ``Nachdruck der Ausgabe
  1890.``, ``Réimpression.`` after the italic title read into it: the edition, then the count of volumes.
- ``catalogue_records.statement_of_responsibility``: a catalogue's ``Title : subtitle / by First Last`` read as one
  title, or with the names as its publisher.
- ``abbreviated_bodies.body_with_short_name_opens_title``: ``Centers for Disease Control and Prevention (CDC). Title.
  Retrieved from …`` (no date) read as one title or one author: the body and its short name are the author.
- ``abbreviated_bodies.body_cut_before_acronym``: Word's IEEE ``Bundesamt für Sicherheit in der Informationstechnik,
  BSI, "Title,"`` with the body's name cut and its rest and acronym read into the title.
- ``closing_publisher.closing_name_is_publisher``: an author-date book's ``2006. *Title*. Schocken.`` with the
  publisher alone after the title read as the place; ``closing_publisher.closing_acronym_is_publisher``:
  ``1994. People, Plants and Patents. IDRC.`` with the body's acronym read as a journal;
  ``closing_publisher.firm_word_closing_dated_title``: Chicago's plain ``1871. Theory of Heat. Appleton.`` with the
  firm's one word read as a journal or into the title;
  ``closing_publisher.scholarly_imprint_closing_title``: ``Trust Region Methods, SIAM, 2000.`` as one title.
- ``mla_imprints.publisher_after_title_stop``: MLA 9's ``Obras Completas. Biblioteca Ayacucho, 1977.`` as one title.
- ``mla_imprints.publisher_after_container``: MLA's ``*Container*, U of Nebraska P, 2010`` read as one container.
- ``mla_imprints.publisher_after_plain_container``: MLA's ``"Sweat." The Complete Stories, HarperCollins, 1995, pp.
  73-85.`` without italics, read as one journal.
- ``event_dates.meeting_place_in_container``: ``…, Atti del convegno, Ravenna 2004, …, Firenze, 2006`` with the
  meeting's place and year read as the imprint's.
- ``event_dates.meeting_bracket_then_place``: ACM's ``… (September 26-28, Portland, OR), NY, 1988`` with the
  meeting's town and the publisher's place read as one place.
- ``event_dates.meeting_days_apart``: ``*Proceedings …*, 15–17 November 1972 Brighton.`` with the days as pages.
- ``event_dates.day_before_month``: MLA's ``31 Jan. 2013`` or MDPI's meeting ``Hong Kong, China, 13–15 December
  2010.`` with the day or days read as a page.
- ``event_dates.days_and_month_after_meeting``: Emerald's ``Proceedings of …, 17-21 June, Lyon.`` with the days read
  as pages and the month and town as a note.
- ``event_dates.days_closing_meeting_name``: ``Proceedings of …, 25-26 April, Edinburgh.`` with the days and month
  read into the proceedings' name.
- ``event_dates.days_closing_place``: MDPI's meeting ``Singapore, 24–26 June 2019.`` with the days read into the
  place.
- ``colon_imprints.house_read_as_container``: MDPI's report ``Title: Report; FAO and UNEP: Rome, Italy, 2021.`` with
  the house read as the container; ``journal_year.journal_read_as_publisher``: MDPI's ``Sensors 2019, 19, 5154.``
  with the journal read as a publisher.
- ``event_dates.meeting_dates_closing_proceedings``: MDPI's ``In Proceedings of …, Ghent, Belgium, 29 June–2 July
  2010.`` read whole as the proceedings' name; ``town_places.venue_closing_proceedings``: MDPI's ``In Proceedings
  of the … Meeting; Disney’s Coronado Springs Resorts, Orlando, FL, USA, …`` with the venue read into the name.
- ``event_dates.meeting_date_as_note``: MDPI's ``In Proceedings of …, Edinburgh, UK, 3–5 October 2016;`` with the
  meeting's days read as a note and no date read.
- ``worded_dates.worded_date_apart``: ``*DoRANum*, 21 février 2017`` or ``(janeiro de 2020)`` with the day and month
  read as numbers or into the place or publisher.
- ``mla_containers.database_after_location``: MLA's ``pp. 432-45. *JSTOR*, www.…`` read as a second journal.
- ``mla_containers.body_after_italic_site``: MLA's ``“Title.” *Site.* Body, 2003. Web.`` with the italic site and the
  body after it read as one container: the site is the container, the body the publisher; a book's ``*Title.*
  Palgrave, 1990.`` with the publisher read into the title: the italic run is the title.
- ``mla_containers.database_read_as_publisher``: MLA's ``pp. 700–11. Taylor and Francis+NEJM, https://doi.org/…`` with
  the database read as the publisher.
- ``mla_containers.journal_number_before_vol``: MLA's ``Education 3-13, vol. 46,`` with the journal's number read into
  the volume.
- ``mla_containers.month_named_journal``: MLA's ``"Title." October, vol. 8, 1979,`` with the journal named like a
  month read as the month.
- ``mla_containers.volume_of_a_book``: MLA's ``*Title*. Vol. 6, Samford UP,`` read as a journal.
- ``publishers.university_press``: MLA's ``U of California P`` read as place and publisher ``P``.
- ``publishers.publisher_apart``: ``Blackwell Science, Cambridge, Massachusetts`` read as one place, or
  ``Title. Athena Scientific,`` as one title, where no publisher was read.
- ``publishers.publisher_closing_container``: Elsevier's chapter ``In: Paine, W.S. (Ed), Book. Sage, Beverley Hills,
  CA, pp. 61–79.`` with the house read into the book's name; ``publishers.second_house_read_as_place``: ``Wiley,
  Blackwell, Chichester`` with the second house read into the place.
- ``imprints.publisher_after_place``: ``(Zurich: Scalo, 1995)`` read as one place, no publisher read;
  ``imprints.publisher_before_town_state``: ``Dover, Mineola, NY, 2015.`` read as one place.
- ``imprints.title_before_imprint``: ``Staging Mozart, Verdi, | Wagner, and Zemlinsky (University of …``.
- ``publishers.pages_after_publisher``: ``Stanford, CA: CSLI. 199-213.`` (or ``… Publications. xi-xiv.``) with the pages
  read into the publisher.
- ``imprints.state_takes_city``: ``… Mental Illness Washington, D.C.: American …`` with the city in the title.
- ``publishers.place_after_publisher``: ``(AMS, Providence, 1983)`` with the place read into the publisher.
- ``description_publisher.publisher_after_description``: APA's ``*Hidden brain* [Audio podcast]. NPR.`` with the
  network read into the medium, or ``[Album]. Island.`` with the description read into the publisher.
- ``town_places.town_before_place``: ``…, page 3111–3119, Red | Hook, NY, USA.`` or ``ASTM International: West
  Conshohocken, | PA, USA,`` with the town read into the field before a place of a state's code or a country.
- ``town_places.first_of_slashed_towns``: ``… Logic Programming Bad Honnef/Bonn, Germany.`` with the first of two
  towns joined by a slash read into the proceedings' name.
- ``town_places.numbered_meeting_place``: ``Meeting #106 Prague, Czech Republic, Aug. 26-30, 2019`` with the
  meeting's town and country read into its name.
- ``town_places.meeting_place_closing_proceedings``: MDPI's ``In Proceedings of …, Muscat, Oman, 19–21 December
  2017;`` with the meeting's place read into the proceedings' title.
- ``meeting_venues.meeting_after_in_colon``: Elsevier's ``Title. In: 2015 IEEE International … Symposium (IGARSS).
  IEEE, pp. 3057–3060.`` and ``In: 105th AMS Annual Meeting. AMS.`` with the meeting's opening year read as a date,
  the society's acronym read into its name or the title's last words into the proceedings.
- ``meeting_venues.meeting_year_and_acronym_after_quote``: IEEE Xplore's ``"Title," 2018 IEEE Frontiers in Education
  Conference (FIE), San Jose, CA, USA, 2018,`` with the meeting's year read as the date and its acronym apart.
- ``stop_places.meeting_place_after_stop``: Elsevier's ``In: Proceedings of … Applications. Cordoba, Spain, pp.
  831–836.`` and ``In: UbiComp/ISWC’17 Adjunct. Maui, HI, USA,`` with the place after the full stop read into the
  proceedings' title; ``stop_places.title_head_read_as_place``: ``2015. Adam: A method …`` with the title's
  one-word head read as a place.
- ``proceedings.meeting_place_and_dates_in_title``: DBLP's ``In Proceedings of …, IMC 2013, Barcelona, Spain,
  October 23-25, 2013. ACM,`` with the meeting's place and days read apart from the title that names them.
- ``proceedings.meeting_after_title_comma``: ``Title, European Design Automation Conference, pages 23`` with the
  meeting's name read into the title or the title into the container.
- ``proceedings.proceedings_in_title``: APS's ``Linear imperfections, in Proceedings of CAS-CERN Accelerator School,
  …`` (Pleiades's ``Title, Proc. 9th Int. Vacuum Congr. …, Madrid, 1983, pp. 344-350.``) read as one title.
- ``proceedings.meeting_numeral_closing_title``: Pleiades's ``Title, VIII Int. Conf. on …, Lviv, 2002, p. 120.`` with
  the meeting's number read as the title's last word.
- ``proceedings.meeting_place_before_bracketed_imprint``: APS's ``in Proceedings of …, Paris, 2002 (EPS-IGA and
  CERN, Geneva, 2002),`` with the meeting's place and year read as a second place and date.
- ``town_imprints.town_after_publisher``: ``Springer, Cham,`` read as one publisher or ``Tempus, Stroud.`` as one
  place, the town in no list of places; ``town_imprints.publisher_between_town_and_year``: ``Paris, 10/18, 1997`` with
  the publisher read as an issue.
- ``repeated_places.towns_in_publisher_name``: ``Springer Berlin Heidelberg, Berlin, Heidelberg`` read as publisher
  ``Springer`` and a place naming the towns twice.
- ``repeated_places.towns_closing_publisher_name``: ``Springer Berlin Heidelberg, 2013.`` (no comma before the
  towns) read as publisher ``Springer`` and place ``Berlin Heidelberg``.
- ``colon_names.year_closing_publisher``: ``Düsseldorf: Patmos 2009. (Sammlung Tusculum)`` read as one publisher
  (the year after the publisher with no comma, a bracketed series after it).
- ``colon_names.series_closing_entry``: ``Wiley & Sons 2020, S. 1–12. (Blackwell Companions …)`` with the
  bracketed series read into the pages or a container.
- ``colon_names.year_opens_title``: ``Korczak, Janusz (1998ff.): Sämtliche Werke.`` with the year in the title.
- ``colon_names.imprint_closing_entry``: a DIN entry's closing ``Place: Publisher Year`` read into the title,
  a note or an access date.
- ``addresses.issue_read_into_address``: D-Lib's ``22:7/8 http://…`` with the issue read into the address.
- ``addresses.address_apart``: a bare web address run into a title, container, publisher or names is the
  URL; the words that only announced it ("Viewable online at:") go into no field.
- ``title_dash_names.name_after_dash_in_title``: ``[Title](…) — Anthropic, 12/2024`` with the name read into the title:
  the name after the dash is the author.
- ``host_heads.host_before_title``: ``_cs.wikipedia.org: MySQL_ [online]. …`` with the host read as a name: the host
  is the site, the words after its colon the title.
- ``addresses.address_lead_in_apart``: ``Verfügbar unter: https://…`` with the announcing words read as the place.
- ``addresses.pages_before_address``: Chicago's ``(1 April 2012): 3. https://doi.org/…`` with the page read into the
  address.
- ``addresses.closing_angle_apart``: ABNT's ``<https://…>.`` with the closing angle bracket read as a publisher.
- ``addresses.address_runs_on``: an address cut at a comma inside it (``…/File:Bath,_England.jpg``).
- ``addresses.host_after_lead_in``: German ``Verfügbar unter: unece.org``, a host name with no scheme, read as a
  publisher.
- ``addresses.lead_in_closes_span``: JMIR's ``World Health Organization. URL: http://…`` with ``URL:`` read into the
  site's name.
- ``undated_address.undated_mark_before_address``: author-date's ``Transparency International. n.d.
  www.transparency.org`` with ``n.d.`` read into the address, and the body then read as the page's title.
- ``addresses.lead_phrase_closes_span``: Spanish ``El Peruano. Recuperado de https://…`` with the announcing phrase
  read into the site's name.
- ``addresses.lone_name_before_address``: JMIR's ``Covidence. URL: https://covidence.org [Accessed …]`` with the
  page's name read as its author.
- ``addresses.words_before_address``: ``Page name. https://…`` read as one URL: the words are the title (or a note).
- ``attributed_titles.maker_after_quoted_title``: a reading list's ``"Title" (Body, 2025)`` with the bracketed body
  read as a note: it names who made the work.
- ``format_marks.format_after_italic_title``: Wikipedia's ``*Title* (PDF), Publisher, March 2005,`` with the format
  and the publisher read into the title or the container.
- ``report_codes.report_number_cut_at_slash``: ``Research Rep. No. UCB/GE-2003/01, Univ. of California, Berkeley`` with
  the number cut at its slash and its rest read with the body.
- ``report_codes.report_code_after_imprint``: ``Agency. Agency Technical Report, EPA/600/R-14/338, 187p.`` after the
  imprint with the code read as a journal, a volume and pages: the series and the code are a note, the count the page.
- ``bold_issues.issue_after_bold_volume``: Nature's ``*Journal*. **16**(12) (2020).`` with the issue and year read
  as an access date.
- ``bold_issues.issue_after_year_volume``: ``Journal of High Energy Physics 2015 (7) (2015) 130`` with the year-named
  volume and its issue read into the date.
- ``affiliations.affiliations_in_names``: ``Name (CNCF), Name (OpenSSF), 2026-05, “Title”, URL`` with the brackets
  read as the date's and the names run into the title.
- ``named_addresses.name_then_address``: ``EU Taxonomy Regulation: https://…`` or ``Title (https://…)``, nothing but a
  name and its address, with the name read as an author, a publisher or a journal and volume: the name is the title.
- ``viewed_notes.viewed_date_is_accessed``: the Australian Harvard ``…, Hoboken, NJ, viewed 4 April 2009, NetLibrary
  database.`` with ``viewed`` read into the place and the date into a note or the issued date.
- ``dates.access_date_apart``: ``Pew Research Center. Retrieved March 5, 2020`` with the access note's
  month and day read into the publisher.
- ``dates.access_in_date``: a Chicago note's ``February 11, 2011, accessed May 12, 2013,`` (or ``(2012): 7,
  accessed …``) read as one date.
- ``dates.access_note_closes_span``: ``*Blog*, consulté le 3 mars 2021,`` (``ultimo accesso``, ``geraadpleegd op``) with
  the access note and its date read into the container, publisher or title.
- ``publication_notes.site_before_publication_note``: ``« Titre », Libération, publié le 23-janvier-2019[en
  ligne] Disponible sur :`` (``publié en 2014``, ``publicado el``) with the site read into a note, the title or a
  container with the note's words.
- ``slide_decks.slide_deck_description``: ABNT's ``Título. 2022. Apresentação de Power Point. 46 slides. color.``
  (``25 slides. Apresentação em PowerPoint.``) with the description read into the title.
- ``hal_theses.hal_thesis_tail``: HAL's ``Title. Sociology. Télécom ParisTech, 2013. English.`` with the
  discipline and the school read into the title (or the discipline as a journal).
- ``supervisors.supervisor_is_note``: ABNT's ``Título. Orientador: Prof. Dr. João Pereira. 2019.`` with the
  supervisor read as the publisher and the lead as a place, or into the title.
- ``access_notes.availability_without_address``: ABNT's closing ``Disponível em: Aprender3.`` (no address) with
  the platform read as the publisher or a container.
- ``access_notes.day_first_access_whole``: ABNT's ``Acesso em: 21 de ago. de 2022.`` (``Consultado el 3 de mayo
  de 2020``) read in pieces: its words into the title or a container, its year as the date.
- ``dates.update_note_is_date``: ``Wikipédia, mis à jour le 19 septembre 2021,`` (``aggiornato il``, ``bijgewerkt op``,
  ``publié le``, ``paru le``)
  read into the container, no other date read.
- ``dates.hyphened_date_closes_span``: Zotero's French ``Savvas Tjortjoglou, 25-août-2015.`` read as one container or
  note, no other date read.
- ``dates.copyright_date_is_date``: NLM's ``Inc.; c2000-01 [updated …]`` with the copyright date read as pages.
- ``dates.revision_note_is_date``: NREL's ``NREL/TP-581-43156, Revised May 2008.`` read as one note, no other
  date read.
- ``dates.no_date_closing_title``: APA's ``Energy Identification Codes (EICs). (n.d.).`` (a title in the author's
  place) read as one title with its no-date mark.
- ``dates.bare_no_date_closing_head``: the AAA's ``Create Accessible Documents N.d. https://…`` (``… McCulloch N.d.
  Title.``) with the unbracketed no-date mark read into the title or the names.
- ``dates.acm_no_date_after_name``: the ACM's ``Western Digital. [n. d.]. Zenfs. Retrieved …`` read as one title.
- ``dates.no_date_words_are_date``: ``« Titre », sans date, consulté le …`` (``s. d.``, ``senza data``, ``z.j.``) with
  the no-date words read as a container, publisher or note.
- ``dates.bracketed_access_apart``: ISO 690's ``2015 [consulta: 3 mayo 2020].`` with the access note read into a
  note or the date.
- ``dates.dotted_date``: ``18.10.2017`` read as a volume and an issue.
- ``dates.month_day_read_as_publisher``: Chicago's ``2013. “Title.” January 24. Accessed through: https://…`` with
  the month and day read as the publisher.
- ``dates.day_cut_from_year_month``: NLM's ``The Washington Post. 2002 Aug 12;Sect. A:2`` with the day read into
  the section.
- ``dates.day_month_before_year``: ``Joel on Software, 11 Nov. 2002.`` with the day and month read into the site.
- ``abnt_imprints.imprint_read_into_isbn``: ABNT's ``Rio de Janeiro, RJ: LTC, c2010. E-book. ISBN …`` with the firm,
  the year and the format read into the ISBN.
- ``abnt_imprints.given_name_before_bold_title``: ABNT's ``MOURA, Natalia **Title**`` with the given name read into the
  bold title.
- ``abnt_dates.day_month_closing_title``: ABNT's ``CANALTECH. *Title*. 24 ago. 2020. Disponível em: …`` with the day
  and month read into the title: they open the date.
- ``dates.bracketed_date_is_issued``: Chicago's ``*Journal* (June 2019): 1`` with the date read as an access date.
- ``dates.unannounced_access_before_link``: an Italian web list's ``Scalaenne, *Title*, 19 marzo 2016. https://…`` with
  the post's date, no access word before it, read as an access date.
- ``opening_dates.date_inside_opening``: ``Bring Change to Mind (2023). Title.`` read as one title.
- ``opening_dates.names_before_opening_date``: ``World Health Organization | (2019a).`` read as a journal.
- ``opening_dates.names_before_plain_date``: Harvard's ``UNESCO, | 1993. | Title`` read as a publisher or journal.
- ``opening_titles.opening_italics_title``: ``*Oxford English dictionary*, 1989.`` or ``*A Guide to …*.`` read as
  names or a note.
- ``opening_titles.exclaimed_title_read_as_names``: Chicago's no-author ``Architecture at Unitec Rocks!. Auckland,
  New Zealand: …`` with the title and the place's town read as one name.
- ``opening_dates.names_before_bare_year``: ``The Sentencing Project. 2010. “Title.”`` with the organisation read
  as a title or a note.
- ``year_letters.bracketed_year_letter``: astronomy's ``Bosma, A., 1999 (a), Celestial Mechanics …`` with the year's
  letter read into the journal.
- ``opening_dates.bracketed_date_runs_on``: APA's ``(2018, 1 | februari). Title`` with the date cut inside its
  bracket and its rest read into the title.
- ``opening_dates.date_runs_into_title``: ``(2022). 20 | Common defense …`` with the title's number in the date.
- ``opening_dates.status_opens_title``: ``Goldin, Claudia. Forthcoming. “Title.”`` with the status read into the title.
- ``opening_dates.undated_names_opening``: Harvard's ``Fantasy Premier League, no date. Rules. [online]`` read as one
  title or one run of names.
- ``opening_dates.original_year_apart``: ``Weber, Max. [1922] 1978.`` with the bracket among the names and the
  original year read as the date.
- ``numbered_titles.numbered_title``: ``ACOG Committee Opinion No. 757: Screening …`` read as publisher and issue.
- ``numbered_titles.quoted_section_number``: ``"1.1.1 The DESCRIPTION file",`` with ``"1.1.`` read as the
  citation number.
- ``given_names.given_name_in_title``: ``Föhr, Pascal: Historische …`` with ``Pascal:`` read into the title, or
  ``J. Demmel and K. Veselic: Jacobi method …`` with ``Veselic:`` read into it after the initial.
- ``colon_names.title_in_colon_names``: ``Bagordo, Andreas: Sappho. In: Christiane Walde (Hg.):`` read as one
  name span: the names end at their colon, the title runs to ``In:``, the names before ``(Hg.):`` edit the book.
- ``colon_names.initials_names_close_at_colon``: a Czech list's ``Otto R.: Posvátno. Iracionalita …`` or ``von Soden
  W. : Title`` with the names and the title parted elsewhere than at the names' colon.
- ``italic_names.italic_name_opens``: German legal notes' ``*Hartmann* (2017), Title.`` read as a title.
- ``italic_whole.italic_whole_after_quoted_title``: the Style Manual's ``'Part' [radio program], *Whole*, ABC,`` with
  the italic whole (and the bracket) read into the title.
- ``outlet_first.outlet_opens_dated_title``: the Style Manual's unsigned ``*Financial Review* (7 August 2021) 'Title'.``
  read as one title or with the newspaper as an author.
- ``note_outlets.section_after_italic_outlet``: a note's ``“Title,” *New York Times*: Books, April 17, 1981,`` with the
  section read into the newspaper's name.
- ``note_outlets.italic_outlet_after_title``: a Chicago note's ``Name, “Title,” *Guardian*, January 5, 2020, URL.``
  with the italic newspaper read as a second author.
- ``multivolume.cited_volume_after_count``: ``3 vols. (Liverpool 2005), vol. 2, p. 240.`` with the count of
  volumes taken for the volume cited.
- ``in_book.vancouver_names_opening_book``: Vancouver's ``In: Finger S. Handbook of clinical neurology.`` with the
  editors (their role word left out) read into the book's title.
- ``house_series.house_series_closing_title``: ``A Short History of the Byzantine Empire, I.B.Tauris Short Histories.
  I.B. Tauris, London.`` with the publisher's series after the title's comma read into the title.
- ``title_continuations.title_words_read_as_note``: ``Byzantine Court Culture from 829 to 1204 (Dumbarton Oaks, …``
  with the title's last words before the facts' bracket kept as a note.
- ``title_roles.roles_closing_title``: ``Life of Constantine, tr. Averil Cameron and Stuart G. Hall (Oxford 1999)`` or
  ``The Oxford Dictionary of Byzantium (ed. Alexander P. Kazhdan)`` with the role and its persons read into the title.
- ``title_roles.role_note_after_title``: ``*The Oxford Dictionary of the Christian Church*, ed. F. L. Cross (1957).``
  with the editor kept as a note.
- ``note_books.plain_note_head``: a plain-text note's ``William Shakespeare, Hamlet, ed. Barbara A. Mowat and Paul
  Werstine (New York: …`` with the short title read among the names or the editors.
- ``note_books.note_title_alone``: an authorless book's note ``The Chicago Manual of Style (Chicago: …, 2017), 14.232.``
  with its title read as a container.
- ``note_books.note_book_opening``: a Chicago note's ``Henry Carroll, *Read This If You Want …* (London: …`` with
  the title's first words read among the names (or names and title as a journal and volume).
- ``opening_groups.body_comma_opens_title``: ``EFSA Panel on Contaminants in the Food Chain, Scientific Opinion on …``
  with the panel read into the title.
- ``opening_groups.abbreviated_body_opens``: ``Australian Research Data Commons (ARDC). (2021).`` read as a
  journal and the author ``ARDC)``, or ``Armed Forces Retirement Home (AFRH). 2020.`` as a title: a body's name and
  its bracketed abbreviation before the date are the author.
- ``opening_groups.person_colon_italic_title``: ``Kondrup, Johnny: *Editionsfilologi*, København: …`` read with the
  given name and the title in the place: the person before the colon is the author, the italic run the title.
- ``opening_groups.body_name_cut_into_title``: Vancouver's ``Ad Hoc Committee on the Future of Public Health in
  Canada. The Future of …`` with the body's first words read as the author and the rest opening the title.
- ``opening_groups.body_closing_comma_title``: Kluwer's ``Title, Institute for Resource and Environmental Studies,
  Dalhousie University, Halifax, Canada.`` with the issuing body read into the title or a chapter's book.
- ``repeated_containers.container_named_twice``: ``Chapter 7. Family-Centred … Guidelines. Family-centred …
  guidelines. 2017.`` with the container named twice over read as one.
- ``opening_groups.group_colon_before_year``: Kluwer's ``Battelle: 1978, The Selection of …`` with the body closed
  by its colon read as a place or a journal.
- ``opening_groups.group_opening_as_outlet``: ``Gehl Architects. 1994.`` read as a journal, ``U2. (1988).`` as
  pages, ``UNESCO (United Nations Educational, …). 2019.`` as the publisher: a body's name before the date is the
  author; ``opening_groups.bracket_closed_in_date``: ``EPA (Environmental Protection Agency). 2015.`` with the
  bracket's close read into the date.
- ``opening_groups.body_runs_into_title``: NLM's ``National Center for Health Statistics. Health, United States,
  2019. Hyattsville, MD: …`` with the title read into the body's name.
- ``opening_groups.group_note_before_bare_year``: Harvard's ``Crucible Group, 1994. Title.`` with the body read as
  a note; ``opening_groups.sub_body_before_date``: ``American Bar Association, Commission on Women in the
  Profession. (2016) Title`` with the division read as a title before the date.
- ``opening_groups.group_opening_as_publisher``: Harvard's ``UNESCO, 2019. Guidelines on …`` with the body read as
  the publisher: it opens the reference before its date, so it is the author.
- ``opening_groups.group_in_italic_title``: ``US Centers for Disease Control and Prevention. *Technical Blog: …*``
  read as one title: the body's name is the author; ``opening_groups.group_before_note_italic_title``: a note's
  ``The Coding Train, *Title*, YouTube video, …`` read as one title;
  ``opening_groups.country_body_split_at_its_abbreviation``: APA's ``U.S. Global Change Research Program (2014a).``
  read as the author ``U.S.`` and a title.
- ``opening_groups.body_opens_quoted_title``: ``Bureau international des Poids et Mesures. ‘The International
  System of Units (SI)’, 2009.`` with the body's name read into the title.
- ``opening_groups.undated_body_opens_title``: ``Historic England. Grasslands — Nature Recovery and Heritage.`` (no
  date anywhere) read as one title: the first sentence closing on a body's word is the author.
- ``opening_groups.group_before_italic_title``: ``Institute of Contemporary Arts. *Nought to 60: …*`` read as a
  journal, a volume and a title.
- ``opening_groups.group_before_bare_year``: the Australian Harvard ``National Commission of Audit 1996, *Title*, …``
  with the body read as the publisher or cut at ``and``.
- ``opening_groups.name_before_year_colon``: a web list's ``OWASP 2021: Title. Luettavissa: https://…`` with the name
  and year read as a journal.
- ``title_year_openings.italic_title_before_bare_year``: the Australian Harvard ``*Guide to …* 1981, Publisher,
  Place.`` (or ``*Title* n.d.,``) with the year and what follows read into the title or a container.
- ``person_year_colons.person_year_colon_opens``: a philosophy list's ``Immanuel Kant (1781): Kritik der reinen
  Vernunft.`` with the name and year read into the title or the name as a body.
- ``note_books.title_head_in_note_names``: a Chicago note's ``Peter Burke, Popular Culture, Religion, and Society
  (Cambridge, 1987).`` with the title's first comma parts read as more names.
- ``note_books.year_in_note_publisher``: a note's ``(New York: Farrar, Straus and Giroux, 2011), chap. 3`` read as one
  publisher.
- ``note_books.note_locator_apart``: a note's ``(…, 1987), chap. 10, doc. 19,`` with the chapter read as pages and
  the document as a journal and volume; a ``Kindle edition,`` before it is the medium.
- ``note_books.database_after_note_page``: a note's ``(London: Reaktion, 1999), 166, EBSCOhost Ebooks, PDF.`` with
  the database read as a second publisher.
- ``note_books.catalogue_entry_after_page``: a catalogue cited at a page and an entry, ``(J. Paul Getty Museum, 1973),
  50, no. 108.`` (a chapter's ``In *Book*, 90–91, no. 37.``), read as a volume and an issue.
- ``note_books.facts_read_into_italic_title``: a note's ``Name, *Handbook in Motion* (Nova Scotia College of Art and
  Design, 1974), 65.`` with the publisher's words read on into the italic title.
- ``note_books.part_word_before_book_title``: a note for a book's preface, ``Name, preface to *Book* (…), n.p.``,
  with the part's words read into the title; ``note_books.edition_read_as_page``: ``(Leipzig, 1884), 4th ed., 322–23.``
  with the edition read into the pages.
- ``script_names.script_after_italic_name``: Chicago's ``*Aomen ligong xuebao* 澳門理工學報 4 (2011)`` with the name's
  characters read into the romanised italic name.
- ``note_books.facts_without_place``: CMOS 18's note ``trans. Edith Grossman (Knopf, 1988)`` or ``8th ed. (Clarkson
  Potter, 2010)`` with the translator run into the publisher or the publisher read as an author or a place.
- ``note_books.edited_book_note_title``: a note for an edited book, ``Jane Doe, ed., *Essays on Water*, …``, with the
  book read as a container; ``note_books.note_book_read_as_container``: ``T. G. Masaryk, The Spirit of Russia, trans.
  …, vol. 2 (…)`` with the plain book read as a container.
- ``italic_names.in_names_without_role``: ``In: Ordnung der Wissenschaft, Nr. 1/2017`` read as editors.
- ``editors.role_after_in_editors``: physics lists' ``R.K. Gupta, in: R.K. Gupta (Ed.), Physics of …`` with the role
  read into the book's title.
- ``editors.inverted_editors_open_container``: German ``In: Heyer, Peter u.a.: Länger gemeinsam lernen.`` read as one
  container or one editor span.
- ``roles.turkish_role_inside_names``: ``2008. İktisadi Trabzon. editör M. Öksüz.`` read as one translator's span:
  the title, then the editor (``editör``) or the translator (``çev.``).
- ``roles.role_ends_names``: ``Godbarge, Clément, éd.`` opening the reference names its editors.
- ``elided_titles.elided_italic_title_is_book``: ``Burn, Richard. *Ecclesiastical Law* […], vol. 2. London: …`` with
  the cut title read as a journal.
- ``roles.editors_after_italic_book``: older Chicago's ``in *Book*. John Bossy, ed. Cambridge:`` with the editors read
  into the book and the role word into the place.
- ``roles.family_and_role_open_title``: Chicago's ``Cheney, C. R. and M. Jones, eds. *Title*`` read as authors up to
  the last given name, the family name and the role word opening the title.
- ``roles.role_ends_split_names``: Chicago's ``Chris Jones, …, and Jennifer Middendorf, ed., “Title.”`` read as
  authors, then editors from some name on.
- ``roles.role_opens_title``: ``Zimmer, Michael (Hg.): Internet research …`` with ``(Hg.):`` in the container.
- ``roles.role_closing_book_before_editors``: ``in Proceedings of …, eds. M. H. Devoret and B. Huard (…)`` with ``,
  eds`` read into the book.
- ``roles.role_closes_names_in_title``: ``Giuseppe Rossi Taibbi, Girolamo Caracausi (red.), *I testi …*`` with the
  second editor and the role read into the title.
- ``acs_chapters.acs_book_read_whole``: the ACS's ``In Book; Names, Ed.; Publisher: Place,`` read as one book.
- ``esa_forms.esa_pages_in_chapter``: the ESA's ``Title. Pages 71–95 in W. J. Name and J. Name, editors. Book.
  Publisher, Town.`` with the title's end read as the book or the book read into the publisher;
  ``esa_forms.esa_colon_numbers_closing``: the ESA's ``Title. Ecology: 105:e4406`` (``… of Sciences:201710231``) with
  the journal read as a town or a publisher.
- ``acs_chapters.acs_chapter``: the ACS's whole chapter ``Roth, F. W. E. Glossae Hildigardis. In Book; Steinmeyer, E.,
  Sievers, E., Eds.; Wiedmann: Zürich, 1895; Vol. III, pp 390–404.`` with the authors or the book read as editors.
- ``acs_chapters.acs_chapter_without_editors``: the ACS's chapter ``… In Book; Taylor and Francis: Abingdon, U.K.,
  2009; pp 436−480.`` of a book named without editors, with the publisher read into the book.
- ``acs_chapters.acs_plain_book``: the ACS's ``Brown, T. Organic Chemistry, 8th ed.; Cengage: Boston, 2016.`` read
  with the edition in the publisher.
- ``acs_chapters.acs_house_closing_book``: the ACS's ``In *Handbook of …*; IntechOpen, 2017.`` or ``In Book; Laboratory
  (LBNL): Berkeley, CA, 2014.`` with the publisher read into the book.
- ``acs_chapters.acs_book_contributors``: the ACS's book ``Kant, I. Title; Gregor, M., Translator; Publisher: Place,
  1997.`` (``Title; Names, Eds.; …``) with the title read among the names or the role into the publisher.
- ``acs_chapters.book_before_acs_editors``: the ACS's ``In Green Chemistry; Brown, C. D., Ed.; ACS Symposium Series
  123;`` with the book read into the editors and the series as the book.
- ``roles.role_alone_before_year``: British Harvard's ``Aldenderfer, M. and Maschner, H.D.G. (eds) 1996.`` with
  ``(eds)`` read alone as a publisher or as the head of the date.
- ``roles.role_after_names_apart``: ``dalla Chiesa, N. (a cura di), *Title*`` with the bracketed role read apart
  from the names (as a date, or opening the title).
- ``theses.dotted_degree_apart``: APS's ``D. Gottesman, Ph.D. thesis, …`` with ``Ph.`` read into the names.
- ``theses.degree_in_brackets``: ``(Tesis doctoral, University of Nebraska, 2017)`` as genre, publisher, date.
- ``theses.abnt_degree_note``: ABNT's ``Tese (Doutorado em Educação) – Universidade …, São Paulo, 2015.`` read as
  names or a place.
- ``turkish_imprints.turkish_edition_volume``: Turkish ``Title. 6.Baskı. İstanbul: …`` and ``Title. C. II. Ankara: …``
  with the edition or the volume read into the title, the place or the publisher.
- ``theses.turkish_degree_closing``: ``“Title”. Yüksek Lisans Tezi, Karadeniz Teknik Üniversitesi, Trabzon.`` read as
  names, a container or a publisher with its town.
- ``theses.degree_opens_imprint``: ``Thesis (M.A.). Queen's University,`` or ``Dissertation, Boston University,``
  read as the publisher or place.
- ``theses.school_before_degree``: MLA 9's ``2003. University of California, PhD dissertation.`` with the school
  read as a note or a place.
- ``theses.school_after_degree``: Chicago's ``(master’s thesis, California State College, Fullerton, 1967)`` with
  the school read as a place.
- ``proceedings.part_in_proceedings_title``: the ACL's ``…, Volume 1 (Long and Short Papers),`` or ``(Volume 1:
  Long Papers)`` (the ACM's ``… - Volume 2``) after a proceedings' title read as its volume.
- ``proceedings.series_after_proceedings``: the ACM's ``Proceedings of …, KDD ’08, page 990–998`` with the
  meeting's short name and year cut from the title and read into the pages.
- ``proceedings.meeting_after_proceedings``: JMIR's ``In: Proceedings of …. 2015 Presented at: Meeting; Feb 12 - 13,
  2015; Place.`` read as one container and a place.
- ``volumes.volume_word_then_number``: ``vol. 12824.`` read as the volume word and pages.
- ``volumes.volume_word_read_as_date``: ``…, volume 2025, pages …`` read as a date.
- ``volumes.volume_before_date``: ``*BABELAO* 10-11 (2022), 525-550`` read as two page ranges.
- ``volumes.volume_read_as_edition``: ``Bd. 18`` read as an edition.
- ``german_journals.journal_after_in_colon``: ``Name: Titel, in: Zeitschrift 38 (1966), S. 3-27.`` read across the
  ``in:`` mark.
- ``untitled_pieces.journal_without_title``: a review's ``Name. *Journal* 5 (1972): 301-302.`` with the journal read
  as the title or in the names.
- ``containers.container_after_in_mark``: ``Title, in: Book,`` read as one title.
- ``containers.subtitle_read_as_book``: ``Title. | Subtitle, | Rennes : PUR`` with the book's second sentence read as
  a book holding it.
- ``containers.title_before_tribute_volume``: ``Title in Studi in onore di …, Milano 1957`` read as one title.
- ``containers.title_before_comma_in``: ``Title, in Book, Atti del convegno,`` read whole as the container.
- ``pages_in_book.pages_in_book``: ASA's ``Pp. 1–38 in *Book*, edited by X and Y.`` with ``in`` read as a date.
  Turkish ``Ss. 453-515 içinde Editör (ed.), Book, Place:`` too.
- ``containers.pages_close_container``: ``In Proceedings of …, 306–316. FAT* ’20.`` read as one container.
- ``containers.blog_word_apart``: ``Historyonics blog (3 January 2014)`` with the word ``blog`` in the blog's name.
- ``containers.name_before_blog_mark``: Chicago's ``“Title.” Matthew Lincoln, PhD (blog), …`` with the blog's name read
  as an editor or a publisher.
- ``containers.journal_in_source``: ``in: Journal 4 (10), Publisher,`` read as one source.
- ``german_journals.edited_book_in_italics``: ``Name, Vorname: „Titel“, in: *Buch*, hrsg. v. Vorname Name, Verlag: Ort
  1993, S. 249–293`` (or ``in: *Zeitschrift* 175 (2007): Thema, hrsg. v. …, S. 112–115.``) read whole from its form.
- ``german_journals.place_year_closing_book``: ``in: Name (Hrsg.): Buch, Ort 1982 (= Reihe 15), S. 57-66.`` with
  the town, year and series read into the book.
- ``containers.book_author_before_italic_container``: Chicago's ``“Title,” in National Academy of Sciences, *Book* (…)``
  with the book's author read into the container.
- ``containers.book_authors_read_as_editors``: Chicago's ``In *Book*, by Marc Bascou, …, and Martin Chapman, 82–89.``
  with the book's own authors read as its editors.
- ``containers.book_author_closing_container``: ``In Book, by Tim Gooding, 25–36.`` with the book's author read
  into the book.
- ``containers.italic_source_is_container``: an italic work after the part's title read as a source.
- ``containers.domain_source_is_site``: Chicago's ``“Title,” news.com.au, January 20, 2021,`` with the site named by
  its domain read as a source.
- ``series.series_after_year``: ``Wiesbaden 2018 (Series), S. 143`` with the series as a second container.
- ``series.series_after_italics``: ``*Title*, Some Series (Place: Publisher, 1964)`` read as one work.
- ``series.number_closing_series``: ``Springer-Verlag; Lecture Notes in Computer Science 3089, 2004.`` with the
  volume read into the series' name.
- ``series.title_in_series``: ``1959, Fluid Mechanics, Course of Theoretical Physics Vol. 6.`` with the title read
  into the series.
- ``series.series_cut_before_and``: ``Title. … series of mono-graphs | and advanced texts. Wiley`` with the series'
  end read as more title.
- ``series.series_closing_plain_title``: ``Title, OECD Public Governance Reviews, OECD Publishing, Paris`` with the
  series read into the title.
- ``publishers.body_before_place``: ``R Foundation for Statistical Computing, Vienna, Austria.`` with the
  foundation read as the container.
- ``region_codes.region_code_imprint``: ``Paris, FR-IDF : Gallimard.`` (the place with its ISO 3166-2 code) read as a
  place and a publisher ``FR-IDF : Gallimard``, or into a note or title.
- ``decimal_names.decimal_point_splits_name``: ``Archaeology 2.0: New approaches …`` cut at the figure's point,
  the rest read as a note.
- ``monograph_series.series_in_edited_book``: ``in Holbrook, N. (eds) Roman Finds from Exeter, Exeter Archaeol.
  Rep. 4, 242-63.`` with the report series read as a journal and its number as the volume.
- ``monograph_series.series_before_place``: ``Title, Council for British Archaeology Research Report 90, London:``
  read as a journal with its volume.
- ``monograph_series.series_closing_title_before_imprint``: ``Title, Colchester Archaeological Report 8, Colchester:``
  or ``Title (Reports on the Excavation at Usk, 1965-1976), Cardiff:`` with the series read into the title.
- ``monograph_series.series_or_imprint_in_title``: ``2005 Prehistoric Flintwork. Stroud: Tempus.`` or ``1998 Roman
  Glass in Britain, Shire Archaeology 76, Princes Risborough.`` read as one title.
- ``monograph_series.series_before_house_and_town``: Elsevier's ``Title. Simulation Monographs, Pudoc, Wageningen,
  Netherlands, 189 pp.`` with the series read as the source and the publisher run into the town.
- ``society_series.society_series_closing_book``: the GSA's ``in …, eds., Book: Geological Society of America Memoir
  220, p. 659–706`` (or ``Title: … Special Paper 206, 60 p.``) with the series read as a journal or a publisher;
  ``society_series.series_closing_whole_book``: MNRAS's ``Title. ESA Special Publication Vol. 1200`` likewise.
- ``numbered_series.series_before_imprint``: ``2e éd. Oxford Studies of Composers 9. London, GB-LND : Oxford …``
  with the numbered series read as a first publisher (or ``Title. CSLI Lecture Notes 199. Stanford:`` as translators).
- ``numbered_series.numbered_series_and_house_as_container``: ``Title. CSLI Lecture Notes 199. Center for …, 2010.``
  with the numbered series and the house read as one container.
- ``numbered_series.series_after_italic_title``: ``*Title*. Beiträge zum Buchwesen, Band 1. Wiesbaden:`` with the
  series read into the title, a journal or a container.
- ``numbered_series.report_series_closing_title``: ``Title. ALGAO / Archaeology East Anglia Report 47.`` with the
  numbered report series read into the title that closes the reference.
- ``containers.in_italics_is_container``: ``« Monotonie ». Dans *Wikipédia*.`` with ``Dans *Wikipédia*.`` read as a
  source, publisher or note.
- ``note_titles.title_read_into_bracketed_imprint``: a note's book ``Lee, Mark. Coastal Lives (Boston, Beacon
  Press, 1987)`` read from the title to the imprint's comma as one publisher.
- ``journal_places.town_list_opening_journal``: physics' ``London, Edinburgh, Dublin Philos. Mag. J. Sci. 34, 145``
  read as a place and a journal.
- ``editors.inverted_editors_read_as_authors``: Elsevier's ``in: Deep Fields, Cristiani, S., Renzini, A., Williams,
  R.E. (eds.),`` with the editors read as more authors.
- ``imprints.place_before_publisher``: ``Lille, MESHS,`` read as one place or one publisher.
- ``city_year.town_in_bracketed_year``: classicists' ``*Herodoti Historiae*. (Oxford 2015)`` with the town read into the
  date.
- ``city_year.town_and_year_close_in_bracket``: Dutch and German bibliographies' ``Titel (Zevenaar 2008).``,
  ``[Delden 1994].``, ``(z.p. 1984).`` with the town read into the title or the date.
- ``city_year.town_read_as_publisher_in_bracket``: ``Titel (Oldenzaal 2006).`` with the bracket's town read as the
  publisher.
- ``city_year.editors_open_town_year_book``: ``Kuurstra, Erik (eindred.), Titel (Utrecht 2003).`` with the editors,
  the title and the imprint misread.
- ``city_year.publisher_then_city_year``: the Italian imprint ``Feltrinelli, Milano 2019.`` read as one place or
  one publisher.
- ``city_year.city_named_twice``: ``Torino, Einaudi, Torino 2010`` (the city on both sides of the publisher) read
  as one place.
- ``german_books.subtitle_and_town_read_as_journal``: the German book ``Name, Vorname: Titel. Untertitel, Tübingen
  1998.`` with the subtitle and the town read as a journal; ``german_books.town_cut_at_its_river``: ``Frankfurt
  a.M.`` cut into a place and a name; ``german_books.volume_part_read_as_publisher``: ``…. Text- und Tafelband,
  Wiesbaden 2009`` with the book's part read as the publisher; ``german_books.edited_book_after_title``: ``Title, hg.
  von Helmut de Boor, Wiesbaden 1979.`` with the title read as editors or the editors as the title;
  ``german_books.counted_volumes_imprint``: ``…. 3 Bde., Leipzig 1871–1888.`` with the count and the town read into
  the title or the years as pages; ``german_books.given_and_particle_read_into_title``: ``Ranke, Leopold von: Title``
  with the given name and the particle read into the title; ``german_books.title_words_read_as_second_name``:
  ``Name, Vorname, Titel, …`` with the title's first word read as a second author;
  ``german_books.publisher_year_without_town``: ``Name, Vorname: Titel. Lang 2008.`` with the publisher read as the
  place.
- ``years.year_sentence_in_title``: an author-date list's ``Bonifay, M., et al. 2002–3. “Title.”`` (or ``*Title*.
  1817–1922. 17 vols.``) with the year or range of years read into the title: it is the date.
- ``city_year.publisher_town_bracketed_year``: a book's ``…. Zhonghua shuju, Beijing (1957).`` (the publisher, the town
  and the year in brackets closing it) with the publisher read as a note, the title's end or a role's names.
- ``city_year.town_closing_title``: the French catalogue's ``Essai sur …, Poitiers, 1861, 120 p.`` with the town read
  into the title; ``city_year.town_touching_closing_year``: Polish and Czech ``…, Jelenia Góra 2014.`` (the town
  touching the year, no comma) once the names are parted from the title; ``city_year.slavic_town_year_book``:
  Polish, Czech and Slovak ``Nowak, Jan. Historia Śląska. Wrocław 2001.`` with the names run into the title or the
  town read into the title or the date.
- ``imprints.region_after_place``: natbib's ``Lisbon, Portugal. Association for …`` with ``, Portugal.`` read into
  the publisher.
- ``imprints.place_name_in_publisher``: the Australian Harvard ``University of Western Sydney, Penrith.`` read as
  publisher ``University of Western`` and place ``Sydney, Penrith``.
- ``titles.italic_is_no_name``: ``Doug Rohde. *SVDLIBC*.`` with the italic title read among the names.
- ``titles.publisher_after_italic_title``: ``Eds. *TEI P5: Guidelines ….* TEI Consortium, 2007.`` with the publisher
  read into the italic title.
- ``name_tails.legal_form_after_name``: ``Seznam.cz, a.s. *Mapy.cz*`` with the firm's legal form read into the
  title.
- ``name_tails.names_through_role``: ``Gonzalez, Ivan and Huang, Daisie (eds): "Title"`` with ``Daisie (eds):``
  read into the title.
- ``guillemet_names.site_after_guillemets``: French IEEE ``Docker Hub, « Title », Docker Docs, 2026.`` with the site
  read into the names or as a second author.
- ``guillemet_names.names_before_guillemets``: the French note ``Paris Time Machine, « Heurist … »,`` with the
  names read into the title.
- ``name_tails.names_before_quoted_title``: ``… and FORCE11 Software Citation Working Group, "Title,"`` with the
  last name read into the title.
- ``name_tails.year_after_names``: ``…, Hicks, A., DEA Notebooks contributors 2021. Title.`` read as the title.
- ``name_tails.year_closing_names``: ``Heidegger, Martin 1963. Sein und Zeit.`` with the year read into the names.
- ``family_years.family_year_before_venue``: the title-first ``Title? Paltsev, S., …, and H.D. Jacoby 2014 Climate
  Policy, 15(4):`` with the last family name and the bare year read into the journal.
- ``government_authors.government_body_in_parts``: MLA's ``United States, Congress, Senate, Committee on Armed
  Services. Hearing …`` with the government author cut at a comma or run on into the title.
- ``government_authors.government_body_in_sentences``: Chicago's ``U.S. Department of the Interior. National Park
  Service. Title.`` with the bodies after the first full stop read into the title.
- ``government_authors.subdivision_after_body_comma``: ``United Nations Department of Economic and Social Affairs,
  Population Division. World Population Prospects 2022.`` with the division read as the title.
- ``government_authors.government_body_in_note``: Chicago's note ``U.S. Department of Health and Human Services,
  Office on Women's Health, Title (…)`` with the bodies after the first comma read into the title.
- ``body_sentences.body_sentence_opens_title``: ``Canadian Centre on Substance Use and Addiction. Opioids.
  Available at: https://…`` with the body that wrote the page read into its title;
  ``body_sentences.title_read_into_body``: ``JAMA Network. AMA Manual of Style. 11th ed.`` with the title read into
  the body's name, its stop alone as the title.
- ``numbered_bodies.number_closes_body``: ``NSW Parliament, Portfolio Committee No. 2 (2022). Title.`` with the
  committee's number read as the issue.
- ``agency_names.portfolio_list_in_name``: ``Australia. Department of Agriculture, Fisheries and Forestry. Title.`` with
  the group author cut at the list's first comma and its rest read into the title.
- ``agency_names.unit_of_body_opens_title``: Chicago's ``American Library Association, Young Adult Services
  Division, Services Statement Development Committee. Directions for …`` with the body's last unit read into the title.
- ``review_notes.reviewer_opens_review``: a Chicago note's ``Tom Ford, review of The Long Road, by Ann Smith,`` read
  as one title; ``review_notes.supplement_closes_periodical``: ``Times Literary Supplement,`` with its last word read
  as a note; ``review_notes.review_read_into_names``: ``Nagy, G. Review of Martin L. | West (ed.) *Homeri Ilias.*``
  with the review's opening words read into the names.
- ``name_tails.initials_name_before_year``: ``D. Jolliffe, E. B. Prydz. 2017.`` with the last name read as a journal.
- ``name_tails.title_read_as_last_name``: the RSC's ``L. Tolstoy, Anna Karenina, Project Gutenberg, 1998.`` with the
  title read as a last name and the publisher as the title.
- ``name_tails.title_after_initials_names``: Elsevier's ``J. Cortázar, Hopscotch, Pantheon Books,`` with the title read
  as a last author and no title read.
- ``name_tails.last_name_after_and_opens_title``: the AMS's ``Victor Klee and Stan Wagon, Old and New …`` with the
  last name after ``and`` read into the title.
- ``name_tails.title_word_closing_initials_names``: APS's ``C. Benedetti, Decoherence, non-markovianity …`` with the
  title's first word read as a last author.
- ``name_tails.title_words_run_into_initials_names``: INSPIRE's ``A. Freitas and P. Schwaller, Higgs CP | Properties
  From Early LHC Data,`` with the title's first words read into the names and the title running on from them.
- ``name_tails.journal_closing_family_names``: ``Allinger, Yuh, Lii, JACS, 111 (23), …`` with the journal read into
  the family names before its numbers and no journal read.
- ``name_tails.family_name_opening_journal``: ``Espanol, Europhys Lett, 40(6): 631-636`` read as one journal: the
  family name before its comma is the author.
- ``bracket_imprints.publisher_in_bracket_after_late_title``: Science's ``J. A. Silva, Obras Completas (Biblioteca
  Ayacucho, 1977).``: the bracket's name is the publisher once that late mend has read the title.
- ``bracket_imprints.imprint_bracket_after_initials_names``: Science's, PNAS's and physics' book ``L. D. Landau, E. M.
  Lifshitz, Mechanics (Pergamon, Oxford, 1976).``, ``T. Morrison, Beloved (Alfred A. Knopf, 1987).`` with a short
  title read as a name, a place or a journal with the bracket.
- ``opening_groups.group_opening_as_note``: the OECD's ``OECD (2021), Title, OECD Publishing, Paris`` with the
  organisation and its bracket read as a note: the author.
- ``opening_groups.group_year_title_in_note``: ``OECD (2024), Road accidents (indicator). doi: …`` with the body, its
  year and the title read as one note.
- ``opening_groups.group_year_comma_note``: ``OECD (forthcoming), Title. [72]`` read as one note.
- ``opening_groups.group_year_comma_opening``: ``OECD (2026), OECD Responsible Business Outlook 2026: …``,
  ``TeleGeography (2024), Submarine Cable Map, URL``: the body before its bracketed year and comma read as a note run
  into the title, a journal or the date: the author, the date and the title.
- ``opening_groups.group_runs_to_colon``: Copernicus's ``United States Army Corps of Engineers: National Inventory of
  Dams,`` with the body's name cut short and its last words read into the title.
- ``name_tails.group_after_names``: ``Smith AM, Katz DS, Niemeyer KE, FORCE11 Software Citation Working Group.
  2016.`` with the group read as a note.
- ``brackets.title_runs_on``: ``How Not`` | ``to Cite Software (and how to be`` | ``cited),``: a title cut short.
- ``volume_titles.subtitle_after_volume``: the OECD's ``PISA 2018 Results (Volume I): What Students Know …`` with the
  subtitle read as a journal; ``volume_titles.series_read_as_place``: ``…, PISA, OECD Publishing, Paris`` with the
  series read as a place; ``volume_titles.title_before_isbd_volume``: ISBD's ``Lettere da una vita ; Volume II.
  Bologna: EDB, 1998.`` with the title read as names.
- ``volume_titles.book_volume_after_title``: APA's ``Platón. Diálogos IV. República (Vol. 94). Gredos.`` with the
  title's last sentences read as a journal before the volume.
- ``brackets.review_status_apart``: ``Title [version 1; peer review: 2 approved]. F1000Research 2020, 9:1192``
  read as one title.
- ``identifiers.doi_after_address``: ``https://github.com/… 10.5281/zenodo.838760`` read as one address.
- ``identifiers.address_after_doi``: ``DOI: 10.1016/j.chb.2018.08.017 https://www.sciencedirect.com/…`` read as one DOI.
- ``identifiers.doi_runs_on``: an old SICI DOI ``…46:6<400::AID-ASI2>3.0.CO;2-Y`` cut at its angle bracket.
- ``identifiers.address_whole``: MLA 9's ``2023, en.wikipedia.org/wiki/…`` with ``en`` read into the date.
- ``identifiers.address_read_as_number``: ``http://host/Protocol -- The informal spec`` with the address read as
  the list's number.
- ``identifiers.link_words_apart``: ``2016 (DOI)`` with ``DOI)``, a link's word, read as a name.
- ``versions.package_version_closing_title``: R's ``Title. R package version 0.13-3, 2008.`` with the release read
  into the title.
- ``versions.firm_program_version``: AIP's ``Wolfram Research, Inc., Mathematica, Version 13.2 (Champaign, IL, 2022).``
  read as one publisher.
- ``versions.version_apart``: ``(Version 0.9.0). Zenodo.`` or ``Version 2017.08`` read as a publisher or journal.
- ``versions.medium_and_version_after_title``: ISO 690's ``*WordPress* [software]. Verze 6.x.`` read as one title.
- ``versions.dated_version_apart``: Chicago's web ``"Title." Version 3, September 8.`` (Norwegian ``Versjon 3, 8.
  september.``) with the revision and its day read as a publisher.
- ``versions.bare_tag_apart``: Elsevier's software ``Zenodo. https://doi.org/…, v0.1.24.`` with the release tag
  after the address read as a second publisher.
- ``versions.dataverse_release``: Dataverse's ``"Title", https://doi.org/…, Harvard Dataverse, V1`` with the
  repository and its release read as one publisher, a note or a source.
- ``versions.release_and_keeper_as_note``: a data set's ``Title v1.0, University of New South Wales, https://…`` with
  the release tag and the body keeping the data read as one note.
- ``media.article_kind_before_journal``: NLM's ``Title. [editorial]. J Public Health Dent.`` with the bracketed
  kind of article read as the publisher.
- ``volume_words.volume_number_in_pages``: APA's ``(Eds.), Book: Vol. 12163 (pp. 240–254).`` with ``Vol.`` read alone
  as the volume and its number into the pages.
- ``volume_words.volume_word_then_number_as_pages``: a German journal's ``Bd. 21–22 (2000), S. 17–22.`` with
  ``Bd.`` read alone as the volume and its number as pages.
- ``volume_words.colon_volume_word_alone``: a database export's ``Journal, Volume: 172, Issue: 5,`` with ``Volume:``
  read alone as the volume and its number with the issue.
- ``volume_words.series_between_book_and_volume``: Elsevier's ``(Eds.), Handbook of …. Studies in Systems, Decision
  and Control, vol. 325.`` with the series read into the edited book's title.
- ``bracket_year_pages.page_after_bracketed_year``: Elsevier's numbered ``Sensors 21 (6) (2021) 2006.`` with the
  article's number read into the date.
- ``bracket_year_pages.locator_letters_read_into_date``: INSPIRE's ``Sci. Adv. 6 (2020) eaay2631`` with the
  e-locator's letters read into the bracketed year and its digits alone as the page.
- ``bracket_year_pages.issue_after_bracketed_year``: a Dutch journal's ``Tiecelijn 10 (1997) 3, p. 105-109.`` with
  the issue after the bracketed year read into the pages.
- ``bracket_year_pages.issue_read_as_pages_before_year``: a Chicago note's ``*Journal* 114, 454 (2001): 447-63``
  with the issue after the volume's comma read as a first page.
- ``bracket_year_pages.page_after_imprint_bracket``: a Chicago note's ``(London: Verso, 2001), 4.`` with the page
  cited read into the date; ``bracket_year_pages.imprint_read_as_note``: ``(Dublin: Four Courts, 2004), 3.`` with the
  imprint after its place read as a note.
- ``versions.release_read_as_numbers``: ``Package R, v1.4.0.`` or ``*Matplotlib* v2.2.4 (2019).`` with the
  release read as pages or as a volume and an issue.
- ``quotes.title_after_quoted_title``: ``"1.1.1 The DESCRIPTION file", Writing R Extensions,`` read as two titles.
- ``tome_editors.tome_and_editor_after_title``: the French ``Titre…, t. IV, éd. de Georges Martin, Paris,`` with
  the tome and the editor read into the title or the publisher; ``tome_editors.tome_closing_imprint``: ``Paris,
  Hachette, 1873-1874, t. III.`` with the publisher, year and tome read as one note or volume.
- ``anno_volume.anno_is_volume``: the Italian ``in “Democrazia & Sicurezza”, anno II,`` with the run year (the volume)
  read into the journal.
- ``journal_numbers.journal_numbers_apart``: ``Title? PeerJ Preprints 5: e3159v2.`` read as one title or publisher.
- ``journal_numbers.journal_read_into_volume``: eLife's ``Title. eLife 4:e03952.`` with the journal read into the
  volume.
- ``journal_numbers.journal_colon_number_as_publisher``: eLife's ``Title. NeuroImage:116561.`` (an article's number and
  no volume) read as a publisher.
- ``container_numbers.numeral_after_italic_container``: ``*Assays* VI (Carnegie-Mellon Press, 1991)`` with the
  volume read into the journal's name; ``container_numbers.italic_title_before_bold_volume``: the compact physics
  form's ``J. Preskill, _Quantum_ **2** , 79 (2018).`` with the italic journal and its bold volume read as a title.
- ``container_numbers.numbers_after_container``: Springer's plain ``In Proceedings of …, 1–14, 2021.`` and
  ``Proc. ACM Hum.-Comput. Interact., 5(CSCW1):1–30, 2021.`` with the numbers read into the container;
  ``container_numbers.pages_read_into_volume``: ``Vol. 76, 387–394, No. 2,`` with the pages read into the volume;
  ``container_numbers.pages_read_into_date``: ``29(9), 1945–1976, 2005.`` with the pages read into the date;
  ``container_numbers.volume_and_issue_closing_journal``: ``Early Music 43.4 (November 2015)``, ``Harvard
  Magazine 117: 2 (…)`` with the numbers read into the journal;
  ``container_numbers.number_closing_container``: ``… Symposium on Electronic Imaging 1 76-86.`` with the volume
  read into the proceedings' name; ``container_numbers.number_closing_container_before_year``: Optica's ``in Proc.
  SPIE 10591 (2018), p. 48.`` with the volume read into the proceedings' name;
  ``container_numbers.volume_read_into_pages``: the IMS's ``… Philosophical Society 33 212–222.`` with the volume
  read into the pages;
  ``container_numbers.article_number_closing_journal``: Springer's ``PLoS Med e105``
  (no volume) with the article's number read into the journal's name.
- ``unified_numbers.volume_dot_pages``: the Unified Style Sheet's ``*Linguistic Inquiry* 20. 219–251.`` with the
  volume and the pages read as one pages span.
- ``unified_numbers.volume_issue_cut_in_bracket``: the Unified Style Sheet's ``Journal 277(1683). 819–827.`` cut
  inside the bracket, the issue read into the pages.
- ``unified_numbers.minus_sign_range_read_as_issue``: ``9(2). 1−33.`` or ``12: 45−67.``, a page range written with a
  minus sign, read into the issue.
- ``quotes.quoted_work_is_title``: ``"Title" Version 2017.08`` with the quoted title read as the container.
- ``journal_numbers.article_number_is_page``: ``Volume 50 Issue 4, October 2017, Article No. 47.`` with the
  article's number read as a note; ``journal_numbers.acs_article_number_is_page``: the ACS's ``**2019**, *5*, No. 28.``
  with the article's number read as the issue.
- ``journal_numbers.closing_number_is_volume``: the ACL's ``2017. Title. Advances in neural information processing
  systems, 30.`` with the volume read as the pages.
- ``journal_numbers.volume_after_abbreviated_journal``: Scholar's MLA ``Natl. Weather Dig. 30 (2006): 17-28.`` read
  as a publisher and a date.
- ``journal_numbers.volume_read_into_date``: Chicago's ``*Computational Culture* 7, October 21 (2019)`` with the
  volume read as the date's day.
- ``seasons.season_named_publisher``: MHRA's ``Title (Winter, 2000)`` (a book's ``(Publisher, Year)`` with a publisher
  named like a season) read as a season's date.
- ``seasons.months_before_year``: ``*Journal*, Summer-Fall 1996`` with ``Summer-Fall`` read into the journal (or
  ``pp. 128- 132,Feb. 2011`` into the pages).
- ``seasons.months_before_pages``: ASA's ``*Biography* July:70–73`` with ``July:`` read into the journal or a place.
- ``seasons.meeting_days_as_volume``: ``Roekville, Maryland, Nov 15-16, 1996`` with ``Nov 15-16`` read as the volume.
- ``colon_pages.pages_after_colon``: ``2008;46(6):913–8. https://doi.org/…`` with the pages and link read as the issue,
  or ``The Astrophysical Journal, 548:224`` with ``:224`` read as the issue.
- ``year_volumes.dotted_year_volume_in_date``: Google Scholar's MLA ``Journal 2019.1 (2019): 93.`` with the
  year-volume and its issue read into the date, once the page after the colon is read.
- ``colon_pages.year_after_colon_pages``: natbib's ``58(5):527-535, 1952.`` with the year read into the pages, or the
  pages into the date.
- ``colon_pages.supplement_in_volume``: ``Proteins 53 Suppl 6: 491-6`` with ``53 Suppl 6:`` read as the volume.
- ``identifiers.index_number_apart``: ``…, PMID: 27918531`` read as the publisher.
- ``identifiers.arxiv_number_is_no_journal``: natbib's ``*arXiv preprint arXiv:1812.00532*, 2018.`` read as the
  journal, or DBLP's ``*CoRR*, abs/1711.07553`` as a journal and its pages.
- ``identifiers.title_before_preprint_number``: AAAI's ``2021. Title. CoRR, abs/2110.14168.`` with the title read
  into the note, or ``2023. Title: … with GPT-4. arXiv:2303.12712.`` read as a journal and its pages.
- ``appearing.to_appear_in``: ``Title. To appear in Acta Arithmetica,`` read as one title, or ``To appear in
  Annales de l'Institut Fourier`` as the journal.
- ``other_editions.other_edition_apart``: the AMS's ``… 397–411. English translation in Math. USSR-Sb. 45 (1983),
  397–410.`` or ``…, 2009. Conference version in SODA'08.`` with the other edition read as the record's.
- ``other_editions.note_after_year``: ``Title. Invent. Math., 160(2):261–303, 2005. With an appendix by …`` with
  the closing note read as a second title.
- ``years.comma_year_closes_title``: BibTeX's ``Title, II, 2015. Preprint.`` with the year read into the title.
- ``years.year_closing_described_bracket``: a note's ``“Title” (unpublished manuscript, 2014).`` with the bracket read
  whole as a note and no date read.
- ``years.hyphened_head_of_title``: APS's ``99.92%-fidelity CNOT gates …`` with ``99.92%-`` read as a date.
- ``years.volume_read_as_date``: APS's ``Nature (London) 601, 338 (2022).`` with the volume read as a date;
  ``years.volume_and_page_read_as_date``: its volume, page and year read as one date.
- ``years.year_after_worded_volume_read_as_pages``: older bibliographies' ``Philologus, Vol. 25, 1870.`` with the
  closing year read as the page.
- ``years.year_closing_title_before_in``: ``Title … SAT Competition 2024. In …, 2024.`` with the title's year read
  as the date.
- ``years.title_head_in_date``: PeerJ's ``2025. SecKG2vec: a novel …`` with the title's first word read into the date.
- ``other_editions.language_note_apart``: ``Title (Russian). Mat. Sb. (N.S.) 117`` read as one title.
- ``journal_series.series_mark_in_journal``: the AMS's ``Ann. of Math. (2) 155 (2002)`` with the series mark read
  as an issue or place and the volume as a page.
- ``journal_series.new_series_journal_read_as_series``: ``Quaderni Urbinati di Cultura Classica New Series, Vol.95,
  No.2. 2010.`` with the journal, its new series in its name, read as a book's series.
- ``series_volumes.volume_of_series``: BibTeX's ``In CPM, volume 331 of LIPIcs, pages 17:1–17:15. Schloss
  Dagstuhl, 2025.`` or ``Title, volume 129 of Graduate Texts in Mathematics.`` with the series read as a
  journal, or book, series, pages and publisher as one container (editors read before the book stay theirs).
- ``numbered_editions.numbered_edition``: ABNT's ``31. ed. São Paulo:`` (or ``5ª ed.``, Chilean ``4ta. Ed.``,
  ``23ed.``) with the numeral in the title and ``ed.`` in the place.
- ``romance_parts.collected_works_part``: Spanish ``_Title_. En Obras completas, t. 3.`` with the works read as a
  journal keeping its ``En``, as a series or into the title.
- ``volumes.dotted_issues_read_as_pages``: ``*Journal*, 5.3–4 (1943).`` with the double issue read as pages.
- ``iso690_online.title_alone_before_access``: ISO 690's ``Title. Dostupné online: URL`` (no author, no date) with
  the title read as an author's name.
- ``numbered_editions.numbered_reprint``: Spanish ``_Title_, 1a. reimp., …`` with the reprint's count read into the
  title or as a container.
- ``legislation.act_opens_reference``: ABNT's ``BRASIL. Lei nº 9.394, de 20 de dezembro de 1996.`` read as editors,
  an edition and a date.
- ``caps_names.caps_first_names_end_at_comma``: French and Italian lists' ``DÉCULTOT Elisabeth, Johann Joachim
  Winckelmann: …`` with the title's first words read as more names.
- ``caps_names.caps_names_end``: ABNT's ``SOUZA, R. Leitura em rede.`` with the short title read among the names.
- ``caps_names.semicolon_names_end``: ISO 690's ``GRAHAM, Dorothy; VAN VEENENDAAL, Erik; EVANS, Isabel. Title.``
  with the last given name read into the title.
- ``hyphen_initials.hyphenated_initials_end_names``: ``Liao, P-S., Chen, T-S. and Chung, P-C., “Title”`` with the
  names cut before the hyphenated initials ``T-S.``, the rest of the list read into the title.
- ``lone_publishers.lone_place_is_publisher``: MLA's ``Title. Schocken, 1947.`` with a firm no list of places
  knows read as the place.
- ``lone_publishers.lone_town_is_place``: a European list's ``*Title*. Brussel, 1976.`` with the town alone
  before the year read as the publisher.
- ``lone_publishers.person_after_place_is_publisher``: ``…, Frankfurt a.M., Peter Lang, 1991`` with the firm named
  after a person read as a name.
- ``lone_publishers.initials_open_publisher``: ``Torino, E.D.T. Edizioni di Torino, 1979`` with the publisher's
  dotted initials read as an editor.
- ``title_numbers.number_before_year_closes_title``: MDPI's ``… User Guide for iOS 17. 2023.`` with the title's
  number read into the date.
- ``nlm_imprints.region_bracket_closes_place``: NLM's ``St. Louis (MO): Washington Univ.`` parted inside the
  region's bracket.
- ``nlm_imprints.town_before_region_bracket``: ``Oil Towns. Dallas (TX): Southern Methodist University Press`` with
  the town read as the title's last sentence and its bracketed region as the publisher's head.
- ``access_notes.access_sentence_cut``: IEEE's ``Site Name. Accessed: Jan. 5, 2023.`` with the access date cut
  into the site's name, a volume and the date.
- ``unstopped_group_author.group_name_before_date``: ``Dynamed (2022, June 28). Title. EBSCO.`` with the group's
  name read as a note for want of its full stop.
- ``note_book_parts.unmarked_editors_are_book``: a Chicago note's ``"Chapter," in Geisha, Harlot, Strangler, Star: A
  Woman, … (New York: …)`` read as editors with no role word anywhere.
- ``note_book_parts.edition_or_book_word_in_editors``: ``in Graphic Design for Everyone, ed. Cath Caldwell`` with the
  book's last word, or ``in Book, 2nd ed., ed. X`` with the edition, read into the editors.
- ``note_book_parts.colon_page_after_volume``: a note's ``(New York: Knopf, 1990), 2:45.`` with ``:45.`` read as a
  list number.
- ``note_book_parts.year_and_volume_read_as_place``: ``(Amsterdam: Elsevier, 2015), 1:472.`` with ``2015), 1:``
  read as a place.
- ``note_book_parts.page_before_platform``: ``…, 2017), 23, EBSCOhost.`` with the page read into a note.
- ``note_book_parts.platform_before_page``: ``…, 1998), Net Library e-book, 52.`` with the platform read as a title.
- ``initial_closes_name.short_title_after_initials``: ``Schmidt, K. Grundriss der Physik. Berlin: Springer, 1987.``
  with the short title read on into the author's initials and no title read.
- ``caps_names.caps_names_run_into_title``: ABNT's ``KAHNEMAN, D. Thinking, | fast and slow.`` with the title's
  first words read into the names.
- ``colon_imprints.imprint_closing_title``: ISO 690's ``Title. Bratislava: Slovenské pedagogické nakladateľstvo.``
  with the imprint read into the title or the book's title, no place or publisher read.
- ``colon_imprints.imprint_read_as_container``: ABNT's ``17. ed. Rio de Janeiro: Paz e Terra, 1987.`` with the
  imprint read as a book holding the work.
- ``journal_name_volumes.name_word_as_volume``: PNAS's and AIP's ``Title. BMJ Open (2020).``, ``FORCE11, (2013).``
  with the name's last word or glued digits read as a volume and no locator after: they are the journal's;
  ``journal_name_volumes.numbered_name_opens_title``: ``Ontology Development 101: A Guide to …, 2001.`` read as a
  journal, its volume and the title: one title.
- ``note_years.year_sentence_in_note``: Vancouver's ``arXiv preprint arXiv:1312.6114. 2013.`` read whole as a note,
  the year with it; ``note_years.month_year_sentence_as_date``: GOST's ``Title // Meeting. September 2009. P. 80-83.``
  with the month and year read as a source.
- ``particle_families.particle_family_after_initials``: ``G. 't Hooft, Nucl. Phys. B 72`` with the particle and
  the family name read as a title after the initials.
- ``initial_names.initials_after_date_open_title``: ``Barnes,B. (1982) T. S. Kuhn and Social Science`` with the
  initials opening the title read as a second author.
- ``initial_names.initials_end_names``: MDPI's ``Burns, B.; Wilkes, J. Borg, omega, and kubernetes.`` with the
  title read among the names.
- ``initials_first_family.family_after_last_initials``: ``W.H. Wolberg, W.N. Street, and O.L. Mangasarian. Title``
  with the last family name read as the title's first word.
- ``abnt_events.event_proceedings``: ABNT's ``*In*: Event, 18., 2017, Marília. *Anais* [...]. Marília: UNESP, 2017.``
  read as one container.
- ``ieee_status.to_be_published_apart``: IEEE's ``Journal, to be published, doi: …`` with ``to be`` in the journal.
- ``ieee_status.place_before_report_kind``: IEEE's ``McGill University, Canada, Tech. Rep. 1998-4`` with the body and
  its place read as one publisher.
- ``ieee_status.proceedings_read_as_place``: IEEE's ``in Proc. Int. Conf. Fundam. Approaches Softw. Eng., 2014,`` with
  the last abbreviated words read as a place.
- ``report_bodies.report_body_apart``: the ACM's ``Technical Report RR-7987. Inria.`` or PeerJ's ``Technical Report.
  Citeseer.`` read as one genre or source.
- ``report_bodies.from_before_link``: the ACM's ``Technical Report. Ford Foundation. from https://….`` with ``from``
  read into the publisher.
- ``report_bodies.bracketed_kind_closing_title``: Springer's ``Title (Technical Report, Body, 2019)`` with the kind
  of report read into the title.
- ``report_bodies.body_after_comma_kind``: Copernicus's ``Tech. rep., ORNL – Oak Ridge National Lab., Oak Ridge, TN,
  USA, https://…`` with the body read as a journal or a place, or into the kind.
- ``report_bodies.body_closing_title``: Copernicus's ``Title, NOAA National Weather Service, https://doi.org/…, 2020.``
  with the body that issued the report read into the title.
- ``edition_seasons.season_edition_apart``: ``in *The Stanford Encyclopedia of Philosophy* (Fall 2020),`` with the
  edition's season and year read into the container.
- ``survey_series.survey_series_apart``: the USGS's ``U.S. Geological Survey Scientific Investigations Report 2010–5109,
  379 p.`` read as a journal with a volume and pages.
- ``survey_series.survey_release_version``: the USGS's ``Title (ver. 1.1, June 2025): U.S. Geological Survey data
  release`` with the release's bracket read into the title, the publisher or a note.
- ``usgs_journals.journal_after_colon``: the USGS's ``Title: Journal name, v. 54, no. 11, p. 1593-1600.`` with the
  journal read as the title's subtitle.
- ``abnt_journals.town_closing_journal``: ABNT's plain ``Revista …, São Paulo, v. 20`` with the town in the journal.
- ``abnt_journals.town_read_as_journal``: ABNT's plain ``Título. Revista …, Belo Horizonte, v. 22`` with the journal
  in the title and the town read as the journal.
- ``journal_places.town_after_journal_name``: Catalan's ``Title. Caplletra (València), n. 50, p. 35-65.`` with the
  journal run into the title or its town into the journal.
- ``journal_places.town_after_journal_after_in``: German's ``In: Euphorion (Heidelberg), Bd. 94 (2000), H. 1, S. 1-41.``
  with the town read into the journal's name or the journal and its town read as names.
- ``abnt_journals.title_years_read_as_pages``: ``Title, 1850-66. Afro-Ásia, 27 (2002), 41-77`` with the title's
  closing years, the journal and its volume read as one run of pages.
- ``abnt_journals.journal_imprint``: ABNT's ``*Journal*, Place, v. 20, n. 2, p. 9-25, 2017.`` with the place in the
  journal, the journal in the title or ``n.`` in the place.
- ``comma_parts.book_and_publisher_closing_title``: Harvard's ``‘Chapter’, in *Book*, Jossey-Bass, San Francisco,
  pp. 89-96.`` with the book and its publisher read into the chapter's title.
- ``comma_parts.container_closing_title``: ``LABUSSIERE O., Title, Carnets de géographes, no. 1, 2010, p. 1-14`` or
  ``Title, Les tendances actuelles de l'histoire du Moyen Âge, Paris, 2002, 447-460`` with the journal or book read
  into the title.
- ``comma_parts.publisher_closing_title``: ``Title, Librairie illustrée, Paris, 1892`` (``Title, Bordeaux, Librairie
  de l'architecture, 2000``) with the publisher, and the town before it, read into the title;
  ``comma_parts.house_closing_sentence_title``: Italian ``Title in sentence case, L’Erma di Bretschneider, Roma,
  2008`` with the house, no word of which names it one, read into the title;
  ``comma_parts.subtitle_opening_publisher``: ``Inventario 2. Disegni esposti, Olschki, Firenze, 1987`` with the
  subtitle read as the publisher's first part.
- ``comma_parts.title_and_imprint_in_names``: a Romanian review heading's ``Ion Popescu, Title, București, Editura
  Humanitas, 2015`` read whole as names.
- ``comma_parts.report_title_and_body_in_names``: a report's ``Crandall, K.R., TRACE 3-D Documentation, Los Alamos
  National Lab., 1997, no. LA-UR-97-886.`` read whole as names.
- ``comma_parts.imprint_read_as_names``: ``Name, Title, Meudon, P.-S.-C. Demoilly, 1797.`` with the imprint read as a
  second author after the title.
- ``aas_titles.journal_read_as_title``: AAS's ``Hooper, D., 2017, Physics of the Dark Universe, 15, 53`` (no article
  title) with the journal read as the title.
- ``bracket_editions.colon_edition_bracket``: an e-library's ``Título: subtítulo: (1 ed.). Editorial.`` (an empty
  ``( ed.)``) with the subtitle read as a journal or the bracket into the publisher.
- ``bracket_editions.bracket_edition_opens_publisher``: a Polish ``Title, (Wyd. VI), Publisher, Place 2011.`` with the
  bracketed edition read into the publisher.
- ``bracket_editions.edition_word_after_number``: ``Title (3rd edn) (Publisher, Place)`` with ``edn)`` read as the town.
- ``bracket_imprints.year_before_colon_imprint_bracket``: Quantitative Finance's ``Names, Title: A, B, and C, 2021
  (World Scientific: Singapore).`` with the title cut at a comma and its last words read as a town.
- ``bracket_imprints.publisher_and_town_bracket``: Harvard's ``Steps to an Ecology of Mind, (Paladin, London).`` with
  the bracket read as one town.
- ``bracket_imprints.publisher_in_bracket``: ``Outline of A Theory of Practice (CUP, 1977)`` with the publisher's
  short name read into the title.
- ``mla_imprints.editors_opening_imprint``: MLA 7's ``*Book*. Ed. Name. Place: Publisher, 1997.`` read whole as
  the publisher.
- ``bracket_imprints.publisher_in_dated_bracket``: Chicago's ``*Title* (Routledge, 2016)`` read as one date;
  ``bracket_imprints.publisher_before_bracketed_place_year``: ``*Title*, Gunther Edition, (Rome – 2004)`` with the
  publisher read into the title or as a container.
- ``report_months.month_closing_publisher``: US agencies' reports' ``…: Naval Facilities Engineering Command, Pacific.
  September.`` with the month of issue read into the publisher.
- ``linked_titles.link_text_is_title``: ``Doe, J. (2020). [Title](https://…). Journal,`` with the link's words read
  into the URL and no title read: they are the title.
- ``mla_web.uploader_read_as_editor``: MLA's ``YouTube, uploaded by Eric Kerr, 26 Sept. 2014,`` with the uploader
  read as an editor.
- ``mla_web.web_source_parts``: MLA 9's ``"Title." Wikipedia, Wikimedia Foundation, 10 Jan. 2023, en.wikipedia.org/…``
  with the site and its publisher read as one span, or a scheme-less address read into a note; also with no date
  (``*A Tour of Go*, go.dev/tour/flowcontrol/9.``), the italic site read as a producer or an editor, and a forum
  answer's ``Edited by Nik and Fuz, *Stack Overflow*, …`` run into the container.
- ``mla7_web.mla7_web_page``: MLA 7's ``"Title." Site. Publisher, 24 Aug. 2007. Web. 20 Mar. 2013.`` (or ``Site. N.p.,
  n.d. Web. …``) with the site read as an author or a journal and the date it was read taken for the date issued.
- ``mla7_web.mla7_described_work``: MLA 7's ``Title. Digital image. *Site*. Publisher, 7 Apr. 2016. Web. 17 Dec.
  2016.`` with the description read into the title and the date the page was read taken for the date issued.
- ``web_sites.annotated_note_page``: a note's ``Cognition Labs, 'Enterprise Security,' Devin Documentation. SOC 2
  Type 2 certified … Available at: https://…`` (the comma inside the quotes, the writer's sentences about the page
  before its address) with the sentences read as the title or the names, or the site left in a note.
- ``web_sites.site_before_posted_date``: a note's ``“Title,” Pew Research Center, October 9, 2014. https://…`` (or
  ``“Title.” Cision PR Network. November 12, 2019. https://…``) with the site read as the publisher.
- ``web_sites.site_before_address_lead_in``: Harvard's ``Title, Harvard Business Review, Available at: https://…`` with
  the site read into the title.
- ``web_sites.site_before_address``: ``"Our Policies", figshare, https://…`` (no date) with the site read as the
  publisher.
- ``report_numbers.coded_number_and_institution``: ``"Title". LA-UR-11-04999, Los Alamos National Laboratory, Los
  Alamos, NM.`` with the code and the laboratory read as one note.
- ``report_numbers.report_number_closing_title``: natbib's ``Title. Technical Report NIST AI 100-1, Institution,
  2023.`` with the report's kind and number read into the title.
- ``report_numbers.code_closing_title``: ``Title, SP 800-163, | National Institute of Standards and Technology,``
  with the series' number read into the title.
- ``report_numbers.place_opens_publisher``: ``Los Alamos | National Laboratory, Los Alamos, NM`` with the
  publisher's first words read as a place.
- ``journal_tails.journal_before_nlm_article_id``: Vancouver's ``BJGP Open. 2021;5(2):BJGPO.2021.0011.`` or
  ``Eur Heart J. 2025;ehaf555.`` with the identifier's letters read as a name or a date.
- ``journal_tails.journal_before_nlm_numbers``: Google Scholar's Vancouver ``Title. nature. 2015 May
  28;521(7553):436-44.`` or ``… systems. 2017;30.`` with the journal read into the title or the date and
  the day as the volume.
- ``word_vancouver.empty_volume_block``: Word's Vancouver ``PROSPERO. 2017;: p. CRD42017078712.`` (the volume left
  empty) with the number read as a note and the registry as the publisher.
- ``vancouver_subtitles.subtitle_before_nlm_journal``: Vancouver's ``Title? Subtitle. Patient Educ Couns. 2015;98(8)``
  (or ``Title, KSA. Life Sci J. 2013;``) with the title's last sentence read into the journal.
- ``vancouver_sites.site_before_year``: NLM's ``Basak S. Drone Signals. GitHub. 2021.`` with the site read into
  the title, or as a place (``Title. Nasdaq. 2021.``).
- ``journal_tails.journal_before_harvard_numbers``: Scholar's Harvard ``Names, 2017. Title. Journal name, 30.``
  with the volume read as the page or the journal into the title; Elsevier Harvard's ``Journal Name 68, 118.``
  (the volume after the name, then the page).
- ``iop_journals.journal_before_iop_numbers``: IOP's ``… 2009 Environment-assisted quantum transport New J. Phys.
  11 033003`` (no marks between title, journal and numbers) with the journal's first words or all of it read into
  the title, the title into the journal, or the closing numbers as a note; ``iop_journals.outlet_closing_iop_title``:
  IOP's web page or online article ``… 2019 Rising sea walls in coastal towns BBC News`` (no numbers) with the
  outlet read into the title or as a publisher.
- ``iop_journals.imprint_after_iop_title``: IOP's book ``Agrawal G P 2007 Nonlinear Fiber Optics 4th edn (Burlington,
  VA: Academic)`` with the edition or the imprint read into the title, or a last initial with the year.
- ``iop_journals.book_in_iop_chapter``: IOP's chapter ``Oral histories as evidence Methods for the recovered past ed T
  Haddad (Palgrave Macmillan) pp 77–98`` (no mark between the title and the book) with the book read into the title;
  ``iop_journals.series_before_iop_page``: IOP's ``Title J. Phys. Conf. Ser. vol 1065 (IOP Publishing) p 052027``
  and ``Title Proc. Fifth Workshop RF Supercond. pp 518–526`` with the series read as a series or into the title.
- ``month_issues.month_issue_before_year``: *JHEP*'s ``JHEP 02 (2020) 046`` (issues numbered by month,
  no volumes) with the month's digits read as the volume.
- ``dotted_places.dotted_place_whole``: ``Yale University Press, U.S.A. (1986)`` with the place cut at a stop and its
  last letters read as an initial.
- ``numeral_titles.numeral_word_opens_title``: the RAS's ``Lavoué, F., 2014. 2D full waveform inversion …`` with
  ``2D`` read into the date.
- ``degree_abbreviation_before_work`` and ``degree_closing_title`` (degree_notes): ``“Title.” D. Phil. thesis,
  Oxford.`` with ``D. Phil`` read as a translator; ``Title. D. Phil. thesis. Oxford.``, ``Title. Diss.`` and IOP's
  ``Title PhD thesis (Place: School)`` with the degree read into the title.
- ``degree_notes.degree_and_school_note``: natbib's ``Title. Ph.D. Thesis, The Hebrew University of Jerusalem, 2020.``
  with the degree and the school read as one note.
- ``degree_notes.school_note_after_degree``: ``Title, PhD thesis, Université de Grenoble.`` with the school read as a
  note.
- ``degree_notes.field_before_school_after_degree``: Elsevier's Harvard ``Title (Ph.D. thesis). Civil Engineering,
  University of Minho.`` with the school read as a note, or the field as a place.
- ``collaborations.bracketed_collaboration_after_names``: INSPIRE's ``I. Adachi et al. [Belle-II],`` with the bracket
  read as a name.
- ``inspire_numbers.citation_key_apart``: INSPIRE's key ``Belle-II:2023esi (2024)`` read as a name and a date.
- ``inspire_numbers.journal_before_bracketed_year``: INSPIRE's ``Title, Les Houches 87 (2008) 371`` with the journal
  read as the title's last clause.
- ``inspire_numbers.volume_in_bracketed_year``: INSPIRE's ``Nonlin. Phenom. Complex Syst. 10 (2007) 347`` with the
  volume read into the date.
- ``inspire_numbers.erratum_bracket_apart``: INSPIRE's ``Nature 607 (2022) 52 [Erratum ibid. 612 (2022) E24]`` with
  the erratum's numbers read as the article's: the bracket is a note; ``inspire_numbers.inspire_link_read_as_imprint``:
  the closing ``[arXiv:…] [INSPIRE].`` read as a publisher.
- ``inspire_numbers.meeting_after_in_the_proceedings``: INSPIRE's ``Title, in the proceedings of the Snowmass 2021,
  Seattle, U.S.A., July 17–26 (2022)`` with the meeting read into the title or ``proceedings of the`` into the
  container: the meeting's name is the container and the place before its dates the event's place.
- ``inspire_numbers.journal_numbers_closing``: INSPIRE's ``Title, AIP Conf. Proc. **1381** (2011) 117 [arXiv:…]
  [INSPIRE].`` or ``Title, JCAP 06 (2019) 042 […]`` with the journal read into the title, the volume as the issue
  or the links into the page.
- ``optica_numbers.issue_and_page_read_as_date``: Optica's ``Science **381**(6653), 63 (2023).`` with the issue,
  the page and the year read as one date after the volume.
- ``inspire_numbers.journal_number_read_as_names``: INSPIRE's ``Title?, JHEP 02 (2020) 131`` with ``JHEP 02`` read as
  a second name list after the title.
- ``bracket_publishers.publisher_bracket_after_volume``: Optica's ``in Title, vol. 3492 (SPIE, 1999), pp. 665–675.``
  with the publisher read into the proceedings' title.
- ``glued_in.glued_in_book``: Scholar's Vancouver ``Title. InPolitical psychology 2004 Jan 9 (pp. 276-293). Press.``
  with ``In`` run into the book's title.
- ``patents.patent_number_apart``: ``U.S. Patent No. 6,285,999`` read as a journal with numbers or as the title.
- ``patents.inventor_role_apart``: Vancouver's ``Page L, inventor; Stanford University, assignee.`` read as names.
- ``nlm_imprints.imprint_before_nlm_date``: Vancouver's ``Title. macmillan; 2011 Oct 25.`` with the publisher in the
  title or the day read as a volume.
- ``nlm_imprints.imprint_before_unknown_date``: AMA's ``Leicester, England: Glenfield Hospital; [year unknown].`` with
  the mark of no date run into the publisher, or the publisher into the date.
- ``degree_schools.school_in_degree_bracket``: ``(Doctoral dissertation, University of Cambridge).`` and a Chicago
  note's ``(master's thesis, University of Toronto, 2014), 12.`` with the school read as a note or a place.
- ``degree_schools.school_head_in_degree``: ``Doctoral dissertation Massachusetts Institute of Technology, 2005.``
  with the school's first word read into the degree.
- ``degree_schools.shortened_school_read_as_place``: ``Title. diss. Univ. of Munich, 1927.`` with the shortened
  ``Univ.`` read as the town and the rest as the publisher.
- ``lower_publishers.lower_case_publisher``: Scholar's ``Title. sage, 2011.`` with the publisher, in lower case,
  read into the title.
- ``report_status.year_runs_into_title``: ``Albarella, U. 1996 Elms Farm, …`` with the title's first word read
  into the bare year.
- ``report_status.status_words_in_title``: ``…, a Neolithic database, Unpublished report.`` or ``forthcoming.
  Heybridge: …`` with the status read into the title.
- ``report_status.status_closes_journal``: ``Geochimica et Cosmochimica Acta, in press.`` with the status read into
  the journal's name.
- ``report_status.title_after_forthcoming``: ``Atkinson, M. forthcoming. Excavations at …`` with the title read
  as a note.
- ``chapter_imprints.publisher_after_colon``: ``Oxford: Oxbow Books. 147-76.`` with the publisher read as an
  edition.
- ``chapter_imprints.publisher_after_book_editors``: Taylor & Francis's ``in Book, R.B. Hopler, ed., International
  Society of Explosives Engineers, Cleveland, 1998,`` with the publisher read as a second book.
- ``chapter_imprints.publisher_closing_book``: ``Proceedings of … (ICAD 2008). IRCAM, Paris.`` with the publisher
  read into the book's title; ``chapter_imprints.publisher_after_book_comma``: Elsevier's ``in: Eds. (Eds.), Book,
  Federico & Ardia, Napoli,`` likewise after the book's comma; ``chapter_imprints.publisher_closing_book_before_date``:
  the plain style's ``In Proceedings of … Statistics. PMLR, April 2023.`` likewise before the date, and
  ``chapter_imprints.publisher_closing_book_before_pages`` the ACM's ``… Machine Learning. PMLR, 8007–8019.`` before
  the pages, ``chapter_imprints.publisher_before_year_semicolon`` the AMA's ``In: Eds, eds. Book. Harwood & Lyle;
  2015:141-151.`` before the semicolon and the year (or Vancouver's ``Book. Kalisz: Wydawnictwo …; 2016.``) and
  ``chapter_imprints.publisher_town_closing_book_before_pages`` Elsevier's Harvard ``in: Eds. (Eds.), Book. Harwood &
  Lyle, Bergen, pp. 141–151.`` with its town before the pages; ``chapter_imprints.publisher_and_days_read_as_pages``:
  PMLR's ``pages 1273-1282. PMLR, 20-22 Apr 2017.`` with the publisher and the days read as pages;
  ``chapter_imprints.town_closing_book_before_publisher``: the GSA's ``eds., Book: Singapore, World Scientific
  Publishing,`` with the town read into the book;
  ``chapter_imprints.town_opens_publisher_after_meeting_place``: the GSA's ``in Proceedings …, San Francisco,
  California, USA: New York, Association for Computing Machinery,`` with the meeting's place read as the imprint's.
- ``dash_sources.journal_after_title_dash``: the Nordic ecology journals' ``Title. – Proc. Natl Acad. Sci. USA 105:
  20770–20775.`` with the journal read into the title; ``dash_sources.book_and_house_after_editors``: their chapter's
  ``– In: Soulé, M. E. et al. (eds), Book. Island Press.`` (``… Book. Sinauer Associates, pp. 325–344.``) with the
  book and its publisher read as one span or the book's head as a town; ``dash_sources.house_after_dash``: their
  book's ``Title, 4th edn. – Blackwell.`` with the publisher read as a town.
- ``springer_citations.springer_book_meeting_series``: Springer's own ``In: Jones, N. (eds) ESOP '90. ESOP 1990.
  Lecture Notes in Computer Science, vol 432. Springer,`` with the meeting's year read as the date, the role word
  and the book as a date, or the series as a second book.
- ``title_continuations.title_words_read_as_source``: ``Title (PD) in a Norwegian fjord: …. J. Fish Dis.``, the
  ACS's ``… COVID-19 in Spain. Energy Policy 2021,`` and the NSCA's ``… in the Bench Press Exercise. Med Sci Sports
  Exerc 16:`` with the title's last words read as the source.
- ``title_continuations.subtitle_read_as_source_before_town``: author-date's book ``(2012). Title. Subtitle.
  Warszawa, p. 23.`` with the subtitle read as the source.
- ``publisher_first.town_closing_publisher``: a data set's ``NSIDC DAAC, Boulder, Colorado, USA`` with the town read
  into the publisher.
- ``publisher_first.publisher_comma_place``: British author-date's ``Book, Tempus, Stroud.`` or ``(eds) Book, Oxbow,
  Oxford, 266-69.`` with the publisher read into the place or as an edition.
- ``publisher_first.publisher_closing_work``: ``Encyclopedia of …, Garland, New York, 419-420.`` with the publisher
  read as the book's title's last clause.
- ``publisher_places.firm_after_town_in_place``: French's ``Berlin, Gebr. Mann, 1982.`` with the town and the firm
  read as one place before the year.
- ``publisher_places.town_opens_publisher_before_year``: ``Palerme, Aesthetica edizioni, 1992.`` with the town
  read into the publisher's name.
- ``publisher_places.comma_imprint_before_bracketed_year``: the humanities journals' ``Book – synchron, diachron,
  kontrastiv, Niemeyer, Tübingen (2005)`` with the book's last comma parts read into the imprint, or the title's
  last sentence into the publisher; ``publisher_places.natural_editors_open_comma_imprint``: ``L. Jaeckle (ed), Film
  Dialogue, Wallflower Press, London – New York (2013).`` with the editors, role and title read as one run of names.
- ``publisher_places.title_word_joined_to_town``: ``… te Amsterdam.Leiden: E.J. Brill, 1883.`` with the title's
  last word, joined to the town by a full stop, read into the place.
- ``publisher_places.place_in_publisher_name``: ``Berlin, Heidelberg: Springer Berlin Heidelberg.`` with the end of
  the publisher's name read as a second place.
- ``publisher_places.place_opens_publisher_name``: MLA's ``Buena Vista International, 1998.`` with the
  publisher's first words read as its place.
- ``publisher_places.publisher_after_place_read_as_container``: Vancouver's ``Title. Brussels, Belgium: European
  Observatory on Health Systems and Policies, 2004.`` with the publisher after the place's colon read as a container.
- ``publisher_places.town_closing_publisher_before_state``: ``Association for Computational Linguistics, Albuquerque,
  New Mexico, 163–172.`` cut between the town and its state, the town read into the publisher.
- ``publisher_places.region_code_read_as_publisher``: ``… 101-112. Denver, CO.`` with the state's code read as a
  publisher.
- ``presentations.presented_at_meeting``: AMA's and JMIR's ``Title. Presented at: Meeting; Jul 9-14, 2023; Toronto,
  Canada.`` with the meeting read as a container and its place as the publisher's: the meeting is the event.
- ``presentations.presented_after_initials``: IEEE's ``J. Oberheide, Android Hax, presented at Summercon, 10 June
  2010;`` with the title read into the names or cut at a comma of its own; ``meeting_after_initials`` the same
  before ``OWASP Toronto chapter meeting, 31 Mar. 2013;`` (no lead-in).
- ``presentations.presented_at_town_and_days``: ``“Title”, paper presented at the 9th Conference of …, Dublin,
  September 2-3, 2011.`` with the meeting read as a container (its days as pages) or a publisher and place.
- ``presentations.bracketed_presentation_at_meeting``: the Style Manual's ``'Title' [conference presentation],
  *Meeting*, Sharjah, accessed …`` with the meeting read as the container and its town as a publisher's place.
- ``presentations.presented_at_with_stops``: PLOS's ``Title. Scientific poster presented at: Meeting. Drummondville,
  Québec, Canada. 2024 May 25.`` with the meeting read into the title and its town as a publisher's place.
- ``presentations.meeting_read_as_publisher``: MLA's talk ``Name. "Title." Baruco Conference, Barcelona, 2013.`` with
  the meeting read as the publisher (or a book) and its town as the publisher's.
- ``presentations.presented_at_comma``: ``Title, presented at Hack In Paris, 20 June 2013;`` with the meeting read as
  the container or run into the title: the meeting is the event.
- ``outlet_names.site_run_into_quoted_title``: ``“Title”, Open Source Security | Podcast, | URL`` with the site read
  into the title: the words between the quote and the link are the container.
- ``colon_imprints.title_read_as_imprint``: ``2024, AutoCodeRover: Autonomous Program Improvement, URL`` read as a
  place and a publisher with no title: no gazetteer knows the place, so the two are the title.
- ``pipe_sites.site_after_bar``: a page named as a browser shows it, ``Title | Microsoft Learn``, with the bar in the
  title and the site as the publisher: the title, then the site as the container.
- ``titled_publishers.title_read_into_publisher``: ACM's ``Names. 1950. Threshold Signals. McGraw–Hill, New York.``
  with the book's title read into the publisher and no title read.
- ``musical_works.musical_work_title``: a recording's or score's ``Symphony No. 9 in D Minor, Op. 125`` read as a title
  cut at ``No.`` or as a note.
- ``lone_phrases.lone_phrase_is_title``: ``ICAM Governance Framework`` alone read as a name or a journal: the title.
- ``lone_phrases.closing_note_is_title``: ``UN Women. June 2020. Title`` with the title read as a note after the
  author and date, and no title, container or publisher read: the title.
- ``lone_phrases.named_report_is_title``: natbib's ``Google. Gemini technical report, 2023.`` with the title read as a
  genre.
- ``lone_phrases.unknown_genre_is_title``: the USGS's ``…, 2010, Git web page: accessed …`` with the title read as a
  description, where none names a kind of work and no title was read.
- ``iso_dates.iso_date_part``: ``Anthropic, 2026-04, “Project Glasswing: …”, URL`` with the ISO date and the names
  before it read into the title or a note; ``iso_dates.site_before_closing_date``: ``GCC team, Options for Directory
  Search, GCC Manual, 2023-07-27.`` with the parts run together: the author, the title, the site, then the date.
- ``site_dates.site_before_bracket_date``: OpenStax's ``“Title,” SkuLocal (November 12, 2018), accessed …`` with the
  site read into the title, a journal or the access note: the site is the container, the bracket the date;
  ``site_dates.bracket_date_after_link``: OpenStax's ``… http://www.fjc.gov/… (March 1, 2016).`` with the bracket
  after the closing link read as the page's date: it is the day of the visit.
- ``years.year_closing_title_before_imprint``: Nature's ``Energy Statistics 2020 (Springer, 2021).`` with the
  title's year read as the date.
- ``online_sites.site_before_address_and_year``: Nature's ``Title. Our World in Data https://… (2020).`` with the
  site read into the one work.
- ``online_sites.site_before_online_date``: NLM's ``Title. Ausmed [Internet]. 2015 Jun 10.`` and AMA's ``Title.
  FiveThirtyEight. Published online March 10, 2016.`` with the site read into the title: it is the container.
- ``nlm_site_parts.site_before_page_title``: Vancouver's ``RIVM. RIVM [Internet]. [cited 2025 Mar 7]. Page title.
  Available from: https://…`` with the site read as the title and the page's title as a container or a note.
- ``online_sites.site_after_online_mark``: Harvard's ``Title. [online] Site Name. Available at: https://…`` with the
  site after the medium read as the publisher, or with the medium into a note: it is the container.
- ``online_sites.page_title_after_title``: a generator's ``Title, Title | Site. Available at: https://…`` with the
  page's own title read into the title: it is the container.
- ``closing_imprints.publisher_closes_dated_title``: author-date's ``Thomas, R. 2017. Title. Bank of England.`` with
  the publisher read into the title: the title's last sentence, closing the reference, is the publisher;
  ``closing_imprints.imprint_closes_dated_title``: Harvard's ``OSCR (2022) Title 2021-22. Dundee: Office of …`` with
  a known town, its colon and the publisher read into the title; ``closing_imprints.imprint_closes_title_before_year``:
  BibTeX plain's ``Title. Prentice-Hall, Englewood Cliffs, New Jersey, 1st edition, 1973.`` with the publisher and its
  town read into the title; ``closing_imprints.town_and_publisher_closing_title``: Italian and French lists'
  ``Title, Lecce, Milella.`` with the town and the publisher after it read into the title.
- ``kind_words.product_name_read_as_kind``: the ACM's ``Ai2. 2026. Asta Paper Finder. https://…`` with the product's
  name read as a genre and no title.
- ``kind_words.name_before_link_read_as_note``: ``[43] ARPACK software, http://….`` read as a note and a link alone.
- ``kind_words.catalogue_kind_read_as_names``: a chapter's ``…, edited by Mary Morton, 1–29. Exh. cat. Los Angeles:``
  with the catalogue's kind read as one more name; ``kind_words.catalogue_kind_after_italic_book``: ``In *Title.* Sale
  cat. Sotheby’s, New York,`` with the kind and the auction house read into the book's title.
- ``kind_words.exhibition_catalogue_as_publisher``: ``*Title*. Exh. cat. Nyon.`` with the catalogue's kind (and the
  town or the venue) read as the publisher: the genre, the place closing the reference, the venue a note.
- ``kind_words.kind_after_title``: ``"Title", blog, 25 Nov. 2015;`` (``GitHub repository``, ``forum thread``) with the
  kind of work read as a second author or as the journal: it is the genre.
- ``closing_bodies.body_before_year``: ``B. Weis, IEEE 802 Privacy Threat Analysis, Cisco Systems, 2016; URL`` with
  the body read as a journal, a place or an author, or run into the plain title: it is the publisher;
  ``closing_bodies.et_al_journal_in_title``: ``Stanaway et al, Title, Lancet, July 2016. Available at: …`` with the
  journal run into the title before a link or an access date;
  ``closing_bodies.body_before_link``: ``Title. (2018). Elia Group. https://…`` with the body before the link read
  as a journal: a firm's or an agency's name, with no access date, is the publisher.
- ``kind_words.kind_sentence_before_body``: ``Title. Interim Statement. Commission on Social Determinants of Health.``
  with the report's kind read into the publisher, or ``Final Report.`` read as a container before it.
- ``kind_words.kind_closes_title``: ``iOS Security, white paper, Apple, 2016.`` with the kind read into the title: the
  kind is the genre and the body after it the publisher.
- ``kind_words.release_sentence``: ``“Title.” Press release. 1992.`` with the release's kind read as the journal or
  the publisher: it is the genre (a date and a body it ran on to, the date and the publisher).
- ``data_notes.provenance_sentence_is_note``: a data set's ``"Title". Data extracted from Table 15.`` (``Based on
  data from …``) read as a container or into the title: a note.
- ``database_notes.provider_after_database``: Australian Harvard's ``viewed 2 April 2009, Academic Search Complete
  database, EBSCOHost,`` with the provider read as a place (and a Chicago note's ``Box 3, Folder 9, Wilson fonds,
  Dalhousie University Archives, Halifax,`` with the archive's town).
- ``database_notes.archive_after_periodical_date``: Chicago's ``“Two New Nations,” Time, 7 October 1966: 58. Time
  Magazine Archive.`` with the archive read as a second journal and the page into the date.
- ``catalogue_numbers.catalogue_number``: Australian Harvard's ``*Title*, cat. no. 8147.0, November,`` with the
  catalogue number read as a journal and its issue.
- ``catalogue_numbers.office_catalogue_number``: Statistics Canada's ``Health Reports. Supplement to Vol. 18. December.
  Statistics Canada Catalogue no. 82-003-SPE.`` with the number read as the issue and the rest into the journal.
- ``presentations.talk_in_note``: Chicago's note ``"Title" (lecture, Course, University, May 26, 2014)`` or ``(paper
  presented at Meeting, Place, Date)`` read as a note or a container: the host is the publisher, the meeting the event.
- ``media_notes.talk_filmed_note``: Chicago's note ``“Title,” filmed January 4, 2011, in Houston TX, TED video, 20:49,``
  with ``filmed`` read as a journal: the talk's date and place, its medium and running time.
- ``media_notes.podcast_episode_note``: Chicago's note ``…, in *Serial*, produced by …, podcast, MP3 audio, 52:00,``
  with the show read as a title, the producers as editors and the running time as a volume and page.
- ``media_notes.album_facts_in_note``: Chicago's note ``track 8 on *Nancy and Lee*, Hollywood: Reprise RS-6273, 1968,
  33⅓ rpm`` with the album, label and catalogue number read into the title or as a journal and its numbers.
- ``media_notes.running_time_after_medium``: a note's ``YouTube music video, 05:33,`` read as a container and a
  volume: the medium and its running time.
- ``media_notes.aired_on_network``: a note's ``aired October 18, 2017 on Channel 4, television broadcast`` read as one
  date: the date, the network as publisher, the kind of broadcast.
- ``media_notes.distributor_then_medium``: a film's ``(2018; Walt Disney Studios Motion Pictures), Netflix.`` (or the
  entry's ``2018; Studio. Netflix.``) with the medium read into the publisher: the distributor, then the medium.
- ``rsc_journals.abbreviated_journal_closing_title``: the RSC's ``Title, J. Open Source Softw., 2023, 8, 5118.`` with
  the journal read as the title's last clause.
- ``rsc_journals.journal_after_rsc_names``: the RSC's title-less ``G. H. Callcott, American Archivist, 1958, 21,
  18–22.`` with the journal read as the last author.
- ``web_sites.site_before_bracketed_year``: Elsevier's web page ``Title, GitHub (2021). https://…`` with the site
  read into the title.
- ``web_sites.host_site_after_date``: ``Title, May 2020. Xbox.com. URL: …`` with the site read as a second title.
- ``bracket_editions.edition_in_imprint_bracket``: Science's ``Title (Wiley, ed. 2, 2001)`` with ``ed. 2`` read
  as a volume or into the publisher, the publisher as an editor.
- ``rsc_journals.title_alone_before_rsc_numbers``: the RSC's title-less ``H. T. Dickinson, Literature and History,
  1978, 8, 175–196.`` with the journal read as the title.
- ``rsc_books.publisher_before_edition``: the RSC's ``Title, Springer, 5th edn, 2007.`` with the publisher read into
  the title or the edition.
- ``rsc_chapters.rsc_chapter``: the RSC's title-less chapter ``E. Jansma, in Book, eds A. Carmiggelt and P. J. W. M.
  Schulten, CvAK, 2002, pp. 111–114.`` with the authors read as editors, the editors into the book or the names.
- ``bold_years.bold_year_after_journal``: MDPI's ``*PLoS ONE* **2018**, *13*,`` with the bold year read into the
  journal (or ``Title. *Work* **2020**,`` read on as the title); ``bold_years.roman_journal_before_bold_year``:
  MDPI's ``… in Madrid, Spain. Medicine (Baltimore) **2021**, 100,`` with the roman journal read as the place.
- ``name_ends.etal_closes_names``: Nature's ``Bakir, B. B. et al. Low-loss (<1 dB) and …`` with the title's first
  words read into the names; ``name_ends.etal_then_title_before_date``: ``F. Chollet et al. Keras, 2015.`` with the
  whole short title read into the names; ``name_ends.area_dash_closes_names``: French ISBD's ``ROBERT, Gilles . - Le
  Festival …`` with the title's first word (or the dash) read into the names;
  ``name_ends.plus_joined_firm_opens_title``: ``Alison Killing, Richard Rogers + Architects (exhibition review),
  Blueprint`` with the practice's first name and its ``+`` read as a last author.
- ``year_publishers.publisher_read_as_late_name``: BibTeX's ``…, pages 8:1–8:20. Schloss Dagstuhl, July 2022.`` with
  the publisher read as a second author after the book's numbers.
- ``encyclopaedia_editors.britannica_citation``: the Britannica's cited entry ``Britannica, The Editors of
  Encyclopaedia. "Title". Encyclopedia Britannica, 29 Dec. 2017, …`` read with the head and the title in the container.
- ``encyclopaedia_editors.work_editor_after_entry``: ``“Ornaments”, Grove Music Online, ed. L. Macy (accessed …)``
  with the work's name split between the title and the editors.
- ``apa_web_tails.publisher_or_site_in_title``: APA's ``Peripleo [Computer software]. The British Library. Retrieved
  …`` and ``Spectrum. Collections Trust. Retrieved …`` with the publisher or the site read into the title.
- ``archive_numbers.archive_report_number``: the IACR's ``Cryptology ePrint Archive, Report 2019/844, 2019.`` with
  the archive's number read as a date and a volume.
- ``year_volumes.year_volume_with_issue``: BibTeX's ``IACR TCHES, 2018(3):21–43, 2018.`` with the volume, a year,
  read as a date and the journal as a publisher.
- ``bibtex_in_editors.editors_then_book``: BibTeX's ``In E. Editor and F. Editor, editors, CRYPTO 2013, Part I, volume
  8042 of LNCS, pages 40–56.`` with the book's name read into the editors or the role word into the book.
- ``year_volumes.year_volume_after_journal``: Chicago's ``2011. “Title.” *Int. J. Evol. Biol.* 2011. https://doi.org/…``
  with the journal's volume, a year, read as a second date.
- ``documentation_pages.documentation_by_name``: a student's ``Node.js Documentation, v18 LTS. OpenJS Foundation.
  Available at: …`` (no author, no date) with the name and version read as names or the body into the title.
- ``software_releases.italic_release``: Zenodo's ``*owner/repo: Release 1* v1.0 (2021).`` with the repository read
  as a DOI or a journal and the release's number as an issue.
- ``group_abbreviations.group_with_short_name``: Vancouver's ``NCD Risk Factor Collaboration (NCD-RisC). Title.``
  with the group cut at its bracket.
- ``collaborations.collaboration_opens_names``: ``Astropy Collaboration, Robitaille, T. P., …`` with the
  collaboration read as a note before the persons: it is the first author;
  ``collaborations.collaboration_number_alone``: ``ATLAS Collaboration,ATLAS-CONF-2015-045.`` read as one note: the
  collaboration is the author.
- ``collaborations.collaboration_title_in_note``: ``Planck Collaboration, Title, arXiv:1502.01589.`` or ``CMS
  collaboration, Title, CMS-PAS-HIN-16-006 [INSPIRE].`` read as one note; ``collaborations.collaboration_title_whole``:
  INSPIRE's ``PLANCK collaboration, Planck 2018 results. VI. Cosmological parameters, Astron. Astrophys. 641 …`` with
  the title's words read as a date, a name or a note.
- ``year_colon_pages.publisher_before_year_colon``: a note's ``Title. SAGE, 1991: 252-255.`` with the publisher read
  as a journal, or the book's title as a container beside the publisher.
- ``year_publishers.publisher_after_proceedings_year``: BibTeX ``plain``'s ``In Eds., editors, Proceedings …, pages
  64–72, Austin, TX, 2017. SciPy. doi:…`` with the publisher after the year read as a journal.
- ``page_words.page_word_before_pages``: ``Proceedings of the eighth international conference on APL Pages 255 - 258``
  with ``Pages`` read into the container.
- ``page_words.number_after_page_word``: Harvard's ``12(10), p. 641, [online].`` with the page's number read as a
  container; ``biblatex_parts.series_volume_read_into_title``: a book's ``*Handbook of Categorical Algebra*. Vol. 1.
  Encyclopedia of Mathematics and its Applications. Cambridge University Press`` with the series read into the title.
- ``page_words.publisher_in_pages_before_year``: Quantum's ``Pages 49–58. IEEE (2021).`` with the publisher read into
  the pages.
- ``page_words.publisher_in_closing_pages``: BibTeX's plain ``In *Proceedings …*, pages 1315–1319. IAENG. ISBN …`` with
  the publisher read into the pages.
- ``page_words.bracketed_pages_opening_publisher``: APA's ``*Book* (pp. 1877–1901). Curran Associates.`` with the
  bracketed pages read into the publisher.
- ``page_words.year_after_page_word``: BibTeX's plain ``…, volume 13, page 20, 2013.`` read as one pages span.
- ``page_words.worded_page_range``: Statistics Canada's ``pp. 53 to 70.`` with ``to 70`` read apart from the pages.
- ``page_words.issue_read_into_pages``: IEEE-like ``vol 3, no2, pages 99-111`` with the issue read into the pages.
- ``bibtex_proceedings.short_name_opens_publisher``: natbib's ``Proceedings of … Systems (NeurIPS’20). Curran
  Associates,`` with the meeting's short name read into the publisher.
- ``bibtex_proceedings.publisher_after_pages``: natbib's ``…, pages 1437–1446. Proceedings of Machine Learning
  Research, 2018.`` with the publisher read as a second proceedings' title.
- ``bibtex_proceedings.publisher_closing_proceedings``: ACM's ``In Proceedings … (OSDI'04). USENIX Association, San
  Francisco, CA, 137–150.`` with the publisher read into the proceedings' title.
- ``bibtex_proceedings.short_name_year_read_as_pages``: APS's ``…, PLoP ’20 (The Hillside Group, 2022), pp. 1–11.``
  with the short name's year read as the pages.
- ``bibtex_proceedings.year_closing_proceedings``: ``In Proceedings of … (ICLR’20), 2020. Published online:
  iclr.cc.`` with the year read into the proceedings' title.
- ``page_words.years_before_marked_pages``: ``Mémoire de l'Académie du Gard, 1868-1869, pp. 45-56.`` with the
  volume's years read into the pages.
- ``page_words.paragraph_is_note``: ``Pocock, "Classical History," ¶ #2.`` with the paragraph read as the page.
- ``page_words.bracketed_page_count``: the APS's ``Applied Physics Letters, 163105 (3 pp.).`` with the count's
  number read as an issue.
- ``page_words.front_matter_read_as_volume``: a book's ``xii, 416 pages.`` with the roman front matter read as a
  volume.
- ``venue_year.meeting_year_after_apostrophe``: ``In SIGMOD '21, pages 1-14.`` with the year's two digits after the
  meeting's acronym read as the volume or the pages.
- ``place_lists.towns_before_semicolon``: a catalogue's ``3rd ed. Lincoln ; London: University of Nebraska Press``
  with the first towns read into the edition or the title.
- ``place_lists.slashed_towns``: ``Dordrecht/Boston/Lancaster, D. Reidel Publishing Company`` with the last town read
  into the publisher or the publisher's initial into the towns.
- ``place_lists.place_head_before_imprint``: a Chicago imprint's ``(Cambridge and New York: Cambridge University
  Press, 2016)`` with ``(Cambridge and`` read as a publisher before the place.
- ``place_lists.town_head_read_as_publisher``: biblatex's ``Tampa Bay, FL, USA: ACM`` with the town's first word
  read as a publisher before the place.
- ``quotes.quoted_words_inside_title``: a book's ``… Investigation Into the “Ecclesial” Notions of the Apocalypse.``
  cut after the word it quotes.
- ``possessives.plural_possessive_in_title``: ``Japanese and Korean Speakers' production of …`` with the apostrophe
  read as a quote opening the title.
- ``editors.family_before_editor_initials``: ``In: Book. Hague, R. (Ed.).`` with the editor's family name read into
  the book's title.
- ``bracket_series.series_opens_bracketed_imprint``: the SBL's ``1 Corinthians (AB; Garden City, N.Y.: Doubleday,
  1976).`` with the series read into the title, a journal or the place.
- ``typescript_theses.typescript_thesis_imprint``: ``Diss. (masch.) Université de Lorraine 2012.`` with the school
  and year read into a note after the typescript mark: the school is the publisher, the year the date.
- ``editors.body_editor_opens_title``: Chicago's ``Genossenschaft der bildenden Künstler Wiens, ed. Katalog Der XI.
  Jahres-Ausstellung in Wien. Wien, 1880.`` read as one title: the names before ", ed." are the editors.
- ``bracket_series.series_bracket_before_town``: ``Title (Hermaea 68), Tübingen 1992.`` with the German humanities'
  bracketed series read into the title: it is the series, between the title and the town and year.
- ``bracket_series.series_closing_bracket``: ``Paris, 1960 (Cahiers des Annales 16).`` with the series closing a book
  read as a note, or its first word as the volume.
- ``bracket_series.series_bracket_after_imprint_year``: German's ``New York [u. a.]: Lang 2000 (Studies in European
  Thought, Vol. 3). – 302 S.`` with the series read into the title or as a journal and ``[u. a.]`` into the place.
- ``bracket_series.series_number_bracket_closing_work``: linguistics' ``Bare (Languages of the World/Materials,
  100.) München: …`` and ``Book (Committee on Ethiopian Studies Monograph, 5), 377-392.`` with the series read into
  the title or the book.
- ``mla_imprints.container_before_publisher``: MLA's ``“Metaphor.” Oxford English Dictionary. Oxford University
  Press, 1992.`` with the work the part is in read into the publisher.
- ``mla_imprints.book_before_imprint``: ``“Title.” Book, Abingdon-on-Thames: Routledge, pp. 117–44.`` with the book
  read into the publisher.
- ``mla_imprints.volume_after_marker``: MLA 9's ``8th ed., vol. E, W. W. Norton,`` with the volume's letter read into
  the publisher.
- ``title_first.edition_after_title_in_author_place``: a note's ``Companion to Chaucer Studies, Rev. ed., Oxford UP,
  1979`` with the title read as the author.
- ``title_first.title_in_author_place``: APA's ``Good chemistry. (1996, September). Magazine, 44(1),`` (no author,
  the title in its place) read as a person.
- ``title_first.names_after_italic_title``: a reading list's ``*Title.* J. Pedro Romera, Antonio Morite y Sebastián
  Montoso.`` with the title's first sentence read as the author or the names as a town or a publisher.
- ``book_series.journal_read_as_series``: ``"Title", Proceedings of the … Society, 20 (1990) 10-24.`` with the
  journal read as a series.
- ``named_venues.venue_read_as_edition``: ``Title, SEG Technical Program Expanded Abstracts, v. 27, pp. 716-720``
  with the venue read as an edition.
- ``named_venues.acronym_venue_closes_title``: the plain style's ``Title. ECAI, pages 98–102, 2006.`` with the
  meeting's acronym read into the title.
- ``proceedings.neurips_number_in_title``: ``Advances in Neural Information Processing Systems 5 (NIPS*92),`` with
  the title's number read as the volume and the short name as the issue.
- ``proceedings.proceedings_word_alone``: IEEE's ``in Proc. IEEE Int. Conf. Syst., Man, Cybern. (SMC),`` with ``in
  Proc.`` read alone as the container and the meeting's name as a journal.
- ``proceedings.abbreviations_after_proceedings``: IEEE's ``in Proc. IEEE Int. Conf. Robot. Automat., 2003,`` with
  the last abbreviated words read as a publisher.
- ``ieee_series.series_after_ser``: IEEEtran's ``Convex Optimization. ser. Cambridge Series in Applied Mathematics.
  Cambridge:`` with ``ser.`` and the series read into the title, a journal or a series cut short.
- ``volumes.volume_closing_journal``: ``Memorie della Reale Accademia dei Lincei 2. 31–113.`` with the volume read
  into the journal's name.
- ``dangling_of.venue_after_of``: ``In Proc. of PODC, 1997.`` or ``Comm. of the ACM,`` with the acronym read as the
  publisher.
- ``dangling_of.publisher_cut_before_of``: ``… and the Lincoln Institute of Land Policy.`` with ``of Land Policy`` read
  as a source after the publisher.
- ``dangling_of.preposition_before_colon``: IEEE Xplore's ``2013 IEEE Conference on: IEEE;`` with the meeting's
  closing ``on`` read as the town before the publisher.
- ``iop_heads.names_and_year_in_title``: IOP's ``Finnis M 2003 *Interatomic Forces in Condensed Matter* (Oxford
  University Press)`` (or a group's ``Google 2017 Privacy Policy.``) read as one title, no names and no year read.
- ``iop_heads.names_before_year_read_as_work``: IOP's thesis ``Ndayishimye J 2016 PhD Thesis University of …``
  with names no list knows read as the title or a journal.
- ``iop_heads.year_after_names_in_title``: AAA's ``Kant, Immanuel 1997 Groundwork …`` with the given name and the
  year read into the title.
- ``iop_heads.group_and_year_before_title``: AAA's and IOP's ``OECD 2022 The Role of …`` (or ``CMS Collaboration 2012
  Observation …``) with the group read as a note or an outlet, the year apart or inside it.
- ``iop_heads.italic_book_before_editors``: IOP's chapter ``Title *Book* ed E Pavarini and E Koch (Publisher) ch 3``
  with the book read into the title; ``iop_heads.names_read_before_year``: IOP's ``…, Lee J, Youn S W, Youm D and
  Semertzidis Y K 2020 arXiv preprint …`` with the last names read as the title.
- ``short_notes.short_note_of_names``: ``Nisbet et. al., 74.`` (the surnames and the page) read as a volume.
- ``short_notes.short_note_plain_title``: Chicago's short note ``Bricker, Visual Acoustics.`` read as one name: words
  that are no given names (a possessive, words rare in names) are the shortened title.
- ``section_locators.chapter_or_section_locator``: a note's ``1953 ch. 4`` or ``*Title*, § 47,`` with the chapter or
  section cited read as a page or a volume; ``section_locators.standard_edition_locator``: a note's closing ``Ak.
  4:260`` read as a title, a volume and a page.
- ``page_lists.page_list_after_imprint``: a book note's ``McGraw-Hill, 2006. 289, 317.`` with the pages cited read as a
  volume and a page.
- ``short_notes.short_author_date_note``: an author-date note's short form ``Croke 1987.``, ``Jaillant (2013)`` or
  ``Murray, pp. 266–267.`` with the surname read as a title or a journal.
- ``short_notes.italic_book_before_year_and_page``: a note's ``T. James Luce, *The Greek Historians*, 2002, p. 26.``
  with the italic title read as a journal.
- ``short_notes.short_note_plain_title_page``: a Chicago short note ``Pollan, Omnivore's Dilemma, 3.`` with its title's
  italics lost, read as a journal and its volume.
- ``short_notes.book_note_plain_title``: a note's ``Frederick Douglass, Life and Times of Frederick Douglass (1892), p.
  280-282`` (italics lost in copying) with the title read into the names or as a container.
- ``short_notes.short_note_of_book``: a Chicago short note ``Larsen et al., *Decline and Fall*, 43.`` read as a
  journal and its volume.

The mends written on real physics and computer-science lists run in three groups (``gated.gated``),
each only where the labels it mends are read:

- ``name_ends.italic_opens_title``: ``J. Backus, *Can Programming …*`` with ``*Can`` read among the names.
- ``name_ends.initials_take_family``: ``and S. Hammarling, Algorithm 679: …`` with ``Hammarling,`` in the title
  (or ``M.P. Teter Phys. Rev. B`` with ``Teter`` in the journal).
- ``name_ends.family_opens_book_title``: physics' ``R. W. Hockney and J. W. Eastwood, Computer Simulation …
  (McGraw-Hill, New York, 1981).`` with ``Eastwood,`` read as a container, found once the book's title is settled.
- ``name_ends.names_run_into_title``: ``…, Shaoqing Ren, and Jian Sun. Deep residual …`` in the title.
- ``name_ends.iop_names_as_journal``: IOP's ``Hunter J D 2007 Matplotlib …`` with the name read as a journal.
- ``name_ends.body_before_italics``: ``R Development Core Team, *R: A Language …*`` read as one title.
- ``title_heads.title_head_apart``: ``J. Ba. Adam: A method …`` with ``Adam:`` among the names or a place.
- ``edition_title.edition_and_series_in_title``: the ACS's ``Title, 4th ed.; Series, Vol. 21;`` read as one title.
- ``edition_title.title_before_edition``: ``Classical Electrodynamics, 3rd ed.`` read as the edition;
  ``edition_title.title_words_in_edition``: ``Island biogeography: ecology, evolution and conservation, 2nd edn.``
  with the title's last words read into the edition;
  ``edition_title.numbered_sentence_closing_title``: a title's second sentence ``150 Jahre IHK Darmstadt …`` read as
  the edition.
- ``edition_title.title_and_edition_in_note``: CSE's ``2002. | Biology. 6th ed. | Boston (MA):`` with a short
  title and its edition read as one note.
- ``edition_title.ordinal_apart_from_word``: the ACS's ``*Title*, 7th | ed.; Wiley:`` with the ordinal read into
  the title and its word into the imprint.
- ``edition_title.edition_word_apart``: ``2nd edn, Elsevier`` with ``edn,`` read as a place, or ``7th ed. Edinburgh:``
  with ``ed.`` heading it.
- ``in_book.in_opens_book``: ``P. W. Shor, in Proceedings of …`` read with ``Shor,`` in the container.
- ``in_book.book_after_bare_in``: PNAS's ``Title in International Conference on …, (Springer, 2022), pp. 3–15.`` with
  the proceedings read into the title.
- ``in_book.chapter_read_as_journal``: ``(Wiley, New York, 1999), Chap. 2, pp. 5-9`` with ``Chap. 2`` read as a
  journal and its volume.
- ``in_book.title_word_in_read_as_book``: ``Administrative Behaviour: A Study of Decision-Making Processes in
  Administrative Organization (3rd edn) (Publisher, Place).`` with the title's own ``in`` read as a chapter's.
- ``in_book.in_book_before_imprint``: APS's ``Title, in Book (Springer, Berlin, 2006), Chap. 8`` read as one title.
- ``in_book.pages_closing_title_before_in``: BibTeX-Ruby's ``Title. 221–238 In *Book*. Publisher, 2014.`` with the
  page range read into the title.
- ``in_book.in_book_read_into_title``: ``Title. In Sensor Fusion and Networked Robotics | VIII,`` or APS's ``Title,
  in 2019 Design, Automation | & Test …`` with the book's first words read into the title.
- ``in_book.title_before_in``: ``MapReduce: Simplified …. In OSDI,`` read as one container.
- ``in_book.lone_in_before_book``: ``Title. In Proceedings of … (CHI ’08). ACM, …`` with ``In`` read alone, as a note or
  a journal, before the proceedings.
- ``in_book.in_note_is_book``: Wiley's ``Title, in Classic Works of …, Springer, pp. 57–72.`` with the book read as
  a note.
- ``news_sections.section_apart``: a newspaper's ``sec. B6`` read as the pages or the publisher.
- ``news_sections.paper_read_as_place``: Chicago's ``Chicago Tribune, August 5, 2019, sec. 1, 4.`` with the paper
  read as a place; ``news_sections.paper_named_as_place``: a note's ``“Title,” Chicago Tribune, January 7, 2010,
  accessed …`` with the newspaper's name read as a place.
- ``news_sections.page_closing_day``: a Chicago note's ``New York Times, October 10, 2010, 12.`` with the page
  read into the date.
- ``news_sections.paper_read_as_publisher``: a note's ``“Title”, Philadelphia Press (April 10, 1865), p. 4`` with the
  paper read as the publisher; ``news_sections.paper_read_as_title``: the RSC's title-less ``B. Carey, The New York
  Times, 2019.`` with the newspaper read as the title.
- ``title_islands.glued_number_in_title``: a chemical name's ``bis-dioxopiperazine(+)-1,2-bis(3,5-…)`` with its
  glued numbers read as an issue between two parts of the title; ``title_islands.numbered_part_in_journal``: a
  numbered part's sentence after the title, ``… status. I: Ca, Cu, Fe, Mg, and Zn. Clin Chem``, read into the journal;
  ``title_islands.formula_bracket_in_title``: the ACS's ``… of H-MX2 (M = Cr, Mo, W; X = O, S, Se, Te) Monolayers``
  with the bracket's symbols read as names inside the title.
- ``glued_heads.glued_head_apart``: PDF text's ``… wave detectorClass .Quantum Grav .32`` or ``… statesarXiv
  :1707.06434`` with the journal's (or identifier's) head glued to the title's last word.
- ``sections.lettered_volume_in_pages``: the RSC's ``Acta Cryst., 2004, B60, 76–79.`` or the ACS's ``Neuron 2018, 99,
  1129−1143.`` read as one page span.
- ``sections.section_letter_volume``: ``Physica A96, 327`` read as journal ``Physica A96`` and volume ``327``,
  or ``Phys. Rev. D80`` with ``D80`` read as the volume.
- ``bracket_years.numbers_beside_year``: ``79 ( 1)( 2016)014401`` with the issue read into the date,
  ``70 ( 1993),1704`` with the page, or ``1- 132 (2014 )`` with the date read into the pages.
- ``bracket_years.bracketed_year_read_as_issue``: the German ``Archiv für … 20 (1904), S. 1–54.`` with the year read
  as the issue.
- ``bracket_years.issue_number_read_as_date``: Chicago's ``139, no. 1865 (Winter, 1998)`` with the issue read as
  the year.
- ``bracket_years.number_before_bracketed_year``: British humanities' ``Journal of Roman Studies, 99 (2009), pp.
  61–91`` with the volume read as a page.
- ``bracket_years.coverage_years_closing_title``: a data set's ``… stations data (1853-current). 2012.`` with the
  years it covers read as its date.
- ``bracket_years.period_closing_title``: ``Island on European Maps (1300–1500). In: …`` with the period the title
  treats read as the date or the pages while the reference gives its own year later.
- ``physics_numbers.page_in_date``: ``Applied Optics 38(33) 6818 (1999)`` with the page read into the date.
- ``physics_numbers.range_end_apart``: ``( 1991),1185 -1197`` with the range's end read as a note.
- ``multivolume.years_then_volume_count``: ``(Chicago: …, 1971-1989), 5 volumes.`` with the years and the count read
  as pages: the years close the imprint's bracket as its date, the count after it is a note.
- ``multivolume.publication_years_as_pages``: ``(Washington: Carnegie Institution, 1914–1921).`` with the years
  read as pages.
- ``multivolume.volume_count_closing_title``: ``*Title* (5 vols.). Cuneo:`` with the count of volumes in the title
  (a note; a count of pages, ``(318 pp.)``, the page).
- ``note_titles.report_kind_in_imprint_bracket``: a report's note ``Title (Draft Report, Melbourne: …, 2012)`` with
  the report's kind read into the title or the place.
- ``note_titles.title_runs_to_imprint_bracket``: a Chicago note's ``Making It Work: A Handbook for Reading, Writing,
  Language and Media (Toronto:`` with the title's last words read as a journal.
- ``multivolume.series_before_imprint_bracket``: a Chicago note's ``Revelation, vol. 16, Sacra Pagina (Collegeville:``
  with the book read as a journal and its series as the place.
- ``multivolume.book_of_volume_as_issue``: ``Vol. 2, bk. 2, Cartography in …`` with the book's number read as an
  issue.
- ``multivolume.years_after_issue``: ``8, no. 3 (1999–2000): pp. 583–629`` with the years read into the issue.
- ``physics_numbers.lone_number_is_volume``: APS's ``J. Nanomater. 2017 (2017).`` with the volume read as the page.
- ``volume_page.volume_page_after_journal``: ``Light Sci. Appl. 8, 88 (2019).`` with the volume and page read as
  the issue, or ``Research 2019, 8345683 (2019).`` with them read into the date.
- ``physics_numbers.arxiv_number_is_no_page``: ``64, 1 (2010), 0908.3425`` with the arXiv number read as the page.
- ``physics_numbers.arxiv_id_whole``: ``arXiv:2005.14165 (2020)`` with ``2005.`` read as the year and ``14165`` as
  the page.
- ``volume_page.volume_in_issue``: ``2005. 14(8): p. 983-95`` read as the issue, or ``May 2005 10(2)`` with the
  volume read into the date.
- ``volume_page.page_in_volume``: ``New J. Phys. **10** 065022`` or ``Ann. Phys. 303 2`` read as one volume.
- ``volume_page.volume_in_pages``: IOP's ``*Fusion Eng. Des.* **98–99** 2227`` read as one page span.
- ``volume_page.volume_issue_in_pages``: the ACS's ``2006, 175 (11–12), 713–720.`` read as one page span.
- ``volume_page.bracketed_issue_opening_pages``: Elsevier's ``6 (s1), 185–195.`` with the issue read into the pages.
- ``volume_page.thousands_page_cut_in_volume``: AGU's ``*J. Geophys. Res., 102*, 15,057-15,072.`` with the first
  page's thousands read into the volume.
- ``volume_page.bold_volume_in_journal``: IOP's ``Scientific Reports **3** pp 1117`` with the volume read into the
  journal.
- ``volume_page.article_id_cut_at_digits``: OUP's ``The Economic Journal, ueae098.`` with the identifier's letters
  read into the journal.
- ``volume_page.issue_without_volume``: Vancouver's ``Cochrane Database Syst Rev 2007; (2): CD005002.`` with the
  bracketed issue read as the volume.
- ``venue_year.year_after_identifier``: ``CoRR, abs/1512.03385, 2015.`` read as one note, with no date.
- ``bracketed_venues.bracketed_venue_after_title``: a link list's ``Huang et al. "Title" (ICLR 2024) — arXiv:…``,
  ``"Title" (TACL 2025, MIT Press)``, ``"Title" (OpenAI, 2024)``, ``IHEval (NAACL 2025) — aclanthology.org/…`` with
  the bracket read as a note, a page or a name.
- ``venue_year.venue_with_year``: ``In NIPS 2011.`` read as journal ``In NIPS`` and the date.
- ``venue_year.meeting_acronym_year_closing``: APA's ``(2020). Title. NeurIPS 2017.`` with the meeting's acronym read
  as the publisher or journal and its year as a second date.
- ``venue_year.venue_year_after_dated_names``: PeerJ's ``2024. Title. In: Proceedings of the ACM Web Conference
  2024, 893–904.`` with the meeting's year read as a second date.
- ``venue_year.venue_year_before_date``: natbib's ``…, KDD 2021, 2021.`` with the meeting's year read into the date.
- ``volume_page.issue_after_volume_slash``: Isis's ``*Journal*, 1987, *2*/1:95–112`` with ``2/1`` read as the volume.
- ``volume_page.labelled_volume_slash_issue``: ``*Journal*, vol. 9/10, pp. 1792`` with ``9/10`` read as the issue.
- ``volume_page.issue_after_volume_dot``: ``npj Quantum Information 6.1 (2020)`` with ``1`` read as the page.
- ``venue_year.bracketed_venue_year``: ``conference (SciPy 2009),`` with ``2009),`` read as the date only.
- ``venue_year.bracketed_venue_name_in_date``: ``… Intelligence (ECAI2016). 2016.`` with the bracket read into the
  date before the reference's year, or as a note.
- ``versions.version_read_as_numbers``: ``MATLAB, version 7.10.0`` read as a journal, volume and issue.
- ``rapid_page.page_letter_mark``: ``Phys. Rev. B 50, 13035(R)`` with ``(R)`` read as a date and a name.
- ``rapid_page.volume_page_letter_mark``: ``Phys. Rev. B 94, 201201(R)`` read as one volume and an issue ``(R)``.
- ``rapid_page.page_range_rest``: ``15, 5579--5587 (2019)`` with ``--5587`` read into the date after the first page.
- ``volume_page.range_after_volume_comma_is_page``: Copernicus's ``Journal, 35, 94–101, 2011.`` with the pages read as
  the issue.
- ``volume_page.issue_before_bracketed_year_is_page``: APS's ``Eur. Phys. J. Quantum Technol. 6, 2 (2019).`` with
  the page read as the issue.
- ``volume_page.issue_before_pages``: Taylor & Francis's ``Book History 1: 1, 3`` with ``1, 3`` read as the pages.
- ``volume_page.issue_before_month``: ACM's ``51, 1 (January 2008), 107–113`` with ``1`` read as a page.
- ``given_names.lone_name_opens_title``: natbib's ``Mark Reynolds. A New Rule for LTL Tableaux.`` read as one author, or
  ``Theodore Groves. Incentives in teams.`` as one title.
- ``placeholder_volumes.placeholder_volume``: BibTeX's ``IEEE Transactions on …, PP:1–1, 12 2016.`` (IEEE's ``PP``, no
  volume assigned yet) with ``PP`` read into the journal's name or the pages.
- ``dates.month_number_before_year``: natbib's ``…, 12 2023.`` (BibTeX's month as a number) with the month read as the
  pages; after a volume, plainnat's ``…, 4, 02 2018.`` or ``4:109–128, 01 2018.`` with the month read as the page or
  into the pages.
- ``given_names.one_word_body_opens``: natbib's ``Mixtral. Mixtral, 2023.`` or ``Google. https://…, 2023.`` with the
  body's name read as a publisher, a note or the date.
- ``acm_reference.article_pages_joined``: the ACM's article pages ``34:1-34:29`` read as a volume ``34:`` and pages.
- ``acm_reference.issue_before_bracketed_date``: the ACM's ``2, 3 (1992), 297-347`` or ``4, POPL (2020),`` with the
  number read as a page.
- ``acm_reference.article_pages_after_place``: the ACM's ``ACM, New York, NY, USA, 9:1–9:14.`` with the article's
  number read into the place and its pages as an issue.
- ``acm_reference.issue_before_day_date``: the ACM's ``13, 1 (28 Feb. 2017), 1–22`` with the number and the day
  read as pages.
- ``acm_reference.volume_before_bracketed_date``: the ACM's ``J. Funct. Program. 28 (2018), e20.`` with the volume
  read into the date.
- ``acm_reference.year_volume_before_bracketed_date``: the ACM's ``Proc. Priv. Enhancing Technol. 2022, 2 (2022),``
  with a year-numbered volume and its issue read into the date.
- ``acm_reference.volume_closing_acm_journal``: the ACM's ``Proceedings on Privacy Enhancing Technologies 4 (2019),``
  with the volume read into the journal's name.
- ``acm_reference.journal_before_bracketed_date``: the ACM's ``Computers & Security (2023), 103437.`` with the journal
  read as a publisher.
- ``acm_reference.acm_meeting_brackets``: the ACM's ``In Proceedings of … (Denver, Colorado, USA) (CHI ’17).
  Association for Computing Machinery, …`` with the meeting's place and short name read into the proceedings, the
  publisher or its place.
- ``acm_reference.short_name_closes_proceedings_before_pages``: the ACM's ``In Proceedings of … (DaMoN’19). Article
  10, 7 pages.`` and ``(DaMoN’11). 33–40.`` with the bracketed short name cut from the proceedings and read into the
  pages or a date.
- ``acm_reference.article_count_after_imprint``: the ACM's ``…, New York, NY, USA, Article 705, 22 pages.`` with
  ``Article`` read into the place, the number as a volume and the count as the pages.
- ``acm_reference.bracket_opening_publisher_closes_book``: ``In Proceedings of … Technologies (System Demonstrations).
  Association for Computational Linguistics, …`` with the proceedings' closing bracket read into the publisher.
- ``acm_reference.short_name_proceedings_imprint``: ``In Proc. Conf. Computer Supported Cooperative Work (CSCW)
  (Seattle, WA). ACM Press, New York, 1277–1286.`` with the short name or the meeting's place read into the publisher
  or a note.
- ``acm_reference.acm_publisher_after_proceedings``: the ACM's ``… (ICLR ’26). OpenReview.net, Rio de Janeiro,
  Brazil.`` and ``(NSDI ’25). USENIX Association, USA,`` with the house read into (or as) the proceedings, and ``…,
  Vol. 8. MLSys, Bellevue, WA, USA, 169–185.`` with the house read into its town.
- ``acm_reference.bracketed_month_number_year``: the ACM's ``The Baffler 22 (4 2013).`` with the month's number read as
  an issue.
- ``containers.bracket_number_closes_venue``: ``In 31st USENIX Security Symposium (USENIX Security 22).`` with the
  short name's year read as the volume.
- ``containers.short_name_bracket_closes_venue``: LNCS's ``2021 IEEE/CVF International Conference on Computer Vision
  (ICCV) pp. 5835–5844 (2021)`` with the bracketed short name read as a series or into a date.
- ``containers.year_ordinal_opens_venue``: the ACM's ``In 2023 60th ACM/IEEE Design Automation Conference (DAC).``
  with the year and ordinal read as a date.
- ``containers.year_opens_venue_after_title``: LNCS's ``Title. 2022 IEEE/CVF Conference on … (CVPR) pp. 5481–5490
  (2022)`` with the proceedings' year read as the date.
- ``containers.proceedings_cut_at_abbreviation``: amsalpha's ``Title. In Proc. 32nd Sympos. Comp. Geom., …`` read as
  a title running to ``Sympos.`` and a journal.
- ``containers.in_venue_closes_title``: the ACM's ``Title.. In USENIX Security Symposium. 849–864.`` read as one title.
- ``containers.short_venue_after_in``: the systems venues' ``Title. In S&P. IEEE, 2019.`` with the short name read as an
  editor, or ``In EUROCRYPT. Springer, Berlin, Heidelberg, 2012.`` as a journal with the year in the place.
- ``containers.online_meeting_place``: ACL's ``pages 6193–6202, Online, November 2020.`` with ``Online`` read as a note.
- ``ml_imprints.body_after_place_year``: natbib's ``In Proceedings of …, Leuven, BEL, 2014. European Design and
  Automation Association.`` with the publishing body after the meeting's place and year read as a source or a note.
- ``ml_imprints.imprint_note_after_pages``: DBLP's ``…, pages 2873–2882. PMLR.`` with the publisher's acronym (or web
  domain) read as a note (or after the meeting's name: ``…, April 26-30, 2020. OpenReview.net, 2020.``);
  ``ml_imprints.domain_closing_venue``: ``…, Conference Track Proceedings. OpenReview.net, 2018.`` with the domain
  read into the proceedings' name; ``ml_imprints.imprint_before_isbn``: the ACM's ``…, 2020. Association for
  Computing Machinery. ISBN 9781450371216.`` with the publisher read into a note with the ISBN;
  ``ml_imprints.place_closing_pages``: natbib's ``…, pp. 298–309, Cham, 2015. Springer …`` with the place read
  into the pages.
- ``containers.online_place_before_publisher``: the ACL Anthology's ``…, pages 7556–7566, Online. Association for
  Computational Linguistics.`` with ``Online`` read as a note.
- ``containers.publisher_after_meeting_date``: natbib's ``…, Tokyo, Japan, December 14-15 2017. International Workshop
  on Spoken Language Translation.`` with the publisher read as a note.
- ``containers.title_opens_venue``: natbib's ``Visual instruction tuning. Advances in neural information processing
  systems, 36, 2024.`` read as one venue.
- ``containers.scholar_proceedings_whole``: Google Scholar's ``In Computer Security–ESORICS 2016: …, Heraklion, Greece,
  September 26-30, 2016, Proceedings, Part I 21.`` read as a venue, a place, a date and a volume.
- ``containers.dblp_meeting_before_editors``: DBLP's ``In Proceedings of …, COLING 2020, Barcelona, Spain (Online),
  December 8-13, 2020, Donia Scott, …, and Chengqing Zong (Eds.).`` with the meeting's place and dates read apart
  from the proceedings' title, or an editor's given name read into it.
- ``editors.editors_without_role_continue_authors``: a long list's tail ``…, Slav Petrov, Ed H. Chi, …`` read as
  editors.
- ``editors.opening_editors_read_as_title``: natbib's ``Julian P. T. Higgins and Sally Green, editors. Title.`` with
  the first given names read as an author and the other names as the title.
- ``editors.opening_list_of_editors``: natbib's ``Edmund M. Clarke, …, and Roderick Bloem, editors. Handbook …`` with
  the first names read as authors.
- ``mnras_series.series_volume_opens_book``: MNRAS's ``eds, IAU Symposium Vol. 139, Book. p. 21`` read as one container.
- ``acm_reference.series_volume_after_venue``: the ACM's ``In ITP (LNCS, Vol. 8558). Springer, 374-389.`` with the
  bracket read into the proceedings or as editors.
- ``biblatex_parts.issue_between_commas``: biblatex's ``*Science*, 378, 6624, 1092–1097.`` with the number read
  into the pages or the volume.
- ``biblatex_parts.editors_end_at_names``: biblatex's ``Ed. by J. Jaffar. Springer`` read as one editor span.
- ``biblatex_parts.edited_series_run_into_container``: biblatex's ``In: *Conference (FSCD 2017)*. Ed. by D. Miller.
  Vol. 84. Leibniz International Proceedings in Informatics (LIPIcs). Schloss Dagstuhl, 2017,`` read as one
  container.
- ``biblatex_parts.italic_container_whole``: ``In: *Proceedings …, Montreal, Canada, 19-27 August 2021*.`` cut at
  the meeting's place or days.
- ``biblatex_parts.italic_volume_in_container``: Springer's ``in *Proceedings of … Machine Learning-Volume 70*``
  with the volume's number read apart from the italic proceedings' title.
- ``biblatex_parts.publisher_after_italic_container``: ``In: *NeurIPS 2022 Competition Track*. PMLR, 189–203.``
  read as one container.
- ``biblatex_parts.volume_dot_number_before_date``: biblatex's ``In: Journal of the ACM 46.5 (Sept. 1999),`` with the
  volume and number read into the journal, the volume or the date.
- ``biblatex_parts.series_sentence_after_proceedings``: biblatex's ``In: Proceedings of …. OOPSLA ’02. Seattle,`` with
  the series read into the proceedings' title.
- ``journal_year.journal_read_as_house_after_italic_title``: ``_Title._ Bone & Joint Open, 2020.`` with the journal
  read as a book's publisher.
- ``journal_year.year_closing_journal``: MDPI's ``… SCADA data. Wind Energy 2021, 24, 1340-1359.`` with the
  year read into the journal.
- ``title_years.year_closing_release_title``: Vancouver's ``Statistics Canada. Deaths, 2020. The Daily 2022.`` with the
  title's first words read into the body and its year as a date.
- ``title_years.year_closing_title``: ``Index Report 2024. Technical report, Stanford …, 2024.`` with the title's year
  read as the date.
- ``title_years.bracketed_year_inside_title``: a web entry with no stops, ``GAim4A (2022c) Resident Evil 2 (2019) Full
  Transcript https://…``, with the title's bracketed year read as a second date and its words as a journal or genre.
- ``journal_year.journal_alone_before_year``: the ACS's short form ``Pachter, L. Nat. Methods 2022, 19 (5),``
  (no article title) with the journal read as a title or its first words among the names.
- ``journal_year.journal_head_after_title_comma``: ``Title, Proc. Natl. Acad. Sci. USA 99,`` with the journal's first
  abbreviation read as the title's last comma part.
- ``journal_year.country_closing_abbreviated_journal``: the ACS's ``Proc. Natl. Acad. Sci. USA 2009, 106,`` with the
  journal's closing ``USA`` read as a place.
- ``journal_year.journal_head_closing_title``: MDPI's ``… Properties. Rapid Prototyp. J. 2018, 24,`` with the
  journal's first words read as the title's last sentence; ``journal_year.italic_journal_opened_in_title``: a
  conversion's ``… manufacturing. _Robot. Comput. -Integr. Manuf._ **2017**,`` with the italic journal's first
  abbreviations read into the title.
- ``journal_year.abbreviations_glued_to_journal``: Copernicus's ``Title, J. Irrig. Drain. E.-ASCE, 120,`` with the
  journal cut inside its hyphened word and its first abbreviations read into the title.
- ``journal_year.abbreviation_sentence_before_journal``: Quantitative Finance's ``Title. Financ. Innovation, 2022, 8,
  20.`` with the journal's abbreviated first word read as the title's last sentence.
- ``journal_year.italic_numbers_after_year``: the ACS's ``*Soft Matter* 2016, *12* (34), 7079−7088.`` or
  ``2020, *12*, No. 100618.`` (MDPI's ``**2022**, _22_, 1976.``) with the italic volume read into the date or the
  pages, or the number as the issue.
- ``standards.designation_opens_standard``: MDPI's ``ISO 527-1; Title. ISO: Geneva, Switzerland, 2012.`` with the
  standard's designation read as an author, a journal or a date.
- ``standards.standard_series_as_journal``: cryptobib's ``Title. FIPS 202, 2015.`` with the standard's series and
  number read as a journal and its volume.
- ``standards.specification_numbers``: 3GPP's ``3GPP TS 38.214 v17.6.0, "Title," Jun. 2023 — §5.1.2.`` with the number,
  version and section read as a volume, an issue and pages.
- ``standards.designation_after_title``: Chicago's ``*Wire-Rope Slings*. AS 1666.1-2009. Sydney: SAI Global.`` with the
  designation read as a journal and its pages.
- ``designated_titles.designation_before_title``: an agency's ``OMB Circular A-130, *Title*, July 28, 2016,`` (or
  ``UK Cabinet Office, Good Practice Guide 44, *Title*,``) with the designation read into the title or the author.
- ``designated_titles.designation_dash_title``: an appendix's ``Executive Order 14028 - Improving the Nation’s
  Cybersecurity`` read as one title: the designation before the dash is a note, the rest the title.
- ``designated_titles.italic_title_after_names``: ``European Union, *Title 2.0*, 2014, available at: URL`` with the
  italic title, all the reference holds besides its names, date and link, read as a journal.
- ``series_imprints.series_imprint_apart``: NIST's ``Title. (National Institute of Standards and Technology,
  Gaithersburg, MD), NIST Special Publication (SP) 800-30 Revision 1. https://…`` with the series read as the
  publisher, the place or the pages.
- ``updated_dates.date_before_update_note``: NIST's ``December 2014 (updated December 18, 2014),`` read as an access
  date with no date read.
- ``updated_dates.changed_date_after_head``: ``CBD (edited Sep 2020). *Title*.`` with the body and the date's word
  read as one note.
- ``updated_dates.date_word_apart``: AMA's ``Updated December 15, 2021.`` with the word read as the journal.
- ``body_notes.body_and_title_in_note``: AMA's ``Centers for Disease Control and Prevention. Influenza (flu).`` read as
  one note before the dates.
- ``updated_dates.title_before_date_word``: AMA's ``Body. Influenza (flu). Updated March 1, 2021. Accessed …`` with the
  title read into the dates.
- ``publisher_numbers.number_naming_publisher``: ``São Paulo: Ed. 34, 1997.`` with the house's number read as the
  volume.
- ``publisher_numbers.publisher_before_numbers``: Chicago's ``Wiley Interdisciplinary Reviews: Climate Change 7,
  no. 1`` with the journal read as a publisher before its volume.
- ``doi_notes.doi_before_remark``: a reading list's ``doi.org/10.1038/nclimate3322 (not Open Access).`` read as one
  note.
- ``doi_notes.doi_closing_note``: biblatex's ``ISSN: 0022-1996. DOI: https://doi.org/10.1016/….`` read as one note.
- ``doi_notes.schemeless_doi_note``: ``doi.org/10.3389/fevo.2015.00067.`` (a DOI's link without its scheme) read as a
  note.
- ``noted_numbers.numbers_read_as_note``: the Royal Society's ``Science 382, eadi1407. (doi:…)`` with the volume
  and page (or the page alone) read as a note.
- ``eds_chapters.book_with_bracketed_eds``: the Royal Society's ``In Book (eds BL Webber, NJ Nilsson), pp. 313–322.``
  with the editors read into the book or the book into the editors.
- ``note_book_editors.editor_and_series_in_note_book``: a Chicago note's ``in Book, ed. Name, Series Name, Vol. 5
  (Toronto: …)`` with the editor and the series read into the book.
- ``note_book_editors.editor_named_before_note_title``: a Chicago note's ``Name, editor, Title (New York: …, 1948),
  233.`` with the role word read into the title or the title into the names.
- ``note_book_editors.volume_and_editor_after_note_title``: a Chicago note's ``Title, Vol. I. Name, editor (Place:
  …)`` with the volume's number read into the editor's names.
- ``see_addresses.see_before_address``: the Royal Society's ``Authority Magazine. See https://…`` with ``See`` read
  into the periodical.
- ``siam_chapters.book_then_editors``: SIAM's ``…, in Book, D.-Z. Du and F. Hwang, eds., World Scientific, …`` with
  the editors read into the book or the book into the chapter's title.
- ``of_series.series_after_volume_word``: SIAM's ``Title, vol. 46 of Lecture Notes in …, Springer, Berlin, 2005.``
  with ``of Lecture Notes …`` read as the book a chapter is in.
- ``journal_numbers.journal_volume_closing_title``: the Royal Society's ``Title. eLife 11, e77007.`` with the journal
  and volume read into the title.
- ``society_journals.society_after_journal``: ASCE's ``Journal of Geotechnical Engineering, ASCE, Vol. 114, No. 4,
  pp. 389-409.`` with the society's acronym read as the publisher or into the journal.
- ``journal_numbers.roman_volume_in_journal``: Elsevier's ``Environ. Eng. Geosci. II (3), 444–446.`` with the Roman
  volume read into the journal and the issue as the volume.
- ``journal_numbers.numbers_closing_journal``: Elsevier's ``Title. The Planetary Science Journal 1 (1), 2.`` with the
  volume, issue and one-number page read into the journal.
- ``journal_numbers.section_volume_in_journal``: the IUCr's ``(2015). Acta Cryst. C71, 3–8.`` with the volume and
  its section's letter read into the journal.
- ``numbered_acronyms.acronym_head_after_initial``: acm.bst's ``… AND TOUTANOVA, K. BERT: Pre-training …`` with the
  title's acronym read into the last name.
- ``eds_chapters.book_after_acm_editors_is_publisher``: the ACM's ``In Book, Names (Eds.). American Psychological
  Association, Washington, DC, USA, 127–149.`` with the publisher read as a second book.
- ``eds_chapters.body_closing_eds_book``: Elsevier's ``In: Names (Eds.), Book. Research Centre, Canberra, pp. 33–37.``
  with the publisher read into the book.
- ``eds_chapters.wiley_chapter_tail``: Wiley-VCH's ``…, in Book (Eds: A. Name, B. Name), Publisher, Place 2010,
  pp. 1–25.`` (its author-date form's ``…, in Book (eds A. Name and B. Name), Publisher, Place, pp. 1–25.``) with the
  book read into the editors or the role into a name.
- ``eds_chapters.imprint_bracket_after_eds``: Science's ``…, S. Clark, E. E. Leach, Eds. (Boydell & Brewer,
  Woodbridge, 2005), pp. 141–51.`` with the bracket's house read as more editors.
- ``book_editions.firm_closing_title_before_edition``: natbib's ``Title. McGraw-Hill Education, 5th edition, 2015.``
  with the publisher read into the title.
- ``book_editions.edition_inside_opening_names``: ``Altaner, B., Patrologie, 2d ed. J. C. Herder, …`` read as one run
  of names.
- ``book_editions.initials_house_after_edition``: ``Title, 2nd ed. J. C. Herder, Freiburg, 1950.`` (or ``5 vols.``
  before the house) with the house, named by initials and a name, read as an editor.
- ``book_editions.mla_publisher_after_edition``: MLA 9's ``Title. 7th ed., Harper Collins, 2011.`` with the publisher
  read as the town.
- ``book_editions.publisher_in_edition``: Wiley-VCH's ``Title, 3rd ed., Wiley-VCH, Weinheim 2012.`` with the publisher
  read into the edition.
- ``book_editions.siam_book_imprint``: SIAM's ``Title, Society for Industrial and Applied Mathematics, Philadelphia,
  PA, third ed., 2000.`` with the publisher read as a journal and the edition as the publisher.
- ``physics_heads.bracketed_group_read_as_title``: ``G. Aad et al. (ATLAS), J. High Energy Phys.`` with the bracket
  read as a title; ``physics_heads.bracketed_group_opens_title``: APS's ``B. P. Abbott et al. (LIGO Scientific and
  Virgo Collaborations), GW170817: …`` with the bracket read into the title; ``physics_heads.pos_citation``:
  ``PoS(LATTICE2019)123`` and INSPIRE's ``PoS ICRC2023 (2023) 1173`` read as a journal, a year and a page;
  ``physics_heads.name_rest_opens_journal``: AIP's ``…, and P. J. Knowles, J. Chem. Phys.`` with the last name's
  second initial and family name read into the journal; ``physics_heads.spelled_journal_read_as_title``: APS's
  title-less ``C. Shannon, Bell System Technical Journal 27, 379 (1948).`` with the journal's first word read into
  the names and the next ones as a title.
- ``in_colon_imprints.acronym_after_in_book``: the Harvard elsarticle's ``in: Proceedings of … Conference. IEEE,
  pp. 123–134.`` with the publisher's acronym read into the book.
- ``doi_notes.marked_doi_in_field``: the Royal Society's ``(doi:10.1021/acs.chemrev.4c00055)`` read as a series or a
  note.
- ``dash_names.names_before_dash``: a hand-written ``Shun'ichi Amari - *Title*, Series, Publisher, 1985.`` with the
  dash read into the names, or the last name and the title read as a container.
- ``dash_names.producer_before_dash``: a data portal's ``Ember - Yearly Electricity Data (2025).``, ``IRENA – Title.
  International Renewable Energy Agency, Abu Dhabi (2026).`` (the producer, a dash, the title) read as one title.
- ``producer_after_title.producer_after_title``: Our World in Data's ``Title, Fur Free Alliance (2026).`` read as one
  title: the body before the closing year is the author.
- ``title_tails.title_tail_apart``: a hand-written ``*Geometric Algebra*, chapter 2: "…",`` or ``*Title*, Mathematical
  Expositions #20,`` with the chapter or the numbered series read into the title.
- ``book_series.series_read_as_container``: Chicago's ``Title. Springer Series in Statistics. London: Springer`` with
  the series read as the container.
- ``book_series.series_sentence_before_town``: Chicago's ``In *Book*, edited by …, Vol. 56. Intersections. Leiden:
  Brill, 2018.`` with the series read into the place.
- ``book_series.series_sentence_opens_publisher``: ``Title. Dover Books on Mathematics. Dover Publications Inc.,``
  with the series read into the publisher.
- ``book_series.numbered_series_read_as_journal``: Chicago's ``*Title*. Edited by …. Nuova universale Einaudi 102.
  Torino: …`` with the numbered series read as a journal and its volume.
- ``pages_in_book.bare_pages_before_in``: SBL's ``“Title,” 311–357 in Book, edited by …`` with the pages read into
  the book's title.
- ``editor_tails.series_closing_edited_by``: SBL's ``…, edited by Bart D. Ehrman and Michael W. Holmes. NTTSD 42.
  Leiden: Brill, 2013.`` with the numbered series read into the last editor's name;
  ``editor_tails.title_word_after_ed``: ``Kenyon, Frederic G., ed. Books and Readers …`` with the title's first word
  read as a name; ``editor_tails.family_read_into_imprint``: Frontiers' ``eds C. D. Hansen, … and H. Hagen (Berlin,
  NY: Springer)`` with the last editor's family name read as the place's first word;
  ``editor_tails.role_closing_book_title``: Frontiers' ``in *Scientific Visualization,* eds C. D. Hansen`` with
  ``eds`` read into the book's title.
- ``latin_imprints.latin_imprint``: classical editions' ``Lipsiae: in aedibus B. G. Teubneri, 1864.`` with the printer's
  initials read as a name and the phrase as a translator or the title's end.
- ``initial_titles.initial_opening_title``: ``Albert Clark, M. Tulli Ciceronis Orationes …`` with the title's
  opening initial read into the name written given name first.
- ``initial_titles.one_word_title_after_initials``: ``Naughton, K. CyberSlacking. Newsweek, 134, …`` with the title of
  one word read as a given name after the initials.
- ``book_series.chapter_series_after_book_editors``: Chicago's ``In *Book*, edited by X. Monograph Series … 19.
  Publisher.`` with the series joined to the book or run into the publisher.
- ``book_series.numbered_series_after_editors``: an edition's ``*Title*. A. Derolez and P. Dronke eds., Corpus
  Christianorum … CCCM 92 (Turnhout: Brepols, 1996)`` with the numbered series after the editors read as the container.
- ``book_series.series_volume_before_imprint``: the physics book's ``3rd ed., Course of Theoretical Physics Vol. 3
  (Pergamon, Oxford, 1977).`` with the series read as a journal.
- ``book_series.numbered_series_after_year``: a Dutch or German list's ``Stuttgart, 1994, Monographien zur
  Geschichte des Mittelalters, Band 38.`` with the series read as a journal and its volume.
- ``book_series.series_after_imprint_year``: MLA 9's ``Crossing Press, 2007. Crossing Press Feminist Series.`` with
  the series read as a second publisher; ``book_series.series_after_book_imprint``: ``Cambridge UP, 2000. Cambridge
  Studies in African and Caribbean Literature 8.`` with the series read as a journal.
- ``book_series.series_sentence_closing_title``: ``Title. The International Critical Commentary. T&T Clark,`` with
  the series read into the title.
- ``in_colon_imprints.publisher_closing_in_book``: elsarticle's ``in: CIbSE, Citeseer, 2008, pp. 127-140.`` with
  the publisher read into the book's title or a note.
- ``book_series.series_read_as_publisher``: ``Title. SAGE QASS Series.`` with the series read as the publisher.
- ``nlm_imprints.meeting_days_and_town_in_book``: NLM's ``In: Proceedings of …; 2019 May 1-3; Seoul, Korea.`` read
  as one container: the meeting's days as a note, its town the event's place.
- ``name_tails.quoted_title_in_names``: Chicago's note ``Martin Fowler, "Microservices," martinfowler.com, March 25,
  2014, URL.`` read as one name span: the names, the quoted title and the site.
- ``mla_imprints.database_after_imprint``: MLA 9's book read in a database, ``Title. John Murray, 1859. Google Books,
  URL``, with the publisher read into the title and the database as the publisher;
  ``mla_imprints.database_read_as_second_publisher``: ``Loeb-Harvard UP, 1920. Perseus Digital Library, URL`` with
  the database read as a second publisher.
- ``guillemet_journals.journal_in_guillemets``: Italian ``Title, in «Rivista di Politica Economica», 3, pp. 23-45``
  with the journal read into the title.
- ``guillemet_journals.outlet_after_guillemet_title``: French ``« Title » Sud Ouest [en ligne]`` with the outlet read
  into the title.
- ``rfc_numbers.rfc_numbers_apart``: the RFC Editor's ``"Title", BCP 195, RFC 7525, DOI 10.17487/RFC7525,`` with
  the series numbers read as a journal, a volume and pages, or IEEE's ``IETF, RFC 9110, Jun. 2022`` read into the
  publisher and the date.
- ``rfc_numbers.rfc_title_first``: ``Postel, J. Transmission Control Protocol, RFC 793, September 1981.`` (an RFC
  cited title first, with no quotes) with the title cut at its dash or run into the names.
- ``rfc_numbers.rfc_number_first``: ``RFC 1034, "DOMAIN NAMES - CONCEPTS AND FACILITIES", P. Mockapetris.`` (an RFC
  cited by its number, its quoted title and its authors) with the number run into the title or the title's capitals
  read as names.
- ``access_notes.access_word_closing_span``: IEEE's ``IEEE.org. Accessed: Oct. 12, 2023.`` with the word read into
  the site; ``access_notes.access_word_before_date``: a Finnish ``https://… Luettu: 06.09.2025.`` with the word left
  between the address and the date, read as the work's.
- ``access_notes.access_note_as_title``: ``Dicoding. Diakses pada 22 Mei 2025 dari: URL`` with the access note read as
  the title.
- ``access_notes.access_note_is_accessed``: Wikipedia's ``… Joel on Software. Retrieved October 15, 2021.`` with the
  access note read as a note.
- ``web_sites.site_after_quoted_title``: Wikipedia's ``"Title". Exclaim!. Retrieved December 6, 2022.`` with the site
  read as a source; ``web_sites.site_in_quoted_title``: ``"uncommon, adj. (and adv.)". OED Online. 2022.`` with the
  site read into the title.
- ``identifiers.isbn_closing_pages``: ``Westermann, S. 110-119 9783141621761`` with the bare ISBN read into the pages.
- ``identifiers.isbn_closing_span``: Wikipedia's ``New York: Doubleday ISBN 0-385-49531-5`` with the ISBN read into the
  publisher.
- ``source_kinds.finnish_source_kind_apart``: a Finnish list's ``2018. Artikkeli. _Title_`` with the kind of source
  read as the title and the italic title as the site.
- ``template_types.template_type_apart``: Wikipedia's ``Title (Technical report). Communications Electronics Security
  Group.`` read as one title.
- ``colon_imprints.initials_publisher_after_place``: a note's ``(Chicago, IL: C. H. Kerr, [1859] 1911)`` with the
  publisher read as a translator.
- ``opening_groups.acronym_body_opens_title``: CDC's ``CDC. Vital signs: … MMWR Morb Mortal Wkly Rep 2011;60:1487–92.``
  with the agency's acronym read into the title; ``opening_groups.acronym_before_quoted_title``: NumPy's
  ``NIST "Engineering Statistics Handbook" URL`` with the acronym read as a note;
  ``opening_groups.acronym_author_spelled_out``: Harvard's ``ICO (2024) *Title*. Information Commissioner's Office.``
  with the body spelling out the author's acronym read as the site; ``opening_groups.acronym_spelled_out_before_title``:
  ``CIE 2010, Commission Internationale de l’Éclairage. Title.`` with the full name read into the title.
- ``access_notes.access_note_split_at_year``: Wikipedia's ``Retrieved December 6, 2022.`` read as a note and a date;
  ``access_notes.access_date_split_at_year``: Chicago's ``accessed January 21, 2018.`` cut before its year;
  ``access_notes.access_journal_split_at_year``: a note's ``Accessed December 23, 2022. URL`` read as a journal;
  ``access_notes.unmarked_access_is_date``: a video's ``7:31, 26 June, 2017, URL`` read as the access date;
  ``access_notes.journal_tail_read_as_access``: ``Int J Circumpolar Health (2018).`` read as a journal and an access
  date.
- ``access_notes.access_date_before_address``: the USGS's ``Title: accessed August 29, 2017, at <URL>.`` read in
  pieces.
- ``colon_bodies.web_page_body_before_colon``: a study guide's ``ESRC: Writing your abstract, downloaded 4 August
  2011 at: URL`` with the body and the title read as one note.
- ``access_notes.closing_access_note``: Wikipedia's ``"Title". Retrieved 6 April 2023.`` with the access date read in
  pieces, as a note and the work's date.
- ``web_sites.work_after_quoted_title``: Wikipedia's ``"Title". splix.sourceforge.net.`` or ``"Title". Red Hat
  Customer Portal. Red Hat. Retrieved …`` with the work read into the title or a note, or with its publisher.
- ``access_notes.access_bracket_whole``: German ``[Zugriff am 30. April 2024].`` cut at the day's full stop.
- ``access_notes.bracketed_access_whole``: biblatex's and Springer's closing ``(Visited on 07.07.2022)`` read in
  pieces, as a place and the work's date.
- ``access_notes.bracketed_access_in_note``: French ``[en ligne], (page consultée le 12/05/2016), p. 3`` read as one
  note.
- ``access_notes.access_date_without_address``: LNCS's ``J. Econ. Lit. (2019, to appear)`` with the year read as an
  access date in a reference with no address and no other date.
- ``access_notes.year_after_access_bracket``: Copernicus's ``https://… (last access: 10 June 2022), 2012.`` with the
  year of the work read into the access note, or the access date read as the date.
- ``access_notes.closing_last_access``: Copernicus's ``…, http://nrfa.ceh.ac.uk/, last access: 23 June 2016.`` (and
  ``…, last access: 20 August 2015, 2002.``) with the access date cut apart or run on into the work's year.
- ``run_on_journals.journal_run_into_title``: ScienceDirect's copied ``…, et al. National standards for diabetes
  self-management education and support Diabetes Educ., 38 (2012), pp. 619-629`` with the journal, set after the
  title with no mark, read into it (or its first words: ``… strategies Energy | Build., 98``).
- ``titles_journal_abbrev.abbreviation_to_journal``: IOP's ``… the classical Rev. Mod. Phys. 75`` with
  ``Rev.`` read into the title.
- ``titles_journal_abbrev.journal_head_after_comma``: Elsevier's ``…, and applications, Wiley Interdiscip. Rev.
  Comput.`` (or the RSC's ``Title, npj Comput. Mater.,``) with ``Wiley Interdiscip.`` (``npj``) read into the title,
  and Copernicus's ``…, Hydrol. Earth Syst. Sci.`` with ``Hydrol.`` read into it.
- ``titles_journal_abbrev.title_read_into_abbreviated_journal``: the APS's ``Names, New Class of Materials:
  Half-Metallic Ferromagnets, Phys. Rev. Lett. 50, 2024`` with the title (or its last clauses) read into the journal.
- ``titles_journal_abbrev.brand_head_before_journal``: the APS's ``Title, npj Quantum Information 3, 2 (2017)`` with
  ``npj Quantum`` read into the title.
- ``titles_journal_abbrev.journal_abbreviation_before_body``: IEEE's ``“Title,” Proc. IEEE, 2020.`` read as a
  container ``Proc.`` and a publisher ``IEEE``.
- ``titles_journal_abbrev.subtitle_read_into_journal``: Copernicus's ``Title: A review, B. Am. Meteorol. Soc.,`` with
  the subtitle read as the journal's first words.
- ``publisher_split.publisher_open_end``: ``University of Chicago`` read as publisher ``University of``
  and place ``Chicago``.
- ``publisher_split.legal_form_opens_place``: ``Publishing Co., Inc., Redwood City, CA`` with ``Inc.,`` read as the
  place's head.
- ``publisher_split.publisher_in_imprint``: ``(IEEE, Los Alamitos, CA, 1994)`` read as one place.
- ``physics_imprint.imprint_bracket_apart``: ``Title (Oxford University Press, …`` with the bracket in
  the title, or ``Series (Springer, Berlin, 2004)`` read as the publisher.
- ``physics_imprint.edition_and_imprint_in_note``: ``Title, 10th anniversary ed. (Cambridge University Press,
  Cambridge, 2010).`` read as one note.
- ``physics_imprint.publisher_read_as_note``: APS's ``…, PLoP ’20 (The Hillside Group, 2022),`` with the publisher
  read as a note.
- ``physics_imprint.publisher_in_editors``: ``edited by W. H. Haynes (CRC, Boca Raton, FL, 2011)`` with ``(CRC,``
  read into the editors.
- ``physics_imprint.year_closes_imprint``: ``(Springer, Berlin, 2006), Chap. 8,`` with ``2006),`` read into a note.
- ``physics_imprint.series_after_title``: ``Numerical Optimization. Springer Series in …`` read as one title.
- ``edition_title.edition_closing_publisher``: ``University of Minnesota Press, Reprint Edition, 2001`` read
  as one publisher; ``edition_title.edition_opening_publisher``: MLA's ``First edition., Jossey-Bass,`` likewise.
- ``edition_title.edition_split_after_italics``: Nature's ``*Molecular Biology of the Cell* 6th edn (Garland Science,
  2014).`` and AMA's ``*Title*. 4th ed. Publisher; 2019.`` with the ordinal read into a journal.
- ``edition_title.edition_after_italic_title``: ``*United States Government Publications*, 3d ed., revised`` read as
  one title; ``edition_title.edition_closing_title``: ACS's ``Physical Chemistry, 9th ed.;`` likewise.
- ``book_editions.edition_closing_book``: IEEE's ``in Iterative Methods for …, 2nd ed. SIAM, 2003`` with the edition
  read into the book's title, or ``ed.`` into the publisher; ``book_editions.publisher_and_edition_in_note``:
  natbib's ``Title. MIT Press, second edition, 2018.`` with the publisher and the edition read as one note (or one
  edition); ``book_editions.edition_note_after_title``: IOP's ``Classical Electrodynamics 3rd edn (Wiley)`` with the
  edition read as a note.
- ``polish_in.polish_in_mark``: Polish ``S. Kolouszek, Tytuł [w:] Sztolnie, nr 2 / 2011.`` and ``… [w:] Tom, pod red.
  B. Szmygina, Warszawa 2014.`` with the title run over the mark or the holder read as a note.
- ``imprint_holders.town_read_as_holder``: ``*Erasme et Luther*. Fribourg i. Sw., 1909.`` with the town read as a
  journal; ``imprint_holders.german_imprint_read_as_holder``: German's ``Titel. Eggingen: Isele 2000. – 207 S.`` with
  the imprint read as one journal; ``imprint_holders.bracketed_town_year_closes_title``: Dutch lists' ``Title
  1906-2006 [Nijmegen 2006].`` and ``Title (Woerden 2007). Aangehaald als VVV.`` with the bracket read into the title
  or a note; ``imprint_holders.editor_sentence_opens_series``: German's ``*Titel*. Hg. v. Heinz Halm. Reihe.`` with
  the editor's sentence read into the series.
- ``closing_pages.german_pages_read_as_note``: German's ``…, H. 3, S. 1-21.`` and ``Vol. 96 (2001), Pt. 3, S.
  732-746.`` with the pages (and the part) read as a closing note;
  ``closing_pages.volume_read_as_pages_before_year``: ``in: Scriptorium 49 (1995), S. 312–319.`` with the volume read
  as pages.
"""

from __future__ import annotations

from collections.abc import Callable

from biblio.parse.mends.aaa_chapters import editors_before_pages
from biblio.parse.mends.aas_numbers import (
    aps_journal_read_as_title,
    comma_numbers_apart,
    note_after_year_is_journal,
    page_read_as_year,
    volume_in_journal,
)
from biblio.parse.mends.aas_tails import book_tail_after_names, journal_tail_after_names, titled_tail_after_names
from biblio.parse.mends.aas_titles import journal_read_as_title
from biblio.parse.mends.abbreviated_bodies import body_cut_before_acronym, body_with_short_name_opens_title
from biblio.parse.mends.abbreviated_towns import short_town_before_year
from biblio.parse.mends.abnt_dates import day_month_closing_title
from biblio.parse.mends.abnt_events import event_proceedings
from biblio.parse.mends.abnt_imprints import given_name_before_bold_title, imprint_read_into_isbn
from biblio.parse.mends.abnt_journals import (
    journal_imprint,
    title_years_read_as_pages,
    town_closing_journal,
    town_read_as_journal,
)
from biblio.parse.mends.access_notes import (
    access_bracket_whole,
    access_date_before_address,
    access_date_split_at_year,
    access_date_without_address,
    access_journal_split_at_year,
    access_note_as_title,
    access_note_is_accessed,
    access_note_split_at_year,
    access_sentence_cut,
    access_word_before_date,
    access_word_closing_span,
    availability_without_address,
    bracketed_access_in_note,
    bracketed_access_whole,
    closing_access_note,
    closing_last_access,
    day_first_access_whole,
    journal_tail_read_as_access,
    marked_pages_before_link,
    unmarked_access_is_date,
    year_after_access_bracket,
)
from biblio.parse.mends.acm_reference import (
    acm_meeting_brackets,
    acm_publisher_after_proceedings,
    article_count_after_imprint,
    article_pages_after_place,
    article_pages_joined,
    bracket_opening_publisher_closes_book,
    bracketed_month_number_year,
    issue_before_bracketed_date,
    issue_before_day_date,
    journal_before_bracketed_date,
    series_volume_after_venue,
    short_name_closes_proceedings_before_pages,
    short_name_proceedings_imprint,
    volume_before_bracketed_date,
    volume_closing_acm_journal,
    year_volume_before_bracketed_date,
)
from biblio.parse.mends.acs_chapters import (
    acs_book_contributors,
    acs_book_read_whole,
    acs_chapter,
    acs_chapter_without_editors,
    acs_house_closing_book,
    acs_plain_book,
    book_before_acs_editors,
)
from biblio.parse.mends.addresses import (
    address_apart,
    address_lead_in_apart,
    address_runs_on,
    closing_angle_apart,
    host_after_lead_in,
    issue_read_into_address,
    lead_in_closes_span,
    lead_phrase_closes_span,
    lone_name_before_address,
    pages_before_address,
    words_before_address,
)
from biblio.parse.mends.advertisements import advertisement_of_product
from biblio.parse.mends.affiliations import affiliations_in_names
from biblio.parse.mends.agency_names import portfolio_list_in_name, unit_of_body_opens_title
from biblio.parse.mends.ama_groups import group_after_et_al, group_after_et_al_in_names, year_named_group_opening
from biblio.parse.mends.ams_preprints import ams_preprint_volume
from biblio.parse.mends.ancient_authors import (
    caps_author_then_role,
    edition_named_before_imprint,
    editor_named_after_ancient_title,
)
from biblio.parse.mends.anno_volume import anno_is_volume
from biblio.parse.mends.apa_web_tails import publisher_or_site_in_title
from biblio.parse.mends.appearing import to_appear_in
from biblio.parse.mends.aps_chapters import book_after_plain_title
from biblio.parse.mends.archive_numbers import archive_report_number
from biblio.parse.mends.artworks import artwork_after_year, artwork_dated_first
from biblio.parse.mends.attributed_titles import maker_after_quoted_title
from biblio.parse.mends.biblatex_parts import (
    edited_series_run_into_container,
    editors_end_at_names,
    issue_between_commas,
    italic_container_whole,
    italic_volume_in_container,
    publisher_after_italic_container,
    series_sentence_after_proceedings,
    series_volume_read_into_title,
    volume_dot_number_before_date,
)
from biblio.parse.mends.bibtex_in_editors import editors_then_book
from biblio.parse.mends.bibtex_plain_tails import book_read_as_note, journal_closing_title, report_kind_closing_title
from biblio.parse.mends.bibtex_proceedings import (
    publisher_after_pages,
    publisher_closing_proceedings,
    short_name_opens_publisher,
    short_name_year_read_as_pages,
    year_closing_proceedings,
)
from biblio.parse.mends.body_notes import body_and_title_in_note
from biblio.parse.mends.body_sentences import body_sentence_opens_title, title_read_into_body
from biblio.parse.mends.bold_issues import issue_after_bold_volume, issue_after_year_volume
from biblio.parse.mends.bold_names import bold_name_opening, bold_names_after_title, bold_title_read_as_name
from biblio.parse.mends.bold_years import bold_year_after_journal, roman_journal_before_bold_year
from biblio.parse.mends.book_authors import author_after_in, book_words_before_role, title_run_into_role
from biblio.parse.mends.book_editions import (
    edition_closing_book,
    edition_inside_opening_names,
    edition_note_after_title,
    firm_closing_title_before_edition,
    initials_house_after_edition,
    mla_publisher_after_edition,
    publisher_and_edition_in_note,
    publisher_in_edition,
    siam_book_imprint,
)
from biblio.parse.mends.book_series import (
    chapter_series_after_book_editors,
    journal_read_as_series,
    numbered_series_after_editors,
    numbered_series_after_year,
    numbered_series_read_as_edition,
    numbered_series_read_as_journal,
    series_after_book_imprint,
    series_after_imprint_year,
    series_read_as_container,
    series_read_as_publisher,
    series_sentence_before_town,
    series_sentence_closing_title,
    series_sentence_opens_publisher,
    series_volume_before_imprint,
)
from biblio.parse.mends.bracket_date_pages import first_year_bracket_apart, page_read_into_bracket_date
from biblio.parse.mends.bracket_editions import (
    bracket_edition_opens_publisher,
    colon_edition_bracket,
    edition_in_imprint_bracket,
    edition_word_after_number,
)
from biblio.parse.mends.bracket_imprints import (
    bracket_publisher_read_as_editor,
    imprint_bracket_after_initials_names,
    publisher_and_town_bracket,
    publisher_before_bracketed_place_year,
    publisher_in_bracket,
    publisher_in_bracket_after_late_title,
    publisher_in_dated_bracket,
    year_before_colon_imprint_bracket,
)
from biblio.parse.mends.bracket_publishers import publisher_bracket_after_volume
from biblio.parse.mends.bracket_series import (
    series_bracket_after_imprint_year,
    series_bracket_before_town,
    series_closing_bracket,
    series_number_bracket_closing_work,
    series_opens_bracketed_imprint,
)
from biblio.parse.mends.bracket_year_pages import (
    imprint_read_as_note,
    issue_after_bracketed_year,
    issue_read_as_pages_before_year,
    locator_letters_read_into_date,
    page_after_bracketed_year,
    page_after_imprint_bracket,
)
from biblio.parse.mends.bracket_years import (
    bracketed_year_read_as_issue,
    coverage_years_closing_title,
    issue_number_read_as_date,
    number_before_bracketed_year,
    numbers_beside_year,
    period_closing_title,
)
from biblio.parse.mends.bracketed_authors import bracketed_author_opens
from biblio.parse.mends.bracketed_roles import (
    dutch_role_bracket_after_names,
    role_before_names_opens_container,
    role_bracket_after_names,
)
from biblio.parse.mends.bracketed_venues import bracketed_venue_after_title
from biblio.parse.mends.brackets import review_status_apart, title_runs_on, translation_before_container
from biblio.parse.mends.caps_names import (
    bracketed_given_opening,
    capitals_before_colon,
    caps_body_opening_title,
    caps_first_names_end_at_comma,
    caps_names_end,
    caps_names_run_into_title,
    one_caps_name_then_title,
    semicolon_names_end,
)
from biblio.parse.mends.catalogue_numbers import catalogue_number, office_catalogue_number
from biblio.parse.mends.catalogue_records import statement_of_responsibility
from biblio.parse.mends.chapter_imprints import (
    publisher_after_book_comma,
    publisher_after_book_editors,
    publisher_after_colon,
    publisher_and_days_read_as_pages,
    publisher_before_year_semicolon,
    publisher_closing_book,
    publisher_closing_book_before_date,
    publisher_closing_book_before_pages,
    publisher_town_closing_book_before_pages,
    town_closing_book_before_publisher,
    town_opens_publisher_after_meeting_place,
)
from biblio.parse.mends.chapters import (
    book_after_quoted_title,
    book_before_natural_editors,
    book_from_in_title,
    chapter_number_closes_container,
    chapter_number_opens_container,
    container_in_title,
    edited_book_title,
    editors_open_container,
    first_year_before_in,
    role_opens_container,
    title_after_in_editors,
    title_before_journal,
)
from biblio.parse.mends.city_year import (
    city_named_twice,
    editors_open_town_year_book,
    publisher_then_city_year,
    publisher_town_bracketed_year,
    slavic_town_year_book,
    town_and_year_close_in_bracket,
    town_closing_title,
    town_in_bracketed_year,
    town_read_as_publisher_in_bracket,
    town_touching_closing_year,
)
from biblio.parse.mends.clock_times import clock_time_after_date
from biblio.parse.mends.closing_bodies import body_before_link, body_before_year, et_al_journal_in_title
from biblio.parse.mends.closing_imprints import (
    imprint_closes_dated_title,
    imprint_closes_title_before_year,
    publisher_closes_dated_title,
    town_and_publisher_closing_title,
)
from biblio.parse.mends.closing_numbers import (
    greek_page_word_closing,
    town_year_closing_book,
    volume_before_year_and_issue,
    volume_dash_issue_closing_journal,
    weekday_before_day,
    year_inside_volume,
)
from biblio.parse.mends.closing_pages import german_pages_read_as_note, volume_read_as_pages_before_year
from biblio.parse.mends.closing_publisher import (
    body_closing_site,
    closing_acronym_is_publisher,
    closing_name_is_publisher,
    firm_word_closing_dated_title,
    scholarly_imprint_closing_title,
)
from biblio.parse.mends.collaborations import (
    bracketed_collaboration_after_names,
    collaboration_number_alone,
    collaboration_opens_names,
    collaboration_title_in_note,
    collaboration_title_whole,
)
from biblio.parse.mends.colon_bodies import body_before_colon, web_page_body_before_colon
from biblio.parse.mends.colon_heads import colon_head_in_names
from biblio.parse.mends.colon_imprints import (
    closing_note_is_imprint,
    house_read_as_container,
    imprint_after_comma,
    imprint_after_italic_work,
    imprint_closing_title,
    imprint_in_place,
    imprint_read_as_container,
    initials_opening_publisher,
    initials_publisher_after_place,
    journal_read_as_imprint,
    journal_read_as_note,
    place_colon_publisher,
    place_runs_past_colon,
    place_stops_short_of_colon,
    publisher_after_semicolon,
    publisher_colon_place,
    second_publisher_in_place,
    title_read_as_imprint,
    year_closing_title_before_place,
    year_in_title_before_imprint,
)
from biblio.parse.mends.colon_names import (
    imprint_closing_entry,
    initials_names_close_at_colon,
    series_closing_entry,
    title_in_colon_names,
    year_closing_publisher,
    year_opens_title,
)
from biblio.parse.mends.colon_pages import pages_after_colon, supplement_in_volume, year_after_colon_pages
from biblio.parse.mends.comma_parts import (
    book_and_publisher_closing_title,
    container_closing_title,
    house_closing_sentence_title,
    imprint_read_as_names,
    publisher_closing_title,
    report_title_and_body_in_names,
    subtitle_opening_publisher,
    title_and_imprint_in_names,
)
from biblio.parse.mends.comma_towns import caps_comma_form, translated_comma_form, word_before_state_read_as_town
from biblio.parse.mends.communications import (
    comment_on_post,
    communication_note,
    elder_teaching_topic,
    mailing_list_post,
    message_to_author,
)
from biblio.parse.mends.container_numbers import (
    article_number_closing_journal,
    italic_title_before_bold_volume,
    number_closing_container,
    number_closing_container_before_year,
    numbers_after_container,
    numeral_after_italic_container,
    pages_read_into_date,
    pages_read_into_volume,
    volume_and_issue_closing_journal,
    volume_read_into_pages,
)
from biblio.parse.mends.containers import (
    blog_word_apart,
    book_author_before_italic_container,
    book_author_closing_container,
    book_authors_read_as_editors,
    bracket_number_closes_venue,
    container_after_in_mark,
    dblp_meeting_before_editors,
    domain_source_is_site,
    in_italics_is_container,
    in_venue_closes_title,
    italic_source_is_container,
    journal_in_source,
    name_before_blog_mark,
    online_meeting_place,
    online_place_before_publisher,
    pages_close_container,
    proceedings_cut_at_abbreviation,
    publisher_after_meeting_date,
    scholar_proceedings_whole,
    short_name_bracket_closes_venue,
    short_venue_after_in,
    subtitle_read_as_book,
    title_before_comma_in,
    title_before_tribute_volume,
    title_opens_venue,
    year_opens_venue_after_title,
    year_ordinal_opens_venue,
)
from biblio.parse.mends.contributors import (
    contribution_after_title,
    credit_after_names,
    translators_after_opening_title,
)
from biblio.parse.mends.cut_italics import italic_journal_cut_from_title, title_read_into_italic_journal
from biblio.parse.mends.dangling_of import preposition_before_colon, publisher_cut_before_of, venue_after_of
from biblio.parse.mends.dash_names import names_before_dash, producer_before_dash
from biblio.parse.mends.dash_sources import book_and_house_after_editors, house_after_dash, journal_after_title_dash
from biblio.parse.mends.data_notes import provenance_sentence_is_note
from biblio.parse.mends.data_repositories import (
    distributor_is_publisher,
    repository_before_year,
    repository_year_accession,
)
from biblio.parse.mends.database_notes import archive_after_periodical_date, provider_after_database
from biblio.parse.mends.dated_authors import dated_author_comma_form, death_date_after_opening_name
from biblio.parse.mends.dates import (
    access_date_apart,
    access_in_date,
    access_note_closes_span,
    acm_no_date_after_name,
    bare_no_date_closing_head,
    bracketed_access_apart,
    bracketed_date_is_issued,
    circa_before_year_read_apart,
    copyright_date_is_date,
    day_cut_from_year_month,
    day_month_before_year,
    de_date_whole,
    digits_day_month_before_year,
    dotted_date,
    hyphened_date_closes_span,
    month_day_read_as_publisher,
    month_number_before_year,
    no_date_closing_imprint,
    no_date_closing_title,
    no_date_words_are_date,
    revision_note_is_date,
    slashed_year_apart,
    unannounced_access_before_link,
    update_note_is_date,
)
from biblio.parse.mends.decimal_names import decimal_point_splits_name
from biblio.parse.mends.degree_notes import (
    degree_abbreviation_before_work,
    degree_and_school_note,
    degree_closing_title,
    field_before_school_after_degree,
    school_note_after_degree,
)
from biblio.parse.mends.degree_schools import (
    school_head_in_degree,
    school_in_degree_bracket,
    shortened_school_read_as_place,
)
from biblio.parse.mends.description_publisher import publisher_after_description
from biblio.parse.mends.designated_titles import (
    designation_before_title,
    designation_dash_title,
    italic_title_after_names,
)
from biblio.parse.mends.documentation_pages import documentation_by_name
from biblio.parse.mends.doi_notes import (
    doi_before_remark,
    doi_closing_note,
    marked_doi_in_field,
    schemeless_doi_note,
)
from biblio.parse.mends.dotted_journals import initials_journal
from biblio.parse.mends.dotted_names import dotted_name_after_names, dotted_name_closing_title
from biblio.parse.mends.dotted_places import dotted_place_whole
from biblio.parse.mends.edition_heads import edition_opens_imprint
from biblio.parse.mends.edition_seasons import season_edition_apart
from biblio.parse.mends.edition_title import (
    edition_after_italic_title,
    edition_and_series_in_title,
    edition_closing_publisher,
    edition_closing_title,
    edition_opening_publisher,
    edition_split_after_italics,
    edition_word_apart,
    numbered_sentence_closing_title,
    ordinal_apart_from_word,
    title_and_edition_in_note,
    title_before_edition,
    title_words_in_edition,
)
from biblio.parse.mends.editor_tails import (
    family_read_into_imprint,
    role_closing_book_title,
    series_closing_edited_by,
    title_word_after_ed,
)
from biblio.parse.mends.editors import (
    body_editor_opens_title,
    book_author_before_container,
    book_before_editors,
    book_words_before_editors_role,
    bracketed_editors_opening_span,
    comma_in_book_before_editors,
    edited_and_before_translators,
    edition_read_as_editors,
    editor_family_in_imprint,
    editor_initial_closing_book,
    editors_apart,
    editors_before_container,
    editors_read_across_names,
    editors_without_role_continue_authors,
    family_before_editor_initials,
    inverted_editors_open_container,
    inverted_editors_read_as_authors,
    names_each_with_role,
    opening_editors_read_as_title,
    opening_list_of_editors,
    organiser_after_title,
    role_after_in_editors,
    role_after_title_opens_names,
    role_bracket_after_author,
    role_names_past_initial,
    title_after_opening_editors,
    title_opens_inverted_editors,
    town_closing_editors,
    translators_after_editors,
    work_words_before_german_role,
)
from biblio.parse.mends.editors_before_book import (
    book_read_into_editors,
    name_cut_from_title,
    volume_title_after_book,
)
from biblio.parse.mends.eds_chapters import (
    body_closing_eds_book,
    book_after_acm_editors_is_publisher,
    book_before_inverted_eds,
    book_with_bracketed_eds,
    imprint_bracket_after_eds,
    vancouver_chapter_opening,
    wiley_chapter_tail,
)
from biblio.parse.mends.elided_titles import elided_italic_title_is_book
from biblio.parse.mends.encyclopaedia_editors import britannica_citation, work_editor_after_entry
from biblio.parse.mends.esa_forms import esa_colon_numbers_closing, esa_pages_in_chapter
from biblio.parse.mends.et_al_commas import et_al_comma_journal
from biblio.parse.mends.event_dates import (
    day_before_month,
    days_and_month_after_meeting,
    days_closing_meeting_name,
    days_closing_place,
    meeting_bracket_then_place,
    meeting_date_as_note,
    meeting_dates_closing_proceedings,
    meeting_days_apart,
    meeting_place_in_container,
)
from biblio.parse.mends.family_years import family_year_before_venue
from biblio.parse.mends.film_titles import film_title_opens
from biblio.parse.mends.filmed_talks import filmed_talk
from biblio.parse.mends.format_marks import format_after_italic_title
from biblio.parse.mends.gated import forget_labels, gated, plan, run_mends
from biblio.parse.mends.german_books import (
    counted_volumes_imprint,
    edited_book_after_title,
    given_and_particle_read_into_title,
    publisher_year_without_town,
    subtitle_and_town_read_as_journal,
    title_words_read_as_second_name,
    town_cut_at_its_river,
    volume_part_read_as_publisher,
)
from biblio.parse.mends.german_journals import (
    edited_book_in_italics,
    journal_after_in_colon,
    place_year_closing_book,
)
from biblio.parse.mends.given_names import given_name_in_title, lone_name_opens_title, one_word_body_opens
from biblio.parse.mends.glued_heads import glued_head_apart
from biblio.parse.mends.glued_in import glued_in_book
from biblio.parse.mends.government_authors import (
    government_body_in_note,
    government_body_in_parts,
    government_body_in_sentences,
    subdivision_after_body_comma,
)
from biblio.parse.mends.group_abbreviations import group_with_short_name
from biblio.parse.mends.guillemet_journals import journal_in_guillemets, outlet_after_guillemet_title
from biblio.parse.mends.guillemet_names import names_before_guillemets, site_after_guillemets
from biblio.parse.mends.hal_theses import hal_thesis_tail
from biblio.parse.mends.harvard_books import agps_book, agps_web_page, agps_web_report
from biblio.parse.mends.heft import (
    ausgabe_is_issue,
    heft_is_issue,
    issue_slash_year,
    seite_is_pages,
    volume_before_year,
    year_after_issue,
)
from biblio.parse.mends.hereafter_notes import hereafter_as_note
from biblio.parse.mends.honorific_titles import honorific_opens_title
from biblio.parse.mends.honoured_bodies import honoured_body_name
from biblio.parse.mends.host_heads import host_before_title
from biblio.parse.mends.house_series import house_series_closing_title
from biblio.parse.mends.hyphen_initials import hyphenated_initials_end_names
from biblio.parse.mends.identifiers import (
    address_after_doi,
    address_read_as_number,
    address_whole,
    arxiv_number_is_no_journal,
    doi_after_address,
    doi_runs_on,
    index_number_apart,
    isbn_closing_pages,
    isbn_closing_span,
    link_words_apart,
    title_before_preprint_number,
)
from biblio.parse.mends.ieee_chapter_editors import editors_after_ieee_book
from biblio.parse.mends.ieee_series import series_after_ser
from biblio.parse.mends.ieee_status import (
    place_before_report_kind,
    proceedings_read_as_place,
    to_be_published_apart,
)
from biblio.parse.mends.imprint_holders import (
    bracketed_town_year_closes_title,
    editor_sentence_opens_series,
    german_imprint_read_as_holder,
    town_read_as_holder,
)
from biblio.parse.mends.imprints import (
    place_before_publisher,
    place_name_in_publisher,
    publisher_after_place,
    publisher_before_town_state,
    region_after_place,
    state_takes_city,
    title_before_imprint,
)
from biblio.parse.mends.in_before_place import in_before_place
from biblio.parse.mends.in_book import (
    book_after_bare_in,
    chapter_read_as_journal,
    in_book_before_imprint,
    in_book_read_into_title,
    in_note_is_book,
    in_opens_book,
    lone_in_before_book,
    pages_closing_title_before_in,
    title_before_in,
    title_word_in_read_as_book,
    vancouver_names_opening_book,
)
from biblio.parse.mends.in_colon_imprints import acronym_after_in_book, publisher_closing_in_book
from biblio.parse.mends.in_titles import book_title_opening_in
from biblio.parse.mends.initial_closes_name import short_title_after_initials
from biblio.parse.mends.initial_names import initials_after_date_open_title, initials_end_names
from biblio.parse.mends.initial_titles import initial_opening_title, one_word_title_after_initials
from biblio.parse.mends.initials_at_journal import (
    initial_opens_journal,
    initials_close_inverted_names,
    last_names_run_into_journal,
    lone_initial_opens_journal,
    name_run_into_journal,
)
from biblio.parse.mends.initials_first_family import family_after_last_initials
from biblio.parse.mends.inspire_numbers import (
    citation_key_apart,
    erratum_bracket_apart,
    inspire_link_read_as_imprint,
    journal_before_bracketed_year,
    journal_number_read_as_names,
    journal_numbers_closing,
    meeting_after_in_the_proceedings,
    volume_in_bracketed_year,
)
from biblio.parse.mends.interviews import interview_by, interviewer_before_periodical
from biblio.parse.mends.iop_heads import (
    group_and_year_before_title,
    italic_book_before_editors,
    names_and_year_in_title,
    names_before_year_read_as_work,
    names_read_before_year,
    year_after_names_in_title,
)
from biblio.parse.mends.iop_journals import (
    book_in_iop_chapter,
    imprint_after_iop_title,
    journal_before_iop_numbers,
    outlet_closing_iop_title,
    series_before_iop_page,
)
from biblio.parse.mends.iso690_online import online_container, title_alone_before_access
from biblio.parse.mends.iso_dates import iso_date_part, site_before_closing_date
from biblio.parse.mends.issue_years import named_issue_read_into_date, year_after_number
from biblio.parse.mends.italic_journal import (
    in_before_italic_work,
    italic_journal_after_title,
    italic_journal_closing_dated_title,
)
from biblio.parse.mends.italic_names import in_names_without_role, italic_name_opens
from biblio.parse.mends.italic_numbers import (
    bold_volume_cut_in_journal,
    title_tail_before_italic_journal,
    translation_bracket_apart,
    volume_inside_italic_journal,
)
from biblio.parse.mends.italic_whole import italic_whole_after_quoted_title
from biblio.parse.mends.joined_editors import (
    devotional_given_read_as_title,
    first_editor_read_as_genre,
    issue_number_read_into_volume,
    lone_issue_mark,
    page_read_into_volume,
    town_in_journal_year_bracket,
)
from biblio.parse.mends.journal_heads import family_opening_journal, journal_head_in_names, word_journal_after_names
from biblio.parse.mends.journal_name_volumes import name_word_as_volume, numbered_name_opens_title
from biblio.parse.mends.journal_numbers import (
    acs_article_number_is_page,
    article_number_is_page,
    closing_number_is_volume,
    journal_colon_number_as_publisher,
    journal_numbers_apart,
    journal_read_into_volume,
    journal_volume_closing_title,
    numbers_closing_journal,
    roman_volume_in_journal,
    section_volume_in_journal,
    volume_after_abbreviated_journal,
    volume_read_into_date,
)
from biblio.parse.mends.journal_places import (
    place_in_journal_name,
    town_after_journal_after_in,
    town_after_journal_name,
    town_bracket_after_journal,
    town_list_opening_journal,
)
from biblio.parse.mends.journal_series import new_series_journal_read_as_series, series_mark_in_journal
from biblio.parse.mends.journal_tails import (
    journal_before_harvard_numbers,
    journal_before_nlm_article_id,
    journal_before_nlm_numbers,
)
from biblio.parse.mends.journal_year import (
    abbreviation_sentence_before_journal,
    abbreviations_glued_to_journal,
    country_closing_abbreviated_journal,
    italic_journal_opened_in_title,
    italic_numbers_after_year,
    journal_alone_before_year,
    journal_head_after_title_comma,
    journal_head_closing_title,
    journal_read_as_house_after_italic_title,
    journal_read_as_publisher,
    numbers_read_as_title_before_links,
    year_closing_journal,
)
from biblio.parse.mends.jstor_citations import jstor_citation
from biblio.parse.mends.kind_words import (
    catalogue_kind_after_italic_book,
    catalogue_kind_read_as_names,
    exhibition_catalogue_as_publisher,
    kind_after_title,
    kind_closes_title,
    kind_sentence_before_body,
    name_before_link_read_as_note,
    product_name_read_as_kind,
    release_sentence,
)
from biblio.parse.mends.language_marks import language_mark_ends_title
from biblio.parse.mends.latin_imprints import latin_imprint
from biblio.parse.mends.law_reviews import law_review_numbers, oscola_journal
from biblio.parse.mends.legislation import act_opens_reference
from biblio.parse.mends.letters import letter_opening
from biblio.parse.mends.licence_notes import licence_mark, licence_statement
from biblio.parse.mends.link_words import container_ends_on_link_word, title_ends_on_link_word
from biblio.parse.mends.linked_titles import link_text_is_title
from biblio.parse.mends.lone_phrases import (
    closing_note_is_title,
    lone_phrase_is_title,
    named_report_is_title,
    unknown_genre_is_title,
)
from biblio.parse.mends.lone_publishers import (
    initials_open_publisher,
    lone_place_is_publisher,
    lone_town_is_place,
    person_after_place_is_publisher,
)
from biblio.parse.mends.lower_publishers import lower_case_publisher
from biblio.parse.mends.media import (
    article_kind_before_journal,
    ebook_format_apart,
    episode_apart,
    kind_closes_publisher,
    medium_apart,
    medium_closes_title,
    medium_cut_from_title,
)
from biblio.parse.mends.media_notes import (
    aired_on_network,
    album_facts_in_note,
    distributor_then_medium,
    podcast_episode_note,
    running_time_after_medium,
    talk_filmed_note,
)
from biblio.parse.mends.meeting_towns import meeting_days_and_town
from biblio.parse.mends.meeting_venues import meeting_after_in_colon, meeting_year_and_acronym_after_quote
from biblio.parse.mends.mhra_heads import mhra_title_after_name
from biblio.parse.mends.mimeo import mimeo_apart
from biblio.parse.mends.ml_imprints import (
    body_after_place_year,
    domain_closing_venue,
    imprint_before_isbn,
    imprint_note_after_pages,
    place_closing_pages,
)
from biblio.parse.mends.mla7_web import mla7_described_work, mla7_web_page
from biblio.parse.mends.mla_containers import (
    body_after_italic_site,
    database_after_location,
    database_read_as_publisher,
    journal_number_before_vol,
    month_named_journal,
    volume_of_a_book,
)
from biblio.parse.mends.mla_edited_books import (
    abbreviated_role_opens_publisher,
    names_title_role_in_one,
    role_names_into_imprint,
    role_opens_publisher,
)
from biblio.parse.mends.mla_episodes import chicago_episode_entry, chicago_episode_note, mla_episode
from biblio.parse.mends.mla_imprints import (
    book_before_imprint,
    container_before_publisher,
    database_after_imprint,
    database_read_as_second_publisher,
    editors_end_at_comma,
    editors_opening_imprint,
    joined_publisher,
    publisher_after_container,
    publisher_after_contributors,
    publisher_after_plain_container,
    publisher_after_title_stop,
    publisher_without_place,
    volume_after_marker,
)
from biblio.parse.mends.mla_web import uploader_read_as_editor, web_source_parts
from biblio.parse.mends.mnras_series import series_volume_opens_book
from biblio.parse.mends.monograph_series import (
    series_before_house_and_town,
    series_before_place,
    series_closing_title_before_imprint,
    series_in_edited_book,
    series_or_imprint_in_title,
)
from biblio.parse.mends.month_issues import month_issue_before_year
from biblio.parse.mends.multivolume import (
    book_of_volume_as_issue,
    cited_volume_after_count,
    publication_years_as_pages,
    series_before_imprint_bracket,
    volume_count_closing_title,
    years_after_issue,
    years_then_volume_count,
)
from biblio.parse.mends.musical_works import musical_work_title
from biblio.parse.mends.name_ends import (
    area_dash_closes_names,
    body_before_italics,
    etal_closes_names,
    etal_then_title_before_date,
    family_opens_book_title,
    initials_take_family,
    iop_names_as_journal,
    italic_opens_title,
    names_run_into_title,
    plus_joined_firm_opens_title,
)
from biblio.parse.mends.name_tails import (
    family_name_opening_journal,
    group_after_names,
    initials_name_before_year,
    journal_closing_family_names,
    last_name_after_and_opens_title,
    legal_form_after_name,
    names_before_quoted_title,
    names_through_role,
    quoted_title_in_names,
    title_after_initials_names,
    title_read_as_last_name,
    title_word_closing_initials_names,
    title_words_run_into_initials_names,
    year_after_names,
    year_closing_names,
)
from biblio.parse.mends.named_addresses import name_then_address
from biblio.parse.mends.named_editions import named_edition_after_title
from biblio.parse.mends.named_venues import acronym_venue_closes_title, venue_read_as_edition
from biblio.parse.mends.names import (
    family_name_in_title,
    given_name_before_year,
    given_name_read_apart,
    inverted_name_before_date,
    name_after_conjunction,
    names_between_names,
)
from biblio.parse.mends.nature_chapters import nature_chapter_tail
from biblio.parse.mends.news_sections import (
    nlm_newspaper_before_section,
    page_closing_day,
    paper_named_as_place,
    paper_read_as_place,
    paper_read_as_publisher,
    paper_read_as_title,
    section_apart,
)
from biblio.parse.mends.nlm_imprints import (
    imprint_before_nlm_date,
    imprint_before_unknown_date,
    internet_book_chapter,
    meeting_days_and_town_in_book,
    region_bracket_closes_place,
    town_before_region_bracket,
)
from biblio.parse.mends.nlm_publishers import (
    nlm_editor_after_title,
    nlm_journal_closing_title,
    publisher_after_journal_stop,
)
from biblio.parse.mends.nlm_site_parts import site_before_page_title
from biblio.parse.mends.no_date_heads import title_head_before_no_date
from biblio.parse.mends.note_book_editors import (
    editor_and_series_in_note_book,
    editor_named_before_note_title,
    volume_and_editor_after_note_title,
)
from biblio.parse.mends.note_book_parts import (
    colon_page_after_volume,
    edition_or_book_word_in_editors,
    page_before_platform,
    platform_before_page,
    unmarked_editors_are_book,
    year_and_volume_read_as_place,
)
from biblio.parse.mends.note_books import (
    catalogue_entry_after_page,
    database_after_note_page,
    edited_book_note_title,
    edition_read_as_page,
    facts_read_into_italic_title,
    facts_without_place,
    note_book_opening,
    note_book_read_as_container,
    note_locator_apart,
    note_title_alone,
    part_word_before_book_title,
    plain_note_head,
    title_head_in_note_names,
    year_in_note_publisher,
)
from biblio.parse.mends.note_outlets import italic_outlet_after_title, section_after_italic_outlet
from biblio.parse.mends.note_titles import (
    report_kind_in_imprint_bracket,
    title_read_into_bracketed_imprint,
    title_runs_to_imprint_bracket,
)
from biblio.parse.mends.note_years import month_year_sentence_as_date, year_sentence_in_note
from biblio.parse.mends.noted_numbers import numbers_read_as_note
from biblio.parse.mends.numbered_acronyms import acronym_head_after_initial, designation_opens_title
from biblio.parse.mends.numbered_bodies import number_closes_body
from biblio.parse.mends.numbered_editions import numbered_edition, numbered_reprint
from biblio.parse.mends.numbered_lists import particle_after_number
from biblio.parse.mends.numbered_periodicals import place_before_numbers_is_periodical
from biblio.parse.mends.numbered_series import (
    numbered_series_and_house_as_container,
    report_series_closing_title,
    series_after_italic_title,
    series_before_imprint,
)
from biblio.parse.mends.numbered_titles import numbered_title, quoted_section_number
from biblio.parse.mends.numbers import (
    day_before_volume,
    issue_after_volume,
    issue_read_as_bracketed_page,
    marked_numbers,
    numero_after_volume,
    pages_before_date,
    year_closing_number,
)
from biblio.parse.mends.numeral_titles import numeral_word_opens_title
from biblio.parse.mends.of_series import series_after_volume_word
from biblio.parse.mends.online_sites import (
    page_title_after_title,
    site_after_online_mark,
    site_before_address_and_year,
    site_before_online_date,
)
from biblio.parse.mends.opening_dates import (
    bracketed_date_runs_on,
    date_inside_opening,
    date_runs_into_title,
    names_before_bare_year,
    names_before_opening_date,
    names_before_plain_date,
    original_year_apart,
    status_opens_title,
    undated_names_opening,
)
from biblio.parse.mends.opening_groups import (
    abbreviated_body_opens,
    acronym_author_spelled_out,
    acronym_before_quoted_title,
    acronym_body_opens_title,
    acronym_spelled_out_before_title,
    body_closing_comma_title,
    body_comma_opens_title,
    body_name_cut_into_title,
    body_opens_quoted_title,
    body_runs_into_title,
    bracket_closed_in_date,
    country_body_split_at_its_abbreviation,
    group_before_bare_year,
    group_before_italic_title,
    group_before_note_italic_title,
    group_colon_before_year,
    group_in_italic_title,
    group_note_before_bare_year,
    group_opening_as_note,
    group_opening_as_outlet,
    group_opening_as_publisher,
    group_runs_to_colon,
    group_year_comma_note,
    group_year_comma_opening,
    group_year_title_in_note,
    name_before_year_colon,
    person_colon_italic_title,
    sub_body_before_date,
    undated_body_opens_title,
)
from biblio.parse.mends.opening_notes import names_out_of_opening_note
from biblio.parse.mends.opening_titles import exclaimed_title_read_as_names, opening_italics_title
from biblio.parse.mends.optica_numbers import issue_and_page_read_as_date
from biblio.parse.mends.ordinal_titles import imprint_read_as_edition, ordinal_closes_title
from biblio.parse.mends.organised_books import book_after_organisers
from biblio.parse.mends.original_years import (
    first_printing_sentence,
    original_publication_note,
    original_year_after_title,
    original_year_before_edition,
    original_year_closing_title,
)
from biblio.parse.mends.other_editions import language_note_apart, note_after_year, other_edition_apart
from biblio.parse.mends.outlet_first import outlet_opens_dated_title
from biblio.parse.mends.outlet_names import (
    digits_glued_to_outlet,
    outlet_after_date,
    outlet_after_quoted_title,
    outlet_after_writer,
    site_run_into_quoted_title,
)
from biblio.parse.mends.page_lists import page_list_after_imprint
from biblio.parse.mends.page_words import (
    bracketed_page_count,
    bracketed_pages_opening_publisher,
    front_matter_read_as_volume,
    issue_read_into_pages,
    number_after_page_word,
    page_word_before_pages,
    paragraph_is_note,
    publisher_in_closing_pages,
    publisher_in_pages_before_year,
    worded_page_range,
    year_after_page_word,
    years_before_marked_pages,
)
from biblio.parse.mends.pages_in_book import bare_pages_before_in, pages_in_book
from biblio.parse.mends.paper_series import (
    numbered_series_closing_title,
    paper_issuer_read_as_place,
    paper_number_after_title,
    series_number_apart,
)
from biblio.parse.mends.particle_families import particle_family_after_initials
from biblio.parse.mends.particle_names import particle_closes_inverted_name, particle_family_opens_title
from biblio.parse.mends.patents import inventor_role_apart, patent_number_apart
from biblio.parse.mends.person_year_colons import person_year_colon_opens
from biblio.parse.mends.physics_heads import (
    bracketed_group_opens_title,
    bracketed_group_read_as_title,
    name_rest_opens_journal,
    pos_citation,
    spelled_journal_read_as_title,
)
from biblio.parse.mends.physics_imprint import (
    edition_and_imprint_in_note,
    imprint_bracket_apart,
    publisher_in_editors,
    publisher_read_as_note,
    series_after_title,
    year_closes_imprint,
)
from biblio.parse.mends.physics_numbers import (
    arxiv_id_whole,
    arxiv_number_is_no_page,
    lone_number_is_volume,
    page_in_date,
    range_end_apart,
)
from biblio.parse.mends.pipe_sites import site_after_bar
from biblio.parse.mends.place_lists import (
    place_head_before_imprint,
    slashed_towns,
    town_head_read_as_publisher,
    towns_before_semicolon,
)
from biblio.parse.mends.place_titles import places_closing_title, title_read_into_place
from biblio.parse.mends.placeholder_volumes import placeholder_volume
from biblio.parse.mends.placeless_books import placeless_book
from biblio.parse.mends.polish_in import polish_in_mark
from biblio.parse.mends.possessives import plural_possessive_in_title
from biblio.parse.mends.preprints import server_before_posting
from biblio.parse.mends.presentations import (
    bracketed_presentation_at_meeting,
    meeting_after_initials,
    meeting_read_as_publisher,
    presented_after_initials,
    presented_at_comma,
    presented_at_meeting,
    presented_at_town_and_days,
    presented_at_with_stops,
    talk_in_note,
)
from biblio.parse.mends.proceedings import (
    abbreviations_after_proceedings,
    meeting_after_proceedings,
    meeting_after_title_comma,
    meeting_numeral_closing_title,
    meeting_place_and_dates_in_title,
    meeting_place_before_bracketed_imprint,
    neurips_number_in_title,
    part_in_proceedings_title,
    proceedings_in_title,
    proceedings_word_alone,
    series_after_proceedings,
)
from biblio.parse.mends.producer_after_title import producer_after_title
from biblio.parse.mends.publication_notes import site_before_publication_note
from biblio.parse.mends.published_for import published_for_is_imprint
from biblio.parse.mends.publisher_first import publisher_closing_work, publisher_comma_place, town_closing_publisher
from biblio.parse.mends.publisher_numbers import number_naming_publisher, publisher_before_numbers
from biblio.parse.mends.publisher_places import (
    comma_imprint_before_bracketed_year,
    firm_after_town_in_place,
    natural_editors_open_comma_imprint,
    place_in_publisher_name,
    place_opens_publisher_name,
    publisher_after_place_read_as_container,
    region_code_read_as_publisher,
    title_word_joined_to_town,
    town_closing_publisher_before_state,
    town_opens_publisher_before_year,
)
from biblio.parse.mends.publisher_split import legal_form_opens_place, publisher_in_imprint, publisher_open_end
from biblio.parse.mends.publishers import (
    body_before_place,
    pages_after_publisher,
    place_after_publisher,
    publisher_apart,
    publisher_closing_container,
    second_house_read_as_place,
    university_press,
)
from biblio.parse.mends.quotes import (
    colon_head_before_quoted_title,
    ieee_quoted_title_whole,
    initialism_opens_body_name,
    name_before_quoted_title,
    quote_closes_title,
    quoted_title_before_italics,
    quoted_title_in_container,
    quoted_words_inside_title,
    quoted_work_is_title,
    title_after_quoted_title,
)
from biblio.parse.mends.r_bibentry import bibentry_article
from biblio.parse.mends.rapid_page import page_letter_mark, page_range_rest, volume_page_letter_mark
from biblio.parse.mends.region_codes import region_code_imprint
from biblio.parse.mends.repeated_author import dashes_with_role, dashes_with_years, title_read_into_dashes
from biblio.parse.mends.repeated_containers import container_named_twice
from biblio.parse.mends.repeated_places import towns_closing_publisher_name, towns_in_publisher_name
from biblio.parse.mends.report_bodies import (
    body_after_comma_kind,
    body_closing_title,
    bracketed_kind_closing_title,
    from_before_link,
    report_body_apart,
)
from biblio.parse.mends.report_codes import report_code_after_imprint, report_number_cut_at_slash
from biblio.parse.mends.report_months import month_closing_publisher
from biblio.parse.mends.report_numbers import (
    body_report_number,
    code_closing_title,
    coded_number_and_institution,
    institution_opens_place,
    number_after_publisher,
    number_and_institution,
    place_opens_publisher,
    preprint_of_institute,
    report_number_and_body_closing_title,
    report_number_closing_title,
    report_read_as_journal,
    report_series_opening_imprint,
    report_series_read_as_journal,
    report_series_read_as_publisher,
)
from biblio.parse.mends.report_status import (
    status_closes_journal,
    status_words_in_title,
    title_after_forthcoming,
    year_runs_into_title,
)
from biblio.parse.mends.reprints import bracketed_reprint, reprint_apart, reprint_in_title, year_then_reprint_year
from biblio.parse.mends.review_notes import (
    review_read_into_names,
    reviewer_opens_review,
    supplement_closes_periodical,
)
from biblio.parse.mends.revision_numbers import revision_closes_title
from biblio.parse.mends.rfc_numbers import rfc_number_first, rfc_numbers_apart, rfc_title_first
from biblio.parse.mends.role_by_sentences import (
    editor_after_translators,
    in_book_then_role_sentence,
    role_sentence_closing_title,
)
from biblio.parse.mends.role_phrases import (
    dutch_editors_listed,
    french_editing_phrase_apart,
    role_phrase_apart,
    short_role_phrase_apart,
)
from biblio.parse.mends.role_sentences import (
    book_tail_opens_editors,
    family_after_initial,
    publisher_after_role_sentence,
    role_cut_after_work,
)
from biblio.parse.mends.roles import (
    chicago_director_opens,
    directed_by,
    directed_by_in_title,
    director_opens,
    edited_and_translated_apart,
    editors_after_italic_book,
    family_and_role_open_title,
    film_opening_names,
    film_title_then_director,
    in_venue_read_as_editor,
    role_after_names_apart,
    role_alone_before_year,
    role_closes_names_in_title,
    role_closing_book_before_editors,
    role_ends_names,
    role_ends_split_names,
    role_opens_title,
    title_before_directed_by,
    translator_read_as_editor,
    turkish_role_inside_names,
    unmarked_editors,
)
from biblio.parse.mends.romance_parts import (
    collected_works_part,
    editors_after_en,
    in_colon_inside_title,
    reissue_note,
    roman_volume_after_italic_journal,
    series_read_as_publisher_before_town_year,
    town_before_number,
    volume_after_series,
    volume_number_read_as_date,
)
from biblio.parse.mends.rsc_books import publisher_before_edition
from biblio.parse.mends.rsc_chapters import rsc_chapter
from biblio.parse.mends.rsc_journals import (
    abbreviated_journal_closing_title,
    journal_after_rsc_names,
    title_alone_before_rsc_numbers,
)
from biblio.parse.mends.run_on_journals import journal_run_into_title
from biblio.parse.mends.same_author_books import same_author_pronoun
from biblio.parse.mends.sayi import sayi_is_issue
from biblio.parse.mends.script_names import script_after_italic_name
from biblio.parse.mends.seasons import (
    meeting_days_as_volume,
    months_before_pages,
    months_before_year,
    season_named_publisher,
)
from biblio.parse.mends.second_dates import title_year_before_closing_date
from biblio.parse.mends.section_locators import chapter_or_section_locator, standard_edition_locator
from biblio.parse.mends.sections import lettered_volume_in_pages, section_letter_volume
from biblio.parse.mends.see_addresses import see_before_address
from biblio.parse.mends.series import (
    number_closing_series,
    series_after_italics,
    series_after_year,
    series_closing_plain_title,
    series_cut_before_and,
    title_in_series,
)
from biblio.parse.mends.series_imprints import series_imprint_apart
from biblio.parse.mends.series_volumes import volume_of_series
from biblio.parse.mends.short_notes import (
    book_note_plain_title,
    italic_book_before_year_and_page,
    short_author_date_note,
    short_note_of_book,
    short_note_of_names,
    short_note_plain_title,
    short_note_plain_title_page,
)
from biblio.parse.mends.siam_chapters import book_then_editors
from biblio.parse.mends.site_dates import bracket_date_after_link, site_before_bracket_date
from biblio.parse.mends.site_heads import (
    one_word_journal_after_title,
    site_author_before_linked_title,
    site_before_linked_title,
    site_double_hyphen_title,
    title_then_site_before_address,
)
from biblio.parse.mends.slashed_journals import slashed_journal_head
from biblio.parse.mends.slavic_journals import named_numbers
from biblio.parse.mends.slide_decks import slide_deck_description
from biblio.parse.mends.society_journals import society_after_journal
from biblio.parse.mends.society_series import series_closing_whole_book, society_series_closing_book
from biblio.parse.mends.software_releases import italic_release
from biblio.parse.mends.source_kinds import finnish_source_kind_apart
from biblio.parse.mends.springer_citations import springer_book_meeting_series
from biblio.parse.mends.standard_sections import section_in_standards
from biblio.parse.mends.standards import (
    designation_after_title,
    designation_opens_standard,
    specification_numbers,
    standard_series_as_journal,
)
from biblio.parse.mends.stop_places import meeting_place_after_stop, title_head_read_as_place
from biblio.parse.mends.sub_verbo import entry_under_word
from biblio.parse.mends.subject_classes import subject_class_closes_title
from biblio.parse.mends.supervisors import supervisor_is_note
from biblio.parse.mends.survey_series import survey_release_version, survey_series_apart
from biblio.parse.mends.team_heads import team_opens_title
from biblio.parse.mends.template_types import template_type_apart
from biblio.parse.mends.theses import (
    abnt_degree_note,
    degree_in_brackets,
    degree_opens_imprint,
    dotted_degree_apart,
    school_after_degree,
    school_before_degree,
    turkish_degree_closing,
)
from biblio.parse.mends.title_continuations import (
    subtitle_read_as_source_before_town,
    title_words_read_as_note,
    title_words_read_as_source,
)
from biblio.parse.mends.title_dash_names import name_after_dash_in_title
from biblio.parse.mends.title_first import (
    edition_after_title_in_author_place,
    names_after_italic_title,
    title_in_author_place,
)
from biblio.parse.mends.title_heads import title_head_apart
from biblio.parse.mends.title_in_journal import (
    article_closing_title_opens_journal,
    container_before_journal_is_title,
    in_phrase_read_as_book,
    italic_journal_closing_title,
    journal_head_in_title,
    journal_word_after_title_stop,
    review_mark_closes_title,
    series_sentence_before_volume_pages,
    title_before_abbreviated_journal,
    title_before_italic_journal,
    title_words_before_journal_comma,
)
from biblio.parse.mends.title_in_names import (
    chapter_title_in_names,
    last_name_opens_title,
    listed_names_close_at_stop,
    title_closing_initial_names,
    title_head_after_dotted_names,
    title_head_in_names,
    title_in_names_alone,
)
from biblio.parse.mends.title_islands import formula_bracket_in_title, glued_number_in_title, numbered_part_in_journal
from biblio.parse.mends.title_numbers import number_before_year_closes_title
from biblio.parse.mends.title_openings import (
    hidden_names_open_title,
    month_word_opens_title,
    quoted_title_opens_in_names,
)
from biblio.parse.mends.title_roles import role_note_after_title, roles_closing_title
from biblio.parse.mends.title_tails import title_tail_apart
from biblio.parse.mends.title_year_openings import italic_title_before_bare_year
from biblio.parse.mends.title_years import bracketed_year_inside_title, year_closing_release_title, year_closing_title
from biblio.parse.mends.titled_publishers import title_read_into_publisher
from biblio.parse.mends.titles import (
    annotation_after_italic_book,
    book_title,
    by_closing_title,
    emphasis_ends_title,
    given_names_before_italic_title,
    italic_is_no_name,
    italic_title_opens_imprint,
    journal_after_title,
    name_alone_before_imprint,
    names_run_into_italic_title,
    place_after_italic_title,
    publisher_after_italic_title,
    title_after_initials,
    town_year_after_italic_title,
    volume_closing_book,
    whole_emphasis,
    work_cut_in_emphasis,
    year_opening_emphasis,
)
from biblio.parse.mends.titles_journal_abbrev import (
    abbreviation_to_journal,
    brand_head_before_journal,
    journal_abbreviation_before_body,
    journal_head_after_comma,
    subtitle_read_into_journal,
    title_read_into_abbreviated_journal,
)
from biblio.parse.mends.tome_editors import tome_and_editor_after_title, tome_closing_imprint
from biblio.parse.mends.town_imprints import publisher_between_town_and_year, town_after_publisher
from biblio.parse.mends.town_places import (
    first_of_slashed_towns,
    meeting_place_closing_proceedings,
    numbered_meeting_place,
    town_before_place,
    venue_closing_proceedings,
)
from biblio.parse.mends.turkish_imprints import turkish_edition_volume
from biblio.parse.mends.typescript_theses import typescript_thesis_imprint
from biblio.parse.mends.unclosed_quotes import unclosed_quote_title
from biblio.parse.mends.undated_address import undated_mark_before_address
from biblio.parse.mends.unified_numbers import (
    minus_sign_range_read_as_issue,
    volume_dot_pages,
    volume_issue_cut_in_bracket,
)
from biblio.parse.mends.unknown_imprint import unknown_imprint_apart
from biblio.parse.mends.unstopped_group_author import group_name_before_date
from biblio.parse.mends.untitled_pieces import journal_without_title
from biblio.parse.mends.updated_dates import (
    changed_date_after_head,
    date_before_update_note,
    date_word_apart,
    title_before_date_word,
)
from biblio.parse.mends.usgs_journals import journal_after_colon
from biblio.parse.mends.vancouver_imprints import (
    book_read_as_publisher,
    title_read_as_publisher,
    title_tail_before_imprint,
)
from biblio.parse.mends.vancouver_names import one_word_title_before_imprint, vancouver_list_opening
from biblio.parse.mends.vancouver_numbers import extent_is_note, source_block_apart
from biblio.parse.mends.vancouver_sites import site_before_year
from biblio.parse.mends.vancouver_subtitles import subtitle_before_nlm_journal
from biblio.parse.mends.venue_year import (
    bracketed_venue_name_in_date,
    bracketed_venue_year,
    meeting_acronym_year_closing,
    meeting_year_after_apostrophe,
    venue_with_year,
    venue_year_after_dated_names,
    venue_year_before_date,
    year_after_identifier,
)
from biblio.parse.mends.versions import (
    bare_tag_apart,
    dataverse_release,
    dated_version_apart,
    firm_program_version,
    medium_and_version_after_title,
    package_version_closing_title,
    release_and_keeper_as_note,
    release_read_as_numbers,
    version_apart,
    version_read_as_numbers,
)
from biblio.parse.mends.viewed_notes import viewed_date_is_accessed
from biblio.parse.mends.volume_page import (
    article_id_cut_at_digits,
    bold_volume_in_journal,
    bracketed_issue_opening_pages,
    issue_after_volume_dot,
    issue_after_volume_slash,
    issue_before_bracketed_year_is_page,
    issue_before_month,
    issue_before_pages,
    issue_without_volume,
    labelled_volume_slash_issue,
    page_in_volume,
    range_after_volume_comma_is_page,
    thousands_page_cut_in_volume,
    volume_in_issue,
    volume_in_pages,
    volume_issue_in_pages,
    volume_page_after_journal,
)
from biblio.parse.mends.volume_titles import (
    book_volume_after_title,
    series_read_as_place,
    subtitle_after_volume,
    title_before_isbd_volume,
)
from biblio.parse.mends.volume_words import (
    colon_volume_word_alone,
    series_between_book_and_volume,
    volume_number_in_pages,
    volume_word_then_number_as_pages,
)
from biblio.parse.mends.volumes import (
    dotted_issues_read_as_pages,
    number_word_closing_journal,
    volume_after_italics,
    volume_before_date,
    volume_closing_journal,
    volume_read_as_edition,
    volume_word_read_as_date,
    volume_word_then_number,
)
from biblio.parse.mends.web_documents import www_document_page
from biblio.parse.mends.web_sites import (
    annotated_note_page,
    host_site_after_date,
    owner_after_opening_title,
    site_after_quoted_title,
    site_before_address,
    site_before_address_lead_in,
    site_before_bracketed_year,
    site_before_posted_date,
    site_in_quoted_title,
    work_after_quoted_title,
)
from biblio.parse.mends.word_vancouver import empty_volume_block
from biblio.parse.mends.worded_dates import worded_date_apart
from biblio.parse.mends.year_colon_pages import publisher_before_year_colon
from biblio.parse.mends.year_letters import bracketed_year_letter
from biblio.parse.mends.year_publishers import publisher_after_proceedings_year, publisher_read_as_late_name
from biblio.parse.mends.year_volume_journals import journal_read_as_place, year_numbers_after_journal
from biblio.parse.mends.year_volumes import (
    dotted_year_volume_in_date,
    volume_word_before_year_volume,
    year_is_volume,
    year_volume_after_journal,
    year_volume_in_date,
    year_volume_with_issue,
)
from biblio.parse.mends.years import (
    comma_year_closes_title,
    hyphened_head_of_title,
    month_after_journal,
    page_after_periodical_day,
    periodical_read_into_date,
    title_head_in_date,
    volume_and_page_read_as_date,
    volume_read_as_date,
    year_after_title,
    year_after_worded_volume_read_as_pages,
    year_closing_described_bracket,
    year_closing_title_before_imprint,
    year_closing_title_before_in,
    year_closing_title_before_journal,
    year_sentence_in_title,
    years_after_publisher,
    years_closing_title,
    years_closing_title_before_journal,
    years_opening_edition,
)
from biblio.parse.spans import Span

Mend = Callable[[list[Span], str], list[Span]]

_ANY: frozenset[str] = frozenset()

# the mends written on real physics and computer-science lists, each run where its labels are read
_NAME_AND_TITLE_ENDS = gated(
    "name_and_title_ends",
    (frozenset(["title"]), italic_opens_title),
    (_ANY, initials_take_family),
    (frozenset(["title"]), etal_closes_names),
    (frozenset(["title"]), area_dash_closes_names),
    (frozenset(["date"]), etal_then_title_before_date),
    (frozenset(["title"]), names_run_into_title),
    (frozenset(["date"]), iop_names_as_journal),
    (_ANY, body_before_italics),
    (frozenset(["title"]), title_head_apart),
    (frozenset(["edition"]), title_before_edition),
    (frozenset(["title", "edition"]), title_words_in_edition),
    (frozenset(["title", "edition"]), numbered_sentence_closing_title),
    (frozenset(["edition"]), edition_word_apart),
    (_ANY, ordinal_apart_from_word),
    (_ANY, in_opens_book),
    (frozenset(["container-title"]), title_before_in),
    (frozenset(["title"]), pages_closing_title_before_in),
    (frozenset(["journal"]), chapter_read_as_journal),
    (frozenset(["title"]), in_book_before_imprint),
    (frozenset(["title"]), in_book_read_into_title),
    (frozenset(["title"]), book_after_bare_in),
    (frozenset(["title", "note"]), in_note_is_book),
    (frozenset(["title", "container-title"]), title_word_in_read_as_book),
)
_NUMBERS_AND_VENUES = gated(
    "numbers_and_venues",
    (frozenset(["title"]), glued_head_apart),
    (frozenset(["journal", "volume"]), section_letter_volume),
    (frozenset(["date", "pages"]), lettered_volume_in_pages),
    (frozenset(["volume"]), numbers_beside_year),
    (frozenset(["title", "date"]), coverage_years_closing_title),
    (frozenset(["title"]), period_closing_title),
    (frozenset(["pages", "date", "journal"]), number_before_bracketed_year),
    (frozenset(["issue", "date"]), issue_number_read_as_date),
    (frozenset(["volume", "issue"]), bracketed_year_read_as_issue),
    (frozenset(["volume"]), page_in_volume),
    (frozenset(["pages"]), volume_in_pages),
    (frozenset(["pages"]), volume_issue_in_pages),
    (frozenset(["volume", "pages"]), bracketed_issue_opening_pages),
    (frozenset(["journal"]), bold_volume_in_journal),
    (frozenset(["pages"]), article_id_cut_at_digits),
    (frozenset(["volume", "date"]), issue_without_volume),
    (_ANY, venue_with_year),
    (frozenset(["date", "title"]), meeting_acronym_year_closing),
    (frozenset(["note"]), year_after_identifier),
    (frozenset(["volume", "pages"]), issue_after_volume_dot),
    (frozenset(["volume", "pages"]), issue_after_volume_slash),
    (frozenset(["issue"]), labelled_volume_slash_issue),
    (frozenset(["date"]), bracketed_venue_year),
    (_ANY, bracketed_venue_name_in_date),
    (frozenset(["volume"]), version_read_as_numbers),
    (frozenset(["pages"]), page_letter_mark),
    (frozenset(["volume"]), volume_page_letter_mark),
    (frozenset(["pages"]), page_range_rest),
    (frozenset(["volume", "pages", "date"]), issue_before_month),
    (frozenset(["volume", "pages"]), issue_before_pages),
    (frozenset(["title", "journal"]), abbreviation_to_journal),
    (frozenset(["title", "journal"]), journal_head_after_comma),
    (frozenset(["title", "journal", "volume"]), brand_head_before_journal),
    (frozenset(["title", "journal"]), subtitle_read_into_journal),
    (frozenset(["title"]), journal_run_into_title),  # after the mends that find a journal's head after a comma
    (frozenset(["publisher"]), journal_abbreviation_before_body),
    (frozenset(["issue"]), volume_in_issue),
    (frozenset(["issue"]), issue_before_bracketed_year_is_page),
    (frozenset(["volume", "issue", "date"]), range_after_volume_comma_is_page),
    (frozenset(["journal"]), volume_page_after_journal),
    (frozenset(["pages"]), arxiv_number_is_no_page),
    (_ANY, arxiv_id_whole),
    (frozenset(["pages"]), range_end_apart),
    (frozenset(["date"]), page_in_date),
    (frozenset(["pages", "publisher"]), publication_years_as_pages),
    (frozenset(["issue"]), years_after_issue),
    (frozenset(["issue"]), book_of_volume_as_issue),
    (frozenset(["journal", "pages", "date"]), lone_number_is_volume),  # after the mends that read the pages
)
_IMPRINTS = gated(
    "imprints",
    (frozenset(["publisher", "location"]), publisher_open_end),
    (frozenset(["publisher", "location"]), legal_form_opens_place),
    (frozenset(["location"]), publisher_in_imprint),
    (frozenset(["publisher"]), imprint_bracket_apart),
    (frozenset(["note"]), edition_and_imprint_in_note),
    (frozenset(["editor"]), publisher_in_editors),
    (frozenset(["note"]), year_closes_imprint),
    (frozenset(["title"]), series_after_title),
    (frozenset(["publisher"]), edition_closing_publisher),
    (frozenset(["publisher"]), edition_opening_publisher),
    (frozenset(), edition_split_after_italics),
    (frozenset(["title"]), edition_after_italic_title),
    (frozenset(["title"]), edition_and_series_in_title),
    (frozenset(["title"]), edition_closing_title),
    (frozenset(), edition_closing_book),
    (frozenset(), publisher_and_edition_in_note),
    (frozenset(), edition_note_after_title),
)

MENDS: tuple[Mend, ...] = (
    italic_whole_after_quoted_title,  # first: the model's whole title span, before the quote mends cut it
    bracketed_venue_after_title,  # a whole reading from the text's form, before the mends that cut its spans
    edited_book_in_italics,  # a whole reading from the text's form too
    britannica_citation,
    work_editor_after_entry,
    glued_number_in_title,
    formula_bracket_in_title,
    numbered_part_in_journal,
    citation_key_apart,
    plus_joined_firm_opens_title,  # early: the mends after it split the title it opens from the journal
    word_before_state_read_as_town,
    translated_comma_form,
    dated_author_comma_form,
    death_date_after_opening_name,
    caps_author_then_role,
    bracketed_given_opening,  # early: the mends after it read the title the names' cut left
    colon_edition_bracket,
    placeless_book,
    et_al_comma_journal,
    agps_book,
    agps_web_page,
    role_bracket_after_names,
    dutch_role_bracket_after_names,
    role_before_names_opens_container,
    meeting_days_and_town,
    caps_comma_form,
    honoured_body_name,
    named_edition_after_title,
    bracketed_collaboration_after_names,
    dashes_with_role,
    dashes_with_years,
    title_read_into_dashes,
    collaboration_title_in_note,
    collaboration_title_whole,
    collaboration_opens_names,
    collaboration_number_alone,
    dotted_name_after_names,
    capitals_before_colon,
    bold_names_after_title,
    bold_name_opening,
    bold_title_read_as_name,
    bibentry_article,
    particle_after_number,
    particle_closes_inverted_name,
    title_word_after_ed,
    particle_family_opens_title,
    marked_numbers,
    numero_after_volume,
    jstor_citation,
    letter_opening,
    advertisement_of_product,
    interview_by,
    interviewer_before_periodical,
    law_review_numbers,
    oscola_journal,
    act_opens_reference,
    caps_names_end,
    caps_names_run_into_title,
    short_title_after_initials,
    semicolon_names_end,
    one_caps_name_then_title,
    caps_body_opening_title,
    caps_first_names_end_at_comma,
    group_after_et_al,
    group_after_et_al_in_names,
    placeholder_volume,  # before the month after the pages is read apart
    day_cut_from_year_month,
    day_month_before_year,
    day_month_closing_title,
    dotted_date,
    month_number_before_year,
    bracketed_date_is_issued,
    unannounced_access_before_link,
    bracketed_year_letter,
    bracketed_date_runs_on,
    date_inside_opening,
    names_before_opening_date,
    names_before_plain_date,
    opening_italics_title,
    exclaimed_title_read_as_names,
    names_before_bare_year,
    date_runs_into_title,
    status_opens_title,
    undated_names_opening,
    original_year_apart,
    numbered_title,
    quoted_section_number,
    given_name_in_title,
    lone_name_opens_title,
    title_in_colon_names,
    year_opens_title,
    imprint_closing_entry,
    italic_name_opens,
    note_book_opening,
    plain_note_head,
    title_head_in_note_names,
    database_after_note_page,
    year_in_note_publisher,
    note_locator_apart,
    facts_without_place,
    facts_read_into_italic_title,
    part_word_before_book_title,
    edition_read_as_page,
    catalogue_entry_after_page,
    script_after_italic_name,
    note_title_alone,
    edited_book_note_title,
    note_book_read_as_container,
    bracket_closed_in_date,
    group_opening_as_outlet,
    group_colon_before_year,
    body_name_cut_into_title,
    body_runs_into_title,
    group_opening_as_publisher,
    group_before_italic_title,
    group_in_italic_title,
    undated_body_opens_title,
    body_opens_quoted_title,
    group_before_note_italic_title,
    country_body_split_at_its_abbreviation,
    abbreviated_body_opens,
    person_colon_italic_title,
    sub_body_before_date,
    group_before_bare_year,
    name_before_year_colon,
    group_note_before_bare_year,
    italic_title_before_bare_year,
    person_year_colon_opens,
    in_names_without_role,
    role_after_in_editors,
    inverted_editors_open_container,
    role_ends_names,
    family_and_role_open_title,
    editors_after_italic_book,
    elided_italic_title_is_book,
    role_ends_split_names,
    turkish_role_inside_names,
    directed_by,
    in_venue_read_as_editor,
    film_opening_names,
    title_before_directed_by,
    directed_by_in_title,
    film_title_opens,
    mla_episode,
    chicago_episode_note,
    chicago_episode_entry,
    artwork_after_year,
    artwork_dated_first,
    filmed_talk,
    numbered_series_read_as_edition,
    distributor_is_publisher,
    bracketed_author_opens,
    slashed_year_apart,
    director_opens,
    chicago_director_opens,
    film_title_then_director,
    unmarked_editors,
    edited_and_translated_apart,
    translator_read_as_editor,
    book_after_organisers,  # before editors_apart reads the book's words as the editors'
    names_title_role_in_one,
    bracketed_editors_opening_span,
    role_names_past_initial,
    role_names_into_imprint,
    role_opens_publisher,
    abbreviated_role_opens_publisher,
    typescript_thesis_imprint,
    series_bracket_before_town,  # before the editors: the series' bracket closes the names
    first_editor_read_as_genre,
    book_read_into_editors,
    volume_title_after_book,
    first_year_bracket_apart,
    page_read_into_bracket_date,
    town_in_journal_year_bracket,
    devotional_given_read_as_title,
    page_read_into_volume,
    issue_number_read_into_volume,
    lone_issue_mark,
    editors_apart,
    body_editor_opens_title,
    opening_list_of_editors,
    opening_editors_read_as_title,
    editors_without_role_continue_authors,
    editors_before_pages,
    role_after_title_opens_names,
    names_each_with_role,
    role_phrase_apart,
    short_role_phrase_apart,
    french_editing_phrase_apart,
    dutch_editors_listed,
    contribution_after_title,
    credit_after_names,
    translators_after_opening_title,
    translators_after_editors,
    edited_and_before_translators,
    editors_before_container,
    book_author_before_container,
    editor_family_in_imprint,
    town_closing_editors,
    work_words_before_german_role,
    comma_in_book_before_editors,
    book_before_editors,
    book_before_natural_editors,
    book_tail_opens_editors,
    family_after_initial,
    publisher_after_role_sentence,
    role_cut_after_work,
    title_after_opening_editors,
    title_opens_inverted_editors,
    edition_read_as_editors,
    editors_after_en,
    town_before_number,
    volume_after_series,
    volume_number_read_as_date,
    roman_volume_after_italic_journal,
    reissue_note,
    collected_works_part,
    series_read_as_publisher_before_town_year,
    in_colon_inside_title,
    editors_read_across_names,
    organiser_after_title,
    role_opens_title,
    role_closing_book_before_editors,
    book_before_acs_editors,
    acs_book_read_whole,
    acs_chapter,
    acs_chapter_without_editors,
    esa_pages_in_chapter,
    esa_colon_numbers_closing,
    acs_book_contributors,
    acs_plain_book,
    role_alone_before_year,
    role_after_names_apart,
    dotted_degree_apart,
    supervisor_is_note,
    degree_in_brackets,
    abnt_degree_note,
    turkish_degree_closing,
    degree_opens_imprint,
    school_after_degree,
    school_before_degree,
    part_in_proceedings_title,
    series_after_proceedings,
    meeting_after_proceedings,
    volume_word_then_number,
    dotted_issues_read_as_pages,
    volume_word_read_as_date,
    volume_before_date,
    volume_read_as_edition,
    role_opens_container,
    editors_then_book,
    editors_open_container,
    author_after_in,
    book_words_before_role,
    title_run_into_role,
    title_after_in_editors,
    editors_after_ieee_book,
    book_after_plain_title,
    nature_chapter_tail,
    licence_statement,
    licence_mark,
    edited_book_title,
    container_in_title,
    book_from_in_title,
    book_after_quoted_title,
    chapter_number_closes_container,
    title_before_journal,
    lone_in_before_book,  # after the title is cut from a journal before "In"
    ieee_quoted_title_whole,
    digits_day_month_before_year,
    de_date_whole,
    quote_closes_title,
    unclosed_quote_title,
    outlet_after_quoted_title,
    outlet_after_writer,
    outlet_after_date,
    digits_glued_to_outlet,
    site_run_into_quoted_title,
    name_before_quoted_title,
    colon_head_before_quoted_title,
    initialism_opens_body_name,
    translation_before_container,
    italic_journal_cut_from_title,
    title_read_into_italic_journal,
    given_names_before_italic_title,
    italic_journal_after_title,
    italic_journal_closing_dated_title,
    in_before_italic_work,
    journal_read_as_title,  # before the numbers after it are parted
    note_after_year_is_journal,
    comma_numbers_apart,
    archive_report_number,  # before page_read_as_year reads the year after the number as a page
    page_read_as_year,
    journal_tail_after_names,
    book_tail_after_names,
    titled_tail_after_names,
    initial_opens_journal,
    name_run_into_journal,
    initials_close_inverted_names,
    last_names_run_into_journal,
    lone_initial_opens_journal,
    volume_in_journal,
    year_is_volume,
    year_volume_in_date,
    volume_word_before_year_volume,
    volume_after_italics,
    _NAME_AND_TITLE_ENDS,
    initials_end_names,  # after initials_take_family, which reads "J. Borg" as a name
    initials_after_date_open_title,
    particle_family_after_initials,
    hyphenated_initials_end_names,
    family_after_last_initials,
    chapter_title_in_names,  # before the title's head is parted from one span of names
    title_head_in_names,
    title_closing_initial_names,
    one_word_journal_after_title,  # before the title's head is parted from the names
    title_head_after_dotted_names,
    last_name_opens_title,
    listed_names_close_at_stop,
    repository_before_year,
    repository_year_accession,
    designation_opens_title,
    colon_head_in_names,
    body_before_colon,
    numbers_read_as_title_before_links,  # before the names' mends: the title is then in the names
    title_in_names_alone,
    vancouver_chapter_opening,
    title_after_initials,
    names_out_of_opening_note,
    vancouver_list_opening,
    book_read_as_publisher,  # after the list's stop parts the chapter's title from the names
    initials_names_close_at_colon,  # after the Vancouver list, which ends the names at their first full stop
    one_word_title_before_imprint,
    quoted_title_before_italics,
    role_bracket_after_author,
    names_run_into_italic_title,
    thousands_page_cut_in_volume,  # before the italics cut the volume from its run
    whole_emphasis,
    volume_inside_italic_journal,
    title_tail_before_italic_journal,
    translation_bracket_apart,
    bold_volume_cut_in_journal,
    volume_closing_book,  # after whole_emphasis, which may run the book over its volume
    work_cut_in_emphasis,
    year_opening_emphasis,
    emphasis_ends_title,
    place_after_italic_title,
    town_year_after_italic_title,
    italic_title_opens_imprint,
    quoted_title_in_container,
    group_name_before_date,
    unmarked_editors_are_book,
    edition_or_book_word_in_editors,
    colon_page_after_volume,
    year_and_volume_read_as_place,
    title_ends_on_link_word,
    container_ends_on_link_word,
    year_after_title,
    year_sentence_in_title,
    years_closing_title,
    years_opening_edition,
    periodical_read_into_date,
    page_after_periodical_day,
    years_closing_title_before_journal,
    years_after_publisher,
    title_tail_before_imprint,
    title_read_as_publisher,
    place_before_numbers_is_periodical,
    month_after_journal,
    team_opens_title,
    mhra_title_after_name,
    honorific_opens_title,
    family_name_in_title,
    names_between_names,
    name_after_conjunction,
    given_name_read_apart,
    given_name_before_year,
    inverted_name_before_date,
    journal_head_in_names,
    word_journal_after_names,
    family_opening_journal,
    issue_after_volume,
    issue_read_as_bracketed_page,
    day_before_volume,
    source_block_apart,
    extent_is_note,
    server_before_posting,
    pages_before_date,
    year_closing_number,
    heft_is_issue,
    sayi_is_issue,
    year_after_issue,
    volume_before_year,
    issue_slash_year,
    ausgabe_is_issue,
    seite_is_pages,
    year_after_number,
    named_issue_read_into_date,
    initials_journal,
    journal_read_as_place,
    year_numbers_after_journal,
    slashed_journal_head,
    journal_after_in_colon,
    journal_without_title,
    container_after_in_mark,
    inverted_editors_read_as_authors,
    title_before_comma_in,
    title_before_tribute_volume,
    subtitle_read_as_book,
    pages_in_book,
    pages_close_container,
    blog_word_apart,
    name_before_blog_mark,
    journal_in_source,
    book_author_closing_container,
    place_year_closing_book,
    italic_source_is_container,
    domain_source_is_site,
    series_after_year,
    series_after_italics,
    volume_count_closing_title,
    series_before_imprint_bracket,
    title_runs_to_imprint_bracket,
    report_kind_in_imprint_bracket,
    series_closing_plain_title,
    series_cut_before_and,
    number_closing_series,
    title_in_series,
    publisher_in_bracket,  # before a venue's bracketed year is looked for
    publisher_and_town_bracket,
    year_before_colon_imprint_bracket,
    bracket_publisher_read_as_editor,
    publisher_in_dated_bracket,
    _NUMBERS_AND_VENUES,
    article_pages_joined,  # after page_in_volume has parted "32, 1"
    issue_before_bracketed_date,
    issue_before_day_date,
    volume_before_bracketed_date,
    year_volume_before_bracketed_date,
    volume_closing_acm_journal,
    journal_before_bracketed_date,
    acm_meeting_brackets,
    short_name_closes_proceedings_before_pages,
    article_count_after_imprint,
    bracket_opening_publisher_closes_book,
    short_name_proceedings_imprint,
    acm_publisher_after_proceedings,  # after the meeting's brackets are set apart
    bracketed_month_number_year,
    article_pages_after_place,
    series_volume_after_venue,
    series_volume_opens_book,
    bracket_number_closes_venue,
    short_name_bracket_closes_venue,
    year_ordinal_opens_venue,
    year_opens_venue_after_title,
    online_meeting_place,
    short_venue_after_in,
    online_place_before_publisher,
    imprint_note_after_pages,
    body_after_place_year,
    domain_closing_venue,
    imprint_before_isbn,
    place_closing_pages,
    scholar_proceedings_whole,
    issue_between_commas,
    editors_end_at_names,
    italic_container_whole,
    italic_volume_in_container,
    publisher_after_italic_container,
    edited_series_run_into_container,
    series_volume_read_into_title,
    volume_dot_number_before_date,
    series_sentence_after_proceedings,
    report_body_apart,
    from_before_link,
    bracketed_kind_closing_title,
    body_after_comma_kind,
    body_closing_title,
    survey_series_apart,
    survey_release_version,
    journal_after_colon,
    season_edition_apart,
    to_be_published_apart,
    place_before_report_kind,
    proceedings_read_as_place,
    title_before_abbreviated_journal,
    title_before_italic_journal,
    container_before_journal_is_title,
    italic_journal_closing_title,
    number_word_closing_journal,
    title_words_before_journal_comma,
    in_phrase_read_as_book,
    journal_head_in_title,
    journal_word_after_title_stop,
    series_sentence_before_volume_pages,
    article_closing_title_opens_journal,
    review_mark_closes_title,
    places_closing_title,
    title_read_into_place,
    journal_after_title,
    site_before_address_and_year,  # before book_title reads the one work as the title
    annotation_after_italic_book,
    book_title,
    name_alone_before_imprint,
    by_closing_title,
    online_container,
    title_alone_before_access,
    language_mark_ends_title,
    named_numbers,
    journal_in_guillemets,
    outlet_after_guillemet_title,
    unknown_imprint_apart,
    medium_apart,
    www_document_page,
    medium_cut_from_title,
    internet_book_chapter,  # before medium_closes_title parts the book at "[Internet]"
    medium_closes_title,
    ebook_format_apart,
    kind_closes_publisher,
    episode_apart,
    communication_note,
    mailing_list_post,
    message_to_author,
    elder_teaching_topic,
    edition_opens_imprint,
    number_after_publisher,
    preprint_of_institute,
    report_series_read_as_journal,
    number_and_institution,
    institution_opens_place,
    entry_under_word,
    report_read_as_journal,
    series_number_apart,
    paper_issuer_read_as_place,
    paper_number_after_title,
    numbered_series_closing_title,
    mimeo_apart,
    body_report_number,
    report_series_read_as_publisher,
    report_series_opening_imprint,
    report_number_and_body_closing_title,
    reprint_in_title,
    reprint_apart,
    original_year_before_edition,
    original_year_closing_title,
    original_year_after_title,
    original_publication_note,
    first_printing_sentence,
    role_sentence_closing_title,
    in_book_then_role_sentence,
    editor_after_translators,
    month_word_opens_title,
    quoted_title_opens_in_names,
    hidden_names_open_title,
    published_for_is_imprint,
    bracketed_reprint,
    year_then_reprint_year,
    section_apart,
    paper_read_as_place,
    page_closing_day,
    paper_named_as_place,
    nlm_newspaper_before_section,
    joined_publisher,
    editors_end_at_comma,
    publisher_after_contributors,
    publisher_without_place,
    body_with_short_name_opens_title,
    body_cut_before_acronym,
    statement_of_responsibility,
    closing_name_is_publisher,
    closing_acronym_is_publisher,
    scholarly_imprint_closing_title,
    publisher_after_title_stop,
    publisher_after_container,
    publisher_after_plain_container,
    publisher_after_journal_stop,
    nlm_journal_closing_title,
    nlm_editor_after_title,
    closing_note_is_imprint,
    place_colon_publisher,  # after a publisher is taken out of the container ("*Book*. Marília: ISKO,")
    publisher_colon_place,
    second_publisher_in_place,
    year_closing_title_before_place,
    year_in_title_before_imprint,
    house_read_as_container,
    publisher_after_semicolon,
    place_runs_past_colon,
    place_stops_short_of_colon,
    imprint_in_place,
    imprint_after_comma,
    imprint_after_italic_work,
    journal_read_as_imprint,
    journal_read_as_note,
    initials_opening_publisher,
    meeting_dates_closing_proceedings,  # before the mends that read the meeting's place before its dates
    meeting_place_in_container,
    meeting_days_apart,
    day_before_month,
    days_and_month_after_meeting,
    days_closing_meeting_name,
    days_closing_place,
    meeting_date_as_note,
    venue_closing_proceedings,  # before body_before_place reads a society's proceedings as a body
    worded_date_apart,
    clock_time_after_date,
    hereafter_as_note,
    comment_on_post,  # after the time is set apart from the comment's words
    database_after_location,
    journal_number_before_vol,
    month_named_journal,
    volume_of_a_book,
    university_press,
    publisher_apart,
    publisher_closing_container,
    second_house_read_as_place,
    region_code_imprint,
    series_before_imprint,
    numbered_series_and_house_as_container,
    release_and_keeper_as_note,  # before the tag's dot rejoins the title and the note
    decimal_point_splits_name,
    series_in_edited_book,
    society_series_closing_book,
    series_closing_whole_book,
    series_before_place,
    series_or_imprint_in_title,
    series_closing_title_before_imprint,
    series_after_italic_title,
    report_series_closing_title,
    in_italics_is_container,  # after the imprint is taken out of the span after the container
    publisher_after_place,
    publisher_before_town_state,
    title_before_imprint,
    family_opens_book_title,  # after book_title and title_before_imprint settle the book's title
    state_takes_city,
    place_after_publisher,
    address_apart,  # before the town is taken off a publisher's span an address closed
    town_after_publisher,
    publisher_between_town_and_year,
    towns_in_publisher_name,
    towns_closing_publisher_name,
    pages_after_publisher,
    body_before_place,
    title_read_into_bracketed_imprint,
    place_before_publisher,
    publisher_then_city_year,
    town_in_bracketed_year,
    town_and_year_close_in_bracket,
    town_read_as_publisher_in_bracket,
    editors_open_town_year_book,
    city_named_twice,
    town_closing_title,
    publisher_town_bracketed_year,
    town_cut_at_its_river,
    given_and_particle_read_into_title,
    title_words_read_as_second_name,
    subtitle_and_town_read_as_journal,
    counted_volumes_imprint,
    edited_book_after_title,
    volume_part_read_as_publisher,
    publisher_year_without_town,
    region_after_place,
    place_name_in_publisher,
    _IMPRINTS,
    year_closing_publisher,
    series_closing_entry,
    database_read_as_publisher,  # after the address is taken out of the database's span
    body_after_italic_site,
    address_runs_on,
    host_after_lead_in,
    address_lead_in_apart,
    host_before_title,
    name_after_dash_in_title,
    lead_in_closes_span,
    lead_phrase_closes_span,
    month_day_read_as_publisher,  # after the address and its lead-in are set apart from the publisher
    meeting_bracket_then_place,  # after the meeting's days are set apart from the publisher
    undated_mark_before_address,
    lone_name_before_address,
    pages_before_address,
    issue_read_into_address,
    words_before_address,
    name_then_address,
    maker_after_quoted_title,
    format_after_italic_title,
    report_code_after_imprint,
    report_number_cut_at_slash,
    issue_after_bold_volume,
    issue_after_year_volume,
    affiliations_in_names,
    viewed_date_is_accessed,
    access_date_apart,
    closing_angle_apart,
    access_in_date,
    access_note_closes_span,
    site_before_publication_note,
    slide_deck_description,
    hal_thesis_tail,
    update_note_is_date,
    hyphened_date_closes_span,
    imprint_read_into_isbn,
    given_name_before_bold_title,
    copyright_date_is_date,
    revision_note_is_date,
    no_date_closing_title,
    acm_no_date_after_name,
    bare_no_date_closing_head,
    no_date_words_are_date,
    no_date_closing_imprint,  # "Wien, n.d.": the no-date mark closing the imprint
    circa_before_year_read_apart,  # "Skira, Mailand, ca 2001": the circa is the date's
    bracketed_access_apart,
    italic_is_no_name,  # after the address is taken out of a "title" that only announced it
    review_read_into_names,  # before the reviewed book's "(ed.)" reads the names as editors
    names_through_role,
    legal_form_after_name,
    quoted_title_in_names,
    names_before_quoted_title,
    names_before_guillemets,
    site_after_guillemets,
    year_after_names,
    year_closing_names,
    initials_name_before_year,
    family_year_before_venue,
    group_after_names,
    government_body_in_parts,
    government_body_in_sentences,
    government_body_in_note,
    subdivision_after_body_comma,
    portfolio_list_in_name,
    number_closes_body,
    body_sentence_opens_title,
    title_read_into_body,
    unit_of_body_opens_title,
    group_opening_as_note,
    group_year_title_in_note,
    group_year_comma_opening,
    group_year_comma_note,
    group_runs_to_colon,
    title_runs_on,
    subtitle_after_volume,  # after title_runs_on closes the volume's bracket in the title
    series_read_as_place,
    book_volume_after_title,
    title_before_isbd_volume,
    review_status_apart,
    doi_after_address,
    address_after_doi,
    doi_runs_on,
    address_whole,
    address_read_as_number,
    link_words_apart,
    version_apart,
    medium_and_version_after_title,
    bare_tag_apart,
    dataverse_release,
    package_version_closing_title,
    firm_program_version,
    release_read_as_numbers,
    quoted_work_is_title,  # after a version is taken out of the quoted title's span
    title_after_quoted_title,
    journal_numbers_apart,
    journal_read_into_volume,
    journal_colon_number_as_publisher,
    volume_dot_pages,
    volume_issue_cut_in_bracket,
    minus_sign_range_read_as_issue,
    numbers_after_container,
    pages_read_into_date,
    pages_read_into_volume,
    numeral_after_italic_container,
    italic_title_before_bold_volume,
    number_closing_container,
    number_closing_container_before_year,
    volume_read_into_pages,
    article_number_closing_journal,
    volume_and_issue_closing_journal,
    title_words_read_as_source,  # before the year is taken out of the source's span
    series_before_house_and_town,
    subtitle_read_as_source_before_town,
    year_closing_journal,
    journal_read_as_publisher,
    journal_read_as_house_after_italic_title,
    year_closing_title,
    year_closing_release_title,
    bracketed_year_inside_title,
    journal_alone_before_year,
    journal_head_closing_title,
    italic_journal_opened_in_title,
    abbreviations_glued_to_journal,
    abbreviation_sentence_before_journal,
    designation_opens_standard,
    standard_series_as_journal,
    specification_numbers,
    designation_after_title,
    designation_before_title,
    designation_dash_title,
    italic_title_after_names,
    series_imprint_apart,
    date_before_update_note,
    changed_date_after_head,
    date_word_apart,
    title_before_date_word,
    body_and_title_in_note,
    publisher_before_numbers,
    number_naming_publisher,
    doi_before_remark,
    doi_closing_note,
    schemeless_doi_note,
    marked_doi_in_field,
    numbers_read_as_note,
    book_with_bracketed_eds,
    editor_and_series_in_note_book,
    editor_named_before_note_title,
    volume_and_editor_after_note_title,
    wiley_chapter_tail,
    book_after_acm_editors_is_publisher,
    body_closing_eds_book,
    book_before_inverted_eds,
    publisher_in_edition,
    firm_closing_title_before_edition,
    siam_book_imprint,
    see_before_address,
    book_then_editors,
    series_after_volume_word,
    bracketed_group_read_as_title,
    bracketed_group_opens_title,
    pos_citation,
    name_rest_opens_journal,
    spelled_journal_read_as_title,
    title_read_into_abbreviated_journal,  # after the last name's rest is taken out of the journal
    acronym_after_in_book,
    journal_volume_closing_title,
    journal_head_after_title_comma,
    country_closing_abbreviated_journal,
    numbers_closing_journal,
    roman_volume_in_journal,
    society_after_journal,
    section_volume_in_journal,
    acronym_head_after_initial,
    names_before_dash,
    producer_before_dash,
    producer_after_title,
    title_tail_apart,
    series_read_as_container,
    series_sentence_before_town,
    series_sentence_opens_publisher,
    numbered_series_after_editors,
    chapter_series_after_book_editors,
    series_closing_edited_by,
    family_read_into_imprint,
    role_closing_book_title,
    bare_pages_before_in,
    numbered_series_read_as_journal,
    series_volume_before_imprint,
    series_sentence_closing_title,
    series_read_as_publisher,
    series_after_book_imprint,
    series_after_imprint_year,
    numbered_series_after_year,
    rfc_numbers_apart,
    rfc_title_first,
    rfc_number_first,
    access_note_as_title,
    access_note_is_accessed,
    access_sentence_cut,
    access_note_split_at_year,
    access_date_split_at_year,
    day_first_access_whole,
    access_journal_split_at_year,
    availability_without_address,
    unmarked_access_is_date,
    journal_tail_read_as_access,
    access_date_before_address,
    web_page_body_before_colon,
    closing_access_note,
    access_word_closing_span,
    access_word_before_date,
    dated_version_apart,  # after the access word is taken out of the span
    bracketed_access_whole,
    bracketed_access_in_note,
    access_bracket_whole,
    access_date_without_address,
    year_after_access_bracket,
    closing_last_access,
    work_after_quoted_title,
    acronym_body_opens_title,
    body_comma_opens_title,
    acronym_before_quoted_title,
    initials_publisher_after_place,
    template_type_apart,
    finnish_source_kind_apart,
    isbn_closing_pages,
    isbn_closing_span,
    site_after_quoted_title,
    site_in_quoted_title,
    italic_numbers_after_year,
    anno_is_volume,
    tome_and_editor_after_title,
    tome_closing_imprint,
    article_number_is_page,
    acs_article_number_is_page,
    closing_number_is_volume,
    volume_read_into_date,
    volume_after_abbreviated_journal,
    months_before_year,
    season_named_publisher,
    months_before_pages,
    meeting_days_as_volume,
    colon_volume_word_alone,  # before the colon's number is read as pages
    pages_after_colon,
    dotted_year_volume_in_date,
    year_after_colon_pages,
    supplement_in_volume,
    index_number_apart,
    arxiv_number_is_no_journal,
    title_before_preprint_number,
    to_appear_in,
    other_edition_apart,
    note_after_year,
    comma_year_closes_title,
    year_closing_described_bracket,
    title_head_in_date,
    hyphened_head_of_title,
    volume_read_as_date,
    volume_and_page_read_as_date,
    year_after_worded_volume_read_as_pages,
    year_closing_title_before_in,
    language_note_apart,
    series_mark_in_journal,
    new_series_journal_read_as_series,
    volume_of_series,
    numbered_edition,
    numbered_reprint,
    turkish_edition_volume,
    imprint_read_as_container,  # after the edition is read apart from the imprint
    imprint_closing_title,
    journal_imprint,
    town_closing_journal,
    town_read_as_journal,
    title_years_read_as_pages,
    town_after_journal_name,
    town_after_journal_after_in,
    event_proceedings,
    book_and_publisher_closing_title,
    container_closing_title,
    publisher_closing_title,
    house_closing_sentence_title,
    subtitle_opening_publisher,
    imprint_read_as_names,
    title_and_imprint_in_names,
    report_title_and_body_in_names,
    month_closing_publisher,
    uploader_read_as_editor,
    web_source_parts,
    mla7_web_page,
    mla7_described_work,
    link_text_is_title,
    site_before_address_lead_in,
    site_after_online_mark,
    page_title_after_title,
    site_before_address,
    site_before_posted_date,
    annotated_note_page,
    coded_number_and_institution,
    code_closing_title,
    report_number_closing_title,
    place_opens_publisher,
    journal_before_nlm_numbers,
    journal_before_nlm_article_id,
    site_before_year,
    journal_before_harvard_numbers,
    journal_before_iop_numbers,
    outlet_closing_iop_title,
    imprint_after_iop_title,
    degree_abbreviation_before_work,
    degree_closing_title,
    book_in_iop_chapter,
    series_before_iop_page,
    journal_number_read_as_names,
    month_issue_before_year,
    journal_before_bracketed_year,
    journal_closing_family_names,
    family_name_opening_journal,
    volume_in_bracketed_year,
    erratum_bracket_apart,
    inspire_link_read_as_imprint,
    meeting_after_in_the_proceedings,
    journal_numbers_closing,
    issue_and_page_read_as_date,
    publisher_bracket_after_volume,
    dotted_place_whole,
    numeral_word_opens_title,
    school_note_after_degree,
    field_before_school_after_degree,
    degree_and_school_note,
    glued_in_book,
    patent_number_apart,
    inventor_role_apart,
    imprint_before_nlm_date,
    imprint_before_unknown_date,
    region_bracket_closes_place,
    town_before_region_bracket,
    meeting_days_and_town_in_book,
    school_in_degree_bracket,
    school_head_in_degree,
    shortened_school_read_as_place,
    publisher_after_place_read_as_container,
    place_in_publisher_name,
    place_opens_publisher_name,
    paper_read_as_publisher,  # after the mend that joins a town to the firm's name after it
    paper_read_as_title,
    region_code_read_as_publisher,
    town_closing_publisher_before_state,
    publisher_comma_place,
    town_closing_publisher,
    publisher_closing_work,
    publisher_after_colon,
    publisher_after_book_editors,
    publisher_closing_book,
    publisher_after_book_comma,
    publisher_closing_book_before_date,
    publisher_closing_book_before_pages,
    publisher_before_year_semicolon,
    publisher_town_closing_book_before_pages,
    town_closing_book_before_publisher,
    town_opens_publisher_after_meeting_place,
    publisher_and_days_read_as_pages,
    journal_after_title_dash,
    house_after_dash,
    book_and_house_after_editors,  # after the mend that takes the role word into the editors
    springer_book_meeting_series,
    year_runs_into_title,
    status_words_in_title,
    title_after_forthcoming,
    status_closes_journal,
    lower_case_publisher,
    presented_at_meeting,
    presented_after_initials,
    meeting_after_initials,
    title_after_initials_names,
    title_read_as_last_name,
    title_word_closing_initials_names,
    last_name_after_and_opens_title,
    title_words_run_into_initials_names,
    publisher_in_bracket_after_late_title,
    imprint_bracket_after_initials_names,
    publisher_before_bracketed_place_year,
    meeting_read_as_publisher,
    presented_at_comma,
    bracketed_presentation_at_meeting,
    presented_at_town_and_days,
    presented_at_with_stops,
    kind_after_title,
    exhibition_catalogue_as_publisher,
    catalogue_kind_read_as_names,
    catalogue_kind_after_italic_book,
    kind_closes_title,
    kind_sentence_before_body,
    release_sentence,
    product_name_read_as_kind,
    name_before_link_read_as_note,
    site_before_bracket_date,
    site_before_online_date,
    site_before_page_title,
    bracket_date_after_link,
    iso_date_part,
    site_before_closing_date,
    body_before_year,
    et_al_journal_in_title,
    talk_in_note,
    talk_filmed_note,
    podcast_episode_note,
    album_facts_in_note,
    running_time_after_medium,
    aired_on_network,
    distributor_then_medium,
    catalogue_number,
    office_catalogue_number,
    provider_after_database,
    archive_after_periodical_date,
    provenance_sentence_is_note,
    abbreviated_journal_closing_title,
    subtitle_before_nlm_journal,
    empty_volume_block,
    journal_after_rsc_names,
    title_alone_before_rsc_numbers,
    site_before_bracketed_year,
    host_site_after_date,
    edition_in_imprint_bracket,
    edition_word_after_number,
    bracket_edition_opens_publisher,
    publisher_before_edition,
    rsc_chapter,
    bold_year_after_journal,
    roman_journal_before_bold_year,
    year_volume_after_journal,
    year_volume_with_issue,
    italic_release,
    group_with_short_name,
    publisher_read_as_late_name,
    publisher_after_proceedings_year,
    publisher_before_year_colon,
    publisher_closing_in_book,
    page_word_before_pages,
    number_after_page_word,
    publisher_in_pages_before_year,
    publisher_in_closing_pages,
    bracketed_pages_opening_publisher,
    year_after_page_word,
    worded_page_range,
    issue_read_into_pages,
    short_name_year_read_as_pages,
    publisher_read_as_note,  # after short_name_year_read_as_pages, which closes the proceedings
    short_name_opens_publisher,
    publisher_after_pages,
    publisher_closing_proceedings,
    year_closing_proceedings,
    venue_year_after_dated_names,
    venue_year_before_date,
    years_before_marked_pages,
    paragraph_is_note,
    bracketed_page_count,
    front_matter_read_as_volume,
    meeting_year_after_apostrophe,
    towns_before_semicolon,
    town_head_read_as_publisher,
    place_head_before_imprint,
    slashed_towns,
    quoted_words_inside_title,
    plural_possessive_in_title,
    family_before_editor_initials,
    editor_initial_closing_book,
    series_opens_bracketed_imprint,
    series_closing_bracket,
    series_bracket_after_imprint_year,
    series_number_bracket_closing_work,
    container_before_publisher,
    editors_opening_imprint,
    book_before_imprint,
    volume_after_marker,
    title_in_author_place,
    edition_after_title_in_author_place,
    names_after_italic_title,
    journal_read_as_series,
    venue_read_as_edition,
    acronym_venue_closes_title,
    neurips_number_in_title,
    proceedings_word_alone,
    abbreviations_after_proceedings,
    series_after_ser,
    volume_closing_journal,
    venue_after_of,
    publisher_cut_before_of,
    preposition_before_colon,
    names_and_year_in_title,
    year_named_group_opening,
    group_and_year_before_title,
    names_before_year_read_as_work,
    year_after_names_in_title,
    italic_book_before_editors,
    names_read_before_year,
    short_note_of_book,
    short_note_of_names,
    short_note_plain_title,
    short_note_plain_title_page,
    book_note_plain_title,
    short_author_date_note,
    page_list_after_imprint,
    chapter_or_section_locator,
    standard_edition_locator,
    italic_book_before_year_and_page,
    town_before_place,
    first_of_slashed_towns,
    numbered_meeting_place,
    meeting_numeral_closing_title,
    meeting_place_closing_proceedings,
    meeting_after_in_colon,
    meeting_year_and_acronym_after_quote,
    meeting_place_after_stop,
    title_head_read_as_place,
    meeting_place_and_dates_in_title,
    dblp_meeting_before_editors,
    proceedings_in_title,
    meeting_after_title_comma,
    ams_preprint_volume,
    meeting_place_before_bracketed_imprint,
    publisher_after_description,
    outlet_opens_dated_title,
    italic_outlet_after_title,  # after the quote mends have closed the title at its quote
    section_after_italic_outlet,
    place_in_journal_name,
    town_bracket_after_journal,
    town_list_opening_journal,
    year_closing_title_before_journal,  # after the mends that find the title and the journal
    title_year_before_closing_date,
    revision_closes_title,
    year_closing_title_before_imprint,
    title_read_as_imprint,
    firm_word_closing_dated_title,  # after the title read as an imprint is the title again
    database_after_imprint,  # after the mends that read a year closing the title
    database_read_as_second_publisher,
    book_title_opening_in,
    site_after_bar,
    owner_after_opening_title,
    in_before_place,
    publisher_or_site_in_title,
    acronym_author_spelled_out,  # after the mend that sets the site apart from the title
    acronym_spelled_out_before_title,
    publisher_closes_dated_title,  # after the mends that find the year after the names
    imprint_closes_dated_title,
    imprint_closes_title_before_year,
    town_and_publisher_closing_title,
    dotted_name_closing_title,  # after the mends that join a title and its run-on part their own way
    report_kind_closing_title,  # after the mends that set the body apart from the title
    journal_closing_title,  # after the mends that read the date, which would take the page for its day
    book_read_as_note,
    subject_class_closes_title,  # after the mends that set the imprint apart from the title
    title_read_into_publisher,
    publisher_after_italic_title,  # after edited_book_title makes the editors' book a title
    musical_work_title,
    one_word_body_opens,  # after the address and the date are apart
    in_venue_closes_title,  # after the venue read alone is taken for the title
    section_in_standards,
    proceedings_cut_at_abbreviation,
    title_opens_venue,
    publisher_after_meeting_date,  # after a second title is taken for a note
    title_and_edition_in_note,  # after the mends that find a title elsewhere
    site_before_linked_title,
    site_author_before_linked_title,
    site_double_hyphen_title,
    title_then_site_before_address,
    title_head_before_no_date,
    lone_phrase_is_title,  # last: only where no other mend found a title
    closing_note_is_title,
    unknown_genre_is_title,
    named_report_is_title,
    ordinal_closes_title,
    imprint_read_as_edition,
    lone_place_is_publisher,  # after every mend that finds a publisher or a place
    lone_town_is_place,
    person_after_place_is_publisher,
    initials_open_publisher,
    number_before_year_closes_title,
    year_sentence_in_note,
    month_year_sentence_as_date,
    name_word_as_volume,
    numbered_name_opens_title,
    article_kind_before_journal,
    page_after_bracketed_year,
    locator_letters_read_into_date,
    issue_after_bracketed_year,
    issue_read_as_pages_before_year,
    page_after_imprint_bracket,
    imprint_read_as_note,
    volume_number_in_pages,
    volume_word_then_number_as_pages,
    series_between_book_and_volume,
    reviewer_opens_review,
    supplement_closes_periodical,
    aps_journal_read_as_title,  # after the names are parted from what follows them
    book_words_before_editors_role,
    firm_after_town_in_place,
    town_opens_publisher_before_year,
    title_word_joined_to_town,
    comma_imprint_before_bracketed_year,
    natural_editors_open_comma_imprint,
    body_closing_comma_title,  # after the publisher is read apart from its place
    body_closing_site,
    container_named_twice,
    polish_in_mark,  # last: it reads the whole reference after the names anew
    town_read_as_holder,
    german_imprint_read_as_holder,
    german_pages_read_as_note,
    bracketed_town_year_closes_title,
    editor_sentence_opens_series,
    volume_read_as_pages_before_year,
    role_closes_names_in_title,  # late: after the mends that part the first names from the title
    short_town_before_year,  # late: after the mends that part the title from the names
    town_touching_closing_year,  # late, as the town's short form
    page_before_platform,  # after the mends that close the imprint on its year
    platform_before_page,
    documentation_by_name,
    slavic_town_year_book,
    marked_pages_before_link,  # last: after the mends that cut a link's label
    latin_imprint,  # late: after the mends that read the imprint's town
    initial_opening_title,  # late: after the mends that part the title from the names
    one_word_title_after_initials,
    acs_house_closing_book,  # after the title is cut from its book at "In"
    # late: after the mends that part the date and the imprint from the numbers
    greek_page_word_closing,
    volume_dash_issue_closing_journal,
    weekday_before_day,
    year_inside_volume,
    volume_before_year_and_issue,
    town_year_closing_book,
    name_cut_from_title,  # after the mends that take a book out of the editors' span
    editor_named_after_ancient_title,  # after the mends that part the author's one word from the title
    edition_named_before_imprint,
    chapter_number_opens_container,  # after the mends that part a quoted title from the words after it
    first_year_before_in,
    body_before_link,  # after the mends that read a body's name as a journal's
    same_author_pronoun,  # last: after the mends that split a title at its ", in "
    mla_publisher_after_edition,  # after the mends that part the edition's word from the imprint
    edition_inside_opening_names,
    initials_house_after_edition,
    roles_closing_title,  # after the mends that join a role's names to the title before it
    role_note_after_title,
    years_then_volume_count,
    house_series_closing_title,
    title_words_read_as_note,
    cited_volume_after_count,
    vancouver_names_opening_book,
    imprint_bracket_after_eds,  # after the mends that close the editors' span on its role
    book_authors_read_as_editors,
    book_author_before_italic_container,  # after the mends that read the book before the names as the container
    agps_web_report,  # last: after the mends that read the name after a page's title as its site
)


# the mends in order, each with what it needs (a group's parts in its place)
_STEPS = plan(MENDS)


def mend(spans: list[Span], text: str) -> list[Span]:
    forget_labels()  # a caller may have changed this list in place since the last reference
    return run_mends(_STEPS, spans, text)


__all__ = ["MENDS", "mend"]
