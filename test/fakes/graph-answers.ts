// The Graph API's conventions shared by the fake's route files: error bodies, parameters from
// query, form or multipart body, `fields` selection and cursor-paged listings.
import { randomBytes } from 'node:crypto';
import type { FakeAnswer, FakeRequest } from './http-fake.ts';
import { readMultipart } from './multipart.ts';

export function graphError(
  status: number,
  code: number,
  message: string,
  subcode?: number,
  type = 'OAuthException',
): FakeAnswer {
  const error = {
    message,
    type,
    code,
    ...(subcode ? { error_subcode: subcode } : {}),
    fbtrace_id: randomBytes(8).toString('base64url'),
  };
  return { status, body: { error } };
}

export const missingObject = (id: string) =>
  graphError(
    400,
    100,
    `Unsupported request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
    33,
    'GraphMethodException',
  );

export const permissionError = () => graphError(403, 200, '(#200) Permissions error');

/** Graph reads parameters from the query string and the body alike. */
export function params(request: FakeRequest): Map<string, string | Buffer> {
  const all = new Map<string, string | Buffer>(request.url.searchParams);
  const type = String(request.headers['content-type'] ?? '');
  if (type.startsWith('multipart/form-data')) {
    for (const [key, value] of readMultipart(request.body, type))
      all.set(key, key === 'source' ? value : value.toString('utf8'));
  } else if (request.body.length) {
    for (const [key, value] of new URLSearchParams(request.body.toString('utf8'))) all.set(key, value);
  }
  return all;
}

export function text(all: Map<string, string | Buffer>, key: string): string | undefined {
  const value = all.get(key);
  return value === undefined ? undefined : value.toString();
}

export function pick(request: FakeRequest, node: Record<string, unknown>): Record<string, unknown> {
  const wanted = (request.url.searchParams.get('fields') ?? '').split(',').filter(Boolean);
  return Object.fromEntries([
    ['id', node.id],
    ...wanted.flatMap((f) => (node[f] === undefined ? [] : [[f, node[f]]])),
  ]);
}

/** Newest first, `since` in unix seconds, an opaque `after` cursor, as Graph edges page. */
export function listing<T extends { id: string; createdAt: Date }>(
  request: FakeRequest,
  items: T[],
  render: (item: T) => Record<string, unknown>,
  order: 'newest' | 'chronological' = 'newest',
): FakeAnswer {
  const query = request.url.searchParams;
  const since = Number(query.get('since') ?? 0) * 1000;
  const limit = Math.min(Number(query.get('limit') ?? 25), 100);
  const sorted = items
    .filter((item) => item.createdAt.getTime() >= since)
    .sort((a, b) => (order === 'newest' ? -1 : 1) * (a.createdAt.getTime() - b.createdAt.getTime()));
  const after = query.get('after');
  const start = after ? Number(Buffer.from(after, 'base64url').toString('utf8')) : 0;
  const shown = sorted.slice(start, start + limit);
  const cursor = (n: number) => Buffer.from(String(n)).toString('base64url');
  const more = start + limit < sorted.length;
  const next = new URL(request.url);
  next.searchParams.set('after', cursor(start + limit));
  return {
    status: 200,
    body: {
      data: shown.map((item) => pick(request, render(item))),
      paging: {
        cursors: { before: cursor(start), after: cursor(start + limit) },
        ...(more ? { next: next.href } : {}),
      },
    },
  };
}
