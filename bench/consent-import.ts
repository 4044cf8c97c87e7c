// Consent import of a trust-sized file: 2,000 pupils in the per-purpose format (four purposes,
// some limited to platforms, an expiry column), through the real API, PostgreSQL and workers.
// Prints the first import and the re-import (a no-op) beside the floor measured in the same run:
// reading the file alone (parse + validate every row). Run: npx tsx bench/consent-import.ts
import { performance } from 'node:perf_hooks';
import { parseConsentCsv } from '../services/consent/consent-csv.ts';
import { upnCheckLetter } from '../services/consent/upn.ts';
import { startTestGatepost } from '../test/support/gatepost.ts';
import { ms, percentile } from './lib/stats.ts';

const N = Number(process.env.BENCH_PUPILS ?? 2000);
const RUNS = 5;

const first = [
  'Olivia',
  'Muhammad',
  'Zofia',
  'Oisín',
  'Amara',
  'Theo',
  'Siobhán',
  'Kwame',
  'Ivy',
  'Yusuf',
  'Nuala',
  'Leo',
];
const last = [
  'Bennett',
  'Hussain',
  'Wiśniewska',
  "O'Connor",
  'Smith-Jones',
  'Yılmaz',
  'Okafor',
  'MacLeod',
  'Byrne',
  'Nowak',
];
const years = [
  'Reception',
  'Y1',
  'Year 2',
  '3',
  'Year 4',
  'Y5',
  'Year 6',
  'Nursery',
  'R',
  '7',
  'Year 8',
  'Y9',
  '10',
  '11',
];
const cells = ['yes', 'no', 'Facebook; Instagram', 'yes', 'X, Facebook', 'yes'];

function trustFile(): string {
  const header =
    'UPN,Legal Forename,Legal Surname,Preferred Forename,NC Year,Photos on social media,Video social,Name on social media,Name with photo,Consent expires,Source';
  const rows = Array.from({ length: N }, (_, i) => {
    const digits = String(380000000000 + i * 7919).padStart(12, '0');
    const upn = `${upnCheckLetter(digits)}${digits}`;
    const name = `"${first[i % first.length]}","${last[(i * 7) % last.length]}"`;
    const consents = [0, 1, 2, 3].map((k) => `"${cells[(i + k * 3) % cells.length]}"`).join(',');
    const expires = i % 10 === 0 ? '31/08/2030' : '';
    return `${upn},${name},${i % 9 === 0 ? 'Sunny' : ''},${years[i % years.length]},${consents},${expires},Arbor export`;
  });
  return `\ufeff${[header, ...rows].join('\r\n')}\r\n`;
}

const csv = trustFile();
const timed = async (work: () => Promise<unknown> | unknown) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

const floor: number[] = [];
for (let i = 0; i < RUNS; i++) {
  floor.push(
    await timed(() => {
      const parsed = parseConsentCsv(csv);
      if (parsed.errors.length || parsed.people.length !== N)
        throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
    }),
  );
}

const gp = await startTestGatepost({ roster: [] });
try {
  const officer = await gp.login('officer');
  const post = async (query = '') => {
    const res = await fetch(`${gp.url}/api/consent/import${query}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(await cookie()) },
      body: csv,
    });
    const body = await res.json();
    if (res.status !== 200) throw new Error(`import: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    return body as {
      added: unknown[];
      changed: unknown[];
      withdrawn: unknown[];
      leavers: unknown[];
      unchanged: number;
    };
  };
  let session: Record<string, string> | undefined;
  async function cookie() {
    session ??= await (async () => {
      const res = await fetch(`${gp.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'officer@demo.gatepost.test', password: 'test-Passw0rd!' }),
      });
      return {
        cookie: res.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; '),
        origin: new URL(gp.url).origin,
      };
    })();
    return session;
  }
  await officer('GET', '/api/me');

  const dryRun = await timed(() => post('?dryRun=true'));
  let added = 0;
  const firstImport = await timed(async () => {
    added = (await post()).added.length;
  });
  if (added !== N) throw new Error(`first import added ${added}, not ${N}`);
  const records = (await gp.db.sql('SELECT count(*)::int AS n FROM "ConsentRecord"')).rows[0].n;

  const again: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    again.push(
      await timed(async () => {
        const diff = await post();
        const moved = diff.added.length + diff.changed.length + diff.withdrawn.length + diff.leavers.length;
        if (moved || diff.unchanged !== N)
          throw new Error(`re-import was not a no-op: ${JSON.stringify(diff).slice(0, 200)}`);
      }),
    );
  }
  const floorMs = percentile(floor, 50);
  const line = (label: string, value: number) =>
    `${label.padEnd(34)} ${ms(value).padStart(10)}   ${(value / floorMs).toFixed(1).padStart(5)}x floor`;
  process.stdout.write(
    [
      `consent import, ${N} pupils (${(csv.length / 1024).toFixed(0)} KiB, ${records} consent records), median of ${RUNS} where repeated`,
      `floor: read + validate the file      ${ms(floorMs).padStart(10)}`,
      line('dry run (diff against empty)', dryRun),
      line('first import (all added)', firstImport),
      line('re-import, no-op', percentile(again, 50)),
      '',
    ].join('\n'),
  );
} finally {
  await gp.stop();
}
