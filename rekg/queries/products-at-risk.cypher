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
// Cost: the products are scanned. Two structures derived from the whole graph come as
// parameters, computed in Python from one read each and cached until the next write
// (rekg/queries/derived.py): $reach, each product's shortest chain to every item it reaches
// (one breadth-first search of DEPENDS_ON per product and per item, as rekg/queries/reach.py
// writes it in Cypher; with material=..., the shortest chains through the material, joined
// from the search to the material and the search from it, never enumerated), and
// $restricted and $imposers, each item's restrictions counted by status on $as_of with
// their imposers. Writes through rekg bring them up to date (rekg/queries/upkeep_closure.py;
// the counts on as_of null only); without them (Neo4j, a new as_of, a write that did not say
// what it touched) reading every restriction is the cost.
MATCH (product:Product)
WHERE $components OR NOT (product)<-[:DEPENDS_ON]-(:Product)
UNWIND coalesce($reach[product.id], []) AS reach
WITH DISTINCT product, reach[0] AS restricted, reach[3] AS name, reach[1] AS hops, reach[2] AS chain_text
WITH restricted, name, collect([product, hops, chain_text]) AS reaching
UNWIND [s IN coalesce($restricted[restricted], []) WHERE s[0] IN ['announced', 'in_force', 'expanded', 'alleged']] AS by_status
UNWIND by_status[2] AS imposer
WITH restricted, name, reaching, $imposers[imposer] AS imposer
WHERE $country IS NULL OR any(k IN imposer[1] WHERE k IN $country)
WITH restricted, name, reaching, collect(DISTINCT imposer[0]) AS countries
UNWIND reaching AS reach
WITH reach[0] AS product, reach[1] AS hops, reach[2] AS chain_text, name, countries
ORDER BY hops, chain_text
WITH product, collect(chain_text)[0] AS chain, collect(name) AS items, collect(countries) AS country_lists
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
