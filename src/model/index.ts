export * from './posting.js';
export * from './organization.js';
export * from './analysis.js';
export * from './case.js';
