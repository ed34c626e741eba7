export * from './retry';
export * from './outcome';
export * from './signing';
export * from './payload';
