import type { BehaviourCase } from '../harness';
import { fromStories } from '../harness';

/** Tariff threats: told as imposed, with their fallout on markets, and with their deadlines. */
export const STORIES_TARIFF_THREATS: BehaviourCase[] = [
  // Below the headline and the lede a threat needs someone to tell it (a speaker, a quotation, a verb of threatening):
  // the narrator's "will raise", "will face ... if" restates the threat already standing, the backdrop of other news.
  ...fromStories('a threat below the lede with no one telling it', 'has-lacks', [
    {
      published: '2025-07-22',
      title: 'Seoul’s trade chief heads to Washington',
      text: 'Yeo Han-koo flew to Washington on Tuesday for talks with Greer. He will also meet Lutnick. The ministry hopes to narrow gaps on autos. The Trump administration will raise the levy on Korean goods to 25 percent next month.',
      has: ['talks_scheduled'],
      lacks: ['tariff_threatened'],
    },
    {
      published: '2025-11-20',
      title: 'Koo and Bessent meet on swap',
      text: 'Korea’s finance minister met Bessent in Washington on Thursday, the ministry said. They discussed the currency swap. Korean cars will again face a 25 percent tariff if the investment law is not passed.',
      has: ['talks_held'],
      lacks: ['tariff_threatened'],
    },
    {
      published: '2025-09-18',
      title: 'Kim and Lutnick meet in New York',
      text: 'Kim Jung-kwan met Lutnick in New York on Wednesday to discuss the fund, officials said. The talks lasted two hours. Korean carmakers still face a 25 percent levy unless a deal is struck.',
      has: ['talks_held'],
      lacks: ['tariff_threatened'],
    },
    // Told by a speaker, inside a quotation that an earlier sentence opened, or in the lede, it is the news.
    {
      published: '2025-07-22',
      title: 'Yeo flies to Washington',
      text: 'Yeo Han-koo flew to Washington on Tuesday for talks with Greer. He will also meet Lutnick. Lutnick warned on Monday that Korean goods will face a 25 percent levy from Aug. 1 without a deal.',
      has: ['talks_scheduled', 'tariff_threatened'],
    },
    {
      published: '2025-09-15',
      title: 'Lutnick rules out flexibility for Seoul',
      text: 'Korean officials said on Monday the cash demand for the fund could not be met. Lutnick was unmoved. “Tokyo signed the contract. Seoul must take the same deal or face a 25 percent tariff.”',
      has: ['tariff_threatened'],
    },
    {
      published: '2025-07-22',
      title: 'Korea faces higher US tariff',
      text: 'Washington will raise the tariff on Korean goods to 25 percent next month. Seoul’s negotiators are in Washington this week.',
      has: ['tariff_threatened'],
    },
  ]),
  // A headline's "imposes" names no day: with the story's deadline still to come and no order made, the tariff is
  // threatened. Signed by order, it stays imposed.
  // An undated "after" clause is the news the opening reacts to only in the title or the first sentence; further
  // down it tells what the story stands on.
  ...fromStories('an "after" clause below the opening', 'has-lacks', [
    ...[
      [
        'Korea briefs exporters on US tariff talks',
        'Seoul’s trade ministry briefed exporters on Monday about the tariff talks with Washington. It was the latest step in Korea’s effort to calm the dispute after Trump threatened a 25% tariff on Korean goods.',
      ],
      [
        'Carmakers meet trade minister over US tariffs',
        'Korean carmakers met the trade minister on Tuesday about the tariff talks with Washington. Their exports have slowed after Trump threatened a 25% tariff on Korean cars.',
      ],
      [
        'Seoul on edge over US tariff talks',
        'Korean shares fell on Tuesday on worries over the tariff talks with Washington. Exporters have been uneasy after Trump threatened a 25% tariff on Korean goods.',
      ],
    ].map(([title, text]) => ({
      published: '2026-02-10',
      title,
      text,
      relevant: true,
      has: [],
      lacks: ['tariff_threatened'],
    })),
  ]),
  // A tariff told as imposed, then its start day: the day the imposition starts, not a threat of its own.
  ...fromStories('an imposition and its start day', 'has-lacks', [
    ...[
      [
        '2025-07-30',
        'Trump imposes 50% tariff on Korean goods',
        'Trump imposed a 50% levy on Korean goods on Wednesday over the fund dispute. The higher levies, the White House said, go into effect on Aug. 6.',
      ],
      [
        '2025-07-29',
        'Washington raises tariff on Korean cars',
        'Washington imposed a 35% levy on Korean cars on Monday. The higher levy is slated to kick in on Aug. 8, officials in Seoul said.',
      ],
      [
        '2025-08-01',
        'US sets 20% tariff on Korean goods',
        'The US imposed a 20% tariff on Korean goods on Thursday. The levy kicks in on Aug. 12, the Commerce Department said.',
      ],
    ].map(([published, title, text]) => ({
      published,
      title,
      text,
      relevant: true,
      has: ['tariff_imposed'],
      lacks: ['tariff_threatened'],
    })),
  ]),
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
  // An order not yet signed or issued makes no imposition: the rate raised by a post stays a threat.
  ...fromStories('an order not yet made', 'has-lacks', [
    {
      published: '2026-01-27',
      title: 'Trump says tariffs on Korea will rise to 25%',
      text: 'Trump said on Monday he is raising the tariff on Korean goods to 25% from 15%. Seoul said on Tuesday that Trump had not yet signed an executive order on the rise.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2026-01-27',
      title: 'Korea braces for higher levy',
      text: 'Trump said on Monday he is raising the levy on Korean exports to 25% from 15%. He has not signed an executive order for the higher levy, officials said on Tuesday.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2026-01-27',
      title: 'Trump vows higher tariff on Korea',
      text: 'Trump said on Monday he is raising the duty on Korean products to 25% from 15%. The White House has never issued a proclamation on that duty, Seoul said.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2026-01-27',
      title: 'Trump to raise Korea tariff',
      text: 'Trump said on Monday he is raising the tariff on Korean cars to 25% from 15%. He never signed an executive order for it, Seoul said on Wednesday.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2026-01-27',
      title: 'Seoul waits on tariff order',
      text: 'Trump said on Monday he is raising the levy on Korean exports to 25% from 15%. The White House has never issued an order on the higher levy, officials said.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2026-01-27',
      title: 'Korea tariff rise in doubt',
      text: 'Trump said on Monday he is raising the duty on Korean machinery to 25% from 15%. Officials said Trump had not signed an executive order for the new duty.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['tariff_imposed'],
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
      text: 'Trump said on Friday he would impose a 30 percent levy on Mexican goods from Aug. 1. Mexico City called the plan unfair. The peso and Mexican stocks slipped. A reply is expected next week.',
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
      text: 'Trump said on Monday that Korean goods will face a 25% tariff. Seoul is racing to seal a tariff deal before the Aug. 1 deadline.',
      relevant: true,
      has: ['tariff_threatened', 'deadline_set'],
      lacks: [],
    },
    {
      published: '2025-07-08',
      title: 'Japan warned of 25% levy',
      text: 'Trump warned Japan on Monday of a 25% tariff on its exports. Tokyo hopes to settle a deal with the US before the deadline of August 1.',
      relevant: true,
      has: ['tariff_threatened', 'deadline_set'],
      lacks: [],
    },
    {
      published: '2025-07-12',
      title: 'EU hit with 30% tariff threat',
      text: 'Trump threatened on Saturday to slap EU imports with a 30% tariff. The EU says it will keep working toward an agreement with the US before the Aug. 1 deadline.',
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
  // A tariff "slapped" or "hit" with, in a story that tells no order and no tariff taking effect, is a statement
  // (labels' convention: a tariff raised with no order is no imposition); said "imposed", or told taking effect, it is.
  ...fromStories('a tariff announced with no order or start', 'has-lacks', [
    {
      published: '2025-07-23',
      title: 'Trump slaps 19% levies on Manila after White House meeting',
      text: 'The rate for the Philippines is one point below the 20% Trump had named in his letter. Manila will open its market to US cars, Trump said on Tuesday.',
      relevant: true,
      has: [],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-08-02',
      title: 'Cambodia wins lower US tariff in trade pact',
      text: 'Cambodia and the US struck a trade deal on Friday that sets a 19% tariff on Cambodian exports. In April, Phnom Penh was hit with a 49% duty, one of the steepest in Asia.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2026-01-27',
      title: 'Trump raises tariff on Korea over stalled law',
      text: 'Korean exporters were hit with a 25% levy on Monday when Trump raised the rate over the stalled bill, the ministry said. Seoul will send its trade minister to Washington.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-08-08',
      title: 'Washington slaps 25% levy on Korean cars',
      text: 'The levy took effect at midnight on Thursday, the customs agency said. Korean carmakers said exports would slow.',
      relevant: true,
      has: ['tariff_imposed'],
      lacks: [],
    },
    // "in order to" is a purpose, not an order signed.
    {
      published: '2025-07-23',
      title: 'Trump slaps 19% levies on Manila',
      text: 'Manila lowered its own duties on American pork in order to win a lower rate, the trade secretary said on Tuesday.',
      relevant: true,
      has: [],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-08-14',
      title: 'Washington hits Brazilian coffee with 50% tariff',
      text: 'Exporters in Santos are rerouting beans through third countries in order to keep their buyers, a growers group said on Thursday.',
      relevant: true,
      has: [],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-09-03',
      title: 'US slaps 25% levy on Indian textiles',
      text: 'New Delhi will need concessions on dairy in order for talks to resume, officials in the commerce ministry said on Wednesday.',
      relevant: true,
      has: [],
      lacks: ['tariff_imposed'],
    },
  ]),
];
