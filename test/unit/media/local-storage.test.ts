import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidStorageKeyError, LocalDirectoryStorage } from '../../../services/adapters/storage/index.ts';

const freshStorage = async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'gatepost-storage-'));
  return { root, storage: new LocalDirectoryStorage(root) };
};

describe('LocalDirectoryStorage', () => {
  it('stores, replaces, reads back and deletes an object', async () => {
    const { storage } = await freshStorage();
    await storage.put('originals/media-1', Buffer.from('first'));
    await storage.put('originals/media-1', Buffer.from('second'));
    expect((await storage.get('originals/media-1'))?.toString()).toBe('second');
    await storage.delete('originals/media-1');
    expect(await storage.get('originals/media-1')).toBeNull();
    await storage.delete('originals/media-1');
  });

  it('keeps files private to the service user and leaves no temporary files behind', async () => {
    const { root, storage } = await freshStorage();
    await storage.put('originals/media-2.jpg', Buffer.from('photo'));
    expect((await stat(path.join(root, 'originals', 'media-2.jpg'))).mode & 0o777).toBe(0o600);
    expect((await stat(path.join(root, 'originals'))).mode & 0o777).toBe(0o700);
    expect(await readdir(path.join(root, 'originals'))).toEqual(['media-2.jpg']);
  });

  it('refuses keys that could reach outside its directory', async () => {
    const { storage } = await freshStorage();
    for (const key of [
      '../escape',
      'a/../../b',
      '/etc/passwd',
      'a//b',
      '.hidden',
      'a/./b',
      '',
      'a\\..\\b',
      'a/b\0',
    ]) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
  });
});
