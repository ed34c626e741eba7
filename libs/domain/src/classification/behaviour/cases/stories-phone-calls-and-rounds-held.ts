import type { BehaviourCase } from '../harness';
import { fromStories } from '../harness';

/** Phone calls that are no round, and rounds held told after a long subject. */
export const STORIES_PHONE_CALLS_AND_ROUNDS_HELD: BehaviourCase[] = [
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
      text: 'Kim met Lutnick in Washington on Friday to discuss the 25% tariff on Korean goods.\n\nEarlier, Lee and Trump had a phone call about the deal.',
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
      text: 'The third session of the tariff negotiations between Seoul’s and Washington’s chief negotiators was held at the Department of Commerce on Thursday.\n\nBoth sides described the session on the 25% levy as useful.',
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
];
