import { describe, expect, it } from 'vitest';
import { pupil } from '../text/test-roster.ts';
import { createReplyClassifier } from './index.ts';

const classify = createReplyClassifier([
  pupil('Wilhelmina', 'Ashcroft', 'Year 5'),
  pupil('Idris', 'Mbeki', 'Year 8'),
  pupil('Coralie', 'Fenwick', 'Year 3'),
]);

describe('a child spoken of together with a sign of harm reaches the DSL', () => {
  it.each([
    'Wilhelmina came home crying again and will not tell me what happened',
    'Idris looked petrified when his uncle collected him',
    'My son says the swimming coach smacked him for being late',
    'A girl in year 6 was slapped at home, my daughter saw the marks on her arms',
    'Coralie is always turning up hungry and in the same clothes',
    'The kids say a stranger in a grey car keeps following them after school',
    'Idris has gone missing again and his phone is off',
    'Social services were round at Coralie’s again this week',
    'My daughter is getting messages from an older man on a game',
    'Wilhelmina told her friend she has to keep a secret about her stepdad',
    'a boy in year 4 was left on his own at the bus stop after dark',
    'I’m worried about Idris, he has lost loads of weight and gone really quiet',
    'My son’s friend is being made to carry bags for older lads',
    'The tutor keeps inviting the girls back to his flat',
    'Idris keeps turning up with new trainers and cash and won’t say where from',
    'Our daughter is being pressured to send pictures by a lad from the sixth form',
    'Coralie has been hiding her arms and her friend thinks she is cutting',
    'Wilhelmina flinches whenever a grown-up raises their voice',
    'My son’s friend has cuts all over her wrists',
    'Idris says his girlfriend is 20, he is only 14',
    'Coralie has to look after her dad who is always drunk',
    'Idris said his stepmum shut him in the cupboard all afternoon',
    'My daughter keeps being asked for her address by someone on a game',
    'A coach has been sending my daughter messages late at night',
    'Some of the year 10 girls are being paid to go to parties at a flat',
    'Idris has started carrying a knife to school',
    'Her brother shared my daughter’s private pictures on a group chat',
    'Coralie was sobbing at the gate this morning',
    'I think Idris is being groomed by a gang',
  ])('escalates %j', (text) => {
    expect(classify(text).labels).toContain('safeguarding');
  });

  it.each([
    'Wilhelmina was crying with laughter at the puppet show',
    'The story was about a dragon who was scared of the dark, Coralie loved it',
    'Idris hit a six in the final over, what a shot!',
    'Idris hit his first home run today',
    'Coralie is missing her PE kit again, has anyone seen it?',
    'Worried about the weather for sports day, is there a back-up date?',
    'My son was so nervous before his solo but he smashed it, so proud',
    'The kids loved the police visit, thank you to the officers',
    'Wilhelmina kept the surprise party a secret for weeks, well done!',
    'My daughter got a bruise from the trampoline, kids eh',
    'Idris is missing the museum trip because of his cough',
    'If you are worried about your child, please speak to the school office',
    'Really worried about Idris’s GCSE maths, is there any extra help?',
    'Wilhelmina and her friends ran off to the swings the minute we arrived',
    'The year 11s were out till 10pm at prom, hope they had a ball',
    'Wilhelmina sat alone with her thoughts and wrote a beautiful poem',
    'Idris got hit in the face with a ball at cricket, he is fine now',
    'Idris was beaten in the final by a brilliant player, proud of him',
    'The kids wrote secret messages in lemon juice in science',
    'Coralie was crying her eyes out at the end of the film',
    'Wilhelmina hurt her finger in the door, all fine now',
  ])('leaves %j visible', (text) => {
    expect(classify(text).labels).not.toContain('safeguarding');
  });

  it('points the DSL at the words that raised it', () => {
    const text = 'Coralie said the man at the shop grabbed her';
    const finding = classify(text).findings.find((f) => f.category === 'safeguarding');
    expect(finding?.span && text.slice(...finding.span)).toBe('grabbed her');
  });
});
