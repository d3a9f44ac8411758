import { ApiProperty } from '@nestjs/swagger';
import { ContractDto, CustomerDto } from '@loket/server/customers';
import { CaseDto, ContactDto } from '@loket/server/contact-log';
import { CallbackDto } from '@loket/server/callbacks';

/** The 360° picture: the customers module's record and contracts, the other modules' open work and latest contacts. */
export class CustomerOverviewDto {
  @ApiProperty({ type: CustomerDto }) customer!: CustomerDto;
  @ApiProperty({ type: [ContractDto] }) contracts!: ContractDto[];
  @ApiProperty({ type: [CaseDto], description: 'Open questions, from the contact-log module' }) openCases!: CaseDto[];
  @ApiProperty({ type: [CallbackDto], description: 'Open callbacks, from the callbacks module' }) openCallbacks!: CallbackDto[];
  @ApiProperty({ type: [ContactDto], description: 'The latest contacts, from the contact-log module' }) recentContacts!: ContactDto[];
}
