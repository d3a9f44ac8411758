import { Injectable } from '@nestjs/common';

export interface OverviewSections {
  openCases: unknown[];
  openCallbacks: unknown[];
  recentContacts: unknown[];
}

type Section = keyof OverviewSections;
type Provider = (organizationId: string, customerId: string) => Promise<unknown[]>;

/**
 * Other modules add their part of the 360° picture here (open cases, callbacks, recent
 * contacts) without the customers module knowing them: they depend on it, not the reverse.
 */
@Injectable()
export class CustomerOverviewSections {
  private readonly providers = new Map<Section, Provider>();

  register(section: Section, provider: Provider): void {
    this.providers.set(section, provider);
  }

  async collect(organizationId: string, customerId: string): Promise<OverviewSections> {
    const entries = await Promise.all(
      (['openCases', 'openCallbacks', 'recentContacts'] as Section[]).map(async (s) => [s, (await this.providers.get(s)?.(organizationId, customerId)) ?? []] as const),
    );
    return Object.fromEntries(entries) as unknown as OverviewSections;
  }
}
