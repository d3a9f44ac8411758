import { Client } from 'pg';

/**
 * 5,000,000 contacts on the benchmark organization's customers (set-based, in PostgreSQL),
 * plus one customer with exactly 500 contacts for the time line. Made once, then reused.
 */
export async function seedContacts(url: string, orgId: string, total: number, log: (m: string) => void): Promise<{ busyCustomerId: string }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const [{ done }] = (await db.query(`SELECT (settings->>'contacts')::int AS done FROM organizations WHERE id = $1`, [orgId])).rows;
    const busy = (await db.query(`SELECT id FROM customers WHERE organization_id = $1 AND customer_number = '1000000'`, [orgId])).rows[0].id as string;
    if (done === total) return { busyCustomerId: busy };
    const started = Date.now();
    await db.query(`DELETE FROM case_events WHERE organization_id = $1`, [orgId]);
    await db.query(`DELETE FROM contacts WHERE organization_id = $1`, [orgId]);
    await db.query(`DELETE FROM cases WHERE organization_id = $1`, [orgId]);
    await db.query(`INSERT INTO topics (organization_id, code, name) VALUES ($1, 'reparatie', 'Reparatie en onderhoud') ON CONFLICT DO NOTHING`, [orgId]);
    const topicId = (await db.query(`SELECT id FROM topics WHERE organization_id = $1 AND code = 'reparatie'`, [orgId])).rows[0].id;
    // Two contacts per case on average (R6), cases on customers picked at random.
    const cases = Math.round(total / 2);
    const step = 250_000;
    for (let from = 0; from < cases; from += step) {
      const n = Math.min(step, cases - from);
      await db.query(
        `WITH nums AS MATERIALIZED (
           SELECT (1000001 + floor(random() * 999000))::int::text AS nr, now() - (random() * interval '3 years') AS opened
             FROM generate_series(1, $3::int)),
         pick AS (
           SELECT c.id AS customer_id, nums.opened FROM nums JOIN customers c ON c.organization_id = $1 AND c.customer_number = nums.nr),
         k AS (
           INSERT INTO cases (organization_id, customer_id, subject, topic_id, status, contact_count, contacts_at_resolution, answer_summary, opened_at, resolved_at, updated_at)
           SELECT $1, customer_id, 'Vraag over reparatie', $2, 'resolved', 2, 2, 'Opgelost', opened, opened + interval '2 days', opened + interval '2 days' FROM pick
           RETURNING id, customer_id, opened_at)
         INSERT INTO contacts (organization_id, case_id, customer_id, channel, direction, occurred_at, topic_id, summary, outcome, employee_name)
         SELECT $1, k.id, k.customer_id, (ARRAY['phone','email','portal','counter'])[1 + (i % 4)], CASE WHEN i = 1 THEN 'inbound' ELSE 'outbound' END,
                k.opened_at + (i - 1) * interval '1 day', $2, 'Contact over de reparatie van de kraan.', CASE WHEN i = 1 THEN 'callback_agreed' ELSE 'answered' END, 'Benchmark'
           FROM k CROSS JOIN generate_series(1, 2) i`,
        [orgId, topicId, n],
      );
      log(`  ${((from + n) * 2).toLocaleString('en')} contacts (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    // The customer with a long history: 500 contacts over 250 cases.
    await db.query(
      `WITH k AS (
         INSERT INTO cases (organization_id, customer_id, subject, topic_id, status, contact_count, opened_at, updated_at)
         SELECT $1, $2, 'Vraag ' || g, $3, 'resolved', 2, now() - g * interval '1 day', now() - g * interval '1 day' FROM generate_series(1, 250) g
         RETURNING id, opened_at)
       INSERT INTO contacts (organization_id, case_id, customer_id, channel, direction, occurred_at, topic_id, summary, outcome, employee_name)
       SELECT $1, k.id, $2, 'phone', 'inbound', k.opened_at + i * interval '1 hour', $3, 'Vraag en antwoord.', 'answered', 'Benchmark'
         FROM k CROSS JOIN generate_series(0, 1) i`,
      [orgId, busy, topicId],
    );
    await db.query(`VACUUM (ANALYZE) cases, contacts`);
    await db.query(`UPDATE organizations SET settings = settings || jsonb_build_object('contacts', $2::int) WHERE id = $1`, [orgId, total]);
    log(`Contacts ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return { busyCustomerId: busy };
  } finally {
    await db.end();
  }
}
