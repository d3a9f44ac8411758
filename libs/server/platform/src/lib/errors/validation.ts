import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationFailedError } from './domain-errors';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = parent ? (/^\d+$/.test(e.property) ? `${parent}[${e.property}]` : `${parent}.${e.property}`) : e.property || 'body';
    // One message per field: the first rule it breaks is the one to fix.
    for (const message of Object.values(e.constraints ?? {}).slice(0, 1)) {
      out.push({
        field,
        message: message.startsWith('property ') ? 'is not allowed here' : message.replace(new RegExp(`^${e.property} `), ''),
      });
    }
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** U+0000 (PostgreSQL cannot store it) or a UTF-16 surrogate without its partner (no character at all). */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const UNSTORABLE_TEXT_MESSAGE = 'contains a character that is not text (a NUL byte or half a UTF-16 pair)';

const childField = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent || 'body'}[${key}]` : parent ? `${parent}.${key}` : key;

/**
 * Every string in `value` (nested objects and arrays, keys included) that no text column can hold,
 * named the way the validation pipe names fields: `summary`, `address.street`, `phoneNumbers[0].number`.
 */
export function unstorableText(value: unknown, field = '', out: FieldError[] = [], depth = 0): FieldError[] {
  if (out.length >= 20) return out;
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) out.push({ field: field || 'body', message: UNSTORABLE_TEXT_MESSAGE });
  } else if (Array.isArray(value)) {
    if (depth > 64) return out; // JSON deeper than this never gets here (see the JSON body parser)
    value.forEach((v, i) => unstorableText(v, childField(field, i), out, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    if (depth > 64) return out;
    for (const [k, v] of Object.entries(value)) {
      if (UNSTORABLE.test(k)) out.push({ field: field || 'body', message: 'has a field name that is not text' });
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
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
  });
}
