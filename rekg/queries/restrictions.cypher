// name: restrictions
// description: All restrictions with imposer, kind, status, dates, coverage and targets
// param: status list = null — only these statuses, comma-separated (announced, in_force, alleged, suspended, lifted)
// param: covers name = null — only restrictions on this material or product (name or alias; magnet also matches NdFeB magnet)
// param: kind string = null — only this kind, e.g. export_licensing
MATCH (restriction:Restriction)
WHERE ($status IS NULL OR restriction.status IN $status)
  AND ($kind IS NULL OR restriction.kind = toLower($kind))
OPTIONAL MATCH (restriction)-[:RESTRICTS]->(covered)
WITH restriction, covered ORDER BY toLower(covered.name)
WITH restriction, collect(DISTINCT covered.name) AS covers,
     sum(CASE WHEN $covers IS NOT NULL AND any(v IN [covered.name, covered.id, split(covered.id, ':')[1], covered.symbol] + coalesce(covered.aliases, []) WHERE any(f IN $covers WHERE toLower(v) = f OR toLower(v) ENDS WITH (' ' + f))) THEN 1 ELSE 0 END) AS covers_matches
WHERE $covers IS NULL OR covers_matches > 0
OPTIONAL MATCH (imposer)-[:IMPOSES]->(restriction)
WITH restriction, covers, imposer ORDER BY toLower(imposer.name)
WITH restriction, covers, collect(DISTINCT imposer.name) AS imposers
OPTIONAL MATCH (restriction)-[:TARGETS]->(target)
WITH restriction, covers, imposers, target ORDER BY toLower(target.name)
WITH restriction, covers, imposers, collect(DISTINCT target.name) AS targets
RETURN imposers AS imposer, restriction.kind AS kind, restriction.status AS status,
       coalesce(restriction.announced, restriction.effective) AS date, covers, targets,
       restriction.id AS restriction
ORDER BY coalesce(date, ''), kind, restriction
