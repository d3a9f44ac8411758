import { Injectable } from '@nestjs/common';
import { NotFoundError, OutboxService, ValidationFailedError, type FieldError, type PersonRefDto } from '@loket/server/platform';
import { CustomersService } from '@loket/server/customers';
import { DirectoryService } from '@loket/server/identity';
import { openPlaceholders } from '@loket/shared/contracts';
import { ContactArticleDirectory } from './article-references';
import { ContactLogRepository, type CaseRecord } from './contact-log.repository';
import { ContactLogEvents } from './integration-events';
import { answerMedium, answerMessage, type AnswerMedium } from './domain/answer';

/**
 * Answers that reach the customer (R18): when a case is resolved with an answer, the answer goes
 * to the customer in their preferred written channel, by e-mail through the outbox or as a letter
 * in the print list (an outbox letter), and is logged as an outbound contact on the case (channel
 * e-mail or letter, outcome answered, by the employee). Only the answer is sent: never a note.
 */
@Injectable()
export class AnswerDelivery {
  constructor(
    private readonly repository: ContactLogRepository,
    private readonly customers: CustomersService,
    private readonly directory: DirectoryService,
    private readonly outbox: OutboxService,
    private readonly articles: ContactArticleDirectory,
    private readonly integration: ContactLogEvents,
  ) {}

  /** Input checks that do not need the case: no placeholder left open, articles of this organization. */
  async check(org: string, answer: string, articleIds: string[]): Promise<void> {
    const errors: FieldError[] = [];
    const open = openPlaceholders(answer);
    if (open.length) errors.push({ field: 'answer', code: 'open_placeholder', params: { placeholder: open.join(', ') } });
    if (articleIds.length) {
      const known = new Set(await this.articles.existing(org, articleIds));
      articleIds.forEach((id, i) => {
        if (!known.has(id)) errors.push({ field: `articleIds[${i}]`, code: 'not_found_in_organization' });
      });
    }
    if (errors.length) throw new ValidationFailedError(errors);
  }

  /** Sends the answer and logs it as the outbound contact on the case; runs in the resolving use case. */
  async deliver(org: string, kase: CaseRecord, answer: string, employee: PersonRefDto | null, articleIds: string[], at: Date): Promise<{ contactId: string; medium: AnswerMedium }> {
    const customer = await this.customers.contactInfo(org, kase.customer_id);
    if (!customer) throw new NotFoundError('Customer');
    const organization = await this.directory.organizationContact(org);
    const medium = answerMedium(customer);
    const contact = await this.repository.insertContact(
      org,
      {
        caseId: kase.id, customerId: kase.customer_id, channel: medium, direction: 'outbound', occurredAt: at, topicId: kase.topic_id,
        summary: answer, internalNote: null, outcome: 'answered', followUp: null, articleIds, locationId: null,
        employeeId: employee?.id ?? null, employeeName: employee?.displayName ?? null,
      },
      at,
    );
    await this.integration.contactLogged(
      org,
      { id: contact.id, occurredAt: at, createdAt: new Date(contact.created_at), channel: medium, direction: 'outbound', summary: answer, outcome: 'answered', topicId: kase.topic_id },
      kase,
    );
    const text = answerMessage({
      medium, organizationName: organization.name, phone: organization.phone, customerName: customer.fullName,
      employeeName: employee?.displayName ?? null, subject: kase.subject, answer,
    });
    const message = await this.outbox.enqueue({
      organizationId: org, channel: medium, recipient: medium === 'email' ? customer.email : null, fromName: organization.name,
      subject: text.subject, body: text.body, referenceType: 'contact_answer', referenceId: contact.id,
      customerId: kase.customer_id, replyTo: organization.replyAddress,
    });
    await this.repository.setConfirmation(org, contact.id, medium, message.id);
    return { contactId: contact.id, medium };
  }
}
