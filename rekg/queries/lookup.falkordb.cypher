// lookup for FalkorDB: degree from its indegree() and outdegree() functions, which read the
// adjacency matrices, instead of collecting every relationship of each node found (a country
// has tens of thousands at 1M relationships, issue 14). A self-loop would count twice here
// and once in lookup.cypher.
CALL {
  UNWIND coalesce($lookup_nodes['Country'], []) AS id MATCH (node:Country {id: id}) RETURN node
  UNION
  UNWIND coalesce($lookup_nodes['Material'], []) AS id MATCH (node:Material {id: id}) RETURN node
  UNION
  UNWIND coalesce($lookup_nodes['Product'], []) AS id MATCH (node:Product {id: id}) RETURN node
  UNION
  UNWIND coalesce($lookup_nodes['Restriction'], []) AS id MATCH (node:Restriction {id: id}) RETURN node
  UNION
  UNWIND coalesce($lookup_nodes['Agreement'], []) AS id MATCH (node:Agreement {id: id}) RETURN node
  UNION
  UNWIND coalesce($lookup_nodes['Organization'], []) AS id MATCH (node:Organization {id: id}) RETURN node
  UNION
  UNWIND coalesce($lookup_nodes['Person'], []) AS id MATCH (node:Person {id: id}) RETURN node
  UNION
  UNWIND (CASE WHEN $lookup_nodes IS NULL THEN [[f IN $name WHERE none(g IN $name WHERE g <> f AND f CONTAINS g)]] ELSE [] END) AS needles
  MATCH (node:Country) WHERE ($label IS NULL OR toLower($label) = 'country')
    AND any(k IN node.keys WHERE any(f IN needles WHERE k CONTAINS f)) RETURN node
  UNION
  UNWIND (CASE WHEN $lookup_nodes IS NULL THEN [[f IN $name WHERE none(g IN $name WHERE g <> f AND f CONTAINS g)]] ELSE [] END) AS needles
  MATCH (node:Material) WHERE ($label IS NULL OR toLower($label) = 'material')
    AND any(k IN node.keys WHERE any(f IN needles WHERE k CONTAINS f)) RETURN node
  UNION
  UNWIND (CASE WHEN $lookup_nodes IS NULL THEN [[f IN $name WHERE none(g IN $name WHERE g <> f AND f CONTAINS g)]] ELSE [] END) AS needles
  MATCH (node:Product) WHERE ($label IS NULL OR toLower($label) = 'product')
    AND any(k IN node.keys WHERE any(f IN needles WHERE k CONTAINS f)) RETURN node
  UNION
  UNWIND (CASE WHEN $lookup_nodes IS NULL THEN [[f IN $name WHERE none(g IN $name WHERE g <> f AND f CONTAINS g)]] ELSE [] END) AS needles
  MATCH (node:Restriction) WHERE ($label IS NULL OR toLower($label) = 'restriction')
    AND any(k IN node.keys WHERE any(f IN needles WHERE k CONTAINS f)) RETURN node
  UNION
  UNWIND (CASE WHEN $lookup_nodes IS NULL THEN [[f IN $name WHERE none(g IN $name WHERE g <> f AND f CONTAINS g)]] ELSE [] END) AS needles
  MATCH (node:Agreement) WHERE ($label IS NULL OR toLower($label) = 'agreement')
    AND any(k IN node.keys WHERE any(f IN needles WHERE k CONTAINS f)) RETURN node
  UNION
  UNWIND (CASE WHEN $lookup_nodes IS NULL THEN [[f IN $name WHERE none(g IN $name WHERE g <> f AND f CONTAINS g)]] ELSE [] END) AS needles
  MATCH (node:Organization) WHERE ($label IS NULL OR toLower($label) = 'organization')
    AND any(k IN node.keys WHERE any(f IN needles WHERE k CONTAINS f)) RETURN node
  UNION
  UNWIND (CASE WHEN $lookup_nodes IS NULL THEN [[f IN $name WHERE none(g IN $name WHERE g <> f AND f CONTAINS g)]] ELSE [] END) AS needles
  MATCH (node:Person) WHERE ($label IS NULL OR toLower($label) = 'person')
    AND any(k IN node.keys WHERE any(f IN needles WHERE k CONTAINS f)) RETURN node
  UNION
  UNWIND (CASE WHEN $lookup_nodes IS NULL THEN [[f IN $name WHERE none(g IN $name WHERE g <> f AND f CONTAINS g)]] ELSE [] END) AS needles
  MATCH (node:Article) WHERE toLower(coalesce($label, '')) = 'article'
    AND any(k IN node.keys WHERE any(f IN needles WHERE k CONTAINS f)) RETURN node
}
WITH node, CASE WHEN any(k IN node.keys WHERE k IN $name) THEN 'exact' ELSE 'partial' END AS matched
WITH node, matched, indegree(node) + outdegree(node) AS degree
ORDER BY matched, degree DESC, toLower(node.name), node.id
SKIP $offset LIMIT $limit
RETURN labels(node)[0] AS label, node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases,
       matched, degree
ORDER BY matched, degree DESC, toLower(name), id
