import { annotate } from '../nlp/annotate';
import type { CompiledPattern } from './pattern';

/**
 * wink-nlp reads a word in its own spelling ("through" as "thru", "dialogue" as "dialog", "centre" as "center"), and a
 * token's lemma and normal form carry that spelling. So that a pattern word written as English spells it still
 * matches, each pattern word also takes the reader's spelling, found in one pass over all the words of `patterns`.
 * Returns the function that respells one pattern.
 */
export function readerRespelling(
  patterns: readonly CompiledPattern[],
): (pattern: CompiledPattern) => CompiledPattern {
  const words = [...new Set(patterns.flatMap((pattern) => pattern.elements.flatMap((e) => [...e.lemmas])))];
  const text = words.join('\n');
  const startOf = new Map<number, string>();
  let from = 0;
  for (const word of words) {
    const at = text.indexOf(word, from);
    startOf.set(at, word);
    from = at + word.length;
  }
  const spelling = new Map<string, string>();
  for (const token of annotate(text, new Set())) {
    const word = startOf.get(token.start);
    if (word && token.end === token.start + word.length && token.normal !== word)
      spelling.set(word, token.normal);
  }
  return (pattern) => ({
    ...pattern,
    elements: pattern.elements.map((element) => {
      const respelled = [...element.lemmas].flatMap((lemma) => spelling.get(lemma) ?? []);
      return respelled.length === 0
        ? element
        : { ...element, lemmas: new Set([...element.lemmas, ...respelled]) };
    }),
  });
}
