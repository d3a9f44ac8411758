import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsOptional, registerDecorator, type ValidationArguments } from 'class-validator';
import { isVeraCode, veraCodes, type VeraSoort } from '@loket/shared/contracts';

export interface VeraCodeOptions {
  /** The field may be left out (or null). Default: required. */
  optional?: boolean;
  /** The field is a list of codes of this Soort. */
  each?: boolean;
  /** What the field means, for the API document (the Soort and the accepted forms are added). */
  description?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The code a client sent: the code itself (`"WOO"`), or VERA's object form (`{"code": "WOO",
 * "naam": "Woonruimte"}`, as VERA's APIs write a referentiedata value; `naam` and VERA's other
 * fields are not checked, and a `soort` other than this field's leaves the value unknown).
 * Anything else is left as it is, for the validation to refuse.
 */
export function veraCodeOf(soort: VeraSoort, value: unknown): unknown {
  if (!isObject(value) || typeof value['code'] !== 'string') return value;
  if (value['soort'] !== undefined && value['soort'] !== null && value['soort'] !== soort) return value;
  return value['code'];
}

/**
 * A field coded by a VERA list (referentiedata), checked against the generated code lists of
 * `@loket/shared/contracts` (ended codes are accepted: older records carry them):
 *
 * ```ts
 * import { IsVeraCode } from '@loket/server/platform';
 * import type { VeraCode } from '@loket/shared/contracts';
 *
 * class UnitUpsertDto {
 *   @IsVeraCode('EENHEIDSOORT', { description: 'What the unit is' }) soort!: VeraCode<'EENHEIDSOORT'>;
 *   @IsVeraCode('EENHEIDDETAILSOORT', { optional: true }) detailSoort?: VeraCode<'EENHEIDDETAILSOORT'> | null;
 *   @IsVeraCode('RELATIEROLSOORT', { each: true }) rollen!: VeraCode<'RELATIEROLSOORT'>[];
 * }
 * ```
 *
 * A client may send `"WOO"` or `{"code": "WOO", "naam": "Woonruimte"}`; after the validation pipe
 * the property holds the code string. An unknown code (or a missing one) → 400 problem+json naming
 * the field (`soort`, `rollen[1]`) with code `unknown_vera_code` (`required` when absent), whose
 * message lists the valid codes of the list (the ones without an einddatum).
 */
export function IsVeraCode(soort: VeraSoort, options: VeraCodeOptions = {}): PropertyDecorator {
  const codes = veraCodes(soort);
  const valid = veraCodes(soort, { current: true });
  const one = (value: unknown) => veraCodeOf(soort, value);
  const forms = [
    { type: 'string', enum: codes },
    {
      type: 'object',
      required: ['code'],
      properties: { code: { type: 'string', enum: codes }, naam: { type: 'string', description: 'Not checked' } },
    },
  ];
  const description = `${options.description ? `${options.description}. ` : ''}VERA ${soort}: the code, or VERA's object {code, naam}.`;
  const api = { oneOf: forms, description, nullable: options.optional || undefined };
  const decorators: PropertyDecorator[] = [
    Transform(({ value }: { value: unknown }) => (options.each && Array.isArray(value) ? value.map(one) : one(value))),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isVeraCode',
        target: target.constructor,
        propertyName: propertyName as string,
        options: { each: options.each, context: { params: { soort, values: valid.join(', ') } } },
        validator: {
          validate: (value: unknown) => isVeraCode(soort, value),
          // The validation pipe reads a known code as the error's code.
          defaultMessage: (args?: ValidationArguments) => (args?.value === undefined || args?.value === null ? 'required' : 'unknown_vera_code'),
        },
      }),
  ];
  if (options.each) decorators.splice(1, 0, IsArray());
  if (options.optional) decorators.unshift(IsOptional());
  decorators.push(
    options.each
      ? (options.optional ? ApiPropertyOptional : ApiProperty)({ type: 'array', items: { oneOf: forms }, description, nullable: api.nullable })
      : (options.optional ? ApiPropertyOptional : ApiProperty)(api),
  );
  return applyDecorators(...decorators);
}
