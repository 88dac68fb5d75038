TEMPLATE = r"""
Third, the symbolic step is exact throughout. The residual is obtained by
rational-function arithmetic in the algebraic function field, not by series truncation, so
the identity $B=%(BLATEX)s$ is an identity of functions and the theorem holds for all
$n>%(DEG)d$ simultaneously.

\begin{thebibliography}{9}
\bibitem{oeis} The OEIS Foundation, \emph{The On-Line Encyclopedia of Integer Sequences},
\url{https://oeis.org}, 2026. Sequence %(ANUM)s.
\bibitem{stanley} R.~P.~Stanley, \emph{Enumerative Combinatorics}, Volume 2, Cambridge
University Press, 1999, Section 6.3 (Lagrange inversion) and Chapter 6 (algebraic and
D-finite generating functions).
\bibitem{flajolet} P.~Flajolet and R.~Sedgewick, \emph{Analytic Combinatorics}, Cambridge
University Press, 2009, Chapter VII.
\bibitem{kp} M.~Kauers and P.~Paule, \emph{The Concrete Tetrahedron}, Springer, 2011,
Chapter 7.
\end{thebibliography}
\end{document}
"""
