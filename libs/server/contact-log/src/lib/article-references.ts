import { Injectable } from '@nestjs/common';

type ExistingArticles = (organizationId: string, ids: string[]) => Promise<string[]>;

/**
 * Contacts name the knowledge-base articles used to answer. The knowledge base depends on the
 * contact log, so it registers here how to tell which article ids are its organization's.
 */
@Injectable()
export class ContactArticleDirectory {
  private existingFn: ExistingArticles = async () => [];

  register(fn: ExistingArticles): void {
    this.existingFn = fn;
  }

  /** Those of `ids` that are articles of this organization. */
  existing(organizationId: string, ids: string[]): Promise<string[]> {
    return ids.length ? this.existingFn(organizationId, ids) : Promise.resolve([]);
  }
}
