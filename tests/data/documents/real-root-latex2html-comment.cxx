// @(#)root/hist:$Id$
// Author: Christian Holm Christensen 07/11/2000

//____________________________________________________________________
//
//
// Begin_Html
/*
 </pre>
 <H1><A NAME="SECTION00010000000000000000">
 Multidimensional Fits in ROOT</A>
 </H1>

 <P>
 This class <TT>TMultiDimFit</TT> implements such a procedure in
 ROOT. It is largely based on the CERNLIB MUDIFI package
 [<A
 HREF="TMultiFimFit.html#mudifi">2</A>]. Though the basic concepts are still sound, and
 therefore kept, a few implementation details have changed, and this
 class can take advantage of MINUIT [<A
 HREF="TMultiFimFit.html#minuit">4</A>] to improve the errors
 of the fitting, thanks to the class <TT>TMinuit</TT>.

 <P>
 It's possible to use <A NAME="tex2html23"
 HREF="./TMinuit.html"><I>Minuit</I></A>
 [<A
 HREF="TMultiFimFit.html#minuit">4</A>] to further improve the fit, using the test sample.

 <P>
 <DIV ALIGN="RIGHT">
 Christian Holm
 <BR>  November 2000, NBI

 </DIV>

 <P>

 <H2><A NAME="SECTION00040000000000000000">
 Bibliography</A>
 </H2><DL COMPACT><DD><P></P><DT><A NAME="bevington">1</A>
 <DD>
 Philip&nbsp;R. Bevington and D.&nbsp;Keith Robinson.
 <BR><EM>Data Reduction and Error Analysis for the Physical Sciences</EM>.
 <BR>McGraw-Hill, 2 edition, 1992.

 <P></P><DT><A NAME="mudifi">2</A>
 <DD>
 Ren&#233; Brun et&nbsp;al.
 <BR>Mudifi.
 <BR>Long writeup DD/75-23, CERN, 1980.

 <P></P><DT><A NAME="golub">3</A>
 <DD>
 Gene&nbsp;H. Golub and Charles&nbsp;F. van Loan.
 <BR><EM>Matrix Computations</EM>.
 <BR>John Hopkins Univeristy Press, Baltimore, 3 edition, 1996.

 <P></P><DT><A NAME="minuit">4</A>
 <DD>
 F.&nbsp;James.
 <BR>Minuit.
 <BR>Long writeup D506, CERN, 1998.

 <P></P><DT><A NAME="wind72">5</A>
 <DD>
 H.&nbsp;Wind.
 <BR>Function parameterization.
 <BR>In <EM>Proceedings of the 1972 CERN Computing and Data Processing
 School</EM>, volume 72-21 of <EM>Yellow report</EM>. CERN, 1972.

 <P></P><DT><A NAME="wind81">6</A>
 <DD>
 H.&nbsp;Wind.
 <BR>1. principal component analysis, 2. pattern recognition for track
 finding, 3. interpolation and functional representation.
 <BR>Yellow report EP/81-12, CERN, 1981.
 </DL>
 <pre>
 */
//End_Html
//

#include "Riostream.h"
#include "TMultiDimFit.h"
#include "TMath.h"

#define RADDEG (180. / TMath::Pi())
#define DEGRAD (TMath::Pi() / 180.)

//____________________________________________________________________
static void mdfHelper(int&, double*, double&, double*, int);

//____________________________________________________________________
ClassImp(TMultiDimFit);

//____________________________________________________________________
// Static instance. Used with mdfHelper and TMinuit
TMultiDimFit* TMultiDimFit::fgInstance = 0;
