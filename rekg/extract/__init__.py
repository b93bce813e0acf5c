"""Extraction: a Document in, a GraphFragment out, through a pipeline of small stages."""
