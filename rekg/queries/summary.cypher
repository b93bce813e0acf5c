// name: summary
// description: How many nodes of each label and relationships of each type the graph holds
// Cost: one count per label and per relationship type, which Neo4j answers from its count
// store; FalkorDB runs summary.falkordb.cypher, which reads its statistics procedure.
CALL {
  MATCH (node:Country) RETURN 'node' AS kind, 'Country' AS name, count(node) AS count
  UNION ALL
  MATCH (node:Material) RETURN 'node' AS kind, 'Material' AS name, count(node) AS count
  UNION ALL
  MATCH (node:Product) RETURN 'node' AS kind, 'Product' AS name, count(node) AS count
  UNION ALL
  MATCH (node:Restriction) RETURN 'node' AS kind, 'Restriction' AS name, count(node) AS count
  UNION ALL
  MATCH (node:Agreement) RETURN 'node' AS kind, 'Agreement' AS name, count(node) AS count
  UNION ALL
  MATCH (node:Organization) RETURN 'node' AS kind, 'Organization' AS name, count(node) AS count
  UNION ALL
  MATCH (node:Person) RETURN 'node' AS kind, 'Person' AS name, count(node) AS count
  UNION ALL
  MATCH (node:Article) RETURN 'node' AS kind, 'Article' AS name, count(node) AS count
  UNION ALL
  MATCH ()-[relationship:ADDRESSES]->() RETURN 'relationship' AS kind, 'ADDRESSES' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:DEPENDS_ON]->() RETURN 'relationship' AS kind, 'DEPENDS_ON' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:IMPLEMENTS]->() RETURN 'relationship' AS kind, 'IMPLEMENTS' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:IMPOSES]->() RETURN 'relationship' AS kind, 'IMPOSES' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:LOCATED_IN]->() RETURN 'relationship' AS kind, 'LOCATED_IN' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:MENTIONS]->() RETURN 'relationship' AS kind, 'MENTIONS' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:PARTY_TO]->() RETURN 'relationship' AS kind, 'PARTY_TO' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:PRODUCES]->() RETURN 'relationship' AS kind, 'PRODUCES' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:REPRESENTS]->() RETURN 'relationship' AS kind, 'REPRESENTS' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:RESTRICTS]->() RETURN 'relationship' AS kind, 'RESTRICTS' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:EXPANDS]->() RETURN 'relationship' AS kind, 'EXPANDS' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:REPLACES]->() RETURN 'relationship' AS kind, 'REPLACES' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:SUSPENDS]->() RETURN 'relationship' AS kind, 'SUSPENDS' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:SUPPLIES]->() RETURN 'relationship' AS kind, 'SUPPLIES' AS name, count(relationship) AS count
  UNION ALL
  MATCH ()-[relationship:TARGETS]->() RETURN 'relationship' AS kind, 'TARGETS' AS name, count(relationship) AS count
}
WITH kind, name, count WHERE count > 0
RETURN kind, name, count
ORDER BY kind, name
