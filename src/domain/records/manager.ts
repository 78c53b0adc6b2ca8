import {
  identifier,
  type NormalizeOptions,
  oneOf,
  optional,
  recordType,
  required,
  text,
  timeZone,
} from '../fields.js';

/**
 * Where a manager sits: a first-line manager works the customers; a middle manager organises the
 * work of the people under him.
 *
 * @example
 * ```ts
 * import { MANAGER_ROLES } from '@org/cs-metrics';
 * MANAGER_ROLES; // ['first-line', 'middle']
 * ```
 */
export const MANAGER_ROLES = ['first-line', 'middle'] as const;
/**
 * One of {@link MANAGER_ROLES}.
 *
 * @example
 * ```ts
 * import type { ManagerRole } from '@org/cs-metrics';
 * const role: ManagerRole = 'middle';
 * ```
 */
export type ManagerRole = (typeof MANAGER_ROLES)[number];

/**
 * What a manager manages: sales, key accounts, a contact centre or customer service.
 *
 * @example
 * ```ts
 * import { MANAGER_FUNCTIONS } from '@org/cs-metrics';
 * MANAGER_FUNCTIONS.includes('contact-centre'); // true
 * ```
 */
export const MANAGER_FUNCTIONS = ['sales', 'account', 'contact-centre', 'customer-service'] as const;
/**
 * One of {@link MANAGER_FUNCTIONS}.
 *
 * @example
 * ```ts
 * import type { ManagerFunction } from '@org/cs-metrics';
 * const job: ManagerFunction = 'account';
 * ```
 */
export type ManagerFunction = (typeof MANAGER_FUNCTIONS)[number];

/**
 * A manager as given: a sales or account manager, or a contact-centre manager.
 *
 * @example
 * ```ts
 * import type { ManagerInput } from '@org/cs-metrics';
 * const anna: ManagerInput = { id: 'm-17', name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'Europe/Berlin' };
 * ```
 */
export interface ManagerInput {
  /** The CRM's id for the person. */
  readonly id: string | number;
  /** Full name, for reports. */
  readonly name: string;
  /** First-line or middle manager. */
  readonly role: ManagerRole;
  /** What the manager manages. */
  readonly function: ManagerFunction;
  /** The IANA zone the manager's days and weeks are counted in. */
  readonly timeZone: string;
  /** The team or department. */
  readonly team?: string | null | undefined;
  /** The id of the manager this one reports to. */
  readonly reportsTo?: string | number | null | undefined;
}

/**
 * A manager, normalised: ids are strings, the time zone is checked.
 *
 * @example
 * ```ts
 * import { normalizeManager, type Manager } from '@org/cs-metrics';
 * const anna: Manager = normalizeManager({ id: 17, name: 'Anna Berg', role: 'first-line', function: 'sales', timeZone: 'Europe/Berlin' });
 * anna.id; // '17'
 * ```
 */
export interface Manager {
  readonly id: string;
  readonly name: string;
  readonly role: ManagerRole;
  readonly function: ManagerFunction;
  readonly timeZone: string;
  readonly team?: string;
  readonly reportsTo?: string;
}

const managerType = recordType<ManagerInput, Manager>(
  'Manager',
  'managers',
  'A sales, account or contact-centre manager.',
  {
    id: required(identifier, 'the manager id'),
    name: required(text(200), 'the full name'),
    role: required(oneOf(MANAGER_ROLES), 'first-line or middle'),
    function: required(oneOf(MANAGER_FUNCTIONS), 'sales, account, contact-centre or customer-service'),
    timeZone: required(timeZone, 'an IANA time zone'),
    team: optional(text(200), 'the team or department'),
    reportsTo: optional(identifier, 'the id of the manager this one reports to'),
  },
);

/**
 * Checks one manager record and returns its normalised form (a new object; the input is untouched).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeManager } from '@org/cs-metrics';
 * normalizeManager({ id: 'm1', name: 'Li Wei', role: 'middle', function: 'contact-centre', timeZone: 'Asia/Shanghai' });
 * ```
 */
export const normalizeManager: (input: ManagerInput, options?: NormalizeOptions) => Manager =
  managerType.normalize;
/**
 * Checks a list of managers; errors name the index (`managers[3].timeZone`).
 *
 * @throws {@link CsMetricsError} with the path of the first bad field.
 * @example
 * ```ts
 * import { normalizeManagers } from '@org/cs-metrics';
 * normalizeManagers([{ id: 'm1', name: 'Li Wei', role: 'middle', function: 'sales', timeZone: 'Asia/Shanghai' }]);
 * ```
 */
export const normalizeManagers: (inputs: Iterable<ManagerInput>, options?: NormalizeOptions) => Manager[] =
  managerType.normalizeAll;
/** @internal */
export const managerSchema = managerType.schema;
