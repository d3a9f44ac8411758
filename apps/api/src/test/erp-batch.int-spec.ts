import { BatchService } from '@loket/server/integrations';
import { bootApp, createOrg, integrationToken, TestApp, TestOrg } from '../testing/harness';

/** The ERP's batch load: POST /integrations/batch (NDJSON, streamed), its progress and per-line results. */
describe('ERP batch load (NDJSON)', () => {
  let t: TestApp;
  let org: TestOrg;
  let erp: string;
  let agent: string;
  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t);
    erp = await integrationToken(org, ['relaties.write', 'vastgoed.write', 'overeenkomsten.write']);
    agent = (await org.staff(['agent'])).token;
  });
  afterAll(() => t.close());

  const adres = (n: number) => ({ straatnaam: 'Parallelweg', huisnummer: n, postcode: '5161 AB', woonplaats: 'Sprang-Capelle' });
  const line = (type: string, idExtern: string, data: unknown) => JSON.stringify({ type, idExtern, data });
  /** N households: a contract line first (it names the others), then its tenant and unit — the order an export might have. */
  const households = (n: number, from = 0) =>
    Array.from({ length: n }, (_, k) => k + from).flatMap((i) => [
      line('contract', `O-${i}`, { eenheid: { idExtern: `E-${i}` }, relaties: [{ idExtern: `R-${i}`, rol: 'HUU' }], begindatum: '2021-02-01', brutohuur: 650 + i }),
      line('customer', `R-${i}`, { voornaam: 'Kim', achternaam: `Batch${i}`, emailadres: `kim.batch${i}@example.nl`, rol: 'HUU', adres: adres(i + 1) }),
      line('unit', `E-${i}`, { soort: 'WOO', detailSoort: 'POW', adres: adres(i + 1) }),
    ]);
  const submit = (body: string, token = erp, contentType = 'application/x-ndjson') =>
    t.request('POST', '/integrations/batch', { token, body, headers: { 'content-type': contentType } });
  /** Waits for the job's processing in this process (no sleeping), then reads its progress. */
  const finished = async (id: string, token = erp) => {
    await t.app.get(BatchService).start(id);
    const res = await t.request('GET', `/integrations/batch/${id}`, { token });
    expect(res.status).toBe(200);
    return res.body;
  };

  it('loads households in any order, rejects only the bad lines with line number, field and reason, and a second load is unchanged', async () => {
    const lines = [
      ...households(20),
      'this is not JSON',
      line('unit', 'E-bad', { soort: 'HUIS', adres: adres(1) }),
      line('contract', 'O-bad', { eenheid: { idExtern: 'E-404' }, relaties: [{ idExtern: 'R-1', rol: 'HUU' }], begindatum: '2021-02-01' }),
      JSON.stringify({ type: 'boat', idExtern: 'B-1', data: {} }),
      '',
      line('customer', 'R-bad', { voornaam: 'Zonder' }),
    ];
    const res = await submit(lines.join('\n') + '\n');
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'queued', linesReceived: 65 });
    const done = await finished(res.body.id);
    expect(done).toMatchObject({ status: 'done', linesReceived: 65, linesProcessed: 65, created: 60, updated: 0, unchanged: 0, rejected: 5 });

    const rejected = await t.request('GET', `/integrations/batch/${res.body.id}/lines?status=rejected`, { token: erp });
    expect(rejected.status).toBe(200);
    const byLine = Object.fromEntries(rejected.body.items.map((l: { line: number }) => [l.line, l]));
    expect(Object.keys(byLine).map(Number)).toEqual([61, 62, 63, 64, 66]);
    expect(byLine[61].problem).toMatchObject({ status: 400, errors: [{ field: 'body', code: 'malformed_json', message: 'is geen geldige JSON' }] });
    expect(byLine[62].problem.errors[0]).toMatchObject({ field: 'data.soort', code: 'unknown_vera_code' });
    expect(byLine[63]).toMatchObject({ type: 'contract', idExtern: 'O-bad', problem: { status: 422, code: 'unknown-reference', errors: [{ field: 'data.eenheid.idExtern', code: 'not_found_in_organization' }] } });
    expect(byLine[64].problem.errors[0]).toMatchObject({ field: 'type', code: 'unknown_value' });
    expect(byLine[66].problem.errors[0]).toMatchObject({ field: 'data.achternaam', code: 'required' });

    const page = await t.request('GET', `/integrations/batch/${res.body.id}/lines?limit=2`, { token: erp });
    expect(page.body).toMatchObject({ items: [{ line: 1, type: 'contract', idExtern: 'O-0', status: 'created' }, { line: 2, status: 'created' }], next: 2 });

    // The 360° view of a tenant loaded this way shows the contract and its unit.
    const [{ id }] = await t.db.query(`SELECT id FROM customers WHERE organization_id = $1 AND external_id = 'R-7'`, [org.id]);
    const overview = await t.request('GET', `/customers/${id}/overview`, { token: agent });
    expect(overview.body.contracts).toMatchObject([{ externalId: 'O-7', role: 'HUU', rentCents: 65700, unit: { externalId: 'E-7', unitType: 'Portiekwoning' } }]);

    const again = await submit(households(20).join('\n'));
    expect(await finished(again.body.id)).toMatchObject({ status: 'done', unchanged: 60, created: 0, updated: 0, rejected: 0 });
  });

  it('rejects the lines of a kind the client has no scope for, and the others go on', async () => {
    const relatiesOnly = await integrationToken(org, ['relaties.write']);
    const res = await submit(households(2, 100).join('\n'), relatiesOnly);
    expect(res.status).toBe(202);
    expect(await finished(res.body.id, relatiesOnly)).toMatchObject({ created: 2, rejected: 4 });
    const lines = await t.request('GET', `/integrations/batch/${res.body.id}/lines?status=rejected`, { token: relatiesOnly });
    expect(lines.body.items[0].problem).toMatchObject({ status: 403, code: 'forbidden', detail: expect.stringContaining('overeenkomsten.write') });
  });

  it('takes NDJSON only', async () => {
    const res = await submit(JSON.stringify({ type: 'unit' }), erp, 'application/json');
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('goes on with a job a killed process left behind once its lease ran out', async () => {
    const [{ id }] = await t.db.query(
      `INSERT INTO integration_batches (organization_id, status, scopes, lines_received, lease_until) VALUES ($1, 'processing', $2, 3, now() - interval '1 minute') RETURNING id`,
      [org.id, ['relaties.write', 'vastgoed.write', 'overeenkomsten.write']],
    );
    const pending = households(1, 200).map((l, i) => {
      const { type, idExtern, data } = JSON.parse(l);
      return [id, i + 1, org.id, type, idExtern, type === 'contract' ? 1 : 0, JSON.stringify(data)];
    });
    for (const p of pending) {
      await t.db.query(`INSERT INTO integration_batch_lines (batch_id, line_no, organization_id, type, id_extern, phase, body, status) VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending')`, p);
    }
    // Asking for its progress takes it up again.
    expect((await t.request('GET', `/integrations/batch/${id}`, { token: erp })).status).toBe(200);
    expect(await finished(id)).toMatchObject({ status: 'done', created: 3 });
  });

  it("keeps organizations apart: another organization's client cannot see a job, and its lines know only its own ids", async () => {
    const res = await submit(households(1, 300).join('\n'));
    await finished(res.body.id);
    const other = await createOrg(t, 'Andere corporatie');
    const theirs = await integrationToken(other, ['relaties.write', 'vastgoed.write', 'overeenkomsten.write']);
    expect((await t.request('GET', `/integrations/batch/${res.body.id}`, { token: theirs })).status).toBe(404);
    expect((await t.request('GET', `/integrations/batch/${res.body.id}/lines`, { token: theirs })).status).toBe(404);
    const ref = await submit(line('contract', 'O-300', { eenheid: { idExtern: 'E-300' }, relaties: [{ idExtern: 'R-300', rol: 'HUU' }], begindatum: '2021-02-01' }), theirs);
    expect(await finished(ref.body.id, theirs)).toMatchObject({ rejected: 1, created: 0 });
    expect((await t.request('GET', `/integrations/batch/${res.body.id}`, { token: agent })).status).toBe(403);
  });
});
