// A small history router: the dashboard has a handful of screens and needs no library for it.
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useSyncExternalStore } from 'react';

const subscribe = (callback: () => void) => {
  window.addEventListener('popstate', callback);
  return () => window.removeEventListener('popstate', callback);
};

let unsaved: string | undefined;

/**
 * While a screen holds work that is not saved, leaving it asks first: a link or the sign-out button
 * asks in words, and closing or reloading the tab gets the browser's own warning.
 */
export function useUnsavedWarning(question: string | undefined): void {
  useEffect(() => {
    if (!question) return;
    unsaved = question;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => {
      if (unsaved === question) unsaved = undefined;
      window.removeEventListener('beforeunload', warn);
    };
  }, [question]);
}

/** True when nothing unsaved would be lost, or the person agreed to lose it. */
export const mayLeave = (): boolean => !unsaved || window.confirm(unsaved);

// The address a screen's work has taken since it opened (a new post, once saved, is
// /drafts/:id/edit): the screen stays as it is, and a reload or a shared link finds the work.
let adopted: string | undefined;
window.addEventListener('popstate', () => {
  adopted = undefined;
});

export function adoptAddress(to: string): void {
  window.history.replaceState(null, '', to);
  adopted = to;
}

/** Whether `path` is the address the open screen took for its own work, not a new screen. */
export const isAdopted = (path: string): boolean => path === adopted;

/** Opens a screen; `{ saved: true }` when the screen has just saved its work itself. */
export function navigate(to: string, { saved = false } = {}): void {
  if (!saved && !mayLeave()) return;
  unsaved = undefined;
  window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export const useLocation = () =>
  useSyncExternalStore(
    subscribe,
    () => window.location.pathname + window.location.search,
    () => '/',
  );

/** Matches `/drafts/:id` style patterns; returns the named parts or undefined. */
export function match(pattern: string, pathname: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const have = pathname.split('?')[0]!.split('/');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = have[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return undefined;
  }
  return params;
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}

/** Each screen names itself; the title and focus move so screen readers hear the change. */
export function useScreenTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Gatepost`;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [title]);
}
