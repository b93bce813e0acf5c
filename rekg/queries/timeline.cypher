// name: timeline
// description: Restrictions and agreements in date order: announced, effective, dated (agreements), or first reported
// param: country name = null — only events involving this country or organisation (imposer, party or target)
// param: since date = null — only events on or after this date (2025, 2025-04 or 2025-04-04)
// param: until date = null — only events on or before this date (a prefix counts: 2025-04 includes 2025-04-30)
// param: limit int = 100 in 1..10000 — rows per page
// param: offset int = 0 in 0..100000000 — rows to skip: the next page starts at offset + limit
// A measure with status events (status_events) shows each dated status it had: happened is
// announced, in_force, expanded, suspended, lifted...; status is the latest. One without is
// placed at its own dates, else at the publication date of the first article mentioning it
// ("reported"), as is a measure whose first event is a mention.
// Cost: without country=..., the events of the page come as a parameter ($timeline_events):
// the events of the first offset + limit rows, picked in Python from every row (date, label,
// what, happened), read once (with this query's Cypher) and cached until the next write
// (rekg/queries/derived.py; kept up to date by rekg's writes, rekg/queries/upkeep.py; the
// first query after another write reads every event for it; Neo4j, which keeps no generation,
// dates and sorts every event instead). With country=..., the country's events are read from
// an index lookup of the country and sorted. Only undated events read their articles, and
// actors and topics are read for one page only.
CALL {
  UNWIND coalesce($timeline_events, []) AS id MATCH (event:Restriction {id: id}) RETURN event
  UNION
  UNWIND coalesce($timeline_events, []) AS id MATCH (event:Agreement {id: id}) RETURN event
  UNION
  UNWIND (CASE WHEN $country IS NULL AND $timeline_events IS NULL THEN [1] ELSE [] END) AS every
  MATCH (event:Restriction) RETURN event
  UNION
  UNWIND (CASE WHEN $country IS NULL AND $timeline_events IS NULL THEN [1] ELSE [] END) AS every
  MATCH (event:Agreement) RETURN event
  UNION
  UNWIND coalesce($country, []) AS form MATCH (actor:Country) WHERE form IN actor.keys
  MATCH (actor)-[:IMPOSES|PARTY_TO]->(event) RETURN event
  UNION
  UNWIND coalesce($country, []) AS form MATCH (target:Country) WHERE form IN target.keys
  MATCH (event:Restriction)-[:TARGETS]->(target) RETURN event
  UNION
  UNWIND coalesce($country, []) AS form MATCH (actor:Organization) WHERE form IN actor.keys
  MATCH (actor)-[:IMPOSES|PARTY_TO]->(event) RETURN event
  UNION
  UNWIND coalesce($country, []) AS form MATCH (target:Organization) WHERE form IN target.keys
  MATCH (event:Restriction)-[:TARGETS]->(target) RETURN event
}
WITH event
WITH event, CASE WHEN event.announced IS NULL AND event.effective IS NULL AND event.date IS NULL
          AND event.status_events IS NULL
     THEN reduce(first = null, published IN [(event)<-[:MENTIONS]-(article) | article.published] |
                 CASE WHEN published IS NOT NULL AND (first IS NULL OR published < first) THEN published ELSE first END)
     END AS reported
// status events (issue 12): a measure with a status history shows each dated status it had
WITH event, reported,
     [e IN coalesce(event.status_events, []) WHERE NOT e ENDS WITH '|mentioned' AND NOT e STARTS WITH '|' | [split(e, '|')[1], split(e, '|')[0]]] +
     [e IN coalesce(event.status_events, [])[0..1] WHERE e ENDS WITH '|mentioned' AND NOT e STARTS WITH '|' | ['reported', split(e, '|')[0]]] AS history
UNWIND CASE WHEN size(history) > 0 THEN history ELSE
       [['announced', event.announced], ['effective', event.effective], ['dated', event.date],
        ['reported', reported]] END AS dated
WITH DISTINCT event, dated[0] AS happened, dated[1] AS date,
     CASE WHEN event:Agreement THEN 'Agreement' ELSE 'Restriction' END AS label
WHERE date IS NOT NULL
  AND ($since IS NULL OR date >= $since)
  AND ($until IS NULL OR substring(date, 0, size($until)) <= $until)
WITH event, happened, date, label,
     CASE WHEN label = 'Agreement' THEN event.name ELSE coalesce(event.kind, 'other') END AS what
ORDER BY date, label, toLower(what), happened, event.id
SKIP $offset LIMIT $limit
OPTIONAL MATCH (actor)-[:IMPOSES|PARTY_TO]->(event)
WITH event, happened, date, label, what, actor ORDER BY toLower(actor.name)
WITH event, happened, date, label, what, collect(DISTINCT actor.name) AS actors
OPTIONAL MATCH (event)-[:RESTRICTS|ADDRESSES]->(topic)
WITH event, happened, date, label, what, actors, topic ORDER BY toLower(topic.name)
WITH event, happened, date, label, what, actors, collect(DISTINCT topic.name) AS about
RETURN date, label, happened, what, event.status AS status, actors AS who, about
ORDER BY date, label, toLower(what), happened, event.id
