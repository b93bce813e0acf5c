// name: agreements
// description: Agreements with their parties, status, date, what they address and what they implement
// param: name name = null — only this agreement (name or alias)
// param: party name = null — only agreements this country or organisation is party to
MATCH (agreement:Agreement)
WHERE $name IS NULL OR any(v IN [agreement.name, agreement.id, split(agreement.id, ':')[1]] + coalesce(agreement.aliases, []) WHERE toLower(v) IN $name)
OPTIONAL MATCH (party)-[:PARTY_TO]->(agreement)
WITH agreement, party ORDER BY toLower(party.name)
WITH agreement, collect(DISTINCT party.name) AS parties,
     sum(CASE WHEN $party IS NOT NULL AND any(v IN [party.name, party.id, split(party.id, ':')[1]] + coalesce(party.aliases, []) WHERE toLower(v) IN $party) THEN 1 ELSE 0 END) AS party_matches
WHERE $party IS NULL OR party_matches > 0
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
