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
    ['safeguarding', 'My friend in year 7 says her stepdad hurts her and she is scared to tell anyone'],
    ['safeguarding', 'a boy in my class keeps saying he wants to die, what do I do'],
    ['safeguarding', "I can't cope anymore, I just want it all to stop"],
    ['safeguarding', "there's a bloke who keeps hanging around the gates at home time"],
    ['safeguarding', 'Why is a teacher messaging a 14 year old on whatsapp at night?'],
    ['safeguarding', 'hey u look older than 13 😍 wanna chat privately'],
    ['safeguarding', 'some of the year 10 lads are getting paid to take bags to other towns'],
    ['safeguarding', "my brother hasn't had any tea for two days, mum's not been home"],
    ['safeguarding', 'the caretaker makes the younger kids sit on his lap'],
    ['safeguarding', 'The head locked my son in a cupboard as a punishment'],
    ['safeguarding', 'sir plz can u msg me, i need to talk to someone'],
    ['safeguarding', 'My stepdad says if I tell anyone what happens at home I will be taken away'],
    ['safeguarding', 'please help my friend, she cut her arms again last night'],
    ['safeguarding', 'a teacher keeps giving one girl in my class lifts home and buying her stuff'],
    ['safeguarding', 'the older lads make my brother sell stuff for them'],
    ['safeguarding', 'The deputy has been drinking at school, you can smell it on him'],
    ['safeguarding', 'A man on tiktok keeps messaging my niece asking what school she goes to'],
    ['safeguarding', "nobody's been home since friday and there's no food left"],
    ['safeguarding', 'my dad came home drunk and smashed up the kitchen and hit mum'],
    ['safeguarding', 'she keeps saying she wants to go to sleep and never wake up'],
    ['safeguarding', 'Is it appropriate for the drama teacher to be hugging the girls?'],
    ['safeguarding', 'a lady in a car was trying to give kids sweets outside the gates'],
    ['safeguarding', 'the year 9s are being given free vapes if they do jobs for the older lads'],
    ['safeguarding', 'the boy next door is out till midnight and his mum is never in'],
    ['safeguarding', 'hey sexy what year r u in? 😉'],
    ['safeguarding', 'boys in her class keep asking for nudes'],
    ['safeguarding', 'my cousin says she is being forced to marry over the summer'],
    ['abusive', "The head's a lying snake"],
    ['abusive', 'run by a bunch of power tripping halfwits'],
    ['abusive', 'Hope your car gets smashed up'],
    ['abusive', 'Useless, the lot of ya'],
    ['spam', 'Congratulations, you are one of our lucky winners, send us your details to receive your prize'],
    ['spam', 'Message me for cheap car insurance, I can save you hundreds'],
    ['spam', 'Struggling with debt? We can write off up to 80%, government backed scheme'],
    ['spam', 'free robux generator 100% works no scam'],
    ['safeguarding', "my friend's step mum locks her out of the house and she sleeps in the shed"],
    ['safeguarding', "If anyone finds this, I'm sorry. I just can't do it anymore."],
    ['safeguarding', 'The coach is always touching the boys on the neck, it makes me really uncomfortable'],
    ['safeguarding', 'a bloke by the park keeps asking kids to come and see his puppies'],
    ['safeguarding', 'miss i dont feel safe at home can i talk to u tomorrow'],
    ['safeguarding', 'one of the teaching assistants is going out with a year 11'],
    ['safeguarding', 'my 9 year old gets messages on Roblox from someone asking for photos'],
    ['safeguarding', 'he wears the same uniform for weeks and is always so hungry'],
    ['abusive', 'What a clueless bunch running this school, absolute amateurs'],
    ['abusive', 'Keep your hands off our money you greedy parasites'],
    ['abusive', 'honestly hope the whole place burns down'],
    ['abusive', 'shut ur mouth u absolute melt'],
    ['abusive', "he's a smug little weasel"],
    ['spam', '💰 $500 to the first 100 people who DM me WIN 💰'],
    ['spam', 'Grab your Xmas hampers now! Limited stock, order via my page'],
    ['spam', "Hi, I'm a single dad looking for friendship, message me"],
    ['safeguarding', 'a teacher has a secret instagram and follows loads of the girls'],
    ['safeguarding', 'someone online told her to delete her messages so her mum would not see'],
    ['safeguarding', 'hiii 😘 u seem mature for ur age, wanna be friends?'],
    ['safeguarding', "I've been feeling really low and keep thinking about ending it"],
    ['safeguarding', "he hasn't been in for three weeks and no one is answering the door"],
    ['safeguarding', 'the boys are passing round a video of a girl in the changing rooms'],
    ['safeguarding', 'the coach keeps him behind on his own after training'],
    ['abusive', 'Ur a joke mate, crawl back under your rock'],
    ['abusive', 'if that teacher puts her hands on my son again she’ll regret it'],
    ['spam', 'Hello I am Dr James, a UN doctor in Yemen, I would like to know you more'],
    ['safeguarding', 'my mums boyfriend hurt me last night and i have marks on my arm'],
    ['safeguarding', 'she keeps saying she is going to take all her tablets'],
    ['safeguarding', 'the club leader keeps taking pictures of the girls on his own phone'],
    ['safeguarding', 'older kids are paying year 7s to deliver packages after school'],
    ['safeguarding', 'wanna swap pics? u can trust me 😉'],
    ['safeguarding', 'my friend has been self harming and her parents have no idea'],
    ['safeguarding', 'he came in bruised again and says he fell'],
    ['safeguarding', 'that caretaker is a known paedophile'],
    ['abusive', "Mr Asante you're a pathetic little man"],
    ['safeguarding', "he hasn't eaten a proper meal in days, his mum's drinking again"],
    ['abusive', 'The head is a gutless yes-man'],
    ['abusive', "Mrs Tanner's a miserable old bag"],
    ['abusive', 'Complete morons in charge of admissions'],
    ['spam', 'Earn from home as a beauty consultant, flexible hours, message me to join my team'],
    ['spam', 'I need 10 mums to try my new skincare range for FREE, just pay postage'],
    ['abusive', 'The head is a complete waste of space, should be ashamed of herself'],
    ['abusive', 'Mrs Yeo you are a vile woman and everyone at the gate knows it'],
    ['abusive', 'Head teacher needs a good slap'],
    ['abusive', 'Keep talking down to my kid and see what happens'],
    ['abusive', 'Someone should key that head teacher’s car'],
    ['abusive', 'Mr Asante is a spineless coward'],
    ['abusive', 'Go back to your own country'],
    ['abusive', 'Mrs Asante is a joke of a teacher and a nasty piece of work'],
    ['abusive', "he's a smug little weasel"],
    ['abusive', 'ur all scum'],
    ['abusive', 'wish the head would just drop dead'],
    ['spam', 'Made £6k last month trading from my bedroom, ask me how 👇'],
    ['spam', 'Selling cheap Ozempic, no prescription needed'],
    ['spam', 'Family-run removals company, competitive prices, call for a quote'],
    ['spam', "I'm giving away £1000 to the first 50 people who comment 'me'!"],
    ['spam', 'Want to grow your page? Real followers, fast delivery 🚀'],
    ['spam', 'Earn up to £300 daily from your phone, inbox me for info'],
    ['spam', 'Hi dear, I am looking for a serious relationship, message me on telegram'],
    ['spam', 'BUY 1000 INSTAGRAM LIKES ONLY £5 www.likeboost-example.net'],
    ['spam', 'Huge giveaway!! Follow and share to win an iPad'],
    ['spam', 'Need a loan fast? Bad credit OK 👉 quickcash-example.uk'],
    ['spam', 'Invest £250 today and receive £2500 in 7 days, guaranteed returns'],
  ])('labels as %s the invented reply %j', (label, text) => {
    expect(classify(text).labels).toContain(label);
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
    'Hit me up if anyone wants to car share to the away match',
    'Is the cake sale still on with the weather warning?',
    'My daughter comes home starving because the lunch portions are tiny, please look at it',
    'Can we keep it a secret from the kids until the day? Surprise assembly 🎉',
    "Somebody's car is always parked across the gates at pick up, it's dangerous",
    'The one-way system at pick up is a joke, it took me 25 minutes to get out',
    "Bloody hell that's a lot of trophies, well done all",
    "Let's wait and see what happens with the weather before cancelling",
    "The playground is a disgrace, it's been flooded for a month",
    'At 11am the school fell silent to remember those who gave their lives in service',
    'Our coat swap rail is by the office: take what you need, no questions asked',
    'We are looking for a new Parent Governor, no experience needed, forms from the school office',
    'Congratulations to this week’s Gold Award winners in Year 1!',
    'Year 1 made paper snakes 🐍 for Lunar New Year',
    'Anne Frank Trust ambassadors from Year 9 led assembly today',
    'The farm trip was amazing, there are pigs, cows and sheep to feed',
    'Our class pet is a rat called Nibbles 🐀',
    'Year 2 are learning about toads and slugs in the wildlife garden',
    'Is the snake in the science lab still alive?',
    'Our Robin is a proper little mug collector after the pottery class',
    'I want to die of embarrassment, I wore odd shoes to parents evening 😂',
    "Can't do it anymore, the school run traffic is unreal 😂",
    "I don't feel safe driving on that road with the potholes",
    'Please can parents stop asking the kids to come over the road before the lollipop man says',
    'The Year 11s were out till 10pm at prom, hope they had a ball',
    'The kids are always so hungry after swimming, pack extra snacks!',
    'Can you message me the dates for the residential please?',
    'Everyone ignore the spam comments on this post please',
    'What a game! Our little ones were brilliant',
    'My daughter needs to take her tablets at lunchtime, who do I give them to?',
    'Year 7s can go back to school on Monday after the flood',
    'Our under 11s will knock them out of the cup next week 💪',
    'Selling two pairs of school trousers age 9-10, £3 each',
    'Book parents evening on www.ourschool.sch.uk before Friday',
  ])('leaves %j visible', (text) => {
    expect(classify(text).labels).toEqual([]);
  });

  it('points at the words that triggered a label', () => {
    const text = 'I know where you live Mr Sharp';
    const finding = classify(text).findings.find((f) => f.category === 'abusive');
    expect(text.slice(finding!.span![0], finding!.span![1])).toBe('I know where you live');
  });
});
