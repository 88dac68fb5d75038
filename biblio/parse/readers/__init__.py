"""Structured readers: one per citation style biblio knows exactly; each may say "not my style"."""
