/**
 * What an integration client (the corporation's ERP, a contractor's system) may do, named after
 * the VERA information domains it touches. A client holds one or more; a route names the scopes
 * that admit it.
 */
export const INTEGRATION_SCOPES = [
  'relaties.read',
  'relaties.write',
  'vastgoed.write',
  'overeenkomsten.write',
  'contactmomenten.read',
  'wijzigingen.read',
  'webhooks.manage',
] as const;
export type IntegrationScope = (typeof INTEGRATION_SCOPES)[number];

/** The events Loket tells integrations about (webhooks and the change feed). */
export const INTEGRATION_EVENT_TYPES = [
  'contact.logged',
  'case.opened',
  'case.forwarded',
  'case.resolved',
  'callback.created',
  'callback.escalated',
  'callback.completed',
  'customer.updated',
] as const;
export type IntegrationEventType = (typeof INTEGRATION_EVENT_TYPES)[number];
