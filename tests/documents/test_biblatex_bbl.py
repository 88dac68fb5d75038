"""biber's .bbl (biblatex): each ``\\entry`` read as the record of its fields, through the .bib reader."""

from __future__ import annotations

from biblio.api import read_document
from biblio.documents.biblatex_bbl import bbl_entries, cut_off, is_biblatex_bbl
from biblio.documents.latex import is_latex
from biblio.documents.layout import flavour_of

BBL = r"""% $ biblatex auxiliary file $
% $ biblatex bbl format version 3.2 $
\begingroup
\makeatletter
\refsection{0}
  \datalist[entry]{nty/global//global/global}
    \entry{smith2020}{article}{}
      \name{author}{2}{}{%
        {{un=0,uniquepart=base,hash=1a}{%
           family={Smith},
           familyi={S\bibinitperiod},
           given={John\bibnamedelima Paul},
           giveni={J\bibinitperiod\bibinitdelim P\bibinitperiod}}}%
        {{hash=2b}{%
           family={Berg},
           familyi={B\bibinitperiod},
           given={Jan},
           giveni={J\bibinitperiod},
           prefix={van\bibnamedelima den},
           prefixi={v\bibinitperiod\bibinitdelim d\bibinitperiod}}}%
      }
      \list{publisher}{1}{%
        {Springer}%
      }
      \strng{namehash}{3c}
      \field{sortinit}{S}
      \field{labeltitle}{On Gr\"obner bases}
      \field{journaltitle}{J.~Chem. Phys.}
      \field{subtitle}{A study}
      \field{title}{On {Gr\"obner} bases -- 50\% faster}
      \field{volume}{3}
      \field{year}{2020}
      \field{month}{3}
      \field{pages}{1\bibrangedash 9}
      \range{pages}{9}
      \verb{doi}
      \verb 10.1000/x_y
      \endverb
      \verb{url}
      \verb https://example.org/a%20b
      \endverb
    \endentry
    \entry{5f2e}{book}{skipbib=true,skipbiblist=true,skiplab=true}
      \field{title}{A clone biber made for a related entry}
    \endentry
    \entry{who2021}{online}{}
      \name{author}{1}{}{%
        {{hash=4d}{family={{World Health Organization}},familyi={W\bibinitperiod}}}%
      }
      \field{title}{Report}
      \field{urlyear}{2021}
      \field{urlmonth}{05}
      \field{urlday}{2}
    \endentry
    \entry{Elias1955}{article}{}
      \name{author}{1}{}{%
        {{hash=bd}{Elias}{E\bibinitperiod}{P.}{P\bibinitperiod}{}{}{}{}}%
      }
      \field{title}{Predictive coding--I}
      \field{year}{1955}
    \endentry
  \enddatalist
\endrefsection
\endgroup
"""


def test_a_biber_bbl_is_detected_by_its_marks() -> None:
    assert is_biblatex_bbl(BBL) and is_latex(BBL) and flavour_of(BBL) == "latex"
    assert not is_biblatex_bbl("\\begin{thebibliography}{9}\n\\bibitem{a} A. Author. Title. 2020.\n")


def test_each_entry_is_one_record_of_its_exact_fields() -> None:
    items = read_document(BBL, "refs.bbl").items
    assert [item["id"] for item in items] == ["smith2020", "who2021", "Elias1955"]  # the skipbib clone is left out
    smith, who, elias = items
    assert smith["author"] == [{"family": "Smith", "given": "John Paul"},
                               {"family": "Berg", "given": "Jan", "non-dropping-particle": "van den"}]
    assert smith["type"] == "article-journal" and smith["container-title"] == "J. Chem. Phys."
    assert smith["title"] == "On Gröbner bases – 50% faster: A study"
    assert (smith["volume"], smith["page"], smith["publisher"]) == ("3", "1-9", "Springer")
    assert smith["issued"] == {"date-parts": [[2020, 3]]}
    assert (smith["DOI"], smith["URL"]) == ("10.1000/x_y", "https://example.org/a%20b")
    assert who["author"] == [{"literal": "World Health Organization"}] and who["type"] == "webpage"
    assert who["accessed"] == {"date-parts": [[2021, 5, 2]]}
    # biber's older name form: {family}{familyi}{given}{giveni}{prefix}{prefixi}{suffix}{suffixi}
    assert elias["author"] == [{"family": "Elias", "given": "P."}] and elias["title"] == "Predictive coding–I"


def test_a_bbl_cut_short_gives_the_entries_it_holds_and_says_so() -> None:
    cut = BBL[: BBL.index(r"\field{title}{Report}")]
    assert [key for _, key in ((line, e.split(",")[0]) for line, e in bbl_entries(cut))] == [
        "@article{smith2020", "@online{who2021"]
    warning = cut_off(cut)
    assert warning is not None and "who2021" in warning and cut_off(BBL) is None
    found = read_document(cut, "refs.bbl")
    assert [item["id"] for item in found.items] == ["smith2020", "who2021"] and found.warnings == [warning]
    broken = BBL[: BBL.index(r"\field{journaltitle}") + 20]  # inside a field: the field is left out
    assert "journaltitle" not in bbl_entries(broken)[0][1]
