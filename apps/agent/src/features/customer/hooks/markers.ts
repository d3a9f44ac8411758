import { MARKER_CODES, SAFETY_MARKER_CODES, type MarkerCode } from '@loket/shared/contracts';
import type { Marker } from '@loket/web/api-client';

export function isSafetyMarker(code: MarkerCode): boolean {
  return SAFETY_MARKER_CODES.includes(code);
}

/**
 * Markers in the order an employee must read them: safety markers (AGR, WAN) first, then the
 * others in VERA order, the most recent first within one code.
 */
export function sortMarkers(markers: readonly Marker[]): Marker[] {
  const rank = (code: MarkerCode) =>
    isSafetyMarker(code) ? SAFETY_MARKER_CODES.indexOf(code) : SAFETY_MARKER_CODES.length + MARKER_CODES.indexOf(code);
  return [...markers].sort((a, b) => rank(a.code) - rank(b.code) || b.validFrom.localeCompare(a.validFrom));
}

export function splitActiveMarkers(markers: readonly Marker[]) {
  const active = sortMarkers(markers.filter((marker) => marker.active));
  return {
    safety: active.filter((marker) => isSafetyMarker(marker.code)),
    other: active.filter((marker) => !isSafetyMarker(marker.code)),
  };
}

/** Today as yyyy-mm-dd in local time (the value of an <input type="date">). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The end date that takes a marker out of force today. `validUntil` is inclusive (valid up to
 * and including that day), so a marker ended today gets yesterday's date.
 */
export function endDateForToday(now: Date = new Date()): string {
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  return todayIso(yesterday);
}
