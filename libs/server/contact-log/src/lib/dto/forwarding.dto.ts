import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID } from 'class-validator';
import { FORM_RULES } from '@loket/shared/contracts';
import { TextLength } from '@loket/server/platform';

/** POST /cases/{id}/forward: to a team's queue or to a colleague (exactly one of them), with a note for the time line. */
export class ForwardCaseDto {
  @ApiPropertyOptional({ format: 'uuid', description: "A team of the organization: the case goes to its queue (no owner)" }) @IsOptional() @IsUUID('all') teamId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A colleague who works with customers: they own the case (in their team)' }) @IsOptional() @IsUUID('all') userId?: string;
  @ApiProperty({ description: 'For the colleagues: what is asked and what was done (staff only, on the case time line)' }) @IsString() @TextLength(FORM_RULES.forwardNote) note!: string;
  @ApiPropertyOptional({ description: 'Tell the customer which team now handles the question (e-mail when known)' }) @IsOptional() @IsBoolean() tellCustomer?: boolean;
}
