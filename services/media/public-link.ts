// Instagram fetches a post's images from a public URL. Each processed photo gets a link that
// works for a short time only and cannot be forged or pointed at another photo: an HMAC over
// the media id and expiry, keyed from the installation's secret.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

export interface MediaLinkSigner {
  url(mediaId: string, now?: Date): string;
  verify(mediaId: string, expires: number, signature: string, now?: Date): boolean;
}

const TTL_SECONDS = 3600;

export function mediaLinkSigner(secret: Buffer, publicUrl: string): MediaLinkSigner {
  const key = Buffer.from(hkdfSync('sha256', secret, '', 'gatepost public media links', 32));
  const sign = (mediaId: string, expires: number) =>
    createHmac('sha256', key).update(`${mediaId}.${expires}`).digest('base64url');
  return {
    url(mediaId, now = new Date()) {
      const expires = Math.floor(now.getTime() / 1000) + TTL_SECONDS;
      return `${publicUrl}/api/public-media/${mediaId}?expires=${expires}&signature=${sign(mediaId, expires)}`;
    },
    verify(mediaId, expires, signature, now = new Date()) {
      if (!Number.isInteger(expires) || expires * 1000 < now.getTime()) return false;
      const expected = Buffer.from(sign(mediaId, expires));
      const given = Buffer.from(signature);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
