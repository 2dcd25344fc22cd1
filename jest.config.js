/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  // Coverage is collected by `npm test` (jest --coverage) and must hold these floors.
  // The demo is the `npm start` job, run as a program by test/demo.test.ts.
  collectCoverageFrom: ['src/**/*.ts', '!src/demo.ts'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { global: { lines: 95, branches: 95 } },
};
