import { Body, Controller, Get, Injectable, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ApiProblems, Actor, AuditService, CurrentActor, ShowsNoCustomerData, Staff, STAFF_ROLES_ALL, UseCase, ValidationFailedError,
} from '@loket/server/platform';
import { dutchPhoneDigits, formatDutchPhone } from '@loket/shared/dutch-time';
import { DirectoryService } from '../directory.service';
import { IdentityRepository } from '../identity.repository';
import { OrganizationSettingsDto, PutOrganizationSettingsDto } from './organization-settings.dto';

/** The organization's own settings: how customers reach it (phone number, monitored reply address). */
@Injectable()
export class OrganizationSettingsService {
  constructor(
    private readonly repo: IdentityRepository,
    private readonly directory: DirectoryService,
    private readonly audit: AuditService,
  ) {}

  async get(org: string): Promise<OrganizationSettingsDto> {
    const c = await this.directory.organizationContact(org);
    return { name: c.name, phone: c.phone, phoneDisplay: c.phone ? formatDutchPhone(c.phone) : null, replyAddress: c.replyAddress };
  }

  @UseCase()
  async put(actor: Actor, dto: PutOrganizationSettingsDto): Promise<OrganizationSettingsDto> {
    const typed = dto.phone?.trim() || null;
    const phone = typed ? dutchPhoneDigits(typed) : null;
    if (typed && !phone) throw new ValidationFailedError([{ field: 'phone', code: 'not_a_phone_number' }]);
    const replyAddress = dto.replyAddress?.trim().toLowerCase() || null;
    await this.repo.setOrganizationContact(actor.organizationId, phone, replyAddress);
    await this.audit.record({
      organizationId: actor.organizationId, actorUserId: actor.userId, action: 'organization.settings_changed', entityType: 'organization', entityId: actor.organizationId,
    });
    return this.get(actor.organizationId);
  }
}

@ApiTags('organization')
@ApiBearerAuth()
@Controller('organization')
export class OrganizationSettingsController {
  constructor(private readonly settings: OrganizationSettingsService) {}

  @Get('settings')
  @Staff(...STAFF_ROLES_ALL)
  @ShowsNoCustomerData()
  @ApiOkResponse({ type: OrganizationSettingsDto })
  get(@CurrentActor() actor: Actor): Promise<OrganizationSettingsDto> {
    return this.settings.get(actor.organizationId);
  }

  @Put('settings')
  @Staff('admin')
  @ShowsNoCustomerData()
  @ApiOkResponse({ type: OrganizationSettingsDto })
  @ApiProblems(400)
  put(@CurrentActor() actor: Actor, @Body() body: PutOrganizationSettingsDto): Promise<OrganizationSettingsDto> {
    return this.settings.put(actor, body);
  }
}
