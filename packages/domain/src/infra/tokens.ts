/** Injection tokens for infrastructure handles. */
export const REDIS = Symbol('REDIS');
