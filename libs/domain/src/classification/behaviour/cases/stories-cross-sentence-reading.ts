import type { BehaviourCase } from '../harness';
import { fromStories } from '../harness';

/** Sentences read against the ones before them and against the headline. */
export const STORIES_CROSS_SENTENCE_READING: BehaviourCase[] = [
  // A deal whose rate is told in a sentence of its own is a cut from a higher rate the story names (labels' convention).
  ...fromStories('a deal rate below the threatened one', 'has-lacks', [
    {
      published: '2025-07-23',
      title: 'Trump announces trade deal with Korea',
      text: 'Trump said on Tuesday that the US had reached a tariff deal with Korea. Under the agreement, Korean goods will face a 15% tariff. Trump had threatened a 25% levy on Korean goods in a letter this month.',
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
      text: 'Seoul and Washington reached agreement on the final terms of their tariff pact, the trade minister said on Tuesday. The pact builds on a joint statement of July 30, when the tariff on Korean goods was cut from 25% to 15%.',
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
      text: 'Washington imposed a 25% levy on Korean products on Aug. 7. A few days later, Washington added a further 25% levy on Korean cars, bringing the total to 50%. Korean and US negotiators will meet in Seoul next week.',
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
      text: 'Originally, Washington imposed a 25% levy on Korean cars. Korean and US negotiators will meet in Seoul next week.',
      relevant: true,
      has: ['talks_scheduled'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-09-15',
      title: 'Korea deal backstory',
      text: 'At first, Seoul and Washington agreed on a 15% levy on Korean cars. Korean and US negotiators will meet in Seoul next week.',
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
      text: 'Trump threatened in a letter on Wednesday to impose a 50% duty on Korean goods from Aug. 1 unless Seoul opens its market.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-07-10',
      title: 'Trump slaps 25% tariff on Korea',
      text: 'Korean goods will face a 25% duty from Aug. 1 if no deal is reached, Trump warned Seoul in a letter on Wednesday.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-07-10',
      title: 'Trump imposes 25% tariff on Korean cars',
      text: 'Trump signed an order on Wednesday that raises the tariff on Korean cars to 25%, effective Aug. 1.',
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
];
