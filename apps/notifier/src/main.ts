import 'reflect-metadata';
import { runService } from '@dw/platform';
import { NotifierModule } from './notifier.module';

void runService('notifier', [NotifierModule]);
