export * from './cadence';
