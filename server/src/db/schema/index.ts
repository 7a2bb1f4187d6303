export * from './zones.js';
export * from './enterprises.js';
export * from './users.js';
export * from './audit.js';
export * from './indicators.js';
export * from './appeals.js';
export * from './projects.js';
