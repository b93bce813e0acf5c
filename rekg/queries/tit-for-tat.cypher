// name: tit-for-tat
// description: Restrictions between two countries in both directions, in date order
// param: a name — one country or organisation (name, alias or ISO code)
// param: b name — the other one
// param: targeted_only bool = false — leave out restrictions that name no target (general export controls)
// param: as_of date = null — answer as on this day, from each measure's dated status events (2025-04 means the end of April)
// param: limit int = 100 in 1..10000 — rows per page
// param: offset int = 0 in 0..100000000 — rows to skip: the next page starts at offset + limit
// A restriction counts when it targets the other side or an organisation located there; a
// restriction naming no target applies to every destination and is listed as such unless
// targeted_only=true. Every status is listed; the status column tells which still apply.
// Cost: index lookups of both sides; the restrictions of the page come as a parameter
// ($tit_for_tat_page, imposer id -> the ids of its restrictions among the first offset +
// limit rows), picked in Python from a table of every restriction (dates, kind, status
// events, imposers, targets and where the targets are located) read once and cached until the
// next write (rekg/queries/pages.py, rekg/queries/derived.py; kept up to date by rekg's
// writes, rekg/queries/upkeep.py; the first query after another write reads it). Neo4j, which
// keeps no generation, reads the restrictions each side imposes with their targets instead.
// What a restriction covers is read for one page only.
CALL {
  UNWIND $a AS form MATCH (side_a:Country) WHERE form IN side_a.keys RETURN side_a
  UNION
  UNWIND $a AS form MATCH (side_a:Organization) WHERE form IN side_a.keys RETURN side_a
}
WITH side_a
CALL {
  UNWIND $b AS form MATCH (side_b:Country) WHERE form IN side_b.keys RETURN side_b
  UNION
  UNWIND $b AS form MATCH (side_b:Organization) WHERE form IN side_b.keys RETURN side_b
}
WITH side_a, side_b
WHERE side_a.id <> side_b.id
UNWIND [[side_a, side_b], [side_b, side_a]] AS pair
WITH pair[0] AS imposer, pair[1] AS other
CALL {
  WITH imposer
  UNWIND coalesce($tit_for_tat_page[imposer.id], []) AS id
  MATCH (restriction:Restriction {id: id}) RETURN restriction
  UNION
  WITH imposer
  UNWIND (CASE WHEN $tit_for_tat_page IS NULL THEN [1] ELSE [] END) AS every
  MATCH (imposer)-[:IMPOSES]->(restriction:Restriction) RETURN restriction
}
// a WITH before a status filter: in the same clause FalkorDB starts from its index on status
WITH imposer, other, restriction
// as-of (issue 12): status on $as_of = the last dated status event up to that day
WHERE $as_of IS NULL OR (CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END) IS NOT NULL
OPTIONAL MATCH (restriction)-[:TARGETS]->(target)
OPTIONAL MATCH (target)-[located:LOCATED_IN]->(other)
WITH imposer, other, restriction, target, located ORDER BY toLower(target.name)
WITH imposer, other, restriction, collect(DISTINCT target.id) AS target_ids,
     collect(DISTINCT CASE WHEN target.id = other.id OR located IS NOT NULL THEN target.name END) AS hit_targets
WHERE size(hit_targets) > 0 OR (size(target_ids) = 0 AND NOT $targeted_only)
WITH imposer, other, restriction, hit_targets
ORDER BY coalesce(restriction.announced, restriction.effective, ''), toLower(imposer.name), restriction.kind, restriction.id
SKIP $offset LIMIT $limit
OPTIONAL MATCH (restriction)-[:RESTRICTS]->(covered)
WITH imposer, other, restriction, hit_targets, covered ORDER BY toLower(covered.name)
WITH imposer, other, restriction, hit_targets, collect(DISTINCT covered.name) AS covers
RETURN imposer.name AS imposer, other.name AS against,
       CASE WHEN size(hit_targets) = 0 THEN ['all destinations'] ELSE hit_targets END AS targets,
       restriction.kind AS kind, CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END AS status,
       coalesce(restriction.announced, restriction.effective) AS date, covers, restriction.id AS restriction
ORDER BY coalesce(date, ''), toLower(imposer), kind, restriction
