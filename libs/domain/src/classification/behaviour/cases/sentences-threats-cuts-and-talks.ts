import type { BehaviourCase } from '../harness';
import { fromSentences } from '../harness';

/** Single sentences on tariffs threatened and cut, and on talks planned, held and called off. */
export const SENTENCES_THREATS_CUTS_AND_TALKS: BehaviourCase[] = [
  ...fromSentences('single sentences', 'Korea-US tariff negotiations', '2025-07-20', 'has-lacks', [
    // tariff_threatened: a tariff imposed from a named day still to come, with no order made, is still a threat
    [
      'Trump on Friday slapped a 50% levy on Korean imports, starting Aug. 1.',
      ['tariff_threatened'],
      ['tariff_imposed'],
    ],
    [
      'Washington imposed a 25% duty on Korean cars on Thursday, effective August 1.',
      ['tariff_threatened'],
      ['tariff_imposed'],
    ],
    [
      'In a letter posted on Monday, Washington imposed 30% duties on Korean goods from Aug. 1.',
      ['tariff_threatened'],
      ['tariff_imposed'],
    ],
    [
      'Trump’s White House issued its executive order late on Friday imposing a 25% tariff on Korean products from Aug. 7.',
      ['tariff_imposed'],
      ['tariff_threatened'],
    ],
    // talks_scheduled: future meetings and departures, not past plans
    [
      'Korea’s trade chief Yeo Han-koo will meet Greer, the US trade representative, next week in Washington.',
      ['talks_scheduled'],
      ['talks_held'],
    ],
    [
      'Seoul said the next round of its tariff negotiations with Washington is set for Thursday.',
      ['talks_scheduled'],
      [],
    ],
    [
      'Korea’s finance minister left for Washington on Monday for tariff talks with Bessent, the Treasury chief.',
      ['talks_scheduled'],
      [],
    ],
    [
      'Koo was to attend the meeting with Bessent before it was called off.',
      ['talks_cancelled'],
      ['talks_scheduled'],
    ],
    // "said previously" dates the telling: a plan told then, with its day still ahead, is still a plan.
    [
      '“Yeo will meet Greer in Washington on July 25,” the ministry said previously.',
      ['talks_scheduled'],
      [],
    ],
    [
      'President Lee is to travel to Washington on July 28 for a summit with Trump, his office announced previously.',
      ['talks_scheduled'],
      [],
    ],
    [
      'The next round of tariff talks with Washington will be held on July 28 in Seoul, officials confirmed previously.',
      ['talks_scheduled'],
      [],
    ],
    // tariff_reduced: "its" tariffs pointing back to the partner are its concession, not a US cut; the deal stays.
    [
      'Korea and the US sealed a deal on Friday, with Seoul agreeing to cut its tariffs on farm goods.',
      ['deal_reached'],
      ['tariff_reduced'],
    ],
    [
      'Under the deal reached on Friday, Korea will lower its duties on machinery.',
      ['deal_reached'],
      ['tariff_reduced'],
    ],
    [
      'The pact signed on Monday sees Korea scrap its levies on cars and beef.',
      ['deal_reached'],
      ['tariff_reduced'],
    ],
    ['The US agreed on Friday to lower its levy on Korean goods to 15%.', ['tariff_reduced'], []],
    [
      'Korea welcomed Washington’s decision on Friday to cut its tariff on Korean cars to 15%.',
      ['tariff_reduced'],
      [],
    ],
    // tariff_threatened: a decision to impose a rate announces it; the partner's own decision, or an old one, does not.
    ['The White House has decided to slap a 25 percent levy on Korean exports.', ['tariff_threatened'], []],
    [
      'Seoul voiced concern on Thursday over Washington’s decision to slap a 25% duty on Korean goods from Aug. 1.',
      ['tariff_threatened'],
      [],
    ],
    [
      'Exporters fear Washington has decided to charge a 25 percent levy on all Korean goods.',
      ['tariff_threatened'],
      [],
    ],
    ['Korea decided on Friday to put a 25% levy on US beef.', [], ['tariff_threatened']],
    ['The US decided in April to slap a 25% levy on Korean goods.', [], ['tariff_threatened']],
    // talks_held: past and ongoing meetings
    [
      'Kim Jung-kwan, the industry minister, met Commerce Secretary Lutnick on Thursday to discuss the tariffs.',
      ['talks_held'],
      ['talks_scheduled'],
    ],
    [
      'Korean and US negotiators wrapped up two days of tariff talks on Friday in Washington.',
      ['talks_held'],
      [],
    ],
    // A trip for talks, even told in the past, is not a round held until the text says they met (labels'
    // convention: a negotiator who travelled or arrived for talks is talks scheduled at most).
    ['Yeo traveled to Washington on Tuesday for tariff negotiations with Greer.', [], ['talks_held']],
    [
      'Kim flew to Washington on Sunday for two days of talks with Lutnick, the ministry said on Tuesday.',
      [],
      ['talks_held'],
    ],
    ['Koo, who went to the U.S. for talks this week, said coordination is moving fast.', [], ['talks_held']],
    // What is habitually so reports no one event.
    [
      'The US president typically finalizes such trade deals with Korea himself, Lutnick said on Thursday.',
      [],
      ['deal_reached'],
    ],
    [
      'Korea and the US usually sign such tariff agreements at summits, officials said on Monday.',
      [],
      ['deal_reached'],
    ],
    [
      'The US generally cuts tariffs on goods made in Korea to 15% under such deals, Greer said.',
      [],
      ['tariff_reduced'],
    ],
    ['Korea and the US generally held their trade talks in Washington.', [], ['talks_held']],
    // "since 25% tariffs were imposed": a rate opens the background clause's subject; the imposition is old.
    [
      'Korea and the US met on Friday in the first talks since 25% tariffs were imposed on Korean goods.',
      ['talks_held'],
      ['tariff_imposed'],
    ],
    [
      'Yeo held talks with Greer on Thursday for the first time since 25% tariffs took effect on Korean goods.',
      ['talks_held'],
      ['tariff_imposed'],
    ],
    [
      'The ministers met on Monday, the first such talks since 25 percent duties were imposed on Korean cars.',
      ['talks_held'],
      ['tariff_imposed'],
    ],
    // A relative clause in the perfect describes its noun: its "for years" dates the disputes, not the talks.
    [
      'The talks, which began on Monday in Geneva, aim to settle disputes that have soured ties for years.',
      ['talks_held'],
      [],
    ],
    [
      'Yeo and Greer met on Friday to discuss tariffs that have weighed on Korean exporters for months.',
      ['talks_held'],
      [],
    ],
    ['Korea and the US held talks on Monday on issues that have divided them for years.', ['talks_held'], []],
    // A partner named as the benchmark of a comparison is no side of the sentence.
    ['The US demanded cash investment similar to Japan’s at the talks on Friday.', ['proposal'], []],
    ['Lutnick demanded a Japan-style cash payment at the talks on Friday.', ['proposal'], []],
    ['Washington pressed for market access in line with Japan’s at the talks on Friday.', ['proposal'], []],
    // talks_cancelled
    [
      'The planned "2+2" trade meeting between Seoul and Washington was abruptly postponed on Wednesday.',
      ['talks_cancelled'],
      ['deadline_extended'],
    ],
    [
      'Washington called off Friday’s tariff consultations with Korean ministers, citing a scheduling conflict.',
      ['talks_cancelled'],
      [],
    ],
    // A delay of tariffs "as talks continued" is not a cancelled meeting; news told in an "as" clause still counts.
    [
      'The reciprocal tariffs on Korea have been delayed twice while negotiations with Washington went on.',
      [],
      ['talks_cancelled'],
    ],
    [
      'Korean carmakers braced for losses as the 25% US tariffs on Korean imports took effect on Friday.',
      ['tariff_imposed'],
      [],
    ],
    // Talks with partners in general, none named, are not the track's own round.
    [
      'Washington held tariff talks on Monday with several nations seeking exemptions from the new levies.',
      [],
      ['talks_held'],
    ],
    [
      'US negotiators met on Friday with trading partners including Korea to discuss the tariffs.',
      ['talks_held'],
      [],
    ],
  ]),
];
