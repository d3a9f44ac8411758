import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG, AuditService, ConflictError, NotFoundError, OutboxService, UseCase, ValidationFailedError, isUuid, type Actor, type AppConfig, type FieldError, type PersonRefDto,
} from '@loket/server/platform';
import { CustomersService } from '@loket/server/customers';
import { DirectoryService, StaffDigest } from '@loket/server/identity';
import { SlaClockService, SlaSettingsService } from '@loket/server/sla';
import { TeamsService } from '@loket/server/reference-data';
import type { TeamRefDto } from '@loket/server/platform';
import type { CaseWithContactsDto } from './dto/responses.dto';
import type { ForwardCaseDto } from './dto/forwarding.dto';
import { ContactLogRepository, type CaseRecord } from './contact-log.repository';
import { ContactLogService } from './contact-log.service';
import { CaseWorkSync } from './case-work';
import { ContactLogEvents } from './integration-events';
import { isOpen } from './domain/case-lifecycle';
import { forwardedToCustomerText, forwardNoticeText } from './forwarding-texts';

/**
 * Hand-offs (doorzetten): a case goes to a team's queue (no owner) or to a colleague (in their
 * team). The response clock keeps running, the note sits on the case's time line, the sender is
 * remembered; the receivers hear of it by e-mail within opening hours, and the customer may be told
 * which team now handles the question. A colleague claims a case from the queue.
 */
@Injectable()
export class ForwardingService {
  constructor(
    private readonly repository: ContactLogRepository,
    private readonly log: ContactLogService,
    private readonly caseWork: CaseWorkSync,
    private readonly directory: DirectoryService,
    private readonly teams: TeamsService,
    private readonly clocks: SlaClockService,
    private readonly slaSettings: SlaSettingsService,
    private readonly digest: StaffDigest,
    private readonly customers: CustomersService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly integration: ContactLogEvents,
  ) {}

  @UseCase()
  async forward(actor: Actor, id: string, dto: ForwardCaseDto): Promise<CaseWithContactsDto> {
    const org = actor.organizationId;
    const errors: FieldError[] = [];
    if (dto.teamId && dto.userId) errors.push({ field: 'userId', code: 'not_both', params: { other: 'teamId' } });
    else if (!dto.teamId && !dto.userId) errors.push({ field: 'teamId', code: 'required' });
    if (errors.length) throw new ValidationFailedError(errors);
    const row = await this.lockOpenCase(org, id);

    let team: TeamRefDto | null = null;
    let user: PersonRefDto | null = null;
    if (dto.teamId) {
      team = (await this.teams.refs(org, [dto.teamId])).get(dto.teamId) ?? null;
      if (!team) throw new ValidationFailedError([{ field: 'teamId', code: 'not_found_in_organization' }]);
    } else {
      const userId = dto.userId as string;
      user = await this.directory.customerStaffMember(org, userId);
      if (!user) {
        // A colleague who does not work with customers (an editor only) cannot own a case.
        const staff = await this.directory.staffMember(org, userId);
        throw new ValidationFailedError([{ field: 'userId', code: staff ? 'not_allowed' : 'not_found_in_organization' }]);
      }
      const teamId = await this.directory.teamIdOf(org, user.id);
      team = teamId ? ((await this.teams.refs(org, [teamId])).get(teamId) ?? null) : null;
    }

    const now = new Date();
    const by = (await this.directory.people(org, [actor.userId])).get(actor.userId) ?? null;
    const from = await this.holderName(org, row);
    const ownerId = user?.id ?? null;
    await this.repository.setAssignment(org, row.id, { ownerId, teamId: team?.id ?? null, forwardedBy: actor.userId, forwardedAt: now }, now);
    // The clock keeps running: only whose clock it is changes (breach notices go to the new owner, or the team's lead).
    if (ownerId !== row.owner_id) await this.clocks.setOwner(org, row.id, ownerId);
    const note = dto.note.trim();
    await this.repository.insertEvents(org, row, [{
      type: 'forwarded', from, to: user ? user.displayName : (team as TeamRefDto).name, note, byUserId: by?.id ?? null, byName: by?.displayName ?? null, at: now,
    }]);
    await this.integration.caseForwarded(org, { ...row, team_id: team?.id ?? null }, { team, toColleague: !!user }, now);
    await this.caseWork.sync(org, row.id);
    await this.notifyReceivers(org, row, { team: user ? null : team, user, by, note, now });
    if (dto.tellCustomer) await this.tellCustomer(org, row, team, user);
    await this.audit.record({
      organizationId: org, actorUserId: actor.userId, action: 'case.forwarded', entityType: 'case', entityId: row.id,
      details: { teamId: team?.id ?? null, userId: user?.id ?? null, tellCustomer: !!dto.tellCustomer },
    });
    return this.log.getCase(actor, row.id);
  }

  @UseCase()
  async claim(actor: Actor, id: string): Promise<CaseWithContactsDto> {
    const org = actor.organizationId;
    const row = await this.lockOpenCase(org, id);
    if (row.owner_id === actor.userId) return this.log.getCase(actor, row.id);
    if (row.owner_id) throw new ConflictError('case-already-owned');
    const me = await this.directory.customerStaffMember(org, actor.userId);
    if (!me) throw new ConflictError('case-already-owned');
    const now = new Date();
    const teamId = row.team_id ?? (await this.directory.teamIdOf(org, me.id));
    await this.repository.setAssignment(org, row.id, { ownerId: me.id, teamId }, now);
    await this.clocks.setOwner(org, row.id, me.id);
    const from = await this.holderName(org, row);
    await this.repository.insertEvents(org, row, [{ type: 'claimed', from, to: me.displayName, byUserId: me.id, byName: me.displayName, at: now }]);
    await this.caseWork.sync(org, row.id);
    return this.log.getCase(actor, row.id);
  }

  private async lockOpenCase(org: string, id: string): Promise<CaseRecord> {
    const row = isUuid(id) ? await this.repository.lockCase(org, id) : undefined;
    if (!row) throw new NotFoundError('Case');
    if (row.status === 'closed') throw new ConflictError('case-closed.final');
    if (!isOpen(row.status)) throw new ConflictError('case-not-open');
    return row;
  }

  /** Who has the case now, by name: its owner, or its team's queue. */
  private async holderName(org: string, row: CaseRecord): Promise<string | null> {
    if (row.owner_id) return (await this.directory.people(org, [row.owner_id])).get(row.owner_id)?.displayName ?? null;
    if (row.team_id) return (await this.teams.refs(org, [row.team_id])).get(row.team_id)?.name ?? null;
    return null;
  }

  /**
   * The receivers hear of it: the colleague, or the team's members and lead. Within opening hours
   * (each person's notification hours): outside them the e-mail waits until the organization opens.
   */
  private async notifyReceivers(
    org: string,
    row: CaseRecord,
    r: { team: TeamRefDto | null; user: PersonRefDto | null; by: PersonRefDto | null; note: string; now: Date },
  ): Promise<void> {
    let to: string[];
    if (r.user) to = [r.user.id];
    else {
      const team = (await this.teams.teams(org)).find((t) => t.id === r.team?.id);
      to = [...new Set([...(team?.members ?? []).map((m) => m.id), ...(team?.lead ? [team.lead.id] : [])])];
    }
    to = to.filter((id) => id !== r.by?.id);
    if (to.length === 0 && !r.team) return;
    const { calendar } = await this.slaSettings.settings(org);
    const link = `${this.config.AGENT_APP_URL}/klanten/${row.customer_id}/vragen/${row.id}`;
    const text = forwardNoticeText({ teamName: r.team?.name ?? null, byName: r.by?.displayName ?? null });
    await this.digest.send({
      organizationId: org, calendar, now: r.now, referenceType: 'case_forwarded', text,
      // Nobody in the team yet: the organization's team leads hear of it (never nobody).
      items: (to.length ? to : [null]).map((person) => ({ id: row.id, to: person, line: `- ${row.subject}\n  Notitie: ${r.note}\n  ${link}` })),
    });
  }

  /** The customer hears which team now handles the question: by e-mail, or a letter for the print list without an address. */
  private async tellCustomer(org: string, row: CaseRecord, team: TeamRefDto | null, user: PersonRefDto | null): Promise<void> {
    const customer = await this.customers.contactInfo(org, row.customer_id);
    if (!customer) return;
    const organizationName = await this.directory.organizationName(org);
    const text = forwardedToCustomerText({ customerName: customer.fullName, organizationName, subject: row.subject, teamName: team?.name ?? null, hasColleague: !!user });
    await this.outbox.enqueue({
      organizationId: org, channel: customer.email ? 'email' : 'letter', recipient: customer.email, fromName: organizationName,
      subject: text.subject, body: text.body, referenceType: 'case_forwarded', referenceId: row.id,
    });
  }
}
