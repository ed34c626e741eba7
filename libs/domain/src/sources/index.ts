export * from './silence';
export * from './events';
