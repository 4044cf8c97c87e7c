// What the built-in sandbox platform has "published" for one account: where a sandbox
// publication's "View the post" leads, for demos and training.
import { useEffect } from 'react';
import { z } from 'zod';
import { api } from '../api/client.ts';
import { accountLabel, useAccounts, useLoad } from '../api/resources.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { formatLondon } from '../lib/london-time.ts';
import { Link, useScreenTitle } from '../router.tsx';

const sandboxPostSchema = z.object({ id: z.string(), text: z.string(), publishedAt: z.string() });

export function SandboxScreen({ accountId }: { accountId: string }) {
  useScreenTitle('Sandbox posts');
  const path = `/api/sandbox/accounts/${encodeURIComponent(accountId)}/posts`;
  const posts = useLoad((signal) => api('GET', path, sandboxPostSchema.array(), undefined, signal), path);
  const account = useAccounts().value?.find((a) => a.id === accountId);
  // The link names one post: bring it into view once the list is there.
  useEffect(() => {
    if (posts.value && window.location.hash) document.querySelector(window.location.hash)?.scrollIntoView();
  }, [posts.value]);
  return (
    <>
      <p className="back">
        <Link href="/publications">← Publications</Link>
      </p>
      <h1 tabIndex={-1}>Sandbox posts</h1>
      <p className="lead">
        What {account ? accountLabel(account) : 'this sandbox account'} has published. The sandbox is
        Gatepost’s practice platform: nothing here reaches the public.
      </p>
      <ErrorSummary message={posts.error} />
      {posts.value && !posts.value.length ? <p className="empty">Nothing published here yet.</p> : null}
      <ol className="cards wide" reversed>
        {[...(posts.value ?? [])].reverse().map((p) => (
          <li key={p.id} id={`post-${p.id}`} className="card sandbox-post">
            <p className="card-meta">Published {formatLondon(p.publishedAt)}</p>
            <p className="preview-text">{p.text}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
