import { CHANNELS, type Channel } from '@loket/shared/contracts';
import type { PutSlaPoliciesRequest, SlaPolicies, SlaTarget } from '@loket/web/api-client';

export const TARGET_TYPES = ['none', 'working_days', 'business_hours'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

export interface TargetValues {
  type: TargetType;
  /** As typed; a number of working days or business hours. */
  amount: string;
}

export interface PolicyRowValues {
  channel: Channel;
  /** Topic id; empty for the channel's general row. */
  topic: string;
  firstResponse: TargetValues;
  resolution: TargetValues;
}

/** One general row per channel (in the order of the API), then the rows for a topic of a channel. */
export interface PoliciesValues {
  rows: PolicyRowValues[];
}

export const NO_TARGET: TargetValues = { type: 'none', amount: '' };

function targetValues(target: SlaTarget | null): TargetValues {
  if (!target) return { ...NO_TARGET };
  return target.type === 'working_days' ? { type: 'working_days', amount: String(target.days) } : { type: 'business_hours', amount: String(target.hours) };
}

function targetRequest({ type, amount }: TargetValues): SlaTarget | null {
  const n = Number(amount.trim().replace(',', '.'));
  if (type === 'working_days') return { type, days: n };
  if (type === 'business_hours') return { type, hours: n };
  return null;
}

export function policiesToValues(policies: SlaPolicies): PoliciesValues {
  const general = CHANNELS.map((channel) => {
    const policy = policies.items.find((item) => item.channel === channel && !item.topic);
    return {
      channel,
      topic: '',
      firstResponse: targetValues(policy?.firstResponse ?? null),
      resolution: targetValues(policy?.resolution ?? null),
    };
  });
  const perTopic = policies.items
    .filter((item) => item.topic)
    .map((item) => ({ channel: item.channel, topic: item.topic?.id ?? '', firstResponse: targetValues(item.firstResponse), resolution: targetValues(item.resolution) }))
    .sort((a, b) => CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel));
  return { rows: [...general, ...perTopic] };
}

/**
 * The PUT body, and for each item the form row it came from (to put the API's field errors back).
 * A general row without any target is left out: that channel has no targets. A topic row always goes:
 * the API says so when it has no target.
 */
export function valuesToPolicies(values: PoliciesValues): { body: PutSlaPoliciesRequest; rowOfItem: number[] } {
  const rowOfItem: number[] = [];
  const items: PutSlaPoliciesRequest['items'] = [];
  values.rows.forEach((row, index) => {
    const firstResponse = targetRequest(row.firstResponse);
    const resolution = targetRequest(row.resolution);
    if (!row.topic && !firstResponse && !resolution) return;
    rowOfItem.push(index);
    items.push({ channel: row.channel, topic: row.topic || null, firstResponse, resolution });
  });
  return { body: { items }, rowOfItem };
}

export type PolicyProblem = 'days' | 'hours' | 'type' | 'topic' | 'duplicate' | 'noTarget' | 'other';

/**
 * A field of the API's 400 answer as a form path and the kind of problem (by its code):
 * `items[3].firstResponse.days` → `rows.<row of item 3>.firstResponse.amount`. Null when it is not a
 * field of a row (e.g. `items`).
 */
export function policyError(field: string, code: string, rowOfItem: number[]): { path: string; problem: PolicyProblem } | null {
  const match = /^items\[(\d+)\](?:\.(channel|topic|firstResponse|resolution)(?:\.(days|hours|type))?)?$/.exec(field);
  if (!match) return null;
  const row = rowOfItem[Number(match[1])];
  if (row === undefined) return null;
  const [, , part, sub] = match;
  if (part === 'firstResponse' || part === 'resolution') {
    if (sub === 'days' || sub === 'hours') return { path: `rows.${row}.${part}.amount`, problem: sub };
    return { path: `rows.${row}.${part}.type`, problem: 'type' };
  }
  if (part === 'topic') return { path: `rows.${row}.topic`, problem: 'topic' };
  if (part === 'channel') return { path: `rows.${row}.channel`, problem: 'other' };
  if (code === 'duplicate') return { path: `rows.${row}.topic`, problem: 'duplicate' };
  if (code === 'required') return { path: `rows.${row}.firstResponse.type`, problem: 'noTarget' };
  return { path: `rows.${row}.firstResponse.type`, problem: 'other' };
}
