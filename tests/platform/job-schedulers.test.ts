import { QUEUE_NAMES } from '@dw/contracts';
import { QueueRegistry } from '@dw/platform';
import { NotifierModule } from '../../apps/notifier/src/notifier.module';
import { startTestApp } from '../support/app';

async function schedulersOf(registry: QueueRegistry): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const queue of registry.all) {
    const list = await queue.getJobSchedulers();
    if (list.length > 0) found[queue.name] = list.map((s) => `${s.name} every ${s.every}`).sort();
  }
  return found;
}

describe('one registrar for the repeatable jobs', () => {
  it('registers each repeatable job of the contracts once, on its queue, when SCHEDULERS is on', async () => {
    const t = await startTestApp({ env: { SCHEDULERS: 'true' } });
    try {
      expect(await schedulersOf(t.app.get(QueueRegistry))).toEqual({
        [QUEUE_NAMES.poll]: ['poll-tick every 15000'],
        [QUEUE_NAMES.notify]: ['compose-sweep every 30000', 'delivery-sweep every 120000'],
        [QUEUE_NAMES.schedule]: ['countdown-check every 60000', 'digest-tick every 60000'],
      });
    } finally {
      await t.close();
    }
  });

  it('registers only the repeatable jobs of the queues a process consumes', async () => {
    const t = await startTestApp({ env: { SCHEDULERS: 'true' }, features: [NotifierModule] });
    try {
      const found = await schedulersOf(t.app.get(QueueRegistry));
      expect(Object.keys(found).sort()).toEqual([QUEUE_NAMES.notify, QUEUE_NAMES.schedule].sort());
    } finally {
      await t.close();
    }
  });

  it('registers none when SCHEDULERS is off', async () => {
    const t = await startTestApp();
    try {
      expect(await schedulersOf(t.app.get(QueueRegistry))).toEqual({});
    } finally {
      await t.close();
    }
  });
});
