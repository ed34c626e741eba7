export * from './schema';
export * from './matcher';
export * from './default-tracks';
