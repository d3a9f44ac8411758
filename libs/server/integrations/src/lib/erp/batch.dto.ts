import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { BATCH_STATUSES, LINE_STATUSES, type BatchStatus, type LineStatus } from './batch.entities';

export class BatchAcceptedDto {
  @ApiProperty({ format: 'uuid', description: 'De id van de batchopdracht: vraag hiermee de voortgang op' }) id!: string;
  @ApiProperty({ enum: BATCH_STATUSES, enumName: 'BatchStatus' }) status!: BatchStatus;
  @ApiProperty({ example: 300000, description: 'Zoveel regels zijn ontvangen en opgeslagen' }) linesReceived!: number;
}

export class BatchStatusDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: BATCH_STATUSES, enumName: 'BatchStatus', description: 'receiving → queued → processing → done (failed: the body was refused as a whole)' })
  status!: BatchStatus;
  @ApiProperty({ example: 300000 }) linesReceived!: number;
  @ApiProperty({ example: 120000, description: 'Lines with a result so far' }) linesProcessed!: number;
  @ApiProperty({ example: 119000 }) created!: number;
  @ApiProperty({ example: 500 }) updated!: number;
  @ApiProperty({ example: 400 }) unchanged!: number;
  @ApiProperty({ example: 100 }) rejected!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) receivedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
}

export class LineErrorDto {
  @ApiProperty({ example: 'data.adres.postcode', description: 'The field of the line: `type`, `idExtern`, `data.…`, or `body` for the line as a whole' }) field!: string;
  @ApiProperty({ example: 'not_a_postcode' }) code!: string;
  @ApiProperty({ example: 'is geen Nederlandse postcode (1234 AB)' }) message!: string;
}

export class LineProblemDto {
  @ApiProperty({ example: 400, description: 'The status a single PUT of this line would have had (400, 403, 409, 410, 412, 422)' }) status!: number;
  @ApiProperty({ example: 'validation-failed' }) code!: string;
  @ApiProperty({ example: 'Een of meer velden zijn niet goed ingevuld.' }) detail!: string;
  @ApiProperty({ type: [LineErrorDto] }) errors!: LineErrorDto[];
}

export class BatchLineDto {
  @ApiProperty({ example: 17, description: 'The line number in the body (1-based)' }) line!: number;
  @ApiProperty({ nullable: true, type: String, example: 'customer' }) type!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'R-000017' }) idExtern!: string | null;
  @ApiProperty({ enum: LINE_STATUSES, enumName: 'BatchLineStatus' }) status!: LineStatus;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: "Loket's id of the record written" }) id!: string | null;
  @ApiPropertyOptional({ type: LineProblemDto, nullable: true }) problem!: LineProblemDto | null;
}

export class BatchLinesPageDto {
  @ApiProperty({ type: [BatchLineDto] }) items!: BatchLineDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'Pass as `after` for the next page; null at the end' }) next!: number | null;
}

export class BatchLinesQueryDto {
  @ApiPropertyOptional({ example: 0, description: 'Lines after this line number' }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) after?: number;
  @ApiPropertyOptional({ example: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
  @ApiPropertyOptional({ enum: LINE_STATUSES, enumName: 'BatchLineStatus', description: 'Only lines with this result, e.g. rejected' })
  @IsOptional() @IsIn(LINE_STATUSES) status?: LineStatus;
}
