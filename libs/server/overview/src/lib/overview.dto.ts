import { ApiProperty } from '@nestjs/swagger';
import { ContractDto, CustomerDto } from '@loket/server/customers';
import type { Callback, Case, Contact, CustomerOverview } from '@loket/shared/contracts';

/** The 360° picture: the customers module's record and contracts, the other modules' open work and latest contacts. */
export class CustomerOverviewDto implements CustomerOverview {
  @ApiProperty({ type: CustomerDto }) customer!: CustomerDto;
  @ApiProperty({ type: [ContractDto] }) contracts!: ContractDto[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Open questions (Case), from the contact-log module' }) openCases!: Case[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Open callbacks (Callback), from the callbacks module' }) openCallbacks!: Callback[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'The latest contacts (Contact), from the contact-log module' }) recentContacts!: Contact[];
}
