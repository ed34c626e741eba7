import { DEAL, LEGISLATURE_HOLDS, MEETING, SECURITY_TALKS, SETTLED } from './vocabulary';
import type { SignalRule } from './types';

/** Talks put on ice or sinking, a deal out of reach, and what blocks it: the impasse told in images. */
export const NO_BREAKTHROUGH_IMPASSE_RULES: SignalRule[] = [
  {
    // An offer turned down: the other side said no, the round did not close (the offer itself is a proposal).
    id: 'no-breakthrough.offer-rejected',
    signal: 'no_breakthrough',
    patterns: [
      '@proposal|offer|counterproposal|counteroffer|proposition ~10 be ~2 reject|rebuff|dismiss|refuse|decline',
      '@proposal|offer|counterproposal|counteroffer|proposition ~10 be ~2 turn ~1 down',
      '@reject^|rebuff^|dismiss^|refuse^|decline^ ~4 proposal|offer|counterproposal|counteroffer|proposition',
      '@turn^ ~1 down ~4 proposal|offer|counterproposal|counteroffer|proposition',
    ],
    forbid: ['negated', 'hedged'],
    needs: ['counterpart'],
    unless: [...SECURITY_TALKS, 'union', 'shareholder', 'bid'],
    confidence: 0.7,
    examples: [
      'Washington rejected Seoul’s latest offer on rice on Thursday, officials said.',
      'An offer of Korean shipyard access in return for lower car tariffs was rejected by the White House.',
      'The US turned down Korea’s counterproposal on the fund at the talks in Washington on Friday.',
      'Seoul’s proposal to cap the cash share was rebuffed by Lutnick during Monday’s meeting.',
    ],
    counterexamples: [
      'Washington did not reject Seoul’s offer on rice, officials said on Thursday.',
      'The US may reject Korea’s counterproposal on the fund, an official warned.',
      'The union rejected the shipbuilder’s wage offer on Friday.',
    ],
  },
  {
    // Talks or a deal that stopped moving: frozen, "on ice", bogged or mired, sputtering, languishing.
    id: 'no-breakthrough.on-ice',
    signal: 'no_breakthrough',
    patterns: [
      `${DEAL}|${MEETING}|effort|bid|push ~10 @bog^|mire^|sputter^|languish^`,
      // Frozen as a state, not "talks on a tariff freeze".
      `${DEAL}|${MEETING} ~10 be ~2 @freeze^`,
      `${DEAL}|${MEETING} ~8 @on ~1 ice`,
    ],
    // A state that has lasted: "frozen since March".
    allow: ['recap'],
    forbid: ['pluperfect', 'negated'],
    needs: ['counterpart'],
    // A legislature holding back a deal's approval is its own step at home, not talks stuck ("Readers disagree").
    unless: [...SETTLED, ...SECURITY_TALKS, 'resume', 'revive', 'thaw', 'unfreeze', ...LEGISLATURE_HOLDS],
    confidence: 0.7,
    examples: [
      'Talks on a trade pact between Seoul and Washington have bogged down over farm goods, officials said.',
      'A planned tariff accord linking Seoul and Washington has become bogged down over the cash share.',
      'Korea’s talks with the US remain mired in disputes over beef, officials said Monday.',
      'The trade deal with Washington is mired in a row over the fund, Seoul’s officials said.',
      'Seoul’s push for a lower US tariff on steel has sputtered, officials said on Wednesday.',
      'Negotiations on the tariff framework with Washington have languished for weeks, Seoul said.',
      'Talks on the tariff pact between Seoul and Washington have been frozen since March, officials said on Friday.',
      'The trade negotiations with the US have been on ice for weeks, Korean officials said on Monday.',
      'Seoul put its talks with Washington on the fund on ice after the raid, officials said.',
    ],
    counterexamples: [
      'Talks on a tariff freeze between Seoul and Washington were held on Monday.',
      'Talks with Washington, frozen since March, resumed on Monday with a new offer from Seoul.',
      'The deal with the US had languished for months before it was signed in May.',
      'Talks with Washington on troop costs have been frozen since spring.',
      'Shipments to the US have been on ice since the tariff took effect, exporters said.',
      // A legislature holding back its approval.
      'Korean lawmakers put the tariff deal with Washington on ice on Tuesday.',
      'The trade pact with the US was put on ice by lawmakers in Seoul over the fund dispute.',
      'Opposition lawmakers in Seoul have put the investment pact with the US on ice.',
      'The parliament in Seoul put the trade pact with Washington on ice over the currency row.',
      'Seoul’s tariff accord with the US is on ice in parliament after the opposition walked out.',
      'Parliament put the tariff agreement with Washington on ice on Friday.',
      'The National Assembly put the tariff accord with the US on ice on Monday.',
      'The tariff deal with Washington sits on ice in the assembly, officials said.',
      'The assembly’s trade committee put the US tariff pact on ice on Thursday.',
    ],
  },
  {
    // A deal out of reach or not near, a round that fell short of one, sides that parted without one.
    id: 'no-breakthrough.out-of-reach',
    signal: 'no_breakthrough',
    patterns: [
      // Whatever the verb: "remains", "slipped", "moved" out of reach.
      `${DEAL}|cut|reduction|relief|exemption|breakthrough ~8 @out ~1 of ~1 reach`,
      `@fall^ ~2 short ~1 of ~3 ${DEAL}|breakthrough|consensus|settlement`,
      `@part^ ~5 without|no ~3 ${DEAL}|breakthrough|settlement|consensus`,
      'no ~2 @meeting ~1 of ~2 mind',
    ],
    allow: ['negated'],
    forbid: ['pluperfect'],
    needs: ['counterpart'],
    unless: ['resolve', 'overcome', ...SECURITY_TALKS, 'once', 'within'],
    confidence: 0.7,
    examples: [
      // Parted "ways", with the day or the place between.
      'The US and Korea parted ways on Friday with no deal on autos.',
      'The two delegations parted ways in Geneva on Monday without a consensus on tariffs.',
      'Yeo and Lutnick parted late on Tuesday with no agreement on the fund.',
      'A cut in the US tariff on steel remains out of reach for Seoul, officials said on Friday.',
      'A deal with Washington slipped out of reach this week, Korean officials said on Friday.',
      'An exemption for Korean chips from the US levy moved out of reach after the call with Lutnick.',
      'The latest round of Korea’s tariff talks with Washington fell short of an agreement on Tuesday.',
      'The talks with Washington fell short of a deal on Friday, Seoul said.',
      'Negotiations between Seoul and Washington have fallen just short of a breakthrough, officials said.',
      'Korea’s trade minister and the US Trade Representative parted without an accord on Tuesday.',
      'The two delegations parted ways with no deal on autos, the ministry in Seoul said.',
      'Seoul and Washington parted without a settlement on the fund after two days of talks.',
      'There was no meeting of minds with Washington on the chip levy, Seoul’s minister said after the talks on Monday.',
      'Officials said there had been no real meeting of minds with the US on rice this week.',
      'No meeting of the minds emerged from Friday’s round with Greer, Yeo said.',
    ],
    counterexamples: [
      'A deal with Washington that once seemed out of reach was signed on Friday.',
      'A tariff deal with the US is now within reach, Yeo said on Monday.',
      'Exports to the US fell short of forecasts in June, the ministry said.',
      'Seoul and Washington parted with a deal in hand on Friday.',
    ],
  },
  {
    // What blocks the deal, named as such; a gap that is hard to bridge; neither side giving way.
    id: 'no-breakthrough.obstacle',
    signal: 'no_breakthrough',
    patterns: [
      `be|remain ~4 @obstacle|hurdle|barrier|impediment ~2 to|in|for|before ~4 ${DEAL}|${MEETING}|PARTY`,
      'bridge|close|narrow ~4 gap|difference|divide|gulf ~6 @prove^|remain^|be ~2 difficult|hard|tough|elusive|challenging',
      'neither ~1 @side|party|government|team ~3 budge|yield|compromise|bend|blink|give',
      '@dig^ ~1 in',
    ],
    forbid: ['pluperfect', 'negated', 'conditional'],
    needs: ['counterpart'],
    unless: [...SETTLED, ...SECURITY_TALKS, 'remove', 'clear', 'lift', 'eliminate', 'no'],
    confidence: 0.68,
    examples: [
      'Rice remains the main obstacle to a tariff deal between Seoul and Washington, officials said on Monday.',
      'Autos are still the biggest hurdle in Korea’s tariff talks with the US, Yeo said.',
      'Farm access is the last barrier to a trade pact with Washington, Seoul’s negotiator said.',
      'Bridging the gap with Washington on chip tariffs has proved difficult, Seoul said on Wednesday.',
      'Closing the differences with the US on rice remains hard, the minister said.',
      'Narrowing the gaps with Washington on the fund is proving tough, Seoul’s negotiator said.',
      'Neither side budged at Monday’s tariff talks between Washington and Seoul, officials said.',
      'Seoul and Washington dug in on Monday over digital rules in their tariff talks.',
      'Neither team blinked in Washington at Friday’s round of tariff talks, Seoul’s negotiator said.',
      'Neither government has given ground in the tariff talks between Washington and Seoul.',
      'Seoul dug in its heels against the US demand for cash in the talks on Friday.',
      'Both Seoul and Washington are digging in on autos as the tariff talks drag on.',
    ],
    counterexamples: [
      'Seoul removed the last obstacle to a deal with Washington on Friday.',
      'The last remaining hurdle to the deal with the US was cleared on Monday.',
      'Currency is not an obstacle to an accord with Washington, Kim said.',
      'If Washington digs in on rice, Seoul will walk away from the talks.',
      'Bridging the gap with Washington was not difficult in the end, Yeo said after the signing.',
      'Investors dug in ahead of the Fed meeting as the dollar rose.',
      'Neither side had budged on rice in April, before the deal with Washington was signed.',
    ],
  },
];
