(* monae: Monadic equational reasoning in Coq                                 *)
(* Copyright (C) 2025 monae authors, license: LGPL-2.1-or-later               *)
From mathcomp Require Import all_ssreflect ssralg ssrnum ssrint finmap.
From HB Require Import structures.
Require Import preamble hierarchy monad_lib proba_lib alt_lib.

(**md**************************************************************************)
(* # collapse of the probabilistic choice in altConvexDrMonad                 *)
(*                                                                            *)
(* This file exhibits undesirable consequences of combining the probabilistic *)
(* and nondeterministic choice operators together with the right-             *)
(* distributivity of the bind operator over the probabilistic choice.         *)
(*                                                                            *)
(* ```                                                                        *)
(*  altConvexDrMonad == altCIMonad (nondet. choice)                           *)
(*                    + convexDrMonad (prob. choice and right-distr.)         *)
(* ```                                                                        *)
(*                                                                            *)
(* References:                                                                *)
(* - [Abou-Saleh, et al.]:                                                    *)
(*   Abou-Saleh, F., Cheung, K.-H., and Gibbons, J. (2016).                   *)
(*   Reasoning about probability and nondeterminism.                          *)
(*   In POPL workshop on Probabilistic Programming Semantics.                 *)
(*   https://www.cs.ox.ac.uk/jeremy.gibbons/publications/prob-nondet.pdf      *)
(******************************************************************************)

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

(* technical equality from [Abou-Saleh, et al.] *)
Local Lemma altEbindarb (M : altMonad) (T : Type) (x y : M T) :
  x [~] y = arb >>= fun b => if b then x else y.
Proof. by rewrite alt_bindDl !bindretf. Qed.
