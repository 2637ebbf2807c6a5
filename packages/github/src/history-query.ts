// The one GraphQL query release-notes sends: a page of the target's history, each commit
// with its pull requests, their labels and reviews. A page of 100 commits replaces 100
// REST calls for their pull requests and as many again for reviews.
export const RELEASE_HISTORY_QUERY = /* GraphQL */ `
  query ReleaseHistory($owner: String!, $repo: String!, $to: String!, $after: String, $pageSize: Int!) {
    rateLimit {
      cost
      remaining
    }
    repository(owner: $owner, name: $repo) {
      object(expression: $to) {
        ... on Commit {
          history(first: $pageSize, after: $after) {
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              oid
              message
              url
              author {
                name
                user {
                  login
                }
              }
              associatedPullRequests(first: 5) {
                nodes {
                  number
                  title
                  body
                  url
                  mergedAt
                  baseRefName
                  authorAssociation
                  author {
                    __typename
                    login
                  }
                  mergeCommit {
                    oid
                  }
                  labels(first: 50) {
                    nodes {
                      name
                    }
                  }
                  reviews(first: 100) {
                    nodes {
                      state
                      author {
                        __typename
                        login
                      }
                    }
                  }
                  files(first: 100) {
                    nodes {
                      path
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;
