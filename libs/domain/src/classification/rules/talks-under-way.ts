import {
  MEETING,
  MET_WITH_REACTION,
  NOT_A_ROUND_NOW,
  REMOTE_MEETING_WORDS,
  STILL_TO_COME,
} from './vocabulary';
import type { SignalRule } from './types';

/** Talks under way: a round being held, or the sides negotiating or meeting now. */
export const TALKS_UNDER_WAY_RULES: SignalRule[] = [
  {
    // "are holding talks in Geneva today to settle the disputes": a round under way, named, with its aim.
    id: 'held.holding-now',
    signal: 'talks_held',
    patterns: [`be ~1 @hold^ ~3 ${MEETING}`],
    // "have been holding discussions for months": the negotiation going on, not a round under way.
    forbid: ['perfect', 'standing'],
    needs: ['anchored', 'counterpart'],
    unless: [...STILL_TO_COME, 'phone', 'call/NOUN', ...REMOTE_MEETING_WORDS, 'press/NOUN'],
    unlessObject: ['company', 'firm', 'exporter', 'industry', 'automaker'],
    confidence: 0.65,
    examples: [
      'Senior Korean and US officials are holding talks in Geneva on Sunday.',
      'Yeo and Greer are holding a meeting in Washington today on the car tariffs.',
      'Negotiators from both countries are holding discussions in Geneva this week to narrow their gaps.',
    ],
    counterexamples: [
      'Korea and the US are holding talks in Seoul next week.',
      'Yeo is holding a phone call with Greer on Monday.',
      // A round held by video or online is a call by other means.
      'Yeo and Greer are holding virtual talks today on the car tariffs.',
      'Korean and US negotiators are holding online meetings this week.',
      'Trade officials of both countries are holding talks virtually this week.',
      'Korean officials are holding a press conference on the US tariffs today.',
      'Korean ministries have been holding meetings with domestic companies this week to weigh the US tariffs.',
      'Seoul is holding talks with its exporters today on the 25% US tariff.',
      'Seoul and Washington have been holding talks on the fund for months, officials said on Monday.',
      'The ministry is holding meetings with local firms today on the US levy.',
    ],
  },
  {
    // Talks under way: the verb in the progressive ("are negotiating intensively with").
    id: 'held.negotiating-now',
    signal: 'talks_held',
    patterns: [
      '@negotiate|discuss ~3 intensively|detail|closely|with',
      // "are meeting in Seoul this week": the progressive of a round under way.
      'be ~1 @meet^ ~3 in|with|this|today',
    ],
    needs: ['anchored', 'counterpart'],
    // "Still negotiating" is the negotiation going on, not a round (shared/news: "still negotiating", "ongoing").
    unless: [...NOT_A_ROUND_NOW, ...MET_WITH_REACTION, 'still'],
    confidence: 0.65,
    examples: [
      'Korean officials are negotiating intensively with the US side this week, the ministry said.',
      'Yeo is discussing the car tariffs closely with Greer in Washington this week.',
      'Negotiators from Seoul and Washington negotiated closely on Tuesday over the investment fund.',
      'Trade officials from both countries are meeting in Seoul this week, the ministry said.',
      'Yeo is meeting with Greer in Washington today over the remaining issues, the ministry said.',
      'Korean and US negotiators are meeting this week in Geneva, officials said on Tuesday.',
    ],
    counterexamples: [
      // Still negotiating: the negotiation going on.
      'Seoul is still negotiating with Washington over the auto tariff, officials said on Monday.',
      'Korea is still discussing the fund with US officials, the ministry said on Tuesday.',
      'Seoul is still negotiating a lower rate with the US side, the minister said.',
      // A move "met with" a reaction is no meeting under way.
      'The US order sparing Korean chips has been met with relief in Seoul.',
      'The US decision on Korean cars has been met with dismay in Seoul.',
      'The US tariff cut for Korean steel has been met with celebration in Seoul.',
      // Quotation marks round a participle leave it an adjective: a "negotiated" solution is no negotiating.
      'Korea has pursued a “negotiated” solution with the United States, Yeo said on Friday.',
      'Korea still favours a “negotiated” agreement with Washington, the ministry said on Monday.',
      'Seoul has always backed a "negotiated" outcome with Washington, officials said on Tuesday.',
      'Korea will negotiate with the US side next week.',
      'Seoul plans to discuss the tariffs with Washington this month.',
      'Yeo is meeting Greer in Washington next week, the ministry said on Tuesday.',
      'Korean officials will be meeting with US negotiators in Seoul, the ministry said on Tuesday.',
    ],
  },
];
