import type { CompiledPattern } from './pattern';

/**
 * Which patterns could match a tagged sentence: those whose every required element has one of its lemmas or
 * entity classes among the sentence's words. One pass over the sentence's words answers for every pattern
 * of every rule, where asking each pattern in turn was a tenth of the rule engine's time.
 */
export class PatternIndex {
  private readonly elementsByWord = new Map<string, number[]>();
  /** The pattern each required element belongs to, and how many such elements each pattern has. */
  private readonly patternOf: number[] = [];
  private readonly needed: number[] = [];
  private readonly met: Uint8Array;
  private readonly counts: Uint16Array;

  constructor(private readonly patterns: readonly CompiledPattern[]) {
    patterns.forEach((pattern, index) => {
      this.needed.push(0);
      for (const element of pattern.elements) {
        if (element.optional) continue;
        const id = this.patternOf.push(index) - 1;
        this.needed[index] += 1;
        for (const word of [...element.lemmas, ...element.classes]) {
          const ids = this.elementsByWord.get(word) ?? [];
          if (!ids.includes(id)) ids.push(id);
          this.elementsByWord.set(word, ids);
        }
      }
    });
    this.met = new Uint8Array(this.patternOf.length);
    this.counts = new Uint16Array(patterns.length);
  }

  possible(words: ReadonlySet<string>): Set<CompiledPattern> {
    this.met.fill(0);
    this.counts.fill(0);
    for (const word of words) {
      const ids = this.elementsByWord.get(word);
      if (!ids) continue;
      for (const id of ids) {
        if (this.met[id] === 1) continue;
        this.met[id] = 1;
        this.counts[this.patternOf[id]] += 1;
      }
    }
    const possible = new Set<CompiledPattern>();
    for (let index = 0; index < this.patterns.length; index += 1)
      if (this.counts[index] === this.needed[index]) possible.add(this.patterns[index]);
    return possible;
  }
}
