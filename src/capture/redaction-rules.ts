import type { RedactionKind } from './types';

/**
 * Where marketplaces show the shopper's own data. Matched against an element's id, class names and
 * test ids (camelCase and kebab-case alike). Narrow on purpose: the trader's address or a
 * reviewer's name is evidence and must stay; only the shopper's account, delivery place and basket go.
 */
export const NAMED_AREAS: { kind: Exclude<RedactionKind, 'input' | 'script' | 'attribute'>; pattern: RegExp }[] = [
  {
    kind: 'account',
    pattern:
      /\b(account-?(list|name|menu|nav|info|link|greeting|holder)|nav-?account|header-?account|my-?account|user-?(name|info|menu|greeting|avatar|nick)|customer-?name|greeting|welcome-?(msg|message|user|name)|signed-?in-?(user|name)|logged-?in-?(user|name))\b/i,
  },
  {
    kind: 'address',
    pattern:
      /\b(deliver(y)?-?(to|address|location|postcode|zip)|ship(ping)?-?(to|address)|glow-?ingress[\w-]*|location-?ingress|contextual-?ingress[\w-]*|user-?address|address-?(book|picker|selector)|postcode-?picker|zip-?code-?picker)\b/i,
  },
  {
    kind: 'basket',
    pattern:
      /\b(mini-?cart|nav-?cart[\w-]*|cart-?(count|items|flyout|drawer|preview|badge|quantity|qty|summary|content)|basket-?(count|items|flyout|drawer|preview|badge|summary|content)|shopping-?(cart|basket)|wishlist-?count|ewc[\w-]*)\b/i,
  },
];

/** Known ids that the patterns above cannot name (eBay's "Hi Anna!" sits in #gh-ug). */
export const NAMED_IDS: Record<string, NAMED_KIND> = {
  'gh-ug': 'account',
  'gh-minicart-hover': 'basket',
};
type NAMED_KIND = (typeof NAMED_AREAS)[number]['kind'];

/**
 * A short text that greets the signed-in shopper by name and says nothing else, in the seven UI
 * languages ("Hello, Anna", "Hallo Jan!", "Bonjour Marie", "Witaj, Ola"). A sentence that merely
 * starts with "Hello" in a description has more words and stays.
 */
export const GREETING =
  /^\s*(hello|hi|hey|hallo|moin|servus|bonjour|salut|hola|ciao|buongiorno|hoi|welkom|witaj|cześć|dzień dobry|welcome|willkommen|bienvenue|bienvenido|benvenuto)[,!]?\s+[\p{L}.'-]+(\s+[\p{L}.'-]+){0,2}\s*[!.]?\s*$/iu;
export const GREETING_MAX_CHARS = 60;

/** Attributes that may carry the shopper's data even outside the areas above. */
export const PERSONAL_ATTRIBUTE = /^data-[\w-]*(user|customer|email|account|address|buyer|member|login)[\w-]*$/i;

/** Input types whose value is a label, not something the shopper typed. */
export const BUTTON_INPUTS = new Set(['submit', 'button', 'reset', 'image']);

/** Script types that are data, kept because the analysis reads product data from them. */
export const DATA_SCRIPT_TYPES = new Set(['application/ld+json']);
