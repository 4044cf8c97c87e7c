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

  it.each([
    'nobody picks her up after school and she is always starving',
    "honestly there's no point anymore, everyone would be better off without me",
    'Mr Okafor messaged my daughter on snapchat at midnight, is that normal??',
    "the older lads at the park keep giving him vapes and money, he's only 12",
    'gonna post the video of her from the party if she keeps ignoring me',
    'that coach grabbed my son by the arm yesterday',
  ])('escalates the invented disclosure or allegation %j as safeguarding', (text) => {
    expect(classify(text).labels).toContain('safeguarding');
  });

  it.each([
    'Does anyone need a dog walker? Reasonable prices, DM me 🐶',
    'Follow my page for daily fitness content and giveaways 💪',
    'Free school uniform grant!! Enter your card details at uniform-grants-uk.info',
  ])('labels the invented advert or scam %j as spam', (text) => {
    expect(classify(text).labels).toContain('spam');
  });

  it('leaves a parent warning others about a scam visible', () => {
    expect(
      classify('Beware: a fake page is asking parents for card details. Report and block it!').labels,
    ).toEqual([]);
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
