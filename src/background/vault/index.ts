import browser from 'webextension-polyfill';
import { indexedDbBackend } from './backend';
import { Vault } from './vault';

/** The service worker's one vault (only the worker imports this). */
export const vault = new Vault(indexedDbBackend('flagpost-vault'), {
  get: (keys) => browser.storage.local.get(keys),
  remove: (keys) => browser.storage.local.remove(keys),
});
