"""Names of the environment variables rekg reads, and the default store; nothing heavy here.

The command line imports this module at start-up, so it must not import the stores.
"""

STORE_ENV = "REKG_STORE"
DEFAULT_STORE = "embedded:rekg-data/graph.db"
MAX_ARTICLE_CHARS_ENV = "REKG_MAX_ARTICLE_CHARS"
TIMEOUT_ENV = "REKG_TIMEOUT"
DEFAULT_QUERY_TIMEOUT = 60.0
# Articles merged per transaction by ingest (here so that `rekg ingest --help` shows it
# without importing the ingest pipeline).
ARTICLES_PER_BATCH = 200
