import type { TrackDefinition } from '../model/track';
import { classifyArticle } from './classify';

interface Case {
  title: string;
  text: string;
  published: string;
  track: string;
  signals: string[];
  deadline: string | null;
  rates: number[];
}

/** Short stories we wrote about other tracks, labeled by the spec's conventions. */
const cases: Case[] = [
  {
    title: 'EU, US strike trade deal with 15% tariff on most European goods',
    text: 'TURNBERRY, Scotland -- The EU and the US agreed on Sunday on a trade framework that sets a 15% tariff on the bulk of European goods, half of the 30% rate Trump had threatened to impose from Aug. 1.\nUrsula von der Leyen, who leads the European Commission, said the agreement would bring stability.',
    published: '2025-07-27',
    track: 'eu-us',
    signals: ['deal_reached', 'tariff_reduced'],
    deadline: '2025-08-01',
    rates: [15, 30],
  },
  {
    title: 'US, China extend their tariff truce by 90 days',
    text: 'In an executive order he signed on Monday, President Donald Trump extended the tariff truce with China by a further 90 days, until Nov. 10, hours before it was due to expire.\nThe pause keeps US tariffs on Chinese goods at 30% while the two sides continue negotiations.',
    published: '2025-08-12',
    track: 'cn-us',
    signals: ['deadline_extended', 'deadline_set'],
    deadline: '2025-11-10',
    rates: [30],
  },
  {
    title: 'India and US to resume trade talks next week',
    text: 'NEW DELHI -- Indian and US negotiators will resume talks on a bilateral trade agreement next week in New Delhi, the commerce ministry said on Tuesday.\nThe talks were suspended last month after Washington doubled the tariff on goods from India to 50%.',
    published: '2025-09-09',
    track: 'in-us',
    signals: ['talks_scheduled'],
    deadline: null,
    rates: [50],
  },
  {
    title: 'Swiss stunned by 39% US tariff, seek new talks',
    text: 'Switzerland was hit with a 39% tariff on Thursday after last-minute talks failed to produce a deal.\nSwiss President Karin Keller-Sutter said she had spoken with Trump by phone but the two sides could not agree.\nThe tariff took effect on Thursday, and Swiss officials said they would present a new offer to Washington.',
    published: '2025-08-07',
    track: 'ch-us',
    signals: ['no_breakthrough', 'talks_held', 'tariff_imposed'],
    deadline: null,
    rates: [39],
  },
];

describe('other tracks', () => {
  it.each(cases.map((item) => [item.title, item] as const))('%s', (_title, item) => {
    const result = classifyArticle({
      id: 't',
      title: item.title,
      text: item.text,
      published: item.published,
    });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe(item.track);
    expect(result.signals.map((signal) => signal.type).sort()).toEqual([...item.signals].sort());
    expect(result.deadline).toBe(item.deadline);
    expect(result.tariff_rates).toEqual(item.rates);
  });

  it('records a denial of a deal and reads "no agreement has been reached" as no breakthrough', () => {
    const result = classifyArticle({
      id: 't',
      title: 'Seoul rejects report of $400 billion investment deal',
      text: 'South Korea’s presidential office on Friday denied a report that Seoul had agreed to invest $400 billion in the US under a tariff deal.\n"No agreement has been reached," a spokesperson told reporters.',
      published: '2025-07-25',
    });
    expect(result.signals.map((signal) => signal.type)).toEqual(['no_breakthrough']);
    expect(result.denied?.map((signal) => signal.type)).toEqual(['deal_reached']);
  });
});

/** Tracks between two parties neither of which is the United States, configured with their names only. */
const pairs: TrackDefinition[] = [
  {
    id: 'gb-eu',
    name: 'United Kingdom – European Union',
    parties: [
      { name: 'United Kingdom', aliases: ['UK', 'Britain', 'British', 'London'] },
      { name: 'European Union', aliases: ['EU', 'Brussels'], officials: [{ name: 'Maros Sefcovic' }] },
    ],
    keywords: [],
    deadline: null,
    feeds: [],
  },
  {
    id: 'ca-mx',
    name: 'Canada – Mexico',
    parties: [
      { name: 'Canada', aliases: ['Canadian', 'Ottawa'] },
      { name: 'Mexico', aliases: ['Mexican'], officials: [{ name: 'Marcelo Ebrard', aliases: ['Ebrard'] }] },
    ],
    keywords: [],
    deadline: null,
    feeds: [],
  },
];

describe('a track between any two configured parties', () => {
  it.each([
    [
      'gb-eu',
      'UK and EU negotiators hold talks on steel tariff quotas',
      'British and EU negotiators met in Brussels on Tuesday for their second round of steel tariff quota talks, the UK business department said.\nBoth sides will meet again next week.',
    ],
    [
      'ca-mx',
      'Canada and Mexico hold trade talks in Ottawa',
      'Canadian and Mexican officials held talks on tariffs and supply chains in Ottawa on Monday.\nMexican Economy Minister Marcelo Ebrard will travel to Ottawa next week for a further round of talks with his Canadian counterpart.',
    ],
  ])('%s', (track, title, text) => {
    const result = classifyArticle({ id: 't', title, text, published: '2025-09-09' }, { tracks: pairs });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe(track);
    expect(result.signals.map((signal) => signal.type)).toEqual(
      expect.arrayContaining(['talks_scheduled', 'talks_held']),
    );
  });
});

describe('a partner named as the place where something happened is not a party to it', () => {
  it.each([
    [
      'br-us',
      'Brazil sees new phase in tariff dispute with US',
      'Brazil’s vice president said on Monday that relations with Washington over the 50% tariffs had entered a new phase.\nThe meeting between the two presidents took place on Sunday in Kuala Lumpur, Malaysia.',
    ],
    [
      'cn-us',
      'China and US seek to ease tariff tensions',
      'Chinese and US negotiators are trying to ease tensions over tariffs and rare earths.\nThe talks took place on Saturday in Kuala Lumpur, Malaysia, before the leaders’ summit.',
    ],
    [
      'ch-us',
      'Swiss seek relief from 39% US tariff',
      'Switzerland is seeking relief from the 39% US tariff on its goods.\nThe meeting with Greer took place on Saturday at a hotel in Tokyo, Japan.',
    ],
    // The host named by its adjective before a city, or the city after "the ... city of": a venue too.
    [
      'ch-us',
      'Swiss seek relief from 39% US tariff',
      'Switzerland is seeking relief from the 39% US tariff on its goods.\nThe two sides met on Saturday in the Japanese capital Tokyo.',
    ],
    [
      'cn-us',
      'China and US seek to ease tariff tensions',
      'Chinese and US negotiators are trying to ease tensions over tariffs and rare earths.\nThe two presidents met on Thursday at the Korean resort city of Gyeongju.',
    ],
    [
      'br-us',
      'Brazil sees new phase in tariff dispute with US',
      'Brazil’s vice president said on Monday that relations with Washington over the 50% tariffs had entered a new phase.\nThe two presidents met on Sunday in the Malaysian city of Kuala Lumpur.',
    ],
    [
      'cn-us',
      'China and US seek to ease tariff tensions',
      'Chinese and US negotiators are trying to ease tensions over tariffs and rare earths.\nThe two sides met in the Swiss city of Geneva on Saturday and Sunday.',
    ],
  ])('%s', (track, title, text) => {
    const result = classifyArticle({ id: 't', title, text, published: '2025-10-27' });
    expect(result.tracks).toEqual([track]);
    expect(result.signals.map((signal) => signal.type)).toContain('talks_held');
  });
});

describe('US cabinet members who negotiate trade speak for the United States', () => {
  it.each([
    [
      "Kim Jung-kwan, South Korea's industry minister, is set to meet Interior Secretary Doug Burgum on Friday to discuss energy purchases. Korean goods face a 25% tariff from Aug. 1.",
      'kr-us',
    ],
    [
      'Japanese negotiator Ryosei Akazawa will meet Energy Secretary Chris Wright on Thursday to discuss LNG purchases. Japanese goods face a 25% tariff from Aug. 1.',
      'jp-us',
    ],
    [
      'India’s commerce minister will hold talks with Agriculture Secretary Brooke Rollins on farm tariffs on Friday. Indian goods face a 25% tariff from Aug. 1.',
      'in-us',
    ],
  ])('a meeting planned with one is talks scheduled: %s', (text, track) => {
    const result = classifyArticle({ id: 'c', title: '', text, published: '2025-07-20' });
    expect(result.tracks[0]).toBe(track);
    expect(result.signals.map((signal) => signal.type)).toContain('talks_scheduled');
  });
});

describe('a government named by its own institution speaks for its country', () => {
  it.each([
    [
      'The Federal Council still aims to avert the announced 39 percent US tariffs. The government in Bern will revise its offer to Washington, officials said.',
      'ch-us',
    ],
    [
      'SECO said on Friday the US tariff of 39% on Swiss watches would hurt exports. The Federal Council will present a new offer to Washington.',
      'ch-us',
    ],
  ])('%s', (text, track) => {
    const result = classifyArticle({ id: 'c', title: '', text, published: '2025-08-02' });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe(track);
  });
});

describe('Europe, as the press names the EU in trade news, is the EU; a British deal stays British', () => {
  it.each([
    [
      'Trump lifts tariff threat on Europe after Davos talks',
      'Speaking on Wednesday, Trump called off the tariffs he had threatened on European goods from Feb. 1, after talks in Davos.\nEuropean leaders welcomed the move.',
      '2026-01-22',
      'eu-us',
    ],
    [
      'Europe and US agree to cut tariffs on cars',
      "On Friday Europe and the United States settled on cutting tariffs on each other's cars to 15%, negotiators said.\nThe deal still needs the approval of European governments.",
      '2025-08-21',
      'eu-us',
    ],
    [
      'European negotiators head to Washington for tariff talks',
      'European trade negotiators will fly to Washington next week for talks on steel tariffs, officials said on Monday.\nWashington wants Europe to buy more American energy.',
      '2025-11-03',
      'eu-us',
    ],
    [
      'Britain and US seal tariff deal as Europe waits',
      'The United States and Britain agreed a deal on Thursday cutting US tariffs on British cars to 10%, Prime Minister Keir Starmer said.\nEuropean officials said their own talks with Washington would go on.',
      '2025-05-08',
      'gb-us',
    ],
  ])('%s', (title, text, published, track) => {
    const result = classifyArticle({ id: 'e', title, text, published });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe(track);
  });
});

describe('"US$" is a currency: a pact of two partners priced in dollars does not name the US', () => {
  it.each([
    [
      'Farm trade pact signed in Hanoi',
      'China and Vietnam signed a farm trade pact on Monday, cutting tariffs on fruit to zero. Two-way farm trade reached US$20 billion last year. Vietnam will also cut its 10% tariffs on Chinese pork under the pact, worth US$2 billion a year.',
    ],
    [
      'India and Australia widen trade deal',
      'India and Australia agreed on Friday to widen their trade deal, cutting tariffs on wine and lentils. The deal covers US$30 billion of trade. Australia will drop its 5% tariffs on Indian textiles, officials said, a boost worth US$1 billion.',
    ],
    [
      'Asean, Japan seal upgraded tariff accord',
      'Japan and the Philippines sealed a tariff accord on Tuesday. Japan will cut tariffs on Philippine bananas, a trade worth US$800 million. The Philippines will lower its 15% tariffs on Japanese cars, worth US$3 billion a year.',
    ],
  ])('%s', (title, text) => {
    expect(classifyArticle({ id: 'u', title, text, published: '2025-10-28' }).relevant).toBe(false);
  });
});

describe('partners of the 2025 tariff letters have tracks of their own', () => {
  it.each([
    [
      'Lesotho seeks talks over 50% US tariff',
      'Lesotho’s minister of trade said on Monday the kingdom would send a delegation to Washington to negotiate over the 50% tariff on its textile exports.',
      'ls-us',
    ],
    [
      'Colombia, US reach deal after tariff threat',
      'Colombia agreed on Sunday to accept deportation flights after President Trump threatened 25% tariffs on Colombian goods, the White House said.',
      'co-us',
    ],
    [
      'Madagascar hopes to cut 47% tariff in talks with Washington',
      'Malagasy officials met Jamieson Greer, the US trade envoy, on Thursday to discuss the 47% tariff on vanilla and textiles.',
      'mg-us',
    ],
  ])('%s', (title, text, track) => {
    const result = classifyArticle({ id: 'p', title, text, published: '2025-07-20' });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe(track);
  });
});
