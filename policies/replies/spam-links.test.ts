import { describe, expect, it } from 'vitest';
import { createReplyClassifier } from './index.ts';
import { hostOf } from './spam-links.ts';

const classify = createReplyClassifier([]);

describe('a link is spam only with a sales pitch or a scam-style host', () => {
  it.each([
    'Here is the BBC article https://www.bbc.co.uk/news/education-123',
    'My mum’s bakery will be at the school fair www.brambleandcrumb.co.uk',
    'Full advice from the NHS https://www.nhs.uk/conditions/head-lice/',
    'Apply for free school meals at https://www.gov.uk/apply-free-school-meals',
    'We raised money for https://www.barnardos.org.uk last year',
    'Good piece in the local paper https://www.northvaleherald.co.uk/news/schools',
    'The bus timetable is on www.valleybuses.com',
  ])('leaves %j visible', (text) => {
    expect(classify(text).labels).not.toContain('spam');
  });

  it.each([
    'WIN a free tablet, click here https://bit.ly/3kQz7',
    'Earn £400 a week from home www.easyearner.co.uk',
    '40% discount on all lashes this week, book at www.lashesbypoppy.co.uk',
    'Best crypto tips t.me/moonsignalsclub',
    'Your parcel is waiting, reschedule at royalpost-redelivery-uk.com',
    'Lovely stalls at www.glittergiveaways.shop',
  ])('hides %j', (text) => {
    expect(classify(text).labels).toContain('spam');
  });

  it('reads the host from a pasted address', () => {
    expect(hostOf('https://www.example.co.uk/news?id=3')).toBe('example.co.uk');
  });
});
