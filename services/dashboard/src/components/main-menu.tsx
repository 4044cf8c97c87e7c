// The main menu on one line at any width: the first few screens as links, the rest behind a
// "More" button (a disclosure: Escape or a click elsewhere closes it, focus returns to the button).
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { NavItem } from '../nav.ts';
import { Link, useLocation } from '../router.tsx';

const isCurrent = (href: string, location: string) =>
  href === '/' ? location === '/' : location.split('?')[0] === href;

// How many links fit beside "More" on one line: a small phone (375px, where three of the longer
// labels such as "Publications" push "More" off the screen), a phone, a small laptop, a wide screen.
const widths = [
  ['(max-width: 440px)', 2],
  ['(max-width: 700px)', 3],
  ['(max-width: 1100px)', 5],
] as const;
const WIDE = 7;

const subscribe = (callback: () => void) => {
  const lists = widths.map(([query]) => window.matchMedia(query));
  for (const list of lists) list.addEventListener('change', callback);
  return () => {
    for (const list of lists) list.removeEventListener('change', callback);
  };
};
const useRoom = () =>
  useSyncExternalStore(
    subscribe,
    () => widths.find(([query]) => window.matchMedia(query).matches)?.[1] ?? WIDE,
    () => WIDE,
  );

export function MainMenu({ items }: { items: NavItem[] }) {
  const location = useLocation();
  const room = useRoom();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLLIElement>(null);
  // One more link is as wide as "More": only fold when at least two would go.
  const shown = items.length <= room + 1 ? items : items.slice(0, room);
  const folded = items.slice(shown.length);
  // biome-ignore lint/correctness/useExhaustiveDependencies: following a link closes the menu.
  useEffect(() => setOpen(false), [location]);
  useEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  const link = (item: NavItem) => (
    <li key={item.href}>
      <Link href={item.href} aria-current={isCurrent(item.href, location) ? 'page' : undefined}>
        {item.label}
      </Link>
    </li>
  );
  return (
    <ul className="nav-list">
      {shown.map(link)}
      {folded.length ? (
        <li
          className="more"
          ref={menu}
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || !open) return;
            setOpen(false);
            button.current?.focus();
          }}
        >
          <button
            ref={button}
            type="button"
            aria-expanded={open}
            aria-controls="more-menu"
            className={folded.some((i) => isCurrent(i.href, location)) ? 'more-current' : undefined}
            onClick={() => setOpen(!open)}
          >
            More<span aria-hidden="true"> ▾</span>
          </button>
          <ul id="more-menu" className="more-list" hidden={!open}>
            {folded.map(link)}
          </ul>
        </li>
      ) : null}
    </ul>
  );
}
