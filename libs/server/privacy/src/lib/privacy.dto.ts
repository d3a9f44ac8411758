import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { EXPORT_FORMATS, RETENTION_BOUNDS, RETENTION_DEFAULTS, type EraseCustomerRequest, type EraseCustomerResult, type ExportFormat, type RetentionRules, type RetentionSettings } from '@loket/shared/contracts';

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'json', description: 'json (machine-readable) or pdf (a readable document)' })
  @IsOptional() @IsIn(EXPORT_FORMATS, { message: `must be one of ${EXPORT_FORMATS.join(', ')}` }) format?: ExportFormat;
}

export class EraseCustomerDto implements EraseCustomerRequest {
  @ApiProperty({ description: "The customer's number, typed by the admin as the confirmation", example: '100234' })
  @IsString() @MaxLength(20) customerNumber!: string;
}

export class EraseCustomerResultDto implements EraseCustomerResult {
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ format: 'date-time' }) erasedAt!: string;
  @ApiProperty() alreadyErased!: boolean;
  @ApiProperty() cases!: number;
  @ApiProperty() contacts!: number;
  @ApiProperty() callbacks!: number;
}

const rule = (description: string, key: keyof RetentionRules) =>
  ApiProperty({ description: `${description} (days, ${RETENTION_BOUNDS[key].min}–${RETENTION_BOUNDS[key].max})`, default: RETENTION_DEFAULTS[key], minimum: RETENTION_BOUNDS[key].min, maximum: RETENTION_BOUNDS[key].max });
const days = { message: 'must be a whole number of days' };

export class RetentionRulesDto implements RetentionRules {
  @rule('Bodies of e-mails and letters in the outbox, from sending', 'outboxBodyDays') @IsInt(days) outboxBodyDays!: number;
  @rule('Knowledge-base search text', 'searchTextDays') @IsInt(days) searchTextDays!: number;
  @rule('Feedback comments', 'feedbackCommentDays') @IsInt(days) feedbackCommentDays!: number;
  @rule('Sessions after they ended', 'sessionDays') @IsInt(days) sessionDays!: number;
  @rule('The access log (who looked at which customer)', 'accessLogDays') @IsInt(days) accessLogDays!: number;
}

export class RetentionSettingsDto extends RetentionRulesDto implements RetentionSettings {
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) updatedAt!: string | null;
}
