"""Training the sequence labeller: labelled data (``data``) and the reproducible run (``train``)."""
