import type { ItemEntity, ItsFunction, WinkMethods } from 'wink-nlp';
import { repairPartsOfSpeech } from './tag-repairs';

/**
 * wink-nlp with its small English model: tokens, lemmas, universal parts of speech, negation scope and
 * entities (DATE, PERCENT, MONEY...) in one pass, about half a millisecond per 1,500-character article on
 * one core, with the model shipped inside the npm package (nothing fetched at run time). compromise was the
 * alternative: it reads tense better but is several times slower, which the classifier bench cannot afford.
 */
let engine: WinkMethods | undefined;
/**
 * wink-nlp keeps every unknown word it meets, about 110 bytes each, so a long-running classifier would grow
 * without bound. Its tokenizer no longer depends on those words (patches/wink-nlp), so a fresh engine, about
 * 150 ms to build, reads exactly as the old one did: one is built every so many sentences to keep memory flat.
 */
const SENTENCES_PER_ENGINE = 200_000;
let sentencesRead = 0;

/** Drops the engine and its unknown words; the next sentence builds a fresh one. */
export function renewNlpEngine(): void {
  engine = undefined;
  sentencesRead = 0;
}

/**
 * The model (about 55 MB once loaded) is read on the first sentence, not on import: every process that
 * imports @dw/domain (the notifier, the web API) would otherwise carry it without ever tagging a word.
 * Exported for the classifier bench's wink-only baseline: the same instance, model and pipeline.
 */
export function nlp(): WinkMethods {
  if (!engine) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const model = require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default;
    /* eslint-enable @typescript-eslint/no-require-imports */
    engine = winkNLP(model, ['sbd', 'negation', 'pos', 'ner']);
  }
  return engine;
}

/** The installed NLP packages: an upgrade can change readings, so the classifier version names them. */
export function nlpPackageVersions(): Record<string, string> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    'wink-nlp': (require('wink-nlp/package.json') as { version: string }).version,
    'wink-eng-lite-web-model': (require('wink-eng-lite-web-model/package.json') as { version: string })
      .version,
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** COUNTERPART marks the PARTY words that name the track's counterpart (the United States), not its partner. */
export type EntityClass = 'DATE' | 'RATE' | 'MONEY' | 'NUM' | 'PARTY' | 'OTHER_PARTY' | 'COUNTERPART';

export interface Token {
  text: string;
  /** Lower case surface form. */
  normal: string;
  lemma: string;
  /** Universal part of speech (VERB, AUX, NOUN, PROPN, ADP, PART...). */
  pos: string;
  start: number;
  end: number;
  /** Inside the scope of a negation ("did not reach a deal", "without a deal"). */
  negated: boolean;
  classes: EntityClass[];
}

const ENTITY_CLASS: Record<string, EntityClass> = {
  DATE: 'DATE',
  PERCENT: 'RATE',
  MONEY: 'MONEY',
  CARDINAL: 'NUM',
};

/**
 * Regular inflections as [written ending, lemma ending], in the order headline words try them: "talks" →
 * "talk", "studies" → "study", "making" → "make". A doubled consonant before "ed"/"ing" is undone too
 * ("stopped" → "stop"). The surface filter generates written forms from the same table.
 */
export const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ied', 'y'],
  ['ed', ''],
  ['d', ''],
  ['ing', ''],
  ['ing', 'e'],
];
export const DOUBLING_ENDINGS = ['ed', 'ing'] as const;

/** Endings the candidates below strip: other words are their own lemma (most tokens; skips the table for each). */
const INFLECTED = /(?:s|d|ing)$/;

/** headlineLemma's answers per vocabulary: the same words recur in every article. */
const HEADLINE_LEMMAS = new WeakMap<ReadonlySet<string>, Map<string, string>>();
const HEADLINE_LEMMAS_LIMIT = 16_384;

function headlineLemmasOf(vocabulary: ReadonlySet<string>): Map<string, string> {
  let cache = HEADLINE_LEMMAS.get(vocabulary);
  if (!cache) {
    cache = new Map();
    HEADLINE_LEMMAS.set(vocabulary, cache);
  }
  return cache;
}

/** `cache`: headlineLemmasOf(vocabulary), looked up once per sentence rather than once per token. */
function cachedHeadlineLemma(
  normal: string,
  vocabulary: ReadonlySet<string>,
  cache: Map<string, string>,
): string {
  let lemma = cache.get(normal);
  if (lemma === undefined) {
    lemma = headlineLemma(normal, vocabulary);
    if (cache.size < HEADLINE_LEMMAS_LIMIT) cache.set(normal, lemma);
  }
  return lemma;
}

/** Inflections the tagger leaves alone in capitalised headline words ("Talks", "Hold", "Postponed"). */
function headlineLemma(normal: string, vocabulary: ReadonlySet<string>): string {
  if (vocabulary.has(normal) || !INFLECTED.test(normal)) return normal;
  for (const [ending, replacement] of INFLECTIONS) {
    if (!normal.endsWith(ending)) continue;
    const candidate = normal.slice(0, normal.length - ending.length) + replacement;
    if (candidate !== normal && vocabulary.has(candidate)) return candidate;
  }
  for (const ending of DOUBLING_ENDINGS) {
    const stem = normal.slice(0, normal.length - ending.length);
    const doubled = normal.endsWith(ending) && stem.length >= 2 && stem.at(-1) === stem.at(-2);
    if (doubled && vocabulary.has(stem.slice(0, -1))) return stem.slice(0, -1);
  }
  return normal;
}

const NUMBER_TOKEN = /^\d+(?:\.\d+)?%?$/;
const PERCENT_TOKEN = /^(?:%|percent|pct)$/;

const QUOTATION_MARK = /^["“”„«»`]+$/;

/** Tokens of one sentence with lemmas, parts of speech, negation and entity classes. */
export function annotate(text: string, vocabulary: ReadonlySet<string> = new Set()): Token[] {
  if (++sentencesRead > SENTENCES_PER_ENGINE) renewNlpEngine();
  const wink = nlp();
  const its = wink.its;
  const doc = wink.readDoc(text);
  const tokens = doc.tokens();
  const words: string[] = tokens.out();
  const normals: string[] = tokens.out(its.normal);
  const lemmas: string[] = tokens.out(its.lemma as unknown as ItsFunction<string>);
  const pos: string[] = tokens.out(its.pos);
  const negation = tokens.out(its.negationFlag) as unknown as boolean[];
  const spaces: string[] = tokens.out(its.precedingSpaces);
  const out: Token[] = [];
  const headlineLemmas = headlineLemmasOf(vocabulary);
  let cursor = 0;
  for (let i = 0; i < words.length; i += 1) {
    const found = text.indexOf(words[i], cursor + spaces[i].length);
    const start = found >= 0 ? found : cursor + spaces[i].length;
    const end = start + words[i].length;
    cursor = end;
    let lemma = lemmas[i];
    if (pos[i] === 'PROPN' || lemma === normals[i])
      lemma = cachedHeadlineLemma(normals[i], vocabulary, headlineLemmas);
    else if (!vocabulary.has(lemma) && INFLECTED.test(normals[i])) {
      // The tagger over-strips now and then ("slated" → "slat"): a longer regular lemma the rules know wins
      // (a shorter one would be this table's own slip: "noted" → "not").
      const regular = cachedHeadlineLemma(normals[i], vocabulary, headlineLemmas);
      if (regular.length > lemma.length && vocabulary.has(regular)) lemma = regular;
    }
    out.push({
      text: words[i],
      normal: normals[i],
      lemma,
      pos: pos[i],
      start,
      end,
      negated: negation[i],
      classes: [],
    });
  }
  doc.entities().each((entity: ItemEntity) => {
    const entityType: string = entity.out(its.type);
    const type = ENTITY_CLASS[entityType];
    if (!type) return;
    const [from, to] = entity.out(its.span) as unknown as number[];
    for (let i = from; i <= to && i < out.length; i += 1) out[i].classes.push(type);
  });
  repairPartsOfSpeech(out);
  out.forEach((token, i) => {
    if (NUMBER_TOKEN.test(token.text) && !token.classes.includes('NUM')) token.classes.push('NUM');
    if (PERCENT_TOKEN.test(token.normal)) token.classes.push('RATE');
    // "a 50pc tariff": the British press writes percent as "pc", glued to the number.
    const previous = out[i - 1];
    if (token.normal === 'pc' && previous?.classes.includes('NUM') && previous.end === token.start)
      token.classes.push('RATE');
  });
  // Quotation marks inside a phrase only stress a word: 'a "negotiated" solution' is 'a negotiated solution' to
  // every check that looks at the word before or after. After punctuation they mark where a quotation opens
  // or closes ('letter,” issued on July 7'), and stay.
  return out.filter((token, i) => !(QUOTATION_MARK.test(token.text) && i > 0 && out[i - 1].pos !== 'PUNCT'));
}
