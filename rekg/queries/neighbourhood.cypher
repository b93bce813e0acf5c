// name: neighbourhood
// description: The entities around one entity, one or two relationships away, with the path to each
// param: name name — the entity (name, alias or id)
// param: hops int = 1 in 1..2 — 1 or 2 relationships away
// param: limit int = 100 in 1..10000 — rows per page
// param: offset int = 0 in 0..100000000 — rows to skip: the next page starts at offset + limit
// MENTIONS relationships are not followed (the articles query lists what an article mentions).
// Cost: an index lookup of the entity and its direct neighbours, of which the first offset +
// limit are kept (a top-k sort, not a sort of all); paths two relationships away are only
// followed when the page reaches beyond the direct neighbours.
CALL {
  UNWIND $name AS form MATCH (centre:Country) WHERE form IN centre.keys RETURN centre
  UNION
  UNWIND $name AS form MATCH (centre:Material) WHERE form IN centre.keys RETURN centre
  UNION
  UNWIND $name AS form MATCH (centre:Product) WHERE form IN centre.keys RETURN centre
  UNION
  UNWIND $name AS form MATCH (centre:Restriction) WHERE form IN centre.keys RETURN centre
  UNION
  UNWIND $name AS form MATCH (centre:Agreement) WHERE form IN centre.keys RETURN centre
  UNION
  UNWIND $name AS form MATCH (centre:Organization) WHERE form IN centre.keys RETURN centre
  UNION
  UNWIND $name AS form MATCH (centre:Person) WHERE form IN centre.keys RETURN centre
}
WITH centre
CALL {
  WITH centre
  MATCH (centre)-[r:DEPENDS_ON|IMPOSES|RESTRICTS|TARGETS|PARTY_TO|ADDRESSES|IMPLEMENTS|PRODUCES|LOCATED_IN|REPRESENTS|SUPPLIES]-(near)
  WHERE near <> centre
  // the order of the paths written out below (outgoing ' -' before incoming ' <-', then the
  // type, no type name being the start of another, then the name), without writing a path
  // for every neighbour
  WITH centre, r, near, startNode(r) = centre AS outgoing
  ORDER BY centre.name IS NULL OR near.name IS NULL, outgoing DESC, type(r), near.name
  LIMIT $page_end
  WITH near, centre.name + CASE WHEN outgoing THEN ' -' + type(r) + '-> ' ELSE ' <-' + type(r) + '- ' END + near.name AS path
  ORDER BY path
  RETURN collect({distance: 1, label: labels(near)[0], neighbour: near.name, path: path}) AS direct
}
CALL {
  WITH centre, direct
  WITH centre, direct WHERE $hops = 2 AND size(direct) < $page_end
  MATCH (centre)-[r1:DEPENDS_ON|IMPOSES|RESTRICTS|TARGETS|PARTY_TO|ADDRESSES|IMPLEMENTS|PRODUCES|LOCATED_IN|REPRESENTS|SUPPLIES]-(middle)-[r2:DEPENDS_ON|IMPOSES|RESTRICTS|TARGETS|PARTY_TO|ADDRESSES|IMPLEMENTS|PRODUCES|LOCATED_IN|REPRESENTS|SUPPLIES]-(far)
  WHERE far.id <> centre.id
  WITH far, centre.name + CASE WHEN startNode(r1).id = centre.id THEN ' -' + type(r1) + '-> ' ELSE ' <-' + type(r1) + '- ' END + middle.name
       + CASE WHEN startNode(r2).id = middle.id THEN ' -' + type(r2) + '-> ' ELSE ' <-' + type(r2) + '- ' END + far.name AS path
  ORDER BY path
  LIMIT $page_end
  RETURN collect({distance: 2, label: labels(far)[0], neighbour: far.name, path: path}) AS further
}
UNWIND direct + further AS row
WITH centre, row
ORDER BY toLower(centre.name), row.distance, row.path
SKIP $offset LIMIT $limit
RETURN centre.name AS entity, row.distance AS distance, row.label AS label, row.neighbour AS neighbour,
       row.path AS path
ORDER BY toLower(entity), distance, path
