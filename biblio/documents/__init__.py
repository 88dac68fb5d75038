"""Reading inputs: decoding bytes, telling structured files from documents, finding the reference section."""
