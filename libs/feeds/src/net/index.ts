export * from './classify-address';
export * from './guard';
