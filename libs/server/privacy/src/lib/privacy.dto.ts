import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { ExportedMessageDto, fieldCode } from '@loket/server/platform';
import { ContractDto, CustomerDto, PortalCustomerDto } from '@loket/server/customers';
import { CaseWithContactsDto, PortalCaseDto } from '@loket/server/contact-log';
import { CallbackDetailDto, PortalCallbackDto } from '@loket/server/callbacks';
import { ExportedFeedbackDto } from '@loket/server/knowledge-base';
import { ExportedAccountDto } from '@loket/server/identity';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { EXPORT_FORMATS, RETENTION_BOUNDS, RETENTION_DEFAULTS, type ExportFormat, type RetentionRules } from '@loket/shared/contracts';

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, enumName: 'ExportFormat', default: 'json', description: 'json (machine-readable) or pdf (a readable document)' })
  @IsOptional() @IsIn(EXPORT_FORMATS) format?: ExportFormat;
}

export class EraseCustomerDto {
  @ApiProperty({ description: "The customer's number, typed by the admin as the confirmation", example: '100234' })
  @IsString() @MaxLength(20) customerNumber!: string;
}

export class EraseCustomerResultDto {
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ format: 'date-time' }) erasedAt!: string;
  @ApiProperty() alreadyErased!: boolean;
  @ApiProperty() cases!: number;
  @ApiProperty() contacts!: number;
  @ApiProperty() callbacks!: number;
}

/** A rule in whole days within its bounds; every field out of bounds is named at once. */
const rule = (description: string, key: keyof RetentionRules) => {
  const { min, max } = RETENTION_BOUNDS[key];
  const code = fieldCode('out_of_range', { min, max });
  return applyDecorators(
    ApiProperty({ description: `${description} (days, ${min}–${max})`, default: RETENTION_DEFAULTS[key], minimum: min, maximum: max }),
    IsInt(code), Min(min, code), Max(max, code),
  );
};

export class RetentionRulesDto {
  @rule('Bodies of e-mails and letters in the outbox, from sending', 'outboxBodyDays') outboxBodyDays!: number;
  @rule('Knowledge-base search text', 'searchTextDays') searchTextDays!: number;
  @rule('Feedback comments', 'feedbackCommentDays') feedbackCommentDays!: number;
  @rule('Sessions after they ended', 'sessionDays') sessionDays!: number;
  @rule('The access log (who looked at which customer)', 'accessLogDays') accessLogDays!: number;
}

export class RetentionSettingsDto extends RetentionRulesDto {
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) updatedAt!: string | null;
}

class ExportOrganizationDto {
  @ApiProperty() name!: string;
}

/** What a tenant downloads from Mijn Loket (AVG art. 15 and 20): what the portal shows of them. */
export class TenantDataExportDto {
  @ApiProperty({ enum: ['tenant'] }) kind!: 'tenant';
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: ExportOrganizationDto }) organization!: ExportOrganizationDto;
  @ApiProperty({ type: PortalCustomerDto }) customer!: PortalCustomerDto;
  @ApiProperty({ type: [ContractDto] }) contracts!: ContractDto[];
  @ApiProperty({ type: [PortalCaseDto] }) cases!: PortalCaseDto[];
  @ApiProperty({ type: [PortalCallbackDto] }) callbacks!: PortalCallbackDto[];
  @ApiProperty({ type: [ExportedFeedbackDto] }) articleFeedback!: ExportedFeedbackDto[];
  @ApiProperty({ type: [ExportedAccountDto] }) accounts!: ExportedAccountDto[];
}

/** What an admin exports of a customer: the whole file, internal notes and markers included. */
export class StaffDataExportDto {
  @ApiProperty({ enum: ['staff'] }) kind!: 'staff';
  @ApiProperty({ format: 'date-time' }) exportedAt!: string;
  @ApiProperty({ type: ExportOrganizationDto }) organization!: ExportOrganizationDto;
  @ApiProperty({ type: CustomerDto }) customer!: CustomerDto;
  @ApiProperty({ type: [ContractDto] }) contracts!: ContractDto[];
  @ApiProperty({ type: [CaseWithContactsDto] }) cases!: CaseWithContactsDto[];
  @ApiProperty({ type: [CallbackDetailDto] }) callbacks!: CallbackDetailDto[];
  @ApiProperty({ type: [ExportedFeedbackDto] }) articleFeedback!: ExportedFeedbackDto[];
  @ApiProperty({ type: [ExportedAccountDto] }) accounts!: ExportedAccountDto[];
  @ApiProperty({ type: [ExportedMessageDto] }) messages!: ExportedMessageDto[];
}

export type CustomerDataExportDto = TenantDataExportDto | StaffDataExportDto;
