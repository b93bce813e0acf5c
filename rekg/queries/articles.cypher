// name: articles
// description: Source articles with their date, title and how many entities each one mentions
// param: mentions name = null — only articles that mention this entity (name, alias or id)
// param: limit int = 100 in 1..10000 — rows per page
// param: offset int = 0 in 0..100000000 — rows to skip: the next page starts at offset + limit
// Cost: without mentions=..., the articles of the page come as a parameter ($article_page):
// the ids of the first offset + limit, from every article id in order, read once and cached
// until the next write (rekg/queries/pages.py, rekg/queries/derived.py; kept up to date by
// rekg's writes, rekg/queries/upkeep.py; the first query after another write reads them);
// Neo4j, which keeps no generation, sorts every article instead. With mentions=..., an index
// lookup of the entity and the articles mentioning it, sorted by their own properties.
// Mentions are counted for one page only.
CALL {
  UNWIND coalesce($article_page, []) AS id MATCH (article:Article {id: id}) RETURN article
  UNION
  UNWIND (CASE WHEN $mentions IS NULL AND $article_page IS NULL THEN [1] ELSE [] END) AS every
  MATCH (article:Article) RETURN article
  UNION
  UNWIND coalesce($mentions, []) AS form MATCH (entity:Country) WHERE form IN entity.keys
  MATCH (article:Article)-[:MENTIONS]->(entity) RETURN article
  UNION
  UNWIND coalesce($mentions, []) AS form MATCH (entity:Material) WHERE form IN entity.keys
  MATCH (article:Article)-[:MENTIONS]->(entity) RETURN article
  UNION
  UNWIND coalesce($mentions, []) AS form MATCH (entity:Product) WHERE form IN entity.keys
  MATCH (article:Article)-[:MENTIONS]->(entity) RETURN article
  UNION
  UNWIND coalesce($mentions, []) AS form MATCH (entity:Restriction) WHERE form IN entity.keys
  MATCH (article:Article)-[:MENTIONS]->(entity) RETURN article
  UNION
  UNWIND coalesce($mentions, []) AS form MATCH (entity:Agreement) WHERE form IN entity.keys
  MATCH (article:Article)-[:MENTIONS]->(entity) RETURN article
  UNION
  UNWIND coalesce($mentions, []) AS form MATCH (entity:Organization) WHERE form IN entity.keys
  MATCH (article:Article)-[:MENTIONS]->(entity) RETURN article
  UNION
  UNWIND coalesce($mentions, []) AS form MATCH (entity:Person) WHERE form IN entity.keys
  MATCH (article:Article)-[:MENTIONS]->(entity) RETURN article
}
WITH article
ORDER BY coalesce(article.published, ''), toLower(coalesce(article.title, article.name)), article.id
SKIP $offset LIMIT $limit
OPTIONAL MATCH (article)-[:MENTIONS]->(entity)
WITH article, count(DISTINCT entity) AS entities
RETURN article.published AS published, coalesce(article.title, article.name) AS title, entities,
       coalesce(article.path, article.url) AS source, article.id AS article
ORDER BY coalesce(published, ''), toLower(title), article
