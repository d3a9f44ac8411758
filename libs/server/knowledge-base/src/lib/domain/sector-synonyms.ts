/**
 * The words tenants and agents of Dutch housing corporations use for the same thing: what every
 * organization's knowledge search starts with, until its editors save their own list (the editors
 * see this list in "Woorden die hetzelfde betekenen" and extend it). A group may hold phrases:
 * "water uit plafond" matches a question with all those words ("er komt water uit het plafond").
 */
export const SECTOR_SYNONYMS: readonly (readonly string[])[] = [
  ['lekkage', 'lek', 'lekt', 'lekken', 'lekkend', 'daklek', 'daklekkage', 'waterschade', 'water uit plafond', 'water door plafond', 'natte plek', 'druppelt plafond'],
  ['opzeggen', 'huur opzeggen', 'huuropzegging', 'opzegging', 'opzegtermijn', 'contract beëindigen', 'huurcontract beëindigen', 'huis opzeggen', 'woning opzeggen', 'verhuizen', 'huur stoppen', 'vertrekken'],
  ['verstopping', 'verstopt', 'verstopte', 'ontstoppen', 'afvoer', 'riool', 'loopt niet door', 'loopt niet weg', 'loopt over'],
  ['wc', 'toilet', 'closet', 'wc-pot'],
  ['cv', 'cv-ketel', 'ketel', 'verwarming', 'verwarmen', 'radiator', 'radiatoren', 'geen warm water', 'geen verwarming', 'thermostaat', 'storingscode'],
  ['schimmel', 'schimmelplek', 'vocht', 'vochtig', 'vochtplek', 'vochtplekken', 'condens', 'muf', 'zwarte plekken'],
  ['sleutel', 'sleutels', 'buitengesloten', 'buiten gesloten', 'slotenmaker', 'sleutel kwijt', 'slot'],
  ['klacht', 'klachten', 'klagen', 'ontevreden', 'niet tevreden', 'klachtenformulier', 'klachtencommissie'],
  ['woningruil', 'woning ruilen', 'huis ruilen', 'ruilen', 'ruil'],
  ['overlast', 'geluidsoverlast', 'lawaai', 'herrie', 'burenruzie', 'last van buren', 'buurtbemiddeling'],
  ['betalingsregeling', 'huurachterstand', 'achterstand', 'betalingsachterstand', 'schulden', 'schuld', 'huur niet betalen', 'niet betalen', 'in delen betalen', 'afbetalen'],
  ['huur betalen', 'huurbetaling', 'incasso', 'automatische incasso', 'afschrijving', 'afschrijven', 'overmaken', 'rekeningnummer', 'iban'],
  ['huurverhoging', 'huur omhoog', 'huurstijging', 'hogere huur', 'huurprijs', 'huuraanpassing'],
  ['huurtoeslag', 'toeslag', 'toeslagen'],
  ['ongedierte', 'muizen', 'muis', 'ratten', 'rat', 'kakkerlakken', 'wespen', 'wespennest', 'zilvervisjes', 'bedwantsen', 'mieren'],
  ['reparatie', 'reparatieverzoek', 'reparaties', 'kapot', 'defect', 'repareren', 'storing', 'klemt', 'gebroken'],
  ['zelf aanpassen', 'aanpassing', 'verbouwen', 'verbouwing', 'klussen', 'veranderen', 'zav'],
  ['inschrijven', 'inschrijving', 'woningzoekende', 'woningzoekenden', 'wachttijd', 'huurwoning zoeken', 'woning zoeken', 'huis zoeken'],
  ['kraan', 'keukenkraan', 'mengkraan', 'badkraan', 'douchekraan', 'leertje'],
  ['gaslucht', 'gas ruiken', 'gaslek'],
  ['monteur', 'vakman', 'aannemer', 'loodgieter'],
];
