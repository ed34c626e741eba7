import type { CompiledPattern } from './pattern';
import { RequiredElements } from './required-elements';

/**
 * Which patterns could match a tagged sentence: those whose every required element has one of its lemmas or
 * entity classes among the sentence's words. One pass over the sentence's words answers for every pattern
 * of every rule, where asking each pattern in turn was a tenth of the rule engine's time.
 */
export class PatternIndex {
  private readonly required: RequiredElements;

  constructor(patterns: readonly CompiledPattern[]) {
    this.required = new RequiredElements(patterns, (element) =>
      element.optional ? null : [...element.lemmas, ...element.classes],
    );
  }

  possible(words: ReadonlySet<string>): Set<CompiledPattern> {
    this.required.reset();
    for (const word of words) this.required.add(word);
    return this.required.complete();
  }
}
