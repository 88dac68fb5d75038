"""Training data for the reference parser: labelled references generated with biblio's CSL engine."""
