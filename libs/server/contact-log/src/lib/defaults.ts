/** The topics corporations usually work with; every organization starts with these and edits them. */
export const DEFAULT_TOPICS: { code: string; name: string; sensitive?: boolean }[] = [
  { code: 'huur-betalen', name: 'Huur en betalen' },
  { code: 'reparatie', name: 'Reparatie en onderhoud' },
  { code: 'overlast', name: 'Overlast', sensitive: true },
  { code: 'woning-zoeken', name: 'Woning zoeken' },
  { code: 'huur-opzeggen', name: 'Huur opzeggen' },
  { code: 'klacht', name: 'Klacht' },
  { code: 'huurtoeslag', name: 'Huurtoeslag en huurverhoging' },
  { code: 'woonomgeving', name: 'Woonomgeving en buurt' },
  { code: 'schulden', name: 'Betalingsproblemen en schulden', sensitive: true },
  { code: 'zelf-aanpassen', name: 'Zelf aanpassingen doen (ZAV)' },
  { code: 'persoonsgegevens', name: 'Mijn gegevens' },
  { code: 'overig', name: 'Overige vragen' },
];

type Query = (sql: string, params: unknown[]) => Promise<unknown>;

/** Gives an organization the default topic list (idempotent). */
export async function seedDefaultTopics(query: Query, organizationId: string): Promise<void> {
  await query(
    `INSERT INTO topics (organization_id, code, name, sensitive, position)
     SELECT $1, code, name, sensitive, pos FROM unnest($2::text[], $3::text[], $4::bool[]) WITH ORDINALITY AS t(code, name, sensitive, pos)
     ON CONFLICT (organization_id, code) DO NOTHING`,
    [organizationId, DEFAULT_TOPICS.map((t) => t.code), DEFAULT_TOPICS.map((t) => t.name), DEFAULT_TOPICS.map((t) => !!t.sensitive)],
  );
}
