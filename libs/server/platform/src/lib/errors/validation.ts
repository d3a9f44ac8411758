import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { Length, MaxLength, getMetadataStorage, validateSync, type ValidationOptions } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { isFieldErrorCode, type FieldErrorCode, type TextRule } from '@loket/shared/contracts';
import { FieldError, ValidationFailedError } from './domain-errors';
import type { MessageParams } from './messages';

/**
 * A validation decorator's options naming the error code (and its parameters) to give instead of
 * the one the pipe derives from the rule: `@IsIn(LIMITS, fieldCode('out_of_range', { min: 1, max: 100 }))`.
 */
export function fieldCode(code: FieldErrorCode, params?: MessageParams, options: ValidationOptions = {}): ValidationOptions {
  return { ...options, message: code, ...(params ? { context: { params } } : {}) };
}

/**
 * A text's length by one of the shared FORM_RULES (the SPAs' forms check the same numbers):
 * `@TextLength(FORM_RULES.caseSubject)`. Refused as `too_short` or `too_long`.
 */
export const TextLength = (rule: TextRule, options?: ValidationOptions): PropertyDecorator =>
  rule.min !== undefined ? Length(rule.min, rule.max, options) : MaxLength(rule.max, options);

/** The arguments a rule of a class's property was declared with (e.g. `[3, 200]` for `@Length(3, 200)`). */
function ruleArguments(target: object | undefined, property: string, rule: string): unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && m.name === rule);
  return metadata?.constraints ?? [];
}

const numberOrUndefined = (v: unknown) => (typeof v === 'number' ? v : undefined);

/** The code and parameters of a broken class-validator rule. */
function codeOf(e: ValidationError, rule: string, message: string): { code: FieldErrorCode; params?: MessageParams } {
  const context = (e.contexts?.[rule] as { params?: MessageParams } | undefined)?.params;
  if (isFieldErrorCode(message)) return { code: message, ...(context ? { params: context } : {}) };
  if (rule === 'whitelistValidation') return { code: 'not_allowed' };
  if (e.value === undefined || e.value === null) return { code: 'required' };
  const args = ruleArguments(e.target, e.property, rule);
  const bounds = () => {
    const min = numberOrUndefined(ruleArguments(e.target, e.property, 'min')[0]);
    const max = numberOrUndefined(ruleArguments(e.target, e.property, 'max')[0]);
    return min !== undefined && max !== undefined ? { code: 'out_of_range' as const, params: { min, max } } : undefined;
  };
  switch (rule) {
    case 'isString':
      return { code: 'not_text' };
    case 'isInt':
      return { code: 'not_a_whole_number' };
    case 'isNumber':
      return { code: 'not_a_number' };
    case 'isBoolean':
      return { code: 'not_true_or_false' };
    case 'isObject':
    case 'nestedValidation':
      return { code: 'not_an_object' };
    case 'isArray':
      return { code: 'not_a_list' };
    case 'isNotEmpty':
    case 'isDefined':
      return { code: 'required' };
    case 'isLength': {
      const [min, max] = args as [number, number | undefined];
      const length = typeof e.value === 'string' ? e.value.length : 0;
      return length < min ? { code: 'too_short', params: { min } } : { code: 'too_long', params: { max: max ?? min } };
    }
    case 'minLength':
      return { code: 'too_short', params: { min: args[0] as number } };
    case 'maxLength':
      return { code: 'too_long', params: { max: args[0] as number } };
    case 'arrayMaxSize':
      return { code: 'too_many', params: { max: args[0] as number } };
    case 'arrayMinSize':
      return { code: 'too_few', params: { min: args[0] as number } };
    case 'arrayNotEmpty':
      return { code: 'too_few', params: { min: 1 } };
    case 'min':
      return bounds() ?? { code: 'too_small', params: { min: args[0] as number } };
    case 'max':
      return bounds() ?? { code: 'too_large', params: { max: args[0] as number } };
    case 'isIn':
      return { code: 'unknown_value', params: { values: ((args[0] as unknown[]) ?? []).join(', ') } };
    case 'isEnum':
      return { code: 'unknown_value', params: { values: Object.values((args[0] as object) ?? {}).join(', ') } };
    case 'isUuid':
      return { code: 'not_an_id' };
    case 'isEmail':
      return { code: 'not_an_email' };
    default:
      return { code: 'invalid_format' };
  }
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = parent ? (/^\d+$/.test(e.property) ? `${parent}[${e.property}]` : `${parent}.${e.property}`) : e.property || 'body';
    // One error per field: the first rule it breaks is the one to fix.
    for (const [rule, message] of Object.entries(e.constraints ?? {}).slice(0, 1)) {
      out.push({ field, ...codeOf(e, rule, message) });
    }
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** U+0000 (PostgreSQL cannot store it) or a UTF-16 surrogate without its partner (no character at all). */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const childField = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent || 'body'}[${key}]` : parent ? `${parent}.${key}` : key;

/**
 * Every string in `value` (nested objects and arrays, keys included) that no text column can hold,
 * named the way the validation pipe names fields: `summary`, `address.street`, `phoneNumbers[0].number`.
 */
export function unstorableText(value: unknown, field = '', out: FieldError[] = [], depth = 0): FieldError[] {
  if (out.length >= 20) return out;
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) out.push({ field: field || 'body', code: 'unstorable_text' });
  } else if (Array.isArray(value)) {
    if (depth > 64) return out; // JSON deeper than this never gets here (see the JSON body parser)
    value.forEach((v, i) => unstorableText(v, childField(field, i), out, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    if (depth > 64) return out;
    for (const [k, v] of Object.entries(value)) {
      if (UNSTORABLE.test(k)) out.push({ field: field || 'body', code: 'unstorable_text' });
      else unstorableText(v, childField(field, k), out, depth + 1);
    }
  }
  return out;
}

/**
 * The one validation pipe: strips nothing silently, refuses unknown fields, names each bad field.
 * Before any rule it refuses text that cannot be stored (NUL, lone surrogates) in a body, query
 * or path parameter, so no such string ever reaches PostgreSQL.
 */
class LoketValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const field = metadata.type === 'body' ? '' : (metadata.data ?? '');
      const bad = unstorableText(value, field);
      if (bad.length > 0) throw new ValidationFailedError(bad);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new LoketValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    // The pipe reads each broken rule's arguments (a length's bounds) from the class the error was found in.
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
  });
}

/**
 * What the validation pipe does to a request body, for a body that did not come as a request (a
 * line of an NDJSON batch): the same rules, the same field names and codes (`achternaam`,
 * `adres.postcode`), unknown fields refused. `value` is the transformed instance when there are no errors.
 */
export function validatePlain<T extends object>(cls: new () => T, plain: unknown, parent = ''): { value: T | undefined; errors: FieldError[] } {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) return { value: undefined, errors: [{ field: parent || 'body', code: 'not_an_object' }] };
  const bad = unstorableText(plain, parent);
  if (bad.length > 0) return { value: undefined, errors: bad };
  const value = plainToInstance(cls, plain, { enableImplicitConversion: false });
  const errors = flatten(validateSync(value, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: true, value: true } }), parent);
  return { value: errors.length ? undefined : value, errors };
}
