import { describe, expect, it } from 'vitest';
import { resolveChain, type ChainDeps, type HopAnswer } from '../../../src/background/resolver/chain';
import { connectedIsPrivate } from '../../../src/background/resolver/connected';

function web(answers: Record<string, HopAnswer>) {
  const requested: string[] = [];
  const deps: ChainDeps = {
    fetchHop: async (url) => {
      requested.push(url);
      const answer = answers[url];
      if (!answer) throw new TypeError('network error');
      return answer;
    },
    mayContact: async () => true,
  };
  return { deps, requested };
}

describe('the address the browser connected to', () => {
  it('stops the chain at a hop whose public name led to a private address, on any hop', async () => {
    const { deps, requested } = web({
      'https://bit.ly/x': { status: 302, location: 'https://rebind.example.com/', connected: { ip: '67.199.248.10', proxied: false } },
      'https://rebind.example.com/': { status: 302, location: 'https://next.example.com/', connected: { ip: '10.0.0.5', proxied: false } },
      'https://next.example.com/': { status: 200, location: null },
    });
    const chain = await resolveChain('https://bit.ly/x', deps);
    expect(chain.end).toEqual({ kind: 'refused', reason: 'private-address', url: 'https://rebind.example.com/' });
    expect(requested).toEqual(['https://bit.ly/x', 'https://rebind.example.com/']);
  });

  it('does not classify a destination reached at a private address', async () => {
    const { deps } = web({ 'https://shop.example.com/': { status: 200, location: null, connected: { ip: 'fd00::1', proxied: false } } });
    expect((await resolveChain('https://shop.example.com/', deps)).end.kind).toBe('refused');
  });

  it('judges Firefox reports (proxy known) and Chromium reports (proxy unknown: loopback may be a local proxy)', () => {
    expect(connectedIsPrivate({ ip: '127.0.0.1', proxied: false })).toBe(true);
    expect(connectedIsPrivate({ ip: '127.0.0.1', proxied: true })).toBe(false);
    expect(connectedIsPrivate({ ip: '10.1.1.1', proxied: true })).toBe(false);
    expect(connectedIsPrivate({ ip: '127.0.0.1', proxied: null })).toBe(false);
    expect(connectedIsPrivate({ ip: '::1', proxied: null })).toBe(false);
    expect(connectedIsPrivate({ ip: '169.254.169.254', proxied: null })).toBe(true);
    expect(connectedIsPrivate({ ip: '192.168.0.10', proxied: null })).toBe(true);
    expect(connectedIsPrivate({ ip: '[2001::1]', proxied: null })).toBe(true);
    expect(connectedIsPrivate({ ip: '93.184.215.14', proxied: false })).toBe(false);
    expect(connectedIsPrivate(null)).toBe(false);
  });
});
