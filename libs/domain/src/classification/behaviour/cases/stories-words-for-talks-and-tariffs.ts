import type { BehaviourCase } from '../harness';
import { fromStories } from '../harness';

/** Words that name talks (meetings, conversations) and tariffs (a duty). */
export const STORIES_WORDS_FOR_TALKS_AND_TARIFFS: BehaviourCase[] = [
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
];
