// fast-check values shaped by a route's zod schema (through its JSON Schema), mostly valid,
// sometimes wrong in one place: a missing field, an extra one, the wrong type, an edge value.
// Valid-looking input is what reaches deep into handlers; pure noise stops at the parser.
import fc from 'fast-check';
import { type ZodType, z } from 'zod';

type Json = Record<string, any>;

const edgeStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '𝕏'.repeat(300),
  '=HYPERLINK("https://evil.example","x")',
  '<script>alert(1)</script>',
  '\'; DROP TABLE "Draft"; --',
  '../../etc/passwd',
  'x'.repeat(20_000),
  '9999-12-31T23:59:59Z',
  '00000000-0000-0000-0000-000000000000',
);
const noise: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, true, -1, 0, 1e308, -0, 2 ** 53, [], {}),
  edgeStrings,
);

function stringFor(schema: Json, ids: string[]): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid());
  if (schema.format === 'date-time')
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (schema.format === 'date')
    return fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'email')
    return fc.constantFrom('staff@demo.gatepost.test', 'officer@demo.gatepost.test', 'nobody@example.org');
  return fc.oneof(
    fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) }),
    edgeStrings,
  );
}

function fromJsonSchema(schema: Json, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const valid = shaped(schema, ids, depth);
  return fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: noise });
}

function shaped(schema: Json, ids: string[], depth: number): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...(schema.anyOf as Json[]).map((s) => fromJsonSchema(s, ids, depth)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  switch (schema.type) {
    case 'string':
      return stringFor(schema, ids);
    case 'integer':
      return fc.oneof(fc.integer({ min: -5, max: 500 }), fc.constantFrom(2 ** 31, -(2 ** 31), 2 ** 53));
    case 'number':
      return fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -5, max: 500 }));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(fromJsonSchema(schema.items ?? {}, ids, depth + 1), {
            maxLength: Math.min(schema.maxItems ?? 4, 4),
          });
    case 'object': {
      const properties = Object.entries((schema.properties ?? {}) as Record<string, Json>);
      if (!properties.length || depth > 3)
        return fc.dictionary(fc.string({ maxLength: 8 }), noise, { maxKeys: 3 });
      const record = fc.record(
        Object.fromEntries(properties.map(([k, s]) => [k, fromJsonSchema(s, ids, depth + 1)])),
        { requiredKeys: (schema.required as string[] | undefined) ?? [] },
      );
      // Now and then an extra field a strict schema must name in its refusal.
      return fc
        .tuple(record, fc.option(fc.string({ minLength: 1, maxLength: 8 }), { freq: 5 }))
        .map(([value, extra]) => (extra ? { ...value, [extra]: 'surplus' } : value));
    }
    default:
      return noise;
  }
}

/** Values for a route body or query; `ids` are real ids that let some requests hit real rows. */
export function arbitraryFor(schema: ZodType, ids: string[]): fc.Arbitrary<unknown> {
  return fromJsonSchema(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json, ids);
}

/** A query object as a URL query string (arrays repeat the key; objects are sent as JSON). */
export function toQueryString(value: unknown): string {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return `q=${encodeURIComponent(JSON.stringify(value))}`;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(value)) {
    for (const item of Array.isArray(v) ? v : [v])
      params.append(k, typeof item === 'string' ? item : JSON.stringify(item));
  }
  return params.toString();
}
