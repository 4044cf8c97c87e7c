// A driver adapter for a PostgreSQL server (DATABASE_URL).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

const CHAR_OID = 18;
const TEXT_OID = 25;
let patched = false;

// adapter-pg 7.10.0 cannot deserialise PostgreSQL's internal "char" type, which the schema
// engine's catalogue queries return; reading it as text is lossless.
function readCharAsText(): void {
  if (patched) return;
  patched = true;
  const proto = pg.Result.prototype as unknown as {
    addFields(fields: { dataTypeID: number }[]): void;
  };
  const original = proto.addFields;
  proto.addFields = function addFields(fields) {
    for (const field of fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    original.call(this, fields);
  };
}

interface ScriptRunner {
  client: pg.Pool;
  onError(error: unknown): never;
  executeScript(script: string): Promise<void>;
}

// adapter-pg runs a migration script by splitting it on every ";", which breaks function
// bodies (our audit trigger); PostgreSQL's simple query protocol runs the script whole.
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const runner = adapter as unknown as ScriptRunner;
    runner.executeScript = async (script) => {
      try {
        await runner.client.query(script);
      } catch (error) {
        runner.onError(error);
      }
    };
    return adapter;
  }
}

export function postgresAdapter(pool: pg.Pool): PrismaPg {
  readCharAsText();
  return new WholeScriptPg(pool);
}

export const postgresPool = (url: string, max = 10) => new pg.Pool({ connectionString: url, max });
