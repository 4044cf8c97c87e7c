// X's error and body conventions, shared by the fake's route files.
import type { components } from 'twitter-api-sdk/dist/gen/openapi-types.js';
import type { FakeAnswer, FakeRequest } from './http-fake.ts';

export function problem(status: number, title: string, detail: string, type = 'about:blank'): FakeAnswer {
  const body: components['schemas']['Problem'] = { title, detail, type, status };
  return { status, body };
}

export function invalidRequest(message: string): FakeAnswer {
  return {
    status: 400,
    body: {
      errors: [{ message }],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
    },
  };
}

export function json(request: FakeRequest): Record<string, unknown> {
  return request.body.length ? (JSON.parse(request.body.toString('utf8')) as Record<string, unknown>) : {};
}
