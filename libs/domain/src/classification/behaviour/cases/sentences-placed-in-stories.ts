import type { BehaviourCase } from '../harness';
import { fromStories } from '../harness';
import { DEAL_DETAILS_PENDING, ROUND_IN_SEOUL } from './story-openings';

/** Sentences placed in a whole story: after its opening, as background, or against its headline. */
export const SENTENCES_PLACED_IN_STORIES: BehaviourCase[] = [
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
      ['Korea and US hold new tariff round', 'The two governments remain far apart on the investment fund.'],
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
        'Seoul and Washington struck an agreement on Friday that lowers the duty on cars made in Korea to 15 percent.',
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
];
