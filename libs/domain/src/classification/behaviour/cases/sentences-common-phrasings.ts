import type { BehaviourCase } from '../harness';
import { fromSentences } from '../harness';

/** Common phrasings, present-tense headlines, and deal and background wording. */
export const SENTENCES_COMMON_PHRASINGS: BehaviourCase[] = [
  ...fromSentences('common phrasings', 'Korea-US tariff negotiations', '2025-07-20', 'has-lacks', [
    // A purpose is no deed: a strategy or a campaign to win an extension has not won it.
    ['Korea changes strategy to push back the tariff implementation date', [], ['deadline_extended']],
    [
      'Seoul launched a campaign to delay the 25% tariff on its cars, officials said on Monday.',
      [],
      ['deadline_extended'],
    ],
    [
      'The ministry adopted a new strategy to postpone the tariff deadline for Korean goods.',
      [],
      ['deadline_extended'],
    ],
    // "The two countries", "both nations" are the pair the track is about, not countries in general.
    ['The two countries struck an agreement on tariffs on Thursday.', ['deal_reached'], []],
    ['Both nations signed the trade deal in the Oval Office on Friday.', ['deal_reached'], []],
    ['The two economies sealed a tariff pact in Washington on Thursday.', ['deal_reached'], []],
    // "As soon as" waits for what follows it.
    ['Washington would revisit the levies as soon as both sides strike a deal.', [], ['deal_reached']],
    ['Korea will invest as soon as Seoul and Washington sign the trade deal.', [], ['deal_reached']],
    [
      'The 25% tariff would be lifted as soon as Korea and the US strike an agreement.',
      [],
      ['deal_reached', 'tariff_reduced'],
    ],
    // An expectation governs its whole clause, however far the verb stands from what is expected.
    [
      'The minister said talks went well, and it is expected that Korea’s tariff rate will also be far lower than the current 25 per cent.',
      [],
      ['tariff_reduced'],
    ],
    [
      'Analysts in Seoul widely expect that the U.S. tariff on Korean cars will in the end be reduced to 15%.',
      [],
      ['tariff_reduced'],
    ],
    [
      'Many in Seoul anticipate that the 25% US tariff on Korean cars will eventually be lowered to 15%.',
      [],
      ['tariff_reduced'],
    ],
    // A leading subordinate clause with a verb ends at its comma: the main clause after it is the news.
    [
      'After announcing smaller tariffs for seven other countries Wednesday, Trump declared that Korean imports will be hit with a 25% tariff starting Aug. 1.',
      ['tariff_threatened'],
      [],
    ],
    [
      'Because the Korean legislature has not enacted the deal, Trump told reporters on Tuesday he will raise tariffs on Korean goods to 25%.',
      ['tariff_threatened'],
      [],
    ],
    [
      'Although talks continued on Monday, Trump said Korean goods will face a 25% duty from Aug. 1.',
      ['tariff_threatened'],
      [],
    ],
    // "At the time of writing" is now, not the story's past.
    [
      'Korea and the US reached a trade deal on Friday, and Korean shares were up 2% at the time of writing.',
      ['deal_reached'],
      [],
    ],
    [
      'Korean and US negotiators were holding talks in Washington at the time of publication.',
      ['talks_held'],
      [],
    ],
    [
      'This week trade chief Yeo will travel to Washington for talks with Greer.',
      ['talks_scheduled'],
      ['talks_held'],
    ],
    [
      'Kim Jung-kwan, the industry minister, is scheduled to meet Lutnick on Thursday.',
      ['talks_scheduled'],
      [],
    ],
    [
      'Seoul and Washington plan to hold another round of tariff negotiations next week.',
      ['talks_scheduled'],
      [],
    ],
    [
      'The 2+2 meeting on tariffs will take place in Washington on Friday.',
      ['talks_scheduled'],
      ['talks_held'],
    ],
    ['Korea is expected to present a new proposal on tariffs next week.', [], ['proposal']],
    ['Kim spoke with Lutnick by phone on Monday about tariffs on Korean cars.', ['talks_held'], []],
    [
      'After the meeting, Yeo told reporters that both sides had narrowed their differences on tariffs.',
      ['talks_held'],
      ['no_breakthrough'],
    ],
    [
      'Trump said he was terminating all trade talks with Korea, effective immediately.',
      ['talks_cancelled'],
      [],
    ],
    [
      'Seoul suspended its tariff negotiations with Washington on Monday.',
      ['talks_cancelled'],
      ['deadline_extended'],
    ],
    [
      'Korea submitted a package of proposals covering shipbuilding and energy purchases on Friday.',
      ['proposal'],
      [],
    ],
    ['Lutnick pressed Seoul to make more concessions on rice and beef.', ['proposal'], []],
    [
      'The tariff talks between Washington and Seoul broke down on Friday.',
      ['no_breakthrough'],
      ['deal_reached'],
    ],
    [
      'The two sides could not agree on the size of Korea’s investment fund, officials said on Friday.',
      ['no_breakthrough'],
      [],
    ],
    [
      'Disagreements over the $350 billion investment fund persist, a Korean official said.',
      ['no_breakthrough'],
      [],
    ],
    [
      'Trump said on Wednesday that the US has agreed to a "complete" trade deal with Seoul.',
      ['deal_reached'],
      [],
    ],
    ['US, South Korea reach trade deal', ['deal_reached'], []],
    ['The deal, announced on Wednesday, sets a 15% tariff on Korean goods.', ['deal_reached'], []],
    ['Trump agreed to lower the tariffs on goods made in Korea to 15% on Wednesday.', ['tariff_reduced'], []],
    ['On Thursday, Trump signed an order implementing the trade deal with Korea.', [], ['deal_reached']],
    [
      'Trump threatened on Monday to impose a 25% duty on goods from Korea.',
      ['tariff_threatened'],
      ['tariff_imposed'],
    ],
    [
      'Trump said that he would raise the levy on Korean products to 25% if Seoul did not open its markets.',
      ['tariff_threatened'],
      [],
    ],
    ['The US began collecting 15% tariffs on Korean goods on Thursday.', ['tariff_imposed'], []],
    // A put-off told as what the meeting is, in a clause that holds it: the meeting, not a call-off.
    ['The postponed 2+2 meeting was held in Washington on Thursday.', ['talks_held'], ['talks_cancelled']],
    ['The rescheduled Korea-US talks will be held on Thursday, the ministry said.', [], ['talks_cancelled']],
    ['The postponed talks resumed in Washington on Thursday.', ['talks_held'], ['talks_cancelled']],
    ['The postponed talks between Yeo and Greer will take place next week.', [], ['talks_cancelled']],
    ['The delayed 2+2 meeting went ahead in Washington on Thursday.', [], ['talks_cancelled']],
    ['The postponed meeting will not take place this month, officials said.', ['talks_cancelled'], []],
    ['Washington postponed the talks that were to take place on Friday.', ['talks_cancelled'], []],
    // Begun being charged, applied, levied or enforced: in force, as collected is.
    ['US customs started charging a 25% duty on Korean goods on Thursday.', ['tariff_imposed'], []],
    ['The US began applying a 25% tariff to Korean imports on Thursday.', ['tariff_imposed'], []],
    ['Washington started to levy a 25% duty on Korean goods on Friday.', ['tariff_imposed'], []],
    ['The US began enforcing the 25% tariff on Korean goods on Thursday.', ['tariff_imposed'], []],
    // Put or brought into force.
    ['The White House put the 25% levy on Korean goods into force on Thursday.', ['tariff_imposed'], []],
    ['Washington brought the 25% tariff on Korean cars into effect on Thursday.', ['tariff_imposed'], []],
    [
      'The US will start charging a 25% tariff on Korean goods on Aug. 1, Trump said on Monday.',
      ['tariff_threatened'],
      ['tariff_imposed'],
    ],
    [
      'Trump announced on Monday that tariffs on Korean goods will take effect on Aug. 1.',
      ['deadline_set', 'tariff_threatened'],
      [],
    ],
    [
      'Trump extended the tariff deadline for Korea to Aug. 1 on Monday.',
      ['deadline_extended', 'deadline_set'],
      [],
    ],
    [
      'Trump signed an order on Monday delaying the reciprocal tariffs on Korea until Aug. 1.',
      ['deadline_extended', 'deadline_set'],
      [],
    ],
    [
      'Korea denied on Tuesday reports saying it had agreed to a tariff deal with Washington.',
      [],
      ['deal_reached'],
    ],
    [
      'President Lee held a meeting with business leaders on Monday to discuss the tariffs.',
      [],
      ['talks_held'],
    ],
    [
      'Lee will meet business leaders on Friday to discuss how to respond to US tariffs.',
      [],
      ['talks_scheduled'],
    ],
    [
      'Samsung signed a $14.2 billion chip supply deal with a US carmaker on Monday, boosting trade ties.',
      [],
      ['deal_reached'],
    ],
    [
      'Korean exports to the US fell 5 percent last month because of the tariffs.',
      [],
      ['tariff_reduced', 'tariff_imposed'],
    ],
    ['The stalled tariff talks resumed in Washington on Monday.', ['talks_held'], ['no_breakthrough']],
  ]),
  ...fromSentences('present-tense headlines', null, '2025-07-20', 'headline-has-lacks', [
    ['Korea, US hold high-level tariff talks in Washington', ['talks_held'], ['talks_scheduled']],
    ['Korea, US to hold tariff talks next week', ['talks_scheduled'], ['talks_held']],
    ['Bessent cancels 2+2 trade meeting with Korea', ['talks_cancelled'], []],
    ['Trump extends tariff deadline for Korea', ['deadline_extended'], []],
    ['Trump threatens 25% tariff on Korean goods', ['tariff_threatened'], []],
    ['US tariffs on Korean goods take effect', ['tariff_imposed'], []],
    ['Korea-US tariff talks end without deal', ['no_breakthrough'], ['deal_reached']],
    ['Korea, US wrap up two days of tariff talks', ['talks_held'], []],
    ['Seoul, Washington end three days of tariff talks', ['talks_held'], []],
    // The second verb of a headline's infinitive is still ahead, though the tagger reads it as a noun.
    ["Korea's trade minister to fly to Washington, sign tariff deal", ['talks_scheduled'], ['deal_reached']],
    [
      'Korean president to visit Washington and seal trade pact with Trump',
      ['talks_scheduled'],
      ['deal_reached'],
    ],
    ["Korea's envoy to meet Lutnick, sign deal on tariffs", ['talks_scheduled'], ['deal_reached']],
    // A meeting's headline that names its day still to come tells it as planned (published July 20).
    ['Korean and US trade chiefs meet in Geneva on July 24', ['talks_scheduled'], ['talks_held']],
    ['Korea, US hold tariff talks on Thursday, July 24', ['talks_scheduled'], ['talks_held']],
    ['Yeo meets Greer in Washington on July 23', ['talks_scheduled'], ['talks_held']],
  ]),
  ...fromSentences('more deal wording', 'Korea-US tariff negotiations', '2025-07-31', 'has-lacks', [
    [
      'Seoul and Washington struck a tentative deal on Wednesday to cap tariffs on Korean goods at 15%.',
      ['deal_reached'],
      [],
    ],
    ['The two sides reached a 15% tariff deal late Wednesday, officials said.', ['deal_reached'], []],
    [
      'The talks had stalled for weeks before Wednesday’s tariff agreement was announced.',
      [],
      ['no_breakthrough'],
    ],
  ]),
  ...fromSentences('background wording', 'Korea-US tariff negotiations', '2025-07-20', 'lacks', [
    ['The threat of US tariffs has weighed on Korean exporters for months.', ['tariff_threatened']],
    ['Analysts warned that US tariffs could hurt Korean exports this year.', ['tariff_threatened']],
    ['Economists called for Seoul to diversify its exports away from the US market.', ['proposal']],
  ]),
];
