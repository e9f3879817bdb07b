/** A whole-unit duration in words ("3 timmar", "2 dygn") for notices; never more precise than needed. */
import type { TFunction } from 'i18next';

export function durationText(t: TFunction<'delivery'>, minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  if (whole < 60) return t('wait.minutes', { count: whole });
  if (whole < 48 * 60) return t('wait.hours', { count: Math.floor(whole / 60) });
  return t('wait.days', { count: Math.floor(whole / (24 * 60)) });
}
