import type { VeraCode } from './vera/vera';

// Enumerations of the v1 API: lowercase snake_case strings.

/**
 * The channels of a contact, in the order screens list them. `whatsapp` and `sms` are VERA's APP
 * and SMS; `social` (social media) has no VERA code (see VERA_CHANNEL_CODES).
 */
export const CHANNELS = ['phone', 'email', 'letter', 'counter', 'home_visit', 'portal', 'whatsapp', 'sms', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CUSTOMER_KINDS = ['tenant', 'home_seeker'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export const AGE_BANDS = ['starter', 'middle', 'senior'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const DIGITAL_SKILLS = ['digital', 'sometimes', 'not_digital'] as const;
export type DigitalSkill = (typeof DIGITAL_SKILLS)[number];

export const ATTITUDES = ['active', 'consumer', 'dependent'] as const;
export type Attitude = (typeof ATTITUDES)[number];

/** Less self-reliant in one of these respects (R2). */
export const VULNERABILITIES = ['social', 'digital', 'financial'] as const;
export type Vulnerability = (typeof VULNERABILITIES)[number];

/**
 * The VERA SIGNALERINGSOORT codes Loket uses as customer markers (signaleringen): Loket's choice
 * from VERA's list (not ONE, oneigenlijk gebruik woning), typed by it; their names are VERA's.
 */
export const MARKER_CODES = ['AGR', 'ONB', 'OVE', 'SCH', 'WAN'] as const satisfies readonly VeraCode<'SIGNALERINGSOORT'>[];
export type MarkerCode = (typeof MARKER_CODES)[number];
/** Markers that make contact unsafe: shown first, impossible to miss (R3). */
export const SAFETY_MARKER_CODES: readonly MarkerCode[] = ['AGR', 'WAN'];

export const PHONE_LABELS = ['mobile', 'home', 'work', 'other'] as const;
export type PhoneLabel = (typeof PHONE_LABELS)[number];

export const STAFF_ROLES = ['agent', 'team_lead', 'kb_editor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const CONTRACT_STATUSES = ['active', 'future', 'ended'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const SEARCH_MATCH_KINDS = ['customer_number', 'email', 'phone', 'address', 'postcode', 'name', 'street', 'name_postcode'] as const;
export type SearchMatchKind = (typeof SEARCH_MATCH_KINDS)[number];
