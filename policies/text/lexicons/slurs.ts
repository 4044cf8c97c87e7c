// Slurs: words that demean people for disability, race, religion, sexuality or ethnicity.
// Offensive on any account (§3) and insensitive too, because they mock a protected group.
import type { ProfanityFamily } from './profanity.ts';

export const SLURS: ProfanityFamily[] = [
  { word: 'retard', endings: 'ed|s', reason: 'disability slur' },
  { word: 'spastic', endings: 's', reason: 'disability slur' },
  { word: 'spaz', endings: 'zy|zes|z', reason: 'disability slur' },
  { word: 'spac', endings: 's', reason: 'disability slur' },
  { word: 'mong', endings: 's|oloid', reason: 'disability slur' },
  { word: 'paki', endings: 's', reason: 'racist slur' },
  { word: 'muzzie', endings: 's', reason: 'anti-Muslim slur' },
  { word: 'muzzy', endings: '', reason: 'anti-Muslim slur' },
  { word: 'nigger', endings: 's', reason: 'racist slur' },
  { word: 'nigga', endings: 's', reason: 'racist slur' },
  { word: 'chink', endings: 's', reason: 'racist slur', maskedOnly: true },
  { word: 'wog', endings: 's', reason: 'racist slur' },
  { word: 'coon', endings: 's', reason: 'racist slur', maskedOnly: true },
  { word: 'gyppo', endings: 's', reason: 'anti-Traveller slur' },
  { word: 'pikey', endings: 's', reason: 'anti-Traveller slur' },
  { word: 'faggot', endings: 's', reason: 'homophobic slur' },
  { word: 'fag', endings: 's|got', reason: 'homophobic slur', maskedOnly: true },
  { word: 'dyke', endings: 's', reason: 'homophobic slur', maskedOnly: true },
  { word: 'tranny', endings: '', reason: 'transphobic slur' },
  { word: 'gay', endings: '', reason: 'disguised "gay" used as an insult', maskedOnly: true },
];

/** Plain words that are only slurs in a demeaning frame ("such a gay", "like a bunch of spastics"). */
export const SLUR_FRAMES = [
  {
    pattern: "(?:such a|so|that's|proper|well|you) gay(?! (?:pride|rights|marriage|couples?|parents?))",
    reason: '"gay" used as an insult',
  },
  {
    pattern: 'gypsies (?:nicking|stealing|everywhere)|go back to (?:where you came from|your own country)',
    reason: 'hostile stereotype of an ethnic group',
  },
];
