/** Keboola's date format: ISO 8601 with a `+HHMM` offset and no milliseconds, e.g. `2017-12-11T09:02:13+0100`. */
export function keboolaDate(d: Date | null, offsetMinutes = 0): string | null {
  if (!d) return null;
  const shifted = new Date(d.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  return `${shifted.toISOString().slice(0, 19)}${offset}`;
}
