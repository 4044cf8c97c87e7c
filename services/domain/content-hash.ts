// The hash an approval binds to: exactly what would go out. Any change makes a new hash.
import { createHash } from 'node:crypto';

export interface ApprovableContent {
  text: string;
  accountIds: string[];
  scheduledAt: Date | null;
  /** Processed (anonymised) image digests with their alt texts, in display order. */
  media: { sha256: string; altText: string }[];
}

export function contentHash(content: ApprovableContent): string {
  const canonical = JSON.stringify({
    text: content.text,
    accountIds: [...content.accountIds].sort(),
    scheduledAt: content.scheduledAt?.toISOString() ?? null,
    media: content.media.map((m) => [m.sha256, m.altText]),
  });
  return createHash('sha256').update(canonical).digest('hex');
}
