import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { ApiProblems, Actor, CurrentActor, ReadsCustomers, ShowsNoCustomerData, Staff, Tenant, customerInPath, ownCustomer } from '@loket/server/platform';
import { renderExportPdf } from './export-pdf';
import { EraseCustomerDto, EraseCustomerResultDto, ExportQueryDto, RetentionRulesDto, RetentionSettingsDto, StaffDataExportDto, TenantDataExportDto, type CustomerDataExportDto } from './privacy.dto';
import { PrivacyService } from './privacy.service';
import { RetentionService } from './retention.service';

/** The export as JSON (the DTO's schema) or, with format=pdf, as a readable PDF document. */
const exportAnswer = (dto: typeof TenantDataExportDto | typeof StaffDataExportDto) => ({
  description: 'The customer data export; with format=pdf a PDF document',
  content: {
    'application/json': { schema: { $ref: getSchemaPath(dto) } },
    'application/pdf': { schema: { type: 'string', format: 'binary' } },
  },
});

/** JSON or PDF, always as a download with a file name that says what it is. */
async function asFile(data: CustomerDataExportDto, format: 'json' | 'pdf' | undefined, baseName: string): Promise<StreamableFile> {
  const day = data.exportedAt.slice(0, 10);
  if (format === 'pdf') {
    return new StreamableFile(await renderExportPdf(data), { type: 'application/pdf', disposition: `attachment; filename="${baseName}-${day}.pdf"` });
  }
  return new StreamableFile(Buffer.from(JSON.stringify(data, null, 2)), { type: 'application/json; charset=utf-8', disposition: `attachment; filename="${baseName}-${day}.json"` });
}

@ApiTags('customers')
@ApiBearerAuth()
@Controller('customers')
@ApiExtraModels(StaffDataExportDto)
export class CustomerPrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  /** The customer's whole file (AVG right of access), as JSON or as a readable PDF. Admins only. */
  @Get(':id/export')
  @Staff('admin')
  @ReadsCustomers('export', customerInPath)
  @ApiProduces('application/json', 'application/pdf')
  @ApiOkResponse(exportAnswer(StaffDataExportDto))
  @ApiProblems(400, 404)
  async export(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() q: ExportQueryDto): Promise<StreamableFile> {
    const data = await this.privacy.staffExport(actor, id);
    return asFile(data, q.format, `klant-${data.customer.customerNumber}`);
  }

  /** Erases the person (AVG right to erasure): confirm by sending the customer number. Admins only. */
  @Post(':id/erase')
  @HttpCode(200)
  @Staff('admin')
  @ApiOkResponse({ type: EraseCustomerResultDto })
  @ApiProblems(400, 404, 409)
  erase(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: EraseCustomerDto): Promise<EraseCustomerResultDto> {
    return this.privacy.erase(actor, id, body.customerNumber);
  }
}

@ApiTags('portal')
@ApiBearerAuth()
@Controller('portal')
@ApiExtraModels(TenantDataExportDto)
export class PortalExportController {
  constructor(private readonly privacy: PrivacyService) {}

  /** "Mijn gegevens downloaden": the tenant's own data, as JSON or as a readable PDF. */
  @Get('export')
  @Tenant()
  @ReadsCustomers('export', ownCustomer)
  @ApiProduces('application/json', 'application/pdf')
  @ApiOkResponse(exportAnswer(TenantDataExportDto))
  @ApiProblems(400)
  async export(@CurrentActor() actor: Actor, @Query() q: ExportQueryDto): Promise<StreamableFile> {
    return asFile(await this.privacy.tenantExport(actor), q.format, 'mijn-gegevens');
  }
}

@ApiTags('privacy')
@ApiBearerAuth()
@Controller('privacy')
@ShowsNoCustomerData()
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  @Get('retention')
  @Staff('admin')
  @ApiOkResponse({ type: RetentionSettingsDto })
  get(@CurrentActor() actor: Actor): Promise<RetentionSettingsDto> {
    return this.retention.settings(actor.organizationId);
  }

  @Put('retention')
  @Staff('admin')
  @ApiOkResponse({ type: RetentionSettingsDto })
  @ApiProblems(400)
  put(@CurrentActor() actor: Actor, @Body() body: RetentionRulesDto): Promise<RetentionSettingsDto> {
    return this.retention.update(actor, body);
  }
}
