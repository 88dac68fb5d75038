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
