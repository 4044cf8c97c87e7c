// Private object storage for uploads (originals are sensitive personal data) and processed
// media. Keys are opaque slash-separated names chosen by Gatepost, e.g. `originals/<mediaId>`.

export interface StorageAdapter {
  /** Stores the bytes under the key, replacing any previous object; readers never see a partial write. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The stored bytes, or null when there is no such object. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the object; deleting a missing key is not an error (retention sweeps may repeat). */
  delete(key: string): Promise<void>;
}

export class InvalidStorageKeyError extends Error {
  override readonly name = 'InvalidStorageKeyError';
}
