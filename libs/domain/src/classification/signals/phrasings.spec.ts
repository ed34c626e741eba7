import { classifyArticle } from '../classify';
import type { SignalType } from '../../model/signals';

/** More ways news phrases each signal: our own sentences, in a Korea–US article published 2025-07-20. */
function signalsOf(sentence: string): SignalType[] {
  return classifyArticle({
    id: 't',
    title: 'Korea-US tariff negotiations',
    text: sentence,
    published: '2025-07-20',
  }).signals.map((signal) => signal.type);
}

describe('common phrasings', () => {
  it.each<[string, SignalType[], SignalType[]]>([
    [
      'Trade Minister Yeo Han-koo will travel to Washington this week for talks with Greer.',
      ['talks_scheduled'],
      ['talks_held'],
    ],
    ['Industry Minister Kim Jung-kwan is scheduled to meet Lutnick on Thursday.', ['talks_scheduled'], []],
    [
      'Seoul and Washington plan to hold another round of tariff negotiations next week.',
      ['talks_scheduled'],
      [],
    ],
    [
      'The 2+2 meeting on tariffs will take place in Washington on Friday.',
      ['talks_scheduled'],
      ['talks_held'],
    ],
    ['Korea is expected to present a new proposal on tariffs next week.', [], ['proposal']],
    ['Kim spoke with Lutnick by phone on Monday about tariffs on Korean cars.', ['talks_held'], []],
    [
      'After the meeting, Yeo told reporters that the two sides had narrowed their differences on tariffs.',
      ['talks_held'],
      ['no_breakthrough'],
    ],
    [
      'Trump said he was terminating all trade talks with Korea, effective immediately.',
      ['talks_cancelled'],
      [],
    ],
    [
      'Seoul suspended its tariff negotiations with Washington on Monday.',
      ['talks_cancelled'],
      ['deadline_extended'],
    ],
    [
      'Korea submitted a package of proposals covering shipbuilding and energy purchases on Friday.',
      ['proposal'],
      [],
    ],
    ['Lutnick pressed Seoul to make more concessions on rice and beef.', ['proposal'], []],
    [
      'The tariff talks between Seoul and Washington broke down on Friday.',
      ['no_breakthrough'],
      ['deal_reached'],
    ],
    [
      'The two sides could not agree on the size of Korea’s investment fund, officials said on Friday.',
      ['no_breakthrough'],
      [],
    ],
    [
      'Disagreements over the $350 billion investment fund persist, a Korean official said.',
      ['no_breakthrough'],
      [],
    ],
    [
      'Trump said on Wednesday that the US has agreed to a "Full and Complete Trade Deal" with South Korea.',
      ['deal_reached'],
      [],
    ],
    ['US, South Korea reach trade deal', ['deal_reached'], []],
    ['The deal, announced on Wednesday, sets a 15% tariff on Korean goods.', ['deal_reached'], []],
    ['Trump agreed to lower tariffs on Korean goods to 15% on Wednesday.', ['tariff_reduced'], []],
    [
      'Trump signed an executive order implementing the trade deal with Korea on Thursday.',
      [],
      ['deal_reached'],
    ],
    [
      'Trump threatened on Monday to impose a 25% tariff on Korean goods.',
      ['tariff_threatened'],
      ['tariff_imposed'],
    ],
    [
      'Trump said he would raise tariffs on Korean goods to 25% if Seoul did not open its markets.',
      ['tariff_threatened'],
      [],
    ],
    ['The US began collecting 15% tariffs on Korean goods on Thursday.', ['tariff_imposed'], []],
    [
      'Trump announced on Monday that tariffs on Korean goods will take effect on Aug. 1.',
      ['deadline_set', 'tariff_threatened'],
      [],
    ],
    [
      'Trump extended the tariff deadline for Korea to Aug. 1 on Monday.',
      ['deadline_extended', 'deadline_set'],
      [],
    ],
    [
      'Trump signed an order on Monday delaying the reciprocal tariffs on Korea until Aug. 1.',
      ['deadline_extended', 'deadline_set'],
      [],
    ],
    ['Korea denied reports on Tuesday that it had agreed to a trade deal with the US.', [], ['deal_reached']],
    [
      'President Lee held a meeting with business leaders on Monday to discuss the tariffs.',
      [],
      ['talks_held'],
    ],
    [
      'Lee will meet business leaders on Friday to discuss how to respond to US tariffs.',
      [],
      ['talks_scheduled'],
    ],
    [
      'Samsung signed a $16.5 billion chip supply deal with a US carmaker on Monday, boosting trade ties.',
      [],
      ['deal_reached'],
    ],
    [
      'Korean exports to the US fell 5 percent last month because of the tariffs.',
      [],
      ['tariff_reduced', 'tariff_imposed'],
    ],
    ['The stalled tariff talks resumed in Washington on Monday.', ['talks_held'], ['no_breakthrough']],
  ])('%s', (sentence, present, absent) => {
    const found = signalsOf(sentence);
    for (const type of present) expect(found).toContain(type);
    for (const type of absent) expect(found).not.toContain(type);
  });
});

describe('configured tracks and inferred dates', () => {
  it('extends the lexicon with a track definition’s keywords', () => {
    const text =
      'Negotiator Jane Roe met Greer on Monday for tariff talks.\nRoe said the tariff talks with Washington would continue.';
    const without = classifyArticle({ id: 't', title: '', text, published: '2025-07-20' });
    const track = {
      id: 'xx-us',
      name: 'Testland–US',
      parties: [{ name: 'Testland' }, { name: 'United States' }],
      keywords: ['Testland', 'Jane Roe', 'Roe', 'Lutnick'],
      deadline: null,
      feeds: [],
    };
    const withTrack = classifyArticle(
      { id: 't', title: '', text, published: '2025-07-20' },
      { tracks: [track] },
    );
    expect(without.relevant).toBe(false);
    expect(withTrack.tracks[0]).toBe('xx-us');
    expect(withTrack.signals.map((signal) => signal.type)).toContain('talks_held');
  });

  it('reads the publication date from the URL when the feed gave none', () => {
    const result = classifyArticle({
      id: 't',
      title: 'Korea-US tariff negotiations',
      text: 'Seoul hopes to close a tariff deal before the Aug. 1 deadline.',
      published: null,
      url: 'https://news.example/2025/07/20/korea-tariffs',
    });
    expect(result.deadline).toBe('2025-08-01');
  });
});

describe('headlines in the present tense', () => {
  const headline = (title: string) =>
    classifyArticle({
      id: 't',
      title,
      text: 'Seoul and Washington are negotiating over US tariffs on Korean goods.',
      published: '2025-07-20',
    }).signals.map((signal) => signal.type);

  it.each<[string, SignalType[], SignalType[]]>([
    ['Korea, US hold high-level tariff talks in Washington', ['talks_held'], ['talks_scheduled']],
    ['Korea, US to hold tariff talks next week', ['talks_scheduled'], ['talks_held']],
    ['Bessent cancels 2+2 trade meeting with Korea', ['talks_cancelled'], []],
    ['Trump extends tariff deadline for Korea', ['deadline_extended'], []],
    ['Trump threatens 25% tariff on Korean goods', ['tariff_threatened'], []],
    ['US tariffs on Korean goods take effect', ['tariff_imposed'], []],
    ['Korea-US tariff talks end without deal', ['no_breakthrough'], ['deal_reached']],
  ])('%s', (title, present, absent) => {
    const found = headline(title);
    for (const type of present) expect(found).toContain(type);
    for (const type of absent) expect(found).not.toContain(type);
  });
});

describe('more deal wording and past stalls', () => {
  it.each<[string, SignalType[], SignalType[]]>([
    [
      'Seoul and Washington struck a tentative deal on Wednesday to cap tariffs on Korean goods at 15%.',
      ['deal_reached'],
      [],
    ],
    ['The two sides reached a 15% tariff deal late Wednesday, officials said.', ['deal_reached'], []],
    [
      'The talks had stalled for weeks before Wednesday’s tariff agreement was announced.',
      [],
      ['no_breakthrough'],
    ],
  ])('%s', (sentence, present, absent) => {
    const found = classifyArticle({
      id: 't',
      title: 'Korea-US tariff negotiations',
      text: sentence,
      published: '2025-07-31',
    }).signals.map((signal) => signal.type);
    for (const type of present) expect(found).toContain(type);
    for (const type of absent) expect(found).not.toContain(type);
  });
});

describe('background wording that is not a signal', () => {
  it.each<[string, SignalType[]]>([
    ['The threat of US tariffs has weighed on Korean exporters for months.', ['tariff_threatened']],
    ['Analysts warned that US tariffs could hurt Korean exports this year.', ['tariff_threatened']],
    ['Economists called for Seoul to diversify its exports away from the US market.', ['proposal']],
  ])('%s', (sentence, absent) => {
    const found = classifyArticle({
      id: 't',
      title: 'Korea-US tariff negotiations',
      text: sentence,
      published: '2025-07-20',
    }).signals.map((signal) => signal.type);
    for (const type of absent) expect(found).not.toContain(type);
  });
});

describe('other partners as the subject', () => {
  it.each<[string, SignalType[]]>([
    [
      'Japan and Vietnam have struck tariff deals with Washington, while Korea is still negotiating.',
      ['deal_reached'],
    ],
    [
      'After Japan reached a trade deal on Tuesday, Korean officials flew to Washington for talks.',
      ['deal_reached'],
    ],
  ])('%s', (sentence, absent) => {
    const found = classifyArticle({
      id: 't',
      title: 'Korea-US tariff negotiations',
      text: sentence,
      published: '2025-07-24',
    }).signals.map((signal) => signal.type);
    for (const type of absent) expect(found).not.toContain(type);
  });
});

describe('deadline and cancellation wording', () => {
  it.each<[string, SignalType[]]>([
    ['Trump on Monday set Aug. 1 as the new deadline for Korea to reach a tariff deal.', ['deadline_set']],
    [
      'Korea won a three-week extension of the tariff deadline on Monday, to Aug. 1.',
      ['deadline_extended', 'deadline_set'],
    ],
    [
      'The planned 2+2 tariff talks in Washington have been put on hold, officials said on Monday.',
      ['talks_cancelled'],
    ],
  ])('%s', (sentence, present) => {
    const found = classifyArticle({
      id: 't',
      title: 'Korea-US tariff negotiations',
      text: sentence,
      published: '2025-07-08',
    }).signals.map((signal) => signal.type);
    for (const type of present) expect(found).toContain(type);
  });
});

describe('company visits and executives are not negotiation talks', () => {
  it.each<[string, SignalType[]]>([
    [
      'Industry Minister Kim Jung-kwan will visit Samsung’s chip plant in Texas next week amid the US tariff talks.',
      ['talks_scheduled'],
    ],
    ['Kim met Samsung Chairman Lee Jae-yong on Monday to discuss the impact of US tariffs.', ['talks_held']],
  ])('%s', (sentence, absent) => {
    const found = classifyArticle({
      id: 't',
      title: 'Korea-US tariff negotiations',
      text: sentence,
      published: '2025-07-20',
    }).signals.map((signal) => signal.type);
    for (const type of absent) expect(found).not.toContain(type);
  });
});
