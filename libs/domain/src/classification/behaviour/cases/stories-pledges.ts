import type { BehaviourCase } from '../harness';
import { fromStories } from '../harness';

/** Pledges told beside a deal, on their own, or recalled. */
export const STORIES_PLEDGES: BehaviourCase[] = [
  // A pledge told beside a deal is one of its terms; without a deal it is an offer.
  ...fromStories('pledges and deals', 'has-lacks', [
    {
      published: '2025-07-23',
      title: 'Japan, US reach trade deal',
      text: 'Japan and the US reached a trade deal on Tuesday. Under the deal, Japan has pledged to invest $550 billion in US projects.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['proposal'],
    },
    {
      published: '2025-11-14',
      title: 'Switzerland, US strike tariff deal',
      text: 'Switzerland and the United States struck a deal on Friday that cuts the tariff on Swiss goods to 15%, while Bern has pledged $200 billion of investment in American industry.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['proposal'],
    },
    {
      published: '2025-10-30',
      title: 'Korea, US finalise trade deal',
      text: 'Seoul and Washington finalised their trade deal on Wednesday. Under the deal, Seoul pledged $350 billion of US investment.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['proposal'],
    },
    {
      published: '2025-07-25',
      title: 'Korea pledges investment in bid to cut tariffs',
      text: 'South Korea pledged on Friday to invest $100 billion in the US, hoping to lower the 25% tariff on its goods.',
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
      text: 'Kim Jung-kwan, the industry minister, met Lutnick, the US commerce chief, in New York on Friday. They discussed how the fund will be run. Kim told reporters the talks were useful. He flies home on Saturday. In exchange for the lower rate, Korea pledged $200 billion of US investment.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['proposal'],
    },
  ]),
];
