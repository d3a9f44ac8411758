import { Injectable, StreamableFile } from '@nestjs/common';
import {
  Actor, AuditService, NotFoundError, OutboxService, UseCase, decodeKeysetCursor, encodeKeysetCursor, isUuid, type LetterRow,
} from '@loket/server/platform';
import { CustomersService } from '@loket/server/customers';
import { DirectoryService } from '@loket/server/identity';
import { renderLetterPdf } from './letter-pdf';
import type { LetterDto, LetterPageDto, ListLettersQueryDto, MarkLettersPrintedDto, MarkLettersPrintedResultDto } from './letters.dto';

/** A letter's PDF, with the customer it names (for the access log). */
export class LetterFile extends StreamableFile {
  customerId: string | null = null;
}

const kindOf = (r: LetterRow): LetterDto['kind'] =>
  r.reference_type.startsWith('callback') ? 'callback' : r.reference_type === 'contact_answer' ? 'answer' : 'confirmation';

/**
 * The print list. Every letter to a customer (contact confirmations, answers, callback messages)
 * is an outbox message with channel `letter`: it waits as `to_print`, is printed from here as a
 * PDF and marked printed in batches (then it counts as sent). No table of its own: the outbox is
 * the one way messages leave.
 */
@Injectable()
export class LettersService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly customers: CustomersService,
    private readonly directory: DirectoryService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, q: ListLettersQueryDto): Promise<LetterPageDto> {
    const org = actor.organizationId;
    const limit = q.limit ?? 50;
    const printed = q.status === 'printed';
    const after = decodeKeysetCursor(q.cursor);
    const [rows, toPrint] = [await this.outbox.letters(org, printed, after, limit + 1), await this.outbox.lettersToPrint(org)];
    const page = rows.slice(0, limit);
    const refs = await this.customers.refs(org, page.map((r) => r.customer_id).filter((id): id is string => !!id));
    const people = await this.directory.people(org, page.map((r) => r.printed_by));
    const items = page.map((r): LetterDto => ({
      id: r.id,
      status: r.status === 'to_print' ? 'to_print' : 'printed',
      customer: r.customer_id ? (refs.get(r.customer_id) ?? null) : null,
      subject: r.subject,
      kind: kindOf(r),
      createdAt: new Date(r.created_at).toISOString(),
      printedAt: r.status === 'sent' && r.sent_at ? new Date(r.sent_at).toISOString() : null,
      printedBy: r.printed_by ? (people.get(r.printed_by) ?? null) : null,
    }));
    const last = page[page.length - 1];
    const nextCursor = rows.length > limit && last ? encodeKeysetCursor(new Date(printed ? (last.sent_at as Date) : last.created_at), last.id) : null;
    return { items, nextCursor, toPrint };
  }

  /** The letter as a PDF to print: addressed with the customer's current name and address. */
  async pdf(actor: Actor, file: string): Promise<LetterFile> {
    const org = actor.organizationId;
    const id = file.endsWith('.pdf') ? file.slice(0, -4) : '';
    if (!isUuid(id)) throw new NotFoundError('Letter');
    const row = await this.outbox.letter(org, id);
    if (!row || (row.status !== 'to_print' && row.status !== 'sent')) throw new NotFoundError('Letter');
    const address = row.customer_id ? (await this.customers.postalAddresses(org, [row.customer_id])).get(row.customer_id) : undefined;
    const organization = await this.directory.organizationContact(org);
    const pdf = await renderLetterPdf({
      organization,
      recipient: { fullName: address?.fullName ?? '', lines: address?.lines ?? [], customerNumber: address?.customerNumber ?? null },
      date: new Date(row.created_at).toISOString(),
      subject: row.subject,
      body: row.body,
    });
    const out = new LetterFile(pdf, { type: 'application/pdf', disposition: `inline; filename="brief-${row.id.slice(0, 8)}.pdf"` });
    out.customerId = row.customer_id;
    return out;
  }

  @UseCase()
  async markPrinted(actor: Actor, dto: MarkLettersPrintedDto): Promise<MarkLettersPrintedResultDto> {
    const printed = await this.outbox.markLettersPrinted(actor.organizationId, dto.ids, actor.userId, new Date());
    if (printed.length) {
      await this.audit.record({
        organizationId: actor.organizationId, actorUserId: actor.userId, action: 'letters.printed', entityType: 'organization', entityId: actor.organizationId,
        details: { letterIds: printed },
      });
    }
    return { printed };
  }
}
