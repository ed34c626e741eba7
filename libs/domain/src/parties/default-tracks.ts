import type { TrackDefinition, TrackParty } from '../model/track';

/**
 * The partners the classifier knows when no tracks are configured (the `classify` and `evaluate` commands):
 * every partner that negotiated over the 2025 US reciprocal tariffs and its counterpart, the United States.
 * Configured tracks replace these for their ids and add their own.
 */
export const UNITED_STATES: TrackParty = {
  name: 'United States',
  aliases: ['U.S.', 'US', 'U.S', 'USA', 'America', 'American', 'Americans', 'Washington', 'White House'],
  officials: [
    { name: 'Donald Trump', role: 'US President', aliases: ['Trump'] },
    { name: 'Howard Lutnick', role: 'US Commerce Secretary', aliases: ['Lutnick'] },
    { name: 'Scott Bessent', role: 'US Treasury Secretary', aliases: ['Bessent'] },
    { name: 'Jamieson Greer', role: 'US Trade Representative', aliases: ['Greer'] },
    { name: 'Marco Rubio', role: 'US Secretary of State', aliases: ['Rubio'] },
    { name: 'JD Vance', role: 'US Vice President', aliases: ['Vance'] },
    { name: 'Peter Navarro', role: 'White House trade adviser', aliases: ['Navarro'] },
    { name: 'Kevin Hassett', role: 'National Economic Council Director', aliases: ['Hassett'] },
    { name: 'Karoline Leavitt', role: 'White House Press Secretary', aliases: ['Leavitt'] },
    { name: 'Doug Burgum', role: 'US Interior Secretary', aliases: ['Burgum'] },
    { name: 'Chris Wright', role: 'US Energy Secretary' },
    { name: 'Brooke Rollins', role: 'US Agriculture Secretary', aliases: ['Rollins'] },
  ],
  agencies: [
    'USTR',
    'Commerce Department',
    'Department of Commerce',
    'Treasury Department',
    'Federal Register',
  ],
  // The rest of the Americas are not the United States: 'the South American bloc', 'Latin American markets'.
  // Nor is the card game's idiom the president: 'India and the EU play their trump card'.
  notWhen: [
    'Washington Post',
    'trump card',
    'trump cards',
    'New Mexico',
    'South America',
    'South American',
    'Latin America',
    'Latin American',
    'Central America',
    'Central American',
  ],
};

type Partner = [id: string, party: TrackParty];

const PARTNERS: Partner[] = [
  [
    'kr-us',
    {
      name: 'South Korea',
      aliases: ['Korea', 'Korean', 'Koreans', 'Seoul', 'Gyeongju', '2+2', 'two-plus-two', 'two plus two'],
      officials: [
        {
          name: 'Lee Jae Myung',
          role: 'South Korean President',
          aliases: ['Lee Jae-myung', 'President Lee'],
        },
        { name: 'Yeo Han-koo', role: 'South Korean Trade Minister', aliases: ['Yeo Han-gu', 'Yeo'] },
        { name: 'Kim Jung-kwan', role: 'South Korean Industry Minister', aliases: ['Kim Jeong-kwan'] },
        { name: 'Koo Yun-cheol', role: 'South Korean Finance Minister', aliases: ['Goo Yun-chul', 'Koo'] },
        { name: 'Ahn Duk-geun', role: 'South Korean Industry Minister' },
        { name: 'Cheong In-kyo', role: 'South Korean Trade Minister' },
        { name: 'Choi Sang-mok', role: 'South Korean Finance Minister' },
        { name: 'Wi Sung-lac', role: 'South Korean National Security Adviser' },
        { name: 'Kim Yong-beom', role: 'South Korean Presidential Policy Chief' },
        { name: 'Cho Hyun', role: 'South Korean Foreign Minister' },
        { name: 'Han Duck-soo', role: 'South Korean Prime Minister' },
      ],
      agencies: ['MOTIE', 'Ministry of Trade, Industry and Energy', 'Yonhap'],
      notWhen: [
        'North Korea',
        'DPRK',
        'Korea Zinc',
        'Korea Standard Time',
        'Korea Herald',
        'Korea Times',
        'Korea JoongAng Daily',
        'Korea Economic Daily',
        'Korea Bizwire',
      ],
    },
  ],
  [
    'jp-us',
    {
      name: 'Japan',
      aliases: ['Japanese', 'Tokyo', 'Nikkei'],
      officials: [
        { name: 'Shigeru Ishiba', role: 'Japanese Prime Minister', aliases: ['Ishiba'] },
        { name: 'Ryosei Akazawa', role: 'Japanese Economic Revitalization Minister', aliases: ['Akazawa'] },
        { name: 'Sanae Takaichi', role: 'Japanese Prime Minister', aliases: ['Takaichi'] },
      ],
      notWhen: ['Japan Times', 'Japan Today', 'Japan Standard Time'],
    },
  ],
  [
    'eu-us',
    {
      name: 'European Union',
      // The bloc negotiates trade for its members: a tariff on French wine or German cars is the EU's.
      aliases: [
        'EU',
        'E.U.',
        'Brussels',
        'European Commission',
        'Europe',
        'European',
        'France',
        'French',
        'Germany',
        'German',
        'Italy',
        'Italian',
        'Spain',
        'Spanish',
        'Ireland',
        'Irish',
        'Netherlands',
        'Dutch',
      ],
      officials: [
        { name: 'Maros Sefcovic', role: 'EU Trade Commissioner', aliases: ['Sefcovic'] },
        { name: 'Ursula von der Leyen', role: 'European Commission President', aliases: ['von der Leyen'] },
      ],
      notWhen: ['Northern Ireland'],
    },
  ],
  [
    'cn-us',
    {
      name: 'China',
      aliases: ['Chinese', 'Beijing'],
      officials: [
        { name: 'Xi Jinping', role: 'Chinese President', aliases: ['Xi'] },
        { name: 'He Lifeng', role: 'Chinese Vice Premier' },
        { name: 'Li Chenggang', role: 'Chinese Trade Negotiator' },
        { name: 'Wang Wentao', role: 'Chinese Commerce Minister' },
      ],
      notWhen: ['China Daily', 'South China Morning Post', 'South China Sea'],
    },
  ],
  [
    'in-us',
    {
      name: 'India',
      aliases: ['Indian', 'New Delhi', 'Delhi'],
      officials: [
        { name: 'Narendra Modi', role: 'Indian Prime Minister', aliases: ['Modi'] },
        { name: 'Piyush Goyal', role: 'Indian Commerce Minister', aliases: ['Goyal'] },
      ],
      notWhen: ['Times of India', 'Indian Ocean'],
    },
  ],
  [
    'vn-us',
    {
      name: 'Vietnam',
      aliases: ['Viet Nam', 'Vietnamese', 'Hanoi'],
      officials: [
        { name: 'To Lam' },
        { name: 'Pham Minh Chinh', role: 'Vietnamese Prime Minister' },
        { name: 'Nguyen Hong Dien', role: 'Vietnamese trade minister' },
        { name: 'Ho Duc Phoc', role: 'Vietnamese Deputy Prime Minister' },
      ],
    },
  ],
  [
    'ch-us',
    {
      name: 'Switzerland',
      aliases: [
        'Swiss',
        'Bern',
        'Swiss Federal Council',
        'Federal Council',
        'SECO',
        'State Secretariat for Economic Affairs',
      ],
      officials: [
        { name: 'Karin Keller-Sutter', role: 'Swiss President', aliases: ['Keller-Sutter'] },
        { name: 'Guy Parmelin', role: 'Swiss Economy Minister', aliases: ['Parmelin'] },
      ],
    },
  ],
  [
    'ca-us',
    {
      name: 'Canada',
      aliases: ['Canadian', 'Ottawa'],
      officials: [
        { name: 'Mark Carney', role: 'Canadian Prime Minister', aliases: ['Carney'] },
        { name: 'Dominic LeBlanc', role: 'Canadian Minister for Canada-US Trade', aliases: ['LeBlanc'] },
        { name: 'Justin Trudeau', role: 'Canadian Prime Minister until March 2025', aliases: ['Trudeau'] },
      ],
    },
  ],
  [
    'mx-us',
    {
      name: 'Mexico',
      aliases: ['Mexican'],
      officials: [
        { name: 'Claudia Sheinbaum', role: 'Mexican President', aliases: ['Sheinbaum'] },
        { name: 'Marcelo Ebrard', role: 'Mexican Economy Minister', aliases: ['Ebrard'] },
      ],
      notWhen: ['New Mexico', 'Gulf of Mexico'],
    },
  ],
  [
    'gb-us',
    {
      name: 'United Kingdom',
      aliases: ['Britain', 'British', 'UK', 'U.K.', 'London'],
      officials: [
        { name: 'Keir Starmer', role: 'British Prime Minister', aliases: ['Starmer'] },
        { name: 'Jonathan Reynolds', role: 'British Business and Trade Secretary' },
        { name: 'Peter Kyle', role: 'British Business and Trade Secretary' },
      ],
    },
  ],
  [
    'tw-us',
    {
      name: 'Taiwan',
      aliases: ['Taiwanese', 'Taipei'],
      officials: [{ name: 'Lai Ching-te', role: 'Taiwanese President' }, { name: 'Cheng Li-chiun' }],
    },
  ],
  [
    'za-us',
    {
      name: 'South Africa',
      aliases: ['South African', 'Pretoria'],
      officials: [
        { name: 'Cyril Ramaphosa', role: 'South African President', aliases: ['Ramaphosa'] },
        { name: 'Parks Tau', role: 'South African Trade Minister' },
      ],
    },
  ],
  ['sy-us', { name: 'Syria', aliases: ['Syrian'] }],
  [
    'br-us',
    {
      name: 'Brazil',
      aliases: ['Brazilian', 'Brasilia'],
      officials: [
        { name: 'Luiz Inacio Lula da Silva', role: 'Brazilian President', aliases: ['Lula'] },
        { name: 'Geraldo Alckmin', role: 'Brazilian Vice President', aliases: ['Alckmin'] },
        { name: 'Fernando Haddad', role: 'Brazilian Finance Minister', aliases: ['Haddad'] },
      ],
    },
  ],
  [
    'id-us',
    {
      name: 'Indonesia',
      aliases: ['Indonesian', 'Jakarta'],
      officials: [
        { name: 'Prabowo Subianto', role: 'Indonesian President', aliases: ['Prabowo'] },
        {
          name: 'Airlangga Hartarto',
          role: 'Indonesian Coordinating Minister for Economic Affairs',
          aliases: ['Airlangga'],
        },
      ],
    },
  ],
  [
    'th-us',
    {
      name: 'Thailand',
      aliases: ['Thai', 'Bangkok'],
      officials: [
        { name: 'Paetongtarn Shinawatra', role: 'Thai Prime Minister', aliases: ['Paetongtarn'] },
        { name: 'Anutin Charnvirakul', role: 'Thai Prime Minister', aliases: ['Anutin'] },
        { name: 'Pichai Chunhavajira', role: 'Thai Finance Minister' },
      ],
    },
  ],
  [
    'my-us',
    {
      name: 'Malaysia',
      aliases: ['Malaysian', 'Kuala Lumpur'],
      officials: [
        { name: 'Anwar Ibrahim', role: 'Malaysian Prime Minister', aliases: ['Anwar'] },
        {
          name: 'Tengku Zafrul Aziz',
          role: 'Malaysian Trade Minister',
          aliases: ['Tengku Zafrul', 'Zafrul'],
        },
      ],
    },
  ],
  [
    'ph-us',
    {
      name: 'Philippines',
      aliases: ['Philippine', 'Filipino', 'Manila'],
      officials: [
        { name: 'Ferdinand Marcos Jr.', role: 'Philippine President', aliases: ['Marcos'] },
        { name: 'Frederick Go', role: 'Philippine Special Assistant for Investment and Economic Affairs' },
      ],
    },
  ],
  [
    'au-us',
    {
      name: 'Australia',
      aliases: ['Australian', 'Canberra'],
      officials: [
        { name: 'Anthony Albanese', role: 'Australian Prime Minister', aliases: ['Albanese'] },
        { name: 'Don Farrell', role: 'Australian Trade Minister' },
      ],
    },
  ],
  [
    'kh-us',
    {
      name: 'Cambodia',
      aliases: ['Cambodian', 'Phnom Penh'],
      officials: [
        { name: 'Hun Manet', role: 'Cambodian Prime Minister' },
        { name: 'Sun Chanthol', role: 'Cambodian Deputy Prime Minister' },
      ],
    },
  ],
  ['la-us', { name: 'Laos', aliases: ['Lao', 'Vientiane'] }],
  ['mm-us', { name: 'Myanmar', aliases: ['Burma', 'Burmese', 'Naypyidaw'] }],
  [
    'bd-us',
    {
      name: 'Bangladesh',
      aliases: ['Bangladeshi', 'Dhaka'],
      officials: [{ name: 'Muhammad Yunus', role: 'Bangladeshi Chief Adviser', aliases: ['Yunus'] }],
    },
  ],
  [
    'lk-us',
    {
      name: 'Sri Lanka',
      aliases: ['Sri Lankan', 'Colombo'],
      officials: [
        { name: 'Anura Kumara Dissanayake', role: 'Sri Lankan President', aliases: ['Dissanayake'] },
      ],
    },
  ],
  [
    'pk-us',
    {
      name: 'Pakistan',
      aliases: ['Pakistani', 'Islamabad'],
      officials: [
        { name: 'Shehbaz Sharif', role: 'Pakistani Prime Minister' },
        { name: 'Muhammad Aurangzeb', role: 'Pakistani Finance Minister', aliases: ['Aurangzeb'] },
      ],
    },
  ],
  ['kz-us', { name: 'Kazakhstan', aliases: ['Kazakh', 'Astana'] }],
  ['il-us', { name: 'Israel', aliases: ['Israeli', 'Netanyahu'] }],
  ['sg-us', { name: 'Singapore', aliases: ['Singaporean'] }],
  [
    'nz-us',
    {
      name: 'New Zealand',
      aliases: ['Wellington'],
      officials: [{ name: 'Todd McClay', role: 'New Zealand Trade Minister', aliases: ['McClay'] }],
    },
  ],
  ['ar-us', { name: 'Argentina', aliases: ['Argentine', 'Argentinian', 'Buenos Aires', 'Milei'] }],
  ['tr-us', { name: 'Turkey', aliases: ['Turkish', 'Türkiye', 'Ankara'] }],
  ['no-us', { name: 'Norway', aliases: ['Norwegian', 'Oslo'] }],
  ['rs-us', { name: 'Serbia', aliases: ['Serbian', 'Belgrade'] }],
  ['tn-us', { name: 'Tunisia', aliases: ['Tunisian', 'Tunis'] }],
  ['dz-us', { name: 'Algeria', aliases: ['Algerian', 'Algiers'] }],
  ['ly-us', { name: 'Libya', aliases: ['Libyan', 'Tripoli'] }],
  ['iq-us', { name: 'Iraq', aliases: ['Iraqi', 'Baghdad'] }],
  ['bn-us', { name: 'Brunei', aliases: ['Bruneian'] }],
  ['md-us', { name: 'Moldova', aliases: ['Moldovan'] }],
  ['ua-us', { name: 'Ukraine', aliases: ['Ukrainian', 'Kyiv'] }],
  ['ba-us', { name: 'Bosnia and Herzegovina', aliases: ['Bosnia', 'Bosnian'] }],
  ['sa-us', { name: 'Saudi Arabia', aliases: ['Saudi', 'Riyadh'] }],
  ['ae-us', { name: 'United Arab Emirates', aliases: ['UAE', 'Emirati', 'Abu Dhabi'] }],
  ['ec-us', { name: 'Ecuador', aliases: ['Ecuadorian', 'Quito'] }],
  ['gt-us', { name: 'Guatemala', aliases: ['Guatemalan'] }],
  ['sv-us', { name: 'El Salvador', aliases: ['Salvadoran'] }],
  // Partners named in the 2025 tariff letters and frameworks beyond the ones above.
  ['co-us', { name: 'Colombia', aliases: ['Colombian', 'Bogotá', 'Bogota'] }],
  ['cl-us', { name: 'Chile', aliases: ['Chilean'] }],
  ['pe-us', { name: 'Peru', aliases: ['Peruvian'] }],
  ['cr-us', { name: 'Costa Rica', aliases: ['Costa Rican'] }],
  ['ni-us', { name: 'Nicaragua', aliases: ['Nicaraguan', 'Managua'] }],
  ['ls-us', { name: 'Lesotho', aliases: ['Basotho', 'Maseru'] }],
  ['mg-us', { name: 'Madagascar', aliases: ['Malagasy'] }],
  ['mu-us', { name: 'Mauritius', aliases: ['Mauritian'] }],
  ['ng-us', { name: 'Nigeria', aliases: ['Nigerian', 'Abuja'] }],
  ['eg-us', { name: 'Egypt', aliases: ['Egyptian', 'Cairo'] }],
  ['qa-us', { name: 'Qatar', aliases: ['Qatari'] }],
  ['kw-us', { name: 'Kuwait', aliases: ['Kuwaiti'] }],
  ['om-us', { name: 'Oman', aliases: ['Omani', 'Muscat'] }],
  // Partners that negotiated or were given reciprocal-trade terms of their own in 2025 (Jordan's 20% rate, Kenya's
  // talks, Iceland's 15%).
  ['ke-us', { name: 'Kenya', aliases: ['Kenyan', 'Nairobi'] }],
  ['is-us', { name: 'Iceland', aliases: ['Icelandic', 'Reykjavik'] }],
  // People named Jordan are not the kingdom: 'Jim Jordan', 'Michael Jordan'.
  ['jo-us', { name: 'Jordan', aliases: ['Jordanian', 'Amman'], notWhen: ['Jim Jordan', 'Michael Jordan'] }],
  // Every other partner given a reciprocal rate in 2025 that a story may report talks or a deal for: a story about
  // any of them is the story of its own track, not of the nearest partner it names.
  ['do-us', { name: 'Dominican Republic', aliases: ['Dominican', 'Santo Domingo', 'Abinader'] }],
  ['hn-us', { name: 'Honduras', aliases: ['Honduran', 'Tegucigalpa'] }],
  ['pa-us', { name: 'Panama', aliases: ['Panamanian'] }],
  ['uy-us', { name: 'Uruguay', aliases: ['Uruguayan', 'Montevideo'] }],
  ['py-us', { name: 'Paraguay', aliases: ['Paraguayan', 'Asuncion', 'Asunción'] }],
  ['bo-us', { name: 'Bolivia', aliases: ['Bolivian'] }],
  ['bh-us', { name: 'Bahrain', aliases: ['Bahraini', 'Manama'] }],
  ['mn-us', { name: 'Mongolia', aliases: ['Mongolian', 'Ulaanbaatar'] }],
  ['np-us', { name: 'Nepal', aliases: ['Nepalese', 'Nepali', 'Kathmandu'] }],
  ['fj-us', { name: 'Fiji', aliases: ['Fijian', 'Suva'] }],
  ['mk-us', { name: 'North Macedonia', aliases: ['Macedonian', 'Skopje'] }],
  ['bw-us', { name: 'Botswana', aliases: ['Gaborone'] }],
  ['zw-us', { name: 'Zimbabwe', aliases: ['Zimbabwean', 'Harare'] }],
  ['ao-us', { name: 'Angola', aliases: ['Angolan', 'Luanda'] }],
  [
    'ci-us',
    {
      name: 'Côte d’Ivoire',
      aliases: ['Ivory Coast', 'Ivorian', "Cote d'Ivoire", "Côte d'Ivoire", 'Abidjan'],
    },
  ],
  ['gh-us', { name: 'Ghana', aliases: ['Ghanaian', 'Accra'] }],
  ['ma-us', { name: 'Morocco', aliases: ['Moroccan', 'Rabat'] }],
  ['na-us', { name: 'Namibia', aliases: ['Namibian', 'Windhoek'] }],
  ['mz-us', { name: 'Mozambique', aliases: ['Mozambican', 'Maputo'] }],
  ['zm-us', { name: 'Zambia', aliases: ['Zambian', 'Lusaka'] }],
  ['cm-us', { name: 'Cameroon', aliases: ['Cameroonian', 'Yaounde', 'Yaoundé'] }],
  ['li-us', { name: 'Liechtenstein' }],
];

export const DEFAULT_TRACKS: TrackDefinition[] = PARTNERS.map(([id, partner]) => ({
  id,
  name: `${partner.name} – United States tariff negotiations`,
  parties: [partner, UNITED_STATES],
  keywords: [],
  deadline: null,
  feeds: [],
}));

const KNOWN_PARTIES: TrackParty[] = [UNITED_STATES, ...PARTNERS.map(([, party]) => party)];

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * A configured party that names a known one ("United States", "Japan") also gets its known aliases,
 * officials and agencies, so a track configured with plain names still knows that "Lutnick" speaks for the US.
 */
export function withKnownParty(party: TrackParty): TrackParty {
  const known = KNOWN_PARTIES.find(
    (candidate) =>
      sameName(candidate.name, party.name) ||
      (candidate.aliases ?? []).some((alias) => alias.length > 3 && sameName(alias, party.name)),
  );
  if (!known || known === party) return party;
  const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];
  const officials = [...(party.officials ?? [])];
  for (const official of known.officials ?? [])
    if (!officials.some((mine) => sameName(mine.name, official.name))) officials.push(official);
  return {
    name: party.name,
    aliases: union(
      party.aliases,
      [known.name, ...(known.aliases ?? [])].filter((a) => !sameName(a, party.name)),
    ),
    officials,
    agencies: union(party.agencies, known.agencies),
    notWhen: union(party.notWhen, known.notWhen),
  };
}

export function withKnownParties<T extends { parties: TrackParty[] }>(track: T): T {
  return { ...track, parties: track.parties.map(withKnownParty) };
}
