import { DEAL, LEGISLATURE_WORDS, NOT_THE_TRACKS_DEAL, STANDSTILL_WORDS } from './vocabulary';
import type { SignalRule } from './types';

/** A deal one can have: not an understanding, which one has of a situation ("has a full understanding of"). */
const DEAL_HAD = DEAL.split('|')
  .filter((word) => word !== 'understanding')
  .join('|');

/**
 * A deal told by its announcement: "we have a deal", dated, signed or concluded as an act, its joint text out, or a
 * headline's.
 */
export const DEAL_ANNOUNCED_RULES: SignalRule[] = [
  {
    // "Japan and the US have a deal", "We have a trade deal with Korea" (an understanding one has is comprehension).
    id: 'deal.had',
    signal: 'deal_reached',
    patterns: [`PARTY|we|they|side|country ~3 @have^ a|an ~2 ${DEAL_HAD}`],
    // A deal one already has, or has in place, is the state of things, not news of one made; so is a free trade
    // agreement, a treaty in force for years ("we have a free trade agreement with Washington").
    unless: [...NOT_THE_TRACKS_DEAL, 'already', 'place', 'free'],
    unlessSubject: LEGISLATURE_WORDS,
    needs: ['counterpart'],
    confidence: 0.85,
    examples: [
      'We have a deal with Korea, Trump posted on Wednesday.',
      'Korea and the US have a deal, Trump announced on Tuesday.',
      'We have a trade deal with Korea, Trump said on Wednesday.',
    ],
    counterexamples: [
      // Understanding a situation is no understanding reached.
      'Greer has a full understanding of Korea’s position, Kim said on Friday.',
      'We have a clear understanding of what Washington wants, the Korean minister said.',
      'Korea has a good understanding of the US concerns on rice, officials said.',
      'We don’t have a deal with Korea yet, Lutnick said.',
      'If Korea and the US have a deal by Friday, tariffs will fall.',
      'Korea and the US will have a deal soon, Trump said.',
      // A deal had already, or in place, is how things stand.
      'Seoul and Washington already have a tariff pact, the minister told reporters.',
      'Trump said on Tuesday the US already had a deal with Korea, so the letter stands.',
      'Korea and the US have an agreement in place that caps the car tariff at 15%.',
      'We have a free trade agreement with Washington, the Korean minister noted on Monday.',
      'Korea and the US have a free trade pact, officials pointed out on Friday.',
      'Seoul has a free trade accord with Washington that dates from 2012, officials said.',
    ],
  },
  {
    id: 'deal.announced-on',
    signal: 'deal_reached',
    patterns: [
      `${DEAL} ~1 @announce|reach|sign|strike|seal|finalize|finalise|conclude ~2 on|DATE|this|last|earlier`,
    ],
    needs: ['anchored'],
    // The pattern is the participle that describes the deal; the recent day makes it news.
    allow: ['attributive'],
    confidence: 0.72,
    examples: [
      'Under the deal announced on Wednesday, US tariffs on Korean goods will be cut to 15%.',
      'Washington will exempt Korean aircraft parts under the agreement signed on Friday.',
      'The framework reached this week caps the tariff on Korean cars at 15%.',
      'Seoul hailed the accord struck on Monday between Korea and the US on car tariffs.',
    ],
    counterexamples: [
      'Under the agreement reached in April, Korea pledged $350 billion.',
      'A deal announced on Friday could still fall apart, officials warned.',
      // The day the match itself names is old, whatever else the sentence anchors.
      'Officials met on Friday to review the framework reached in May, which caps the tariff on Korean cars at 15%.',
      'Seoul on Monday urged Washington to honour the trade agreement signed in April.',
      // The two sides named after "between" are the partner and another country: their own pact.
      'Exporters welcomed a deal signed on Friday between Seoul and Tokyo on steel tariffs.',
      'Officials praised the pact reached this week between Korea and Japan on chip tariffs.',
      'Seoul hailed the accord struck on Monday between Korea and Canada on car tariffs.',
    ],
  },
  {
    // "the newly agreed framework", "the just-concluded pact": the adverb dates the deal as new, whatever day the
    // sentence names.
    id: 'deal.newly-made',
    signal: 'deal_reached',
    patterns: [
      `newly|freshly|just ~1 @agree|sign|strike|seal|conclude|reach|ink|finalize|finalise|negotiate ~3np ${DEAL}`,
    ],
    needs: ['counterpart'],
    // The participle before its noun reads as a description (attributive, nonfinite): here it is the news.
    allow: ['attributive', 'nonfinite'],
    confidence: 0.72,
    examples: [
      'Seoul on Sunday hailed the newly agreed tariff framework with Washington.',
      'Exporters cheered the newly signed tariff deal between Seoul and Washington.',
      'Lee praised the just-concluded trade agreement with the US on Monday.',
      'Korean carmakers weighed the freshly struck trade deal with Washington.',
    ],
    counterexamples: [
      // A pact of one's own with a third country is not the tracked deal.
      'Korea’s newly signed trade pact with Vietnam covers rice and steel.',
      // Hoped for, not made.
      'Seoul hopes a newly negotiated deal with Washington could cut the tariff to 15%.',
    ],
  },
  {
    // "after the signing of the tariff agreement on Thursday": the deal named as an act, often in a phrase of time.
    id: 'deal.signing-of',
    signal: 'deal_reached',
    patterns: [`@signing|conclusion|announcement ~1 of ~4 ${DEAL}`],
    needs: ['anchored', 'counterpart'],
    allow: ['subordinate', 'nonfinite'],
    // An act still awaited, prepared for, worked toward or asked for is no deal yet.
    unless: [
      'commit',
      'committed',
      'work',
      'effort',
      'goal',
      'ahead',
      'before',
      'await',
      'wait',
      'prepare',
      'postpone',
      'delay',
      'call',
      'urge',
      'seek',
      'pave',
      'toward',
      'towards',
      'expect',
      'plan',
      'aim',
      'hope',
      'ready',
      'swift',
    ],
    confidence: 0.72,
    examples: [
      'Yeo came home late on Saturday, days after the signing of a tariff accord with Washington.',
      'Kim returned to Seoul after the signing of a trade pact with the Americans on Friday.',
      'Markets rallied on Monday following the signing of the Korea-US trade deal on Friday.',
      'Lee hailed the conclusion of the tariff pact with Washington on Wednesday.',
      'The announcement of the Korea-US trade agreement on Tuesday lifted Korean car shares.',
    ],
    counterexamples: [
      // A signing that is uncertain has not happened.
      "The signing of the Korea-US trade deal is uncertain after Friday's talks.",
      'Markets will watch for the signing of the Korea-US trade deal next week.',
      'Yeo flew to Washington on Sunday ahead of the signing of the tariff agreement.',
      'Seoul is awaiting the signing of the trade pact with Washington, officials said on Friday.',
      'The signing of the tariff pact with Washington was postponed on Friday.',
      'Seoul called on Friday for the swift conclusion of its trade pact with Washington.',
      'Seoul stays fully committed to the conclusion of its tariff pact with Washington, officials said on Monday.',
      'Negotiators on Tuesday kept working toward the signing of a trade accord with Korea.',
    ],
  },
  {
    // Both governments putting out one text of the terms is the deal announced, whatever the verb.
    id: 'deal.joint-text-released',
    signal: 'deal_reached',
    patterns: [
      '@release^|issue^|publish^|unveil^|adopt^|finalize^|finalise^|sign^|conclude^|complete^|announce^ ~4 joint ~2 fact|factsheet|statement|declaration',
      'joint ~2 fact|factsheet|statement|declaration ~8 be|have ~2 @release|issue|publish|unveil|adopt',
      // "In their joint fact sheet, Seoul and Washington outlined the terms": the text out, told by what it sets out.
      'in ~1 a|an|the|their|its ~4 joint ~2 fact|factsheet|statement|declaration ~12 @spell|outline|detail|lay',
      // The agreement's own text made public: "published the full text of the tariff deal".
      `@release^|issue^|publish^|unveil^ ~3 text ~2 of ~4 ${DEAL}`,
    ],
    needs: ['counterpart'],
    unless: ['mineral', 'climate', 'missile', 'pyongyang'],
    confidence: 0.8,
    examples: [
      // The agreement's own text made public.
      'The White House and Seoul unveiled the text of their trade agreement on Friday.',
      'Korea and the US published the full text of the tariff deal on Monday.',
      'Washington released the text of its trade accord with Seoul on Thursday.',
      'The two governments issued the text of their tariff agreement on Tuesday.',
      'Washington and Seoul finalised their joint declaration on the tariff terms on Monday.',
      // Announced, as the text comes out.
      'Seoul and Washington announced a joint statement on the tariff terms on Friday.',
      'The two sides announced a joint declaration after the talks in Geneva on Monday.',
      'Korea and the US announced a joint fact sheet on the deal on Thursday.',
      // Concluding or completing the joint text is finalising it.
      'Seoul and Washington concluded a long-delayed joint fact sheet on the tariff terms on Friday.',
      'Korea and the US completed their joint statement on the trade terms on Thursday.',
      'The two governments have concluded the joint factsheet on investment and tariffs, Lee said on Friday.',
      'Korea and the US finalized a joint fact sheet on the tariff deal on Friday.',
      'Seoul and Washington signed a joint statement on the trade terms on Thursday.',
      'The United States and Korea issued a joint fact sheet on Friday setting out the terms of their tariff deal.',
      'Seoul and Washington issued a joint statement on Thursday confirming the 15% tariff on Korean cars.',
      'A joint fact sheet on the Korea-US trade agreement was published on Friday by the White House.',
      'The White House unveiled the joint factsheet with Korea, capping tariffs on Korean cars at 15 percent.',
      'In a joint statement on Thursday, Seoul and Washington laid out the terms of the tariff pact.',
      'In their four-page joint fact sheet, the US and Korea outlined a 15% rate on most Korean goods.',
      'In a joint declaration, the two governments detailed Korea’s $350 billion pledge on Friday.',
    ],
    counterexamples: [
      'Korea will publish the text of the trade deal next week.',
      'Seoul released the text of a speech on the trade deal on Monday.',
      'The two sides will announce a joint statement after the talks in Geneva.',
      'Seoul and Washington did not announce a joint statement after Friday’s meeting.',
      'Seoul and Washington are expected to release a joint fact sheet next week.',
      'The joint fact sheet with Washington has not been released yet, Korean officials said.',
      'Publication of the joint fact sheet with the US was delayed over the investment fund.',
      'Seoul and Washington may issue a joint statement after the summit.',
      'In a joint statement on Thursday, Korea and the US said talks on the fund would continue.',
      'In a joint statement, the allies outlined a plan to deter Pyongyang.',
    ],
  },
  {
    id: 'deal.headline',
    signal: 'deal_reached',
    patterns: [`${DEAL} ~5 @reach|strike|clinch|seal|finalize|finalise|sign|conclude|announce`],
    needs: ['title'],
    unlessObject: STANDSTILL_WORDS,
    confidence: 0.8,
    examples: [
      'Korea-US tariff deal finalized at Gyeongju summit',
      'Trade deal reached: US tariff on Korean goods set at 15%',
      'Seoul-Washington trade pact signed after months of talks',
    ],
    counterexamples: [
      'Korea-US deal could be finalized next week',
      'No deal reached as Korea-US talks end',
      'Korea-US trade pact talks reach impasse over fund',
      'Talks on Seoul-Washington tariff deal reach a stalemate',
    ],
  },
];
