import { dutchDate, zonedFormatter } from '@loket/shared/dutch-time';
import { intlLocale } from '@loket/web/ui';
import type { TFunction } from 'i18next';
import type { SlaPreview } from '@loket/web/api-client';

function yearIn(instant: Date): string {
  return dutchDate(instant).slice(0, 4);
}

/** "vrijdag 4 december 11:55" in Dutch time; with the year when it differs from that of `reference`. */
export function momentText(iso: string, language: string, reference: Date): string {
  const instant = new Date(iso);
  const locale = intlLocale(language);
  const withYear = yearIn(instant) !== yearIn(reference);
  const day = zonedFormatter(locale, { weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) }).format(instant);
  const time = zonedFormatter(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  return `${day.replace(',', '')} ${time}`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "Wat betekent dit?" in words: "Een telefoontje op vrijdag 4 december 11:55 moet uiterlijk maandag
 * 7 december 17:00 beantwoord zijn." Then, when it applies, that the moment was outside opening hours
 * and that a topic's own target was used.
 */
export function previewSentences(preview: SlaPreview, t: TFunction, language: string, now: Date): string[] {
  const what = t(`slaAdmin.preview.what.${preview.channel}`);
  const at = momentText(preview.at, language, now);
  const due = (iso: string) => momentText(iso, language, new Date(preview.at));
  const sentences: string[] = [];
  const { firstResponseDueAt, dueAt } = preview;
  if (firstResponseDueAt && dueAt) {
    sentences.push(t('slaAdmin.preview.both', { what, at, firstResponse: due(firstResponseDueAt), due: due(dueAt) }));
  } else if (firstResponseDueAt || dueAt) {
    sentences.push(t('slaAdmin.preview.one', { what, at, due: due((firstResponseDueAt ?? dueAt) as string) }));
  } else {
    sentences.push(t('slaAdmin.preview.none', { what }));
  }
  if (preview.receivedOutsideOpeningHours && (firstResponseDueAt || dueAt)) {
    sentences.push(t('slaAdmin.preview.outside', { countedFrom: due(preview.countedFrom) }));
  }
  if (preview.policy?.topic) sentences.push(t('slaAdmin.preview.topicPolicy', { topic: preview.policy.topic.name }));
  return sentences.map(capitalize);
}

/** The next Friday after today, 11:55 in Dutch time, as the value of a datetime-local field. */
export function nextFridayAt1155(now: Date): string {
  const today = dutchDate(now);
  const date = new Date(`${today}T12:00:00Z`);
  const daysAhead = ((5 - date.getUTCDay() + 7) % 7) || 7;
  date.setUTCDate(date.getUTCDate() + daysAhead);
  return `${date.toISOString().slice(0, 10)}T11:55`;
}
