"""Forms of journal pages' reference lists (SciELO's articles, real references of tests/data/documents): an
address after Portuguese ``Disponível em:`` read as a source note is the URL (``mends.addresses``)."""

from __future__ import annotations

from biblio.parse import parse_reference


def test_an_address_after_disponivel_em_is_the_url() -> None:
    url = ("https://cdn.who.int/media/docs/default-source/immunization/strategy/ia2030/"
           "ia2030-draft-4-wha_b8850379-1fce-4847-bfd1-5d2c9d9e32f8.pdf?sfvrsn=5389656e_69&download=true")
    item = parse_reference(f"World Health Organization. Immunization Agenda 2030: A global strategy to leave no one "
                           f"behind. Disponível em: {url}. Acesso em: 3 nov. 2023.")
    assert item["URL"] == url
    assert item["title"] == "Immunization Agenda 2030: A global strategy to leave no one behind"


def test_vancouver_names_with_the_particle_after_the_initials() -> None:
    # MEDLINE's form of Portuguese names (SciELO's Epidemiologia e Serviços de Saúde)
    from biblio.parse.normalisers.names import names_from_span

    assert [n["family"] for n in names_from_span(
        "Lima SAV, Silva MRF da, Carvalho EMF de, Pessoa EÂC, Brito ESV de, Braga JPR.")] == [
        "Lima", "Silva", "Carvalho", "Pessoa", "Brito", "Braga"]
    assert names_from_span("Siqueira JS de, Fernandes R de CP.") == [
        {"family": "Siqueira", "given": "JS de"}, {"family": "Fernandes", "given": "R de CP"}]
    item = parse_reference("Mariano FZ, Costa EM, Guimarães DB, Sousa DT de. Diferenciais de Rendimentos entre Raças e "
                           "Gêneros, nas Regiões Metropolitanas, por Níveis Ocupacionais: uma análise através do "
                           "pareamento de Ñopo. Estud Econ. 2018;48(1):137-73.")
    assert [n["family"] for n in item["author"]] == ["Mariano", "Costa", "Guimarães", "Sousa"]


def test_a_vancouver_title_closing_on_a_place_and_a_year_keeps_them() -> None:
    # mends.vancouver_imprints: the imprint "2013 mar;29(3)" holds the date; "…, Brazil, 2006." ends the title
    item = parse_reference("Yokokura AV, Silva AA, Bernardes AC, Lamy Filho F, Alves MT, Cabra NA, Alves RF. "
                           "Cobertura vacinal e fatores associados ao esquema vacinal básico incompleto aos 12 meses "
                           "de idade, São Luís, Maranhão, Brazil, 2006. Cad Saude Publica. 2013 mar;29(3):522-34.")
    assert item["title"].endswith("São Luís, Maranhão, Brazil, 2006")
    assert item["issued"]["date-parts"][0][0] == 2013 and item["container-title"] == "Cad Saude Publica"
    item = parse_reference("Freeman RE, Thaker J, Daley MF, Glanz JM, Newcomer SR. Vaccine timeliness and prevalence "
                           "of undervaccination patterns in children ages 0-19 months, U.S., National Immunization "
                           "Survey-Child 2017. Vaccine. 2022;40(5):765-773. doi: 10.1016/j.vaccine.2021.12.037.")
    assert item["issued"]["date-parts"][0][0] == 2022 and item["container-title"] == "Vaccine"


def test_a_quoted_title_then_a_trade_publisher_is_a_book() -> None:
    # numpydoc's references in IEEE's manner: the publisher after the quoted title, then the pages cited
    item = parse_reference("E.R. Kanasewich, “Time Sequence Analysis in Geophysics”, The University of Alberta Press, "
                           "1975, pp. 106-108.")
    assert item["publisher"] == "The University of Alberta Press" and "container-title" not in item
    item = parse_reference("A.V. Oppenheim and R.W. Schafer, “Discrete-Time Signal Processing”, Prentice-Hall, 1999, "
                           "pp. 468-471.")
    assert item["publisher"] == "Prentice-Hall" and "container-title" not in item


def test_a_periodical_named_without_marks_before_its_number() -> None:
    # mends.numbered_periodicals: História, Ciências, Saúde-Manguinhos' "Secuencia, n.45, p.5-26. 1999."
    item = parse_reference("FONSECA, Maria Rachel Fróes da. La construcción de la patria por el discurso científico: "
                           "México y Brasil (1770-1830). Secuencia, n.45, p.5-26. 1999.")
    assert item["container-title"] == "Secuencia" and item["issue"] == "45" and item["page"] == "5-26"


def test_a_chapter_s_organisers_then_the_book_and_its_imprint() -> None:
    # mends.organised_books: Papéis Avulsos de Zoologia's chapters, "(Org.)" closing the editors' names
    item = parse_reference("Aleixo, A. 2001. Conservação da avifauna da Floresta Atlântica: efeitos da fragmentação "
                           "e a importância de florestas secundárias. In: Albuquerque, J.; Cândido-Jr., J.F.; Straube, "
                           "F.C. & Roos, A.L. (Org.). Ornitologia e Conservação: da ciência às estratégias. Tubarão, "
                           "Ed. Unisul. p. 199-206.")
    assert item["container-title"] == "Ornitologia e Conservação: da ciência às estratégias"
    assert item["publisher"] == "Ed. Unisul" and [e["family"] for e in item["editor"]][0] == "Albuquerque"


def test_a_portuguese_company_is_one_organisation() -> None:
    # "Empresa …": a company's name, its "e" no list's "and"
    from biblio.parse.normalisers.names import names_from_span

    assert names_from_span("Empresa de Pesquisa Agropecuária e Extensão Rural de Santa Catarina (EPAGRI).") == [
        {"literal": "Empresa de Pesquisa Agropecuária e Extensão Rural de Santa Catarina (EPAGRI)"}]
