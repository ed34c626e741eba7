import type { SentenceContext } from './context';
import { PERCENT_TEXT } from './rates';
import { FIRM_WORDS } from './nlp/words';

// Whether an article is news of the tracked negotiation or only names it: headlines whose subject is something
// else (a rate decision, markets, a company's results, a court, a sector tariff) and sentences that are topical.

/** "a tariff rate cut", "the duty rate hike": a tariff's rate, not a central bank's. */
const POLICY_RATE = String.raw`(?<!\b(?:[Tt]ariff|[Dd]uty|[Cc]ustoms|[Ii]mport|[Rr]eciprocal) )rate`;
/** Stocks as the market, not "take stock". */
const STOCK_MARKET = String.raw`(?<!\b(?:take|takes|taking|taken|took) )stocks?`;
const OFF_TOPIC_LEAD = new RegExp(
  String.raw`\b([Cc]entral [Bb]ank(?! [Gg]overnors)|monetary policy|interest rates?|key rate|base rate|${POLICY_RATE} (?:hike|cut|hold)|Bank of (?:Korea|Japan|England)|BOK|BOJ|BoJ|Federal Reserve|KOSPI|Kospi|KOSDAQ|Nikkei 225|${STOCK_MARKET}|shares|equities|benchmark index|exchange rate|bond yields?|earnings|operating profit|net profit|quarterly|(?:first|second|third|fourth)-quarter|(?<!(?:tariff|customs|tax|government|federal|state) )revenue(?! (?:source|for))|won (?:weakened|strengthened|fell|rose)|(?:general|presidential|parliamentary|upper[- ]house|lower[- ]house|snap|midterm|regular|local) elections?|election (?:results?|campaign|day)|exit polls?|[Oo]il prices|[Cc]rude (?:oil|futures|prices)|Brent|[Gg]old prices|(?:[Ff]reight|[Ss]hipping|[Ss]pot|[Cc]ontainer) rates|(?:[Cc]redit|[Ss]overeign) ratings?|[Rr]atings? agency|Fitch|Moody's)\b`,
);
/** A rate decision headline: the tariff deal is only its backdrop. */
const MONETARY_TITLE = new RegExp(
  String.raw`\b([Cc]entral [Bb]ank(?! [Gg]overnors)|Bank of (?:Korea|Japan|England|Canada|Thailand|Mexico)|(?:Reserve|National) Bank|BOK|BOJ|BoJ|Federal Reserve|Fed|ECB|RBI|RBA|RBNZ|SNB|PBOC|PBoC|Banxico|MPC|repo rate|(?:base|policy|interest|key|benchmark) rates?|${POLICY_RATE} (?:hikes?|cuts?|holds?|freeze|decisions?)|holds? rates)\b`,
);
/**
 * A central bank's rate decision is the headline's subject even when it names the talks ("ECB holds rates while
 * tariff talks run late"): the labels' hard negatives. An institution named alone ("a Bank of Korea–US
 * Treasury swap") is not a decision.
 */
const RATE_DECISION_TITLE = new RegExp(
  String.raw`\b(?:(?:hold(?:s|ing)?|held|keep(?:s|ing)?|kept|leav(?:es?|ing)|left|cut(?:s|ting)?|rais(?:es?|ed|ing)|hik(?:es?|ed|ing)|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|paus(?:es?|ed|ing))\s+(?:(?!tariff|dut|lev)\w+\s+){0,2}(?:interest\s+)?rates?|rates?\s+(?:unchanged|steady|on hold)|${POLICY_RATE}[- ](?:cuts?|hikes?|holds?|decisions?)|MPC|monetary policy (?:committee|meeting|decision))\b`,
  'i',
);
/** A figure moving, in the present or past: the verbs the market-level and currency headlines share. */
const MOVES = String.raw`rises?|rose|climbs?|climbed|falls?|fell|drops?|dropped|slides?|slid`;
/** A market's level: "Manila's index hits a two-month high", "Kospi touches record high", "rises to 3-week high". */
const MARKET_LEVEL = String.raw`(?:hits?|reach(?:es|ed)?|touch(?:es|ed)?|(?:${MOVES}|sinks?|sank)\s+to)\s+(?:a\s+)?(?:near\s+)?(?:record|fresh|new|\w+-(?:month|week|year))\s+(?:highs?|lows?)`;
/** A market's close: "Bursa Malaysia closes lower", "Seoul shares end higher" (not "ends higher tariffs"). */
const MARKET_CLOSE = String.raw`(?:close[sd]?|end(?:s|ed)?|open(?:s|ed)?|finish(?:es|ed)?)\s+(?:sharply\s+|slightly\s+|marginally\s+)?(?:lower|higher|flat|mixed)(?!\s+(?:tariffs?|duties|levies|rates?|prices?|costs?))`;
/** A currency moving: "yuan rises on easing tensions", "won slips", "yen set for weekly gain". */
const CURRENCY_MOVE = String.raw`(?:yuan|renminbi|won|yen|rupee|ringgit|peso|baht|rupiah|dong|euro|franc|loonie|sterling|rand)\s+(?:(?:set|poised|headed|heads|on track)\s+(?:for|to)\s+(?:\w+\s+){0,3}(?:gains?|loss(?:es)?|rise|fall|drop|decline)|${MOVES}|gains?|gained|slips?|slipped|jumps?|jumped|dips?|dipped|eases?|eased|firms?|firmed|weakens?|weakened|strengthens?|strengthened|steadies|steady|edges?\s+(?:up|down|higher|lower))`;
/** A factory survey's reading: "manufacturing sector contracts in August", "PMI shows factory activity shrinking". */
const FACTORY_SURVEY = String.raw`PMI|purchasing managers|factory (?:activity|output)|manufacturing (?:sector |activity )?(?:contracts?|contracted|expands?|expanded|shrinks?|shrank|grows?|grew)`;
/** A commodity's or freight's price moving: "crude climbs as talks resume", "freight prices set to ease". */
const COMMODITY_MOVE = String.raw`(?:oil|crude|gold|silver|copper|commodit(?:y|ies)|container|freight)\s+(?:prices?\s+|rates?\s+)?(?:(?:expected|set|poised)\s+to\s+)?(?:rise|rises|rose|fall|falls|fell|gain|gains|gained|slip|slips|slipped|climb|climbs|climbed|drop|drops|dropped|jump|jumps|jumped|surge|surges|surged|slide|slides|slid|dip|dips|dipped|ease|eases|eased|wrap)`;
/** The index, not the newspaper: "Nikkei reported", "the Nikkei newspaper said", "according to Nikkei Asia". */
const NIKKEI_INDEX = String.raw`(?<!\b(?:to|by|told|with)\s(?:the\s)?)Nikkei(?!\s+(?:Asia|reported|reports|said|says|newspaper|daily|business|cited|citing|quoted)\b)`;
/**
 * Headlines whose subject is markets, trade data, a company's results or a poll's findings: the negotiation is
 * their backdrop.
 */
const OTHER_SUBJECT_TITLE = new RegExp(
  String.raw`\b(${STOCK_MARKET}|shares|equities|equity markets?|benchmark ind(?:ex|ices)|Wall Street|Dow|Nasdaq|S&P 500|${NIKKEI_INDEX}|Topix|KOSPI|Kospi|Sensex|Nifty|Taiex|Hang Seng|TSX|FTSE|DAX|ASX|PSEi|KLCI|JCI|VN-Index|Bursa Malaysia|Straits Times Index|Shanghai Composite|CSI 300|bond yields?|trade (?:deficit|surplus|data)|exports? (?:to (?:the )?(?:US|U\.S\.|America|United States) )?(?:(?:hit|hits|reach\w*|touch\w*|sank to|fell to|dropped to|rose to) (?:the |a |its |their )?(?:lowest|highest|record)|beat|rose|rises?|rising|fell|falls?|falling|grew|grows?|growing|drop\w*|declin\w*|plung\w*|tumbl\w*|slid\w*|shr[iu]nk\w*|jump\w*|slump\w*|surg\w*|soar\w*|climb\w*)|GDP|inflation|(?:profit|earnings|revenue|sales) (?:forecasts?|outlook|guidance)|(?:net|operating|quarterly|annual) (?:profits?|income|earnings)|profits? (?:falls?|fell|drops?|dropped|rises?|rose|jumps?|jumped|slumps?|slumped|plunges?|plunged|surges?|surged|hit)|(?:polls?|survey) (?:finds?|found|shows?|showed)|${MARKET_LEVEL}|${MARKET_CLOSE}|${CURRENCY_MOVE}|${FACTORY_SURVEY}|${COMMODITY_MOVE})\b`,
  'i',
);
/**
 * A firm's own plan as the headline's subject: "Hanwha to boost capacity at its US shipyard", "Trump says Toyota to
 * invest $10B in US plants". The subject names no party (whose investment pledge is the deal's).
 */
const FIRM_PLAN_TITLE =
  /^(?:[\w.'’ -]+ says? )?((?:[A-Z][\w&.'’-]*\s){1,3})(?:to |will |plans to |is set to )?(?:invest(?:s|ed|ing)?|expand(?:s|ed|ing)?|boost(?:s|ed|ing)? (?:capacity|investment|output|production)|build(?:s|ing)?|break(?:s|ing)? ground|(?:sign(?:s|ed)?|ink(?:s|ed)?|clinch(?:es|ed)?|land(?:s|ed)?|wins?|won) (?:[\w$.-]+ ){0,4}(?:deal|contract|order|agreement))\b/d;

function firmPlanTitle(headline: SentenceContext | undefined): boolean {
  if (!headline?.sentence.isTitle) return false;
  const match = FIRM_PLAN_TITLE.exec(headline.text);
  if (!match) return false;
  const [from, to] = match.indices?.[1] ?? [0, 0];
  const named = (at: number) => at >= from && at < to;
  return (
    !headline.mentions.some((mention) => named(mention.index)) &&
    ![...headline.counterpartAt.keys()].some(named)
  );
}

/** Trade blocs with no track of their own: "the EU and Mercosur sign a trade pact" is a pair of partners. */
const OTHER_BLOC =
  /\b(Mercosur|ASEAN|EFTA|CPTPP|Trans-Pacific Partnership|Gulf Cooperation Council|GCC|African Union|Pacific Alliance|Andean Community|Eurasian Economic Union)\b/;
/**
 * A court ruling on the tariffs is its own subject, unless the headline names the partner: "Seoul watches
 * Supreme Court case", "Japan spared 15% levy after ruling" tell the negotiation's side of it.
 */
const COURT_TITLE =
  /\b((?:appeals|supreme|federal|trade|district|high) court|court of international trade|court (?:rules|ruled|ruling|strikes)|SCOTUS|judges?|justices|lawsuits?)\b/i;

/**
 * Another venue's proceedings are their own subject even when they name the partner: a WTO dispute ("requested
 * dispute consultations at the WTO") or a vote in the US Congress ("the Senate voted to block the tariffs").
 */
const OTHER_VENUE_TITLE =
  /\b(?:(?:WTO|World Trade Organi[sz]ation)\b[^.;]{0,80}\b(?:disputes?|complaints?|panels?|challenges?|litigation)|(?:disputes?|complaints?)\b[^.;]{0,80}\b(?:WTO|World Trade Organi[sz]ation)|(?:Senate|House of Representatives|(?<!White )House)\s+(?:voted|votes|passed|passes|approved|approves)\b[^.;]{0,60}\b(?:resolution|bill|measure))\b/i;

const SECTOR_GOODS = String.raw`(?:semiconductors?|chips?|pharmaceuticals?|pharma|drugs?|trucks?|lumber|timber|wood|movies?|films?|copper|furniture|cabinets?|steel|alumini?um)`;
/**
 * A tariff on a sector's goods named in a headline that names no partner ("US puts a 10% duty on
 * timber and 25% on cabinets"), or a Section 232 action, is a sector tariff with no negotiation, the labels' hard negative.
 */
const SECTOR_TITLE = new RegExp(
  String.raw`\b(?:tariffs?|duties|duty|levy|levies)\b[^.;]{0,40}\b${SECTOR_GOODS}\b|\b${SECTOR_GOODS}\s+(?:tariffs?|duties|levy|levies)\b|\bSection 232\b`,
  'i',
);

/** The sentences of a story that name its subject. */
const OPENING_SENTENCES = 2;

const TARIFF_WORD =
  /\b(tariffs?|levy|levies|(?<!(?:dumping|countervailing|excise|stamp) )duty|duties|reciprocal)\b/i;

/** A headline about talks of another agenda ("US-Iran nuclear talks", "labour contract talks") names its subject. */
const OTHER_AGENDA = String.raw`(?:nuclear|security|peace|ceasefire|defen[cs]e|military|climate|labou?r|union|contract|wage)`;
const OTHER_TALKS_TITLE = new RegExp(
  String.raw`\b${OTHER_AGENDA}\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|deals?|agreements?|accords?|pacts?|treaty|treaties|framework|partnership|rounds?)\b|\b(?:discuss\w*|talks?|negotiat\w*)\s+(?:[\w-]+\s+){0,3}?(?:on|about|over)\s+(?:[\w-]+\s+){0,2}?(?:${OTHER_AGENDA}|submarines?|troops|missiles?)\b`,
  'i',
);
const TRADE_TITLE = new RegExp(String.raw`${TARIFF_WORD.source}|\b(?:trade|imports?|exports?)\b`, 'i');

/** Both sides' negotiators at the table: the tracked negotiation even when no trade word is repeated, unless the article names another agenda. */
const BILATERAL_TALKS = /\b(negotiators?|negotiations|talks)\b/i;
// A national security adviser's title names no agenda: "security" is one only when it is not "security adviser".
const NOT_TRADE_TALKS =
  /\b(nuclear|military|defen[cs]e|(?<!economic )security(?! advis)|troops|alliance|North Korea|Pyongyang|missiles?|(?<!trade )war|peace|climate|visas?|immigration|raid|detain\w*|Foreign Minister|Secretary of State|diplomats?)\b/i;

/** A pact of the two sides on trade, or a truce in their trade war. */
const TRADE_PACT =
  /\b(?:trade|tariff|reciprocal)\s+(?:deals?|agreements?|pacts?|accords?|frameworks?|truces?)\b/i;

/** What a tariff sentence about the partner says that makes it news of the negotiation ("100% tariffs", "truce"). */
const TARIFF_NEWS = new RegExp(
  String.raw`\b(?:letters?|deadline|rates?|extensions?|truce|paus(?:e|es|ed|ing)|(?:on|a|\d+-day) hold|suspen(?:d|ds|ded|ding|sion)|(?:in|into) (?:force|effect)|(?:take|takes|took|taking) effect)\b|${PERCENT_TEXT}`,
  'i',
);

/**
 * A partner's pledge of hundreds of billions under the deal ("$550 billion promised by Tokyo", "the 350 billion
 * U.S. dollars pledged by Seoul"): the deal's terms being carried out, a size no single company's plan reaches.
 */
const SOVEREIGN_SUM = String.raw`\b\d{3}(?:\.\d+)?\s?(?:billion|bn|bln)\b`;
const PLEDGE_WORD = String.raw`\b(?:invest\w*|pledge\w*|promis\w*|commit\w*|fund(?:s|ing|ed)?)\b`;
const SOVEREIGN_PLEDGE = new RegExp(
  String.raw`${SOVEREIGN_SUM}[^.;]{0,80}${PLEDGE_WORD}|${PLEDGE_WORD}[^.;]{0,60}${SOVEREIGN_SUM}`,
  'i',
);

function isTopical(context: SentenceContext, mainTrack: string, otherAgenda: boolean): boolean {
  const bilateral = context.parties.includes(mainTrack) || context.us || context.parties.length === 0;
  if (
    context.talksCue &&
    /\b(tariffs?|trade|levy|levies|duties|investments?|reciprocal|imports?|exports?)\b/i.test(context.text) &&
    bilateral
  )
    return true;
  if (context.parties.includes(mainTrack) && context.us && !otherAgenda && BILATERAL_TALKS.test(context.text))
    return true;
  // "Washington unveils trade agreements with Peru and Chile": a trade pact of the two sides.
  if (context.parties.includes(mainTrack) && context.us && TRADE_PACT.test(context.text)) return true;
  if (context.parties.includes(mainTrack) && SOVEREIGN_PLEDGE.test(context.text)) return true;
  return (
    TARIFF_WORD.test(context.text) && context.parties.includes(mainTrack) && TARIFF_NEWS.test(context.text)
  );
}

/** A partner's adjective before its firms: "a blow to Indian companies", "Korean carmakers". */
const plural = (word: string) => (word.endsWith('y') ? `${word.slice(0, -1)}(?:y|ies)` : `${word}(?:e?s)?`);
const BEFORE_FIRMS = new RegExp(
  String.raw`^\S*\s+(?:[\w-]+\s+)?(?:${FIRM_WORDS.map(plural).join('|')})\b`,
  'i',
);

/** A headline that names no partner, or names the main track's only as its firms, names no side of the talks. */
function namesOnlyFirms(headline: SentenceContext, mainTrack: string): boolean {
  return headline.mentions.every(
    (mention) => mention.trackId === mainTrack && BEFORE_FIRMS.test(headline.text.slice(mention.index)),
  );
}

/** Without a headline, the first sentence says what the story is about. */
function headlineOf(contexts: SentenceContext[]): SentenceContext | undefined {
  return contexts.find((context) => context.sentence.isTitle) ?? contexts[0];
}

/** The counterpart as the author of tariffs ("Trump's tariff war", "US duties"), not as a side of tariff talks. */
const COUNTERPART_TARIFFS =
  /^[\w.]+(?:['’]s)?\s+(?:[\w-]+\s+)?(?:(?:tariffs?|levies|duties)(?!\s+(?:talks|negotiations?|deals?|agreements?|pacts?|accords?))|(?:tariff|trade) wars?)\b/i;
/**
 * ... or as the one a pact answers: "in rebuff to Trump", "despite US pressure", "to reduce dependence on the United
 * States", "after a tariff threat from the U.S.".
 */
const COUNTERPART_ANSWERED =
  /(?:\b(?:rebuff|snub|blow|answer|response|reply|riposte|challenge)\s+to|\b(?:despite|amid|against|defying)|\b(?:dependen(?:ce|cy)|reliance)\s+on|\b(?:challenge|pressure|threat)s?\s+from)\s+(?:the\s+)?$/i;

const PACT = /\b(?:deals?|pacts?|agreements?|accords?|treat(?:y|ies)|FTAs?)\b/i;

/** Every mention of the counterpart in the sentence is backdrop: tariffs it set, or what a pact answers. */
function counterpartAsBackdrop(context: SentenceContext, mainTrack: string): boolean {
  const mentions = [...context.counterpartAt].filter(([, tracks]) => tracks.has(mainTrack));
  return mentions.every(
    ([at]) =>
      COUNTERPART_TARIFFS.test(context.text.slice(at)) ||
      COUNTERPART_ANSWERED.test(context.text.slice(0, at)),
  );
}

/**
 * A headline about two partners' own relation ("India-EU FTA", "Britain and India sign pact") that names the
 * main track's counterpart at most as its backdrop ("... to offset Trump's tariff war"): the tracked
 * negotiation is at most the story's backdrop.
 */
function pairOfPartnersTitle(contexts: SentenceContext[], mainTrack: string): boolean {
  const title = headlineOf(contexts);
  if (!title) return false;
  // With the counterpart in it, the headline must name the partners' own pact: "Japan and Korea brace for US
  // tariffs" is two partners facing the counterpart, not a pact of theirs.
  if (
    title.counterparts.has(mainTrack) &&
    !(PACT.test(title.text) && counterpartAsBackdrop(title, mainTrack))
  )
    return false;
  const partners = new Set(title.mentions.map((mention) => mention.trackId)).size;
  return partners >= 2 || (partners === 1 && OTHER_BLOC.test(title.text));
}

/** `hasSignals` scans the sentences: asked last, so that an article judged without it is never scanned. */
export function judgeRelevance(
  contexts: SentenceContext[],
  mainTrack: string | null,
  hasSignals: () => boolean,
): boolean {
  if (!mainTrack || !contexts.some((context) => context.us)) return false;
  const otherAgenda = contexts.some((context) => NOT_TRADE_TALKS.test(context.text));
  const headline = headlineOf(contexts);
  // The headline, or the first sentence of an untitled story, says what the story is about: it counts twice.
  const topical = contexts.reduce(
    (sum, context) => sum + (isTopical(context, mainTrack, otherAgenda) ? (context === headline ? 2 : 1) : 0),
    0,
  );
  const lead = contexts
    .filter((context) => context.lead)
    .map((context) => context.text)
    .join(' ');
  const title = headline?.text ?? '';
  // An untitled story's subject is its lead, not only its first sentence ("The decision was as expected. The
  // bank kept its benchmark policy rate ...").
  const subject = headline?.sentence.isTitle ? title : lead;
  if (RATE_DECISION_TITLE.test(`${subject} ${lead}`) && MONETARY_TITLE.test(`${title} ${lead}`)) return false;
  const courtOnly = COURT_TITLE.test(title) && !headline?.parties.includes(mainTrack);
  const sectorOnly =
    SECTOR_TITLE.test(title) && headline?.sentence.isTitle && namesOnlyFirms(headline, mainTrack);
  const otherTalks = OTHER_TALKS_TITLE.test(title) && !TRADE_TITLE.test(title);
  const otherVenue = OTHER_VENUE_TITLE.test(title);
  if (
    firmPlanTitle(headline) ||
    MONETARY_TITLE.test(title) ||
    OTHER_SUBJECT_TITLE.test(title) ||
    courtOnly ||
    sectorOnly ||
    otherTalks ||
    otherVenue
  )
    return topical >= 5;
  // Two partners' own pact is the story: the tracked negotiation must show in sentences that name its counterpart
  // as more than the backdrop.
  if (pairOfPartnersTitle(contexts, mainTrack))
    return (
      contexts.filter(
        (context) =>
          context.us &&
          isTopical(context, mainTrack, otherAgenda) &&
          !counterpartAsBackdrop(context, mainTrack),
      ).length >= 2
    );
  // Markets, rates or results named in the first two sentences make them the subject; named later, they are the
  // fallout of the news ("the peso slipped").
  const opening = contexts
    .filter((context) => !context.sentence.isTitle)
    .slice(0, OPENING_SENTENCES)
    .map((context) => context.text)
    .join(' ');
  if (OFF_TOPIC_LEAD.test(opening)) return topical >= 3;
  return topical >= 2 || (topical >= 1 && hasSignals());
}
