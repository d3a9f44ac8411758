import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import type { CreateTopicRequest, Location, Topic, TopicRef, UpdateTopicRequest } from '@loket/shared/contracts';

// ---------- topics ----------
export class TopicRefDto implements TopicRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'reparatie' }) code!: string;
  @ApiProperty({ example: 'Reparatie en onderhoud' }) name!: string;
}
export class TopicDto extends TopicRefDto implements Topic {
  @ApiProperty() sensitive!: boolean;
  @ApiProperty() active!: boolean;
}
export class TopicListDto {
  @ApiProperty({ type: [TopicDto] }) items!: TopicDto[];
}

export class CreateTopicDto implements CreateTopicRequest {
  @ApiProperty({ example: 'parkeren' }) @Matches(/^[a-z0-9_-]{2,40}$/, { message: 'must be 2 to 40 lowercase letters, digits, - or _' }) code!: string;
  @ApiProperty({ example: 'Parkeren' }) @IsString() @Length(2, 80) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() sensitive?: boolean;
}

export class UpdateTopicDto implements UpdateTopicRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 80) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() sensitive?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

// ---------- locations ----------
export class LocationDto implements Location {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}
export class LocationListDto {
  @ApiProperty({ type: [LocationDto] }) items!: LocationDto[];
}
