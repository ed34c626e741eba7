import { PartyMatcher } from './matcher';
import { DEFAULT_TRACKS, withKnownParties } from './default-tracks';

const matcher = new PartyMatcher([
  {
    id: 'kr-us',
    parties: [
      {
        name: 'South Korea',
        aliases: ['Korea', 'Korean', 'Seoul'],
        officials: [{ name: 'Yeo Han-koo', aliases: ['Yeo'] }],
        agencies: ['MOTIE'],
        notWhen: ['North Korea'],
      },
      {
        name: 'United States',
        aliases: ['US', 'U.S.'],
        officials: [{ name: 'Donald Trump', aliases: ['Trump'] }],
      },
    ],
  },
  { id: 'mx-ca', parties: [{ name: 'Mexico', notWhen: ['New Mexico'] }, { name: 'Canada' }] },
]);

const found = (text: string) =>
  matcher.mentions(text).map((mention) => `${mention.trackId}:${mention.side}:${mention.term}`);

describe('PartyMatcher', () => {
  it.each([
    ['a name as written', 'Korea and the US', ['kr-us:0:Korea', 'kr-us:1:US']],
    ['a name in headline capitals', 'KOREA, U.S. TALK', ['kr-us:0:Korea', 'kr-us:1:U.S.']],
    ['not a capitalised name in lower case', 'tell us about trump cards in korea', []],
    ['diacritics folded', 'Séoul', ['kr-us:0:Seoul']],
    ['hyphen or space', 'Yeo Han koo met Trump', ['kr-us:0:Yeo Han-koo', 'kr-us:1:Trump']],
    [
      'a name of several words, capitalised inside',
      'Yeo Han-Koo met Trump',
      ['kr-us:0:Yeo Han-koo', 'kr-us:1:Trump'],
    ],
    ['a name of several words in title case', 'YEO Han Koo said', ['kr-us:0:Yeo Han-koo']],
    ['a name of several words, any case after a capital', 'Yeo han-koo said', ['kr-us:0:Yeo Han-koo']],
    ['not a name of several words in lower case', 'yeo han-koo said', []],
    ['an agency', 'MOTIE said', ['kr-us:0:MOTIE']],
    ['not inside a word', 'Koreatown USB', []],
    ['a false friend masks the partner', 'North Korea fired', []],
    ['a false friend of another party', 'New Mexico and Canada', ['mx-ca:1:Canada']],
    ['a counterpart other than the US', 'Mexico and Canada', ['mx-ca:0:Mexico', 'mx-ca:1:Canada']],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives a plainly named known party its aliases and officials', () => {
    const track = withKnownParties({
      id: 'xx-us',
      parties: [{ name: 'Testland' }, { name: 'United States' }],
    });
    const known = new PartyMatcher([track]);
    expect(known.mentions('Lutnick met Testland officials').map((mention) => mention.side)).toEqual([1, 0]);
  });

  it.each([
    ['Mercosur, the South American trade group, and the EU agreed', []],
    ['Latin American exporters and Central American growers', []],
    ['a region of South America', []],
    ['American negotiators and the EU', ['American']],
  ])('the United States is not the rest of the Americas: %s', (text, expected) => {
    const defaults = new PartyMatcher([
      withKnownParties({ id: 'xx-us', parties: [{ name: 'Testland' }, { name: 'United States' }] }),
    ]);
    expect(defaults.mentions(text).map((mention) => mention.term)).toEqual(expected);
  });

  it.each([
    ['Shipbuilding is a Trump card for Seoul, said Trump', ['Seoul', 'Trump']],
    ['Two Blocs Play Their Trump Cards Against Tariffs', []],
    ['Rare earths: a Trump Card that Lutnick fears', ['Lutnick']],
  ])('the card game’s idiom is not the president: %s', (text, expected) => {
    const defaults = new PartyMatcher(DEFAULT_TRACKS);
    expect([...new Set(defaults.mentions(text).map((mention) => mention.term))]).toEqual(expected);
  });

  it.each([
    ['Kenyan officials met the USTR in Washington on a trade pact', 'ke-us'],
    ['Jordan sought a lower US tariff rate', 'jo-us'],
    ['Amman and Washington discussed the 20% duty', 'jo-us'],
    ['Icelandic exporters face a 15% US tariff', 'is-us'],
    ['Ukraine and the US plan to negotiate a free trade pact', 'ua-us'],
    ['Kyiv hopes to cut the 10% levy on its grain', 'ua-us'],
    // The EU's members are the bloc in trade (no US word here, which names every track's counterpart).
    ['French winemakers fear a 200% duty', 'eu-us'],
    ['Germany urged a quick settlement on cars', 'eu-us'],
    ['Italian cheese faces a 15% levy', 'eu-us'],
    ['Ukrainian steel faces a 50% US duty', 'ua-us'],
    // A partner's trade negotiators by name, without the country's name.
    ['Parks Tau said a reset before the deadline was inevitable', 'za-us'],
    ['Tengku Zafrul flew to Washington for another round', 'my-us'],
    ['Airlangga met Lutnick on Friday', 'id-us'],
    ['Aurangzeb began talks with Greer', 'pk-us'],
    ['Trudeau vowed to answer the 25% levy', 'ca-us'],
    ['Don Farrell urged Washington to drop the beef curbs', 'au-us'],
    ['Hun Manet welcomed the 19% rate', 'kh-us'],
  ])('the default tracks know the partner in: %s', (text, track) => {
    const defaults = new PartyMatcher(DEFAULT_TRACKS);
    expect(defaults.mentions(text).map((mention) => mention.trackId)).toContain(track);
  });

  it('Northern Ireland is not the EU', () => {
    const defaults = new PartyMatcher(DEFAULT_TRACKS);
    const text = 'Northern Ireland firms fear the new tariffs';
    expect(defaults.mentions(text).map((mention) => mention.trackId)).not.toContain('eu-us');
  });

  it.each(['Jim Jordan questioned the tariffs', 'Michael Jordan signed a sneaker deal'])(
    'a person named Jordan is not the kingdom: %s',
    (text) => {
      const defaults = new PartyMatcher(DEFAULT_TRACKS);
      expect(defaults.mentions(text).map((mention) => mention.trackId)).not.toContain('jo-us');
    },
  );

  it('keeps indices of the original text when folding diacritics', () => {
    const [mention] = matcher.mentions('À Séoul');
    expect(mention.index).toBe(2);
  });
});
