"""Canned queries: one documented .cypher file each."""
