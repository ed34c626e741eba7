import { prefilter } from './prefilter';

const tracks = [
  {
    id: 'kr-us',
    parties: ['South Korea', 'United States'],
    keywords: ['South Korea', 'Korea', 'Seoul', 'Yeo Han-koo', '2+2', 'US'],
  },
  { id: 'jp-us', parties: ['Japan', 'United States'], keywords: ['Japan', 'Tokyo', 'Akazawa'] },
];

describe('prefilter', () => {
  it.each([
    ['a keyword in the title', { title: 'Seoul pushes for tariff deal', text: '' }, ['kr-us']],
    ['case-insensitive', { title: 'SOUTH KOREA talks', text: '' }, ['kr-us']],
    ['diacritic-insensitive', { title: 'Séoul et Washington', text: '' }, ['kr-us']],
    ['hyphen or space in a name', { title: '', text: 'Trade minister Yeo Han koo met Greer.' }, ['kr-us']],
    [
      'word boundaries: no match inside a word',
      { title: 'Koreatown food festival', text: 'USB chargers focus' },
      [],
    ],
    ['short keyword as a word', { title: 'US tariffs loom', text: '' }, ['kr-us']],
    ['symbols in a keyword', { title: '2+2 talks postponed', text: '' }, ['kr-us']],
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
});
