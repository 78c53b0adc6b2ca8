// Criteria that do not apply to a manager's function: a contact-centre manager's scorecard has no
// sales criteria (no "Plan more meetings" for her), a sales manager's none of the contact-centre
// objectives. October 2026 (UTC, 22 working days), B2B, the full registry.
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  b2b,
  comparePeriods,
  defineProfile,
  evaluateManager,
  evaluateTeam,
  type Manager,
  normalizeManagers,
  renderHtmlReport,
  renderManagerReport,
  SCORECARD_CRITERIA,
  SCORECARD_MESSAGES_ZH_CN,
  scorecardJsonSchemas,
  scorecardMessage,
} from '../../src/index.js';
import { anna, calls, meetings, october } from './fixtures.js';

const [elena, olga, sven] = normalizeManagers([
  { id: 'cc1', name: 'Elena Petrova', role: 'first-line', function: 'contact-centre', timeZone: 'UTC' },
  { id: 'k1', name: 'Olga Key', role: 'first-line', function: 'account', timeZone: 'UTC' },
  { id: 's1', name: 'Sven Help', role: 'first-line', function: 'customer-service', timeZone: 'UTC' },
]) as [Manager, Manager, Manager];

// Anna (sales): the fixture's 33 meetings (one a day 1–28 October, five days with two).
// Elena (contact centre): agent a1's 40 calls, 36 answered in 10 s and 4 in 45 s.
const interactions = meetings('m1', 33);
const allCalls = calls('a1', 36, 4, 45);
const agentManagers = { a1: 'cc1' };

const SALES = SCORECARD_CRITERIA.filter((c) => c.id.startsWith('sales.')).map((c) => c.id);
const CONTACT_CENTRE = SCORECARD_CRITERIA.filter((c) => c.id.startsWith('contactCentre.')).map((c) => c.id);
const statusOf = (card: ReturnType<typeof evaluateManager>, id: string) =>
  card.criteria.find((c) => c.criterion === id)?.status;

describe('appliesTo in the registry', () => {
  it('sales criteria apply to sales and account managers, contact-centre ones to contact-centre managers, customer ones to all', () => {
    for (const c of SCORECARD_CRITERIA) {
      const expected = c.id.startsWith('sales.')
        ? ['sales', 'account']
        : c.id.startsWith('contactCentre.')
          ? ['contact-centre']
          : ['sales', 'account', 'contact-centre', 'customer-service'];
      expect({ id: c.id, appliesTo: c.appliesTo }).toEqual({ id: c.id, appliesTo: expected });
    }
  });
});

describe('a contact-centre manager when interactions are supplied', () => {
  const card = evaluateManager({
    manager: elena,
    period: october,
    profile: b2b,
    interactions,
    calls: allCalls,
    agentManagers,
  });

  it('has every sales criterion not applicable, and no sales next step', () => {
    for (const id of SALES)
      expect({ id, status: statusOf(card, id) }).toEqual({ id, status: 'not-applicable' });
    const meetingRate = card.criteria.find((c) => c.criterion === 'sales.meetingRate')!;
    expect(meetingRate).toMatchObject({ score: null, rating: null, value: null, weight: 2 });
    expect(meetingRate.explanation).toEqual({
      code: 'scorecard.not-applicable',
      message: 'Not applicable: it applies to sales and account managers, not to contact-centre managers.',
      inputs: { function: 'contact-centre', appliesTo: 'sales, account' },
    });
    expect(
      scorecardMessage('scorecard.not-applicable', meetingRate.explanation.inputs, SCORECARD_MESSAGES_ZH_CN),
    ).toBe('不适用：该指标适用于 sales, account 经理，不适用于 contact-centre 经理。');
    // Service level 36 ÷ 40 = 0.9 ≥ the 0.85 target, nobody waited a minute: no step at all.
    expect(card.nextSteps).toEqual([]);
  });

  it('scores only what applies; not applicable is neither left out nor noted', () => {
    // Service level 0.9, the excellent edge: 80 (weight 3), the only score: overall 80, excellent.
    expect(card.overall).toEqual({ score: 80, rating: 'excellent', scored: 1, renormalised: true });
    expect(card.weights).toEqual([
      { criterion: 'contactCentre.serviceLevel', weight: 3, share: 1, contribution: 80 },
    ]);
    // Left out (no records): monitoring 2, budget 1, training 1, satisfaction 3, retention 2,
    // resolution 2, feedback 1, care 2 = 14 of 3 + 14 = 17. The sales weights (13) are not counted.
    expect(card.notes[0]).toMatchObject({
      code: 'scorecard.weights-renormalised',
      inputs: {
        leftOut:
          'contactCentre.monitoringScores, contactCentre.budgetVariance, contactCentre.trainingCoverage, customer.satisfaction, customer.retention, customer.resolutionEfficiency, customer.feedbackQuality, customer.relationshipCare',
        weightLeftOut: 14,
        weightTotal: 17,
      },
    });
    expect(card.notes.some((n) => String(n.inputs.criterion).startsWith('sales.'))).toBe(false);
  });

  it('before the switched-off check: a sales criterion of weight 0 is still not applicable to her', () => {
    const off = defineProfile(b2b, { id: 'no-meetings', criteria: { 'sales.meetingRate': { weight: 0 } } });
    const c = evaluateManager({ manager: elena, period: october, profile: off, interactions });
    expect(statusOf(c, 'sales.meetingRate')).toBe('not-applicable');
  });

  it('validates against the JSON Schema, and a comparison leaves out what applies in neither period', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(
      scorecardJsonSchemas.ManagerScorecard,
    );
    expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
    const trend = comparePeriods(card, JSON.parse(JSON.stringify(card)));
    expect(trend.criteria.map((c) => c.criterion)).toEqual(
      SCORECARD_CRITERIA.map((c) => c.id).filter((id) => !id.startsWith('sales.')),
    );
    // Absent from one card (a profile without the criterion) and not applicable in the other: left out.
    const without = { ...card, criteria: card.criteria.filter((c) => c.criterion !== 'sales.meetingRate') };
    expect(comparePeriods(card, without).criteria.some((c) => c.criterion === 'sales.meetingRate')).toBe(
      false,
    );
    expect(comparePeriods(without, card).criteria.some((c) => c.criterion === 'sales.meetingRate')).toBe(
      false,
    );
    // Applicable in one period only (her function changed): compared, as dropped.
    const asSales = evaluateManager({
      manager: { ...elena, function: 'sales' },
      period: october,
      profile: b2b,
      interactions,
      calls: allCalls,
      agentManagers,
    });
    const back = comparePeriods(card, asSales);
    // Elena held no meetings: as a sales manager her meeting rate is 0, scored; now not applicable.
    expect(statusOf(asSales, 'sales.meetingRate')).toBe('scored');
    expect(back.criteria.find((c) => c.criterion === 'sales.meetingRate')?.change).toBe('dropped');
    expect(back.dropped).toContain('sales.meetingRate');
  });

  it('renders the status in text and HTML like the others', () => {
    const text = renderManagerReport(card);
    expect(text).toContain(
      'Not applicable: Events attended, Meeting and calling days, Referrals, Meetings per working day, Decision makers met, Plan attainment, Opportunity funnel\n',
    );
    expect(text).not.toContain('Plan more meetings');
    const team = evaluateTeam({
      managers: [elena],
      period: october,
      profile: b2b,
      interactions,
      calls: allCalls,
      agentManagers,
    });
    const html = renderHtmlReport({ team });
    expect(html).toContain(
      '<li data-criterion="sales.meetingRate" data-status="not-applicable"><strong>Meeting rate</strong> — not applicable: Not applicable: it applies to sales and account managers, not to contact-centre managers.</li>',
    );
  });
});

describe('a sales manager, an account manager and a customer-service manager', () => {
  it('a sales manager has the contact-centre objectives not applicable, even with calls attributed to her', () => {
    // Anna: events 0 (weight 1); meeting days 20 of 22 (1–28 October; 29 and 30 idle) = 0.909 ≥ best 0.9:
    // 100 (1); 33 ÷ 22 = 1.5 a day: 60 + 0.5 × 20 = 70 (2). (0 + 100 + 140) ÷ 4 = 60, good.
    const card = evaluateManager({
      manager: anna,
      period: october,
      profile: b2b,
      interactions,
      calls: allCalls,
      agentManagers: { a1: 'm1' },
    });
    for (const id of CONTACT_CENTRE)
      expect({ id, status: statusOf(card, id) }).toEqual({ id, status: 'not-applicable' });
    expect(card.overall.score).toBe(60);
    // Left out: referrals 2, decision maker 2, plan 3, funnel 2 (no deals or plans) and the customer
    // criteria 10: 19 of 4 + 19 = 23.
    expect(card.notes[0]?.inputs).toMatchObject({ weightLeftOut: 19, weightTotal: 23 });
  });

  it('an account manager is judged on the sales criteria; a customer-service manager on the customer ones only', () => {
    const olgas = evaluateManager({
      manager: olga,
      period: october,
      profile: b2b,
      interactions: meetings('k1', 33),
    });
    expect(statusOf(olgas, 'sales.meetingRate')).toBe('scored');
    expect(statusOf(olgas, 'contactCentre.serviceLevel')).toBe('not-applicable');
    const svens = evaluateManager({
      manager: sven,
      period: october,
      profile: b2b,
      interactions: meetings('s1', 33),
    });
    expect(svens.criteria.filter((c) => c.status !== 'not-applicable').map((c) => c.criterion)).toEqual([
      'customer.satisfaction',
      'customer.retention',
      'customer.resolutionEfficiency',
      'customer.feedbackQuality',
      'customer.relationshipCare',
    ]);
    // Nothing of his supplied: nothing scored, and the note says so (not a renormalisation).
    expect(svens.overall.score).toBeNull();
    expect(svens.notes[0]?.code).toBe('scorecard.nothing-scored');
  });

  it('a team counts not applicable per criterion; the team objectives apply to the team as a whole', () => {
    const team = evaluateTeam({
      managers: [anna, elena],
      period: october,
      profile: b2b,
      interactions,
      calls: allCalls,
      agentManagers,
    });
    const meetingRate = team.distribution.find((d) => d.criterion === 'sales.meetingRate')!;
    expect(meetingRate.statuses).toEqual({
      scored: 1,
      'insufficient-data': 0,
      'no-records': 0,
      'switched-off': 0,
      'not-applicable': 1,
    });
    // Every call of the team: 36 ÷ 40 = 0.9 → 80.
    expect(team.objectives.find((o) => o.criterion === 'contactCentre.serviceLevel')).toMatchObject({
      status: 'scored',
      score: 80,
    });
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(
      scorecardJsonSchemas.TeamScorecard,
    );
    expect(validate(team), JSON.stringify(validate.errors)).toBe(true);
  });
});
