// name: articles
// description: Source articles with their date, title and how many entities each one mentions
// param: mentions name = null — only articles that mention this entity (name, alias or id)
MATCH (article:Article)
OPTIONAL MATCH (article)-[:MENTIONS]->(entity)
WITH article, count(DISTINCT entity) AS entities,
     sum(CASE WHEN $mentions IS NOT NULL AND any(v IN [entity.name, entity.id, split(entity.id, ':')[1]] + coalesce(entity.aliases, []) WHERE toLower(v) IN $mentions) THEN 1 ELSE 0 END) AS matches
WHERE $mentions IS NULL OR matches > 0
RETURN article.published AS published, coalesce(article.title, article.name) AS title, entities,
       coalesce(article.path, article.url) AS source, article.id AS article
ORDER BY coalesce(published, ''), toLower(title), article
