export * from './labels';
export * from './schedule';
export * from './compose';
