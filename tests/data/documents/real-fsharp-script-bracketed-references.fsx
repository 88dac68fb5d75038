// ==============================================================================
// Antibiotic Precursor Synthesis - Alternative Route Discovery
// ==============================================================================
// Compares beta-lactam synthesis routes by computing VQE activation energies.
//
// Accepts multiple synthesis routes (built-in presets or --input CSV), runs VQE
// on each route's reactant/TS/product molecules, and outputs a ranked comparison
// table showing which route has the lowest activation barrier.
//
// IMPORTANT LIMITATION:
// This example uses EMPIRICAL Hamiltonian coefficients (not molecular integrals).
// Calculated energies are ILLUSTRATIVE. For production use, molecular integral
// calculation (via PySCF, Psi4, or similar) would be needed.
// See: https://qiskit.org/documentation/nature/
//
// Usage:
//   dotnet fsi AntibioticPrecursorSynthesis.fsx
//   dotnet fsi AntibioticPrecursorSynthesis.fsx -- --help
//   dotnet fsi AntibioticPrecursorSynthesis.fsx -- --routes staudinger,ring-expansion
//
// References:
//   [1] Wikipedia: beta-Lactam (https://en.wikipedia.org/wiki/Beta-lactam)
//   [2] Wikipedia: Cephalosporin (https://en.wikipedia.org/wiki/Cephalosporin)
//   [3] Staudinger, H. "Zur Kenntniss der Ketene" Liebigs Ann. Chem. (1907)
//   [4] Reiher, M. et al. "Elucidating reaction mechanisms on quantum computers" PNAS (2017)
// ==============================================================================

#r "../../src/FSharp.Azure.Quantum/bin/Debug/net10.0/FSharp.Azure.Quantum.dll"
#load "../_common/Cli.fs"

open System
open FSharp.Azure.Quantum.QuantumChemistry

// ==============================================================================
// PHYSICAL CONSTANTS
// ==============================================================================

let kB = 1.380649e-23           // Boltzmann constant (J/K)
let hPlanck = 6.62607015e-34    // Planck constant (J*s)
let gasR = 8.314                // Gas constant (J/(mol*K))
