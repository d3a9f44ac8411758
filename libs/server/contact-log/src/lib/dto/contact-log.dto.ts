import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsObject, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested,
} from 'class-validator';
import { CASE_STATUSES, CHANNELS, CONTACT_DIRECTIONS, CONTACT_OUTCOMES, DAY_PARTS, FORM_RULES, type CaseStatus, type Channel, type ContactDirection, type ContactOutcome, type DayPart } from '@loket/shared/contracts';
import { IsRealDate, IsRealDateTime, TextLength, fieldCode, uuidOr } from '@loket/server/platform';


export class FollowUpDto {
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) @IsIn(CHANNELS) channel!: Channel;
  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:00:00+01:00' })
  @IsRealDateTime() at!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

export class NewCaseDto {
  @ApiProperty({ example: 'Lekkage in de badkamer' }) @IsString() @TextLength(FORM_RULES.caseSubject) subject!: string;
}

/** When a callback is agreed: a specific time, or a day part on a date (the callbacks module's `POST /callbacks` and reschedule use it too). */
export class CallbackMomentDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'A specific time agreed with the customer' })
  @IsOptional() @IsRealDateTime() at?: string;
  @ApiPropertyOptional({ format: 'date', example: '2026-12-08', description: 'With dayPart: a day part on this date' })
  @IsOptional() @IsRealDate() date?: string;
  @ApiPropertyOptional({ enum: DAY_PARTS, enumName: 'DayPart', description: 'VERA DAGDEEL: OCH 08–12, MID 12–18, AVO 18–24 (within opening hours)' })
  @IsOptional() @IsIn(DAY_PARTS) dayPart?: DayPart;
}

/** The callback agreed in the contact: the fields of `POST /callbacks` less customer, case, contact and confirm (the contact's). */
export class ContactCallbackDto extends CallbackMomentDto {
  @ApiPropertyOptional({ example: '06-12345678', description: "Default: the customer's first phone number" }) @IsOptional() @IsString() @MaxLength(20) phoneNumber?: string;
  @ApiProperty({ example: 'Over de lekkage in de badkamer' }) @IsString() @TextLength(FORM_RULES.callbackReason) reason!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') assigneeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') teamId?: string;
}

export class CreateContactDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') customerId!: string;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) @IsIn(CHANNELS) channel!: Channel;
  @ApiProperty({ enum: CONTACT_DIRECTIONS, enumName: 'ContactDirection' }) @IsIn(CONTACT_DIRECTIONS) direction!: ContactDirection;
  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional() @IsRealDateTime() occurredAt?: string;
  @ApiProperty({ description: 'Topic id or code', example: 'reparatie' }) @IsString() @Length(1, 60) topic!: string;
  @ApiProperty({ description: 'Written so the customer could read it' }) @IsString() @TextLength(FORM_RULES.contactSummary) summary!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Staff only' }) @IsOptional() @IsString() @TextLength(FORM_RULES.contactInternalNote) internalNote?: string | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') caseId?: string;
  @ApiPropertyOptional({ type: NewCaseDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => NewCaseDto) newCase?: NewCaseDto;
  @ApiProperty({ enum: CONTACT_OUTCOMES, enumName: 'ContactOutcome' }) @IsIn(CONTACT_OUTCOMES) outcome!: ContactOutcome;
  @ApiPropertyOptional({ type: FollowUpDto, nullable: true }) @IsOptional() @IsObject() @ValidateNested() @Type(() => FollowUpDto) followUp?: FollowUpDto | null;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true }) articleIds?: string[];
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID('all') locationId?: string | null;
  @ApiPropertyOptional({ description: 'Send the customer a written confirmation (with a callback: naming its moment)' }) @IsOptional() @IsBoolean() confirm?: boolean;
  @ApiPropertyOptional({
    type: ContactCallbackDto,
    description: 'A callback agreed in this contact (outcome callback_agreed): written with the contact in one transaction; when it is refused, neither is saved and the fields are named under "callback."',
  })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => ContactCallbackDto) callback?: ContactCallbackDto;
}

export class UpdateCaseDto {
  @ApiPropertyOptional({ enum: CASE_STATUSES.filter((s) => s !== 'resolved'), enumName: 'CaseStatusChange' })
  @IsOptional() @IsIn(CASE_STATUSES.filter((s) => s !== 'resolved'))
  status?: Exclude<CaseStatus, 'resolved'>;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID('all') ownerId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @TextLength(FORM_RULES.caseSubject) subject?: string;
}

export class ResolveCaseDto {
  @ApiProperty({ description: 'The answer, in words the customer understands; it is sent to the customer as written (no placeholders left)' })
  @IsString() @TextLength(FORM_RULES.answerSummary) answer!: string;
  @ApiPropertyOptional({ default: true, description: 'Send the answer to the customer (e-mail or letter, their preferred channel) and log it as an outbound contact; false when they already have it' })
  @IsOptional() @IsBoolean() send?: boolean;
  @ApiPropertyOptional({ type: 'array', items: { type: 'string', format: 'uuid' }, description: 'Knowledge-base articles the answer came from' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true }) articleIds?: string[];
}

export class ListCasesQueryDto {
  @ApiPropertyOptional({ enum: CASE_STATUSES, enumName: 'CaseStatus' }) @IsOptional() @IsIn(CASE_STATUSES) status?: CaseStatus;
  @ApiPropertyOptional({ description: 'A user id, or "me"' }) @IsOptional() @Matches(uuidOr('me')) ownerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') customerId?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsIn([...Array(100).keys()].map((i) => i + 1), fieldCode('out_of_range', { min: 1, max: 100 })) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class PageQueryDto {
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsIn([...Array(100).keys()].map((i) => i + 1), fieldCode('out_of_range', { min: 1, max: 100 })) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class AskQuestionDto {
  @ApiProperty({ description: 'Topic id or code' }) @IsString() @Length(1, 60) topic!: string;
  @ApiProperty() @IsString() @TextLength(FORM_RULES.caseSubject) subject!: string;
  @ApiProperty() @IsString() @TextLength(FORM_RULES.portalQuestion) question!: string;
}
