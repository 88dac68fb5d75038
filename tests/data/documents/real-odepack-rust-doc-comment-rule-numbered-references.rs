/// Call `DLSODES` subroutine from ODEPACK
///
/// DLSODES solves the initial value problem for stiff or nonstiff
/// systems of first order ODEs,
///     dy/dt = f(t,y) ,  or, in component form,
///     dy(i)/dt = f(i) = f(i,t,y(1),y(2),...,y(NEQ)) (i = 1,...,NEQ).
/// DLSODES is a variant of the DLSODE package, and is intended for
/// problems in which the Jacobian matrix df/dy has an arbitrary
/// sparse structure (when the problem is stiff).
///
/// Authors:       Alan C. Hindmarsh
///                Center for Applied Scientific Computing, L-561
///                Lawrence Livermore National Laboratory
///                Livermore, CA 94551
/// and
///                Andrew H. Sherman
///                J. S. Nolen and Associates
///                Houston, TX 77084
///-----------------------------------------------------------------------
/// References:
/// 1.  Alan C. Hindmarsh,  ODEPACK, A Systematized Collection of ODE
///     Solvers, in Scientific Computing, R. S. Stepleman et al. (Eds.),
///     North-Holland, Amsterdam, 1983, pp. 55-64.
///
/// 2.  S. C. Eisenstat, M. C. Gursky, M. H. Schultz, and A. H. Sherman,
///     Yale Sparse Matrix Package: I. The Symmetric Codes,
///     Int. J. Num. Meth. Eng., 18 (1982), pp. 1145-1151.
///
/// 3.  S. C. Eisenstat, M. C. Gursky, M. H. Schultz, and A. H. Sherman,
///     Yale Sparse Matrix Package: II. The Nonsymmetric Codes,
///     Research Report No. 114, Dept. of Computer Sciences, Yale
///     University, 1977.
///-----------------------------------------------------------------------
/// Summary of Usage.
///
/// Communication between the user and the DLSODES package, for normal
/// situations, is summarized here.  This summary describes only a subset
/// of the full set of options available.  See the full description for
/// details, including optional communication, nonstandard options,
/// and instructions for special situations.  See also the example
/// problem (with program and output) following this summary.
///
/// A. First provide a subroutine of the form:
///               SUBROUTINE F (NEQ, T, Y, YDOT)
///               DOUBLE PRECISION T, Y(*), YDOT(*)
/// which supplies the vector function f by loading YDOT(i) with f(i).
