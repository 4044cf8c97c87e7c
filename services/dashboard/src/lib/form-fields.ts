// What each policy form asks, in the order of the paper appendix, for the dashboard's "New form".
// The API's zod rules (services/domain/policy-forms.ts) decide what is acceptable; this only
// lays the questions out and turns the answers into the API's field shapes.
import type { PolicyFormKind } from '../../../generated/prisma/enums.ts';

export type FieldKind = 'line' | 'text' | 'url' | 'urls' | 'names' | 'date' | 'platform' | 'groups';

export interface FormField {
  name: string;
  label: string;
  kind: FieldKind;
  optional?: boolean;
}

export const groupLabels: Record<string, string> = {
  pupils: 'Pupils',
  staff: 'Staff',
  families: 'Families',
  external_organisations: 'External organisations',
  other_schools: 'Other schools',
  public: 'The public',
  other: 'Other',
};

export const kindOrder: PolicyFormKind[] = ['ACCESS_REQUEST', 'CONTENT_REPORT', 'SITE_CREATION'];

export const formFields: Record<PolicyFormKind, FormField[]> = {
  ACCESS_REQUEST: [
    { name: 'url', label: 'Address of the blocked site (URL)', kind: 'url' },
    { name: 'siteContent', label: 'What the site contains', kind: 'text' },
    { name: 'reasons', label: 'Why you need access', kind: 'text' },
  ],
  CONTENT_REPORT: [
    { name: 'urls', label: 'Addresses of the content (one URL a line)', kind: 'urls' },
    { name: 'nature', label: 'What is inappropriate about it', kind: 'text' },
    { name: 'individual', label: 'Person responsible, if known', kind: 'line', optional: true },
  ],
  SITE_CREATION: [
    { name: 'platform', label: 'Platform', kind: 'platform' },
    { name: 'handle', label: 'Account name (handle)', kind: 'line' },
    { name: 'team', label: 'Team', kind: 'line' },
    { name: 'department', label: 'Department', kind: 'line' },
    { name: 'moderator', label: 'Moderator of the site', kind: 'line' },
    { name: 'purpose', label: 'Purpose of using social media', kind: 'text' },
    { name: 'aims', label: 'Aims and what you hope to achieve', kind: 'text' },
    { name: 'proposedContent', label: 'Proposed content', kind: 'text' },
    { name: 'audience', label: 'Proposed audience', kind: 'groups' },
    { name: 'contributors', label: 'Proposed contributors', kind: 'groups' },
    { name: 'administrators', label: 'Administrators (at least two, one name a line)', kind: 'names' },
    {
      name: 'contributorVetting',
      label: 'Who will vet external contributors (name and job role)',
      kind: 'line',
    },
    { name: 'host', label: 'Who will host the site', kind: 'line' },
    { name: 'goLiveDate', label: 'Proposed go-live date', kind: 'date' },
    { name: 'advertising', label: 'How you will advertise for contributors', kind: 'text' },
    { name: 'parentalConsent', label: 'Parental consent arrangements', kind: 'text', optional: true },
    { name: 'securityMeasures', label: 'Security against unwanted contributors and followers', kind: 'text' },
  ],
};

const lines = (value: string) =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The answers as the API wants them; empty optional answers are left out. */
export function fieldValues(kind: PolicyFormKind, form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of formFields[kind]) {
    if (field.kind === 'groups') {
      values[field.name] = form.getAll(field.name).map(String);
      continue;
    }
    const raw = String(form.get(field.name) ?? '').trim();
    if (field.optional && !raw) continue;
    values[field.name] = field.kind === 'urls' || field.kind === 'names' ? lines(raw) : raw;
  }
  return values;
}

/** "CONTENT_APPROVED" → "Content approved". */
export const stateWords = (state: string) =>
  state.charAt(0) + state.slice(1).toLowerCase().replaceAll('_', ' ');
