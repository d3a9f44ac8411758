import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BatchedWriter } from '@loket/server/platform';
import { DataSource } from 'typeorm';
import { maskPersonalData } from './personal-data';
import { SearchRepository } from './repositories/search.repository';

export interface SearchLogEntry {
  organizationId: string;
  query: string;
  audience: 'public' | 'all';
  found: number;
  /** When the search was made (Node's clock, so a test that sets the clock sets this too). */
  at?: Date;
}

/**
 * Every search is logged (R22: the ones that found nothing become the editors' to-do list).
 * Searches are the knowledge base's hottest path, so the log is written in batches rather than
 * as a round trip and a disk flush per search.
 */
@Injectable()
export class SearchLog extends BatchedWriter<SearchLogEntry> {
  constructor(
    @InjectDataSource() db: DataSource,
    private readonly repository: SearchRepository,
  ) {
    super(db, 'logged searches');
  }

  /** The text is masked before it is kept: e-mail addresses, phone numbers and postcodes never reach the table. */
  record(entry: SearchLogEntry): void {
    this.push({ ...entry, query: maskPersonalData(entry.query), at: entry.at ?? new Date() });
  }

  protected async insert(m: Pick<DataSource, 'query'>, batch: SearchLogEntry[]): Promise<void> {
    await this.repository.insertSearches(m, batch.map((b) => ({ ...b, at: b.at ?? new Date() })));
  }
}
