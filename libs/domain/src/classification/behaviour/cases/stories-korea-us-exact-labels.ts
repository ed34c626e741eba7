import type { BehaviourCase } from '../harness';
import { fromStories } from '../harness';

/** Korea–US stories with their exact signals, deadline and rates. */
export const STORIES_KOREA_US_EXACT_LABELS: BehaviourCase[] = [
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
      text: 'Trump on Wednesday signed an order that imposes a 30% tariff on South Korean goods, effective Aug. 6. Korean carmakers warned of lost sales.',
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
      text: 'Trump signed an order Thursday setting a 25% levy on Korean products from Aug. 7. Seoul still hopes to seal a deal before the deadline.',
      published: '2025-07-31',
      signals: ['tariff_imposed'],
      deadline: '2025-08-07',
      rates: [25],
    },
  ]),
  ...fromStories('Korea–US stories', 'exact', [
    {
      title: '(LEAD) S. Korea, U.S. agree to craft "July package" on tariffs',
      text: 'WASHINGTON, April 24 (Yonhap) -- Seoul and Washington agreed Thursday to work out a "July package" that would lift the new US tariffs before the reciprocal tariff pause expires on July 8, Korea\'s finance minister said after their opening high-level talks.\nChoi Sang-mok, the finance minister, and Ahn Duk-geun, the industry minister, held "two-plus-two" talks in Washington with Bessent and Greer.\nThe two sides will hold working-level talks as early as next week.',
      published: '2025-04-25',
      signals: ['talks_held', 'talks_scheduled'],
      deadline: '2025-07-08',
      rates: [],
    },
    {
      title: 'Trade minister says talks with US constructive, no deal yet',
      text: 'Trade chief Yeo Han-koo said Sunday his talks with U.S. officials in Washington were constructive but that no agreement had yet been reached on tariffs.\n"We had in-depth discussions on autos and agriculture," Yeo told reporters upon his return.\nDifferences remain over the size of Korea\'s US investment, he said.',
      published: '2025-07-27',
      signals: ['talks_held', 'no_breakthrough'],
      deadline: null,
      rates: [],
    },
    {
      title: 'Korea offers $150 bln shipbuilding fund in bid to cut US tariffs',
      text: 'South Korea has offered to set up a $150 billion fund to help rebuild American shipbuilding as part of its tariff negotiations, officials said Wednesday.\nThe proposal was delivered to Commerce Secretary Howard Lutnick during talks in Washington on Tuesday.\nSeoul hopes the offer will persuade Washington to lower the 25 percent tariff set to take effect Aug. 1.',
      published: '2025-07-30',
      signals: ['proposal', 'talks_held'],
      deadline: '2025-08-01',
      rates: [25],
    },
    {
      title: 'Lee, Trump to hold first summit at White House on Aug. 25',
      text: 'Lee Jae Myung will hold his first summit with Trump on Aug. 25 at the White House, the presidential office said Tuesday.\nThe summit comes after the two countries struck a tariff deal last month.\nThe leaders are expected to discuss follow-up measures to the trade agreement and security issues.',
      published: '2025-08-12',
      signals: ['talks_scheduled'],
      deadline: null,
      rates: [],
    },
    {
      title: 'Trump says Korea will pay $350 bln upfront',
      text: 'Trump said Thursday that Seoul had agreed to a $350 billion payment "upfront" under their trade deal, a claim officials in Seoul disputed.\nSeoul and Washington have yet to finalize the details of the investment package.',
      published: '2025-09-26',
      signals: ['no_breakthrough'],
      deadline: null,
      rates: [],
    },
  ]),
];
