;;; Parsing Expression Grammar Parsing Expression Generator (PEGPEG)
;;; Copyright (c) 2008 Scott A. Dial (scott@scottdial.com)
;;; All rights reserved.
;;;
;;; POSSIBILITY OF SUCH DAMAGE.

;;; References:
;;; R. Kent Dybvig, The Scheme Programming Language, Fourth Edition:
;;;     http://www.scheme.com/tspl/
;;; Alessandro Warth, James R. Douglass, Todd Millstein,
;;;     "Packrat Parsers Can Support Left Recursion". Viewpoints Research
;;;     Institute: http://www.vpri.org/pdf/tr2007002_packrat.pdf

(library (peg helpers)
  (export
    peg-trace
    printf
    object->string
    symbol->list
    syntax-symbol=?
    peg-binding-name-match
  )
  (import (rnrs))
