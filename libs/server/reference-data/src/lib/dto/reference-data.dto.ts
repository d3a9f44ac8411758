import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PersonRefDto, TeamRefDto, TopicRefDto } from '@loket/server/platform';

export { TopicRefDto };

// ---------- topics ----------
export class TopicDto extends TopicRefDto {
  @ApiProperty() sensitive!: boolean;
  @ApiProperty() active!: boolean;
}
export class TopicListDto {
  @ApiProperty({ type: [TopicDto] }) items!: TopicDto[];
}

export class CreateTopicDto {
  @ApiProperty({ example: 'parkeren' }) @Matches(/^[a-z0-9_-]{2,40}$/) code!: string;
  @ApiProperty({ example: 'Parkeren' }) @IsString() @Length(2, 80) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() sensitive?: boolean;
}

export class UpdateTopicDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 80) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() sensitive?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

// ---------- locations ----------
export class LocationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}
export class LocationListDto {
  @ApiProperty({ type: [LocationDto] }) items!: LocationDto[];
}

// ---------- teams ----------
/** A team: its lead hears of level-1 escalations, its manager of level 2. */
export class TeamDto extends TeamRefDto {
  @ApiProperty({ type: PersonRefDto, nullable: true }) lead!: PersonRefDto | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) manager!: PersonRefDto | null;
  @ApiProperty({ type: [PersonRefDto] }) members!: PersonRefDto[];
}
export class TeamListDto {
  @ApiProperty({ type: [TeamDto] }) items!: TeamDto[];
}
