import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsObject, IsEmail, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max,
  MaxLength, Min, ValidateNested,
} from 'class-validator';
import { AGE_BANDS, ATTITUDES, CHANNELS, CONTRACT_STATUSES, CUSTOMER_KINDS, DIGITAL_SKILLS, FORM_RULES, MARKER_CODES, PHONE_LABELS, SEARCH_MATCH_KINDS, VULNERABILITIES, type AgeBand, type Attitude, type Channel, type ContractStatus, type CustomerKind, type DigitalSkill, type MarkerCode, type PhoneLabel, type SearchMatchKind, type Vulnerability } from '@loket/shared/contracts';
import { IsRealDate, TextLength } from '@loket/server/platform';

const LANGUAGE = /^[a-z]{2,3}$/;

// ---------- requests ----------
export class AddressDto {
  @ApiProperty({ example: 'Lindelaan' }) @IsString() @Length(1, 120) street!: string;
  @ApiProperty({ example: 12 }) @IsInt() @Min(1) @Max(99999) houseNumber!: number;
  @ApiPropertyOptional({ example: 'A', nullable: true, type: String })
  @IsOptional() @Matches(/^[A-Za-z]$/) houseLetter!: string | null;
  @ApiPropertyOptional({ example: 'bis', nullable: true, type: String })
  @IsOptional() @IsString() @Length(1, 10) houseNumberAddition!: string | null;
  @ApiProperty({ example: '5161 AB' }) @IsString() @MaxLength(8) postcode!: string;
  @ApiProperty({ example: 'Sprang-Capelle' }) @IsString() @Length(1, 80) city!: string;
}

export class PhoneNumberInputDto {
  @ApiProperty({ example: '06-12345678' }) @IsString() @MaxLength(30) number!: string;
  @ApiPropertyOptional({ enum: PHONE_LABELS, enumName: 'PhoneLabel' }) @IsOptional() @IsIn(PHONE_LABELS) label?: PhoneLabel;
}

export class CreateCustomerDto {
  @ApiProperty({ enum: CUSTOMER_KINDS, enumName: 'CustomerKind' }) @IsIn(CUSTOMER_KINDS) kind!: CustomerKind;
  @ApiPropertyOptional({ description: 'Given by the ERP; generated when left out.' })
  @IsOptional() @Matches(/^[A-Za-z0-9-]{1,20}$/) customerNumber?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(20) initials?: string | null;
  @ApiProperty({ example: 'Sanne' }) @IsString() @Length(1, 100) firstName!: string;
  @ApiPropertyOptional({ example: 'de', nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(20) namePrefix?: string | null;
  @ApiProperty({ example: 'Vries' }) @IsString() @Length(1, 100) lastName!: string;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional() @IsRealDate() birthDate?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsEmail() @TextLength(FORM_RULES.email) email?: string | null;
  @ApiPropertyOptional({ type: [PhoneNumberInputDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(5) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => PhoneNumberInputDto) phoneNumbers?: PhoneNumberInputDto[];
  @ApiPropertyOptional({ type: AddressDto, nullable: true })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => AddressDto) address?: AddressDto | null;
  @ApiPropertyOptional({ enum: CHANNELS, enumName: 'Channel', nullable: true }) @IsOptional() @IsIn(CHANNELS) preferredChannel?: Channel | null;
  @ApiPropertyOptional({ example: 'nl', description: 'ISO 639-1' }) @IsOptional() @Matches(LANGUAGE) language?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() interpreterNeeded?: boolean;
  @ApiPropertyOptional({ enum: DIGITAL_SKILLS, enumName: 'DigitalSkill', nullable: true }) @IsOptional() @IsIn(DIGITAL_SKILLS) digitalSkill?: DigitalSkill | null;
  @ApiPropertyOptional({ enum: ATTITUDES, enumName: 'Attitude', nullable: true }) @IsOptional() @IsIn(ATTITUDES) attitude?: Attitude | null;
  @ApiPropertyOptional({ enum: VULNERABILITIES, enumName: 'Vulnerability', isArray: true })
  @IsOptional() @IsArray() @IsIn(VULNERABILITIES, { each: true }) vulnerabilities?: Vulnerability[];
}

/** Every field optional; `null` clears an optional field. The customer number is the ERP's and does not change here. */
export class UpdateCustomerDto extends PartialType(OmitType(CreateCustomerDto, ['customerNumber'] as const)) {}

export class CreateMarkerDto {
  @ApiProperty({ enum: MARKER_CODES, enumName: 'MarkerCode', description: 'VERA SIGNALERINGSOORT' }) @IsIn(MARKER_CODES) code!: MarkerCode;
  @ApiProperty({ example: 'Huisbezoek alleen met z’n tweeën.' }) @IsString() @TextLength(FORM_RULES.markerNote) note!: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsRealDate() validFrom?: string;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String }) @IsOptional() @IsRealDate() validUntil?: string | null;
}

export class UpdateMarkerDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @TextLength(FORM_RULES.markerNote) note?: string;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'Set to end the marker.' })
  @IsOptional() @IsRealDate() validUntil?: string | null;
}

export class UpdatePreferencesDto {
  @ApiPropertyOptional({ enum: CHANNELS, enumName: 'Channel' }) @IsOptional() @IsIn(CHANNELS) preferredChannel?: Channel;
  @ApiPropertyOptional({ nullable: true, type: String }) @IsOptional() @IsEmail() @TextLength(FORM_RULES.email) email?: string | null;
  @ApiPropertyOptional({ type: [PhoneNumberInputDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(5) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => PhoneNumberInputDto) phoneNumbers?: PhoneNumberInputDto[];
  @ApiPropertyOptional() @IsOptional() @Matches(LANGUAGE) language?: string;
}

export class SearchCustomersQueryDto {
  @ApiProperty({ description: 'Name (typos allowed), postcode + house number, phone number, e-mail or customer number', example: '5161AB 12' })
  @IsString() @Length(2, 100) q!: string;
  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

// ---------- responses ----------
export class PhoneNumberDto {
  @ApiProperty({ example: '+31612345678' }) number!: string;
  @ApiProperty({ example: '06 12345678' }) display!: string;
  @ApiProperty({ enum: PHONE_LABELS, enumName: 'PhoneLabel' }) label!: PhoneLabel;
}
export class MarkerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: MARKER_CODES, enumName: 'MarkerCode' }) code!: MarkerCode;
  @ApiProperty({ example: 'Agressie' }) name!: string;
  @ApiProperty() note!: string;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) validUntil!: string | null;
  @ApiProperty({ description: 'In force today' }) active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) createdBy!: string | null;
}
export class AddressResponseDto {
  @ApiProperty() street!: string;
  @ApiProperty() houseNumber!: number;
  @ApiProperty({ nullable: true, type: String }) houseLetter!: string | null;
  @ApiProperty({ nullable: true, type: String }) houseNumberAddition!: string | null;
  @ApiProperty({ example: '5161 AB' }) postcode!: string;
  @ApiProperty() city!: string;
}
export class CustomerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() customerNumber!: string;
  @ApiProperty({ nullable: true, type: String, description: "The ERP's id of this relatie (VERA idExtern, shown as ERP-nummer); null when only Loket knows the customer" })
  externalId!: string | null;
  @ApiProperty({ enum: CUSTOMER_KINDS, enumName: 'CustomerKind' }) kind!: CustomerKind;
  @ApiProperty({ nullable: true, type: String }) initials!: string | null;
  @ApiProperty() firstName!: string;
  @ApiProperty({ nullable: true, type: String }) namePrefix!: string | null;
  @ApiProperty() lastName!: string;
  @ApiProperty({ example: 'Sanne de Vries' }) fullName!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) birthDate!: string | null;
  @ApiProperty({ enum: AGE_BANDS, enumName: 'AgeBand', nullable: true }) ageBand!: AgeBand | null;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ type: [PhoneNumberDto] }) phoneNumbers!: PhoneNumberDto[];
  @ApiProperty({ type: AddressResponseDto, nullable: true }) address!: AddressResponseDto | null;
  @ApiProperty({ enum: CHANNELS, enumName: 'Channel', nullable: true }) preferredChannel!: Channel | null;
  @ApiProperty({ example: 'nl' }) language!: string;
  @ApiProperty() interpreterNeeded!: boolean;
  @ApiProperty({ enum: DIGITAL_SKILLS, enumName: 'DigitalSkill', nullable: true }) digitalSkill!: DigitalSkill | null;
  @ApiProperty({ enum: ATTITUDES, enumName: 'Attitude', nullable: true }) attitude!: Attitude | null;
  @ApiProperty({ enum: VULNERABILITIES, enumName: 'Vulnerability', isArray: true }) vulnerabilities!: Vulnerability[];
  @ApiProperty({ type: [MarkerDto], description: 'Safety markers (AGR, WAN) first, then the rest; ended ones last' }) markers!: MarkerDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, description: 'When the person was erased (AVG)' }) erasedAt?: string | null;
}
export class SearchHitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() customerNumber!: string;
  @ApiProperty({ enum: CUSTOMER_KINDS, enumName: 'CustomerKind' }) kind!: CustomerKind;
  @ApiProperty() fullName!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) birthDate!: string | null;
  @ApiProperty({ type: AddressResponseDto, nullable: true }) address!: AddressResponseDto | null;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '06 12345678' }) phone!: string | null;
  @ApiProperty({ enum: MARKER_CODES, enumName: 'MarkerCode', isArray: true }) activeMarkers!: MarkerCode[];
  @ApiProperty({ enum: SEARCH_MATCH_KINDS, enumName: 'SearchMatchKind' }) matchedOn!: SearchMatchKind;
}
export class SearchPageDto {
  @ApiProperty({ type: [SearchHitDto] }) items!: SearchHitDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
export class UnitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) externalId!: string | null;
  @ApiProperty({ type: AddressResponseDto }) address!: AddressResponseDto;
  @ApiProperty({ nullable: true, type: String }) unitType!: string | null;
}
export class ContractDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) externalId!: string | null;
  @ApiProperty() contractNumber!: string;
  @ApiProperty({ enum: CONTRACT_STATUSES, enumName: 'ContractStatus' }) status!: ContractStatus;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) endDate!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Monthly rent in euro cents' }) rentCents!: number | null;
  @ApiProperty({ type: UnitDto }) unit!: UnitDto;
  @ApiProperty({ nullable: true, type: String, description: "This customer's role on the contract (VERA RELATIEROLSOORT: HUU huurder, MDH medehuurder)" })
  role!: string | null;
}
/** The tenant's own record: markers and service segments are staff working notes. */
export class PortalCustomerDto
  extends OmitType(CustomerDto, ['markers', 'attitude', 'vulnerabilities', 'digitalSkill'] as const) {}
export class PortalMeDto {
  @ApiProperty({ type: PortalCustomerDto }) customer!: PortalCustomerDto;
  @ApiProperty({ type: [ContractDto] }) contracts!: ContractDto[];
}
