import type { AggregateProblem } from '../api/aggregate.js';

/**
 * What a webmaster can get wrong in the markup. Context kinds have messages in `common`; the others in the
 * catalogue of the element that throws them (`OdElement.configMessages`).
 */
export type ConfigErrorKind =
  | 'noPortal' | 'noDataset' | 'noSource' | 'noContext' | 'noCommuneField'
  | 'badX' | 'badY' | 'badSeries' | 'badType' | 'badValue' | 'notNumeric' | 'notDate'
  | 'unknownField' | 'unknownFields' | 'noGeo' | 'noJoin' | 'badAggregate'
  | 'badOthers' | 'badReference' | 'badAnnotation' | 'badSources' | 'badThresholds';

/**
 * A configuration problem (an attribute the dataset cannot satisfy, a missing context): shown as an alert
 * without a retry button (retrying cannot help) and logged once for the webmaster. `detail` names the value.
 */
export class ConfigError extends Error {
  constructor(readonly kind: ConfigErrorKind, readonly detail = '') {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = 'ConfigError';
  }

  /** An aggregate that does not fit its field: every widget says it with the shared aggregate message. */
  static aggregate(problem: AggregateProblem): ConfigError {
    return Object.assign(new ConfigError('badAggregate', problem.field), { problem });
  }

  /** Set for `badAggregate`: the function, the field and its type. */
  readonly problem?: AggregateProblem;
}

export const isConfigError = (e: unknown): e is ConfigError => e instanceof ConfigError;
