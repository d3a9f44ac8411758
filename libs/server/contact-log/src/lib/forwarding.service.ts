import { Injectable } from '@nestjs/common';
import { UseCase, type Actor } from '@loket/server/platform';
import type { CaseWithContactsDto } from './dto/responses.dto';
import type { ForwardCaseDto } from './dto/forwarding.dto';

/** Hand-offs: forward a case to a team's queue or a colleague; claim it from the queue. */
@Injectable()
export class ForwardingService {
  @UseCase()
  async forward(_actor: Actor, _id: string, _dto: ForwardCaseDto): Promise<CaseWithContactsDto> {
    throw new Error('not yet');
  }

  @UseCase()
  async claim(_actor: Actor, _id: string): Promise<CaseWithContactsDto> {
    throw new Error('not yet');
  }
}
