/** An ODSQL problem; the HTTP layer turns it into the recorded 400 `ODSQLError` body for its clause. */
export class OdsqlError extends Error {
  /** The clause named in the message; '' names none (messages recorded without a clause). */
  clause?: string;
  constructor(detail: string, clause?: string) {
    super(detail);
    this.clause = clause;
  }
}

/** A REST parameter problem (limit/offset...) → 400 `InvalidRESTParameterError`. */
export class RestParamError extends Error {}

/** Unknown dataset/record → 404 `NotFoundResource`. */
export class NotFoundError extends Error {}
