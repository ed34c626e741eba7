import type { BehaviourCase } from '../harness';
import { fromStories } from '../harness';

/** Threats, cuts and events that are news or background by their age and place in the story. */
export const STORIES_NEWS_OR_BACKGROUND_BY_AGE: BehaviourCase[] = [
  ...fromStories(
    'a threat told away from the lead, with no time near publication and nothing pending',
    'has-lacks',
    [
      // Deep in a story about something else, with no time of its own, a threat is the story's background.
      {
        published: '2025-07-20',
        title: 'Korea and US hold fourth round of talks',
        text: 'Kim met Lutnick in Washington on Friday for a fourth round of tariff talks.\n\nThe two sides went over the investment fund and the auto levy.\n\nKim told reporters the gaps had narrowed.\n\nA further round is planned for next month.\n\nTrump has threatened a 25% tariff on all Korean goods.',
        relevant: true,
        has: ['talks_held'],
        lacks: ['tariff_threatened'],
      },
      // Told in the lead, or dated this week, it is news.
      {
        published: '2025-07-20',
        title: 'Fourth round of Korea-US talks',
        text: 'Trump has threatened a 25% tariff on all Korean goods, the White House said on Friday.\n\nKim met Lutnick in Washington on Friday for a fourth round of tariff talks.\n\nThe two sides went over the investment fund and the auto levy.\n\nKim told reporters the gaps had narrowed.\n\nA further round is planned for next month.\n\n',
        relevant: true,
        has: ['tariff_threatened'],
        lacks: [],
      },
      {
        published: '2025-07-20',
        title: 'Korea-US tariff talks continue',
        text: 'Kim met Lutnick in Washington on Friday for a fourth round of tariff talks.\n\nThe two sides went over the investment fund and the auto levy.\n\nKim told reporters the gaps had narrowed.\n\nA further round is planned for next month.\n\nOn Friday Trump threatened a 25% tariff on all Korean goods.',
        relevant: true,
        has: ['tariff_threatened'],
        lacks: [],
      },
      // Still hanging on the talks ("unless the two sides strike a deal by the deadline"), it is a threat pending, wherever told.
      {
        published: '2025-07-20',
        title: 'Korea-US talks: a fourth round',
        text: 'Kim met Lutnick in Washington on Friday for a fourth round of tariff talks.\n\nThe two sides went over the investment fund and the auto levy.\n\nKim told reporters the gaps had narrowed.\n\nA further round is planned for next month.\n\nTrump has threatened a 25% tariff on all Korean goods unless the two sides strike a deal by the deadline.',
        relevant: true,
        has: ['tariff_threatened'],
        lacks: [],
      },
      // With no publication day, how old it is cannot be told: it stays.
      {
        published: '',
        title: 'Korea and US hold another round of talks',
        text: 'Kim met Lutnick in Washington for a fourth round of tariff talks.\n\nThe two sides went over the investment fund and the auto levy.\n\nKim told reporters the gaps had narrowed.\n\nA further round is planned.\n\nTrump has threatened a 25% tariff on all Korean goods.',
        relevant: true,
        has: ['tariff_threatened'],
        lacks: [],
      },
    ],
  ),
  ...fromStories('a tariff cut told away from the lead, with no time near publication', 'has-lacks', [
    // Deep in a story about later news, with no time of its own, a cut is the story's background.
    {
      published: '2025-11-20',
      title: 'Korean and US officials review the chip levy',
      text: 'Yeo met Greer in Washington on Tuesday to go over the levy on Korean chips.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nOfficials will meet again next month.\n\nUnder the summer accord, Washington lowered its duty on Korean cars to 15%.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['tariff_reduced'],
    },
    // Told in the lead, or dated this week, it is news.
    {
      published: '2025-11-20',
      title: 'Korean and US officials meet on chip levy',
      text: 'Washington lowered its duty on Korean cars to 15% on Tuesday, the ministry said.\n\nYeo met Greer in Washington on Tuesday to go over the levy on Korean chips.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nOfficials will meet again next month.',
      relevant: true,
      has: ['tariff_reduced'],
      lacks: [],
    },
    {
      published: '2025-11-20',
      title: 'Chip levy on the table as Korean and US officials meet',
      text: 'Yeo met Greer in Washington on Tuesday to go over the levy on Korean chips.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nOfficials will meet again next month.\n\nOn Wednesday Washington lowered its duty on Korean cars to 15%.',
      relevant: true,
      has: ['tariff_reduced'],
      lacks: [],
    },
    // With no publication day, how old it is cannot be told: it stays.
    {
      published: '',
      title: 'Korean and US officials go over the chip levy',
      text: 'Yeo met Greer in Washington to go over the levy on Korean chips.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nOfficials will meet again.\n\nWashington lowered its duty on Korean cars to 15%.',
      relevant: true,
      has: ['tariff_reduced'],
      lacks: [],
    },
  ]),
  ...fromStories('a deadline given, told away from the lead, with no time near publication', 'has-lacks', [
    // Below the lead and told with no time of its own, a deadline given is the story's backdrop, as a cut is.
    {
      published: '2025-09-15',
      title: 'US-China talks resume in Madrid',
      text: 'Chinese and US negotiators met in Madrid on Monday for a fourth round of trade talks.\n\nBessent led the US side and He Lifeng the Chinese one.\n\nThe talks are to run until Wednesday.\n\nBoth sides called the first day constructive.\n\nTrump gave Beijing a deadline of Nov. 10 to strike an accord and avert higher tariffs.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['deadline_set'],
      deadline: '2025-11-10',
    },
    {
      published: '2025-09-16',
      title: 'Korea, US hold working-level tariff talks',
      text: "Korean and US officials held working-level tariff talks in Seoul on Tuesday.\n\nThe meeting focused on the investment fund.\n\nOfficials from both sides met for six hours.\n\nNo statement was issued afterwards.\n\nWashington set a deadline of Oct. 31 for Seoul to settle the fund's terms or face a 25% tariff.",
      relevant: true,
      has: ['talks_held'],
      lacks: ['deadline_set'],
    },
    {
      published: '2025-09-17',
      title: 'India, US end round of trade talks',
      text: 'Indian and US negotiators wrapped up a round of trade talks in New Delhi on Tuesday.\n\nThe two sides discussed farm goods.\n\nOfficials said the mood was positive.\n\nA further round is expected.\n\nWashington imposed a Nov. 30 deadline on New Delhi to accept the terms or face higher tariffs.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['deadline_set'],
    },
    // Dated this week, it is news wherever it stands.
    {
      published: '2025-09-17',
      title: 'US-China talks in Madrid enter a second day',
      text: 'Chinese and US negotiators met in Madrid on Monday for a fourth round of trade talks.\n\nBessent led the US side and He Lifeng the Chinese one.\n\nThe talks are to run until Wednesday.\n\nBoth sides called the first day constructive.\n\nOn Tuesday Trump gave Beijing a deadline of Nov. 10 to strike an accord and avert higher tariffs.',
      relevant: true,
      has: ['deadline_set'],
      lacks: [],
    },
  ]),
  ...fromStories('an event told with a month wholly past, in a story of the month after', 'has-lacks', [
    // Named only by a month that is over, an event is aged from the month's middle: three weeks old, background.
    {
      published: '2025-09-05',
      title: 'Korean and US officials go over the chip levy',
      text: 'Yeo met Greer in Washington on Thursday to go over the chip levy.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nWashington imposed a 25% tariff on Korean products in August.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['tariff_imposed'],
    },
    {
      published: '2025-09-05',
      title: 'Korean and US officials review the chip levy',
      text: 'Yeo met Greer in Washington on Thursday to go over the chip levy.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nSeoul and Washington struck their trade deal in August.',
      relevant: true,
      has: ['talks_held'],
      lacks: ['deal_reached'],
    },
    // Named by a day of this week, the same imposition is news.
    {
      published: '2025-09-05',
      title: 'Chip levy reviewed as Korean and US officials meet',
      text: 'Yeo met Greer in Washington on Thursday to go over the chip levy.\n\nThe two sides compared figures on shipments from Korean plants.\n\nYeo told reporters the meeting had been useful.\n\nWashington imposed a 25% tariff on Korean products on Thursday.',
      relevant: true,
      has: ['talks_held', 'tariff_imposed'],
      lacks: [],
    },
  ]),
];
