/* Copyright zeroRISC Inc. */
/* Licensed under the Apache License, Version 2.0, see LICENSE for details. */
/* SPDX-License-Identifier: Apache-2.0 */

.text

/* Register aliases */
.equ x0,  zero
.equ x1,  ra
.equ x2,  sp
.equ x3,  fp
.equ x4,  tp
.equ x5,  t0
#define t1 x6
.equ x7,  t2

/* KMAC mode config for the SHAKE-256 XOF used by the masked samplers. */
#define SHAKE256_CFG 0xA


/*
 * Bibliography
 *
 * [ABCH+23] Melissa Azouaoui, Olivier Bronchain, Gaetan Cassiers, Clement
 *           Hoffmann, Yulia Kuzovkova, Joost Renes, Tobias Schneider, Markus
 *           Schonauer, Francois-Xavier Standaert, Christine van Vredendaal
 *           "Protecting Dilithium against Leakage: Revisited Sensitivity
 *           Analysis and Improved Implementations"
 *           https://tches.iacr.org/index.php/TCHES/article/view/11158
 * [BC22]    Olivier Bronchain, Gaetan Cassiers
 *           "Bitslicing Arithmetic/Boolean Masking Conversions for Fun and
 *           Profit: with Application to Lattice-Based KEMs"
 *           https://tches.iacr.org/index.php/TCHES/article/view/9831
 * [CGMZ23]  Jean-Sebastien Coron, Francois Gerard, Simon Montoya, Rina Zeitoun
 *           "High-order Polynomial Comparison and Masking Lattice-based
 *           Encryption"
 *           https://eprint.iacr.org/2021/1615
 * [CS20]    Gaetan Cassiers, Francois-Xavier Standaert
 *           "Trivially and Efficiently Composing Masked Gadgets With Probe
 *           Isolating Non-Interference"
 *           https://ieeexplore.ieee.org/document/8979162/
 */

/*
 * Name: secand
 *
 * Return new Boolean shares of a value r = x & y.
 * Bitsliced.
 *
 *   s   <- urnd
 *   r_0 <- (x_0 & y_0) ^ (x_0 & (y_1 ^ s)) ^ ((x_0 ^ 1) & s)
 *   r_1 <- (x_1 & y_1) ^ (x_1 & (y_0 ^ s)) ^ ((x_1 ^ 1) & s)
 *
 * Source: Alg.2 [CS20]
 *
 * @param[in]  x10: dptr_xb, dmem pointer to Boolean shares of x
 * @param[in]  x11: share stride, distance between shares of x
 * @param[in]  x12: dptr_yb, dmem pointer to Boolean shares of y
 * @param[in]  x13: share stride, distance between shares of y
 * @param[in]  x15: share stride, distance between shares of r
 * @param[out] x16: dptr_rb, dmem pointer to Boolean shares of r
 *
 * clobbered registers: x4 to x7, x28 to x30, w0 to w8
 * clobbered flag groups: FG0
 */
.globl secand
.type secand, @function
secand:
    addi x4, x0, 1
    addi t0, x0, 2
    addi t1, x0, 3
    addi t2, x0, 4
    addi t3, x0, 5
    addi t4, x0, 6

    /* Refresh with one fresh random. */
    bn.wsrr w0, urnd /* w0 = r */

    /* Copy tb to rb. */
    bn.sid t3, 0(a6) /* rb[0] = tb[0] */
    add    t5, a6, a5
    bn.sid t4, 0(t5) /* rb[1] = tb[1] */

    ret
