import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsObject, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested,
} from 'class-validator';
import { CASE_STATUSES, CHANNELS, CONTACT_DIRECTIONS, CONTACT_OUTCOMES, type CaseStatus, type Channel, type ContactDirection, type ContactOutcome } from '@loket/shared/contracts';
import { IsRealDateTime } from '@loket/server/platform';


export class FollowUpDto {
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) @IsIn(CHANNELS) channel!: Channel;
  @ApiProperty({ format: 'date-time', example: '2026-11-23T10:00:00+01:00' })
  @IsRealDateTime() at!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

export class NewCaseDto {
  @ApiProperty({ example: 'Lekkage in de badkamer' }) @IsString() @Length(3, 200, { message: 'must be 3 to 200 characters' }) subject!: string;
}

export class CreateContactDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a customer id' }) customerId!: string;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel' }) @IsIn(CHANNELS) channel!: Channel;
  @ApiProperty({ enum: CONTACT_DIRECTIONS, enumName: 'ContactDirection' }) @IsIn(CONTACT_DIRECTIONS) direction!: ContactDirection;
  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional() @IsRealDateTime() occurredAt?: string;
  @ApiProperty({ description: 'Topic id or code', example: 'reparatie' }) @IsString() @Length(1, 60) topic!: string;
  @ApiProperty({ description: 'Written so the customer could read it' }) @IsString() @Length(3, 4000, { message: 'must be 3 to 4000 characters' }) summary!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Staff only' }) @IsOptional() @IsString() @MaxLength(4000) internalNote?: string | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'must be a case id' }) caseId?: string;
  @ApiPropertyOptional({ type: NewCaseDto }) @IsOptional() @IsObject({ message: 'must be an object' }) @ValidateNested() @Type(() => NewCaseDto) newCase?: NewCaseDto;
  @ApiProperty({ enum: CONTACT_OUTCOMES, enumName: 'ContactOutcome' }) @IsIn(CONTACT_OUTCOMES) outcome!: ContactOutcome;
  @ApiPropertyOptional({ type: FollowUpDto, nullable: true }) @IsOptional() @IsObject({ message: 'must be an object' }) @ValidateNested() @Type(() => FollowUpDto) followUp?: FollowUpDto | null;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true, message: 'must be article ids' }) articleIds?: string[];
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID('all', { message: 'must be a location id' }) locationId?: string | null;
  @ApiPropertyOptional({ description: 'Send the customer a written confirmation' }) @IsOptional() @IsBoolean() confirm?: boolean;
}

export class UpdateCaseDto {
  @ApiPropertyOptional({ enum: CASE_STATUSES.filter((s) => s !== 'resolved'), enumName: 'CaseStatusChange' })
  @IsOptional() @IsIn(CASE_STATUSES.filter((s) => s !== 'resolved'), { message: 'must be open, waiting_for_customer or closed (resolve with POST /cases/{id}/resolve)' })
  status?: Exclude<CaseStatus, 'resolved'>;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID('all', { message: 'must be a user id' }) ownerId?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(3, 200) subject?: string;
}

export class ResolveCaseDto {
  @ApiProperty({ description: 'The answer, in words the customer understands' }) @IsString() @Length(3, 4000, { message: 'must be 3 to 4000 characters' }) answerSummary!: string;
}

export class ListCasesQueryDto {
  @ApiPropertyOptional({ enum: CASE_STATUSES, enumName: 'CaseStatus' }) @IsOptional() @IsIn(CASE_STATUSES) status?: CaseStatus;
  @ApiPropertyOptional({ description: 'A user id, or "me"' }) @IsOptional() @Matches(/^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, { message: 'must be a user id or "me"' }) ownerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') customerId?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsIn([...Array(100).keys()].map((i) => i + 1), { message: 'must be a whole number from 1 to 100' }) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class PageQueryDto {
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsIn([...Array(100).keys()].map((i) => i + 1), { message: 'must be a whole number from 1 to 100' }) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class CreateTopicDto {
  @ApiProperty({ example: 'parkeren' }) @Matches(/^[a-z0-9_-]{2,40}$/, { message: 'must be 2 to 40 lowercase letters, digits, - or _' }) code!: string;
  @ApiProperty({ example: 'Parkeren' }) @IsString() @Length(2, 80) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() sensitive?: boolean;
}

export class UpdateTopicDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 80) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() sensitive?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class AskQuestionDto {
  @ApiProperty({ description: 'Topic id or code' }) @IsString() @Length(1, 60) topic!: string;
  @ApiProperty() @IsString() @Length(3, 200, { message: 'must be 3 to 200 characters' }) subject!: string;
  @ApiProperty() @IsString() @Length(3, 4000, { message: 'must be 3 to 4000 characters' }) question!: string;
}
