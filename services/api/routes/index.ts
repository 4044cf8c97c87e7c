// Every route of the API, in one table: Express, OpenAPI and the authorisation tests read it.
import type { Route } from '../route.ts';
import { accountConnectionRoutes } from './account-connection.ts';
import { accountRoutes } from './accounts.ts';
import { approvalPolicyRoutes } from './approval-policy.ts';
import { auditRoutes } from './audit.ts';
import { authorisationRoutes } from './authorisations.ts';
import { checkRoutes } from './checks.ts';
import { consentRoutes } from './consent.ts';
import { draftVersionRoutes } from './draft-versions.ts';
import { draftRoutes } from './drafts.ts';
import { escalationRoutes } from './escalations.ts';
import { eventRoutes } from './events.ts';
import { followerRoutes } from './followers.ts';
import { formRoutes } from './forms.ts';
import { invitationRoutes } from './invitations.ts';
import { mediaRoutes } from './media.ts';
import { offenderActionRoutes } from './offender-actions.ts';
import { oidcSessionRoutes } from './oidc-session.ts';
import { outboxRoutes } from './outbox.ts';
import { publishingRoutes } from './publishing.ts';
import { replyRoutes } from './replies.ts';
import { reportRoutes } from './reports.ts';
import { sandboxRoutes } from './sandbox.ts';
import { sessionRoutes } from './session.ts';
import { termsRoutes } from './terms.ts';
import { tokenRoutes } from './tokens.ts';

export const routes: Route[] = [
  ...sessionRoutes,
  ...oidcSessionRoutes,
  ...tokenRoutes,
  ...invitationRoutes,
  ...accountRoutes,
  ...accountConnectionRoutes,
  ...authorisationRoutes,
  ...draftRoutes,
  ...draftVersionRoutes,
  ...approvalPolicyRoutes,
  ...mediaRoutes,
  ...checkRoutes,
  ...consentRoutes,
  ...publishingRoutes,
  ...replyRoutes,
  ...escalationRoutes,
  ...sandboxRoutes,
  ...auditRoutes,
  ...formRoutes,
  ...eventRoutes,
  ...outboxRoutes,
  ...termsRoutes,
  ...reportRoutes,
  ...offenderActionRoutes,
  ...followerRoutes,
];
