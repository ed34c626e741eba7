import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HealthService } from '../health/health.service';
import { MetricsService } from '../metrics/metrics.service';
import { QueueRegistry } from '../queues/queue-registry';

@ApiTags('operations')
@Controller()
export class OpsController {
  constructor(
    private readonly health: HealthService,
    private readonly metrics: MetricsService,
    private readonly queues: QueueRegistry,
  ) {}

  @Get('health')
  @ApiOperation({ summary: 'Readiness of Redis, the database and the queues' })
  @ApiResponse({ status: 200, description: 'everything answers' })
  @ApiResponse({
    status: 503,
    description:
      'status "unavailable": Redis or the database does not answer; status "degraded": a queue has pending work and has finished none of it for QUEUE_STALL_AFTER_SECONDS (checks.queues.stalled names it)',
  })
  async getHealth(@Res() res: Response): Promise<void> {
    const report = await this.health.report();
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  }

  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Prometheus metrics' })
  @ApiProduces('text/plain')
  async getMetrics(@Res() res: Response): Promise<void> {
    await this.sampleQueues();
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }

  private async sampleQueues(): Promise<void> {
    for (const queue of this.queues.all) {
      try {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
        for (const [state, value] of Object.entries(counts)) {
          this.metrics.queueDepth.set({ queue: queue.name, state }, value);
        }
      } catch {
        // Redis is down: /health says so; metrics keep their last sample.
      }
    }
  }
}
