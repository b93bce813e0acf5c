// name: chokepoints
// description: Materials ranked by how many products depend on them, then by active restrictions on them
// param: limit int = 20 in 1..1000 — how many materials to show
// param: as_of date = null — answer as on this day, from each measure's dated status events (2025-04 means the end of April)
// Only materials with at least one dependent product or one active restriction are listed;
// producers counts the countries and organisations known to produce the material.
// Cost: materials are ranked by counts (dependants through up to 8 DEPENDS_ON hops, from one
// breadth-first search per product: rekg/queries/reach.py; active restrictions); imposers and
// producers are read for the materials shown only.
MATCH (product:Product)
REACH DEPENDS_ON FROM product INTO reached
UNWIND reached AS reach
WITH product, reach[0] AS item WHERE 'Material' IN labels(item)
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
// as-of (issue 12): status on $as_of = the last dated status event up to that day
WHERE (CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END) IN ['announced', 'in_force', 'expanded', 'alleged']
WITH material, dependent_products, active_restrictions, imposer.name AS imposer
WITH material, dependent_products, active_restrictions, collect(DISTINCT imposer) AS imposers
UNWIND (CASE WHEN size(imposers) = 0 THEN [null] ELSE imposers END) AS imposer
WITH material, dependent_products, active_restrictions, imposer ORDER BY toLower(imposer)
WITH material, dependent_products, active_restrictions, collect(imposer) AS restricted_by
RETURN material.name AS material, dependent_products, active_restrictions, restricted_by,
       size([(producer)-[:PRODUCES]->(material) | producer]) AS producers
ORDER BY dependent_products DESC, active_restrictions DESC, toLower(material)
