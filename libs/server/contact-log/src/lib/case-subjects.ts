import { Injectable } from '@nestjs/common';
import { CaseSubjectsRepository } from './case-subjects.repository';

/** Contact-log's public read for other modules: the subject of each of these cases that is this organization's. */
@Injectable()
export class CaseSubjects {
  constructor(private readonly repository: CaseSubjectsRepository) {}

  async of(organizationId: string, ids: string[]): Promise<Map<string, string>> {
    return new Map((await this.repository.subjects(organizationId, ids)).map((r) => [r.id, r.subject]));
  }
}
