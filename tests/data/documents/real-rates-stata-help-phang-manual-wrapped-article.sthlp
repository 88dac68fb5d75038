{smcl}

{pstd}
{it:Remarks.} {cmd:r(estimates)} has one row per printed cell, in table order, with
columns {cmd:outcome}, {cmd:group}, {cmd:level}, {cmd:events}, {cmd:persontime}, {cmd:rate}, {cmd:lb},
and {cmd:ub} (rates per {opt per()}, unmasked).


{marker references}{...}
{title:References}

{phang}
StataCorp. Stata Base Reference Manual: ci (Methods and formulas, Poisson mean). College Station, TX: Stata Press.

{phang}
Ulm K. 1990. A simple method to calculate the confidence interval of a standardized mortality ratio
(SMR). American Journal of Epidemiology 131: 373-375.


{marker author}{...}
{title:Author}

{pstd}Timothy P Copeland, Karolinska Institutet{p_end}


{title:Also see}

{psee}
{helpb stratetab}, {helpb comptab}, {helpb strate}, {helpb tabtools}
{p_end}

{hline}
