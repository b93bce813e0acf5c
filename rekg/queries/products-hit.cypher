// name: products-hit
// description: Which of one country's products are hit by another country's active restrictions
// param: country name — the country whose industry is hit (name, alias or ISO code)
// param: imposer name — the country or organisation imposing the restrictions
// param: as_of date = null — answer as on this day, from each measure's dated status events (2025-04 means the end of April)
// The graph records no maker of a product, so "a country's products" means the products
// whose dependency chain reaches something the imposer restricts in a way that applies to
// the country: the restriction targets it, targets an organisation located in it, or names
// no target at all (an export control applies to every destination). domestic_supply says
// whether the country, or an organisation located in it, produces the restricted material.
// Cost: index lookups of both countries; the items the imposer's active restrictions that
// apply to the country restrict, with their statuses and whom they apply to, come as a
// parameter ($hit_items), computed in Python from a table of every restriction read once and
// cached until the next write (rekg/queries/pages.py, rekg/queries/derived.py; kept up to
// date by rekg's writes, rekg/queries/upkeep.py; the first query after another write reads
// it). Neo4j, which keeps no generation, reads the imposer's active restrictions and reduces
// them to those items instead. Dependency chains (up to 8 DEPENDS_ON hops) are then followed
// once per restricted item, not once per restriction, by a breadth-first search backward
// (rekg/queries/reach.py), never path by path.
CALL {
  UNWIND $country AS form MATCH (hit:Country) WHERE form IN hit.keys RETURN hit
}
WITH DISTINCT hit
CALL {
  UNWIND $imposer AS form MATCH (imposer:Country) WHERE form IN imposer.keys RETURN imposer
  UNION
  UNWIND $imposer AS form MATCH (imposer:Organization) WHERE form IN imposer.keys RETURN imposer
}
WITH hit, imposer
WHERE imposer.id <> hit.id
CALL {
  WITH hit, imposer
  UNWIND [entry IN coalesce($hit_items, []) WHERE entry[0] = hit.id AND entry[1] = imposer.id AND entry[3] = 'Material'] AS entry
  MATCH (restricted:Material {id: entry[2]})
  RETURN restricted, entry[4] AS variants
  UNION
  WITH hit, imposer
  UNWIND [entry IN coalesce($hit_items, []) WHERE entry[0] = hit.id AND entry[1] = imposer.id AND entry[3] = 'Product'] AS entry
  MATCH (restricted:Product {id: entry[2]})
  RETURN restricted, entry[4] AS variants
  UNION
  WITH hit, imposer
  UNWIND (CASE WHEN $hit_items IS NULL THEN [1] ELSE [] END) AS every
  MATCH (imposer)-[:IMPOSES]->(restriction:Restriction)
  // a WITH before a status filter: in the same clause FalkorDB starts from its index on status
  WITH hit, imposer, restriction
  // as-of (issue 12): status on $as_of = the last dated status event up to that day
  WHERE (CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END) IN ['announced', 'in_force', 'expanded', 'alleged']
  OPTIONAL MATCH (restriction)-[:TARGETS]->(target)
  OPTIONAL MATCH (target)-[located:LOCATED_IN]->(hit)
  WITH hit, imposer, restriction, target, located ORDER BY toLower(target.name)
  WITH hit, imposer, restriction, collect(DISTINCT target.id) AS target_ids,
       collect(DISTINCT CASE WHEN target.id = hit.id OR located IS NOT NULL THEN target.name END) AS hit_targets
  WHERE size(target_ids) = 0 OR size(hit_targets) > 0
  MATCH (restriction)-[:RESTRICTS]->(restricted)
  WITH DISTINCT hit, imposer, restricted, CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END AS status,
       CASE WHEN size(hit_targets) = 0 THEN 'all destinations'
            ELSE reduce(text = '', name IN hit_targets | text + CASE WHEN text = '' THEN '' ELSE ', ' END + name) END AS applies_to
  RETURN restricted, collect([status, applies_to]) AS variants
}
// once per restricted item, from its producers (a country has thousands of organisations)
CALL {
  WITH hit, restricted
  OPTIONAL MATCH (restricted)<-[:PRODUCES]-(producer)
  OPTIONAL MATCH (producer)-[located:LOCATED_IN]->(hit)
  RETURN sum(CASE WHEN producer.id = hit.id OR located IS NOT NULL THEN 1 ELSE 0 END) > 0 AS domestic_supply
}
REACH DEPENDS_ON TO restricted INTO reached KEEPING hit, imposer, variants, domestic_supply
UNWIND reached AS reach
WITH hit, imposer, restricted, variants, domestic_supply, reach[0] AS product, reach[2] AS chain_text
WHERE 'Product' IN labels(product)
UNWIND variants AS variant
WITH imposer, restricted, product, chain_text, domestic_supply, variant[0] AS status, variant[1] AS applies_to
RETURN product.name AS product, restricted.name AS material, imposer.name AS imposer, status, applies_to,
       domestic_supply, chain_text AS chain
ORDER BY toLower(product), toLower(material), status, applies_to
