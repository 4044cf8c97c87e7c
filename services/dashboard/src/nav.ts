// The dashboard's screens and who sees each. A screen joins this list when its API lands, so
// nobody is shown a page that cannot work yet.
import type { Permission } from '../../domain/actor.ts';

export interface NavItem {
  href: string;
  label: string;
  /** Shown to people holding this permission at any school; everyone signed in when absent. */
  permission?: Permission;
}

export const navItems: NavItem[] = [
  { href: '/', label: 'Queue' },
  { href: '/drafts/new', label: 'New post', permission: 'draft' },
  { href: '/calendar', label: 'Calendar' },
  { href: '/publications', label: 'Publications' },
  { href: '/accounts', label: 'Accounts' },
  { href: '/audit', label: 'Audit', permission: 'seeAudit' },
];
