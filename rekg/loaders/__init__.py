"""Sources -> documents -> extracted graph fragments; the lexicon; reference data."""
