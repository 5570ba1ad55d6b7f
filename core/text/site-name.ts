/** A hostname as the settings store it: lower case, without a leading "www."; accepts a URL too. */
export function normalizeSite(input: string): string {
  let host = input.trim().toLowerCase();
  if (host.includes('/')) {
    try {
      host = new URL(host.includes('://') ? host : `http://${host}`).hostname;
    } catch {
      host = host.split('/')[0] ?? host;
    }
  }
  return host.replace(/^www\./, '').replace(/\.$/, '');
}
