// Platform credentials at rest: AES-256-GCM, a fresh nonce per seal, and the account id as
// associated data, so a sealed blob copied onto another account's row does not open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export class SealedCredentialsError extends Error {}

export interface CredentialVault {
  seal(accountId: string, credentials: unknown): Uint8Array<ArrayBuffer>;
  open(accountId: string, sealed: Uint8Array): unknown;
}

export function credentialVault(key: Buffer): CredentialVault {
  if (key.length !== 32) throw new Error('The credential key must be 32 bytes.');
  return {
    seal(accountId, credentials) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(accountId));
      const body = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()]);
      const sealed = Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), body]);
      return new Uint8Array(sealed);
    },
    open(accountId, sealed) {
      const bytes = Buffer.from(sealed);
      if (bytes[0] !== VERSION)
        throw new SealedCredentialsError('Stored credentials are in an unknown format.');
      const nonce = bytes.subarray(1, 1 + NONCE_BYTES);
      const tag = bytes.subarray(1 + NONCE_BYTES, 1 + NONCE_BYTES + TAG_BYTES);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, nonce);
        decipher.setAAD(Buffer.from(accountId));
        decipher.setAuthTag(tag);
        const json = Buffer.concat([
          decipher.update(bytes.subarray(1 + NONCE_BYTES + TAG_BYTES)),
          decipher.final(),
        ]);
        return JSON.parse(json.toString('utf8'));
      } catch {
        // Wrong key (GATEPOST_SECRET_KEY changed) or tampered row: say so without detail.
        throw new SealedCredentialsError(
          'The stored credentials cannot be decrypted (was GATEPOST_SECRET_KEY changed?); reconnect the account.',
        );
      }
    },
  };
}
