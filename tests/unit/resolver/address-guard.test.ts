import { describe, expect, it } from 'vitest';
import { refusalFor } from '../../../src/background/resolver/address-guard';

const refusal = (href: string) => refusalFor(new URL(href));

describe('the resolver never requests', () => {
  it.each([
    'http://127.0.0.1/',
    'http://127.1/',
    'http://0x7f000001/',
    'http://2130706433/',
    'http://0.0.0.0/',
    'http://10.1.2.3/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/admin',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    'http://[::1]/',
    'http://[::]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:192.168.0.1]/',
    'http://[fe80::1]/',
    'http://[fd00::1]/',
    'http://[fc12:3456::1]/',
    'http://localhost/',
    'http://localhost.:8080/',
    'http://api.localhost/',
    'http://printer.local/',
    'http://router/',
    'http://nas.home.arpa/',
    'http://service.internal/',
  ])('private or local %s', (href) => {
    expect(refusal(href)).toBe('private-address');
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'ftp://example.com/',
    'chrome://settings/',
    'blob:https://a.example/x',
  ])('a non-web scheme %s', (href) => {
    expect(refusal(href)).toBe('scheme');
  });

  it('an address with credentials in it', () => {
    expect(refusal('https://amazon.de@evil.example.com/')).toBe('credentials');
  });
});

describe('the resolver may request', () => {
  it.each([
    'https://bit.ly/3abc',
    'http://tinyurl.com/x',
    'https://8.8.8.8/',
    'https://172.32.0.1/',
    'https://192.169.0.1/',
    'https://100.128.0.1/',
    'https://[2a00:1450:4001:82b::200e]/',
    'https://de.aliexpress.com/item/1.html',
    'https://localhost.example.com/',
  ])('public %s', (href) => {
    expect(refusal(href)).toBeNull();
  });
});
