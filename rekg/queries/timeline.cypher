// name: timeline
// description: Restrictions and agreements in date order: announced, effective, dated (agreements), or first reported
// param: country name = null — only events involving this country or organisation (imposer, party or target)
// param: since date = null — only events on or after this date (2025, 2025-04 or 2025-04-04)
// param: until date = null — only events on or before this date (a prefix counts: 2025-04 includes 2025-04-30)
// A measure with status events (status_events) shows each dated status it had: happened is
// announced, in_force, expanded, suspended, lifted...; status is the latest. One without is
// placed at its own dates, else at the publication date of the first article mentioning it
// ("reported"), as is a measure whose first event is a mention.
MATCH (event)
WHERE event:Restriction OR event:Agreement
OPTIONAL MATCH (actor)-[:IMPOSES|PARTY_TO]->(event)
WITH event, actor ORDER BY toLower(actor.name)
WITH event, collect(DISTINCT actor.name) AS actors,
     sum(CASE WHEN $country IS NOT NULL AND any(v IN [actor.name, actor.id, split(actor.id, ':')[1]] + coalesce(actor.aliases, []) WHERE toLower(v) IN $country) THEN 1 ELSE 0 END) AS actor_matches
OPTIONAL MATCH (event)-[:TARGETS]->(target)
WITH event, actors, actor_matches,
     sum(CASE WHEN $country IS NOT NULL AND any(v IN [target.name, target.id, split(target.id, ':')[1]] + coalesce(target.aliases, []) WHERE toLower(v) IN $country) THEN 1 ELSE 0 END) AS target_matches
WHERE $country IS NULL OR actor_matches + target_matches > 0
OPTIONAL MATCH (event)-[:RESTRICTS|ADDRESSES]->(topic)
WITH event, actors, topic ORDER BY toLower(topic.name)
WITH event, actors, collect(DISTINCT topic.name) AS about
OPTIONAL MATCH (article:Article)-[:MENTIONS]->(event)
WITH event, actors, about, min(article.published) AS reported
// status events (issue 12): a measure with a status history shows each dated status it had
WITH event, actors, about, reported,
     [e IN coalesce(event.status_events, []) WHERE NOT e ENDS WITH '|mentioned' AND NOT e STARTS WITH '|' | [split(e, '|')[1], split(e, '|')[0]]] +
     [e IN coalesce(event.status_events, [])[0..1] WHERE e ENDS WITH '|mentioned' AND NOT e STARTS WITH '|' | ['reported', split(e, '|')[0]]] AS history
UNWIND CASE WHEN size(history) > 0 THEN history ELSE
       [['announced', event.announced], ['effective', event.effective], ['dated', event.date],
        ['reported', CASE WHEN event.announced IS NULL AND event.effective IS NULL AND event.date IS NULL THEN reported END]] END AS dated
WITH DISTINCT event, actors, about, dated[0] AS happened, dated[1] AS date
WHERE date IS NOT NULL
  AND ($since IS NULL OR date >= $since)
  AND ($until IS NULL OR substring(date, 0, size($until)) <= $until)
RETURN date, labels(event)[0] AS label, happened,
       CASE WHEN labels(event)[0] = 'Agreement' THEN event.name ELSE coalesce(event.kind, 'other') END AS what,
       event.status AS status, actors AS who, about
ORDER BY date, label, toLower(what), happened, event.id
