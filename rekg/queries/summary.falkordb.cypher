// The summary for FalkorDB: its statistics procedure holds the counts. FalkorDB answers a
// lone count(n) of a label or count(r) of a type from its counters too, but not inside a
// UNION or CALL, where summary.cypher (which Neo4j answers from its count store) traverses
// every relationship: 1.4 s at 1M relationships (issue 14).
CALL db.meta.stats() YIELD labels, relTypes
UNWIND [name IN keys(labels) | ['node', name, labels[name]]]
       + [name IN keys(relTypes) | ['relationship', name, relTypes[name]]] AS entry
WITH entry WHERE entry[2] > 0
RETURN entry[0] AS kind, entry[1] AS name, entry[2] AS count
ORDER BY kind, name
