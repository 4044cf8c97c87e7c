// The OpenAPI document, generated from the same route declarations and zod schemas that
// validate requests, so it cannot drift from what the server accepts.
import { z } from 'zod';
import type { Route } from './route.ts';
import { errorSchema } from './schemas.ts';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });

export function openApiDocument(routes: Route[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const params = [...r.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query = r.query
      ? Object.entries(
          (jsonSchema(r.query, 'input') as { properties?: Record<string, unknown> }).properties ?? {},
        ).map(([name, schema]) => ({ name, in: 'query', required: false, schema }))
      : [];
    paths[path] ??= {};
    paths[path][r.method] = {
      summary: r.summary,
      tags: [r.tag],
      security: r.access === 'public' ? [] : [{ session: [] }, { token: [] }],
      parameters: [...params, ...query],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(r.body, 'input') } },
            },
          }
        : {}),
      responses: {
        [String(r.status ?? 200)]: {
          description: 'Success',
          ...(r.response
            ? { content: { 'application/json': { schema: jsonSchema(r.response, 'output') } } }
            : {}),
          ...(r.produces
            ? { content: { [r.produces]: { schema: { type: 'string', format: 'binary' } } } }
            : {}),
        },
        default: {
          description: 'Error',
          content: { 'application/json': { schema: jsonSchema(errorSchema, 'output') } },
        },
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Gatepost API',
      version: '1',
      description: 'The gate every post to a school account passes.',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'gatepost_session' },
        token: { type: 'http', scheme: 'bearer' },
      },
    },
    paths,
  };
}
