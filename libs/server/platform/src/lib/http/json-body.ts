import type { FastifyInstance } from 'fastify';
import { ValidationFailedError } from '../errors/domain-errors';

/** No request of this API nests deeper than a few levels; 32 leaves ample room. */
export const MAX_JSON_DEPTH = 32;

/** Whether `text` (JSON) nests objects and arrays deeper than `max`; brackets inside strings do not count. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/**
 * The API's JSON body parser (register it with Nest's own body parser off): Fastify's parser,
 * prototype and constructor poisoning refused as before, and a body nested deeper than
 * {@link MAX_JSON_DEPTH} levels refused as a 400 on `body` before it is parsed at all.
 */
export function useJsonBodyParser(fastify: FastifyInstance, maxDepth = MAX_JSON_DEPTH): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (nestsDeeperThan(text, maxDepth)) {
      done(new ValidationFailedError([{ field: 'body', code: 'too_deep', params: { max: maxDepth } }]), undefined);
      return;
    }
    parse(request, text, done);
  });
}

/**
 * NDJSON bodies (`application/x-ndjson`) reach the route as the raw request stream, unparsed and
 * not held in memory: the route reads them line by line (the ERP's batch load). The JSON body
 * limit does not apply; the route bounds what it keeps.
 */
export function useNdjsonBodyStream(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('application/x-ndjson', (_request, payload, done) => done(null, payload));
}
