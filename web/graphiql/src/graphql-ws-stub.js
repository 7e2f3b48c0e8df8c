// Stand-in for the optional `graphql-ws` dependency of @graphiql/toolkit.
// Subscriptions over websockets are not offered by this explorer.
export function createClient() {
  throw new Error('GraphQL subscriptions over websockets are not supported by this explorer.');
}
