// name: products-at-risk
// description: Products that depend, directly or through components and materials, on something under an active restriction
// param: material name = null — only chains through this material or component (name or alias; magnet also matches NdFeB magnet)
// param: country name = null — only restrictions imposed by this country or organisation (name, alias or ISO code)
// param: components bool = false — also list components (products that other products depend on) as rows of their own
// One row per product: the countries whose restrictions reach it, the restricted items
// reached (materials) and the shortest dependency chain to one of them (chain).
// Active means status announced, in_force or alleged; country-restrictions shows the kind
// and dates of each restriction. Dependencies are followed up to 8 DEPENDS_ON hops.
MATCH chain = (product:Product)-[:DEPENDS_ON*1..8]->(restricted)
WHERE ($components OR NOT (product)<-[:DEPENDS_ON]-(:Product))
  AND (restricted)<-[:RESTRICTS]-(:Restriction)
  AND ($material IS NULL OR any(n IN nodes(chain)[1..] WHERE any(v IN [n.name, n.id, split(n.id, ':')[1], n.symbol] + coalesce(n.aliases, []) WHERE any(f IN $material WHERE toLower(v) = f OR toLower(v) ENDS WITH (' ' + f)))))
WITH product, restricted, length(chain) AS hops,
     reduce(text = product.name, n IN nodes(chain)[1..] | text + ' > ' + n.name) AS chain_text
ORDER BY hops, chain_text
WITH product, restricted, min(hops) AS hops, collect(chain_text)[0] AS chain_text
MATCH (imposer)-[:IMPOSES]->(restriction:Restriction)-[:RESTRICTS]->(restricted)
WHERE restriction.status IN ['announced', 'in_force', 'alleged']
  AND ($country IS NULL OR any(v IN [imposer.name, imposer.id, split(imposer.id, ':')[1]] + coalesce(imposer.aliases, []) WHERE toLower(v) IN $country))
WITH DISTINCT product, imposer.name AS country, restricted.name AS item, hops, chain_text
ORDER BY hops, chain_text
WITH product, collect(chain_text)[0] AS chain, collect(DISTINCT country) AS countries,
     collect(DISTINCT item) AS items
UNWIND countries AS country
WITH product, chain, items, country ORDER BY toLower(country)
WITH product, chain, items, collect(country) AS countries
UNWIND items AS item
WITH product, chain, countries, item ORDER BY toLower(item)
WITH product, chain, countries, collect(item) AS materials
RETURN product.name AS product, countries, materials, chain
ORDER BY toLower(product)
