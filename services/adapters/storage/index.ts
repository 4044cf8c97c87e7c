export { keySegments } from './keys.ts';
export { LocalDirectoryStorage } from './local-directory.ts';
export { InvalidStorageKeyError, type StorageAdapter } from './types.ts';
