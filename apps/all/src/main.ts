import 'reflect-metadata';
import { runService } from '@dw/platform';
import { ALL_SERVICES } from './all-services';

void runService('all-in-one', ALL_SERVICES);
