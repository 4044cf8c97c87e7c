import type { ReactNode } from 'react';
import { useLive } from '../api/live.tsx';
import { navItems } from '../nav.ts';
import { useSession } from '../session.tsx';
import { MainMenu } from './main-menu.tsx';

export function Layout({ children }: { children: ReactNode }) {
  const session = useSession();
  const { connected } = useLive();
  const items = navItems.filter(
    (item) =>
      (!item.permission || session.may(item.permission)) &&
      (!item.roles || session.me.memberships.some((m) => item.roles!.includes(m.role))),
  );
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <div className="brand">
          <span className="brand-name">Gatepost</span>
          <span className="brand-school">{session.me.memberships[0]?.schoolName}</span>
        </div>
        <nav aria-label="Main">
          <MainMenu items={items} />
        </nav>
        <div className="who">
          <span className={connected ? 'live live-on' : 'live'}>{connected ? 'Live' : 'Offline'}</span>
          <span className="who-name">{session.me.name}</span>
          <button type="button" className="quiet" onClick={() => void session.signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
