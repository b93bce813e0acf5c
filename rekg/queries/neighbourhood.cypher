// name: neighbourhood
// description: The entities around one entity, one or two relationships away, with the path to each
// param: name name — the entity (name, alias or id)
// param: hops int = 1 in 1..2 — 1 or 2 relationships away
// MENTIONS relationships are not followed (the articles query lists what an article mentions).
MATCH (centre)
WHERE labels(centre)[0] <> 'Article'
  AND any(v IN [centre.name, centre.id, split(centre.id, ':')[1]] + coalesce(centre.aliases, []) WHERE toLower(v) IN $name)
MATCH path = (centre)-[:DEPENDS_ON|IMPOSES|RESTRICTS|TARGETS|PARTY_TO|ADDRESSES|IMPLEMENTS|PRODUCES|LOCATED_IN|REPRESENTS|SUPPLIES*1..2]-(neighbour)
WHERE length(path) <= $hops AND neighbour.id <> centre.id
RETURN centre.name AS entity, length(path) AS distance, labels(neighbour)[0] AS label,
       neighbour.name AS neighbour,
       reduce(text = centre.name, i IN range(0, length(path) - 1) |
         text + CASE WHEN startNode(relationships(path)[i]).id = nodes(path)[i].id
                     THEN ' -' + type(relationships(path)[i]) + '-> '
                     ELSE ' <-' + type(relationships(path)[i]) + '- ' END
              + nodes(path)[i + 1].name) AS path
ORDER BY toLower(entity), distance, path
