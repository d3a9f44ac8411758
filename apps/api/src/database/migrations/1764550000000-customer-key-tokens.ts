import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The customer search finds street + house number, a postcode beside a name and the start of an
 * e-mail address through key tokens in the name index (customer_search_tokens), each kind marked by
 * its first character: '^' street|number, '#' postcode, '$' e-mail address, '@' e-mail domain (see
 * `customerKeyTokens` in libs/server/customers). This fills them in for the customers there are.
 * The folding mirrors `words()`/`foldText()` for the letters Dutch addresses use; an address with a
 * rarer letter gets its exact token when the customer is next saved.
 */
const FROM = 'àáâãäåāçćčèéêëēėęìíîïīñńòóôõöōùúûüūýÿžšłøđðıÀÁÂÃÄÅĀÇĆČÈÉÊËĒĖĘÌÍÎÏĪÑŃÒÓÔÕÖŌÙÚÛÜŪÝŸŽŠŁØĐÐ';
const TO = 'aaaaaaaccceeeeeeeiiiiinnoooooouuuuuyyzsloddiaaaaaaaccceeeeeeeiiiiinnoooooouuuuuyyzslodd';
const fold = (column: string) =>
  `replace(replace(replace(replace(replace(lower(translate(${column}, '${FROM}', '${TO}')), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th'), chr(39), '')`;

export class CustomerKeyTokens1764550000000 implements MigrationInterface {
  name = 'CustomerKeyTokens1764550000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      WITH c AS (
        SELECT c.organization_id, c.id, c.street, c.house_number, c.postcode, lower(trim(c.email)) AS email,
               COALESCE((SELECT min(t.rank_key) FROM customer_search_tokens t WHERE t.customer_id = c.id AND t.rank_key LIKE '0%'),
                        '0' || left(lower(c.last_name), 128)) AS rank_key
          FROM customers c
         WHERE c.erased_at IS NULL
      ), keys AS (
        SELECT organization_id, id, rank_key, '^' || regexp_replace(${fold('street')}, '[^a-z0-9]', '', 'g') || '|' || house_number AS token,
               regexp_replace(${fold('street')}, '[^a-z0-9]', '', 'g') <> '' AS ok
          FROM c WHERE street IS NOT NULL AND house_number IS NOT NULL
        UNION ALL
        SELECT organization_id, id, rank_key, '#' || lower(replace(postcode, ' ', '')), true FROM c WHERE postcode IS NOT NULL
        UNION ALL
        SELECT organization_id, id, rank_key, '$' || email, position('@' IN email) > 1 AND email !~ '\\s' FROM c WHERE email IS NOT NULL
        UNION ALL
        SELECT organization_id, id, rank_key, substring(email FROM '@[^@]*$'), position('@' IN email) > 1 AND email !~ '\\s' FROM c WHERE email IS NOT NULL
      )
      INSERT INTO customer_search_tokens (organization_id, token, rank_key, customer_id)
      SELECT organization_id, token, rank_key, id FROM keys
       WHERE ok AND token IS NOT NULL AND length(token) BETWEEN 2 AND 60
      ON CONFLICT DO NOTHING`);
    await q.query(`
      INSERT INTO search_token_dictionary (organization_id, token, customer_count)
      SELECT organization_id, token, count(*) FROM customer_search_tokens WHERE token ~ '^[#^$@]' GROUP BY organization_id, token
      ON CONFLICT (organization_id, token) DO UPDATE SET customer_count = EXCLUDED.customer_count`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM customer_search_tokens WHERE token ~ '^[#^$@]'`);
    await q.query(`DELETE FROM search_token_dictionary WHERE token ~ '^[#^$@]'`);
  }
}
