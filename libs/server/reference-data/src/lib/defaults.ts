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
