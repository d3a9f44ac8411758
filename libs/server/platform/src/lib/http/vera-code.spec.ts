import 'reflect-metadata';
import { Body, Controller, Module, Post } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { veraCodes, type VeraCode } from '@loket/shared/contracts';
import { ProblemDetailsFilter } from '../errors/problem.filter';
import { createValidationPipe } from '../errors/validation';
import { IsVeraCode, veraCodeOf } from './vera-code';

class UnitDto {
  @IsVeraCode('EENHEIDSOORT', { description: 'What the unit is' }) soort!: VeraCode<'EENHEIDSOORT'>;
  @IsVeraCode('EENHEIDDETAILSOORT', { optional: true }) detailSoort?: VeraCode<'EENHEIDDETAILSOORT'> | null;
  @IsVeraCode('EENHEIDSTATUS', { optional: true }) status?: VeraCode<'EENHEIDSTATUS'>;
  @IsVeraCode('RELATIEROLSOORT', { each: true, optional: true }) rollen?: VeraCode<'RELATIEROLSOORT'>[];
}

@Controller('units')
class UnitsController {
  @Post()
  put(@Body() body: UnitDto): UnitDto {
    return body;
  }
}

@Module({
  controllers: [UnitsController],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
class VeraTestModule {}

/** `@IsVeraCode` through the API's own validation pipe and problem filter (no database involved). */
describe('@IsVeraCode', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(VeraTestModule, new FastifyAdapter(), { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(() => app.close());

  const post = async (payload: unknown, language = 'nl') => {
    const res = await app.inject({ method: 'POST', url: '/units', payload: payload as object, headers: { 'accept-language': language } });
    return { status: res.statusCode, type: res.headers['content-type'], body: res.json() };
  };

  it.each([
    ['the code', { soort: 'WOO' }, { soort: 'WOO' }],
    ["VERA's object {code, naam}", { soort: { code: 'WOO', naam: 'Woonruimte' } }, { soort: 'WOO' }],
    ['the object with a wrong naam (naam is not checked)', { soort: { code: 'BED', naam: 'Winkel' } }, { soort: 'BED' }],
    ["the object with VERA's other fields and its own soort", { soort: { code: 'PAR', soort: 'EENHEIDSOORT', omschrijving: 'x' } }, { soort: 'PAR' }],
    ['an optional code left out or null', { soort: 'OVE', detailSoort: null }, { soort: 'OVE', detailSoort: null }],
    ['an optional code', { soort: 'WOO', detailSoort: 'HOE' }, { soort: 'WOO', detailSoort: 'HOE' }],
    ['a code listed twice in VERA', { soort: 'MOG', detailSoort: 'BIJ' }, { soort: 'MOG', detailSoort: 'BIJ' }],
    ['an ended code (older records carry it)', { soort: 'WOO', status: { code: 'VEK', naam: 'Verkocht' } }, { soort: 'WOO', status: 'VEK' }],
    ['a list of codes, in both forms', { soort: 'WOO', rollen: ['HUU', { code: 'MDH', naam: 'Medehuurder' }] }, { soort: 'WOO', rollen: ['HUU', 'MDH'] }],
  ])('accepts %s and hands on the code', async (_, body, handedOn) => {
    const res = await post(body);
    expect(res).toMatchObject({ status: 201 });
    expect(res.body).toEqual(handedOn);
  });

  it.each([
    ['an unknown code', { soort: 'HUIS' }, 'soort', 'unknown_vera_code'],
    ['a code of another list', { soort: 'HUU' }, 'soort', 'unknown_vera_code'],
    ['a code in lower case', { soort: 'woo' }, 'soort', 'unknown_vera_code'],
    ['an object with an unknown code', { soort: { code: 'XYZ', naam: 'Iets' } }, 'soort', 'unknown_vera_code'],
    ['an object of another soort', { soort: { code: 'WOO', soort: 'WOONVORM' } }, 'soort', 'unknown_vera_code'],
    ['an object without a code', { soort: { naam: 'Woonruimte' } }, 'soort', 'unknown_vera_code'],
    ['a number', { soort: 12 }, 'soort', 'unknown_vera_code'],
    ['nothing', {}, 'soort', 'required'],
    ['null where a code is required', { soort: null }, 'soort', 'required'],
    ['an unknown optional code', { soort: 'WOO', detailSoort: 'ZZZ' }, 'detailSoort', 'unknown_vera_code'],
    ['an unknown code in a list', { soort: 'WOO', rollen: ['HUU', 'XXX'] }, 'rollen', 'unknown_vera_code'],
    ['a code where a list is asked for', { soort: 'WOO', rollen: 'HUU' }, 'rollen', 'not_a_list'],
  ])('refuses %s: 400 problem+json naming the field', async (_, body, field, code) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.type).toContain('application/problem+json');
    expect(res.body.errors).toEqual([expect.objectContaining({ field, code })]);
  });

  it('says in Dutch and English which list it is and which codes are valid (the ones without an einddatum)', async () => {
    const current = veraCodes('EENHEIDSOORT', { current: true }).join(', ');
    expect(current).toBe('BED, INT, MOG, OVE, PAR, REC, WOO');
    expect((await post({ soort: 'HUIS' })).body.errors[0].message).toBe(`is geen code uit de VERA-lijst EENHEIDSOORT; geldige codes: ${current}`);
    expect((await post({ soort: 'HUIS' }, 'en')).body.errors[0].message).toBe(`is not a code of the VERA list EENHEIDSOORT; valid codes: ${current}`);
    const status = (await post({ soort: 'WOO', status: 'ZZZ' })).body.errors[0].message as string;
    expect(status).toBe('is geen code uit de VERA-lijst EENHEIDSTATUS; geldige codes: ADM, LEE, ONT, UIT, VEH'); // VEK and OND ended: accepted, not offered
  });

  it('documents the code and the object form in the API document', () => {
    const doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const schema = doc.components?.schemas?.['UnitDto'] as { required?: string[]; properties: Record<string, Record<string, unknown>> };
    expect(schema.required).toEqual(['soort']);
    expect(schema.properties['soort']).toMatchObject({
      description: "What the unit is. VERA EENHEIDSOORT: the code, or VERA's object {code, naam}.",
      oneOf: [
        { type: 'string', enum: veraCodes('EENHEIDSOORT') },
        { type: 'object', required: ['code'], properties: { code: { type: 'string', enum: veraCodes('EENHEIDSOORT') } } },
      ],
    });
    expect(schema.properties['soort']['type']).toBeUndefined();
    expect(schema.properties['rollen']).toMatchObject({ type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'object' }] } });
  });

  it.each([
    ['WOO', 'WOO'],
    [{ code: 'WOO' }, 'WOO'],
    [{ code: 'WOO', soort: 'EENHEIDSOORT' }, 'WOO'],
    [{ code: 'WOO', soort: 'WOONVORM' }, { code: 'WOO', soort: 'WOONVORM' }],
    [{ code: 3 }, { code: 3 }],
    [['WOO'], ['WOO']],
    [null, null],
  ])('reads %p as %p', (value, code) => expect(veraCodeOf('EENHEIDSOORT', value)).toEqual(code));
});
