// The headteacher's part in approvals: overriding defined blocks, and a second approver.
import { setApprovalPolicy } from '../../approvals/approval-policy.ts';
import { overrideFindings } from '../../approvals/override-findings.ts';
import { approvalPolicyBody, approvalPolicySchema, overrideBody } from '../governance-schemas.ts';
import { route } from '../route.ts';
import { draftSchema } from '../schemas.ts';

export const approvalPolicyRoutes = [
  route({
    method: 'post',
    path: '/api/drafts/:id/override',
    summary: 'Headteacher: let defined blocking findings stand for this version, with a recorded reason',
    tag: 'drafts',
    access: 'signed-in',
    body: overrideBody,
    response: draftSchema,
    handler: ({ services, actor, params, body }) => overrideFindings(services, actor, params.id!, body),
  }),
  route({
    method: 'patch',
    path: '/api/schools/:id/approval-policy',
    summary: 'Headteacher: require a second approver after the marketing officer (or none)',
    tag: 'schools',
    access: 'signed-in',
    body: approvalPolicyBody,
    response: approvalPolicySchema,
    handler: ({ services, actor, params, body }) =>
      setApprovalPolicy(services, actor, params.id!, body.secondApproverRole),
  }),
];
