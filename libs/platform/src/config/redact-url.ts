/** A connection URL fit for a log line or an error message: the password is masked. */
export function redactUrl(url: string, fallback = 'the configured URL'): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return fallback;
  }
}
