import { DEFAULT_MAX_DISTANCE, hammingDistance } from './simhash';

export interface StoryCandidate {
  articleId: string;
  storyId: string;
  fingerprint: string;
}

/**
 * Links near-duplicate articles to one story: the first article of a story gives the story its id,
 * later copies take it. Keeps the most recent `capacity` fingerprints in memory; a service that
 * needs more history seeds it from storage with `remember`.
 */
export class StoryIndex {
  private readonly entries: StoryCandidate[] = [];

  constructor(
    private readonly capacity = 20_000,
    private readonly maxDistance = DEFAULT_MAX_DISTANCE,
  ) {}

  /** The story an article belongs to, remembering it for the next ones. */
  assign(articleId: string, fingerprint: string): string {
    const same = this.entries.find((entry) => entry.articleId === articleId);
    if (same) return same.storyId;
    const match = this.findNearDuplicate(fingerprint);
    const storyId = match?.storyId ?? articleId;
    this.remember({ articleId, storyId, fingerprint });
    return storyId;
  }

  findNearDuplicate(fingerprint: string): StoryCandidate | null {
    let best: StoryCandidate | null = null;
    let bestDistance = Infinity;
    for (const entry of this.entries) {
      const distance = hammingDistance(entry.fingerprint, fingerprint);
      if (distance <= this.maxDistance && distance < bestDistance) {
        best = entry;
        bestDistance = distance;
      }
    }
    return best;
  }

  remember(entry: StoryCandidate): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  get size(): number {
    return this.entries.length;
  }
}
