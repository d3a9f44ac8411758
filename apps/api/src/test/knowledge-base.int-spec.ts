import { bootApp, createOrg, customerBody, freezeClock, TestApp, TestOrg } from '../testing/harness';

describe('knowledge base: one source of answers', () => {
  let t: TestApp;
  let org: TestOrg;
  let editor: { id: string; token: string };
  let agent: { id: string; token: string };

  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Kennis');
    editor = await org.staff(['kb_editor']);
    agent = await org.staff(['agent']);
  });
  afterEach(() => jest.useRealTimers());
  afterAll(() => t.close());

  const write = (body: Record<string, unknown>) =>
    t.request('POST', '/articles', { token: editor.token, body: { audience: 'public', questions: [], body: '', ...body } });
  async function published(body: Record<string, unknown>) {
    const a = await write(body);
    expect(a.status).toBe(201);
    const p = await t.request('POST', `/articles/${a.body.id}/publish`, { token: editor.token });
    expect(p.status).toBe(200);
    return p.body as { id: string; version: number };
  }
  const search = (q: string, token = agent.token, extra = '') => t.request('GET', `/articles?q=${encodeURIComponent(q)}${extra}`, { token });

  it('versions every edit, publishes one version at a time, refuses a stale edit and restores an old version', async () => {
    const draft = await write({ title: 'Huur opzeggen', questions: ['Hoe zeg ik mijn huur op?'], body: 'Zeg uw huur op met het formulier in Mijn Loket.', topics: ['huur-opzeggen'] });
    expect(draft.body).toMatchObject({ version: 1, latestVersion: 1, status: 'draft', topics: [{ code: 'huur-opzeggen' }], owner: { id: editor.id } });
    // Agents do not see drafts.
    expect((await t.request('GET', `/articles/${draft.body.id}`, { token: agent.token })).status).toBe(404);
    await t.request('POST', `/articles/${draft.body.id}/publish`, { token: editor.token });
    const v2 = await t.request('PATCH', `/articles/${draft.body.id}`, { token: editor.token, body: { baseVersion: 1, body: 'Zeg uw huur op in Mijn Loket. De opzegtermijn is één maand.', changeNote: 'Opzegtermijn toegevoegd' } });
    expect(v2.body).toMatchObject({ version: 2, latestVersion: 2 });
    const stale = await t.request('PATCH', `/articles/${draft.body.id}`, { token: editor.token, body: { baseVersion: 1, title: 'Oude titel' } });
    expect(stale.status).toBe(409);
    // Agents still read the published version 1 until version 2 is published.
    expect((await t.request('GET', `/articles/${draft.body.id}`, { token: agent.token })).body).toMatchObject({ version: 1, body: 'Zeg uw huur op met het formulier in Mijn Loket.' });
    await t.request('POST', `/articles/${draft.body.id}/publish`, { token: editor.token });
    expect((await t.request('GET', `/articles/${draft.body.id}`, { token: agent.token })).body.version).toBe(2);
    const history = (await t.request('GET', `/articles/${draft.body.id}/versions`, { token: editor.token })).body.items;
    expect(history.map((v: { version: number; status: string; changeNote: string | null }) => [v.version, v.status, v.changeNote])).toEqual([
      [2, 'published', 'Opzegtermijn toegevoegd'],
      [1, 'archived', 'Eerste versie'],
    ]);
    const diff = (await t.request('GET', `/articles/${draft.body.id}/diff?from=1&to=2`, { token: editor.token })).body;
    expect(diff).toMatchObject({ from: 1, to: 2, title: null, questions: { added: [], removed: [] } });
    expect(diff.body).toEqual([
      { kind: 'removed', text: 'Zeg uw huur op met het formulier in Mijn Loket.' },
      { kind: 'added', text: 'Zeg uw huur op in Mijn Loket. De opzegtermijn is één maand.' },
    ]);
    expect((await t.request('GET', `/articles/${draft.body.id}/diff?from=1&to=x`, { token: editor.token })).body.errors[0].field).toBe('to');
    expect((await t.request('GET', `/articles/${draft.body.id}/diff?from=1&to=2`, { token: agent.token })).status).toBe(403);
    const restored = await t.request('POST', `/articles/${draft.body.id}/restore`, { token: editor.token, body: { version: 1 } });
    expect(restored.body).toMatchObject({ version: 3, body: 'Zeg uw huur op met het formulier in Mijn Loket.' });
  });

  it('refuses to publish without a question or body, and renders Markdown inert', async () => {
    const empty = await write({ title: 'Nog leeg' });
    const refused = await t.request('POST', `/articles/${empty.body.id}/publish`, { token: editor.token });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['questions', 'body']);
    const evil = await published({ title: 'Veilig', questions: ['Is dit veilig?'], body: 'Ja <script>alert(1)</script> en [klik](javascript:alert(1)).' });
    const read = (await t.request('GET', `/articles/${evil.id}`, { token: agent.token })).body;
    expect(read.bodyHtml).not.toContain('<script>');
    expect(read.bodyHtml).not.toMatch(/href="javascript:/i);
    expect((await t.request('POST', '/articles', { token: agent.token, body: { title: 'Mag niet', questions: ['x'], body: 'x', audience: 'public' } })).status).toBe(403);
    expect((await t.request('POST', '/articles', { token: editor.token, body: { title: 'x', questions: 'geen lijst', body: 'x', audience: 'iedereen' } })).body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['audience', 'questions', 'title']);
  });

  it('searches in Dutch: stems, typos, synonyms, relevance and highlighted snippets; public search never shows internal articles', async () => {
    await published({ title: 'Reparatie melden', questions: ['Hoe meld ik een reparatie?', 'kapotte kraan'], body: 'U meldt een reparatie in Mijn Loket of telefonisch. Een monteur komt binnen drie werkdagen.', topics: ['reparatie'] });
    await published({ title: 'Lekkage in huis', questions: ['Wat doe ik bij een lekkage?'], body: 'Draai de hoofdkraan dicht en bel ons. Bij lekkage komt de monteur dezelfde dag.' });
    await published({ title: 'Werkinstructie schimmel', questions: ['Wat vraag ik bij schimmel?'], body: 'Vraag naar ventileren en stookgedrag. Plan een inspectie.', audience: 'internal' });
    await published({ title: 'Overzicht onderhoud', questions: ['Wanneer schilderen jullie?'], body: 'Elk jaar plannen wij onderhoud. Soms is er een reparatie nodig.' });

    // "reparaties" finds "reparatie"; the article with it in the title ranks first.
    const stems = (await search('reparaties')).body.items;
    expect(stems[0].title).toBe('Reparatie melden');
    expect(stems.map((h: { title: string }) => h.title)).toContain('Overzicht onderhoud');
    expect(stems[0].snippet).toContain('<mark>reparatie</mark>');
    // Typos fall back to trigrams over titles and questions.
    expect((await search('lekage')).body.items[0].title).toBe('Lekkage in huis');
    expect((await search('schimel')).body.items[0].title).toBe('Werkinstructie schimmel');
    // Internal articles: agents yes, public search and tenants never.
    expect((await search('schimmel', agent.token, '&audience=public')).body.items).toEqual([]);
    const customerId = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body.id;
    const tenant = await org.tenant(customerId);
    expect((await t.request('GET', `/portal/articles?q=${encodeURIComponent('schimmel')}`, { token: tenant.token })).body.items).toEqual([]);
    expect((await t.request('GET', `/portal/articles?q=lekkage`, { token: tenant.token })).body.items[0].title).toBe('Lekkage in huis');
    const internalId = (await search('schimmel')).body.items[0].id;
    expect((await t.request('GET', `/portal/articles/${internalId}`, { token: tenant.token })).status).toBe(404);
    // Synonyms per organization: the sector list to start with ("waterschade" is a leak), which the editors extend.
    expect((await search('waterschade')).body.items[0].title).toBe('Lekkage in huis');
    const sector = (await t.request('GET', '/articles/synonyms', { token: editor.token })).body.groups as string[][];
    expect(sector.find((g) => g.includes('lekkage'))).toEqual(expect.arrayContaining(['daklek', 'waterschade', 'water uit plafond']));
    expect((await search('overstroming')).body.items).toEqual([]);
    await t.request('PUT', '/articles/synonyms', { token: editor.token, body: { groups: [...sector, ['overstroming', 'lekkage']] } });
    expect((await search('overstroming')).body.items[0].title).toBe('Lekkage in huis');
    expect((await search('water uit het plafond')).body.items[0].title).toBe('Lekkage in huis');
    // What nobody found is the editors' to-do list.
    await search('parkeervergunning');
    await search('Parkeervergunning');
    const todo = (await t.request('GET', '/articles/no-results', { token: editor.token })).body.items;
    expect(todo.find((r: { query: string }) => r.query === 'parkeervergunning')).toMatchObject({ times: 2 });
    expect((await t.request('GET', '/articles/no-results', { token: agent.token })).status).toBe(403);
    // Feedback from the portal.
    expect((await t.request('POST', `/articles/${(await search('lekkage')).body.items[0].id}/feedback`, { token: tenant.token, body: { helpful: true } })).status).toBe(204);
    expect((await t.request('POST', `/articles/${internalId}/feedback`, { token: tenant.token, body: { helpful: true } })).status).toBe(404);
  });

  it('understands questions: all words first, then most; stop words, compounds and unfinished words while typing', async () => {
    const kraan = await published({ title: 'Keukenkraan vervangen', questions: ['Mijn keukenkraan is oud'], body: 'Een nieuwe keukenkraan plaatst de monteur.', topics: ['reparatie'] });
    const klacht = await published({ title: 'Klacht indienen', questions: ['Hoe dien ik een klacht in?'], body: 'Vul het klachtenformulier in.' });
    await published({ title: 'Keuken schoonmaken', questions: ['Hoe maak ik de keuken schoon?'], body: 'Met een doekje.' });
    await published({ title: 'Werkinstructie ongedierte', questions: ['Wat vraag ik bij ongedierte?'], body: 'Vraag welk dier het is.', audience: 'internal' });
    // "kapotte kraan", "klacht": found, where every word once had to match.
    expect((await search('klacht')).body.items[0].id).toBe(klacht.id);
    // Compounds split and joined: "kraan keuken" finds "keukenkraan", and the article with both words ranks above the one with one.
    const both = (await search('kraan keuken')).body.items.map((h: { id: string }) => h.id);
    expect(both[0]).toBe(kraan.id);
    expect(both.length).toBeGreaterThan(1);
    // Stop words ignored: a question in full finds what its meaningful words find.
    expect((await search('hoe kan ik een klacht indienen?')).body.items[0].id).toBe(klacht.id);
    expect((await search('hoe kan ik dat doen')).body.items).toEqual([]);
    // Suggestions while typing: "keukenkr" is a beginning; tenants get public articles only, and typing is not a logged search.
    const customerId = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body.id;
    const tenant = await org.tenant(customerId);
    const typing = await t.request('GET', `/portal/articles/suggestions?q=${encodeURIComponent('keukenkr')}`, { token: tenant.token });
    expect(typing.status).toBe(200);
    expect(typing.body.items[0].id).toBe(kraan.id);
    expect((await t.request('GET', `/articles/suggestions?q=${encodeURIComponent('ongedie')}`, { token: agent.token })).body.items[0].title).toBe('Werkinstructie ongedierte');
    expect((await t.request('GET', `/portal/articles/suggestions?q=${encodeURIComponent('ongedie')}`, { token: tenant.token })).body.items).toEqual([]);
    expect((await t.request('GET', `/articles/suggestions?q=x&limit=50`, { token: agent.token })).body.errors[0]).toMatchObject({ field: 'limit' });
    const typedWord = `klachtwoord${Date.now().toString(36)}`;
    await t.request('GET', `/articles/suggestions?q=${typedWord}`, { token: agent.token });
    const todo = (await t.request('GET', '/articles/no-results', { token: editor.token })).body.items;
    expect(todo.find((r: { query: string }) => r.query === typedWord)).toBeUndefined();
    // Another organization's suggestions never show this one's articles.
    const other = await createOrg(t, 'Woonstichting Elders');
    expect((await t.request('GET', `/articles/suggestions?q=keukenkr`, { token: (await other.staff(['agent'])).token })).body.items).toEqual([]);
  });

  it('answers repeated searches from memory, yet never with an archived or outdated article, nor another organization’s', async () => {
    const word = `verhuisdoos${Date.now().toString(36)}`;
    expect((await search(word)).body.items).toEqual([]);
    const article = await published({ title: `Dozen voor de ${word}`, questions: ['Waar haal ik verhuisdozen?'], body: `U haalt een ${word} bij de balie.` });
    // Published a moment ago: the same search now finds it (not the empty answer it gave before).
    expect((await search(word)).body.items.map((h: { id: string }) => h.id)).toEqual([article.id]);
    // A new version is found by its new words once it is published, not before.
    await t.request('PATCH', `/articles/${article.id}`, { token: editor.token, body: { baseVersion: article.version, title: `Verhuisdozen lenen (${word})` } });
    expect((await search(word)).body.items[0].title).toBe(`Dozen voor de ${word}`);
    await t.request('POST', `/articles/${article.id}/publish`, { token: editor.token });
    expect((await search(word)).body.items[0].title).toBe(`Verhuisdozen lenen (${word})`);
    // Another organization asking the same question never gets this one's articles.
    const other = await createOrg(t, 'Woonstichting Anders');
    const otherAgent = await other.staff(['agent']);
    expect((await search(word, otherAgent.token)).body.items).toEqual([]);
    // Archived: gone from search at once.
    await t.request('POST', `/articles/${article.id}/archive`, { token: editor.token });
    expect((await search(word)).body.items).toEqual([]);
    // Every search is logged, also those answered from memory.
    const todo = (await t.request('GET', '/articles/no-results', { token: editor.token })).body.items;
    expect(todo.find((r: { query: string }) => r.query === word)).toMatchObject({ times: 2 });
    const tooMany = await search(word, agent.token, '&limit=500');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0]).toMatchObject({ field: 'limit' });
  });

  it('counts reads and use in contacts for the editors’ dashboard and the self-service report', async () => {
    // Just after midnight in Amsterdam, still the day before in UTC: the report counts Dutch days.
    freezeClock('2026-06-10T00:30:00+02:00');
    const a = await published({ title: 'Sleutel kwijt', questions: ['Ik ben mijn sleutel kwijt'], body: 'Bel ons. Wij sturen een slotenmaker.', topics: ['overig'] });
    const old = await published({ title: 'Oude regeling', questions: ['Geldt de oude regeling nog?'], body: 'Nee.', reviewBy: '2025-01-01' });
    const customerId = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body.id;
    const tenant = await org.tenant(customerId);
    expect((await t.request('GET', `/portal/articles/${a.id}`, { token: tenant.token })).status).toBe(200);
    expect((await t.request('GET', `/portal/articles/${a.id}`, { token: tenant.token })).status).toBe(200);
    const contact = await t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId, channel: 'phone', direction: 'inbound', topic: 'overig', newCase: { subject: 'Sleutel' }, summary: 'Slotenmaker komt vandaag.', outcome: 'answered', articleIds: [a.id] },
    });
    expect(contact.status).toBe(201);
    const dashboard = (await t.request('GET', '/articles/dashboard', { token: editor.token })).body;
    expect(dashboard.mostUsed.find((m: { id: string }) => m.id === a.id)).toMatchObject({ views: 2, usedInContacts: 1, answeredInContact: 1 });
    expect(dashboard.overdue.map((o: { id: string }) => o.id)).toContain(old.id);
    expect((await t.request('GET', '/articles/dashboard', { token: agent.token })).status).toBe(403);
    const lead = await org.staff(['team_lead']);
    const kpis = (await t.request('GET', `/reports/kpis?from=2026-06-10&to=2026-06-10`, { token: lead.token })).body;
    expect(kpis.deflection.find((r: { topic: { code: string } }) => r.topic.code === 'overig')).toMatchObject({ portalViews: 2, contacts: 1 });
    const dayBefore = (await t.request('GET', `/reports/kpis?from=2026-06-09&to=2026-06-09`, { token: lead.token })).body;
    expect(dayBefore.deflection.find((r: { topic: { code: string } }) => r.topic.code === 'overig')).toBeUndefined();
    // Ninety days on, the reads and uses have left the editors' "most used" list; the review is still overdue.
    freezeClock('2026-09-09T12:00:00+02:00');
    const later = (await t.request('GET', '/articles/dashboard', { token: editor.token })).body;
    expect(later.mostUsed.find((m: { id: string }) => m.id === a.id)).toBeUndefined();
    expect(later.overdue.map((o: { id: string }) => o.id)).toContain(old.id);
  });

  it('shows the readability and keeps organizations apart', async () => {
    const a = await published({ title: 'Huurverhoging', questions: ['Waarom gaat mijn huur omhoog?'], body: 'Uw huur gaat 1 juli omhoog. U krijgt een brief. Daarin staat het nieuwe bedrag.' });
    const read = (await t.request('GET', `/articles/${a.id}`, { token: agent.token })).body;
    expect(read.readability).toMatchObject({ level: 'B1 or easier' });
    const other = await createOrg(t);
    const stranger = await other.staff(['agent']);
    expect((await t.request('GET', `/articles/${a.id}`, { token: stranger.token })).status).toBe(404);
    expect((await t.request('GET', '/articles?q=huurverhoging', { token: stranger.token })).body.items).toEqual([]);
  });
});
