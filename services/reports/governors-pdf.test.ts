// The PDF writes what a Welsh school is called, and a trust's page follows its schools'.
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../../test/support/pdf-text.ts';
import { emptyFigures, published } from './governors-figures.ts';
import { governorsPdf } from './governors-pdf.ts';

const figures = () => {
  const f = emptyFigures();
  f.posts.published = 7;
  f.approvalHours.push(2, 5);
  return published(f);
};

const report = {
  from: '2026-08-31T23:00:00.000Z',
  to: '2026-12-01T00:00:00.000Z',
  generatedAt: '2026-12-01T09:00:00.000Z',
  schools: [{ schoolId: 's1', name: 'Ysgol Gymraeg Bro Ŵyr, Tŷ Coch', trustId: 't1', ...figures() }],
  trusts: [{ trustId: 't1', name: 'Ymddiriedolaeth Dysgu’r Fro', schoolIds: ['s1'], ...figures() }],
};

describe('the governors’ report as a PDF', () => {
  it('names the period in UK days and writes every school’s name as it is spelt', async () => {
    const pages = await pdfPages(await governorsPdf(report));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/^Social media monitoring report\n1 September 2026 to 30 November 2026\n/);
    expect(pages[0]).toContain('Ysgol Gymraeg Bro Ŵyr, Tŷ Coch (school)');
    expect(pages[0]).toContain('Published\n7');
    expect(pages[0]).toContain('Median hours\n3.5');
    expect(pages[0]).toContain('Replies hidden by label\nNone in this period.');
    expect(pages[1]).toContain('Ymddiriedolaeth Dysgu’r Fro (trust)');
    expect(pages[1]).toContain('Page 2 of 2');
  });
});
