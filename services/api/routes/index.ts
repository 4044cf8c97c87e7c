// Every route of the API, in one table: Express, OpenAPI and the authorisation tests read it.
import type { Route } from '../route.ts';
import { accountRoutes } from './accounts.ts';
import { auditRoutes } from './audit.ts';
import { authorisationRoutes } from './authorisations.ts';
import { checkRoutes } from './checks.ts';
import { consentRoutes } from './consent.ts';
import { draftRoutes } from './drafts.ts';
import { eventRoutes } from './events.ts';
import { sandboxRoutes } from './sandbox.ts';
import { sessionRoutes } from './session.ts';

export const routes: Route[] = [
import { tokenRoutes } from './tokens.ts';
  ...sessionRoutes,
  ...accountRoutes,
  ...authorisationRoutes,
  ...tokenRoutes,
  ...draftRoutes,
  ...checkRoutes,
  ...consentRoutes,
  ...sandboxRoutes,
  ...auditRoutes,
  ...eventRoutes,
];
