// The anchor: @neo4j/graphql over the same Bolt port as ours, served by graphql-yoga.
// Usage: node server.mjs BOLT_URI NEO4J_PASSWORD PORT
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";

const [uri, password, port] = process.argv.slice(2);
const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
createServer(createYoga({ schema, logging: false })).listen(Number(port), "127.0.0.1", () =>
  console.log(`anchor on http://127.0.0.1:${port}/graphql`));
