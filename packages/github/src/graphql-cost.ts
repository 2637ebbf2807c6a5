// GitHub's GraphQL rate-limit cost of a query, from its connections ("Calculating a rate
// limit score before running the call" in GitHub's GraphQL rate-limit documentation): each
// connection needs one request per node of the connections it is nested in (the product of
// their `first`/`last`, assumed full); the requests are summed, divided by 100 and rounded,
// and a query costs at least one point.

/** A connection of a query (`history(first: 100)`) and the connections selected inside its nodes. */
export interface ConnectionSpec {
  field: string;
  /** Its `first` or `last`. */
  size: number;
  connections?: ConnectionSpec[];
}

/** The requests GitHub counts to fulfil these connections, nested under `parents` nodes. */
export function connectionRequests(connections: readonly ConnectionSpec[], parents = 1): number {
  return connections.reduce((sum, connection) => sum + parents + connectionRequests(connection.connections ?? [], parents * connection.size), 0);
}

/** The points GitHub charges for a query with these top-level connections. */
export function graphqlCost(connections: readonly ConnectionSpec[]): number {
  return Math.max(1, Math.round(connectionRequests(connections) / 100));
}
