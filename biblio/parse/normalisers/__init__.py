"""Normalisers: each turns a labelled span of reference text into CSL values."""
