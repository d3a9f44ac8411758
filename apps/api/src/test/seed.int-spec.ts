import { KnowledgeBaseService } from '@loket/server/knowledge-base';
import { seedDemoArticles } from '../cli/seed-articles';
import { DEMO_ARTICLES } from '../cli/demo-data';
import { bootApp, createOrg, TestApp, TestOrg } from '../testing/harness';

/** The demo seed publishes its articles through the knowledge base itself, so they are found like any editor's article. */
describe('demo seed: articles', () => {
  let t: TestApp;
  let org: TestOrg;
  let editor: { id: string; token: string };
  let seeded: string[];

  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Demo');
    editor = await org.staff(['kb_editor']);
    seeded = await seedDemoArticles(t.app.get(KnowledgeBaseService), {
      userId: editor.id, organizationId: org.id, kind: 'staff', roles: ['kb_editor'], scopes: [], customerId: null, sessionId: 'seed',
    });
    // Every demo article is published through the knowledge base: more than the default 5 s on a busy machine.
  }, 60_000);
  afterAll(() => t.close());

  const search = (q: string) => t.request('GET', `/articles?q=${encodeURIComponent(q)}`, { token: editor.token });

  it('publishes every demo article, owned and written by the editor', async () => {
    expect(seeded).toHaveLength(DEMO_ARTICLES.length);
    const first = await t.request('GET', `/articles/${seeded[0]}`, { token: editor.token });
    expect(first.body).toMatchObject({ status: 'published', version: 1, title: DEMO_ARTICLES[0].title, owner: { id: editor.id }, topics: [{ code: DEMO_ARTICLES[0].topic }] });
    const versions = await t.request('GET', `/articles/${seeded[0]}/versions`, { token: editor.token });
    expect(versions.body.items[0]).toMatchObject({ version: 1, status: 'published', editedBy: { id: editor.id } });
  });

  it('indexes them as publishing does: words in the body (not its Markdown), and typos corrected', async () => {
    // "**één maand**" in the body of "Huur opzeggen".
    expect((await search('opzegtermijn maand')).body.items.map((i: { title: string }) => i.title)).toContain('Huur opzeggen');
    // A word only the body has, misspelt: found through the word list publishing fills.
    expect((await search('eindinspecte')).body.items.map((i: { title: string }) => i.title)).toContain('Huur opzeggen');
  });

  it('gives the same search fields as the same articles published through the API', async () => {
    const fields = `SELECT search_text, title_vector::text AS title_vector, search_vector::text AS search_vector FROM articles WHERE id = $1`;
    for (const [i, a] of DEMO_ARTICLES.entries()) {
      const created = await t.request('POST', '/articles', { token: editor.token, body: { title: a.title, questions: a.questions, body: a.body, audience: a.audience, category: a.category, topics: [a.topic] } });
      expect((await t.request('POST', `/articles/${created.body.id}/publish`, { token: editor.token })).status).toBe(200);
      const [viaApi] = await t.db.query(fields, [created.body.id]);
      const [viaSeed] = await t.db.query(fields, [seeded[i]]);
      expect(viaSeed).toEqual(viaApi);
    }
  });
});
