// Column mappings for the exports users actually have. Each is built from the CRM's standard field
// labels and default picklist values (sources in docs/csv-formats.md); a renamed field or a custom
// stage needs a copy of the mapping with that entry changed — mappings are plain data.
import type { ColumnMapping } from './mapping.js';

const closedFromCloseDate = [
  { to: 'closedAt', from: 'expectedCloseAt', when: { field: 'stage', in: ['won', 'lost'] } },
] as const;

const zohoDeals: ColumnMapping = {
  type: 'Deal',
  name: 'Zoho CRM deals',
  columns: {
    'Record Id': 'id',
    'Deal Owner': 'managerId',
    'Deal Name': 'name',
    'Account Name': 'customerId',
    Amount: 'amount',
    Currency: 'currency',
    Stage: 'stage',
    'Probability (%)': 'probability',
    'Lead Source': 'source',
    'Created Time': 'createdAt',
    'Closing Date': 'expectedCloseAt',
  },
  values: {
    stage: {
      Qualification: 'qualified',
      'Needs Analysis': 'qualified',
      'Value Proposition': 'proposal',
      'Identify Decision Makers': 'qualified',
      'Proposal/Price Quote': 'proposal',
      'Negotiation/Review': 'negotiation',
      'Closed Won': 'won',
      'Closed Lost': 'lost',
      'Closed-Lost to Competition': 'lost',
      'Closed Lost to Competition': 'lost',
    },
    source: {
      'Cold Call': 'cold-call',
      'Employee Referral': 'referral',
      'External Referral': 'referral',
      'Trade Show': 'event',
      'Internal Seminar': 'event',
      'Seminar Partner': 'partner',
      Partner: 'partner',
      'Web Download': 'inbound',
      'Web Research': 'inbound',
      Chat: 'inbound',
      'Online Store': 'inbound',
      Advertisement: 'inbound',
    },
  },
  otherwise: { source: 'other' },
  defaults: { source: 'other' },
  percent: ['probability'],
  dateFormats: ['MMM d, yyyy', 'MMM d, yyyy hh:mm a', 'dd/MM/yyyy', 'dd/MM/yyyy HH:mm'],
  copy: closedFromCloseDate,
};

const zohoCalls: ColumnMapping = {
  type: 'Interaction',
  name: 'Zoho CRM calls',
  columns: {
    'Record Id': 'id',
    'Call Owner': 'managerId',
    'Related To': 'customerId',
    'Call Start Time': 'at',
    'Call Duration (in seconds)': 'durationSeconds',
    'Call Type': 'direction',
  },
  values: { direction: { Outbound: 'outbound', Inbound: 'inbound', Missed: 'inbound' } },
  defaults: { kind: 'call' },
  dateFormats: ['MMM d, yyyy hh:mm a', 'dd/MM/yyyy HH:mm'],
};

const zohoMeetings: ColumnMapping = {
  type: 'Interaction',
  name: 'Zoho CRM meetings',
  columns: { 'Record Id': 'id', Host: 'managerId', 'Related To': 'customerId', From: 'at' },
  defaults: { kind: 'meeting' },
  dateFormats: ['MMM d, yyyy hh:mm a', 'dd/MM/yyyy HH:mm'],
};

const salesforceOpportunities: ColumnMapping = {
  type: 'Deal',
  name: 'Salesforce opportunities report',
  columns: {
    'Opportunity ID': 'id',
    'Opportunity Owner': 'managerId',
    'Opportunity Name': 'name',
    'Account Name': 'customerId',
    Amount: 'amount',
    'Amount Currency': 'currency',
    'Opportunity Currency': 'currency',
    Stage: 'stage',
    'Probability (%)': 'probability',
    'Lead Source': 'source',
    'Created Date': 'createdAt',
    'Close Date': 'expectedCloseAt',
  },
  values: {
    stage: {
      Prospecting: 'prospect',
      Qualification: 'qualified',
      'Needs Analysis': 'qualified',
      'Value Proposition': 'proposal',
      'Id. Decision Makers': 'qualified',
      'Perception Analysis': 'proposal',
      'Proposal/Price Quote': 'proposal',
      'Negotiation/Review': 'negotiation',
      'Closed Won': 'won',
      'Closed Lost': 'lost',
    },
    source: {
      Web: 'inbound',
      'Phone Inquiry': 'inbound',
      'Partner Referral': 'partner',
      'Purchased List': 'cold-call',
      Other: 'other',
    },
  },
  otherwise: { source: 'other' },
  defaults: { source: 'other' },
  percent: ['probability'],
  dateFormats: ['M/d/yyyy', 'M/d/yyyy h:mm a', 'd.M.yyyy', 'd.M.yyyy HH:mm'],
  copy: closedFromCloseDate,
};

const salesforceActivities: ColumnMapping = {
  type: 'Interaction',
  name: 'Salesforce activities report',
  columns: {
    'Activity ID': 'id',
    Assigned: 'managerId',
    'Company / Account': 'customerId',
    Date: 'at',
    Type: 'kind',
    'Call Duration': 'durationSeconds',
  },
  values: { kind: { Call: 'call', Meeting: 'meeting', Email: 'email', 'List Email': 'email' } },
  dateFormats: ['M/d/yyyy', 'M/d/yyyy h:mm a', 'd.M.yyyy', 'd.M.yyyy HH:mm'],
};

const hubspotDeals: ColumnMapping = {
  type: 'Deal',
  name: 'HubSpot deals export',
  columns: {
    'Record ID': 'id',
    'Deal owner': 'managerId',
    'Deal Name': 'name',
    'Associated Company': 'customerId',
    Amount: 'amount',
    Currency: 'currency',
    'Deal Stage': 'stage',
    'Deal probability': 'probability',
    'Original Source': 'source',
    'Create Date': 'createdAt',
    'Close Date': 'expectedCloseAt',
  },
  values: {
    stage: {
      'Appointment Scheduled': 'prospect',
      'Qualified To Buy': 'qualified',
      'Presentation Scheduled': 'proposal',
      'Decision Maker Bought-In': 'negotiation',
      'Contract Sent': 'negotiation',
      'Closed Won': 'won',
      'Closed Lost': 'lost',
      appointmentscheduled: 'prospect',
      qualifiedtobuy: 'qualified',
      presentationscheduled: 'proposal',
      decisionmakerboughtin: 'negotiation',
      contractsent: 'negotiation',
      closedwon: 'won',
      closedlost: 'lost',
    },
    // HubSpot's "Referrals" is web traffic from other sites, not a customer's recommendation.
    source: { 'Offline Sources': 'other' },
  },
  otherwise: { source: 'inbound' },
  defaults: { source: 'other' },
  copy: closedFromCloseDate,
};

const hubspotActivities: ColumnMapping = {
  type: 'Interaction',
  name: 'HubSpot activities export',
  columns: {
    'Record ID': 'id',
    'Activity assigned to': 'managerId',
    'Associated Company': 'customerId',
    'Activity date': 'at',
    'Activity type': 'kind',
  },
  values: {
    kind: {
      Call: 'call',
      Meeting: 'meeting',
      Email: 'email',
      'LinkedIn message': 'message',
      'WhatsApp message': 'message',
    },
  },
};

const fxiaokeDeals: ColumnMapping = {
  type: 'Deal',
  name: '纷享销客 (Fxiaoke) 商机',
  columns: {
    商机编号: 'id',
    商机名称: 'name',
    客户名称: 'customerId',
    负责人: 'managerId',
    金额: 'amount',
    商机金额: 'amount',
    币种: 'currency',
    阶段: 'stage',
    销售阶段: 'stage',
    赢率: 'probability',
    商机来源: 'source',
    创建时间: 'createdAt',
    预计成交日期: 'expectedCloseAt',
    结单日期: 'closedAt',
  },
  values: {
    stage: {
      验证客户: 'prospect',
      需求确定: 'qualified',
      '方案/报价': 'proposal',
      方案报价: 'proposal',
      谈判审核: 'negotiation',
      赢单: 'won',
      输单: 'lost',
      无效: 'lost',
    },
    source: {
      展会: 'event',
      会议: 'event',
      转介绍: 'referral',
      客户介绍: 'referral',
      电话营销: 'cold-call',
      陌拜: 'cold-call',
      官网: 'inbound',
      线上咨询: 'inbound',
      老客户: 'existing-customer',
      渠道: 'partner',
      合作伙伴: 'partner',
    },
    currency: { 人民币: 'CNY', 美元: 'USD', 欧元: 'EUR', 港币: 'HKD' },
  },
  otherwise: { source: 'other' },
  defaults: { source: 'other' },
  percent: ['probability'],
  dateFormats: ['yyyy/M/d', 'yyyy/M/d HH:mm', 'yyyy年M月d日'],
  copy: closedFromCloseDate,
  missingId: 'line',
};

const fxiaokeActivities: ColumnMapping = {
  type: 'Interaction',
  name: '纷享销客 (Fxiaoke) 跟进记录',
  columns: { 记录编号: 'id', 负责人: 'managerId', 客户名称: 'customerId', 跟进时间: 'at', 跟进方式: 'kind' },
  values: {
    kind: {
      电话: 'call',
      拜访: 'meeting',
      面谈: 'meeting',
      会议: 'meeting',
      邮件: 'email',
      微信: 'message',
      展会: 'event',
    },
  },
  dateFormats: ['yyyy/M/d HH:mm', 'yyyy/M/d', 'yyyy年M月d日 HH:mm'],
  missingId: 'line',
};

/**
 * The names of the built-in column mappings.
 *
 * @example
 * ```ts
 * import type { CrmMappingName } from '@org/cs-metrics/io';
 * const name: CrmMappingName = 'salesforce-opportunities';
 * ```
 */
export type CrmMappingName =
  | 'zoho-deals'
  | 'zoho-calls'
  | 'zoho-meetings'
  | 'salesforce-opportunities'
  | 'salesforce-activities'
  | 'hubspot-deals'
  | 'hubspot-activities'
  | 'fxiaoke-deals'
  | 'fxiaoke-activities';

/**
 * Built-in column mappings for the deal and activity exports of Zoho CRM, Salesforce, HubSpot and
 * 纷享销客 (Fxiaoke). Single-currency exports carry no currency column: add one with
 * `defaults: { currency: 'EUR' }` — the library never guesses a currency.
 *
 * @example
 * ```ts
 * import { CRM_MAPPINGS, readRecords } from '@org/cs-metrics/io';
 * const csv = '商机名称,客户名称,负责人,金额,币种,阶段,创建时间,预计成交日期\n' +
 *   '华东扩容,上海某公司,王芳,120000.00,人民币,赢单,2026-10-08 10:00,2026-10-28\n';
 * const deals = [];
 * for await (const deal of readRecords(csv, { type: 'Deal', file: 'fxiaoke.csv', mapping: CRM_MAPPINGS['fxiaoke-deals'] })) deals.push(deal);
 * deals[0].stage; // 'won'
 * deals[0].currency; // 'CNY'
 * ```
 */
export const CRM_MAPPINGS: Readonly<Record<CrmMappingName, ColumnMapping>> = Object.freeze({
  'zoho-deals': zohoDeals,
  'zoho-calls': zohoCalls,
  'zoho-meetings': zohoMeetings,
  'salesforce-opportunities': salesforceOpportunities,
  'salesforce-activities': salesforceActivities,
  'hubspot-deals': hubspotDeals,
  'hubspot-activities': hubspotActivities,
  'fxiaoke-deals': fxiaokeDeals,
  'fxiaoke-activities': fxiaokeActivities,
});
