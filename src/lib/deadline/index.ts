/** Russian roadmap deadlines → structured dates. See README.md for the grammar and the contract. */
export { parseDeadline, createDeadlineParser, internalFailure } from './parse';
export { normalizeDeadline } from './normalize';
export { DEADLINE_KINDS } from './types';
export type { Deadline, DeadlineContext, DeadlineEvery, DeadlineKind } from './types';
