import type { Classification, DomainEvent } from '@dw/domain';

export type ReplayEntry =
  | {
      at: string;
      kind: 'article';
      track: string | null;
      articleId: string;
      archiveId: string | null;
      publishedAt: string | null;
      title: string;
      source: string;
      relevant: boolean;
      signals: Classification['signals'];
      deadline: string | null;
      tariffRates: number[];
    }
  | { at: string; kind: 'status' | 'deadline' | 'countdown'; event: DomainEvent }
  | {
      at: string;
      kind: 'alert';
      eventId: string;
      eventType: string;
      track: string;
      email: number;
      webhook: number;
    }
  | { at: string; kind: 'digest'; subscriber: string; slot: string; eventId: string };

const minute = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')}Z`;

/** One human line per entry, in the order they happened on the simulated clock. */
export function formatEntry(entry: ReplayEntry): string {
  const at = minute(entry.at);
  switch (entry.kind) {
    case 'article': {
      const signals =
        entry.signals.map((s) => `${s.type} (${s.confidence.toFixed(2)})`).join(', ') || 'no signal';
      const facts = [
        entry.deadline ? `deadline ${entry.deadline}` : '',
        entry.tariffRates.length ? `rates ${entry.tariffRates.join('%, ')}%` : '',
      ]
        .filter(Boolean)
        .join('; ');
      const head = entry.relevant ? `[${entry.track}] ${signals}` : 'not relevant';
      return `${at}  article   ${entry.source}: ${entry.title}\n${' '.repeat(19)}${head}${facts ? ` — ${facts}` : ''}`;
    }
    case 'status':
    case 'deadline': {
      const e = entry.event;
      if (e.type !== 'status.changed' && e.type !== 'deadline.changed') return '';
      const what =
        e.type === 'status.changed'
          ? `status ${e.data.from} → ${e.data.to}`
          : `deadline ${e.data.from ?? 'none'} → ${e.data.to}`;
      const evidence = e.data.evidence
        .slice(0, 3)
        .map((ev) => `${' '.repeat(19)}“${ev.sentence.slice(0, 200)}” (${ev.source})`)
        .join('\n');
      return `${at}  ${entry.kind === 'status' ? 'STATUS  ' : 'DEADLINE'}  [${e.trackId}] ${what}${evidence ? `\n${evidence}` : ''}`;
    }
    case 'countdown': {
      const e = entry.event;
      if (e.type !== 'deadline.countdown') return '';
      return `${at}  countdown [${e.trackId}] ${e.data.milestone} before ${e.data.deadline} (status ${e.data.status})`;
    }
    case 'alert':
      return `${at}  alert     ${entry.eventType} [${entry.track}] → ${entry.email} email, ${entry.webhook} webhook`;
    case 'digest':
      return `${at}  digest    to ${entry.subscriber} (slot ${minute(entry.slot)})`;
  }
}
