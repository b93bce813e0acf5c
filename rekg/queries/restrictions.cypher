// name: restrictions
// description: All restrictions with imposer, kind, status, dates, coverage and targets
// param: status list = null — only these statuses, comma-separated (announced, in_force, alleged, suspended, lifted)
// param: covers name = null — only restrictions on this material or product (name or alias; magnet also matches NdFeB magnet)
// param: kind string = null — only this kind, e.g. export_licensing
// param: as_of date = null — answer as on this day, from each measure's dated status events (2025-04 means the end of April)
// param: limit int = 100 in 1..10000 — rows per page
// param: offset int = 0 in 0..100000000 — rows to skip: the next page starts at offset + limit
// Cost: the restrictions of the page come as a parameter ($restriction_page): the ids of the
// first offset + limit rows, picked in Python from a table of every restriction (its dates,
// kind, status events and what it covers) read once and cached until the next write
// (rekg/queries/pages.py, rekg/queries/derived.py; kept up to date by rekg's writes,
// rekg/queries/upkeep.py; the first query after another write reads it). Neo4j, which keeps
// no generation, filters and sorts every restriction instead (covers=... starting from the
// few materials and products it names). Imposers, coverage and targets are read for one page
// only.
CALL {
  UNWIND coalesce($restriction_page, []) AS id MATCH (restriction:Restriction {id: id}) RETURN restriction
  UNION
  UNWIND (CASE WHEN $covers IS NULL AND $restriction_page IS NULL THEN [1] ELSE [] END) AS every
  MATCH (restriction:Restriction) RETURN restriction
  UNION
  UNWIND (CASE WHEN $covers IS NOT NULL AND $restriction_page IS NULL THEN [1] ELSE [] END) AS every
  MATCH (covered:Material)
  WHERE any(k IN covered.keys WHERE any(f IN $covers WHERE k = f OR k ENDS WITH (' ' + f)))
  MATCH (restriction:Restriction)-[:RESTRICTS]->(covered) RETURN restriction
  UNION
  UNWIND (CASE WHEN $covers IS NOT NULL AND $restriction_page IS NULL THEN [1] ELSE [] END) AS every
  MATCH (covered:Product)
  WHERE any(k IN covered.keys WHERE any(f IN $covers WHERE k = f OR k ENDS WITH (' ' + f)))
  MATCH (restriction:Restriction)-[:RESTRICTS]->(covered) RETURN restriction
}
WITH restriction
// as-of (issue 12): status on $as_of = the last dated status event up to that day
WHERE ($as_of IS NULL OR (CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END) IS NOT NULL)
  AND ($status IS NULL OR (CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END) IN $status)
  AND ($kind IS NULL OR restriction.kind = toLower($kind))
WITH restriction
ORDER BY coalesce(restriction.announced, restriction.effective, ''), restriction.kind, restriction.id
SKIP $offset LIMIT $limit
OPTIONAL MATCH (restriction)-[:RESTRICTS]->(covered)
WITH restriction, covered ORDER BY toLower(covered.name)
WITH restriction, collect(DISTINCT covered.name) AS covers
OPTIONAL MATCH (imposer)-[:IMPOSES]->(restriction)
WITH restriction, covers, imposer ORDER BY toLower(imposer.name)
WITH restriction, covers, collect(DISTINCT imposer.name) AS imposers
OPTIONAL MATCH (restriction)-[:TARGETS]->(target)
WITH restriction, covers, imposers, target ORDER BY toLower(target.name)
WITH restriction, covers, imposers, collect(DISTINCT target.name) AS targets
RETURN imposers AS imposer, restriction.kind AS kind, CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END AS status,
       coalesce(restriction.announced, restriction.effective) AS date, covers, targets,
       restriction.id AS restriction
ORDER BY coalesce(date, ''), kind, restriction
