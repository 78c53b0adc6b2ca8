// Edges of customer.resolutionEfficiency the customer-b mutation run found untested: tickets open,
// resolved or reopened at the very instant of asOf, a repeat exactly at the window's end, the exact
// cap, warnings exactly at their target, the contacts-per-problem merge and each half of the checks.
import { describe, expect, it } from 'vitest';
import {
  b2b,
  checkAggregatorLaws,
  defineProfile,
  measure,
  normalizeSupportTickets,
  periodOf,
  type ResolutionEfficiencyOptions,
  resolutionEfficiency,
  resolutionEfficiencyAggregator,
  type SupportTicketInput,
} from '../../../src/index.js';
import { failure } from '../../helpers.js';

const october = periodOf('2026-10');
const DAY = 86_400;
const ASOF = '2026-10-10T12:00Z';
const metrics = (raw: SupportTicketInput[], options: Partial<ResolutionEfficiencyOptions> = {}) =>
  measure(resolutionEfficiencyAggregator({ period: october, ...options }), normalizeSupportTickets(raw));
const open = (raw: SupportTicketInput[]) => metrics(raw, { asOf: ASOF }).openProblems;

describe('resolutionEfficiency: open problems at the instant of asOf', () => {
  it('a ticket opened at asOf is open, 0 seconds old', () => {
    expect(open([{ id: 'a', openedAt: ASOF }])).toMatchObject({ open: 1, oldestAgeSeconds: 0 });
  });

  it('resolved at asOf is closed; resolved after it is still open', () => {
    const opened = '2026-10-08T12:00Z';
    expect(open([{ id: 'a', openedAt: opened, resolvedAt: ASOF }])?.open).toBe(0);
    expect(open([{ id: 'a', openedAt: opened, resolvedAt: '2026-10-10T12:01Z' }])).toMatchObject({
      open: 1,
      oldestAgeSeconds: 2 * DAY,
    });
  });

  it('reopened by asOf (even at it) is open until its final resolution, if that comes after asOf', () => {
    const ticket = {
      id: 'a',
      openedAt: '2026-10-05T12:00Z',
      resolvedAt: '2026-10-06T12:00Z',
    } satisfies SupportTicketInput;
    expect(open([{ ...ticket, reopenedAt: [ASOF], finalResolvedAt: '2026-10-12T12:00Z' }])?.open).toBe(1);
    // One reopening before asOf and one after: reopened by asOf all the same.
    expect(
      open([
        {
          ...ticket,
          reopenedAt: ['2026-10-07T12:00Z', '2026-10-11T12:00Z'],
          finalResolvedAt: '2026-10-12T12:00Z',
        },
      ])?.open,
    ).toBe(1);
    // Finally resolved by asOf (or at it): closed.
    for (const finalResolvedAt of ['2026-10-09T12:00Z', ASOF]) {
      expect(open([{ ...ticket, reopenedAt: ['2026-10-07T12:00Z'], finalResolvedAt }])?.open).toBe(0);
    }
  });
});

describe('resolutionEfficiency: first-contact resolution', () => {
  it('a ticket back exactly 7 days later is a repeat; the first instant of the period counts', () => {
    const m = metrics([
      { id: 'a', customerId: 'c', openedAt: '2026-10-01T00:00Z', resolvedAt: '2026-10-01T01:00Z' },
      { id: 'b', customerId: 'c', openedAt: '2026-10-08T00:00Z', resolvedAt: '2026-10-08T01:00Z' },
      { id: 'd', customerId: 'd', openedAt: '2026-10-01T00:00Z', resolvedAt: '2026-10-01T01:00Z' },
    ]);
    // a is repeated by b at exactly 7 × 24 h; b is not repeated, nor is d, d's only ticket.
    expect(m.firstContactResolution).toMatchObject({ eligible: 3, resolved: 2 });
  });

  it('a ticket opened at the period’s end is outside it, yet still repeats one opened in it', () => {
    const m = metrics([
      { id: 'a', customerId: 'c', openedAt: '2026-10-28T00:00Z', resolvedAt: '2026-10-28T01:00Z' },
      { id: 'b', customerId: 'c', openedAt: '2026-11-01T00:00Z', resolvedAt: '2026-11-01T01:00Z' },
    ]);
    expect([m.tickets, m.outsidePeriod]).toEqual([1, 1]);
    expect(m.firstContactResolution).toMatchObject({ eligible: 1, resolved: 0 });
  });

  it('has no contacts-per-problem share without contacts, and merges its counts', () => {
    const cpp = { firstContactResolution: { method: 'contacts-per-problem' as const } };
    expect(
      metrics([{ id: 'x', openedAt: '2026-10-02T09:00Z' }], cpp).firstContactResolution.share,
    ).toBeNull();
    const raw: SupportTicketInput[] = [1, 2, 3].map((contacts, i) => ({
      id: `t${i}`,
      openedAt: `2026-10-0${i + 2}T09:00Z`,
      resolvedAt: `2026-10-0${i + 2}T10:00Z`,
      contacts,
    }));
    checkAggregatorLaws(
      resolutionEfficiencyAggregator({ period: october, ...cpp }),
      normalizeSupportTickets(raw),
    );
  });

  it('says what each method lacks when no ticket has it', () => {
    const lenient = defineProfile(b2b, {
      criteria: { 'customer.resolutionEfficiency': { minimumSample: 1 } },
    });
    const bare = normalizeSupportTickets([{ id: 'x', openedAt: '2026-10-02T09:00Z' }]);
    const explain = (method: 'no-repeat-contact' | 'one-touch') =>
      resolutionEfficiency(bare, { period: october, profile: lenient, firstContactResolution: { method } })
        .explanation;
    expect(explain('no-repeat-contact')).toEqual({
      code: 'customer.resolutionEfficiency.no-eligible-tickets',
      message: 'None of the 1 tickets carries what the no-repeat-contact method needs (a customerId).',
      inputs: { tickets: 1, method: 'no-repeat-contact' },
    });
    expect(explain('one-touch').message).toBe(
      'None of the 1 tickets carries what the one-touch method needs (contacts).',
    );
  });

  it('finish leaves the state as it was (the law check compares it before and after)', () => {
    const raw: SupportTicketInput[] = [
      { id: 'b', customerId: 'c', openedAt: '2026-10-20T00:00Z' },
      { id: 'a', customerId: 'c', openedAt: '2026-10-02T00:00Z', resolvedAt: '2026-10-02T01:00Z' },
    ];
    const tickets = normalizeSupportTickets(raw);
    checkAggregatorLaws(resolutionEfficiencyAggregator({ period: october }), tickets);
    expect(metrics(raw).firstContactResolution.resolved).toBe(1);
  });
});

describe('resolutionEfficiency: figures and warnings', () => {
  it('the first-response figures are exact for 256 tickets', () => {
    const raw: SupportTicketInput[] = Array.from({ length: 256 }, (_, i) => ({
      id: `t${i}`,
      openedAt: '2026-10-02T09:00Z',
      firstResponseAt: '2026-10-02T09:10Z',
    }));
    expect(metrics(raw).firstResponse).toMatchObject({ count: 256, exact: true, medianSeconds: 600 });
  });

  it('warns only beyond a target, not at it', () => {
    // One ticket: first response 30 min, resolved in 4 h, reopened and finally resolved (share 1 of 1).
    const raw: SupportTicketInput[] = [
      {
        id: 'a',
        openedAt: '2026-10-02T09:00Z',
        firstResponseAt: '2026-10-02T09:30Z',
        resolvedAt: '2026-10-02T11:00Z',
        reopenedAt: ['2026-10-02T12:00Z'],
        finalResolvedAt: '2026-10-02T13:00Z',
      },
    ];
    const warnings = (
      firstResponseTargetSeconds: number,
      resolutionTargetSeconds: number,
      maximumReopenShare: number,
    ) =>
      resolutionEfficiency(normalizeSupportTickets(raw), {
        period: october,
        profile: defineProfile(b2b, {
          criteria: {
            'customer.resolutionEfficiency': {
              firstResponseTargetSeconds,
              resolutionTargetSeconds,
              maximumReopenShare,
            },
          },
        }),
      }).warnings.map((w) => w.code);
    expect(warnings(1800, 4 * 3600, 1)).toEqual([]);
    expect(warnings(1799, 4 * 3600 - 1, 0.99)).toEqual([
      'customer.resolutionEfficiency.slow-first-response',
      'customer.resolutionEfficiency.slow-resolution',
      'customer.resolutionEfficiency.high-reopen-rate',
    ]);
  });
});

describe('resolutionEfficiency: options', () => {
  it('checks each half of each test', () => {
    const at = (options: object) =>
      failure(() => resolutionEfficiencyAggregator({ period: october, ...options }));
    expect(failure(() => resolutionEfficiencyAggregator(5 as never))).toBe('invalid-option at options');
    expect(at({ period: undefined })).toBe('invalid-option at options.period');
    expect(at({ period: null })).toBe('invalid-option at options.period');
    expect(at({ period: { start: Number.NaN, end: october.end } })).toBe('invalid-option at options.period');
    expect(at({ period: { start: october.start, end: Number.NaN } })).toBe(
      'invalid-option at options.period',
    );
  });
});
