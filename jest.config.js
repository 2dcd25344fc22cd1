/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The engines' tests need Go runners built first: `npm run test:engines` (CI runs it after `npm test`).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/engines/'],
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  // Coverage is collected by `npm test` (jest --coverage) and must hold these floors.
  // The demo is the `npm start` job, run as a program by test/demo.test.ts.
  // The fast path's decoder and encoder run only inside the built script (they are compiled there from
  // text, per message), where test/network-server-fast.test.ts checks them against the library.
  collectCoverageFrom: ['src/**/*.ts', '!src/demo.ts', '!src/network-server/fast/decode.ts', '!src/network-server/fast/encode.ts'],
  coverageReporters: ['text-summary'],
  coverageThreshold: { global: { lines: 95, branches: 95 } },
};
