import { localTime, type CalendarSettings } from '@loket/shared/business-calendar';
import type { PersonRefDto, TeamRefDto, TopicRefDto } from '@loket/server/platform';
import type { Channel } from '@loket/shared/contracts';
import type { CallbackKpisDto, ComplianceRowDto, ComplianceTallyDto, DeflectionRowDto, KpiReportDto } from '../dto/kpi-report.dto';

/**
 * The KPI report's rules, pure: which instants a period of days covers, and how the modules'
 * figures (counts by id) become the report (rates, totals, names, order). No I/O here.
 */

/** The report's days are Amsterdam days, whatever the server's or the calendar's zone. */
const REPORT_DAYS: CalendarSettings = { timeZone: 'Europe/Amsterdam', openingHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } };

/** The instants of the days `from` to `to` (`YYYY-MM-DD`, inclusive): [start of `from`, start of the day after `to`). */
export function reportPeriod(from: string, to: string): { start: Date; end: Date } {
  return { start: localTime(REPORT_DAYS, from, '00:00'), end: localTime(REPORT_DAYS, to, '24:00') };
}

/** `k` of `n` as a fraction with three decimals; null when there is nothing to divide. */
export function rate(k: number, n: number): number | null {
  return n > 0 ? Math.round((k / n) * 1000) / 1000 : null;
}

const round2 = (x: number | null): number | null => (x !== null ? Math.round(x * 100) / 100 : null);

/** Texts in a fixed order (code points, as the database's C collation sorts them). */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------- response compliance

/** How one target fared: met, breached, open, and of the open ones due soon. */
export interface TargetCounts {
  met: number;
  breached: number;
  open: number;
  atRisk: number;
}

/** The clocks of one channel and topic (the SLA module's figures). */
export interface ClockCounts {
  channel: Channel;
  topicId: string;
  firstResponse: TargetCounts;
  resolution: TargetCounts;
}

/** A target's counts with its compliance rate: met of the decided ones (met + breached). */
export function tally(c: TargetCounts): ComplianceTallyDto {
  return { met: c.met, breached: c.breached, open: c.open, atRisk: c.atRisk, rate: rate(c.met, c.met + c.breached) };
}

const NONE: TargetCounts = { met: 0, breached: 0, open: 0, atRisk: 0 };
const plus = (a: TargetCounts, b: TargetCounts): TargetCounts => ({ met: a.met + b.met, breached: a.breached + b.breached, open: a.open + b.open, atRisk: a.atRisk + b.atRisk });

/**
 * Response compliance in all, per channel and per channel and topic. Clocks of a topic the
 * organization does not know are left out everywhere. Channels in order, topics by name.
 */
export function responseCompliance(clocks: ClockCounts[], topics: TopicRefDto[]): KpiReportDto['responseCompliance'] {
  const known = new Map(topics.map((t) => [t.id, { id: t.id, code: t.code, name: t.name }]));
  const rows = clocks
    .filter((c) => known.has(c.topicId))
    .map((c) => ({ ...c, topic: known.get(c.topicId) as TopicRefDto }))
    .sort((a, b) => byText(a.channel, b.channel) || byText(a.topic.name, b.topic.name) || byText(a.topic.id, b.topic.id));
  const channels = new Map<Channel, { firstResponse: TargetCounts; resolution: TargetCounts }>();
  let total = { firstResponse: NONE, resolution: NONE };
  for (const r of rows) {
    const sum = channels.get(r.channel) ?? { firstResponse: NONE, resolution: NONE };
    channels.set(r.channel, { firstResponse: plus(sum.firstResponse, r.firstResponse), resolution: plus(sum.resolution, r.resolution) });
    total = { firstResponse: plus(total.firstResponse, r.firstResponse), resolution: plus(total.resolution, r.resolution) };
  }
  return {
    total: { firstResponse: tally(total.firstResponse), resolution: tally(total.resolution) },
    byChannel: [...channels].map(([channel, s]): ComplianceRowDto => ({ channel, topic: null, firstResponse: tally(s.firstResponse), resolution: tally(s.resolution) })),
    byChannelAndTopic: rows.map((r): ComplianceRowDto => ({ channel: r.channel, topic: r.topic, firstResponse: tally(r.firstResponse), resolution: tally(r.resolution) })),
  };
}

// ---------------------------------------------------------------- first-contact resolution

/** The first-contact verdicts of the period's cases (the contact log's figures). */
export interface FirstContactCounts {
  yes: number;
  no: number;
  notYetKnown: number;
}

/** The contacts it took to resolve the period's cases (the contact log's figures). */
export interface ContactsPerQuestionCounts {
  questions: number;
  mean: number | null;
  one: number;
  two: number;
  threeOrMore: number;
}

/** The rule as the report states it, in plain Dutch (B1). */
export function fcrDefinition(days: number): string {
  return [
    'Een vraag is opgelost in het eerste contact als twee dingen kloppen.',
    'We gaven in het eerste contact het antwoord.',
    `En de klant kwam binnen ${days} werkdagen niet terug over dezelfde vraag, via welk kanaal ook.`,
    'Terugkomen is: de klant neemt weer contact op over de vraag, of over een nieuwe vraag over hetzelfde onderwerp. Of wij zetten de vraag zelf weer open.',
    'Contact dat wij met de klant opnemen, zoals het antwoord sturen of terugbellen, is geen terugkomen.',
    'Terugbellen afgesproken, doorgezet of een afspraak gemaakt telt niet als opgelost.',
    `Zijn de ${days} werkdagen nog niet voorbij? Dan is het nog niet bekend. Die vragen tellen niet mee in het percentage.`,
  ].join(' ');
}

/** First-contact resolution (R5) with its definition, and contacts per question (R6), rounded for the report. */
export function resolutionKpis(
  fcr: FirstContactCounts,
  perQuestion: ContactsPerQuestionCounts,
  windowWorkingDays: number,
): Pick<KpiReportDto, 'fcrRate' | 'contactsPerCase' | 'firstContactResolution' | 'contactsPerQuestion'> {
  const fcrRate = rate(fcr.yes, fcr.yes + fcr.no);
  const mean = round2(perQuestion.mean);
  return {
    fcrRate,
    contactsPerCase: mean,
    firstContactResolution: { definition: fcrDefinition(windowWorkingDays), windowWorkingDays, rate: fcrRate, yes: fcr.yes, no: fcr.no, notYetKnown: fcr.notYetKnown },
    contactsPerQuestion: { questions: perQuestion.questions, mean, one: perQuestion.one, two: perQuestion.two, threeOrMore: perQuestion.threeOrMore },
  };
}

// ---------------------------------------------------------------- callbacks

/** The callbacks due in the period (the callbacks module's figures). */
export interface CallbackCountsIn {
  total: { total: number; keptOnTime: number; averageAttempts: number | null; escalations: { level1: number; level2: number } };
  byTeam: { teamId: string | null; total: number; keptOnTime: number }[];
  byAssignee: { assigneeId: string; total: number; keptOnTime: number }[];
}

/**
 * Callbacks kept on time, attempts and escalations, per team and employee with their names
 * (a name we cannot find shows empty). Teams by name, the callbacks of no team last; employees by name.
 */
export function callbackKpis(f: CallbackCountsIn, teams: TeamRefDto[], people: Map<string, PersonRefDto>): CallbackKpisDto {
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  const byTeam = f.byTeam
    .map((r) => ({ team: r.teamId ? { id: r.teamId, name: teamNames.get(r.teamId) ?? '' } : null, total: r.total, keptOnTime: r.keptOnTime, rate: rate(r.keptOnTime, r.total) }))
    .sort((a, b) => (a.team && b.team ? byText(a.team.name, b.team.name) || byText(a.team.id, b.team.id) : a.team ? -1 : b.team ? 1 : 0));
  const byEmployee = f.byAssignee
    .map((r) => ({ employee: { id: r.assigneeId, displayName: people.get(r.assigneeId)?.displayName ?? '' }, total: r.total, keptOnTime: r.keptOnTime, rate: rate(r.keptOnTime, r.total) }))
    .sort((a, b) => byText(a.employee.displayName, b.employee.displayName) || byText(a.employee.id, b.employee.id));
  return {
    total: f.total.total,
    keptOnTime: f.total.keptOnTime,
    keptOnTimeRate: rate(f.total.keptOnTime, f.total.total),
    averageAttempts: round2(f.total.averageAttempts),
    escalations: { level1: f.total.escalations.level1, level2: f.total.escalations.level2 },
    byTeam,
    byEmployee,
  };
}

// ---------------------------------------------------------------- self-service

/**
 * Per topic the organization knows: portal reads of the knowledge base's answers against the
 * contacts about it. Topics with neither are left out; the busiest first, then by name.
 */
export function deflection(reads: { topicId: string; views: number }[], contacts: { topicId: string; contacts: number }[], topics: TopicRefDto[]): DeflectionRowDto[] {
  const views = new Map(reads.map((r) => [r.topicId, r.views]));
  const asked = new Map(contacts.map((c) => [c.topicId, c.contacts]));
  return topics
    .filter((t) => views.has(t.id) || asked.has(t.id))
    .map((t) => ({ topic: { id: t.id, code: t.code, name: t.name }, portalViews: views.get(t.id) ?? 0, contacts: asked.get(t.id) ?? 0 }))
    .sort((a, b) => b.contacts + b.portalViews - (a.contacts + a.portalViews) || byText(a.topic.name, b.topic.name) || byText(a.topic.id, b.topic.id));
}
