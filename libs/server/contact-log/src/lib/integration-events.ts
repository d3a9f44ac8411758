import { Injectable } from '@nestjs/common';
import { EventLog, type RelatieRefDto, type TeamRefDto, type VeraCodeDto } from '@loket/server/platform';
import { CustomersService } from '@loket/server/customers';
import { TeamsService, TopicsService } from '@loket/server/reference-data';
import { SlaClockService } from '@loket/server/sla';
import type { Channel, ContactDirection, ContactOutcome } from '@loket/shared/contracts';
import type { CaseForwardedEventDto, CaseOpenedEventDto, CaseResolvedEventDto, ContactLoggedEventDto } from './dto/integration-events.dto';
import type { CaseRecord } from './contact-log.repository';
import type { CaseState } from './domain/case-lifecycle';
import { toContactmoment } from './domain/contactmoment';

/** A contact as it was just written. */
export interface WrittenContact {
  id: string;
  occurredAt: Date;
  createdAt: Date;
  channel: Channel;
  direction: ContactDirection;
  summary: string;
  outcome: ContactOutcome;
  /** The contact's own topic (its soort). */
  topicId: string;
}

type CaseFacts = Pick<CaseRecord, 'id' | 'customer_id' | 'subject' | 'topic_id' | 'team_id'>;

/** What the caller knows already (the customer as the ERP knows them, the case's topic): not read again. */
export interface Known {
  relatie?: RelatieRefDto;
  soort?: VeraCodeDto;
}

/**
 * The contact log's events for integrations (`contact.logged`, `case.opened`, `case.forwarded`,
 * `case.resolved`), published through the event log inside the use case that causes them. Their
 * data is VERA-flavoured and minimal: ids (the ERP's idExtern too), codes, status, team, due
 * moments; never an internal note or a hand-off note.
 */
@Injectable()
export class ContactLogEvents {
  constructor(
    private readonly log: EventLog,
    private readonly customers: CustomersService,
    private readonly topics: TopicsService,
    private readonly teams: TeamsService,
    private readonly clocks: SlaClockService,
  ) {}

  /** The customer as the ERP knows them and the case's topic, read once for the events of one use case. */
  async known(org: string, kase: Pick<CaseFacts, 'customer_id' | 'topic_id'>): Promise<Required<Known>> {
    return { relatie: await this.relatie(org, kase.customer_id), soort: await this.soort(org, kase.topic_id) };
  }

  async contactLogged(org: string, c: WrittenContact, kase: CaseFacts, known: Known = {}): Promise<void> {
    const relatie = known.relatie ?? (await this.relatie(org, kase.customer_id));
    const soort = known.soort ?? (await this.soort(org, c.topicId));
    const data: ContactLoggedEventDto = toContactmoment({
      id: c.id, occurredAt: c.occurredAt, createdAt: c.createdAt, channel: c.channel, direction: c.direction, summary: c.summary, outcome: c.outcome,
      caseId: kase.id, caseSubject: kase.subject, topic: { code: soort.code, name: soort.naam }, customer: relatie,
    });
    await this.publish(org, 'contact.logged', kase.customer_id, c.id, data, c.occurredAt);
  }

  async caseOpened(org: string, kase: CaseFacts, at: Date, known: Known = {}): Promise<void> {
    const clock = (await this.clocks.clocks(org, [kase.id])).get(kase.id);
    const data: CaseOpenedEventDto = {
      zaak: { id: kase.id }, relatie: known.relatie ?? (await this.relatie(org, kase.customer_id)), status: 'open', soort: known.soort ?? (await this.soort(org, kase.topic_id)),
      onderwerp: kase.subject, geopendOp: at.toISOString(), team: await this.team(org, kase.team_id),
      eersteReactieUiterlijk: clock?.firstResponseDueAt ?? null, afhandelingUiterlijk: clock?.dueAt ?? null,
    };
    await this.publish(org, 'case.opened', kase.customer_id, kase.id, data, at);
  }

  async caseResolved(org: string, kase: CaseFacts, state: CaseState, at: Date, known: Known = {}): Promise<void> {
    const data: CaseResolvedEventDto = {
      zaak: { id: kase.id }, relatie: known.relatie ?? (await this.relatie(org, kase.customer_id)), status: state.status, soort: known.soort ?? (await this.soort(org, kase.topic_id)),
      opgelostOp: (state.resolvedAt ?? at).toISOString(), aantalContacten: state.contactsAtResolution ?? state.contactCount,
    };
    await this.publish(org, 'case.resolved', kase.customer_id, kase.id, data, at);
  }

  async caseForwarded(org: string, kase: CaseFacts & Pick<CaseRecord, 'status'>, to: { team: TeamRefDto | null; toColleague: boolean }, at: Date): Promise<void> {
    const clock = (await this.clocks.clocks(org, [kase.id])).get(kase.id);
    const data: CaseForwardedEventDto = {
      zaak: { id: kase.id }, relatie: await this.relatie(org, kase.customer_id), status: kase.status, soort: await this.soort(org, kase.topic_id),
      doorgezetOp: at.toISOString(), team: to.team ? { id: to.team.id, naam: to.team.name } : null, naarMedewerker: to.toColleague,
      afhandelingUiterlijk: clock?.dueAt ?? null,
    };
    await this.publish(org, 'case.forwarded', kase.customer_id, kase.id, data, at);
  }

  private async publish(org: string, type: 'contact.logged' | 'case.opened' | 'case.forwarded' | 'case.resolved', customerId: string, subjectId: string, data: object, at: Date): Promise<void> {
    await this.log.publish({ organizationId: org, type, customerId, subjectId, data: { ...data }, at });
  }

  private async relatie(org: string, customerId: string): Promise<RelatieRefDto> {
    return (await this.customers.relaties(org, [customerId])).get(customerId) as RelatieRefDto;
  }

  private async soort(org: string, topicId: string): Promise<VeraCodeDto> {
    const topic = (await this.topics.byIds(org, [topicId])).get(topicId);
    return { code: topic?.code ?? '', naam: topic?.name ?? '' };
  }

  private async team(org: string, teamId: string | null): Promise<{ id: string; naam: string } | null> {
    const team = teamId ? (await this.teams.refs(org, [teamId])).get(teamId) : undefined;
    return team ? { id: team.id, naam: team.name } : null;
  }
}
