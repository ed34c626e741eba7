import { prefilter } from './prefilter';

const tracks = [
  {
    id: 'kr-us',
    parties: [{ name: 'South Korea' }, { name: 'United States' }],
    keywords: ['South Korea', 'Korea', 'Seoul', 'Yeo Han-koo', '2+2', 'US'],
  },
  {
    id: 'jp-us',
    parties: [{ name: 'Japan' }, { name: 'United States' }],
    keywords: ['Japan', 'Tokyo', 'Akazawa'],
  },
];

const ukEu = [
  {
    id: 'uk-eu',
    parties: [
      { name: 'United Kingdom', aliases: ['UK', 'Britain'] },
      { name: 'European Union', aliases: ['EU', 'Brussels'], officials: [{ name: 'Maros Sefcovic' }] },
    ],
    keywords: ['Windsor Framework'],
  },
];

describe('prefilter', () => {
  it.each([
    ['a keyword in the title', { title: 'Seoul pushes for tariff deal', text: '' }, ['kr-us']],
    ['capitals in a headline', { title: 'SOUTH KOREA talks', text: '' }, ['kr-us']],
    ['diacritic-insensitive', { title: 'Séoul et Washington', text: '' }, ['kr-us']],
    ['hyphen or space in a name', { title: '', text: 'Greer met trade chief Yeo Han koo.' }, ['kr-us']],
    [
      'word boundaries: no match inside a word',
      { title: 'Koreatown food festival', text: 'USB chargers focus' },
      [],
    ],
    ['short keyword as a word', { title: 'US tariffs loom', text: '' }, ['kr-us']],
    ['an acronym is not the pronoun', { title: 'Join us for tariff talk', text: '' }, []],
    ['symbols in a keyword', { title: '2+2 talks postponed', text: '' }, ['kr-us']],
    ['a false friend is not the partner', { title: 'North Korea fires missile', text: '' }, []],
    [
      'an item for two tracks goes to both',
      { title: 'Japan and Korea race the deadline', text: '' },
      ['kr-us', 'jp-us'],
    ],
    ['one party alone is not enough', { title: 'United States GDP grows', text: '' }, []],
    ['all parties named pass', { title: 'Japan and the United States', text: '' }, ['jp-us']],
    ['unrelated', { title: 'Football results', text: 'Nothing here.' }, []],
  ])('%s', (_label, article, expected) => {
    expect(prefilter(article, tracks).trackIds).toEqual(expected);
  });

  it('says which terms matched', () => {
    expect(prefilter({ title: 'Akazawa in Tokyo', text: '' }, tracks).matched).toEqual({
      'jp-us': ['Tokyo', 'Akazawa'],
    });
  });

  it.each([
    ['both parties by their aliases', 'Britain and Brussels resume talks on fish', ['uk-eu']],
    ['an official speaks for his party', 'UK minister meets Maros Sefcovic', ['uk-eu']],
    ['one party alone', 'EU ministers meet in Luxembourg', []],
    ['a keyword alone', 'Windsor Framework review opens', ['uk-eu']],
  ])('any two parties: %s', (_label, title, expected) => {
    expect(prefilter({ title, text: '' }, ukEu).trackIds).toEqual(expected);
  });
});
