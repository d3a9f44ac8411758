import type { CalendarSettings } from '@loket/shared/business-calendar';
import { INTEGRATION_SCOPES, type Attitude, type Channel, type CustomerKind, type DigitalSkill, type MarkerCode, type StaffRole, type Vulnerability } from '@loket/shared/contracts';

export const DEMO_PASSWORD = 'Loket-demo-1';

/**
 * One integration client per demo organization, with a secret anyone who reads the README knows, so
 * an integrator can try `curl` right after `npm run demo`. Demo data only: a real organization's
 * clients are made by its admin, each with a secret of 32 random bytes shown once.
 */
export const DEMO_INTEGRATION_CLIENT = {
  name: 'Demo-ERP',
  clientId: (slug: string) => `lkc_demo_${slug}`,
  secret: 'lks_demo-erp-Loket-demo-1',
  scopes: INTEGRATION_SCOPES,
} as const;


export interface DemoOrganization {
  slug: string;
  name: string;
  domain: string;
  numberBase: number;
  /** The business calendar as the demo data contract states it (ARCHITECTURE.md), in the calendar library's shape. */
  calendar: CalendarSettings & { description: string };
  towns: { city: string; postcodeFrom: number; postcodeTo: number; areaCode: string }[];
  /** Walk-in offices (woonpunten). */
  locations: { code: string; name: string }[];
  /** How customers reach the corporation (organization settings): phone (national digits) and the monitored reply address. */
  phone: string;
  replyAddress: string;
}

const day = (from: string, to: string): [string, string][] => [[from, to]];

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    slug: 'linde',
    name: 'Woonstichting De Linde',
    domain: 'linde.demo',
    numberBase: 100000,
    phone: '0416123400',
    replyAddress: 'klantcontact@linde.demo',
    calendar: {
      timeZone: 'Europe/Amsterdam',
      openingHours: {
        mon: day('08:30', '17:00'), tue: day('08:30', '17:00'), wed: day('08:30', '17:00'), thu: day('08:30', '17:00'),
        fri: day('08:30', '12:00'), sat: [], sun: [],
      },
      publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'lustrum_years' },
      description: 'ma–do 08:30–17:00, vr 08:30–12:00; Nederlandse feestdagen; Goede Vrijdag open; Bevrijdingsdag alleen in lustrumjaren (2025, 2030, …) dicht',
    },
    towns: [
      { city: 'Sprang-Capelle', postcodeFrom: 5161, postcodeTo: 5162, areaCode: '416' },
      { city: 'Waalwijk', postcodeFrom: 5141, postcodeTo: 5146, areaCode: '416' },
      { city: 'Kaatsheuvel', postcodeFrom: 5171, postcodeTo: 5172, areaCode: '416' },
      { city: 'Dongen', postcodeFrom: 5101, postcodeTo: 5107, areaCode: '162' },
    ],
    locations: [
      { code: 'sprang-capelle', name: 'Woonpunt Sprang-Capelle' },
      { code: 'waalwijk', name: 'Kantoor Waalwijk' },
    ],
  },
  {
    slug: 'anker',
    name: 'Wooncorporatie Het Anker',
    domain: 'anker.demo',
    numberBase: 200000,
    phone: '0881234567',
    replyAddress: 'antwoord@anker.demo',
    calendar: {
      timeZone: 'Europe/Amsterdam',
      openingHours: {
        mon: day('08:00', '17:00'), tue: day('08:00', '17:00'), wed: day('08:00', '17:00'), thu: day('08:00', '17:00'),
        fri: day('08:00', '17:00'), sat: [], sun: [],
      },
      publicHolidays: { country: 'NL', goodFriday: 'closed', liberationDay: 'every_year' },
      description: 'ma–vr 08:00–17:00; Nederlandse feestdagen; Goede Vrijdag dicht; Bevrijdingsdag elk jaar dicht',
    },
    towns: [
      { city: 'Den Helder', postcodeFrom: 1781, postcodeTo: 1789, areaCode: '223' },
      { city: 'Julianadorp', postcodeFrom: 1787, postcodeTo: 1788, areaCode: '223' },
      { city: 'Schagen', postcodeFrom: 1741, postcodeTo: 1742, areaCode: '224' },
    ],
    locations: [{ code: 'den-helder', name: 'Woonpunt Den Helder' }],
  },
];

/** The front-office team of each demo organization: agent and team lead are members; the team lead leads it, the admin manages it. */
export const DEMO_TEAM = 'Klantcontact';

export const STAFF: { local: string; displayName: string; roles: StaffRole[] }[] = [
  { local: 'agent', displayName: 'Anouk Klantcontact', roles: ['agent'] },
  { local: 'teamlead', displayName: 'Tim Teamleider', roles: ['team_lead', 'agent'] },
  { local: 'editor', displayName: 'Eva Kennisbank', roles: ['kb_editor'] },
  { local: 'admin', displayName: 'Ahmed Beheer', roles: ['admin'] },
];

/**
 * The back-office teams of each demo organization (issue 12): cases are forwarded to their queues.
 * Each has a member who logs in (`technisch@linde.demo`, … with the demo password, role agent);
 * the front office's team lead leads them (manages their members), the admin manages them.
 */
export const BACKOFFICE_TEAMS: { name: string; member: { local: string; displayName: string; roles: StaffRole[] } }[] = [
  { name: 'Technisch beheer', member: { local: 'technisch', displayName: 'Tom Technisch', roles: ['agent'] } },
  { name: 'Verhuur', member: { local: 'verhuur', displayName: 'Vera Verhuur', roles: ['agent'] } },
  { name: 'Incasso', member: { local: 'incasso', displayName: 'Ingrid Incasso', roles: ['agent'] } },
  { name: 'Wijkbeheer', member: { local: 'wijkbeheer', displayName: 'Wim Wijkbeheer', roles: ['agent'] } },
];

/** Open questions the front office forwarded to a back-office team's queue (by the fixed customer's number). */
export const DEMO_FORWARDED: { customerNumber: Record<string, string>; subject: string; summary: string; team: string; note: string }[] = [
  {
    customerNumber: { linde: '100002', anker: '200001' }, subject: 'Water uit het plafond', team: 'Technisch beheer',
    summary: 'Er komt water uit het plafond in de badkamer, sinds vanochtend.', note: 'Lekkage vanaf de bovenburen? Loodgieter nodig. Klant is thuis na 13:00.',
  },
  {
    customerNumber: { linde: '100001', anker: '200002' }, subject: 'Keukenkraan lekt', team: 'Technisch beheer',
    summary: 'De keukenkraan blijft druppelen, ook als hij dicht is.', note: 'Kraan vervangen of nieuw leertje. Geen haast volgens klant.',
  },
  {
    customerNumber: { linde: '100003', anker: '200001' }, subject: 'Cv-ketel geeft storing', team: 'Technisch beheer',
    summary: 'De cv-ketel geeft storing F28, geen warm water.', note: 'Storing F28: gasdruk? Klant is 70+, graag vandaag nog bellen.',
  },
  {
    customerNumber: { linde: '100001', anker: '200002' }, subject: 'Vraag over de huurverhoging', team: 'Verhuur',
    summary: 'De klant begrijpt de huurverhoging niet.', note: 'Graag uitleg over de berekening, klant wil schriftelijk antwoord.',
  },
];

export interface SeedCustomer {
  id: string;
  customerNumber: string;
  kind: CustomerKind;
  initials: string | null;
  firstName: string;
  namePrefix: string | null;
  lastName: string;
  birthDate: string | null;
  email: string | null;
  phones: { e164: string; label: 'mobile' | 'home' }[];
  address: { street: string; houseNumber: number; houseLetter: string | null; houseNumberAddition: string | null; postcode: string; city: string };
  preferredChannel: Channel | null;
  language: string;
  interpreterNeeded: boolean;
  digitalSkill: DigitalSkill | null;
  attitude: Attitude | null;
  vulnerabilities: Vulnerability[];
  markers: { code: MarkerCode; note: string; validFrom: string; validUntil: string | null }[];
  /** Tenants rent the unit at their address. */
  contract: { contractNumber: string; startDate: string; endDate: string | null; rentCents: number; unitType: string } | null;
  /** Log-in for the portal, if any. */
  portalLogin?: string;
}

type Fixed = Omit<SeedCustomer, 'id' | 'initials' | 'markers' | 'vulnerabilities' | 'attitude' | 'digitalSkill' | 'interpreterNeeded' | 'language' | 'preferredChannel' | 'contract'> &
  Partial<SeedCustomer>;

const fixed = (c: Fixed): Omit<SeedCustomer, 'id'> => ({
  initials: c.firstName[0] + '.',
  markers: [],
  vulnerabilities: [],
  attitude: null,
  digitalSkill: null,
  interpreterNeeded: false,
  language: 'nl',
  preferredChannel: null,
  contract: null,
  ...c,
});

/** The customers tests, docs and demos rely on by name. */
export const FIXED_CUSTOMERS: Record<string, Omit<SeedCustomer, 'id'>[]> = {
  linde: [
    fixed({
      customerNumber: '100001', kind: 'tenant', firstName: 'Sanne', namePrefix: 'de', lastName: 'Vries', birthDate: '1988-04-12',
      email: 'huurder@linde.demo', phones: [{ e164: '+31612345678', label: 'mobile' }],
      address: { street: 'Lindelaan', houseNumber: 12, houseLetter: 'A', houseNumberAddition: null, postcode: '5161AB', city: 'Sprang-Capelle' },
      preferredChannel: 'email', digitalSkill: 'digital', attitude: 'active',
      contract: { contractNumber: 'HC-100001', startDate: '2019-06-01', endDate: null, rentCents: 61245, unitType: 'Eengezinswoning' },
      portalLogin: 'huurder@linde.demo',
    }),
    fixed({
      customerNumber: '100002', kind: 'tenant', firstName: 'Kees', namePrefix: 'van den', lastName: 'Berg', birthDate: '1961-09-30',
      email: 'kees.vandenberg@example.nl', phones: [{ e164: '+31623456789', label: 'mobile' }, { e164: '+31416123456', label: 'home' }],
      address: { street: 'Lindelaan', houseNumber: 14, houseLetter: null, houseNumberAddition: null, postcode: '5161AB', city: 'Sprang-Capelle' },
      preferredChannel: 'phone', digitalSkill: 'sometimes', attitude: 'consumer',
      markers: [{ code: 'AGR', note: "Heeft een medewerker bedreigd aan de balie. Huisbezoek alleen met z'n tweeën.", validFrom: '2026-03-02', validUntil: null }],
      contract: { contractNumber: 'HC-100002', startDate: '2004-02-01', endDate: null, rentCents: 58710, unitType: 'Eengezinswoning' },
    }),
    fixed({
      customerNumber: '100003', kind: 'tenant', firstName: 'Fatma', namePrefix: null, lastName: 'Yılmaz', birthDate: '1954-01-20',
      email: null, phones: [{ e164: '+31634567890', label: 'mobile' }],
      address: { street: 'Eikenlaan', houseNumber: 3, houseLetter: null, houseNumberAddition: null, postcode: '5161AC', city: 'Sprang-Capelle' },
      preferredChannel: 'counter', language: 'tr', interpreterNeeded: true, digitalSkill: 'not_digital', attitude: 'dependent', vulnerabilities: ['digital'],
      markers: [{ code: 'ONB', note: 'Dochter helpt met post en formulieren. Bel bij voorkeur tussen 10 en 12 uur.', validFrom: '2025-11-01', validUntil: null }],
      contract: { contractNumber: 'HC-100003', startDate: '1998-09-01', endDate: null, rentCents: 49830, unitType: 'Benedenwoning' },
    }),
  ],
  anker: [
    fixed({
      customerNumber: '200001', kind: 'tenant', firstName: 'Pieter', namePrefix: null, lastName: 'Jansen', birthDate: '1979-07-03',
      email: 'huurder@anker.demo', phones: [{ e164: '+31687654321', label: 'mobile' }],
      address: { street: 'Ankerstraat', houseNumber: 7, houseLetter: null, houseNumberAddition: null, postcode: '1781AA', city: 'Den Helder' },
      preferredChannel: 'portal', digitalSkill: 'digital', attitude: 'active',
      contract: { contractNumber: 'HC-200001', startDate: '2015-03-01', endDate: null, rentCents: 70390, unitType: 'Appartement' },
      portalLogin: 'huurder@anker.demo',
    }),
    fixed({
      customerNumber: '200002', kind: 'tenant', firstName: 'Sanne', namePrefix: 'de', lastName: 'Vries', birthDate: '1990-10-22',
      email: 'sanne.devries@example.nl', phones: [{ e164: '+31636543210', label: 'mobile' }],
      address: { street: 'Havenweg', houseNumber: 12, houseLetter: null, houseNumberAddition: null, postcode: '1781AB', city: 'Den Helder' },
      preferredChannel: 'email',
      contract: { contractNumber: 'HC-200002', startDate: '2021-01-01', endDate: null, rentCents: 65000, unitType: 'Appartement' },
    }),
  ],
};

/** A few knowledge-base articles per demo organization, published (public for the portal, internal for agents). */
export const DEMO_ARTICLES: { title: string; questions: string[]; body: string; audience: 'public' | 'internal'; category: string; topic: string; answerTemplate?: string }[] = [
  {
    title: 'Huur opzeggen', category: 'Huren', topic: 'huur-opzeggen', audience: 'public',
    questions: ['Hoe zeg ik mijn huur op?', 'contract beëindigen', 'verhuizen'],
    body: 'U zegt uw huur op in Mijn Loket of met een brief.\n\nDe opzegtermijn is **één maand**. Wij plannen daarna een eindinspectie. Zorg dat de woning dan leeg en schoon is.',
    answerTemplate:
      'U wilt uw huur opzeggen. De opzegtermijn is één maand. U kunt opzeggen in Mijn Loket of met een brief.\n\nNa uw opzegging maken we een afspraak voor de eindinspectie. Zorg dat de woning dan leeg en schoon is.',
  },
  {
    title: 'Reparatie melden', category: 'Onderhoud', topic: 'reparatie', audience: 'public',
    questions: ['Hoe meld ik een reparatie?', 'iets is kapot', 'storing'],
    body: 'Meld een reparatie in Mijn Loket of bel ons.\n\nBij spoed, zoals geen verwarming in de winter, komen wij dezelfde dag. Anders komt de monteur binnen drie werkdagen.',
    answerTemplate:
      'Wij hebben uw reparatieverzoek op {datum} ontvangen. De monteur komt binnen drie werkdagen. Hij belt u een dag van tevoren om een tijd af te spreken.\n\nIs het toch spoed? Bel ons dan op {telefoon}.',
  },
  {
    title: 'Lekkage in huis', category: 'Onderhoud', topic: 'reparatie', audience: 'public',
    questions: ['Wat doe ik bij een lekkage?', 'waterschade', 'lekkend dak'],
    body: 'Draai eerst de hoofdkraan dicht. Bel ons daarna meteen.\n\nBij een lekkage komt de monteur dezelfde dag. Maak foto\'s van de schade.',
    answerTemplate:
      'Wat vervelend dat er water lekt in uw woning. Op {datum} hebben wij een monteur voor u ingepland. Hij komt dezelfde dag langs.\n\nDraai tot die tijd de hoofdkraan dicht als dat kan. Maak foto\'s van de schade, die heeft u nodig voor uw verzekering.\n\nWordt het erger? Bel ons dan meteen op {telefoon}.',
  },
  {
    title: 'Huurtoeslag', category: 'Huren', topic: 'huurtoeslag', audience: 'public',
    questions: ['Kan ik huurtoeslag krijgen?', 'toeslag aanvragen'],
    body: 'Huurtoeslag vraagt u aan bij de Belastingdienst. Op [toeslagen.nl](https://www.belastingdienst.nl/toeslagen) rekent u uit of u er recht op heeft.',
    answerTemplate:
      'Huurtoeslag vraagt u aan bij de Belastingdienst, niet bij ons. Op www.toeslagen.nl rekent u uit of u er recht op heeft.\n\nHeeft u daarvoor een huurspecificatie nodig? Die sturen wij u graag. Bel ons op {telefoon}.',
  },
  {
    title: 'Werkinstructie: melding van overlast', category: 'Werkinstructies', topic: 'overlast', audience: 'internal',
    questions: ['Wat vraag ik bij een overlastmelding?', 'burenruzie', 'geluidsoverlast'],
    body: 'Vraag naar: wat gebeurt er, sinds wanneer, hoe vaak, en of de melder al met de buren heeft gepraat.\n\nLeg het vast onder het onderwerp Overlast. Bij dreiging: meteen de teamleider inschakelen.',
  },
  // Knowledge search (issue 12): the subjects tenants ask about most, as Dutch corporations' FAQ pages have them.
  {
    title: 'Wc of afvoer verstopt', category: 'Onderhoud', topic: 'reparatie', audience: 'public',
    questions: ['Mijn wc is verstopt, wat nu?', 'Wie betaalt het ontstoppen van de afvoer?', 'De gootsteen loopt niet door'],
    body: 'Probeer eerst zelf de afvoer vrij te maken. Gebruik een ontstopper of heet water met soda.\n\nLukt dat niet? Meld de verstopping dan bij ons. Komt de verstopping door iets wat u zelf in de wc of gootsteen heeft gegooid? Dan betaalt u de kosten. Zit de verstopping in het riool of de hoofdafvoer? Dan betalen wij.',
  },
  {
    title: 'Cv-ketel storing of geen warm water', category: 'Onderhoud', topic: 'reparatie', audience: 'public',
    questions: ['Mijn verwarming doet het niet', 'De cv-ketel geeft een storing', 'Ik heb geen warm water'],
    body: 'Kijk eerst of er genoeg water in de installatie zit. De druk moet tussen 1 en 2 bar zijn. Is de druk te laag? Vul dan water bij.\n\nStaat er een storingscode op het scherm? Zet de ketel dan uit en weer aan. Helpt dat niet? Bel dan het storingsnummer op de sticker op de ketel.',
  },
  {
    title: 'Schimmel en vocht in huis', category: 'Onderhoud', topic: 'reparatie', audience: 'public',
    questions: ['Er zit schimmel op de muur', 'Wat doe ik tegen vocht?', 'zwarte plekken in de badkamer'],
    body: 'Schimmel komt vaak door vocht. Lucht uw huis elke dag. Zet een raam op een kier of open het ventilatierooster. Droog de badkamer na het douchen.\n\nKleine plekken haalt u weg met een schimmelreiniger. Komt de schimmel steeds terug? Meld het dan bij ons. Wij komen kijken wat de oorzaak is.',
  },
  {
    title: 'Sleutel kwijt of buitengesloten', category: 'Wonen', topic: 'overig', audience: 'public',
    questions: ['Ik ben mijn sleutel kwijt', 'Ik sta buiten en kan niet naar binnen', 'Een sleutel bijmaken'],
    body: 'Bent u buitengesloten? Bel dan een slotenmaker. De kosten zijn voor uzelf.\n\nHeeft u een sleutel van de centrale deur of de berging nodig? Vraag die dan bij ons aan. Een extra sleutel kost geld. Is uw sleutel gestolen? Doe dan ook aangifte bij de politie.',
  },
  {
    title: 'Klacht indienen', category: 'Contact', topic: 'klacht', audience: 'public',
    questions: ['Hoe dien ik een klacht in?', 'Ik ben niet tevreden over de monteur', 'Ik ben ontevreden over de service'],
    body: 'Bent u niet tevreden over ons? Dat horen wij graag. Vul het klachtenformulier in op Mijn Loket of bel ons. Wij reageren binnen tien werkdagen.\n\nKomen wij er samen niet uit? Dan kunt u naar de onafhankelijke klachtencommissie.',
  },
  {
    title: 'Woningruil', category: 'Huren', topic: 'woning-zoeken', audience: 'public',
    questions: ['Mag ik mijn woning ruilen?', 'Hoe werkt woningruil?', 'Ruilen met een andere huurder'],
    body: 'Wilt u van woning ruilen met een andere huurder? Dat kan. Vraag eerst toestemming aan ons.\n\nBeide huurders moeten passen bij de nieuwe woning, bijvoorbeeld door hun inkomen. Wij kijken ook of de huur betaald is. Pas na onze toestemming tekent u het nieuwe huurcontract.',
  },
  {
    title: 'Overlast van buren', category: 'Wonen', topic: 'overlast', audience: 'public',
    questions: ['Ik heb last van mijn buren', 'Wat kan ik doen aan geluidsoverlast?', 'De buren maken veel lawaai'],
    body: 'Praat eerst rustig met uw buren. Vaak weten zij niet dat u last heeft. Helpt dat niet? Dan kan buurtbemiddeling helpen.\n\nSchrijf op wanneer u overlast heeft. Is de overlast ernstig of blijft het duren? Meld het dan bij ons. Bij gevaar belt u de politie.',
  },
  {
    title: 'Betalingsregeling bij huurachterstand', category: 'Huren', topic: 'schulden', audience: 'public',
    questions: ['Ik kan mijn huur niet betalen', 'Kan ik een betalingsregeling krijgen?', 'Ik heb een huurachterstand'],
    body: 'Kunt u de huur niet op tijd betalen? Neem dan zo snel mogelijk contact met ons op. Samen maken wij een betalingsregeling. U betaalt de achterstand dan in delen.\n\nHeeft u meer schulden? Wij helpen u aan gratis hulp van de gemeente.',
  },
  {
    title: 'Huur betalen', category: 'Huren', topic: 'huur-betalen', audience: 'public',
    questions: ['Hoe betaal ik mijn huur?', 'automatische incasso', 'Wanneer moet de huur betaald zijn?'],
    body: 'U betaalt de huur vóór de eerste dag van de maand. Het makkelijkst is automatische incasso: dan schrijven wij de huur elke maand af. U regelt dat in Mijn Loket.\n\nU kunt ook zelf overmaken. Zet dan uw contractnummer bij de omschrijving.',
  },
  {
    title: 'Huurverhoging', category: 'Huren', topic: 'huurtoeslag', audience: 'public',
    questions: ['Waarom gaat mijn huur omhoog?', 'Ik ben het niet eens met de huurverhoging', 'bezwaar maken'],
    body: 'Elk jaar op 1 juli kan de huur omhoog gaan. U krijgt daarover vóór 1 mei een brief.\n\nBent u het er niet mee eens? Dan kunt u bezwaar maken vóór 1 juli. Stuur uw bezwaar naar ons. Komen wij er niet uit? Dan beslist de Huurcommissie.',
  },
  {
    title: 'Zelf iets veranderen aan uw woning', category: 'Wonen', topic: 'zelf-aanpassen', audience: 'public',
    questions: ['Mag ik zelf een nieuwe keuken plaatsen?', 'Toestemming voor een verbouwing', 'een dakkapel of schuur bouwen'],
    body: 'Wilt u uw woning aanpassen? Bijvoorbeeld een nieuwe keuken, een schuur of een andere vloer. Vraag dan eerst toestemming aan ons. Dat doet u in Mijn Loket.\n\nWij kijken of de aanpassing veilig is en goed wordt gedaan. Gaat u verhuizen? Dan mag de aanpassing soms blijven.',
  },
  {
    title: 'Ongedierte', category: 'Wonen', topic: 'woonomgeving', audience: 'public',
    questions: ['Ik heb muizen in huis', 'kakkerlakken of zilvervisjes', 'een wespennest'],
    body: 'Heeft u last van muizen, ratten of kakkerlakken? Meld het bij de gemeente of bij ons. Houd uw huis schoon en laat geen eten staan.\n\nEen wespennest laat u weghalen door een bestrijder. Ongedierte in een gemeenschappelijke ruimte lossen wij op.',
  },
  {
    title: 'Inschrijven als woningzoekende', category: 'Huren', topic: 'woning-zoeken', audience: 'public',
    questions: ['Hoe kom ik aan een huurwoning?', 'Hoe lang is de wachttijd?', 'Mijn inschrijving verlengen'],
    body: 'U schrijft zich in op de website voor woningzoekenden in de regio. Daar reageert u op vrije woningen.\n\nHoe langer u ingeschreven staat, hoe meer kans u heeft. Verleng uw inschrijving elk jaar. Anders vervalt die.',
  },
  {
    title: 'Kraan druppelt of is kapot', category: 'Onderhoud', topic: 'reparatie', audience: 'public',
    questions: ['Mijn kraan lekt', 'De keukenkraan druppelt', 'Ik heb een nieuwe kraan nodig'],
    body: 'Druppelt de kraan? Vaak is dan het leertje versleten. Dat is klein onderhoud en dat doet u zelf.\n\nIs de kraan helemaal kapot? Meld het dan als reparatie. Heeft u een servicecontract? Dan komen wij ook voor kleine reparaties.',
  },
];
