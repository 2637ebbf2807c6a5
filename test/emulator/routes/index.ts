/**
 * The route table. Each entry is an OpenAPI route key and a handler; new routes (POST/PATCH,
 * GraphQL...) are added here and get auth, faults, denial, recording and schema validation
 * from the server for free.
 */
import type { RouteDefinition } from '../reply';
import { checkRoutes } from './checks';
import { gitRoutes } from './git';
import { issueRoutes } from './issues';
import { releaseRoutes } from './releases';
import { securityRoutes } from './security';

export const routes: RouteDefinition[] = [...gitRoutes, ...issueRoutes, ...checkRoutes, ...releaseRoutes, ...securityRoutes];
