import type { FieldErrorCode } from '@loket/shared/contracts';
import { EARLIEST_YEAR, LATEST_YEAR } from './dates';

/**
 * The one catalog of what the API says when it refuses something: the message of every field
 * error code and the title/detail of every problem, in Dutch (the default) and English (when the
 * caller ranks `en` above `nl` in Accept-Language). Call sites give a code and parameters, never
 * prose; the problem filter picks the language and fills in `{name}` placeholders.
 */
export type Language = 'nl' | 'en';
export type MessageParams = Readonly<Record<string, string | number>>;
type Texts = Readonly<Record<Language, string>>;

export const FIELD_MESSAGES: Readonly<Record<FieldErrorCode, Texts>> = {
  required: { nl: 'is verplicht', en: 'is required' },
  not_allowed: { nl: 'is hier niet toegestaan', en: 'is not allowed here' },
  not_text: { nl: 'moet tekst zijn', en: 'must be text' },
  not_a_number: { nl: 'moet een getal zijn', en: 'must be a number' },
  not_a_whole_number: { nl: 'moet een heel getal zijn', en: 'must be a whole number' },
  not_true_or_false: { nl: 'moet waar of onwaar zijn (true of false)', en: 'must be true or false' },
  not_an_object: { nl: 'moet een object zijn', en: 'must be an object' },
  not_a_list: { nl: 'moet een lijst zijn', en: 'must be a list' },
  too_short: { nl: 'moet minstens {min} tekens lang zijn', en: 'must be at least {min} characters' },
  too_long: { nl: 'mag hoogstens {max} tekens lang zijn', en: 'must be at most {max} characters' },
  too_few: { nl: 'moet minstens {min} onderdelen hebben', en: 'must have at least {min} items' },
  too_many: { nl: 'mag hoogstens {max} onderdelen hebben', en: 'may have at most {max} items' },
  too_small: { nl: 'moet minstens {min} zijn', en: 'must be at least {min}' },
  too_large: { nl: 'mag hoogstens {max} zijn', en: 'must be at most {max}' },
  out_of_range: { nl: 'moet van {min} tot en met {max} zijn', en: 'must be from {min} to {max}' },
  unknown_value: { nl: 'moet een van deze waarden zijn: {values}', en: 'must be one of {values}' },
  invalid_format: { nl: 'heeft niet de juiste vorm', en: 'is not in the right format' },
  not_an_id: { nl: 'is geen geldig id', en: 'is not a valid id' },
  not_an_email: { nl: 'is geen geldig e-mailadres', en: 'is not an e-mail address' },
  not_a_phone_number: { nl: 'is geen geldig telefoonnummer', en: 'is not a phone number' },
  not_a_postcode: { nl: 'is geen Nederlandse postcode (1234 AB)', en: 'is not a Dutch postcode (1234 AB)' },
  not_a_date: { nl: 'moet een datum zijn in de vorm JJJJ-MM-DD', en: 'must be a date YYYY-MM-DD' },
  not_a_real_date: { nl: 'is geen bestaande datum', en: 'is not a real date' },
  not_a_date_time: {
    nl: 'moet een datum en tijd met tijdverschil zijn (ISO 8601), bijvoorbeeld 2026-11-23T10:00:00+01:00',
    en: 'must be a date and time with offset (ISO 8601), e.g. 2026-11-23T10:00:00+01:00',
  },
  not_a_real_date_time: { nl: 'is geen bestaande datum en tijd', en: 'is not a real date and time' },
  not_a_time: { nl: 'moet een tijd UU:MM zijn (00:00–{max})', en: 'must be a time HH:MM (00:00–{max})' },
  not_a_time_zone: { nl: 'is geen bekende tijdzone (IANA-naam, bijvoorbeeld Europe/Amsterdam)', en: 'is not a known time zone (IANA name, e.g. Europe/Amsterdam)' },
  year_out_of_range: { nl: 'moet tussen de jaren {min} en {max} liggen', en: 'must lie between the years {min} and {max}' },
  in_future: { nl: 'mag niet in de toekomst liggen', en: 'must not be in the future' },
  in_past: { nl: 'ligt in het verleden', en: 'lies in the past' },
  too_far_back: { nl: 'moet binnen de laatste {days} dagen liggen', en: 'must lie within the last {days} days' },
  too_far_ahead: { nl: 'moet binnen {days} dagen vanaf nu liggen', en: 'must lie within {days} days from now' },
  too_far_ahead_years: { nl: 'mag hoogstens {years} jaar vooruit liggen', en: 'must lie at most {years} years ahead' },
  not_within_years: { nl: 'moet binnen {years} jaar van vandaag liggen', en: 'must lie within {years} years of today' },
  before_minimum: { nl: 'moet na {min} liggen', en: 'must be after {min}' },
  before_other: { nl: 'mag niet vóór {other} liggen', en: 'must not be before {other}' },
  not_after_other: { nl: 'moet na {other} liggen', en: 'must be after {other}' },
  ends_before_start: { nl: 'eindigt ({to}) voordat het begint ({from})', en: 'ends ({to}) before it starts ({from})' },
  not_overnight: { nl: 'is als nachtelijk gemarkeerd maar eindigt op dezelfde dag', en: 'is marked overnight but ends the same day' },
  overlaps: { nl: 'overlapt met {other}', en: 'overlaps {other}' },
  duplicate: { nl: 'staat er al: {other}', en: 'is already given: {other}' },
  not_both: { nl: 'geef dit of {other}, niet allebei', en: 'give either this or {other}, not both' },
  period_too_long: { nl: 'de periode mag hoogstens {days} dagen zijn', en: 'the period may be at most {days} days' },
  not_found_in_organization: { nl: 'is niet bekend in deze organisatie', en: 'is not known in this organization' },
  office_closed: { nl: 'valt buiten de openingstijden', en: 'is outside opening hours' },
  no_opening_hours: { nl: 'heeft op geen enkele dag een openingstijd: termijnen zouden nooit aflopen', en: 'has no opening time on any day: due moments could never be reached' },
  no_match: { nl: 'komt niet overeen', en: 'does not match' },
  unstorable_text: {
    nl: 'bevat een teken dat geen tekst is (een NUL-byte of een half UTF-16-paar)',
    en: 'contains a character that is not text (a NUL byte or half a UTF-16 pair)',
  },
  too_deep: { nl: 'is dieper genest dan {max} niveaus', en: 'is nested deeper than {max} levels' },
  malformed_json: { nl: 'is geen geldige JSON', en: 'is not valid JSON' },
  not_a_cursor: { nl: 'is geen cursor die deze API heeft uitgegeven', en: 'is not a cursor this API gave out' },
  scope_not_granted: { nl: 'vraagt scopes die deze koppeling niet heeft: {scopes}', en: 'asks for scopes this client does not have: {scopes}' },
  open_placeholder: { nl: 'bevat nog een plaatshouder die niet is ingevuld: {placeholder}', en: 'still holds a placeholder that is not filled in: {placeholder}' },
  unknown_vera_code: { nl: 'is geen code uit de VERA-lijst {soort}; geldige codes: {values}', en: 'is not a code of the VERA list {soort}; valid codes: {values}' },
};

/** Parameters a code always has (so no call site repeats them). */
const FIELD_DEFAULTS: Partial<Record<FieldErrorCode, MessageParams>> = {
  year_out_of_range: { min: EARLIEST_YEAR, max: LATEST_YEAR },
  not_a_time: { max: '23:59' },
  duplicate: { other: '…' },
};

/** The things a 404 can be about, with their names in both languages (capitalized as a title starts). */
export const SUBJECTS = {
  Article: { nl: 'Artikel', en: 'Article' },
  'Article version': { nl: 'Artikelversie', en: 'Article version' },
  Callback: { nl: 'Terugbelverzoek', en: 'Callback' },
  Case: { nl: 'Zaak', en: 'Case' },
  Contact: { nl: 'Contactmoment', en: 'Contact' },
  Customer: { nl: 'Klant', en: 'Customer' },
  'Integration client': { nl: 'Koppeling', en: 'Integration client' },
  Letter: { nl: 'Brief', en: 'Letter' },
  Marker: { nl: 'Signalering', en: 'Marker' },
  Team: { nl: 'Team', en: 'Team' },
  Resource: { nl: 'Gegevens', en: 'Resource' },
  Topic: { nl: 'Onderwerp', en: 'Topic' },
  User: { nl: 'Gebruiker', en: 'User' },
} as const satisfies Record<string, Texts>;
export type Subject = keyof typeof SUBJECTS;

/** Problem titles by HTTP status (and a few by problem code). */
const TITLES: Readonly<Record<string, Texts>> = {
  400: { nl: 'Ongeldig verzoek', en: 'Bad request' },
  401: { nl: 'Niet ingelogd', en: 'Not logged in' },
  403: { nl: 'Geen toegang', en: 'Forbidden' },
  404: { nl: 'Niet gevonden', en: 'Not found' },
  405: { nl: 'Methode niet toegestaan', en: 'Method not allowed' },
  409: { nl: 'Conflict', en: 'Conflict' },
  412: { nl: 'Voorwaarde niet vervuld', en: 'Precondition failed' },
  413: { nl: 'Verzoek te groot', en: 'Payload too large' },
  415: { nl: 'Soort inhoud niet ondersteund', en: 'Unsupported media type' },
  422: { nl: 'Niet te verwerken', en: 'Unprocessable entity' },
  429: { nl: 'Te veel verzoeken', en: 'Too many requests' },
  500: { nl: 'Interne fout', en: 'Internal error' },
  503: { nl: 'Dienst niet beschikbaar', en: 'Service unavailable' },
  'validation-failed': { nl: 'Ongeldige invoer', en: 'Invalid request' },
  'malformed-json': { nl: 'Ongeldige JSON', en: 'Malformed JSON body' },
  'not-found': { nl: '{subject} niet gevonden', en: '{subject} not found' },
};

/** Problem details by key: the key is the problem code, or `code.variant` where one code has several explanations. */
export const PROBLEM_DETAILS = {
  'not-found': { nl: 'Er bestaat voor u geen {subject} met dit id.', en: 'No {subject} with this id exists for you.' },
  'not-found.endpoint': { nl: 'Dit adres bestaat niet in de API.', en: 'There is no such endpoint.' },
  'validation-failed': { nl: 'Een of meer velden zijn niet goed ingevuld.', en: 'One or more fields are invalid.' },
  'validation-failed.not-publishable': { nl: 'Deze versie kan nog niet worden gepubliceerd.', en: 'This version cannot be published yet.' },
  'validation-failed.callback-not-saved': { nl: 'Het terugbelverzoek is niet opgeslagen: verbeter de genoemde velden.', en: 'The callback was not saved: correct the fields named.' },
  'validation-failed.contact-not-saved': { nl: 'Het contact en het terugbelverzoek zijn niet opgeslagen: verbeter de genoemde velden.', en: 'The contact and its callback were not saved: correct the fields named.' },
  'validation-failed.callback-not-moved': { nl: 'Het terugbelverzoek is niet verzet: verbeter de genoemde velden.', en: 'The callback was not moved: correct the fields named.' },
  'validation-failed.choose-another-moment': { nl: 'We konden dit gesprek niet inplannen: kies een ander moment.', en: 'We could not plan this call: choose another moment.' },
  'validation-failed.calendar-not-saved': { nl: 'De kalender is niet opgeslagen: verbeter de genoemde velden.', en: 'The calendar was not saved: correct the fields named.' },
  'validation-failed.policies-not-saved': { nl: 'De termijnafspraken zijn niet opgeslagen: verbeter de genoemde velden.', en: 'The policies were not saved: correct the fields named.' },
  'validation-failed.confirm-erasure': { nl: 'Typ het klantnummer om het wissen te bevestigen.', en: 'Type the customer number to confirm the erasure.' },
  'bad-request': { nl: 'Het verzoek is niet goed opgebouwd.', en: 'The request is not well formed.' },
  'malformed-json': { nl: 'De inhoud van het verzoek is geen geldige JSON.', en: 'The request body is not valid JSON.' },
  'payload-too-large': { nl: 'Het verzoek is te groot.', en: 'The request body is too large.' },
  'unsupported-media-type': { nl: 'Stuur de inhoud als application/json.', en: 'Send the body as application/json.' },
  'method-not-allowed': { nl: 'Deze methode is hier niet toegestaan.', en: 'This method is not allowed here.' },
  unauthorized: { nl: 'Log eerst in: dit verzoek vraagt een geldig bearer-token.', en: 'Log in first: this request needs a valid bearer token.' },
  'unauthorized.session-ended': { nl: 'Uw sessie is afgelopen of het token is niet geldig. Log opnieuw in.', en: 'Your session has ended or the token is not valid. Log in again.' },
  'unauthorized.invalid-client': { nl: 'De client_id of client_secret klopt niet, of de koppeling is ingetrokken.', en: 'The client_id or client_secret is not right, or the client was revoked.' },
  'unauthorized.wrong-credentials': { nl: 'Het e-mailadres of wachtwoord klopt niet.', en: 'The e-mail address or password is not right.' },
  forbidden: { nl: 'Uw account mag dit niet doen.', en: 'Your account may not do this.' },
  'forbidden.no-access-rule': { nl: 'Deze route noemt geen toegangsregel, dus niemand mag hem gebruiken.', en: 'This route declares no access rule, so nobody may call it.' },
  'forbidden.portal-tenants-only': { nl: 'Alleen huurdersaccounts mogen de portaal-API gebruiken.', en: 'Only tenant accounts may use the portal API.' },
  'forbidden.needs-scopes': { nl: 'Deze koppeling mist de scope hiervoor: een van {scopes}.', en: 'This client lacks the scope for this: one of {scopes}.' },
  'forbidden.not-for-clients': { nl: 'Deze route is voor medewerkers en huurders, niet voor koppelingen.', en: 'This route is for staff and tenants, not for integration clients.' },
  'forbidden.clients-only': { nl: 'Deze route is alleen voor koppelingen (integratieclients).', en: 'This route is for integration clients only.' },
  'forbidden.needs-roles': { nl: 'Hiervoor is een van deze rollen nodig: {roles}.', en: 'This needs one of the roles: {roles}.' },
  'forbidden.own-team-only': { nl: 'Een teamleider ziet wat de leden van het eigen team hebben ingezien.', en: 'A team lead sees what the members of their own team looked at.' },
  'too-many-requests': { nl: 'Te veel pogingen. Wacht even en probeer het daarna opnieuw.', en: 'Too many attempts. Wait a moment and try again.' },
  'too-many-requests.client-rate': {
    nl: 'Deze koppeling doet te veel verzoeken tegelijk. Wacht het aantal seconden uit Retry-After en probeer het daarna opnieuw.',
    en: 'This client makes too many requests at once. Wait the seconds in Retry-After, then try again.',
  },
  'too-many-requests.token-requests': {
    nl: 'Te veel tokenaanvragen voor deze client_id. Een token is 15 minuten geldig: gebruik het opnieuw. Wacht het aantal seconden uit Retry-After.',
    en: 'Too many token requests for this client_id. A token is valid for 15 minutes: reuse it. Wait the seconds in Retry-After.',
  },
  'integration-client-revoked': {
    nl: 'De koppeling "{name}" is ingetrokken en kan niet meer veranderen. Maak zo nodig een nieuwe koppeling.',
    en: 'The integration client "{name}" was revoked and can no longer change. Create a new one if needed.',
  },
  conflict: { nl: 'Dit botst met de huidige stand van zaken.', en: 'This conflicts with the current state.' },
  'topic-code-taken': { nl: 'Er is al een onderwerp met code "{code}".', en: 'There is already a topic with code "{code}".' },
  'customer-number-taken': { nl: 'Klantnummer {number} is al in gebruik.', en: 'Customer number {number} is already in use.' },
  'case-closed.no-contacts': {
    nl: 'Deze zaak is gesloten en neemt geen nieuwe contactmomenten aan. Open een nieuwe zaak voor een nieuwe vraag.',
    en: 'This case is closed and takes no new contacts. Open a new case for a new question.',
  },
  'case-closed.final': { nl: 'Deze zaak is gesloten; er kan niets meer aan veranderen.', en: 'This case is closed; it cannot change any more.' },
  'case-closed.new-question': { nl: 'Deze zaak is gesloten. Open een nieuwe zaak voor een nieuwe vraag.', en: 'This case is closed. Open a new case for a new question.' },
  'case-not-resolved': {
    nl: 'Alleen een opgeloste zaak kan worden gesloten: los hem eerst op met het antwoord voor de klant.',
    en: 'Only a resolved case can be closed: resolve it first with the answer for the customer.',
  },
  'case-already-resolved': { nl: 'Deze zaak is al {status}.', en: 'This case is already {status}.' },
  'stale-version': {
    nl: 'Iemand heeft versie {latest} opgeslagen na versie {base} die u bewerkte. Open de nieuwste versie en breng uw wijziging opnieuw aan.',
    en: 'Someone saved version {latest} after the version {base} you edited. Open the latest version and make your change again.',
  },
  'callback-taken': { nl: 'Een collega heeft dit terugbelverzoek al.', en: 'A colleague already has this callback.' },
  'no-topics': { nl: 'Deze organisatie heeft geen onderwerpen om de vraag onder te zetten.', en: 'This organization has no topics to file the request under.' },
  'callback-final': { nl: 'Dit terugbelverzoek is al {status}; er kan niets meer aan veranderen.', en: 'This callback is already {status}; it cannot change any more.' },
  // issue 12 (work): hand-offs and teams
  'case-not-open': { nl: 'Deze zaak is al opgelost: alleen een open vraag kan worden doorgezet of opgepakt.', en: 'This case is already resolved: only an open question can be forwarded or claimed.' },
  'case-already-owned': { nl: 'Een collega heeft deze zaak al opgepakt.', en: 'A colleague has already claimed this case.' },
  'team-name-taken': { nl: 'Er is al een team met de naam "{name}".', en: 'There is already a team called "{name}".' },
  'forbidden.own-team-lead': { nl: 'Alleen een beheerder of de teamleider van dit team mag dit team wijzigen.', en: 'Only an admin or the lead of this team may change this team.' },
  unavailable: {
    nl: 'De database is even niet bereikbaar. Er is niets veranderd; probeer het zo opnieuw.',
    en: 'The database cannot be reached for a moment. Nothing was changed; please try again shortly.',
  },
  internal: {
    nl: 'Er ging bij ons iets mis. Noem het correlatie-id als u dit meldt.',
    en: 'Something went wrong on our side. Quote the correlation id when you report it.',
  },
} as const satisfies Record<string, Texts>;
export type ProblemDetailKey = keyof typeof PROBLEM_DETAILS;

const fill = (text: string, params: MessageParams): string => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** The message of a field error code in `language`, its `{placeholders}` filled in. */
export function fieldMessage(code: FieldErrorCode, params: MessageParams | undefined, language: Language): string {
  return fill(FIELD_MESSAGES[code][language], { ...FIELD_DEFAULTS[code], ...params });
}

/** A problem's title: by its code where the catalog has one, else by its status. */
export function problemTitle(code: string, status: number, params: MessageParams, language: Language): string {
  const texts = TITLES[code] ?? TITLES[status] ?? TITLES[status >= 500 ? 500 : 400];
  return fill(texts[language], params);
}

/** A problem's detail by its key (see {@link PROBLEM_DETAILS}). */
export function problemDetail(key: ProblemDetailKey, params: MessageParams, language: Language): string {
  return fill(PROBLEM_DETAILS[key][language], params);
}

/** The name of a 404's subject in `language`: capitalized for a title, lower case inside a sentence. */
export function subjectName(subject: Subject, language: Language, capitalized: boolean): string {
  const name = SUBJECTS[subject][language];
  return capitalized ? name : name.toLowerCase();
}

/**
 * The language of the answer: English only when the caller ranks `en` (any `en-*`) above `nl`;
 * Dutch otherwise (also without the header, or when both rank the same).
 */
export function preferredLanguage(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  const rank: Record<Language, number> = { nl: 0, en: 0 };
  for (const part of header.split(',')) {
    const [tag, ...options] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0] as Language;
    if (primary !== 'nl' && primary !== 'en') continue;
    const q = options.map((o) => /^\s*q=([0-9.]+)\s*$/.exec(o)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (Number.isFinite(weight)) rank[primary] = Math.max(rank[primary], Math.min(weight, 1));
  }
  return rank.en > rank.nl ? 'en' : 'nl';
}
