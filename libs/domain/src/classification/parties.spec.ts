import { buildPartyIndex, findParties } from './parties';

const index = buildPartyIndex();
const partnersOf = (text: string) => [...new Set(findParties(text, index).partners.map((p) => p.trackId))];

describe('findParties: a partner named as the benchmark of a comparison is no side of the sentence', () => {
  it.each([
    ['The US demanded a profit split similar to Japan’s.', []],
    ['Seoul wants terms like those of Japan, the minister said.', ['kr-us']],
    ['Lutnick pressed for a Japan-style fund.', []],
    ['Korea wants a deal in line with Japan’s, Kim said.', ['kr-us']],
  ])('%s', (text, expected) => {
    expect(partnersOf(text)).toEqual(expected);
  });

  it.each([
    ['Japan and the US signed a deal on Friday.', ['jp-us']],
    ['Korea followed Japan in signing a deal with the US.', ['kr-us', 'jp-us']],
    // "like" as a verb of wanting is no comparison.
    ['Trump would like Japan to invest more, he said.', ['jp-us']],
    ['Washington would like Seoul to pay in cash.', ['kr-us']],
    ['Lutnick said he’d like Korea to move first.', ['kr-us']],
  ])('still a side: %s', (text, expected) => {
    expect(partnersOf(text)).toEqual(expected);
  });
});
