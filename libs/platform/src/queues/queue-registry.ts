import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUE_NAMES, type QueueName } from '@dw/contracts';

/** Every queue in one place, for health checks, metrics and tests. */
@Injectable()
export class QueueRegistry {
  readonly all: Queue[];

  constructor(
    @InjectQueue(QUEUE_NAMES.poll) poll: Queue,
    @InjectQueue(QUEUE_NAMES.classify) classify: Queue,
    @InjectQueue(QUEUE_NAMES.notify) notify: Queue,
    @InjectQueue(QUEUE_NAMES.email) email: Queue,
    @InjectQueue(QUEUE_NAMES.webhook) webhook: Queue,
    @InjectQueue(QUEUE_NAMES.schedule) schedule: Queue,
  ) {
    this.all = [poll, classify, notify, email, webhook, schedule];
  }

  /**
   * Removes every job and key of every queue (a throwaway run's or a test's). Call it before the app closes: a
   * closed queue cannot remove its keys.
   */
  async obliterateAll(): Promise<void> {
    for (const queue of this.all) await queue.obliterate({ force: true }).catch(() => undefined);
  }

  get(name: QueueName): Queue {
    const queue = this.all.find((q) => q.name === name);
    if (!queue) throw new Error(`unknown queue ${name}`);
    return queue;
  }
}
