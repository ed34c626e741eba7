import { DOUBLING_ENDINGS, INFLECTIONS } from '../nlp/annotate';
import { IRREGULAR_LEMMAS } from '../nlp/irregular-forms';
import type { CompiledPattern } from './pattern';
import { RequiredElements } from './required-elements';

/**
 * The written forms that can carry a lemma: the lemma itself, the inflections the annotator undoes in headline
 * words (INFLECTIONS), and what the tagger's own lemmatiser undoes beyond them: comparatives and "-ves"
 * plurals. Irregular forms come from IRREGULAR_LEMMAS.
 */
function regularForms(lemma: string): string[] {
  const last = lemma.charAt(lemma.length - 1);
  const forms = [lemma];
  for (const [ending, replacement] of INFLECTIONS)
    if (lemma.endsWith(replacement)) forms.push(lemma.slice(0, lemma.length - replacement.length) + ending);
  for (const ending of [...DOUBLING_ENDINGS, 'er', 'est']) forms.push(`${lemma}${last}${ending}`);
  forms.push(`${lemma}er`, `${lemma}est`);
  if (last === 'y') forms.push(`${lemma.slice(0, -1)}ier`, `${lemma.slice(0, -1)}iest`);
  if (last === 'f') forms.push(`${lemma.slice(0, -1)}ves`);
  if (lemma.endsWith('fe')) forms.push(`${lemma.slice(0, -2)}ves`);
  return forms;
}

const WORD = /[A-Za-z]+/g;
/** The only characters outside ASCII whose lower case holds an ASCII letter (İ → i̇, the Kelvin sign → k). */
const LOWERS_TO_ASCII = /[\u0130\u212A]/;

/**
 * Whether a sentence could hold a match of some pattern, read from its words before the tagger runs: every
 * pattern needs some word for each of its required elements, and most sentences of an article have none
 * for any pattern (the tagger was a third of the classifier's time, spent mostly on them). It errs one
 * way only: a sentence it lets through may still match nothing; one it stops has no word any pattern
 * needs in any form the tagger could lemmatise to (surface-filter.spec.ts checks that against the tagger).
 */
export class SurfaceFilter {
  private readonly required: RequiredElements;
  /**
   * Per set of context needs a sentence meets (needsMask bits), the patterns whose needs it meets, and whether
   * one of them needs no word at all (only entity classes): then every sentence may match.
   */
  private readonly byMet = new Map<number, { eligible: Uint8Array; always: boolean }>();

  /**
   * `needs`: each pattern's context needs as needsMask bits (none when left out). One filter for every set of
   * needs: a copy per set kept several tables of every written form, and looking words up in them, out of the
   * processor's caches after each sentence the tagger read, was most of the filter's time.
   */
  constructor(
    patterns: readonly CompiledPattern[],
    private readonly needs: readonly number[] = [],
  ) {
    const formsOf = new Map<string, Set<string>>();
    for (const [form, lemmas] of IRREGULAR_LEMMAS)
      for (const lemma of lemmas) formsOf.set(lemma, (formsOf.get(lemma) ?? new Set()).add(form));
    // An element met by an entity class cannot be seen in the written words: it is not asked for.
    this.required = new RequiredElements(patterns, (element) =>
      element.optional || element.classes.length > 0
        ? null
        : [...element.lemmas].flatMap((lemma) => [...regularForms(lemma), ...(formsOf.get(lemma) ?? [])]),
    );
  }

  private eligibleFor(met: number): { eligible: Uint8Array; always: boolean } {
    let entry = this.byMet.get(met);
    if (!entry) {
      const eligible = new Uint8Array(this.required.patterns.length);
      eligible.forEach((_, index) => (eligible[index] = ((this.needs[index] ?? 0) & ~met) === 0 ? 1 : 0));
      entry = { eligible, always: this.required.anyAlwaysPossible(eligible) };
      this.byMet.set(met, entry);
    }
    return entry;
  }

  /** `met`: the context needs the sentence meets (every one, when left out): patterns needing more are not asked. */
  mayMatch(text: string, met = -1): boolean {
    const { eligible, always } = this.eligibleFor(met);
    if (always) return true;
    this.required.reset();
    // Lower-cased at once, the text keeps its runs of ASCII letters, unless it holds one of LOWERS_TO_ASCII.
    const lowered = LOWERS_TO_ASCII.test(text) ? null : text.toLowerCase();
    const source = lowered ?? text;
    WORD.lastIndex = 0;
    for (let word = WORD.exec(source); word; word = WORD.exec(source))
      if (this.required.add(lowered === null ? word[0].toLowerCase() : word[0], eligible)) return true;
    return false;
  }
}
