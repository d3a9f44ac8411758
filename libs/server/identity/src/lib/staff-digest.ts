import { Injectable, Module } from '@nestjs/common';
import { OutboxModule, OutboxService } from '@loket/server/platform';
import { isOpenAt, nextOpeningMoment, type CalendarSettings } from '@loket/shared/business-calendar';
import type { NotificationHours } from '@loket/shared/contracts';
import { DirectoryService, type Recipient } from './directory.service';
import { IdentityDirectoryModule } from './identity.module';

/** One thing a digest tells about: who it is for (null: nobody in particular) and its line in the e-mail. */
export interface DigestItem {
  /** The item's id: the message's reference (the first item of each e-mail) and the key of `notified`. */
  id: string;
  /** The staff member who should hear of it; null, or someone who left, and the organization's team leads hear of it. */
  to: string | null;
  line: string;
}

export interface DigestText {
  /** The subject for this many items. */
  subject: (count: number) => string;
  /** The sentence above the list, for this many items. */
  intro: (count: number) => string;
  /** A sentence below the list. */
  outro?: string;
  /** At most this many lines; the rest is counted ("… en nog 12"). */
  maxLines?: number;
}

export interface StaffDigestRequest {
  organizationId: string;
  calendar: CalendarSettings;
  now: Date;
  items: DigestItem[];
  text: DigestText;
  /** The outbox reference type of the e-mails (e.g. `sla_breach`). */
  referenceType: string;
}

export interface StaffDigestResult {
  /** E-mails written to the outbox. */
  messages: number;
  /** Who was told of each item (by item id), also those who chose never to get e-mail. */
  notified: Map<string, Recipient[]>;
}

/**
 * Groups the items per person: each item goes to its own recipient, or — when it names nobody, or
 * someone no longer active — to every one of `leads`. Pure; people keep the order they first appear in.
 */
export function digestPerPerson(items: DigestItem[], recipients: Map<string, Recipient>, leads: Recipient[]): { to: Recipient; items: DigestItem[] }[] {
  const out = new Map<string, { to: Recipient; items: DigestItem[] }>();
  for (const item of items) {
    const person = item.to ? recipients.get(item.to) : undefined;
    for (const to of person ? [person] : leads) {
      const entry = out.get(to.id) ?? { to, items: [] };
      entry.items.push(item);
      out.set(to.id, entry);
    }
  }
  return [...out.values()];
}

/**
 * When the person's e-mail may go out: at once (null), held until the next opening moment when they
 * want staff mail in opening hours only and it is closed now, or never.
 */
export function deliveryMoment(hours: NotificationHours, calendar: CalendarSettings, now: Date): Date | null | 'never' {
  if (hours === 'never') return 'never';
  return hours === 'opening_hours' && !isOpenAt(calendar, now) ? nextOpeningMoment(calendar, now) : null;
}

/** The e-mail to one person. Pure. */
export function digestMail(to: Pick<Recipient, 'displayName'>, items: Pick<DigestItem, 'line'>[], text: DigestText): { subject: string; body: string } {
  const n = items.length;
  const max = text.maxLines ?? Infinity;
  const lines = items.slice(0, max).map((i) => i.line);
  if (n > max) lines.push(`… en nog ${n - max}. Zie de lijst in Loket.`);
  const outro = text.outro ? `${text.outro}\n\n` : '';
  return { subject: text.subject(n), body: `Beste ${to.displayName},\n\n${text.intro(n)}\n\n${lines.join('\n')}\n\n${outro}Loket` };
}

/**
 * The one staff digest notifier (SLA breaches, callback reminders and escalations, article
 * reviews): one e-mail per person listing their items, held until the next opening moment unless
 * the person chose otherwise, written to the outbox in the caller's transaction (sent after it
 * commits).
 */
@Injectable()
export class StaffDigest {
  constructor(
    private readonly directory: DirectoryService,
    private readonly outbox: OutboxService,
  ) {}

  async send(r: StaffDigestRequest): Promise<StaffDigestResult> {
    const notified = new Map<string, Recipient[]>();
    if (r.items.length === 0) return { messages: 0, notified };
    const org = r.organizationId;
    const ids = [...new Set(r.items.map((i) => i.to).filter((id): id is string => !!id))];
    const people = ids.length ? await this.directory.notificationRecipients(org, ids) : [];
    const recipients = new Map(people.map((p) => [p.id, p]));
    const needLeads = r.items.some((i) => !i.to || !recipients.has(i.to));
    const leads = needLeads ? await this.directory.teamLeads(org) : [];
    const digests = digestPerPerson(r.items, recipients, leads);
    for (const { to, items } of digests) for (const item of items) notified.set(item.id, [...(notified.get(item.id) ?? []), to]);
    const orgName = await this.directory.organizationName(org);
    let messages = 0;
    for (const { to, items } of digests) {
      const when = deliveryMoment(to.notificationHours, r.calendar, r.now);
      if (when === 'never') continue;
      const mail = digestMail(to, items, r.text);
      await this.outbox.enqueue({
        organizationId: org, channel: 'email', recipient: to.email, fromName: orgName, subject: mail.subject, body: mail.body,
        referenceType: r.referenceType, referenceId: items[0].id, notBefore: when,
      });
      messages += 1;
    }
    return { messages, notified };
  }
}

/** The staff digest for the modules' job processors. */
@Module({ imports: [OutboxModule, IdentityDirectoryModule], providers: [StaffDigest], exports: [StaffDigest] })
export class StaffDigestModule {}
