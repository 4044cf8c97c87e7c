import { describe, expect, it } from 'vitest';
import { pupil } from '../text/test-roster.ts';
import { createReplyClassifier } from './index.ts';

const classify = createReplyClassifier([
  pupil('Tamsin', 'Quayle', 'Year 8'),
  pupil('Kwabena', 'Asante', 'Year 4'),
  pupil('Dexter', 'Holm', 'Year 6'),
  pupil('Marnie', 'Yeo', 'Year 9'),
]);

describe('bullying is mockery aimed at a child', () => {
  it.each([
    'lol Dexter cant even catch a ball why is he even on the team 😂',
    'Marnie thinks she’s so pretty but she really isn’t',
    'nobody wanted to sit with the new girl lmao',
    'lmaooo Kwabena tripped over his own feet 😂😂',
    'Tamsin should just move schools, no one wants her there',
    'look at the state of Dexter’s haircut 🤣',
    'that kid with the glasses looks like a lost owl 😂',
    'why does Dexter always look like he slept in a hedge 😂',
    'Marnie’s mum is on benefits lol no wonder',
    'Everyone ignore Tamsin tomorrow, she thinks she’s better than us',
    'the ginger one at the end has a face only a mother could love',
    'Dexter is such a suck up lol teachers pet',
    'nobody play with Tamsin she’s got nits',
    'LMAO the lad at the back in the big glasses 🤓🤓',
    'Someone tell Dexter to stop showing off, everyone’s sick of him',
    'Marnie’s lunchbox always stinks of fish, rank',
    'Why is Dexter even allowed in the show, he can’t sing for toffee 😂',
    'Tamsin is literally so fake, she only pretends to be nice',
    'why does Marnie always smell like smoke ew',
  ])('labels %j as cyberbullying', (text) => {
    expect(classify(text).labels).toContain('cyberbullying');
  });

  it('adds abusive when the mockery calls the child names', () => {
    expect(classify('Marnie is a liar and a slag, everyone in year 9 knows').labels).toEqual(
      expect.arrayContaining(['cyberbullying', 'abusive']),
    );
  });

  it.each([
    'Shut up you stupid woman, nobody asked for your opinion',
    'Imagine being as clueless as the governors here',
    'Mr Holm told my kid off in front of everyone, I will make sure everyone knows it',
  ])('does not call abuse of grown-ups %j bullying', (text) => {
    expect(classify(text).labels).not.toContain('cyberbullying');
  });

  it.each([
    "I'm crying at this 😭 so lovely",
    'Our Dexter looks like a little snowman in that costume 😂',
    'Kwabena fell over at the start but got up and won, what a star',
    'Dexter’s face when he scored 😂😂 priceless, well done mate',
    'Lucky kids! We never got trips like that in my day 😂',
    'Tamsin loved the zoo trip, she hasn’t shut up about the penguins',
    'Tell Kwabena to stop growing, he’s taller than me now 😂',
    'Haha Dexter’s hair after the water fight 😂 he loved it',
    'The year 3 assembly had me crying with laughter 😂',
  ])('leaves %j visible', (text) => {
    expect(classify(text).labels).toEqual([]);
  });
});
