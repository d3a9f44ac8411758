import { Controller, Get, Injectable, Module, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { KpiReportDto } from './reporting.responses.dto';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ApiProblems, Actor, CurrentActor, IsRealDate, ShowsNoCustomerData, Staff, ValidationFailedError, parseDate } from '@loket/server/platform';
import { SlaCoreModule, SlaSettingsService } from '@loket/server/sla';
import { addBusinessMinutes } from '@loket/shared/business-calendar';
import type { CallbackKpis, Channel, ComplianceRow, ComplianceTally, DeflectionRow, KpiReport } from '@loket/shared/contracts';

/** Open targets due within this much business time count as at risk. */
const AT_RISK_MINUTES = 4 * 60;
const MAX_DAYS = 366;

export class KpiQueryDto {
  @ApiProperty({ format: 'date', example: '2026-11-01', description: 'First day (Europe/Amsterdam), inclusive' })
  @IsRealDate() from!: string;
  @ApiProperty({ format: 'date', example: '2026-11-30', description: 'Last day (Europe/Amsterdam), inclusive' })
  @IsRealDate() to!: string;
}

interface TallyRow {
  channel: Channel | null;
  topic_id: string | null;
  topic_code: string | null;
  topic_name: string | null;
  grouping: number;
  fr_met: string; fr_breached: string; fr_open: string; fr_risk: string;
  rs_met: string; rs_breached: string; rs_open: string; rs_risk: string;
}

function tally(met: string, breached: string, open: string, risk: string): ComplianceTally {
  const m = Number(met);
  const b = Number(breached);
  return { met: m, breached: b, open: Number(open), atRisk: Number(risk), rate: m + b > 0 ? Math.round((m / (m + b)) * 1000) / 1000 : null };
}

/**
 * Management information, computed from the recorded facts (case clocks, breaches, cases) —
 * never from figures typed in. Reads other modules' tables; writes nothing.
 */
@Injectable()
export class ReportingService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly sla: SlaSettingsService,
  ) {}

  async kpis(org: string, q: KpiQueryDto): Promise<KpiReport> {
    // The DTO has checked both dates; they parse.
    const from = parseDate(q.from) as Date;
    const to = parseDate(q.to) as Date;
    const errors = [];
    if (to < from) errors.push({ field: 'to', message: 'must not be before from' });
    else if ((to.getTime() - from.getTime()) / 86_400_000 > MAX_DAYS) errors.push({ field: 'to', message: `the period may be at most ${MAX_DAYS} days` });
    if (errors.length) throw new ValidationFailedError(errors);
    const { calendar } = await this.sla.settings(org);
    const riskBy = addBusinessMinutes(calendar, new Date(), AT_RISK_MINUTES);
    const db = this.txHost.tx;
    // Day boundaries in Amsterdam time, whatever the server's zone.
    const params = [org, q.from, q.to, riskBy];
    const range = `c.received_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Amsterdam' AND c.received_at < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`;
    const rows: TallyRow[] = await db.query(
      `SELECT c.channel, c.topic_id, t.code AS topic_code, t.name AS topic_name, GROUPING(c.channel, c.topic_id) AS grouping,
              count(*) FILTER (WHERE c.first_response_due_at IS NOT NULL AND c.first_responded_at IS NOT NULL AND c.first_response_breached_at IS NULL) AS fr_met,
              count(*) FILTER (WHERE c.first_response_breached_at IS NOT NULL) AS fr_breached,
              count(*) FILTER (WHERE c.first_response_due_at IS NOT NULL AND c.first_responded_at IS NULL AND c.first_response_breached_at IS NULL) AS fr_open,
              count(*) FILTER (WHERE c.state = 'running' AND c.first_responded_at IS NULL AND c.first_response_breached_at IS NULL AND c.first_response_due_at <= $4) AS fr_risk,
              count(*) FILTER (WHERE c.due_at IS NOT NULL AND c.state = 'stopped' AND c.resolution_breached_at IS NULL) AS rs_met,
              count(*) FILTER (WHERE c.resolution_breached_at IS NOT NULL) AS rs_breached,
              count(*) FILTER (WHERE c.due_at IS NOT NULL AND c.state <> 'stopped' AND c.resolution_breached_at IS NULL) AS rs_open,
              count(*) FILTER (WHERE c.state = 'running' AND c.resolution_breached_at IS NULL AND c.due_at <= $4) AS rs_risk
         FROM case_clocks c JOIN topics t ON t.id = c.topic_id
        WHERE c.organization_id = $1 AND ${range}
        GROUP BY GROUPING SETS ((), (c.channel), (c.channel, c.topic_id, t.code, t.name))
        ORDER BY c.channel NULLS FIRST, t.name NULLS FIRST`,
      params,
    );
    const row = (r: TallyRow): ComplianceRow => ({
      channel: r.channel as Channel,
      topic: r.topic_id ? { id: r.topic_id, code: r.topic_code as string, name: r.topic_name as string } : null,
      firstResponse: tally(r.fr_met, r.fr_breached, r.fr_open, r.fr_risk),
      resolution: tally(r.rs_met, r.rs_breached, r.rs_open, r.rs_risk),
    });
    const total = rows.find((r) => r.grouping === 3);
    const empty = tally('0', '0', '0', '0');
    const [fcr]: { resolved: string; first: string; avg: string | null }[] = await db.query(
      `SELECT count(*) AS resolved, count(*) FILTER (WHERE contacts_at_resolution = 1) AS first, avg(contacts_at_resolution) AS avg
         FROM cases c
        WHERE c.organization_id = $1 AND c.contacts_at_resolution IS NOT NULL
          AND c.opened_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Amsterdam' AND c.opened_at < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`,
      [org, q.from, q.to],
    );
    const resolved = Number(fcr.resolved);
    const callbacks = await this.callbackKpis(org, q.from, q.to);
    const deflection = await this.deflection(org, q.from, q.to);
    return {
      from: q.from,
      to: q.to,
      responseCompliance: {
        total: total ? { firstResponse: row(total).firstResponse, resolution: row(total).resolution } : { firstResponse: empty, resolution: empty },
        byChannel: rows.filter((r) => r.grouping === 1).map(row),
        byChannelAndTopic: rows.filter((r) => r.grouping === 0).map(row),
      },
      fcrRate: resolved > 0 ? Math.round((Number(fcr.first) / resolved) * 1000) / 1000 : null,
      contactsPerCase: fcr.avg !== null ? Math.round(Number(fcr.avg) * 100) / 100 : null,
      callbacks,
      deflection,
    };
  }

  /** Per topic: portal reads of the knowledge base's answers against contacts about it, in the period. */
  private async deflection(org: string, from: string, to: string): Promise<DeflectionRow[]> {
    const period = (col: string) => `${col} >= ($2::date)::timestamp AT TIME ZONE 'Europe/Amsterdam' AND ${col} < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`;
    const rows: { id: string; code: string; name: string; views: string; contacts: string }[] = await this.txHost.tx.query(
      `WITH v AS (SELECT t.topic_id, count(*) AS views FROM kb_views kv JOIN articles a ON a.id = kv.article_id, unnest(a.topic_ids) AS t(topic_id)
                   WHERE kv.organization_id = $1 AND kv.via = 'portal' AND ${period('kv.at')} GROUP BY t.topic_id),
            c AS (SELECT topic_id, count(*) AS contacts FROM contacts WHERE organization_id = $1 AND ${period('occurred_at')} GROUP BY topic_id)
       SELECT t.id, t.code, t.name, coalesce(v.views, 0) AS views, coalesce(c.contacts, 0) AS contacts
         FROM topics t LEFT JOIN v ON v.topic_id = t.id LEFT JOIN c ON c.topic_id = t.id
        WHERE t.organization_id = $1 AND (v.views IS NOT NULL OR c.contacts IS NOT NULL)
        ORDER BY coalesce(c.contacts, 0) + coalesce(v.views, 0) DESC, t.name`,
      [org, from, to],
    );
    return rows.map((r) => ({ topic: { id: r.id, code: r.code, name: r.name }, portalViews: Number(r.views), contacts: Number(r.contacts) }));
  }

  /**
   * Callbacks due in the period: kept on time = completed by the due moment of the agreement that
   * was never moved by us. Per team and employee; attempts; escalations by level.
   */
  private async callbackKpis(org: string, from: string, to: string): Promise<CallbackKpis> {
    const db = this.txHost.tx;
    const range = `b.due_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Amsterdam' AND b.due_at < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`;
    const kept = `(b.status = 'completed' AND b.completed_at <= b.due_at AND NOT b.moved_by_organization)`;
    const rows: { grouping: number; team_id: string | null; team_name: string | null; assignee_id: string | null; assignee_name: string | null; total: string; kept: string; attempts: string | null; l1: string; l2: string }[] =
      await db.query(
        `SELECT GROUPING(b.team_id, t.name, b.assignee_id, u.display_name) AS grouping, b.team_id, t.name AS team_name, b.assignee_id, u.display_name AS assignee_name,
                count(*) AS total, count(*) FILTER (WHERE ${kept}) AS kept, avg(b.attempt_count + CASE WHEN b.status = 'completed' THEN 1 ELSE 0 END) AS attempts,
                count(*) FILTER (WHERE b.escalated1_at IS NOT NULL) AS l1, count(*) FILTER (WHERE b.escalated2_at IS NOT NULL) AS l2
           FROM callbacks b LEFT JOIN teams t ON t.id = b.team_id LEFT JOIN users u ON u.id = b.assignee_id
          WHERE b.organization_id = $1 AND b.status <> 'cancelled' AND ${range}
          GROUP BY GROUPING SETS ((), (b.team_id, t.name), (b.assignee_id, u.display_name))`,
        [org, from, to],
      );
    const rate = (k: number, n: number) => (n > 0 ? Math.round((k / n) * 1000) / 1000 : null);
    const total = rows.find((r) => r.grouping === 15);
    const n = Number(total?.total ?? 0);
    const k = Number(total?.kept ?? 0);
    return {
      total: n,
      keptOnTime: k,
      keptOnTimeRate: rate(k, n),
      averageAttempts: total?.attempts != null ? Math.round(Number(total.attempts) * 100) / 100 : null,
      escalations: { level1: Number(total?.l1 ?? 0), level2: Number(total?.l2 ?? 0) },
      byTeam: rows.filter((r) => r.grouping === 3).map((r) => ({ team: r.team_id ? { id: r.team_id, name: r.team_name ?? '' } : null, total: Number(r.total), keptOnTime: Number(r.kept), rate: rate(Number(r.kept), Number(r.total)) })),
      byEmployee: rows.filter((r) => r.grouping === 12 && r.assignee_id).map((r) => ({ employee: { id: r.assignee_id as string, displayName: r.assignee_name ?? '' }, total: Number(r.total), keptOnTime: Number(r.kept), rate: rate(Number(r.kept), Number(r.total)) })),
    };
  }
}

@ApiTags('reporting')
@ApiBearerAuth()
@Controller('reports')
@ShowsNoCustomerData()
export class ReportsController {
  constructor(private readonly reporting: ReportingService) {}

  /** Team leads and admins steer on these figures. */
  @Get('kpis')
  @Staff('team_lead', 'admin')
  @ApiOkResponse({ type: KpiReportDto, description: 'Response compliance per channel and topic, FCR rate, contacts per case' })
  @ApiProblems(400)
  kpis(@CurrentActor() actor: Actor, @Query() q: KpiQueryDto): Promise<KpiReportDto> {
    return this.reporting.kpis(actor.organizationId, q);
  }
}

@Module({
  imports: [SlaCoreModule],
  controllers: [ReportsController],
  providers: [ReportingService],
})
export class ReportingModule {}
