import { classifyArticle } from './classify';

function ratesOf(text: string[], title = 'Korea and US press on with tariff talks'): number[] {
  return classifyArticle({ id: 't', title, text: text.join('\n'), published: '2025-07-20' }).tariff_rates;
}

const KOREA_LEAD =
  'Seoul’s trade minister met Lutnick, who heads the US Commerce Department, for tariff talks on Friday.';

describe('tariff rates of the main track', () => {
  it.each([
    [
      'a sentence naming no party, after one about the main track',
      ['The 25% tariff will take effect on Aug. 1.'],
      [25],
    ],
    ['a rate in an apposition', ['The tariffs, pegged at a 30% rate, would hit cars and chips.'], [30]],
    [
      'a later sentence that speaks of the tariff in passing',
      ['If the 25 percent levies are imposed, exporters will suffer.'],
      [25],
    ],
    [
      'both ends of a cut whose tariff word stands far before',
      [
        'Duties due to take hold on the remaining Korean goods are also to be cut to 15% from the current 25%.',
      ],
      [15, 25],
    ],
    [
      'a rate charged as a share of the value, not of the goods',
      ['The 25% tariff of the declared value on Korean cars will fall to 15%.'],
      [15, 25],
    ],
    ['a rate hyphened before its noun', ['Trump set a 25-percent tariff on Korean goods.'], [25]],
    ['a levy hyphened before its noun, with a decimal', ['Korean cars face a 27.5-percent levy.'], [27.5]],
    [
      'both ends of a cut, one hyphened',
      ['The rate on Korean goods was cut from the 32-percent level to 20 percent.'],
      [20, 32],
    ],
    [
      'a rate written "pc", as the British press does',
      ['Trump signed an order setting a 50pc tariff on Korean goods.'],
      [50],
    ],
    [
      'a levy written "pc", with a decimal',
      ['Korean cars now face a 27.5pc levy, the ministry said.'],
      [27.5],
    ],
    // A decimal comma, as European papers write it.
    ['a levy with a decimal comma', ['Korean cars would otherwise face a levy of 27,5 % in the US.'], [27.5]],
    ['a decimal comma, glued', ['The US cut its duty on Korean cars to 12,5% on Friday.'], [12.5]],
    [
      'both ends of a cut, with decimal commas',
      ['The tariff on Korean steel falls from 27,5 % to 17,5 % under the deal.'],
      [17.5, 27.5],
    ],
    [
      'a rate written "pct", as wire copy does',
      ['Korean goods would face a 25 pct tariff from Aug. 1.'],
      [25],
    ],
    [
      'both ends of a cut written the other way round',
      ['Seoul said the levies on its cars would be brought down from 25 percent to just 15 percent.'],
      [15, 25],
    ],
    // The size of a move, written as a past participle or as two figures joined by "or", is no rate.
    [
      'a tariff beside a growth given as two figures',
      ['Despite the 25% US tariff, Korean shipments to America have grown by roughly 6% or 7% this year.'],
      [25],
    ],
    [
      'a levy beside a rise given as two figures',
      ['Under the 15% US levy, shipments to the US have risen 4% or 5% since the deal, Seoul said.'],
      [15],
    ],
    [
      'a tariff beside a fall given as two figures',
      ['Korean car exports to America fell 8% or 9% after the 25% US tariff took effect.'],
      [25],
    ],
  ])('reads %s', (_name, sentences, expected) => {
    expect(ratesOf([KOREA_LEAD, ...sentences])).toEqual(expected);
  });

  it.each([
    [
      'after a sentence about another partner',
      ['Japan’s deal was struck last week.', 'The 24% tariff will take effect on Aug. 1.'],
    ],
    [
      'a rate for countries in general',
      ['The pause cut duties for almost all other countries to a flat 10% rate.'],
    ],
    [
      'a share of exports, written as "account for"',
      [
        'Shipments to the US, now facing fresh tariffs, account for about 20% of everything the country sells abroad.',
      ],
    ],
    [
      'a share of exports, written as "making up"',
      ['Tariffs hit cars, making up 27 percent of Korea’s exports.'],
    ],
    [
      'a gap between two rates, written "lower than"',
      ['The new levy is 10 percent lower than the one Washington first floated for tariffs on Korea.'],
    ],
    ['a gap between two rates, written "below"', ['Seoul’s tariff rate sits 5% below what Tokyo pays.']],
    [
      'a gap between two rates, written "higher than"',
      ['That duty would be 7 per cent higher than the levy Seoul had hoped for.'],
    ],
    ['a change told with an -ing verb', ['Shipments slowed under the tariffs, falling 4.2% in May.']],
    [
      'a change told with an -ing verb and "by"',
      ['Car sales held up despite the levy, rising by 6 percent on the year.'],
    ],
    [
      'a change told with an -ing verb after "with"',
      ['Chip exports beat the tariffs, with orders climbing 11 per cent.'],
    ],
    ['a count of pieces', ['The tariffs hit 300pcs of Korean machine parts.']],
    [
      'a share of the goods a duty covers',
      ['Seoul will drop its duties on 95% of the goods it buys from America.'],
    ],
    [
      'a share of exports spared a tariff',
      ['Under the deal, tariffs will no longer apply to over 70 percent of Korean exports to the US.'],
    ],
    ['a share of trade', ['Tariffs will stay off about 60 per cent of bilateral trade.']],
    ['a share of orders', ['US buyers cancelled 60% of orders over the tariff on Korean textiles.']],
    [
      'a share of a flow, after "of which"',
      ['Korea is negotiating over the tariff on its exports, of which nearly 40 percent comes from chips.'],
    ],
    [
      'a share of output that went to a market',
      ["Talks on the tariff matter because roughly 20% of Korea's steel output went to America in 2024."],
    ],
    [
      'a share of goods that went to buyers',
      ['Under the tariff threat, about 35 percent of Korean machinery went to US buyers in May.'],
    ],
    [
      'a change told as a reduction',
      ['Korean carmakers got a 5% reduction in the tariff they pay to the US.'],
    ],
    ['a change told as a cut', ['The deal means a 10 percent cut in US duties for Korean carmakers.']],
    [
      'a change told as a discount',
      ['Washington offered Seoul a 7 per cent discount on the tariff for its steel.'],
    ],
    ['an average of duties', ['Korean goods face US duties that average about 4 per cent.']],
    ['an average over a year', ['US tariffs on Korean goods averaged 3.4 percent last year.']],
    ['an average across goods', ['The US tariff averages 6% across Korean goods, analysts said.']],
    [
      'the partner’s own duties on a count of US products',
      ['Seoul lowered its duties on 12 US products to 8%, from 40%.'],
    ],
    ['the partner’s own levy on a kind of US goods', ['Korea will scrap a 30% levy on US farm goods.']],
    [
      'the partner’s tariff, told as what it charges the US',
      ['Trump said Korea charges the United States a 50 percent tariff on some farm goods.'],
    ],
    [
      'the partner’s duty, told as what it charges America',
      ['Trump claimed Seoul charges America a 40% duty, far above what it pays.'],
    ],
    [
      'the partner’s tariff, charged to the US for years',
      ['He said Korea has long charged the US a 30% tariff on its beef.'],
    ],
    [
      'the partner’s tariff on US goods sent to it',
      ['US goods to Korea were given an 8% tariff under the old pact.'],
    ],
    [
      'the partner’s levy on US exports into it',
      ['American exports into Korea face a 40 percent levy on rice, officials said.'],
    ],
    [
      'the partner’s levy on US products bound for it',
      ['U.S. products bound for Korea carry a 40% levy, Trump said.'],
    ],
    [
      'a move told as a noun, "declines of"',
      ['The tariff news came amid market declines of over 7% in Seoul.'],
    ],
    [
      'a move told as a noun, "a drop of"',
      ['Korean carmakers suffered a drop of 5 percent after the tariff letter.'],
    ],
    [
      'a move told as a noun, "a rise of"',
      ['Prices of Korean cars in the US saw a rise of 4% after the tariff took effect.'],
    ],
    [
      'the partner’s own tariffs on many US goods of a kind',
      ['Seoul promised to end tariffs as high as 40% on many American industrial imports.'],
    ],
    [
      'a share of trade, written as "of total"',
      ['The tariffs cover chips, 18% of total exports to America.'],
    ],
  ])('does not read %s', (_name, sentences) => {
    expect(ratesOf([KOREA_LEAD, ...sentences])).toEqual([]);
  });
});
