// name: agreements
// description: Agreements with their parties, status, date, what they address and what they implement
// param: name name = null — only this agreement (name or alias)
// param: party name = null — only agreements this country or organisation is party to
// param: limit int = 100 in 1..10000 — rows per page
// param: offset int = 0 in 0..100000000 — rows to skip: the next page starts at offset + limit
// Cost: the agreements of the page come as a parameter ($agreement_page): the ids of the
// first offset + limit rows, picked in Python from a table of every agreement (date, name,
// lookup keys, parties) read once and cached until the next write (rekg/queries/pages.py,
// rekg/queries/derived.py; kept up to date by rekg's writes, rekg/queries/upkeep.py; the
// first query after another write reads it). Neo4j, which keeps no generation, sorts every
// agreement instead (name=... and party=... start from index lookups). Parties, topics and
// related agreements are read for one page only.
CALL {
  UNWIND coalesce($agreement_page, []) AS id MATCH (agreement:Agreement {id: id}) RETURN agreement
  UNION
  UNWIND (CASE WHEN $agreement_page IS NULL AND $name IS NULL AND $party IS NULL THEN [1] ELSE [] END) AS every
  MATCH (agreement:Agreement) RETURN agreement
  UNION
  UNWIND (CASE WHEN $agreement_page IS NULL AND $party IS NULL THEN coalesce($name, []) ELSE [] END) AS form
  MATCH (agreement:Agreement) WHERE form IN agreement.keys RETURN agreement
  UNION
  UNWIND (CASE WHEN $agreement_page IS NULL THEN coalesce($party, []) ELSE [] END) AS form
  MATCH (party:Country) WHERE form IN party.keys
  MATCH (party)-[:PARTY_TO]->(agreement:Agreement)
  WHERE $name IS NULL OR any(k IN agreement.keys WHERE k IN $name) RETURN agreement
  UNION
  UNWIND (CASE WHEN $agreement_page IS NULL THEN coalesce($party, []) ELSE [] END) AS form
  MATCH (party:Organization) WHERE form IN party.keys
  MATCH (party)-[:PARTY_TO]->(agreement:Agreement)
  WHERE $name IS NULL OR any(k IN agreement.keys WHERE k IN $name) RETURN agreement
}
WITH agreement
ORDER BY coalesce(agreement.date, ''), toLower(agreement.name), agreement.id
SKIP $offset LIMIT $limit
OPTIONAL MATCH (party)-[:PARTY_TO]->(agreement)
WITH agreement, party ORDER BY toLower(party.name)
WITH agreement, collect(DISTINCT party.name) AS parties
OPTIONAL MATCH (agreement)-[:ADDRESSES]->(topic)
WITH agreement, parties, topic ORDER BY toLower(topic.name)
WITH agreement, parties, collect(DISTINCT topic.name) AS addresses
OPTIONAL MATCH (agreement)-[:IMPLEMENTS]->(base:Agreement)
WITH agreement, parties, addresses, base ORDER BY toLower(base.name)
WITH agreement, parties, addresses, collect(DISTINCT base.name) AS implements
OPTIONAL MATCH (later:Agreement)-[:IMPLEMENTS]->(agreement)
WITH agreement, parties, addresses, implements, later ORDER BY toLower(later.name)
WITH agreement, parties, addresses, implements, collect(DISTINCT later.name) AS implemented_by
RETURN agreement.name AS agreement, agreement.kind AS kind, agreement.status AS status,
       agreement.date AS date, agreement.place AS place, parties, addresses, implements, implemented_by
ORDER BY coalesce(date, ''), toLower(agreement)
