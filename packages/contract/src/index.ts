export * from './account.contract.js';
export * from './auth.contract.js';
export * from './projects.contract.js';
export * from './errors.contract.js';
export * from './tokens.contract.js';
export * from './manage.contract.js';
