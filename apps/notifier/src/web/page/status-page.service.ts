import { Injectable } from '@nestjs/common';
import { type AppConfig, InjectConfig } from '@dw/platform';
import { TrackViewService } from '../track-view/track-view.service';
import type { PageNotice } from './page-model';
import { renderStatusPage } from './render-status-page';

export const SUBSCRIBE_FORM_PATH = '/subscribe';
export const SUBSCRIBE_API_PATH = '/api/subscriptions';

@Injectable()
export class StatusPageService {
  constructor(
    private readonly views: TrackViewService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async render(extra: { notice?: PageNotice | null; email?: string } = {}): Promise<string> {
    return renderStatusPage({
      tracks: await this.views.details(),
      now: this.views.now(),
      subscribeAction: SUBSCRIBE_FORM_PATH,
      subscribeApi: SUBSCRIBE_API_PATH,
      calendarSubscribeUrl: `${this.config.publicUrl.replace(/^https?:/, 'webcal:')}/calendar.ics`,
      ...extra,
    });
  }
}
