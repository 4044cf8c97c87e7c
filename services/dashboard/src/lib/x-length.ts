// X counts characters by weight (most emoji and CJK count double, links count 23).
import twitterText from 'twitter-text';

export const X_LIMIT = 280;

export const xWeightedLength = (text: string): number => twitterText.parseTweet(text).weightedLength;
