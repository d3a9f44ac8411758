/**
 * Rules the SPAs' forms and the API must agree on, defined once: the server's DTO decorators and
 * the SPAs' zod schemas both read them. A form may check less (the API has the last word), never
 * something else. Lengths count UTF-16 code units, as both class-validator and zod do.
 */
export interface TextRule {
  readonly min?: number;
  readonly max: number;
}

export const FORM_RULES = {
  caseSubject: { min: 3, max: 200 },
  contactSummary: { min: 3, max: 4000 },
  contactInternalNote: { max: 4000 },
  answerSummary: { min: 3, max: 4000 },
  portalQuestion: { min: 3, max: 4000 },
  callbackReason: { min: 3, max: 500 },
  callbackResult: { min: 3, max: 4000 },
  callbackAttemptNote: { max: 1000 },
  markerNote: { min: 3, max: 2000 },
  articleTitle: { min: 3, max: 200 },
  articleCategory: { max: 80 },
  articleChangeNote: { max: 500 },
  closingDayReason: { max: 200 },
  email: { max: 254 },
  // issue 12 (work): the hand-off note and team names
  forwardNote: { min: 3, max: 2000 },
  teamName: { min: 2, max: 80 },
} as const satisfies Record<string, TextRule>;

/**
 * The shape of an e-mail address as the forms check it before sending: something@something.tld,
 * no spaces. The API checks it fully (and answers `not_an_email`).
 */
export const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
