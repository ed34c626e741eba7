import 'reflect-metadata';
import { runService } from '@dw/platform';
import { ClassifierModule } from './classifier.module';

void runService('classifier', [ClassifierModule]);
