import { ApiProperty } from '@nestjs/swagger';
import { IsRealDate } from '@loket/server/platform';

/** The report's period: two Amsterdam days, both inclusive. */
export class KpiQueryDto {
  @ApiProperty({ format: 'date', example: '2026-11-01', description: 'First day (Europe/Amsterdam), inclusive' })
  @IsRealDate() from!: string;
  @ApiProperty({ format: 'date', example: '2026-11-30', description: 'Last day (Europe/Amsterdam), inclusive' })
  @IsRealDate() to!: string;
}
