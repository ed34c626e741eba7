export * from './clock/clock';
export * from './model/signals';
export * from './model/article';
export * from './model/classification';
export * from './model/track';
export * from './model/events';
