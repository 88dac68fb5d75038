"""Reference strings: cues that text is a reference, and splitting a section into references."""
