import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mediaLinkSigner } from './public-link.ts';

const signer = mediaLinkSigner(randomBytes(32), 'https://gatepost.example.sch.uk');
const parts = (url: string) => {
  const u = new URL(url);
  return {
    id: u.pathname.split('/').at(-1)!,
    expires: Number(u.searchParams.get('expires')),
    signature: u.searchParams.get('signature')!,
  };
};

describe('public links for Instagram to fetch a photo', () => {
  it('open the photo they were made for, until they expire', () => {
    const { id, expires, signature } = parts(signer.url('media-1'));
    expect(signer.verify(id, expires, signature)).toBe(true);
    expect(signer.verify(id, expires, signature, new Date(Date.now() + 2 * 3600_000))).toBe(false);
  });

  it('do not open another photo, a later expiry, or a link signed with another key', () => {
    const { expires, signature } = parts(signer.url('media-1'));
    expect(signer.verify('media-2', expires, signature)).toBe(false);
    expect(signer.verify('media-1', expires + 3600, signature)).toBe(false);
    const other = parts(mediaLinkSigner(randomBytes(32), 'https://x').url('media-1'));
    expect(signer.verify('media-1', other.expires, other.signature)).toBe(false);
  });
});
