import { isFieldErrorCode, type FieldErrorCode } from '@loket/shared/contracts';

/**
 * The text key for an API field error code: `fieldErrors.too_long`. The apps say each code in
 * their own words (this library's `fieldErrors` texts, which an app may reword); a code this
 * version does not know yet reads as `fieldErrors.other`. Never read the API's message.
 */
export function fieldErrorKey(code: string | undefined): `fieldErrors.${FieldErrorCode | 'other'}` {
  return `fieldErrors.${isFieldErrorCode(code) ? code : 'other'}`;
}
