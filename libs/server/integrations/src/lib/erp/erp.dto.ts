import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsInt, IsNumber, IsObject, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { IsRealDate, IsVeraCode } from '@loket/server/platform';
import type { VeraCode as VeraCodeOf } from '@loket/shared/contracts';

/*
 * The bodies of the ERP upserts, in VERA's (Dutch) field names: a sensible subset of VERA's Relatie
 * (natuurlijk persoon), Eenheid and Huurovereenkomst. The idExtern is in the path (single PUT) or on
 * the line (batch); it is the ERP's own key of the record, unique per organization and kind.
 */

export class AdresDto {
  @ApiProperty({ example: 'Lindelaan' }) @IsString() @Length(1, 120) straatnaam!: string;
  @ApiProperty({ example: 12 }) @IsInt() @Min(1) @Max(99999) huisnummer!: number;
  @ApiPropertyOptional({ example: 'A', nullable: true, type: String }) @IsOptional() @Matches(/^[A-Za-z]$/) huisletter?: string | null;
  @ApiPropertyOptional({ example: '2', nullable: true, type: String }) @IsOptional() @IsString() @Length(1, 10) huisnummerToevoeging?: string | null;
  @ApiProperty({ example: '5161 AB', description: 'Nederlandse postcode, met of zonder spatie' }) @IsString() @MaxLength(8) postcode!: string;
  @ApiProperty({ example: 'Sprang-Capelle' }) @IsString() @Length(1, 80) woonplaats!: string;
}

export class RelatieUpsertDto {
  @ApiPropertyOptional({
    example: '100234', nullable: true, type: String,
    description: 'Klantnummer (VERA code). Een klant die de corporatie met de hand in Loket aanmaakte wordt hierop (of op e-mailadres of telefoonnummer) gekoppeld; een nieuwe klant krijgt dit nummer.',
  })
  @IsOptional() @IsString() @Length(1, 20) code?: string | null;
  @ApiPropertyOptional({ example: 'J.P.', nullable: true, type: String }) @IsOptional() @IsString() @Length(1, 20) voorletters?: string | null;
  @ApiProperty({ example: 'Jan' }) @IsString() @Length(1, 100) voornaam!: string;
  @ApiPropertyOptional({ example: 'de', nullable: true, type: String, description: 'Voorvoegsels van de achternaam ("van der")' })
  @IsOptional() @IsString() @MaxLength(20) tussenvoegsels?: string | null;
  @ApiProperty({ example: 'Vries' }) @IsString() @Length(1, 100) achternaam!: string;
  @ApiPropertyOptional({ example: '1970-03-04', format: 'date', nullable: true, type: String }) @IsOptional() @IsRealDate() geboortedatum?: string | null;
  @ApiPropertyOptional({ example: 'jan.devries@example.nl', nullable: true, type: String }) @IsOptional() @IsEmail({}, { message: 'not_an_email' }) @MaxLength(254) emailadres?: string | null;
  @ApiPropertyOptional({ example: ['06-12345678'], type: [String], description: 'In elke gangbare schrijfwijze; opgeslagen als E.164' })
  @IsOptional() @IsArray() @ArrayMaxSize(5) @IsString({ each: true }) @MaxLength(30, { each: true }) telefoonnummers?: string[];
  @ApiPropertyOptional({ type: AdresDto, nullable: true }) @IsOptional() @IsObject() @ValidateNested() @Type(() => AdresDto) adres?: AdresDto | null;
  @IsVeraCode('RELATIEROLSOORT', { optional: true, description: 'De rol in het huishouden: HUU huurder, MDH medehuurder, …' })
  rol?: VeraCodeOf<'RELATIEROLSOORT'> | null;
  @ApiPropertyOptional({ example: null, format: 'date', nullable: true, type: String, description: 'De relatie is beëindigd op deze dag (niets uit het ERP wordt verwijderd)' })
  @IsOptional() @IsRealDate() einddatum?: string | null;
}

export class EenheidUpsertDto {
  @IsVeraCode('EENHEIDSOORT', { description: 'Wat de eenheid is: WOO woonruimte, BED bedrijfsruimte, PAR parkeergelegenheid, …' })
  soort!: VeraCodeOf<'EENHEIDSOORT'>;
  @IsVeraCode('EENHEIDDETAILSOORT', { optional: true, description: 'Het type: TUS tussenwoning, MAI maisonnette, …' })
  detailSoort?: VeraCodeOf<'EENHEIDDETAILSOORT'> | null;
  @ApiProperty({ type: AdresDto }) @IsObject() @ValidateNested() @Type(() => AdresDto) adres!: AdresDto;
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'De eenheid is uit exploitatie op deze dag' })
  @IsOptional() @IsRealDate() einddatum?: string | null;
}

export class IdExternRefDto {
  @ApiProperty({ example: 'E-000123', description: 'idExtern van de eenheid' }) @IsString() @Length(1, 64) idExtern!: string;
}

export class OvereenkomstRelatieDto {
  @ApiProperty({ example: 'R-000123', description: 'idExtern van de relatie' }) @IsString() @Length(1, 64) idExtern!: string;
  @IsVeraCode('RELATIEROLSOORT', { description: 'HUU huurder of MDH medehuurder' }) rol!: VeraCodeOf<'RELATIEROLSOORT'>;
}

export class HuurovereenkomstUpsertDto {
  @ApiPropertyOptional({ example: 'HO-2020-0042', nullable: true, type: String, description: 'Contractnummer; zonder code toont Loket de idExtern' })
  @IsOptional() @IsString() @Length(1, 30) code?: string | null;
  @ApiProperty({ type: IdExternRefDto }) @IsObject() @ValidateNested() @Type(() => IdExternRefDto) eenheid!: IdExternRefDto;
  @ApiProperty({ type: [OvereenkomstRelatieDto], description: 'De huurders: één HUU en eventueel medehuurders (MDH)' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => OvereenkomstRelatieDto) relaties!: OvereenkomstRelatieDto[];
  @ApiProperty({ example: '2020-01-01', format: 'date' }) @IsRealDate() begindatum!: string;
  @ApiPropertyOptional({ example: null, format: 'date', nullable: true, type: String, description: 'De huur eindigt op deze dag' })
  @IsOptional() @IsRealDate() einddatum?: string | null;
  @ApiPropertyOptional({ example: 734.12, nullable: true, type: Number, description: 'Brutohuur per maand in euro (netto huur + servicekosten)' })
  @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(100000) brutohuur?: number | null;
}

export const UPSERT_RESULTS = ['created', 'updated', 'unchanged'] as const;

export class FieldChangeDto {
  @ApiProperty({ example: 'achternaam' }) veld!: string;
  @ApiProperty({ nullable: true, description: 'De oude waarde (null bij een nieuw gegeven): tekst, getal of lijst, zoals het veld' }) oud!: unknown;
  @ApiProperty({ nullable: true, description: 'De nieuwe waarde: tekst, getal of lijst, zoals het veld' }) nieuw!: unknown;
}

export class UpsertResponseDto {
  @ApiProperty({ enum: UPSERT_RESULTS, enumName: 'UpsertResult', description: 'created (201), updated or unchanged (200)' })
  resultaat!: (typeof UPSERT_RESULTS)[number];
  @ApiProperty({ format: 'uuid', description: "Loket's id van het gegeven" }) id!: string;
  @ApiProperty({ example: 'R-000123' }) idExtern!: string;
  @ApiProperty({ example: 2, description: 'De versie na deze upsert; ook de ETag ("2"), te sturen als If-Match' }) versie!: number;
  @ApiProperty({ type: [FieldChangeDto], description: 'Wat er veranderde (leeg bij unchanged)' }) wijzigingen!: FieldChangeDto[];
  @ApiPropertyOptional({ type: [String], example: ['emailadres'], description: 'Een klant die Loket al kende is gekoppeld op deze velden' })
  gekoppeldOp?: string[];
}

export class HistoryEntryDto {
  @ApiProperty({ example: 2 }) versie!: number;
  @ApiProperty({ enum: ['created', 'updated', 'linked'], enumName: 'HistoryAction' }) actie!: 'created' | 'updated' | 'linked';
  @ApiProperty({ format: 'date-time' }) tijdstip!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'De integratieclient (of medewerker) die het gegeven wijzigde' }) door!: string | null;
  @ApiProperty({ example: 'client' }) doorSoort!: string;
  @ApiProperty({ type: [FieldChangeDto] }) wijzigingen!: FieldChangeDto[];
}

export class HistoryPageDto {
  @ApiProperty({ example: 'R-000123' }) idExtern!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 3 }) versie!: number;
  @ApiProperty({ type: [HistoryEntryDto] }) items!: HistoryEntryDto[];
}

export class HistoryQueryDto {
  @ApiPropertyOptional({ example: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}
