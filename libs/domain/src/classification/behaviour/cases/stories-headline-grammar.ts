import type { BehaviourCase } from '../harness';
import { fromStories } from '../harness';

/** How a headline is read: its dropped auxiliaries. */
export const STORIES_HEADLINE_GRAMMAR: BehaviourCase[] = [
  // A gerund right after the headline's subject is its predicate with the auxiliary dropped: "Deal Teetering" is
  // a deal that is teetering. Seeking a deal makes none, headline or not.
  ...fromStories('a headline gerund after its subject', 'has-lacks', [
    {
      published: '2025-10-14',
      title: 'Korea-US Trade Pact Teetering as Cash Dispute Drags On',
      text: 'Officials in Seoul and Washington spoke to reporters about the tariffs on Monday. Both sides said they would keep talking.',
      relevant: true,
      has: ['no_breakthrough'],
      lacks: [],
    },
    {
      published: '2025-10-14',
      title: 'Seoul-Washington Tariff Deal Faltering Over Fund Demands',
      text: 'Korean officials spoke about the US tariffs and the investment fund on Monday. Exporters are waiting for news.',
      relevant: true,
      has: ['no_breakthrough'],
      lacks: [],
    },
    {
      published: '2025-07-08',
      title: 'Trump Threatening 25% Tariff on Korean Goods',
      text: 'Officials in Seoul spoke to reporters about the US tariffs on Tuesday. Exporters of cars and steel are worried.',
      relevant: true,
      has: ['tariff_threatened'],
      lacks: [],
    },
    {
      published: '2025-07-08',
      title: 'Korea Seeking Tariff Deal With US Before Deadline',
      text: 'Officials in Seoul spoke to reporters about the US tariffs on Tuesday. Exporters of cars and steel are worried.',
      relevant: true,
      has: [],
      lacks: ['deal_reached'],
    },
  ]),
  // A headline's talks continued are the negotiation going on, not a round held (shared/news: "still negotiating").
  ...fromStories('talks continued in a headline', 'has-lacks', [
    ...[
      'Korea Continues Tariff Talks With US',
      'Seoul continues consultations with Washington on auto tariffs',
      'Korea continues discussions with Lutnick on investment fund',
    ].map((title) => ({
      published: '2025-08-05',
      title,
      text: 'Officials in Seoul and Washington are working on the investment fund, the ministry said on Monday.',
      relevant: true,
      has: [],
      lacks: ['talks_held'],
    })),
  ]),
];
