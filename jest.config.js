const fs = require('node:fs');
const swcConfig = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcConfig.$schema;

const moduleNameMapper = {
  '^@dw/(domain|feeds|contracts|platform)$': '<rootDir>/libs/$1/src',
  '^@dw/(domain|feeds|contracts|platform)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcConfig, swcrc: false }] },
  moduleNameMapper,
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

module.exports = {
  testTimeout: 30000,
  // BullMQ and pooled sockets can outlive a suite by a moment; CI must not hang on them.
  forceExit: true,
  // Integration suites mostly wait on Redis, PostgreSQL and sockets: run more of them than there are cores.
  maxWorkers: 3,
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: [
        '<rootDir>/tests/**/*.test.ts',
        '<rootDir>/apps/**/*.test.ts',
        '<rootDir>/libs/**/*.test.ts',
      ],
      slowTestThreshold: 20,
    },
  ],
};
