/**
 * The route table. Each entry is an OpenAPI route key and a handler; new routes (POST/PATCH,
 * GraphQL...) are added here and get auth, faults, denial, recording and schema validation
 * from the server for free. Handlers read and write the state through model/.
 */
import { graphqlRoutes } from '../graphql/route';
import type { RouteDefinition } from '../reply';
import { accessRoutes } from './access';
import { checkRoutes } from './checks';
import { commitRoutes } from './commits';
import { contentRoutes } from './contents';
import { deploymentRoutes } from './deployments';
import { issueWriteRoutes } from './issue-writes';
import { issueRoutes } from './issues';
import { pullRoutes } from './pulls';
import { releaseRoutes } from './releases';
import { reviewRoutes } from './reviews';
import { securityRoutes } from './security';

export const routes: RouteDefinition[] = [
  ...contentRoutes,
  ...commitRoutes,
  ...issueRoutes,
  ...issueWriteRoutes,
  ...pullRoutes,
  ...reviewRoutes,
  ...checkRoutes,
  ...releaseRoutes,
  ...securityRoutes,
  ...accessRoutes,
  ...deploymentRoutes,
  ...graphqlRoutes,
];
