import type { BehaviourCase } from './harness';
import { fromSentences, fromStories } from './harness';

/** Four opening sentences of a deal still being worked out, to place a sentence after a story's lead. */
const DEAL_DETAILS_PENDING =
  'Korea and the US are still working out the details of their tariff deal. Seoul wants its cars to face a lower levy. Washington wants more of the investment fund paid in cash. Exporters are waiting for the final text.';

/** Eight opening sentences of a round held, to place a sentence after a story's opening. */
const ROUND_IN_SEOUL =
  "Korean and US trade officials met in Seoul on Tuesday for a fresh round of tariff talks. The delegations spent four hours on autos, steel and chips. Seoul's team was led by Trade Minister Yeo Han-koo. A deputy of Greer headed the US side. Both sides said they would keep talking. A joint note is expected later this week. Exporters watched the session closely. Car parts makers asked for quick relief.";

/** Single sentences we wrote in wire-copy style, each in a minimal Korea–US article (title, publication day). */
export const SENTENCE_CASES: BehaviourCase[] = [
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
      'The president signed an executive order late on Friday imposing a 25% tariff on Korean goods from Aug. 7.',
      ['tariff_imposed'],
      ['tariff_threatened'],
    ],
    // talks_scheduled: future meetings and departures, not past plans
    [
      'Trade Minister Yeo Han-koo will meet US Trade Representative Jamieson Greer in Washington next week.',
      ['talks_scheduled'],
      ['talks_held'],
    ],
    ['Seoul said a new round of tariff talks with Washington is set for Thursday.', ['talks_scheduled'], []],
    [
      'Korea’s finance minister left for Washington on Monday for tariff talks with Treasury Secretary Scott Bessent.',
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
      'Industry Minister Kim Jung-kwan met Commerce Secretary Howard Lutnick on Thursday to discuss tariffs.',
      ['talks_held'],
      ['talks_scheduled'],
    ],
    [
      'Korean and US negotiators wrapped up two days of tariff talks in Washington on Friday.',
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
      'The US generally cuts tariffs on Korean goods to 15% under such deals, Greer said.',
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
      'Yeo held talks with Greer on Friday for the first time since 25% tariffs took effect on Korean goods.',
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
      'The reciprocal tariffs on Korea have been delayed twice as negotiations continued with Washington.',
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
    // proposal
    [
      'Seoul presented a revised proposal on US investment and shipbuilding cooperation to Lutnick on Friday.',
      ['proposal'],
      [],
    ],
    [
      'The US is demanding that Korea open its beef and rice markets as part of the trade deal.',
      ['proposal'],
      ['deal_reached'],
    ],
    [
      'There was speculation that Washington might want Seoul to offer more concessions on autos.',
      [],
      ['proposal'],
    ],
    // no_breakthrough
    [
      'The Korea-US tariff talks ended on Friday without a breakthrough.',
      ['no_breakthrough', 'talks_held'],
      ['deal_reached'],
    ],
    [
      'Korean officials said negotiations with Washington over the investment fund remain at an impasse.',
      ['no_breakthrough'],
      [],
    ],
    ['The breakthrough ends a long standoff between Korea and the US over tariffs.', [], ['no_breakthrough']],
    // deal_reached, with negation and modality
    [
      'South Korea and the United States reached a trade deal on Wednesday that sets a 15% tariff on Korean goods.',
      ['deal_reached'],
      ['tariff_threatened'],
    ],
    [
      'Korean and US officials failed to reach a deal on tariffs on Thursday.',
      ['no_breakthrough'],
      ['deal_reached'],
    ],
    [
      'If no deal is reached by Aug. 1, a 25 percent tariff will be imposed on Korean products.',
      ['tariff_threatened'],
      ['deal_reached', 'tariff_imposed'],
    ],
    [
      'Seoul denied reports that an agreement with Washington on tariffs had been reached.',
      [],
      ['deal_reached'],
    ],
    ['Korea is racing to finalize a trade agreement with the US before the deadline.', [], ['deal_reached']],
    [
      'As other major economies have struck trade deals with Washington, Seoul feels the pressure to act.',
      [],
      ['deal_reached'],
    ],
    // tariffs
    [
      'Trump warned that Korean goods would face a 25% tariff from Aug. 1 if there is no deal.',
      ['tariff_threatened'],
      ['tariff_imposed'],
    ],
    [
      'The 25 percent tariff on Korean goods took effect on Friday.',
      ['tariff_imposed'],
      ['tariff_threatened'],
    ],
    [
      'Under the deal announced on Wednesday, US tariffs on Korean goods will be cut from 25% to 15%.',
      ['tariff_reduced', 'deal_reached'],
      ['tariff_threatened'],
    ],
    [
      'Korea asked Washington to lower the tariff on Korean autos to 15 percent.',
      ['proposal'],
      ['tariff_reduced'],
    ],
    [
      'Trump plans to impose a 100 percent tariff on semiconductors, he said on Wednesday.',
      [],
      ['tariff_threatened'],
    ],
    // deadlines
    [
      'Washington postponed the start of the reciprocal tariffs on Korea to Aug. 1 on Monday.',
      ['deadline_extended', 'deadline_set'],
      [],
    ],
    [
      'Trade Minister Yeo said he might request an extension of the tariff deadline for Korea.',
      [],
      ['deadline_extended'],
    ],
    [
      'The White House said the Aug. 1 deadline for Korea is firm and will not be extended.',
      ['deadline_set'],
      ['deadline_extended'],
    ],
  ]),
  ...fromSentences('recaps', 'Korea-US tariff negotiations', null, 'published-lacks', [
    [
      'Korea and the US reached a trade deal in late July, under which Seoul pledged $350 billion in US investment.',
      '2025-09-20',
      ['deal_reached'],
    ],
    ['Korea and the US held their first round of tariff talks on April 24.', '2025-07-20', ['talks_held']],
    [
      'Trump had imposed a 25 percent tariff on Korean cars earlier this year.',
      '2025-07-20',
      ['tariff_imposed'],
    ],
    // "later extended": a step told in a story's sequence of past events, not today's news.
    ['Trump later extended the pause on Korean goods to Aug. 1.', '2025-07-20', ['deadline_extended']],
    [
      'Washington later delayed the levies on Korean steel by three weeks.',
      '2025-07-20',
      ['deadline_extended'],
    ],
    ['The White House later moved the deadline for Korea to Aug. 1.', '2025-07-20', ['deadline_extended']],
    [
      'Trump later suspended the higher tariffs on Korean goods for 90 days.',
      '2025-07-20',
      ['deadline_extended'],
    ],
    [
      'Facing a market rout, the White House later suspended the reciprocal levies on Korea until July.',
      '2025-07-20',
      ['deadline_extended'],
    ],
    [
      'Washington later suspended the levies on Korean cars for three months.',
      '2025-07-20',
      ['deadline_extended'],
    ],
    // A habit ("regularly", "routinely", "frequently") is the record, not this week's news.
    [
      'Trump has regularly threatened more duties on Korean goods, officials said on Monday.',
      '2025-07-20',
      ['tariff_threatened'],
    ],
    [
      'Washington routinely threatens higher tariffs on Korea when talks slow, Seoul said on Friday.',
      '2025-07-20',
      ['tariff_threatened'],
    ],
    [
      'Trump has frequently threatened to raise tariffs on Korean cars, analysts noted on Monday.',
      '2025-07-20',
      ['tariff_threatened'],
    ],
    // How a side has negotiated so far is its record, not a round held.
    [
      'Korea has thus far negotiated firmly with Greer, officials said on Monday.',
      '2025-07-20',
      ['talks_held'],
    ],
    [
      'Seoul has thus far negotiated hard with the USTR, the minister said on Friday.',
      '2025-07-20',
      ['talks_held'],
    ],
    [
      'Korea has negotiated skillfully with Lutnick so far, officials said on Monday.',
      '2025-07-20',
      ['talks_held'],
    ],
    // Having been first to sign a pact is a standing, told as background; "became the first" is the news.
    [
      'Korea was the first partner to conclude a tariff pact with Washington.',
      '2025-07-20',
      ['deal_reached'],
    ],
    [
      'Seoul, too, was among the first partners to land a framework pact with the US.',
      '2025-07-20',
      ['deal_reached'],
    ],
    [
      'Korea was one of the first nations to sign a trade pact with the Trump administration.',
      '2025-07-20',
      ['deal_reached'],
    ],
    // The day a move went to is no day it happened: the move itself is dated by the old day.
    [
      'Trump extended the deadline on April 9 to July 9, giving Korea time to talk.',
      '2025-07-10',
      ['deadline_extended'],
    ],
    [
      'The White House postponed the levies on Korean goods on April 9 to July 9, giving Seoul time to negotiate.',
      '2025-07-10',
      ['deadline_extended'],
    ],
    [
      'Washington delayed the tariff deadline on April 9 to July 9 to allow more talks with Seoul.',
      '2025-07-10',
      ['deadline_extended'],
    ],
    // "At the time" and "back then" place what follows in the story's past, whatever the tense.
    [
      'At the time, the Korean government held negotiations with Washington and agreed to a steel quota.',
      '2025-07-20',
      ['talks_held'],
    ],
    [
      'Seoul and Washington reached a tariff deal back then, officials recalled.',
      '2025-07-20',
      ['deal_reached'],
    ],
    [
      'The US cut its tariffs on Korean cars to 15% at that time under a framework deal.',
      '2025-07-20',
      ['tariff_reduced'],
    ],
    // "said on Monday" dates the telling: the old time in the clause dates what is told.
    [
      'The framework reached in July cut the US tariff on Korean autos to 15%, Yeo noted on Monday.',
      '2025-10-20',
      ['tariff_reduced'],
    ],
    [
      'The agreement signed in July lowered US tariffs on Korean cars to 15%, the ministry said on Monday.',
      '2025-10-20',
      ['tariff_reduced'],
    ],
    [
      'The deal struck in late July cut the US levy on Korean steel to 15 percent, officials told reporters on Monday.',
      '2025-10-20',
      ['tariff_reduced', 'deal_reached'],
    ],
    [
      'The US lowered tariffs on Korean cars to 15% in July, the ministry said on Monday.',
      '2025-10-20',
      ['tariff_reduced'],
    ],
  ]),
  ...fromSentences('not a tracked negotiation', '', '2025-07-20', 'irrelevant', [
    [
      'The Bank of Korea held its key rate on Thursday, citing progress in trade talks with Washington and housing prices in Seoul.',
      'central bank',
    ],
    ['The US and Mexico reached an agreement on Tuesday to clean up a polluted border river.', 'river deal'],
    [
      'Seoul and Washington held a new round of defense cost-sharing talks in Honolulu on Tuesday.\nThe negotiators discussed how much Korea pays for the upkeep of US troops, and the two sides will meet again next month.',
      'defense talks',
    ],
    [
      'Hyundai announced a $20 billion investment in US factories on Monday, its chief executive said in Seoul.',
      'company investment',
    ],
  ]),
  ...fromSentences('common phrasings', 'Korea-US tariff negotiations', '2025-07-20', 'has-lacks', [
    // A purpose is no deed: a strategy or a campaign to win an extension has not won it.
    ['Korea shifts strategy to push back the tariff implementation date', [], ['deadline_extended']],
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
    ['Both nations signed the trade deal at the White House on Friday.', ['deal_reached'], []],
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
      'The minister said talks went well, and it is expected that the tariff rate for Korea will also be significantly lower than the existing 25 per cent.',
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
      'After announcing smaller tariffs on seven countries Wednesday, Trump declared that imports from Korea will be hit with a 25% tariff on Aug. 1.',
      ['tariff_threatened'],
      [],
    ],
    [
      'Because the Korean legislature has not enacted the deal, Trump said on Monday that he will raise tariffs on Korean goods to 25%.',
      ['tariff_threatened'],
      [],
    ],
    [
      'Although talks continued on Monday, Trump said Korea will face a 25% tariff from Aug. 1.',
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
      'Trade Minister Yeo Han-koo will travel to Washington this week for talks with Greer.',
      ['talks_scheduled'],
      ['talks_held'],
    ],
    ['Industry Minister Kim Jung-kwan is scheduled to meet Lutnick on Thursday.', ['talks_scheduled'], []],
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
      'After the meeting, Yeo told reporters that the two sides had narrowed their differences on tariffs.',
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
      'The tariff talks between Seoul and Washington broke down on Friday.',
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
      'Trump said on Wednesday that the US has agreed to a "Full and Complete Trade Deal" with South Korea.',
      ['deal_reached'],
      [],
    ],
    ['US, South Korea reach trade deal', ['deal_reached'], []],
    ['The deal, announced on Wednesday, sets a 15% tariff on Korean goods.', ['deal_reached'], []],
    ['Trump agreed to lower tariffs on Korean goods to 15% on Wednesday.', ['tariff_reduced'], []],
    [
      'Trump signed an executive order implementing the trade deal with Korea on Thursday.',
      [],
      ['deal_reached'],
    ],
    [
      'Trump threatened on Monday to impose a 25% tariff on Korean goods.',
      ['tariff_threatened'],
      ['tariff_imposed'],
    ],
    [
      'Trump said he would raise tariffs on Korean goods to 25% if Seoul did not open its markets.',
      ['tariff_threatened'],
      [],
    ],
    ['The US began collecting 15% tariffs on Korean goods on Thursday.', ['tariff_imposed'], []],
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
    ['Korea denied reports on Tuesday that it had agreed to a trade deal with the US.', [], ['deal_reached']],
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
      'Samsung signed a $16.5 billion chip supply deal with a US carmaker on Monday, boosting trade ties.',
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
    // The second verb of a headline's infinitive is still ahead, though the tagger reads it as a noun.
    ["Korea's trade minister to fly to Washington, sign tariff deal", ['talks_scheduled'], ['deal_reached']],
    [
      'Korean president to visit Washington and seal trade pact with Trump',
      ['talks_scheduled'],
      ['deal_reached'],
    ],
    ["Korea's envoy to meet Lutnick, sign deal on tariffs", ['talks_scheduled'], ['deal_reached']],
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
  ...fromSentences('other partners as the subject', 'Korea-US tariff negotiations', '2025-07-24', 'lacks', [
    [
      'Japan and Vietnam have struck tariff deals with Washington, while Korea is still negotiating.',
      ['deal_reached'],
    ],
    [
      'After Japan reached a trade deal on Tuesday, Korean officials flew to Washington for talks.',
      ['deal_reached'],
    ],
    // The partner's possessive after the list belongs to an apposition, not to the list.
    [
      'Washington has sealed tariff pacts with Japan and the EU, Seoul’s main rivals in cars.',
      ['deal_reached'],
    ],
    [
      'The White House inked deals with Vietnam and Indonesia, Seoul’s export rivals, last week.',
      ['deal_reached'],
    ],
    [
      'Washington reached accords with the EU and Japan, South Korea’s competitors, in July.',
      ['deal_reached'],
    ],
    ['Trump clinched deals with Britain and Japan, Seoul’s rivals, on Tuesday.', ['deal_reached']],
  ]),
  // The partner's own duties on US goods, and US tariffs on another partner's goods, are no US tariff on Korea's.
  ...fromSentences(
    'tariffs on goods that are not the partner’s',
    'Korea-US tariff negotiations',
    '2025-08-06',
    'lacks',
    [
      [
        'Korea will remove duties on nearly every tariff line for US imports, the minister said on Monday.',
        ['tariff_reduced'],
      ],
      [
        'Korea has agreed to lower import duties on 90% of tariff lines for American imports.',
        ['tariff_reduced'],
      ],
      [
        'Seoul has agreed to remove duties on 99% of tariff lines for U.S. products, Yeo said.',
        ['tariff_reduced'],
      ],
      [
        'Korean exporters grew wary as Washington on Tuesday slapped 25% duties on Indian goods and 50% on Brazilian ones.',
        ['tariff_imposed'],
      ],
      [
        'Seoul fears more as Washington on Friday slapped 40% tariffs on Brazilian coffee.',
        ['tariff_imposed'],
      ],
      [
        'Korean carmakers fear more as Washington on Thursday imposed 35% tariffs on Mexican cars.',
        ['tariff_imposed'],
      ],
    ],
  ),
  // A background clause ("as", "after", "when") that dates its event within the week reports it; weeks old, it stays
  // background.
  // An extension told away from the lead, with no time near publication and no new date to come, is background; one
  // that names the day the pause now runs to is news wherever it stands.
  ...fromStories('an extension told as background', 'has-lacks', [
    ...[
      ['Yeo and Greer hold tariff talks', 'Trump has paused the tariff increase in the past.'],
      [
        'Seoul and Washington meet on tariffs',
        'Washington has postponed the reciprocal tariff before, and exporters remember it.',
      ],
      ['Korea presses US on car levy', 'That levy was delayed for 90 days while countries negotiated.'],
      [
        'Korean and US negotiators talk autos',
        'Washington has postponed its tariff hikes before as talks dragged.',
      ],
    ].map(([title, late]) => ({
      published: '2025-07-20',
      title,
      text:
        'Yeo and Greer sat down for tariff talks in Washington on Thursday. The two sides discussed autos and chips. Seoul wants its cars to face a lower levy. Officials described the meeting as tense. ' +
        late,
      relevant: true,
      has: ['talks_held'],
      lacks: ['deadline_extended'],
    })),
    {
      published: '2025-07-20',
      title: 'Trump extends tariff pause as Korea talks go on',
      text: 'Yeo and Greer sat down for tariff talks in Washington on Thursday. The two sides discussed autos and chips. Seoul wants its cars to face a lower levy. Officials described the meeting as tense. Trump also signed an order extending the pause on the tariffs to Aug. 1.',
      relevant: true,
      has: ['talks_held', 'deadline_extended'],
      lacks: [],
    },
  ]),
  ...fromStories('negotiating told without the time of a round', 'has-lacks', [
    ...[
      [
        'Korea and US work on tariff deal details',
        'Yeo, who negotiated the tariff deal with Washington, heads the new task force.',
      ],
      [
        'Seoul and Washington haggle over tariff deal details',
        'Kim said Korea negotiated in good faith with the US and stood its ground.',
      ],
      [
        'Korean tariff deal text still pending',
        'Lutnick said he negotiated with Seoul at a tougher rate than with Tokyo.',
      ],
    ].map(([title, told]) => ({
      published: '2025-07-20',
      title,
      text: `${DEAL_DETAILS_PENDING} ${told}`,
      relevant: true,
      has: [],
      lacks: ['talks_held'],
    })),
    ...[
      [
        'Korean and US negotiators meet over deal details',
        'Yeo negotiated with Greer in Washington on Thursday.',
      ],
      [
        'Korea presses US on car tariff in new round',
        'Kim negotiated over the car tariff with Lutnick on Friday, officials said.',
      ],
    ].map(([title, told]) => ({
      published: '2025-07-20',
      title,
      text: `${DEAL_DETAILS_PENDING} ${told}`,
      relevant: true,
      has: ['talks_held'],
      lacks: [],
    })),
  ]),
  ...fromStories('a stall told after the opening', 'has-lacks', [
    ...[
      ['Korea and US hold new tariff round', 'The two sides remain far apart on the investment fund.'],
      [
        'Seoul and Washington resume tariff talks',
        'No breakthrough has been reached so far on the currency swap.',
      ],
      ['Korean negotiators meet US team in Seoul', 'Talks on the fund remain deadlocked, officials said.'],
    ].flatMap(([title, stall]) => [
      {
        published: '2025-07-20',
        title,
        text: `${ROUND_IN_SEOUL} ${stall}`,
        relevant: true,
        has: ['talks_held'],
        lacks: ['no_breakthrough'],
      },
      {
        published: '2025-07-20',
        title: `${title} as gaps persist`,
        text: `Korean and US trade officials met in Seoul on Tuesday for a fresh round of tariff talks. ${stall} The delegations spent four hours on autos, steel and chips.`,
        relevant: true,
        has: ['talks_held', 'no_breakthrough'],
        lacks: [],
      },
    ]),
    {
      published: '2025-07-20',
      title: 'Korea-US tariff talks stall over investment fund',
      text: ROUND_IN_SEOUL,
      relevant: true,
      has: ['talks_held', 'no_breakthrough'],
      lacks: [],
    },
  ]),
  ...fromStories('a deadline told after the opening', 'has-lacks', [
    ...[
      [
        'Korea and US work on tariff deal details',
        'Korea and US keep working on their tariff deal',
        'Trump has given Seoul until Aug. 1 to close the deal, the White House said on Friday.',
      ],
      [
        'Seoul and Washington haggle over deal text',
        'Seoul presses on with US tariff talks',
        'Lutnick set a deadline of Aug. 1 for Korea to accept the terms.',
      ],
      [
        'Korean tariff deal text still pending',
        'Korean exporters await the tariff deal text',
        'The White House said on Friday there would be no more extensions for Seoul beyond Aug. 1.',
      ],
    ].flatMap(([lateTitle, leadTitle, told]) => [
      // After the opening, the deadline is the backdrop of the story's news: still the deadline it states, not news of one.
      {
        published: '2025-07-20',
        title: lateTitle,
        text: `${ROUND_IN_SEOUL} ${told}`,
        relevant: true,
        has: [],
        lacks: ['deadline_set'],
        deadline: '2025-08-01',
      },
      {
        published: '2025-07-20',
        title: leadTitle,
        text: `${told} ${DEAL_DETAILS_PENDING}`,
        relevant: true,
        has: ['deadline_set'],
        lacks: [],
        deadline: '2025-08-01',
      },
    ]),
  ]),
  ...fromStories('an offer told in the present', 'has-lacks', [
    ...[
      [
        'Seoul offers to buy more US gas in tariff talks',
        'Korea and US trade officials keep talking',
        'Seoul offers to buy more US gas in every round of the talks.',
      ],
      [
        'Washington demands cash for Korean fund',
        'Korea and US negotiators meet again',
        'Washington demands cash for the fund at each meeting with Seoul.',
      ],
    ].flatMap(([headline, title, position]) => [
      // A headline tells the news in the present; a body sentence in the bare present tells a standing position.
      {
        published: '2025-07-20',
        title: headline,
        text: DEAL_DETAILS_PENDING,
        relevant: true,
        has: ['proposal'],
        lacks: [],
      },
      {
        published: '2025-07-20',
        title,
        text: `${position} ${DEAL_DETAILS_PENDING}`,
        relevant: true,
        has: [],
        lacks: ['proposal'],
      },
    ]),
  ]),
  ...fromStories('a deal told by the cut it makes', 'has-lacks', [
    ...[
      [
        'Korea and US sign trade deal to slash tariffs',
        'Officials from both governments put their names to the text in Washington on Thursday.',
      ],
      [
        'Korea and US reach tariff deal',
        'Korea and the US reached a deal on Thursday to reduce tariffs on Korean goods, officials said.',
      ],
      [
        'Seoul and Washington strike trade deal',
        'Seoul and Washington struck an agreement on Friday that lowers duties on Korean cars to 15 percent.',
      ],
    ].map(([title, text]) => ({
      published: '2025-07-31',
      title,
      text,
      relevant: true,
      has: ['deal_reached', 'tariff_reduced'],
      lacks: [],
    })),
    // The deal's aim is something else, or the deal is still being sought.
    {
      published: '2025-07-31',
      title: 'Korea and US sign trade deal to boost investment',
      text: 'Officials from both governments put their names to the text in Washington on Thursday.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['tariff_reduced'],
    },
    {
      published: '2025-07-31',
      title: 'Korea and US still negotiating a deal to cut tariffs',
      text: 'Officials from both sides met in Seoul on Thursday.',
      relevant: true,
      has: [],
      lacks: ['deal_reached', 'tariff_reduced'],
    },
  ]),
  ...fromStories('background clauses dated this week', 'has-lacks', [
    {
      published: '2025-10-30',
      title: "Lutnick's account of the Korea deal differs",
      text: 'As Trump and Lee reached a tariff agreement at a summit on the 29th, Lutnick gave a different account of it.',
      relevant: true,
      has: ['deal_reached'],
      lacks: [],
    },
    {
      published: '2025-07-31',
      title: 'Korea-US trade talks: what comes next',
      text: 'After Korea and the US struck a trade deal on Wednesday, Korean carmaker shares rose on Thursday.',
      relevant: true,
      has: ['deal_reached'],
      lacks: [],
    },
    {
      published: '2025-07-31',
      title: 'Seoul pledges $350 billion in US investment',
      text: 'When the two sides signed the tariff pact on Monday, Seoul pledged $350 billion in US investment.',
      relevant: true,
      has: ['deal_reached'],
      lacks: [],
    },
    {
      published: '2025-08-12',
      title: "Korea's Lee to meet Trump on Aug. 25",
      text: 'President Lee Jae-myung is to meet Trump on Aug. 25 for tariff talks, after the two allies announced a tariff pact in the closing days of July.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['deal_reached'],
    },
    // The background clause opens inside the sentence's only clause, after its main verb.
    {
      published: '2025-08-08',
      title: 'Korean exporters count the cost of the new US rate',
      text: 'Korean exports to America fell sharply after the 15% tariff on Korean goods took effect on Thursday.',
      relevant: true,
      has: ['tariff_imposed'],
      lacks: [],
    },
    {
      published: '2025-08-08',
      title: 'Seoul asks Washington to refund duties',
      text: 'Duties paid by Korean importers when the new reciprocal rate came into force on Thursday will be returned.',
      relevant: true,
      has: ['tariff_imposed'],
      lacks: [],
    },
    {
      published: '2025-08-08',
      title: 'Korean carmakers feel the US tariff as Seoul keeps negotiating',
      text: 'Korean car orders slumped after the 25% US duty on them went into effect this week.',
      relevant: true,
      has: ['tariff_imposed'],
      lacks: [],
    },
    // "days after": the clause is told as the time before the news, which is the background's own.
    {
      published: '2025-08-08',
      title: 'Korea and US trade officials meet in Seoul',
      text: 'Yeo met Greer in Seoul on Thursday, a week after both governments struck a tariff agreement on Sunday.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['deal_reached'],
    },
  ]),
  // One tariff for the whole world is no threat or tariff of the partner's own; a rate named for the partner still is.
  ...fromSentences('a tariff on every partner', 'Korea-US tariff negotiations', '2026-02-23', 'has-lacks', [
    [
      'After the ruling, Trump put a 10% levy on goods from all countries, Korea among them, from Tuesday.',
      [],
      ['tariff_threatened', 'tariff_imposed', 'deadline_set'],
    ],
    [
      'The White House on Saturday put a temporary 15% levy on goods from nearly every nation.',
      [],
      ['tariff_threatened', 'tariff_imposed'],
    ],
    [
      'Trump said on Sunday he would raise the new global tariff to 15% before the week is out.',
      [],
      ['tariff_threatened'],
    ],
    [
      'Washington slapped a 10% duty on goods from all trading partners, including Korea, on Tuesday.',
      [],
      ['tariff_imposed'],
    ],
    [
      'Trump on Saturday imposed a 10% levy on all countries and a 25% tariff on Korean goods.',
      ['tariff_imposed'],
      [],
    ],
    ['Trump on Saturday imposed a 25% tariff on all imports from Korea.', ['tariff_imposed'], []],
  ]),
  // A relative clause opened by a preposition and "which" describes the noun before it: no tariff imposed today.
  ...fromSentences(
    'relative clauses opened by a preposition',
    'Korea-US tariff negotiations',
    '2026-02-21',
    'lacks',
    [
      [
        'The court ruled that the act, under which Trump imposed 25% tariffs on Korean goods, does not allow them.',
        ['tariff_imposed'],
      ],
      [
        'The emergency powers act, under which the 25% tariff on Korean goods was imposed, was struck down on Friday.',
        ['tariff_imposed'],
      ],
      [
        'Judges said the law, under which Washington slapped a 25% levy on Korean cars, gives no such power.',
        ['tariff_imposed'],
      ],
    ],
  ),
  // The purpose of a stay told in the past was a plan then; the meeting is no longer ahead.
  ...fromSentences('a stay told in the past', 'Korea-US tariff negotiations', '2025-07-16', 'has-lacks', [
    ['Yeo was in Washington on Monday to meet Lutnick about the tariffs.', [], ['talks_scheduled']],
    [
      'Two Korean vice ministers were in Seoul last week to hold tariff talks with US envoys.',
      [],
      ['talks_scheduled'],
    ],
    ['Koo was at the Treasury on Tuesday to meet Bessent over the tariff package.', [], ['talks_scheduled']],
    ['The trade minister was in Washington yesterday to sit down with Greer.', [], ['talks_scheduled']],
    ['Yeo will be in Washington next week to meet Lutnick about the tariffs.', ['talks_scheduled'], []],
  ]),
  // "Other tariffs" are other partners' when the subject names none of the track's.
  ...fromSentences('other tariffs', 'Korea-US tariff negotiations', '2025-08-01', 'has-lacks', [
    ['Many other tariffs were cut by the order on Thursday.', [], ['tariff_reduced']],
    ['Several other levies were lowered to 10% in the revision on Thursday.', [], ['tariff_reduced']],
    ['Other levies were reduced by the new order on Thursday.', [], ['tariff_reduced']],
    ['Some other duties were lowered by Thursday’s revision.', [], ['tariff_reduced']],
    ['Other tariffs on Korean goods were lowered to 10% by the order on Thursday.', ['tariff_reduced'], []],
  ]),
  // A pattern's words after a conjunction whose clause has its own verb belong to that clause, not to the verb before.
  ...fromSentences(
    'a later clause keeps its own words',
    'Korea-US tariff negotiations',
    '2026-03-10',
    'has-lacks',
    [
      [
        'Korean car shipments to America dropped sharply after the 25% duty took effect last week.',
        ['tariff_imposed'],
        ['tariff_reduced'],
      ],
      [
        'Korean carmakers cut output after the 25% tariff on their vehicles took effect on Monday.',
        [],
        ['tariff_reduced'],
      ],
      [
        'Orders for Korean steel dropped before the 50% tariff on the metal came into force on Monday.',
        [],
        ['tariff_reduced'],
      ],
      [
        'Car exports to the US fell when the 25% levy on Korean vehicles kicked in on Monday.',
        [],
        ['tariff_reduced'],
      ],
      [
        'Washington cut the tariff on Korean cars to 15% after the two sides signed the deal.',
        ['tariff_reduced'],
        [],
      ],
    ],
  ),
  // After a denial, "let alone" or ", still less" adds something even less so: it is denied too.
  ...fromSentences('even less so', 'Korea-US tariff negotiations', '2026-03-10', 'has-lacks', [
    [
      'Seoul has not met Washington this month, still less reached a deal on the tariff.',
      [],
      ['deal_reached'],
    ],
    ['Korea has not been invited to talks, let alone handed a new proposal by the US.', [], ['proposal']],
    [
      'The US has not replied to Seoul, much less agreed to cut the tariff on Korean cars.',
      [],
      ['tariff_reduced'],
    ],
    ['Korea and the US reached a much less ambitious deal on Friday.', ['deal_reached'], []],
  ]),
  // A number that counts the subject's things ("since the two largest economies imposed ...") is no time.
  ...fromSentences(
    'a number in a background clause',
    'China-US tariff negotiations',
    '2025-05-11',
    'has-lacks',
    [
      [
        'He met Bessent in their first talks since the two largest economies imposed tariffs above 100% on each other.',
        ['talks_held'],
        ['tariff_imposed'],
      ],
    ],
  ),
  ...fromSentences(
    'a number in a background clause',
    'Korea-US tariff negotiations',
    '2025-05-11',
    'has-lacks',
    [
      [
        'Yeo met Greer on Friday in their first meeting since the two governments struck a tariff deal.',
        ['talks_held'],
        ['deal_reached'],
      ],
      [
        'Yeo met Greer again, the first meeting since both sides’ two top envoys reached a deal.',
        ['talks_held'],
        ['deal_reached'],
      ],
      ['The talks were the first since 12 nations signed the pact with Washington.', [], ['deal_reached']],
    ],
  ),
  // Any meeting word names the talks an extension is the topic of ("consultations cover extending the truce").
  ...fromSentences(
    'an extension as the topic of talks',
    'China-US tariff negotiations',
    '2025-09-12',
    'has-lacks',
    [
      ['The two sides’ consultations cover soybeans and extending the truce.', [], ['deadline_extended']],
      ['Next week’s round will take up extending the pause on tariffs.', [], ['deadline_extended']],
      [
        'A summit later this month is set to include extending the truce.',
        ['talks_scheduled'],
        ['deadline_extended'],
      ],
      [
        'Their discussions will cover chip controls, fentanyl and extending the truce.',
        [],
        ['deadline_extended'],
      ],
      ['Trump extended the truce at the summit on Monday.', ['deadline_extended'], []],
    ],
  ),
  // "According to" reports; it is not the noun "accord", so what it reports reached is no deal unless it names one.
  ...fromSentences('according to is no accord', 'Korea-US tariff negotiations', '2026-01-20', 'has-lacks', [
    ['According to traders, the purchase target was reached on Monday.', [], ['deal_reached']],
    ['According to officials, the 90% mark was secured on Friday.', [], ['deal_reached']],
    ['According to Yonhap, the plan was announced on Friday.', [], ['deal_reached']],
    ['According to Yonhap, the trade accord was signed on Friday.', ['deal_reached'], []],
  ]),
  // One partner's deal "with" another partner, and no counterpart in the clause, is between two other sides.
  ...fromStories('a deal with another partner', 'has-lacks', [
    ...[
      [
        'London and Washington resume tariff negotiations',
        'This round opens just as Britain unveiled a big new trade deal with Canada on Tuesday',
      ],
      [
        'UK, US press on with tariff talks',
        'Negotiators meet as Britain sealed a major new trade pact with Japan this week',
      ],
      [
        'British team in Washington for tariff talks',
        'The visit opens as the UK signed a landmark free trade accord with India on Monday',
      ],
    ].map(([title, lead]) => ({
      published: '2025-05-07',
      title,
      text: `${lead}\n\nBritish and American officials are still working on terms to ease the tariffs.`,
      relevant: true,
      has: [],
      lacks: ['deal_reached'],
    })),
    {
      published: '2025-05-07',
      title: 'UK and US edge closer to an economic deal',
      text: 'This round opens just as Britain clinched a tariff pact with the US on Tuesday\n\nBritish and American officials are still working on terms to ease the tariffs.',
      relevant: true,
      has: ['deal_reached'],
      lacks: [],
    },
  ]),
  // ", which ..." after a deal dated weeks ago tells what that deal did then, unless it names a time of its own.
  ...fromSentences('what an old deal did', 'Korea-US tariff negotiations', '2025-08-01', 'has-lacks', [
    [
      'Talks build on a pact the two sides signed in March, which lowered the duty on Korean autos to 15%.',
      [],
      ['tariff_reduced'],
    ],
    [
      'Seoul wants more than the framework settled in May, which cut the levy on Korean steel to 25%.',
      [],
      ['tariff_reduced'],
    ],
    [
      'Officials reviewed the accord reached in April, which reduced the tariff on Korean goods to 15%.',
      [],
      ['tariff_reduced'],
    ],
    [
      'Seoul and Washington signed the pact on Thursday, which lowered the duty on Korean autos to 15%.',
      ['tariff_reduced'],
      [],
    ],
  ]),
  // A participle before its noun, as the object of a verb still to be done, describes what is sought.
  ...fromSentences('lowered tariffs sought', 'Korea-US tariff negotiations', '2025-08-01', 'has-lacks', [
    [
      'Korean ministers are touring Washington to negotiate lowered U.S. duties for Korean goods.',
      [],
      ['tariff_reduced'],
    ],
    ['Seoul’s team is visiting the US to win reduced U.S. levies on Korean chips.', [], ['tariff_reduced']],
    [
      'Korean officials are heading to Washington to secure lowered U.S. duties on Korean steel.',
      [],
      ['tariff_reduced'],
    ],
    [
      'Seoul’s negotiators are visiting the capital to obtain reduced U.S. levies for Korean ships.',
      [],
      ['tariff_reduced'],
    ],
    ['The US has lowered its tariff on Korean autos to 15%.', ['tariff_reduced'], []],
  ]),
  // A tariff on all imported or foreign goods of a kind is one for the whole world, not the partner's own.
  ...fromStories(
    'a tariff on whatever is imported',
    'has-lacks',
    [
      'Trump has also threatened a 25% levy on all imported vehicles.',
      'Trump has also threatened a 25% levy on all foreign cars.',
      'Trump also threatened 25% tariffs on all foreign-made cars.',
      'Trump threatened on Friday a 25% tariff on all Korean imports.',
    ].map((threat, i) => ({
      published: '2025-03-01',
      title: `Korea-US tariff talks, day ${i + 1}`,
      text: `Korean steel faces a 25% US tariff from March 12, Seoul said. ${threat}`,
      relevant: true,
      has: i === 3 ? ['tariff_threatened'] : [],
      lacks: i === 3 ? [] : ['tariff_threatened'],
    })),
  ),
  // A tariff "covering" all countries targets the whole world, as one "on" all countries does.
  ...fromSentences(
    'a tariff covering every country',
    'Korea-US tariff negotiations',
    '2025-04-07',
    'has-lacks',
    [
      ['Washington imposed a 10% tariff covering all trading partners on Saturday.', [], ['tariff_imposed']],
      [
        'The administration slapped a 10% duty covering almost every country on Saturday.',
        [],
        ['tariff_imposed'],
      ],
      ['On Saturday the US applied a 10% levy covering virtually all nations.', [], ['tariff_imposed']],
      ['Washington imposed a 25% tariff covering all Korean cars on Saturday.', ['tariff_imposed'], []],
    ],
  ),
  // Emergency talks with the other side are talks planned; an emergency meeting is not one side's own by its name.
  ...fromSentences(
    'emergency talks with the other side',
    'Korea-US tariff negotiations',
    '2025-07-08',
    'has-lacks',
    [
      ['Yeo will hold emergency talks with Greer in Washington on Friday.', ['talks_scheduled'], []],
      ['Kim will meet Lutnick for emergency talks on Friday.', ['talks_scheduled'], []],
      ['Korea and the US will convene an emergency meeting on the fund on Monday.', ['talks_scheduled'], []],
    ],
  ),
  // A round of something other than talks (investigations, tariffs, retaliation) is no round of talks.
  ...fromSentences('a round of something else', 'Korea-US tariff negotiations', '2026-03-12', 'has-lacks', [
    ['The Commerce Department launched a further round of trade probes on Friday.', [], ['talks_held']],
    ['The administration opened a new round of steel inquiries on Monday.', [], ['talks_held']],
    ['Washington started a fresh round of export curbs on Friday.', [], ['talks_held']],
    ['The US began another round of retaliation on Friday.', [], ['talks_held']],
    ['Washington completed a second round of duty reviews on Korean steel on Monday.', [], ['talks_held']],
    ['Korea and the US held a fifth round of high-level trade talks on Monday.', ['talks_held'], []],
  ]),
  // A time to come left open ("at some point", "eventually") is no plan and no cut made.
  ...fromSentences('a time left open', 'Korea-US tariff negotiations', '2025-10-11', 'has-lacks', [
    ['Trump said he will lower the duties on Korean goods at some point.', [], ['tariff_reduced']],
    ['The US will eventually cut the levy on Korean cars, Lutnick said.', [], ['tariff_reduced']],
    ['Trump will meet Lee at some point, the White House said.', [], ['talks_scheduled']],
    ['Kim expects to hold more talks with Lutnick in the near future.', [], ['talks_scheduled']],
    [
      'Lee is to fly to Washington for a summit at an appropriate time, his office said.',
      [],
      ['talks_scheduled'],
    ],
    [
      'Lee plans a trip to Washington to hold a summit with Trump at a convenient time.',
      [],
      ['talks_scheduled'],
    ],
    ['The two sides plan to hold another round of tariff talks at a later date.', [], ['talks_scheduled']],
    ['The two sides plan to hold another round of tariff talks next week in Seoul.', ['talks_scheduled'], []],
    ['The US eventually cut the levy on Korean cars on Friday.', ['tariff_reduced'], []],
  ]),
  // What one side warns the other against is what it wants not to happen.
  ...fromSentences('warned against', 'China-US tariff negotiations', '2025-04-21', 'has-lacks', [
    [
      'Beijing sent a pointed warning to other nations against sealing trade pacts with the US.',
      [],
      ['deal_reached'],
    ],
    ['Beijing warned Washington against imposing new tariffs on Chinese goods.', [], ['tariff_threatened']],
    ['Beijing warned the US against slapping higher tariffs on Chinese cars.', [], ['tariff_threatened']],
    ['Trump warned on Friday that he would impose new tariffs on China.', ['tariff_threatened'], []],
  ]),
  // "New" that begins a place's name ("a New York meeting") is no new meeting; a likelihood after the match hedges it.
  ...fromStories(
    'new as part of a name',
    'has-lacks',
    [
      [
        'Goyal’s New York meeting with Lutnick went well on Tuesday',
        'India and the US are in tariff talks with Washington officials.',
      ],
      [
        'Greer’s New York meeting with Yeo went smoothly on Monday',
        'Korea and the US are in tariff talks with Washington officials.',
      ],
      [
        'The New Zealand meeting with Greer was brief, Wellington said on Tuesday',
        'New Zealand and the US are in tariff talks with Washington officials.',
      ],
    ].map(([title, text]) => ({
      published: '2025-09-25',
      title,
      text,
      relevant: true,
      has: ['talks_held'],
      lacks: ['talks_scheduled'],
    })),
  ),
  // A country's name before its firms ("Korean carmakers") names the firms; what they agree is no deal of the sides.
  ...fromSentences(
    'firms named by their country',
    'Korea-US tariff negotiations',
    '2025-08-12',
    'has-lacks',
    [
      ['Korean carmakers have agreed to invest $20 billion in US plants.', [], ['deal_reached']],
      ['Korean shipbuilders agreed to build a yard in Pennsylvania on Friday.', [], ['deal_reached']],
      ['Korean battery makers have agreed to build two more plants in Georgia.', [], ['deal_reached']],
      [
        'US chip companies agreed on Monday to pay a share of their sales to the government.',
        [],
        ['deal_reached'],
      ],
      [
        'Seoul and Washington settled on a pact that lowers the duty for Korean carmakers.',
        ['deal_reached'],
        [],
      ],
    ],
  ),
  // The UN's General Assembly is a forum abroad where the two sides meet, not the partner's legislature.
  ...fromSentences('a forum abroad', 'Korea-US tariff negotiations', '2025-09-15', 'has-lacks', [
    ['Yeo will meet Greer at next week’s General Assembly session in New York.', ['talks_scheduled'], []],
    [
      'Korea’s trade minister is set to hold talks with Lutnick at the General Assembly on Tuesday.',
      ['talks_scheduled'],
      [],
    ],
    ['Kim will sit down with Bessent at the UN General Assembly on Thursday.', ['talks_scheduled'], []],
    [
      'Yeo will meet the National Assembly’s trade committee next week to explain the tariff talks.',
      [],
      ['talks_scheduled'],
    ],
  ]),
  // Talks vowed, pledged or promised are talks to come, not a round held, in a headline as in the text.
  ...fromStories('talks promised, not held', 'has-lacks', [
    {
      published: '2025-08-11',
      title: 'Seoul vows closer talks with Washington on steel',
      text: 'Seoul will keep pressing Washington over the 50% levy on its steel, the trade ministry said on Monday.',
      relevant: true,
      lacks: ['talks_held'],
    },
    {
      published: '2025-08-11',
      title: 'Seoul promises tougher talks with Washington over fund',
      text: 'Korean officials said on Monday that the $350 billion fund remains the main sticking point with the US.',
      relevant: true,
      lacks: ['talks_held'],
    },
    {
      published: '2025-08-11',
      title: 'Korea-US tariff negotiations',
      text: 'Seoul pledged more talks with Washington on Friday. The 15% tariff on Korean goods stays in place for now.',
      relevant: true,
      lacks: ['talks_held'],
    },
  ]),
  // "May" after a preposition or before its day is the month, not the modal: it hedges nothing.
  ...fromSentences('the month of May', 'Korea-US tariff negotiations', '2025-05-02', 'has-lacks', [
    ['From May 12 to May 14, Yeo will meet Greer in Washington.', ['talks_scheduled'], []],
    ['Yeo, in Washington until May 14, will meet Greer on Tuesday.', ['talks_scheduled'], []],
    ["Between May 12 and May 14, Seoul's envoy will sit down with Lutnick.", ['talks_scheduled'], []],
  ]),
  // ", officials said ..." after a match opens a clause of its own: its words do not overrule the match.
  ...fromSentences(
    'a saying clause after the match',
    'Korea-US tariff negotiations',
    '2025-10-07',
    'has-lacks',
    [
      [
        'In Washington, where Yeo met Greer on Monday for two hours, officials said the talks went further than previous rounds.',
        ['talks_held'],
        [],
      ],
      [
        "Yeo met Greer on Tuesday, Seoul's envoy told reporters after a year of setbacks.",
        ['talks_held'],
        [],
      ],
      [
        'Kim met Lutnick in Washington on Friday, Korean officials said after a year of stalled talks.',
        ['talks_held'],
        [],
      ],
    ],
  ),
  // What a meeting held was for ("to discuss next steps") does not make it a meeting still to come.
  ...fromSentences("a past meeting's purpose", 'Korea-US tariff negotiations', '2025-09-17', 'has-lacks', [
    [
      'US envoy Lynch held a useful meeting in Seoul with his Korean counterpart on Tuesday to discuss next steps.',
      ['talks_held'],
      [],
    ],
    ['Yeo held talks with Greer in Washington on Monday to set up the next round.', ['talks_held'], []],
    ['Kim met Lutnick in New York on Friday to prepare for the upcoming summit.', ['talks_held'], []],
  ]),
  // A negation of the verb before "and" is that verb's: the tensed verb joined after it is affirmed.
  ...fromSentences('negation of a joined verb', 'Korea-US tariff negotiations', '2025-07-30', 'has-lacks', [
    [
      'Trump said the deal with Seoul was not finalised and warned of higher tariffs on Korea.',
      ['tariff_threatened'],
      [],
    ],
    [
      'Lutnick said the pact had yet to be signed and threatened Seoul with a 25% tariff.',
      ['tariff_threatened'],
      [],
    ],
    [
      'Trump did not sign the order and warned Korea of steep new tariffs on Monday.',
      ['tariff_threatened'],
      [],
    ],
  ]),
  // A tariff's implementation announced from a day to come is a threat with its date, not a tariff in force.
  ...fromSentences(
    'an implementation from a day to come',
    'Korea-US tariff negotiations',
    '2025-07-09',
    'has-lacks',
    [
      [
        'Washington announced on Friday the implementation of a 25% levy on Korean goods from Aug. 1.',
        ['tariff_threatened'],
        ['tariff_imposed'],
      ],
    ],
  ),
  // A leading "As ..." clause with a verb of its own ends at its comma: its negation is not the main clause's.
  ...fromSentences('a leading as-clause', 'Korea-US tariff negotiations', '2025-10-14', 'has-lacks', [
    [
      'As both governments failed to close their gaps, Seoul said it handed Washington a revised offer.',
      ['proposal'],
      [],
    ],
    ['As talks did not move forward, Korea submitted a new proposal to the US on Monday.', ['proposal'], []],
    ['As the sides could not agree on the fund, Yeo met Greer in Washington on Friday.', ['talks_held'], []],
    ['As expected, Korea did not present a new offer on Monday.', [], ['proposal']],
  ]),
  ...fromSentences('deadline and cancellation wording', 'Korea-US tariff negotiations', '2025-07-08', 'has', [
    ['Trump on Monday set Aug. 1 as the new deadline for Korea to reach a tariff deal.', ['deadline_set']],
    [
      'Korea won a three-week extension of the tariff deadline on Monday, to Aug. 1.',
      ['deadline_extended', 'deadline_set'],
    ],
    [
      'The planned 2+2 tariff talks in Washington have been put on hold, officials said on Monday.',
      ['talks_cancelled'],
    ],
  ]),
  ...fromSentences(
    'dates that are not the time of telling',
    'Korea-US tariff negotiations',
    '2025-07-24',
    'has',
    [
      [
        'Trump extended the deadline for Korea to August 1 from July 9.',
        ['deadline_extended', 'deadline_set'],
      ],
      [
        'The White House moved the tariff deadline from July 8 to August 12 on Monday.',
        ['deadline_extended'],
      ],
      ['Lee is expected to meet Trump at the APEC summit in Gyeongju later this month.', ['talks_scheduled']],
      [
        'Yeo will travel to Washington later this week for another round of tariff talks.',
        ['talks_scheduled'],
      ],
    ],
  ),
  ...fromSentences(
    'background clauses and what did not happen',
    'Korea-US tariff negotiations',
    '2025-07-24',
    'has-lacks',
    [
      [
        'The meeting on Thursday was the first tariff negotiation between the allies since Trump’s tariffs took effect.',
        [],
        ['tariff_imposed'],
      ],
      [
        'The talks took place just four days after both sides reached an agreement on autos in Geneva.',
        [],
        ['deal_reached'],
      ],
      [
        'Without the extension, US tariffs on Korean goods would have risen to 50% on Friday.',
        [],
        ['tariff_threatened'],
      ],
      [
        'The announcement came after negotiators from Seoul and Washington held a seven-hour meeting on Wednesday.',
        ['talks_held'],
        [],
      ],
    ],
  ),
  // The purpose of a trip told in the past was met on it, not planned; a trip still to come is a plan.
  ...fromSentences('a trip told in the past', 'Korea-US tariff negotiations', '2025-09-14', 'has-lacks', [
    ['Kim rushed to New York to meet Lutnick at his home.', [], ['talks_scheduled']],
    ['Kim drove four hours to New York to meet Lutnick.', [], ['talks_scheduled']],
    ['Kim rushed from Seoul to meet Lutnick in person.', [], ['talks_scheduled']],
    ['Kim is traveling to Washington to meet Lutnick.', ['talks_scheduled'], []],
    // Arriving to meet tells the meeting still to come.
    ['Yeo arrived in Washington on Sunday to meet Greer.', ['talks_scheduled'], []],
  ]),
  // A meeting named with "at" or "during" took place, whatever the verb before it denies.
  ...fromSentences(
    'a meeting the clause presupposes',
    'Korea-US tariff negotiations',
    '2025-06-17',
    'has-lacks',
    [
      ['Lee and Trump reached no deal during their talks in Canada on Monday.', ['talks_held'], []],
      ['Kim won no concession from Lutnick at their meeting on Friday.', ['talks_held'], []],
      ['The two sides failed to narrow gaps during talks in Washington on Thursday.', ['talks_held'], []],
      ['Kim did not attend the meeting with Lutnick on Monday.', [], ['talks_held']],
    ],
  ),
  // "said he would meet": the reported "will meet" is a meeting planned, dated or not; one left open is not.
  ...fromSentences(
    'a meeting reported as to come',
    'Korea-US tariff negotiations',
    '2025-09-15',
    'has-lacks',
    [
      [
        'Yeo told reporters he would meet Greer to go through the fine print of the pact.',
        ['talks_scheduled'],
        [],
      ],
      ['The minister said she would meet her US counterpart to discuss the fund.', ['talks_scheduled'], []],
      ['Lee said he would meet Trump to settle the terms of the investment.', ['talks_scheduled'], []],
      ['Kim said he would meet Lutnick in the near future.', [], ['talks_scheduled']],
    ],
  ),
  // Unsuccessful in striking a deal is a deal not struck, as "failed to strike" is.
  ...fromSentences(
    'a deal not struck, told with an adjective',
    'Korea-US tariff negotiations',
    '2025-07-31',
    'has-lacks',
    [
      [
        'Seoul has so far been unsuccessful in sealing an accord with Washington on the levy.',
        [],
        ['deal_reached'],
      ],
      [
        'Seoul was unsuccessful in clinching an agreement with Washington at the talks on Monday.',
        [],
        ['deal_reached'],
      ],
      [
        'Kim has been unsuccessful in finalising the trade agreement with Lutnick, he said.',
        [],
        ['deal_reached'],
      ],
      ['After an unsuccessful first round, Korea and the US reached a deal on Friday.', ['deal_reached'], []],
    ],
  ),
  // What was announced or confirmed "would" happen is a decision made public, dated or not; what was only said
  // "would" happen, undated, may be a hope.
  ...fromSentences('a move announced as to come', 'Korea-US tariff negotiations', '2025-11-03', 'has-lacks', [
    ['Trump announced that he would lower the levy on Korean cars to 15% from 25%.', ['tariff_reduced'], []],
    [
      'The White House confirmed it would trim the duty on Korean steel from 50% to 25%.',
      ['tariff_reduced'],
      [],
    ],
    ['Washington announced it would halve the 50% tariff on Korean goods.', ['tariff_reduced'], []],
    [
      'Lutnick said he would like to bring the tariff on Korean cars down to 15% from 25%.',
      [],
      ['tariff_reduced'],
    ],
  ]),
  // "the two biggest economies", "both major economies": the pair the track is about, adjectives between.
  ...fromSentences('the pair with its adjectives', 'China-US trade talks', '2025-10-26', 'has-lacks', [
    ['The two largest nations will hold trade talks in Madrid on Sunday.', ['talks_scheduled'], []],
    ['Both major economies struck a deal to extend the tariff truce on Monday.', ['deal_reached'], []],
    [
      'The two biggest economies held a fresh round of trade talks in Geneva on Saturday.',
      ['talks_held'],
      [],
    ],
    ['Other large economies struck deals with Washington on Monday.', [], ['deal_reached']],
  ]),
  // "had Seoul agreed", "were the US to cut": the auxiliary before its subject opens a condition.
  ...fromSentences('a condition by inversion', 'Korea-US tariff negotiations', '2025-06-17', 'lacks', [
    ['Had the two sides reached a deal, the tariff would have fallen to 15%.', ['deal_reached']],
    ['Had Seoul and Washington struck a pact in July, the levy would be 15% now.', ['deal_reached']],
    ['Washington would have cut the tariff to 10% had Seoul agreed to pay cash.', ['deal_reached']],
  ]),
  // "on the 11th of the same month" takes the month named before it: a pause in April is no news in July.
  ...fromSentences('a day of the same month', '', '2025-07-14', 'lacks', [
    [
      'The US set a 25% levy on Korean products on April 2, and on the 11th of the same month it delayed the tariff for 90 days.',
      ['deadline_extended'],
    ],
    [
      'Trump announced tariffs on Korean goods on April 2. He paused the Korean tariff for 90 days on the 11th of the same month.',
      ['deadline_extended'],
    ],
    [
      'Korea was hit with a 25% rate on April 2. Trump then suspended the Korean tariff for 90 days on the 11th of the same month.',
      ['deadline_extended'],
    ],
  ]),
  // A company the partner's name owns ("South Korea's Samsung Electronics") is not the partner.
  ...fromSentences('the partner’s firms', 'Korea-US tariff negotiations', '2025-10-27', 'has-lacks', [
    [
      'South Korea’s Samsung Electronics signed a supply deal with US chipmaker Nvidia on Monday.',
      [],
      ['deal_reached'],
    ],
    [
      'Korea’s Hyundai Motor Group struck an agreement with a US battery maker this week.',
      [],
      ['deal_reached'],
    ],
    [
      'Korea’s POSCO Holdings has sealed a pact with an American steel mill to build a plant.',
      [],
      ['deal_reached'],
    ],
    ['South Korea’s trade ministry signed a tariff deal with the US on Monday.', ['deal_reached'], []],
  ]),
  ...fromSentences('company visits are not talks', 'Korea-US tariff negotiations', '2025-07-20', 'lacks', [
    [
      'Industry Minister Kim Jung-kwan will visit Samsung’s chip plant in Texas next week amid the US tariff talks.',
      ['talks_scheduled'],
    ],
    ['Kim met Samsung Chairman Lee Jae-yong on Monday to discuss the impact of US tariffs.', ['talks_held']],
  ]),
  ...fromSentences('probe sentences', 'Korea-US tariff negotiations', null, 'exact', [
    [
      '2025-07-28',
      'Korea, US to hold last-ditch talks this week before tariff deadline',
      ['talks_scheduled'],
      null,
      [],
    ],
    [
      '2025-07-28',
      'Kim Jung-kwan arrived in Washington on Sunday for last-ditch tariff talks with Lutnick.',
      ['talks_scheduled'],
      null,
      [],
    ],
    [
      '2025-07-31',
      'South Korea and the United States have agreed to a trade deal, Trump said on Truth Social.',
      ['deal_reached'],
      null,
      [],
    ],
    [
      '2025-07-31',
      'Under the deal, the US will impose a 15 percent tariff on Korean goods, instead of the 25 percent it had threatened.',
      ['tariff_reduced'],
      null,
      [15, 25],
    ],
    [
      '2025-08-02',
      'Trump on Thursday signed an executive order setting a 15 percent tariff on Korean goods.',
      ['tariff_imposed'],
      null,
      [15],
    ],
    [
      '2025-08-07',
      'A 15 percent US tariff on Korean goods went into effect on Thursday.',
      ['tariff_imposed'],
      null,
      [15],
    ],
    [
      '2025-09-15',
      'Seoul and Washington remain at odds over how the $350 billion fund will be structured.',
      ['no_breakthrough'],
      null,
      [],
    ],
    [
      '2025-10-10',
      'Korea and the US are close to a deal on the investment package, a senior official said on Friday.',
      [],
      null,
      [],
    ],
    [
      '2025-07-25',
      "The US postponed the 2+2 meeting scheduled for Friday, citing Bessent's schedule.",
      ['talks_cancelled'],
      null,
      [],
    ],
    [
      '2025-07-20',
      'Korea has proposed buying more US liquefied natural gas as part of the tariff negotiations, officials said on Sunday.',
      ['proposal'],
      null,
      [],
    ],
    [
      '2025-07-20',
      'Lutnick demanded that Korea fully open its rice market, according to officials.',
      ['proposal'],
      null,
      [],
    ],
    [
      '2025-07-09',
      'Trump said on Tuesday there would be no extensions beyond Aug. 1 for Korea’s tariffs.',
      ['deadline_set'],
      '2025-08-01',
      [],
    ],
    [
      '2025-04-09',
      'Trump paused the reciprocal tariffs on Korea for 90 days on Wednesday.',
      ['deadline_extended'],
      null,
      [],
    ],
  ]),
  ...fromSentences('deadline probes', 'Korea-US tariff negotiations', null, 'exact-deadline', [
    [
      '2025-07-31',
      'The agreement brings the tariff on Korean cars down to 15 percent.',
      ['tariff_reduced'],
      null,
    ],
    [
      '2025-11-14',
      'Washington will exempt Korean aircraft parts from tariffs under the deal announced on Friday.',
      ['deal_reached', 'tariff_reduced'],
      null,
    ],
    [
      '2025-07-08',
      'The tariff hike on Korean goods was delayed until Aug. 1 to allow more time for talks, the White House said on Monday.',
      ['deadline_extended', 'deadline_set'],
      '2025-08-01',
    ],
    [
      '2025-07-08',
      'Trump on Monday gave Korea three more weeks, moving the tariff deadline to Aug. 1.',
      ['deadline_extended', 'deadline_set'],
      '2025-08-01',
    ],
    [
      '2025-05-12',
      'The 90-day pause on reciprocal tariffs on Korean goods runs until July 8.',
      [],
      '2025-07-08',
    ],
    [
      '2025-07-07',
      'Trump said he would not extend the July 9 tariff deadline for Korea.',
      ['deadline_set'],
      '2025-07-09',
    ],
  ]),
  ...fromSentences('future deals are not deals', 'Korea-US tariff negotiations', '2025-08-01', 'no-deal', [
    'Korea and the US will sign the trade agreement at the summit next week.',
    'The two sides will seal the tariff deal when Lee visits Washington.',
  ]),
  // "as soon as possible" says how soon, not on what condition: the plan stands.
  ...fromSentences('as soon as possible', 'Korea-US tariff negotiations', '2025-07-20', 'has-lacks', [
    [
      'Kim will visit the US as soon as possible for talks with Lutnick on the levy.',
      ['talks_scheduled'],
      [],
    ],
    [
      'Seoul will send its trade minister to the US as soon as possible for talks on the tariff.',
      ['talks_scheduled'],
      [],
    ],
    [
      'The two sides will resume their talks with the US as soon as possible, Yeo said.',
      ['talks_scheduled'],
      [],
    ],
  ]),
  // "being" and a participle after a noun tells a deal still in the making, whatever time it names.
  ...fromSentences('a deal being made', 'Korea-US tariff negotiations', '2025-06-05', 'has-lacks', [
    ['Seoul is counting on the tariff pact being finalised before the July 9 cutoff.', [], ['deal_reached']],
    ['Officials in Seoul spoke of the trade agreement being concluded within weeks.', [], ['deal_reached']],
    ['Investors bet on the trade deal being struck this month.', [], ['deal_reached']],
    // Told done, the same deal is news.
    ['Both leaders signed the trade deal in Seoul on Tuesday.', ['deal_reached'], []],
  ]),
  // "to" and a plural-looking word is the preposition and a noun: an infinitive never takes the -s form.
  ...fromSentences('a noun after "to"', 'Korea-US tariff negotiations', '2026-02-01', 'has-lacks', [
    ['Trump warned Seoul of a 25% levy on its exports due to delays in the fund.', [], ['deadline_extended']],
    [
      'Trump threatened to raise the levy on Korea owing to delays at the National Assembly.',
      [],
      ['deadline_extended'],
    ],
    [
      'The president threatened Korea with a higher tariff, pointing to delays in its investments.',
      [],
      ['deadline_extended'],
    ],
  ]),
  // An en dash typed between two names ("the Korea–US pact") joins them as a hyphen does; it sets off no aside.
  ...fromSentences(
    'two names joined by an en dash',
    'Korea-US tariff negotiations',
    '2025-07-20',
    'has-lacks',
    [
      [
        'Trump on Friday unveiled the U.S.–Korea trade framework, keeping a 15% tariff.',
        ['deal_reached'],
        [],
      ],
      ['Both presidents signed the Korea–US trade agreement in Gyeongju on Wednesday.', ['deal_reached'], []],
      [
        'The two sides held a fresh round of Korea–US tariff talks in Washington on Monday.',
        ['talks_held'],
        [],
      ],
    ],
  ),
];

/** Short whole stories we wrote, with the labels the spec's conventions give them. */
export const STORY_CASES: BehaviourCase[] = [
  // "Meetings" in the plural names talks as "talks" does: a negotiator's week of meetings in the other capital.
  // A central bank's or a board's meetings stay what they are.
  ...fromStories('meetings as talks', 'has-lacks', [
    {
      published: '2025-07-20',
      title: "Korea's trade minister heads to Washington",
      text: "Korea's trade minister will fly to Washington on Sunday for a week of meetings on trade with US officials. He is expected to see Lutnick and Greer.",
      relevant: true,
      has: ['talks_scheduled'],
      lacks: [],
    },
    {
      published: '2025-02-14',
      title: 'EU trade chief to visit US',
      text: "The EU's trade commissioner will hold meetings in Washington next week as Brussels tries to head off a trade war. Officials said the visit was confirmed on Friday.",
      relevant: true,
      has: ['talks_scheduled'],
      lacks: [],
    },
    {
      published: '2025-09-12',
      title: 'Indian trade team to visit Washington',
      text: 'A team of Indian trade officials will be in Washington from Monday for four days of meetings on the tariffs. The visit was announced on Friday.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: [],
    },
    {
      published: '2025-07-10',
      title: 'Bank of Korea holds rate',
      text: 'The Bank of Korea kept its policy rate at 2.5% after two days of meetings, citing uncertainty over US tariffs on Korean goods. Governor Rhee said exports were holding up.',
      relevant: false,
      has: [],
      lacks: [],
    },
  ]),
  // A conversation with the other side is talking, as a discussion is: a minister's conversation with his
  // counterpart on the tariffs names the negotiation. A leaders' conversation on defence names another agenda, and
  // a country's conversation about tariffs is no round with anyone.
  ...fromStories('conversations as talks', 'has-lacks', [
    {
      published: '2025-06-06',
      title: 'Mexico weighs its answer to the metals levy',
      text: "Mexico's economy minister had a long conversation with Lutnick in Washington on Thursday about the steel tariffs. Conversations between the two teams on the levy will continue next week.",
      relevant: true,
      has: [],
      lacks: [],
    },
    {
      published: '2025-08-14',
      title: 'Ottawa upbeat on lumber',
      text: "Canada's trade minister said his conversations with Greer on the lumber duties had been constructive. A further conversation with USTR on those duties is due within weeks.",
      relevant: true,
      has: [],
      lacks: [],
    },
    {
      published: '2025-09-03',
      title: 'Seoul envoy in Washington',
      text: "Seoul's trade envoy held conversations with USTR officials over the reciprocal tariffs this week, the ministry said. Conversations with Washington about the auto levy will go on.",
      relevant: true,
      has: [],
      lacks: [],
    },
    {
      published: '2025-10-02',
      title: 'Carney and Trump speak',
      text: 'Carney said his conversation with Trump on Tuesday focused on Arctic defence and NATO spending. The two leaders agreed to stay in touch.',
      relevant: false,
      has: [],
      lacks: [],
    },
    {
      published: '2025-03-20',
      title: 'Tariffs dominate the national mood',
      text: 'Across America, the tariffs on Canadian goods have become a constant conversation at kitchen tables. Economists say the levies raise prices, and talk of a trade war is everywhere.',
      relevant: false,
      has: [],
      lacks: [],
    },
  ]),
  // A duty in the singular is a tariff, as duties are ("the 39% US duty on Swiss goods"); a trade-remedy duty
  // (anti-dumping, countervailing) is a ruling on one product, not the negotiation.
  ...fromStories('a duty is a tariff', 'has-lacks', [
    {
      published: '2026-01-30',
      title: 'India weighs US terms on 25% duty',
      text: 'Washington has asked New Delhi to curb its purchases of Russian crude. Indian officials said on Friday they would study the request.',
      relevant: true,
      has: [],
      lacks: [],
    },
    {
      published: '2025-08-04',
      title: 'Swiss stunned by 39% US duty',
      text: 'Bern is reeling after Washington put Swiss exports under a 39 per cent tariff. Ministers met in emergency session on Monday.',
      relevant: true,
      has: [],
      lacks: [],
    },
    {
      published: '2025-07-13',
      title: 'Seoul studies the 25% US duty',
      text: "Officials in Seoul said on Sunday they were reading Washington's letter line by line. Exporters want clarity before August.",
      relevant: true,
      has: [],
      lacks: [],
    },
    {
      published: '2025-11-20',
      title: 'US sets 12% anti-dumping duty on Korean pipes',
      text: 'The Commerce Department set a preliminary 12% anti-dumping duty on steel pipes from South Korea. A final ruling is due in March.',
      relevant: false,
      has: [],
      lacks: [],
    },
  ]),
  // A headline's "imposes" names no day: with the story's deadline still to come and no order made, the tariff is
  // threatened. Signed by order, it stays imposed.
  ...fromStories('a headline imposition that starts later', 'has-lacks', [
    {
      published: '2025-07-12',
      title: 'Trump imposes 30% tariff on Korea',
      text: 'Seoul has until Aug. 1 to strike a deal, officials said on Saturday. Lee called an emergency meeting of his cabinet.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-07-12',
      title: 'Washington slaps 35% levy on Korean goods',
      text: "Korea has until August 1 to reach an accord, Seoul's trade ministry said on Saturday. Exporters urged calm.",
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-07-12',
      title: 'US hits Korea with 25% duty',
      text: "The deadline for a deal is Aug. 1, Korea's trade ministry said on Saturday. Talks in Washington go on.",
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-07-12',
      title: 'Trump imposes 30% levy on Korea',
      text: 'An executive order was signed by Trump late on Friday. Seoul has until Aug. 1 to strike a deal, officials said on Saturday.',
      relevant: true,
      has: ['tariff_imposed'],
      lacks: ['tariff_threatened'],
    },
  ]),
  // Markets named after the opening are the threat's fallout, not the story's subject; a story that opens on them is
  // a market report.
  ...fromStories('markets after the opening', 'has-lacks', [
    {
      published: '2025-07-08',
      title: 'Trump sends tariff letters to Asian partners',
      text: 'On Monday Trump mailed Seoul and Tokyo letters setting 25% tariffs from Aug. 1. Seoul said it would keep negotiating. The rates had been paused in April after a stock market rout. Officials expect more letters this week.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: [],
    },
    {
      published: '2025-07-12',
      title: 'Trump targets Mexico',
      text: 'Trump said on Friday he would impose a 30% levy on Mexican goods from Aug. 1. Mexico City called the plan unfair. The peso and Mexican stocks slipped. A reply is expected next week.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: [],
    },
    {
      published: '2025-07-11',
      title: 'Trump turns on Canada',
      text: 'Trump said on Thursday he would impose a 35% levy on Canadian products starting Aug. 1. Ottawa said it would respond. The loonie and Canadian stocks fell. Carney meets his cabinet on Friday.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: [],
    },
    {
      published: '2025-07-08',
      title: '',
      text: 'Stocks in Seoul fell 2% on Monday as investors fretted over trade. The Kospi closed at 3,100. Trump said on Monday that Korea would pay a 25% tariff from Aug. 1. Exporters led the losses.',
      relevant: false,
      has: [],
      lacks: [],
    },
  ]),
  // A threat told with the day it is due announces that deadline, wherever the story names the day; a day
  // already gone announces nothing.
  ...fromStories('threat and its deadline', 'has-lacks', [
    {
      published: '2025-07-08',
      title: 'Korea faces 25% tariff',
      text: 'Trump said on Monday that South Korea will face a 25% tariff on its goods. Seoul is racing to strike a deal with the US before the Aug. 1 deadline.',
      relevant: true,
      has: ['tariff_threatened', 'deadline_set'],
      lacks: [],
    },
    {
      published: '2025-07-08',
      title: 'Japan warned of 25% levy',
      text: 'Trump warned Japan on Monday of a 25% tariff on its exports. Tokyo hopes to reach a deal with Washington ahead of the August 1 deadline.',
      relevant: true,
      has: ['tariff_threatened', 'deadline_set'],
      lacks: [],
    },
    {
      published: '2025-07-12',
      title: 'EU hit with 30% tariff threat',
      text: 'Trump threatened on Saturday to slap a 30% tariff on imports from the EU. The EU says it will keep working toward an agreement with the US before the Aug. 1 deadline.',
      relevant: true,
      has: ['tariff_threatened', 'deadline_set'],
      lacks: [],
    },
    {
      published: '2025-08-05',
      title: 'Korea still faces 25% tariff threat',
      text: 'Trump said on Monday that South Korea could face a 25% tariff on its goods. Talks had missed the Aug. 1 deadline.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['deadline_set'],
    },
  ]),
  // An undated story's month dates what it is told with, not a phrase that describes a noun after the match.
  ...fromStories('undated stories', 'has-lacks', [
    {
      published: '',
      title: 'Yeo to see Greer on the trade pact',
      text: 'Yeo will meet Greer to discuss the trade deal signed in July.',
      has: ['talks_scheduled'],
    },
    {
      published: '',
      title: 'Seoul and Washington to talk tariffs',
      text: 'Korean and US officials will hold talks on the tariff cuts announced in March.',
      has: ['talks_scheduled'],
    },
    {
      published: '',
      title: 'Kim and Lutnick to review fund',
      text: 'Lutnick will meet Korea’s industry minister to review the investment pledge made in August.',
      has: ['talks_scheduled'],
    },
    {
      published: '',
      title: 'Korea and the US on tariffs',
      text: 'Yeo Han-koo met Greer in July to discuss the fund, the ministry said.',
      lacks: ['talks_held'],
    },
  ]),
  // Readying to travel to the other side is a trip planned, as readying for a meeting is; "prepares to impose"
  // still leaves a deed open.
  ...fromSentences('readying to travel', 'Korea-US tariff negotiations', '2025-07-20', 'has-lacks', [
    [
      'Yeo is preparing to head to Washington in the coming days for talks with Greer.',
      ['talks_scheduled'],
      [],
    ],
    [
      'Korea’s finance minister prepares to fly to Washington on Sunday for the 2+2 talks.',
      ['talks_scheduled'],
      [],
    ],
    [
      'The trade minister is getting ready to travel to the US next week for trade negotiations.',
      ['talks_scheduled'],
      [],
    ],
  ]),
  // A plan as it stood when written ("was set to meet ... on Tuesday", told that Tuesday) is still a plan for
  // today or a date ahead; "was supposed to" and a weekday that may be the one just gone are not.
  ...fromSentences('plans as they stood', 'Korea-US tariff negotiations', '2025-07-08', 'has-lacks', [
    ['Yeo was set to meet US officials on Tuesday to resume the talks.', ['talks_scheduled'], []],
    ['Kim was scheduled to sit down with Lutnick later on Tuesday, officials said.', ['talks_scheduled'], []],
    ['The Korean delegation was due to meet Greer on July 9 in Washington.', ['talks_scheduled'], []],
    ['Kim was supposed to meet Lutnick on Wednesday.', [], ['talks_scheduled']],
    ['Yeo was set to meet Greer on Monday, but the meeting was called off.', [], ['talks_scheduled']],
  ]),
  // A plan still to come is not dated by an old time it refers back to; the time it was told still dates it.
  ...fromSentences('plans that refer back', 'Korea-US tariff negotiations', '2025-07-20', 'has-lacks', [
    [
      'Kim will meet Lutnick to take stock of the talks after the terms were agreed to in March.',
      ['talks_scheduled'],
      [],
    ],
    [
      'Korea’s envoy will meet Lutnick to follow up on what the two sides settled on in May.',
      ['talks_scheduled'],
      [],
    ],
    ['Kim will meet Lutnick to settle the fund that Seoul first proposed in March.', ['talks_scheduled'], []],
    ['Yeo will meet Greer next week, the ministry said in May.', [], ['talks_scheduled']],
  ]),
  // A pledge told beside a deal is one of its terms; without a deal it is an offer.
  // Reported speech shifts the tense back: "said that the US had agreed" in the lead is today's news; the same
  // undated pluperfect further down the story is background.
  // A deal reported as news settles the deadline it raced: the day the tariff was to start is no deadline now.
  ...fromStories('a deal settles its deadline', 'has-lacks', [
    {
      published: '2025-07-23',
      title: 'Indonesia and US agree on tariff deal',
      text: 'Indonesia and the United States reached a trade agreement on Tuesday that sets a 19% tariff on Indonesian goods. Last week, the White House said Indonesian products would carry a 32% levy from Aug. 1.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['deadline_set'],
    },
    {
      published: '2025-07-31',
      title: 'Seoul clinches tariff pact with Washington',
      text: 'South Korea and the US clinched a trade deal on Wednesday. Last week, the White House announced that a 25% levy on Korean goods would take effect on Aug. 1.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['deadline_set'],
    },
    {
      published: '2025-07-28',
      title: 'EU and US seal trade agreement',
      text: 'The European Union and the United States sealed a trade pact on Sunday. Trump announced last week that a 30% duty on European imports would apply from August 1.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['deadline_set'],
    },
  ]),
  // A story of a meeting called off reports that, not the plan it undid, even where another sentence tells the plan.
  // A headline's present progressive is talks going on; its simple present tells a round.
  ...fromStories('talks going on, told in a headline', 'has-lacks', [
    {
      published: '2025-10-20',
      title: 'Korea and US are negotiating tariff terms, says finance minister',
      text: 'The finance minister spoke to reporters in Seoul. Exporters await the outcome.',
      relevant: true,
      lacks: ['talks_held'],
    },
    {
      published: '2025-10-20',
      title: 'Seoul and Washington are discussing a tariff deal, says trade chief',
      text: 'The trade minister spoke to lawmakers in Seoul. Exporters await the outcome.',
      relevant: true,
      lacks: ['talks_held'],
    },
    {
      published: '2025-10-20',
      title: 'Korea and US still negotiating tariff terms, minister says',
      text: 'The minister spoke to reporters in Seoul. Exporters await the outcome.',
      relevant: true,
      lacks: ['talks_held'],
    },
    {
      published: '2025-10-20',
      title: 'Korea, US negotiate tariff terms in Washington',
      text: 'Yeo and Greer met at the USTR office. Exporters await the outcome.',
      relevant: true,
      has: ['talks_held'],
    },
  ]),
  ...fromStories('a plan called off', 'has-lacks', [
    {
      published: '2025-07-23',
      title: 'US calls off tariff meeting with Korean ministers',
      text: "Washington called off Friday's tariff meeting with Korea's finance and trade ministers on Wednesday, citing the Treasury secretary's schedule. The ministers will meet Bessent in Washington on Friday to discuss the tariff package, the ministry had announced on Monday.",
      relevant: true,
      has: ['talks_cancelled'],
      lacks: ['talks_scheduled'],
    },
    {
      published: '2025-07-23',
      title: "Korea's trade minister scraps Washington trip",
      text: "Korea's trade minister scrapped his trip to Washington on Wednesday. Yeo is heading to Washington this week for talks with Greer on the tariffs due on Aug. 1, his office said on Sunday.",
      relevant: true,
      has: ['talks_cancelled'],
      lacks: ['talks_scheduled'],
    },
    {
      published: '2025-07-23',
      title: 'Seoul puts off tariff consultations with Washington',
      text: 'Seoul postponed its tariff consultations with Washington on Wednesday. The consultations with US negotiators are set for Friday in Washington, the ministry said on Monday.',
      relevant: true,
      has: ['talks_cancelled'],
      lacks: ['talks_scheduled'],
    },
  ]),
  // A stock index named by its name that dropped by a percentage is a market move, not a tariff cut.
  ...fromStories('markets by name', 'has-lacks', [
    {
      published: '2025-08-27',
      title: 'India hit by extra 25% US tariff',
      text: 'An additional 25% US duty on Indian goods took effect on Wednesday, bringing the total to 50%. The NSE Nifty dropped 240 points, or 0.97%, by the end of trading.',
      relevant: true,
      has: [],
      lacks: ['tariff_reduced'],
    },
    {
      published: '2025-07-08',
      title: 'Trump sets 25% tariff on Japan from Aug. 1',
      text: 'Trump said on Monday that Japanese goods will face a 25% tariff from Aug. 1 unless Tokyo strikes a deal. The Topix dropped 31 points, or 1.1%, in morning trade in Tokyo.',
      relevant: true,
      has: [],
      lacks: ['tariff_reduced'],
    },
    {
      published: '2025-08-01',
      title: 'Taiwan faces 20% US tariff',
      text: "The United States set a 20% tariff on Taiwanese goods on Friday, pending a final deal. Taiwan's Taiex dropped 2.1%, or 480 points, in afternoon trade.",
      relevant: true,
      has: [],
      lacks: ['tariff_reduced'],
    },
  ]),
  // Ending the negotiations with a partner calls them off; it is no round of talks held.
  ...fromStories('negotiations ended with a partner', 'has-lacks', [
    {
      published: '2025-10-24',
      title: 'Trump announces the US is ending its trade negotiations with Seoul',
      text: 'The US leader told reporters on Thursday that Washington would halt its trade negotiations with South Korea over a TV advertisement.',
      relevant: true,
      has: [],
      lacks: ['talks_held'],
    },
    {
      published: '2025-10-24',
      title: 'Trump says US is ending tariff negotiations with Seoul',
      text: 'The US leader told reporters on Thursday that Washington would halt its trade negotiations with South Korea over a TV advertisement.',
      relevant: true,
      has: [],
      lacks: ['talks_held'],
    },
    {
      published: '2025-10-24',
      title: 'Trump: We are ending all trade negotiations with Korea',
      text: 'The US leader told reporters on Thursday that Washington would halt its trade negotiations with South Korea over a TV advertisement.',
      relevant: true,
      has: [],
      lacks: ['talks_held'],
    },
  ]),
  // A meeting of "central bank governors" (and finance ministers) is a gathering where talks happen, not a rate decision.
  ...fromStories('a gathering of central bank governors', 'has-lacks', [
    {
      published: '2025-10-14',
      title: '',
      text: 'Finance Minister Koo will leave on Tuesday for the G20 meeting of central bank governors and finance ministers in Washington. Koo has asked to see Treasury Secretary Bessent there to settle the tariff negotiations. Seoul and Washington remain at odds over the $350 billion investment fund in the tariff talks.',
      relevant: true,
      has: [],
      lacks: [],
    },
    {
      published: '2025-10-14',
      title: '',
      text: 'Japan’s finance minister flew to Washington on Monday for the gathering of G20 central bank governors and finance chiefs. Tokyo hopes the trip moves its tariff negotiations with Washington forward. Japanese and US negotiators have not settled the tariff talks on cars.',
      relevant: true,
      has: [],
      lacks: [],
    },
    {
      published: '2025-10-14',
      title: '',
      text: 'G7 Central Bank Governors and finance ministers met in Canada this week. On the sidelines, Korea’s finance minister held tariff talks with US Treasury Secretary Bessent. The tariff negotiations between Seoul and Washington are due to resume next week.',
      relevant: true,
      has: ['talks_held'],
      lacks: [],
    },
  ]),
  // A participle after a preposition and an adverb describes the tariffs ("over recently imposed tariffs").
  ...fromStories('a participle describing the tariffs', 'has-lacks', [
    {
      published: '2025-04-10',
      title: 'Korea to negotiate with US over recently imposed tariffs',
      text: 'Seoul said on Monday it would hold talks with Washington on the tariffs.',
      relevant: true,
      has: [],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-04-10',
      title: 'Seoul seeks talks over recently imposed 25% tariffs',
      text: 'Seoul said on Monday it would hold talks with Washington on the tariffs.',
      relevant: true,
      has: [],
      lacks: ['tariff_imposed', 'tariff_threatened'],
    },
    {
      published: '2025-04-10',
      title: 'Korea to open talks about recently enforced duties',
      text: 'Seoul said on Monday it would hold talks with Washington on the tariffs.',
      relevant: true,
      has: [],
      lacks: ['tariff_imposed'],
    },
  ]),
  // One side ending its talks with the other calls them off; the sentence tells no round held as well.
  ...fromStories('talks ended by one side', 'has-lacks', [
    {
      published: '2025-10-24',
      title: 'Seoul counts the cost of the tariff row',
      text: 'Korean exporters braced for losses on Friday, a day after Washington ended its tariff talks with Korea over a tax on US tech firms.',
      relevant: true,
      has: ['talks_cancelled'],
      lacks: ['talks_held'],
    },
    {
      published: '2025-10-24',
      title: 'Seoul weighs its answer to Trump',
      text: 'Trump ended trade negotiations with Seoul on Thursday, angered by a television advertisement.',
      relevant: true,
      has: ['talks_cancelled'],
      lacks: ['talks_held'],
    },
    {
      published: '2025-10-24',
      title: 'What the end of the Korea talks means for exporters',
      text: 'Washington is ending its trade negotiations with Seoul, the president said on Thursday.',
      relevant: true,
      has: ['talks_cancelled'],
      lacks: ['talks_held'],
    },
  ]),
  // An extension that names no new date sets none: the date it leaves is the old deadline.
  ...fromStories('an extension with no new date', 'has-lacks', [
    {
      published: '2025-10-27',
      title: 'Korea, US agree to extend tariff truce',
      text: 'Korea and the US agreed on Monday to extend their tariff truce by a few more weeks. Without it, the truce would have lapsed on Nov. 1.',
      relevant: true,
      has: ['deadline_extended'],
      lacks: ['deadline_set'],
    },
    {
      published: '2025-10-27',
      title: 'Trump delays Korean tariff hike',
      text: 'Trump on Monday delayed the planned tariff hike on Korean goods while talks continue. The higher duties had been due to take effect on Nov. 1.',
      relevant: true,
      has: ['deadline_extended'],
      lacks: ['deadline_set'],
    },
    {
      published: '2025-10-27',
      title: 'US extends Korea tariff pause again',
      text: 'The United States extended the tariff pause for South Korea again on Monday, without giving a new date. The pause would otherwise have ended on November 1.',
      relevant: true,
      has: ['deadline_extended'],
      lacks: ['deadline_set'],
    },
  ]),
  // A national security adviser speaking on the trade talks is no security agenda.
  ...fromStories('a security adviser on the trade talks', 'has-lacks', [
    {
      published: '2025-10-17',
      title: 'Adviser says Korea-US currency swap talks stuck',
      text: 'Wi, the national security adviser, said on Thursday that the currency swap talks with the US Treasury have made no headway. The swap is linked to the investment Korea promised the US.',
      relevant: true,
      has: ['no_breakthrough'],
      lacks: [],
    },
    {
      published: '2025-10-17',
      title: 'Korea-US swap line talks see no headway',
      text: 'Wi, Seoul’s national security adviser, said on Thursday that the swap line negotiations with the US Treasury have stalled.',
      relevant: true,
      has: ['no_breakthrough'],
      lacks: [],
    },
    {
      published: '2025-10-17',
      title: 'No progress in Korea-US swap negotiations: security adviser',
      text: "Korea's national security adviser told reporters on Thursday there had been no progress in talks with the US Treasury on a currency swap.",
      relevant: true,
      has: ['no_breakthrough'],
      lacks: [],
    },
  ]),
  ...fromStories('backshifted reports', 'has-lacks', [
    {
      published: '2025-07-31',
      title: 'Trump on Korea trade',
      text: 'Trump stated that the US had agreed to a full trade deal with Korea. Seoul will invest $350 billion in the US, he said.',
      relevant: true,
      has: ['deal_reached'],
      lacks: [],
    },
    {
      published: '2025-07-23',
      title: 'Trump on Japan tariffs',
      text: 'Trump said the United States had agreed to a trade deal with Japan, in a post on social media. Japan will invest $550 billion in the US.',
      relevant: true,
      has: ['deal_reached'],
      lacks: [],
    },
    {
      published: '2025-09-10',
      title: 'Korea, US tariff talks resume in Washington',
      text: 'Korean and US negotiators resumed tariff talks in Washington on Tuesday. Trade Minister Yeo Han-koo led the Korean side. The talks focused on the investment fund. Officials expect another round next month. Yeo said in a speech that Korea had agreed to a trade deal with the US in principle.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['deal_reached'],
    },
  ]),
  // A deal whose rate is told in a sentence of its own is a cut from a higher rate the story names (labels' convention).
  ...fromStories('a deal rate below the threatened one', 'has-lacks', [
    {
      published: '2025-07-23',
      title: 'Trump announces trade deal with Korea',
      text: 'Trump said on Tuesday that the US had reached a trade deal with Korea. Under the agreement, Korean goods will face a 15% tariff. Trump had threatened a 25% levy on Korean goods in a letter this month.',
      relevant: true,
      has: ['deal_reached', 'tariff_reduced'],
      lacks: [],
    },
    {
      published: '2025-07-23',
      title: 'Seoul and Washington seal trade pact',
      text: 'Seoul and Washington sealed a trade deal on Friday. The pact sets a 15 percent tariff on Korean exports. Trump had warned Korea of a 25 percent rate from Aug. 1.',
      relevant: true,
      has: ['deal_reached', 'tariff_reduced'],
      lacks: [],
    },
    {
      published: '2025-07-23',
      title: 'Korea, US strike deal',
      text: 'Korea and the United States struck a trade deal on Tuesday, Trump said. The framework puts a 15% tariff on Korean cars, which faced 25% until now.',
      relevant: true,
      has: ['deal_reached', 'tariff_reduced'],
      lacks: [],
    },
    {
      published: '2025-07-23',
      title: 'Korea, US reach trade deal',
      text: 'The US and Korea reached a trade deal on Tuesday. Under the agreement, Korean goods will face a 15% tariff.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['tariff_reduced'],
    },
    // A recap's rates are an old cut, not the new deal's rate.
    {
      published: '2025-12-23',
      title: 'Korea, US settle tariff pact terms',
      text: 'Seoul and Washington reached agreement on the final terms of their tariff pact, the trade minister said on Tuesday. The pact builds on a joint statement of July 30, when the tariff on Korean goods was cut from 25 percent to 15 percent.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['tariff_reduced'],
    },
    {
      published: '2025-12-23',
      title: 'Korea, US settle deal details',
      text: 'Seoul and Washington agreed on the details of their trade deal on Tuesday. Under the July agreement, the US tariff on Korean goods fell to 15% from 25%.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['tariff_reduced'],
    },
  ]),
  // "Days later" is later than the sentence before: as old as it when that was old, news when that was.
  ...fromStories('days later', 'has-lacks', [
    {
      published: '2025-10-20',
      title: 'Korea tariffs explained',
      text: 'Trump imposed a 25% tariff on Korean goods on Aug. 7. A few days later, Washington added a further 25% levy on Korean cars, bringing the total to 50%. Korean and US negotiators will meet in Seoul next week.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-10-20',
      title: 'How the Korea deal came about',
      text: 'Korea and the US struck a deal in late July. Two weeks later, Washington cut the tariff on Korean cars to 15%. Korean and US negotiators will meet in Seoul next week.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['tariff_reduced'],
    },
    {
      published: '2025-10-20',
      title: 'Looking back at the Korea talks',
      text: 'Seoul and Washington held talks in Washington on Aug. 20. Days later, the two sides agreed on a framework deal. Korean and US negotiators will meet in Seoul next week.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['deal_reached'],
    },
    {
      published: '2025-10-20',
      title: 'Korea, US agree on framework',
      text: 'Korea and the US held talks on Monday. Two days later, they agreed on a framework deal.',
      relevant: true,
      has: ['talks_held', 'deal_reached'],
      lacks: [],
    },
  ]),
  // "Initially,", "Originally,", "At first," open the story's beginning: background, and so is what follows "days later".
  ...fromStories('the story told from its start', 'has-lacks', [
    {
      published: '2025-09-15',
      title: 'Korea tariffs from the start',
      text: 'Initially, Trump announced 25% tariffs on Korean goods. A few days later, Washington added a further 25% levy on Korean goods, bringing the total to 50%. Korean and US negotiators will meet in Seoul next week.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-09-15',
      title: 'Korea car tariff backstory',
      text: 'Originally, Trump imposed a 25% tariff on Korean cars. Korean and US negotiators will meet in Seoul next week.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-09-15',
      title: 'Korea deal backstory',
      text: 'At first, Korea and the US agreed on a 15% tariff on Korean cars. Korean and US negotiators will meet in Seoul next week.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['deal_reached'],
    },
  ]),
  // A headline tells a threat as done: with the body telling a threat and no order made, it stays a threat.
  ...fromStories('headline imposes what the body threatens', 'has-lacks', [
    {
      published: '2025-07-10',
      title: 'Trump imposes 50% tariff on Korean goods',
      text: 'Trump threatened in a letter on Wednesday to impose a 50% tariff on Korean goods from Aug. 1 unless Seoul opens its market.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-07-10',
      title: 'Trump slaps 25% tariff on Korea',
      text: 'Korean goods will face a 25% tariff from Aug. 1 if no deal is reached, Trump warned Seoul in a letter on Wednesday.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-07-10',
      title: 'Trump imposes 25% tariff on Korean cars',
      text: 'Trump signed an executive order on Wednesday raising the tariff on Korean cars to 25%, effective Aug. 1.',
      relevant: true,
      has: ['tariff_imposed'],
      lacks: [],
    },
  ]),
  // A sentence that adds to a recap with "also" is part of it; "also said" is a new report, not an addition.
  ...fromStories('additions to a recap', 'has-lacks', [
    {
      published: '2025-10-24',
      title: 'Korea, US talks in Seoul after July framework',
      text: 'Korean and US negotiators met in Seoul on Tuesday. On July 30, the two sides struck a framework trade deal. Washington also cut the tariff on Korean autos to 15 percent under the deal.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['tariff_reduced'],
    },
    {
      published: '2025-10-24',
      title: 'EU, US talks in Brussels after Turnberry',
      text: 'EU and US officials held talks in Brussels on Monday. In late July, the bloc agreed to a deal with Trump at Turnberry. The US also lowered its tariff on European cars to 15 percent.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['tariff_reduced'],
    },
    {
      published: '2025-10-24',
      title: 'Korea, US hold talks on fund',
      text: 'Korean and US officials held talks in Washington on Wednesday. In late July, Seoul agreed to a framework deal with Washington. The US also agreed to lower the tariff on Korean autos to 15 percent.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['deal_reached', 'tariff_reduced'],
    },
    {
      published: '2025-10-24',
      title: 'Korea, US talks as ministry reports fund accord',
      text: 'Korean and US officials held talks in Washington on Wednesday. Seoul signed the investment MOU in early September. The ministry also said the two sides have reached an agreement on the fund.',
      relevant: true,
      has: ['talks_held', 'deal_reached'],
      lacks: [],
    },
  ]),
  // "Their meeting", "his talks": a meeting named by the possessive of the sentence before is the one it dated.
  ...fromStories('meetings named back by a possessive', 'has-lacks', [
    {
      published: '2025-09-07',
      title: 'Korea still seeks lower US tariff on steel',
      text: 'Korea’s trade minister visited Washington in early July to press for a lower steel tariff. His first meeting with Lutnick ended without progress. Korea’s trade minister will meet Lutnick again in Washington next week, the ministry said on Friday.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['talks_held', 'no_breakthrough'],
    },
    {
      published: '2025-09-07',
      title: 'Korea, US tariff talks in review',
      text: 'Korean negotiators travelled to Washington in June for tariff talks. Their second round with Greer ended without an agreement. A third round will be held in Seoul on Sept. 15, officials said on Friday.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['talks_held', 'no_breakthrough'],
    },
    {
      published: '2025-09-07',
      title: 'Korea to resume tariff talks with US',
      text: 'Korea’s finance minister flew to Washington in late June. Her talks with Bessent on the fund ended without a deal. She will fly to Washington again next week for talks with Bessent, officials said on Friday.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['talks_held', 'no_breakthrough'],
    },
    {
      published: '2025-09-07',
      title: 'Korea, US talks end without deal',
      text: 'Korea’s trade minister flew to Washington on Thursday. His meeting with Lutnick on Friday ended without a deal, officials said.',
      relevant: true,
      has: ['talks_held', 'no_breakthrough'],
      lacks: [],
    },
  ]),
  // "A day after", "hours after", "the day after" date a round close to the story's own day, even when the
  // sentence goes on to name the older agreement it was about.
  ...fromStories('rounds dated by a nearby day', 'has-lacks', [
    {
      published: '2025-09-15',
      title: 'Lutnick speaks hours after Korea talks',
      text: 'Yeo left for Washington on Monday. He will meet Greer on Tuesday. Officials hope to settle the fund. Markets were calm. Hours after negotiations with Korean officials over the joint trade and investment framework struck in July, Lutnick said the fund terms were final.',
      relevant: true,
      has: ['talks_held'],
      lacks: [],
    },
    {
      published: '2025-09-15',
      title: 'Yeo visit follows New York talks',
      text: 'Yeo left for Washington on Monday. He will meet Greer on Tuesday. Officials hope to settle the fund. Markets were calm. The visit comes the day after talks between Kim and Lutnick in New York on the joint trade and investment framework reached in July.',
      relevant: true,
      has: ['talks_held'],
      lacks: [],
    },
    {
      published: '2025-09-15',
      title: 'Yeo trip follows Kim return from talks',
      text: 'Yeo left for Washington on Monday. He will meet Greer on Tuesday. Officials hope to settle the fund. Markets were calm. The trip comes a day after Kim returned to Seoul following talks with Lutnick on the joint tariff and investment agreement reached in late July.',
      relevant: true,
      has: ['talks_held'],
      lacks: [],
    },
  ]),
  ...fromStories('pledges and deals', 'has-lacks', [
    {
      published: '2025-07-23',
      title: 'Japan, US reach trade deal',
      text: 'Japan and the United States reached a trade deal on Tuesday. As part of the deal, Japan has pledged to invest $550 billion in the US.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['proposal'],
    },
    {
      published: '2025-11-14',
      title: 'Switzerland, US strike tariff deal',
      text: 'Switzerland and the United States struck a deal on Friday that cuts the tariff on Swiss goods to 15%, while Switzerland has pledged to invest $200 billion in the US.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['proposal'],
    },
    {
      published: '2025-10-30',
      title: 'Korea, US finalise trade deal',
      text: 'South Korea and the United States finalised their trade deal on Wednesday. Under the deal, Seoul pledged $350 billion of investment in the US.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['proposal'],
    },
    {
      published: '2025-07-25',
      title: 'Korea pledges investment in bid to cut tariffs',
      text: 'South Korea pledged on Friday to invest $100 billion in the United States in a bid to lower the 25% tariff on its goods.',
      relevant: true,
      has: ['proposal'],
      lacks: ['deal_reached'],
    },
  ]),
  // A pledge recalled away from the lead, with no time of its own, is a term of an earlier deal, not an offer.
  ...fromStories('pledges recalled', 'has-lacks', [
    {
      published: '2025-09-19',
      title: 'Yeo, Greer discuss chip tariffs in Washington',
      text: 'Trade minister Yeo Han-koo sat down with USTR chief Greer in Washington on Friday to discuss chip tariffs. The two sides talked for two hours. Officials said there was progress on semiconductors. Yeo returns to Seoul on Sunday. Seoul pledged $150 billion for US shipbuilding in return for the cut to 15%.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['proposal'],
    },
    {
      published: '2025-09-19',
      title: 'Korea, US hold working-level talks on autos',
      text: 'Korean and US officials held working-level talks on car tariffs in Seoul on Friday. The meeting lasted three hours. Both sides reviewed the 15% rate on Korean cars. No date was set for the next round. In return for the 15% rate, Korea pledged $350 billion of US investment.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['proposal'],
    },
    {
      published: '2025-09-19',
      title: 'Kim meets Lutnick on fund details',
      text: 'Industry minister Kim Jung-kwan met Lutnick, the US commerce chief, in New York on Friday. They discussed how the fund will be run. Kim told reporters the talks were useful. He flies home on Saturday. In exchange for the lower rate, Korea pledged $200 billion of US investment.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['proposal'],
    },
  ]),
  ...fromStories('probe stories', 'has-lacks', [
    {
      published: '2025-04-22',
      title: 'Korea, US to hold trade talks in 2+2 format on Thursday',
      text: "South Korea's finance and trade ministers will meet their U.S. counterparts in Washington on Thursday for so-called 2+2 talks on tariffs, the finance ministry said Tuesday.",
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['talks_held'],
    },
    {
      published: '2025-07-26',
      title: 'S. Korea, US end talks without agreement',
      text: 'South Korean and U.S. negotiators ended two days of talks in Washington on Friday without reaching an agreement, officials said.',
      relevant: true,
      has: ['talks_held', 'no_breakthrough'],
      lacks: ['deal_reached'],
    },
    {
      published: '2025-07-29',
      title: 'Presidential office denies report of tariff deal with US',
      text: "Seoul's presidential office denied a media report that Seoul and Washington had reached a tariff agreement, saying negotiations were still under way.",
      relevant: true,
      has: ['talks_held'],
      lacks: ['deal_reached'],
    },
    {
      published: '2025-07-30',
      title: 'Kim, Lutnick hold second round of talks',
      text: 'Industry Minister Kim Jung-kwan held another round of talks with U.S. Commerce Secretary Howard Lutnick on Tuesday in Washington, the ministry said.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['talks_scheduled'],
    },
    {
      published: '2025-07-18',
      title: 'Seoul, Washington fail to narrow gaps',
      text: 'South Korea and the U.S. failed to narrow their differences in the latest round of tariff negotiations held in Washington this week, according to officials Friday.',
      relevant: true,
      has: ['talks_held', 'no_breakthrough'],
      lacks: [],
    },
    {
      published: '2025-07-25',
      title: 'Seoul offers shipbuilding cooperation package to US',
      text: 'South Korea has put forward a $100 billion shipbuilding cooperation package to the United States as part of its tariff negotiations, according to government sources Friday.',
      relevant: true,
      has: ['proposal'],
      lacks: [],
    },
    {
      published: '2025-06-20',
      title: 'Seoul, Washington discuss North Korea at security talks',
      text: 'South Korean and U.S. officials held security talks in Seoul on Friday on North Korea missile threats and the alliance.',
      relevant: false,
      has: [],
      lacks: [],
    },
    {
      published: '2025-07-08',
      title: 'Korea faces 25 pct US tariff from Aug. 1',
      text: "Trump's letter to President Lee Jae Myung said that starting August 1, 2025, the U.S. will charge South Korea a 25 percent tariff on all Korean products.",
      relevant: true,
      has: ['tariff_threatened', 'deadline_set'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-07-31',
      title: 'Korea wins lower US tariff',
      text: 'Under the agreement, the 25 percent tariff slated for Aug. 1 will be cut to 15 percent, Trade Minister Yeo Han-koo told reporters in Washington.',
      relevant: true,
      has: ['tariff_reduced'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-07-31',
      title: 'Lee says tariff deal lifted uncertainty',
      text: 'President Lee Jae Myung said Thursday the tariff agreement reached with the United States has removed a major source of uncertainty for Korean exporters.',
      relevant: true,
      has: ['deal_reached'],
      lacks: [],
    },
    {
      published: '2025-08-20',
      title: 'US team cancels visit to Seoul',
      text: 'A planned visit by a U.S. team to Seoul for trade negotiations from August 25 to 29 has been cancelled amid tension over tariffs, officials said.',
      relevant: true,
      has: ['talks_cancelled'],
      lacks: ['deadline_set'],
    },
    {
      published: '2025-07-27',
      title: 'EU, US strike deal at Turnberry',
      text: 'Trump and European Commission President Ursula von der Leyen agreed Sunday on a trade deal setting a 15 percent tariff on most EU goods, averting a 30 percent rate due to take effect Aug. 1.',
      relevant: true,
      has: ['deal_reached', 'tariff_reduced'],
      lacks: ['tariff_threatened'],
    },
    {
      published: '2025-07-29',
      title: 'Finance minister to meet Bessent on Thursday',
      text: 'Finance Minister Koo Yun-cheol will meet U.S. Treasury Secretary Scott Bessent on Thursday for trade talks, after the meeting was postponed last week.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: [],
    },
    {
      published: '2025-07-23',
      title: "Korea, US talks in 'final stage', official says",
      text: 'Tariff negotiations between Seoul and Washington have entered the final stage, a senior presidential official said Wednesday, adding that differences remain on agriculture.',
      relevant: true,
      has: ['talks_held', 'no_breakthrough'],
      lacks: [],
    },
    {
      published: '2025-06-25',
      title: 'India, US close to interim trade deal',
      text: 'India and the United States are close to finalizing an interim trade deal ahead of the July 9 deadline, officials said, with talks continuing in Washington this week.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['deal_reached'],
    },
    {
      published: '2025-07-15',
      title: "Japan's Akazawa heads to US for eighth round",
      text: "Japan's top tariff negotiator Ryosei Akazawa will visit Washington this week for an eighth round of talks, as the Aug. 1 deadline for a 25 percent tariff looms.",
      relevant: true,
      has: ['talks_scheduled', 'tariff_threatened'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-08-04',
      title: 'Korea lowers base rate as tariff deal eases risks',
      text: 'The Bank of Korea cut its policy rate by 0.25 percentage point on Monday, noting that the trade deal with the U.S. had reduced uncertainty.',
      relevant: false,
      has: [],
      lacks: ['tariff_reduced'],
    },
    {
      published: '2025-07-21',
      title: 'US wants Korea to commit $400 bln investment, sources say',
      text: 'Washington has asked Seoul to commit $400 billion in U.S. investment in exchange for a lower tariff rate, sources familiar with the talks said Monday.',
      relevant: true,
      has: ['proposal'],
      lacks: ['tariff_reduced'],
    },
    {
      published: '2025-07-31',
      title: 'Trump announces deal with South Korea',
      text: 'Trump said the United States had reached a "full and complete" trade deal with South Korea, under which Korean goods will face a 15 percent tariff.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['tariff_threatened'],
    },
    {
      published: '2025-07-30',
      title: 'Lutnick says Korea deal not done yet',
      text: "U.S. Commerce Secretary Howard Lutnick said Tuesday that a trade deal with South Korea was not done yet, after a second day of talks with Korea's industry minister in Washington.",
      relevant: true,
      has: ['talks_held', 'no_breakthrough'],
      lacks: ['deal_reached'],
    },
    {
      published: '2025-07-25',
      title: 'Korea, US to resume tariff talks after 2+2 cancelled',
      text: 'South Korean and U.S. trade officials will resume talks next week after the planned 2+2 meeting was called off, the trade ministry said Friday.',
      relevant: true,
      has: ['talks_scheduled', 'talks_cancelled'],
      lacks: [],
    },
    {
      published: '2025-07-12',
      title: 'EU threatened with 30 pct tariff from Aug. 1',
      text: 'Trump said Saturday the U.S. would impose a 30 percent tariff on imports from the European Union starting Aug. 1, after months of negotiations failed to produce a deal.',
      relevant: true,
      has: ['tariff_threatened', 'deadline_set'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-08-01',
      title: 'Korea, US clash over investment fund details',
      text: 'A day after clinching a tariff deal, Seoul and Washington offered conflicting accounts of how the $350 billion investment fund would be structured.',
      relevant: true,
      has: ['deal_reached'],
      lacks: [],
    },
    {
      published: '2025-09-10',
      title: 'Korea, US still at odds over investment details',
      text: 'More than a month after reaching a tariff deal in July, South Korea and the United States remain at odds over how to structure the $350 billion investment fund, officials said Wednesday.',
      relevant: true,
      has: ['no_breakthrough'],
      lacks: ['deal_reached'],
    },
    {
      published: '2025-07-24',
      title: "Korea pitches shipbuilding 'MASGA' project to US",
      text: 'South Korea has offered a shipbuilding cooperation project dubbed MASGA to the United States as a key bargaining chip in tariff talks, officials said Thursday.',
      relevant: true,
      has: ['proposal'],
      lacks: [],
    },
    {
      published: '2025-08-06',
      title: 'Trump doubles India tariff to 50% over Russian oil',
      text: "President Donald Trump on Wednesday signed an order imposing an additional 25 percent tariff on Indian goods, raising the total to 50 percent, over New Delhi's purchases of Russian oil.",
      relevant: true,
      has: ['tariff_imposed'],
      lacks: ['tariff_reduced'],
    },
    {
      published: '2025-07-31',
      title: 'What the Korea-US deal means for autos',
      text: 'Under the agreement announced Wednesday with the United States, Korean cars will face a 15 percent tariff, the same as Japanese rivals, down from 25 percent.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['tariff_threatened'],
    },
    {
      published: '2025-07-22',
      title: 'Korea offers to purchase US energy, aircraft',
      text: "South Korea offered to buy more U.S. liquefied natural gas and aircraft during Monday's talks in Washington, in an effort to reduce its trade surplus, the industry ministry said.",
      relevant: true,
      has: ['proposal', 'talks_held'],
      lacks: [],
    },
    {
      published: '2025-10-16',
      title: 'Korea, US narrow differences in currency swap talks',
      text: 'South Korea and the United States have narrowed differences over a currency swap tied to the $350 billion investment in their tariff negotiations, Finance Minister Koo said Thursday after meeting Bessent in Washington.',
      relevant: true,
      has: ['talks_held'],
      lacks: [],
    },
    {
      published: '2025-07-14',
      title: 'US tariff letters set Aug. 1 start',
      text: 'The White House said Monday the tariff letter sent last week to South Korea set the rate that will take effect Aug. 1 unless a deal is reached.',
      relevant: true,
      has: ['deadline_set'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-08-01',
      title: 'Switzerland hit with 39% tariff',
      text: 'Switzerland was hit with a 39 percent tariff after talks with Washington failed to produce a deal before the Aug. 1 deadline.',
      relevant: true,
      has: ['no_breakthrough'],
      lacks: ['talks_held'],
    },
    {
      published: '2025-07-24',
      title: 'Bessent skips meeting with Korean officials',
      text: "U.S. Treasury Secretary Scott Bessent has pulled out of a planned meeting with South Korea's finance and trade ministers on Friday, citing a scheduling conflict, Seoul said.",
      relevant: true,
      has: ['talks_cancelled'],
      lacks: ['talks_scheduled', 'talks_held'],
    },
    {
      published: '2025-09-03',
      title: 'Industry minister to visit US to discuss deal follow-up',
      text: 'Industry Minister Kim Jung-kwan will fly to Washington this week to discuss the follow-up of the tariff agreement with Commerce Secretary Howard Lutnick, the ministry said Wednesday.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['talks_held'],
    },
    {
      published: '2025-07-09',
      title: 'No tariff extension for Korea, Lutnick says',
      text: 'Commerce Secretary Howard Lutnick said Tuesday the Aug. 1 deadline for South Korea would not be pushed back again.',
      relevant: true,
      has: ['deadline_set'],
      lacks: ['deadline_extended'],
    },
    {
      published: '2025-07-31',
      title: 'Tariff deal: Korea to invest $350 bln, buy $100 bln in LNG',
      text: 'South Korea agreed to invest $350 billion in the United States and buy $100 billion worth of American energy as part of a trade deal that sets a 15 percent tariff on Korean goods, Trump said Wednesday.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['tariff_threatened'],
    },
    {
      published: '2025-05-01',
      title: 'Korea, US hold first working-level tariff talks',
      text: 'Korean and U.S. working-level officials wrapped up their first round of tariff talks in Washington on Thursday, agreeing to meet again in mid-May.',
      relevant: true,
      has: ['talks_held', 'talks_scheduled'],
      lacks: [],
    },
    {
      published: '2025-09-10',
      title: 'Korea, US hold talks on visa issue after factory raid',
      text: 'South Korean and U.S. officials held talks in Washington on Wednesday on improving the visa system for Korean workers after an immigration raid at a battery plant.',
      relevant: false,
      has: [],
      lacks: [],
    },
    {
      published: '2025-06-10',
      title: 'Korea, US foreign ministers hold phone talks',
      text: 'Foreign Minister Cho Hyun held phone talks with U.S. Secretary of State Marco Rubio on Tuesday, discussing North Korea and the alliance.',
      relevant: false,
      has: [],
      lacks: [],
    },
    {
      published: '2025-07-01',
      title: 'Korea, US begin new round of tariff negotiations',
      text: 'South Korean and U.S. trade officials on Tuesday began a new round of negotiations in Washington, a week before the July 8 deadline.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['talks_scheduled'],
    },
    {
      published: '2025-07-10',
      title: 'Trump says Korea tariff to take effect Aug. 1 regardless',
      text: 'President Trump said Thursday a 25 percent tariff on South Korean goods will take effect on Aug. 1 and that there would be no extensions.',
      relevant: true,
      has: ['tariff_threatened', 'deadline_set'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-07-27',
      title: 'Korean negotiators wrap up weekend talks',
      text: 'South Korean negotiators wrapped up two days of talks with U.S. officials on Sunday without a deal, and will continue discussions on Monday.',
      relevant: true,
      has: ['talks_held', 'no_breakthrough', 'talks_scheduled'],
      lacks: [],
    },
    {
      published: '2025-07-31',
      title: "Trump hails 'full and complete' deal with Korea",
      text: 'President Donald Trump announced Wednesday that the U.S. had agreed to a deal with South Korea that sets tariffs at 15 percent.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['tariff_threatened'],
    },
  ]),
  // An ordered tariff's start day is its implementation date, not a negotiation deadline, unless the story speaks
  // of a deadline.
  ...fromStories('an order sets the start, not a deadline', 'exact', [
    {
      title: 'US order puts 20% levy on Korean exports',
      text: 'The White House issued an order late on Thursday imposing a 20% duty on imports from South Korea. The levy will be collected from Aug. 8. Korean exporters said they would absorb part of the cost.',
      published: '2025-08-01',
      signals: ['tariff_imposed'],
      deadline: null,
      rates: [20],
    },
    {
      title: 'Korea hit with 30% tariff by order',
      text: 'Trump on Wednesday signed an order that imposes a 30% tariff on goods from South Korea, effective Aug. 6. Korean carmakers warned of lost sales.',
      published: '2025-07-31',
      signals: ['tariff_imposed'],
      deadline: null,
      rates: [30],
    },
    {
      title: 'Trump signs order setting 25% tariff on Korean goods',
      text: 'President Trump signed an order Thursday that sets a 25% tariff on South Korean goods. The new rate takes effect on Aug. 7, the White House said. Seoul said it regretted the decision.',
      published: '2025-07-31',
      signals: ['tariff_imposed'],
      deadline: null,
      rates: [25],
    },
    {
      title: 'Trump order sets 25% tariff on Korea ahead of deadline',
      text: 'Trump signed an order Thursday setting a 25% tariff on South Korean goods from Aug. 7. Seoul still hopes to strike a deal before the deadline.',
      published: '2025-07-31',
      signals: ['tariff_imposed'],
      deadline: '2025-08-07',
      rates: [25],
    },
  ]),
  ...fromStories('Korea–US stories', 'exact', [
    {
      title: '(LEAD) S. Korea, U.S. agree to craft "July package" on tariffs',
      text: 'WASHINGTON, April 24 (Yonhap) -- South Korea and the United States agreed Thursday to work out a "July package" to remove new U.S. tariffs before the reciprocal tariff pause expires on July 8, Seoul\'s finance minister said after their first high-level talks.\nFinance Minister Choi Sang-mok and Industry Minister Ahn Duk-geun held "two-plus-two" talks with Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer in Washington.\nThe two sides will hold working-level talks as early as next week.',
      published: '2025-04-25',
      signals: ['talks_held', 'talks_scheduled'],
      deadline: '2025-07-08',
      rates: [],
    },
    {
      title: 'Trade minister says talks with US constructive, no deal yet',
      text: 'Trade Minister Yeo Han-koo said Sunday his talks with U.S. officials in Washington were constructive but that no agreement had been reached on tariffs.\n"We had in-depth discussions on autos and agriculture," Yeo told reporters upon his return.\nDifferences remain over the size of Korea\'s investment in the United States, he said.',
      published: '2025-07-27',
      signals: ['talks_held', 'no_breakthrough'],
      deadline: null,
      rates: [],
    },
    {
      title: 'Korea offers $150 bln shipbuilding fund in bid to cut US tariffs',
      text: 'South Korea has offered to set up a $150 billion fund to help revive the U.S. shipbuilding industry as part of its tariff negotiations, officials said Wednesday.\nThe proposal was delivered to Commerce Secretary Howard Lutnick during talks in Washington on Tuesday.\nSeoul hopes the offer will persuade Washington to lower the 25 percent tariff set to take effect Aug. 1.',
      published: '2025-07-30',
      signals: ['proposal', 'talks_held'],
      deadline: '2025-08-01',
      rates: [25],
    },
    {
      title: 'Lee, Trump to hold first summit at White House on Aug. 25',
      text: 'President Lee Jae Myung will hold his first summit with U.S. President Donald Trump at the White House on Aug. 25, the presidential office said Tuesday.\nThe summit comes after the two countries reached a tariff deal last month.\nThe leaders are expected to discuss follow-up measures to the trade agreement and security issues.',
      published: '2025-08-12',
      signals: ['talks_scheduled'],
      deadline: null,
      rates: [],
    },
    {
      title: 'Trump says Korea will pay $350 bln upfront',
      text: 'U.S. President Donald Trump said Thursday that South Korea agreed to pay $350 billion "upfront" under their trade deal, a claim Seoul officials disputed.\nSeoul and Washington have yet to finalize the details of the investment package.',
      published: '2025-09-26',
      signals: ['no_breakthrough'],
      deadline: null,
      rates: [],
    },
  ]),
  // Leaders' phone calls are not talks held: a discussion told where the story says the exchange was a call.
  ...fromStories('a discussion that was a phone call', 'has-lacks', [
    {
      published: '2025-08-02',
      title: 'Lee and Trump discuss tariffs and shipbuilding',
      text: 'President Lee Jae-myung and Trump discussed tariffs and shipbuilding on Friday, Seoul said.\n\nThe two leaders talked by phone for half an hour, the presidential office added.',
      relevant: true,
      has: [],
      lacks: ['talks_held'],
    },
    {
      published: '2025-08-02',
      title: 'Trump and Lee talk tariffs for 40 minutes',
      text: 'Trump and Lee discussed the 25% tariff on Korean goods for 40 minutes on Friday, the White House said.\n\nIt was their second phone call since the July deal.',
      relevant: true,
      has: [],
      lacks: ['talks_held'],
    },
    {
      published: '2025-08-02',
      title: 'Seoul and Washington leaders talk trade',
      text: 'Lee and Trump discussed the tariff deal on Friday in a telephone conversation, officials in Seoul said.\n\nThe 25% levy on Korean goods remains in place.',
      relevant: true,
      has: [],
      lacks: ['talks_held'],
    },
    // A meeting in person stays a meeting, though a call is told beside it.
    {
      published: '2025-08-02',
      title: 'Korean trade chief meets Lutnick in Washington',
      text: 'Kim met Lutnick in Washington on Friday to discuss the 25% tariff on Korean goods.\n\nEarlier, Lee had a phone call with Trump about the deal.',
      relevant: true,
      has: ['talks_held'],
      lacks: [],
    },
  ]),
  ...fromStories('a round held at a place, told after a long subject', 'has-lacks', [
    {
      published: '2025-07-20',
      title: 'Car levy tops Korea-US agenda',
      text: 'Working-level consultations between Korea’s trade ministry and the US trade office took place in Washington this week, officials said on Friday.\n\nThe 25% levy on Korean cars topped the agenda.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['talks_scheduled'],
    },
    {
      published: '2025-07-20',
      title: 'Levy on Korean cars in focus',
      text: 'The third session of the tariff negotiations between Seoul’s and Washington’s chief negotiators was held at the Commerce Department on Thursday.\n\nBoth sides described the session on the 25% levy as useful.',
      relevant: true,
      has: ['talks_held'],
      lacks: [],
    },
    // One still to be held is not held.
    {
      published: '2025-07-20',
      title: 'Korean car levy on the agenda',
      text: 'The next round of the tariff negotiations between the Korean trade ministry and the US trade office will be held in Seoul next week, officials said on Friday.\n\nThe 25% levy on Korean cars will top the agenda.',
      relevant: true,
      has: [],
      lacks: ['talks_held'],
    },
  ]),
  ...fromStories(
    'a threat told away from the lead, with no time near publication and nothing pending',
    'has-lacks',
    [
      // Deep in a story about something else, with no time of its own, a threat is the story's background.
      {
        published: '2025-07-20',
        title: 'Korea and US hold fourth round of talks',
        text: 'Kim met Lutnick in Washington on Friday for a fourth round of tariff talks.\n\nThe two sides went over the investment fund and the auto levy.\n\nKim told reporters the gaps had narrowed.\n\nA further round is planned for next month.\n\nTrump has threatened a 25% tariff on all Korean goods.',
        relevant: true,
        has: ['talks_held'],
        lacks: ['tariff_threatened'],
      },
      // Told in the lead, or dated this week, it is news.
      {
        published: '2025-07-20',
        title: 'Fourth round of Korea-US talks',
        text: 'Trump has threatened a 25% tariff on all Korean goods, the White House said on Friday.\n\nKim met Lutnick in Washington on Friday for a fourth round of tariff talks.\n\nThe two sides went over the investment fund and the auto levy.\n\nKim told reporters the gaps had narrowed.\n\nA further round is planned for next month.\n\n',
        relevant: true,
        has: ['tariff_threatened'],
        lacks: [],
      },
      {
        published: '2025-07-20',
        title: 'Korea-US tariff talks continue',
        text: 'Kim met Lutnick in Washington on Friday for a fourth round of tariff talks.\n\nThe two sides went over the investment fund and the auto levy.\n\nKim told reporters the gaps had narrowed.\n\nA further round is planned for next month.\n\nOn Friday Trump threatened a 25% tariff on all Korean goods.',
        relevant: true,
        has: ['tariff_threatened'],
        lacks: [],
      },
      // Still hanging on the talks ("if no deal is reached by the deadline"), it is a threat pending, wherever told.
      {
        published: '2025-07-20',
        title: 'Korea-US talks: a fourth round',
        text: 'Kim met Lutnick in Washington on Friday for a fourth round of tariff talks.\n\nThe two sides went over the investment fund and the auto levy.\n\nKim told reporters the gaps had narrowed.\n\nA further round is planned for next month.\n\nTrump has threatened a 25% tariff on all Korean goods unless the two sides strike a deal by the deadline.',
        relevant: true,
        has: ['tariff_threatened'],
        lacks: [],
      },
      // With no publication day, how old it is cannot be told: it stays.
      {
        published: '',
        title: 'Korea and US hold another round of talks',
        text: 'Kim met Lutnick in Washington for a fourth round of tariff talks.\n\nThe two sides went over the investment fund and the auto levy.\n\nKim told reporters the gaps had narrowed.\n\nA further round is planned.\n\nTrump has threatened a 25% tariff on all Korean goods.',
        relevant: true,
        has: ['tariff_threatened'],
        lacks: [],
      },
    ],
  ),
  ...fromStories('a tariff cut told away from the lead, with no time near publication', 'has-lacks', [
    // Deep in a story about later news, with no time of its own, a cut is the story's background.
    {
      published: '2025-11-20',
      title: 'Korean and US officials review the chip levy',
      text: 'Yeo met Greer in Washington on Tuesday to go over the levy on Korean chips.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nOfficials will meet again next month.\n\nUnder the summer accord, Washington lowered its duty on Korean cars to 15%.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['tariff_reduced'],
    },
    // Told in the lead, or dated this week, it is news.
    {
      published: '2025-11-20',
      title: 'Korean and US officials meet on chip levy',
      text: 'Washington lowered its duty on Korean cars to 15% on Tuesday, the ministry said.\n\nYeo met Greer in Washington on Tuesday to go over the levy on Korean chips.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nOfficials will meet again next month.',
      relevant: true,
      has: ['tariff_reduced'],
      lacks: [],
    },
    {
      published: '2025-11-20',
      title: 'Chip levy on the table as Korean and US officials meet',
      text: 'Yeo met Greer in Washington on Tuesday to go over the levy on Korean chips.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nOfficials will meet again next month.\n\nOn Wednesday Washington lowered its duty on Korean cars to 15%.',
      relevant: true,
      has: ['tariff_reduced'],
      lacks: [],
    },
    // With no publication day, how old it is cannot be told: it stays.
    {
      published: '',
      title: 'Korean and US officials go over the chip levy',
      text: 'Yeo met Greer in Washington to go over the levy on Korean chips.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nOfficials will meet again.\n\nWashington lowered its duty on Korean cars to 15%.',
      relevant: true,
      has: ['tariff_reduced'],
      lacks: [],
    },
  ]),
  ...fromStories('an event told with a month wholly past, in a story of the month after', 'has-lacks', [
    // Named only by a month that is over, an event is aged from the month's middle: three weeks old, background.
    {
      published: '2025-09-05',
      title: 'Korean and US officials go over the chip levy',
      text: 'Yeo met Greer in Washington on Thursday to go over the chip levy.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nWashington imposed a 25% tariff on Korean goods in August.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-09-05',
      title: 'Korean and US officials review the chip levy',
      text: 'Yeo met Greer in Washington on Thursday to go over the chip levy.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nSeoul and Washington struck their trade deal in August.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['deal_reached'],
    },
    // Named by a day of this week, the same imposition is news.
    {
      published: '2025-09-05',
      title: 'Chip levy reviewed as Korean and US officials meet',
      text: 'Yeo met Greer in Washington on Thursday to go over the chip levy.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nWashington imposed a 25% tariff on Korean goods on Thursday.',
      relevant: true,
      has: ['talks_held', 'tariff_imposed'],
      lacks: [],
    },
  ]),
];
