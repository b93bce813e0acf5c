// name: country-restrictions
// description: Restrictions a country or organisation imposes: kind, status, dates, what they cover, whom they target
// param: country name — the imposing country or organisation (name, alias or ISO code)
// param: active_only bool = false — only restrictions that are announced, in_force or alleged
// Suspended and lifted restrictions are listed too unless active_only=true; status says which.
MATCH (imposer)-[:IMPOSES]->(restriction:Restriction)
WHERE any(v IN [imposer.name, imposer.id, split(imposer.id, ':')[1]] + coalesce(imposer.aliases, []) WHERE toLower(v) IN $country)
  AND (NOT $active_only OR restriction.status IN ['announced', 'in_force', 'alleged'])
OPTIONAL MATCH (restriction)-[:RESTRICTS]->(covered)
WITH imposer, restriction, covered ORDER BY toLower(covered.name)
WITH imposer, restriction, collect(DISTINCT covered.name) AS covers
OPTIONAL MATCH (restriction)-[:TARGETS]->(target)
WITH imposer, restriction, covers, target ORDER BY toLower(target.name)
WITH imposer, restriction, covers, collect(DISTINCT target.name) AS targets
RETURN restriction.kind AS kind, restriction.status AS status,
       restriction.announced AS announced, restriction.effective AS effective,
       covers, targets, restriction.id AS restriction
ORDER BY coalesce(announced, effective, ''), kind, restriction
