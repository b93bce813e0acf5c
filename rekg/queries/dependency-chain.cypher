// name: dependency-chain
// description: Everything a product depends on, hop by hop, with the active restrictions on each item
// param: product name — the product (name or alias)
// Follows DEPENDS_ON up to 8 hops; depth is the shortest distance and chain its shortest route.
// Cost: an index lookup of the product. Two structures derived from the whole graph come as
// parameters, computed in Python from one read each and cached until the next write
// (rekg/queries/derived.py): $reach, each product's breadth-first search of DEPENDS_ON, and
// $restricted and $imposers, each item's restrictions counted by status with their
// imposers. Writes through rekg bring them up to date (rekg/queries/upkeep_closure.py);
// without them (Neo4j, a write that did not say what it touched) reading every
// restriction is the cost.
CALL {
  UNWIND $product AS form MATCH (root:Product) WHERE form IN root.keys RETURN root
}
WITH DISTINCT root
UNWIND coalesce($reach[root.id], []) AS reach
WITH root, reach[0] AS item, reach[1] AS depth, reach[2] AS chain_text, reach[3] AS name,
     reach[4] AS label,
     [s IN coalesce($restricted[reach[0]], []) WHERE s[0] IN ['announced', 'in_force', 'alleged']] AS found
UNWIND (CASE WHEN size(found) = 0 THEN [null] ELSE found END) AS by_status
UNWIND (CASE WHEN by_status IS NULL OR size(by_status[2]) = 0 THEN [null] ELSE by_status[2] END) AS imposer
WITH DISTINCT root, item, depth, chain_text, name, label, $imposers[imposer][0] AS imposer,
     by_status[0] AS status
ORDER BY toLower(imposer), status
WITH root, item, depth, chain_text, name, label, collect(imposer + ' (' + status + ')') AS restricted_by
RETURN root.name AS product, depth, name AS depends_on, label, restricted_by, chain_text AS chain
ORDER BY toLower(product), depth, toLower(depends_on), item
