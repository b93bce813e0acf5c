// name: country-restrictions
// description: Restrictions a country or organisation imposes: kind, status, dates, what they cover, whom they target
// param: country name — the imposing country or organisation (name, alias or ISO code)
// param: active_only bool = false — only restrictions that are announced, in_force or alleged
// param: as_of date = null — answer as on this day, from each measure's dated status events (2025-04 means the end of April)
// param: limit int = 100 in 1..10000 — rows per page
// param: offset int = 0 in 0..100000000 — rows to skip: the next page starts at offset + limit
// Suspended and lifted restrictions are listed too unless active_only=true; status says which.
// Cost: an index lookup of the imposer; the restrictions of the page come as a parameter
// ($country_restriction_page, imposer id -> the ids of its restrictions among the first
// offset + limit rows), picked in Python from a table of every restriction read once and
// cached until the next write (rekg/queries/pages.py, rekg/queries/derived.py; kept up to
// date by rekg's writes, rekg/queries/upkeep.py; the first query after another write reads
// it). Neo4j, which keeps no generation, sorts all the imposer's restrictions instead.
// Coverage and targets are read for one page only.
CALL {
  UNWIND $country AS form MATCH (imposer:Country) WHERE form IN imposer.keys RETURN imposer
  UNION
  UNWIND $country AS form MATCH (imposer:Organization) WHERE form IN imposer.keys RETURN imposer
}
WITH imposer
CALL {
  WITH imposer
  UNWIND coalesce($country_restriction_page[imposer.id], []) AS id
  MATCH (restriction:Restriction {id: id}) RETURN restriction
  UNION
  WITH imposer
  UNWIND (CASE WHEN $country_restriction_page IS NULL THEN [1] ELSE [] END) AS every
  MATCH (imposer)-[:IMPOSES]->(restriction:Restriction) RETURN restriction
}
// a WITH before a status filter: in the same clause FalkorDB starts from its index on status
WITH imposer, restriction
// as-of (issue 12): status on $as_of = the last dated status event up to that day
WHERE ($as_of IS NULL OR (CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END) IS NOT NULL)
  AND (NOT $active_only OR (CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END) IN ['announced', 'in_force', 'expanded', 'alleged'])
WITH DISTINCT restriction
ORDER BY coalesce(restriction.announced, restriction.effective, ''), restriction.kind, restriction.id
SKIP $offset LIMIT $limit
OPTIONAL MATCH (restriction)-[:RESTRICTS]->(covered)
WITH restriction, covered ORDER BY toLower(covered.name)
WITH restriction, collect(DISTINCT covered.name) AS covers
OPTIONAL MATCH (restriction)-[:TARGETS]->(target)
WITH restriction, covers, target ORDER BY toLower(target.name)
WITH restriction, covers, collect(DISTINCT target.name) AS targets
RETURN restriction.kind AS kind, CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END AS status,
       restriction.announced AS announced, restriction.effective AS effective,
       covers, targets, restriction.id AS restriction
ORDER BY coalesce(announced, effective, ''), kind, restriction
