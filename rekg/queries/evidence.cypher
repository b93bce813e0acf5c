// name: evidence
// description: The evidence behind facts: source articles, sentences and confidence of each relationship
// param: subject name — the node the fact starts from (name, alias or id)
// param: type string = null — only this relationship type, e.g. IMPOSES or DEPENDS_ON
// param: object name = null — only facts ending at this node (name, alias or id)
// MENTIONS relationships are left out. Restrictions have ids such as restriction:cn-...,
// shown by country-restrictions; pass one as subject to see what backs it.
MATCH (subject)-[fact]->(object)
WHERE type(fact) <> 'MENTIONS'
  AND any(v IN [subject.name, subject.id, split(subject.id, ':')[1]] + coalesce(subject.aliases, []) WHERE toLower(v) IN $subject)
  AND ($object IS NULL OR any(v IN [object.name, object.id, split(object.id, ':')[1]] + coalesce(object.aliases, []) WHERE toLower(v) IN $object))
  AND ($type IS NULL OR type(fact) = toUpper($type))
OPTIONAL MATCH (article:Article)
WHERE article.id IN coalesce(fact.sources, [])
WITH subject, fact, object, article ORDER BY article.published, article.id
WITH subject, fact, object, object.id AS object_id,
     collect(DISTINCT coalesce(article.published + ' ', '') + coalesce(article.title, article.name)) AS articles
RETURN subject.name AS subject, type(fact) AS relationship, object.name AS object,
       fact.confidence AS confidence, articles, coalesce(fact.evidence, []) AS evidence
ORDER BY relationship, toLower(object), object_id
