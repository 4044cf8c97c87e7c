// People join by email: invitations from the headteacher or trust admin, and password resets.
import { acceptInvitation, invite } from '../../auth/invitations.ts';
import { completePasswordReset, requestPasswordReset } from '../../auth/password-reset.ts';
import {
  acceptInvitationBody,
  completeResetBody,
  invitationBody,
  invitationSchema,
  messageSchema,
  passwordResetBody,
} from '../governance-schemas.ts';
import { route } from '../route.ts';
import { meSchema } from '../schemas.ts';
import { signedIn } from './session.ts';

const tag = 'session';

export const invitationRoutes = [
  route({
    method: 'post',
    path: '/api/invitations',
    summary: 'Invite a person by email with a role at a school (headteacher, trust admin)',
    tag,
    access: 'signed-in',
    body: invitationBody,
    response: invitationSchema,
    status: 201,
    handler: ({ services, actor, body }) => invite(services, actor, body),
  }),
  route({
    method: 'post',
    path: '/api/invitations/accept',
    summary: 'Accept an emailed invitation: set a password (or give your current one) and sign in',
    tag,
    access: 'public',
    body: acceptInvitationBody,
    response: meSchema,
    async handler({ services, body, req, res }) {
      const { secret, expiresAt, user } = await acceptInvitation(services, body, req.ip ?? 'unknown');
      return signedIn(services, req, res, { secret, expiresAt, userId: user.id });
    },
  }),
  route({
    method: 'post',
    path: '/api/password-reset',
    summary: 'Email a password reset link; the same answer whether or not the address is known',
    tag,
    access: 'public',
    body: passwordResetBody,
    response: messageSchema,
    status: 202,
    handler: ({ services, body, req }) => requestPasswordReset(services, body.email, req.ip ?? 'unknown'),
  }),
  route({
    method: 'post',
    path: '/api/password-reset/complete',
    summary: 'Choose a new password with the emailed link; ends every session of the person',
    tag,
    access: 'public',
    body: completeResetBody,
    response: messageSchema,
    handler: ({ services, body }) => completePasswordReset(services, body.token, body.password),
  }),
];
