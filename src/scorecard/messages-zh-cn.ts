import { type MessageInputs, type MessageTable, num, pct, topBoxOf, wholeMonthOf } from './messages.js';

/** The first three ids of a list of `count`, with how many in all: `'D-1, D-2, D-3 等 6 个'`. */
const idsOf = (ids: MessageInputs[string] | undefined, count: MessageInputs[string] | undefined): string =>
  Number(count) > 3 ? `${ids} 等 ${count} 个` : String(ids);

/** `'2026-11'` → `'2026年11月'`; anything else as given. */
const month = (x: MessageInputs[string] | undefined): string => {
  const m = /^(\d{4})-(\d{2})$/.exec(String(x));
  return m === null ? String(x) : `${m[1]}年${Number(m[2])}月`;
};

/** `'2026-10-01'`, `'2026-10-31'` → `'在2026年10月'`; another period `'在 2026-10-05 至 2026-10-09 期间'`. */
const inPeriod = (from: MessageInputs[string] | undefined, to: MessageInputs[string] | undefined): string => {
  const m = wholeMonthOf(from, to);
  return m === null ? `在 ${from} 至 ${to} 期间` : `在${m[0]}年${m[1]}月`;
};

/** `[4, 5]` → `'4 或 5 分'`, `[8, 10]` → `'8 至 10 分'`. */
const topBoxText = ([from, to]: readonly [number, number]): string =>
  from === to ? `${to} 分` : from + 1 === to ? `${from} 或 ${to} 分` : `${from} 至 ${to} 分`;

/**
 * The scorecard's messages in Simplified Chinese: a template for every code of
 * {@link SCORECARD_MESSAGES_EN}, built from the same inputs, with numbers, shares (`33.3 %`) and money
 * (`48 200.00 EUR`) formatted as in English. Pass it to `scorecardMessage(code, inputs, table)`; the
 * `cs-metrics` command uses it for `--locale zh-CN`. Inputs that are text from elsewhere stay as
 * given: ids, feedback topics, record kinds, and the evaluator's own reason in
 * `scorecard.insufficient-data` (an English sentence; its code is in the criterion's explanation).
 *
 * @example
 * ```ts
 * import { SCORECARD_MESSAGES_ZH_CN, scorecardMessage } from '@org/cs-metrics';
 * scorecardMessage('contactCentre.monitoringScores.arrange-training', { below: 3, reviews: 9, threshold: 75, representatives: 1, agents: 'a1' }, SCORECARD_MESSAGES_ZH_CN); // '安排通话监控培训：9 次评估中有 3 次低于 75 分；1 名客服的平均分低于该线（首先是 a1）。'
 * scorecardMessage('scorecard.no-records', { missing: 'calls' }, SCORECARD_MESSAGES_ZH_CN); // '未评分：未提供 calls 记录。'
 * ```
 */
export const SCORECARD_MESSAGES_ZH_CN: MessageTable = Object.freeze({
  'sales.eventParticipation.attend-more-events': (i: MessageInputs) =>
    `多参加活动、会议和展会：${num(i.months)} 个月内参加 ${i.events} 场（每月 ${num(i.perMonth)} 场）；每月 ${num(i.good)} 场为良好，再参加 ${i.more} 场即可达到。`,
  'sales.eventParticipation.follow-up-event-contacts': (i: MessageInputs) =>
    `跟进在活动中结识的联系人：在 ${i.events} 场活动中结识了 ${i.contactsMet} 位联系人，但没有任何新商机来自活动。`,
  'sales.meetingCallAlternation.plan-focused-days': (i: MessageInputs) =>
    `让每个工作日只有一个重点——拓展客户的电话日或拜访日：${i.workingDays} 个工作日中只有 ${i.focusedDays} 天重点明确（${pct(i.share)}），${i.mixedDays} 天电话与拜访混杂；${pct(i.good)} 为良好。`,
  'sales.meetingCallAlternation.fill-idle-days': (i: MessageInputs) =>
    `安排好空闲的工作日：${i.workingDays} 个工作日中有 ${i.idleDays} 天既无电话也无拜访（超过 ${pct(i.limit)}）。`,
  'sales.referrals.ask-for-referrals': (i: MessageInputs) =>
    `请 ${i.wonCustomers} 位成交客户中的 ${i.notAsked} 位推荐新客户（首先是 ${i.customers}）：主动向每位客户请求推荐，而不是等待被推荐。`,
  'sales.meetingRate.plan-more-meetings': (i: MessageInputs) =>
    `安排更多拜访：${i.workingDays} 个工作日共 ${i.meetings} 次拜访（每天 ${num(i.perDay)} 次）；每天 ${num(i.good)} 次为良好，再增加 ${i.more} 次即可达到。`,
  'sales.decisionMakerReach.meet-decision-makers': (i: MessageInputs) =>
    `在 ${i.accounts} 个停滞客户处约见决策人：${idsOf(i.customers, i.accounts)}（拜访 ${i.stalledAfterMeetings} 次或以上，未见到决策人，也未签约）。`,
  'sales.decisionMakerReach.sign-more-prospects': (i: MessageInputs) =>
    `将更多潜在客户转化为合同：拜访的 ${i.prospectsMet} 位潜在客户中有 ${i.signed} 位签约（每位 ${num(i.perProspect, 3)} 份）；${num(i.good, 3)} 为良好。`,
  'sales.planAttainment.stop-slippage': (i: MessageInputs) =>
    `商机成熟就在当期成交：${i.deals} 个商机（金额 ${i.amount}）推迟到 ${month(i.into)} 或更晚（${idsOf(i.dealIds, i.deals)}）。`,
  'sales.planAttainment.close-the-gap': (i: MessageInputs) =>
    `缩小与计划的差距：计划 ${i.plan}，已成交 ${i.won}（扣除推迟商机后完成 ${pct(i.attainment)}）；还差 ${i.gap}。`,
  'sales.opportunityFunnel.convert-prospects': (i: MessageInputs) =>
    `筛选并跟进潜在客户：本期新增的 ${i.prospects} 个潜在客户中有 ${i.won} 个签约（${pct(i.share)}）；${pct(i.good)} 为良好。`,
  'sales.opportunityFunnel.refill-after-losses': (i: MessageInputs) =>
    `丢单后继续充实销售漏斗：${i.losses} 个丢单中有 ${i.notRefilled} 个在 ${i.refillWithinDays} 天内没有新增潜在客户。`,
  'contactCentre.serviceLevel.staff-for-peaks': (i: MessageInputs) =>
    `检查高峰时段的排班与休息安排：${i.calls} 通来电中有 ${i.answeredInTime} 通（${pct(i.share)}）在 ${i.thresholdSeconds} 秒内接听；目标为 ${pct(i.target)}。`,
  'contactCentre.serviceLevel.reduce-long-waits': (i: MessageInputs) =>
    `减少长时间等待：${i.waitedOverMinute} 位来电者等待超过一分钟（最长 ${i.longestWaitSeconds} 秒）。`,
  'contactCentre.monitoringScores.arrange-training': (i: MessageInputs) =>
    `安排通话监控培训：${i.reviews} 次评估中有 ${i.below} 次低于 ${i.threshold} 分；${i.representatives} 名客服的平均分低于该线（首先是 ${i.agents}）。`,
  'contactCentre.budgetVariance.cut-overspend': (i: MessageInputs) =>
    `将支出控制在预算内：预算 ${i.budgeted}，实际支出 ${i.actual}，超支 ${i.overspend}，超支最多的是 ${i.topCategory}。`,
  'contactCentre.budgetVariance.check-underspend': (i: MessageInputs) =>
    `核查支出不足：预算 ${i.budgeted}，仅支出 ${i.actual}（${pct(i.spendRatio)}）；确认不是人手不足或费用延后所致。`,
  'contactCentre.trainingCoverage.train-flagged': (i: MessageInputs) =>
    `培训监控中被标记的客服：${i.flagged} 人中有 ${i.late} 人未在 ${i.trainedWithinDays} 天内接受培训（首先是 ${i.agents}）。`,
  'customer.satisfaction.raise-satisfaction': (i: MessageInputs) =>
    `提高客户满意度：${i.answers} 份回答中有 ${pct(i.share)} 为 ${topBoxText(topBoxOf(i.topBoxFrom, i.scale))}（目标 ${pct(i.good)}）${i.topic === null || i.topic === undefined ? '' : `；最弱的主题：${i.topic}`}。`,
  'customer.retention.win-back-customers': (i: MessageInputs) =>
    `挽回流失客户：期初的 ${i.atStart} 位客户中有 ${i.lost} 位${inPeriod(i.from, i.to)}流失（年化留存率 ${pct(i.annualised)}；${pct(i.good)} 为良好）。`,
  'customer.resolutionEfficiency.resolve-at-first-contact': (i: MessageInputs) =>
    `提高首次接触解决率：${i.eligible} 个问题中有 ${i.resolved} 个在首次接触时解决（${pct(i.share)}）；${pct(i.good)} 为良好。`,
  'customer.resolutionEfficiency.answer-sooner': (i: MessageInputs) =>
    `更快回复工单：首次响应时间中位数为 ${num(i.medianHours, 1)} 小时；目标为 ${num(i.targetHours, 1)} 小时。`,
  'customer.resolutionEfficiency.resolve-sooner': (i: MessageInputs) =>
    `更快解决工单：解决时间中位数为 ${num(i.medianHours, 1)} 小时；目标为 ${num(i.targetHours, 1)} 小时。`,
  'customer.resolutionEfficiency.prevent-reopens': (i: MessageInputs) =>
    `查明工单被重新打开的原因：${i.resolved} 个已解决工单中有 ${i.reopened} 个被重新打开；上限为 ${pct(i.maximumShare)}。`,
  'customer.feedbackQuality.act-on-feedback': (i: MessageInputs) =>
    `处理客户反馈：${i.feedback} 条反馈中有 ${i.pending} 条未在 ${i.actionWithinDays} 天内处理。`,
  'customer.feedbackQuality.address-top-topic': (i: MessageInputs) =>
    `解决最常见的问题“${i.topic}”：共 ${i.count} 条反馈（其中 ${i.negative} 条为负面）。`,
  'customer.relationshipCare.contact-overdue-customers': (i: MessageInputs) =>
    `联系久未联络的重点和 VIP 客户：${i.keyCustomers} 位中有 ${i.overdue} 位（首先是 ${i.customers}）。`,
  'customer.relationshipCare.follow-up-complaints': (i: MessageInputs) =>
    `更快跟进投诉：${i.complaints} 起投诉中有 ${i.followedUp} 起得到及时答复（${pct(i.share)}）；目标为 ${pct(i.target)}。`,
  'customer.relationshipCare.prioritise-vip-calls': (i: MessageInputs) =>
    `优先接听 VIP 来电：VIP 来电及时接听率为 ${pct(i.vipServiceLevel)}，其他来电为 ${pct(i.otherServiceLevel)}。`,
  'scorecard.weights-renormalised': (i: MessageInputs) =>
    `因数据不足未计入总分：${i.leftOut}（权重 ${i.weightLeftOut}，总权重 ${i.weightTotal}）；其余权重已重新归一，合计为 1。`,
  'scorecard.no-records': (i: MessageInputs) => `未评分：未提供 ${i.missing} 记录。`,
  'scorecard.switched-off': (i: MessageInputs) => `已关闭：配置 ${i.profile} 将其权重设为 0。`,
  'scorecard.not-applicable': (i: MessageInputs) =>
    `不适用：该指标适用于 ${i.appliesTo} 经理，不适用于 ${i.function} 经理。`,
  'scorecard.insufficient-data': (i: MessageInputs) => `未评分：${i.reason}`,
  'scorecard.nothing-scored': () => '没有任何指标可以评分，因此没有总分。',
  'scorecard.unassigned-records': (i: MessageInputs) =>
    `${i.count} 条 ${i.kind} 记录不属于列表中的任何经理，未计入个人评分卡。`,
  'scorecard.profile-changed': (i: MessageInputs) =>
    `两张评分卡使用了不同的配置（先是 ${i.previous}，后是 ${i.current}）。`,
});
