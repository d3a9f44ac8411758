import { customerErased, customerUpdated } from './customer-events';

const relatie = { id: '00000000-0000-4000-8000-000000000001', idExtern: 'REL-1' };

describe('customer.updated', () => {
  it.each([
    { changed: ['email'], after: { email: 'a@b.nl' }, gewijzigd: ['email'], contactgegevens: { email: 'a@b.nl' } },
    { changed: ['phoneNumbers', 'preferredChannel'], after: { phones: ['+31612345678'], preferredChannel: 'whatsapp' as const }, gewijzigd: ['telefoonnummers', 'voorkeurskanaal'], contactgegevens: { telefoonnummers: ['+31612345678'], voorkeurskanaal: { code: 'APP', naam: 'Whatsapp' } } },
    { changed: ['preferredChannel'], after: { preferredChannel: 'social' as const }, gewijzigd: ['voorkeurskanaal'], contactgegevens: { voorkeurskanaal: null } },
    { changed: ['lastName', 'firstName', 'address'], after: {}, gewijzigd: ['voornaam', 'achternaam', 'adres'], contactgegevens: null },
    { changed: ['markers'], after: {}, gewijzigd: ['signaleringen'], contactgegevens: null },
  ])('$changed → $gewijzigd, with only the new contact details', ({ changed, after, gewijzigd, contactgegevens }) => {
    expect(customerUpdated(relatie, 'medewerker', changed, after)).toEqual({ relatie, door: 'medewerker', gewijzigd, contactgegevens, gewist: false });
  });

  it.each([[['attitude']], [['vulnerabilities', 'digitalSkill']], [[]]])('staff-only assessments %j publish nothing', (changed) => {
    expect(customerUpdated(relatie, 'medewerker', changed, {})).toBeNull();
  });

  it('an erasure carries ids only', () => {
    expect(customerErased(relatie)).toEqual({ relatie, door: 'medewerker', gewijzigd: [], contactgegevens: null, gewist: true });
  });
});
