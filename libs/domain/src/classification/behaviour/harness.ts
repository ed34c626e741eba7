import type { Classification } from '../../model/classification';
import type { SignalType } from '../../model/signals';
import { classifyArticle } from '../classify';

/** One behaviour the classifier must show on text we wrote: the one harness every table goes through. */
export interface BehaviourCase {
  name: string;
  title: string;
  text: string;
  published: string;
  relevant?: boolean;
  tracks?: string[];
  has?: SignalType[];
  lacks?: SignalType[];
  /** The exact signal set. */
  exact?: SignalType[];
  deadline?: string | null;
  rates?: number[];
}

type Row = readonly unknown[];
type Shape =
  | 'has-lacks'
  | 'headline-has-lacks'
  | 'published-lacks'
  | 'irrelevant'
  | 'lacks'
  | 'has'
  | 'exact'
  | 'exact-deadline'
  | 'no-deal';

/** A headline's body: enough to make the story a Korea–US negotiation and no more. */
const HEADLINE_BODY = 'Seoul and Washington are negotiating over US tariffs on Korean goods.';

/** Sentence tables: each row is one sentence and what it must (not) yield, in the given shape. */
export function fromSentences(
  group: string,
  title: string | null,
  published: string | null,
  shape: Shape,
  rows: readonly (Row | string)[],
): BehaviourCase[] {
  return rows.map((raw) => {
    const row: Row = typeof raw === 'string' ? [raw] : raw;
    const base = { title: title ?? '', published: published ?? '2025-07-20' };
    switch (shape) {
      case 'has-lacks':
        return {
          ...base,
          name: `${group}: ${String(row[0])}`,
          text: row[0] as string,
          has: row[1] as SignalType[],
          lacks: row[2] as SignalType[],
        };
      case 'headline-has-lacks':
        return {
          ...base,
          name: `${group}: ${String(row[0])}`,
          title: row[0] as string,
          text: HEADLINE_BODY,
          has: row[1] as SignalType[],
          lacks: row[2] as SignalType[],
        };
      case 'published-lacks':
        return {
          ...base,
          name: `${group}: ${String(row[0])}`,
          text: row[0] as string,
          published: row[1] as string,
          lacks: row[2] as SignalType[],
        };
      case 'irrelevant':
        return {
          ...base,
          name: `${group}: ${String(row[0])}`,
          text: row[0] as string,
          relevant: false,
          exact: [],
        };
      case 'lacks':
        return {
          ...base,
          name: `${group}: ${String(row[0])}`,
          text: row[0] as string,
          lacks: row[1] as SignalType[],
        };
      case 'has':
        return {
          ...base,
          name: `${group}: ${String(row[0])}`,
          text: row[0] as string,
          has: row[1] as SignalType[],
        };
      case 'exact':
        return {
          ...base,
          name: `${group}: ${String(row[1])}`,
          published: row[0] as string,
          text: row[1] as string,
          exact: row[2] as SignalType[],
          deadline: row[3] as string | null,
          rates: row[4] as number[],
        };
      case 'exact-deadline':
        return {
          ...base,
          name: `${group}: ${String(row[1])}`,
          published: row[0] as string,
          text: row[1] as string,
          exact: row[2] as SignalType[],
          deadline: row[3] as string | null,
        };
      case 'no-deal':
        return {
          ...base,
          name: `${group}: ${String(row[0])}`,
          text: row[0] as string,
          lacks: ['deal_reached'],
        };
    }
  });
}

interface Story {
  title: string;
  text: string;
  published: string;
  relevant?: boolean;
  has?: string[];
  lacks?: string[];
  signals?: string[];
  deadline?: string | null;
  rates?: number[];
}

/** Whole stories: `has`/`lacks` lists, or the exact signals, deadline and rates of a Korea–US story. */
export function fromStories(
  group: string,
  shape: 'has-lacks' | 'exact',
  stories: readonly Story[],
): BehaviourCase[] {
  // An untitled story is named by its opening words, so that every case keeps a name of its own.
  const nameOf = (story: Story) => `${group}: ${story.title || story.text.slice(0, 60)}`;
  return stories.map((story) =>
    shape === 'has-lacks'
      ? {
          name: nameOf(story),
          title: story.title,
          text: story.text,
          published: story.published,
          relevant: story.relevant,
          has: story.has as SignalType[],
          lacks: story.lacks as SignalType[],
          deadline: story.deadline,
        }
      : {
          name: nameOf(story),
          title: story.title,
          text: story.text,
          published: story.published,
          relevant: true,
          tracks: ['kr-us'],
          exact: story.signals as SignalType[],
          deadline: story.deadline,
          rates: story.rates,
        },
  );
}

/** Every way the classification departs from the case; empty when it behaves. */
export function departures(item: BehaviourCase, result: Classification = runCase(item)): string[] {
  const found = result.signals.map((signal) => signal.type);
  const problems: string[] = [];
  if (item.relevant !== undefined && result.relevant !== item.relevant)
    problems.push(`relevant ${result.relevant}`);
  if (item.tracks && JSON.stringify(result.tracks) !== JSON.stringify(item.tracks))
    problems.push(`tracks ${result.tracks.join(',')}`);
  for (const type of item.has ?? []) if (!found.includes(type)) problems.push(`missing ${type}`);
  for (const type of item.lacks ?? []) if (found.includes(type)) problems.push(`unwanted ${type}`);
  if (item.exact && JSON.stringify([...found].sort()) !== JSON.stringify([...item.exact].sort()))
    problems.push(`signals ${[...found].sort().join(',')} (want ${[...item.exact].sort().join(',')})`);
  if (item.deadline !== undefined && result.deadline !== item.deadline)
    problems.push(`deadline ${result.deadline}`);
  if (item.rates && JSON.stringify(result.tariff_rates) !== JSON.stringify(item.rates))
    problems.push(`rates ${result.tariff_rates.join(',')}`);
  return problems;
}

export function runCase(item: BehaviourCase): Classification {
  return classifyArticle({
    id: 'case',
    title: item.title,
    text: item.text,
    published: item.published,
    url: null,
    source: null,
  });
}
