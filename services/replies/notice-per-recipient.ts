// Notices gathered over a batch of work go out as one per recipient: a flood of concerns or
// offenders sends each person one email, not hundreds. A single item still links straight to
// it; several link to their list, where the recipient sees them all.
import type { NewNotice } from '../repositories/notices.ts';
import { type NoticeKind, noticeSubject } from './notice-texts.ts';

/** One email's worth: who to tell, and the link to what needs them. */
export interface Send {
  to: string;
  link: string;
}

export function noticePerRecipient(
  schoolId: string,
  kind: NoticeKind,
  sends: Send[],
  listLink: string,
): NewNotice[] {
  const links = new Map<string, string[]>();
  for (const { to, link } of sends) links.set(to, [...(links.get(to) ?? []), link]);
  return [...links].map(([toEmail, [first, ...more]]) => ({
    schoolId,
    kind,
    toEmail,
    subject: noticeSubject(kind),
    link: more.length ? listLink : first!,
  }));
}
