/**
 * The route table. Each entry is an OpenAPI route key and a handler; new routes (POST/PATCH,
 * GraphQL...) are added here and get auth, faults, denial, recording and schema validation
 * from the server for free.
 */
import { graphqlRoutes } from '../graphql/route';
import type { RouteDefinition } from '../reply';
import { accessRoutes } from './access';
import { checkRoutes } from './checks';
import { deploymentRoutes } from './deployments';
import { gitRoutes } from './git';
import { issueWriteRoutes } from './issue-writes';
import { issueRoutes } from './issues';
import { pullRoutes } from './pulls';
import { releaseRoutes } from './releases';
import { securityRoutes } from './security';

export const routes: RouteDefinition[] = [
  ...gitRoutes,
  ...issueRoutes,
  ...issueWriteRoutes,
  ...pullRoutes,
  ...checkRoutes,
  ...releaseRoutes,
  ...securityRoutes,
  ...accessRoutes,
  ...deploymentRoutes,
  ...graphqlRoutes,
];
