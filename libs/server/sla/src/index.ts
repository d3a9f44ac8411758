export { slaEntities } from './lib/entities';
export { SlaModule, SlaCoreModule, SlaWorkerModule } from './lib/sla.module';
export { SlaClockService } from './lib/clock.service';
/** For the bench's bare handlers only (they run the very same statements); modules read through SlaClockService. */
export { SlaRepository } from './lib/sla.repository';
export type { StartClock } from './lib/clock.service';
export { SlaDirectory, SlaSettingsService } from './lib/sla-settings.service';
export type { SlaSettings } from './lib/sla-settings.service';
export { DEFAULT_CALENDAR, DEFAULT_POLICIES, computeDues, effectiveCalendar, policyFor, clockPolicy } from './lib/dues';
export { SLA_QUEUE, BUCKET_MS, bucketOf, breachJobId } from './lib/breaches';
export { SlaProcessor } from './lib/sla.processor';
export { validateCalendar, validatePolicies } from './lib/validation';
export { ClockFiguresModule } from './lib/figures/clock-figures.module';
export { ClockFiguresService } from './lib/figures/clock-figures.service';
export type { ClockTally, TargetCounts } from './lib/figures/clock-figures.service';
