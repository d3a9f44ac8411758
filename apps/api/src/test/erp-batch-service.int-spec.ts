import { Readable } from 'node:stream';
import { ClsService } from 'nestjs-cls';
import { TransactionHost } from '@nestjs-cls/transactional';
import { ExternalRecordsService } from '@loket/server/customers';
import { BatchRepository } from '../../../../libs/server/integrations/src/lib/erp/batch.repository';
import { BatchService } from '../../../../libs/server/integrations/src/lib/erp/batch.service';
import { ErpUpsertsService } from '../../../../libs/server/integrations/src/lib/erp/erp-upserts.service';
import { bootApp, createOrg, TestApp, TestOrg } from '../testing/harness';

jest.setTimeout(120_000);

describe('batch service (scratch)', () => {
  let t: TestApp;
  let org: TestOrg;
  let batches: BatchService;
  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const repo = new BatchRepository(t.app.get(TransactionHost) as any);
    batches = new BatchService(repo, new ErpUpsertsService(t.app.get(ExternalRecordsService)), t.app.get(ClsService));
  });
  afterAll(() => t.close());

  it('loads N of each in any order', async () => {
    const N = Number(process.env.N ?? 2000);
    const lines: string[] = [];
    for (let i = 0; i < N; i++) {
      lines.push(JSON.stringify({ type: 'contract', idExtern: `O-${i}`, data: { eenheid: { idExtern: `E-${i}` }, relaties: [{ idExtern: `R-${i}`, rol: 'HUU' }], begindatum: '2020-01-01', brutohuur: 700 + (i % 100) } }));
      lines.push(JSON.stringify({ type: 'customer', idExtern: `R-${i}`, data: { voornaam: `Jan${i}`, achternaam: `Vries${i % 500}`, tussenvoegsels: 'de', geboortedatum: '1970-01-01', emailadres: `r${i}@example.nl`, telefoonnummers: [`06${String(10000000 + i)}`], rol: 'HUU', adres: { straatnaam: 'Lindelaan', huisnummer: 1 + (i % 200), postcode: '5161 AB', woonplaats: 'Sprang-Capelle' } } }));
      lines.push(JSON.stringify({ type: 'unit', idExtern: `E-${i}`, data: { soort: 'WOO', detailSoort: 'TUS', adres: { straatnaam: 'Lindelaan', huisnummer: 1 + (i % 200), postcode: '5161AB', woonplaats: 'Sprang-Capelle' } } }));
    }
    lines.push('not json', '{"type":"unit","idExtern":"E-x","data":{"soort":"XXX","adres":{}}}');
    const t0 = Date.now();
    const res = await batches.receive({ organizationId: org.id, clientId: null, scopes: ['relaties.write', 'vastgoed.write', 'overeenkomsten.write'] }, Readable.from([lines.join('\n')]));
    const t1 = Date.now();
    await batches.start(res.id);
    const t2 = Date.now();
    const status = await batches.status(org.id, res.id);
    console.log(BatchRepository.timings);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    console.log(require('../../../../libs/server/customers/src/lib/external/external-records.repository').ExternalRecordsRepository.timings);
    console.log({ receiveMs: t1 - t0, processMs: t2 - t1, status: { ...status, scopes: undefined } });
    const rejected = await batches.lines(org.id, res.id, 0, 10, 'rejected');
    console.log(JSON.stringify(rejected.slice(0, 3)));
    expect(status).toMatchObject({ status: 'done', created: 3 * N, rejected: 2 });
  });
});
