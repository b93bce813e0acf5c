// name: country-restrictions
// description: Restrictions a country or organisation imposes: kind, status, dates, what they cover, whom they target
// param: country name — the imposing country or organisation (name, alias or ISO code)
// param: active_only bool = false — only restrictions that are announced, in_force or alleged
// param: as_of date = null — answer as on this day, from each measure's dated status events (2025-04 means the end of April)
// Suspended and lifted restrictions are listed too unless active_only=true; status says which.
MATCH (imposer)-[:IMPOSES]->(restriction:Restriction)
WHERE any(v IN [imposer.name, imposer.id, split(imposer.id, ':')[1]] + coalesce(imposer.aliases, []) WHERE toLower(v) IN $country)
// as-of (issue 12): status on $as_of = the last dated status event up to that day
  AND ($as_of IS NULL OR (CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END) IS NOT NULL)
  AND (NOT $active_only OR (CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END) IN ['announced', 'in_force', 'expanded', 'alleged'])
OPTIONAL MATCH (restriction)-[:RESTRICTS]->(covered)
WITH imposer, restriction, covered ORDER BY toLower(covered.name)
WITH imposer, restriction, collect(DISTINCT covered.name) AS covers
OPTIONAL MATCH (restriction)-[:TARGETS]->(target)
WITH imposer, restriction, covers, target ORDER BY toLower(target.name)
WITH imposer, restriction, covers, collect(DISTINCT target.name) AS targets
RETURN restriction.kind AS kind, CASE WHEN $as_of IS NULL OR restriction.status_events IS NULL THEN restriction.status ELSE reduce(s = null, e IN restriction.status_events | CASE WHEN substring(e, 0, size(coalesce($as_of, ''))) > coalesce($as_of, '') OR (s IS NOT NULL AND e ENDS WITH '|mentioned') THEN s ELSE split(e, '|')[1] END) END AS status,
       restriction.announced AS announced, restriction.effective AS effective,
       covers, targets, restriction.id AS restriction
ORDER BY coalesce(announced, effective, ''), kind, restriction
