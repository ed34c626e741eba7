export * from './retry';
export * from './dsn';
