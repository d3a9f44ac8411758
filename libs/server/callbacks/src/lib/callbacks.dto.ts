import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CALLBACK_ATTEMPT_OUTCOMES, CALLBACK_STATUSES, DAY_PARTS, FORM_RULES, type CallbackAttemptOutcome, type DayPart } from '@loket/shared/contracts';
import { IsRealDate, TextLength } from '@loket/server/platform';
import { CallbackMomentDto } from '@loket/server/contact-log';

export class CreateCallbackDto extends CallbackMomentDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') customerId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') caseId!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') contactId?: string;
  @ApiPropertyOptional({ example: '06-12345678', description: "Default: the customer's first phone number" }) @IsOptional() @IsString() @MaxLength(20) phoneNumber?: string;
  @ApiProperty({ example: 'Over de lekkage in de badkamer' }) @IsString() @TextLength(FORM_RULES.callbackReason) reason!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') assigneeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') teamId?: string;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() confirm?: boolean;
}

export class ListCallbacksQueryDto {
  @ApiPropertyOptional({ enum: ['me', 'team', 'all'], enumName: 'CallbackAssigneeScope', default: 'me' }) @IsOptional() @IsIn(['me', 'team', 'all']) assignee?: 'me' | 'team' | 'all';
  @ApiPropertyOptional({ enum: ['open', ...CALLBACK_STATUSES], enumName: 'CallbackStatusFilter', default: 'open' }) @IsOptional() @IsIn(['open', ...CALLBACK_STATUSES]) status?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => value === true || value === 'true') @IsBoolean() escalated?: boolean;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') customerId?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(200) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class RecordAttemptDto {
  @ApiProperty({ enum: CALLBACK_ATTEMPT_OUTCOMES, enumName: 'CallbackAttemptOutcome' }) @IsIn(CALLBACK_ATTEMPT_OUTCOMES) outcome!: CallbackAttemptOutcome;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @TextLength(FORM_RULES.callbackAttemptNote) note?: string | null;
}

export class RescheduleCallbackDto extends CallbackMomentDto {
  @ApiProperty() @IsString() @TextLength(FORM_RULES.callbackReason) reason!: string;
  @ApiProperty({ enum: ['customer', 'organization'], enumName: 'RescheduleRequestedBy', description: 'When the organization moves it, the customer is told in writing' })
  @IsIn(['customer', 'organization']) requestedBy!: 'customer' | 'organization';
}

export class CompleteCallbackDto {
  @ApiProperty({ description: 'In words the customer understands; becomes a contact on the case' }) @IsString() @TextLength(FORM_RULES.callbackResult) result!: string;
  @ApiPropertyOptional({ description: 'The question is answered with this call (resolves the case)' }) @IsOptional() @IsBoolean() resolved?: boolean;
}

export class CancelCallbackDto {
  @ApiProperty() @IsString() @TextLength(FORM_RULES.callbackReason) reason!: string;
}

export class CallbackSettingsDto {
  @ApiProperty({ minimum: 1, maximum: 10 }) @IsInt() @Min(1) @Max(10) maxAttempts!: number;
  @ApiProperty({ minimum: 0, maximum: 2400, description: 'Business minutes before due' }) @IsInt() @Min(0) @Max(2400) reminderMinutes!: number;
  @ApiProperty({ minimum: 1, maximum: 4800, description: 'Business minutes after due' }) @IsInt() @Min(1) @Max(4800) level2Minutes!: number;
}

export class PortalCallbackRequestDto {
  @ApiProperty() @IsString() @TextLength(FORM_RULES.callbackReason) reason!: string;
  @ApiProperty({ format: 'date', example: '2026-12-08' }) @IsRealDate() date!: string;
  @ApiProperty({ enum: DAY_PARTS, enumName: 'DayPart' }) @IsIn(DAY_PARTS) dayPart!: DayPart;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20) phoneNumber?: string;
}
