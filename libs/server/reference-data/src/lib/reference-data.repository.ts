import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import { DEFAULT_TOPICS } from './defaults';
import type { LocationEntity, TeamEntity, TopicEntity } from './entities';

export type TopicRow = Pick<Columns<TopicEntity>, 'id' | 'code' | 'name' | 'sensitive' | 'active'>;
export type LocationRow = Pick<Columns<LocationEntity>, 'id' | 'code' | 'name'>;
export type TeamRow = Pick<Columns<TeamEntity>, 'id' | 'name' | 'lead_id' | 'manager_id'>;

type Query = (sql: string, params: unknown[]) => Promise<unknown>;

const SEED_TOPICS_SQL = `
  INSERT INTO topics (organization_id, code, name, sensitive, position)
  SELECT $1, code, name, sensitive, pos FROM unnest($2::text[], $3::text[], $4::bool[]) WITH ORDINALITY AS t(code, name, sensitive, pos)
  ON CONFLICT (organization_id, code) DO NOTHING`;

const seedTopicsParams = (organizationId: string) => [
  organizationId, DEFAULT_TOPICS.map((t) => t.code), DEFAULT_TOPICS.map((t) => t.name), DEFAULT_TOPICS.map((t) => !!t.sensitive),
];

/** Gives an organization the default topic list (idempotent). For the seed and the test harness, which run without Nest. */
export async function seedDefaultTopics(query: Query, organizationId: string): Promise<void> {
  await query(SEED_TOPICS_SQL, seedTopicsParams(organizationId));
}

/** All SQL of the reference data: the organization's topics, locations and teams (team members are identity's). */
@Injectable()
export class ReferenceDataRepository extends SqlRepository {
  // ---------- topics ----------
  topics(organizationId: string, includeInactive: boolean): Promise<TopicRow[]> {
    return this.rows<TopicRow>(
      `SELECT id, code, name, sensitive, active FROM topics WHERE organization_id = $1 AND ($2 OR active) ORDER BY position, name`,
      [organizationId, includeInactive],
    );
  }

  /** These topics (retired ones too), by id. */
  topicsById(organizationId: string, ids: string[]): Promise<TopicRow[]> {
    return this.rows<TopicRow>(`SELECT id, code, name, sensitive, active FROM topics WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, ids]);
  }

  /** The new topic, or undefined when its code is taken in this organization. It goes last in the list. */
  insertTopic(organizationId: string, t: Pick<TopicRow, 'code' | 'name' | 'sensitive'>): Promise<TopicRow | undefined> {
    return this.one<TopicRow>(
      `INSERT INTO topics (organization_id, code, name, sensitive, position)
       VALUES ($1, $2, $3, $4, (SELECT coalesce(max(position), 0) + 1 FROM topics WHERE organization_id = $1))
       ON CONFLICT (organization_id, code) DO NOTHING RETURNING id, code, name, sensitive, active`,
      [organizationId, t.code, t.name, t.sensitive],
    );
  }

  /** Null leaves a column as it is. */
  updateTopic(organizationId: string, id: string, t: { name: string | null; sensitive: boolean | null; active: boolean | null }): Promise<TopicRow | undefined> {
    return this.one<TopicRow>(
      `UPDATE topics SET name = coalesce($3, name), sensitive = coalesce($4, sensitive), active = coalesce($5, active)
        WHERE id = $1 AND organization_id = $2 RETURNING id, code, name, sensitive, active`,
      [id, organizationId, t.name, t.sensitive, t.active],
    );
  }

  // ---------- locations ----------
  locations(organizationId: string): Promise<LocationRow[]> {
    return this.rows<LocationRow>(`SELECT id, code, name FROM locations WHERE organization_id = $1 ORDER BY name`, [organizationId]);
  }

  locationsById(organizationId: string, ids: string[]): Promise<LocationRow[]> {
    return this.rows<LocationRow>(`SELECT id, code, name FROM locations WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, ids]);
  }

  location(organizationId: string, id: string): Promise<LocationRow | undefined> {
    return this.one<LocationRow>(`SELECT id, code, name FROM locations WHERE id = $1 AND organization_id = $2`, [id, organizationId]);
  }

  // ---------- teams ----------
  teams(organizationId: string): Promise<TeamRow[]> {
    return this.rows<TeamRow>(`SELECT id, name, lead_id, manager_id FROM teams WHERE organization_id = $1 ORDER BY name`, [organizationId]);
  }

  /** The organization's first team (its front office, the KCC): where work that no employee took in lands. */
  firstTeam(organizationId: string): Promise<Pick<TeamRow, 'id'> | undefined> {
    return this.one<Pick<TeamRow, 'id'>>(`SELECT id FROM teams WHERE organization_id = $1 ORDER BY created_at, id LIMIT 1`, [organizationId]);
  }

  /** The ids of the teams this user leads or manages. */
  async teamsLedBy(organizationId: string, userId: string): Promise<string[]> {
    const rows = await this.rows<Pick<TeamRow, 'id'>>(`SELECT id FROM teams WHERE organization_id = $1 AND (lead_id = $2 OR manager_id = $2)`, [organizationId, userId]);
    return rows.map((r) => r.id);
  }

  /** A new team; undefined when the name is taken. */
  insertTeam(organizationId: string, t: { name: string; leadId: string | null; managerId: string | null }): Promise<TeamRow | undefined> {
    return this.one<TeamRow>(
      `INSERT INTO teams (organization_id, name, lead_id, manager_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id, name, lead_id, manager_id`,
      [organizationId, t.name, t.leadId, t.managerId],
    );
  }

  /** False when the new name is taken. */
  async updateTeam(organizationId: string, id: string, t: { name: string; leadId: string | null; managerId: string | null }): Promise<boolean> {
    const taken = await this.one<Pick<TeamRow, 'id'>>(`SELECT id FROM teams WHERE organization_id = $1 AND name = $2 AND id <> $3`, [organizationId, t.name, id]);
    if (taken) return false;
    await this.run(`UPDATE teams SET name = $3, lead_id = $4, manager_id = $5 WHERE id = $1 AND organization_id = $2`, [id, organizationId, t.name, t.leadId, t.managerId]);
    return true;
  }

  team(organizationId: string, id: string): Promise<TeamRow | undefined> {
    return this.one<TeamRow>(`SELECT id, name, lead_id, manager_id FROM teams WHERE id = $1 AND organization_id = $2`, [id, organizationId]);
  }
}
