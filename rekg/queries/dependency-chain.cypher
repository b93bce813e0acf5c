// name: dependency-chain
// description: Everything a product depends on, hop by hop, with the active restrictions on each item
// param: product name — the product (name or alias)
// Follows DEPENDS_ON up to 8 hops; depth is the shortest distance and chain its shortest route.
// Cost: an index lookup of the product, its DEPENDS_ON subgraph, and the restrictions on each
// item reached.
CALL {
  UNWIND $product AS form MATCH (root:Product) WHERE form IN root.keys RETURN root
}
WITH root
MATCH chain = (root)-[:DEPENDS_ON*1..8]->(item)
WITH root, item, chain, reduce(text = root.name, n IN nodes(chain)[1..] | text + ' > ' + n.name) AS chain_text
ORDER BY length(chain), chain_text
WITH root, item, min(length(chain)) AS depth, collect(chain_text)[0] AS chain_text
OPTIONAL MATCH (imposer)-[:IMPOSES]->(restriction:Restriction)-[:RESTRICTS]->(item)
WHERE restriction.status IN ['announced', 'in_force', 'alleged']
WITH DISTINCT root, item, depth, chain_text, imposer.name AS imposer, restriction.status AS status
ORDER BY toLower(imposer), status
WITH root, item, depth, chain_text, collect(imposer + ' (' + status + ')') AS restricted_by
RETURN root.name AS product, depth, item.name AS depends_on, labels(item)[0] AS label,
       restricted_by, chain_text AS chain
ORDER BY toLower(product), depth, toLower(depends_on), item.id
