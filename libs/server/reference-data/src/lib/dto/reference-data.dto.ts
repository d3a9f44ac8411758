import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { FORM_RULES } from '@loket/shared/contracts';
import { TextLength } from '@loket/server/platform';
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

/** POST /teams (admins). */
export class CreateTeamDto {
  @ApiProperty({ example: 'Technisch beheer' }) @IsString() @TextLength(FORM_RULES.teamName) name!: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Hears of level-1 escalations; manages the members' }) @IsOptional() @IsUUID('all') leadId?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Hears of level-2 escalations' }) @IsOptional() @IsUUID('all') managerId?: string | null;
}

/** PATCH /teams/{id}: admins change all of it; the team's lead only its name. */
export class UpdateTeamDto {
  @ApiPropertyOptional({ example: 'Technisch beheer' }) @IsOptional() @IsString() @TextLength(FORM_RULES.teamName) name?: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID('all') leadId?: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }) @IsOptional() @IsUUID('all') managerId?: string | null;
}

/** PUT /teams/{id}/members: the whole list (a staff member is in one team at most: they leave their old team). */
export class PutTeamMembersDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 200 }) @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) userIds!: string[];
}

export class TeamMemberListDto {
  @ApiProperty({ type: [PersonRefDto] }) items!: PersonRefDto[];
}
