"""Word classes a reference's reader knows: months, roles, markers of volumes and pages,
words that name publishers, journals, places, kinds of work.  Small generic lists in
several languages, keyed by the lower-case word."""

from __future__ import annotations

NAME = "lexicon"

_CLASSES = {
    "month": "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec janvier février fevrier mars avril mai juin juillet "
    "août aout septembre octobre novembre décembre decembre januar februar märz april juni juli oktober "
    "dezember enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "spring summer autumn fall winter",
    "role": "ed eds editor editors edited edn hrsg hg hgg trans transl translated translator translators "
    "übers comp compiled dir directed director prod produced producer coord org orgs red",
    "volmark": "vol vols volume volumes bd band jg jahrgang tome tomo t",
    "issuemark": "no nos nr num number issue iss heft h fasc suppl supplement",
    "pagemark": "p pp page pages pgs s seiten art article",
    "conj": "and und et y e i",
    "etal": "al others alii",
    "in": "in en dans im",
    "access": "retrieved accessed available viewed consulted abgerufen zugriff cited online "
    "luettu viitattu katsottu saatavissa saatavilla luettavissa",
    "idmark": "doi url isbn issn pmid pmcid arxiv urn hdl",
    "publisher": "press publisher publishers publishing publications verlag books inc ltd co corp company "
    "editions éditions edizioni editorial wiley springer elsevier routledge sage blackwell pearson "
    "mcgraw-hill addison-wesley macmillan penguin norton sons group gmbh llc",
    "university": "university universität université universidad università universiteit institute "
    "institut college school department dept academy",
    "journal": "journal journals review rev proceedings proc transactions trans bulletin bull annals ann "
    "letters lett acta quarterly magazine zeitschrift revue revista rivista archives arch research res "
    "studies science sciences physics chemistry phys chem biol med letters reports rep newsletter",
    "meeting": "conference conf symposium symp workshop congress meeting colloquium seminar convention",
    "thesis": "thesis dissertation phd ph.d diss doctoral master masters mémoire thèse these",
    "report": "report technical tech working paper papers memorandum preprint draft manuscript",
    "edition": "edition edn aufl auflage ed éd revised rev expanded",
    "place": "london new york paris berlin oxford cambridge boston chicago washington amsterdam tokyo "
    "leipzig münchen munich frankfurt stuttgart wien vienna zürich zurich basel madrid barcelona rome roma "
    "milano milan torino firenze princeton philadelphia baltimore toronto montreal sydney melbourne "
    "dordrecht heidelberg göttingen hamburg bonn köln cologne leiden utrecht brussels geneva genève "
    "edinburgh glasgow manchester thousand oaks newbury park hoboken englewood cliffs upper saddle river "
    "san francisco diego los angeles berkeley stanford ithaca durham ny ca ma nj uk usa dc il pa",
    "media": "video film audio podcast tweet blog online internet web website dataset software computer "
    "program cd-rom dvd map television radio interview lecture speech",
    "nd": "n.d nd s.d sd o.j",
    # common given names: where a name list ends and a title begins ("Matta, Roberto. Carnivals")
    "given": "john james robert michael william david richard joseph thomas charles christopher daniel "
    "matthew anthony mark paul steven andrew kenneth joshua kevin brian george edward ronald timothy jason "
    "jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank "
    "gregory raymond alexander patrick jack dennis jerry tyler aaron henry peter adam nathan walter harold "
    "carl arthur roger keith jeremy lawrence sean christian albert joe ethan austin juan jesse roy ralph "
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret "
    "sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca "
    "sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha "
    "katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie "
    "joyce victoria olivia kelly christina lauren joan evelyn judith martha cheryl megan andrea hannah "
    "jean-pierre jean pierre jacques michel françois philippe alain louis marie anne sophie claire "
    "hans klaus jürgen wolfgang karl heinrich friedrich johann werner günter helmut uwe stefan andreas "
    "giovanni giuseppe luigi marco francesco antonio carlo paolo roberto alessandro luca "
    "josé carlos manuel luis jorge pedro miguel javier francisco fernando ricardo rafael ana carmen "
    "ivan sergei vladimir dmitri alexei nikolai olga natalia elena irina tatiana "
    "hiroshi takashi kenji wei li ming hui jun yan lei jing ying xin hao chen "
    "mohammed ahmed ali hassan omar fatima",
    "press_status": "press forthcoming submitted preparation accepted",
    "article": "the a an der die das le la les el los il of de du des del van von",
}

LEXICON: dict[str, list[str]] = {}
for _cls, _words in _CLASSES.items():
    for _w in _words.split():
        LEXICON.setdefault(_w, []).append("lx=" + _cls)


def features(norm: str) -> list[str]:
    return LEXICON.get(norm.lower(), [])
