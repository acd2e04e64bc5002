/**
 * What a webmaster can get wrong in the markup. Context kinds have messages in `common`; the others in the
 * catalogue of the element that throws them (`OdElement.configMessages`).
 */
export type ConfigErrorKind =
  | 'noPortal' | 'noDataset' | 'noSource' | 'noContext' | 'noCommuneField'
  | 'badX' | 'badY' | 'badSeries' | 'badType' | 'badValue' | 'notNumeric' | 'notDate'
  | 'unknownField' | 'unknownFields' | 'noGeo' | 'noJoin';

/**
 * A configuration problem (an attribute the dataset cannot satisfy, a missing context): shown as an alert
 * without a retry button (retrying cannot help) and logged once for the webmaster. `detail` names the value.
 */
export class ConfigError extends Error {
  constructor(readonly kind: ConfigErrorKind, readonly detail = '') {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = 'ConfigError';
  }
}

export const isConfigError = (e: unknown): e is ConfigError => e instanceof ConfigError;
