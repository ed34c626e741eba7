/**
 * Words that identify each side of a tracked negotiation. A track id is `<partner>-us`;
 * the partner's names, places, leaders and negotiators point at it, the US side is shared.
 */
export interface PartyLexicon {
  trackId: string;
  name: string;
  /** Matched case-sensitively as whole words (names and places are capitalised in news). */
  terms: string[];
  officials?: Record<string, string>;
}

export const US_TERMS = [
  'United States',
  'U.S.',
  'US',
  'U.S',
  'USA',
  'America',
  'American',
  'Americans',
  'Washington',
  'White House',
  'Trump',
  'Lutnick',
  'Bessent',
  'Greer',
  'USTR',
  'Rubio',
  'Vance',
  'Navarro',
  'Hassett',
  'Leavitt',
  'Commerce Department',
  'Department of Commerce',
  'Treasury Department',
  'Federal Register',
];

export const US_OFFICIALS: Record<string, string> = {
  'Donald Trump': 'US President',
  'Howard Lutnick': 'US Commerce Secretary',
  'Scott Bessent': 'US Treasury Secretary',
  'Jamieson Greer': 'US Trade Representative',
  'Marco Rubio': 'US Secretary of State',
  'JD Vance': 'US Vice President',
};

export const PARTIES: PartyLexicon[] = [
  {
    trackId: 'kr-us',
    name: 'South Korea',
    terms: [
      'Korea',
      'Korean',
      'Koreans',
      'Seoul',
      'MOTIE',
      'Lee Jae Myung',
      'Lee Jae-myung',
      'Lee Jae-myeon',
      'President Lee',
      'Yeo Han-koo',
      'Yeo Han-gu',
      'Yoo Han-koo',
      'Yoo Han-ku',
      'Yeo',
      'Kim Jung-kwan',
      'Kim Jeong-kwan',
      'Kim Jun-kwan',
      'Koo Yun-cheol',
      'Goo Yun-chul',
      'Koo',
      'Ahn Duk-geun',
      'Cheong In-kyo',
      'Choi Sang-mok',
      'Wi Sung-lac',
      'Kim Yong-beom',
      'Cho Hyun',
      'Han Duck-soo',
      'Yonhap',
      'Gyeongju',
      '2+2',
      'two-plus-two',
      'two plus two',
    ],
    officials: {
      'Lee Jae Myung': 'South Korean President',
      'Yeo Han-koo': 'South Korean Trade Minister',
      'Kim Jung-kwan': 'South Korean Industry Minister',
      'Koo Yun-cheol': 'South Korean Finance Minister',
      'Ahn Duk-geun': 'South Korean Industry Minister',
      'Cheong In-kyo': 'South Korean Trade Minister',
      'Choi Sang-mok': 'South Korean Finance Minister',
      'Wi Sung-lac': 'South Korean National Security Adviser',
      'Kim Yong-beom': 'South Korean Presidential Policy Chief',
      'Cho Hyun': 'South Korean Foreign Minister',
    },
  },
  {
    trackId: 'jp-us',
    name: 'Japan',
    terms: ['Japan', 'Japanese', 'Tokyo', 'Ishiba', 'Akazawa', 'Ryosei Akazawa', 'Takaichi', 'Nikkei'],
    officials: {
      'Shigeru Ishiba': 'Japanese Prime Minister',
      'Ryosei Akazawa': 'Japanese Economic Revitalization Minister',
    },
  },
  {
    trackId: 'eu-us',
    name: 'European Union',
    terms: [
      'European Union',
      'EU',
      'E.U.',
      'Brussels',
      'European Commission',
      'Sefcovic',
      'Šefčovič',
      'von der Leyen',
    ],
    officials: {
      'Maros Sefcovic': 'EU Trade Commissioner',
      'Ursula von der Leyen': 'European Commission President',
    },
  },
  {
    trackId: 'cn-us',
    name: 'China',
    terms: ['China', 'Chinese', 'Beijing', 'Xi Jinping', 'Xi', 'He Lifeng', 'Li Chenggang', 'Wang Wentao'],
    officials: {
      'Xi Jinping': 'Chinese President',
      'He Lifeng': 'Chinese Vice Premier',
      'Li Chenggang': 'Chinese Trade Negotiator',
    },
  },
  {
    trackId: 'in-us',
    name: 'India',
    terms: ['India', 'Indian', 'New Delhi', 'Delhi', 'Modi', 'Piyush Goyal', 'Goyal'],
    officials: { 'Narendra Modi': 'Indian Prime Minister', 'Piyush Goyal': 'Indian Commerce Minister' },
  },
  { trackId: 'vn-us', name: 'Vietnam', terms: ['Vietnam', 'Viet Nam', 'Vietnamese', 'Hanoi', 'To Lam'] },
  {
    trackId: 'ch-us',
    name: 'Switzerland',
    terms: ['Switzerland', 'Swiss', 'Bern', 'Keller-Sutter', 'Parmelin'],
    officials: { 'Karin Keller-Sutter': 'Swiss President', 'Guy Parmelin': 'Swiss Economy Minister' },
  },
  {
    trackId: 'ca-us',
    name: 'Canada',
    terms: ['Canada', 'Canadian', 'Ottawa', 'Carney', 'LeBlanc', 'Dominic LeBlanc'],
    officials: { 'Mark Carney': 'Canadian Prime Minister' },
  },
  {
    trackId: 'mx-us',
    name: 'Mexico',
    terms: ['Mexico', 'Mexican', 'Sheinbaum', 'Ebrard'],
    officials: { 'Claudia Sheinbaum': 'Mexican President', 'Marcelo Ebrard': 'Mexican Economy Minister' },
  },
  {
    trackId: 'gb-us',
    name: 'United Kingdom',
    terms: [
      'United Kingdom',
      'Britain',
      'British',
      'UK',
      'U.K.',
      'London',
      'Starmer',
      'Jonathan Reynolds',
      'Peter Kyle',
    ],
  },
  {
    trackId: 'tw-us',
    name: 'Taiwan',
    terms: ['Taiwan', 'Taiwanese', 'Taipei', 'Lai Ching-te', 'Cheng Li-chiun'],
  },
  {
    trackId: 'za-us',
    name: 'South Africa',
    terms: ['South Africa', 'South African', 'Pretoria', 'Ramaphosa'],
  },
  { trackId: 'sy-us', name: 'Syria', terms: ['Syria', 'Syrian'] },
  { trackId: 'br-us', name: 'Brazil', terms: ['Brazil', 'Brazilian', 'Brasilia', 'Lula'] },
  { trackId: 'id-us', name: 'Indonesia', terms: ['Indonesia', 'Indonesian', 'Jakarta', 'Prabowo'] },
  { trackId: 'th-us', name: 'Thailand', terms: ['Thailand', 'Thai', 'Bangkok'] },
  { trackId: 'my-us', name: 'Malaysia', terms: ['Malaysia', 'Malaysian', 'Kuala Lumpur', 'Anwar'] },
  { trackId: 'ph-us', name: 'Philippines', terms: ['Philippines', 'Philippine', 'Manila', 'Marcos'] },
  { trackId: 'au-us', name: 'Australia', terms: ['Australia', 'Australian', 'Canberra', 'Albanese'] },
];

/** Phrases that share a partner's word but name something else; masked before matching. */
export const FALSE_FRIENDS = [
  /(?<=\bin [A-Z][a-z]+, )(?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?\b/g,
  /\bNorth Korea(?:n|ns)?\b/g,
  /\bDPRK\b/g,
  /\bKorea Zinc\b/g,
  /\b(?:Korea|Japan) Standard Time\b/g,
  /\b(?:The )?(?:Korea (?:Herald|Times|JoongAng Daily|Economic Daily|Bizwire)|Japan (?:Times|Today)|China Daily|South China Morning Post|Washington Post|Times of India)\b/g,
  /\bSouth China Sea\b/g,
  /\bNew Mexico\b/g,
];

export const SECTORS: Record<string, RegExp> = {
  autos: /\b(autos?|automobiles?|automotive|cars?|auto parts|carmakers?|automakers?)\b/i,
  steel: /\bsteel\b/i,
  aluminum: /\balumin(?:i)?um\b/i,
  shipbuilding: /\bshipbuild(?:ing|ers?)\b/i,
  semiconductors: /\b(semiconductors?|chips?|chipmakers?)\b/i,
  agriculture: /\b(agricultur(?:e|al)|farm(?:ers?|ing)?|beef|rice|dairy)\b/i,
  pharmaceuticals: /\bpharma(?:ceuticals?)?\b/i,
  energy:
    /\b(energy (?:purchases?|imports?|exports?|products|sector|deals?|cooperation)|LNG|liquefied natural gas|crude oil|oil and gas)\b/i,
  batteries: /\bbatter(?:y|ies)\b/i,
  digital: /\bdigital\b/i,
  lumber: /\b(lumber|timber)\b/i,
};
