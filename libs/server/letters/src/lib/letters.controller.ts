import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Actor, CurrentActor, CUSTOMER_STAFF, ReadsCustomers, Staff } from '@loket/server/platform';
import { LetterPageDto, ListLettersQueryDto, MarkLettersPrintedDto, MarkLettersPrintedResultDto } from './letters.dto';
import { LetterFile, LettersService } from './letters.service';

@ApiTags('letters')
@ApiBearerAuth()
@Controller('letters')
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  /** The print list: letters to print (oldest first) or printed (latest first). */
  @Get()
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers<LetterPageDto>('letters', (page) => page.items.map((l) => l.customer?.id ?? null).filter((id): id is string => !!id))
  @ApiOkResponse({ type: LetterPageDto })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: ListLettersQueryDto): Promise<LetterPageDto> {
    return this.letters.list(actor, query);
  }

  /** One letter as a PDF to print (`GET /letters/{id}.pdf`). */
  @Get(':file')
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers<LetterFile>('letter', (file) => (file.customerId ? [file.customerId] : []))
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The letter as a PDF (A4)', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiProblems(404)
  pdf(@CurrentActor() actor: Actor, @Param('file') file: string): Promise<LetterFile> {
    return this.letters.pdf(actor, file);
  }

  /** These letters came out of the printer: they leave the list and count as sent. */
  @Post('printed')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: MarkLettersPrintedResultDto })
  @ApiProblems(400)
  markPrinted(@CurrentActor() actor: Actor, @Body() body: MarkLettersPrintedDto): Promise<MarkLettersPrintedResultDto> {
    return this.letters.markPrinted(actor, body);
  }
}
