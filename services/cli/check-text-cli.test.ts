import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ameliaHughes } from '../../test/support/roster.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function checkText(input: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gatepost-cli-'));
  const roster = path.join(dir, 'roster.csv');
  const p = ameliaHughes;
  writeFileSync(
    roster,
    `upn,first_name,last_name,preferred_name,year_group,photo_consent,name_consent\n${p.upn},${p.firstName},${p.lastName},,${p.yearGroup},yes,yes\n`,
  );
  const result = spawnSync('node', ['bin/gatepost.mjs', 'check-text', '--roster', roster], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return {
    code: result.status,
    lines: result.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  };
}

describe('gatepost check-text', () => {
  it('answers every line in order, findings for drafts and an error for a bad line', () => {
    const { code, lines } = checkText(
      [
        JSON.stringify({ id: 'a', text: 'Well done Amelia Hughes on winning the spelling bee!' }),
        'not json',
        '',
        JSON.stringify({ id: 'b', text: 'Reminder: the school trip leaves at 9am tomorrow.' }),
      ].join('\r\n'),
    );
    expect(code).toBe(1);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b']);
    expect(lines[0].findings.map((f: { category: string }) => f.category)).toContain('pupil_full_name');
    expect(lines[1].error).toBe('not valid JSON');
    expect(lines[2].findings).toEqual([]);
  });

  it('streams thousands of lines, answering each once', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: i, text: 'Sports day is on Friday at 2pm.' }),
    );
    const { code, lines } = checkText(`${many.join('\n')}\n`);
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(many.map((_, i) => i));
  });
});
