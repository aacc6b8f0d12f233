// The errors the local S3 server answers with: S3's own codes and HTTP statuses, so that SDKs and
// the AWS CLI react to them as they do to the real service.

export class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra headers, e.g. Retry-After on 503. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const noSuchKey = () => new S3Error(404, 'NoSuchKey', 'The specified key does not exist.');
export const preconditionFailed = () => new S3Error(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold.');
export const notImplemented = (what: string) =>
  new S3Error(501, 'NotImplemented', `${what} is not implemented by the local S3 server (mtqa local mode).`);
