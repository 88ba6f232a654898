// The protocol's numbers, without its schemas, for code that must not load zod (the device's sync).
export const PROTOCOL_VERSION = 1;
export const MAX_PUSH_MUTATIONS = 500;
export const MAX_PULL_LIMIT = 5000;
export const DEFAULT_PULL_LIMIT = 1000;
