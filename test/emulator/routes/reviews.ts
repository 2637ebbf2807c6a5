/**
 * The reviews of a pull request, oldest first.
 */

import { association } from '../model/people';
import type { Pull, Review } from '../model/pulls';
import { findPull, reviewId, reviewSubmittedAt } from '../model/pulls';
import { paginate } from '../pagination';
import type { Reply, RouteContext, RouteDefinition } from '../reply';
import { notFound, paged } from '../reply';
import type { JsonObject, ShapeContext } from '../shapes';
import { itemTemplate, nodeId, repoApi, repoHtml, user } from '../shapes';

const REVIEWS = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews';

function reviewShape(reviewTemplate: JsonObject, pull: Pull, review: Review, index: number, ctx: ShapeContext): JsonObject {
  const id = reviewId(pull.number, review, index);
  const html = `${repoHtml(ctx)}/pull/${pull.number}#pullrequestreview-${id}`;
  const api = `${repoApi(ctx)}/pulls/${pull.number}`;
  const out: JsonObject = Object.assign(structuredClone(reviewTemplate), {
    id,
    node_id: nodeId('PullRequestReview', id),
    user: user(reviewTemplate.user, review.user, ctx),
    body: review.body ?? '',
    state: review.state,
    html_url: html,
    pull_request_url: api,
    _links: { html: { href: html }, pull_request: { href: api } },
    submitted_at: reviewSubmittedAt(pull.number, review, index),
    commit_id: review.commit_id,
    author_association: association(ctx.state, review.user),
  });
  // A pending review has not been submitted yet.
  if (out.submitted_at === undefined) delete out.submitted_at;
  return out;
}

function listReviews(ctx: RouteContext): Reply {
  const pull = findPull(ctx.state, ctx.params.pull_number);
  if (!pull) return notFound(ctx);
  const reviewTemplate = itemTemplate(REVIEWS, ctx);
  const reviews = (ctx.state.reviews[pull.number] ?? []).map((review, index) => ({ review, index }));
  return paged(paginate(reviews, ctx.url), (items) => items.map(({ review, index }) => reviewShape(reviewTemplate, pull, review, index, ctx)));
}

export const reviewRoutes: RouteDefinition[] = [{ route: REVIEWS, handler: listReviews }];
