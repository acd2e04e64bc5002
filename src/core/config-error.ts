import type { AggregateProblem } from '../api/aggregate.js';

/**
 * What a webmaster can get wrong in the markup. Context kinds have messages in `common`; the others in the
 * catalogue of the element that throws them (`OdElement.configMessages`).
 */
export type ConfigErrorKind =
  | 'noPortal' | 'noDataset' | 'noSource' | 'noContext' | 'noCommuneField'
  | 'badX' | 'badY' | 'badSeries' | 'badType' | 'badValue' | 'notNumeric' | 'notDate'
  | 'unknownField' | 'unknownFields' | 'noGeo' | 'badGeoField' | 'noJoin' | 'badAggregate'
  | 'badOthers' | 'badReference' | 'badAnnotation' | 'badSources' | 'badThresholds' | 'badCenter' | 'badZoom';

/**
 * A configuration problem (an attribute the dataset cannot satisfy, a missing context): shown as an alert
 * without a retry button (retrying cannot help) and logged once for the webmaster. `detail` names the value.
 */
export class ConfigError extends Error {
  /**
   * `known`: the names the attribute could have held (the schema's fields, or those of the right type): the
   * message then suggests the closest ones to each name of `detail` (a typo is the usual cause).
   */
  constructor(readonly kind: ConfigErrorKind, readonly detail = '', readonly known?: readonly string[]) {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = 'ConfigError';
  }

  /** An aggregate that does not fit its field: every widget says it with the shared aggregate message. */
  static aggregate(problem: AggregateProblem, known?: readonly string[]): ConfigError {
    return Object.assign(new ConfigError('badAggregate', problem.field, problem.kind === 'unknown-field' ? known : undefined), { problem });
  }

  /** Set for `badAggregate`: the function, the field and its type. */
  readonly problem?: AggregateProblem;
}

export const isConfigError = (e: unknown): e is ConfigError => e instanceof ConfigError;
