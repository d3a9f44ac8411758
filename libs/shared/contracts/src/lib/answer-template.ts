/**
 * Standard answers (knowledge-base articles) carry placeholders that the agent app fills in
 * before the agent edits and sends the answer. The set, in Dutch as editors write them:
 *
 * | placeholder     | filled with                                   |
 * |-----------------|-----------------------------------------------|
 * | `{naam}`        | the customer's full name                      |
 * | `{klantnummer}` | the customer's number                         |
 * | `{onderwerp}`   | the case's subject                            |
 * | `{datum}`       | today, in Dutch (`5 december 2026`)           |
 * | `{medewerker}`  | the employee who answers                      |
 * | `{organisatie}` | the corporation's name                        |
 * | `{telefoon}`    | the corporation's phone number, Dutch style   |
 *
 * A placeholder without a value stays as it is, so the agent sees what is left to fill in.
 */
export const ANSWER_PLACEHOLDERS = ['naam', 'klantnummer', 'onderwerp', 'datum', 'medewerker', 'organisatie', 'telefoon'] as const;
export type AnswerPlaceholder = (typeof ANSWER_PLACEHOLDERS)[number];
export type AnswerValues = Partial<Record<AnswerPlaceholder, string | null | undefined>>;

const PLACEHOLDER = /\{([a-z]+)\}/g;

/** The template with every placeholder that has a value filled in, and the placeholders still open. */
export function fillAnswerTemplate(template: string, values: AnswerValues): { text: string; open: string[] } {
  const open: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = (ANSWER_PLACEHOLDERS as readonly string[]).includes(name) ? values[name as AnswerPlaceholder] : undefined;
    if (value === undefined || value === null || value.trim() === '') {
      if (!open.includes(whole)) open.push(whole);
      return whole;
    }
    return value.trim();
  });
  return { text, open };
}

/** The placeholders a text still holds (an answer is not sent with one in it). */
export function openPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[0]))];
}

export type AnswerMedium = 'email' | 'letter';

/**
 * How an answer reaches the customer: by letter when they prefer letters or have no e-mail
 * address; otherwise by e-mail (a customer who prefers the phone or the portal still gets the
 * answer in writing, and e-mail is the written channel they can reply to). The server sends by
 * it; the agent app shows it before sending.
 */
export function answerMedium(customer: { preferredChannel?: string | null; email?: string | null }): AnswerMedium {
  if (customer.preferredChannel === 'letter' || !customer.email) return 'letter';
  return 'email';
}

/** An e-mail address shown without giving it away: "sanne@example.nl" → "s…@example.nl". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '…';
  return `${email[0]}…${email.slice(at)}`;
}
