import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, ApiSchema, getSchemaPath } from '@nestjs/swagger';

/** One field the request got wrong (`errors[]` of a problem). */
@ApiSchema({ name: 'FieldError' })
export class FieldErrorDto {
  @ApiProperty({ description: 'The field, as a path into the request (`address.postcode`, `phoneNumbers[0].number`), a query or path parameter, or `body`', example: 'address.postcode' })
  field!: string;
  @ApiProperty({ description: 'Stable machine code of what is wrong; clients map it to their own text and never match `message`', example: 'invalid_format' })
  code!: string;
  @ApiProperty({ description: 'What is wrong, for people (Dutch; English with Accept-Language: en)' })
  message!: string;
  @ApiPropertyOptional({ description: 'A value that would be accepted, where there is an obvious one (e.g. the next moment we are open)' })
  suggestion?: string;
}

/** RFC 9457 problem details: the body of every error answer of the API (`application/problem+json`). */
@ApiSchema({ name: 'Problem' })
export class ProblemDto {
  @ApiProperty({ description: 'URI reference naming the kind of problem; its last segment is a stable code', example: 'https://loket.example/problems/validation-failed' })
  type!: string;
  @ApiProperty({ example: 'Invalid request' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiPropertyOptional() detail?: string;
  @ApiPropertyOptional({ description: 'The path of the request', example: '/api/v1/customers' }) instance?: string;
  @ApiProperty({ description: 'Also in the x-correlation-id header: quote it when asking for help' }) correlationId!: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Per field, on 400' }) errors?: FieldErrorDto[];
}

/** The error answers an operation can give, by status; the meaning shown in the document. */
const MEANINGS = {
  400: 'The request is invalid: `errors[]` names each field, with a code',
  401: 'Not logged in, or the session has ended',
  403: 'Logged in, but this account may not do this',
  404: 'Nothing with this id exists for you',
  409: 'Conflicts with the current state (e.g. a newer version, a closed case, a number in use)',
  410: 'The customer was erased (AVG/GDPR): no personal data is written onto them any more',
  412: 'The If-Match version is not the current one',
  415: 'The body is not in the content type this operation takes',
  422: 'A reference (an idExtern) names nothing in this organization: `errors[]` names the field',
  429: 'Too many attempts; see Retry-After',
  503: 'A dependency (the database) is out of reach; try again later',
} as const;
export type ProblemStatus = keyof typeof MEANINGS;

/**
 * Documents the error answers of an operation (or of every operation of a controller): each is an
 * `application/problem+json` body with the one `Problem` schema. The access decorators (`Staff`,
 * `Tenant`, `Authenticated`) add 401/403/503 themselves; name the rest here, e.g. `@ApiProblems(400, 404)`.
 */
export function ApiProblems(...statuses: ProblemStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDto, FieldErrorDto),
    ...statuses.map((status) =>
      ApiResponse({ status, description: MEANINGS[status], content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } } }),
    ),
  );
}
