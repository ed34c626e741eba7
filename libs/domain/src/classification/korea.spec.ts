import { classifyArticle } from './classify';

interface Case {
  title: string;
  text: string;
  published: string;
  signals: string[];
  deadline: string | null;
  rates: number[];
}

/** Korea–US stories we wrote in the styles the feeds carry, labeled by the spec's conventions. */
const cases: Case[] = [
  {
    title: '(LEAD) S. Korea, U.S. agree to craft "July package" on tariffs',
    text: 'WASHINGTON, April 24 (Yonhap) -- South Korea and the United States agreed Thursday to work out a "July package" to remove new U.S. tariffs before the reciprocal tariff pause expires on July 8, Seoul\'s finance minister said after their first high-level talks.\nFinance Minister Choi Sang-mok and Industry Minister Ahn Duk-geun held "two-plus-two" talks with Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer in Washington.\nThe two sides will hold working-level talks as early as next week.',
    published: '2025-04-25',
    signals: ['talks_held', 'talks_scheduled'],
    deadline: '2025-07-08',
    rates: [],
  },
  {
    title: 'Trade minister says talks with US constructive, no deal yet',
    text: 'Trade Minister Yeo Han-koo said Sunday his talks with U.S. officials in Washington were constructive but that no agreement had been reached on tariffs.\n"We had in-depth discussions on autos and agriculture," Yeo told reporters upon his return.\nDifferences remain over the size of Korea\'s investment in the United States, he said.',
    published: '2025-07-27',
    signals: ['talks_held', 'no_breakthrough'],
    deadline: null,
    rates: [],
  },
  {
    title: 'Korea offers $150 bln shipbuilding fund in bid to cut US tariffs',
    text: 'South Korea has offered to set up a $150 billion fund to help revive the U.S. shipbuilding industry as part of its tariff negotiations, officials said Wednesday.\nThe proposal was delivered to Commerce Secretary Howard Lutnick during talks in Washington on Tuesday.\nSeoul hopes the offer will persuade Washington to lower the 25 percent tariff set to take effect Aug. 1.',
    published: '2025-07-30',
    signals: ['proposal', 'talks_held'],
    deadline: '2025-08-01',
    rates: [25],
  },
  {
    title: 'Lee, Trump to hold first summit at White House on Aug. 25',
    text: 'President Lee Jae Myung will hold his first summit with U.S. President Donald Trump at the White House on Aug. 25, the presidential office said Tuesday.\nThe summit comes after the two countries reached a tariff deal last month.\nThe leaders are expected to discuss follow-up measures to the trade agreement and security issues.',
    published: '2025-08-12',
    signals: ['talks_scheduled'],
    deadline: null,
    rates: [],
  },
  {
    title: 'Trump says Korea will pay $350 bln upfront',
    text: 'U.S. President Donald Trump said Thursday that South Korea agreed to pay $350 billion "upfront" under their trade deal, a claim Seoul officials disputed.\nSeoul and Washington have yet to finalize the details of the investment package.',
    published: '2025-09-26',
    signals: ['no_breakthrough'],
    deadline: null,
    rates: [],
  },
];

describe('Korea–US stories', () => {
  it.each(cases.map((item) => [item.title, item] as const))('%s', (_title, item) => {
    const result = classifyArticle({
      id: 't',
      title: item.title,
      text: item.text,
      published: item.published,
    });
    expect(result.relevant).toBe(true);
    expect(result.tracks).toEqual(['kr-us']);
    expect(result.signals.map((signal) => signal.type).sort()).toEqual([...item.signals].sort());
    expect(result.deadline).toBe(item.deadline);
    expect(result.tariff_rates).toEqual(item.rates);
  });

  it('a central bank story that cites the talks is not relevant', () => {
    const result = classifyArticle({
      id: 't',
      title: 'BOK keeps rate steady amid trade uncertainty',
      text: 'The Bank of Korea kept its policy rate at 2.5 percent on Thursday, citing uncertainty over U.S. tariff negotiations and housing prices.\nGovernor Rhee Chang-yong said the outcome of the Korea-U.S. trade talks would be a key variable for exports.\nThe central bank also raised its growth forecast.',
      published: '2025-08-28',
    });
    expect(result.relevant).toBe(false);
  });
});

describe('background-heavy stories', () => {
  it('an explainer that retells the spring does not report talks or deals', () => {
    const result = classifyArticle({
      id: 'x',
      title: 'Explainer: what is at stake as Korea races to beat the US tariff deadline',
      text: [
        'South Korea has less than two weeks to reach a trade deal with the United States before a 25 percent tariff on its goods takes effect on Aug. 1.',
        'President Donald Trump first announced the reciprocal tariffs on April 2, setting Korea’s rate at 25 percent.',
        'Seoul and Washington held their first high-level talks in late April and agreed to work out a package deal by July 8.',
        'But the talks were disrupted by the June 3 presidential election in Korea.',
        'Analysts say Korea could offer cooperation in shipbuilding and more purchases of US energy.',
      ].join('\n'),
      published: '2025-07-20',
    });
    const found = result.signals.map((signal) => signal.type);
    for (const type of ['talks_held', 'deal_reached', 'proposal', 'talks_cancelled'])
      expect(found).not.toContain(type);
    expect(result.deadline).toBe('2025-08-01');
  });

  it('a business lobby urging its own government is not a proposal', () => {
    const result = classifyArticle({
      id: 'y',
      title: 'Korean exporters brace for tariff hit',
      text: 'Korean exporters are bracing for a hit as the Aug. 1 deadline for the US tariff approaches.\nThe Korea International Trade Association urged the government to reach a deal with Washington as soon as possible.',
      published: '2025-07-22',
    });
    expect(result.signals.map((signal) => signal.type)).not.toContain('proposal');
  });
});
