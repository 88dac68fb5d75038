End s5x5_security.

(******************************************************************************)
(*     Spectral Gap Convergence (Axiomatized)                                 *)
(*                                                                            *)
(* The Schreier graph of S_5 x S_5 on 'I_10 with 8 Coxeter generators       *)
(* decomposes into two independent copies of the path P_5 (since pile-1      *)
(* generators fix pile-2 card positions and vice versa). The transition     *)
(* matrix is:                                                                *)
(*   A = I - (1/8) * L(P_5)                                                  *)
(* where L(P_5) is the graph Laplacian of the 5-vertex path.                 *)
(*                                                                            *)
(* The smallest nonzero Laplacian eigenvalue of P_n is 2*(1 - cos(pi/n)),    *)
(* giving spectral gap = (1 - cos(pi/5)) / 4 ~ 0.0477 for the walk.         *)
(* The convergence bound is:                                                  *)
(*   var_dist(endpoint, uniform) <= sqrt(10) * (1 - gap)^L                   *)
(*                                                                            *)
(* References:                                                                *)
(*   Brouwer-Haemers (2012), Spectra of Graphs, Springer.                    *)
(*   Chung (1997), Spectral Graph Theory, AMS.                               *)
(*   Wilson (2004), Ann. Appl. Probab. 14(1):274-325.                        *)
(*   Bacher (1994), J. Algebra 167:460-472.                                  *)
(*                                                                            *)
(* We use Variable/Hypothesis (not Axiom) so that spectral parameters are    *)
(* abstracted over when the section closes, following the Monster pattern.    *)
(******************************************************************************)

Section s5x5_spectral.

Variable R : realType.
