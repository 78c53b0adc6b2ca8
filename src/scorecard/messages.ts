import type { ExplanationInput } from '../core/evaluation.js';
import { were } from '../core/words.js';

/**
 * The inputs a scorecard message is built from: raw numbers and strings, so that an app can format
 * and translate them itself.
 *
 * @example
 * ```ts
 * import type { MessageInputs } from '@org/cs-metrics';
 * const inputs: MessageInputs = { below: 3, reviews: 9, threshold: 75 };
 * ```
 */
export type MessageInputs = Readonly<Record<string, ExplanationInput>>;

/**
 * A table of message templates keyed by code: each turns a message's inputs into a sentence. The
 * English table is {@link SCORECARD_MESSAGES_EN}; a translation is another table with the same keys.
 *
 * @example
 * ```ts
 * import { SCORECARD_MESSAGES_EN, type MessageTable } from '@org/cs-metrics';
 * const shouting: MessageTable = Object.fromEntries(
 *   Object.entries(SCORECARD_MESSAGES_EN).map(([code, template]) => [code, (inputs) => template(inputs).toUpperCase()]),
 * );
 * ```
 */
export type MessageTable = Readonly<Record<string, (inputs: MessageInputs) => string>>;

/** @internal A share as a percentage with one decimal: `0.333` → `'33.3 %'`. Shared by every message table. */
export const pct = (x: ExplanationInput | undefined): string => `${Math.round(Number(x) * 1000) / 10} %`;
/** @internal A number rounded to `digits` decimals, without trailing zeros (`-0` is `0`). Shared by every message table. */
export const num = (x: ExplanationInput | undefined, digits = 2): string => {
  const f = 10 ** digits;
  // String(-0) is '0': a value rounded to −0 prints as 0.
  return String(Math.round(Number(x) * f) / f);
};
const plural = (n: ExplanationInput | undefined, one: string, many: string): string =>
  `${n} ${Number(n) === 1 ? one : many}`;
/** The first three ids of a list of `count`, with how many more: `'D-1, D-2, D-3 and 3 more'`. */
const idsOf = (ids: ExplanationInput | undefined, count: ExplanationInput | undefined): string => {
  const more = Number(count) - 3;
  return more > 0 ? `${ids} and ${more} more` : String(ids);
};
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** `'2026-11'` → `'November 2026'`; anything else as given. */
const monthName = (x: ExplanationInput | undefined): string => {
  const m = /^(\d{4})-(\d{2})$/.exec(String(x));
  const name = m === null ? undefined : MONTHS[Number(m[2]) - 1];
  return name === undefined ? String(x) : `${name} ${m![1]}`;
};

/** @internal The top box of a scale from its first value: `(4, '1-5')` → `[4, 5]`, `(9, '0-10')` → `[9, 10]`. Shared by every message table. */
export const topBoxOf = (
  from: ExplanationInput | undefined,
  scale: ExplanationInput | undefined,
): readonly [number, number] => [Number(from), Number(/(\d+)$/.exec(String(scale))?.[1] ?? from)];

/** @internal A period as `[year, month]` when it is exactly one calendar month, else `null`. Shared by every message table. */
export const wholeMonthOf = (
  from: ExplanationInput | undefined,
  to: ExplanationInput | undefined,
): readonly [number, number] | null => {
  const m = /^(\d{4})-(\d{2})-01$/.exec(String(from));
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // The last day of a month is 28 to 31: two digits.
  return String(to) === `${m[1]}-${m[2]}-${last}` ? [year, month] : null;
};

/** `'2026-10-01'`, `'2026-10-31'` → `'in October 2026'`; another period `'between 2026-10-05 and 2026-10-09'`. */
const inPeriod = (from: ExplanationInput | undefined, to: ExplanationInput | undefined): string => {
  const month = wholeMonthOf(from, to);
  return month === null ? `between ${from} and ${to}` : `in ${MONTHS[month[1] - 1]} ${month[0]}`;
};

/** `[4, 5]` → `'4 or 5'`, `[5, 5]` → `'5'`, `[8, 10]` → `'8 to 10'`. */
const topBoxText = ([from, to]: readonly [number, number]): string =>
  from === to ? `${to}` : from + 1 === to ? `${from} or ${to}` : `${from} to ${to}`;

/**
 * Every code a scorecard note or next step can carry, with its English sentence. One module holds
 * them all so that a Simplified Chinese (or any) table can sit beside it with the same keys; the
 * scorecard stores the English sentence together with the code and the inputs.
 *
 * Next steps (`<criterion>.<action>`):
 * - `sales.eventParticipation.attend-more-events` — events per month below the band's good.
 * - `sales.eventParticipation.follow-up-event-contacts` — contacts met at events, no deal from them.
 * - `sales.meetingCallAlternation.plan-focused-days` — too few call days or meeting days.
 * - `sales.meetingCallAlternation.fill-idle-days` — too many working days with neither.
 * - `sales.referrals.ask-for-referrals` — won customers not asked for a referral.
 * - `sales.meetingRate.plan-more-meetings` — meetings per working day below the band's good.
 * - `sales.decisionMakerReach.meet-decision-makers` — accounts with many meetings, no decision maker, no contract.
 * - `sales.decisionMakerReach.sign-more-prospects` — contracts per prospect met below good.
 * - `sales.planAttainment.stop-slippage` — deals whose closing was postponed past the period.
 * - `sales.planAttainment.close-the-gap` — won less than the plan.
 * - `sales.opportunityFunnel.convert-prospects` — too few of the period's prospects signed.
 * - `sales.opportunityFunnel.refill-after-losses` — losses not followed by new prospects.
 * - `contactCentre.serviceLevel.staff-for-peaks` — share answered in time below the profile's target.
 * - `contactCentre.serviceLevel.reduce-long-waits` — callers waited over a minute.
 * - `contactCentre.monitoringScores.arrange-training` — representatives averaging below the training threshold.
 * - `contactCentre.budgetVariance.cut-overspend` — spending over budget.
 * - `contactCentre.budgetVariance.check-underspend` — spending far below budget.
 * - `contactCentre.trainingCoverage.train-flagged` — flagged representatives not trained in time.
 * - `customer.satisfaction.raise-satisfaction` — CSAT top-box share below good, with the weakest topic.
 * - `customer.retention.win-back-customers` — customers at the start who left in the period.
 * - `customer.resolutionEfficiency.resolve-at-first-contact` — first-contact resolution below good.
 * - `customer.resolutionEfficiency.answer-sooner` — median first response over target.
 * - `customer.resolutionEfficiency.resolve-sooner` — median resolution over target.
 * - `customer.resolutionEfficiency.prevent-reopens` — reopen rate over the maximum.
 * - `customer.feedbackQuality.act-on-feedback` — feedback acted on in time below good.
 * - `customer.feedbackQuality.address-top-topic` — a recurring feedback topic.
 * - `customer.relationshipCare.contact-overdue-customers` — key or VIP customers left too long.
 * - `customer.relationshipCare.follow-up-complaints` — complaints followed up late.
 * - `customer.relationshipCare.prioritise-vip-calls` — VIP calls answered no sooner than others.
 *
 * Notes (`scorecard.<reason>`): `scorecard.weights-renormalised`, `scorecard.no-records`,
 * `scorecard.switched-off`, `scorecard.not-applicable`, `scorecard.insufficient-data`,
 * `scorecard.nothing-scored`, `scorecard.unassigned-records`, `scorecard.profile-changed`.
 *
 * @example
 * ```ts
 * import { SCORECARD_MESSAGES_EN } from '@org/cs-metrics';
 * SCORECARD_MESSAGES_EN['sales.meetingRate.plan-more-meetings']!({ meetings: 14, workingDays: 22, perDay: 0.636, good: 1, more: 8 }); // 'Plan more meetings: 14 meetings over 22 working days (0.64 a day); 1 a day is good, 8 more would reach it.'
 * ```
 */
export const SCORECARD_MESSAGES_EN: MessageTable = Object.freeze({
  'sales.eventParticipation.attend-more-events': (i: MessageInputs) =>
    `Attend more events, conferences and exhibitions: ${plural(i.events, 'event', 'events')} in ${num(i.months)} ${Number(i.months) === 1 ? 'month' : 'months'} (${num(i.perMonth)} a month); ${num(i.good)} a month is good, ${i.more} more would reach it.`,
  'sales.eventParticipation.follow-up-event-contacts': (i: MessageInputs) =>
    `Follow up the contacts met at events: ${plural(i.contactsMet, 'contact', 'contacts')} met at ${plural(i.events, 'event', 'events')}, and no new deal came from an event.`,
  'sales.meetingCallAlternation.plan-focused-days': (i: MessageInputs) =>
    `Give each working day one focus, calls that add customers or meetings: ${i.focusedDays} of ${i.workingDays} working days had one (${pct(i.share)}), ${i.mixedDays} mixed both; ${pct(i.good)} is good.`,
  'sales.meetingCallAlternation.fill-idle-days': (i: MessageInputs) =>
    `Fill the idle days: ${i.idleDays} of ${i.workingDays} working days had neither calls nor meetings (more than ${pct(i.limit)}).`,
  'sales.referrals.ask-for-referrals': (i: MessageInputs) =>
    `Ask ${i.notAsked} of ${plural(i.wonCustomers, 'won customer', 'won customers')} for referrals (first ${i.customers}): ask each client rather than wait to be recommended.`,
  'sales.meetingRate.plan-more-meetings': (i: MessageInputs) =>
    `Plan more meetings: ${plural(i.meetings, 'meeting', 'meetings')} over ${i.workingDays} working days (${num(i.perDay)} a day); ${num(i.good)} a day is good, ${i.more} more would reach it.`,
  'sales.decisionMakerReach.meet-decision-makers': (i: MessageInputs) =>
    `Book meetings with the decision maker at ${plural(i.accounts, 'stalled account', 'stalled accounts')}: ${idsOf(i.customers, i.accounts)} (${i.stalledAfterMeetings} or more meetings, no decision maker met, no contract).`,
  'sales.decisionMakerReach.sign-more-prospects': (i: MessageInputs) =>
    `Turn more prospects into contracts: ${i.signed} of ${plural(i.prospectsMet, 'prospect', 'prospects')} met signed (${num(i.perProspect, 3)} per prospect); ${num(i.good, 3)} is good.`,
  'sales.planAttainment.stop-slippage': (i: MessageInputs) =>
    `Close deals in the period they are ready: ${plural(i.deals, 'deal', 'deals')} worth ${i.amount} slipped into ${monthName(i.into)} or later (${idsOf(i.dealIds, i.deals)}).`,
  'sales.planAttainment.close-the-gap': (i: MessageInputs) =>
    `Close the gap to plan: ${i.won} won of ${i.plan} (${pct(i.attainment)} net of slipped deals); ${i.gap} still to win.`,
  'sales.opportunityFunnel.convert-prospects': (i: MessageInputs) =>
    `Qualify and follow up prospects: ${i.won} of ${plural(i.prospects, 'prospect', 'prospects')} created in the period signed (${pct(i.share)}); ${pct(i.good)} is good.`,
  'sales.opportunityFunnel.refill-after-losses': (i: MessageInputs) =>
    `Keep filling the funnel after a loss: ${i.notRefilled} of ${plural(i.losses, 'lost deal', 'lost deals')} had no new prospect within ${i.refillWithinDays} days.`,
  'contactCentre.serviceLevel.staff-for-peaks': (i: MessageInputs) =>
    `Review staffing and breaks at peak hours: ${i.answeredInTime} of ${i.calls} calls (${pct(i.share)}) ${were(i.answeredInTime)} answered within ${i.thresholdSeconds} s; the target is ${pct(i.target)}.`,
  'contactCentre.serviceLevel.reduce-long-waits': (i: MessageInputs) =>
    `Cut long waits: ${plural(i.waitedOverMinute, 'caller', 'callers')} waited over a minute (the longest ${i.longestWaitSeconds} s).`,
  'contactCentre.monitoringScores.arrange-training': (i: MessageInputs) =>
    `Arrange call-monitoring training: ${i.below} of ${plural(i.reviews, 'review', 'reviews')} below ${i.threshold}; ${plural(i.representatives, 'representative averages', 'representatives average')} below it (first ${i.agents}).`,
  'contactCentre.budgetVariance.cut-overspend': (i: MessageInputs) =>
    `Bring spending back under budget: ${i.actual} spent against ${i.budgeted}, ${i.overspend} over, most in ${i.topCategory}.`,
  'contactCentre.budgetVariance.check-underspend': (i: MessageInputs) =>
    `Check the under-spend: ${i.actual} spent of ${i.budgeted} (${pct(i.spendRatio)}); make sure it is not under-staffing or deferred costs.`,
  'contactCentre.trainingCoverage.train-flagged': (i: MessageInputs) =>
    `Train the representatives monitoring flagged: ${i.late} of ${i.flagged} ${were(i.late)} not trained within ${i.trainedWithinDays} days (first ${i.agents}).`,
  'customer.satisfaction.raise-satisfaction': (i: MessageInputs) =>
    `Raise satisfaction: ${pct(i.share)} of ${plural(i.answers, 'answer', 'answers')} ${Number(i.answers) === 1 ? 'was' : 'were'} ${topBoxText(topBoxOf(i.topBoxFrom, i.scale))} (target ${pct(i.good)})${i.topic === null || i.topic === undefined ? '' : `; weakest topic: ${i.topic}`}.`,
  'customer.retention.win-back-customers': (i: MessageInputs) =>
    `Win back customers: ${i.lost} of ${plural(i.atStart, 'customer', 'customers')} at the start left ${inPeriod(i.from, i.to)} (${pct(i.annualised)} retained a year; ${pct(i.good)} is good).`,
  'customer.resolutionEfficiency.resolve-at-first-contact': (i: MessageInputs) =>
    `Resolve more at the first contact: ${i.resolved} of ${plural(i.eligible, 'problem', 'problems')} (${pct(i.share)}); ${pct(i.good)} is good.`,
  'customer.resolutionEfficiency.answer-sooner': (i: MessageInputs) =>
    `Answer tickets sooner: the median first response took ${num(i.medianHours, 1)} h; the target is ${num(i.targetHours, 1)} h.`,
  'customer.resolutionEfficiency.resolve-sooner': (i: MessageInputs) =>
    `Resolve tickets sooner: the median resolution took ${num(i.medianHours, 1)} h; the target is ${num(i.targetHours, 1)} h.`,
  'customer.resolutionEfficiency.prevent-reopens': (i: MessageInputs) =>
    `Find why tickets are reopened: ${i.reopened} of ${i.resolved} resolved tickets ${were(i.reopened)} reopened; the maximum is ${pct(i.maximumShare)}.`,
  'customer.feedbackQuality.act-on-feedback': (i: MessageInputs) =>
    `Act on feedback: ${i.pending} of ${plural(i.feedback, 'feedback item', 'feedback items')} ${were(i.pending)} not acted on within ${i.actionWithinDays} days.`,
  'customer.feedbackQuality.address-top-topic': (i: MessageInputs) =>
    `Address the most frequent topic, "${i.topic}": ${i.count} feedback items (${i.negative} negative).`,
  'customer.relationshipCare.contact-overdue-customers': (i: MessageInputs) =>
    `Contact the key and VIP customers left too long: ${i.overdue} of ${i.keyCustomers} (first ${i.customers}).`,
  'customer.relationshipCare.follow-up-complaints': (i: MessageInputs) =>
    `Follow up complaints faster: ${i.followedUp} of ${plural(i.complaints, 'complaint', 'complaints')} answered in time (${pct(i.share)}); the target is ${pct(i.target)}.`,
  'customer.relationshipCare.prioritise-vip-calls': (i: MessageInputs) =>
    `Give VIP callers priority: ${pct(i.vipServiceLevel)} answered in time against ${pct(i.otherServiceLevel)} for the others.`,
  'scorecard.weights-renormalised': (i: MessageInputs) =>
    `Left out of the overall score for lack of data: ${i.leftOut} (weight ${i.weightLeftOut} of ${i.weightTotal}); the other weights were renormalised to sum to 1.`,
  'scorecard.no-records': (i: MessageInputs) => `Not scored: no ${i.missing} were supplied.`,
  'scorecard.switched-off': (i: MessageInputs) => `Switched off: the profile ${i.profile} gives it weight 0.`,
  'scorecard.not-applicable': (i: MessageInputs) =>
    `Not applicable: it applies to ${String(i.appliesTo).replace(/, ([^,]*)$/, ' and $1')} managers, not to ${i.function} managers.`,
  'scorecard.insufficient-data': (i: MessageInputs) => `Not scored: ${i.reason}`,
  'scorecard.nothing-scored': () => 'No criterion could be scored, so there is no overall score.',
  'scorecard.unassigned-records': (i: MessageInputs) =>
    Number(i.count) === 1
      ? `1 record of ${i.kind} belongs to no manager in the list and was left out of the scorecards.`
      : `${i.count} records of ${i.kind} belong to no manager in the list and were left out of the scorecards.`,
  'scorecard.profile-changed': (i: MessageInputs) =>
    `The two scorecards were judged against different profiles (${i.previous}, then ${i.current}).`,
});

/**
 * The sentence of a code in a table (English by default); the code itself when the table has no
 * template for it, so a missing translation shows rather than throws.
 *
 * @example
 * ```ts
 * import { scorecardMessage } from '@org/cs-metrics';
 * scorecardMessage('scorecard.no-records', { missing: 'calls' }); // 'Not scored: no calls were supplied.'
 * scorecardMessage('x.unknown', {}); // 'x.unknown'
 * ```
 */
export function scorecardMessage(
  code: string,
  inputs: MessageInputs,
  table: MessageTable = SCORECARD_MESSAGES_EN,
): string {
  const template = Object.hasOwn(table, code) ? table[code] : undefined;
  return template === undefined ? code : template(inputs);
}
