import { analyseSentences, attribute } from '../context';
import { parsePublished } from '../calendar';
import { buildPartyIndex } from '../parties';
import { splitSentences } from '../text/sentences';
import { annotateContext, type CompiledRule, type RuleMatch, runRule } from './engine';
import { PatternIndex } from './pattern-index';
import { COMPILED_RULES } from './scan';

const index = buildPartyIndex();

/**
 * Runs one rule on one sentence read as the lead of a Korea–US story published on `published`: how the
 * rule tables' examples and counterexamples are checked.
 */
export function probeRule(
  rule: CompiledRule,
  sentence: string,
  published = '2025-07-20',
  mainTrack = 'kr-us',
): RuleMatch | null {
  const asTitle = rule.rule.needs?.includes('title') ?? false;
  const sentences = asTitle ? splitSentences('', sentence) : splitSentences(sentence, '');
  const contexts = analyseSentences(sentences, parsePublished(published), index);
  attribute(contexts, mainTrack);
  const vocabulary = new Set<string>();
  for (const compiled of COMPILED_RULES)
    for (const pattern of compiled.patterns)
      for (const element of pattern.elements) for (const lemma of element.lemmas) vocabulary.add(lemma);
  const patterns = new PatternIndex(rule.patterns);
  for (const context of contexts) {
    const sentence = annotateContext(context, mainTrack, vocabulary);
    const match = runRule(rule, sentence, patterns.possible(sentence.words));
    if (match) return match;
  }
  return null;
}
