import { ApiProperty } from '@nestjs/swagger';
import { PersonRefDto, TeamRefDto } from '@loket/server/platform';

/** A team: its lead hears of level-1 escalations, its manager of level 2. */
export class TeamDto extends TeamRefDto {
  @ApiProperty({ type: PersonRefDto, nullable: true }) lead!: PersonRefDto | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) manager!: PersonRefDto | null;
  @ApiProperty({ type: [PersonRefDto] }) members!: PersonRefDto[];
}
export class TeamListDto {
  @ApiProperty({ type: [TeamDto] }) items!: TeamDto[];
}
