import { describe, expect, it } from 'vitest';
import { altTextFindings } from './alt-text.ts';

describe('alt text on every photo (§1, Equality Act)', () => {
  it('blocks a photo without a description, naming which photo', () => {
    const findings = altTextFindings([
      { altText: 'Children racing in the sack race on the field' },
      { altText: ' ' },
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'block', clause: '§1', category: 'media' });
    expect(findings[0]!.message).toContain('Photo 2');
  });

  it('does not accept a file name or a single word as a description', () => {
    expect(altTextFindings([{ altText: 'IMG_2041.jpg' }])).toHaveLength(1);
    expect(altTextFindings([{ altText: 'sportsday' }])).toHaveLength(1);
  });

  it('accepts a plain sentence', () => {
    expect(altTextFindings([{ altText: 'Year 4 planting bulbs in the garden' }])).toEqual([]);
  });
});
