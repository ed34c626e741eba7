import { DEAL, MEETING, SECURITY_TALKS, SETTLED } from './vocabulary';
import type { SignalRule } from './types';

/** The sides still apart: gaps, differences and sticking points, work left, positions not bridged. */
export const NO_BREAKTHROUGH_GAP_RULES: SignalRule[] = [
  {
    // Positions still apart, or talks stuck: told of the present, so "no longer far apart" is the opposite.
    id: 'no-breakthrough.apart',
    signal: 'no_breakthrough',
    patterns: [
      '@far|wide|miles ~1 apart',
      'sticking|stumbling ~1 point|issue|block ~6 @remain|persist|linger',
      // What still stands in the way of a deal: "one or two issues stood in the way of the pact".
      `@stand ~2 in ~1 the ~1 way ~1 of ~3 ${DEAL}`,
      // ... or the verb first: "the levy is still a sticking point", "rice remains the main stumbling block".
      'be|remain|become|emerge ~3 sticking|stumbling ~1 @point|block',
      // The sides clashing or wrangling over a term: "Seoul and Washington clash over the fund". "Clashes on the
      // border" are fighting: the noun only with what the dispute is over.
      '@clash^|spar^|wrangle^|feud^ ~2 over|on|about',
      '@clash|spar|wrangle|feud ~2 over|about',
      '@talk|negotiation ~6 bog^ ~1 down',
      // "remain divided on the terms", "still disagree over the fund", "the deal remains in limbo".
      'be|remain ~2 @divided|split ~2 on|over|about',
      'still ~1 @disagree ~2 on|over|about',
      // The deal or the talks in limbo, not a partner "left in limbo" by a cancelled meeting.
      `${DEAL}|talk|negotiation ~4 remain|be ~2 in ~1 @limbo`,
      'progress ~8 be|remain ~2 @slow|limited|elusive|sluggish|halting|scant',
      // The talks themselves slow: "are moving slowly", "have proceeded at a snail's pace".
      `${MEETING} ~4 @move^|progress^|proceed^|advance^ ~2 slowly|sluggishly`,
    ],
    forbid: ['pluperfect', 'negated'],
    needs: ['counterpart'],
    // Nothing in the way is no obstacle.
    unless: ['nothing'],
    // Economists or analysts divided over a question are not the sides apart.
    unlessSubject: ['economist', 'analyst', 'expert', 'investor', 'observer', 'lawmaker'],
    confidence: 0.7,
    examples: [
      'Korea and the US still disagree over the fund’s structure, officials said.',
      'The two governments still disagree about the investment terms.',
      'Seoul and Washington remain divided over the currency swap.',
      'South Korea and US clash over investment fund',
      'Seoul and Washington clashed on Monday over the cash share of the fund.',
      'Korean and US negotiators wrangled over rice at the talks in Washington this week.',
      'The two sides are split over the cash share of the fund, officials said on Friday.',
      'Korea and the US remain split on rice, Yeo said.',
      'One or two issues still stand in the way of a tariff deal with Washington, Kim said on Friday.',
      'The fund’s cash share stood in the way of a trade pact with Washington on Monday, officials said.',
      'Rice stands in the way of an agreement between Seoul and Washington, a Korean official said.',
      'Both sides are deeply divided on farm imports, officials said.',
      'The tariff deal with Washington remains in limbo, officials said.',
      'The trade talks with Washington are in limbo after the raid.',
      'Progress remains limited in the talks with the US, officials said.',
      'Progress has been elusive in the negotiations with Washington.',
      'Seoul and Washington still disagree on how the fund would be managed.',
      'The deal remains in limbo as the two sides argue over the fund.',
      'The two sides remain divided on the investment terms, officials said.',
      'Progress has been slow, Yeo told reporters on Monday after the talks with the US.',
      'Japan and the US remained far apart on autos after the talks on Friday, officials said.',
      'Both sides are still wide apart on the size of the investment fund, Akazawa said.',
      'Sticking points remain in the Japan-US negotiations, including autos, Akazawa said on Friday.',
      'Stumbling blocks persist in the tariff talks with Washington, the ministry said.',
      'The extra levy on Korean cars is still a sticking point in the talks with Washington.',
      'Rice remains the biggest stumbling block in the Korea-US negotiations, officials said.',
      'The fund’s profit split has become a sticking point between Seoul and Washington.',
      'Beef has emerged as a stumbling block in the talks with the US, Korean officials said.',
      'The Japan-US tariff talks have become bogged down over rice.',
      // The talks themselves slow.
      'The negotiations with Washington are moving slowly, an official said on Monday.',
      'Talks with the US have proceeded sluggishly since the raid, officials said.',
      'The Korea-US negotiations are progressing slowly, a senior official said on Tuesday.',
      'Progress in the negotiations with Washington has been scant, officials said.',
      'Progress in the talks with Washington has been slow, Seoul said on Friday.',
      'Progress in the tariff talks with the US remains sluggish, officials said.',
      'Progress with Washington has been halting since the spring round, Yeo said on Monday.',
    ],
    counterexamples: [
      // Clashes on a border are fighting, not the sides apart.
      'The tariff talks with Washington were the first since clashes erupted on the border on Monday.',
      'Korea and the US held talks on Friday, days after clashes on the border killed 12 people.',
      'Border clashes on Sunday overshadowed Seoul’s tariff talks with Washington.',
      'Korean lawmakers clashed over the tariff deal with Washington on Monday.',
      'The two sides are no longer divided on the fund.',
      'Progress has not been slow, Yeo said of the talks with the US.',
      'South Korea was left in limbo after the US called off the talks.',
      'The two sides are no longer far apart on autos, Akazawa said.',
      'Japan and the US were far apart in April but have since closed the gaps.',
      'Officials fear the talks with Washington could get bogged down over rice.',
      'Officials fear the talks with Washington could move slowly without a date.',
      'The talks with the US are no longer moving slowly, Yeo said.',
      'Rice is no longer a sticking point in the talks with Washington, officials said.',
      'Nothing stands any longer in the way of the tariff deal with Washington, Yeo said on Friday.',
      'Korean economists are split over whether the deal with Washington will lift exports.',
      'The levy could become a stumbling block in the talks with the US if Seoul does not move.',
    ],
  },
  {
    // "No breakthrough in US-Korea tariff talks": the headline's verbless report, of talks with the other side.
    id: 'no-breakthrough.none-in-talks',
    signal: 'no_breakthrough',
    patterns: [
      `@no ~1 breakthrough|progress|headway ~3 in|at|from ~4 ${MEETING}`,
      // Next to nothing: "amid little progress in the talks", "scant headway at the negotiations".
      `@little|scant|limited|slow ~1 progress|headway ~3 in|at|from|over ~4 ${MEETING}`,
    ],
    allow: ['negated'],
    needs: ['counterpart'],
    unless: ['committee', 'parliament', 'assembly', 'lawmaker', 'party'],
    confidence: 0.75,
    examples: [
      'No breakthrough in Korea-US tariff talks',
      'No progress at the latest round of talks between Seoul and Washington, officials said on Friday.',
      'Still no breakthrough in the tariff negotiations with Washington, Yeo says',
      'Koo met Bessent again on Friday amid little progress in the tariff negotiations with Washington.',
      'There has been scant headway in the talks between Seoul and Washington, officials said.',
      'Limited progress at the latest round of Korea-US talks left the fund unresolved.',
    ],
    counterexamples: [
      'If the talks with the US show no progress, Korea will face the 25% tariff.',
      'There may be no breakthrough at the talks with Washington this week, analysts said.',
      'Lawmakers saw no progress in the budget committee’s discussions on the US investment bill.',
    ],
  },
  {
    // Work left before a deal, with the other side named: "there is still some work to do with Washington".
    id: 'no-breakthrough.work-left',
    signal: 'no_breakthrough',
    patterns: [
      'still ~3 @work ~1 to ~1 do|be',
      'more ~2 @work ~1 need|remain|have ~3 do|be',
      'more ~2 @work ~2 be ~1 need|require',
      'more|much ~2 @work ~2 lie|remain ~1 ahead',
    ],
    needs: ['counterpart'],
    confidence: 0.7,
    examples: [
      'There is still some work to do in the talks with Washington, the minister said.',
      'More work needs doing before Korea and the US have a deal, the minister said.',
      'Yeo said there was still a lot of work to do with the US on the fund.',
      'Kim told reporters that both sides still have work to do on the investment fund with Washington.',
      'More work remains to be done with the US on autos, the ministry said.',
      'Much more work has to be done before Seoul and Washington can sign, Yeo said.',
      'More work is needed before the accord with Washington is done, a US official said.',
      'Further talks with the US are planned, since more work is still required on autos.',
      'Much work still lies ahead in the talks with Washington, the trade chief said.',
      'We know more work remains ahead with the US on chips, the minister said.',
    ],
    counterexamples: [
      'Korea still has work to do on its own economy, the minister said.',
      'More work will need to be done if the talks with the US resume, officials said.',
      'There was more work to do on the budget before the US trip, aides said.',
      'More work will be needed if the talks with the US resume, officials said.',
      'Much work lies ahead for Korea’s own chip makers, the minister said.',
    ],
  },
  {
    // "there was still a gap between the two governments": told without negation (gaps-remain admits "not there yet").
    id: 'no-breakthrough.gap-between',
    signal: 'no_breakthrough',
    // Between the sides or their positions: a gap "between hope and reality" is none.
    patterns: [
      'there ~2 be|remain ~3 @gap|gulf|difference|disagreement|discrepancy ~3np between ~5 PARTY|OTHER_PARTY|side|position|stance|view|demand|account|negotiator',
      // ... or one that "separates" them (the tagger may read "separates" as a noun).
      '@gap|gulf|divide|chasm ~2 separate ~3 PARTY|OTHER_PARTY|side|position|stance|view',
    ],
    forbid: ['negated'],
    needs: ['counterpart'],
    confidence: 0.7,
    examples: [
      'Yeo said on Monday there was still a gap between Korea and the US on the fund.',
      'There are differences between Seoul and Washington over rice, officials said on Friday.',
      'There remains a wide gap between the Korean and US positions on autos, Kim said.',
      'There is a discrepancy between the Korean and US accounts of the fund, Yeo said.',
      'There are still differences between the two sides on rice, Yeo said on Monday.',
      'There is still a wide gulf between Seoul and Washington on the fund, officials said on Monday.',
      'A wide gulf separates Seoul and Washington on how the fund is run, Yeo said.',
      'The gap that still separates the two sides on rice is large, Kim said after the talks with Greer.',
      'A deep divide separates the Korean and US positions on the fund, officials said.',
    ],
    counterexamples: [
      'There is no gap between Korea and the US on security, Lee said.',
      'There were never any differences between Seoul and Washington on the alliance, Lee said.',
      'If there is a gap between Korea and the US, the talks will go on, Yeo said.',
      // "between" must follow the gap's own noun phrase: a gap placed elsewhere first is not between the sides.
      'There is disagreement in Seoul between ministries on the US deal.',
      // ... and between the sides or their positions, not between any two things.
      'There is a big difference between wishes and facts, Yeo said of the talks with Washington.',
      'There remains a wide gap between hope and reality, Lee said of the tariff talks with Washington.',
      'There is a difference between the headline rate and the rate paid, Korean exporters said of the US tariff.',
    ],
  },
  {
    // "differences over the financing method", "disagreement about the fund": a dispute named by its subject.
    id: 'no-breakthrough.differences-over',
    signal: 'no_breakthrough',
    patterns: [
      '@difference|disagreement|discrepancy ~1 over|regarding|about',
      // How the sides differ: "differing views on the fund".
      'differ^ ~1 @view|position|priority|stance|opinion',
    ],
    forbid: ['pluperfect'],
    needs: ['counterpart'],
    // Differences settled or closed are the opposite; "trying to iron out differences" in progress still counts.
    unless: [...SETTLED, 'close', ...SECURITY_TALKS],
    confidence: 0.7,
    examples: [
      'Officials in Seoul cited differences over the fund’s financing with the US on Monday.',
      'Korea and the US have yet to sign the deal because of differences over the payment schedule.',
      'The talks with the US dragged on this week amid disagreement about the size of the investment.',
      'Seoul flagged discrepancies over the fund’s terms in the two sides’ fact sheets with Washington.',
      'Officials in Tokyo and Washington pointed to a discrepancy regarding the 15% rate on cars.',
      'Washington noted a discrepancy about the size of the fund in Seoul’s fact sheet.',
      'The two sides have differing views on the auto tariffs, officials said on Monday.',
      'Seoul and Washington hold differing positions on the fund’s cash share.',
      'Korean and US negotiators showed differing priorities at the talks on Friday.',
    ],
    counterexamples: [
      'Korea and the US resolved their differences over the fund on Friday.',
      'Seoul and Washington have settled the disagreement over rice, officials said.',
      'Korea and the US ironed out their differences over the fund on Friday.',
      // A gap between rates compared is no dispute: "the difference in rates between Korean and Japanese cars".
      'The difference in tariff rates between Korean and US cars narrows the US edge.',
      'The allies have differences over the cost of US troops in Korea.',
    ],
  },
];
