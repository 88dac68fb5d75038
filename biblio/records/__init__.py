"""The record model (a CSL-JSON item) and citation keys. Imports nothing of the parser."""
