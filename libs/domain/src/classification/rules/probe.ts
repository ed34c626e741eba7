import { analyseSentences, attribute } from '../context';
import { parsePublished } from '../dates';
import { buildPartyIndex } from '../parties';
import { splitSentences } from '../text/sentences';
import { annotateContext, type CompiledRule, type RuleMatch, runRule } from './engine';
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
  for (const context of contexts) {
    const match = runRule(rule, annotateContext(context, mainTrack, vocabulary), mainTrack);
    if (match) return match;
  }
  return null;
}
