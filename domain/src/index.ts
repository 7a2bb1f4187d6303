export * from './platform/roles.js';
export * from './platform/password-policy.js';
export * from './platform/messages.js';
export * from './platform/contract.js';
export * from './enterprises/contract.js';
export * from './enterprises/credit-code.js';
