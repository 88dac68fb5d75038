class ReportGenerator:
    def _generate_conclusions(self, population: NEATPopulation) -> str:
        """Generate conclusions section."""
        conclusions = r"""
\section{Conclusions}

We have implemented and validated NeuroEvolution of Augmenting Topologies
(NEAT), demonstrating its capacity to evolve both neural network structure
and weights.

"""
        return conclusions

    def _generate_bibliography(self) -> str:
        """Generate bibliography section."""
        bib = r"""
\begin{thebibliography}{9}

\bibitem{stanley2002}
Stanley, K. O., \& Miikkulainen, R. (2002).
\textit{Evolving Neural Networks through Augmenting Topologies}.
Evolutionary Computation, 10(2), 99-127.

\bibitem{stanley2004}
Stanley, K. O., \& Miikkulainen, R. (2004).
\textit{Competitive Coevolution through Evolutionary Complexification}.
Journal of Artificial Intelligence Research, 21, 63-100.

\bibitem{stanley2009}
Stanley, K. O., D'Ambrosio, D. B., \& Gauci, J. (2009).
\textit{A Hypercube-Based Encoding for Evolving Large-Scale Neural Networks}.
Artificial Life, 15(2), 185-212.

\end{thebibliography}

"""
        return bib
