import { classifyArticle } from './classify';

interface Probe {
  published: string;
  title: string;
  text: string;
  relevant: boolean;
  has: string[];
  lacks: string[];
}

/** Phrasings we wrote in wire-copy style that earlier rules missed or over-read. */
const probes: Probe[] = [
  {
    published: '2025-04-22',
    title: 'Korea, US to hold 2+2 trade talks on Thursday',
    text: "South Korea's finance and trade ministers will meet their U.S. counterparts in Washington on Thursday for so-called 2+2 talks on tariffs, the finance ministry said Tuesday.",
    relevant: true,
    has: ['talks_scheduled'],
    lacks: ['talks_held'],
  },
  {
    published: '2025-07-26',
    title: 'S. Korea, US end talks without agreement',
    text: 'South Korean and U.S. negotiators ended two days of talks in Washington on Friday without reaching an agreement, officials said.',
    relevant: true,
    has: ['talks_held', 'no_breakthrough'],
    lacks: ['deal_reached'],
  },
  {
    published: '2025-07-29',
    title: 'Presidential office denies report of tariff deal with US',
    text: "Seoul's presidential office denied a media report that Seoul and Washington had reached a tariff agreement, saying negotiations were still under way.",
    relevant: true,
    has: ['talks_held'],
    lacks: ['deal_reached'],
  },
  {
    published: '2025-07-30',
    title: 'Kim, Lutnick hold second round of talks',
    text: 'Industry Minister Kim Jung-kwan held another round of talks with U.S. Commerce Secretary Howard Lutnick on Tuesday in Washington, the ministry said.',
    relevant: true,
    has: ['talks_held'],
    lacks: ['talks_scheduled'],
  },
  {
    published: '2025-07-18',
    title: 'Seoul, Washington fail to narrow gaps',
    text: 'South Korea and the U.S. failed to narrow their differences in the latest round of tariff negotiations held in Washington this week, according to officials Friday.',
    relevant: true,
    has: ['talks_held', 'no_breakthrough'],
    lacks: [],
  },
  {
    published: '2025-07-25',
    title: 'Seoul offers shipbuilding cooperation package to US',
    text: 'South Korea has put forward a $100 billion shipbuilding cooperation package to the United States as part of its tariff negotiations, according to government sources Friday.',
    relevant: true,
    has: ['proposal'],
    lacks: [],
  },
  {
    published: '2025-06-20',
    title: 'Seoul, Washington discuss North Korea at security talks',
    text: 'South Korean and U.S. officials held security talks in Seoul on Friday on North Korea missile threats and the alliance.',
    relevant: false,
    has: [],
    lacks: [],
  },
  {
    published: '2025-07-08',
    title: 'Korea faces 25 pct US tariff from Aug. 1',
    text: "Trump's letter to President Lee Jae Myung said that starting August 1, 2025, the U.S. will charge South Korea a 25 percent tariff on all Korean products.",
    relevant: true,
    has: ['tariff_threatened', 'deadline_set'],
    lacks: ['tariff_imposed'],
  },
  {
    published: '2025-07-31',
    title: 'Korea wins lower US tariff',
    text: 'Under the agreement, the 25 percent tariff slated for Aug. 1 will be cut to 15 percent, Trade Minister Yeo Han-koo told reporters in Washington.',
    relevant: true,
    has: ['tariff_reduced'],
    lacks: ['tariff_imposed'],
  },
  {
    published: '2025-07-31',
    title: 'Lee says tariff deal lifted uncertainty',
    text: 'President Lee Jae Myung said Thursday the tariff agreement reached with the United States has removed a major source of uncertainty for Korean exporters.',
    relevant: true,
    has: ['deal_reached'],
    lacks: [],
  },
  {
    published: '2025-08-20',
    title: 'US team cancels visit to Seoul',
    text: 'A planned visit by a U.S. team to Seoul for trade negotiations from August 25 to 29 has been cancelled amid tension over tariffs, officials said.',
    relevant: true,
    has: ['talks_cancelled'],
    lacks: ['deadline_set'],
  },
  {
    published: '2025-07-27',
    title: 'EU, US strike deal at Turnberry',
    text: 'Trump and European Commission President Ursula von der Leyen agreed Sunday on a trade deal setting a 15 percent tariff on most EU goods, averting a 30 percent rate due to take effect Aug. 1.',
    relevant: true,
    has: ['deal_reached', 'tariff_reduced'],
    lacks: ['tariff_threatened'],
  },
  {
    published: '2025-07-29',
    title: 'Finance minister to meet Bessent on Thursday',
    text: 'Finance Minister Koo Yun-cheol will meet U.S. Treasury Secretary Scott Bessent on Thursday for trade talks, after the meeting was postponed last week.',
    relevant: true,
    has: ['talks_scheduled'],
    lacks: [],
  },
  {
    published: '2025-07-23',
    title: "Korea, US talks in 'final stage', official says",
    text: 'Tariff negotiations between Seoul and Washington have entered the final stage, a senior presidential official said Wednesday, adding that differences remain on agriculture.',
    relevant: true,
    has: ['talks_held', 'no_breakthrough'],
    lacks: [],
  },
  {
    published: '2025-06-25',
    title: 'India, US close to interim trade deal',
    text: 'India and the United States are close to finalizing an interim trade deal ahead of the July 9 deadline, officials said, with talks continuing in Washington this week.',
    relevant: true,
    has: ['talks_held'],
    lacks: ['deal_reached'],
  },
  {
    published: '2025-07-15',
    title: "Japan's Akazawa heads to US for eighth round",
    text: "Japan's top tariff negotiator Ryosei Akazawa will visit Washington this week for an eighth round of talks, as the Aug. 1 deadline for a 25 percent tariff looms.",
    relevant: true,
    has: ['talks_scheduled', 'tariff_threatened'],
    lacks: ['tariff_imposed'],
  },
  {
    published: '2025-08-04',
    title: 'Korea lowers base rate as tariff deal eases risks',
    text: 'The Bank of Korea cut its policy rate by 0.25 percentage point on Monday, noting that the trade deal with the U.S. had reduced uncertainty.',
    relevant: false,
    has: [],
    lacks: ['tariff_reduced'],
  },
  {
    published: '2025-07-21',
    title: 'US wants Korea to commit $400 bln investment, sources say',
    text: 'Washington has asked Seoul to commit $400 billion in U.S. investment in exchange for a lower tariff rate, sources familiar with the talks said Monday.',
    relevant: true,
    has: ['proposal'],
    lacks: ['tariff_reduced'],
  },
  {
    published: '2025-07-31',
    title: 'Trump announces deal with South Korea',
    text: 'Trump said the United States had reached a "full and complete" trade deal with South Korea, under which Korean goods will face a 15 percent tariff.',
    relevant: true,
    has: ['deal_reached'],
    lacks: ['tariff_threatened'],
  },
  {
    published: '2025-07-30',
    title: 'Lutnick says Korea deal not done yet',
    text: "U.S. Commerce Secretary Howard Lutnick said Tuesday that a trade deal with South Korea was not done yet, after a second day of talks with Korea's industry minister in Washington.",
    relevant: true,
    has: ['talks_held', 'no_breakthrough'],
    lacks: ['deal_reached'],
  },
  {
    published: '2025-07-25',
    title: 'Korea, US to resume tariff talks after 2+2 cancelled',
    text: 'South Korean and U.S. trade officials will resume talks next week after the planned 2+2 meeting was called off, the trade ministry said Friday.',
    relevant: true,
    has: ['talks_scheduled', 'talks_cancelled'],
    lacks: [],
  },
  {
    published: '2025-07-12',
    title: 'EU threatened with 30 pct tariff from Aug. 1',
    text: 'Trump said Saturday the U.S. would impose a 30 percent tariff on imports from the European Union starting Aug. 1, after months of negotiations failed to produce a deal.',
    relevant: true,
    has: ['tariff_threatened', 'deadline_set'],
    lacks: ['tariff_imposed'],
  },
  {
    published: '2025-08-01',
    title: 'Korea, US clash over investment fund details',
    text: 'A day after clinching a tariff deal, Seoul and Washington offered conflicting accounts of how the $350 billion investment fund would be structured.',
    relevant: true,
    has: ['deal_reached'],
    lacks: [],
  },
  {
    published: '2025-09-10',
    title: 'Korea, US still at odds over investment details',
    text: 'More than a month after reaching a tariff deal in July, South Korea and the United States remain at odds over how to structure the $350 billion investment fund, officials said Wednesday.',
    relevant: true,
    has: ['no_breakthrough'],
    lacks: ['deal_reached'],
  },
  {
    published: '2025-07-24',
    title: "Korea pitches shipbuilding 'MASGA' project to US",
    text: 'South Korea has offered a shipbuilding cooperation project dubbed MASGA to the United States as a key bargaining chip in tariff talks, officials said Thursday.',
    relevant: true,
    has: ['proposal'],
    lacks: [],
  },
  {
    published: '2025-08-06',
    title: 'Trump doubles India tariff to 50% over Russian oil',
    text: "President Donald Trump on Wednesday signed an order imposing an additional 25 percent tariff on Indian goods, raising the total to 50 percent, over New Delhi's purchases of Russian oil.",
    relevant: true,
    has: ['tariff_imposed'],
    lacks: ['tariff_reduced'],
  },
  {
    published: '2025-07-31',
    title: 'What the Korea-US deal means for autos',
    text: 'Under the agreement announced Wednesday with the United States, Korean cars will face a 15 percent tariff, the same as Japanese rivals, down from 25 percent.',
    relevant: true,
    has: ['deal_reached'],
    lacks: ['tariff_threatened'],
  },
  {
    published: '2025-07-22',
    title: 'Korea offers to purchase US energy, aircraft',
    text: "South Korea offered to buy more U.S. liquefied natural gas and aircraft during Monday's talks in Washington, in an effort to reduce its trade surplus, the industry ministry said.",
    relevant: true,
    has: ['proposal', 'talks_held'],
    lacks: [],
  },
  {
    published: '2025-10-16',
    title: 'Korea, US narrow differences in currency swap talks',
    text: 'South Korea and the United States have narrowed differences over a currency swap tied to the $350 billion investment in their tariff negotiations, Finance Minister Koo said Thursday after meeting Bessent in Washington.',
    relevant: true,
    has: ['talks_held'],
    lacks: [],
  },
  {
    published: '2025-07-14',
    title: 'US tariff letters set Aug. 1 start',
    text: 'The White House said Monday the tariff letter sent last week to South Korea set the rate that will take effect Aug. 1 unless a deal is reached.',
    relevant: true,
    has: ['deadline_set'],
    lacks: ['tariff_imposed'],
  },
  {
    published: '2025-08-01',
    title: 'Switzerland hit with 39% tariff',
    text: 'Switzerland was hit with a 39 percent tariff after talks with Washington failed to produce a deal before the Aug. 1 deadline.',
    relevant: true,
    has: ['no_breakthrough'],
    lacks: ['talks_held'],
  },
  {
    published: '2025-07-24',
    title: 'Bessent skips meeting with Korean officials',
    text: "U.S. Treasury Secretary Scott Bessent has pulled out of a planned meeting with South Korea's finance and trade ministers on Friday, citing a scheduling conflict, Seoul said.",
    relevant: true,
    has: ['talks_cancelled'],
    lacks: ['talks_scheduled', 'talks_held'],
  },
  {
    published: '2025-09-03',
    title: 'Industry minister to visit US to discuss deal follow-up',
    text: 'Industry Minister Kim Jung-kwan will fly to Washington this week to discuss the follow-up of the tariff agreement with Commerce Secretary Howard Lutnick, the ministry said Wednesday.',
    relevant: true,
    has: ['talks_scheduled'],
    lacks: ['talks_held'],
  },
  {
    published: '2025-07-09',
    title: 'No tariff extension for Korea, Lutnick says',
    text: 'Commerce Secretary Howard Lutnick said Tuesday the Aug. 1 deadline for South Korea would not be pushed back again.',
    relevant: true,
    has: ['deadline_set'],
    lacks: ['deadline_extended'],
  },
  {
    published: '2025-07-31',
    title: 'Tariff deal: Korea to invest $350 bln, buy $100 bln in LNG',
    text: 'South Korea agreed to invest $350 billion in the United States and buy $100 billion worth of American energy as part of a trade deal that sets a 15 percent tariff on Korean goods, Trump said Wednesday.',
    relevant: true,
    has: ['deal_reached'],
    lacks: ['tariff_threatened'],
  },
  {
    published: '2025-05-01',
    title: 'Korea, US hold first working-level tariff talks',
    text: 'Korean and U.S. working-level officials wrapped up their first round of tariff talks in Washington on Thursday, agreeing to meet again in mid-May.',
    relevant: true,
    has: ['talks_held', 'talks_scheduled'],
    lacks: [],
  },
  {
    published: '2025-09-10',
    title: 'Korea, US hold talks on visa issue after factory raid',
    text: 'South Korean and U.S. officials held talks in Washington on Wednesday on improving the visa system for Korean workers after an immigration raid at a battery plant.',
    relevant: false,
    has: [],
    lacks: [],
  },
  {
    published: '2025-06-10',
    title: 'Korea, US foreign ministers hold phone talks',
    text: 'Foreign Minister Cho Hyun held phone talks with U.S. Secretary of State Marco Rubio on Tuesday, discussing North Korea and the alliance.',
    relevant: false,
    has: [],
    lacks: [],
  },
  {
    published: '2025-07-01',
    title: 'Korea, US begin new round of tariff negotiations',
    text: 'South Korean and U.S. trade officials on Tuesday began a new round of negotiations in Washington, a week before the July 8 deadline.',
    relevant: true,
    has: ['talks_held'],
    lacks: ['talks_scheduled'],
  },
  {
    published: '2025-07-10',
    title: 'Trump says Korea tariff to take effect Aug. 1 regardless',
    text: 'President Trump said Thursday a 25 percent tariff on South Korean goods will take effect on Aug. 1 and that there would be no extensions.',
    relevant: true,
    has: ['tariff_threatened', 'deadline_set'],
    lacks: ['tariff_imposed'],
  },
  {
    published: '2025-07-27',
    title: 'Korean negotiators wrap up weekend talks',
    text: 'South Korean negotiators wrapped up two days of talks with U.S. officials on Sunday without a deal, and will continue discussions on Monday.',
    relevant: true,
    has: ['talks_held', 'no_breakthrough', 'talks_scheduled'],
    lacks: [],
  },
  {
    published: '2025-07-31',
    title: "Trump hails 'full and complete' deal with Korea",
    text: 'President Donald Trump announced Wednesday that the U.S. had agreed to a deal with South Korea that sets tariffs at 15 percent.',
    relevant: true,
    has: ['deal_reached'],
    lacks: ['tariff_threatened'],
  },
];

describe('deadline named by a weekday', () => {
  it('resolves "before Friday\'s deadline" against the publication day', () => {
    const result = classifyArticle({
      id: 'w',
      title: 'Seoul makes final push to clinch deal',
      text: "South Korea's top economic officials are in Washington this week for a final push to clinch a trade deal with the U.S. before Friday's deadline for a 25 percent tariff.",
      published: '2025-07-30',
    });
    expect(result.deadline).toBe('2025-08-01');
  });
});

describe('deadline named by the weekday a tariff takes effect', () => {
  it('resolves "before a 25% tariff takes effect on Friday"', () => {
    const result = classifyArticle({
      id: 'w2',
      title: 'Korea-US tariff talks go down to the wire',
      text: 'South Korean officials were locked in talks with U.S. counterparts in Washington on Wednesday, racing to clinch a deal before a 25% tariff takes effect on Friday.',
      published: '2025-07-30',
    });
    expect(result.deadline).toBe('2025-08-01');
    expect(result.signals.map((signal) => signal.type)).toEqual(
      expect.arrayContaining(['talks_held', 'tariff_threatened']),
    );
  });
});

describe('probe phrasings (second batch)', () => {
  it.each(probes.map((probe) => [probe.title, probe] as const))('%s', (_title, probe) => {
    const result = classifyArticle({
      id: 'p',
      title: probe.title,
      text: probe.text,
      published: probe.published,
      url: null,
      source: null,
    });
    expect(result.relevant).toBe(probe.relevant);
    const types = result.signals.map((signal) => signal.type);
    for (const signal of probe.has) expect(types).toContain(signal);
    for (const signal of probe.lacks) expect(types).not.toContain(signal);
  });
});
