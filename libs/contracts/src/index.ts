export * from './jobs';
export * from './enqueue';
