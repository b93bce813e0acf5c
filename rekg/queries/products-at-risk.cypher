// name: products-at-risk
// description: Products that depend, directly or through components and materials, on something under an active restriction
// param: material name = null — only chains through this material or component (name or alias; magnet also matches NdFeB magnet)
// param: country name = null — only restrictions imposed by this country or organisation (name, alias or ISO code)
// param: components bool = false — also list components (products that other products depend on) as rows of their own
// param: as_of date = null — answer as on this day, from each measure's dated status events (2025-04 means the end of April)
// One row per product: the countries whose restrictions reach it, the restricted items
// reached (materials) and the shortest dependency chain to one of them (chain).
// Active means status announced, in_force or alleged; country-restrictions shows the kind
// and dates of each restriction. Dependencies are followed up to 8 DEPENDS_ON hops.
// Cost: one breadth-first search of DEPENDS_ON per product gives its shortest chain to each
// item it reaches (rekg/queries/reach.py); with material=... the chains through the material
// are enumerated instead (paths up to 8 hops), which costs more on a dense dependency graph.
// The restrictions on an item are read once per item, not once per chain or per product.
CALL {
  MATCH (product:Product)
  WHERE $material IS NULL AND ($components OR NOT (product)<-[:DEPENDS_ON]-(:Product))
  REACH DEPENDS_ON FROM product INTO reached
  UNWIND reached AS reach
  RETURN product, reach[0] AS restricted, reach[1] AS hops, reach[2] AS chain_text
  UNION
  UNWIND (CASE WHEN $material IS NULL THEN [] ELSE [$material] END) AS forms
  MATCH (product:Product)
  WHERE $components OR NOT (product)<-[:DEPENDS_ON]-(:Product)
  MATCH chain = (product)-[:DEPENDS_ON*1..8]->(restricted)
  WHERE any(n IN nodes(chain)[1..] WHERE any(k IN n.keys WHERE any(f IN forms WHERE k = f OR k ENDS WITH (' ' + f))))
  WITH product, restricted, length(chain) AS hops, reduce(text = product.name, n IN nodes(chain)[1..] | text + ' > ' + n.name) AS chain_text
  ORDER BY hops, chain_text
  WITH product, restricted, min(hops) AS hops, collect(chain_text)[0] AS chain_text
  RETURN product, restricted, hops, chain_text
}
WITH restricted, collect([product, hops, chain_text]) AS reaching
MATCH (imposer)-[:IMPOSES]->(restriction:Restriction)-[:RESTRICTS]->(restricted)
// a WITH before a status filter: in the same clause FalkorDB starts from its index on status
WITH restricted, reaching, imposer, restriction
// as-of (issue 12): status on $as_of = the last dated status event up to that day
WHERE (CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END) IN ['announced', 'in_force', 'expanded', 'alleged']
  AND ($country IS NULL OR any(k IN imposer.keys WHERE k IN $country))
WITH restricted, reaching, collect(DISTINCT imposer.name) AS countries
UNWIND reaching AS reach
WITH reach[0] AS product, reach[1] AS hops, reach[2] AS chain_text, restricted, countries
ORDER BY hops, chain_text
WITH product, collect(chain_text)[0] AS chain, collect(restricted.name) AS items, collect(countries) AS country_lists
WITH product, chain, items,
     reduce(seen = [], list IN country_lists | seen + [c IN list WHERE NOT c IN seen]) AS countries
UNWIND countries AS country
WITH product, chain, items, country ORDER BY toLower(country)
WITH product, chain, items, collect(country) AS countries
UNWIND items AS item
WITH product, chain, countries, item ORDER BY toLower(item)
WITH product, chain, countries, collect(DISTINCT item) AS materials
RETURN product.name AS product, countries, materials, chain
ORDER BY toLower(product)
