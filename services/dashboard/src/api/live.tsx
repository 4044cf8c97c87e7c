// One server-sent-events connection per signed-in tab; screens subscribe to the notices they
// care about and refetch what the person may see (notices carry only ids and states).
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';

export interface DraftNotice {
  type: 'draft';
  id: string;
  schoolId: string;
  state: string;
}

/** `null` after a reconnect: notices may have been missed, so refetch. */
type Listener = (notice: DraftNotice | null) => void;

interface Live {
  connected: boolean;
  subscribe(listener: Listener): () => void;
}

const LiveContext = createContext<Live>({ connected: false, subscribe: () => () => undefined });

/** `signIns` counts sign-ins on this page: the stream refused after a sign-in ended opens again. */
export function LiveProvider({ children, signIns = 0 }: { children: ReactNode; signIns?: number }) {
  const listeners = useRef(new Set<Listener>());
  const [connected, setConnected] = useState(false);
  const firstSignIn = useRef(signIns);
  useEffect(() => {
    const source = new EventSource('/api/events');
    // After signing in again, notices may have been missed meanwhile: screens refetch on open.
    let opened = signIns !== firstSignIn.current;
    source.onopen = () => {
      setConnected(true);
      if (opened) for (const listener of listeners.current) listener(null);
      opened = true;
    };
    source.onerror = () => setConnected(false);
    source.addEventListener('draft', (event) => {
      const notice = JSON.parse((event as MessageEvent<string>).data) as DraftNotice;
      for (const listener of listeners.current) listener(notice);
    });
    return () => source.close();
  }, [signIns]);
  const subscribe = (listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  };
  return <LiveContext.Provider value={{ connected, subscribe }}>{children}</LiveContext.Provider>;
}

export const useLive = () => useContext(LiveContext);

/** Calls `onNotice` for every draft notice while the screen is shown. */
export function useDraftNotices(onNotice: Listener): void {
  const { subscribe } = useLive();
  const latest = useRef(onNotice);
  latest.current = onNotice;
  useEffect(() => subscribe((notice) => latest.current(notice)), [subscribe]);
}
