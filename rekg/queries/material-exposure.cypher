// name: material-exposure
// description: The exposure of a material: who produces it, restrictions on it, products that depend on it
// param: material name — the material (name, alias or chemical symbol)
// Restrictions of every status are listed with their status; dependent products are
// found through up to 8 DEPENDS_ON hops.
// Cost: an index lookup of the material, then its producers, restrictions and dependants
// (a breadth-first search backward along DEPENDS_ON: rekg/queries/reach.py).
CALL {
  UNWIND $material AS form MATCH (material:Material) WHERE form IN material.keys RETURN material
}
WITH DISTINCT material
OPTIONAL MATCH (producer)-[:PRODUCES]->(material)
WITH material, producer ORDER BY toLower(producer.name)
WITH material, collect(DISTINCT producer.name) AS producers
OPTIONAL MATCH (imposer)-[:IMPOSES]->(restriction:Restriction)-[:RESTRICTS]->(material)
WITH DISTINCT material, producers, imposer.name AS imposer, coalesce(restriction.kind, 'other') AS kind,
     restriction.status AS status
ORDER BY toLower(imposer), status, kind
WITH material, producers, collect(DISTINCT imposer + ': ' + kind + ' (' + status + ')') AS restrictions
REACH DEPENDS_ON TO material INTO reached KEEPING producers, restrictions
WITH material, producers, restrictions, [reach IN reached WHERE 'Product' IN labels(reach[0]) | reach[0].name] AS names
UNWIND (CASE WHEN size(names) = 0 THEN [null] ELSE names END) AS product
WITH material, producers, restrictions, product ORDER BY toLower(product)
WITH material, producers, restrictions, collect(DISTINCT product) AS dependent_products
RETURN material.name AS material, material.kind AS kind, producers, restrictions, dependent_products
ORDER BY toLower(material)
