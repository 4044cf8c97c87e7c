// The editor's check as you type: waits for a pause, asks the API, and drops stale answers.
import { useEffect, useState } from 'react';
import { findingSchema } from '../../../api/schemas.ts';
import { api, messageOf } from './client.ts';
import type { Finding } from './resources.ts';

const PAUSE_MS = 400;

export interface LiveCheck {
  findings: Finding[];
  checking: boolean;
  error: string | undefined;
}

export function useLiveCheck(text: string, accountIds: string[], hasImage: boolean): LiveCheck {
  const [state, setState] = useState<LiveCheck>({ findings: [], checking: false, error: undefined });
  const accountsKey = accountIds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `accountsKey` stands for `accountIds`.
  useEffect(() => {
    if (!text.trim() || accountIds.length === 0) {
      setState({ findings: [], checking: false, error: undefined });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, checking: true }));
    const timer = setTimeout(() => {
      api(
        'POST',
        '/api/checks/text',
        findingSchema.array(),
        { text, accountIds, hasImage },
        controller.signal,
      ).then(
        (findings) => setState({ findings, checking: false, error: undefined }),
        (e: unknown) => {
          if (!controller.signal.aborted) setState((s) => ({ ...s, checking: false, error: messageOf(e) }));
        },
      );
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, accountsKey, hasImage]);
  return state;
}
