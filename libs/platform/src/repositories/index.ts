export * from './tracks.repository';
export * from './feeds.repository';
export * from './articles.repository';
export * from './events.repository';
export * from './subscribers.repository';
export * from './deliveries.repository';
export * from './webhooks.repository';
export * from './webhook-deliveries.repository';
