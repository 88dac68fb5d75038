"""Forms of Portuguese and Spanish reference lists the parser reads (tests/data/parse/latin_real.jsonl):
ABNT NBR 6023's bold main title with a plain subtitle after the colon, its numbered edition
``3. ed.``, its journal imprint ``*Journal*, Place, v. 12, n. 3, p. 45-67, jan./mar. 2019.``, and the
three-letter month abbreviations of Portuguese and Spanish access dates."""

from __future__ import annotations

from biblio.parse import read_reference
from biblio.parse.mends.abnt_journals import journal_imprint
from biblio.parse.mends.numbered_editions import numbered_edition
from biblio.parse.mends.series import series_after_italics
from biblio.parse.normalisers.dates import parse_date
from tests.parse.test_mends_confusions import fields, spans_of


def test_colon_after_the_bold_title_opens_a_subtitle_not_a_series() -> None:
    text = "LIMA, R. **Cartografia escolar**: conceitos e práticas. Recife: Editora Nordeste, 2014."
    spans = spans_of(
        text,
        [
            ("author", "LIMA, R."),
            ("title", "Cartografia escolar**: conceitos e práticas."),
            ("location", "Recife:"),
            ("publisher", "Editora Nordeste,"),
            ("date", "2014."),
        ],
    )
    assert series_after_italics(spans, text) == spans


def test_italic_title_then_a_series_is_still_divided() -> None:
    text = "Wood, A. *Field Notes*, Studies in Rural History. London: Hale, 1990."
    spans = spans_of(
        text,
        [("author", "Wood, A."), ("title", "Field Notes*, Studies in Rural History."), ("location", "London:")],
    )
    assert [label for label, _ in fields(series_after_italics(spans, text), text)][1:3] == [
        "title",
        "collection-title",
    ]


def test_abnt_book_keeps_its_subtitle_and_edition() -> None:
    item = read_reference(
        "SOUZA, Maria Clara. **Leitura e escrita na escola:** práticas de letramento. 4. ed. "
        "Belo Horizonte: Autêntica, 2012."
    )
    assert item["title"] == "Leitura e escrita na escola: práticas de letramento"
    assert item["edition"] == "4"
    assert item["publisher-place"] == "Belo Horizonte"
    assert item["publisher"] == "Autêntica"


def test_numbered_edition_is_carved_out_of_title_and_place() -> None:
    text = "COSTA, J. **Ensaios**. 2. ed. Porto: Afrontamento, 1999."
    spans = spans_of(
        text,
        [
            ("author", "COSTA, J."),
            ("title", "Ensaios**. 2."),
            ("location", "ed. Porto:"),
            ("publisher", "Afrontamento,"),
        ],
    )
    assert fields(numbered_edition(spans, text), text)[1:4] == [
        ("title", "Ensaios**."),
        ("edition", "2. ed."),
        ("location", "Porto:"),
    ]


def test_ordinal_edition_and_a_plain_edition_span_are_left_alone() -> None:
    text = "RUIZ, P. *Manual*. 5ª ed. Madrid: Akal, 2001."
    spans = spans_of(
        text, [("author", "RUIZ, P."), ("title", "Manual*."), ("edition", "5ª ed."), ("location", "Madrid:")]
    )
    assert numbered_edition(spans, text) == spans


def test_abnt_journal_imprint_parts_come_apart() -> None:
    text = (
        "ALVES, T. Memória e território nas cidades médias. **Revista Geografares**, Vitória, v. 9, n. 2, "
        "p. 33-58, jul./dez. 2016."
    )
    spans = spans_of(
        text,
        [
            ("author", "ALVES, T."),
            ("title", "Memória e território nas cidades médias. **Revista Geografares**, Vitória, v. 9,"),
            ("issue", "n. 2,"),
            ("pages", "p. 33-58,"),
            ("date", "jul./dez. 2016."),
        ],
    )
    assert fields(journal_imprint(spans, text), text) == [
        ("author", "ALVES, T."),
        ("title", "Memória e território nas cidades médias."),
        ("journal", "Revista Geografares"),
        ("location", "Vitória"),
        ("volume", "v. 9,"),
        ("issue", "n. 2,"),
        ("pages", "p. 33-58,"),
        ("date", "jul./dez. 2016."),
    ]


def test_abnt_article_end_to_end() -> None:
    item = read_reference(
        "PEREIRA, A. L.; SANTOS, B. Leitura literária no ensino médio. *Educação em Foco*, Juiz de Fora, "
        "n. 31, p. 101-120, set./dez. 2018. Disponível em: https://example.org/artigo/1. Acesso em: 3 out. 2020."
    )
    assert item["container-title"] == "Educação em Foco"
    assert item["publisher-place"] == "Juiz de Fora"
    assert (item["issue"], item["page"]) == ("31", "101-120")
    assert item["issued"]["date-parts"][0][0] == 2018
    assert item["accessed"] == {"date-parts": [[2020, 10, 3]]}


def test_a_month_before_the_pages_is_no_place() -> None:
    text = "RAMOS, F. Ensino a distância. *Revista Aberta*, Curitiba, Março, p. 5-19, 2004."
    spans = spans_of(
        text,
        [
            ("author", "RAMOS, F."),
            ("title", "Ensino a distância."),
            ("journal", "Revista Aberta*,"),
            ("location", "Curitiba, Março,"),
            ("pages", "p. 5-19,"),
            ("date", "2004."),
        ],
    )
    got = fields(journal_imprint(spans, text), text)
    assert ("location", "Curitiba") in got and ("date", "2004.") in got


def test_imprint_without_numbers_is_not_read_as_a_journal() -> None:
    text = "NUNES, C. *Viagens*, Lisboa, Editorial Presença, 1988."
    spans = spans_of(text, [("author", "NUNES, C."), ("title", "Viagens*,"), ("location", "Lisboa,")])
    assert journal_imprint(spans, text) == spans


def test_portuguese_and_spanish_month_abbreviations() -> None:
    for text, month in [("22 out. 2017", 10), ("2 dez. 2017", 12), ("5 ago. 2019", 8), ("14 ene. 2020", 1)]:
        assert parse_date(text).issued == {"date-parts": [[int(text[-4:]), month, int(text.split()[0])]]}


def test_portuguese_and_spanish_bodies_are_one_literal_name() -> None:
    from biblio.parse.normalisers.names import names_from_span

    for body in [
        "Fundação Nacional de Saúde e Saneamento",
        "Secretaría de Cultura y Turismo",
        "Conselho Estadual de Educação",
    ]:
        assert names_from_span(body) == [{"literal": body}]
    # persons joined by "e" / "y" are still two persons
    assert len(names_from_span("Souza, Ana e Lima, Paulo")) == 2


def test_spanish_apa_thesis_in_square_brackets() -> None:
    item = read_reference(
        "Vidal, M. (2018). La escritura académica en el posgrado [Tesis de maestría, Universidad de Chile]. "
        "https://example.org/handle/2250/1"
    )
    assert item["type"] == "thesis"
    assert (item["genre"], item["publisher"]) == ("Tesis de maestría", "Universidad de Chile")


def test_chicago_thesis_with_the_degree_in_spanish() -> None:
    item = read_reference(
        "Ortega Ruiz, Lucía. *Música popular y ciudad en Bogotá*. Tesis doctoral, Universidad de los Andes, 2016."
    )
    assert item["publisher"] == "Universidad de los Andes"
    assert item["genre"] == "Tesis doctoral"


def test_abnt_thesis_note() -> None:
    item = read_reference(
        "MOURA, Ana Beatriz. **Arquivos escolares e memória**. 2017. 188 f. Dissertação (Mestrado em História) "
        "– Instituto de Ciências Humanas, Universidade Federal de Goiás, Goiânia, 2017."
    )
    assert item["type"] == "thesis"
    assert item["genre"] == "Dissertação (Mestrado em História)"
    assert item["publisher"] == "Instituto de Ciências Humanas, Universidade Federal de Goiás"
    assert item["publisher-place"] == "Goiânia"
    assert item["issued"] == {"date-parts": [[2017]]}


def test_organiser_after_the_title_is_the_editor() -> None:
    item = read_reference("ANDRADE, Mário de. *Cartas*. Org. Marcos Antonio Moraes. São Paulo: Edusp, 2000.")
    assert item["editor"] == [{"family": "Moraes", "given": "Marcos Antonio"}]
    assert item["title"] == "Cartas"
    assert (item["publisher-place"], item["publisher"]) == ("São Paulo", "Edusp")
    item = read_reference("Darío, Rubén. *Azul*. Edición de Luisa Gómez y Pedro Sanz. Madrid: Cátedra, 2001.")
    assert [e["family"] for e in item["editor"]] == ["Gómez", "Sanz"]


def test_a_journal_abbreviation_is_no_organiser() -> None:
    from biblio.parse.mends.editors import organiser_after_title

    text = "A. Lee. J. Org. Chem. 19, 468 (1954)."
    spans = spans_of(text, [("author", "A. Lee."), ("journal", "J. Org. Chem."), ("volume", "19,")])
    assert organiser_after_title(spans, text) == spans


def test_abnt_chapter_imprint_after_the_book() -> None:
    item = read_reference(
        "LOPES, C. A leitura literária na escola pública. *In*: BARROS, M. (org.). *Cidades e livros*. "
        "Natal: EDUFRN, 2011. p. 15-40."
    )
    assert item["container-title"] == "Cidades e livros"
    assert (item["publisher-place"], item["publisher"]) == ("Natal", "EDUFRN")
    assert item["page"] == "15-40"


def test_container_value_drops_the_full_stop_that_closed_the_names() -> None:
    from biblio.parse.normalisers.container import container_value

    assert container_value(". *Organização do saber*.") == "Organização do saber"


def test_sici_doi_keeps_its_angle_brackets() -> None:
    from biblio.parse.normalisers.identifiers import doi_value

    sici = "10.1002/(SICI)1097-4571(199907)50:9<786::AID-ASI5>3.0.CO;2-B"
    assert doi_value(f"doi: {sici}.") == sici
    assert doi_value("<https://doi.org/10.1234/abc.5>.") == "10.1234/abc.5"
    item = read_reference(
        "Tahir, M.; Ortega, L. Information retrieval on the web. *Journal of the American Society for Information "
        f"Science*, v. 50, n. 9, p. 786-801, 1999. Doi: http://doi.org/{sici}."
    )
    assert item["DOI"] == sici
    assert "publisher" not in item and "publisher-place" not in item


def test_quoted_title_then_a_comma_and_the_italic_book() -> None:
    item = read_reference(
        "Paz, M., “La traducción literaria en el Perú”, *Estudios de lengua y cultura*, Lima, "
        "Fondo Editorial PUCP (2009), pp. 101-118."
    )
    assert item["title"] == "La traducción literaria en el Perú"
    assert item["container-title"] == "Estudios de lengua y cultura"
    assert item["page"] == "101-118"


def test_abnt_paper_in_event_proceedings() -> None:
    item = read_reference(
        "MENDES, L. R. Repositórios institucionais e visibilidade da produção científica brasileira. *In*: "
        "SEMINÁRIO NACIONAL DE BIBLIOTECAS UNIVERSITÁRIAS, 19., 2016, Manaus. *Anais* [...]. "
        "Manaus: UFAM, 2016. p. 210-224."
    )
    assert item["type"] == "paper-conference"
    assert item["container-title"] == "Anais"
    assert (item["publisher-place"], item["publisher"]) == ("Manaus", "UFAM")
    assert item["page"] == "210-224"
    assert item["note"].startswith("SEMINÁRIO NACIONAL DE BIBLIOTECAS UNIVERSITÁRIAS, 19.")


def test_capitalised_surname_and_initials_end_the_names() -> None:
    from biblio.parse.mends.caps_names import caps_names_end

    text = "SOUZA, R. Leitura em rede. São Paulo: Ática, 2010."
    spans = spans_of(
        text, [("author", "SOUZA, R. Leitura em rede."), ("location", "São Paulo:"), ("publisher", "Ática,")]
    )
    assert fields(caps_names_end(spans, text), text)[:2] == [("author", "SOUZA, R."), ("title", "Leitura em rede.")]
    item = read_reference("MORAIS, T.; LIMA, P. A. Escola e cidade. Recife: Massangana, 2008.")
    assert [a["family"] for a in item["author"]] == ["MORAIS", "LIMA"]
    assert item["title"] == "Escola e cidade"


def test_names_that_only_read_like_a_title_stay_names() -> None:
    from biblio.parse.mends.caps_names import caps_names_end

    text = "DUARTE, A. Vieira Costa. Ensaios. Lisboa: Cotovia, 1999."
    spans = spans_of(text, [("author", "DUARTE, A. Vieira Costa."), ("title", "Ensaios.")])
    assert caps_names_end(spans, text) == spans  # a title was read: nothing to mend


def test_spanish_apa_no_date_and_retrieval_date() -> None:
    item = read_reference(
        "Organización Panamericana de la Salud. (s.f.). Vacunas y inmunización. Recuperado de https://example.org/vacunas"
    )
    assert item["author"] == [{"literal": "Organización Panamericana de la Salud"}]
    assert item["title"] == "Vacunas y inmunización"
    assert "issued" not in item
    item = read_reference(
        "Instituto Nacional de Estadística. (2020). Censo de población. Recuperado el 7 de junio de 2021, de "
        "https://example.org/censo"
    )
    assert item["accessed"] == {"date-parts": [[2021, 6, 7]]}


def test_iso_690_online_medium_and_bracketed_access_date() -> None:
    item = read_reference(
        "RUIZ, Elena. Historia del libro [en línea]. Sevilla: Universidad de Sevilla, 2016 [consulta: 2 abril 2021]. "
        "Disponible en: https://example.org/libro"
    )
    assert item["title"] == "Historia del libro"
    assert item["accessed"] == {"date-parts": [[2021, 4, 2]]}
    assert (item["publisher-place"], item["publisher"]) == ("Sevilla", "Universidad de Sevilla")


def test_french_iso_690_online_medium_leaves_the_site() -> None:
    # Zotero's French ISO 690 writes "[en ligne]" after the site's name, as the Spanish form writes "[en línea]"
    item = read_reference(
        "GRUBER, John, 2014. Markdown. In : *Daring Fireball* [en ligne]. 17 décembre 2014. [Consulté le 3 mai 2013]. "
        "Disponible à l’adresse : http://daringfireball.net/projects/markdown."
    )
    assert (item["container-title"], item["medium"]) == ("Daring Fireball", "en ligne")


def test_abnt_act_of_law() -> None:
    item = read_reference(
        "BRASIL. Lei nº 8.069, de 13 de julho de 1990. Dispõe sobre o Estatuto da Criança e do Adolescente. "
        "Brasília, DF: Presidência da República, 1990."
    )
    assert item["author"] == [{"literal": "BRASIL"}]
    assert item["title"] == "Lei nº 8.069, de 13 de julho de 1990"
    assert item["issued"] == {"date-parts": [[1990]]}
    assert item["publisher-place"] == "Brasília, DF"


def test_spanish_coordinators_and_a_place_with_a_particle() -> None:
    item = read_reference(
        "Torres, A. y Ruiz, B. (Coords.). (2012). Políticas culturales en Iberoamérica. Ciudad de México: Siglo XXI."
    )
    assert [e["family"] for e in item["editor"]] == ["Torres", "Ruiz"]
    assert "author" not in item
    assert (item["publisher-place"], item["publisher"]) == ("Ciudad de México", "Siglo XXI")
