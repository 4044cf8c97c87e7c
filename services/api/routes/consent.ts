// The consent record log over HTTP: import the MIS export (dry run first), withdraw by hand,
// see pupils and staff with their consents (officer, headteacher, DSL, trust admin only), and
// confirm a takedown the log asked for.
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import { CONSENT_PURPOSES, type ConsentRecordView, statusAt } from '../../consent/consent-rules.ts';
import { importConsent } from '../../consent/import-consent.ts';
import { withdrawConsent } from '../../consent/withdraw-consent.ts';
import type { Services } from '../../context.ts';
import {
  type Actor,
  type Permission,
  refusal,
  requirePermission,
  rolesAt,
  schoolsWhere,
} from '../../domain/actor.ts';
import { AppError, forbidden, notFound } from '../../domain/errors.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { takedownDraft } from '../../publishing/take-down.ts';
import { pupilsWithConsents, recordView, staffWithConsents } from '../../repositories/consent.ts';
import { route } from '../route.ts';
import { draftSchema, id } from '../schemas.ts';
import { readUpload } from '../uploads.ts';

const tag = 'consent';
const MAX_CSV_BYTES = 20 * 1024 * 1024;

/** The school this is about: the one asked for, or the caller's only school where they may. */
function schoolFor(actor: Actor, permission: Permission, requested: string | undefined): string {
  if (requested) {
    if (rolesAt(actor, requested).size === 0) throw notFound('That school');
    requirePermission(actor, permission, requested);
    return requested;
  }
  const schools = schoolsWhere(actor, permission);
  if (schools.length === 1) return schools[0]!;
  if (schools.length === 0) throw forbidden(refusal(permission));
  throw new AppError('validation_failed', 'You work at several schools: say which one with schoolId.');
}

const run = (middleware: express.RequestHandler, req: Request, res: Response) =>
  new Promise<void>((resolve, reject) =>
    middleware(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
  );

const csvText = express.text({ type: ['text/csv', 'text/plain', 'application/csv'], limit: MAX_CSV_BYTES });

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();
const importOptions = z.object({ schoolId: id.optional(), dryRun: flag });
const jsonImport = z.strictObject({
  csv: z.string().min(1),
  schoolId: id.optional(),
  dryRun: z.boolean().optional(),
});

/** The CSV as text/csv, a multipart `file`, or JSON `{csv}`; options from the query or the form. */
async function readImport(req: Request, res: Response) {
  const query = importOptions.parse(req.query);
  if (req.is('multipart/form-data')) {
    const file = await readUpload(req, res, 'file', MAX_CSV_BYTES);
    const form = importOptions.parse(file.fields);
    return {
      csv: file.bytes.toString('utf8'),
      schoolId: query.schoolId ?? form.schoolId,
      dryRun: query.dryRun ?? form.dryRun ?? false,
      filename: file.filename,
    };
  }
  if (req.is('application/json')) {
    const body = jsonImport.parse(req.body);
    return {
      csv: body.csv,
      schoolId: query.schoolId ?? body.schoolId,
      dryRun: query.dryRun ?? body.dryRun ?? false,
    };
  }
  if (!req.is(['text/csv', 'text/plain', 'application/csv'])) {
    throw new AppError(
      'unsupported_media_type',
      'Send the CSV as text/csv, or as the multipart form field "file".',
    );
  }
  await run(csvText, req, res);
  if (typeof req.body !== 'string' || !req.body)
    throw new AppError('validation_failed', 'The CSV file is empty.');
  return { csv: req.body, schoolId: query.schoolId, dryRun: query.dryRun ?? false };
}

const day = (d: Date | null) => d?.toISOString() ?? null;

function consentView(r: Prisma.ConsentRecordGetPayload<object>, now: Date) {
  const view: ConsentRecordView = recordView(r);
  return {
    purpose: view.purpose,
    status: statusAt(view, now),
    platforms: view.platforms.length ? view.platforms : ('all' as const),
    grantedAt: day(r.grantedAt),
    withdrawnAt: day(r.withdrawnAt),
    expiresAt: day(r.expiresAt),
    source: r.source,
    recordedById: r.recordedById,
    updatedAt: r.updatedAt.toISOString(),
  };
}

const peopleQuery = z.strictObject({ schoolId: id.optional() });

/** Schools whose consent log the caller may read: the one asked for, or all where they may. */
function rosterSchools(actor: Actor, requested: string | undefined): string[] {
  if (requested) return [schoolFor(actor, 'seeRoster', requested)];
  const schools = schoolsWhere(actor, 'seeRoster');
  if (schools.length === 0)
    throw forbidden('Only the marketing officer, headteacher and DSL see the consent record log.');
  return schools;
}

const platformName = z.enum(['x', 'facebook', 'instagram', 'sandbox']);
const withdrawBody = z
  .strictObject({
    schoolId: id.optional(),
    upn: z.string().trim().toUpperCase().optional(),
    email: z.string().trim().toLowerCase().email().optional(),
    purposes: z.array(z.enum(CONSENT_PURPOSES)).min(1).optional(),
    platforms: z.array(platformName).min(1).optional(),
    note: z.string().trim().max(500).optional(),
  })
  .refine((b) => !!b.upn !== !!b.email, 'Say whose consent: a pupil’s upn or a member of staff’s email.');

type WithConsents = { leftAt: Date | null; consents: Prisma.ConsentRecordGetPayload<object>[] };

/** A list of people with their consent records, for those who may see the log. */
const peopleRoute = <P extends WithConsents>(
  path: string,
  summary: string,
  load: (db: Services['db'], schoolIds: string[]) => Promise<P[]>,
) =>
  route({
    method: 'get',
    path,
    summary,
    tag,
    access: 'signed-in',
    query: peopleQuery,
    async handler({ services, actor, query }) {
      const now = new Date();
      const people = await load(services.db, rosterSchools(actor, query.schoolId));
      return people.map(({ consents, ...p }) => ({
        ...p,
        leftAt: day(p.leftAt),
        consents: consents.map((c) => consentView(c, now)),
      }));
    },
  });

export const consentRoutes = [
  route({
    method: 'post',
    path: '/api/consent/import',
    summary:
      'Import the MIS roster / consent CSV (text/csv, multipart "file" or JSON {csv}); dryRun=true returns the diff only',
    tag,
    access: 'signed-in',
    async handler({ services, actor, req, res }) {
      const input = await readImport(req, res);
      const schoolId = schoolFor(actor, 'importConsent', input.schoolId);
      const filename = 'filename' in input && input.filename ? ` (${input.filename})` : '';
      return importConsent(services, {
        schoolId,
        csv: input.csv,
        actorId: actor.userId,
        dryRun: input.dryRun,
        source: `MIS import${filename}`,
      });
    },
  }),
  route({
    method: 'post',
    path: '/api/consent/withdraw',
    summary: 'Withdraw consent by hand (all purposes, or some; everywhere, or on some platforms)',
    tag,
    access: 'signed-in',
    body: withdrawBody,
    handler: ({ services, actor, body }) =>
      withdrawConsent(services, actor.userId, {
        schoolId: schoolFor(actor, 'importConsent', body.schoolId),
        person: body.upn ? { kind: 'pupil', key: body.upn } : { kind: 'staff', key: body.email! },
        purposes: body.purposes ?? CONSENT_PURPOSES,
        ...(body.platforms ? { platforms: body.platforms } : {}),
        ...(body.note ? { note: body.note } : {}),
      }),
  }),
  peopleRoute(
    '/api/pupils',
    'Pupils with their consent records (marketing officer, headteacher, DSL, trust admin)',
    pupilsWithConsents,
  ),
  peopleRoute(
    '/api/consent/staff',
    'Staff who may appear in posts, with their consent records',
    staffWithConsents,
  ),
  route({
    method: 'post',
    path: '/api/drafts/:id/takedown',
    summary: 'Confirm a takedown request: the post is deleted on each platform by a worker',
    tag: 'drafts',
    access: 'signed-in',
    response: draftSchema,
    status: 202,
    handler: ({ services, actor, params }) => takedownDraft(services, actor, params.id!),
  }),
];
