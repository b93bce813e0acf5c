"""Names of the environment variables rekg reads, and the default store; nothing heavy here.

The command line imports this module at start-up, so it must not import the stores.
"""

STORE_ENV = "REKG_STORE"
DEFAULT_STORE = "embedded:rekg-data/graph.db"
