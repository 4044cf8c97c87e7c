// The words of each notice. An email may be read on a shared screen or forwarded: it says that
// something needs the recipient and links to it, and never what it is about.
export type NoticeKind = 'escalation' | 'escalation_reminder' | 'offender';

const SUBJECTS: Record<NoticeKind, string> = {
  escalation: 'Gatepost: a concern needs your attention',
  escalation_reminder: 'Gatepost reminder: a concern is waiting for acknowledgement',
  offender: 'Gatepost: repeated abuse on a school account',
};

export const noticeSubject = (kind: NoticeKind) => SUBJECTS[kind];

export function noticeBody(link: string): string {
  return [
    'Something in Gatepost needs your attention.',
    '',
    `Sign in to see it: ${link}`,
    '',
    'For everyone’s privacy this email carries no details.',
  ].join('\n');
}

export const escalationLink = (publicUrl: string, id: string) => `${publicUrl}/escalations/${id}`;
export const escalationsLink = (publicUrl: string) => `${publicUrl}/escalations`;
export const offenderLink = (publicUrl: string, id: string) => `${publicUrl}/offenders/${id}`;
export const offendersLink = (publicUrl: string) => `${publicUrl}/offenders`;
