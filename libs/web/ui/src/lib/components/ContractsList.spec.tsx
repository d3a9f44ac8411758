import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract, startI18n } from '../../testing';
import { ContractsList } from './ContractsList';

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ');

/** What an app brings: its own title, empty text, "unknown" and status names. */
const appTexts = {
  contracts: { title_one: 'Mijn huurcontract', title_other: 'Mijn huurcontracten', none: 'Deze klant heeft geen huurcontract.', unknown: 'Onbekend' },
  labels: { contractStatus: { active: 'Actief', future: 'Toekomstig', ended: 'Beëindigd' } },
};

describe('ContractsList', () => {
  beforeAll(() => startI18n(appTexts));

  it('shows the unit address, status, start date and rent in Dutch notation', () => {
    render(<ContractsList contracts={[contract()]} />);
    const item = screen.getByRole('listitem');
    const text = normalise(item.textContent);
    expect(within(item).getByRole('heading', { level: 3 }).textContent).toContain('Lindelaan 12 A');
    expect(text).toContain('5161 AB Sprang-Capelle');
    expect(text).toContain('Actief');
    expect(text).toContain('1 januari 2015');
    expect(text).toContain('€ 612,45');
    expect(text).toContain('Huur per maand');
    expect(screen.getByRole('region', { name: 'Mijn huurcontract' })).toBeTruthy();
  });

  it('lists the active contract before an ended one', () => {
    render(
      <ContractsList
        contracts={[
          contract({ id: 'old', status: 'ended', startDate: '2001-05-01', endDate: '2014-12-31', unit: { ...contract().unit, id: 'u-old', address: { ...contract().unit.address, street: 'Oudeweg', houseNumber: 1, houseLetter: null } } }),
          contract(),
        ]}
      />,
    );
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toContain('Lindelaan 12 A');
    expect(headings[1]).toContain('Oudeweg 1');
    expect(normalise(screen.getAllByRole('listitem')[1].textContent)).toContain('31 december 2014');
    expect(screen.getByRole('region', { name: 'Mijn huurcontracten' })).toBeTruthy();
  });

  it('says so when there is no contract', () => {
    render(<ContractsList contracts={[]} />);
    expect(screen.getByText('Deze klant heeft geen huurcontract.')).toBeTruthy();
  });

  it('says the rent is unknown when it is', () => {
    render(<ContractsList contracts={[contract({ rentCents: null })]} />);
    expect(within(screen.getByRole('listitem')).getByText('Onbekend')).toBeTruthy();
  });
});
