import { ClassifierModule } from '../../classifier/src/classifier.module';
import { NotifierModule } from '../../notifier/src/notifier.module';
import { PollerModule } from '../../poller/src/poller.module';

/** The three services, for the all-in-one process, replay and end-to-end tests. */
export const ALL_SERVICES = [PollerModule, ClassifierModule, NotifierModule];
