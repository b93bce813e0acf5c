// name: chokepoints
// description: Materials ranked by how many products depend on them, then by active restrictions on them
// param: limit int = 20 in 1..1000 — how many materials to show
// param: as_of date = null — answer as on this day, from each measure's dated status events (2025-04 means the end of April)
// Only materials with at least one dependent product or one active restriction are listed;
// producers counts the countries and organisations known to produce the material.
// Cost: a scan of the materials. Two structures derived from the whole graph come as
// parameters, computed in Python from one read each and cached until the next write
// (rekg/queries/derived.py): $dependants, how many products reach each item through up to 8
// DEPENDS_ON hops (one breadth-first search per product), and $restricted and $imposers,
// each item's restrictions counted by status on $as_of with their imposers. Writes through
// rekg bring them up to date (rekg/queries/upkeep_closure.py; the counts on as_of null only);
// without them (Neo4j, a new as_of, a write that did not say what it touched) reading every
// restriction is the cost. Producers are read for the materials shown only.
MATCH (material:Material)
WITH material, coalesce($dependants[material.id], 0) AS dependent_products,
     [s IN coalesce($restricted[material.id], []) WHERE s[0] IN ['announced', 'in_force', 'expanded', 'alleged']] AS found
WITH material, dependent_products, found,
     reduce(total = 0, s IN found | total + s[1]) AS active_restrictions
WHERE dependent_products > 0 OR active_restrictions > 0
WITH material, dependent_products, active_restrictions, found
ORDER BY dependent_products DESC, active_restrictions DESC, toLower(material.name)
LIMIT $limit
UNWIND (CASE WHEN size(found) = 0 THEN [null] ELSE found END) AS by_status
UNWIND (CASE WHEN by_status IS NULL OR size(by_status[2]) = 0 THEN [null] ELSE by_status[2] END) AS imposer
WITH material, dependent_products, active_restrictions, $imposers[imposer][0] AS imposer
WITH material, dependent_products, active_restrictions, collect(DISTINCT imposer) AS imposers
UNWIND (CASE WHEN size(imposers) = 0 THEN [null] ELSE imposers END) AS imposer
WITH material, dependent_products, active_restrictions, imposer ORDER BY toLower(imposer)
WITH material, dependent_products, active_restrictions, collect(imposer) AS restricted_by
RETURN material.name AS material, dependent_products, active_restrictions, restricted_by,
       size([(producer)-[:PRODUCES]->(material) | producer]) AS producers
ORDER BY dependent_products DESC, active_restrictions DESC, toLower(material)
