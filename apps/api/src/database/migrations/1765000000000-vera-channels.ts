import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Two channels join: `whatsapp` (VERA COMMUNICATIEKANAAL APP) and `sms` (VERA SMS). No stored row
 * changes channel: a contact, case clock, breach or work item recorded as `social` stays `social`,
 * because nobody can tell afterwards whether it was WhatsApp, another chat app or social media (it
 * simply has no VERA code from now on). Channel columns are varchar(12) without a check, so the new
 * values need no schema change.
 *
 * Response targets: an organization without policies of its own gets the defaults, which now hold
 * both channels (the e-mail terms). An organization that saved its own policies gets a general policy
 * for each new channel it has none for: the targets of its own general `social` policy (the channel
 * these messages were recorded under until now), else the default e-mail terms (first response the
 * next working day, answer within 5 working days). Topic-specific policies are not copied.
 */
const DEFAULT_TERMS = `jsonb_build_object('firstResponse', jsonb_build_object('type', 'working_days', 'days', 1), 'resolution', jsonb_build_object('type', 'working_days', 'days', 5))`;

export class VeraChannels1765000000000 implements MigrationInterface {
  name = 'VeraChannels1765000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE sla_settings s
         SET policies = s.policies || added.items
        FROM (
          SELECT s2.organization_id,
                 jsonb_agg(jsonb_build_object('channel', ch.channel, 'topic', NULL,
                                              'firstResponse', terms.t->'firstResponse', 'resolution', terms.t->'resolution')
                           ORDER BY ch.ord) AS items
            FROM sla_settings s2
            CROSS JOIN (VALUES ('whatsapp', 1), ('sms', 2)) AS ch(channel, ord)
            CROSS JOIN LATERAL (
              SELECT COALESCE(
                (SELECT jsonb_build_object('firstResponse', p->'firstResponse', 'resolution', p->'resolution')
                   FROM jsonb_array_elements(s2.policies) p
                  WHERE p->>'channel' = 'social' AND (p->'topic' IS NULL OR p->'topic' = 'null'::jsonb)
                  LIMIT 1),
                ${DEFAULT_TERMS}) AS t
            ) terms
           WHERE s2.policies IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(s2.policies) p
                              WHERE p->>'channel' = ch.channel AND (p->'topic' IS NULL OR p->'topic' = 'null'::jsonb))
           GROUP BY s2.organization_id
        ) added
       WHERE s.organization_id = added.organization_id`);
  }

  /** Takes the new channels' policies out again; contacts recorded on them keep their channel (data is not undone). */
  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE sla_settings
         SET policies = COALESCE((SELECT jsonb_agg(p ORDER BY n) FROM jsonb_array_elements(policies) WITH ORDINALITY AS e(p, n)
                                   WHERE p->>'channel' NOT IN ('whatsapp', 'sms')), '[]'::jsonb)
       WHERE policies IS NOT NULL`);
  }
}
