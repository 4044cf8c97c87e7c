// Loading a resource for a screen: the value, any error in words, and a reload.
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { accountSchema, draftSchema } from '../../../api/schemas.ts';
import { api, messageOf } from './client.ts';

export type Draft = z.output<typeof draftSchema>;
export type Account = z.output<typeof accountSchema>;
export type Finding = Draft['findings'][number];
export type Media = Draft['media'][number];

export interface Loaded<T> {
  value: T | undefined;
  error: string | undefined;
  reload(): void;
}

export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Loaded<T> {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<string>();
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` fetches.
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (v) => {
        setValue(v);
        setError(undefined);
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setError(messageOf(e));
      },
    );
    return () => controller.abort();
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { value, error, reload };
}

export const loadDrafts = (signal: AbortSignal) =>
  api('GET', '/api/drafts', draftSchema.array(), undefined, signal);
export const loadDraft = (id: string, signal: AbortSignal) =>
  api('GET', `/api/drafts/${encodeURIComponent(id)}`, draftSchema, undefined, signal);
export const loadAccounts = (signal: AbortSignal) =>
  api('GET', '/api/accounts', accountSchema.array(), undefined, signal);

export const useAccounts = () => useLoad(loadAccounts, 'accounts');

/** Demo and sandbox handles are stored bare, real platform handles with their "@". */
export const handleOf = (account: Account) =>
  account.handle.startsWith('@') ? account.handle : `@${account.handle}`;

export const accountLabel = (account: Account | undefined) =>
  account ? `${handleOf(account)} (${platformLabel[account.platform]})` : 'an account you cannot see';

export const platformLabel: Record<Account['platform'], string> = {
  sandbox: 'Sandbox',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
};
