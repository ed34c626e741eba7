import { classifyArticle } from './classify';

describe('relevance of a short meeting report', () => {
  const text =
    "Kim Jung-kwan, Seoul's industry minister, met Commerce chief Howard Lutnick on Sunday in New York to discuss tariffs. " +
    'The two sides discussed how to avoid a 25 percent tariff that is due to kick in on August 1.';

  it.each(['Kim meets Lutnick in New York', 'Korea tariff', 'Tariff talks'])(
    'under the headline "%s" it is a kr-us meeting',
    (title) => {
      const result = classifyArticle({ id: 't', title, text, published: '2025-07-28' });
      expect(result.relevant).toBe(true);
      expect(result.tracks[0]).toBe('kr-us');
      expect(result.signals.map((s) => s.type)).toContain('talks_held');
    },
  );

  // Stories whose only topical sentence is a visit to meet the other side ("meet" as well as "meets", "met") or a
  // tariff on the partner's goods coming into force, with or without its rate.
  it.each([
    [
      'Minister lands in Washington',
      'Malaysia’s trade minister landed in Washington on Thursday. He is scheduled to meet Washington’s trade envoy Jamieson Greer and other officials today on the trade issue.',
      '2025-04-24',
      'my-us',
      'talks_scheduled',
    ],
    [
      'Minister in Washington',
      'Malaysia’s trade minister arrived in Washington for a two-day visit. On Friday he will meet trade envoy Jamieson Greer to set out where the country stands on trade.',
      '2025-04-24',
      'my-us',
      'talks_scheduled',
    ],
    [
      'Minister reaches US',
      'Malaysia’s trade minister reached Washington on Monday. He is set to meet Commerce Secretary Howard Lutnick tomorrow on trade ties.',
      '2025-04-24',
      'my-us',
      'talks_scheduled',
    ],
    [
      'Tariff on Brazilian exports takes effect today',
      'The higher US rates on part of Brazilian exports are in force from today. Coffee and beef are among the products hit, while orange juice and aircraft were left out.',
      '2025-08-06',
      'br-us',
      'tariff_imposed',
    ],
    [
      'US tariffs on Swiss watches take effect',
      'New US tariffs on Swiss watches and machinery took effect at midnight. Exporters said the duties would hurt sales in their biggest market.',
      '2025-08-06',
      'ch-us',
      'tariff_imposed',
    ],
    [
      'Trump tariff on Indian goods now in effect',
      'The additional US tariff on Indian goods is now in effect. Textile and jewellery exporters expect orders to fall.',
      '2025-08-06',
      'in-us',
      'tariff_imposed',
    ],
    // A trade pact of the two sides, named with no rate and no talks.
    [
      'Washington unveils trade agreements with Peru and Chile',
      'The White House on Wednesday confirmed new trade agreements with Peru and Chile that ease duties on copper and fruit. Officials in Lima welcomed the step.',
      '2025-11-13',
      'pe-us',
      'deal_reached',
    ],
    [
      'US and Vietnam seal reciprocal trade deal',
      'Hanoi and Washington sealed a reciprocal trade pact on Monday. Exporters of furniture and shoes expect relief.',
      '2025-11-13',
      'vn-us',
      'deal_reached',
    ],
  ])('"%s" is news of its track', (title, text, published, track, signal) => {
    const result = classifyArticle({ id: 'r', title, text, published });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe(track);
    expect(result.signals.map((s) => s.type)).toContain(signal);
  });

  // A negotiator speaking with the other side on the tariffs is the negotiation, as meeting it is.
  it.each([
    "Korea's trade chief to speak with Washington ahead of tariff rise",
    'Yeo spoke with Greer on tariffs, ministry says',
    'Korean minister speaking with Lutnick on tariffs',
  ])('the headline "%s" is news of the negotiation', (title) => {
    const body = 'Officials gave few details on Monday. The minister has been busy this month.';
    expect(classifyArticle({ id: 'sp', title, text: body, published: '2025-07-20' }).relevant).toBe(true);
  });

  it('a central bank meeting that mentions tariffs stays out', () => {
    const result = classifyArticle({
      id: 'b',
      title: 'Bank of Korea holds its rate steady',
      text: 'On Thursday the Bank of Korea left its key interest rate at 2.5 percent after a policy meeting, citing uncertainty over U.S. tariffs.',
      published: '2025-07-10',
    });
    expect(result.relevant).toBe(false);
  });

  // A rate decision is the headline's subject even when the headline names the talks and the body recaps them.
  it.each([
    [
      'ECB holds rates while EU-US tariff talks run down to the wire',
      'On Thursday the European Central Bank kept its deposit rate at 2%. Trump has threatened a 30% tariff on EU goods from Aug. 1. ' +
        'EU negotiators are in Washington for tariff talks with the Americans this week. The EU wants a 15% tariff rate for its cars. ' +
        'The EU has readied counter-tariffs if the talks with the US fail. Brussels hopes the US will extend the Aug. 1 deadline for EU tariffs.',
    ],
    [
      'Fed leaves interest rates unchanged as Korea tariff deadline nears',
      'The US Federal Reserve left its policy rate unchanged on Wednesday. Seoul and Washington are negotiating a trade deal before the 25% tariff on Korean goods takes effect on Aug. 1. ' +
        'Korean trade negotiators met US officials in Washington for tariff talks. Seoul offered to cut tariffs on US farm goods. ' +
        'Korea is seeking a 15% tariff rate like Japan. The US has not extended the Aug. 1 deadline for Korean tariffs.',
    ],
    [
      'RBI MPC: policy rate steady as India-US trade deal stalls',
      'The Reserve Bank of India kept the repo rate at 5.5% on Wednesday. Talks on an India-US trade deal have stalled and a 25% US tariff on Indian goods starts on Aug. 7. ' +
        'Indian negotiators held tariff talks with the US last week. Trump threatened India with a further 25% tariff over its oil imports. ' +
        'India wants the US tariff rate cut to 15%. The US deadline for Indian tariffs is Aug. 7.',
    ],
  ])('the rate decision "%s" is not news of the negotiation', (title, text) => {
    expect(classifyArticle({ id: 'm', title, text, published: '2025-07-24' }).relevant).toBe(false);
  });

  // The decision may be told in the lead under a headline that names no subject, or in the headline with the
  // verb's -ing form: still a rate decision.
  const tariffBackdrop =
    'Seoul and Washington are working on a trade deal before the 25% tariff on Korean goods takes effect on Aug. 1. ' +
    'Korean trade negotiators met US officials in Washington for tariff talks. Seoul offered to cut tariffs on US farm goods. ' +
    'Korea is seeking a 15% tariff rate like Japan. The US has not extended the Aug. 1 deadline for Korean tariffs.';
  it.each([
    [
      'Markets had priced it in',
      "On Thursday Korea's monetary authority held the benchmark rate where it was. " + tariffBackdrop,
    ],
    [
      'As analysts expected',
      'The central bank of Korea kept its interest rates unchanged this Thursday. ' + tariffBackdrop,
    ],
    [
      'No surprise in Seoul',
      'The central bank left its key rate where it was on Thursday. ' + tariffBackdrop,
    ],
    [
      'Seoul keeping its rates where they are as exporters brace for US tariffs',
      'The BOK met on Thursday. ' + tariffBackdrop,
    ],
    [
      'Seoul policy makers holding interest rates as tariff talks drag',
      'The BOK met on Thursday. ' + tariffBackdrop,
    ],
    [
      'Policy makers trimming rates again as tariff talks drag',
      'The central bank met on Thursday. ' + tariffBackdrop,
    ],
  ])('the rate decision under "%s" is not news of the negotiation', (title, text) => {
    expect(classifyArticle({ id: 'm', title, text, published: '2025-07-24' }).relevant).toBe(false);
  });

  // A central bank's chief on the tariffs' economic toll: other central banks than the Fed, the ECB or the BOK too.
  it.each([
    [
      'RBA chief urges patience as US tariffs stir volatility',
      'The Reserve Bank of Australia governor said on Friday the bank would not rush to respond to market swings. ' +
        'Australian goods already pay a 10% US baseline levy. Canberra is talking to Washington about the tariff.',
    ],
    [
      'SNB chairman warns of tariff hit to Swiss exports',
      'The Swiss National Bank chairman said on Tuesday the 39% US tariff on Swiss goods would weigh on growth. ' +
        'Swiss officials are negotiating with Washington to lower the tariff. The bank stands ready to act.',
    ],
    [
      'Bank of Canada governor says US tariffs cloud the outlook',
      'The Bank of Canada governor said on Wednesday that the 35% US tariff on Canadian goods has hurt exporters. ' +
        'Ottawa is in talks with Washington over the tariffs. Carney said a deal is possible.',
    ],
    // Headlines in title case name the central bank with capitals.
    [
      'Thai Central Bank Cautions on Prolonged US Tariff Uncertainty',
      'The Bank of Thailand said on Wednesday that US tariff policy would weigh on exports. ' +
        'Thailand faces a 19% US tariff under its deal with Washington. The bank kept its growth forecast.',
    ],
    [
      'Indonesia’s Central Bank Sees US Tariff Hit to Growth',
      'Bank Indonesia said on Thursday that the 19% US tariff on Indonesian goods would slow growth. ' +
        'Jakarta and Washington agreed on the rate in July. The bank meets again in October.',
    ],
    [
      'Central Bank Chief Says US Tariff Deal Eases Pressure on Won',
      'Bank of Korea Governor Rhee said on Friday the tariff deal with Washington eased pressure on the won. ' +
        'Korean goods face a 15% US tariff. Rhee spoke at parliament.',
    ],
  ])('the central bank headline "%s" is not news of the negotiation', (title, text) => {
    expect(classifyArticle({ id: 'c', title, text, published: '2025-08-20' }).relevant).toBe(false);
  });

  // A market's level in the headline is a market report, the talks its backdrop.
  it.each([
    'Philippine index hits a two-month high, eyeing a Manila-US trade deal',
    'Bangkok’s SET touches record high as Thailand nears US tariff pact',
    'Jakarta index reaches fresh high after US cuts tariff to 19%',
    // A market named by its index, whatever it does.
    'PSEi falls as Philippines-US tariff talks stall',
    'KLCI dips as Malaysia-US tariff talks drag on',
    'JCI rebounds after Indonesia-US tariff deal',
    'Nikkei climbs as Japan and US near tariff deal',
    'Rally in the Nikkei as Japan and US near tariff deal',
  ])('the market headline "%s" is not news of the negotiation', (title) => {
    const text =
      'Shares of exporters led the gains on Wednesday, brokers said. ' +
      'The US tariff on the country’s goods stands at 19% under the deal with Washington. ' +
      'Investors expect talks with the US to go on next week.';
    expect(classifyArticle({ id: 'mk', title, text, published: '2025-07-23' }).relevant).toBe(false);
  });

  // Nikkei the newspaper, cited in a lede read as the headline, is a source and not the stock index.
  it.each([
    'Akazawa called off his trip to Washington for tariff talks on Thursday as the two sides still differ on rice, Nikkei reported.',
    'Japan will seek an exemption from the US car tariff in its trade talks, the Nikkei newspaper said on Friday.',
    'Akazawa told the Nikkei on Friday that Japan had offered to buy more US rice in the tariff talks.',
    'According to Nikkei Asia, Akazawa will travel to the US capital next week for tariff talks with Lutnick.',
  ])('"%s" is news of the negotiation', (text) => {
    expect(classifyArticle({ id: 'nk', title: '', text, published: '2025-08-29' }).relevant).toBe(true);
  });

  // "Deal" as the verb of "deal a blow" names no deal: a story of tariffs' toll on firms is no negotiation.
  it.each([
    'Tariffs from Trump deal a blow to company profits',
    'New US duties deal another heavy blow to carmakers',
    'The levy deals a fresh blow to importers in the US',
  ])('the headline "%s" reports no deal', (title) => {
    const text =
      'Dozens of large firms cut their profit forecasts this quarter. ' +
      'Carmakers said their import costs had risen sharply. ' +
      'Containers from Korea sat unloaded at the port of Long Beach.';
    expect(classifyArticle({ id: 'bl', title, text, published: '2025-05-06' }).relevant).toBe(false);
  });

  // A poll's or a survey's findings in the headline are the story; the talks are its backdrop.
  it.each([
    'Most Americans oppose the tariffs, poll finds',
    'Poll shows voters sour on the trade war with China',
    'Survey finds Chinese exporters fear the new US levies',
  ])('the poll headline "%s" is not news of the negotiation', (title) => {
    const text =
      'Respondents blamed the tariffs for higher prices, the pollster said on Friday. ' +
      'The US tariff on Chinese goods stands at 145% while talks with Beijing go on. ' +
      'Officials in Beijing hope talks with the US will cut the 145% rate.';
    expect(classifyArticle({ id: 'pl', title, text, published: '2025-04-26' }).relevant).toBe(false);
  });

  /** The negotiation as a story's backdrop: the partner's tariff and the talks meant to cut it. */
  const talksBackdrop = (partner: string, rate: number) =>
    `The US tariff on ${partner} goods stands at ${rate}% while talks with Washington go on. ` +
    `${partner} negotiators hope trade talks with the US will cut the ${rate}% rate.`;

  // A headline about a commodity's or freight's price moving is a market report; the talks are its backdrop.
  it.each([
    [
      'Oil rises on hopes for a Korea-US trade deal',
      'Brent crude gained 1% on Monday, traders said. ' + talksBackdrop('Korean', 25),
    ],
    [
      'Copper prices slip as Korea-US tariff talks drag on',
      'Copper fell 2% in London on Monday, traders said. ' + talksBackdrop('Korean', 25),
    ],
    [
      'Freight prices set to ease despite Korea-US tariff truce',
      'Spot prices on the Pacific lanes eased on Monday, brokers said. ' + talksBackdrop('Korean', 25),
    ],
  ])('the commodity headline "%s" is not news of the negotiation', (title, text) => {
    expect(classifyArticle({ id: 'cm', title, text, published: '2025-07-21' }).relevant).toBe(false);
  });

  // A headline about a currency, a market's close or a factory survey is a market or data report; the talks
  // are its backdrop.
  it.each([
    [
      'Korean won rises to two-week high as Seoul and Washington near a tariff deal',
      'The won gained 0.6% against the dollar on Tuesday, dealers said. ' + talksBackdrop('Korean', 25),
    ],
    [
      'Won set for biggest monthly gain in a year on hopes of a US tariff deal',
      'The currency firmed in Seoul trade on Tuesday, dealers said. ' + talksBackdrop('Korean', 25),
    ],
    [
      'Yen slips as Tokyo and Washington resume tariff talks',
      'The Japanese currency eased 0.3% against the dollar on Tuesday, dealers said. ' +
        talksBackdrop('Japanese', 25),
    ],
    [
      'Jakarta bourse closes lower as Indonesia awaits US tariff decision',
      'The composite ended down 1.2% on Tuesday, brokers said. ' + talksBackdrop('Indonesian', 32),
    ],
    [
      'PSEi finishes slightly higher on hopes of a Philippines-US tariff deal',
      'Gainers outpaced decliners on Tuesday, brokers said. ' + talksBackdrop('Philippine', 20),
    ],
    [
      'Kuala Lumpur bourse ends higher on hopes of a Malaysia-US tariff pact',
      'Gainers outpaced decliners on Tuesday, brokers said. ' + talksBackdrop('Malaysian', 25),
    ],
    [
      'Korea factory activity shrinks for a third month as US tariff talks drag on',
      'New export orders fell in the survey of purchasing managers released on Tuesday. ' +
        talksBackdrop('Korean', 25),
    ],
    [
      'PMI shows Korean factories losing orders ahead of the US tariff deadline',
      'New export orders fell in the survey released on Tuesday. ' + talksBackdrop('Korean', 25),
    ],
    [
      'Manufacturing sector contracts again amid Korea-US tariff uncertainty',
      'New export orders fell in the survey released on Tuesday. ' + talksBackdrop('Korean', 25),
    ],
  ])('the currency, market or survey headline "%s" is not news of the negotiation', (title, text) => {
    expect(classifyArticle({ id: 'fx', title, text, published: '2025-07-22' }).relevant).toBe(false);
  });

  // A headline about exports moving, to the US or at large, is trade data; the talks are its backdrop.
  it.each([
    [
      'Korean exports to US fall for a second month as tariffs bite',
      'Shipments to the United States led the drop, customs data showed on Monday. ' +
        talksBackdrop('Korean', 25),
    ],
    [
      'Japanese exports to the US plunge 11% in May',
      'Shipments to the United States led the drop, customs data showed on Monday. ' +
        talksBackdrop('Japanese', 24),
    ],
    [
      'Taiwan car parts exports declining under US tariffs',
      'Shipments to the United States led the drop, customs data showed on Monday. ' +
        talksBackdrop('Taiwanese', 32),
    ],
    // A level reached: the lowest, the highest, a record.
    [
      'Korean exports to US hit lowest level in three years',
      'Shipments to the United States led the drop, customs data showed on Monday. ' +
        talksBackdrop('Korean', 25),
    ],
    [
      'Japan exports to America sank to their lowest since 2021 in May',
      'Shipments to the United States led the drop, customs data showed on Monday. ' +
        talksBackdrop('Japanese', 24),
    ],
    [
      'Taiwan exports to US touched their highest in a decade in May',
      'Shipments to the United States led the gain, customs data showed on Monday. ' +
        talksBackdrop('Taiwanese', 32),
    ],
  ])('the trade-data headline "%s" is not news of the negotiation', (title, text) => {
    expect(classifyArticle({ id: 'td', title, text, published: '2025-06-02' }).relevant).toBe(false);
  });

  const sectorStory =
    'The new US tariffs take effect next week, a White House aide said on Tuesday. ' +
    'Korea exports large amounts of these goods to the US and will feel the impact, analysts said. ' +
    'Korean exporters said the 25% tariff would hurt sales.';

  // A sector tariff in a headline that names no partner is the story; the partners are its backdrop.
  it.each([
    'US puts a 10% duty on timber and 25% on cabinets',
    'US slaps 50% tariffs on copper imports',
    'Steel tariffs doubled to 50% from Wednesday',
    // Wood products, and any action taken under Section 232, the sector-tariff law.
    'New duties on wood products take effect next week',
    'Trump signs Section 232 proclamation covering kitchen goods',
    'What the latest Section 232 action means for importers',
  ])('the sector headline "%s" is not news of the negotiation', (title) => {
    expect(classifyArticle({ id: 's', title, text: sectorStory, published: '2025-09-30' }).relevant).toBe(
      false,
    );
  });

  // ... and so is one that names the partner only as its firms.
  it.each([
    'Korean drugmakers brace for a 100% US pharma tariff',
    'New US chip duties weigh on Korean chipmakers',
    'A 50% US steel tariff hits Korean producers',
  ])('the sector headline "%s", naming only firms, is not news of the negotiation', (title) => {
    expect(classifyArticle({ id: 's', title, text: sectorStory, published: '2025-09-30' }).relevant).toBe(
      false,
    );
  });

  it('a sector tariff headline that names the partner is news of the negotiation', () => {
    const title = 'US to cut tariffs on Korean steel to 15% under trade deal';
    const text =
      'The US will cut its tariff on Korean steel to 15% under the trade deal struck with Seoul on Tuesday, the White House said. ' +
      'Korea and the US agreed on the terms after talks in Washington.';
    expect(classifyArticle({ id: 's', title, text, published: '2025-09-30' }).relevant).toBe(true);
  });

  // A company's results are the story; the tariff deal behind them is its backdrop.
  it.each([
    'Hyundai raises profit forecast despite Trump tariffs',
    'Samsung operating profit slumps as US tariffs bite',
    'Kia net income falls on US tariffs',
    // Profits "hit" by the tariffs, as profits that fell.
    'Hyundai profits hit by US tariffs on Korean cars',
    'LG Electronics profits hit as US duties bite',
    'Kia profit hit by tariffs on Korean exports',
  ])('the company headline "%s" is not news of the negotiation', (title) => {
    const text =
      'The automaker said on Tuesday that US tariffs on Korean cars cut its margins in the quarter. ' +
      'Under the Korea-US trade deal, the tariff on Korean cars fell from 25% to 15%. ' +
      'The company expects sales in the US to recover next year.';
    expect(classifyArticle({ id: 'c', title, text, published: '2025-11-05' }).relevant).toBe(false);
  });

  // A partner's pledge of hundreds of billions under the deal is the deal being carried out.
  it.each([
    [
      'Korea names first projects for US fund',
      'Seoul on Monday named three projects to be financed from the $350 billion it pledged for US investment. The projects include a shipyard in Pennsylvania.',
    ],
    [
      'Tokyo to finance US power plants',
      'Japan will put the first $40 billion of its $550 billion investment pledge into American power plants, officials said on Tuesday. Tokyo made the pledge in last year’s trade deal with the US.',
    ],
    [
      'Seoul sets up fund for US projects',
      'Korea set up a state fund on Friday to manage the 350 billion U.S. dollars promised to Washington. The money is Seoul’s side of its trade agreement with the US.',
    ],
  ])('the pledge story "%s" is news of the negotiation', (title, text) => {
    expect(classifyArticle({ id: 'p', title, text, published: '2026-02-10' }).relevant).toBe(true);
  });

  // ... and so is the pledge told as funding, funds or funded in the headline.
  it.each([
    'Japan’s $550 billion funding to flow to US power plants, Lutnick says',
    'Lutnick: Japan’s 550 billion dollars will be funds the US directs',
    'Tokyo’s $550 billion to be funded in cash, Lutnick says',
  ])('the funding headline "%s" is news of the negotiation', (title) => {
    const text =
      'Lutnick said on Tuesday that Tokyo’s pledge of 550 billion dollars, made in the tariff talks, is new capital. ' +
      'He spoke on a business channel. His view matches what the Treasury has said.';
    expect(classifyArticle({ id: 'f', title, text, published: '2025-08-20' }).relevant).toBe(true);
  });

  it("a company's own investment plan stays a company story", () => {
    const text =
      'Samsung Electronics said on Tuesday it will invest 450 billion dollars in chip plants at home over five years. Its shares rose 2%.';
    expect(
      classifyArticle({ id: 'c', title: 'Samsung plans chip spending', text, published: '2026-02-10' })
        .relevant,
    ).toBe(false);
  });

  // Revenue the state collects, or that funds another government, is no company's results; a tariff's rate cut is no
  // central bank's.
  it.each([
    'Trump on Wednesday ordered a 25% tariff on Korean products, citing the tariff revenue it would raise.',
    'The US collected record customs revenue as Trump on Friday raised the tariff on Korean cars to 25%.',
    'Trump on Monday ordered an extra 25% tariff on Korean goods over oil purchases, a major source of revenue for the Kremlin.',
    'Trump on Thursday signed an order to put the tariff rate cut for Korean cars into effect within a week.',
    'Washington on Friday approved a duty rate cut for Korean cars under the trade deal.',
    'Korean exporters welcomed the reciprocal rate cut the US granted Seoul on Monday.',
    'Tariff rate cut for Korean cars takes effect on Monday, Washington said.',
    'Duty rate cut for Korean cars approved by Washington under the trade deal.',
    'Reciprocal rate cut for Korean goods takes effect, the US said.',
  ])('an untitled tariff story opening "%s" is news of the negotiation', (opening) => {
    const text = `${opening} Seoul said it would respond calmly.`;
    expect(classifyArticle({ id: 'r', title: '', text, published: '2025-08-07' }).relevant).toBe(true);
  });

  // A tariff's rate cut is no central bank's, in a headline as in an untitled story's opening (above).
  it.each([
    'Korea hails US tariff rate cut on its cars',
    'Korean carmakers cheer duty rate cut by Washington',
    'Seoul exporters welcome tariff rate cut from Washington',
  ])('the headline "%s" is news of the negotiation', (title) => {
    const text =
      'The US lowered the tariff on Korean cars to 15% on Monday under the trade deal. Seoul welcomed the move.';
    expect(classifyArticle({ id: 'th', title, text, published: '2025-11-14' }).relevant).toBe(true);
  });

  // With no headline, the first sentence names the subject.
  it.each([
    'The US trade deficit shrank in June as tariffs cut imports, the Commerce Department said on Tuesday.',
    'Wall Street stocks closed higher on Tuesday as investors weighed new tariff threats.',
    'An appeals court on Friday ruled that most of the tariffs were imposed illegally.',
    // Commodity, freight and credit-rating notes cite the talks as a driver.
    'Oil prices slipped on Tuesday as traders weighed the outlook for demand.',
    'Container spot rates fell for a sixth week, an industry index showed on Thursday.',
    'Fitch said on Monday the new tariff level would not by itself trigger sovereign rating cuts.',
  ])('an untitled story opening "%s" is not news of the negotiation', (opening) => {
    const text =
      `${opening} Imports fell 4% from May. ` +
      'Treasury Secretary Scott Bessent met Chinese officials in Stockholm last week for trade talks. ' +
      'The US and China are working toward extending their tariff truce before the Aug. 12 deadline.';
    expect(classifyArticle({ id: 'u', title: '', text, published: '2025-08-05' }).relevant).toBe(false);
  });

  // An election story that gives the tariff talks as one of the winner's tasks, or a market wrap on the day of a
  // deal: the vote or the markets are the subject.
  const afterElection =
    ' The prime minister said he would stay on to finish the tariff talks with Washington. ' +
    'Without a deal by Aug. 1, Tokyo faces a 25% US tariff.';
  const afterWrap =
    ' Banks and carmakers led the gains while two tech names fell. ' +
    'The agreement lowers the US reciprocal tariff on the partner to 18%, the White House said.';
  it.each([
    [
      'The ruling bloc lost its majority in Sunday’s upper house election, the final count showed on Monday.',
      afterElection,
      '2025-07-21',
    ],
    [
      'Exit polls after Tuesday’s presidential election put the opposition candidate well ahead.',
      afterElection,
      '2025-07-21',
    ],
    [
      'Turnout in the snap election on Sunday hit a 20-year high, officials said.',
      afterElection,
      '2025-07-21',
    ],
    [
      'Indian equity markets rallied on Tuesday once New Delhi and Washington sealed their trade pact.',
      afterWrap,
      '2026-02-03',
    ],
    [
      'The Sensex jumped 2% on Tuesday, with buyers cheering the new India–US trade agreement.',
      afterWrap,
      '2026-02-03',
    ],
    [
      "Taiwan's Taiex closed at a record high on Friday after Washington and Taipei struck a tariff deal.",
      afterWrap,
      '2026-02-03',
    ],
  ])(
    'an untitled story opening "%s" on an election or the markets is not news of the negotiation',
    (opening, rest, published) => {
      expect(classifyArticle({ id: 'o', title: '', text: `${opening}${rest}`, published }).relevant).toBe(
        false,
      );
    },
  );

  it('an untitled story opening on the talks is news of the negotiation', () => {
    const text =
      'Treasury Secretary Scott Bessent met Chinese officials in Stockholm on Monday for trade talks. ' +
      'The US and China are working toward extending their tariff truce before the Aug. 12 deadline.';
    const result = classifyArticle({ id: 'v', title: '', text, published: '2025-07-29' });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe('cn-us');
  });

  it('a tariff cut headline is no rate decision, even beside a central bank', () => {
    const result = classifyArticle({
      id: 'c',
      title: 'US lowers tariff rates on Korean cars to 15%',
      text: 'The United States lowered its tariff on Korean cars to 15% from 25% on Friday under the trade deal with South Korea. The Bank of Korea said the cut would support exports.',
      published: '2025-11-14',
    });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe('kr-us');
  });

  // A rate written "100%" is followed by a space, not a letter: it still makes the sentence tariff news.
  it.each([
    [
      'Trump threatens 35% tariffs on Canada',
      'Trump said on Friday Canadian goods would face a 35% tariff from Aug. 1.',
      'ca-us',
    ],
    [
      'US extends Mexico tariff truce',
      'Washington will keep its 25% levy on Mexican goods unchanged for another 90 days, Trump said.',
      'mx-us',
    ],
    [
      '50% US tariffs on Brazilian goods now in force',
      'The 50% tariff on most Brazilian goods took effect on Wednesday, a week after Trump signed the order.',
      'br-us',
    ],
    // The British press writes percent as "pc".
    [
      'Trump enacts 50pc tariffs on Brazil imports',
      'In an executive order on Wednesday, Trump put a 50pc tariff on Brazilian imports into force.',
      'br-us',
    ],
    // Partners with a reciprocal rate of their own, less often in the news, have tracks too.
    [
      'Dominican Republic seeks deal to lift 10% US tariff',
      'President Luis Abinader said on Tuesday the Dominican Republic had sent Washington a proposal to remove the 10% tariff on its exports.',
      'do-us',
    ],
    [
      'Honduras opens talks with US on 10% tariff',
      'Honduran officials sat down with Jamieson Greer in Washington on Monday over the 10% tariff on Honduran goods.',
      'hn-us',
    ],
    [
      'Ghana pushes US to cut 15% tariff on cocoa goods',
      'Ghana’s trade minister met US officials in Washington on Friday to ask for a lower tariff than the 15% now charged on Ghanaian goods.',
      'gh-us',
    ],
  ])('a short tariff report with a rate is relevant: %s', (title, text, track) => {
    const result = classifyArticle({ id: 'r', title, text, published: '2025-07-20' });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe(track);
  });

  // Headlines whose subject is something else: the negotiation is their backdrop.
  it.each([
    [
      'Stocks rally after Trump delays tariffs on Korean goods',
      'The KOSPI rose 2% on Monday, led by carmakers. Investors welcomed news that the 25% tariff on Korean goods was delayed to Aug. 1 while talks with the US continue.',
    ],
    [
      'India and EU conclude free trade agreement',
      'India and the European Union concluded their free trade agreement on Tuesday, cutting tariffs on cars and wine. The deal comes as India faces a 50% US tariff and talks with Washington continue.',
    ],
    [
      'Appeals court rules Trump tariffs illegal',
      'A federal appeals court on Friday ruled that most of the tariffs were imposed illegally. The 25% tariff on Korean goods stays in place while the case is appealed, and talks with Seoul continue.',
    ],
    [
      'Federal judges block Trump tariffs',
      'A panel of federal judges ruled on Wednesday that the tariffs on Canada, China and Mexico were imposed illegally. The 20% tariff on Chinese goods and the 25% tariffs on Canada and Mexico must end within ten days. Trump paused higher tariffs on China for 90 days in May while talks continue. The administration said it would appeal the ruling on China tariffs. China and the US agreed in Geneva to cut tariffs for 90 days. The tariffs on Chinese goods remain in place during the appeal.',
    ],
    [
      'Justices question Trump tariff powers',
      'Supreme Court justices questioned on Wednesday whether the tariffs on China were lawful. The 20% tariff on Chinese goods was imposed under emergency powers. China and the US agreed to cut tariffs for 90 days while talks continue. A ruling on the China tariffs is expected by June. The tariffs on Chinese goods stay in place until then. Beijing said the tariffs on its exports should end.',
    ],
    [
      'SCOTUS weighs whether Trump tariffs are lawful',
      'The nine justices heard two hours of argument on Wednesday. The 20% tariff on Chinese goods was imposed under emergency powers. China and the US agreed to cut tariffs for 90 days while talks continue. A ruling on the China tariffs is expected by June. The tariffs on Chinese goods stay in place until then. Beijing said the tariffs on its exports should end.',
    ],
    [
      'High court to hear challenge to Trump tariffs',
      'Small importers brought the case last spring. The 20% tariff on Chinese goods was imposed under emergency powers. China and the US agreed to cut tariffs for 90 days while talks continue. A ruling on the China tariffs is expected by June. The tariffs on Chinese goods stay in place until then. Beijing said the tariffs on its exports should end.',
    ],
    [
      'Tariff case goes before SCOTUS',
      'Arguments open on Wednesday in Washington. The 20% tariff on Chinese goods was imposed under emergency powers. China and the US agreed to cut tariffs for 90 days while talks continue. A ruling on the China tariffs is expected by June. The tariffs on Chinese goods stay in place until then. Beijing said the tariffs on its exports should end.',
    ],
    [
      'Britain and India seal trade pact cutting whisky duties',
      'Britain and India sealed a free trade pact on Tuesday after three years of talks, cutting duties on whisky, cars and medical goods. India will halve its duties on Scotch over ten years. Duties on British cars will drop to 10% within a quota. Britain will remove tariffs on nearly all Indian textiles and leather goods. Goyal, India’s trade minister, said the tariff cuts would help exporters. The pact was sealed as many countries seek new trade deals because of tariffs imposed by Trump.',
    ],
    // Two partners' own pact, with the US only as its backdrop: tariffs it set, or what the pact answers.
    [
      'EU signs trade deal with Mercosur to soften the blow of Trump’s tariff war',
      'Brussels and the four Mercosur nations signed their trade agreement on Saturday after 25 years of talks, cutting tariffs on cars, wine and beef. The pact was signed as Trump threatened new tariffs on European goods.',
    ],
    [
      'India and EU clinch trade pact in rebuff to Trump',
      'India and the European Union concluded their free trade agreement on Tuesday, cutting duties on cars, wine and textiles. The deal comes as India faces a 50% US tariff.',
    ],
    [
      'India and EU strike landmark free trade pact',
      'India and the EU concluded a free trade accord on Tuesday, a pact meant to lessen their dependence on the United States amid its tariffs. It follows Washington threatening India with a 50% tariff. Over a decade, the EU will cut duties on Indian cars.',
    ],
    [
      'Japan and Canada sign pact to cut reliance on US market',
      'Japan and Canada signed a trade pact on Friday to cut their reliance on the United States. It lowers duties on beef and cars after pressure from Washington on both.',
    ],
    [
      'Brazil and Mexico seal trade accord',
      'Brazil and Mexico sealed a trade accord on Monday to reduce their dependence on the US. The accord follows a 50% tariff threat from Washington against Brazil.',
    ],
    [
      'Canada and China agree canola deal despite US tariffs',
      'Canada and China agreed on Friday to cut tariffs on canola and electric vehicles. Canadian farmers welcomed the end of Chinese duties on canola oil and meal. The deal comes as Canada faces US tariffs on steel.',
    ],
    // Another venue's proceedings: a WTO dispute, a vote in Congress.
    [
      'Korea files WTO complaint over US steel tariffs',
      'Korea filed a complaint at the WTO on Monday over the 50% US tariff on its steel. The 25% tariff on other Korean goods is unchanged, and talks with Washington continue.',
    ],
    [
      'Seoul seeks WTO dispute consultations over US tariffs',
      'Seoul asked the World Trade Organization on Tuesday to open dispute consultations over the 25% US tariffs on Korean goods. Trade talks with Washington continue.',
    ],
    [
      'Senate approves resolution to block Trump tariffs on Korea',
      'Senators backed a resolution on Monday to end the 25% tariffs on Korean products. Korea and the US are still in talks on a trade deal, and Seoul hopes the levies will fall.',
    ],
    [
      'House passes bill to repeal tariffs on Korean cars',
      'The House passed a bill on Monday to repeal the 25% tariff on Korean cars. Seoul welcomed the vote as tariff talks with Washington continue.',
    ],
  ])('"%s" is not news of the negotiation', (title, text) => {
    expect(classifyArticle({ id: 'o', title, text, published: '2025-07-20' }).relevant).toBe(false);
  });

  // A firm's own plan as the headline's subject is business news; a party's investment pledge is the deal's.
  it.each([
    'Samsung to invest $20 billion in Texas chip plants',
    'Trump says LG will build a battery plant in Georgia',
    'Hyundai Steel breaks ground on Louisiana mill',
    // ... and so is a firm's own contract or supply deal.
    'Tesla signs $9 billion battery supply deal with LG',
    'Samsung wins $4 billion order from US utility',
    'Hanwha inks shipbuilding contract with US Navy',
  ])('the firm headline "%s" is not news of the negotiation', (title) => {
    const text =
      'The company announced the plan on Monday. The US tariff on Korean cars stands at 25% while talks with Washington go on. Korean negotiators hope the tariff talks will cut the 25% rate. Seoul offered to buy more US gas in the talks. The 25% tariff has hit Korean exporters hard.';
    expect(classifyArticle({ id: 'f', title, text, published: '2025-07-20' }).relevant).toBe(false);
  });

  it('a party named as the one that invests keeps the headline on the negotiation', () => {
    const text =
      'Seoul announced the plan on Monday. The US tariff on Korean cars stands at 25% while talks with Washington go on. Korean negotiators hope the tariff talks will cut the 25% rate. Seoul offered to buy more US gas in the talks. The 25% tariff has hit Korean exporters hard.';
    const title = 'Seoul to invest $350 billion in America as part of its tariff deal';
    expect(classifyArticle({ id: 'f', title, text, published: '2025-07-20' }).relevant).toBe(true);
    expect(
      classifyArticle({ id: 'f', title: 'Korea signs trade deal with US', text, published: '2025-07-20' })
        .relevant,
    ).toBe(true);
  });

  // The negotiation is the story: a court headline that names the partner tells its side of the ruling.
  it.each([
    [
      'Seoul watches Supreme Court case as Trump’s tariffs hang in the balance',
      'South Korea is preparing for every possibility in its tariff talks with the US, Yeo Han-koo, who heads Seoul’s trade ministry, said in Washington on Wednesday. Korea agreed to a 15% tariff on its goods in the deal with Washington.',
      'kr-us',
    ],
    [
      'Japan spared 15% levy after Supreme Court finds Trump tariffs illegal',
      'Japan will face a new 10% US tariff instead of the 15% rate agreed in its trade deal with Washington, one White House official said on Saturday.',
      'jp-us',
    ],
    // The White House approving a measure is no vote in Congress.
    [
      'White House approves measure to cut tariffs on Korean cars',
      'The White House approved a measure on Monday cutting the 25% tariff on Korean cars to 15% under the trade deal with Seoul. Korean carmakers welcomed the cut.',
      'kr-us',
    ],
    // Two partners facing the counterpart's tariffs together: no pact of their own.
    [
      'Japan and South Korea brace for US tariffs',
      'Japan and South Korea held tariff talks with US officials on Friday over the 25% levies. Tokyo and Seoul both hope to settle with Washington before Aug. 1.',
      'kr-us',
    ],
    [
      'Korea and Taiwan weigh response to Trump’s chip duties',
      'Seoul and Taipei are weighing how to answer the 25% US duty on chips, and Korea’s trade minister met Greer in Washington on Monday to seek an exemption.',
      'kr-us',
    ],
    [
      'Korea, Japan exporters hit by US levies as talks drag on',
      'Korean and Japanese carmakers paid the 25% US levy for a third month, while Seoul’s negotiators held another round of talks with Washington on Tuesday.',
      'kr-us',
    ],
    // A truce in the two sides' trade war is their pact, with no tariff word beside it.
    [
      'Soybean growers cheer Korea-US trade truce',
      'Washington and Seoul agreed on a trade truce on Thursday. Korean buyers will resume purchases of American soybeans.',
      'kr-us',
    ],
    [
      'Korea, US reach trade truce',
      'Seoul and the US reached a trade truce on Monday, Korean officials said.',
      'kr-us',
    ],
    [
      'Seoul and Washington extend trade truce by 90 days',
      "South Korea and the US extended their trade truce for a further 90 days on Friday, Seoul's trade ministry said.",
      'kr-us',
    ],
  ])('"%s" is news of the negotiation', (title, text, track) => {
    const result = classifyArticle({ id: 'k', title, text, published: '2026-02-21' });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe(track);
  });

  // Two partners in the headline, but the tracked negotiation shows in two sentences that name the US.
  it('a meeting of two partners that turns to talks with Washington is news of the negotiation', () => {
    const result = classifyArticle({
      id: 'j',
      title: 'Japan and South Korea trade ministers meet in Tokyo',
      text: 'Japan and South Korea’s trade ministers met in Tokyo on Monday to discuss cooperation on supply chains and tariffs. Yeo Han-koo, Seoul’s trade minister, said Korea would hold another round of tariff talks with Washington next week. The US has threatened a 25% tariff on Korean products from Aug. 1. Yeo said Korea and Japan would share information.',
      published: '2025-07-14',
    });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe('kr-us');
  });

  // A partner's pact with a trade bloc that has no track of its own (Mercosur, ASEAN) is the pair's own story.
  it.each([
    [
      'EU and Mercosur sign free trade pact',
      'The European Union and Mercosur signed a free trade agreement after 25 years of talks on Saturday. The EU will cut tariffs on beef and sugar from the bloc. Mercosur will remove tariffs on European cars and wine. EU officials said the tariff cuts would open a market of 270 million people. The pact comes as both face US tariffs imposed by Trump.',
    ],
    [
      'ASEAN and Japan agree to cut tariffs on electronics',
      'ASEAN and Japan agreed on Monday to cut tariffs on electronics and car parts. Japan will remove tariffs on Southeast Asian fruit. ASEAN members will lower tariffs on Japanese cars over five years. Japanese officials said the tariff cuts would help supply chains hit by US tariffs. Japan is also in talks with the US on its 15% tariff.',
    ],
    [
      '',
      'The European Union and Mercosur signed a free trade agreement after 25 years of talks on Saturday. The EU will cut tariffs on beef and sugar from the bloc. Mercosur will remove tariffs on European cars and wine. EU officials said the tariff cuts would open a market of 270 million people. The pact comes as both face US tariffs imposed by Trump.',
    ],
  ])('"%s": a pact with another bloc is not news of the negotiation', (title, text) => {
    expect(classifyArticle({ id: 'g', title, text, published: '2026-01-17' }).relevant).toBe(false);
  });

  // A memorandum signed by the two governments is the negotiation's; one signed by companies is business news.
  it.each([
    [
      'Seoul and Washington ink investment MOU',
      'The investment memorandum sets out how projects will be chosen, the industry minister said on Friday.',
      true,
    ],
    [
      'Korean shipbuilder signs MOU with US Navy contractor',
      'HD Hyundai signed an MOU with a US defense contractor on Monday to build naval vessels together. The company said the MOU covers repair and maintenance work.',
      false,
    ],
  ])('"%s" is news of the negotiation: %s', (title, text, relevant) => {
    expect(classifyArticle({ id: 'm', title, text, published: '2025-11-14' }).relevant).toBe(relevant);
  });

  it('a "full-court press" in the headline is still the negotiation', () => {
    const result = classifyArticle({
      id: 'p',
      title: "Korea, U.S. send senior negotiators in 'full-court press' ahead of tariff deadline",
      text: 'Yeo Han-koo, Seoul’s trade minister, met US trade envoy Jamieson Greer on Monday in Washington for tariff talks. The 25% tariff on Korean goods is due to kick in on August 1.',
      published: '2025-07-22',
    });
    expect(result.relevant).toBe(true);
  });

  // The talks called by another name are still the talks.
  it.each([
    [
      'US and Chinese economic teams back in Geneva',
      'Treasury Secretary Scott Bessent and Vice Premier He Lifeng held a second day of economic discussions in Geneva on Monday, as frictions over trade persist.',
    ],
    [
      'Chinese and US officials wrap up London round',
      'Officials from Beijing and Washington ended two days of trade consultations in London on Tuesday, the Commerce Ministry said.',
    ],
    [
      'Beijing and Washington open new economic channel',
      'China and the United States held the first session of a strategic economic dialogue in Stockholm on Wednesday, focused on export controls and tariffs.',
    ],
  ])('"%s": another word for the talks is the negotiation', (title, text) => {
    const result = classifyArticle({ id: 'd', title, text, published: '2025-09-15' });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe('cn-us');
  });

  // An untitled story's first sentence is its headline: it says what the story is about, as a title would.
  it.each([
    [
      'Britain will pay more for new medicines in return for zero US tariffs on its pharmaceutical exports under a deal with Washington finalised on Monday. Industry sources estimate the cost at about £3bn over three years. Patient groups welcomed the faster access to new drugs.',
      'gb-us',
    ],
    [
      'Yeo Han-koo, Korea’s minister for trade, said on Tuesday that talks with Washington over tariffs on Korean cars were making progress. He spoke to reporters at Incheon airport. Yeo returns to Seoul on Friday.',
      'kr-us',
    ],
  ])('an untitled story that opens on the negotiation is relevant: %s', (text, track) => {
    const result = classifyArticle({ id: 'u', title: '', text, published: '2025-12-02' });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe(track);
  });

  // An untitled rate decision whose first sentence only says it was expected: the lead still names its subject.
  it.each([
    [
      'Economists had widely expected the move. South Korea’s central bank kept its policy rate at 2.5% on Thursday as the economy weighs the impact of US tariffs. Exports of cars to the US fell after the 25% tariff took effect, the Bank of Korea said. Talks with Washington on the tariff continue.',
      '2025-07-10',
    ],
    [
      'The widely expected decision came on Thursday. The European Central Bank kept interest rates on hold as EU exporters face a 15% US tariff under their trade deal with Washington. Lagarde said the tariff talks with the US had cut uncertainty. The EU and the US agreed the 15% tariff in July.',
      '2025-09-11',
    ],
  ])('an untitled rate decision is not news of the negotiation: %s', (text, published) => {
    expect(classifyArticle({ id: 'b', title: '', text, published }).relevant).toBe(false);
  });

  // "Take stock" is an idiom, not the stock market.
  it.each([
    'Canada’s prime minister doubted on Tuesday that a trade deal with Washington could be reached by Aug. 1, when Trump says he will impose 35% tariffs. “We will take stock if there isn’t one that works,” he said.',
    'Korea and the U.S. met on Friday in Washington for tariff talks. Seoul will take stock of the U.S. demands next week, an official said.',
    'Japan’s negotiator met Lutnick on tariffs on Monday. Tokyo took stock of the talks on Tuesday.',
  ])('"take stock" in the lead is no market story: %s', (text) => {
    expect(classifyArticle({ id: 's', title: '', text, published: '2025-07-22' }).relevant).toBe(true);
  });
});

describe('a trade pact of the two sides, with other partners named beside the track', () => {
  it.each([
    [
      'US confirms trade frameworks with Ecuador and Guatemala',
      'The White House on Friday confirmed reciprocal trade frameworks with Ecuador and Guatemala that ease duties on bananas. Growers in Quito welcomed them.',
      'ec-us',
    ],
    [
      'White House confirms tariff accords with Vietnam and Cambodia',
      'The White House on Monday confirmed tariff accords with Vietnam and Cambodia that ease duties on shoes and garments. Factories near Hanoi cheered.',
      'vn-us',
    ],
    [
      'Washington signs trade pacts with Colombia and Chile',
      'The United States on Tuesday signed trade pacts with Colombia and Chile that lower duties on flowers and fruit. Growers in Bogota welcomed them.',
      'co-us',
    ],
  ])('"%s" is news of its track', (title, text, track) => {
    const result = classifyArticle({ id: 'p', title, text, published: '2025-11-13' });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe(track);
  });
});

describe('deals and agreements in the plural speak of negotiating as the singular does', () => {
  it.each([
    [
      'Canada’s trade minister said the two leaders want to settle deals with Washington on lumber and steel tariffs soon. The prime minister left smiling.',
      'ca-us',
    ],
    [
      'Korean officials said on Monday they expect agreements with the US on chip and car tariffs within weeks. The president was briefed on Tuesday.',
      'kr-us',
    ],
    [
      'On Friday Japan’s trade minister said that separate deals with the United States on pharmaceutical and chip tariffs are close. He flew home on Saturday.',
      'jp-us',
    ],
  ])('%s', (text, track) => {
    const result = classifyArticle({ id: 'd', title: '', text, published: '2025-10-07' });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe(track);
  });
});

describe('a tariff put on hold, suspended or paused for a partner is news of its negotiation', () => {
  it.each([
    [
      'Canada wins a hold on US levies for a month',
      'Ottawa said on Monday that Washington agreed to wait a month. Canadian officials will use the time to talk.',
      '2025-02-04',
      'ca-us',
    ],
    [
      'Trump suspends tariffs on Mexican goods for a month',
      'Mexico agreed to send troops to the border, officials said on Monday. Both sides will keep talking.',
      '2025-02-04',
      'mx-us',
    ],
    [
      'Tariffs on Colombian goods paused as Bogota accepts flights',
      'Bogota said on Sunday it would take the flights. Washington said the matter was settled.',
      '2025-01-27',
      'co-us',
    ],
  ])('%s', (title, text, published, track) => {
    const result = classifyArticle({ id: 'h', title, text, published });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe(track);
  });
});

describe('a headline about talks of another agenda names the story’s subject', () => {
  it.each([
    [
      'Oman puts off US-Iran nuclear talks',
      'Oman’s foreign minister met US envoy Witkoff in Muscat on Thursday and said the upcoming round of talks with Tehran has been put off. Oman and the US also discussed trade and investment, officials said.',
    ],
    [
      'Qatar hosts US-Hamas ceasefire talks',
      'Qatar’s prime minister met US envoys in Doha on Monday for talks on a ceasefire. The talks continued on Tuesday, Qatari officials said. Washington has also discussed trade and investment with Doha.',
    ],
    [
      'Norway hosts US-Russia peace talks',
      'Norway’s foreign minister met US negotiators in Oslo on Monday for talks. The talks will resume next week, Norwegian officials said. Trade ties between Oslo and Washington were not discussed.',
    ],
    [
      'Seoul and Washington open nuclear fuel talks',
      'South Korean and US officials met in Seoul on Monday for talks on enrichment, with the tariff deal reached last year as their backdrop. Seoul’s negotiators also raised the tariff agreement and its $350 billion investment pledge. The two sides will meet again next month.',
    ],
    [
      'US, Japan discuss cooperation on missile defence',
      'Japanese and US officials met in Tokyo on Tuesday, and the talks also touched on the trade deal and Tokyo’s $550 billion investment pledge. Japan’s negotiators said the tariff agreement was on track. They will meet again in March.',
    ],
    [
      'Korea and US hold talks over troops on the peninsula',
      'Korean and US defence officials held talks in Seoul on Wednesday, and the tariff agreement came up as well. Seoul’s negotiators pressed to have the $350 billion investment pledge count toward the alliance. More talks are planned.',
    ],
    // A pact, framework or partnership of another agenda.
    [
      'Korea, US sign 10-year defence framework pact',
      'Seoul and Washington signed a defence framework agreement in Seoul on Friday after talks between their defence ministers. The pact comes as the two sides mend ties strained by US tariffs of 25% on Korean goods.',
    ],
    [
      'Seoul and Washington seal nuclear energy partnership',
      'Korean and US officials signed the partnership in Washington on Monday after talks on reactors. The deal comes as Seoul works to carry out its tariff agreement with the US.',
    ],
    [
      'Japan, US agree security treaty upgrade',
      'Japan and the US agreed on Tuesday to upgrade their security treaty after talks in Tokyo. The accord comes weeks after the two sides settled their dispute over a 15% tariff.',
    ],
  ])('"%s" is not a tracked negotiation', (title, text) => {
    expect(classifyArticle({ id: 'o', title, text, published: '2025-05-01' }).relevant).toBe(false);
  });

  it('unless the headline names the trade talks too', () => {
    const title = 'Korea, US hold security talks as tariff deadline looms';
    const text =
      'Korea and the US held talks in Washington on Friday. Seoul’s trade minister met Lutnick on Thursday.';
    expect(classifyArticle({ id: 'o', title, text, published: '2025-07-20' }).relevant).toBe(true);
  });
});
