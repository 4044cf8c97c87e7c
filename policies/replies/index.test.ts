import { describe, expect, it } from 'vitest';
import { TEST_ROSTER } from '../text/test-roster.ts';
import { createReplyClassifier } from './index.ts';

const classify = createReplyClassifier(TEST_ROSTER);

describe('reply labels', () => {
  it.each([
    ['c*nts the lot of you', ['abusive']],
    ['i dont want to be here anymore', ['safeguarding']],
    ['Can Miss Day add me on Insta? I am in her class', ['safeguarding']],
    ['Congrats! Claim your voucher: prize-rewards.club', ['spam']],
    ['everyone hates jade tbh she thinks shes it', ['cyberbullying']],
    ["That's my daughter Amelia Hughes in the front row!!!", ['pupil_data']],
  ])('labels %j', (text, labels) => {
    expect(classify(text).labels).toEqual(expect.arrayContaining(labels));
  });

  it('adds abusive when bullying uses name-calling', () => {
    expect(classify('why is the weirdo in the second pic always in every photo lol').labels).toEqual(
      expect.arrayContaining(['cyberbullying', 'abusive']),
    );
  });

  it.each([
    'Killing it as always Kingsmead 💪',
    'This is sick!! 🔥🔥 best school ever',
    'Bloody brilliant, well done to all the kids',
    "I could murder a cup of tea after that parents' evening queue 😂",
    "Absolutely disgusting that schools have to beg for funding, it's the government's fault.",
    "Please don't schedule things at 2pm, some of us can't leave work.",
    '🚨 Scam alert: someone is impersonating this page – report and block!',
  ])('leaves %j visible', (text) => {
    expect(classify(text).labels).toEqual([]);
  });

  it('points at the words that triggered a label', () => {
    const text = 'I know where you live Mr Sharp';
    const finding = classify(text).findings.find((f) => f.category === 'abusive');
    expect(text.slice(finding!.span![0], finding!.span![1])).toBe('I know where you live');
  });
});
