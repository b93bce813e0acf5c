// name: summary
// description: How many nodes of each label and relationships of each type the graph holds
CALL {
  MATCH (node) RETURN 'node' AS kind, labels(node)[0] AS name, count(*) AS count
  UNION
  MATCH ()-[relationship]->() RETURN 'relationship' AS kind, type(relationship) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, name
