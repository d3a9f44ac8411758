import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Actor, CurrentActor, CUSTOMER_STAFF, customerInPath, ReadsCustomers, Staff } from '@loket/server/platform';
import {
  CreateCustomerDto, CreateMarkerDto, CustomerDto, MarkerDto, SearchCustomersQueryDto, SearchPageDto,
  UpdateCustomerDto, UpdateMarkerDto,
} from './dto/customer.dto';
import { CustomersService } from './customers.service';
import { CustomerSearchService } from './search/customer-search.service';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly searcher: CustomerSearchService,
  ) {}

  /** Which customers a search showed is on record (one row each), never what was typed. */
  @Get()
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers<SearchPageDto>('search', (page) => page.items.map((hit) => hit.id))
  @ApiOkResponse({ type: SearchPageDto })
  @ApiProblems(400)
  search(@CurrentActor() actor: Actor, @Query() query: SearchCustomersQueryDto): Promise<SearchPageDto> {
    return this.searcher.search(actor.organizationId, query.q, query.limit ?? 20, query.cursor);
  }

  @Post()
  @Staff(...CUSTOMER_STAFF)
  @ApiCreatedResponse({ type: CustomerDto })
  @ApiProblems(400, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateCustomerDto): Promise<CustomerDto> {
    return this.customers.create(actor, body);
  }

  @Get(':id')
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers('record', customerInPath)
  @ApiOkResponse({ type: CustomerDto })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CustomerDto> {
    return this.customers.get(actor, id);
  }

  @Patch(':id')
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: CustomerDto })
  @ApiProblems(400, 404, 409)
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateCustomerDto): Promise<CustomerDto> {
    return this.customers.update(actor, id, body);
  }

  @Post(':id/markers')
  @Staff(...CUSTOMER_STAFF)
  @ApiCreatedResponse({ type: MarkerDto })
  @ApiProblems(400, 404)
  addMarker(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: CreateMarkerDto): Promise<MarkerDto> {
    return this.customers.addMarker(actor, id, body);
  }

  @Patch(':id/markers/:markerId')
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: MarkerDto })
  @ApiProblems(400, 404)
  updateMarker(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('markerId') markerId: string,
    @Body() body: UpdateMarkerDto,
  ): Promise<MarkerDto> {
    return this.customers.updateMarker(actor, id, markerId, body);
  }
}
