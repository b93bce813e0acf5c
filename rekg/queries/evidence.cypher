// name: evidence
// description: The evidence behind facts: source articles, sentences and confidence of each relationship
// param: subject name — the node the fact starts from (name, alias or id)
// param: type string = null — only this relationship type, e.g. IMPOSES or DEPENDS_ON
// param: object name = null — only facts ending at this node (name, alias or id)
// param: limit int = 100 in 1..10000 — rows per page
// param: offset int = 0 in 0..100000000 — rows to skip: the next page starts at offset + limit
// MENTIONS relationships are left out. Restrictions have ids such as restriction:cn-...,
// shown by country-restrictions; pass one as subject to see what backs it.
// Cost: an index lookup of the subject, its outgoing facts, and for one page of facts the
// source articles by id (index lookups), never a scan of all articles.
CALL {
  UNWIND $subject AS form MATCH (subject:Country) WHERE form IN subject.keys RETURN subject
  UNION
  UNWIND $subject AS form MATCH (subject:Material) WHERE form IN subject.keys RETURN subject
  UNION
  UNWIND $subject AS form MATCH (subject:Product) WHERE form IN subject.keys RETURN subject
  UNION
  UNWIND $subject AS form MATCH (subject:Restriction) WHERE form IN subject.keys RETURN subject
  UNION
  UNWIND $subject AS form MATCH (subject:Agreement) WHERE form IN subject.keys RETURN subject
  UNION
  UNWIND $subject AS form MATCH (subject:Organization) WHERE form IN subject.keys RETURN subject
  UNION
  UNWIND $subject AS form MATCH (subject:Person) WHERE form IN subject.keys RETURN subject
}
WITH subject
MATCH (subject)-[fact]->(object)
WHERE type(fact) <> 'MENTIONS'
  AND ($type IS NULL OR type(fact) = toUpper($type))
  AND ($object IS NULL OR any(k IN object.keys WHERE k IN $object))
WITH subject, fact, object
ORDER BY type(fact), toLower(object.name), object.id
SKIP $offset LIMIT $limit
UNWIND (CASE WHEN size(coalesce(fact.sources, [])) = 0 THEN [null] ELSE fact.sources END) AS source
OPTIONAL MATCH (article:Article {id: source})
WITH subject, fact, object, article ORDER BY article.published, article.id
WITH subject, fact, object, object.id AS object_id,
     collect(DISTINCT coalesce(article.published + ' ', '') + coalesce(article.title, article.name)) AS articles
RETURN subject.name AS subject, type(fact) AS relationship, object.name AS object,
       fact.confidence AS confidence, articles, coalesce(fact.evidence, []) AS evidence
ORDER BY relationship, toLower(object), object_id
