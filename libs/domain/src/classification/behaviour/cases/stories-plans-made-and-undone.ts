import type { BehaviourCase } from '../harness';
import { fromSentences, fromStories } from '../harness';

/** Plans for talks, as told and as they stood, and deadlines or plans a later event undoes. */
export const STORIES_PLANS_MADE_AND_UNDONE: BehaviourCase[] = [
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
    ['Yeo is preparing to head to Washington within days for talks with Greer.', ['talks_scheduled'], []],
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
  // A deal reported as news settles the deadline it raced: the day the tariff was to start is no deadline now.
  ...fromStories('a deal settles its deadline', 'has-lacks', [
    {
      published: '2025-07-23',
      title: 'Indonesia and US agree on tariff deal',
      text: 'On Tuesday, Indonesia and the US reached a trade agreement that sets a 19% tariff on Indonesian products. Last week, the White House said Indonesian products would carry a 32% levy from Aug. 1.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['deadline_set'],
    },
    {
      published: '2025-07-31',
      title: 'Seoul clinches tariff pact with Washington',
      text: 'South Korea and the US clinched a trade deal on Wednesday. Last week, the White House announced that a 25% levy on Korean goods would take effect on Friday, Aug. 1.',
      relevant: true,
      has: ['deal_reached'],
      lacks: ['deadline_set'],
    },
    {
      published: '2025-07-28',
      title: 'EU and US seal trade agreement',
      text: 'The EU and the US sealed a trade pact on Sunday. Trump announced last week that a 30% duty on European imports would apply from August 1.',
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
      text: "Washington called off Friday's tariff meeting with Korea's trade and finance ministers on Wednesday, citing the Treasury secretary's schedule. The ministers will meet Bessent in Washington on Friday to discuss the tariff package, the ministry had announced on Monday.",
      relevant: true,
      has: ['talks_cancelled'],
      lacks: ['talks_scheduled'],
    },
    {
      published: '2025-07-23',
      title: "Korea's trade minister scraps Washington trip",
      text: "Korea's trade minister scrapped his trip to Washington on Wednesday. Yeo is heading to the US this week for talks with Greer on the tariffs due on Aug. 1, his office said on Sunday.",
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
];
