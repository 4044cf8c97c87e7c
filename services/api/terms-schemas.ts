// Request and response shapes of a school's terms of use (§2), written once for the API, its
// OpenAPI document and the dashboard's editor.
import { z } from 'zod';
import { fold } from '../../policies/text/fold.ts';

const words = (what: string) =>
  z.string().trim().min(1, `Write the ${what}.`).max(100, `Keep the ${what} under 100 characters.`);
const reason = z
  .string()
  .trim()
  .min(1, 'Give a reason, so staff know why the rule is there.')
  .max(300, 'Keep the reason under 300 characters.');
const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Write times as HH:MM on the 24-hour clock, e.g. 07:30.');
const list = <T extends z.ZodType>(item: T) =>
  z.array(item).max(200, 'Keep each list under 200 rules.').default([]);

export const termsBody = z
  .strictObject({
    blocked: list(z.strictObject({ term: words('term'), reason })),
    warned: list(z.strictObject({ term: words('term'), reason })),
    allowed: list(z.strictObject({ phrase: words('phrase'), reason })),
    required: list(z.strictObject({ element: words('required element'), reason })),
    postingHours: z
      .strictObject({ from: clock, to: clock, reason })
      .refine((h) => h.from !== h.to, 'Posting hours must start and end at different times.')
      .nullable()
      .default(null),
  })
  .superRefine((terms, ctx) => {
    // A phrase both allowed and blocked would silence its own finding.
    const allowed = new Set(terms.allowed.map((a) => fold(a.phrase)));
    for (const rule of [...terms.blocked, ...terms.warned]) {
      if (allowed.has(fold(rule.term)))
        ctx.addIssue({ code: 'custom', message: `"${rule.term}" is both allowed and blocked or warned.` });
    }
  });

const numberedRule = z.object({
  number: z.number().int(),
  kind: z.enum(['blocked', 'warned', 'allowed', 'required', 'postingHours']),
});

export const termsSchema = z.object({
  version: z.number().int(),
  blocked: z.array(z.object({ term: z.string(), reason: z.string() })),
  warned: z.array(z.object({ term: z.string(), reason: z.string() })),
  allowed: z.array(z.object({ phrase: z.string(), reason: z.string() })),
  required: z.array(z.object({ element: z.string(), reason: z.string() })),
  postingHours: z.object({ from: z.string(), to: z.string(), reason: z.string() }).nullable(),
  numbered: z.array(numberedRule.loose()),
  createdById: z.string().nullable(),
  createdAt: z.string().nullable(),
});
