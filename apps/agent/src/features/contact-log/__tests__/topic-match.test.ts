import { describe, expect, it } from 'vitest';
import { matchTopics } from '../components/topic-match';

const topics = [
  { code: 'reparatie', name: 'Reparatie en onderhoud', active: true },
  { code: 'lekkage', name: 'Lekkage', active: true },
  { code: 'huur-opzeggen', name: 'Huur opzeggen', active: true },
  { code: 'klacht', name: 'Klacht', active: true },
  { code: 'overlast', name: 'Overlast', active: true },
  { code: 'schulden', name: 'Betalingsproblemen en schulden', active: true },
  { code: 'oud', name: 'Lekkende daken (oud)', active: false },
  { code: 'woonomgeving', name: 'Woonomgeving en buurt', active: true },
];

describe('the topic picker matches beginnings first', () => {
  it.each([
    ['lek', ['Lekkage']],
    ['LEK', ['Lekkage']],
    ['onder', ['Reparatie en onderhoud']],
    ['op', ['Huur opzeggen']],
    ['o', ['Overlast', 'Huur opzeggen', 'Reparatie en onderhoud', 'Betalingsproblemen en schulden', 'Woonomgeving en buurt']],
    ['schuld', ['Betalingsproblemen en schulden']],
    ['kl', ['Klacht']],
    ['', ['Reparatie en onderhoud', 'Lekkage', 'Huur opzeggen', 'Klacht', 'Overlast', 'Betalingsproblemen en schulden', 'Woonomgeving en buurt']],
    ['xyz', []],
  ])('"%s"', (text, expected) => {
    expect(matchTopics(topics, text).map((t) => t.name)).toEqual(expected);
  });
});
