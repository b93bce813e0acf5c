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
// Cost: index lookups of both countries, the imposer's active restrictions reduced to the
// distinct items, statuses and targets they restrict; dependency chains (up to 8 DEPENDS_ON
// hops) are then followed once per restricted item, not once per restriction, by a
// breadth-first search backward (rekg/queries/reach.py), never path by path.
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
WITH hit, imposer, restricted, collect([status, applies_to]) AS variants
REACH DEPENDS_ON TO restricted INTO reached KEEPING hit, imposer, variants
UNWIND reached AS reach
WITH hit, imposer, restricted, variants, reach[0] AS product, reach[2] AS chain_text
WHERE 'Product' IN labels(product)
UNWIND variants AS variant
WITH hit, imposer, restricted, product, chain_text, variant[0] AS status, variant[1] AS applies_to
RETURN product.name AS product, restricted.name AS material, imposer.name AS imposer, status, applies_to,
       size([(hit)-[:PRODUCES]->(restricted) | 1]) + size([(hit)<-[:LOCATED_IN]-(producer)-[:PRODUCES]->(restricted) | 1]) > 0 AS domestic_supply,
       chain_text AS chain
ORDER BY toLower(product), toLower(material), status, applies_to
