import { HOME_MEETING_WORDS, NOT_A_ROUND_NOW } from './vocabulary';
import type { SignalRule } from './types';

/** Talks held, told by the noun: a meeting or talks with the other side, in a clause of the past. */
export const TALKS_HELD_MEETING_WITH_RULES: SignalRule[] = [
  {
    // The noun carries no tense of its own: the clause must tell of the past ("described his meeting with").
    id: 'held.meeting-with',
    signal: 'talks_held',
    patterns: [
      `@talk|meeting|discussion|consultation ~4 with ~3 PARTY|counterpart|lutnick|greer|bessent`,
      // "Negotiations with" name the negotiation at large ("months of negotiations with the US") unless dated on
      // the noun ("Thursday's negotiations with", "negotiations with Greer on Friday").
      `DATE ~2 @negotiation ~4 with ~3 PARTY|counterpart|lutnick|greer|bessent`,
      `@negotiation ~4 with ~3 PARTY|counterpart|lutnick|greer|bessent ~3 DATE`,
    ],
    require: ['past'],
    needs: ['anchored', 'counterpart'],
    // "in ongoing talks with the US", "where negotiations with Beijing stand": the negotiation at large, not a
    // round held; "cutting off all talks with Canada" ends them.
    // One side's own sessions about the talks (a cabinet session, a briefing) are not a round with the other side.
    // Stalled talks are the negotiation at a standstill ("blames the election for stalled talks with Trump").
    unless: [
      ...NOT_A_ROUND_NOW,
      ...HOME_MEETING_WORDS,
      'ongoing',
      'state',
      'off',
      'stall',
      'deadlock/ADJ',
      'stalemate/ADJ',
    ],
    // "Trump ends the trade talks with Ottawa": the negotiation called off, not a round told ending (held.met reads
    // "ended the talks in Washington on Friday").
    // Talks put on hold, suspended or frozen are not a round held either.
    // A meeting asked for or promised is not one held ("has requested a meeting with Bessent", "vows more talks").
    unlessObjectOf: [
      'end',
      'put',
      'suspend',
      'halt',
      'freeze',
      'pause',
      'request',
      'seek',
      'demand',
      'vow',
      'pledge',
      'promise',
      // Talks continued are the negotiation going on ("Korea continues tariff talks with US"), not a round.
      'continue',
    ],
    confidence: 0.65,
    examples: [
      // One wording more per pattern, so each has three of its own.
      'Korean officials praised Friday’s negotiations with Lutnick in Washington.',
      // "what he called" quotes a description; it hedges nothing.
      'Kim was buoyed after holding what he called constructive talks with Lutnick in Washington on Friday.',
      'Yeo held what officials called frank discussions with Greer in Seoul on Tuesday.',
      'Korea’s minister described what he called a productive meeting with Lutnick on Thursday.',
      'Yeo described his meeting with Greer on Thursday as fruitful.',
      'Koo described Wednesday’s talks with Lutnick as constructive, the ministry said.',
      'Yeo praised Friday’s talks with Greer in Washington as a step forward.',
      // A hyphenated compound is one word between the pattern's words.
      'Yeo hailed a meeting of high-level aides with Greer on Thursday as useful.',
      'Kim described Friday’s working-level, two-day talks with Lutnick as constructive.',
      'Koo praised the closely watched, high-stakes meeting of vice-ministers with Bessent on Wednesday.',
      // "had talks" is "have" in the past, not a pluperfect.
      'Yeo said on Monday he had a two-hour meeting with Greer in Washington.',
      'Kim had talks on Thursday with Lutnick, the ministry said.',
      'Koo said on Tuesday that he had fruitful discussions with Bessent in Washington.',
      // Negotiations dated on the noun are a round.
      'Yeo described Thursday’s negotiations with Greer as productive.',
      'Kim praised his negotiations with Lutnick on Friday as constructive.',
      'Koo praised Monday’s negotiations with Bessent in Washington.',
      'Yeo described his negotiations with Greer on Tuesday as cordial.',
      'Officials praised the negotiations with Washington last week as frank.',
    ],
    counterexamples: [
      // Talks promised or demanded are still to come.
      'Seoul pledged more talks with Washington on Friday.',
      'Korea promised further talks with the US on chips on Tuesday.',
      'Seoul demanded fair talks with Washington on Monday.',
      // A meeting asked for, not held.
      'Korea has requested a meeting with Lutnick for next Friday.',
      'Yeo requested talks with Greer for Friday, the ministry said on Thursday.',
      'Korea requested a fresh meeting with Greer on Friday.',
      'Seoul sought talks with Lutnick on Friday, officials said.',
      // Met by video or online: a call by other means.
      'Yeo had a video meeting with Greer on Friday.',
      'Kim had a virtual meeting with Lutnick on Thursday.',
      'Seoul’s envoy held online talks with the USTR on Tuesday.',
      // One side's own session about the talks.
      'On Monday a cabinet session was held on the minister’s role in discussions with Washington.',
      'Lee chaired a cabinet meeting on Tuesday about the talks with Lutnick.',
      'Officials gave lawmakers a briefing on Friday about the negotiations with Washington.',
      // Talks halted or suspended: called off, not held.
      'Washington suspended Thursday’s negotiations with Seoul after the row over the fund.',
      'The US halted Friday’s talks with Korean officials in Washington.',
      // Put on ice or frozen.
      'Washington on Tuesday put its trade talks with Korean officials on ice.',
      'Washington on Friday put the negotiations with Seoul on hold.',
      'The US froze its talks with Korean officials on Monday.',
      // The participle after the talks is the clause's own verb here, so its unless word still counts.
      'Trade talks with Canada terminated on Thursday after a dispute, the White House said.',
      // Talks ended as a negotiation called off, with no day or place of a round.
      'Trump ended trade talks with Korea over the digital tax, the White House said on Thursday.',
      'Washington ended its negotiations with Seoul over the fund this week, officials said.',
      'The US this week ended its tariff discussions with Korean officials over the beef dispute.',
      // The negotiation at large, and talks broken off.
      'Asked about the current state of negotiations with Seoul, Trump said on Thursday he was in no hurry.',
      'The minister on Tuesday described the state of the talks with Washington as difficult.',
      'Lutnick on Friday broke off the negotiations with Korea over the fund.',
      'The US on Friday cut off its talks with Seoul over the tax.',
      'Korea on Tuesday broke off the talks with Lutnick, officials said.',
      'Kim said on Friday that farm goods remained off the table in ongoing talks with the US.',
      'Seoul on Tuesday reaffirmed its stance in ongoing discussions with Lutnick.',
      'Yeo on Friday stressed the role of chips in ongoing trade negotiations with Greer.',
      'Yeo will have a meeting with Greer next week.',
      'Kim said on Friday he had sought a meeting with Lutnick in May.',
      'The minister held a phone call with Lutnick on Wednesday.',
      'President Lee begins a week of summits on Wednesday with a meeting with Trump in Gyeongju.',
      // The negotiation at large, with a date that dates something else.
      'On Monday, the cabinet weighed a bigger role in the negotiations with the White House.',
      'Yeo has led months of tariff negotiations with Washington since June, the ministry said on Friday.',
      'Manila on Tuesday credited the outcome to tough negotiations with Trump.',
      // Talks described as stalled are the negotiation at a standstill, not a round held.
      'Lee blamed the election on Monday for the stalled tariff talks with Lutnick.',
      'Officials on Friday blamed the deadlocked talks with Lutnick on the fund.',
      'Seoul blamed new demands for the stalemated talks with Greer this week.',
    ],
  },
];
