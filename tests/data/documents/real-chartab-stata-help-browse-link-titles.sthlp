{smcl}

{synoptset 20 tabbed}{...}
{p2col 5 20 22 2: macros}{p_end}
{synopt:{cmd:r(ascii_printable)}}{it:list of printable ASCII code points observed}{p_end}
{synopt:{cmd:r(ascii_control)}}{it:list of ASCII control code points observed}{p_end}
{synopt:{cmd:r(multibyte)}}{it:list of multi-byte UTF-8 code points observed}{p_end}
{p2colreset}{...}
{pstd}


{marker references}{...}
{title:References}

{pstd}
The Unicode Consortium.  
{browse "http://www.unicode.org/versions/Unicode11.0.0/":The Unicode Standard, Version 11.0.0},
(Mountain View, CA: The Unicode Consortium, 2018. ISBN 978-1-936213-19-1).

{pstd}
Unicode Standard Annex #42: {browse "http://www.unicode.org/reports/tr42/":Unicode Character Database in XML}.

{pstd}
Unicode Standard Annex #44: {browse "http://www.unicode.org/reports/tr44/":Unicode Character Database}.

{pstd}
Flat version of the UCD: 
{browse "https://www.unicode.org/Public/UCD/latest/ucdxml/ucd.all.flat.zip"}

{pstd}
SIL International, NRSI: Computers & Writing Systems, 
{browse "https://scripts.sil.org/cms/scripts/page.php?site_id=nrsi&id=iws-appendixa":Mapping codepoints to Unicode encoding forms}. 
        
{pstd}
Wikipedia, 
{browse "https://en.wikipedia.org/wiki/UTF-8":UTF-8}.


{marker license}{...}
{title:License to redistribute the UCD}

{pstd}
The {cmd:chartab} package includes a subset of the UCD (Unicode Character Database).
Pursuant to the {browse "https://www.unicode.org/license.html":Unicode, Inc. License Agreement},
the copyright and permission notice appears at the end of 
the {cmd:chartab} ado-file.


{marker author}{...}
{title:Author}

{pstd}Robert Picard{p_end}
{pstd}robertpicard@gmail.com{p_end}
