import {
  boolean,
  count,
  identifier,
  instant,
  type NormalizeOptions,
  oneOf,
  optional,
  recordType,
  required,
  seconds,
  text,
} from '../fields.js';
import type { DateInput } from '../time.js';

/**
 * The kinds of interaction a manager has: a call, a meeting, an email, a message, or an event
 * (exhibition, conference, presentation) attended.
 *
 * @example
 * ```ts
 * import { INTERACTION_KINDS } from '@org/cs-metrics';
 * INTERACTION_KINDS; // ['call', 'meeting', 'email', 'message', 'event']
 * ```
 */
export const INTERACTION_KINDS = ['call', 'meeting', 'email', 'message', 'event'] as const;
/**
 * One of {@link INTERACTION_KINDS}.
 *
 * @example
 * ```ts
 * import type { InteractionKind } from '@org/cs-metrics';
 * const kind: InteractionKind = 'meeting';
 * ```
 */
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/**
 * The role of the customer's person the manager dealt with.
 *
 * @example
 * ```ts
 * import { CONTACT_ROLES } from '@org/cs-metrics';
 * CONTACT_ROLES[0]; // 'decision-maker'
 * ```
 */
export const CONTACT_ROLES = ['decision-maker', 'influencer', 'user', 'gatekeeper', 'unknown'] as const;
/**
 * One of {@link CONTACT_ROLES}.
 *
 * @example
 * ```ts
 * import type { ContactRole } from '@org/cs-metrics';
 * const role: ContactRole = 'influencer';
 * ```
 */
export type ContactRole = (typeof CONTACT_ROLES)[number];

/**
 * What an interaction led to.
 *
 * @example
 * ```ts
 * import { INTERACTION_OUTCOMES } from '@org/cs-metrics';
 * INTERACTION_OUTCOMES.includes('meeting-booked'); // true
 * ```
 */
export const INTERACTION_OUTCOMES = [
  'no-answer',
  'connected',
  'meeting-booked',
  'proposal-sent',
  'agreement',
  'rejected',
  'follow-up',
] as const;
/**
 * One of {@link INTERACTION_OUTCOMES}.
 *
 * @example
 * ```ts
 * import type { InteractionOutcome } from '@org/cs-metrics';
 * const outcome: InteractionOutcome = 'agreement';
 * ```
 */
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

/**
 * The kinds of event a manager attends to meet new clients.
 *
 * @example
 * ```ts
 * import { EVENT_TYPES } from '@org/cs-metrics';
 * EVENT_TYPES.includes('exhibition'); // true
 * ```
 */
export const EVENT_TYPES = ['exhibition', 'conference', 'presentation', 'fair', 'seminar', 'other'] as const;
/**
 * One of {@link EVENT_TYPES}.
 *
 * @example
 * ```ts
 * import type { EventType } from '@org/cs-metrics';
 * const type: EventType = 'fair';
 * ```
 */
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * One contact between a manager and a customer (or an event attended), as a CRM activity export holds it.
 *
 * @example
 * ```ts
 * import type { InteractionInput } from '@org/cs-metrics';
 * const meeting: InteractionInput = {
 *   id: 'a-981', managerId: 'm-17', customerId: 'c-4', kind: 'meeting', at: '2026-10-28T10:00',
 *   durationSeconds: 3600, contactRole: 'decision-maker', outcome: 'proposal-sent',
 * };
 * ```
 */
export interface InteractionInput {
  readonly id: string | number;
  readonly managerId: string | number;
  /** The customer or prospect; absent for an event attended. */
  readonly customerId?: string | number | null | undefined;
  readonly kind: InteractionKind;
  /** When it started. */
  readonly at: DateInput;
  readonly durationSeconds?: number | null | undefined;
  readonly direction?: 'inbound' | 'outbound' | null | undefined;
  /** The role of the customer's person met or spoken to. */
  readonly contactRole?: ContactRole | null | undefined;
  /** Whether a decision maker took part (where the CRM records it apart from the contact's role). */
  readonly decisionMakerPresent?: boolean | null | undefined;
  readonly outcome?: InteractionOutcome | null | undefined;
  /** The interaction added this customer to the client base (a new contact, a new account). */
  readonly newCustomer?: boolean | null | undefined;
  /** The manager asked this customer for referrals. */
  readonly referralAsked?: boolean | null | undefined;
  /** How many referrals (contacts of people the manager could be useful to) the customer gave. */
  readonly referralsReceived?: number | null | undefined;
  /** For an event: how many contacts of potential customers the manager collected there. */
  readonly contactsMet?: number | null | undefined;
  readonly eventName?: string | null | undefined;
  readonly eventType?: EventType | null | undefined;
  /** The deal this interaction belongs to. */
  readonly dealId?: string | number | null | undefined;
}

/**
 * An interaction, normalised: `at` in epoch milliseconds, ids as strings.
 *
 * @example
 * ```ts
 * import { normalizeInteraction, type Interaction } from '@org/cs-metrics';
 * const call: Interaction = normalizeInteraction({ id: 1, managerId: 'm1', customerId: 'c1', kind: 'call', at: '2026-10-28T09:00Z' });
 * call.at; // 1793178000000
 * ```
 */
export interface Interaction {
  readonly id: string;
  readonly managerId: string;
  readonly customerId?: string;
  readonly kind: InteractionKind;
  readonly at: number;
  readonly durationSeconds?: number;
  readonly direction?: 'inbound' | 'outbound';
  readonly contactRole?: ContactRole;
  readonly decisionMakerPresent?: boolean;
  readonly outcome?: InteractionOutcome;
  readonly newCustomer?: boolean;
  readonly referralAsked?: boolean;
  readonly referralsReceived?: number;
  readonly contactsMet?: number;
  readonly eventName?: string;
  readonly eventType?: EventType;
  readonly dealId?: string;
}

const interactionType = recordType<InteractionInput, Interaction>(
  'Interaction',
  'interactions',
  'A call, meeting, email, message or event attended by a manager.',
  {
    id: required(identifier, 'the interaction id'),
    managerId: required(identifier, 'the manager id'),
    customerId: optional(identifier, 'the customer or prospect id'),
    kind: required(oneOf(INTERACTION_KINDS), 'call, meeting, email, message or event'),
    at: required(instant, 'when it started'),
    durationSeconds: optional(seconds, 'how long it lasted, in seconds'),
    direction: optional(oneOf(['inbound', 'outbound'] as const), 'inbound or outbound'),
    contactRole: optional(oneOf(CONTACT_ROLES), "the role of the customer's person"),
    decisionMakerPresent: optional(boolean, 'whether a decision maker took part'),
    outcome: optional(oneOf(INTERACTION_OUTCOMES), 'what it led to'),
    newCustomer: optional(boolean, 'whether it added the customer to the client base'),
    referralAsked: optional(boolean, 'whether the manager asked for referrals'),
    referralsReceived: optional(count, 'referrals received'),
    contactsMet: optional(count, 'contacts of potential customers collected at an event'),
    eventName: optional(text(300), 'the event name'),
    eventType: optional(oneOf(EVENT_TYPES), 'the kind of event'),
    dealId: optional(identifier, 'the deal it belongs to'),
  },
);

/**
 * Checks one interaction and returns its normalised form.
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeInteraction } from '@org/cs-metrics';
 * normalizeInteraction({ id: 'i1', managerId: 'm1', customerId: 'c1', kind: 'meeting', at: '2026-10-28T10:00' }, { timeZone: 'Europe/Berlin' });
 * ```
 */
export const normalizeInteraction: (input: InteractionInput, options?: NormalizeOptions) => Interaction =
  interactionType.normalize;
/**
 * Checks a list of interactions; errors name the index (`interactions[12].kind`).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeInteractions } from '@org/cs-metrics';
 * normalizeInteractions([{ id: 'i1', managerId: 'm1', kind: 'event', at: '2026-10-14', eventType: 'exhibition', contactsMet: 23 }]);
 * ```
 */
export const normalizeInteractions: (
  inputs: Iterable<InteractionInput>,
  options?: NormalizeOptions,
) => Interaction[] = interactionType.normalizeAll;
/** @internal */
export const interactionSchema = interactionType.schema;
