// name: dependency-chain
// description: Everything a product depends on, hop by hop, with the active restrictions on each item
// param: product name — the product (name or alias)
// Follows DEPENDS_ON up to 8 hops; depth is the shortest distance and chain its shortest route.
// Cost: an index lookup of the product, a breadth-first search of its DEPENDS_ON subgraph
// (each item reached is visited once per level, never once per path: rekg/queries/reach.py),
// and the restrictions on each item reached.
CALL {
  UNWIND $product AS form MATCH (root:Product) WHERE form IN root.keys RETURN root
}
WITH DISTINCT root
REACH DEPENDS_ON FROM root INTO reached
UNWIND reached AS reach
WITH root, reach[0] AS item, reach[1] AS depth, reach[2] AS chain_text
OPTIONAL MATCH (imposer)-[:IMPOSES]->(restriction:Restriction)-[:RESTRICTS]->(item)
WHERE restriction.status IN ['announced', 'in_force', 'alleged']
WITH DISTINCT root, item, depth, chain_text, imposer.name AS imposer, restriction.status AS status
ORDER BY toLower(imposer), status
WITH root, item, depth, chain_text, collect(imposer + ' (' + status + ')') AS restricted_by
RETURN root.name AS product, depth, item.name AS depends_on, labels(item)[0] AS label,
       restricted_by, chain_text AS chain
ORDER BY toLower(product), depth, toLower(depends_on), item.id
