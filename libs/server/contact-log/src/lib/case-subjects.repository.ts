import { Injectable } from '@nestjs/common';
import { SqlRepository, isUuid, type Columns } from '@loket/server/platform';
import type { CaseEntity } from './entities/case.entity';

type SubjectRow = Pick<Columns<CaseEntity>, 'id' | 'subject'>;

/** The subjects of cases, by id, for modules that show a case by name (callbacks). */
@Injectable()
export class CaseSubjectsRepository extends SqlRepository {
  async subjects(organizationId: string, ids: string[]): Promise<SubjectRow[]> {
    const wanted = [...new Set(ids.filter((id) => isUuid(id)))];
    if (wanted.length === 0) return [];
    return this.rows<SubjectRow>(`SELECT id, subject FROM cases WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, wanted]);
  }
}
