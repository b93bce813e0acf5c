// name: chokepoints
// description: Materials ranked by how many products depend on them, then by active restrictions on them
// param: limit int = 20 in 1..1000 — how many materials to show
// Only materials with at least one dependent product or one active restriction are listed;
// producers counts the countries and organisations known to produce the material.
MATCH (material:Material)
OPTIONAL MATCH (product:Product)-[:DEPENDS_ON*1..8]->(material)
WITH material, count(DISTINCT product) AS dependent_products
OPTIONAL MATCH (imposer)-[:IMPOSES]->(restriction:Restriction)-[:RESTRICTS]->(material)
WHERE restriction.status IN ['announced', 'in_force', 'alleged']
WITH material, dependent_products, imposer, restriction ORDER BY toLower(imposer.name)
WITH material, dependent_products, count(DISTINCT restriction) AS active_restrictions,
     collect(DISTINCT imposer.name) AS restricted_by
OPTIONAL MATCH (producer)-[:PRODUCES]->(material)
WITH material, dependent_products, active_restrictions, restricted_by, count(DISTINCT producer) AS producers
WHERE dependent_products > 0 OR active_restrictions > 0
RETURN material.name AS material, dependent_products, active_restrictions, restricted_by, producers
ORDER BY dependent_products DESC, active_restrictions DESC, toLower(material)
LIMIT $limit
