{smcl}
{* *! version 2.3 22MAR2023}{...}

{title:Title}

{p 4 8}{cmd:rdmse} {hline 2} Mean Squared Error Estimation for Local Polynomial Regression Discontinuity and Regression Kink Estimators.{p_end}

{marker description}{...}
{title:Description}

{p 4 8 8}{cmd:rdmse} computes the (asymptotic) mean squared error (MSE) of a local polynomial RD/RK estimator as proposed in Pei, Lee, Card, Weber (2022). 
It displays and returns the estimated MSE for the conventional estimator and its bias corrected counterpart as defined in Calonico, Cattaneo, Titiunik (2014a).{p_end}

{title:Additional Notes}

{p 4 4}In the current implementation of {cmd:rdrobust}, the two-sided bandwidths in a fuzzy design are optimal for estimating the left and right derivatives of order {it:deriv} in the the reduced-form relationship between the outcome variable and the running variable. In this spirit, we do not allow {cmd:twosided} to be specified in conjunction with {cmd:fuzzy()}, and the user should apply the {cmd:twosided} option to the reduced-form only by treating it as a sharp design.{p_end}

    {hline}
	
{title:References}

{p 4 8}Calonico, S., M. D. Cattaneo, and R. Titiunik. 2014a. Robust Nonparametric Confidence Intervals for Regression Discontinuity Designs. {it:Econometrica} 82(6): 2295-2326.
{browse "https://onlinelibrary.wiley.com/doi/abs/10.3982/ECTA11757"}.

{p 4 8}Calonico, S., M. D. Cattaneo, and R. Titiunik. 2014b. Robust Data Driven Inference in the Regression Discontinuity Design. {it:Stata Journal} 14(4): 909-946. 
{browse "https://journals.sagepub.com/doi/abs/10.1177/1536867X1401400413"}.

{p 4 8}Card, D., D. S. Lee, Z. Pei, and A. Weber. 2015. Inference on Causal Effects in a Generalized Regression Kink Design. {it:Econometrica} 83(6): 2453-2483.
{browse "https://onlinelibrary.wiley.com/doi/abs/10.3982/ECTA11224"}.

{p 4 8}Calonico, S., M. D. Cattaneo, M. H. Farrell, and R. Titiunik. 2017. {cmd:rdrobust}: Software for Regression-Discontinuity Designs. {it:Stata Journal} 17(2): 372-404. 
{browse "https://journals.sagepub.com/doi/abs/10.1177/1536867X1701700208"}.

{p 4 8}Calonico, S., M. D. Cattaneo, M. H. Farrell, and R. Titiunik. 2019. Regression Discontinuity Designs Using Covariates. {it:Review of Economics and Statistics} 101(3): 442-451.
{browse "https://www.mitpressjournals.org/doi/abs/10.1162/rest_a_00760"}.

{p 4 8}Cattaneo, M. D., B. Frandsen, and R. Titiunik. 2015. Randomization Inference in the Regression Discontinuity Design: An Application to Party Advantages in the U.S. Senate. {it:Journal of Causal Inference} 3(1): 1-24.
{browse "https://www.degruyter.com/document/doi/10.1515/jci-2013-0010"}.

{p 4 8}Pei, Z., D. S. Lee, C. Card, and A. Weber. 2022. Local Polynomial Order in Regression Discontinuity Designs. {it: Journal of Business and Economic Statistics} 40(3): 1259-1267.
{browse "https://www.tandfonline.com/doi/full/10.1080/07350015.2021.1920961"}.

{title:Author}

{p 4 8}Zhuan Pei, Cornell University, Ithaca, NY.
{browse "mailto:zhuan.pei@cornell.edu":zhuan.pei@cornell.edu}.



