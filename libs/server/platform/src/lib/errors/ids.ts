/** A uuid as PostgreSQL reads it (hex digits in 8-4-4-4-12): anything else never reaches a query. */
const HEX_UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UUID = new RegExp(`^${HEX_UUID}$`, 'i');

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** A uuid or one of the given words (e.g. `me`), for a DTO's `@Matches`. */
export const uuidOr = (...words: string[]): RegExp => new RegExp(`^(${[...words, HEX_UUID].join('|')})$`, 'i');
