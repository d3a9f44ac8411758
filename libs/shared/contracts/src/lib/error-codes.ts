/**
 * The stable machine codes of a problem's `errors[].code`. The API writes the message (Dutch, or
 * English with `Accept-Language: en`) from its one catalog; a client maps the code to its own
 * text and never reads the message. Add a code here and the server's catalog fails to compile
 * until it has both texts.
 */
export const FIELD_ERROR_CODES = [
  'required',
  'not_allowed',
  'not_text',
  'not_a_number',
  'not_a_whole_number',
  'not_true_or_false',
  'not_an_object',
  'not_a_list',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'too_small',
  'too_large',
  'out_of_range',
  'unknown_value',
  'invalid_format',
  'not_an_id',
  'not_an_email',
  'not_a_phone_number',
  'not_a_postcode',
  'not_a_date',
  'not_a_real_date',
  'not_a_date_time',
  'not_a_real_date_time',
  'not_a_time',
  'not_a_time_zone',
  'year_out_of_range',
  'in_future',
  'in_past',
  'too_far_back',
  'too_far_ahead',
  'too_far_ahead_years',
  'not_within_years',
  'before_minimum',
  'before_other',
  'not_after_other',
  'ends_before_start',
  'not_overnight',
  'overlaps',
  'duplicate',
  'not_both',
  'period_too_long',
  'not_found_in_organization',
  'office_closed',
  'no_opening_hours',
  'no_match',
  'unstorable_text',
  'too_deep',
  'malformed_json',
  'not_a_cursor',
  // answers (issue 12)
  'open_placeholder',
  // integrations (issue 13)
  'scope_not_granted',
  // VERA codes (issue 13)
  'unknown_vera_code',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export const isFieldErrorCode = (value: unknown): value is FieldErrorCode => typeof value === 'string' && (FIELD_ERROR_CODES as readonly string[]).includes(value);
