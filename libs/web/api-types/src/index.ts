export type { components, operations, paths } from './lib/generated/loket';
export type * from './lib/types';
