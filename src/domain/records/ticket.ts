import {
  assertOrder,
  boolean,
  count,
  identifier,
  instant,
  list,
  type NormalizeOptions,
  oneOf,
  optional,
  recordType,
  required,
  text,
} from '../fields.js';
import type { DateInput } from '../time.js';

/**
 * Ticket priorities.
 *
 * @example
 * ```ts
 * import { TICKET_PRIORITIES } from '@org/cs-metrics';
 * TICKET_PRIORITIES; // ['low', 'normal', 'high', 'urgent']
 * ```
 */
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
/**
 * One of {@link TICKET_PRIORITIES}.
 *
 * @example
 * ```ts
 * import type { TicketPriority } from '@org/cs-metrics';
 * const priority: TicketPriority = 'urgent';
 * ```
 */
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/**
 * A customer's problem as a support ticket (case): when it was opened, first answered, resolved,
 * reopened and finally resolved.
 *
 * @example
 * ```ts
 * import type { SupportTicketInput } from '@org/cs-metrics';
 * const ticket: SupportTicketInput = { id: 'T-501', customerId: 'c-4', openedAt: '2026-10-05T09:12Z',
 *   firstResponseAt: '2026-10-05T09:40Z', resolvedAt: '2026-10-06T15:00Z', contacts: 2, complaint: true };
 * ```
 */
export interface SupportTicketInput {
  readonly id: string | number;
  readonly customerId?: string | number | null | undefined;
  readonly managerId?: string | number | null | undefined;
  readonly agentId?: string | number | null | undefined;
  readonly teamId?: string | number | null | undefined;
  readonly openedAt: DateInput;
  readonly firstResponseAt?: DateInput | null | undefined;
  /** The first time it was marked resolved. */
  readonly resolvedAt?: DateInput | null | undefined;
  /** Each time it was reopened after a resolution. */
  readonly reopenedAt?: readonly DateInput[] | null | undefined;
  /** The last resolution, after any reopening (equal to `resolvedAt` when never reopened). */
  readonly finalResolvedAt?: DateInput | null | undefined;
  /** How many contacts the customer needed for this problem. */
  readonly contacts?: number | null | undefined;
  readonly channel?: string | null | undefined;
  readonly category?: string | null | undefined;
  readonly priority?: TicketPriority | null | undefined;
  readonly vip?: boolean | null | undefined;
  /** The ticket is a complaint (a claim after the sale). */
  readonly complaint?: boolean | null | undefined;
}

/**
 * A ticket, normalised.
 *
 * @example
 * ```ts
 * import { normalizeSupportTicket, type SupportTicket } from '@org/cs-metrics';
 * const ticket: SupportTicket = normalizeSupportTicket({ id: 'T-1', openedAt: '2026-10-05T09:00Z' });
 * ```
 */
export interface SupportTicket {
  readonly id: string;
  readonly customerId?: string;
  readonly managerId?: string;
  readonly agentId?: string;
  readonly teamId?: string;
  readonly openedAt: number;
  readonly firstResponseAt?: number;
  readonly resolvedAt?: number;
  readonly reopenedAt?: readonly number[];
  readonly finalResolvedAt?: number;
  readonly contacts?: number;
  readonly channel?: string;
  readonly category?: string;
  readonly priority?: TicketPriority;
  readonly vip?: boolean;
  readonly complaint?: boolean;
}

const ticketType = recordType<SupportTicketInput, SupportTicket>(
  'SupportTicket',
  'tickets',
  "A customer's problem as a support ticket or case.",
  {
    id: required(identifier, 'the ticket id'),
    customerId: optional(identifier, 'the customer'),
    managerId: optional(identifier, 'the responsible manager'),
    agentId: optional(identifier, 'the agent'),
    teamId: optional(identifier, 'the team'),
    openedAt: required(instant, 'when the problem was reported'),
    firstResponseAt: optional(instant, 'the first response'),
    resolvedAt: optional(instant, 'the first resolution'),
    reopenedAt: optional(list(instant, 1000), 'each reopening'),
    finalResolvedAt: optional(instant, 'the last resolution'),
    contacts: optional(count, 'contacts needed for the problem'),
    channel: optional(text(100), 'phone, email, chat, …'),
    category: optional(text(200), 'the problem category'),
    priority: optional(oneOf(TICKET_PRIORITIES), 'low, normal, high or urgent'),
    vip: optional(boolean, 'whether the customer is a VIP'),
    complaint: optional(boolean, 'whether the ticket is a complaint'),
  },
  (ticket, path) => {
    assertOrder(path, 'openedAt', ticket.openedAt, 'firstResponseAt', ticket.firstResponseAt);
    assertOrder(path, 'openedAt', ticket.openedAt, 'resolvedAt', ticket.resolvedAt);
    assertOrder(path, 'resolvedAt', ticket.resolvedAt, 'finalResolvedAt', ticket.finalResolvedAt);
    assertOrder(path, 'openedAt', ticket.openedAt, 'finalResolvedAt', ticket.finalResolvedAt);
    ticket.reopenedAt?.forEach((at, i) => {
      assertOrder(path, 'resolvedAt', ticket.resolvedAt ?? ticket.openedAt, `reopenedAt[${i}]`, at);
    });
  },
);

/**
 * Checks one ticket and returns its normalised form.
 *
 * @throws {@link CsMetricsError} with the path of the first bad field; `inconsistent-record` for a resolution before the ticket was opened.
 * @example
 * ```ts
 * import { normalizeSupportTicket } from '@org/cs-metrics';
 * normalizeSupportTicket({ id: 'T-1', openedAt: '2026-10-05T09:00Z', resolvedAt: '2026-10-05T11:30Z' });
 * ```
 */
export const normalizeSupportTicket: (
  input: SupportTicketInput,
  options?: NormalizeOptions,
) => SupportTicket = ticketType.normalize;
/**
 * Checks a list of tickets; errors name the index (`tickets[3].resolvedAt`).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeSupportTickets } from '@org/cs-metrics';
 * normalizeSupportTickets([{ id: 'T-1', openedAt: '2026-10-05T09:00Z' }]);
 * ```
 */
export const normalizeSupportTickets: (
  inputs: Iterable<SupportTicketInput>,
  options?: NormalizeOptions,
) => SupportTicket[] = ticketType.normalizeAll;
/** @internal */
export const supportTicketSchema = ticketType.schema;
