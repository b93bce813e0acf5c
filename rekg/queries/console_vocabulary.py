"""What the console understands: its commands, output formats and the Cypher words it
completes. Shared by the session (``console``) and the completer (``console_completion``),
which therefore do not import each other."""

CONSOLE_FORMATS = ("table", "json")
COMMANDS = (":help", ":schema", ":queries", ":run", ":param", ":params", ":begin", ":commit",
            ":rollback", ":explain", ":format", ":quit")
CYPHER_KEYWORDS = (
    "MATCH", "OPTIONAL MATCH", "WHERE", "RETURN", "WITH", "ORDER BY", "LIMIT", "SKIP",
    "DISTINCT", "UNWIND", "AS", "AND", "OR", "NOT", "IN", "IS NULL", "IS NOT NULL",
    "CONTAINS", "STARTS WITH", "ENDS WITH", "CASE", "WHEN", "THEN", "ELSE", "END", "CALL",
    "UNION", "CREATE", "MERGE", "SET", "DELETE", "DETACH DELETE", "REMOVE", "count", "collect",
    "toLower", "coalesce", "labels", "type", "nodes", "relationships", "size", "exists",
)
