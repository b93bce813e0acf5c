// name: changes
// description: What changed since a date: the dated status events of restrictions and agreements (announced, in force, expanded, suspended, lifted...), in date order
// param: since date — only events on or after this day (2025, 2025-04 or 2025-04-04)
// param: until date = null — only events on or before this day (a prefix counts: 2025-11 includes 2025-11-30)
// param: country name = null — only measures this country or organisation imposes or is party to
// One row per status event, with the article that reported it; before is the measure's
// status just before the event (null: the measure is new). Mentions, articles that name a
// measure without reporting a status, are left out. Events come from status_events, which
// ingest and rekg resolve keep on every restriction and agreement.
// Cost: a scan of restrictions and agreements (by label, not of every node) for their events.
CALL {
  MATCH (measure:Restriction) WHERE measure.status_events IS NOT NULL RETURN measure
  UNION
  MATCH (measure:Agreement) WHERE measure.status_events IS NOT NULL RETURN measure
}
WITH measure
OPTIONAL MATCH (actor)-[:IMPOSES|PARTY_TO]->(measure)
WITH measure, actor ORDER BY toLower(actor.name)
WITH measure, collect(DISTINCT actor.name) AS actors,
     sum(CASE WHEN $country IS NOT NULL AND any(v IN [actor.name, actor.id, split(actor.id, ':')[1]] + coalesce(actor.aliases, []) WHERE toLower(v) IN $country) THEN 1 ELSE 0 END) AS actor_matches
WHERE $country IS NULL OR actor_matches > 0
UNWIND range(0, size(measure.status_events) - 1) AS i
WITH measure, actors, i, split(measure.status_events[i], '|') AS event
WHERE event[3] <> 'mentioned' AND event[0] >= $since
  AND ($until IS NULL OR substring(event[0], 0, size($until)) <= $until)
OPTIONAL MATCH (article:Article {id: event[2]})
RETURN event[0] AS date, labels(measure)[0] AS label,
       CASE WHEN labels(measure)[0] = 'Agreement' THEN measure.name ELSE coalesce(measure.kind, 'other') END AS what,
       reduce(s = null, e IN measure.status_events[0..i] | CASE WHEN s IS NOT NULL AND e ENDS WITH '|mentioned' THEN s ELSE split(e, '|')[1] END) AS before,
       event[1] AS status, actors AS who, coalesce(article.title, event[2]) AS reported_in,
       measure.id AS measure
ORDER BY date, label, toLower(what), status, measure, reported_in
