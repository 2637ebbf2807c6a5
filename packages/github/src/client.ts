// The one GitHub client every action uses: @actions/github's Octokit (which honours
// GITHUB_API_URL, so GitHub Enterprise Server works) with retries for 5xx and waiting on
// rate limits, so a busy API slows a check down instead of failing it.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Longest wait for a primary rate-limit reset before giving up with a clear error. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 120;
const MAX_RATE_LIMIT_RETRIES = 3;

export function createGitHubClient(token: string): GitHubClient {
  if (!token) {
    throw new Error('The `token` input is empty; pass `token: ${{ github.token }}` or a token with the permissions listed in the README.');
  }
  core.setSecret(token);
  return getOctokit(
    token,
    {
      retry: { retries: 3 },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
          core.warning(
            `GitHub API rate limit reached on ${options.method} ${options.url}; ` +
              (retrying ? `retrying in ${retryAfter}s.` : `it resets in ${retryAfter}s, too long to wait.`),
          );
          return retrying;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          const retrying = retryCount < MAX_RATE_LIMIT_RETRIES;
          core.info(
            `GitHub API secondary rate limit on ${options.method} ${options.url}; ` +
              (retrying ? `retrying in ${retryAfter}s.` : 'giving up after repeated limits.'),
          );
          return retrying;
        },
      },
    },
    retry,
    throttling,
  );
}
