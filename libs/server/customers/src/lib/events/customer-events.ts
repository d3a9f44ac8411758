import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RelatieRefDto, VeraCodeDto } from '@loket/server/platform';
import { VERA_CHANNEL_CODES, veraReferentiedata, type Channel } from '@loket/shared/contracts';

/** The fields of a customer an ERP hears changed, by their VERA-style names. */
export const CUSTOMER_EVENT_FIELDS = [
  'soort', 'voorletters', 'voornaam', 'voorvoegsels', 'achternaam', 'geboortedatum', 'email', 'telefoonnummers', 'adres', 'voorkeurskanaal', 'taal', 'tolkNodig', 'signaleringen',
] as const;
export type CustomerEventField = (typeof CUSTOMER_EVENT_FIELDS)[number];

/**
 * Loket's field → the name in the event. Staff's own assessments of the person (attitude, digital
 * skill, vulnerabilities) are not told to the ERP: a change of only those publishes nothing.
 */
const FIELD_NAMES: Record<string, CustomerEventField | null> = {
  kind: 'soort', initials: 'voorletters', firstName: 'voornaam', namePrefix: 'voorvoegsels', lastName: 'achternaam', birthDate: 'geboortedatum',
  email: 'email', phoneNumbers: 'telefoonnummers', address: 'adres', preferredChannel: 'voorkeurskanaal', language: 'taal', interpreterNeeded: 'tolkNodig',
  attitude: null, digitalSkill: null, vulnerabilities: null,
};

/** The new contact details (only those that changed): what the ERP needs to update its own relatie. */
export class CustomerContactDetailsDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'k.devries@example.nl' }) email?: string | null;
  @ApiPropertyOptional({ type: [String], example: ['+31612345678'], description: 'Telefoonnummers in E.164, de voorkeur eerst' }) telefoonnummers?: string[];
  @ApiPropertyOptional({ type: VeraCodeDto, nullable: true, description: 'VERA COMMUNICATIEKANAAL; null: geen voorkeur, of een kanaal zonder VERA-code (sociale media)' })
  voorkeurskanaal?: VeraCodeDto | null;
}

/**
 * `customer.updated`: a customer was changed in Loket (by staff, by the tenant in Mijn Loket, or
 * erased). Changes that came from the ERP itself are not published. Which fields changed by name;
 * only the new contact details carry values. An erased customer's event carries ids only.
 */
export class CustomerUpdatedEventDto {
  @ApiProperty({ type: RelatieRefDto }) relatie!: RelatieRefDto;
  @ApiProperty({ enum: ['medewerker', 'huurder'], enumName: 'CustomerUpdatedBy', description: 'Wie het wijzigde: een medewerker, of de huurder zelf in Mijn Loket' })
  door!: 'medewerker' | 'huurder';
  @ApiProperty({ enum: CUSTOMER_EVENT_FIELDS, enumName: 'CustomerEventField', isArray: true, description: 'De gewijzigde gegevens (namen, geen waarden)' })
  gewijzigd!: CustomerEventField[];
  @ApiProperty({ type: CustomerContactDetailsDto, nullable: true, description: 'De nieuwe contactgegevens, alleen als die wijzigden' })
  contactgegevens!: CustomerContactDetailsDto | null;
  @ApiProperty({ description: 'De persoon is gewist (AVG): de relatie blijft, naam en gegevens zijn weg. Het event noemt dan alleen de ids.' })
  gewist!: boolean;
}

/** The keys of event data that hold personal details, emptied when the customer is erased. */
export const CUSTOMER_EVENT_PERSONAL_KEYS = ['contactgegevens'] as const;

export const kanaal = (channel: Channel | null | undefined): VeraCodeDto | null => {
  const code = channel ? VERA_CHANNEL_CODES[channel] : null;
  return code ? veraReferentiedata('COMMUNICATIEKANAAL', code) : null;
};

/**
 * The event of a change made in Loket, or null when nothing the ERP hears about changed.
 * `changed` names Loket's fields as the request did (`firstName`, `phoneNumbers`, `markers`);
 * `after` holds the new contact details.
 */
export function customerUpdated(
  relatie: RelatieRefDto,
  by: 'medewerker' | 'huurder',
  changed: string[],
  after: { email?: string | null; phones?: string[]; preferredChannel?: Channel | null },
): CustomerUpdatedEventDto | null {
  const fields = [...new Set(changed.map((f) => (f === 'markers' ? 'signaleringen' : FIELD_NAMES[f])).filter((f): f is CustomerEventField => !!f))]
    .sort((a, b) => CUSTOMER_EVENT_FIELDS.indexOf(a) - CUSTOMER_EVENT_FIELDS.indexOf(b));
  if (fields.length === 0) return null;
  const details: CustomerContactDetailsDto = {};
  if (fields.includes('email')) details.email = after.email ?? null;
  if (fields.includes('telefoonnummers')) details.telefoonnummers = after.phones ?? [];
  if (fields.includes('voorkeurskanaal')) details.voorkeurskanaal = kanaal(after.preferredChannel);
  return { relatie, door: by, gewijzigd: fields, contactgegevens: Object.keys(details).length ? details : null, gewist: false };
}

/** The event of an erasure: ids only. */
export function customerErased(relatie: RelatieRefDto): CustomerUpdatedEventDto {
  return { relatie, door: 'medewerker', gewijzigd: [], contactgegevens: null, gewist: true };
}
