import type { KnowledgeBaseService } from '@loket/server/knowledge-base';
import type { Actor } from '@loket/server/platform';
import { DEMO_ARTICLES, STAFF } from './demo-data';

/** The demo organization's knowledge-base editor (`editor@…`), acting as the seed. */
export function editorOf(organizationId: string, userId: string): Actor {
  const editor = STAFF.find((s) => s.local === 'editor');
  return { userId, organizationId, kind: 'staff', roles: editor?.roles ?? ['kb_editor'], scopes: [], customerId: null, sessionId: 'seed' };
}

/**
 * The demo articles, written and published by the organization's editor through the knowledge base
 * itself (create, then publish): the same versions, search index, word list and audit trail an
 * editor's work in the agent app gives. Review in a year.
 */
export async function seedDemoArticles(kb: Pick<KnowledgeBaseService, 'create' | 'publish'>, editor: Actor, now = new Date()): Promise<string[]> {
  const reviewBy = new Date(now.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
  const ids: string[] = [];
  for (const a of DEMO_ARTICLES) {
    const { id } = await kb.create(editor, { title: a.title, questions: a.questions, body: a.body, answerTemplate: a.answerTemplate ?? null, audience: a.audience, category: a.category, topics: [a.topic], reviewBy });
    await kb.publish(editor, id);
    ids.push(id);
  }
  return ids;
}
