// name: lookup
// description: Find entities by name, alias, id, ISO code or symbol; exact matches first, then partial ones
// param: name name — the text to look for (case and singular/plural do not matter)
// param: label string = null — only nodes with this label, e.g. Country or Material
// Articles are left out unless label=Article; degree counts all relationships of the node.
MATCH (node)
WHERE ($label IS NULL AND labels(node)[0] <> 'Article') OR toLower(labels(node)[0]) = toLower($label)
WITH node, [node.name, node.id, split(node.id, ':')[1], node.symbol, node.iso3] + coalesce(node.aliases, []) AS forms
WITH node, CASE
       WHEN any(v IN forms WHERE toLower(v) IN $name) THEN 'exact'
       WHEN any(v IN forms WHERE any(f IN $name WHERE toLower(v) CONTAINS f)) THEN 'partial'
     END AS matched
WHERE matched IS NOT NULL
OPTIONAL MATCH (node)-[relationship]-()
WITH node, matched, count(relationship) AS degree
RETURN labels(node)[0] AS label, node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases,
       matched, degree
ORDER BY matched, degree DESC, toLower(name), id
