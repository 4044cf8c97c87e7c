// The dashboard's screens and who sees each. A screen joins this list when its API lands, so
// nobody is shown a page that cannot work yet.
import type { Permission } from '../../domain/actor.ts';
import type { Role } from '../../generated/prisma/enums.ts';

export interface NavItem {
  href: string;
  label: string;
  /** Shown to people holding this permission at any school; everyone signed in when absent. */
  permission?: Permission;
  /** Shown only to people holding one of these roles somewhere (escalations have no permission). */
  roles?: Role[];
}

export const navItems: NavItem[] = [
  { href: '/', label: 'Queue' },
  { href: '/drafts/new', label: 'New post', permission: 'draft' },
  { href: '/calendar', label: 'Calendar' },
  { href: '/publications', label: 'Publications' },
  { href: '/accounts', label: 'Accounts' },
  { href: '/consent', label: 'Consent', permission: 'seeRoster' },
  { href: '/replies', label: 'Replies', permission: 'seeReplies' },
  { href: '/abuse-log', label: 'Abuse log', permission: 'seeReplies' },
  { href: '/offenders', label: 'Offenders', permission: 'seeReplies' },
  { href: '/followers', label: 'Followers', permission: 'seeReplies' },
  { href: '/escalations', label: 'Escalations', roles: ['DSL', 'HEADTEACHER', 'TRUST_ADMIN'] },
  { href: '/forms', label: 'Forms' },
  { href: '/terms-of-use', label: 'Terms of use', permission: 'manageTerms' },
  { href: '/governors-report', label: 'Governors’ report', permission: 'seeReports' },
  { href: '/audit', label: 'Audit', permission: 'seeAudit' },
];
