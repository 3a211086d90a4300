import { FIELD_PATHS, type ImageCode, type ListingTexts, type PageFacts, type RawLink } from '../../core/facts';
import type { FrameContent } from '../../core/frames';
import {
  FINDING_IDS,
  PLATFORMS,
  type CeMarking,
  type LinkSource,
  type Listing,
  type Party,
  type Price,
  type ProductIdentifiers,
  type Trader,
} from '../../core/model';
import { endpointAllowed } from '../../core/net/endpoint';
import type { Channel, ChannelRegistry } from '../../core/notice/channel';
import type { NoticeConfig } from '../../core/notice/config';
import {
  NOTICE_SCHEMA,
  NOTIFIER_ROLES,
  type EvidenceSnapshot,
  type LegalGround,
  type Notice,
  type NoticeFinding,
  type NoticeLocation,
  type Notifier,
} from '../../core/notice/types';
import {
  arrayOf,
  isBoolean,
  isNumber,
  isRecord,
  isString,
  nullable,
  oneOf,
  optional,
  own,
  recordOf,
  shape,
  type Check,
} from './shape';

/** The shapes of the domain objects messages carry: pages' facts, frames' contents, notices, channels. */

const strings = arrayOf(isString);
const nullableString = nullable(isString);
const platform = oneOf(PLATFORMS);

const rawLink = shape<RawLink>({
  href: isString,
  text: isString,
  source: oneOf<LinkSource>(['description', 'seller', 'image', 'text', 'safety']),
});
const party = shape<Party>({ name: nullableString, address: nullableString, email: nullableString });
const price = shape<Price>({ amount: isNumber, currency: isString });
const listing = shape<Listing>({
  id: nullableString,
  title: nullableString,
  price: nullable(price),
  category: strings,
});
const trader = shape<Trader>({
  name: nullableString,
  legalName: nullableString,
  address: nullableString,
  country: nullableString,
  email: nullableString,
  phone: nullableString,
  registrationNumber: nullableString,
  vatNumber: nullableString,
  status: oneOf(['trader', 'private', 'unknown']),
  storeId: nullableString,
  storeUrl: nullableString,
});
const identifiers = shape<ProductIdentifiers>({ brand: nullableString, model: nullableString, gtin: strings });
const texts = shape<ListingTexts>({
  title: isString,
  description: isString,
  specs: isString,
  seller: isString,
  safety: isString,
});
const imageCode = shape<ImageCode>({ image: isString, format: isString, text: isString });

export const isPageFacts: Check<PageFacts> = shape<PageFacts>({
  url: isString,
  platform: nullable(platform),
  pageType: oneOf(['product', 'seller', 'search', 'other']),
  language: nullableString,
  listing,
  trader,
  safety: shape<PageFacts['safety']>({
    manufacturer: party,
    euResponsiblePerson: party,
    warnings: strings,
    identifiers,
    ceMarking: optional(oneOf<CeMarking>(['claimed', 'absent', 'unknown'])),
  }),
  links: arrayOf(rawLink),
  texts,
  unreadable: arrayOf(oneOf(FIELD_PATHS)),
  lookedIn: optional(recordOf(oneOf(['trader', 'manufacturer', 'euResponsiblePerson', 'warnings']), isString)),
  linksCapped: optional((v): v is true => v === true),
  images: optional(strings),
  imageCodes: optional(arrayOf(imageCode)),
});

export const isFrameContent: Check<FrameContent> = shape<FrameContent>({
  links: arrayOf(rawLink),
  text: isString,
  images: strings,
});

/** https, or http on this computer only: the token and the notifier's e-mail go there. */
const isEndpoint: Check<string> = (v): v is string => isString(v) && endpointAllowed(v);

const apiChannel = shape<Extract<Channel, { kind: 'api' }>>({
  kind: oneOf(['api']),
  endpoint: isEndpoint,
  token: nullableString,
});
const formChannel = shape<Extract<Channel, { kind: 'form' }>>({ kind: oneOf(['form']), url: isString });
const emailChannel = shape<Extract<Channel, { kind: 'email' }>>({ kind: oneOf(['email']), address: isString });
const exportChannel = shape<Extract<Channel, { kind: 'export' }>>({ kind: oneOf(['export']) });

export const isChannel: Check<Channel> = (v): v is Channel => {
  if (!isRecord(v)) return false;
  switch (own(v, 'kind')) {
    case 'api':
      return apiChannel(v);
    case 'form':
      return formChannel(v);
    case 'email':
      return emailChannel(v);
    case 'export':
      return exportChannel(v);
    default:
      return false;
  }
};

export const isNotifier: Check<Notifier> = shape<Notifier>({
  name: nullableString,
  email: nullableString,
  role: oneOf(NOTIFIER_ROLES),
  anonymousReason: optional(isString),
});

export const isNotice: Check<Notice> = shape<Notice>({
  schema: oneOf([NOTICE_SCHEMA]),
  id: isString,
  createdAt: isString,
  language: isString,
  explanation: isString,
  locations: arrayOf(
    shape<NoticeLocation>({
      url: isString,
      platform: nullable(platform),
      listingId: nullableString,
      title: nullableString,
      trader: shape<NoticeLocation['trader']>({ name: nullableString, storeUrl: nullableString }),
    }),
  ),
  notifier: isNotifier,
  goodFaith: isBoolean,
  category: isString,
  keywords: strings,
  legalGrounds: arrayOf(shape<LegalGround>({ law: isString, memberState: nullableString })),
  findings: arrayOf(shape<NoticeFinding>({ id: oneOf(FINDING_IDS), evidence: strings })),
  evidence: arrayOf(
    shape<EvidenceSnapshot>({ kind: isString, sha256: isString, capturedAt: isString, bytes: isNumber }),
  ),
  campaign: nullableString,
});

export const isNoticeConfig: Check<NoticeConfig> = shape<NoticeConfig>({
  notifier: shape<NoticeConfig['notifier']>({ name: isString, email: isString, role: oneOf(NOTIFIER_ROLES) }),
  channels: recordOf(platform, isChannel) as Check<ChannelRegistry>,
});
