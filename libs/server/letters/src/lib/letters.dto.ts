import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CustomerRefDto, PersonRefDto, fieldCode } from '@loket/server/platform';

export const LETTER_STATUSES = ['to_print', 'printed'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

export class ListLettersQueryDto {
  @ApiPropertyOptional({ enum: LETTER_STATUSES, enumName: 'LetterStatus', default: 'to_print' }) @IsOptional() @IsIn(LETTER_STATUSES) status?: LetterStatus;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsIn([...Array(100).keys()].map((i) => i + 1), fieldCode('out_of_range', { min: 1, max: 100 })) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class MarkLettersPrintedDto {
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uuid' }, minItems: 1, maxItems: 200, description: 'The letters that came out of the printer (at most 200)' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(200) @IsUUID('all', { each: true }) ids!: string[];
}

export class LetterDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: LETTER_STATUSES, enumName: 'LetterStatus' }) status!: LetterStatus;
  @ApiProperty({ type: CustomerRefDto, nullable: true, description: 'Who it is for (null: the customer is gone)' }) customer!: CustomerRefDto | null;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: ['confirmation', 'answer', 'callback'], enumName: 'LetterKind', description: 'A contact confirmation, an answer to a question, or about a callback' })
  kind!: 'confirmation' | 'answer' | 'callback';
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) printedAt!: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) printedBy!: PersonRefDto | null;
}

export class LetterPageDto {
  @ApiProperty({ type: [LetterDto] }) items!: LetterDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
  @ApiProperty({ description: 'How many letters wait to be printed' }) toPrint!: number;
}

export class MarkLettersPrintedResultDto {
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uuid' }, description: 'The letters now marked printed (ids already printed or unknown are left out)' }) printed!: string[];
}
