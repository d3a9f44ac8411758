import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CaseForwardedEventDto, CaseOpenedEventDto, CaseResolvedEventDto, ContactLoggedEventDto, ContactmomentDto } from '@loket/server/contact-log';
import { CallbackCompletedEventDto, CallbackCreatedEventDto, CallbackEscalatedEventDto } from '@loket/server/callbacks';
import { CustomerUpdatedEventDto } from '@loket/server/customers';
import { IsRealDateTime, RelatieRefDto } from '@loket/server/platform';
import { INTEGRATION_EVENT_TYPES, type IntegrationEventType } from '@loket/shared/contracts';

/** The data schema of each event type: the guide and the webhook documentation refer to these. */
export const EVENT_DATA_SCHEMAS = {
  'contact.logged': ContactLoggedEventDto,
  'case.opened': CaseOpenedEventDto,
  'case.forwarded': CaseForwardedEventDto,
  'case.resolved': CaseResolvedEventDto,
  'callback.created': CallbackCreatedEventDto,
  'callback.escalated': CallbackEscalatedEventDto,
  'callback.completed': CallbackCompletedEventDto,
  'customer.updated': CustomerUpdatedEventDto,
} as const satisfies Record<IntegrationEventType, unknown>;

export const EVENT_DATA_MODELS = Object.values(EVENT_DATA_SCHEMAS);

/** `types=a,b` or `types=a&types=b`: a list either way. */
const list = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value);

export class ChangesQueryDto {
  @ApiPropertyOptional({ description: 'De nextCursor van de vorige pagina; weglaten om bij het begin te beginnen' })
  @IsOptional() @IsString() @MaxLength(200) cursor?: string;
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
  @ApiPropertyOptional({
    enum: INTEGRATION_EVENT_TYPES, enumName: 'IntegrationEventType', isArray: true,
    description: 'Alleen deze soorten gebeurtenissen (komma-gescheiden); weglaten: alle',
  })
  @IsOptional() @Transform(list) @IsArray() @ArrayMaxSize(INTEGRATION_EVENT_TYPES.length) @IsIn(INTEGRATION_EVENT_TYPES, { each: true })
  types?: IntegrationEventType[];
}

export class ChangeDto {
  @ApiProperty({ format: 'uuid', description: 'De id van de gebeurtenis (dezelfde in elke webhook die hem aflevert)' }) id!: string;
  @ApiProperty({ enum: INTEGRATION_EVENT_TYPES, enumName: 'IntegrationEventType' }) type!: IntegrationEventType;
  @ApiProperty({ format: 'date-time', description: 'Wanneer het gebeurde (UTC)' }) occurredAt!: string;
  @ApiProperty({ type: RelatieRefDto, nullable: true, description: 'De relatie waar het over gaat, met de idExtern van nu' }) customer!: RelatieRefDto | null;
  @ApiProperty({
    oneOf: EVENT_DATA_MODELS.map((m) => ({ $ref: getSchemaPath(m) })),
    description: 'De gegevens van de gebeurtenis; het schema hangt af van type (contact.logged: ContactLoggedEventDto, case.opened: CaseOpenedEventDto, …)',
  })
  data!: Record<string, unknown>;
}

export class ChangePageDto {
  @ApiProperty({ type: [ChangeDto] }) items!: ChangeDto[];
  @ApiProperty({ description: 'Altijd gegeven: de positie om verder te lezen. Poll met de laatste cursor; is er niets nieuws, dan blijft hij gelijk' })
  nextCursor!: string;
}

export class ContactmomentenQueryDto {
  @ApiPropertyOptional({ format: 'date-time', example: '2026-12-01T00:00:00Z', description: 'Alleen contactmomenten die op of na dit moment zijn vastgelegd' })
  @IsOptional() @IsRealDateTime() since?: string;
  @ApiPropertyOptional({ description: 'De nextCursor van de vorige pagina' }) @IsOptional() @IsString() @MaxLength(200) cursor?: string;
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

export class ContactmomentPageDto {
  @ApiProperty({ type: [ContactmomentDto] }) items!: ContactmomentDto[];
  @ApiProperty({ description: 'Altijd gegeven: de positie om verder te lezen (de laatste vastlegging). Poll met de laatste cursor' }) nextCursor!: string;
}
