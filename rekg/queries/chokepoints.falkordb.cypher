// chokepoints for FalkorDB: which materials each product reaches through up to 8 DEPENDS_ON
// hops comes from its breadth-first search procedure (algo.BFS, outgoing relationships, the
// start node left out), which does in C what the REACH lines of chokepoints.cypher write out
// in Cypher (that part: about 400 ms against 50 to 90 ms at 100k relationships, load 15).
MATCH (product:Product)
CALL algo.BFS(product, 8, 'DEPENDS_ON') YIELD nodes
UNWIND nodes AS item
WITH product, item WHERE 'Material' IN labels(item)
WITH item, count(DISTINCT product) AS dependants
WITH collect([item, dependants]) AS counted
MATCH (material:Material)
WITH material, [c IN counted WHERE c[0] = material | c[1]] AS found
WITH material, coalesce(found[0], 0) AS dependent_products
OPTIONAL MATCH (restriction:Restriction)-[:RESTRICTS]->(material)
WHERE (CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END) IN ['announced', 'in_force', 'expanded', 'alleged']
WITH material, dependent_products, count(DISTINCT restriction) AS active_restrictions
WHERE dependent_products > 0 OR active_restrictions > 0
WITH material, dependent_products, active_restrictions
ORDER BY dependent_products DESC, active_restrictions DESC, toLower(material.name)
LIMIT $limit
OPTIONAL MATCH (imposer)-[:IMPOSES]->(restriction:Restriction)-[:RESTRICTS]->(material)
WHERE (CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END) IN ['announced', 'in_force', 'expanded', 'alleged']
WITH material, dependent_products, active_restrictions, imposer.name AS imposer
WITH material, dependent_products, active_restrictions, collect(DISTINCT imposer) AS imposers
UNWIND (CASE WHEN size(imposers) = 0 THEN [null] ELSE imposers END) AS imposer
WITH material, dependent_products, active_restrictions, imposer ORDER BY toLower(imposer)
WITH material, dependent_products, active_restrictions, collect(imposer) AS restricted_by
RETURN material.name AS material, dependent_products, active_restrictions, restricted_by,
       size([(producer)-[:PRODUCES]->(material) | producer]) AS producers
ORDER BY dependent_products DESC, active_restrictions DESC, toLower(material)
