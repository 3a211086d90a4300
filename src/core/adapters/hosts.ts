/** Whether `url`'s host is one of `domains` or a subdomain of one. */
export function hostIn(url: URL, domains: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
