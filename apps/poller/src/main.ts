import 'reflect-metadata';
import { runService } from '@dw/platform';
import { PollerModule } from './poller.module';

void runService('poller', [PollerModule]);
