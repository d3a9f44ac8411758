import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CustomerRefDto, fieldCode } from '@loket/server/platform';

export class AccessLogPageQueryDto {
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsIn([...Array(100).keys()].map((i) => i + 1), fieldCode('out_of_range', { min: 1, max: 100 })) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class EmployeeAccessQueryDto extends AccessLogPageQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The employee whose reads are listed' }) @IsUUID('all') userId!: string;
}

class AccessPersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class CustomerAccessDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: AccessPersonDto, nullable: true }) user!: AccessPersonDto | null;
  @ApiProperty({ example: 'overview', description: 'Where it was shown: record, overview, timeline, search, cases, case, contact, callbacks, callback, access_log, portal' }) view!: string;
}

export class CustomerAccessPageDto {
  @ApiProperty({ type: [CustomerAccessDto] }) items!: CustomerAccessDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class EmployeeAccessDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: CustomerRefDto, nullable: true, description: 'The customer, with the safety markers in force (R3); null once erased' }) customer!: CustomerRefDto | null;
  @ApiProperty({ example: 'search' }) view!: string;
}

export class EmployeeAccessPageDto {
  @ApiProperty({ type: AccessPersonDto }) employee!: AccessPersonDto;
  @ApiProperty({ type: [EmployeeAccessDto] }) items!: EmployeeAccessDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
