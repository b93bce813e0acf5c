// name: lookup
// description: Find entities by name, alias, id, ISO code or symbol; exact matches first, then partial ones
// param: name name — the text to look for (case and singular/plural do not matter)
// param: label string = null — only nodes with this label, e.g. Country or Material
// param: limit int = 100 in 1..10000 — rows per page
// param: offset int = 0 in 0..100000000 — rows to skip: the next page starts at offset + limit
// Articles are left out unless label=Article; degree counts all relationships of the node.
// Cost: the nodes found come as a parameter ($lookup_nodes, label -> ids), matched in Python
// against a table of the lookup keys (n.keys) of every node but articles, read once and
// cached until the next write (rekg/queries/pages.py, rekg/queries/derived.py; kept up to
// date by rekg's writes, rekg/queries/upkeep.py; the first query after another write reads
// it); then each node found is read by its id. Neo4j, which keeps no generation, and
// label=Article read the lookup keys of every node of the labels searched instead (a form
// that contains another form is not tried: it matches nothing more).
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
WITH node, matched, size([(node)-[relationship]-() | relationship]) AS degree
ORDER BY matched, degree DESC, toLower(node.name), node.id
SKIP $offset LIMIT $limit
RETURN labels(node)[0] AS label, node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases,
       matched, degree
ORDER BY matched, degree DESC, toLower(name), id
