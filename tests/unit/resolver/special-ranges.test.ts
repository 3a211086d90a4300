import { describe, expect, it } from 'vitest';
import { isPrivateAddress, refusalFor } from '../../../src/background/resolver/address-guard';

const refusal = (href: string) => refusalFor(new URL(href));

// One address inside each IANA special-purpose block (IPv4 and IPv6 registries), and its public neighbours.
const IPV4_INSIDE = [
  '0.1.2.3', '10.255.0.1', '100.64.0.1', '100.127.255.254', '127.8.8.8', '169.254.1.1', '172.16.5.5', '172.31.0.1',
  '192.0.0.9', '192.0.0.170', '192.0.2.44', '192.31.196.1', '192.52.193.1', '192.88.99.1', '192.168.44.1',
  '192.175.48.1', '198.18.0.1', '198.19.255.255', '198.51.100.7', '203.0.113.9', '224.0.0.251', '239.255.255.250',
  '240.0.0.1', '255.255.255.255',
];
const IPV4_OUTSIDE = ['1.1.1.1', '100.63.255.255', '100.128.0.0', '172.15.255.255', '172.32.0.0', '192.0.3.1', '192.88.98.1', '198.17.255.255', '198.20.0.0', '223.255.255.255'];
const IPV6_INSIDE = [
  '::', '::1', '::ffff:127.0.0.1', '::ffff:0:127.0.0.1', '::ffff:0:8.8.8.8', '::127.0.0.1', '64:ff9b::8.8.8.8', '64:ff9b:1::1',
  '100::1', '100:0:0:1::1', '2001::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', '2001:2::1', '2001:3::1', '2001:10::1',
  '2001:20::1', '2001:1ff::1', '2001:db8::1', '2002:c000:0204::1', '2620:4f:8000::1', '3fff::1', '3fff:fff::1',
  '5f00::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fec0::1', 'ff02::1',
];
const IPV6_OUTSIDE = ['2001:200::1', '2001:4860:4860::8888', '2606:4700:4700::1111', '2620:4f:8001::1', '3ffe::1', '2a00:1450::1'];

describe('the IANA special-purpose registries', () => {
  it.each(IPV4_INSIDE)('refuses %s', (ip) => {
    expect(refusal(`http://${ip}/`)).toBe('private-address');
    expect(isPrivateAddress(ip)).toBe(true);
  });
  it.each(IPV4_OUTSIDE)('allows %s', (ip) => {
    expect(refusal(`http://${ip}/`)).toBeNull();
    expect(isPrivateAddress(ip)).toBe(false);
  });
  it.each(IPV6_INSIDE)('refuses [%s]', (ip) => {
    expect(refusal(`http://[${ip}]/`)).toBe('private-address');
    expect(isPrivateAddress(ip)).toBe(true);
  });
  it.each(IPV6_OUTSIDE)('allows [%s]', (ip) => {
    expect(refusal(`http://[${ip}]/`)).toBeNull();
    expect(isPrivateAddress(`[${ip}]`)).toBe(false);
  });
});

describe('names', () => {
  it.each(['http://localhost./', 'http://localhost../', 'http://printer.local../', 'http://127.0.0.1../', 'http://a..example.com/'])(
    'refuses trailing or empty labels %s',
    (href) => expect(refusal(href)).toBe('private-address'),
  );
  it.each([
    'http://127.0.0.1.nip.io/',
    'http://app.10.0.0.1.sslip.io/',
    'http://192-168-1-1.sslip.io/',
    'http://anything.localtest.me/',
    'http://lvh.me/',
    'http://magic-127-0-0-1.example.com/',
    'http://10.0.0.1.attacker.example/',
  ])('refuses names that resolve to or spell a private address %s', (href) => expect(refusal(href)).toBe('private-address'));
  it.each(['https://8.8.8.8.nip.example.com/', 'https://release-1-2-3-4.example.com/', 'https://shop.example.com./'])('allows %s', (href) =>
    expect(refusal(href)).toBeNull(),
  );
  it('refuses a connected address it cannot read', () => expect(isPrivateAddress('not an address')).toBe(true));
});
