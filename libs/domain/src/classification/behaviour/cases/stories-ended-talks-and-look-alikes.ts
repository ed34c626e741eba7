import type { BehaviourCase } from '../harness';
import { fromStories } from '../harness';

/** Talks ended, and what only looks like a cut, a rate decision, an agenda or a new date. */
export const STORIES_ENDED_TALKS_AND_LOOK_ALIKES: BehaviourCase[] = [
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
      text: 'Trump said on Monday that Japanese goods will face a 25% duty from Aug. 1 unless Tokyo strikes a deal. The Topix dropped 31 points, or 1.1%, in morning trade in Tokyo.',
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
      text: 'Finance Minister Koo will leave on Tuesday for the G20 meeting of central bank governors and finance ministers in Washington. Koo has asked to see Treasury Secretary Bessent there to settle the tariff negotiations. Seoul and Washington remain at odds in the tariff talks over the $350 billion investment fund.',
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
      title: 'Korea, US agree to extend their tariff truce',
      text: 'Korea and the US agreed on Monday to extend their tariff truce for a few more weeks. Without it, the truce would have lapsed on Nov. 1.',
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
      text: 'Wi, the presidential national security adviser, said on Thursday that the swap line negotiations with the US Treasury have stalled.',
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
  // Reported speech shifts the tense back: "said that the US had agreed" in the lead is today's news; the same
  // undated pluperfect further down the story is background.
  ...fromStories('backshifted reports', 'has-lacks', [
    {
      published: '2025-07-31',
      title: 'Trump on Korea trade',
      text: 'Trump stated that Washington had agreed to a full trade deal with Korea. Seoul will put $350 billion into the US, he said.',
      relevant: true,
      has: ['deal_reached'],
      lacks: [],
    },
    {
      published: '2025-07-23',
      title: 'Trump on Japan tariffs',
      text: 'Trump said the US had agreed to a tariff deal with Japan, in a social media post. Tokyo is to put $550 billion into the US.',
      relevant: true,
      has: ['deal_reached'],
      lacks: [],
    },
    {
      published: '2025-09-10',
      title: 'Korea, US tariff talks resume in Washington',
      text: 'Korean and US negotiators resumed tariff talks in Washington on Tuesday. Trade Minister Yeo Han-koo led the Korean side. The talks focused on the investment fund. Officials expect another round next month. Yeo said in a speech that Korea had agreed in principle to a tariff deal with Washington.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['deal_reached'],
    },
  ]),
  // A stall that a report told and an official denies is no stall; a stall after a proposal rejected still is.
  ...fromStories('denied reports of a stall', 'has-lacks', [
    {
      published: '2025-09-30',
      title: 'Seoul denies report that tariff talks with US have collapsed',
      text: 'The presidential office on Tuesday denied a newspaper report that the tariff negotiations with Washington had broken down. "That report is untrue," a spokesperson told reporters.',
      relevant: true,
      has: [],
      lacks: ['no_breakthrough'],
    },
    {
      published: '2025-10-15',
      title: 'Mexico rejects reports trade talks with US are deadlocked',
      text: "Mexico's economy ministry on Wednesday rejected claims that the tariff talks with Washington were deadlocked, saying the teams would meet again next week.",
      relevant: true,
      has: [],
      lacks: ['no_breakthrough'],
    },
    {
      published: '2025-10-15',
      title: 'US turns down Korean offer on investment fund',
      text: 'Washington rejected Seoul’s revised offer on the $350 billion fund on Tuesday, leaving the tariff talks at a standstill, Korean officials said.',
      relevant: true,
      has: ['no_breakthrough'],
      lacks: [],
    },
  ]),
];
