import type { CompiledPattern, PatternElement } from './pattern';

/**
 * Counts, for the words of one sentence, which patterns have every required element met by some word: the
 * core of PatternIndex (lemmas and entity classes, after tagging) and SurfaceFilter (written forms, before).
 * `keysOf` gives the words that meet an element, or null when the element is not required.
 */
export class RequiredElements {
  private readonly elementsByKey = new Map<string, number[]>();
  /** The pattern each required element belongs to, and how many such elements each pattern has. */
  private readonly patternOf: number[] = [];
  private readonly needed: number[] = [];
  private readonly met: Uint8Array;
  private readonly counts: Uint16Array;

  constructor(
    readonly patterns: readonly CompiledPattern[],
    keysOf: (element: PatternElement) => Iterable<string> | null,
  ) {
    patterns.forEach((pattern, index) => {
      this.needed.push(0);
      for (const element of pattern.elements) {
        const keys = keysOf(element);
        if (keys === null) continue;
        const id = this.patternOf.push(index) - 1;
        this.needed[index] += 1;
        for (const key of keys) {
          const ids = this.elementsByKey.get(key) ?? [];
          if (!ids.includes(id)) ids.push(id);
          this.elementsByKey.set(key, ids);
        }
      }
    });
    this.met = new Uint8Array(this.patternOf.length);
    this.counts = new Uint16Array(patterns.length);
  }

  /** Some pattern (of those `eligible` marks, when given) has no required element: it is possible in every sentence. */
  anyAlwaysPossible(eligible?: Uint8Array): boolean {
    return this.needed.some((count, index) => count === 0 && (!eligible || eligible[index] === 1));
  }

  /** Starts counting a new sentence. */
  reset(): void {
    this.met.fill(0);
    this.counts.fill(0);
  }

  /**
   * Counts a word of the sentence; true when it meets the last required element of some pattern (of those
   * `eligible` marks, when given).
   */
  add(key: string, eligible?: Uint8Array): boolean {
    const ids = this.elementsByKey.get(key);
    if (!ids) return false;
    let completes = false;
    for (const id of ids) {
      if (this.met[id] === 1) continue;
      this.met[id] = 1;
      const pattern = this.patternOf[id];
      this.counts[pattern] += 1;
      if (this.counts[pattern] === this.needed[pattern] && (!eligible || eligible[pattern] === 1))
        completes = true;
    }
    return completes;
  }

  /** The patterns whose every required element some counted word meets. */
  complete(): Set<CompiledPattern> {
    const possible = new Set<CompiledPattern>();
    for (let index = 0; index < this.patterns.length; index += 1)
      if (this.counts[index] === this.needed[index]) possible.add(this.patterns[index]);
    return possible;
  }
}
