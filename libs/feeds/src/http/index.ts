export * from './agents';
export * from './fetcher';
export * from './limiter';
export * from './retry-after';
