import { LocationsService, TeamsService, TopicsService } from '@loket/server/reference-data';
import { bootApp, createOrg, TestApp, TestOrg } from '../testing/harness';

// Several logins (argon2): generous on a busy machine.
jest.setTimeout(30_000);

describe('reference data: the organization’s topics, locations and teams', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Lijsten');
  });
  afterAll(() => t.close());

  it('lists the teams with their lead, manager and active members by name, and only this organization’s', async () => {
    const agent = await org.staff(['agent']);
    const lead = await org.staff(['team_lead', 'agent']);
    const manager = await org.staff(['admin']);
    const gone = await org.staff(['agent']);
    const names: [string, string][] = [[agent.id, 'Bram Visser'], [lead.id, 'Anouk de Wit'], [manager.id, 'Carla Smit'], [gone.id, 'Daan Oud']];
    for (const [id, name] of names) await t.db.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [id, name]);
    const [{ id: kcc }] = await t.db.query(`INSERT INTO teams (organization_id, name, lead_id, manager_id) VALUES ($1, 'Klantcontact', $2, $3) RETURNING id`, [org.id, lead.id, manager.id]);
    const [{ id: wonen }] = await t.db.query(`INSERT INTO teams (organization_id, name) VALUES ($1, 'Wonen') RETURNING id`, [org.id]);
    await t.db.query(`UPDATE users SET team_id = $1 WHERE id = ANY($2::uuid[])`, [kcc, [agent.id, lead.id, gone.id]]);
    await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [gone.id]);
    const other = await createOrg(t, 'Elders');
    await t.db.query(`INSERT INTO teams (organization_id, name) VALUES ($1, 'Andermans team')`, [other.id]);

    const res = await t.request('GET', '/teams', { token: agent.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      items: [
        {
          id: kcc,
          name: 'Klantcontact',
          lead: { id: lead.id, displayName: 'Anouk de Wit' },
          manager: { id: manager.id, displayName: 'Carla Smit' },
          members: [{ id: lead.id, displayName: 'Anouk de Wit' }, { id: agent.id, displayName: 'Bram Visser' }],
        },
        { id: wonen, name: 'Wonen', lead: null, manager: null, members: [] },
      ],
    });
    expect((await t.request('GET', '/teams')).status).toBe(401);
  });

  it('lists the locations for staff who work with customers', async () => {
    const agent = await org.staff(['agent']);
    const res = await t.request('GET', '/locations', { token: agent.token });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([{ id: expect.any(String), code: 'woonpunt', name: 'Woonpunt Centrum' }]);
    const editor = await org.staff(['kb_editor']);
    expect((await t.request('GET', '/locations', { token: editor.token })).status).toBe(403);
  });

  it('keeps retired topics for admins only', async () => {
    const agent = await org.staff(['agent']);
    const admin = await org.staff(['admin']);
    const created = await t.request('POST', '/topics', { token: admin.token, body: { code: 'tuin', name: 'Tuin' } });
    expect(created.body).toEqual({ id: expect.any(String), code: 'tuin', name: 'Tuin', sensitive: false, active: true });
    const renamed = await t.request('PATCH', `/topics/${created.body.id}`, { token: admin.token, body: { name: 'Tuin en erf', active: false } });
    expect(renamed.body).toMatchObject({ name: 'Tuin en erf', active: false });
    const codes = async (token: string) => (await t.request('GET', '/topics', { token })).body.items.map((x: { code: string }) => x.code);
    expect(await codes(agent.token)).not.toContain('tuin');
    expect(await codes(admin.token)).toContain('tuin');
    expect((await t.request('PATCH', '/topics/geen-id', { token: admin.token, body: { name: 'X y' } })).status).toBe(404);
  });

  it('names topics, locations and teams by id for other modules, this organization’s only', async () => {
    const admin = await org.staff(['admin']);
    const other = await createOrg(t, 'Elders');
    const retired = (await t.request('POST', '/topics', { token: admin.token, body: { code: 'oud', name: 'Oud onderwerp' } })).body;
    await t.request('PATCH', `/topics/${retired.id}`, { token: admin.token, body: { active: false } });
    const [{ id: theirs }] = await t.db.query(`SELECT id FROM topics WHERE organization_id = $1 LIMIT 1`, [other.id]);
    const topics = await t.app.get(TopicsService).refs(org.id, [retired.id, theirs, 'geen-id', null, retired.id]);
    expect([...topics.values()]).toEqual([{ id: retired.id, code: 'oud', name: 'Oud onderwerp' }]);

    const [{ id: mine }] = await t.db.query(`SELECT id FROM locations WHERE organization_id = $1`, [org.id]);
    const [{ id: theirLocation }] = await t.db.query(`SELECT id FROM locations WHERE organization_id = $1`, [other.id]);
    const locations = await t.app.get(LocationsService).refs(org.id, [mine, theirLocation]);
    expect([...locations.values()]).toEqual([{ id: mine, code: 'woonpunt', name: 'Woonpunt Centrum' }]);

    const [{ id: team }] = await t.db.query(`INSERT INTO teams (organization_id, name) VALUES ($1, 'Verhuur') RETURNING id`, [org.id]);
    const [{ id: theirTeam }] = await t.db.query(`INSERT INTO teams (organization_id, name) VALUES ($1, 'Verhuur') RETURNING id`, [other.id]);
    const teams = await t.app.get(TeamsService).refs(org.id, [team, theirTeam]);
    expect([...teams.values()]).toEqual([{ id: team, name: 'Verhuur' }]);
  });
});
