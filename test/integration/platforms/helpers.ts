// Shared by the platform adapter tests: distinct publish requests and awaiting a PlatformError.
import { expect } from 'vitest';
import { PlatformError, type PublishRequest } from '../../../services/adapters/platforms/types.ts';

let counter = 0;

/** Each text is made unique, as platforms refuse or merge identical posts. */
export function publishRequest(text: string, images: PublishRequest['images'] = []): PublishRequest {
  counter += 1;
  return { publicationId: `pub-${counter}`, text: `${text} (${counter})`, images };
}

export async function failure(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlatformError);
  return error as PlatformError;
}
