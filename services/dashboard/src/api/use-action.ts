// A button's round trip to the API: busy while it runs, the error in words if it fails.
import { useCallback, useState } from 'react';
import { messageOf } from './client.ts';

export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
